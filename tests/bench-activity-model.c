/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "activity-generator.h"
#include "expense-generator.h"
#include "pre-activity-model.h"
#include "pre-aggregates.h"
#include "pre-expense-model.h"

/*
 * Prints how long the lazy session and expense lists take on big tables. Not
 * a test: run it by hand, e.g. `build/tests/bench-activity-model 1000000`.
 */

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Either list: both items have an "id". */
static void
fetch (gpointer    model,
       guint       position,
       const char *what)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), position);
  double ms = ms_since (start);
  gint64 id = -1;

  if (item != NULL)
    g_object_get (item, "id", &id, NULL);
  g_print ("  %-44s %9.2f ms  (id %" G_GINT64_FORMAT ")\n", what, ms, id);
}

/* Either list: both have "sort-column" and "sort-descending". */
static void
timed_sort (gpointer    model,
            int         sort,
            gboolean    descending,
            const char *what)
{
  gint64 start = g_get_monotonic_time ();
  g_autofree char *label = g_strdup_printf ("%s, item 0", what);

  g_object_freeze_notify (model);
  g_object_set (model, "sort-column", sort, "sort-descending", descending, NULL);
  g_object_thaw_notify (model);
  g_print ("  %-44s %9.2f ms\n", what, ms_since (start));
  fetch (model, 0, label);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("%s, item 50 000", what);
  fetch (model, 50000, label);
}

static void
bench_expenses (PreStore *store,
                guint     n_rows)
{
  g_autoptr(PreExpenseModel) model = NULL;
  gint64 start = g_get_monotonic_time ();

  expense_gen_insert (store, n_rows);
  g_print ("%u expenses inserted in one transaction: %.0f ms\n", n_rows, ms_since (start));

  start = g_get_monotonic_time ();
  model = pre_expense_model_new (store);
  g_print ("  %-44s %9.2f ms  (%u items, total %" G_GINT64_FORMAT " cents)\n",
           "new model (count + total)", ms_since (start),
           g_list_model_get_n_items (G_LIST_MODEL (model)),
           pre_expense_model_get_total_amount (model));

  fetch (model, 0, "item 0 (first page)");
  fetch (model, 1, "item 1 (cached page)");
  fetch (model, 200, "item 200 (keyset after page 0)");
  fetch (model, 50000, "item 50 000");
  fetch (model, n_rows - 1, "last item");

  start = g_get_monotonic_time ();
  pre_expense_model_freeze (model);
  pre_expense_model_set_year (model, 2025);
  pre_expense_model_set_mission_kind (model, PRE_MISSION_PSYCHOLOGY);
  pre_expense_model_set_territory_id (model, T_DIJON);
  pre_expense_model_thaw (model);
  g_print ("  %-44s %9.2f ms  (%u items)\n", "re-filter: 2025, psychology, Dijon",
           ms_since (start), g_list_model_get_n_items (G_LIST_MODEL (model)));
  fetch (model, 0, "filtered, item 0");

  start = g_get_monotonic_time ();
  pre_expense_model_set_search (model, "payee 09");
  g_print ("  %-44s %9.2f ms  (%u items)\n", "re-filter: + search “payee 09”",
           ms_since (start), g_list_model_get_n_items (G_LIST_MODEL (model)));

  start = g_get_monotonic_time ();
  pre_expense_model_freeze (model);
  pre_expense_model_set_year (model, 0);
  pre_expense_model_set_mission_kind (model, -1);
  pre_expense_model_set_territory_id (model, PRE_EXPENSE_TERRITORY_ANY);
  pre_expense_model_set_search (model, "");
  pre_expense_model_thaw (model);
  g_print ("  %-44s %9.2f ms  (%u items)\n", "filters cleared", ms_since (start),
           g_list_model_get_n_items (G_LIST_MODEL (model)));

  timed_sort (model, PRE_EXPENSE_SORT_DATE, TRUE, "sort by date descending");
  timed_sort (model, PRE_EXPENSE_SORT_PAYEE, FALSE, "sort by payee");
  timed_sort (model, PRE_EXPENSE_SORT_AMOUNT, TRUE, "sort by amount descending");
  timed_sort (model, PRE_EXPENSE_SORT_TERRITORY, FALSE, "sort by territory");
}

