/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "activity-fixture.h"
#include "pre-aggregates.h"

/*
 * A small year worked out by hand (amounts in euros, cents in the code).
 *
 * 2025 sessions
 *   coordination, all territories: 04/03 held 150 €, 03/06 missed 150 €,
 *     07/10 planned 150 €, 04/11 cancelled 150 €
 *   psychology, Dijon: 10/02 held 60 € (DIJ-0001), 17/02 held 60 € (DIJ-0001),
 *     24/02 missed 60 € (DIJ-0002)
 *   psychology, Chenôve: 10/03 held 60 € (CHE-0001), 15/12 planned 60 € (CHE-0001)
 *   training, all territories: 20/05 held 1 200 €
 * 2024 session (another year): psychology, Dijon, 02/12/2024 held 60 €
 * 2025 expenses
 *   project, Longvic, 01/04: 850 €
 *   coordination, all territories, 15/01: 45,50 €
 *   psychology, Dijon, 01/09: 120 €
 *
 * Spending 2025 (actual = held + missed + expenses; committed = planned):
 *   Chenôve      psychology    actual    60,00 €  committed 60,00 €
 *   Dijon        psychology    actual   300,00 €  (60 + 60 + 60 + 120)
 *   Longvic      project       actual   850,00 €
 *   All          coordination  actual   345,50 €  (150 + 150 + 45,50) committed 150 €
 *   All          training      actual 1 200,00 €
 *
 * Budgets 2025: coordination 3 000 €, psychology 8 000 € (the year's
 * override of 9 000 €), project 5 000 €, training 3 000 €.
 *
 * Funding: annual cost 20 000 €; 2024 overridden to 17 320 €.
 *   2024: 12 500 + 4 820 = 17 320 → balanced
 *   2025: 20 000 − (12 500 + 4 820) = 2 680 € to allocate
 *   2026: 20 000 − (12 500 + 4 820 + 3 000) = −320 € over-funded
 *
 * Payments 2025, today 01/12/2025:
 *   Dijon Métropole   share 12 500, no call                  → planned
 *   CCAS Chenôve      no share, call 03/10 of 1 000 (59 days) → called
 *   CCAS Dijon        share 4 820, call 01/10 of 4 820 (61 days), nothing → late
 *   CCAS Longvic      share 1 500, call 01/11 of 1 500, 1 000 received → partly
 *   Ville de Quetigny share 800, call 01/03 of 800, 500 + 400 received
 *                     → received, 100 € more than called (warning)
 */

static const char dataset_sql[] =
  "INSERT INTO mission_year (mission_id, year, budget) VALUES (2, 2025, 800000);"
  "INSERT INTO convention_year (convention_id, year, annual_cost) VALUES (1, 2024, 1732000);"
  "INSERT INTO activity (mission_id, territory_id, date, status, cost, youth_code) VALUES"
  " (1, NULL, '2025-03-04', 'held', 15000, NULL),"
  " (1, NULL, '2025-06-03', 'missed', 15000, NULL),"
  " (1, NULL, '2025-10-07', 'planned', 15000, NULL),"
  " (1, NULL, '2025-11-04', 'cancelled', 15000, NULL),"
  " (2, 1, '2025-02-10', 'held', 6000, 'DIJ-0001'),"
  " (2, 1, '2025-02-17', 'held', 6000, 'DIJ-0001'),"
  " (2, 1, '2025-02-24', 'missed', 6000, 'DIJ-0002'),"
  " (2, 2, '2025-03-10', 'held', 6000, 'CHE-0001'),"
  " (2, 2, '2025-12-15', 'planned', 6000, 'CHE-0001'),"
  " (4, NULL, '2025-05-20', 'held', 120000, NULL),"
  " (2, 1, '2024-12-02', 'held', 6000, 'DIJ-0001');"
  "INSERT INTO expense (mission_id, territory_id, date, amount) VALUES"
  " (3, 3, '2025-04-01', 85000), (1, NULL, '2025-01-15', 4550), (2, 1, '2025-09-01', 12000);"
  "INSERT INTO funding_share (convention_id, partner_id, year, amount) VALUES"
  " (1, 1, 2024, 1250000), (1, 2, 2024, 482000),"
  " (1, 1, 2025, 1250000), (1, 2, 2025, 482000), (1, 4, 2025, 150000), (1, 5, 2025, 80000),"
  " (1, 1, 2026, 1250000), (1, 2, 2026, 482000), (1, 3, 2026, 300000);"
  "INSERT INTO payment (id, convention_id, partner_id, year, call_date, call_amount) VALUES"
  " (1, 1, 3, 2025, '2025-10-03', 100000),"
  " (2, 1, 2, 2025, '2025-10-01', 482000),"
  " (3, 1, 4, 2025, '2025-11-01', 150000),"
  " (4, 1, 5, 2025, '2025-03-01', 80000);"
  "INSERT INTO receipt (payment_id, date, amount) VALUES"
  " (3, '2025-11-20', 100000), (4, '2025-04-02', 50000), (4, '2025-05-02', 40000);";

