/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "activity-fixture.h"
#include "pre-chart-builders.h"
#include "pre-enums.h"
#include "pre-error.h"

/*
 * The charts of a small convention (the activity fixture), figures worked
 * out by hand (euros; cents in the code).
 *
 * 2025 sessions: coordination (all territories) 15/01 held 150 €, 04/03
 *   planned 150 €, 11/03 cancelled 150 €; psychology Dijon 10/02 held 60 €,
 *   17/02 planned 60 €; training (all territories) 20/05 held 1 200 €.
 * 2025 expense: project, Longvic, 01/02: 850 €. 2024: psychology Dijon
 *   02/12/2024 held 60 €.
 * Shares 2025: Dijon Métropole (coordinator) 12 500 €, CCAS Dijon 4 820 €;
 *   2024: Dijon Métropole 12 500 €.
 * Calls 2025: CCAS Dijon 4 820 € with 2 000 € received; CCAS Chenôve
 *   1 000 €, nothing received (no share).
 * Mission budgets: coordination 3 000 €, psychology 9 000 €, project
 *   5 000 €, training 3 000 € a year; annual cost 20 000 €.
 */

static const char dataset_sql[] =
  "INSERT INTO activity (mission_id, territory_id, date, status, cost) VALUES"
  " (1, NULL, '2025-01-15', 'held', 15000),"
  " (1, NULL, '2025-03-04', 'planned', 15000),"
  " (1, NULL, '2025-03-11', 'cancelled', 15000),"
  " (2, 1, '2025-02-10', 'held', 6000),"
  " (2, 1, '2025-02-17', 'planned', 6000),"
  " (4, NULL, '2025-05-20', 'held', 120000),"
  " (2, 1, '2024-12-02', 'held', 6000);"
  "INSERT INTO expense (mission_id, territory_id, date, amount) VALUES"
  " (3, 3, '2025-02-01', 85000);"
  "INSERT INTO funding_share (convention_id, partner_id, year, amount) VALUES"
  " (1, 1, 2025, 1250000), (1, 2, 2025, 482000), (1, 1, 2024, 1250000);"
  "INSERT INTO payment (id, convention_id, partner_id, year, call_date, call_amount) VALUES"
  " (1, 1, 2, 2025, '2025-10-01', 482000), (2, 1, 3, 2025, '2025-10-03', 100000);"
  "INSERT INTO receipt (payment_id, date, amount) VALUES (1, '2025-11-02', 200000);";

static void
dataset_open (Fixture *f)
{
  fixture_open (f);
  exec_sql (f->store, dataset_sql);
}

