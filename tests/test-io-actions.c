/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pre-application.h"
#include "pre-example.h"
#include "pre-io-actions.h"
#include "pre-screenshot.h"
#include "pre-session.h"
#include "pre-store-private.h"
#include "pre-window.h"

/* The import from the GUI: a file with a bad line, the mission asked for,
 * the preview with its counts and messages, the valid rows imported; and a
 * screenshot of the preview. */

static PreApplication *app;
static PreWindow *window;
static char *tmp_dir;
static char *output_dir;
static const char *lang;

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *left = user_data;

  if (*left > 0)
    (*left)--;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
wait_frames (guint n)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint left = n;

  gtk_widget_add_tick_callback (GTK_WIDGET (window), count_frame_cb, &left, NULL);
  while (left > 0)
    {
      if (g_get_monotonic_time () > end)
        g_error ("The window drew no frame in 20 s: is it shown?");
      g_main_context_iteration (NULL, TRUE);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwAlertDialog *
wait_alert (const char *heading)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      GtkWidget *alert;

      wait_frames (1);
      alert = find_mapped (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
      if (alert != NULL && g_strcmp0 (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (alert)), heading) == 0)
        return ADW_ALERT_DIALOG (alert);
      if (g_get_monotonic_time () > end)
        g_error ("No alert “%s” in 10 s", heading);
    }
}

static void
respond (AdwAlertDialog *alert,
         const char     *response)
{
  g_assert_true (adw_alert_dialog_has_response (alert, response));
  g_assert_true (adw_alert_dialog_get_response_enabled (alert, response));
  g_signal_emit_by_name (alert, "response", response);
  adw_dialog_force_close (ADW_DIALOG (alert));
  wait_frames (3);
}

/* The body and the text of the labels of the extra child. */
static void
append_labels (GString   *out,
               GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, "\n");
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_labels (out, child);
}

static char *
alert_text (AdwAlertDialog *alert)
{
  GString *out = g_string_new (adw_alert_dialog_get_body (alert));

  if (adw_alert_dialog_get_extra_child (alert) != NULL)
    append_labels (out, adw_alert_dialog_get_extra_child (alert));
  return g_string_free_and_steal (out);
}

static gint64
count_sessions (void)
{
  g_autoptr(GError) error = NULL;
  PreStore *store = pre_application_get_store (app);
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, "SELECT count (*) FROM activity", &error);

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (store, stmt, &error));
  return sqlite3_column_int64 (stmt, 0);
}

static void
save_screenshot (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (output_dir, file, NULL);

  g_assert_true (pre_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
}

static void
test_import (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "séances-chenôve.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  /* Windows-1252, as a commune's spreadsheet: one bad amount on line 3. */
  const char data[] = "Date de la s\xe9" "ance;Commune;Montant;Code jeune\r\n"
                      "04/06/2025;Chen\xf4ve;60,00;CHE-0901\r\n"
                      "05/06/2025;Chen\xf4ve;12,5O;CHE-0902\r\n";
  const char *heading = _("Import Sessions?");
  gboolean english = g_strcmp0 (lang, "en") == 0;
  AdwAlertDialog *alert;
  g_autofree char *body = NULL;
  gint64 before = count_sessions ();

  g_assert_true (g_file_set_contents (path, data, sizeof data - 1, NULL));
  pre_io_actions_import_file (app, GTK_WINDOW (window), "sessions", file);

  /* No mission column: which mission? */
  alert = wait_alert (_("Which Mission?"));
  respond (alert, "psychology");

  alert = wait_alert (heading);
  body = alert_text (alert);
  g_assert_nonnull (strstr (body, "12,5O"));
  g_assert_nonnull (strstr (body, "séances-chenôve.csv"));
  g_assert_nonnull (strstr (body, "Date de la séance"));
  if (english)
    {
      g_assert_nonnull (strstr (body, "Line 3, column “Montant”: “12,5O” is not an amount."));
      g_assert_nonnull (strstr (body, "1 row to add"));
      g_assert_nonnull (strstr (body, "1 line with a problem"));
      g_assert_nonnull (strstr (body, "“Date de la séance” → Date"));
    }
  /* A file with a bad line offers the valid rows, not the whole file. */
  g_assert_false (adw_alert_dialog_has_response (alert, "import"));
  save_screenshot ("import-preview");
  g_assert_cmpint (count_sessions (), ==, before);

  respond (alert, "import-valid");
  alert = wait_alert (_("Import Done"));
  if (english)
    g_assert_nonnull (strstr (adw_alert_dialog_get_body (alert), "1 row was added"));
  respond (alert, "close");
  g_assert_cmpint (count_sessions (), ==, before + 1);
}

/* The export after the file chooser: the name says the format. */
static void
test_export (void)
{
  g_autofree char *ods_path = g_build_filename (tmp_dir, "séances.ods", NULL);
  g_autofree char *csv_path = g_build_filename (tmp_dir, "séances.csv", NULL);
  g_autofree char *bad_path = g_build_filename (tmp_dir, "no-such-folder", "séances.ods", NULL);
  g_autoptr(GFile) ods = g_file_new_for_path (ods_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *data = NULL;
  gsize size = 0;
  guint extra;
  AdwAlertDialog *alert;

  g_assert_true (pre_io_actions_export_table_file (app, GTK_WINDOW (window), "sessions", ods));
  g_assert_true (g_file_get_contents (ods_path, &data, &size, NULL));
  /* A zip whose first entry is "mimetype", the spreadsheet's media type. */
  g_assert_cmpuint (size, >, 100);
  g_assert_cmpmem (data, 4, "PK\3\4", 4);
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  extra = (guint8) data[28] | (guint8) data[29] << 8;
  g_assert_cmpmem (data + 38 + extra, 46, "application/vnd.oasis.opendocument.spreadsheet", 46);
  g_clear_pointer (&data, g_free);

  g_assert_true (pre_io_actions_export_table_file (app, GTK_WINDOW (window), "funding", csv));
  g_assert_true (g_file_get_contents (csv_path, &data, NULL, NULL));
  g_assert_true (g_str_has_prefix (data, "\xef\xbb\xbf" "Année;Partenaire;Type;Montant\r\n"));

  /* A folder that does not exist: said, and nothing written. */
  g_assert_false (pre_io_actions_export_table_file (app, GTK_WINDOW (window), "sessions", bad));
  alert = wait_alert (_("The File Cannot Be Saved"));
  respond (alert, "close");
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  g_remove (ods_path);
  g_remove (csv_path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("PRE_TEST_LOCALEDIR");
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display: run the GUI tests under Xvfb (build-aux/dev test)\n");
      return 0;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  lang = g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "en";
  g_setenv ("PRE_TODAY", "2025-11-28", TRUE);

  tmp_dir = g_dir_make_tmp ("pre-test-io-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  output_dir = g_strdup (g_getenv ("PRE_TEST_OUTPUT_DIR"));
  if (output_dir == NULL)
    output_dir = g_build_filename (tmp_dir, "output", NULL);
  g_assert_cmpint (g_mkdir_with_parents (output_dir, 0755), ==, 0);

  app = pre_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_load_example (pre_application_get_store (app), FALSE, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_timeout_add (50, wake_cb, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  wait_frames (4);

  g_test_add_func ("/io/import", test_import);
  g_test_add_func ("/io/export", test_export);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