static void
dataset_open (Fixture *f)
{
  fixture_open (f);
  exec_sql (f->store, dataset_sql);
}

static void
assert_spending (PreSpendingRow *row,
                 const char     *territory,
                 PreMissionKind  kind,
                 gint64          actual,
                 gint64          committed)
{
  g_assert_cmpstr (row->territory_name, ==, territory);
  g_assert_cmpint (row->mission_kind, ==, kind);
  g_assert_cmpint (row->year, ==, 2025);
  g_assert_cmpint (row->actual, ==, actual);
  g_assert_cmpint (row->committed, ==, committed);
}

static void
test_spending (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 total = 0;

  dataset_open (&f);
  rows = pre_store_compute_spending (f.store, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 5);
  assert_spending (rows->pdata[0], "Chenôve", PRE_MISSION_PSYCHOLOGY, 6000, 6000);
  assert_spending (rows->pdata[1], "Dijon", PRE_MISSION_PSYCHOLOGY, 30000, 0);
  assert_spending (rows->pdata[2], "Longvic", PRE_MISSION_PROJECT, 85000, 0);
  assert_spending (rows->pdata[3], "All territories", PRE_MISSION_COORDINATION, 34550, 15000);
  assert_spending (rows->pdata[4], "All territories", PRE_MISSION_TRAINING, 120000, 0);
  g_assert_cmpint (((PreSpendingRow *)rows->pdata[3])->territory_id, ==, 0);
  g_assert_cmpint (((PreSpendingRow *)rows->pdata[1])->territory_id, ==, T_DIJON);
  for (guint i = 0; i < rows->len; i++)
    total += ((PreSpendingRow *)rows->pdata[i])->actual;
  /* 60 + 300 + 850 + 345,50 + 1 200 = 2 755,50 € */
  g_assert_cmpint (total, ==, 275550);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Every year: the 2024 session comes first. */
  rows = pre_store_compute_spending (f.store, CONVENTION_ID, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 6);

  /* One line per territory by name, all territories last: Dijon 60 € in
   * 2024 + 300 € in 2025; the all-territories line sums coordination and
   * training. */
  {
    g_autoptr(GPtrArray) lines = pre_spending_by_territory (rows);
    const PreTerritorySpending *chenove = lines->pdata[0];
    const PreTerritorySpending *dijon = lines->pdata[1];
    const PreTerritorySpending *all = lines->pdata[lines->len - 1];

    g_assert_cmpuint (lines->len, ==, 4);
    g_assert_cmpstr (chenove->territory_name, ==, "Chenôve");
    g_assert_cmpint (chenove->actual_total, ==, 6000);
    g_assert_cmpint (chenove->committed, ==, 6000);
    g_assert_cmpstr (dijon->territory_name, ==, "Dijon");
    g_assert_cmpint (dijon->actual[PRE_MISSION_PSYCHOLOGY], ==, 36000);
    g_assert_cmpint (dijon->actual_total, ==, 36000);
    g_assert_cmpint (all->territory_id, ==, 0);
    g_assert_cmpint (all->actual[PRE_MISSION_COORDINATION], ==, 34550);
    g_assert_cmpint (all->actual_total, ==, 154550);
    g_assert_cmpint (all->committed, ==, 15000);
  }
  g_assert_cmpint (((PreSpendingRow *)rows->pdata[0])->year, ==, 2024);
  g_assert_cmpint (((PreSpendingRow *)rows->pdata[0])->actual, ==, 6000);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* An unknown convention is an error, not an empty table. */
  g_assert_null (pre_store_compute_spending (f.store, 42, 2025, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

static void
test_missions (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  PreMissionRow *row;

  dataset_open (&f);
  rows = pre_store_compute_missions (f.store, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);

  row = rows->pdata[0];
  g_assert_cmpint (row->mission_kind, ==, PRE_MISSION_COORDINATION);
  g_assert_cmpint (row->budget, ==, 300000);
  g_assert_cmpint (row->actual, ==, 34550);
  g_assert_cmpint (row->committed, ==, 15000);
  g_assert_cmpuint (row->n_held, ==, 1);
  g_assert_cmpuint (row->n_missed, ==, 1);
  g_assert_cmpuint (row->n_planned, ==, 1);
  g_assert_cmpuint (row->n_cancelled, ==, 1);

  row = rows->pdata[1];
  g_assert_cmpint (row->mission_kind, ==, PRE_MISSION_PSYCHOLOGY);
  g_assert_cmpint (row->budget, ==, 800000);
  g_assert_cmpint (row->actual, ==, 36000);
  g_assert_cmpint (row->committed, ==, 6000);
  g_assert_cmpuint (row->n_held, ==, 3);
  g_assert_cmpuint (row->n_missed, ==, 1);

  row = rows->pdata[2];
  g_assert_cmpint (row->mission_kind, ==, PRE_MISSION_PROJECT);
  g_assert_cmpint (row->budget, ==, 500000);
  g_assert_cmpint (row->actual, ==, 85000);
  g_assert_cmpuint (row->n_held, ==, 0);

  row = rows->pdata[3];
  g_assert_cmpint (row->mission_kind, ==, PRE_MISSION_TRAINING);
  g_assert_cmpint (row->budget, ==, 300000);
  g_assert_cmpint (row->actual, ==, 120000);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* 2024: no override, the annual budget; one psychology session. */
  rows = pre_store_compute_missions (f.store, CONVENTION_ID, 2024, &error);
  g_assert_no_error (error);
  row = rows->pdata[1];
  g_assert_cmpint (row->budget, ==, 900000);
  g_assert_cmpint (row->actual, ==, 6000);
  g_assert_cmpuint (row->n_held, ==, 1);

  fixture_close (&f);
}

static void
test_youth_counts (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  PreYouthCountRow *row;

  dataset_open (&f);
  rows = pre_store_compute_youth_counts (f.store, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  row = rows->pdata[0];
  g_assert_cmpstr (row->territory_name, ==, "Chenôve");
  g_assert_cmpuint (row->n_youths, ==, 1);
  g_assert_cmpuint (row->n_sessions, ==, 1);
  row = rows->pdata[1];
  g_assert_cmpstr (row->territory_name, ==, "Dijon");
  g_assert_cmpuint (row->n_youths, ==, 2);
  g_assert_cmpuint (row->n_sessions, ==, 3);

  fixture_close (&f);
}

static void
test_balances (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  PreBalanceRow *row;

  dataset_open (&f);
  rows = pre_store_compute_balances (f.store, CONVENTION_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);

  row = rows->pdata[0];
  g_assert_cmpint (row->year, ==, 2024);
  g_assert_cmpint (row->annual_cost, ==, 1732000);
  g_assert_cmpint (row->shares, ==, 1732000);
  g_assert_cmpint (row->balance, ==, 0);
  g_assert_cmpint (row->state, ==, PRE_BALANCE_BALANCED);

  /* 20 000 € − (12 500 € + 4 820 €) = 2 680 € to allocate (the Longvic and
   * Quetigny shares of 2025 are also there: 1 500 + 800). */
  row = rows->pdata[1];
  g_assert_cmpint (row->year, ==, 2025);
  g_assert_cmpint (row->annual_cost, ==, 2000000);
  g_assert_cmpint (row->shares, ==, 1250000 + 482000 + 150000 + 80000);
  g_assert_cmpint (row->balance, ==, 268000 - 150000 - 80000);
  g_assert_cmpint (row->state, ==, PRE_BALANCE_TO_ALLOCATE);

  row = rows->pdata[2];
  g_assert_cmpint (row->year, ==, 2026);
  g_assert_cmpint (row->balance, ==, -32000);
  g_assert_cmpint (row->state, ==, PRE_BALANCE_OVER_FUNDED);
  g_assert_cmpstr (pre_balance_state_get_label (row->state), ==, "Over-funded");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The reference case alone: 20 000 − (12 500 + 4 820) = 2 680 €. */
  exec_sql (f.store, "DELETE FROM funding_share WHERE year = 2025 AND partner_id IN (4, 5)");
  rows = pre_store_compute_balances (f.store, CONVENTION_ID, &error);
  g_assert_no_error (error);
  row = rows->pdata[1];
  g_assert_cmpint (row->balance, ==, 268000);
  g_assert_cmpint (row->state, ==, PRE_BALANCE_TO_ALLOCATE);
  g_assert_cmpstr (pre_balance_state_get_label (row->state), ==, "To allocate");

  fixture_close (&f);
}

static void
assert_payment (PrePaymentRow    *row,
                const char       *partner,
                gint64            planned,
                gint64            called,
                gint64            received,
                PrePaymentStatus  status,
                gboolean          over_received)
{
  g_test_message ("%s: %s", partner, pre_payment_status_to_string (row->status));
  g_assert_cmpstr (row->partner_name, ==, partner);
  g_assert_cmpint (row->year, ==, 2025);
  g_assert_cmpint (row->planned, ==, planned);
  g_assert_cmpint (row->called, ==, called);
  g_assert_cmpint (row->received, ==, received);
  g_assert_cmpint (row->status, ==, status);
  g_assert_cmpint (row->over_received, ==, over_received);
}

static void
test_payments (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  dataset_open (&f);
  rows = pre_store_compute_payments (f.store, CONVENTION_ID, 2025, "2025-12-01", &error);
  g_assert_no_error (error);
  /* The coordinator (Dijon Métropole) does not call funds from itself. */
  g_assert_cmpuint (rows->len, ==, 4);
  assert_payment (rows->pdata[0], "CCAS Chenôve", 0, 100000, 0, PRE_PAYMENT_CALLED, FALSE);
  g_assert_cmpint (((PrePaymentRow *)rows->pdata[0])->days_since_call, ==, 59);
  assert_payment (rows->pdata[1], "CCAS Dijon", 482000, 482000, 0, PRE_PAYMENT_LATE, FALSE);
  g_assert_cmpint (((PrePaymentRow *)rows->pdata[1])->days_since_call, ==, 61);
  g_assert_cmpstr (((PrePaymentRow *)rows->pdata[1])->call_date, ==, "2025-10-01");
  assert_payment (rows->pdata[2], "CCAS Longvic", 150000, 150000, 100000,
                  PRE_PAYMENT_PARTLY_RECEIVED, FALSE);
  assert_payment (rows->pdata[3], "Ville de Quetigny", 80000, 80000, 90000,
                  PRE_PAYMENT_RECEIVED, TRUE);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Today from PRE_TODAY: two days later, Chenôve is late too (61 days). */
  g_setenv ("PRE_TODAY", "2025-12-03", TRUE);
  rows = pre_store_compute_payments (f.store, CONVENTION_ID, 2025, NULL, &error);
  g_unsetenv ("PRE_TODAY");
  g_assert_no_error (error);
  assert_payment (rows->pdata[0], "CCAS Chenôve", 0, 100000, 0, PRE_PAYMENT_LATE, FALSE);
  /* Partly received 32 days after the call: not late yet. */
  assert_payment (rows->pdata[2], "CCAS Longvic", 150000, 150000, 100000,
                  PRE_PAYMENT_PARTLY_RECEIVED, FALSE);

  fixture_close (&f);
}

static void
test_contributions (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  PreContributionRow *row;

  dataset_open (&f);
  rows = pre_store_compute_contributions (f.store, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  /* The métropole has no territory of its own. */
  g_assert_cmpuint (rows->len, ==, 4);

  row = rows->pdata[0];
  g_assert_cmpstr (row->partner_name, ==, "CCAS Chenôve");
  g_assert_cmpstr (row->territory_name, ==, "Chenôve");
  g_assert_cmpint (row->planned, ==, 0);
  g_assert_cmpint (row->received, ==, 0);
  g_assert_cmpint (row->spent, ==, 6000);
  g_assert_cmpint (row->committed, ==, 6000);

  row = rows->pdata[1];
  g_assert_cmpstr (row->partner_name, ==, "CCAS Dijon");
  g_assert_cmpint (row->planned, ==, 482000);
  g_assert_cmpint (row->received, ==, 0);
  g_assert_cmpint (row->spent, ==, 30000);

  row = rows->pdata[2];
  g_assert_cmpstr (row->partner_name, ==, "CCAS Longvic");
  g_assert_cmpint (row->planned, ==, 150000);
  g_assert_cmpint (row->received, ==, 100000);
  g_assert_cmpint (row->spent, ==, 85000);

  row = rows->pdata[3];
  g_assert_cmpstr (row->partner_name, ==, "Ville de Quetigny");
  g_assert_cmpint (row->planned, ==, 80000);
  g_assert_cmpint (row->received, ==, 90000);
  g_assert_cmpint (row->spent, ==, 0);

  fixture_close (&f);
}

/* The same figures, computed in a thread on a reader connection. */

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = pre_store_compute_spending_finish (PRE_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
balances_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = pre_store_compute_balances_finish (PRE_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) balances = NULL;
  g_autoptr(GPtrArray) on_reader = NULL;
  g_autoptr(PreStore) reader = NULL;
  g_autoptr(GError) error = NULL;

  dataset_open (&f);
  pre_store_compute_spending_async (f.store, CONVENTION_ID, 2025, NULL, async_done_cb, &rows);
  pre_store_compute_balances_async (f.store, CONVENTION_ID, NULL, balances_done_cb, &balances);
  while (rows == NULL || balances == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpint (((PreSpendingRow *)rows->pdata[3])->actual, ==, 34550);
  g_assert_cmpint (((PreBalanceRow *)balances->pdata[1])->balance, ==, 38000);

  /* And synchronously on a reader. */
  reader = pre_store_open_reader (f.store, &error);
  g_assert_no_error (error);
  on_reader = pre_store_compute_spending (reader, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (on_reader->len, ==, 5);
  g_clear_object (&reader);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aggregates/spending", test_spending);
  g_test_add_func ("/aggregates/missions", test_missions);
  g_test_add_func ("/aggregates/youth-counts", test_youth_counts);
  g_test_add_func ("/aggregates/balances", test_balances);
  g_test_add_func ("/aggregates/payments", test_payments);
  g_test_add_func ("/aggregates/contributions", test_contributions);
  g_test_add_func ("/aggregates/async", test_async);

  return g_test_run ();
}
