/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "activity-fixture.h"
#include "pre-aggregates.h"
#include "pre-privacy.h"

/*
 * Today 01/04/2026, retention 24 months: codes whose last session is before
 * 01/04/2024 go.
 *   OLD-0001  sessions 10/01/2024 and 05/03/2024         → purged
 *   NEW-0002  sessions 10/01/2024 and 01/06/2025         → kept (recent session)
 *   EDGE-003  last session 01/04/2024, exactly 24 months → kept
 */
static const char sessions_sql[] =
  "INSERT INTO activity (mission_id, territory_id, date, status, cost, youth_code) VALUES"
  " (2, 1, '2024-01-10', 'held', 6000, 'OLD-0001'),"
  " (2, 1, '2024-03-05', 'missed', 6000, 'OLD-0001'),"
  " (2, 2, '2024-01-10', 'held', 6000, 'NEW-0002'),"
  " (2, 2, '2025-06-01', 'held', 6000, 'NEW-0002'),"
  " (2, 3, '2024-04-01', 'held', 6000, 'EDGE-003'),"
  " (2, 3, '2024-02-01', 'held', 6000, NULL);";

static void
count_changed_cb (PreStore   *store,
                  const char *table,
                  guint      *count)
{
  (*count)++;
}

static void
test_purge (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missions = NULL;
  g_autofree char *meta = NULL;
  guint n_purged = 99, n_expired = 99, n_changed = 0;

  fixture_open (&f);
  exec_sql (f.store, sessions_sql);
  g_signal_connect (f.store, "changed::activity", G_CALLBACK (count_changed_cb), &n_changed);

  g_assert_true (pre_store_count_expired_youth_codes (f.store, PRE_YOUTH_CODE_RETENTION_MONTHS,
                                                      "2026-04-01", &n_expired, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_expired, ==, 1);

  g_assert_true (pre_store_purge_youth_codes (f.store, PRE_YOUTH_CODE_RETENTION_MONTHS,
                                              "2026-04-01", &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Only the old code is gone; sessions, costs and counts remain. */
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity WHERE youth_code = 'OLD-0001'"),
                   ==, 0);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity WHERE youth_code = 'NEW-0002'"),
                   ==, 2);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity WHERE youth_code = 'EDGE-003'"),
                   ==, 1);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 6);
  g_assert_cmpint (query_int64 (f.store, "SELECT sum (cost) FROM activity"), ==, 36000);

  missions = pre_store_compute_missions (f.store, CONVENTION_ID, 2024, &error);
  g_assert_no_error (error);
  /* 2024 psychology: 4 held + 1 missed = 300 € */
  g_assert_cmpint (((PreMissionRow *)missions->pdata[1])->actual, ==, 30000);
  g_assert_cmpuint (((PreMissionRow *)missions->pdata[1])->n_held, ==, 4);
  g_assert_cmpuint (((PreMissionRow *)missions->pdata[1])->n_missed, ==, 1);

  meta = pre_store_get_meta (f.store, PRE_META_LAST_YOUTH_CODE_PURGE);
  g_assert_cmpstr (meta, ==, "2026-04-01");

  /* The next day EDGE-003's last session is more than 24 months old. */
  g_assert_true (pre_store_purge_youth_codes (f.store, PRE_YOUTH_CODE_RETENTION_MONTHS,
                                              "2026-04-02", &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 1);
  g_clear_pointer (&meta, g_free);
  meta = pre_store_get_meta (f.store, PRE_META_LAST_YOUTH_CODE_PURGE);
  g_assert_cmpstr (meta, ==, "2026-04-02");
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity WHERE youth_code = 'EDGE-003'"),
                   ==, 0);

  fixture_close (&f);
}

static void
test_purge_nothing (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  guint n_purged = 99, n_changed = 0;

  fixture_open (&f);
  exec_sql (f.store, sessions_sql);
  g_signal_connect (f.store, "changed::activity", G_CALLBACK (count_changed_cb), &n_changed);

  g_assert_true (pre_store_purge_youth_codes (f.store, PRE_YOUTH_CODE_RETENTION_MONTHS,
                                              "2026-01-01", &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(DISTINCT youth_code) FROM activity"), ==, 3);

  g_assert_false (pre_store_purge_youth_codes (f.store, 24, "2026-13-01", &n_purged, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID);

  fixture_close (&f);
}

static void
test_mask (void)
{
  static const struct { guint count; gboolean mask; const char *shown; } cases[] = {
    { 0, TRUE, "0" },
    { 1, TRUE, "< 5" },
    { 4, TRUE, "< 5" },
    { 5, TRUE, "5" },
    { 12, TRUE, "12" },
    { 3, FALSE, "3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = pre_privacy_mask_count (cases[i].count, cases[i].mask);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/privacy/purge/old-codes-only", test_purge);
  g_test_add_func ("/privacy/purge/nothing", test_purge_nothing);
  g_test_add_func ("/privacy/mask", test_mask);

  return g_test_run ();
}
