/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "activity-generator.h"
#include "pre-activity-model.h"

#define N_ROWS 100000

static Fixture fixture;
static GenRow *rows;

/* What the model should show, computed without SQL. */

typedef gboolean (*RowFilter) (const GenRow *row, gconstpointer data);

static PreActivitySort current_sort;

static int
compare_key (const GenRow *a,
             const GenRow *b)
{
  switch (current_sort)
    {
    case PRE_ACTIVITY_SORT_TERRITORY:
      return g_ascii_strcasecmp (a->territory_name, b->territory_name);
    case PRE_ACTIVITY_SORT_TITLE:
      return g_ascii_strcasecmp (a->title, b->title);
    case PRE_ACTIVITY_SORT_STATUS:
      return a->status - b->status;
    case PRE_ACTIVITY_SORT_PROVIDER:
      return g_ascii_strcasecmp (a->provider, b->provider);
    case PRE_ACTIVITY_SORT_PARTICIPANTS:
      return a->participants - b->participants;
    case PRE_ACTIVITY_SORT_COST:
      return (a->cost > b->cost) - (a->cost < b->cost);
    case PRE_ACTIVITY_SORT_DATE:
    default:
      return 0;
    }
}

static int
compare_rows (gconstpointer pa,
              gconstpointer pb)
{
  const GenRow *a = *(const GenRow * const *)pa;
  const GenRow *b = *(const GenRow * const *)pb;
  int c = compare_key (a, b);

  if (c != 0)
    return c;
  c = strcmp (a->date, b->date);
  if (c != 0)
    return c;
  return (a->id > b->id) - (a->id < b->id);
}

/* The matching rows in the model's ascending order. */
static GPtrArray *
expected_rows (RowFilter        filter,
               gconstpointer    data,
               PreActivitySort  sort,
               gint64          *total_cost)
{
  GPtrArray *out = g_ptr_array_new ();

  *total_cost = 0;
  for (guint i = 0; i < N_ROWS; i++)
    if (filter == NULL || filter (&rows[i], data))
      {
        g_ptr_array_add (out, &rows[i]);
        *total_cost += rows[i].cost;
      }
  current_sort = sort;
  g_ptr_array_sort (out, compare_rows);
  return out;
}

static gint64
item_id (GListModel *model,
         guint       position)
{
  g_autoptr(PreActivity) activity = g_list_model_get_item (model, position);

  g_assert_nonnull (activity);
  return pre_activity_get_id (activity);
}

/* Filters */

static gboolean
filter_year (const GenRow *row, gconstpointer data)
{
  return g_str_has_prefix (row->date, data);
}

static gboolean
filter_all_territories (const GenRow *row, gconstpointer data)
{
  return row->territory_id == 0;
}

static gboolean
filter_dijon_held_2025 (const GenRow *row, gconstpointer data)
{
  return row->territory_id == T_DIJON && row->status == PRE_ACTIVITY_HELD &&
         g_str_has_prefix (row->date, "2025");
}

static gboolean
filter_psychology (const GenRow *row, gconstpointer data)
{
  return row->mission_id == M_PSYCHOLOGY;
}

static gboolean
filter_psychology_2025 (const GenRow *row, gconstpointer data)
{
  return row->mission_id == M_PSYCHOLOGY && g_str_has_prefix (row->date, "2025");
}

static gboolean
filter_text (const GenRow *row, gconstpointer data)
{
  g_autofree char *needle = g_ascii_strdown (data, -1);
  const char *fields[] = { row->title, row->provider, row->notes, row->youth_code };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *hay = g_ascii_strdown (fields[i], -1);
      if (strstr (hay, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
reset_filters (PreActivityModel *model)
{
  pre_activity_model_set_year (model, 0);
  pre_activity_model_set_territory_id (model, PRE_ACTIVITY_TERRITORY_ANY);
  pre_activity_model_set_mission_id (model, 0);
  pre_activity_model_set_mission_kind (model, -1);
  pre_activity_model_set_status (model, -1);
  pre_activity_model_set_search (model, "");
  pre_activity_model_set_sort (model, PRE_ACTIVITY_SORT_DATE, FALSE);
}

static void
check_against (PreActivityModel *model,
               RowFilter         filter,
               gconstpointer     data)
{
  g_autoptr(GPtrArray) expected = NULL;
  gint64 total;
  guint n;

  expected = expected_rows (filter, data, PRE_ACTIVITY_SORT_DATE, &total);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_test_message ("%u sessions, %" G_GINT64_FORMAT " cents", n, total);
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpint (pre_activity_model_get_total_cost (model), ==, total);
  if (n > 0)
    {
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 0), ==,
                       ((GenRow *)expected->pdata[0])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), n - 1), ==,
                       ((GenRow *)expected->pdata[n - 1])->id);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n));
}

