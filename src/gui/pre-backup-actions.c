/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-backup-actions.h"
#include "pre-backups.h"
#include "pre-date.h"
#include "pre-window.h"

static GtkWindow *
get_window (PreApplication *app)
{
  return gtk_application_get_active_window (GTK_APPLICATION (app));
}

static void
show_message (PreApplication *app,
              const char     *message)
{
  GtkWindow *window = get_window (app);

  if (PRE_IS_WINDOW (window))
    pre_window_show_message (PRE_WINDOW (window), message);
}

static void
show_error (PreApplication *app,
            const char     *heading,
            const GError   *error)
{
  GtkWindow *window = get_window (app);
  AdwDialog *dialog;

  if (window == NULL)
    {
      g_printerr ("%s\n", error->message);
      return;
    }
  dialog = adw_alert_dialog_new (heading, error->message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (window));
}

void
pre_backup_actions_run_automatic (PreApplication *app)
{
  PreStore *store = pre_application_get_store (app);
  g_autofree char *today = pre_date_today_iso ();
  g_autoptr(GError) error = NULL;

  /* A read-only file, or none: nothing to copy. */
  if (store == NULL || pre_store_is_read_only (store))
    return;
  if (!pre_backups_run (store, today, NULL, &error))
    g_printerr ("%s\n", error->message);
}

/* Back Up Now… */

static void
backup_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PreApplication) app = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  PreStore *store = pre_application_get_store (app);

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL || store == NULL)
    return;

  path = g_file_get_path (file);
  if (!pre_backups_write (store, path, &error))
    {
      show_error (app, _("The Backup Was Not Saved"), error);
      return;
    }
  display = g_filename_display_name (path);
  message = g_strdup_printf (_("Backup saved to “%s”"), display);
  show_message (app, message);
}

static void
backup_now_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  PreApplication *app = user_data;
  PreStore *store = pre_application_get_store (app);
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autofree char *today = pre_date_today_iso ();
  g_autofree char *name = NULL;

  if (store == NULL)
    return;

  /* Translators: the file name proposed for a backup; %s is the date, 2026-11-28. */
  name = g_strdup_printf (_("pre-coordination-backup-%s.db"), today);
  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Back Up the Database"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, get_window (app), NULL, backup_saved_cb, g_object_ref (app));
}

/* Restore from a Backup… */

static char *
describe_backup (const PreBackupInfo *info)
{
  g_autofree char *conventions = g_strdup_printf (ngettext ("%u convention", "%u conventions", info->n_conventions),
                                                  info->n_conventions);
  g_autofree char *sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", info->n_sessions),
                                               info->n_sessions);
  g_autofree char *meetings = g_strdup_printf (ngettext ("%u séance", "%u séances", info->n_meetings),
                                               info->n_meetings);

  /* Translators: the date of a backup (2026-11-28 09:30, UTC), then what it holds. */
  return g_strdup_printf (_("This backup was made on %s UTC. It holds %s, %s and %s. "
                            "The data you have now is replaced; the current file is kept aside."),
                          info->date, conventions, sessions, meetings);
}

typedef struct
{
  PreApplication *app;
  char           *path;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_clear_object (&data->app);
  g_free (data->path);
  g_free (data);
}

static char *
make_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

gboolean
pre_backup_actions_restore (PreApplication  *app,
                            const char      *backup_path,
                            GError         **error)
{
  g_autofree char *db_path = g_strdup (pre_application_get_database_path (app));
  g_autofree char *stamp = make_stamp ();
  g_autofree char *aside = NULL;
  g_autoptr(PreStore) store = NULL;
  g_autoptr(GError) open_error = NULL;
  gboolean restored;

  g_return_val_if_fail (PRE_IS_APPLICATION (app), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  /* The file is replaced only while no connection holds it. */
  if (!pre_application_close_store (app, error))
    return FALSE;

  restored = pre_backups_restore (backup_path, db_path, stamp, &aside, error);
  store = pre_store_open (db_path, &open_error);
  pre_application_set_store (app, store, open_error);
  if (!restored)
    return FALSE;

  if (store != NULL)
    {
      /* The folder is the database's, shown in Preferences: the name is enough. */
      g_autofree char *display = aside != NULL ? g_filename_display_basename (aside) : NULL;
      g_autofree char *message = display != NULL ?
        g_strdup_printf (_("The backup is restored; the previous file is kept as “%s”"), display) :
        g_strdup (_("The backup is restored"));
      show_message (app, message);
    }
  return TRUE;
}

static gboolean
restore_idle_cb (gpointer user_data)
{
  RestoreData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!pre_backup_actions_restore (data->app, data->path, &error))
    show_error (data->app, _("The Backup Was Not Restored"), error);
  restore_data_free (data);
  return G_SOURCE_REMOVE;
}

