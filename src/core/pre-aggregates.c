/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-aggregates.h"
#include "pre-date.h"
#include "pre-store-helpers.h"
#include "pre-store-private.h"

/* Mission kinds and partner kinds in the order people expect them. */
#define MISSION_KIND_ORDER(col) \
  "CASE " col " WHEN 'coordination' THEN 0 WHEN 'psychology' THEN 1" \
  " WHEN 'project' THEN 2 ELSE 3 END"
#define PARTNER_KIND_ORDER(col) \
  "CASE " col " WHEN 'metropole' THEN 0 WHEN 'ccas' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END"

/* Sessions are filtered on their date, not on the generated year. A year
 * keeps about a third of the rows: "+date" reads them in table order rather
 * than through the date index (one random lookup per row), several times
 * faster on a big table. */
static void
year_range (int   year,
            char  from[16],
            char  to[16])
{
  if (year <= 0)
    {
      g_strlcpy (from, "0000-01-01", 16);
      g_strlcpy (to, "9999-12-31", 16);
      return;
    }
  g_snprintf (from, 16, "%04d-01-01", year);
  g_snprintf (to, 16, "%04d-01-01", year + 1);
}

static const char *
all_territories_label (void)
{
  return _("All territories");
}

static PreMissionKind
mission_kind_from_column (PreStmt *stmt,
                          int      column)
{
  PreMissionKind kind = PRE_MISSION_COORDINATION;

  pre_mission_kind_from_string (pre_column_text (stmt, column), &kind);
  return kind;
}

static gboolean
check_convention (PreStore    *store,
                  gint64       convention_id,
                  int         *first_year,
                  int         *last_year,
                  GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = pre_store_prepare (store,
                            "SELECT first_year, last_year FROM convention WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  if (!pre_store_step_row (store, stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                     _("The convention no longer exists."));
      return FALSE;
    }
  if (first_year != NULL)
    *first_year = sqlite3_column_int (stmt, 0);
  if (last_year != NULL)
    *last_year = sqlite3_column_int (stmt, 1);
  return TRUE;
}

/* Row types */

static void
spending_row_free (gpointer data)
{
  PreSpendingRow *row = data;

  g_free (row->territory_name);
  g_free (row);
}

static void
territory_spending_free (gpointer data)
{
  PreTerritorySpending *line = data;

  g_free (line->territory_name);
  g_free (line);
}

/* By territory name, the all-territories line last. */
static int
compare_territory_spending (gconstpointer a,
                            gconstpointer b)
{
  const PreTerritorySpending *x = a;
  const PreTerritorySpending *y = b;

  if ((x->territory_id == 0) != (y->territory_id == 0))
    return x->territory_id == 0 ? 1 : -1;
  return g_utf8_collate (x->territory_name, y->territory_name);
}

GPtrArray *
pre_spending_by_territory (GPtrArray *spending_rows)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (territory_spending_free);

  g_return_val_if_fail (spending_rows != NULL, lines);

  for (guint i = 0; i < spending_rows->len; i++)
    {
      const PreSpendingRow *row = g_ptr_array_index (spending_rows, i);
      PreTerritorySpending *line = NULL;

      for (guint j = 0; j < lines->len && line == NULL; j++)
        {
          PreTerritorySpending *candidate = g_ptr_array_index (lines, j);
          if (candidate->territory_id == row->territory_id)
            line = candidate;
        }
      if (line == NULL)
        {
          line = g_new0 (PreTerritorySpending, 1);
          line->territory_id = row->territory_id;
          line->territory_name = g_strdup (row->territory_name);
          g_ptr_array_add (lines, line);
        }
      line->actual[row->mission_kind] += row->actual;
      line->actual_total += row->actual;
      line->committed += row->committed;
    }

  g_ptr_array_sort_values (lines, compare_territory_spending);
  return lines;
}

static void
youth_count_row_free (gpointer data)
{
  PreYouthCountRow *row = data;

  g_free (row->territory_name);
  g_free (row);
}

static void
payment_row_free (gpointer data)
{
  PrePaymentRow *row = data;

  g_free (row->partner_name);
  g_free (row->call_date);
  g_free (row->call_reference);
  g_free (row);
}

static void
contribution_row_free (gpointer data)
{
  PreContributionRow *row = data;

  g_free (row->partner_name);
  g_free (row->territory_name);
  g_free (row);
}

