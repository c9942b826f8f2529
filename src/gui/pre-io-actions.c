/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-export.h"
#include "pre-import.h"
#include "pre-io-actions.h"
#include "pre-ods.h"
#include "pre-report.h"
#include "pre-session.h"
#include "pre-window.h"

/* The issues listed in the preview; the rest are counted. */
#define MAX_SHOWN_ISSUES 12

typedef struct
{
  PreApplication *app;
  GtkWindow      *window;
  PreImport      *import;
  char           *name;
  int             year;
  PreExportTable  table;
  gboolean        report;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->app);
  g_clear_object (&job->window);
  g_clear_object (&job->import);
  g_free (job->name);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (PreApplication *app)
{
  Job *job = g_new0 (Job, 1);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  job->app = g_object_ref (app);
  if (window != NULL)
    job->window = g_object_ref (window);
  job->year = 0;
  if (PRE_IS_WINDOW (window) && pre_window_get_session (PRE_WINDOW (window)) != NULL)
    job->year = pre_session_get_year (pre_window_get_session (PRE_WINDOW (window)));
  return job;
}

static void
show_message (Job        *job,
              const char *heading,
              const char *body)
{
  AdwDialog *alert = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, job->window != NULL ? GTK_WIDGET (job->window) : NULL);
}

static gboolean
cancelled (const GError *error)
{
  return g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
         || g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED);
}

/* Import */

static void preview (Job *job);

static void
preview_response_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  const char *response = adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (source), result);
  g_autofree char *done = NULL;
  guint n_added = 0;

  if (g_strcmp0 (response, "import") != 0 && g_strcmp0 (response, "import-valid") != 0)
    return;

  pre_import_set_skip_invalid (job->import, g_strcmp0 (response, "import-valid") == 0);
  if (!pre_import_commit (job->import, &n_added, &error))
    {
      show_message (job, _("Nothing Was Imported"), error->message);
      return;
    }
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row was added from “%s”.",
                                       "%u rows were added from “%s”.", n_added),
                          n_added, job->name);
  show_message (job, _("Import Done"), done);
}

static void
mission_response_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  const char *response = adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (source), result);
  PreMissionKind kind;

  if (!pre_mission_kind_from_string (response, &kind))
    return;
  pre_import_set_mission (job->import, kind);
  preview (g_steal_pointer (&job));
}

/* The file has no mission column: which mission are its rows? */
static void
ask_mission (Job *job)
{
  AdwDialog *alert = adw_alert_dialog_new (_("Which Mission?"), NULL);

  adw_alert_dialog_set_body (ADW_ALERT_DIALOG (alert),
                             _("The file has no mission column. Choose the mission of its rows."));
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "cancel", _("_Cancel"));
  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), pre_mission_kind_to_string (kind),
                                   pre_mission_kind_get_label (kind));
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (alert), job->window ? GTK_WIDGET (job->window) : NULL,
                           NULL, mission_response_cb, job);
}

