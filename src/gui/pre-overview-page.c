/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-aggregates.h"
#include "pre-chart-builders.h"
#include "pre-money.h"
#include "pre-overview-page.h"

/* The first page: the convention at a glance for the selected year (each
 * mission against its budget, the funding balance, late payments, spending
 * per territory). Until there is a convention, it offers to set it up or to
 * explore the example. */

struct _PreOverviewPage
{
  PrePage parent_instance;

  GCancellable *cancellable;
  guint         n_loading;

  /* Template widgets */
  GtkLabel       *balance_label;
  AdwActionRow   *balance_row;
  GtkListBox     *funding_list;
  GtkLabel       *late_label;
  AdwActionRow   *late_row;
  AdwPreferencesGroup *missions_group;
  GtkListBox     *missions_list;
  PreChartWidget *spending_chart;
  GtkStack       *stack;
  GtkDropDown    *year_dropdown;
};

G_DEFINE_FINAL_TYPE (PreOverviewPage, pre_overview_page, PRE_TYPE_PAGE)

static void
loaded (PreOverviewPage *self)
{
  if (self->n_loading > 0)
    self->n_loading--;
}

static void
row_activated_cb (PreOverviewPage *self,
                  GtkListBoxRow   *row)
{
  const char *page = g_object_get_data (G_OBJECT (row), "page");

  if (row == GTK_LIST_BOX_ROW (self->balance_row) || row == GTK_LIST_BOX_ROW (self->late_row))
    page = "funding";
  if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.page", "s", page);
}

static void
territory_activated_cb (PreOverviewPage *self,
                        guint            category)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.page", "s", "territories");
}

static void
missions_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreOverviewPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  rows = pre_store_compute_missions_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Missions"), error);
      return;
    }

  /* Translators: the heading of the missions on the overview, with the year. */
  title = g_strdup_printf (_("Missions in %d"), pre_page_get_year (PRE_PAGE (self)));
  adw_preferences_group_set_title (self->missions_group, title);
  gtk_list_box_remove_all (self->missions_list);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreMissionRow *row = g_ptr_array_index (rows, i);
      GtkWidget *action_row = adw_action_row_new ();
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
      GtkWidget *percent;
      g_autofree char *spent = pre_money_format (row->actual);
      g_autofree char *budget = pre_money_format (row->budget);
      g_autofree char *subtitle = NULL;
      g_autofree char *percent_text = NULL;
      double ratio = row->budget > 0 ? (double)row->actual / (double)row->budget : 0;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row),
                                     pre_mission_kind_get_label (row->mission_kind));
      /* Translators: a mission on the overview: sessions held, spent, budget. */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u session held · %s spent of %s",
                                               "%u sessions held · %s spent of %s",
                                               row->n_held),
                                  row->n_held, spent, budget);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);

      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (ratio, 0, 1));
      gtk_widget_set_size_request (bar, 120, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      if (ratio > 1)
        gtk_widget_add_css_class (bar, "pre-over-budget");
      /* Translators: the share of a mission's budget spent, e.g. "89 %". */
      percent_text = g_strdup_printf (_("%d %%"), (int)(ratio * 100 + 0.5));
      percent = gtk_label_new (percent_text);
      gtk_widget_add_css_class (percent, "numeric");
      gtk_widget_add_css_class (percent, ratio > 1 ? "error" : "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Share of the budget spent"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), bar);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), percent);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (action_row), TRUE);
      g_object_set_data (G_OBJECT (action_row), "page",
                         (gpointer)pre_mission_kind_to_string (row->mission_kind));
      gtk_list_box_append (self->missions_list, action_row);
    }
}

