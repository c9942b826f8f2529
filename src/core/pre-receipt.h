/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_RECEIPT (pre_receipt_get_type ())
G_DECLARE_FINAL_TYPE (PreReceipt, pre_receipt, PRE, RECEIPT, GObject)

/**
 * PreReceipt:
 *
 * Money received against a payment (call for funds): a date ("YYYY-MM-DD")
 * and an amount in cents (more than zero). "id" is 0 until it is saved.
 */

PreReceipt *pre_receipt_new            (void);
gint64      pre_receipt_get_id         (PreReceipt *self);
gint64      pre_receipt_get_payment_id (PreReceipt *self);
void        pre_receipt_set_payment_id (PreReceipt *self,
                                        gint64      payment_id);
const char *pre_receipt_get_date       (PreReceipt *self);
void        pre_receipt_set_date       (PreReceipt *self,
                                        const char *date);
gint64      pre_receipt_get_amount     (PreReceipt *self);
void        pre_receipt_set_amount     (PreReceipt *self,
                                        gint64      amount);

/**
 * pre_receipt_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("payment-id", "date",
 *   "amount")
 *
 * Checks: a payment; a date that exists, written "YYYY-MM-DD"; an amount of
 * more than zero.
 *
 * Returns: %TRUE if the receipt can be saved
 */
gboolean    pre_receipt_validate       (PreReceipt  *self,
                                        GError     **error);

/**
 * pre_store_save_receipt:
 *
 * Inserts (id 0, then sets the id) or updates the receipt. An unknown
 * payment is refused ("payment-id"). One transaction; touches "receipt".
 */
gboolean    pre_store_save_receipt     (PreStore    *store,
                                        PreReceipt  *receipt,
                                        GError     **error);

/**
 * pre_store_add_receipt:
 * @date: "YYYY-MM-DD"
 * @amount: in cents, more than zero
 *
 * Shortcut for pre_store_save_receipt() on a new receipt.
 *
 * Returns: (transfer full): the saved receipt, or %NULL
 */
PreReceipt *pre_store_add_receipt      (PreStore    *store,
                                        gint64       payment_id,
                                        const char  *date,
                                        gint64       amount,
                                        GError     **error);

/**
 * pre_store_get_receipt:
 *
 * Returns: (transfer full): the receipt, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreReceipt *pre_store_get_receipt      (PreStore    *store,
                                        gint64       id,
                                        GError     **error);

gboolean    pre_store_delete_receipt   (PreStore    *store,
                                        gint64       id,
                                        GError     **error);

/**
 * pre_store_list_receipts:
 *
 * Returns: (transfer full): a #GListModel of #PreReceipt, by date
 */
GListModel *pre_store_list_receipts    (PreStore    *store,
                                        gint64       payment_id,
                                        GError     **error);

G_END_DECLS
