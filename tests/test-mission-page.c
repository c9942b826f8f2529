/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-activity-dialog.h"
#include "pre-activity-model.h"
#include "pre-aggregates.h"
#include "pre-application.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-example.h"
#include "pre-expense-dialog.h"
#include "pre-expense-model.h"
#include "pre-expense.h"
#include "pre-mission-page.h"
#include "pre-mission.h"
#include "pre-preferences-dialog.h"
#include "pre-privacy.h"
#include "pre-money.h"
#include "pre-screenshot.h"
#include "pre-window.h"
#include "pre-youth-code-purge.h"

/* The Psychological support page over the example with sample activity, on
 * 28 November 2025: the budget header, the lazy session table (count,
 * footer, search, sort), the session dialog's validation, add, delete and
 * undo; the youth code purge run at start-up; screenshots wide and narrow. */

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

/* Runs the main loop until @label shows @text (async figures, delayed
 * search): fails after 10 s. */
static void
wait_for_label (GtkLabel   *label,
                const char *text)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    {
      if (g_get_monotonic_time () > end)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (gtk_label_get_label (label), ==, text);
}

static void
resize (int width,
        int height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  wait_frames (4);
}

static GtkWidget *
find_mapped_button (GtkWidget  *widget,
                    const char *label)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("mission-%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_screenshot_save (widget, path, &error));
  g_assert_no_error (error);
  g_test_message ("Screenshot: %s", path);
}

static GtkWidget *
page (void)
{
  return pre_window_get_page_widget (window, "psychology");
}

static GtkWidget *
child (const char *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (page (), PRE_TYPE_MISSION_PAGE, name));

  g_assert_nonnull (widget);
  return widget;
}

static GListModel *
rows (void)
{
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (child ("session_view"))));
}

static PreActivityModel *
activity_model (void)
{
  return PRE_ACTIVITY_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (rows ())));
}

static PreMissionRow *
core_figures (GPtrArray **keep)
{
  PreStore *store = pre_application_get_store (app);
  PreConvention *convention = pre_session_get_convention (pre_window_get_session (window));
  g_autoptr(GError) error = NULL;

  *keep = pre_store_compute_missions (store, pre_convention_get_id (convention), 2025, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < (*keep)->len; i++)
    {
      PreMissionRow *row = g_ptr_array_index (*keep, i);
      if (row->mission_kind == PRE_MISSION_PSYCHOLOGY)
        return row;
    }
  g_assert_not_reached ();
}

static char *
footer_text (guint  n,
             gint64 total)
{
  g_autofree char *amount = pre_money_format (total);
  return g_strdup_printf (ngettext ("%u session — %s", "%u sessions — %s", n), n, amount);
}

static void
test_header (void)
{
  g_autoptr(GPtrArray) keep = NULL;
  PreMissionRow *row;
  g_autofree char *budget = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *committed = NULL;
  g_autofree char *left = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "psychology");
  wait_frames (3);
  g_assert_cmpint (pre_page_get_year (PRE_PAGE (page ())), ==, 2025);

  row = core_figures (&keep);
  budget = pre_money_format (row->budget);
  spent = pre_money_format (row->actual);
  committed = pre_money_format (row->committed);
  left = pre_money_format (row->budget - row->actual - row->committed);

  wait_for_label (GTK_LABEL (child ("spent_label")), spent);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child ("budget_label"))), ==, budget);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (budget, ==, "€9,000.00");
  g_assert_cmpint (row->actual, >, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child ("committed_label"))), ==, committed);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child ("left_label"))), ==, left);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (child ("budget_bar"))),
                                  MIN (1.0, (double)(row->actual + row->committed) / row->budget), 1e-6);
}

