/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "expense-generator.h"
#include "pre-expense-model.h"

#define N_ROWS 100000

static Fixture fixture;
static ExpenseRow *rows;

/* What the model should show, computed without SQL: a case of filters, the
 * same filters as a predicate over the generated rows. */

typedef struct
{
  const char *name;
  gint64 convention_id;
  int year;
  gint64 territory_id;
  gint64 mission_id;
  int mission_kind;
  const char *search;
  guint n_expected;         /* 0: not checked apart from the predicate */
} Case;

static gboolean
text_matches (const char *haystack,
              const char *needle)
{
  g_autofree char *hay = g_ascii_strdown (haystack, -1);
  g_autofree char *low = g_ascii_strdown (needle, -1);

  return strstr (hay, low) != NULL;
}

static gboolean
case_keeps (const Case       *c,
            const ExpenseRow *row)
{
  char year[8];

  g_snprintf (year, sizeof year, "%04d-", c->year);
  if (c->convention_id > 0 && c->convention_id != CONVENTION_ID)
    return FALSE;
  if (c->year > 0 && !g_str_has_prefix (row->date, year))
    return FALSE;
  if (c->territory_id >= 0 && row->territory_id != c->territory_id)
    return FALSE;
  if (c->mission_id > 0 && row->mission_id != c->mission_id)
    return FALSE;
  /* Fixture missions 1–4 are coordination, psychology, project, training. */
  if (c->mission_kind >= 0 && row->mission_id != c->mission_kind + 1)
    return FALSE;
  if (c->search != NULL && c->search[0] != '\0' &&
      !text_matches (row->payee, c->search) && !text_matches (row->reference, c->search) &&
      !text_matches (row->description, c->search))
    return FALSE;
  return TRUE;
}

static PreExpenseSort current_sort;

static int
compare_rows (gconstpointer pa,
              gconstpointer pb)
{
  const ExpenseRow *a = *(const ExpenseRow * const *)pa;
  const ExpenseRow *b = *(const ExpenseRow * const *)pb;
  int c = 0;

  if (current_sort == PRE_EXPENSE_SORT_TERRITORY)
    c = g_ascii_strcasecmp (a->territory_name, b->territory_name);
  else if (current_sort == PRE_EXPENSE_SORT_PAYEE)
    c = g_ascii_strcasecmp (a->payee, b->payee);
  else if (current_sort == PRE_EXPENSE_SORT_REFERENCE)
    c = g_ascii_strcasecmp (a->reference, b->reference);
  else if (current_sort == PRE_EXPENSE_SORT_AMOUNT)
    c = (a->amount > b->amount) - (a->amount < b->amount);
  if (c == 0)
    c = strcmp (a->date, b->date);
  if (c == 0)
    c = (a->id > b->id) - (a->id < b->id);
  return c;
}

/* The rows @c keeps, in the model's ascending order for @sort. */
static GPtrArray *
expected_rows (const Case     *c,
               PreExpenseSort  sort,
               gint64         *total)
{
  GPtrArray *out = g_ptr_array_new ();

  *total = 0;
  for (guint i = 0; i < N_ROWS; i++)
    if (c == NULL || case_keeps (c, &rows[i]))
      {
        g_ptr_array_add (out, &rows[i]);
        *total += rows[i].amount;
      }
  current_sort = sort;
  g_ptr_array_sort (out, compare_rows);
  return out;
}

static gint64
expected_id (GPtrArray *expected,
             guint      index)
{
  return ((const ExpenseRow *)g_ptr_array_index (expected, index))->id;
}

static gint64
item_id (PreExpenseModel *model,
         guint            position)
{
  g_autoptr(PreExpense) expense = g_list_model_get_item (G_LIST_MODEL (model), position);

  g_assert_nonnull (expense);
  return pre_expense_get_id (expense);
}

