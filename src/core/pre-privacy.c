/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-date.h"
#include "pre-privacy.h"
#include "pre-store-private.h"

/* Codes whose last session is before the returned day are expired. */
static gboolean
compute_cutoff (guint        retention_months,
                const char  *today_iso,
                char         cutoff[16],
                GError     **error)
{
  g_autofree char *today = NULL;
  GDate date;

  today = today_iso != NULL ? g_strdup (today_iso) : pre_date_today_iso ();
  if (!pre_date_is_valid_iso (today))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "today",
                                _("The date “%s” is not a valid date."), today);
      return FALSE;
    }
  if (retention_months > 1200)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "retention-months",
                                _("The retention of youth codes cannot exceed 100 years."));
      return FALSE;
    }

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_ascii_strtoull (today + 8, NULL, 10),
                  g_ascii_strtoull (today + 5, NULL, 10),
                  g_ascii_strtoull (today, NULL, 10));
  g_date_subtract_months (&date, retention_months);
  g_snprintf (cutoff, 16, "%04u-%02u-%02u", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
  return TRUE;
}

#define EXPIRED_CODES \
  "SELECT youth_code FROM activity WHERE youth_code IS NOT NULL" \
  " GROUP BY youth_code HAVING max (date) < ?1"

gboolean
pre_store_count_expired_youth_codes (PreStore    *store,
                                     guint        retention_months,
                                     const char  *today_iso,
                                     guint       *n_expired,
                                     GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  char cutoff[16];

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!compute_cutoff (retention_months, today_iso, cutoff, error))
    return FALSE;

  stmt = pre_store_prepare (store, "SELECT count(*) FROM (" EXPIRED_CODES ")", error);
  if (stmt == NULL)
    return FALSE;
  pre_bind_text (stmt, 1, cutoff);
  if (!pre_store_step_row (store, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                     _("The youth codes could not be counted."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (n_expired != NULL)
    *n_expired = sqlite3_column_int (stmt, 0);
  return TRUE;
}

gboolean
pre_store_purge_youth_codes (PreStore    *store,
                             guint        retention_months,
                             const char  *today_iso,
                             guint       *n_purged,
                             GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *today = NULL;
  guint n = 0;
  char cutoff[16];

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_purged != NULL)
    *n_purged = 0;
  today = today_iso != NULL ? g_strdup (today_iso) : pre_date_today_iso ();
  if (!compute_cutoff (retention_months, today, cutoff, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  if (!pre_store_count_expired_youth_codes (store, retention_months, today, &n, error))
    goto failed;

  if (n > 0)
    {
      stmt = pre_store_prepare (store,
                                "UPDATE activity SET youth_code = NULL"
                                " WHERE youth_code IN (" EXPIRED_CODES ")",
                                error);
      if (stmt == NULL)
        goto failed;
      pre_bind_text (stmt, 1, cutoff);
      if (!pre_store_step_done (store, stmt, error))
        goto failed;
      pre_store_touch (store, "activity");
    }
  if (!pre_store_set_meta (store, PRE_META_LAST_YOUTH_CODE_PURGE, today, error))
    goto failed;
  if (!pre_store_commit (store, error))
    return FALSE;

  if (n_purged != NULL)
    *n_purged = n;
  return TRUE;

failed:
  pre_store_rollback (store);
  return FALSE;
}

char *
pre_privacy_mask_count (guint    count,
                        gboolean mask)
{
  if (mask && count > 0 && count < PRE_PRIVACY_MASK_THRESHOLD)
    /* Translators: a count of people hidden because it is too small. */
    return g_strdup_printf (_("< %d"), PRE_PRIVACY_MASK_THRESHOLD);
  return g_strdup_printf ("%u", count);
}