static void
test_list (void)
{
  g_autoptr(GPtrArray) keep = NULL;
  PreMissionRow *row = core_figures (&keep);
  guint expected = row->n_held + row->n_missed + row->n_planned + row->n_cancelled;
  g_autofree char *footer = NULL;
  GtkWidget *view = child ("session_view");

  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (activity_model ())), ==, expected);
  footer = footer_text (expected, pre_activity_model_get_total_cost (activity_model ()));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child ("footer_label"))), ==, footer);

  /* The lazy model itself is the view's model: nothing copied. */
  g_assert_true (PRE_IS_ACTIVITY_MODEL (activity_model ()));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view))), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view)), i);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }
}

static void
test_search (void)
{
  GtkEditable *entry = GTK_EDITABLE (child ("search_entry"));
  guint before = g_list_model_get_n_items (rows ());
  guint n;
  g_autofree char *footer = NULL;

  gtk_widget_activate_action (page (), "mission.search", NULL);
  wait_frames (2);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));
  gtk_editable_set_text (entry, "DIJ");
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    while (g_strcmp0 (pre_activity_model_get_search (activity_model ()), "DIJ") != 0 &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  n = g_list_model_get_n_items (rows ());
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, before);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreActivity) item = g_list_model_get_item (rows (), i);
      g_assert_true (g_str_has_prefix (pre_activity_get_youth_code (item), "DIJ"));
    }
  footer = footer_text (n, pre_activity_model_get_total_cost (activity_model ()));
  wait_for_label (GTK_LABEL (child ("footer_label")), footer);
  wait_frames (2);
  save_screenshot (GTK_WIDGET (window), "search");

  gtk_editable_set_text (entry, "");
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    while (g_list_model_get_n_items (rows ()) != before && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, before);
}

static PreActivityDialog *
open_add_dialog (void)
{
  AdwDialog *dialog;

  gtk_widget_activate_action (page (), "mission.add", NULL);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (dialog));
  return PRE_ACTIVITY_DIALOG (dialog);
}

static GtkEditable *
dialog_row (PreActivityDialog *dialog,
            const char        *name)
{
  GObject *row = gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG, name);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

/* A new session falls today in the current year (PRE_TODAY=2025-11-28),
 * on the same day of the year shown otherwise. */
static void
test_default_date (void)
{
  PreSession *session = pre_window_get_session (window);
  PreActivityDialog *dialog;
  g_autofree char *in_2026 = pre_date_format_short ("2026-11-28");
  g_autofree char *today = pre_date_format_short ("2025-11-28");

  pre_session_set_year (session, 2026);
  wait_frames (3);
  g_assert_cmpint (pre_page_get_year (PRE_PAGE (page ())), ==, 2026);
  dialog = open_add_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (dialog_row (dialog, "date_row")), ==, in_2026);
  adw_dialog_force_close (ADW_DIALOG (dialog));
  wait_frames (2);

  pre_session_set_year (session, 2025);
  wait_frames (3);
  dialog = open_add_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (dialog_row (dialog, "date_row")), ==, today);
  adw_dialog_force_close (ADW_DIALOG (dialog));
  wait_frames (2);
}