static void
apply_case (PreExpenseModel *model,
            const Case      *c)
{
  pre_expense_model_freeze (model);
  pre_expense_model_set_convention_id (model, c->convention_id);
  pre_expense_model_set_year (model, c->year);
  pre_expense_model_set_territory_id (model, c->territory_id);
  pre_expense_model_set_mission_id (model, c->mission_id);
  pre_expense_model_set_mission_kind (model, c->mission_kind);
  pre_expense_model_set_search (model, c->search);
  pre_expense_model_thaw (model);
}

/* Counts and totals */

static const Case cases[] = {
  { "everything", 0, 0, -1, 0, -1, "", N_ROWS },
  { "this convention", CONVENTION_ID, 0, -1, 0, -1, "", N_ROWS },
  { "another convention", 99, 0, -1, 0, -1, "", 0 },
  { "2025", 0, 2025, -1, 0, -1, "", 0 },
  /* One expense in five is on all territories. */
  { "all territories", 0, 0, 0, 0, -1, "", N_ROWS / 5 },
  { "Dijon 2025", CONVENTION_ID, 2025, T_DIJON, 0, -1, "", 0 },
  { "Quetigny (none)", 0, 0, T_QUETIGNY, 0, -1, "", 0 },
  { "psychology by kind", 0, 0, -1, 0, PRE_MISSION_PSYCHOLOGY, "", N_ROWS / 4 },
  { "psychology by id", 0, 0, -1, M_PSYCHOLOGY, -1, "", N_ROWS / 4 },
  { "training, Longvic, 2026", CONVENTION_ID, 2026, T_LONGVIC, 0, PRE_MISSION_TRAINING, "", 0 },
  /* "Payee 07" and "payee 07": case does not matter. */
  { "payee 07", 0, 0, -1, 0, -1, "PAYEE 07", N_ROWS / 40 },
  { "a reference", 0, 0, -1, 0, -1, "inv-004242", 1 },
  { "a description", 0, 0, -1, 0, -1, "repas", 0 },
  /* LIKE's own characters match literally ("50%_" would match any "…50…"). */
  { "50%_", 0, 0, -1, 0, -1, "50%_", N_ROWS / 1000 },
  { "a lone %", 0, 0, -1, 0, -1, "%", N_ROWS / 1000 },
  { "a backslash", 0, 0, -1, 0, -1, "\\", 0 },
  { "nothing", 0, 0, -1, 0, -1, "no such payee", 0 },
};

static void
test_counts (void)
{
  g_autoptr(PreExpenseModel) model = pre_expense_model_new (fixture.store);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == PRE_TYPE_EXPENSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GPtrArray) expected = NULL;
      gint64 total;
      guint n;

      expected = expected_rows (c, PRE_EXPENSE_SORT_DATE, &total);
      apply_case (model, c);
      n = g_list_model_get_n_items (G_LIST_MODEL (model));
      g_test_message ("%s: %u expenses, %" G_GINT64_FORMAT " cents", c->name, n, total);

      g_assert_cmpuint (n, ==, expected->len);
      if (c->n_expected > 0 || g_str_equal (c->name, "another convention"))
        g_assert_cmpuint (n, ==, c->n_expected);
      g_assert_cmpint (pre_expense_model_get_total_amount (model), ==, total);
      if (n > 0)
        {
          g_assert_cmpint (item_id (model, 0), ==, expected_id (expected, 0));
          g_assert_cmpint (item_id (model, n - 1), ==, expected_id (expected, n - 1));
        }
      g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n));
      g_assert_null (pre_expense_model_get_error (model));
    }

  /* What the items carry. */
  apply_case (model, &cases[0]);
  {
    g_autoptr(PreExpense) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    const ExpenseRow *row = &rows[pre_expense_get_id (first) - 1];

    g_assert_cmpstr (pre_expense_get_date (first), ==, row->date);
    g_assert_cmpint (pre_expense_get_amount (first), ==, row->amount);
    g_assert_cmpstr (pre_expense_get_payee (first), ==, row->payee);
    g_assert_cmpstr (pre_expense_get_reference (first), ==, row->reference);
    g_assert_cmpstr (pre_expense_get_description (first), ==, row->description);
    g_assert_cmpstr (pre_expense_get_territory_name (first), ==, row->territory_name);
    g_assert_cmpint (pre_expense_get_mission_kind (first), ==, row->mission_id - 1);
  }
}

