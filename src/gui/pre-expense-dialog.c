/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-date.h"
#include "pre-error.h"
#include "pre-expense-dialog.h"
#include "pre-money.h"
#include "pre-territory.h"
#include "pre-window.h"

struct _PreExpenseDialog
{
  AdwDialog      parent_instance;

  /* Template widgets */
  GtkLabel      *amount_message;
  GtkWidget     *amount_message_row;
  AdwEntryRow   *amount_row;
  GtkLabel      *date_message;
  GtkWidget     *date_message_row;
  AdwEntryRow   *date_row;
  AdwEntryRow   *description_row;
  AdwEntryRow   *payee_row;
  AdwEntryRow   *reference_row;
  GtkButton     *save_button;
  AdwComboRow   *territory_row;

  PreStore      *store;
  PreConvention *convention;
  PreMission    *mission;
  PreExpense    *expense;
  GArray        *territory_ids;
  gboolean       loading;
  gboolean       valid;
};

G_DEFINE_FINAL_TYPE (PreExpenseDialog, pre_expense_dialog, ADW_TYPE_DIALOG)

PreExpense *
pre_expense_copy_unsaved (PreExpense *expense)
{
  PreExpense *copy;

  g_return_val_if_fail (PRE_IS_EXPENSE (expense), NULL);

  copy = pre_expense_new ();
  pre_expense_set_mission_id (copy, pre_expense_get_mission_id (expense));
  pre_expense_set_territory_id (copy, pre_expense_get_territory_id (expense));
  pre_expense_set_date (copy, pre_expense_get_date (expense));
  pre_expense_set_amount (copy, pre_expense_get_amount (expense));
  pre_expense_set_payee (copy, pre_expense_get_payee (expense));
  pre_expense_set_reference (copy, pre_expense_get_reference (expense));
  pre_expense_set_description (copy, pre_expense_get_description (expense));
  return copy;
}

static void
show_message (GtkWidget  *row,
              GtkWidget  *message_row,
              GtkLabel   *label,
              const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (message_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Reads the form into @expense; returns the messages per field. */
static void
collect (PreExpenseDialog *self,
         PreExpense       *expense,
         char            **date_message,
         char            **amount_message)
{
  const char *text;
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;
  guint selected;

  pre_expense_set_mission_id (expense, pre_mission_get_id (self->mission));

  text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (!pre_date_parse (text, &iso, &error))
    *date_message = g_strdup (error->message);
  else if (!pre_convention_contains_year (self->convention, pre_date_year (iso)))
    {
      g_autofree char *years = pre_convention_dup_years_label (self->convention);
      *date_message = g_strdup_printf (_("The date %s is outside the convention’s years (%s)."),
                                       text, years);
    }
  else
    pre_expense_set_date (expense, iso);
  g_clear_error (&error);

  text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  if (!pre_money_parse (text, &cents, &error))
    *amount_message = g_strdup (error->message);
  else
    pre_expense_set_amount (expense, cents);
  g_clear_error (&error);

  selected = adw_combo_row_get_selected (self->territory_row);
  if (selected < self->territory_ids->len)
    pre_expense_set_territory_id (expense, g_array_index (self->territory_ids, gint64, selected));
  pre_expense_set_payee (expense, gtk_editable_get_text (GTK_EDITABLE (self->payee_row)));
  pre_expense_set_reference (expense, gtk_editable_get_text (GTK_EDITABLE (self->reference_row)));
  pre_expense_set_description (expense, gtk_editable_get_text (GTK_EDITABLE (self->description_row)));

  if (*date_message == NULL && *amount_message == NULL && !pre_expense_validate (expense, &error))
    {
      if (g_strcmp0 (pre_validation_error_get_field (error), "amount") == 0)
        *amount_message = g_strdup (error->message);
      else
        *date_message = g_strdup (error->message);
    }
}

static void
validate (PreExpenseDialog *self)
{
  g_autoptr(PreExpense) scratch = pre_expense_copy_unsaved (self->expense);
  g_autofree char *date_message = NULL;
  g_autofree char *amount_message = NULL;
  gboolean amount_empty = *gtk_editable_get_text (GTK_EDITABLE (self->amount_row)) == '\0';

  collect (self, scratch, &date_message, &amount_message);
  show_message (GTK_WIDGET (self->date_row), self->date_message_row, self->date_message, date_message);
  /* No message for an amount not typed yet; Save waits for it all the same. */
  show_message (GTK_WIDGET (self->amount_row), self->amount_message_row, self->amount_message,
                amount_empty && pre_expense_get_id (self->expense) == 0 ? NULL : amount_message);
  self->valid = date_message == NULL && amount_message == NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->valid);
}

static void
field_changed_cb (PreExpenseDialog *self)
{
  if (!self->loading)
    validate (self);
}

static void
save_cb (PreExpenseDialog *self)
{
  g_autofree char *date_message = NULL;
  g_autofree char *amount_message = NULL;
  g_autoptr(GError) error = NULL;
  gboolean is_new = pre_expense_get_id (self->expense) == 0;
  GtkWidget *parent;

  validate (self);
  if (!self->valid)
    return;

  collect (self, self->expense, &date_message, &amount_message);
  if (!pre_store_save_expense (self->store, self->expense, &error))
    {
      if (g_strcmp0 (pre_validation_error_get_field (error), "date") == 0)
        show_message (GTK_WIDGET (self->date_row), self->date_message_row, self->date_message, error->message);
      else
        {
          AdwDialog *alert = adw_alert_dialog_new (_("Cannot Save the Expense"), error->message);
          adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
          adw_dialog_present (alert, GTK_WIDGET (self));
        }
      return;
    }

  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (parent != NULL)
    pre_window_toast_for_widget (parent, is_new ? _("Expense added") : _("Expense saved"));
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
load (PreExpenseDialog *self,
      const char       *default_date)
{
  gboolean is_new = pre_expense_get_id (self->expense) == 0;
  g_autoptr(GListModel) territories = pre_store_list_territories (self->store, FALSE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *date = NULL;
  gint64 all = 0;
  guint selected = 0;
  guint n = territories != NULL ? g_list_model_get_n_items (territories) : 0;

  self->loading = TRUE;
  adw_dialog_set_title (ADW_DIALOG (self), is_new ? _("New Expense") : _("Edit Expense"));

  g_array_append_val (self->territory_ids, all);
  gtk_string_list_append (names, _("All territories"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);
      gint64 id = pre_territory_get_id (territory);

      g_array_append_val (self->territory_ids, id);
      gtk_string_list_append (names, pre_territory_get_name (territory));
      if (id == pre_expense_get_territory_id (self->expense))
        selected = i + 1;
    }
  adw_combo_row_set_model (self->territory_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->territory_row, selected);

  date = pre_date_format_short (is_new ? default_date : pre_expense_get_date (self->expense));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  if (!is_new)
    {
      g_autofree char *amount = pre_money_format (pre_expense_get_amount (self->expense));
      gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->payee_row), pre_expense_get_payee (self->expense));
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), pre_expense_get_reference (self->expense));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), pre_expense_get_description (self->expense));

  self->loading = FALSE;
  validate (self);
}