static void
preview (Job *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *scrolled;
  GtkWidget *label;
  AdwDialog *alert;
  GPtrArray *issues;
  guint n_valid;

  if (!pre_import_validate (job->import, &error))
    {
      if (g_error_matches (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED)
          && g_strcmp0 (pre_validation_error_get_field (error), "mission") == 0)
        ask_mission (job);
      else
        {
          show_message (job, _("The File Cannot Be Imported"), error->message);
          job_free (job);
        }
      return;
    }

  issues = pre_import_get_issues (job->import);
  n_valid = pre_import_get_n_valid (job->import);

  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u row to add", "%u rows to add", n_valid),
                          n_valid);
  g_string_append (body, "\n");
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u already present (skipped)",
                                             "%u already present (skipped)",
                                             pre_import_get_n_duplicates (job->import)),
                          pre_import_get_n_duplicates (job->import));
  g_string_append (body, "\n");
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u line with a problem", "%u lines with a problem",
                                             issues->len),
                          issues->len);
  g_string_append_printf (details, _("File: %s"), job->name);
  g_string_append (details, "\n\n");
  g_string_append (details, _("Columns:"));
  for (guint c = 0; c < pre_import_get_n_columns (job->import); c++)
    {
      const char *field = pre_import_get_column_field (job->import, c);

      g_string_append (details, "\n");
      if (field != NULL)
        /* Translators: a column of the file, then the field it fills */
        g_string_append_printf (details, _("“%s” → %s"), pre_import_get_column_name (job->import, c),
                                pre_import_get_field_label (pre_import_get_kind (job->import), field));
      else
        g_string_append_printf (details, _("“%s” (ignored)"), pre_import_get_column_name (job->import, c));
    }
  for (guint i = 0; i < issues->len && i < MAX_SHOWN_ISSUES; i++)
    {
      g_string_append (details, i == 0 ? "\n\n" : "\n");
      g_string_append (details, ((PreImportIssue *) g_ptr_array_index (issues, i))->message);
    }
  if (issues->len > MAX_SHOWN_ISSUES)
    {
      g_string_append (details, "\n");
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "…and %u more line.", "…and %u more lines.",
                                                 issues->len - MAX_SHOWN_ISSUES),
                              issues->len - MAX_SHOWN_ISSUES);
    }

  /* The file's name goes in the scrolled text, where a long one can wrap. */
  switch (pre_import_get_kind (job->import))
    {
    case PRE_IMPORT_SESSIONS: heading = g_strdup (_("Import Sessions?")); break;
    case PRE_IMPORT_EXPENSES: heading = g_strdup (_("Import Expenses?")); break;
    case PRE_IMPORT_PAYMENTS: heading = g_strdup (_("Import Payments?")); break;
    case PRE_IMPORT_MEMBERS: heading = g_strdup (_("Import Board Members?")); break;
    default: g_assert_not_reached ();
    }
  alert = adw_alert_dialog_new (heading, body->str);
  /* The columns and the bad lines, scrolled when long. */
  label = gtk_label_new (details->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), scrolled);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "cancel", _("_Cancel"));
  if (n_valid > 0 && issues->len > 0)
    {
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "import-valid", _("Import _Valid Rows"));
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "import-valid",
                                                ADW_RESPONSE_DESTRUCTIVE);
    }
  else if (n_valid > 0)
    {
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "import", _("_Import"));
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "import", ADW_RESPONSE_SUGGESTED);
      adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "import");
    }
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (alert), job->window ? GTK_WIDGET (job->window) : NULL,
                           NULL, preview_response_cb, job);
}

static void
import_file (Job   *job_,
             GFile *file)
{
  g_autoptr(Job) job = job_;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = g_file_get_path (file);
  job->name = g_file_get_basename (file);
  if (path == NULL || !pre_import_load_file (job->import, path, &error))
    {
      show_message (job, _("The File Cannot Be Read"),
                    error != NULL ? error->message : _("Only local files can be imported."));
      return;
    }
  preview (g_steal_pointer (&job));
}

static void
import_file_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    {
      if (!cancelled (error))
        show_message (job, _("The File Cannot Be Opened"), error->message);
      return;
    }
  import_file (g_steal_pointer (&job), file);
}

void
pre_io_actions_import_file (PreApplication *app,
                            GtkWindow      *window,
                            const char     *kind_name,
                            GFile          *file)
{
  PreStore *store;
  PreImportKind kind;
  Job *job;

  g_return_if_fail (PRE_IS_APPLICATION (app));
  g_return_if_fail (G_IS_FILE (file));

  store = pre_application_get_store (app);
  if (store == NULL || !pre_import_kind_from_string (kind_name, &kind))
    return;
  job = job_new (app);
  if (window != NULL)
    g_set_object (&job->window, window);
  job->import = pre_import_new (store, kind);
  import_file (job, file);
}

/* Appends a filter of files of @mime_type or with one of the suffixes
 * that follow, up to a %NULL. */
static void
add_filter (GListStore *filters,
            const char *name,
            const char *mime_type,
            ...)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *suffix;
  va_list suffixes;

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  va_start (suffixes, mime_type);
  while ((suffix = va_arg (suffixes, const char *)) != NULL)
    gtk_file_filter_add_suffix (filter, suffix);
  va_end (suffixes);
  g_list_store_append (filters, filter);
}

static GListModel *
csv_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  add_filter (filters, _("CSV files"), "text/csv", "csv", "txt", NULL);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, all);
  return G_LIST_MODEL (filters);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PreApplication *app = user_data;
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListModel) filters = NULL;
  PreStore *store = pre_application_get_store (app);
  PreImportKind kind;
  Job *job;

  if (store == NULL || !pre_import_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;

  job = job_new (app);
  job->import = pre_import_new (store, kind);
  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Import a Spreadsheet (CSV)"));
  filters = csv_filters ();
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_open (dialog, job->window, NULL, import_file_cb, job);
}