/* Sorts */

static void
test_sorts (void)
{
  g_autoptr(PreExpenseModel) model = pre_expense_model_new (fixture.store);

  for (PreExpenseSort sort = PRE_EXPENSE_SORT_DATE; sort <= PRE_EXPENSE_SORT_AMOUNT; sort++)
    {
      g_autoptr(GPtrArray) expected = NULL;
      gboolean descending;
      gint64 total;
      guint n;

      expected = expected_rows (NULL, sort, &total);
      n = expected->len;

      pre_expense_model_set_sort (model, sort, FALSE);
      g_test_message ("sort %d ascending", sort);
      g_assert_cmpint (pre_expense_model_get_sort (model, &descending), ==, sort);
      g_assert_false (descending);
      g_assert_cmpint (item_id (model, 0), ==, expected_id (expected, 0));
      g_assert_cmpint (item_id (model, 1), ==, expected_id (expected, 1));
      g_assert_cmpint (item_id (model, 199), ==, expected_id (expected, 199));
      g_assert_cmpint (item_id (model, 200), ==, expected_id (expected, 200));
      g_assert_cmpint (item_id (model, 50000), ==, expected_id (expected, 50000));
      g_assert_cmpint (item_id (model, n - 1), ==, expected_id (expected, n - 1));

      pre_expense_model_set_sort (model, sort, TRUE);
      g_test_message ("sort %d descending", sort);
      g_assert_cmpint (item_id (model, 0), ==, expected_id (expected, n - 1));
      g_assert_cmpint (item_id (model, 199), ==, expected_id (expected, n - 200));
      g_assert_cmpint (item_id (model, 200), ==, expected_id (expected, n - 201));
      g_assert_cmpint (item_id (model, 70001), ==, expected_id (expected, n - 70002));
      g_assert_cmpint (item_id (model, n - 1), ==, expected_id (expected, 0));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_ROWS);
      g_assert_cmpint (pre_expense_model_get_total_amount (model), ==, total);
    }
}

/* Paging */

static void
test_paging (void)
{
  static const Case psychology_2025 = {
    "psychology 2025", 0, 2025, -1, 0, PRE_MISSION_PSYCHOLOGY, "", 0
  };
  g_autoptr(PreExpenseModel) model = pre_expense_model_new (fixture.store);
  g_autoptr(GPtrArray) expected = NULL;
  gint64 total;
  guint n;

  apply_case (model, &psychology_2025);
  pre_expense_model_set_sort (model, PRE_EXPENSE_SORT_PAYEE, FALSE);
  expected = expected_rows (&psychology_2025, PRE_EXPENSE_SORT_PAYEE, &total);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (n, >, 16 * 200);

  /* Every item in order across more pages than the cache keeps, then
   * backwards (pages evicted and read again). */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreExpense) expense = g_list_model_get_item (G_LIST_MODEL (model), i);
      const ExpenseRow *row = expected->pdata[i];

      g_assert_cmpint (pre_expense_get_id (expense), ==, row->id);
      if (i % 997 == 0)
        {
          g_assert_cmpstr (pre_expense_get_payee (expense), ==, row->payee);
          g_assert_cmpint (pre_expense_get_amount (expense), ==, row->amount);
          g_assert_cmpint (pre_expense_get_mission_kind (expense), ==, PRE_MISSION_PSYCHOLOGY);
        }
    }
  for (guint i = n; i-- > 0;)
    if (i % 61 == 0)
      g_assert_cmpint (item_id (model, i), ==, expected_id (expected, i));

  /* By date, newest first: from the end (read from the other end), then
   * every item from the start (each page after the cached one). */
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_rows (&psychology_2025, PRE_EXPENSE_SORT_DATE, &total);
  pre_expense_model_set_sort (model, PRE_EXPENSE_SORT_DATE, TRUE);
  for (guint i = n; i-- > 0;)
    if (i % 7 == 0 || i == n - 1)
      g_assert_cmpint (item_id (model, i), ==, expected_id (expected, n - 1 - i));
  pre_expense_model_refresh (model);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (item_id (model, i), ==, expected_id (expected, n - 1 - i));
}

