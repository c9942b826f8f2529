/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-aggregates.h"
#include "pre-example.h"
#include "pre-application.h"
#include "pre-chart-builders.h"
#include "pre-chart-widget.h"
#include "pre-funding-page.h"
#include "pre-money.h"
#include "pre-overview-page.h"
#include "pre-payment-dialog.h"
#include "pre-receipt-dialog.h"
#include "pre-screenshot.h"
#include "pre-share-dialog.h"
#include "pre-window.h"

/* The Funding page and the Overview over the example with its sample
 * activity (today 2025-11-28), in a real window under X11: the amounts a
 * coordinator reads, the balance banner, a participation changed through its
 * dialog, the payment statuses, the charts' descriptions, and screenshots in
 * light and dark mode. */

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

static PreFundingPage *
funding_page (void)
{
  return PRE_FUNDING_PAGE (pre_window_get_page_widget (window, "funding"));
}

static PreOverviewPage *
overview_page (void)
{
  return PRE_OVERVIEW_PAGE (pre_window_get_page_widget (window, "overview"));
}

/* Until the page's background figures are in and drawn. */
static void
wait_loaded (void)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  do
    {
      wait_frames (2);
      if (g_get_monotonic_time () > end)
        g_error ("The page's figures did not come in 20 s");
    }
  while (pre_funding_page_is_loading (funding_page ())
         || pre_overview_page_is_loading (overview_page ()));
  wait_frames (2);
}

static void
show_page (const char *page)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
  wait_loaded ();
  g_assert_cmpstr (pre_window_get_page (window), ==, page);
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

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The preferences row (action or expander row) titled @title. */
static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_money_label (GtkWidget *root,
                    gint64     cents)
{
  g_autofree char *text = pre_money_format (cents);

  if (find_label (root, text) == NULL)
    g_error ("No label reads “%s”", text);
}

static void
save_screenshot (const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  wait_frames (3);
  pre_screenshot_save (GTK_WIDGET (window), path, &error);
  g_assert_no_error (error);
  g_test_message ("Screenshot: %s", path);
}

/* The lower parts of the Funding page: the charts, then every year. */
static void
scroll_and_save (const char *page,
                 const char *scheme)
{
  GtkWidget *scrolled = find_mapped (pre_window_get_page_widget (window, page), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  g_autofree char *middle = g_strdup_printf ("%s-charts-%s", page, scheme);
  g_autofree char *bottom = g_strdup_printf ("%s-bottom-%s", page, scheme);

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, 850);
  save_screenshot (middle);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  save_screenshot (bottom);
  gtk_adjustment_set_value (adjustment, 0);
  wait_frames (2);
}

static void
test_plan (void)
{
  GtkWidget *page;
  AdwBanner *banner;
  g_autofree char *left = pre_money_format (268000);

  show_page ("funding");
  page = GTK_WIDGET (funding_page ());
  g_assert_cmpint (pre_page_get_year (PRE_PAGE (page)), ==, 2025);

  assert_money_label (page, 2000000);   /* the annual forecast cost */
  assert_money_label (page, 1250000);   /* the métropole's share */
  assert_money_label (page, 482000);    /* CCAS de Dijon */
  g_assert_nonnull (find_row (page, ADW_TYPE_ACTION_ROW, "Dijon Métropole"));
  g_assert_nonnull (find_row (page, ADW_TYPE_ACTION_ROW, "CCAS de Dijon"));

  banner = pre_funding_page_get_banner (funding_page ());
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), left));
  save_screenshot ("funding-light");
  scroll_and_save ("funding", "light");
}

static void
test_payments (void)
{
  GtkWidget *page = GTK_WIDGET (funding_page ());
  GtkWidget *row;

  show_page ("funding");
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, "CCAS de Dijon");
  g_assert_nonnull (row);
  g_assert_nonnull (find_label (row, pre_payment_status_get_label (PRE_PAYMENT_RECEIVED)));
  /* The coordinator does not call funds from itself. */
  g_assert_null (find_row (page, ADW_TYPE_EXPANDER_ROW, "Dijon Métropole"));
}