static void
balances_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreOverviewPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  int year = pre_page_get_year (PRE_PAGE (self));

  rows = pre_store_compute_balances_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Balances"), error);
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const PreBalanceRow *row = g_ptr_array_index (rows, i);
      g_autofree char *amount = NULL;
      g_autofree char *text = NULL;

      if (row->year != year)
        continue;
      amount = pre_money_format (row->balance < 0 ? -row->balance : row->balance);
      if (row->balance > 0)
        text = g_strdup_printf (_("%s to allocate"), amount);
      else if (row->balance < 0)
        text = g_strdup_printf (_("%s over-funded"), amount);
      else
        text = g_strdup (_("Balanced"));
      gtk_label_set_label (self->balance_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->balance_label), "warning");
      if (row->balance != 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->balance_label), "warning");
    }
}

static void
payments_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreOverviewPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_late = 0;

  rows = pre_store_compute_payments_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Payments"), error);
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const PrePaymentRow *row = g_ptr_array_index (rows, i);

      if (row->status != PRE_PAYMENT_LATE)
        continue;
      if (n_late++ > 0)
        g_string_append (names, ", ");
      g_string_append (names, row->partner_name);
    }
  if (n_late == 0)
    {
      gtk_label_set_label (self->late_label, _("None"));
      adw_action_row_set_subtitle (self->late_row, _("Every call for funds is paid or within 60 days."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->late_label), "error");
    }
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u call for funds",
                                                             "%u calls for funds", n_late),
                                                n_late);
      gtk_label_set_label (self->late_label, count);
      adw_action_row_set_subtitle (self->late_row, names->str);
      gtk_widget_add_css_class (GTK_WIDGET (self->late_label), "error");
    }
}

static void
spending_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreOverviewPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreChartData) data = NULL;
  int year = pre_page_get_year (PRE_PAGE (self));

  rows = pre_store_compute_spending_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Spending"), error);
      return;
    }

  data = pre_chart_build_territory_spending (rows, year, year);
  pre_chart_widget_set_data (self->spending_chart, data);
}

static void
pre_overview_page_reload (PrePage *page)
{
  PreOverviewPage *self = PRE_OVERVIEW_PAGE (page);
  PreConvention *convention = pre_page_get_convention (page);
  PreStore *store = pre_page_get_store (page);
  int year = pre_page_get_year (page);
  gint64 id;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->n_loading = 0;

  if (convention == NULL || store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");
  id = pre_convention_get_id (convention);

  self->cancellable = g_cancellable_new ();
  self->n_loading = 4;
  pre_store_compute_missions_async (store, id, year, self->cancellable,
                                    missions_ready_cb, g_object_ref (self));
  pre_store_compute_balances_async (store, id, self->cancellable,
                                    balances_ready_cb, g_object_ref (self));
  pre_store_compute_payments_async (store, id, year, NULL, self->cancellable,
                                    payments_ready_cb, g_object_ref (self));
  pre_store_compute_spending_async (store, id, year, self->cancellable,
                                    spending_ready_cb, g_object_ref (self));
}

static void
pre_overview_page_dispose (GObject *object)
{
  PreOverviewPage *self = PRE_OVERVIEW_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (pre_overview_page_parent_class)->dispose (object);
}

static void
pre_overview_page_class_init (PreOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PrePageClass *page_class = PRE_PAGE_CLASS (klass);

  object_class->dispose = pre_overview_page_dispose;
  page_class->reload = pre_overview_page_reload;

  g_type_ensure (PRE_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, balance_row);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, funding_list);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, late_label);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, late_row);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, missions_group);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, missions_list);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, spending_chart);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, year_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, territory_activated_cb);
}

static void
pre_overview_page_init (PreOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);
}

GtkWidget *
pre_overview_page_new (void)
{
  return g_object_new (PRE_TYPE_OVERVIEW_PAGE, NULL);
}

PreChartWidget *
pre_overview_page_get_spending_chart (PreOverviewPage *self)
{
  g_return_val_if_fail (PRE_IS_OVERVIEW_PAGE (self), NULL);

  return self->spending_chart;
}

gboolean
pre_overview_page_is_loading (PreOverviewPage *self)
{
  g_return_val_if_fail (PRE_IS_OVERVIEW_PAGE (self), FALSE);

  return self->n_loading > 0;
}
