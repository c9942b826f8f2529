/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-store.h"

G_BEGIN_DECLS

/*
 * Whole-database rule checks, for `pre-coordination-cli check` and the
 * application's health report. Each adds one translated sentence per finding
 * to @problems (rules broken: the figures do not add up, a vote is
 * impossible…) or to @warnings (worth a look, not an error: a convocation
 * sent late, more received than called). @error is set only when the check
 * could not run.
 */

/**
 * pre_store_check_funding:
 *
 * For every year of every convention, the funding balance: shares that do
 * not cover the annual cost ("2 680,00 € remain to be allocated") or exceed
 * it are problems.
 */
gboolean pre_store_check_funding    (PreStore   *store,
                                     GPtrArray  *problems,
                                     GPtrArray  *warnings,
                                     GError    **error);

/**
 * pre_store_check_payments:
 *
 * Receipts above the call for funds, and calls still unpaid 60 days after
 * their date, are warnings.
 */
gboolean pre_store_check_payments   (PreStore   *store,
                                     GPtrArray  *problems,
                                     GPtrArray  *warnings,
                                     GError     **error);

/**
 * pre_store_check_board:
 *
 * For every séance: the attendance rules (proxy holder present, one proxy
 * each), the votes of each deliberation against the voters and the quorum
 * (problems); a convocation sent less than three days ahead (warning).
 */
gboolean pre_store_check_board      (PreStore   *store,
                                     GPtrArray  *problems,
                                     GPtrArray  *warnings,
                                     GError    **error);

/**
 * pre_store_check_activities:
 *
 * Sessions and expenses dated outside their convention's years are
 * problems.
 */
gboolean pre_store_check_activities (PreStore   *store,
                                     GPtrArray  *problems,
                                     GPtrArray  *warnings,
                                     GError    **error);

G_END_DECLS