static void
test_add (void)
{
  g_autoptr(GPtrArray) before_keep = NULL;
  g_autoptr(GPtrArray) after_keep = NULL;
  PreMissionRow *before = core_figures (&before_keep);
  PreMissionRow *after;
  guint n = g_list_model_get_n_items (rows ());
  PreActivityDialog *dialog = open_add_dialog ();
  GtkWidget *save = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG,
                                                               "save_button"));
  g_autoptr(GError) expected = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *committed = NULL;

  /* A misspelt amount: the message under the field, Save blocked. */
  gtk_editable_set_text (dialog_row (dialog, "date_row"), "2025-11-20");
  gtk_editable_set_text (dialog_row (dialog, "title_row"), "Séance de psychologue (test)");
  gtk_editable_set_text (dialog_row (dialog, "cost_row"), "12,5O");
  g_assert_false (pre_money_parse ("12,5O", NULL, &expected));
  g_assert_cmpstr (pre_activity_dialog_get_message (dialog, "cost"), ==, expected->message);
  g_assert_false (pre_activity_dialog_get_can_save (dialog));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog_row (dialog, "cost_row")), "error"));
  wait_frames (2);
  save_screenshot (GTK_WIDGET (window), "dialog-invalid");
  g_clear_error (&expected);

  /* A name is not a youth code. */
  gtk_editable_set_text (dialog_row (dialog, "cost_row"), "125,00");
  g_assert_null (pre_activity_dialog_get_message (dialog, "cost"));
  gtk_editable_set_text (dialog_row (dialog, "youth_code_row"), "Martin");
  g_assert_false (pre_youth_code_validate ("Martin", &expected));
  g_assert_cmpstr (pre_activity_dialog_get_message (dialog, "youth-code"), ==, expected->message);
  g_assert_false (gtk_widget_get_sensitive (save));

  /* A date outside the convention. */
  gtk_editable_set_text (dialog_row (dialog, "youth_code_row"), "DIJ-9925");
  gtk_editable_set_text (dialog_row (dialog, "date_row"), "2031-01-05");
  g_assert_nonnull (pre_activity_dialog_get_message (dialog, "date"));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Valid: held, on Dijon. */
  gtk_editable_set_text (dialog_row (dialog, "date_row"), "2025-11-20");
  adw_combo_row_set_selected (ADW_COMBO_ROW (dialog_row (dialog, "status_row")), PRE_ACTIVITY_HELD);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dialog_row (dialog, "territory_row")), 1);
  g_assert_null (pre_activity_dialog_get_message (dialog, "youth-code"));
  g_assert_null (pre_activity_dialog_get_message (dialog, "date"));
  g_assert_true (pre_activity_dialog_get_can_save (dialog));
  g_signal_emit_by_name (save, "clicked");
  wait_frames (3);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, n + 1);
  after = core_figures (&after_keep);
  g_assert_cmpint (after->actual, ==, before->actual + 12500);
  g_assert_cmpint (after->committed, ==, before->committed);
  spent = pre_money_format (after->actual);
  wait_for_label (GTK_LABEL (child ("spent_label")), spent);

  /* A planned one changes what is committed. */
  dialog = open_add_dialog ();
  gtk_editable_set_text (dialog_row (dialog, "date_row"), "2025-12-18");
  gtk_editable_set_text (dialog_row (dialog, "cost_row"), "60");
  g_assert_true (pre_activity_dialog_get_can_save (dialog));
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG,
                                                        "save_button"), "clicked");
  wait_frames (3);
  g_clear_pointer (&after_keep, g_ptr_array_unref);
  after = core_figures (&after_keep);
  g_assert_cmpint (after->committed, ==, before->committed + 6000);
  committed = pre_money_format (after->committed);
  wait_for_label (GTK_LABEL (child ("committed_label")), committed);
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, n + 2);
}

static void
test_sort (void)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child ("session_view"));
  g_autoptr(GtkColumnViewColumn) cost = g_list_model_get_item (gtk_column_view_get_columns (view), 6);
  g_autoptr(GtkColumnViewColumn) date = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  g_autoptr(PreActivity) first = NULL;
  gboolean descending = FALSE;
  guint n = g_list_model_get_n_items (rows ());

  gtk_column_view_sort_by_column (view, cost, GTK_SORT_DESCENDING);
  g_assert_cmpint (pre_activity_model_get_sort (activity_model (), &descending), ==, PRE_ACTIVITY_SORT_COST);
  g_assert_true (descending);
  first = g_list_model_get_item (rows (), 0);
  g_assert_cmpint (pre_activity_get_cost (first), ==, 12500);
  g_assert_cmpstr (pre_activity_get_title (first), ==, "Séance de psychologue (test)");
  for (guint i = 1; i < n; i += 17)
    {
      g_autoptr(PreActivity) other = g_list_model_get_item (rows (), i);
      g_assert_cmpint (pre_activity_get_cost (other), <=, 12500);
    }
  wait_frames (2);
  save_screenshot (GTK_WIDGET (window), "sorted");

  gtk_column_view_sort_by_column (view, date, GTK_SORT_ASCENDING);
  g_assert_cmpint (pre_activity_model_get_sort (activity_model (), &descending), ==, PRE_ACTIVITY_SORT_DATE);
  g_assert_false (descending);
  gtk_column_view_sort_by_column (view, cost, GTK_SORT_DESCENDING);
}