/* Spending */

static gpointer
spending_row_from_stmt (PreStmt  *stmt,
                        gpointer  user_data)
{
  PreSpendingRow *row = g_new0 (PreSpendingRow, 1);

  row->territory_id = sqlite3_column_int64 (stmt, 0);
  row->territory_name = g_strdup (row->territory_id == 0
                                  ? all_territories_label ()
                                  : pre_column_text (stmt, 1));
  row->mission_id = sqlite3_column_int64 (stmt, 2);
  row->mission_kind = mission_kind_from_column (stmt, 3);
  row->year = sqlite3_column_int (stmt, 4);
  row->actual = sqlite3_column_int64 (stmt, 5);
  row->committed = sqlite3_column_int64 (stmt, 6);
  return row;
}

GPtrArray *
pre_store_compute_spending (PreStore  *store,
                            gint64     convention_id,
                            int        year,
                            GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  char from[16], to[16];

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, NULL, NULL, error))
    return NULL;

  stmt = pre_store_prepare (store,
                            "WITH s (mission_id, territory_id, year, actual, committed) AS ("
                            "  SELECT a.mission_id, a.territory_id, a.year,"
                            "         CASE WHEN a.status IN ('held', 'missed') THEN a.cost ELSE 0 END,"
                            "         CASE WHEN a.status = 'planned' THEN a.cost ELSE 0 END"
                            "  FROM activity a CROSS JOIN mission m ON m.id = a.mission_id"
                            "  WHERE m.convention_id = ?1 AND a.status != 'cancelled'"
                            "    AND +a.date >= ?2 AND +a.date < ?3"
                            "  UNION ALL"
                            "  SELECT e.mission_id, e.territory_id, e.year, e.amount, 0"
                            "  FROM expense e CROSS JOIN mission m ON m.id = e.mission_id"
                            "  WHERE m.convention_id = ?1 AND +e.date >= ?2 AND +e.date < ?3)"
                            " SELECT coalesce (s.territory_id, 0), coalesce (t.name, ''), m.id, m.kind,"
                            "        s.year, sum (s.actual), sum (s.committed)"
                            " FROM s JOIN mission m ON m.id = s.mission_id"
                            " LEFT JOIN territory t ON t.id = s.territory_id"
                            " GROUP BY s.year, s.territory_id, m.id"
                            " HAVING sum (s.actual) > 0 OR sum (s.committed) > 0"
                            " ORDER BY s.year, s.territory_id IS NULL, t.name COLLATE NOCASE,"
                            "          " MISSION_KIND_ORDER ("m.kind"),
                            error);
  if (stmt == NULL)
    return NULL;
  year_range (year, from, to);
  sqlite3_bind_int64 (stmt, 1, convention_id);
  pre_bind_text (stmt, 2, from);
  pre_bind_text (stmt, 3, to);

  return pre_store_collect_rows (store, stmt, spending_row_free,
                                 spending_row_from_stmt, NULL, error);
}

/* Missions: budget against actual */

static gpointer
mission_row_from_stmt (PreStmt  *stmt,
                       gpointer  user_data)
{
  PreMissionRow *row = g_new0 (PreMissionRow, 1);

  row->mission_id = sqlite3_column_int64 (stmt, 0);
  row->mission_kind = mission_kind_from_column (stmt, 1);
  row->year = *(const int *)user_data;
  row->budget = sqlite3_column_int64 (stmt, 2);
  row->actual = sqlite3_column_int64 (stmt, 3);
  row->committed = sqlite3_column_int64 (stmt, 4);
  row->n_held = sqlite3_column_int (stmt, 5);
  row->n_missed = sqlite3_column_int (stmt, 6);
  row->n_planned = sqlite3_column_int (stmt, 7);
  row->n_cancelled = sqlite3_column_int (stmt, 8);
  return row;
}