int
main (int   argc,
      char *argv[])
{
  Fixture f = { 0 };
  g_autoptr(PreActivityModel) model = NULL;
  g_autoptr(GPtrArray) spending = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  gint64 start;

  setlocale (LC_ALL, "C.UTF-8");
  if (n_rows < 50001)
    n_rows = 50001;

  fixture_open (&f);
  start = g_get_monotonic_time ();
  gen_insert (f.store, n_rows);
  g_print ("%u sessions inserted in one transaction: %.0f ms\n", n_rows, ms_since (start));

  start = g_get_monotonic_time ();
  model = pre_activity_model_new (f.store);
  g_print ("  %-44s %9.2f ms  (%u items, total %" G_GINT64_FORMAT " cents)\n",
           "new model (count + totals)", ms_since (start),
           g_list_model_get_n_items (G_LIST_MODEL (model)),
           pre_activity_model_get_total_cost (model));

  fetch (model, 0, "item 0 (first page)");
  fetch (model, 1, "item 1 (cached page)");
  fetch (model, 50000, "item 50 000");
  fetch (model, n_rows - 1, "last item");

  start = g_get_monotonic_time ();
  pre_activity_model_set_year (model, 2025);
  g_print ("  %-44s %9.2f ms  (%u items)\n", "re-filter: year 2025", ms_since (start),
           g_list_model_get_n_items (G_LIST_MODEL (model)));
  fetch (model, 0, "year 2025, item 0");

  start = g_get_monotonic_time ();
  pre_activity_model_set_mission_kind (model, PRE_MISSION_PSYCHOLOGY);
  pre_activity_model_set_territory_id (model, T_DIJON);
  g_print ("  %-44s %9.2f ms  (%u items)\n", "re-filter: + psychology, Dijon", ms_since (start),
           g_list_model_get_n_items (G_LIST_MODEL (model)));

  start = g_get_monotonic_time ();
  pre_activity_model_set_search (model, "provider 7");
  g_print ("  %-44s %9.2f ms  (%u items)\n", "re-filter: + search “provider 7”",
           ms_since (start), g_list_model_get_n_items (G_LIST_MODEL (model)));
  fetch (model, 0, "search, item 0");

  start = g_get_monotonic_time ();
  pre_activity_model_set_year (model, 0);
  pre_activity_model_set_mission_kind (model, -1);
  pre_activity_model_set_territory_id (model, PRE_ACTIVITY_TERRITORY_ANY);
  pre_activity_model_set_search (model, "");
  g_print ("  %-44s %9.2f ms  (%u items)\n", "filters cleared", ms_since (start),
           g_list_model_get_n_items (G_LIST_MODEL (model)));

  timed_sort (model, PRE_ACTIVITY_SORT_DATE, TRUE, "sort by date descending");
  timed_sort (model, PRE_ACTIVITY_SORT_TITLE, FALSE, "sort by title");
  timed_sort (model, PRE_ACTIVITY_SORT_COST, TRUE, "sort by cost descending");
  timed_sort (model, PRE_ACTIVITY_SORT_TERRITORY, FALSE, "sort by territory");

  start = g_get_monotonic_time ();
  spending = pre_store_compute_spending (f.store, CONVENTION_ID, 0, &error);
  g_assert_no_error (error);
  g_print ("  %-44s %9.2f ms  (%u rows)\n", "spending per territory × mission × year",
           ms_since (start), spending->len);

  g_clear_object (&model);
  bench_expenses (f.store, n_rows);
  fixture_close (&f);
  return EXIT_SUCCESS;
}