static PreChartData *
build (Fixture          *f,
       PreChartKindName  which,
       int               year)
{
  g_autoptr(GError) error = NULL;
  PreChartData *data = pre_store_build_chart (f->store, CONVENTION_ID, which, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static void
assert_value (PreChartData *data,
              guint         category,
              guint         series,
              gint64        actual,
              gint64        committed)
{
  gint64 a = -1, c = -1;

  pre_chart_data_get_value (data, category, series, &a, &c);
  g_assert_cmpint (a, ==, actual);
  g_assert_cmpint (c, ==, committed);
}

static void
test_names (void)
{
  PreChartKindName which;

  for (guint i = 0; i < PRE_N_CHART_NAMES; i++)
    {
      g_assert_true (pre_chart_kind_name_from_string (pre_chart_kind_name_to_string (i), &which));
      g_assert_cmpint (which, ==, i);
    }
  g_assert_cmpstr (pre_chart_kind_name_to_string (PRE_CHART_NAME_MONTHLY_SPENDING), ==, "monthly-spending");
  g_assert_false (pre_chart_kind_name_from_string ("pie", &which));
  g_assert_false (pre_chart_kind_name_from_string (NULL, &which));
}

static void
test_territory_spending (void)
{
  Fixture f = { 0 };
  g_autoptr(PreChartData) data = NULL;
  g_autofree char *description = NULL;

  dataset_open (&f);
  data = build (&f, PRE_CHART_NAME_TERRITORY_SPENDING, 2025);
  g_assert_cmpint (pre_chart_data_get_kind (data), ==, PRE_CHART_KIND_STACKED_BARS);
  g_assert_cmpstr (pre_chart_data_get_title (data), ==, "Spending per territory, 2025");
  /* Territories by name, all territories last; one series per mission. */
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 3);
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 0), ==, "Dijon");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 1), ==, "Longvic");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 2), ==, "All territories");
  g_assert_cmpuint (pre_chart_data_get_n_series (data), ==, PRE_N_MISSION_KINDS);
  assert_value (data, 0, PRE_MISSION_PSYCHOLOGY, 6000, 6000);
  assert_value (data, 0, PRE_MISSION_COORDINATION, 0, 0);
  assert_value (data, 1, PRE_MISSION_PROJECT, 85000, 0);
  assert_value (data, 2, PRE_MISSION_COORDINATION, 15000, 15000);
  assert_value (data, 2, PRE_MISSION_TRAINING, 120000, 0);
  description = pre_chart_data_describe (data);
  g_assert_nonnull (strstr (description, "Longvic"));
  g_clear_pointer (&data, pre_chart_data_unref);

  /* The whole convention adds the 2024 session to Dijon. */
  data = build (&f, PRE_CHART_NAME_TERRITORY_SPENDING, 0);
  g_assert_cmpstr (pre_chart_data_get_title (data), ==, "Spending per territory, 2024–2026");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 0), ==, "Dijon");
  assert_value (data, 0, PRE_MISSION_PSYCHOLOGY, 12000, 6000);
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 3);

  fixture_close (&f);
}

static void
test_mission_budget (void)
{
  Fixture f = { 0 };
  g_autoptr(PreChartData) data = NULL;

  dataset_open (&f);
  data = build (&f, PRE_CHART_NAME_MISSION_BUDGET, 2025);
  g_assert_cmpint (pre_chart_data_get_kind (data), ==, PRE_CHART_KIND_GROUPED_BARS);
  g_assert_cmpstr (pre_chart_data_get_title (data), ==, "Budget and spending per mission, 2025");
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 4);
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 1), ==,
                   pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY));
  g_assert_cmpstr (pre_chart_data_get_series_label (data, 0), ==, "Budget");
  g_assert_cmpstr (pre_chart_data_get_series_label (data, 1), ==, "Spent");
  assert_value (data, 0, 0, 300000, 0);
  assert_value (data, 0, 1, 15000, 15000);
  assert_value (data, 1, 0, 900000, 0);
  assert_value (data, 1, 1, 6000, 6000);
  assert_value (data, 2, 1, 85000, 0);
  assert_value (data, 3, 1, 120000, 0);
  g_clear_pointer (&data, pre_chart_data_unref);

  /* Three years: three budgets, every year's spending. */
  data = build (&f, PRE_CHART_NAME_MISSION_BUDGET, 0);
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 4);
  assert_value (data, 0, 0, 900000, 0);
  assert_value (data, 1, 0, 2700000, 0);
  assert_value (data, 1, 1, 12000, 6000);

  fixture_close (&f);
}

static void
test_funding_sources (void)
{
  Fixture f = { 0 };
  g_autoptr(PreChartData) data = NULL;
  g_autofree char *description = NULL;

  dataset_open (&f);
  data = build (&f, PRE_CHART_NAME_FUNDING_SOURCES, 2025);
  g_assert_cmpstr (pre_chart_data_get_title (data), ==, "Funding sources, 2025");
  /* Every party, the métropole first, even those that give nothing. */
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 5);
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 0), ==, "Dijon Métropole");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 1), ==, "CCAS Chenôve");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 2), ==, "CCAS Dijon");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 3), ==, "CCAS Longvic");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 4), ==, "Ville de Quetigny");
  /* The coordinator's share counts as received; a call without a share is
   * still due; 4 820 € planned, 2 000 € received. */
  assert_value (data, 0, 0, 1250000, 0);
  assert_value (data, 1, 0, 0, 100000);
  assert_value (data, 2, 0, 200000, 282000);
  assert_value (data, 3, 0, 0, 0);
  description = pre_chart_data_describe (data);
  g_assert_nonnull (strstr (description, "CCAS Dijon: Participation €2,000 received (€2,820 still to be received)"));
  g_clear_pointer (&data, pre_chart_data_unref);

  /* Both years of the métropole's share. */
  data = build (&f, PRE_CHART_NAME_FUNDING_SOURCES, 0);
  assert_value (data, 0, 0, 2500000, 0);
  assert_value (data, 2, 0, 200000, 282000);

  fixture_close (&f);
}