GPtrArray *
pre_store_compute_missions (PreStore  *store,
                            gint64     convention_id,
                            int        year,
                            GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  char from[16], to[16];

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, NULL, NULL, error))
    return NULL;

  stmt = pre_store_prepare (store,
                            "SELECT m.id, m.kind, coalesce (my.budget, m.annual_budget),"
                            "  coalesce (s.actual, 0) + coalesce ((SELECT sum (e.amount) FROM expense e"
                            "    WHERE e.mission_id = m.id AND +e.date >= ?3 AND +e.date < ?4), 0),"
                            "  coalesce (s.committed, 0), coalesce (s.n_held, 0),"
                            "  coalesce (s.n_missed, 0), coalesce (s.n_planned, 0),"
                            "  coalesce (s.n_cancelled, 0)"
                            " FROM mission m"
                            " LEFT JOIN mission_year my ON my.mission_id = m.id AND my.year = ?2"
                            " LEFT JOIN (SELECT a.mission_id,"
                            "    sum (a.cost) FILTER (WHERE a.status IN ('held', 'missed')) AS actual,"
                            "    sum (a.cost) FILTER (WHERE a.status = 'planned') AS committed,"
                            "    count (*) FILTER (WHERE a.status = 'held') AS n_held,"
                            "    count (*) FILTER (WHERE a.status = 'missed') AS n_missed,"
                            "    count (*) FILTER (WHERE a.status = 'planned') AS n_planned,"
                            "    count (*) FILTER (WHERE a.status = 'cancelled') AS n_cancelled"
                            "   FROM activity a WHERE +a.date >= ?3 AND +a.date < ?4"
                            "   GROUP BY a.mission_id) s ON s.mission_id = m.id"
                            " WHERE m.convention_id = ?1"
                            " ORDER BY " MISSION_KIND_ORDER ("m.kind"),
                            error);
  if (stmt == NULL)
    return NULL;
  year_range (year, from, to);
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);
  pre_bind_text (stmt, 3, from);
  pre_bind_text (stmt, 4, to);

  return pre_store_collect_rows (store, stmt, g_free, mission_row_from_stmt, &year, error);
}

/* Youths followed */

static gpointer
youth_count_row_from_stmt (PreStmt  *stmt,
                           gpointer  user_data)
{
  PreYouthCountRow *row = g_new0 (PreYouthCountRow, 1);

  row->territory_id = sqlite3_column_int64 (stmt, 0);
  row->territory_name = g_strdup (row->territory_id == 0
                                  ? all_territories_label ()
                                  : pre_column_text (stmt, 1));
  row->n_youths = sqlite3_column_int (stmt, 2);
  row->n_sessions = sqlite3_column_int (stmt, 3);
  return row;
}

GPtrArray *
pre_store_compute_youth_counts (PreStore  *store,
                                gint64     convention_id,
                                int        year,
                                GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  char from[16], to[16];

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, NULL, NULL, error))
    return NULL;

  stmt = pre_store_prepare (store,
                            "SELECT coalesce (a.territory_id, 0), coalesce (t.name, ''),"
                            "  count (DISTINCT a.youth_code), count (*)"
                            " FROM activity a CROSS JOIN mission m ON m.id = a.mission_id"
                            " LEFT JOIN territory t ON t.id = a.territory_id"
                            " WHERE m.convention_id = ?1 AND m.kind = 'psychology'"
                            "   AND a.status IN ('held', 'missed') AND +a.date >= ?2 AND +a.date < ?3"
                            " GROUP BY a.territory_id"
                            " ORDER BY a.territory_id IS NULL, t.name COLLATE NOCASE",
                            error);
  if (stmt == NULL)
    return NULL;
  year_range (year, from, to);
  sqlite3_bind_int64 (stmt, 1, convention_id);
  pre_bind_text (stmt, 2, from);
  pre_bind_text (stmt, 3, to);

  return pre_store_collect_rows (store, stmt, youth_count_row_free,
                                 youth_count_row_from_stmt, NULL, error);
}

/* Funding balance */

