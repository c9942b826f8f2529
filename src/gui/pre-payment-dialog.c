/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-date.h"
#include "pre-dialog-field.h"
#include "pre-error.h"
#include "pre-money.h"
#include "pre-payment-dialog.h"

/* A call for funds: its date (empty until sent), its titre de recettes, the
 * amount called and notes, checked as they are typed. */

enum {
  FIELD_CALL_DATE,
  FIELD_CALL_REFERENCE,
  FIELD_CALL_AMOUNT,
  FIELD_NOTES,
  N_FIELDS
};

struct _PrePaymentDialog
{
  AdwDialog parent_instance;

  PreStore       *store;
  PrePayment     *payment;
  PreDialogField  fields[N_FIELDS];

  /* Template widgets */
  AdwEntryRow         *call_amount_row;
  AdwEntryRow         *call_date_row;
  AdwEntryRow         *call_reference_row;
  AdwPreferencesGroup *group;
  AdwEntryRow         *notes_row;
  GtkWidget           *save_button;
};

G_DEFINE_FINAL_TYPE (PrePaymentDialog, pre_payment_dialog, ADW_TYPE_DIALOG)

static PreDialogField *
find_field (PrePaymentDialog *self,
            const char       *name)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (self->fields[i].name, name) == 0)
      return &self->fields[i];
  return &self->fields[FIELD_CALL_AMOUNT];
}

static const char *
field_text (PrePaymentDialog *self,
            guint             field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->fields[field].row));
}

static gboolean
validate (PrePaymentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = g_strstrip (g_strdup (field_text (self, FIELD_CALL_DATE)));
  g_autofree char *amount = g_strstrip (g_strdup (field_text (self, FIELD_CALL_AMOUNT)));
  g_autofree char *iso = NULL;
  gboolean valid = TRUE;
  gint64 cents = 0;

  for (guint i = 0; i < N_FIELDS; i++)
    pre_dialog_field_set_message (&self->fields[i], NULL);

  if (date[0] != '\0' && !pre_date_parse (date, &iso, &error))
    {
      pre_dialog_field_set_message (&self->fields[FIELD_CALL_DATE], error->message);
      g_clear_error (&error);
      valid = FALSE;
    }
  if (amount[0] != '\0' && !pre_money_parse (amount, &cents, &error))
    {
      pre_dialog_field_set_message (&self->fields[FIELD_CALL_AMOUNT], error->message);
      g_clear_error (&error);
      valid = FALSE;
    }

  if (valid)
    {
      g_autofree char *reference = g_strstrip (g_strdup (field_text (self, FIELD_CALL_REFERENCE)));

      pre_payment_set_call_date (self->payment, iso);
      pre_payment_set_call_reference (self->payment, reference);
      pre_payment_set_call_amount (self->payment, cents);
      pre_payment_set_notes (self->payment, field_text (self, FIELD_NOTES));
      if (!pre_payment_validate (self->payment, &error))
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
save_cb (PrePaymentDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!validate (self))
    return;
  if (!pre_store_save_payment (self->store, self->payment, &error))
    {
      pre_dialog_field_set_message (find_field (self, pre_validation_error_get_field (error)),
                                    error->message);
      gtk_widget_set_sensitive (self->save_button, FALSE);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
pre_payment_dialog_dispose (GObject *object)
{
  PrePaymentDialog *self = PRE_PAYMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_PAYMENT_DIALOG);
  g_clear_object (&self->payment);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pre_payment_dialog_parent_class)->dispose (object);
}

static void
pre_payment_dialog_class_init (PrePaymentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_payment_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-payment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PrePaymentDialog, call_amount_row);
  gtk_widget_class_bind_template_child (widget_class, PrePaymentDialog, call_date_row);
  gtk_widget_class_bind_template_child (widget_class, PrePaymentDialog, call_reference_row);
  gtk_widget_class_bind_template_child (widget_class, PrePaymentDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PrePaymentDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, PrePaymentDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
pre_payment_dialog_init (PrePaymentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_dialog_field_setup (&self->fields[FIELD_CALL_DATE], "call-date", GTK_WIDGET (self->call_date_row));
  pre_dialog_field_setup (&self->fields[FIELD_CALL_REFERENCE], "call-reference", GTK_WIDGET (self->call_reference_row));
  pre_dialog_field_setup (&self->fields[FIELD_CALL_AMOUNT], "call-amount", GTK_WIDGET (self->call_amount_row));
  pre_dialog_field_setup (&self->fields[FIELD_NOTES], "notes", GTK_WIDGET (self->notes_row));
}

PrePaymentDialog *
pre_payment_dialog_new (PreStore   *store,
                        PrePayment *payment,
                        const char *partner_name)
{
  PrePaymentDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;
  const char *call_date;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (PRE_IS_PAYMENT (payment), NULL);

  self = g_object_new (PRE_TYPE_PAYMENT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->payment = g_object_ref (payment);

  /* Translators: the heading of the call for funds dialog: a partner, a year. */
  title = g_strdup_printf (_("%s in %d"), partner_name, pre_payment_get_year (payment));
  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group,
                                         _("The titre de recettes sent to the partner for its participation."));
  call_date = pre_payment_get_call_date (payment);
  if (call_date != NULL && pre_date_is_valid_iso (call_date))
    date = pre_date_format_short (call_date);
  gtk_editable_set_text (GTK_EDITABLE (self->call_date_row), date != NULL ? date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->call_reference_row),
                         pre_payment_get_call_reference (payment) != NULL
                         ? pre_payment_get_call_reference (payment) : "");
  amount = pre_money_format (pre_payment_get_call_amount (payment));
  gtk_editable_set_text (GTK_EDITABLE (self->call_amount_row), amount);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                         pre_payment_get_notes (payment) != NULL ? pre_payment_get_notes (payment) : "");
  validate (self);
  return self;
}

GtkWidget *
pre_payment_dialog_get_save_button (PrePaymentDialog *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT_DIALOG (self), NULL);

  return self->save_button;
}
