/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pre-activity-dialog.h"
#include "pre-activity-model.h"
#include "pre-aggregates.h"
#include "pre-date.h"
#include "pre-expense-dialog.h"
#include "pre-expense-model.h"
#include "pre-expense.h"
#include "pre-mission-page.h"
#include "pre-mission.h"
#include "pre-money.h"
#include "pre-territory.h"
#include "pre-window.h"

/* The sessions and expenses of one mission; one page per mission kind. The
 * sessions are a lazy PreActivityModel, the expenses a lazy PreExpenseModel:
 * the column views' sorters only say which column the user chose, and the
 * models sort in SQL. */

struct _PreMissionPage
{
  PrePage             parent_instance;

  /* Template widgets */
  GtkButton          *add_button;
  GtkLevelBar        *budget_bar;
  GtkLabel           *budget_label;
  GtkLabel           *committed_label;
  GtkButton          *empty_button;
  GtkLabel           *expense_footer_label;
  GtkStack           *expense_stack;
  GtkColumnView      *expense_view;
  GtkLabel           *footer_label;
  GtkLabel           *left_label;
  GtkStack           *main_stack;
  GtkSearchEntry     *search_entry;
  GtkStack           *session_stack;
  GtkColumnView      *session_view;
  GtkLabel           *spent_label;
  GtkDropDown        *status_dropdown;
  AdwStatusPage      *status_page;
  GtkDropDown        *territory_dropdown;
  AdwViewStack       *view_stack;
  GtkDropDown        *year_dropdown;

  PreMissionKind      kind;
  PreMission         *mission;
  PreActivityModel   *model;
  GtkSingleSelection *selection;
  PreExpenseModel    *expense_model;
  GtkSingleSelection *expense_selection;
  GArray             *territory_ids;   /* gint64 filter per dropdown position */
  GCancellable       *cancellable;
  gboolean            updating_filters;

  /* The header's figures, once computed. */
  gboolean            figures_ready;
  gint64              budget;
  gint64              actual;
  gint64              committed;
};

G_DEFINE_FINAL_TYPE (PreMissionPage, pre_mission_page, PRE_TYPE_PAGE)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *icon_name;
  const char *empty_title;
  const char *empty_description;
} MissionTexts;

static const MissionTexts mission_texts[PRE_N_MISSION_KINDS] = {
  [PRE_MISSION_COORDINATION] = {
    "network-workgroup-symbolic",
    N_("No coordination sessions"),
    N_("Record the exchange meetings between the communes’ PRE teams, on one territory or on all of them."),
  },
  [PRE_MISSION_PSYCHOLOGY] = {
    "emoji-people-symbolic",
    N_("No psychology sessions"),
    N_("Record the psychologists’ sessions funded on each territory. A young person appears at most as a pseudonymous code from the commune’s PRE, never by name."),
  },
  [PRE_MISSION_PROJECT] = {
    "x-office-presentation-symbolic",
    N_("No project actions"),
    N_("Record the coordinated actions for children, youths and their families, and what they cost."),
  },
  [PRE_MISSION_TRAINING] = {
    "accessories-dictionary-symbolic",
    N_("No training sessions"),
    N_("Record the training and practice-analysis sessions for the teams working on each territory."),
  },
};

static gboolean
showing_expenses (PreMissionPage *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "expenses") == 0;
}

