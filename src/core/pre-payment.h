/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_PAYMENT (pre_payment_get_type ())
G_DECLARE_FINAL_TYPE (PrePayment, pre_payment, PRE, PAYMENT, GObject)

/**
 * PrePayment:
 *
 * A call for funds to a partner for one year of a convention: "call-date"
 * ("YYYY-MM-DD", empty until the call is sent), the titre de recettes
 * "call-reference", the "call-amount" in cents and notes. "partner-name",
 * "received-amount" (the sum of its receipts) and "last-receipt-date" are
 * filled by the store. "id" is 0 until it is saved.
 */

PrePayment *pre_payment_new                   (void);
gint64      pre_payment_get_id                (PrePayment *self);
gint64      pre_payment_get_convention_id     (PrePayment *self);
void        pre_payment_set_convention_id     (PrePayment *self,
                                               gint64      convention_id);
gint64      pre_payment_get_partner_id        (PrePayment *self);
void        pre_payment_set_partner_id        (PrePayment *self,
                                               gint64      partner_id);
int         pre_payment_get_year              (PrePayment *self);
void        pre_payment_set_year              (PrePayment *self,
                                               int         year);
const char *pre_payment_get_call_date         (PrePayment *self);
void        pre_payment_set_call_date         (PrePayment *self,
                                               const char *call_date);
const char *pre_payment_get_call_reference    (PrePayment *self);
void        pre_payment_set_call_reference    (PrePayment *self,
                                               const char *call_reference);
gint64      pre_payment_get_call_amount       (PrePayment *self);
void        pre_payment_set_call_amount       (PrePayment *self,
                                               gint64      call_amount);
const char *pre_payment_get_notes             (PrePayment *self);
void        pre_payment_set_notes             (PrePayment *self,
                                               const char *notes);
const char *pre_payment_get_partner_name      (PrePayment *self);
gint64      pre_payment_get_received_amount   (PrePayment *self);
const char *pre_payment_get_last_receipt_date (PrePayment *self);

/**
 * pre_payment_received_exceeds_call:
 *
 * More received than called is allowed (a warning for people, never a
 * block): this tells whether to show it. Uses "received-amount" as filled by
 * the store.
 *
 * Returns: %TRUE if the receipts add up to more than the called amount
 */
gboolean    pre_payment_received_exceeds_call (PrePayment  *self);

/**
 * pre_payment_get_outstanding:
 *
 * Returns: called minus received, in cents (negative when more was received)
 */
gint64      pre_payment_get_outstanding       (PrePayment  *self);

/**
 * pre_payment_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("convention-id",
 *   "partner-id", "year", "call-date", "call-amount")
 *
 * Checks: a convention, a partner, a year; a call date, when given, that
 * exists and is written "YYYY-MM-DD"; a called amount that is not negative.
 *
 * Returns: %TRUE if the payment can be saved
 */
gboolean    pre_payment_validate              (PrePayment  *self,
                                               GError     **error);

/**
 * pre_store_save_payment:
 *
 * Inserts (id 0, then sets the id) or updates the payment. Refused with a
 * #PRE_VALIDATION_ERROR: a year outside the convention's years ("year"), an
 * unknown partner, a second payment of the same partner for the same year
 * ("partner-id"). One transaction; touches "payment".
 */
gboolean    pre_store_save_payment            (PreStore    *store,
                                               PrePayment  *payment,
                                               GError     **error);

/**
 * pre_store_get_payment:
 *
 * Returns: (transfer full): the payment (with "partner-name" and
 *   "received-amount"), or %NULL with %PRE_STORE_ERROR_NOT_FOUND
 */
PrePayment *pre_store_get_payment             (PreStore    *store,
                                               gint64       id,
                                               GError     **error);

/**
 * pre_store_delete_payment:
 *
 * Deletes the payment and its receipts.
 */
gboolean    pre_store_delete_payment          (PreStore    *store,
                                               gint64       id,
                                               GError     **error);

/**
 * pre_store_list_payments:
 * @year: a year, or 0 for every year
 *
 * Returns: (transfer full): a #GListModel of #PrePayment, by year,
 *   partner kind and partner name
 */
GListModel *pre_store_list_payments           (PreStore    *store,
                                               gint64       convention_id,
                                               int          year,
                                               GError     **error);

G_END_DECLS
