/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-receipt.h"
#include "pre-convention-private.h"
#include "pre-date.h"

struct _PreReceipt
{
  GObject parent_instance;

  gint64 id;
  gint64 payment_id;
  char *date;
  gint64 amount;
};

G_DEFINE_FINAL_TYPE (PreReceipt, pre_receipt, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PAYMENT_ID,
  PROP_DATE,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_receipt_finalize (GObject *object)
{
  PreReceipt *self = (PreReceipt *)object;

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (pre_receipt_parent_class)->finalize (object);
}

static void
pre_receipt_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PreReceipt *self = PRE_RECEIPT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_receipt_get_id (self));
      break;

    case PROP_PAYMENT_ID:
      g_value_set_int64 (value, pre_receipt_get_payment_id (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, pre_receipt_get_date (self));
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, pre_receipt_get_amount (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_receipt_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PreReceipt *self = PRE_RECEIPT (object);

  switch (prop_id)
    {
    case PROP_PAYMENT_ID:
      pre_receipt_set_payment_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      pre_receipt_set_date (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      pre_receipt_set_amount (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_receipt_class_init (PreReceiptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_receipt_finalize;
  object_class->get_property = pre_receipt_get_property;
  object_class->set_property = pre_receipt_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_PAYMENT_ID] =
    g_param_spec_int64 ("payment-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_receipt_init (PreReceipt *self)
{
  self->date = g_strdup ("");
}

/**
 * pre_receipt_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreReceipt *
pre_receipt_new (void)
{
  return g_object_new (PRE_TYPE_RECEIPT, NULL);
}

gint64
pre_receipt_get_id (PreReceipt *self)
{
  g_return_val_if_fail (PRE_IS_RECEIPT (self), 0);

  return self->id;
}

gint64
pre_receipt_get_payment_id (PreReceipt *self)
{
  g_return_val_if_fail (PRE_IS_RECEIPT (self), 0);

  return self->payment_id;
}

void
pre_receipt_set_payment_id (PreReceipt *self,
                            gint64      payment_id)
{
  g_return_if_fail (PRE_IS_RECEIPT (self));

  if (self->payment_id == payment_id)
    return;

  self->payment_id = payment_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_ID]);
}

const char *
pre_receipt_get_date (PreReceipt *self)
{
  g_return_val_if_fail (PRE_IS_RECEIPT (self), NULL);

  return self->date;
}

void
pre_receipt_set_date (PreReceipt *self,
                      const char *date)
{
  g_return_if_fail (PRE_IS_RECEIPT (self));

  if (g_set_str (&self->date, date != NULL ? date : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gint64
pre_receipt_get_amount (PreReceipt *self)
{
  g_return_val_if_fail (PRE_IS_RECEIPT (self), 0);

  return self->amount;
}

void
pre_receipt_set_amount (PreReceipt *self,
                        gint64      amount)
{
  g_return_if_fail (PRE_IS_RECEIPT (self));

  if (self->amount == amount)
    return;

  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}


gboolean
pre_receipt_validate (PreReceipt  *self,
                      GError     **error)
{
  g_return_val_if_fail (PRE_IS_RECEIPT (self), FALSE);

  if (self->payment_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "payment-id",
                                _("The receipt needs a payment."));
      return FALSE;
    }

  if (self->date[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                                _("The date of the receipt cannot be empty."));
      return FALSE;
    }

  if (!pre_date_is_valid_iso (self->date))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The date of the receipt “%s” is not a valid date."),
                                self->date);
      return FALSE;
    }

  if (self->amount <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "amount",
                                _("The amount received must be more than zero."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define RECEIPT_SELECT "SELECT id, payment_id, date, amount FROM receipt"

static PreReceipt *
receipt_from_stmt (PreStmt *stmt)
{
  PreReceipt *self = pre_receipt_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->payment_id = sqlite3_column_int64 (stmt, 1);
  g_set_str (&self->date, pre_column_text (stmt, 2));
  self->amount = sqlite3_column_int64 (stmt, 3);
  return self;
}

static gboolean
write_receipt (PreStore    *store,
               PreReceipt  *receipt,
               gint64      *out_id,
               GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  if (!pre_store_check_reference (store, "payment", receipt->payment_id, "payment-id",
                                  _("The payment of the receipt no longer exists."), error))
    return FALSE;

  if (receipt->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO receipt (payment_id, date, amount) VALUES (?1, ?2, ?3)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE receipt SET payment_id = ?1, date = ?2, amount = ?3"
                              " WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, receipt->payment_id);
  pre_bind_text (stmt, 2, receipt->date);
  sqlite3_bind_int64 (stmt, 3, receipt->amount);
  if (receipt->id != 0)
    sqlite3_bind_int64 (stmt, 4, receipt->id);
  return pre_store_step_save (store, stmt, receipt->id, out_id, error,
                              _("The receipt no longer exists."));
}

gboolean
pre_store_save_receipt (PreStore    *store,
                        PreReceipt  *receipt,
                        GError     **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_RECEIPT (receipt), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_receipt_validate (receipt, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_receipt (store, receipt, &id, error);
  /* The payment's received amount changed too. */
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("receipt", "payment"), error))
    return FALSE;

  if (receipt->id != id)
    {
      receipt->id = id;
      g_object_notify_by_pspec (G_OBJECT (receipt), properties[PROP_ID]);
    }
  return TRUE;
}

PreReceipt *
pre_store_add_receipt (PreStore    *store,
                       gint64       payment_id,
                       const char  *date,
                       gint64       amount,
                       GError     **error)
{
  g_autoptr(PreReceipt) receipt = pre_receipt_new ();

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  pre_receipt_set_payment_id (receipt, payment_id);
  pre_receipt_set_date (receipt, date);
  pre_receipt_set_amount (receipt, amount);
  if (!pre_store_save_receipt (store, receipt, error))
    return NULL;

  return g_steal_pointer (&receipt);
}

PreReceipt *
pre_store_get_receipt (PreStore  *store,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, RECEIPT_SELECT " WHERE id = ?1",
                              id, (PreRowFunc)receipt_from_stmt,
                              _("The receipt no longer exists."), error);
}

gboolean
pre_store_delete_receipt (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "receipt", id,
                                 _("The receipt no longer exists."),
                                 NULL, PRE_TABLES ("receipt", "payment"), error);
}

GListModel *
pre_store_list_receipts (PreStore  *store,
                         gint64     payment_id,
                         GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_list_for_id (store,
                                RECEIPT_SELECT " WHERE payment_id = ?1 ORDER BY date, id",
                                payment_id, PRE_TYPE_RECEIPT,
                                (PreRowFunc)receipt_from_stmt, error);
}
