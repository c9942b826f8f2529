/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-payment.h"
#include "pre-convention-private.h"
#include "pre-date.h"

struct _PrePayment
{
  GObject parent_instance;

  gint64 id;
  gint64 convention_id;
  gint64 partner_id;
  int year;
  char *call_date;
  char *call_reference;
  gint64 call_amount;
  char *notes;
  char *partner_name;
  gint64 received_amount;
  char *last_receipt_date;
};

G_DEFINE_FINAL_TYPE (PrePayment, pre_payment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONVENTION_ID,
  PROP_PARTNER_ID,
  PROP_YEAR,
  PROP_CALL_DATE,
  PROP_CALL_REFERENCE,
  PROP_CALL_AMOUNT,
  PROP_NOTES,
  PROP_PARTNER_NAME,
  PROP_RECEIVED_AMOUNT,
  PROP_LAST_RECEIPT_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_payment_finalize (GObject *object)
{
  PrePayment *self = (PrePayment *)object;

  g_clear_pointer (&self->call_date, g_free);
  g_clear_pointer (&self->call_reference, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->partner_name, g_free);
  g_clear_pointer (&self->last_receipt_date, g_free);

  G_OBJECT_CLASS (pre_payment_parent_class)->finalize (object);
}

static void
pre_payment_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PrePayment *self = PRE_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_payment_get_id (self));
      break;

    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, pre_payment_get_convention_id (self));
      break;

    case PROP_PARTNER_ID:
      g_value_set_int64 (value, pre_payment_get_partner_id (self));
      break;

    case PROP_YEAR:
      g_value_set_int (value, pre_payment_get_year (self));
      break;

    case PROP_CALL_DATE:
      g_value_set_string (value, pre_payment_get_call_date (self));
      break;

    case PROP_CALL_REFERENCE:
      g_value_set_string (value, pre_payment_get_call_reference (self));
      break;

    case PROP_CALL_AMOUNT:
      g_value_set_int64 (value, pre_payment_get_call_amount (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, pre_payment_get_notes (self));
      break;

    case PROP_PARTNER_NAME:
      g_value_set_string (value, pre_payment_get_partner_name (self));
      break;

    case PROP_RECEIVED_AMOUNT:
      g_value_set_int64 (value, pre_payment_get_received_amount (self));
      break;

    case PROP_LAST_RECEIPT_DATE:
      g_value_set_string (value, pre_payment_get_last_receipt_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_payment_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PrePayment *self = PRE_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_CONVENTION_ID:
      pre_payment_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARTNER_ID:
      pre_payment_set_partner_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      pre_payment_set_year (self, g_value_get_int (value));
      break;

    case PROP_CALL_DATE:
      pre_payment_set_call_date (self, g_value_get_string (value));
      break;

    case PROP_CALL_REFERENCE:
      pre_payment_set_call_reference (self, g_value_get_string (value));
      break;

    case PROP_CALL_AMOUNT:
      pre_payment_set_call_amount (self, g_value_get_int64 (value));
      break;

    case PROP_NOTES:
      pre_payment_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_payment_class_init (PrePaymentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_payment_finalize;
  object_class->get_property = pre_payment_get_property;
  object_class->set_property = pre_payment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONVENTION_ID] =
    g_param_spec_int64 ("convention-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CALL_DATE] =
    g_param_spec_string ("call-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CALL_REFERENCE] =
    g_param_spec_string ("call-reference", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CALL_AMOUNT] =
    g_param_spec_int64 ("call-amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_RECEIVED_AMOUNT] =
    g_param_spec_int64 ("received-amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_RECEIPT_DATE] =
    g_param_spec_string ("last-receipt-date", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_payment_init (PrePayment *self)
{
  self->call_date = g_strdup ("");
  self->call_reference = g_strdup ("");
  self->notes = g_strdup ("");
  self->partner_name = g_strdup ("");
  self->last_receipt_date = g_strdup ("");
}

/**
 * pre_payment_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PrePayment *
pre_payment_new (void)
{
  return g_object_new (PRE_TYPE_PAYMENT, NULL);
}

gint64
pre_payment_get_id (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->id;
}

gint64
pre_payment_get_convention_id (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->convention_id;
}

void
pre_payment_set_convention_id (PrePayment *self,
                               gint64      convention_id)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (self->convention_id == convention_id)
    return;

  self->convention_id = convention_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION_ID]);
}

gint64
pre_payment_get_partner_id (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->partner_id;
}

void
pre_payment_set_partner_id (PrePayment *self,
                            gint64      partner_id)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (self->partner_id == partner_id)
    return;

  self->partner_id = partner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

int
pre_payment_get_year (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->year;
}

void
pre_payment_set_year (PrePayment *self,
                      int         year)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

const char *
pre_payment_get_call_date (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), NULL);

  return self->call_date;
}

void
pre_payment_set_call_date (PrePayment *self,
                           const char *call_date)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (g_set_str (&self->call_date, call_date != NULL ? call_date : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALL_DATE]);
}

const char *
pre_payment_get_call_reference (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), NULL);

  return self->call_reference;
}

void
pre_payment_set_call_reference (PrePayment *self,
                                const char *call_reference)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (g_set_str (&self->call_reference, call_reference != NULL ? call_reference : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALL_REFERENCE]);
}

gint64
pre_payment_get_call_amount (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->call_amount;
}

void
pre_payment_set_call_amount (PrePayment *self,
                             gint64      call_amount)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (self->call_amount == call_amount)
    return;

  self->call_amount = call_amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALL_AMOUNT]);
}

const char *
pre_payment_get_notes (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), NULL);

  return self->notes;
}

void
pre_payment_set_notes (PrePayment *self,
                       const char *notes)
{
  g_return_if_fail (PRE_IS_PAYMENT (self));

  if (g_set_str (&self->notes, notes != NULL ? notes : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
pre_payment_get_partner_name (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), NULL);

  return self->partner_name;
}

gint64
pre_payment_get_received_amount (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->received_amount;
}

const char *
pre_payment_get_last_receipt_date (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), NULL);

  return self->last_receipt_date;
}


gboolean
pre_payment_received_exceeds_call (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), FALSE);

  return self->received_amount > self->call_amount;
}

gint64
pre_payment_get_outstanding (PrePayment *self)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), 0);

  return self->call_amount - self->received_amount;
}

gboolean
pre_payment_validate (PrePayment  *self,
                      GError     **error)
{
  g_return_val_if_fail (PRE_IS_PAYMENT (self), FALSE);

  if (self->convention_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "convention-id",
                                _("The payment needs a convention."));
      return FALSE;
    }

  if (self->partner_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "partner-id",
                                _("The payment needs a partner."));
      return FALSE;
    }

  if (self->year <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "year",
                                _("The payment needs a year."));
      return FALSE;
    }

  if (self->call_date[0] != '\0' && !pre_date_is_valid_iso (self->call_date))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "call-date",
                                _("The date of the call for funds “%s” is not a valid date."),
                                self->call_date);
      return FALSE;
    }

  if (self->call_amount < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "call-amount",
                                _("The called amount cannot be negative."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define PAYMENT_SELECT \
  "SELECT pa.id, pa.convention_id, pa.partner_id, pa.year, coalesce (pa.call_date, '')," \
  " pa.call_reference, pa.call_amount, pa.notes, coalesce (p.name, '')," \
  " (SELECT coalesce (sum (r.amount), 0) FROM receipt r WHERE r.payment_id = pa.id)," \
  " (SELECT coalesce (max (r.date), '') FROM receipt r WHERE r.payment_id = pa.id)" \
  " FROM payment pa LEFT JOIN partner p ON p.id = pa.partner_id"

static PrePayment *
payment_from_stmt (PreStmt *stmt)
{
  PrePayment *self = pre_payment_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->convention_id = sqlite3_column_int64 (stmt, 1);
  self->partner_id = sqlite3_column_int64 (stmt, 2);
  self->year = sqlite3_column_int (stmt, 3);
  g_set_str (&self->call_date, pre_column_text (stmt, 4));
  g_set_str (&self->call_reference, pre_column_text (stmt, 5));
  self->call_amount = sqlite3_column_int64 (stmt, 6);
  g_set_str (&self->notes, pre_column_text (stmt, 7));
  g_set_str (&self->partner_name, pre_column_text (stmt, 8));
  self->received_amount = sqlite3_column_int64 (stmt, 9);
  g_set_str (&self->last_receipt_date, pre_column_text (stmt, 10));
  return self;
}

static gboolean
write_payment (PreStore    *store,
               PrePayment  *payment,
               gint64      *out_id,
               GError     **error)
{
  g_autoptr(PrePartner) partner = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  partner = pre_store_check_partner_year (store, "payment", payment->id, payment->convention_id,
                                          payment->partner_id, payment->year,
                                          _("The partner of the payment no longer exists."),
                                          &exists, error);
  if (partner == NULL)
    return FALSE;
  if (exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "partner-id",
                                _("%s already has a payment for %d."),
                                pre_partner_get_name (partner), payment->year);
      return FALSE;
    }

  if (payment->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO payment (convention_id, partner_id, year, call_date,"
                              " call_reference, call_amount, notes)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE payment SET convention_id = ?1, partner_id = ?2, year = ?3,"
                              " call_date = ?4, call_reference = ?5, call_amount = ?6, notes = ?7"
                              " WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, payment->convention_id);
  sqlite3_bind_int64 (stmt, 2, payment->partner_id);
  sqlite3_bind_int (stmt, 3, payment->year);
  pre_bind_text (stmt, 4, payment->call_date[0] != '\0' ? payment->call_date : NULL);
  pre_bind_text (stmt, 5, payment->call_reference);
  sqlite3_bind_int64 (stmt, 6, payment->call_amount);
  pre_bind_text (stmt, 7, payment->notes);
  if (payment->id != 0)
    sqlite3_bind_int64 (stmt, 8, payment->id);
  if (!pre_store_step_save (store, stmt, payment->id, out_id, error,
                            _("The payment no longer exists.")))
    return FALSE;

  if (g_set_str (&payment->partner_name, pre_partner_get_name (partner)))
    g_object_notify_by_pspec (G_OBJECT (payment), properties[PROP_PARTNER_NAME]);

  return TRUE;
}

gboolean
pre_store_save_payment (PreStore    *store,
                        PrePayment  *payment,
                        GError     **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_PAYMENT (payment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_payment_validate (payment, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_payment (store, payment, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("payment"), error))
    return FALSE;

  if (payment->id != id)
    {
      payment->id = id;
      g_object_notify_by_pspec (G_OBJECT (payment), properties[PROP_ID]);
    }
  return TRUE;
}

PrePayment *
pre_store_get_payment (PreStore  *store,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, PAYMENT_SELECT " WHERE pa.id = ?1",
                              id, (PreRowFunc)payment_from_stmt,
                              _("The payment no longer exists."), error);
}

gboolean
pre_store_delete_payment (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "payment", id,
                                 _("The payment no longer exists."),
                                 NULL, PRE_TABLES ("payment", "receipt"), error);
}

GListModel *
pre_store_list_payments (PreStore  *store,
                         gint64     convention_id,
                         int        year,
                         GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            PAYMENT_SELECT
                            " WHERE pa.convention_id = ?1 AND (?2 = 0 OR pa.year = ?2)"
                            " ORDER BY pa.year, " PRE_PARTNER_KIND_ORDER ("p.kind") ", p.name",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_PAYMENT,
                                   (PreRowFunc)payment_from_stmt, error);
}
