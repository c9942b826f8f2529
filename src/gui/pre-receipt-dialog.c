/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-date.h"
#include "pre-dialog-field.h"
#include "pre-error.h"
#include "pre-money.h"
#include "pre-receipt-dialog.h"

/* Money received against a call for funds: a date and an amount, checked as
 * they are typed. */

enum {
  FIELD_DATE,
  FIELD_AMOUNT,
  N_FIELDS
};

struct _PreReceiptDialog
{
  AdwDialog parent_instance;

  PreStore       *store;
  PreReceipt     *receipt;
  PreDialogField  fields[N_FIELDS];

  /* Template widgets */
  AdwEntryRow         *amount_row;
  AdwEntryRow         *date_row;
  AdwPreferencesGroup *group;
  GtkWidget           *save_button;
};

G_DEFINE_FINAL_TYPE (PreReceiptDialog, pre_receipt_dialog, ADW_TYPE_DIALOG)

static PreDialogField *
find_field (PreReceiptDialog *self,
            const char       *name)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (self->fields[i].name, name) == 0)
      return &self->fields[i];
  return &self->fields[FIELD_AMOUNT];
}

static gboolean
validate (PreReceiptDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *amount = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  gboolean valid = TRUE;
  gint64 cents = 0;

  for (guint i = 0; i < N_FIELDS; i++)
    pre_dialog_field_set_message (&self->fields[i], NULL);

  if (!pre_date_parse (date, &iso, &error))
    {
      pre_dialog_field_set_message (&self->fields[FIELD_DATE], error->message);
      g_clear_error (&error);
      valid = FALSE;
    }
  if (!pre_money_parse (amount, &cents, &error))
    {
      pre_dialog_field_set_message (&self->fields[FIELD_AMOUNT], error->message);
      g_clear_error (&error);
      valid = FALSE;
    }

  if (valid)
    {
      pre_receipt_set_date (self->receipt, iso);
      pre_receipt_set_amount (self->receipt, cents);
      if (!pre_receipt_validate (self->receipt, &error))
        {
          pre_dialog_field_set_message (find_field (self, pre_validation_error_get_field (error)),
                                        error->message);
          valid = FALSE;
        }
    }
  gtk_widget_set_sensitive (self->save_button, valid);
  return valid;
}

static void
save_cb (PreReceiptDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!validate (self))
    return;
  if (!pre_store_save_receipt (self->store, self->receipt, &error))
    {
      pre_dialog_field_set_message (find_field (self, pre_validation_error_get_field (error)),
                                    error->message);
      gtk_widget_set_sensitive (self->save_button, FALSE);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
pre_receipt_dialog_dispose (GObject *object)
{
  PreReceiptDialog *self = PRE_RECEIPT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_RECEIPT_DIALOG);
  g_clear_object (&self->receipt);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pre_receipt_dialog_parent_class)->dispose (object);
}

static void
pre_receipt_dialog_class_init (PreReceiptDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_receipt_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-receipt-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreReceiptDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, PreReceiptDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PreReceiptDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PreReceiptDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
pre_receipt_dialog_init (PreReceiptDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_dialog_field_setup (&self->fields[FIELD_DATE], "date", GTK_WIDGET (self->date_row));
  pre_dialog_field_setup (&self->fields[FIELD_AMOUNT], "amount", GTK_WIDGET (self->amount_row));
}

PreReceiptDialog *
pre_receipt_dialog_new (PreStore   *store,
                        PreReceipt *receipt,
                        const char *partner_name)
{
  PreReceiptDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;
  const char *iso;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (PRE_IS_RECEIPT (receipt), NULL);

  self = g_object_new (PRE_TYPE_RECEIPT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->receipt = g_object_ref (receipt);

  /* Translators: the heading of the receipt dialog: the partner who paid. */
  title = g_strdup_printf (_("Received from %s"), partner_name);
  adw_preferences_group_set_title (self->group, title);
  iso = pre_receipt_get_date (receipt);
  if (iso != NULL && pre_date_is_valid_iso (iso))
    date = pre_date_format_short (iso);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
  amount = pre_money_format (pre_receipt_get_amount (receipt));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  validate (self);
  return self;
}

GtkWidget *
pre_receipt_dialog_get_save_button (PreReceiptDialog *self)
{
  g_return_val_if_fail (PRE_IS_RECEIPT_DIALOG (self), NULL);

  return self->save_button;
}