static gpointer
selected_item (GtkSingleSelection *selection)
{
  if (selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (selection);
}

/* Enabling the page's actions: in one place. */
static void
update_actions (PreMissionPage *self)
{
  gboolean ready = self->mission != NULL && pre_page_get_convention (PRE_PAGE (self)) != NULL;
  gboolean expenses = showing_expenses (self);
  gboolean has_selection = selected_item (expenses ? self->expense_selection : self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mission.add", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mission.edit", ready && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mission.delete", ready && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mission.duplicate", ready && !expenses && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mission.plan-series", ready && !expenses);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button),
                               expenses ? _("Add an Expense") : _("Add a Session"));
}

/* The header: budget, spent, committed, left, and the bar. */
static void
show_figures (PreMissionPage *self)
{
  g_autofree char *budget = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *committed = NULL;
  g_autofree char *left = NULL;
  gint64 used = self->actual + self->committed;
  double ratio;

  if (!self->figures_ready)
    {
      gtk_label_set_label (self->budget_label, "");
      gtk_label_set_label (self->spent_label, "");
      gtk_label_set_label (self->committed_label, "");
      gtk_label_set_label (self->left_label, "");
      gtk_level_bar_set_value (self->budget_bar, 0);
      return;
    }

  budget = pre_money_format (self->budget);
  spent = pre_money_format (self->actual);
  committed = pre_money_format (self->committed);
  left = pre_money_format (self->budget - used);
  gtk_label_set_label (self->budget_label, budget);
  gtk_label_set_label (self->spent_label, spent);
  gtk_label_set_label (self->committed_label, committed);
  gtk_label_set_label (self->left_label, left);

  ratio = self->budget > 0 ? (double)used / (double)self->budget : (used > 0 ? 2.0 : 0.0);
  gtk_level_bar_set_value (self->budget_bar, CLAMP (ratio, 0.0, 1.0));
  gtk_widget_remove_css_class (GTK_WIDGET (self->budget_bar), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->budget_bar), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->left_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->left_label), "warning");
  if (ratio > 1.0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->budget_bar), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->left_label), "error");
    }
  else if (ratio > 0.9)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->budget_bar), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->left_label), "warning");
    }

  {
    g_autofree char *description =
      g_strdup_printf (_("%d %% of the budget spent or committed"), (int)(ratio * 100 + 0.5));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->budget_bar),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  }
}

static void
missions_computed_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PreMissionPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  rows = pre_store_compute_missions_finish (PRE_STORE (object), result, &error);
  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pre_page_show_error (PRE_PAGE (self), _("Cannot Compute the Budget"), error);
      return;
    }
  if (self->mission == NULL)
    return;

  for (guint i = 0; i < rows->len; i++)
    {
      PreMissionRow *row = g_ptr_array_index (rows, i);

      if (row->mission_id == pre_mission_get_id (self->mission))
        {
          self->budget = row->budget;
          self->actual = row->actual;
          self->committed = row->committed;
          self->figures_ready = TRUE;
        }
    }
  show_figures (self);
}

static void
update_footer (PreMissionPage *self)
{
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  gboolean filtered;
  guint n;

  if (self->model == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  total = pre_money_format (pre_activity_model_get_total_cost (self->model));
  /* Translators: the footer of the sessions table: "214 sessions — €12,840.00". */
  text = g_strdup_printf (ngettext ("%u session — %s", "%u sessions — %s", n), n, total);
  gtk_label_set_label (self->footer_label, text);
  /* Nothing recorded yet (not merely nothing found): say how to start. */
  filtered = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
             gtk_drop_down_get_selected (self->territory_dropdown) > 0 ||
             gtk_drop_down_get_selected (self->status_dropdown) > 0;
  gtk_stack_set_visible_child_name (self->session_stack, n > 0 || filtered ? "list" : "empty");
}

static void
update_expense_footer (PreMissionPage *self)
{
  g_autofree char *total_text = NULL;
  g_autofree char *text = NULL;
  gboolean filtered;
  guint n;

  if (self->expense_model == NULL)
    return;

  /* The model counts and sums in SQL: nothing is loaded for the footer. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->expense_model));
  total_text = pre_money_format (pre_expense_model_get_total_amount (self->expense_model));
  text = g_strdup_printf (ngettext ("%u expense — %s", "%u expenses — %s", n), n, total_text);
  gtk_label_set_label (self->expense_footer_label, text);
  filtered = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
             gtk_drop_down_get_selected (self->territory_dropdown) > 0;
  gtk_stack_set_visible_child_name (self->expense_stack, n > 0 || filtered ? "list" : "empty");
}

/* The filters: every territory, the all-territories sessions, one territory. */
static void
fill_territory_filter (PreMissionPage *self)
{
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 current = PRE_ACTIVITY_TERRITORY_ANY;
  guint selected = gtk_drop_down_get_selected (self->territory_dropdown);
  guint new_selected = 0;
  gint64 id;
  guint n;

  if (selected < self->territory_ids->len)
    current = g_array_index (self->territory_ids, gint64, selected);

  territories = pre_store_list_territories (pre_page_get_store (PRE_PAGE (self)), FALSE, NULL);
  g_array_set_size (self->territory_ids, 0);

  id = PRE_ACTIVITY_TERRITORY_ANY;
  g_array_append_val (self->territory_ids, id);
  gtk_string_list_append (names, _("Every territory"));
  id = 0;
  g_array_append_val (self->territory_ids, id);
  gtk_string_list_append (names, _("All territories"));
  if (current == 0)
    new_selected = 1;

  n = territories != NULL ? g_list_model_get_n_items (territories) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);

      id = pre_territory_get_id (territory);
      g_array_append_val (self->territory_ids, id);
      gtk_string_list_append (names, pre_territory_get_name (territory));
      if (id == current)
        new_selected = i + 2;
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->territory_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->territory_dropdown, new_selected);
  self->updating_filters = FALSE;
}

