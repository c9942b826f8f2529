/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-privacy.h"
#include "pre-youth-code-purge.h"

gboolean
pre_youth_code_purge_run (PreStore    *store,
                          GSettings   *settings,
                          const char  *today_iso,
                          guint       *n_purged,
                          GError     **error)
{
  int months = PRE_YOUTH_CODE_RETENTION_MONTHS;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), FALSE);

  if (settings != NULL)
    months = g_settings_get_int (settings, "retention-months");
  /* A retention of 0 would erase every code at once: never from a setting. */
  if (months < 1)
    months = PRE_YOUTH_CODE_RETENTION_MONTHS;

  return pre_store_purge_youth_codes (store, (guint)months, today_iso, n_purged, error);
}