/* Export */

/* Writes the table or the report of @job to @file; a failure is shown. */
static gboolean
export_to (Job   *job,
           GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  PreStore *store = pre_application_get_store (job->app);
  gboolean mask;
  gboolean ok;

  if (path == NULL || store == NULL)
    return FALSE;

  mask = g_settings_get_boolean (pre_application_get_settings (job->app), "mask-small-counts");
  if (!job->report)
    {
      PreExportFormat format;

      /* The name chosen says the format: an .ods file is a spreadsheet,
       * any other a CSV file. */
      if (!pre_export_format_from_path (path, &format))
        format = PRE_EXPORT_FORMAT_CSV;
      ok = pre_export_to_file (store, job->table, job->year,
                               mask ? PRE_EXPORT_MASK_SMALL_COUNTS : PRE_EXPORT_FLAGS_NONE,
                               format, path, NULL, &error);
    }
  else
    ok = pre_report_write_annual_pdf (store, 0, job->year,
                                      mask ? PRE_REPORT_MASK_SMALL_COUNTS : PRE_REPORT_FLAGS_NONE,
                                      path, NULL, &error);
  if (!ok)
    show_message (job, _("The File Cannot Be Saved"), error->message);
  return ok;
}

static void
export_file_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    {
      if (!cancelled (error))
        show_message (job, _("The File Cannot Be Saved"), error->message);
      return;
    }
  export_to (job, file);
}

gboolean
pre_io_actions_export_table_file (PreApplication *app,
                                  GtkWindow      *window,
                                  const char     *table_name,
                                  GFile          *file)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (PRE_IS_APPLICATION (app), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  job = job_new (app);
  if (window != NULL)
    g_set_object (&job->window, window);
  if (!pre_export_table_from_string (table_name, &job->table))
    return FALSE;
  return export_to (job, file);
}

/* The formats a table is saved in, the OpenDocument spreadsheet first:
 * numbers, amounts and dates stay typed in it. */
static GListModel *
export_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  add_filter (filters, _("OpenDocument spreadsheets (.ods)"), PRE_ODS_MIME_TYPE, "ods", NULL);
  add_filter (filters, _("CSV files (.csv)"), "text/csv", "csv", NULL);
  return G_LIST_MODEL (filters);
}

static void
export_table_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PreApplication *app = user_data;
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *initial = NULL;
  const char *name = g_variant_get_string (parameter, NULL);
  Job *job;

  job = job_new (app);
  if (!pre_export_table_from_string (name, &job->table))
    {
      job_free (job);
      return;
    }
  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Export a Table"));
  filters = export_filters ();
  gtk_file_dialog_set_filters (dialog, filters);
  initial = job->year != 0 ? g_strdup_printf ("%s-%d.ods", name, job->year) : g_strdup_printf ("%s.ods", name);
  gtk_file_dialog_set_initial_name (dialog, initial);
  gtk_file_dialog_save (dialog, job->window, NULL, export_file_cb, job);
}

static void
export_report_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  PreApplication *app = user_data;
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autofree char *initial = NULL;
  Job *job = job_new (app);

  if (job->year == 0)
    {
      show_message (job, _("No Year Chosen"), _("Open a convention and choose its year first."));
      job_free (job);
      return;
    }
  job->report = TRUE;
  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Export the Annual Report"));
  /* Translators: the file name proposed for the annual report (keep .pdf) */
  initial = g_strdup_printf (_("annual-report-%d.pdf"), job->year);
  gtk_file_dialog_set_initial_name (dialog, initial);
  gtk_file_dialog_save (dialog, job->window, NULL, export_file_cb, job);
}

static const GActionEntry io_entries[] = {
  { "import", import_activated, "s", NULL, NULL },
  { "export-table", export_table_activated, "s", NULL, NULL },
  { "export-annual-report", export_report_activated, NULL, NULL, NULL },
};

void
pre_io_actions_add (PreApplication *app)
{
  g_return_if_fail (PRE_IS_APPLICATION (app));

  g_action_map_add_action_entries (G_ACTION_MAP (app), io_entries, G_N_ELEMENTS (io_entries), app);
}