static void
test_monthly_spending (void)
{
  Fixture f = { 0 };
  g_autoptr(PreChartData) data = NULL;
  g_autoptr(PreChartLayout) layout = NULL;
  g_autoptr(PreChartTable) table = NULL;
  const PreChartReference *references;
  guint n_references = 0;

  dataset_open (&f);
  data = build (&f, PRE_CHART_NAME_MONTHLY_SPENDING, 2025);
  g_assert_cmpint (pre_chart_data_get_kind (data), ==, PRE_CHART_KIND_CUMULATIVE_LINE);
  g_assert_cmpstr (pre_chart_data_get_title (data), ==, "Cumulative spending per month, 2025");
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 12);
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 0), ==, "Jan");
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 11), ==, "Dec");
  /* Per month; the chart adds them up. */
  assert_value (data, 0, 0, 15000, 0);
  assert_value (data, 1, 0, 91000, 6000);
  assert_value (data, 2, 0, 0, 15000);
  assert_value (data, 4, 0, 120000, 0);

  layout = pre_chart_layout_compute (data, 800, 400, NULL, NULL);
  references = pre_chart_layout_get_references (layout, &n_references);
  g_assert_cmpuint (n_references, ==, 1);
  g_assert_cmpint (references[0].value, ==, 2000000);
  g_assert_nonnull (strstr (references[0].text, "Annual budget"));

  /* The running total reaches 2 260 € in December (150 + 910 + 1 200). */
  table = pre_chart_data_to_table (data);
  g_assert_cmpuint (pre_chart_table_get_n_rows (table), ==, 12);
  {
    gboolean found = FALSE;

    for (guint c = 0; c < pre_chart_table_get_n_columns (table); c++)
      found |= strstr (pre_chart_table_get_cell (table, 11, c), "2,260") != NULL;
    g_assert_true (found);
  }
  g_clear_pointer (&data, pre_chart_data_unref);
  g_clear_pointer (&layout, pre_chart_layout_unref);

  /* The whole convention: 36 months against three annual costs. */
  data = build (&f, PRE_CHART_NAME_MONTHLY_SPENDING, 0);
  g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 36);
  g_assert_cmpstr (pre_chart_data_get_category_label (data, 0), ==, "Jan 2024");
  layout = pre_chart_layout_compute (data, 800, 400, NULL, NULL);
  references = pre_chart_layout_get_references (layout, &n_references);
  g_assert_cmpuint (n_references, ==, 1);
  g_assert_cmpint (references[0].value, ==, 6000000);

  fixture_close (&f);
}

static void
test_errors (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;

  fixture_open (&f);
  g_assert_null (pre_store_build_chart (f.store, CONVENTION_ID, PRE_CHART_NAME_MISSION_BUDGET, 2030, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "The year 2030 is outside the convention’s years (2024–2026).");
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "year");
  g_clear_error (&error);

  g_assert_null (pre_store_build_chart (f.store, 42, PRE_CHART_NAME_TERRITORY_SPENDING, 0, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/build/names", test_names);
  g_test_add_func ("/charts/build/territory-spending", test_territory_spending);
  g_test_add_func ("/charts/build/mission-budget", test_mission_budget);
  g_test_add_func ("/charts/build/funding-sources", test_funding_sources);
  g_test_add_func ("/charts/build/monthly-spending", test_monthly_spending);
  g_test_add_func ("/charts/build/errors", test_errors);

  return g_test_run ();
}