/* Enter on a row (the view's "activate") edits it. */
static void
test_edit (void)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child ("session_view"));
  g_autoptr(PreActivity) first = g_list_model_get_item (rows (), 0);
  g_autoptr(PreActivity) edited = NULL;
  g_autofree char *date = pre_date_format_short (pre_activity_get_date (first));
  g_autoptr(PreActivity) reread = NULL;
  AdwDialog *dialog;
  gint64 id = pre_activity_get_id (first);

  g_signal_emit_by_name (view, "activate", 0);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (dialog));
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, _("Edit Session"));
  g_assert_cmpstr (gtk_editable_get_text (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "date_row")), ==, date);
  g_assert_true (pre_activity_dialog_get_can_save (PRE_ACTIVITY_DIALOG (dialog)));

  gtk_editable_set_text (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "cost_row"), "130");
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG, "save_button"),
                         "clicked");
  wait_frames (3);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  reread = pre_store_get_activity (pre_application_get_store (app), id, NULL);
  g_assert_cmpint (pre_activity_get_cost (reread), ==, 13000);
  g_assert_cmpstr (pre_activity_get_date (reread), ==, pre_activity_get_date (first));
  edited = g_list_model_get_item (rows (), 0);
  g_assert_cmpint (pre_activity_get_id (edited), ==, id);

  /* Back as it was, for the tests that follow. */
  pre_activity_set_cost (reread, pre_activity_get_cost (first));
  g_assert_true (pre_store_save_activity (pre_application_get_store (app), reread, NULL));
  wait_frames (2);
}

static void
test_delete_undo (void)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (rows ());
  guint n = g_list_model_get_n_items (rows ());
  g_autoptr(PreActivity) first = NULL;
  g_autoptr(PreActivity) restored = NULL;
  GtkWidget *undo;

  gtk_single_selection_set_selected (selection, 0);
  first = g_list_model_get_item (rows (), 0);
  g_assert_cmpint (pre_activity_get_cost (first), ==, 12500);

  gtk_widget_activate_action (page (), "mission.delete", NULL);
  wait_frames (3);
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, n - 1);

  undo = find_mapped_button (GTK_WIDGET (window), _("_Undo"));
  g_assert_nonnull (undo);
  save_screenshot (GTK_WIDGET (window), "deleted");
  g_signal_emit_by_name (undo, "clicked");
  wait_frames (3);
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, n);
  restored = g_list_model_get_item (rows (), 0);
  g_assert_cmpint (pre_activity_get_cost (restored), ==, 12500);
  g_assert_cmpstr (pre_activity_get_youth_code (restored), ==, "DIJ-9925");
  g_assert_cmpstr (pre_activity_get_date (restored), ==, "2025-11-20");
}

static void
test_duplicate (void)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (rows ());
  guint n = g_list_model_get_n_items (rows ());

  gtk_single_selection_set_selected (selection, 0);
  gtk_widget_activate_action (page (), "mission.duplicate", NULL);
  wait_frames (2);
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, n + 1);
}