const char *
pre_expense_dialog_get_message (PreExpenseDialog *self,
                                const char       *field)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_DIALOG (self), NULL);

  if (g_strcmp0 (field, "date") == 0 && gtk_widget_get_visible (self->date_message_row))
    return gtk_label_get_label (self->date_message);
  if (g_strcmp0 (field, "amount") == 0 && gtk_widget_get_visible (self->amount_message_row))
    return gtk_label_get_label (self->amount_message);
  return NULL;
}

static void
pre_expense_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_EXPENSE_DIALOG);

  G_OBJECT_CLASS (pre_expense_dialog_parent_class)->dispose (object);
}

static void
pre_expense_dialog_finalize (GObject *object)
{
  PreExpenseDialog *self = PRE_EXPENSE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->convention);
  g_clear_object (&self->mission);
  g_clear_object (&self->expense);
  g_clear_pointer (&self->territory_ids, g_array_unref);

  G_OBJECT_CLASS (pre_expense_dialog_parent_class)->finalize (object);
}

static void
pre_expense_dialog_class_init (PreExpenseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_expense_dialog_dispose;
  object_class->finalize = pre_expense_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-expense-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, amount_message);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, amount_message_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, date_message);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, date_message_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, payee_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PreExpenseDialog, territory_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
}

static void
pre_expense_dialog_init (PreExpenseDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->territory_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

AdwDialog *
pre_expense_dialog_new (PreStore      *store,
                        PreConvention *convention,
                        PreMission    *mission,
                        PreExpense    *expense,
                        const char    *default_date)
{
  PreExpenseDialog *self;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (PRE_IS_CONVENTION (convention), NULL);
  g_return_val_if_fail (PRE_IS_MISSION (mission), NULL);
  g_return_val_if_fail (expense != NULL || default_date != NULL, NULL);

  self = g_object_new (PRE_TYPE_EXPENSE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->convention = g_object_ref (convention);
  self->mission = g_object_ref (mission);
  if (expense != NULL)
    self->expense = g_object_ref (expense);
  else
    {
      self->expense = pre_expense_new ();
      pre_expense_set_mission_id (self->expense, pre_mission_get_id (mission));
    }

  load (self, default_date);

  return ADW_DIALOG (self);
}