GPtrArray *
pre_store_compute_balances (PreStore  *store,
                            gint64     convention_id,
                            GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  int first_year, last_year;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, &first_year, &last_year, error))
    return NULL;

  stmt = pre_store_prepare (store,
                            "SELECT coalesce ((SELECT annual_cost FROM convention_year"
                            "                  WHERE convention_id = ?1 AND year = ?2),"
                            "                 (SELECT annual_cost FROM convention WHERE id = ?1)),"
                            "       (SELECT coalesce (sum (amount), 0) FROM funding_share"
                            "        WHERE convention_id = ?1 AND year = ?2)",
                            error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func (g_free);
  for (int year = first_year; year <= last_year; year++)
    {
      PreBalanceRow *row;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, convention_id);
      sqlite3_bind_int (stmt, 2, year);
      if (!pre_store_step_row (store, stmt, &local_error))
        {
          if (local_error == NULL)
            g_set_error (&local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                         _("The convention no longer exists."));
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      row = g_new0 (PreBalanceRow, 1);
      row->year = year;
      row->annual_cost = sqlite3_column_int64 (stmt, 0);
      row->shares = sqlite3_column_int64 (stmt, 1);
      row->balance = row->annual_cost - row->shares;
      if (row->balance > 0)
        row->state = PRE_BALANCE_TO_ALLOCATE;
      else if (row->balance < 0)
        row->state = PRE_BALANCE_OVER_FUNDED;
      else
        row->state = PRE_BALANCE_BALANCED;
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

const char *
pre_balance_state_get_label (PreBalanceState state)
{
  switch (state)
    {
    case PRE_BALANCE_TO_ALLOCATE:
      return _("To allocate");
    case PRE_BALANCE_BALANCED:
      return _("Balanced");
    case PRE_BALANCE_OVER_FUNDED:
      return _("Over-funded");
    default:
      g_return_val_if_reached ("");
    }
}

/* Payments */

static PrePaymentStatus
payment_status (gboolean    has_call,
                gint64      planned,
                gint64      called,
                gint64      received,
                const char *call_date,
                int         days_since_call)
{
  PrePaymentStatus status;

  if (!has_call)
    {
      if (received <= 0)
        return PRE_PAYMENT_PLANNED;
      return received >= planned ? PRE_PAYMENT_RECEIVED : PRE_PAYMENT_PARTLY_RECEIVED;
    }

  if (received <= 0)
    status = PRE_PAYMENT_CALLED;
  else if (received < called)
    status = PRE_PAYMENT_PARTLY_RECEIVED;
  else
    return PRE_PAYMENT_RECEIVED;

  if (call_date != NULL && days_since_call > PRE_PAYMENT_LATE_DAYS)
    return PRE_PAYMENT_LATE;
  return status;
}

/* @user_data: today, "YYYY-MM-DD". */
static gpointer
payment_row_from_stmt (PreStmt  *stmt,
                       gpointer  user_data)
{
  const char *today = user_data;
  PrePaymentRow *row = g_new0 (PrePaymentRow, 1);
  gboolean has_call;

  row->partner_id = sqlite3_column_int64 (stmt, 0);
  row->partner_name = g_strdup (pre_column_text (stmt, 1));
  row->year = sqlite3_column_int (stmt, 2);
  row->planned = sqlite3_column_int64 (stmt, 3);
  has_call = sqlite3_column_int (stmt, 4) != 0;
  row->called = sqlite3_column_int64 (stmt, 5);
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    row->call_date = g_strdup (pre_column_text (stmt, 6));
  row->call_reference = g_strdup (pre_column_text (stmt, 7));
  row->received = sqlite3_column_int64 (stmt, 8);
  row->days_since_call = row->call_date != NULL
                         ? pre_date_days_between (row->call_date, today) : 0;
  row->status = payment_status (has_call, row->planned, row->called, row->received,
                                row->call_date, row->days_since_call);
  row->over_received = has_call && row->received > row->called;
  return row;
}

GPtrArray *
pre_store_compute_payments (PreStore    *store,
                            gint64       convention_id,
                            int          year,
                            const char  *today_iso,
                            GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (today_iso == NULL || pre_date_is_valid_iso (today_iso), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, NULL, NULL, error))
    return NULL;
  today = today_iso != NULL ? g_strdup (today_iso) : pre_date_today_iso ();

  stmt = pre_store_prepare (store,
                            "WITH k (partner_id, year) AS ("
                            "  SELECT partner_id, year FROM funding_share"
                            "  WHERE convention_id = ?1 AND (?2 = 0 OR year = ?2)"
                            "  UNION"
                            "  SELECT partner_id, year FROM payment"
                            "  WHERE convention_id = ?1 AND (?2 = 0 OR year = ?2))"
                            " SELECT k.partner_id, p.name, k.year,"
                            "  coalesce ((SELECT f.amount FROM funding_share f WHERE f.convention_id = ?1"
                            "             AND f.partner_id = k.partner_id AND f.year = k.year), 0),"
                            "  pay.id IS NOT NULL AND (pay.call_date IS NOT NULL OR pay.call_amount > 0),"
                            "  coalesce (pay.call_amount, 0), pay.call_date,"
                            "  coalesce (pay.call_reference, ''),"
                            "  coalesce ((SELECT sum (r.amount) FROM receipt r"
                            "             WHERE r.payment_id = pay.id), 0)"
                            " FROM k JOIN partner p ON p.id = k.partner_id"
                            " LEFT JOIN payment pay ON pay.convention_id = ?1"
                            "   AND pay.partner_id = k.partner_id AND pay.year = k.year"
                            /* The coordinator does not call funds from itself. */
                            " WHERE k.partner_id <> (SELECT c.coordinator_id FROM convention c"
                            "                        WHERE c.id = ?1)"
                            " ORDER BY k.year, " PARTNER_KIND_ORDER ("p.kind") ", p.name",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, MAX (year, 0));

  return pre_store_collect_rows (store, stmt, payment_row_free,
                                 payment_row_from_stmt, today, error);
}

/* Contributions against spending on each partner's territory */

static gpointer
contribution_row_from_stmt (PreStmt  *stmt,
                            gpointer  user_data)
{
  PreContributionRow *row = g_new0 (PreContributionRow, 1);

  row->partner_id = sqlite3_column_int64 (stmt, 0);
  row->partner_name = g_strdup (pre_column_text (stmt, 1));
  row->territory_id = sqlite3_column_int64 (stmt, 2);
  row->territory_name = g_strdup (pre_column_text (stmt, 3));
  row->year = *(const int *)user_data;
  row->planned = sqlite3_column_int64 (stmt, 4);
  row->received = sqlite3_column_int64 (stmt, 5);
  row->spent = sqlite3_column_int64 (stmt, 6);
  row->committed = sqlite3_column_int64 (stmt, 7);
  return row;
}

GPtrArray *
pre_store_compute_contributions (PreStore  *store,
                                 gint64     convention_id,
                                 int        year,
                                 GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  char from[16], to[16];

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, NULL, NULL, error))
    return NULL;

  stmt = pre_store_prepare (store,
                            "SELECT p.id, p.name, p.territory_id, t.name,"
                            "  (SELECT coalesce (sum (f.amount), 0) FROM funding_share f"
                            "   WHERE f.convention_id = ?1 AND f.partner_id = p.id AND f.year = ?2),"
                            "  (SELECT coalesce (sum (r.amount), 0) FROM receipt r"
                            "   JOIN payment pay ON pay.id = r.payment_id"
                            "   WHERE pay.convention_id = ?1 AND pay.partner_id = p.id AND pay.year = ?2),"
                            "  (SELECT coalesce (sum (a.cost), 0) FROM activity a"
                            "   JOIN mission m ON m.id = a.mission_id"
                            "   WHERE m.convention_id = ?1 AND a.territory_id = p.territory_id"
                            "     AND a.status IN ('held', 'missed') AND +a.date >= ?3 AND +a.date < ?4)"
                            "  + (SELECT coalesce (sum (e.amount), 0) FROM expense e"
                            "   JOIN mission m ON m.id = e.mission_id"
                            "   WHERE m.convention_id = ?1 AND e.territory_id = p.territory_id"
                            "     AND +e.date >= ?3 AND +e.date < ?4),"
                            "  (SELECT coalesce (sum (a.cost), 0) FROM activity a"
                            "   JOIN mission m ON m.id = a.mission_id"
                            "   WHERE m.convention_id = ?1 AND a.territory_id = p.territory_id"
                            "     AND a.status = 'planned' AND +a.date >= ?3 AND +a.date < ?4)"
                            " FROM partner p JOIN territory t ON t.id = p.territory_id"
                            " WHERE p.id IN (SELECT partner_id FROM convention_party WHERE convention_id = ?1"
                            "                UNION SELECT partner_id FROM funding_share WHERE convention_id = ?1"
                            "                UNION SELECT partner_id FROM payment WHERE convention_id = ?1)"
                            " ORDER BY " PARTNER_KIND_ORDER ("p.kind") ", p.name",
                            error);
  if (stmt == NULL)
    return NULL;
  year_range (year, from, to);
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);
  pre_bind_text (stmt, 3, from);
  pre_bind_text (stmt, 4, to);

  return pre_store_collect_rows (store, stmt, contribution_row_free,
                                 contribution_row_from_stmt, &year, error);
}