static void
filter_changed_cb (PreMissionPage *self)
{
  guint territory = gtk_drop_down_get_selected (self->territory_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  gint64 territory_id;

  if (self->updating_filters || self->model == NULL)
    return;

  territory_id = territory < self->territory_ids->len
                 ? g_array_index (self->territory_ids, gint64, territory)
                 : PRE_ACTIVITY_TERRITORY_ANY;
  pre_activity_model_set_territory_id (self->model, territory_id);
  /* Expenses have no status: only the territory applies to them. */
  if (self->expense_model != NULL)
    pre_expense_model_set_territory_id (self->expense_model,
                                        territory_id == PRE_ACTIVITY_TERRITORY_ANY
                                        ? PRE_EXPENSE_TERRITORY_ANY : territory_id);
  pre_activity_model_set_status (self->model,
                                 status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int)status - 1);
}

static void
search_changed_cb (PreMissionPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->model != NULL)
    pre_activity_model_set_search (self->model, text);
  if (self->expense_model != NULL)
    pre_expense_model_set_search (self->expense_model, text);
}

static void
stop_search_cb (PreMissionPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->session_view));
}

static void
visible_view_cb (PreMissionPage *self)
{
  update_actions (self);
}

/* What the user chose in the column headers, done by the model in SQL. */
static void
sorter_changed_cb (PreMissionPage *self)
{
  GtkColumnViewSorter *sorter;
  GtkColumnViewColumn *column;
  PreActivitySort sort = PRE_ACTIVITY_SORT_DATE;
  gboolean descending = FALSE;

  if (self->model == NULL || self->session_view == NULL)
    return;

  sorter = GTK_COLUMN_VIEW_SORTER (gtk_column_view_get_sorter (self->session_view));
  column = gtk_column_view_sorter_get_primary_sort_column (sorter);

  if (column != NULL)
    {
      sort = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "pre-sort"));
      descending = gtk_column_view_sorter_get_primary_sort_order (sorter) == GTK_SORT_DESCENDING;
    }
  pre_activity_model_set_sort (self->model, sort, descending);
}

static void
expense_sorter_changed_cb (PreMissionPage *self)
{
  GtkColumnViewSorter *sorter;
  GtkColumnViewColumn *column;
  PreExpenseSort sort = PRE_EXPENSE_SORT_DATE;
  gboolean descending = FALSE;

  if (self->expense_model == NULL || self->expense_view == NULL)
    return;

  sorter = GTK_COLUMN_VIEW_SORTER (gtk_column_view_get_sorter (self->expense_view));
  column = gtk_column_view_sorter_get_primary_sort_column (sorter);

  if (column != NULL)
    {
      sort = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "pre-sort"));
      descending = gtk_column_view_sorter_get_primary_sort_order (sorter) == GTK_SORT_DESCENDING;
    }
  pre_expense_model_set_sort (self->expense_model, sort, descending);
}