static PreShareDialog *
open_share_dialog (const char *partner)
{
  GtkWidget *row = find_row (GTK_WIDGET (funding_page ()), ADW_TYPE_ACTION_ROW, partner);
  GtkWidget *dialog;

  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  wait_frames (3);
  dialog = find_mapped (GTK_WIDGET (window), PRE_TYPE_SHARE_DIALOG);
  g_assert_nonnull (dialog);
  return PRE_SHARE_DIALOG (dialog);
}

static void
test_share_dialog (void)
{
  PreShareDialog *dialog;
  GtkEditable *amount;
  GtkWidget *save;
  AdwBanner *banner = pre_funding_page_get_banner (funding_page ());

  show_page ("funding");
  dialog = open_share_dialog ("CCAS de Dijon");
  amount = GTK_EDITABLE (pre_share_dialog_get_amount_row (dialog));
  save = pre_share_dialog_get_save_button (dialog);
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Not an amount: the message says so under the field, Save is blocked. */
  gtk_editable_set_text (amount, "4 820,5O");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_nonnull (strstr (pre_share_dialog_get_message (dialog), "4 820,5O"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pre_share_dialog_get_amount_row (dialog)), "error"));
  gtk_editable_set_text (amount, "");
  g_assert_false (gtk_widget_get_sensitive (save));
  save_screenshot ("funding-share-invalid");

  /* 4 820 + 2 680: the plan adds up, the banner goes. */
  gtk_editable_set_text (amount, "7500");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (pre_share_dialog_get_message (dialog), ==, "");
  g_signal_emit_by_name (save, "clicked");
  wait_loaded ();
  g_assert_null (find_mapped (GTK_WIDGET (window), PRE_TYPE_SHARE_DIALOG));
  g_assert_false (adw_banner_get_revealed (banner));
  assert_money_label (GTK_WIDGET (funding_page ()), 750000);
  {
    g_autofree char *balanced = g_strdup (_("Balanced"));
    g_assert_nonnull (find_label (GTK_WIDGET (funding_page ()), balanced));
  }

  /* Over-funded by 100 €: the banner says so. */
  dialog = open_share_dialog ("CCAS de Dijon");
  gtk_editable_set_text (GTK_EDITABLE (pre_share_dialog_get_amount_row (dialog)), "7600");
  g_signal_emit_by_name (pre_share_dialog_get_save_button (dialog), "clicked");
  wait_loaded ();
  g_assert_true (adw_banner_get_revealed (banner));
  {
    g_autofree char *over = pre_money_format (10000);
    g_assert_nonnull (strstr (adw_banner_get_title (banner), over));
  }

  /* Back to the example's figure. */
  dialog = open_share_dialog ("CCAS de Dijon");
  gtk_editable_set_text (GTK_EDITABLE (pre_share_dialog_get_amount_row (dialog)), "4820");
  g_signal_emit_by_name (pre_share_dialog_get_save_button (dialog), "clicked");
  wait_loaded ();
  g_assert_true (adw_banner_get_revealed (banner));
}