/* Spending per month */

/* The month's sums as the query gives them, the key year × 100 + month split. */
static gpointer
month_sums_from_stmt (PreStmt  *stmt,
                      gpointer  user_data)
{
  PreMonthRow *sums = g_new0 (PreMonthRow, 1);
  int key = sqlite3_column_int (stmt, 0);

  sums->year = key / 100;
  sums->month = key % 100;
  sums->actual = sqlite3_column_int64 (stmt, 1);
  sums->committed = sqlite3_column_int64 (stmt, 2);
  return sums;
}

GPtrArray *
pre_store_compute_monthly_spending (PreStore  *store,
                                    gint64     convention_id,
                                    int        year,
                                    GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GPtrArray) sums = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  char from[16], to[16];
  int first_year, last_year;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_convention (store, convention_id, &first_year, &last_year, error))
    return NULL;
  if (year > 0)
    first_year = last_year = year;

  /* The month key is year × 100 + month, read from the ISO date. */
  stmt = pre_store_prepare (store,
                            "WITH s (month, actual, committed) AS ("
                            "  SELECT CAST (substr (a.date, 1, 4) AS INTEGER) * 100"
                            "         + CAST (substr (a.date, 6, 2) AS INTEGER),"
                            "         CASE WHEN a.status IN ('held', 'missed') THEN a.cost ELSE 0 END,"
                            "         CASE WHEN a.status = 'planned' THEN a.cost ELSE 0 END"
                            "  FROM activity a CROSS JOIN mission m ON m.id = a.mission_id"
                            "  WHERE m.convention_id = ?1 AND a.status != 'cancelled'"
                            "    AND +a.date >= ?2 AND +a.date < ?3"
                            "  UNION ALL"
                            "  SELECT CAST (substr (e.date, 1, 4) AS INTEGER) * 100"
                            "         + CAST (substr (e.date, 6, 2) AS INTEGER), e.amount, 0"
                            "  FROM expense e CROSS JOIN mission m ON m.id = e.mission_id"
                            "  WHERE m.convention_id = ?1 AND +e.date >= ?2 AND +e.date < ?3)"
                            " SELECT month, sum (actual), sum (committed) FROM s"
                            " GROUP BY month ORDER BY month",
                            error);
  if (stmt == NULL)
    return NULL;
  g_snprintf (from, sizeof from, "%04d-01-01", first_year);
  g_snprintf (to, sizeof to, "%04d-01-01", last_year + 1);
  sqlite3_bind_int64 (stmt, 1, convention_id);
  pre_bind_text (stmt, 2, from);
  pre_bind_text (stmt, 3, to);

  sums = pre_store_collect_rows (store, stmt, g_free, month_sums_from_stmt, NULL, error);
  if (sums == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func (g_free);
  for (int y = first_year; y <= last_year; y++)
    for (int m = 1; m <= 12; m++)
      {
        PreMonthRow *row = g_new0 (PreMonthRow, 1);

        row->year = y;
        row->month = m;
        g_ptr_array_add (rows, row);
      }

  for (guint i = 0; i < sums->len; i++)
    {
      const PreMonthRow *month = g_ptr_array_index (sums, i);
      PreMonthRow *row;

      /* A malformed date cannot be placed in a month. */
      if (month->year < first_year || month->year > last_year
          || month->month < 1 || month->month > 12)
        continue;
      row = g_ptr_array_index (rows, (guint)((month->year - first_year) * 12 + month->month - 1));
      row->actual += month->actual;
      row->committed += month->committed;
    }
  return g_steal_pointer (&rows);
}