/* Cells */

typedef char *(*CellText) (gpointer item);

static char *
cell_date (gpointer item)
{
  return pre_date_format_short (pre_activity_get_date (item));
}

static char *
cell_territory (gpointer item)
{
  const char *name = pre_activity_get_territory_name (item);
  return g_strdup (name != NULL && *name != '\0' ? name : _("All territories"));
}

static char *
cell_title (gpointer item)
{
  return g_strdup (pre_activity_get_title (item));
}

static char *
cell_status (gpointer item)
{
  return g_strdup (pre_activity_status_get_label (pre_activity_get_status (item)));
}

static char *
cell_provider (gpointer item)
{
  return g_strdup (pre_activity_get_provider (item));
}

static char *
cell_participants (gpointer item)
{
  int n = pre_activity_get_participants (item);
  return n < 0 ? g_strdup ("—") : g_strdup_printf ("%d", n);
}

static char *
cell_cost (gpointer item)
{
  return pre_money_format (pre_activity_get_cost (item));
}

static char *
cell_expense_date (gpointer item)
{
  return pre_date_format_short (pre_expense_get_date (item));
}

static char *
cell_expense_territory (gpointer item)
{
  const char *name = pre_expense_get_territory_name (item);
  return g_strdup (name != NULL && *name != '\0' ? name : _("All territories"));
}

static char *
cell_expense_payee (gpointer item)
{
  return g_strdup (pre_expense_get_payee (item));
}

static char *
cell_expense_reference (gpointer item)
{
  return g_strdup (pre_expense_get_reference (item));
}

static char *
cell_expense_description (gpointer item)
{
  return g_strdup (pre_expense_get_description (item));
}

static char *
cell_expense_amount (gpointer item)
{
  return pre_money_format (pre_expense_get_amount (item));
}

/* What a column shows (the "numeric" argument of add_column()). */
enum {
  CELL_TEXT = FALSE,
  CELL_NUMERIC = TRUE,
  CELL_WHOLE,
};

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "pre-numeric"));

  /* Dates and amounts are shown whole (the view scrolls sideways when
   * narrow); text keeps a readable width and ends with "…". */
  gtk_label_set_xalign (GTK_LABEL (label), kind == CELL_NUMERIC ? 1.0f : 0.0f);
  if (kind == CELL_TEXT)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label),
                                 g_object_get_data (G_OBJECT (factory), "pre-expand") != NULL ? 16 : 10);
    }
  if (kind == CELL_NUMERIC)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  CellText text_func = (CellText)user_data;
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *text = item != NULL ? text_func (item) : NULL;

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text != NULL ? text : "");
}

static GtkColumnViewColumn *
add_column (GtkColumnView *view,
            const char    *title,
            CellText       text_func,
            int            numeric,
            gboolean       expand,
            GtkSorter     *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "pre-numeric", GINT_TO_POINTER (numeric));
  g_object_set_data (G_OBJECT (factory), "pre-expand", GINT_TO_POINTER (expand));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer)text_func);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_append_column (view, column);
  g_clear_object (&sorter);
  g_object_unref (column);
  return column;
}

static void
add_session_column (PreMissionPage  *self,
                    const char      *title,
                    CellText         text_func,
                    PreActivitySort  sort,
                    int              numeric,
                    gboolean         expand)
{
  /* A marker: the model sorts; this sorter only lets the header be clicked. */
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (NULL, NULL, NULL));
  GtkColumnViewColumn *column = add_column (self->session_view, title, text_func, numeric, expand, sorter);

  g_object_set_data (G_OBJECT (column), "pre-sort", GINT_TO_POINTER (sort));
}

