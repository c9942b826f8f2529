/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "activity-fixture.h"
#include "pre-aggregates.h"

/*
 * Spending per month, worked out by hand (euros; cents in the code).
 *
 * 2025 sessions
 *   coordination, all territories: 15/01 held 150 €, 28/01 missed 150 €,
 *     04/03 planned 150 €, 11/03 cancelled 150 €
 *   psychology, Dijon: 10/02 held 60 €, 17/02 planned 60 €, 31/12 held 60 €
 *   training, all territories: 20/05 held 1 200 €
 * 2025 expenses: project, Longvic, 01/02: 850 €; coordination, 01/12: 45,50 €
 * Other years: psychology, Dijon, 02/12/2024 held 60 €; 05/01/2026 planned
 *   60 €
 * Another convention (2025 only): a coordination session held on
 *   10/01/2025 for 999 € — never counted in convention 1.
 *
 * 2025, per month (actual = held + missed + expenses; committed = planned):
 *   January    actual   300,00 €  (150 + 150)
 *   February   actual   910,00 €  (60 + 850)      committed 60 €
 *   March      actual     0       committed 150 € (the cancelled one is not)
 *   May        actual 1 200,00 €
 *   December   actual   105,50 €  (60 + 45,50)
 *   other months: 0
 *   total actual 2 515,50 €, committed 210 €
 */

static const char dataset_sql[] =
  "INSERT INTO convention (id, title, first_year, last_year, coordinator_id, annual_cost)"
  " VALUES (2, 'Autre convention', 2025, 2025, 1, 100000);"
  "INSERT INTO mission (id, convention_id, kind, annual_budget) VALUES (5, 2, 'coordination', 0);"
  "INSERT INTO activity (mission_id, territory_id, date, status, cost) VALUES"
  " (1, NULL, '2025-01-15', 'held', 15000),"
  " (1, NULL, '2025-01-28', 'missed', 15000),"
  " (1, NULL, '2025-03-04', 'planned', 15000),"
  " (1, NULL, '2025-03-11', 'cancelled', 15000),"
  " (2, 1, '2025-02-10', 'held', 6000),"
  " (2, 1, '2025-02-17', 'planned', 6000),"
  " (2, 1, '2025-12-31', 'held', 6000),"
  " (4, NULL, '2025-05-20', 'held', 120000),"
  " (2, 1, '2024-12-02', 'held', 6000),"
  " (2, 1, '2026-01-05', 'planned', 6000),"
  " (5, NULL, '2025-01-10', 'held', 99900);"
  "INSERT INTO expense (mission_id, territory_id, date, amount) VALUES"
  " (3, 3, '2025-02-01', 85000), (1, NULL, '2025-12-01', 4550);";

static void
dataset_open (Fixture *f)
{
  fixture_open (f);
  exec_sql (f->store, dataset_sql);
}

static void
assert_month (GPtrArray *rows,
              guint      index,
              int        year,
              int        month,
              gint64     actual,
              gint64     committed)
{
  const PreMonthRow *row = g_ptr_array_index (rows, index);

  g_assert_cmpint (row->year, ==, year);
  g_assert_cmpint (row->month, ==, month);
  g_assert_cmpint (row->actual, ==, actual);
  g_assert_cmpint (row->committed, ==, committed);
}

static void
assert_year_2025 (GPtrArray *rows,
                  guint      first)
{
  gint64 actual = 0, committed = 0;

  assert_month (rows, first + 0, 2025, 1, 30000, 0);
  assert_month (rows, first + 1, 2025, 2, 91000, 6000);
  assert_month (rows, first + 2, 2025, 3, 0, 15000);
  assert_month (rows, first + 3, 2025, 4, 0, 0);
  assert_month (rows, first + 4, 2025, 5, 120000, 0);
  for (int m = 6; m <= 11; m++)
    assert_month (rows, first + (guint)m - 1, 2025, m, 0, 0);
  assert_month (rows, first + 11, 2025, 12, 10550, 0);

  for (guint i = first; i < first + 12; i++)
    {
      actual += ((PreMonthRow *)rows->pdata[i])->actual;
      committed += ((PreMonthRow *)rows->pdata[i])->committed;
    }
  /* 300 + 910 + 1 200 + 105,50 = 2 515,50 €; 60 + 150 = 210 € planned */
  g_assert_cmpint (actual, ==, 251550);
  g_assert_cmpint (committed, ==, 21000);
}

static void
test_one_year (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  dataset_open (&f);
  rows = pre_store_compute_monthly_spending (f.store, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 12);
  assert_year_2025 (rows, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The other convention's session is its own. */
  rows = pre_store_compute_monthly_spending (f.store, 2, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 12);
  assert_month (rows, 0, 2025, 1, 99900, 0);
  assert_month (rows, 1, 2025, 2, 0, 0);

  fixture_close (&f);
}

static void
test_every_year (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  dataset_open (&f);
  /* 2024–2026: 36 months, January 2024 first. */
  rows = pre_store_compute_monthly_spending (f.store, CONVENTION_ID, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 36);
  assert_month (rows, 0, 2024, 1, 0, 0);
  assert_month (rows, 11, 2024, 12, 6000, 0);
  assert_year_2025 (rows, 12);
  assert_month (rows, 24, 2026, 1, 0, 6000);
  assert_month (rows, 35, 2026, 12, 0, 0);

  fixture_close (&f);
}

static void
test_empty_and_unknown (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  fixture_open (&f);
  /* Nothing yet: twelve months of zeros, not an empty table. */
  rows = pre_store_compute_monthly_spending (f.store, CONVENTION_ID, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 12);
  for (guint i = 0; i < rows->len; i++)
    assert_month (rows, i, 2025, (int)i + 1, 0, 0);

  g_assert_null (pre_store_compute_monthly_spending (f.store, 42, 2025, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

static void
monthly_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GPtrArray **rows = user_data;
  g_autoptr(GError) error = NULL;

  *rows = pre_store_compute_monthly_spending_finish (PRE_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
failed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;

  g_assert_null (pre_store_compute_monthly_spending_finish (PRE_STORE (source), result, error));
}

static void
test_async (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  dataset_open (&f);
  pre_store_compute_monthly_spending_async (f.store, CONVENTION_ID, 2025, NULL, monthly_done_cb, &rows);
  while (rows == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (rows->len, ==, 12);
  assert_year_2025 (rows, 0);

  pre_store_compute_monthly_spending_async (f.store, 42, 2025, NULL, failed_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aggregates/monthly/one-year", test_one_year);
  g_test_add_func ("/aggregates/monthly/every-year", test_every_year);
  g_test_add_func ("/aggregates/monthly/empty-and-unknown", test_empty_and_unknown);
  g_test_add_func ("/aggregates/monthly/async", test_async);

  return g_test_run ();
}