static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip_or_label)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget)
      && (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip_or_label) == 0
          || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), tooltip_or_label) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip_or_label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_field (GtkWidget  *dialog,
           const char *title,
           const char *text)
{
  GtkWidget *row = find_row (dialog, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
assert_status (const char       *partner,
               PrePaymentStatus  status)
{
  GtkWidget *row = find_row (GTK_WIDGET (funding_page ()), ADW_TYPE_EXPANDER_ROW, partner);

  g_assert_nonnull (row);
  if (find_label (row, pre_payment_status_get_label (status)) == NULL)
    g_error ("%s is not “%s”", partner, pre_payment_status_get_label (status));
}

/* A share for CCAS de Chenôve, its call for funds, a part received, a
 * receipt removed then brought back by Undo. */
static void
test_receipts (void)
{
  GtkWidget *page = GTK_WIDGET (funding_page ());
  GtkWidget *row;
  GtkWidget *dialog;
  GtkWidget *save;
  GtkWidget *button;
  PreShareDialog *share_dialog;

  show_page ("funding");
  g_assert_null (find_row (page, ADW_TYPE_EXPANDER_ROW, "CCAS de Chenôve"));
  share_dialog = open_share_dialog ("CCAS de Chenôve");
  gtk_editable_set_text (GTK_EDITABLE (pre_share_dialog_get_amount_row (share_dialog)), "1 000");
  g_signal_emit_by_name (pre_share_dialog_get_save_button (share_dialog), "clicked");
  wait_loaded ();
  assert_status ("CCAS de Chenôve", PRE_PAYMENT_PLANNED);

  /* The call for funds: a date that does not exist blocks Save. */
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, "CCAS de Chenôve");
  g_assert_false (gtk_widget_get_sensitive (find_button (row, _("Add a Receipt"))));
  g_signal_emit_by_name (find_button (row, _("Edit the Call for Funds")), "clicked");
  wait_frames (3);
  dialog = find_mapped (GTK_WIDGET (window), PRE_TYPE_PAYMENT_DIALOG);
  g_assert_nonnull (dialog);
  save = pre_payment_dialog_get_save_button (PRE_PAYMENT_DIALOG (dialog));
  set_field (dialog, _("Date of the call (empty until it is sent)"), "31/02/2025");
  g_assert_false (gtk_widget_get_sensitive (save));
  save_screenshot ("funding-call-invalid");
  set_field (dialog, _("Date of the call (empty until it is sent)"), "2025-11-01");
  set_field (dialog, _("Titre de recettes"), "TR-2025-0999");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  wait_loaded ();
  assert_status ("CCAS de Chenôve", PRE_PAYMENT_CALLED);

  /* Part of it received. */
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, "CCAS de Chenôve");
  button = find_button (row, _("Add a Receipt"));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_frames (3);
  dialog = find_mapped (GTK_WIDGET (window), PRE_TYPE_RECEIPT_DIALOG);
  g_assert_nonnull (dialog);
  save = pre_receipt_dialog_get_save_button (PRE_RECEIPT_DIALOG (dialog));
  g_assert_true (gtk_widget_get_sensitive (save));   /* today, the whole amount */
  set_field (dialog, _("Amount received"), "0");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_field (dialog, _("Amount received"), "400");
  set_field (dialog, _("Date received"), "2025-11-20");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  wait_loaded ();
  assert_status ("CCAS de Chenôve", PRE_PAYMENT_PARTLY_RECEIVED);

  /* Removed, then back with Undo. */
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, "CCAS de Chenôve");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_frames (3);
  button = find_button (row, _("Remove the Receipt"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_loaded ();
  assert_status ("CCAS de Chenôve", PRE_PAYMENT_CALLED);
  button = find_button (GTK_WIDGET (window), _("_Undo"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_loaded ();
  assert_status ("CCAS de Chenôve", PRE_PAYMENT_PARTLY_RECEIVED);
  /* The row stayed open: the receipt is shown again. */
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, "CCAS de Chenôve");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  {
    g_autofree char *amount = pre_money_format (40000);
    g_autofree char *title = g_strdup_printf (_("Received %s"), amount);
    g_assert_nonnull (find_row (row, ADW_TYPE_ACTION_ROW, title));
  }
  save_screenshot ("funding-receipts");
}

static void
test_funding_charts (void)
{
  PreStore *store = pre_window_get_store (window);
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (funding_page ()));
  PreChartWidget *chart = pre_funding_page_get_contributions_chart (funding_page ());
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const char *description;

  show_page ("funding");
  rows = pre_store_compute_contributions (store, pre_convention_get_id (convention), 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  description = pre_chart_widget_get_description (chart);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreContributionRow *row = g_ptr_array_index (rows, i);
      g_autofree char *spent = pre_money_format_short (row->spent);

      g_assert_nonnull (strstr (description, row->territory_name));
      g_assert_nonnull (strstr (description, spent));
    }
  /* The drawing is an image for assistive technologies, described. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (pre_chart_widget_get_drawing (chart))),
                   ==, GTK_ACCESSIBLE_ROLE_IMG);

  {
    g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (pre_chart_widget_get_drawing (chart)),
                                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                                   description);
    g_assert_null (problem);
  }

  /* Exported as the menu does, once a file is chosen. */
  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { "contributions.png", "contributions.svg", "contributions.pdf" };
      g_autofree char *path = g_build_filename (output_dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = NULL;

      g_assert_true (pre_chart_widget_export (chart, path, &error));
      g_assert_no_error (error);
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_file_info_get_size (info), >, 1000);
    }
  {
    g_autofree char *path = g_build_filename (output_dir, "contributions.svg", NULL);
    g_autofree char *svg = NULL;

    g_assert_true (g_file_get_contents (path, &svg, NULL, &error));
    g_assert_nonnull (strstr (svg, "Chenôve"));
  }

  /* The missions chart: one category per mission. */
  chart = pre_funding_page_get_missions_chart (funding_page ());
  g_assert_cmpuint (pre_chart_data_get_n_categories (pre_chart_widget_get_data (chart)), ==, PRE_N_MISSION_KINDS);
  g_assert_nonnull (strstr (pre_chart_widget_get_description (chart),
                            pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)));

  /* The table shows the same figures, one row per category. */
  pre_chart_widget_set_show_table (chart, TRUE);
  wait_frames (2);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pre_chart_widget_get_column_view (chart))));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (pre_chart_widget_get_column_view (chart)))),
                    ==, PRE_N_MISSION_KINDS);
  pre_chart_widget_set_show_table (chart, FALSE);

  /* A legend click hides a series: the description and the table leave it out. */
  {
    g_autofree char *before = g_strdup (pre_chart_widget_get_description (chart));
    GListModel *columns = gtk_column_view_get_columns (pre_chart_widget_get_column_view (chart));
    guint n_columns = g_list_model_get_n_items (columns);

    pre_chart_widget_toggle_series (chart, 0);
    g_assert_true (pre_chart_data_get_series_hidden (pre_chart_widget_get_data (chart), 0));
    g_assert_cmpuint (strlen (pre_chart_widget_get_description (chart)), <, strlen (before));
    g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (pre_chart_widget_get_column_view (chart))),
                      ==, n_columns - 1);
    /* Shown again from the keyboard's menu. */
    gtk_widget_activate_action (GTK_WIDGET (chart), "series.show-0", NULL);
    g_assert_false (pre_chart_data_get_series_hidden (pre_chart_widget_get_data (chart), 0));
    g_assert_cmpstr (pre_chart_widget_get_description (chart), ==, before);
  }

  /* Spending month after month against the year's cost: the same chart as
   * the command line's "chart monthly-spending --year 2025". */
  chart = pre_funding_page_get_monthly_chart (funding_page ());
  {
    PreChartData *data = pre_chart_widget_get_data (chart);
    g_autoptr(PreChartData) expected = NULL;
    g_autofree char *expected_description = NULL;
    g_autofree char *budget = pre_money_format_short (2000000);
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
    graphene_point_t top;

    expected = pre_store_build_chart (store, pre_convention_get_id (convention),
                                      PRE_CHART_NAME_MONTHLY_SPENDING, 2025, &error);
    g_assert_no_error (error);
    g_assert_nonnull (data);
    g_assert_cmpint (pre_chart_data_get_kind (data), ==, PRE_CHART_KIND_CUMULATIVE_LINE);
    g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 12);
    expected_description = pre_chart_data_describe (expected);
    g_assert_cmpstr (pre_chart_widget_get_description (chart), ==, expected_description);
    /* Scrolled to it, for people to look at. */
    g_assert_nonnull (scrolled);
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (chart), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), top.y - 60);
    wait_frames (2);
    save_screenshot ("funding-monthly");
    /* The budget line: the annual cost of 20 000 €. */
    {
      guint n = 0;
      const PreChartReference *references = pre_chart_layout_get_references (pre_chart_widget_get_layout (chart), &n);

      g_assert_cmpuint (n, ==, 1);
      g_assert_cmpint (references[0].value, ==, 2000000);
      g_assert_nonnull (strstr (references[0].text, budget));
    }
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    wait_frames (2);
  }
}