static void
test_series (void)
{
  guint n = g_list_model_get_n_items (rows ());
  AdwDialog *dialog;
  GObject *save;

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows ()), GTK_INVALID_LIST_POSITION);
  gtk_widget_activate_action (page (), "mission.plan-series", NULL);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (dialog));

  /* Every second Tuesday from 2 December 2025 to 30 December 2025: 3 sessions. */
  gtk_editable_set_text (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "date_row"), "2025-12-02");
  gtk_editable_set_text (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "cost_row"), "60,00");
  gtk_editable_set_text (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "until_row"), "2025-11-30");
  g_assert_nonnull (pre_activity_dialog_get_message (PRE_ACTIVITY_DIALOG (dialog), "until"));
  g_assert_false (pre_activity_dialog_get_can_save (PRE_ACTIVITY_DIALOG (dialog)));
  gtk_editable_set_text (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "until_row"), "2025-12-30");
  adw_spin_row_set_value (ADW_SPIN_ROW (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "every_row")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dialog_row (PRE_ACTIVITY_DIALOG (dialog), "weekday_row")), 1);
  g_assert_true (pre_activity_dialog_get_can_save (PRE_ACTIVITY_DIALOG (dialog)));
  wait_frames (2);
  save_screenshot (GTK_WIDGET (window), "series");
  save = gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG, "save_button");
  g_signal_emit_by_name (save, "clicked");
  wait_frames (3);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_cmpuint (g_list_model_get_n_items (rows ()), ==, n + 3);
}