static void
test_counts (void)
{
  g_autoptr(PreActivityModel) model = pre_activity_model_new (fixture.store);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS);
  check_against (model, NULL, NULL);

  pre_activity_model_set_year (model, 2025);
  check_against (model, filter_year, "2025");

  reset_filters (model);
  pre_activity_model_set_territory_id (model, 0);
  check_against (model, filter_all_territories, NULL);
  /* One session in five is on all territories. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS / 5);

  reset_filters (model);
  pre_activity_model_set_year (model, 2025);
  pre_activity_model_set_territory_id (model, T_DIJON);
  pre_activity_model_set_status (model, PRE_ACTIVITY_HELD);
  check_against (model, filter_dijon_held_2025, NULL);
  g_assert_cmpint (pre_activity_model_get_cost_by_status (model, PRE_ACTIVITY_HELD), ==,
                   pre_activity_model_get_total_cost (model));
  g_assert_cmpint (pre_activity_model_get_cost_by_status (model, PRE_ACTIVITY_PLANNED), ==, 0);

  reset_filters (model);
  pre_activity_model_set_mission_kind (model, PRE_MISSION_PSYCHOLOGY);
  check_against (model, filter_psychology, NULL);
  pre_activity_model_set_mission_kind (model, -1);
  pre_activity_model_set_mission_id (model, M_PSYCHOLOGY);
  check_against (model, filter_psychology, NULL);

  /* Search: words in the provider, a youth code, and LIKE's own characters
   * taken literally ("50%_" would match every "…50…" title otherwise). */
  reset_filters (model);
  pre_activity_model_set_search (model, "provider 7");
  check_against (model, filter_text, "provider 7");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS / 50);
  pre_activity_model_set_search (model, "y-00042");
  check_against (model, filter_text, "y-00042");
  pre_activity_model_set_search (model, "50%_");
  check_against (model, filter_text, "50%_");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS / 1000);
  pre_activity_model_set_search (model, "nothing like this");
  check_against (model, filter_text, "nothing like this");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_null (pre_activity_model_get_error (model));
}

static void
test_sorts (void)
{
  g_autoptr(PreActivityModel) model = pre_activity_model_new (fixture.store);

  for (PreActivitySort sort = PRE_ACTIVITY_SORT_DATE; sort <= PRE_ACTIVITY_SORT_COST; sort++)
    {
      g_autoptr(GPtrArray) expected = NULL;
      gint64 total;
      guint n;

      expected = expected_rows (NULL, NULL, sort, &total);
      n = expected->len;

      pre_activity_model_set_sort (model, sort, FALSE);
      g_test_message ("sort %d ascending", sort);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 0), ==, ((GenRow *)expected->pdata[0])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 1), ==, ((GenRow *)expected->pdata[1])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 50000), ==,
                       ((GenRow *)expected->pdata[50000])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), n - 1), ==,
                       ((GenRow *)expected->pdata[n - 1])->id);

      pre_activity_model_set_sort (model, sort, TRUE);
      g_test_message ("sort %d descending", sort);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 0), ==,
                       ((GenRow *)expected->pdata[n - 1])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 199), ==,
                       ((GenRow *)expected->pdata[n - 200])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), 200), ==,
                       ((GenRow *)expected->pdata[n - 201])->id);
      g_assert_cmpint (item_id (G_LIST_MODEL (model), n - 1), ==,
                       ((GenRow *)expected->pdata[0])->id);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS);
    }
}

static void
test_paging (void)
{
  g_autoptr(PreActivityModel) model = pre_activity_model_new (fixture.store);
  g_autoptr(GPtrArray) expected = NULL;
  gint64 total;
  guint n;

  pre_activity_model_set_year (model, 2025);
  pre_activity_model_set_mission_kind (model, PRE_MISSION_PSYCHOLOGY);
  pre_activity_model_set_sort (model, PRE_ACTIVITY_SORT_PROVIDER, FALSE);
  expected = expected_rows (filter_psychology_2025, NULL, PRE_ACTIVITY_SORT_PROVIDER, &total);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (n, >, 2000);

  /* Every item, in order, across pages; then backwards (evicting pages). */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreActivity) activity = g_list_model_get_item (G_LIST_MODEL (model), i);
      const GenRow *row = expected->pdata[i];

      g_assert_cmpint (pre_activity_get_id (activity), ==, row->id);
      if (i % 997 == 0)
        {
          g_assert_cmpstr (pre_activity_get_provider (activity), ==, row->provider);
          g_assert_cmpstr (pre_activity_get_date (activity), ==, row->date);
          g_assert_cmpint (pre_activity_get_cost (activity), ==, row->cost);
          g_assert_cmpint (pre_activity_get_participants (activity), ==, row->participants);
          g_assert_cmpstr (pre_activity_get_youth_code (activity), ==, row->youth_code);
          g_assert_cmpstr (pre_activity_get_territory_name (activity), ==, row->territory_name);
          g_assert_cmpint (pre_activity_get_mission_kind (activity), ==, PRE_MISSION_PSYCHOLOGY);
        }
    }
  for (guint i = n; i-- > 0;)
    if (i % 61 == 0)
      g_assert_cmpint (item_id (G_LIST_MODEL (model), i), ==, ((GenRow *)expected->pdata[i])->id);

  /* By date, newest first: pages after a cached one start after its last
   * row; pages in the second half are read from the other end. */
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (filter_psychology_2025, NULL, PRE_ACTIVITY_SORT_DATE, &total);
  pre_activity_model_set_sort (model, PRE_ACTIVITY_SORT_DATE, TRUE);
  for (guint i = n; i-- > 0;)
    if (i % 7 == 0 || i == n - 1)
      g_assert_cmpint (item_id (G_LIST_MODEL (model), i), ==,
                       ((GenRow *)expected->pdata[n - 1 - i])->id);
  pre_activity_model_refresh (model);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (item_id (G_LIST_MODEL (model), i), ==,
                     ((GenRow *)expected->pdata[n - 1 - i])->id);
}