/* A bar of the missions chart opens its mission; a mission row of the
 * overview too. */
/* A click where core's layout puts something, as the pointer would. */
static void
click (PreChartWidget *chart,
       double          x,
       double          y)
{
  GtkWidget *drawing = pre_chart_widget_get_drawing (chart);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (drawing);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 1, x, y);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_navigation (void)
{
  PreChartWidget *chart = pre_funding_page_get_missions_chart (funding_page ());
  GtkWidget *scrolled;
  const PreChartLegendEntry *legend;
  const PreChartSegment *segment;
  PreChartLayout *layout;
  guint n;
  GtkWidget *row;

  show_page ("funding");
  /* Scrolled to the chart so that it is drawn. */
  scrolled = find_mapped (GTK_WIDGET (funding_page ()), GTK_TYPE_SCROLLED_WINDOW);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 850);
  wait_frames (3);
  layout = pre_chart_widget_get_layout (chart);
  g_assert_nonnull (layout);

  /* The legend hides then shows a series. */
  for (guint round = 0; round < 2; round++)
    {
      const PreChartLegendEntry *entry = NULL;

      layout = pre_chart_widget_get_layout (chart);
      legend = pre_chart_layout_get_legend (layout, &n);
      for (guint i = 0; i < n && entry == NULL; i++)
        if (legend[i].series == 0)
          entry = &legend[i];
      g_assert_nonnull (entry);
      click (chart, entry->bounds.x + entry->bounds.width / 2, entry->bounds.y + entry->bounds.height / 2);
      g_assert_cmpint (pre_chart_data_get_series_hidden (pre_chart_widget_get_data (chart), 0), ==, round == 0);
      wait_frames (2);
    }

  /* The psychology budget bar opens the psychology page. */
  layout = pre_chart_widget_get_layout (chart);
  segment = pre_chart_layout_get_segment (layout, PRE_MISSION_PSYCHOLOGY, 0, PRE_CHART_PART_ACTUAL);
  g_assert_nonnull (segment);
  g_assert_nonnull (strstr (segment->tooltip, pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)));
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (pre_chart_widget_get_drawing (chart));

    /* Hovered: a hand and an outline. */
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
          g_signal_emit_by_name (controller, "motion",
                                 segment->rect.x + segment->rect.width / 2,
                                 segment->rect.y + segment->rect.height / 2);
      }
    g_assert_nonnull (gtk_widget_get_cursor (pre_chart_widget_get_drawing (chart)));
    g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (pre_chart_widget_get_drawing (chart))), ==, "pointer");
    save_screenshot ("funding-chart-hover");
  }
  click (chart, segment->rect.x + segment->rect.width / 2, segment->rect.y + segment->rect.height / 2);
  wait_frames (2);
  g_assert_cmpstr (pre_window_get_page (window), ==, "psychology");

  show_page ("overview");
  row = find_row (GTK_WIDGET (overview_page ()), ADW_TYPE_ACTION_ROW,
                  pre_mission_kind_get_label (PRE_MISSION_TRAINING));
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  wait_frames (2);
  g_assert_cmpstr (pre_window_get_page (window), ==, "training");
}

