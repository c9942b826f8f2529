/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pre-store.h"

G_BEGIN_DECLS

/* Default retention of youth codes after a youth's last session. */
#define PRE_YOUTH_CODE_RETENTION_MONTHS 24

/* Below this, counts can be masked in exports. */
#define PRE_PRIVACY_MASK_THRESHOLD 5

/* The meta key holding the date of the last purge ("YYYY-MM-DD"). */
#define PRE_META_LAST_YOUTH_CODE_PURGE "last-youth-code-purge"

/**
 * pre_store_purge_youth_codes:
 * @retention_months: how long a code is kept after its last session
 *   (%PRE_YOUTH_CODE_RETENTION_MONTHS by default); 0 purges every code whose
 *   last session is before @today_iso
 * @today_iso: (nullable): today, "YYYY-MM-DD"; %NULL for pre_date_today_iso()
 * @n_purged: (out) (optional): the number of distinct codes removed
 *
 * Removes the youth codes whose last session (whatever its status) is older
 * than @retention_months before @today_iso. The sessions stay, with their
 * costs and counts; only the code is cleared. Records @today_iso as
 * %PRE_META_LAST_YOUTH_CODE_PURGE. One transaction; touches "activity" when a
 * code was removed.
 */
gboolean pre_store_purge_youth_codes (PreStore    *store,
                                      guint        retention_months,
                                      const char  *today_iso,
                                      guint       *n_purged,
                                      GError     **error);

/**
 * pre_store_count_expired_youth_codes:
 *
 * What pre_store_purge_youth_codes() would remove, without removing it.
 *
 * Returns: %TRUE on success
 */
gboolean pre_store_count_expired_youth_codes (PreStore    *store,
                                              guint        retention_months,
                                              const char  *today_iso,
                                              guint       *n_expired,
                                              GError     **error);

/**
 * pre_privacy_mask_count:
 * @count: a number of people
 * @mask: whether small counts are masked (the user's setting)
 *
 * Returns: (transfer full): "< 5" (translated) when @mask and 0 < @count < 5,
 *   else the number
 */
char    *pre_privacy_mask_count      (guint        count,
                                      gboolean     mask);

G_END_DECLS