/* Asynchronous versions: one runner, a source tag per function. */

typedef enum
{
  QUERY_SPENDING,
  QUERY_MISSIONS,
  QUERY_YOUTH_COUNTS,
  QUERY_BALANCES,
  QUERY_PAYMENTS,
  QUERY_CONTRIBUTIONS,
  QUERY_MONTHLY_SPENDING,
} QueryKind;

typedef struct
{
  QueryKind kind;
  gint64 convention_id;
  int year;
  char *today_iso;
} Query;

static void
query_free (gpointer data)
{
  Query *query = data;

  g_free (query->today_iso);
  g_free (query);
}

static void
run_query_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Query *query = task_data;
  g_autoptr(PreStore) reader = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  reader = pre_store_open_reader (PRE_STORE (source_object), &error);
  if (reader == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  switch (query->kind)
    {
    case QUERY_SPENDING:
      rows = pre_store_compute_spending (reader, query->convention_id, query->year, &error);
      break;
    case QUERY_MISSIONS:
      rows = pre_store_compute_missions (reader, query->convention_id, query->year, &error);
      break;
    case QUERY_YOUTH_COUNTS:
      rows = pre_store_compute_youth_counts (reader, query->convention_id, query->year, &error);
      break;
    case QUERY_BALANCES:
      rows = pre_store_compute_balances (reader, query->convention_id, &error);
      break;
    case QUERY_PAYMENTS:
      rows = pre_store_compute_payments (reader, query->convention_id, query->year,
                                         query->today_iso, &error);
      break;
    case QUERY_CONTRIBUTIONS:
      rows = pre_store_compute_contributions (reader, query->convention_id, query->year, &error);
      break;
    case QUERY_MONTHLY_SPENDING:
      rows = pre_store_compute_monthly_spending (reader, query->convention_id, query->year, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&rows), (GDestroyNotify)g_ptr_array_unref);
}