/* The year's cost edited until the plan adds up; Delete on a party removes
 * its participation, Undo brings it back. */
static void
test_cost_and_delete (void)
{
  GtkWidget *page = GTK_WIDGET (funding_page ());
  AdwBanner *banner = pre_funding_page_get_banner (funding_page ());
  GtkWidget *row;
  PreShareDialog *dialog;
  GtkWidget *undo;

  show_page ("funding");
  g_assert_true (adw_banner_get_revealed (banner));
  dialog = open_share_dialog (_("Annual forecast cost"));
  gtk_editable_set_text (GTK_EDITABLE (pre_share_dialog_get_amount_row (dialog)), "");
  g_assert_false (gtk_widget_get_sensitive (pre_share_dialog_get_save_button (dialog)));
  /* Every share so far: 12 500 + 1 000 + 4 820. */
  gtk_editable_set_text (GTK_EDITABLE (pre_share_dialog_get_amount_row (dialog)), "18 320,00");
  g_signal_emit_by_name (pre_share_dialog_get_save_button (dialog), "clicked");
  wait_loaded ();
  assert_money_label (page, 1832000);
  g_assert_false (adw_banner_get_revealed (banner));

  row = find_row (page, ADW_TYPE_ACTION_ROW, "CCAS de Chenôve");
  gtk_widget_grab_focus (row);
  gtk_widget_activate_action (page, "funding.remove-share", NULL);
  wait_loaded ();
  g_assert_true (adw_banner_get_revealed (banner));
  undo = find_button (GTK_WIDGET (window), _("_Undo"));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  wait_loaded ();
  g_assert_false (adw_banner_get_revealed (banner));
}