static void
test_expenses (void)
{
  GtkWidget *view_stack = child ("view_stack");
  GtkLabel *footer = GTK_LABEL (child ("expense_footer_label"));
  GListModel *expenses = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (child ("expense_view"))));
  guint n = g_list_model_get_n_items (expenses);
  AdwDialog *dialog;
  GObject *row;
  g_autoptr(GError) expected = NULL;
  g_autofree char *amount = pre_money_format (48000);
  g_autofree char *text = NULL;
  GtkWidget *undo;

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "expenses");
  wait_frames (2);
  gtk_widget_activate_action (page (), "mission.add", NULL);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_EXPENSE_DIALOG (dialog));

  row = gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG, "amount_row");
  gtk_editable_set_text (GTK_EDITABLE (row), "480,5O");
  g_assert_false (pre_money_parse ("480,5O", NULL, &expected));
  g_assert_cmpstr (pre_expense_dialog_get_message (PRE_EXPENSE_DIALOG (dialog), "amount"), ==, expected->message);
  gtk_editable_set_text (GTK_EDITABLE (row), "480");
  g_assert_null (pre_expense_dialog_get_message (PRE_EXPENSE_DIALOG (dialog), "amount"));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG,
                                                                      "payee_row")), "Cabinet (fictif)");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG,
                                                                      "reference_row")), "F-2025-118");
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG, "save_button"),
                         "clicked");
  wait_frames (3);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, n + 1);
  if (n == 0)
    {
      text = g_strdup_printf (ngettext ("%u expense — %s", "%u expenses — %s", 1), 1, amount);
      g_assert_cmpstr (gtk_label_get_label (footer), ==, text);
    }
  wait_frames (2);
  save_screenshot (GTK_WIDGET (window), "expenses");

  /* The lazy model is the list: its SQL total is the footer's, and the
   * Amount header sorts in SQL, largest first when descending. */
  {
    GtkColumnView *expense_view = GTK_COLUMN_VIEW (child ("expense_view"));
    g_autoptr(GtkColumnViewColumn) amount_column = g_list_model_get_item (gtk_column_view_get_columns (expense_view), 5);
    g_autoptr(GtkColumnViewColumn) date_column = g_list_model_get_item (gtk_column_view_get_columns (expense_view), 0);
    GListModel *model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (expenses));
    g_autoptr(PreExpense) first = NULL;
    g_autofree char *total = NULL;
    g_autofree char *all = NULL;
    gint64 largest = 0;
    gboolean descending = FALSE;
    guint count = g_list_model_get_n_items (model);
    gint64 big_id = 0;

    g_assert_true (PRE_IS_EXPENSE_MODEL (model));

    /* A larger, earlier expense: first by amount, not by date. */
    {
      g_autoptr(PreExpense) added = g_list_model_get_item (model, count - 1);
      g_autoptr(PreExpense) bigger = pre_expense_new ();
      g_autoptr(GError) error = NULL;

      pre_expense_set_mission_id (bigger, pre_expense_get_mission_id (added));
      pre_expense_set_date (bigger, "2025-03-04");
      pre_expense_set_amount (bigger, 125000);
      pre_expense_set_payee (bigger, "Cabinet (fictif)");
      pre_expense_set_reference (bigger, "F-2025-031");
      g_assert_true (pre_store_save_expense (pre_application_get_store (app), bigger, &error));
      g_assert_no_error (error);
      big_id = pre_expense_get_id (bigger);
      wait_frames (3);
      count = g_list_model_get_n_items (model);
      g_assert_cmpuint (count, ==, n + 2);
    }
    total = pre_money_format (pre_expense_model_get_total_amount (PRE_EXPENSE_MODEL (model)));
    all = g_strdup_printf (ngettext ("%u expense — %s", "%u expenses — %s", count), count, total);
    g_assert_cmpstr (gtk_label_get_label (footer), ==, all);
    g_assert_cmpint (pre_expense_model_get_total_amount (PRE_EXPENSE_MODEL (model)), >=, 48000);

    for (guint i = 0; i < count; i++)
      {
        g_autoptr(PreExpense) expense = g_list_model_get_item (model, i);
        largest = MAX (largest, pre_expense_get_amount (expense));
      }
    gtk_column_view_sort_by_column (expense_view, amount_column, GTK_SORT_DESCENDING);
    wait_frames (2);
    g_assert_cmpint (pre_expense_model_get_sort (PRE_EXPENSE_MODEL (model), &descending), ==,
                     PRE_EXPENSE_SORT_AMOUNT);
    g_assert_true (descending);
    first = g_list_model_get_item (model, 0);
    g_assert_cmpint (pre_expense_get_amount (first), ==, largest);
    g_assert_cmpint (largest, ==, 125000);
    g_assert_cmpint (pre_expense_get_id (first), ==, big_id);
    g_assert_cmpstr (gtk_label_get_label (footer), ==, all);
    gtk_column_view_sort_by_column (expense_view, date_column, GTK_SORT_ASCENDING);
    wait_frames (2);

    /* The search applies to the expenses too: their reference. */
    {
      GtkEditable *entry = GTK_EDITABLE (child ("search_entry"));
      g_autofree char *one = pre_money_format (125000);
      g_autofree char *found = g_strdup_printf (ngettext ("%u expense — %s", "%u expenses — %s", 1), 1, one);
      gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

      gtk_editable_set_text (entry, "F-2025-031");
      while (g_strcmp0 (pre_expense_model_get_search (PRE_EXPENSE_MODEL (model)), "F-2025-031") != 0 &&
             g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
      wait_for_label (footer, found);
      gtk_editable_set_text (entry, "");
      end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      while (g_list_model_get_n_items (model) != count && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, count);
    }
    g_assert_true (pre_store_delete_expense (pre_application_get_store (app), big_id, NULL));
    wait_frames (3);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);
  }

  /* Delete and undo. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (expenses), 0);
  gtk_widget_activate_action (page (), "mission.delete", NULL);
  wait_frames (3);
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, n);
  undo = find_mapped_button (GTK_WIDGET (window), _("_Undo"));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  wait_frames (3);
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, n + 1);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "sessions");
  wait_frames (2);
}

static guint
count_type (GtkWidget *widget,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_is_visible (widget) ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_type (c, type);
  return n;
}

/* Each mission asks for its own things: the partners present at a
 * coordination meeting, the participants from each territory of a training. */
