/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-application.h"
#include "pre-backup-actions.h"
#include "pre-backups.h"
#include "pre-io-actions.h"
#include "pre-example.h"
#include "pre-preferences-dialog.h"
#include "pre-screenshot.h"
#include "pre-setup-assistant.h"
#include "pre-window.h"
#include "pre-youth-code-purge.h"

#define RESOURCE_BASE_PATH "/fr/precoord/PreCoordination"
#define METAINFO_RESOURCE RESOURCE_BASE_PATH "/metainfo.xml"

struct _PreApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  PreStore       *store;
  GError         *open_error;

  /* Command-line options */
  char           *database_path;
  char           *screenshot_path;
  char           *page;

  int             exit_status;
  gboolean        swapping;      /* held between close_store and set_store */
};

G_DEFINE_FINAL_TYPE (PreApplication, pre_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE instead of the usual one"), N_("FILE") },
  { "page", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open on the page NAME: overview, board, coordination, psychology, project, training, funding or territories"),
    N_("NAME") },
  { "screenshot", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a picture of the window in the PNG file FILE once it is drawn, then quit"), N_("FILE") },
  { NULL }
};

PreApplication *
pre_application_new (void)
{
  return g_object_new (PRE_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       /* The same for the .Devel ID of the development profile. */
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

PreStore *
pre_application_get_store (PreApplication *self)
{
  g_return_val_if_fail (PRE_IS_APPLICATION (self), NULL);

  return self->store;
}

/*
 * pre_application_get_database_path:
 *
 * Returns: the database file given with --database, else the default one
 */
const char *
pre_application_get_database_path (PreApplication *self)
{
  g_return_val_if_fail (PRE_IS_APPLICATION (self), NULL);

  if (self->store != NULL)
    return pre_store_get_path (self->store);
  return self->database_path;
}

GSettings *
pre_application_get_settings (PreApplication *self)
{
  g_return_val_if_fail (PRE_IS_APPLICATION (self), NULL);

  return self->settings;
}

/*
 * pre_application_get_exit_status:
 *
 * Returns: 1 when --screenshot could not save its file, otherwise 0
 */
int
pre_application_get_exit_status (PreApplication *self)
{
  g_return_val_if_fail (PRE_IS_APPLICATION (self), 1);

  return self->exit_status;
}

static PreWindow *
get_window (PreApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return PRE_IS_WINDOW (window) ? PRE_WINDOW (window) : NULL;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  PreApplication *self = user_data;
  AdwDialog *dialog;

  dialog = pre_preferences_dialog_new (self->settings, pre_application_get_database_path (self));
  adw_dialog_present (dialog, GTK_WIDGET (get_window (self)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  PreApplication *self = user_data;
  static const char *developers[] = { "PRE Coordination developers", NULL };
  AdwDialog *dialog;

  /* The AppStream file is a build product of data/: keep a plain dialog when
   * a build lacks it rather than failing. */
  if (g_resources_get_info (METAINFO_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    dialog = adw_about_dialog_new_from_appdata (METAINFO_RESOURCE, PACKAGE_VERSION);
  else
    {
      dialog = adw_about_dialog_new ();
      adw_about_dialog_set_application_name (ADW_ABOUT_DIALOG (dialog), _("PRE Coordination"));
      adw_about_dialog_set_application_icon (ADW_ABOUT_DIALOG (dialog), APPLICATION_ID);
      adw_about_dialog_set_license_type (ADW_ABOUT_DIALOG (dialog), GTK_LICENSE_GPL_3_0);
    }

  adw_about_dialog_set_version (ADW_ABOUT_DIALOG (dialog), PACKAGE_VERSION);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (dialog), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (dialog), "© 2026 PRE Coordination developers");
  /* Translators: your name(s), one per line, as shown in the About dialog. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (dialog), _("translator-credits"));

  adw_dialog_present (dialog, GTK_WIDGET (get_window (self)));
}

static void
setup_convention_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  PreApplication *self = user_data;
  PreWindow *window = get_window (self);

  if (window != NULL && self->store != NULL)
    pre_setup_assistant_present_for (GTK_WIDGET (window), self->store);
}

static void
load_example_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  PreApplication *self = user_data;
  PreWindow *window = get_window (self);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || window == NULL)
    return;

  /* With sample activity: the pages are about what is done and spent. */
  if (!pre_store_load_example (self->store, TRUE, &error))
    {
      AdwDialog *dialog = adw_alert_dialog_new (_("The Example Was Not Loaded"), error->message);
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
      adw_dialog_present (dialog, GTK_WIDGET (window));
      return;
    }

  pre_window_show_message (window, _("The example convention is loaded"));
}

static void
remove_example_response_cb (AdwAlertDialog *dialog,
                            GAsyncResult   *result,
                            PreApplication *self)
{
  g_autoptr(GError) error = NULL;
  PreWindow *window = get_window (self);

  if (g_strcmp0 (adw_alert_dialog_choose_finish (dialog, result), "remove") != 0 || self->store == NULL)
    return;

  if (!pre_store_remove_example (self->store, &error))
    {
      AdwDialog *alert = adw_alert_dialog_new (_("The Example Was Not Removed"), error->message);
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      if (window != NULL)
        adw_dialog_present (alert, GTK_WIDGET (window));
      return;
    }

  if (window != NULL)
    pre_window_show_message (window, _("The example is removed"));
}

static void
remove_example_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  PreApplication *self = user_data;
  PreWindow *window = get_window (self);
  AdwDialog *dialog;

  if (window == NULL || self->store == NULL)
    return;

  dialog = adw_alert_dialog_new (_("Remove the Example?"),
                                 _("The example convention, its board, séances, sessions, expenses and "
                                   "payments are removed. What you recorded yourself is kept."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "remove", _("_Remove"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (window), NULL,
                           (GAsyncReadyCallback)remove_example_response_cb, self);
}

static const GActionEntry app_entries[] = {
  { "about", about_action },
  { "load-example", load_example_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "remove-example", remove_example_action },
  { "setup-convention", setup_convention_action },
};

static void
set_accels (PreApplication *self)
{
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.preferences", { "<Primary>comma", NULL } },
    { "app.quit", { "<Primary>q", NULL } },
    { "window.close", { "<Primary>w", NULL } },
    { "win.page::overview", { "<Alt>1", NULL } },
    { "win.page::board", { "<Alt>2", NULL } },
    { "win.page::coordination", { "<Alt>3", NULL } },
    { "win.page::funding", { "<Alt>4", NULL } },
    { "win.page::territories", { "<Alt>5", NULL } },
  };

  /* <Primary>question for win.show-help-overlay comes with gtk/help-overlay.ui,
   * and F10 with the primary menu button. */
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

static int
pre_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  PreApplication *self = PRE_APPLICATION (app);

  g_variant_dict_lookup (options, "database", "^ay", &self->database_path);
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_path);
  g_variant_dict_lookup (options, "page", "s", &self->page);

  if (self->page != NULL && !pre_window_is_page_name (self->page))
    {
      g_autofree char *names = g_strjoinv (", ", (char **)pre_window_get_page_names ());
      g_printerr (_("There is no page “%s”. The pages are: %s."), self->page, names);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  /* Another database or a screenshot is a run of its own, not a request to
   * an instance already running on the usual file. */
  if (self->database_path != NULL || self->screenshot_path != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return G_APPLICATION_CLASS (pre_application_parent_class)->handle_local_options (app, options);
}

/* Privacy: youth codes older than the retention go as soon as the file is open. */
static void
purge_youth_codes (PreApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (!pre_youth_code_purge_run (self->store, self->settings, NULL, NULL, &error))
    g_printerr ("%s\n", error->message);
}

static void
pre_application_startup (GApplication *app)
{
  PreApplication *self = PRE_APPLICATION (app);
  g_autofree char *path = NULL;

  G_APPLICATION_CLASS (pre_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
  pre_backup_actions_add (self);
  pre_io_actions_add (self);
  set_accels (self);

  self->settings = g_settings_new (APPLICATION_ID);

  path = self->database_path != NULL ? g_strdup (self->database_path) : pre_store_get_default_path ();
  if (self->database_path == NULL)
    self->database_path = g_strdup (path);
  self->store = pre_store_open (path, &self->open_error);
  pre_backup_actions_run_automatic (self);
  if (self->store != NULL)
    purge_youth_codes (self);
}

static void
store_gone_cb (gpointer  data,
               GObject  *where_the_object_was)
{
  *(gboolean *)data = TRUE;
}

static void
open_error_response_cb (AdwAlertDialog *dialog,
                        GAsyncResult   *result,
                        PreApplication *self)
{
  g_autofree char *latest = NULL;

  if (g_strcmp0 (adw_alert_dialog_choose_finish (dialog, result), "open-backup") == 0 &&
      (latest = pre_backups_find_latest (self->database_path)) != NULL)
    pre_backup_actions_restore_later (self, latest);
  g_object_unref (self);
}

static void
show_open_error (PreApplication *self,
                 PreWindow      *window)
{
  AdwDialog *dialog;
  GtkWidget *message;
  g_autofree char *latest = NULL;

  /* Translators: a short heading (at most about 25 characters) over the
   * reason, which names the file. */
  dialog = adw_alert_dialog_new (_("Cannot Open the Database"), NULL);

  /* The store's sentence names the file: a long path must wrap anywhere,
   * which the body label does not do. */
  message = gtk_label_new (self->open_error->message);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (message), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 40);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  if (self->database_path != NULL && (latest = pre_backups_find_latest (self->database_path)) != NULL)
    {
      /* The refused file is kept aside, not lost. */
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "open-backup", _("Open _Last Backup"));
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "open-backup", ADW_RESPONSE_SUGGESTED);
    }
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (window), NULL,
                           (GAsyncReadyCallback)open_error_response_cb, g_object_ref (self));
}

/*
 * pre_application_close_store:
 *
 * Closes the windows and the store, and waits until nothing holds the file
 * any more (so that it can be replaced). Call pre_application_set_store()
 * next, in every case: it opens the new window.
 */
gboolean
pre_application_close_store (PreApplication  *self,
                             GError         **error)
{
  GList *windows;
  GObject *held;
  gboolean gone = FALSE;
  gint64 end;

  g_return_val_if_fail (PRE_IS_APPLICATION (self), FALSE);

  if (!self->swapping)
    {
      g_application_hold (G_APPLICATION (self));
      self->swapping = TRUE;
    }
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
  g_clear_error (&self->open_error);
  if (self->store == NULL)
    return TRUE;

  held = G_OBJECT (self->store);
  g_object_weak_ref (held, store_gone_cb, &gone);
  g_clear_object (&self->store);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!gone && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  if (!gone)
    {
      g_object_weak_unref (held, store_gone_cb, &gone);
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_BUSY,
                   _("The database “%s” is still in use: try again in a moment."), self->database_path);
      return FALSE;
    }
  return TRUE;
}

/*
 * pre_application_set_store:
 * @store: (nullable): the store to work on
 * @open_error: (nullable): why there is none
 *
 * Opens a window on @store (after pre_application_close_store()).
 */
void
pre_application_set_store (PreApplication *self,
                           PreStore       *store,
                           const GError   *open_error)
{
  PreWindow *window;

  g_return_if_fail (PRE_IS_APPLICATION (self));

  g_set_object (&self->store, store);
  g_clear_error (&self->open_error);
  if (store == NULL && open_error != NULL)
    self->open_error = g_error_copy (open_error);
  if (store != NULL)
    {
      g_free (self->database_path);
      self->database_path = g_strdup (pre_store_get_path (store));
    }

  window = pre_window_new (ADW_APPLICATION (self), self->store);
  gtk_window_present (GTK_WINDOW (window));
  if (self->open_error != NULL)
    show_open_error (self, window);

  if (self->swapping)
    {
      self->swapping = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

static void
screenshot_saved_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PreApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pre_screenshot_save_when_drawn_finish (GTK_WIDGET (object), result, &error))
    {
      g_printerr ("%s\n", error->message);
      self->exit_status = EXIT_FAILURE;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
pre_application_activate (GApplication *app)
{
  PreApplication *self = PRE_APPLICATION (app);
  PreWindow *window = get_window (self);
  gboolean first = window == NULL;

  if (first)
    window = pre_window_new (ADW_APPLICATION (self), self->store);

  if (first && self->page != NULL)
    {
      pre_window_set_page (window, self->page);
      pre_window_show_content (window);
    }

  gtk_window_present (GTK_WINDOW (window));

  if (first && self->open_error != NULL)
    show_open_error (self, window);

  if (first && self->screenshot_path != NULL)
    pre_screenshot_save_when_drawn (GTK_WIDGET (window), self->screenshot_path, 3, NULL,
                                    screenshot_saved_cb, g_object_ref (self));
}

static void
pre_application_finalize (GObject *object)
{
  PreApplication *self = PRE_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->screenshot_path, g_free);
  g_clear_pointer (&self->page, g_free);

  G_OBJECT_CLASS (pre_application_parent_class)->finalize (object);
}

static void
pre_application_class_init (PreApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pre_application_finalize;

  app_class->handle_local_options = pre_application_handle_local_options;
  app_class->startup = pre_application_startup;
  app_class->activate = pre_application_activate;
}

static void
pre_application_init (PreApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}
