/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-receipt.h"

G_BEGIN_DECLS

#define PRE_TYPE_RECEIPT_DIALOG (pre_receipt_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PreReceiptDialog, pre_receipt_dialog, PRE, RECEIPT_DIALOG, AdwDialog)

/* Edits @receipt (its payment set; id 0 for a new one) from @partner_name
 * and saves it in @store. */
PreReceiptDialog *pre_receipt_dialog_new             (PreStore         *store,
                                                      PreReceipt       *receipt,
                                                      const char       *partner_name);
GtkWidget        *pre_receipt_dialog_get_save_button (PreReceiptDialog *self);

G_END_DECLS