static void
add_expense_column (PreMissionPage *self,
                    const char     *title,
                    CellText        text_func,
                    PreExpenseSort  sort,
                    int             numeric,
                    gboolean        expand)
{
  /* A marker, as for the sessions: the model sorts in SQL. */
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (NULL, NULL, NULL));
  GtkColumnViewColumn *column = add_column (self->expense_view, title, text_func, numeric, expand, sorter);

  g_object_set_data (G_OBJECT (column), "pre-sort", GINT_TO_POINTER (sort));
}

static void
setup_columns (PreMissionPage *self)
{
  GtkColumnViewColumn *date_column;

  add_session_column (self, _("Date"), cell_date, PRE_ACTIVITY_SORT_DATE, CELL_WHOLE, FALSE);
  add_session_column (self, _("Territory"), cell_territory, PRE_ACTIVITY_SORT_TERRITORY, FALSE, FALSE);
  add_session_column (self, _("Title"), cell_title, PRE_ACTIVITY_SORT_TITLE, FALSE, TRUE);
  add_session_column (self, _("Status"), cell_status, PRE_ACTIVITY_SORT_STATUS, FALSE, FALSE);
  add_session_column (self, self->kind == PRE_MISSION_PSYCHOLOGY ? _("Psychologist")
                            : self->kind == PRE_MISSION_TRAINING ? _("Trainer") : _("Provider"),
                      cell_provider, PRE_ACTIVITY_SORT_PROVIDER, FALSE, TRUE);
  add_session_column (self, _("Participants"), cell_participants, PRE_ACTIVITY_SORT_PARTICIPANTS, TRUE, FALSE);
  add_session_column (self, _("Cost"), cell_cost, PRE_ACTIVITY_SORT_COST, TRUE, FALSE);

  g_signal_connect_swapped (gtk_column_view_get_sorter (self->session_view), "changed",
                            G_CALLBACK (sorter_changed_cb), self);

  date_column = g_list_model_get_item (gtk_column_view_get_columns (self->session_view), 0);
  gtk_column_view_sort_by_column (self->session_view, date_column, GTK_SORT_ASCENDING);
  g_object_unref (date_column);

  add_expense_column (self, _("Date"), cell_expense_date, PRE_EXPENSE_SORT_DATE, CELL_WHOLE, FALSE);
  add_expense_column (self, _("Territory"), cell_expense_territory, PRE_EXPENSE_SORT_TERRITORY, FALSE, FALSE);
  add_expense_column (self, _("Payee"), cell_expense_payee, PRE_EXPENSE_SORT_PAYEE, FALSE, TRUE);
  add_expense_column (self, _("Reference"), cell_expense_reference, PRE_EXPENSE_SORT_REFERENCE, FALSE, FALSE);
  /* The model has no order by description: that header does not sort. */
  add_column (self->expense_view, _("Description"), cell_expense_description, FALSE, TRUE, NULL);
  add_expense_column (self, _("Amount"), cell_expense_amount, PRE_EXPENSE_SORT_AMOUNT, TRUE, FALSE);

  g_signal_connect_swapped (gtk_column_view_get_sorter (self->expense_view), "changed",
                            G_CALLBACK (expense_sorter_changed_cb), self);

  date_column = g_list_model_get_item (gtk_column_view_get_columns (self->expense_view), 0);
  gtk_column_view_sort_by_column (self->expense_view, date_column, GTK_SORT_ASCENDING);
  g_object_unref (date_column);
}

/* Actions */

/* A new session or expense falls today, or, when the header shows another
 * year, on the same day and month of that year (the 28 February for a 29
 * February): the year shown is one of the convention's, whole years. */
