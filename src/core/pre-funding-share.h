/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_FUNDING_SHARE (pre_funding_share_get_type ())
G_DECLARE_FINAL_TYPE (PreFundingShare, pre_funding_share, PRE, FUNDING_SHARE, GObject)

/**
 * PreFundingShare:
 *
 * The amount (cents) a partner plans to pay for one year of a convention
 * (the métropole share, a CCAS participation…). "partner-name" and
 * "partner-kind" are filled by the store. "id" is 0 until it is saved.
 */

PreFundingShare *pre_funding_share_new               (void);
gint64           pre_funding_share_get_id            (PreFundingShare *self);
gint64           pre_funding_share_get_convention_id (PreFundingShare *self);
void             pre_funding_share_set_convention_id (PreFundingShare *self,
                                                      gint64           convention_id);
gint64           pre_funding_share_get_partner_id    (PreFundingShare *self);
void             pre_funding_share_set_partner_id    (PreFundingShare *self,
                                                      gint64           partner_id);
int              pre_funding_share_get_year          (PreFundingShare *self);
void             pre_funding_share_set_year          (PreFundingShare *self,
                                                      int              year);
gint64           pre_funding_share_get_amount        (PreFundingShare *self);
void             pre_funding_share_set_amount        (PreFundingShare *self,
                                                      gint64           amount);
const char      *pre_funding_share_get_partner_name  (PreFundingShare *self);
PrePartnerKind   pre_funding_share_get_partner_kind  (PreFundingShare *self);

/**
 * pre_funding_share_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("convention-id",
 *   "partner-id", "year", "amount")
 *
 * Returns: %TRUE if the share can be saved
 */
gboolean         pre_funding_share_validate          (PreFundingShare  *self,
                                                      GError          **error);

/**
 * pre_store_save_funding_share:
 *
 * Inserts (id 0, then sets the id) or updates the share. Refused with a
 * #PRE_VALIDATION_ERROR: a year outside the convention's years ("year"), an
 * unknown partner ("partner-id"), a second share of the same partner for the
 * same year ("partner-id"). One transaction; touches "funding_share".
 */
gboolean         pre_store_save_funding_share        (PreStore         *store,
                                                      PreFundingShare  *share,
                                                      GError          **error);

/**
 * pre_store_get_funding_share:
 *
 * Returns: (transfer full): the share, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreFundingShare *pre_store_get_funding_share         (PreStore         *store,
                                                      gint64            id,
                                                      GError          **error);

gboolean         pre_store_delete_funding_share      (PreStore         *store,
                                                      gint64            id,
                                                      GError          **error);

/**
 * pre_store_list_funding_shares:
 * @year: a year, or 0 for every year
 *
 * Returns: (transfer full): a #GListModel of #PreFundingShare, by year,
 *   partner kind (métropole first) and partner name
 */
GListModel      *pre_store_list_funding_shares       (PreStore         *store,
                                                      gint64            convention_id,
                                                      int               year,
                                                      GError          **error);

/**
 * pre_store_set_funding_share_amount:
 * @amount: in cents, not negative
 *
 * Creates the share of @partner_id for @year, or changes its amount. Same
 * checks as pre_store_save_funding_share().
 */
gboolean         pre_store_set_funding_share_amount  (PreStore         *store,
                                                      gint64            convention_id,
                                                      gint64            partner_id,
                                                      int               year,
                                                      gint64            amount,
                                                      GError          **error);

/**
 * pre_store_get_funding_share_total:
 * @total: (out): the sum of the shares of @year, in cents
 */
gboolean         pre_store_get_funding_share_total   (PreStore         *store,
                                                      gint64            convention_id,
                                                      int               year,
                                                      gint64           *total,
                                                      GError          **error);

G_END_DECLS