static void
run_query_async (PreStore            *store,
                 QueryKind            kind,
                 gint64               convention_id,
                 int                  year,
                 const char          *today_iso,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Query *query;

  g_return_if_fail (PRE_IS_STORE (store));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  query = g_new0 (Query, 1);
  query->kind = kind;
  query->convention_id = convention_id;
  query->year = year;
  /* Today is read now, on the caller's thread, not when the thread runs. */
  query->today_iso = today_iso != NULL ? g_strdup (today_iso) : pre_date_today_iso ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, query, query_free);
  g_task_run_in_thread (task, run_query_thread);
}

static GPtrArray *
run_query_finish (PreStore      *store,
                  GAsyncResult  *result,
                  gpointer       source_tag,
                  GError       **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
pre_store_compute_spending_async (PreStore            *store,
                                  gint64               convention_id,
                                  int                  year,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  run_query_async (store, QUERY_SPENDING, convention_id, year, NULL,
                   pre_store_compute_spending_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_spending_finish (PreStore      *store,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_spending_async, error);
}

void
pre_store_compute_missions_async (PreStore            *store,
                                  gint64               convention_id,
                                  int                  year,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  run_query_async (store, QUERY_MISSIONS, convention_id, year, NULL,
                   pre_store_compute_missions_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_missions_finish (PreStore      *store,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_missions_async, error);
}

void
pre_store_compute_youth_counts_async (PreStore            *store,
                                      gint64               convention_id,
                                      int                  year,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  run_query_async (store, QUERY_YOUTH_COUNTS, convention_id, year, NULL,
                   pre_store_compute_youth_counts_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_youth_counts_finish (PreStore      *store,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_youth_counts_async, error);
}

void
pre_store_compute_balances_async (PreStore            *store,
                                  gint64               convention_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  run_query_async (store, QUERY_BALANCES, convention_id, 0, NULL,
                   pre_store_compute_balances_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_balances_finish (PreStore      *store,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_balances_async, error);
}

void
pre_store_compute_payments_async (PreStore            *store,
                                  gint64               convention_id,
                                  int                  year,
                                  const char          *today_iso,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  run_query_async (store, QUERY_PAYMENTS, convention_id, year, today_iso,
                   pre_store_compute_payments_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_payments_finish (PreStore      *store,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_payments_async, error);
}

void
pre_store_compute_contributions_async (PreStore            *store,
                                       gint64               convention_id,
                                       int                  year,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  run_query_async (store, QUERY_CONTRIBUTIONS, convention_id, year, NULL,
                   pre_store_compute_contributions_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_contributions_finish (PreStore      *store,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_contributions_async, error);
}

void
pre_store_compute_monthly_spending_async (PreStore            *store,
                                          gint64               convention_id,
                                          int                  year,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  run_query_async (store, QUERY_MONTHLY_SPENDING, convention_id, year, NULL,
                   pre_store_compute_monthly_spending_async, cancellable, callback, user_data);
}

GPtrArray *
pre_store_compute_monthly_spending_finish (PreStore      *store,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return run_query_finish (store, result, pre_store_compute_monthly_spending_async, error);
}