static char *
default_date (PreMissionPage *self)
{
  g_autofree char *today = pre_date_today_iso ();
  int year = pre_page_get_year (PRE_PAGE (self));
  int y, m, d;

  if (pre_date_year (today) == year || year <= 0 || year > 9999)
    return g_steal_pointer (&today);
  if (sscanf (today, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
    return g_strdup_printf ("%04d-01-01", year);
  d = MIN (d, (int) g_date_get_days_in_month ((GDateMonth) m, (GDateYear) year));
  return g_strdup_printf ("%04d-%02d-%02d", year, m, d);
}

static void
present (PreMissionPage *self,
         AdwDialog      *dialog)
{
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PreMissionPage *self = PRE_MISSION_PAGE (widget);
  g_autofree char *date = default_date (self);
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));

  if (self->mission == NULL || convention == NULL)
    return;

  if (showing_expenses (self))
    present (self, pre_expense_dialog_new (store, convention, self->mission, NULL, date));
  else
    present (self, pre_activity_dialog_new (store, convention, self->mission, NULL, date, FALSE));
}

static void
plan_series_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PreMissionPage *self = PRE_MISSION_PAGE (widget);
  g_autofree char *date = default_date (self);
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  PreActivity *item = selected_item (self->selection);
  g_autoptr(PreActivity) template = NULL;

  if (self->mission == NULL || convention == NULL)
    return;

  if (item != NULL)
    template = pre_store_get_activity (store, pre_activity_get_id (item), NULL);
  present (self, pre_activity_dialog_new (store, convention, self->mission, template, date, TRUE));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreMissionPage *self = PRE_MISSION_PAGE (widget);
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->mission == NULL || convention == NULL)
    return;

  if (showing_expenses (self))
    {
      PreExpense *item = selected_item (self->expense_selection);
      g_autoptr(PreExpense) expense = NULL;

      if (item == NULL)
        return;
      expense = pre_store_get_expense (store, pre_expense_get_id (item), &error);
      if (expense == NULL)
        pre_page_show_error (PRE_PAGE (self), _("Cannot Open the Expense"), error);
      else
        present (self, pre_expense_dialog_new (store, convention, self->mission, expense, NULL));
    }
  else
    {
      PreActivity *item = selected_item (self->selection);
      g_autoptr(PreActivity) activity = NULL;

      if (item == NULL)
        return;
      activity = pre_store_get_activity (store, pre_activity_get_id (item), &error);
      if (activity == NULL)
        pre_page_show_error (PRE_PAGE (self), _("Cannot Open the Session"), error);
      else
        present (self, pre_activity_dialog_new (store, convention, self->mission, activity, NULL, FALSE));
    }
}

static void
session_activate_cb (PreMissionPage *self,
                     guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "mission.edit", NULL);
}