static void
test_kinds (void)
{
  AdwDialog *dialog;
  guint n_before;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "coordination");
  wait_frames (3);
  gtk_widget_activate_action (pre_window_get_page_widget (window, "coordination"), "mission.add", NULL);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (dialog));
  /* The convention's six signatories, each a check row. */
  g_assert_cmpuint (count_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON), ==, 6);
  save_screenshot (GTK_WIDGET (window), "coordination-dialog");
  adw_dialog_force_close (dialog);
  wait_frames (2);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "training");
  wait_frames (3);
  n_before = count_type (GTK_WIDGET (window), ADW_TYPE_SPIN_ROW);
  gtk_widget_activate_action (pre_window_get_page_widget (window, "training"), "mission.add", NULL);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (dialog));
  /* Duration, then one per commune (5); participants is the sum; every N weeks hidden. */
  g_assert_cmpuint (count_type (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW), ==, 1 + 5);
  save_screenshot (GTK_WIDGET (window), "training-dialog");
  adw_dialog_force_close (dialog);
  wait_frames (2);
  g_assert_cmpuint (count_type (GTK_WIDGET (window), ADW_TYPE_SPIN_ROW), ==, n_before);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "psychology");
  wait_frames (3);
}

static void
test_screenshots (void)
{
  AdwNavigationSplitView *split_view;

  resize (1200, 800);
  save_screenshot (GTK_WIDGET (window), "wide");

  split_view = ADW_NAVIGATION_SPLIT_VIEW (gtk_widget_get_ancestor (page (), ADW_TYPE_NAVIGATION_SPLIT_VIEW));
  /* 420 px: the window's other pages (their header bars) need 411 px today. */
  resize (420, 760);
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));
  pre_window_show_content (window);
  wait_frames (3);
  g_assert_true (gtk_widget_get_mapped (child ("spent_label")));
  save_screenshot (GTK_WIDGET (window), "narrow");
  resize (1200, 800);
}

/* Preferences: "Purge Now" says how many codes went. */
static void
test_purge_now (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PreStore *store = pre_application_get_store (app);
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  GObject *row;
  guint n_expired = 0;
  g_autofree char *expected = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  wait_frames (3);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_PREFERENCES_DIALOG (dialog));
  row = gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_PREFERENCES_DIALOG, "purge_row");
  g_assert_nonnull (row);

  /* Nothing is older than 24 months on 28 November 2025. */
  g_signal_emit_by_name (find_mapped_button (GTK_WIDGET (row), _("_Purge Now")), "clicked");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   _("No code was older than the retention period."));

  /* Six months: the codes of the sessions before 28 May 2025 go. */
  g_settings_set_int (settings, "retention-months", 6);
  g_assert_true (pre_store_count_expired_youth_codes (store, 6, NULL, &n_expired, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_expired, >, 1);
  g_signal_emit_by_name (find_mapped_button (GTK_WIDGET (row), _("_Purge Now")), "clicked");
  expected = g_strdup_printf (ngettext ("%u code was removed.", "%u codes were removed.", n_expired), n_expired);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected);
  wait_frames (2);
  save_screenshot (GTK_WIDGET (window), "preferences-purged");
  g_assert_true (pre_store_count_expired_youth_codes (store, 6, NULL, &n_expired, &error));
  g_assert_cmpuint (n_expired, ==, 0);

  g_settings_reset (settings, "retention-months");
  adw_dialog_force_close (dialog);
  wait_frames (2);
}

/* The start-up purge: a code whose last session is older than the
 * "retention-months" setting goes; a recent one stays. */