/* Signals */

typedef struct
{
  guint n_calls;
  guint position, removed, added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->n_calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static void
test_signals (void)
{
  g_autoptr(PreActivityModel) model = pre_activity_model_new (fixture.store);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(PreActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  gint64 total;
  guint n_2025;

  expected = expected_rows (filter_year, "2025", PRE_ACTIVITY_SORT_DATE, &total);
  n_2025 = expected->len;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &seen);
  pre_activity_model_set_year (model, 2025);
  g_assert_cmpuint (seen.n_calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, N_ROWS);
  g_assert_cmpuint (seen.added, ==, n_2025);

  /* The same value again: nothing. */
  pre_activity_model_set_year (model, 2025);
  g_assert_cmpuint (seen.n_calls, ==, 1);

  /* Sorting keeps the count. */
  pre_activity_model_set_sort (model, PRE_ACTIVITY_SORT_COST, TRUE);
  g_assert_cmpuint (seen.n_calls, ==, 2);
  g_assert_cmpuint (seen.removed, ==, n_2025);
  g_assert_cmpuint (seen.added, ==, n_2025);

  /* A session saved through the store shows up, with its cost in the total. */
  activity = pre_activity_new ();
  pre_activity_set_mission_id (activity, M_PROJECT);
  pre_activity_set_date (activity, "2025-06-15");
  pre_activity_set_cost (activity, 123456789);
  pre_activity_set_title (activity, "Fête de quartier");
  g_assert_true (pre_store_save_activity (fixture.store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_calls, ==, 3);
  g_assert_cmpuint (seen.added, ==, n_2025 + 1);
  g_assert_cmpint (pre_activity_model_get_total_cost (model), ==, total + 123456789);
  /* The most expensive, first when sorted by cost descending. */
  g_assert_cmpint (item_id (G_LIST_MODEL (model), 0), ==, pre_activity_get_id (activity));

  g_assert_true (pre_store_delete_activity (fixture.store, pre_activity_get_id (activity), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_calls, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_2025);

  /* A territory renamed: the names shown are read again. */
  exec_sql (fixture.store, "UPDATE territory SET name = 'Dijon centre' WHERE id = 1");
  pre_store_touch (fixture.store, "territory");
  g_assert_cmpuint (seen.n_calls, ==, 5);
  pre_activity_model_set_territory_id (model, T_DIJON);
  g_assert_cmpuint (seen.n_calls, ==, 6);
  {
    g_autoptr(PreActivity) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (pre_activity_get_territory_name (first), ==, "Dijon centre");
  }
  exec_sql (fixture.store, "UPDATE territory SET name = 'Dijon' WHERE id = 1");
  pre_activity_model_set_territory_id (model, PRE_ACTIVITY_TERRITORY_ANY);
  seen.n_calls = 4;

  /* Several filters at once: one signal at the thaw. */
  pre_activity_model_freeze (model);
  pre_activity_model_set_year (model, 0);
  pre_activity_model_set_mission_kind (model, PRE_MISSION_PSYCHOLOGY);
  pre_activity_model_set_search (model, "provider 7");
  g_assert_cmpuint (seen.n_calls, ==, 4);
  pre_activity_model_thaw (model);
  g_assert_cmpuint (seen.n_calls, ==, 5);
  g_assert_cmpuint (seen.removed, ==, n_2025);
  /* Provider 7 (i % 50 == 7) and psychology (i % 4 == 1): i % 100 == 57. */
  g_assert_cmpuint (seen.added, ==, N_ROWS / 100);
}

int
main (int   argc,
      char *argv[])
{
  gint64 start;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  fixture_open (&fixture);
  rows = g_new (GenRow, N_ROWS);
  for (guint i = 0; i < N_ROWS; i++)
    gen_row (i, &rows[i]);
  start = g_get_monotonic_time ();
  gen_insert (fixture.store, N_ROWS);
  g_test_message ("%d sessions inserted in %.2f s", N_ROWS,
                  (g_get_monotonic_time () - start) / 1e6);

  g_test_add_func ("/activity-model/counts", test_counts);
  g_test_add_func ("/activity-model/sorts", test_sorts);
  g_test_add_func ("/activity-model/paging", test_paging);
  g_test_add_func ("/activity-model/signals", test_signals);

  ret = g_test_run ();

  fixture_close (&fixture);
  g_free (rows);
  return ret;
}