/* Narrow: nothing runs off the side. */
static void
test_narrow (void)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 460, 900);
  wait_frames (4);
  show_page ("funding");
  save_screenshot ("funding-narrow");
  scroll_and_save ("funding", "narrow");
  show_page ("overview");
  save_screenshot ("overview-narrow");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 1000);
  wait_frames (4);
}

static void
test_overview (void)
{
  PreStore *store = pre_window_get_store (window);
  PreConvention *convention;
  PreChartWidget *chart;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;
  const char *description;

  show_page ("overview");
  convention = pre_page_get_convention (PRE_PAGE (overview_page ()));
  chart = pre_overview_page_get_spending_chart (overview_page ());
  g_assert_true (gtk_widget_get_mapped (pre_chart_widget_get_drawing (chart)));
  g_assert_cmpint (gtk_widget_get_height (pre_chart_widget_get_drawing (chart)), >=, 300);

  rows = pre_store_compute_spending (store, pre_convention_get_id (convention), 2025, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreSpendingRow *row = g_ptr_array_index (rows, i);
      gint64 *total = g_hash_table_lookup (totals, row->territory_name);

      if (total == NULL)
        {
          total = g_new0 (gint64, 1);
          g_hash_table_insert (totals, g_strdup (row->territory_name), total);
        }
      *total += row->actual;
    }
  g_assert_cmpuint (g_hash_table_size (totals), >=, 5);

  /* Every territory and what was spent on it, in words. */
  description = pre_chart_widget_get_description (chart);
  g_test_message ("%s", description);
  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *amount = pre_money_format_short (*(gint64 *)value);

      g_assert_nonnull (strstr (description, key));
      g_assert_nonnull (strstr (description, amount));
    }

  /* Sessions held per mission, the balance, the late payments. */
  g_assert_nonnull (find_row (GTK_WIDGET (overview_page ()), ADW_TYPE_ACTION_ROW,
                              pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)));
  {
    g_autofree char *amount = pre_money_format (268000);
    g_autofree char *text = g_strdup_printf (_("%s to allocate"), amount);
    g_assert_nonnull (find_label (GTK_WIDGET (overview_page ()), text));
  }
  save_screenshot ("overview-light");
}

static void
test_dark (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  show_page ("overview");
  save_screenshot ("overview-dark");
  show_page ("funding");
  save_screenshot ("funding-dark");
  scroll_and_save ("funding", "dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  wait_frames (2);
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
  /* The example's sample activity is dated against this day. */
  g_setenv ("PRE_TODAY", "2025-11-28", TRUE);

  tmp_dir = g_dir_make_tmp ("pre-test-funding-XXXXXX", &error);
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
  /* The example with its sample activity, before the window opens. */
  g_assert_true (pre_store_load_example (pre_application_get_store (app), TRUE, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_timeout_add (50, wake_cb, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 1000);
  wait_frames (4);

  g_assert_nonnull (pre_session_get_convention (pre_window_get_session (window)));
  pre_session_set_year (pre_window_get_session (window), 2025);
  wait_frames (2);

  g_test_add_func ("/funding/plan", test_plan);
  g_test_add_func ("/funding/payments", test_payments);
  g_test_add_func ("/funding/share-dialog", test_share_dialog);
  g_test_add_func ("/funding/charts", test_funding_charts);
  g_test_add_func ("/overview/content", test_overview);
  g_test_add_func ("/overview/dark", test_dark);
  g_test_add_func ("/payments/receipts", test_receipts);
  g_test_add_func ("/payments/cost-and-delete", test_cost_and_delete);
  g_test_add_func ("/pages/navigation", test_navigation);
  g_test_add_func ("/pages/narrow", test_narrow);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
