/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-payment.h"

G_BEGIN_DECLS

#define PRE_TYPE_PAYMENT_DIALOG (pre_payment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrePaymentDialog, pre_payment_dialog, PRE, PAYMENT_DIALOG, AdwDialog)

/* Edits the call for funds @payment (its convention, partner and year set;
 * id 0 for a new one) sent to @partner_name, and saves it in @store. */
PrePaymentDialog *pre_payment_dialog_new             (PreStore         *store,
                                                      PrePayment       *payment,
                                                      const char       *partner_name);
GtkWidget        *pre_payment_dialog_get_save_button (PrePaymentDialog *self);

G_END_DECLS