static void
restore_response_cb (AdwAlertDialog *dialog,
                     GAsyncResult   *result,
                     RestoreData    *data)
{
  /* The window that shows the alert is replaced: not from inside its response. */
  if (g_strcmp0 (adw_alert_dialog_choose_finish (dialog, result), "restore") == 0)
    g_idle_add (restore_idle_cb, data);
  else
    restore_data_free (data);
}

/*
 * pre_backup_actions_restore_later:
 *
 * pre_backup_actions_restore() from an idle callback, for a response of a
 * dialog of the window being replaced; an error is shown in the new window.
 */
void
pre_backup_actions_restore_later (PreApplication *app,
                                  const char     *backup_path)
{
  RestoreData *data = g_new0 (RestoreData, 1);

  data->app = g_object_ref (app);
  data->path = g_strdup (backup_path);
  g_idle_add (restore_idle_cb, data);
}

AdwDialog *
pre_backup_actions_confirm_restore (PreApplication *app,
                                    const char     *path)
{
  PreBackupInfo info;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  RestoreData *data;
  AdwDialog *dialog;
  GtkWindow *window = get_window (app);

  if (!pre_backup_read_info (path, &info, &error))
    {
      show_error (app, _("This File Cannot Be Restored"), error);
      return NULL;
    }
  body = describe_backup (&info);
  pre_backup_info_clear (&info);

  dialog = adw_alert_dialog_new (_("Restore This Backup?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "restore", _("_Restore"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  data = g_new0 (RestoreData, 1);
  data->app = g_object_ref (app);
  data->path = g_strdup (path);
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (window), NULL,
                           (GAsyncReadyCallback)restore_response_cb, data);
  return dialog;
}

static void
restore_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreApplication) app = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);
  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (path != NULL)
    pre_backup_actions_confirm_restore (app, path);
}

static void
restore_backup_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  PreApplication *app = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autofree char *folder_path = pre_backups_get_folder (pre_application_get_database_path (app));
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);

  gtk_file_dialog_set_title (dialog, _("Restore from a Backup"));
  if (g_file_query_exists (folder, NULL))
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_open (dialog, get_window (app), NULL, restore_chosen_cb, g_object_ref (app));
}

/* Open Another Database… */

static void
open_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PreApplication) app = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  /* Opened before the current one is closed: a refused file changes nothing. */
  store = pre_store_open (path, &error);
  if (store == NULL)
    {
      show_error (app, _("Cannot Open the Database"), error);
      return;
    }
  if (!pre_application_close_store (app, &error))
    {
      show_error (app, _("Cannot Open the Database"), error);
      return;
    }
  pre_application_set_store (app, store, NULL);
}

static void
open_database_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  PreApplication *app = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, _("Open Another Database"));
  gtk_file_dialog_open (dialog, get_window (app), NULL, open_chosen_cb, g_object_ref (app));
}

static const GActionEntry backup_entries[] = {
  { "backup-now", backup_now_action },
  { "open-database", open_database_action },
  { "restore-backup", restore_backup_action },
};

void
pre_backup_actions_add (PreApplication *app)
{
  g_return_if_fail (PRE_IS_APPLICATION (app));

  g_action_map_add_action_entries (G_ACTION_MAP (app), backup_entries, G_N_ELEMENTS (backup_entries), app);
}