static void
expense_activate_cb (PreMissionPage *self,
                     guint           position)
{
  gtk_single_selection_set_selected (self->expense_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "mission.edit", NULL);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PreMissionPage *self = PRE_MISSION_PAGE (widget);
  PreActivity *item = selected_item (self->selection);
  g_autoptr(PreActivity) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_date = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;
  GDate date;
  int y, m, d;

  if (item == NULL || sscanf (pre_activity_get_date (item), "%d-%d-%d", &y, &m, &d) != 3)
    return;

  /* The same session a week later: the usual rhythm of a follow-up. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
  g_date_add_days (&date, 7);
  new_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                              g_date_get_month (&date), g_date_get_day (&date));

  copy = pre_store_duplicate_activity (pre_page_get_store (PRE_PAGE (self)),
                                       pre_activity_get_id (item), new_date, &error);
  if (copy == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Duplicate the Session"), error);
      return;
    }
  shown = pre_date_format_short (new_date);
  message = g_strdup_printf (_("Session copied to %s, planned"), shown);
  pre_page_show_message (PRE_PAGE (self), message);
}

typedef struct
{
  PreStore    *store;
  PreActivity *activity;
  PreExpense  *expense;
  GtkWidget   *page;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->activity);
  g_clear_object (&undo->expense);
  g_clear_weak_pointer (&undo->page);
  g_free (undo);
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (undo->activity != NULL)
    ok = pre_store_save_activity (undo->store, undo->activity, &error);
  else
    ok = pre_store_save_expense (undo->store, undo->expense, &error);

  if (!ok && undo->page != NULL)
    pre_page_show_error (PRE_PAGE (undo->page), _("Cannot Restore"), error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PreMissionPage *self = PRE_MISSION_PAGE (widget);
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  Undo *undo;
  AdwToast *toast;

  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (store);
  g_set_weak_pointer (&undo->page, widget);

  if (showing_expenses (self))
    {
      PreExpense *item = selected_item (self->expense_selection);
      g_autoptr(PreExpense) expense = NULL;

      if (item != NULL)
        expense = pre_store_get_expense (store, pre_expense_get_id (item), &error);
      if (expense == NULL || !pre_store_delete_expense (store, pre_expense_get_id (expense), &error))
        goto failed;
      undo->expense = pre_expense_copy_unsaved (expense);
      toast = adw_toast_new (_("Expense deleted"));
    }
  else
    {
      PreActivity *item = selected_item (self->selection);
      g_autoptr(PreActivity) activity = NULL;

      if (item != NULL)
        activity = pre_store_get_activity (store, pre_activity_get_id (item), &error);
      if (activity == NULL || !pre_store_delete_activity (store, pre_activity_get_id (activity), &error))
        goto failed;
      undo->activity = pre_activity_copy_unsaved (activity);
      toast = adw_toast_new (_("Session deleted"));
    }

  adw_toast_set_button_label (toast, _("_Undo"));
  /* It answers what the user just did: shown at once, not queued. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo,
                         (GClosureNotify)(void (*) (void))undo_free, 0);
  if (PRE_IS_WINDOW (root))
    pre_window_add_toast (PRE_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
  return;

failed:
  undo_free (undo);
  if (error != NULL)
    pre_page_show_error (PRE_PAGE (self), _("Cannot Delete"), error);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PreMissionPage *self = PRE_MISSION_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* PrePage */

static void
pre_mission_page_reload (PrePage *page)
{
  PreMissionPage *self = PRE_MISSION_PAGE (page);
  PreStore *store = pre_page_get_store (page);
  PreConvention *convention = pre_page_get_convention (page);
  int year = pre_page_get_year (page);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->mission);

  if (store != NULL && convention != NULL)
    self->mission = pre_store_get_mission_by_kind (store, pre_convention_get_id (convention), self->kind, NULL);

  if (self->mission == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      update_actions (self);
      return;
    }

  if (self->model == NULL)
    {
      self->model = pre_activity_model_new (store);
      g_signal_connect_swapped (self->model, "notify::n-items", G_CALLBACK (update_footer), self);
      g_signal_connect_swapped (self->model, "notify::total-cost", G_CALLBACK (update_footer), self);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
      sorter_changed_cb (self);
      filter_changed_cb (self);
      search_changed_cb (self);
    }
  pre_activity_model_set_convention_id (self->model, pre_convention_get_id (convention));
  pre_activity_model_set_mission_id (self->model, pre_mission_get_id (self->mission));
  pre_activity_model_set_year (self->model, year);

  if (self->expense_model == NULL)
    {
      self->expense_model = pre_expense_model_new (store);
      g_signal_connect_swapped (self->expense_model, "notify::n-items", G_CALLBACK (update_expense_footer), self);
      g_signal_connect_swapped (self->expense_model, "notify::total-amount", G_CALLBACK (update_expense_footer), self);
      gtk_single_selection_set_model (self->expense_selection, G_LIST_MODEL (self->expense_model));
      expense_sorter_changed_cb (self);
      search_changed_cb (self);
    }
  pre_expense_model_freeze (self->expense_model);
  pre_expense_model_set_convention_id (self->expense_model, pre_convention_get_id (convention));
  pre_expense_model_set_mission_id (self->expense_model, pre_mission_get_id (self->mission));
  pre_expense_model_set_year (self->expense_model, year);
  pre_expense_model_thaw (self->expense_model);

  fill_territory_filter (self);
  filter_changed_cb (self);
  update_footer (self);

  update_expense_footer (self);

  gtk_stack_set_visible_child_name (self->main_stack, "content");
  update_actions (self);

  self->cancellable = g_cancellable_new ();
  pre_store_compute_missions_async (store, pre_convention_get_id (convention), year, self->cancellable,
                                    missions_computed_cb, g_object_ref (self));
}

