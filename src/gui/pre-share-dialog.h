/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-funding-share.h"

G_BEGIN_DECLS

#define PRE_TYPE_SHARE_DIALOG (pre_share_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PreShareDialog, pre_share_dialog, PRE, SHARE_DIALOG, AdwDialog)

/* Edits the amount of @share (its convention, partner and year set) of
 * @partner_name and saves it in @store (creating the share or changing it). */
PreShareDialog *pre_share_dialog_new             (PreStore        *store,
                                                  PreFundingShare *share,
                                                  const char      *partner_name);
/* Edits the forecast cost of @year of the convention instead. */
PreShareDialog *pre_share_dialog_new_for_cost    (PreStore        *store,
                                                  gint64           convention_id,
                                                  int              year,
                                                  gint64           cost);
AdwEntryRow    *pre_share_dialog_get_amount_row  (PreShareDialog  *self);
GtkWidget      *pre_share_dialog_get_save_button (PreShareDialog  *self);
/* The message under the amount ("" when it is valid). */
const char     *pre_share_dialog_get_message     (PreShareDialog  *self);

G_END_DECLS