static void
test_purge (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pre-test-purge-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "purge.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GListModel) conventions = NULL;
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(PreMission) mission = NULL;
  g_autoptr(PreActivity) old = pre_activity_new ();
  g_autoptr(PreActivity) recent = pre_activity_new ();
  g_autoptr(PreActivity) reread = NULL;
  guint n_purged = 99;

  g_assert_no_error (error);
  g_assert_true (pre_store_load_example (store, FALSE, &error));
  g_assert_no_error (error);
  conventions = pre_store_list_conventions (store, &error);
  g_assert_no_error (error);
  convention = g_list_model_get_item (conventions, 0);
  mission = pre_store_get_mission_by_kind (store, pre_convention_get_id (convention), PRE_MISSION_PSYCHOLOGY, &error);
  g_assert_no_error (error);

  pre_activity_set_mission_id (old, pre_mission_get_id (mission));
  pre_activity_set_date (old, "2024-01-09");
  pre_activity_set_status (old, PRE_ACTIVITY_HELD);
  pre_activity_set_cost (old, 6000);
  pre_activity_set_youth_code (old, "OLD-0124");
  g_assert_true (pre_store_save_activity (store, old, &error));
  g_assert_no_error (error);
  pre_activity_set_mission_id (recent, pre_mission_get_id (mission));
  pre_activity_set_date (recent, "2025-10-09");
  pre_activity_set_status (recent, PRE_ACTIVITY_HELD);
  pre_activity_set_cost (recent, 6000);
  pre_activity_set_youth_code (recent, "NEW-1025");
  g_assert_true (pre_store_save_activity (store, recent, &error));
  g_assert_no_error (error);

  /* 36 months: 2024-01-09 is 26 months before 2026-03-10, kept. */
  g_settings_set_int (settings, "retention-months", 36);
  g_assert_true (pre_youth_code_purge_run (store, settings, "2026-03-10", &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 0);
  reread = pre_store_get_activity (store, pre_activity_get_id (old), &error);
  g_assert_cmpstr (pre_activity_get_youth_code (reread), ==, "OLD-0124");
  g_clear_object (&reread);

  /* The default 24 months: removed; the session and its cost stay. */
  g_settings_reset (settings, "retention-months");
  g_assert_cmpint (g_settings_get_int (settings, "retention-months"), ==, 24);
  g_assert_true (pre_youth_code_purge_run (store, settings, "2026-03-10", &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 1);
  reread = pre_store_get_activity (store, pre_activity_get_id (old), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_activity_get_youth_code (reread), ==, "");
  g_assert_cmpint (pre_activity_get_cost (reread), ==, 6000);
  g_clear_object (&reread);
  reread = pre_store_get_activity (store, pre_activity_get_id (recent), &error);
  g_assert_cmpstr (pre_activity_get_youth_code (reread), ==, "NEW-1025");

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
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

  g_setenv ("PRE_TODAY", "2025-11-28", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  lang = g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "en";

  tmp_dir = g_dir_make_tmp ("pre-test-mission-XXXXXX", &error);
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
  g_assert_nonnull (pre_application_get_store (app));
  g_application_activate (G_APPLICATION (app));

  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_timeout_add (50, wake_cb, NULL);
  resize (1200, 800);

  /* As a user does: the example loaded with the window open. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-example", NULL);
  wait_frames (2);
  pre_session_set_year (pre_window_get_session (window), 2025);
  wait_frames (2);

  g_test_add_func ("/mission/header", test_header);
  g_test_add_func ("/mission/list", test_list);
  g_test_add_func ("/mission/search", test_search);
  g_test_add_func ("/mission/default-date", test_default_date);
  g_test_add_func ("/mission/add", test_add);
  g_test_add_func ("/mission/sort", test_sort);
  g_test_add_func ("/mission/edit", test_edit);
  g_test_add_func ("/mission/delete-undo", test_delete_undo);
  g_test_add_func ("/mission/duplicate", test_duplicate);
  g_test_add_func ("/mission/series", test_series);
  g_test_add_func ("/mission/expenses", test_expenses);
  g_test_add_func ("/mission/kinds", test_kinds);
  g_test_add_func ("/mission/screenshots", test_screenshots);
  g_test_add_func ("/privacy/purge-now", test_purge_now);
  g_test_add_func ("/privacy/purge-at-startup", test_purge);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