/* Signals */

typedef struct
{
  guint n_calls;
  guint position, removed, added;
  guint n_items_notified;
  guint total_notified;
} Seen;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Seen       *seen)
{
  seen->n_calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Seen       *seen)
{
  if (g_str_equal (pspec->name, "n-items"))
    seen->n_items_notified++;
  else if (g_str_equal (pspec->name, "total-amount"))
    seen->total_notified++;
}

static void
test_signals (void)
{
  static const Case year_2025 = { "2025", 0, 2025, -1, 0, -1, "", 0 };
  g_autoptr(PreExpenseModel) model = pre_expense_model_new (fixture.store);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(PreExpense) expense = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };
  gint64 total, amount;
  guint n_2025;

  expected = expected_rows (&year_2025, PRE_EXPENSE_SORT_DATE, &total);
  n_2025 = expected->len;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &seen);
  g_signal_connect (model, "notify", G_CALLBACK (notify_cb), &seen);
  pre_expense_model_set_year (model, 2025);
  g_assert_cmpuint (seen.n_calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, N_ROWS);
  g_assert_cmpuint (seen.added, ==, n_2025);
  g_assert_cmpuint (seen.n_items_notified, ==, 1);
  g_assert_cmpuint (seen.total_notified, ==, 1);
  g_object_get (model, "total-amount", &amount, NULL);
  g_assert_cmpint (amount, ==, total);

  /* The same value again: nothing. */
  pre_expense_model_set_year (model, 2025);
  g_assert_cmpuint (seen.n_calls, ==, 1);

  /* Sorting keeps the count. */
  pre_expense_model_set_sort (model, PRE_EXPENSE_SORT_AMOUNT, TRUE);
  g_assert_cmpuint (seen.n_calls, ==, 2);
  g_assert_cmpuint (seen.removed, ==, n_2025);
  g_assert_cmpuint (seen.added, ==, n_2025);
  g_assert_cmpuint (seen.n_items_notified, ==, 1);

  /* An invoice saved through the store shows up, in the total too. */
  expense = pre_expense_new ();
  pre_expense_set_mission_id (expense, M_PROJECT);
  pre_expense_set_territory_id (expense, T_CHENOVE);
  pre_expense_set_date (expense, "2025-06-15");
  pre_expense_set_amount (expense, 123456789);
  pre_expense_set_payee (expense, "Imprimerie du quartier");
  pre_expense_set_reference (expense, "F-2025-0042");
  g_assert_true (pre_store_save_expense (fixture.store, expense, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_calls, ==, 3);
  g_assert_cmpuint (seen.added, ==, n_2025 + 1);
  g_assert_cmpuint (seen.n_items_notified, ==, 2);
  g_assert_cmpint (pre_expense_model_get_total_amount (model), ==, total + 123456789);
  /* The biggest, first when sorted by amount descending. */
  g_assert_cmpint (item_id (model, 0), ==, pre_expense_get_id (expense));

  /* Edited: the new amount is read again. */
  pre_expense_set_amount (expense, 100);
  g_assert_true (pre_store_save_expense (fixture.store, expense, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_calls, ==, 4);
  g_assert_cmpint (pre_expense_model_get_total_amount (model), ==, total + 100);
  g_assert_cmpint (item_id (model, 0), !=, pre_expense_get_id (expense));

  /* Searched for by its reference. */
  pre_expense_model_set_search (model, "f-2025-0042");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpint (item_id (model, 0), ==, pre_expense_get_id (expense));
  pre_expense_model_set_search (model, "");
  g_assert_cmpuint (seen.n_calls, ==, 6);

  g_assert_true (pre_store_delete_expense (fixture.store, pre_expense_get_id (expense), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_calls, ==, 7);
  g_assert_cmpuint (seen.removed, ==, n_2025 + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_2025);
  g_assert_cmpint (pre_expense_model_get_total_amount (model), ==, total);

  /* Sessions are not expenses: their changes leave the list alone. */
  pre_store_touch (fixture.store, "activity");
  g_assert_cmpuint (seen.n_calls, ==, 7);

  /* A territory renamed: the names shown are read again. */
  pre_expense_model_set_territory_id (model, T_DIJON);
  g_assert_cmpuint (seen.n_calls, ==, 8);
  exec_sql (fixture.store, "UPDATE territory SET name = 'Dijon centre' WHERE id = 1");
  pre_store_touch (fixture.store, "territory");
  g_assert_cmpuint (seen.n_calls, ==, 9);
  {
    g_autoptr(PreExpense) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (pre_expense_get_territory_name (first), ==, "Dijon centre");
  }
  exec_sql (fixture.store, "UPDATE territory SET name = 'Dijon' WHERE id = 1");
  pre_store_touch (fixture.store, "territory");
  g_assert_cmpuint (seen.n_calls, ==, 10);

  /* Several filters at once: one signal at the thaw. */
  pre_expense_model_freeze (model);
  pre_expense_model_set_territory_id (model, PRE_EXPENSE_TERRITORY_ANY);
  pre_expense_model_set_year (model, 0);
  pre_expense_model_set_mission_kind (model, PRE_MISSION_PSYCHOLOGY);
  pre_expense_model_set_search (model, "payee 07");
  g_assert_cmpuint (seen.n_calls, ==, 10);
  pre_expense_model_thaw (model);
  g_assert_cmpuint (seen.n_calls, ==, 11);
  /* Payee 07 (i % 40 == 7) and psychology (i % 4 == 1): i % 40 == 7 is odd
   * and i % 4 == 3, so none; payee 09 would be i % 40 == 9, i % 4 == 1. */
  g_assert_cmpuint (seen.added, ==, 0);
  pre_expense_model_set_search (model, "payee 09");
  g_assert_cmpuint (seen.added, ==, N_ROWS / 40);
}

/* Properties mirror the setters. */
static void
test_properties (void)
{
  g_autoptr(PreExpenseModel) model = pre_expense_model_new (fixture.store);
  g_autofree char *search = NULL;
  PreStore *store = NULL;
  gint64 territory_id;
  guint n_items;
  int column;

  g_object_set (model, "territory-id", (gint64) 0, "sort-column", PRE_EXPENSE_SORT_PAYEE,
                "search", "  repas  ", NULL);
  g_object_get (model, "territory-id", &territory_id, "sort-column", &column,
                "search", &search, "n-items", &n_items, "store", &store, NULL);
  g_assert_cmpint (territory_id, ==, 0);
  g_assert_cmpint (column, ==, PRE_EXPENSE_SORT_PAYEE);
  g_assert_cmpstr (search, ==, "repas");
  /* i % 35 == 0 (2 858 of them), less i % 7000 == 0 (another description). */
  g_assert_cmpuint (n_items, ==, 2858 - 15);
  g_assert_true (store == fixture.store);
  g_assert_true (pre_expense_model_get_store (model) == fixture.store);
  g_object_unref (store);
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
  rows = g_new (ExpenseRow, N_ROWS);
  for (guint i = 0; i < N_ROWS; i++)
    expense_gen_row (i, &rows[i]);
  start = g_get_monotonic_time ();
  expense_gen_insert (fixture.store, N_ROWS);
  g_test_message ("%d expenses inserted in %.2f s", N_ROWS,
                  (g_get_monotonic_time () - start) / 1e6);

  g_test_add_func ("/expense-model/counts", test_counts);
  g_test_add_func ("/expense-model/sorts", test_sorts);
  g_test_add_func ("/expense-model/paging", test_paging);
  g_test_add_func ("/expense-model/signals", test_signals);
  g_test_add_func ("/expense-model/properties", test_properties);

  ret = g_test_run ();

  fixture_close (&fixture);
  g_free (rows);
  return ret;
}