/* GObject */

PreMissionKind
pre_mission_page_get_kind (PreMissionPage *self)
{
  g_return_val_if_fail (PRE_IS_MISSION_PAGE (self), PRE_MISSION_COORDINATION);

  return self->kind;
}

static void
pre_mission_page_constructed (GObject *object)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);
  const MissionTexts *texts = &mission_texts[self->kind];
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (pre_mission_page_parent_class)->constructed (object);

  adw_status_page_set_icon_name (self->status_page, texts->icon_name);
  adw_status_page_set_title (self->status_page, _(texts->empty_title));
  adw_status_page_set_description (self->status_page, _(texts->empty_description));

  gtk_string_list_append (statuses, _("Every status"));
  for (int s = PRE_ACTIVITY_PLANNED; s <= PRE_ACTIVITY_CANCELLED; s++)
    gtk_string_list_append (statuses, pre_activity_status_get_label ((PreActivityStatus)s));
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->updating_filters = FALSE;

  setup_columns (self);
  update_actions (self);
}

static void
pre_mission_page_dispose (GObject *object)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->expense_model != NULL)
    g_signal_handlers_disconnect_by_data (self->expense_model, self);
  /* The column views tell their sorters' last change while they go. */
  if (self->session_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->session_view), self);
  if (self->expense_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->expense_view), self);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_MISSION_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->expense_selection);
  g_clear_object (&self->expense_model);
  g_clear_object (&self->model);
  g_clear_object (&self->mission);

  G_OBJECT_CLASS (pre_mission_page_parent_class)->dispose (object);
}

static void
pre_mission_page_finalize (GObject *object)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);

  g_clear_pointer (&self->territory_ids, g_array_unref);

  G_OBJECT_CLASS (pre_mission_page_parent_class)->finalize (object);
}

static void
pre_mission_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_mission_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_mission_page_class_init (PreMissionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PrePageClass *page_class = PRE_PAGE_CLASS (klass);

  object_class->constructed = pre_mission_page_constructed;
  object_class->dispose = pre_mission_page_dispose;
  object_class->finalize = pre_mission_page_finalize;
  object_class->get_property = pre_mission_page_get_property;
  object_class->set_property = pre_mission_page_set_property;

  page_class->reload = pre_mission_page_reload;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PRE_TYPE_MISSION_KIND,
                       PRE_MISSION_COORDINATION,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-mission-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, budget_bar);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, budget_label);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, committed_label);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, empty_button);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, expense_footer_label);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, expense_stack);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, expense_view);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, footer_label);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, left_label);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, session_stack);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, session_view);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, spent_label);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, territory_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, year_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, expense_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_view_cb);

  gtk_widget_class_install_action (widget_class, "mission.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "mission.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "mission.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "mission.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "mission.plan-series", NULL, plan_series_action);
  gtk_widget_class_install_action (widget_class, "mission.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "mission.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "mission.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "mission.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "mission.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "mission.search", NULL);
}

static void
pre_mission_page_init (PreMissionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);

  self->territory_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* One colour until 90 %, then the style sheet's warning and error. */
  gtk_level_bar_remove_offset_value (self->budget_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->budget_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->budget_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_actions), self);
  gtk_column_view_set_model (self->session_view, GTK_SELECTION_MODEL (self->selection));

  self->expense_selection = gtk_single_selection_new (NULL);
  g_signal_connect_swapped (self->expense_selection, "notify::selected", G_CALLBACK (update_actions), self);
  gtk_column_view_set_model (self->expense_view, GTK_SELECTION_MODEL (self->expense_selection));

  /* Typing in the table searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->session_view));
}

GtkWidget *
pre_mission_page_new (PreMissionKind kind)
{
  g_return_val_if_fail ((guint)kind < PRE_N_MISSION_KINDS, NULL);

  return g_object_new (PRE_TYPE_MISSION_PAGE,
                       "kind", kind,
                       NULL);
}
