/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-expense.h"
#include "pre-sql-list-model.h"
#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreExpenseSort:
 * @PRE_EXPENSE_SORT_DATE: by date
 * @PRE_EXPENSE_SORT_TERRITORY: by territory name ("all territories" first)
 * @PRE_EXPENSE_SORT_PAYEE: by payee (case-insensitive)
 * @PRE_EXPENSE_SORT_REFERENCE: by reference (case-insensitive)
 * @PRE_EXPENSE_SORT_AMOUNT: by amount
 *
 * The column a #PreExpenseModel is sorted by. Ties are broken by date, then
 * by id, in the same direction, so that the order is always the same.
 */
typedef enum
{
  PRE_EXPENSE_SORT_DATE,
  PRE_EXPENSE_SORT_TERRITORY,
  PRE_EXPENSE_SORT_PAYEE,
  PRE_EXPENSE_SORT_REFERENCE,
  PRE_EXPENSE_SORT_AMOUNT,
} PreExpenseSort;

#define PRE_EXPENSE_TERRITORY_ANY ((gint64) -1)

#define PRE_TYPE_EXPENSE_MODEL (pre_expense_model_get_type ())
G_DECLARE_FINAL_TYPE (PreExpenseModel, pre_expense_model, PRE, EXPENSE_MODEL, PreSqlListModel)

/**
 * PreExpenseModel:
 *
 * A lazy #GListModel of #PreExpense over the store, paged like
 * #PreActivityModel: filtering, searching, sorting, counting and the total
 * are done by SQL; items are read by pages of 200 rows and at most 16 pages
 * are kept, so a table of a million expenses is never in memory. Sorted by
 * date (indexed), pages are read by keyset or from the nearer end; for the
 * other sorts, the filtered ids are sorted once by SQL and each page reads
 * its rows by id. Items carry "territory-name" and "mission-kind".
 *
 * Filters (each setter emits #GListModel::items-changed when the value
 * changes, and the model refreshes itself when the store reports a change to
 * "expense", "territory", "mission" or "convention"):
 * - "convention-id": 0 for every convention;
 * - "year": 0 for every year;
 * - "territory-id": %PRE_EXPENSE_TERRITORY_ANY (-1) for every expense, 0 for
 *   the expenses on all territories only, an id for that territory's own
 *   expenses only (not the all-territories ones);
 * - "mission-id": 0 for every mission;
 * - "mission-kind": a #PreMissionKind, or -1 for every kind;
 * - "search": words matched (case-insensitive for ASCII, as one phrase) in
 *   the payee, reference and description; "" for none.
 *
 * Properties "n-items" and "total-amount" (cents, sum over the filtered
 * expenses) are notified when they change.
 */

PreExpenseModel *pre_expense_model_new               (PreStore        *store);

PreStore        *pre_expense_model_get_store         (PreExpenseModel *self);

gint64           pre_expense_model_get_convention_id (PreExpenseModel *self);
void             pre_expense_model_set_convention_id (PreExpenseModel *self,
                                                      gint64           convention_id);
int              pre_expense_model_get_year          (PreExpenseModel *self);
void             pre_expense_model_set_year          (PreExpenseModel *self,
                                                      int              year);
gint64           pre_expense_model_get_territory_id  (PreExpenseModel *self);
void             pre_expense_model_set_territory_id  (PreExpenseModel *self,
                                                      gint64           territory_id);
gint64           pre_expense_model_get_mission_id    (PreExpenseModel *self);
void             pre_expense_model_set_mission_id    (PreExpenseModel *self,
                                                      gint64           mission_id);
int              pre_expense_model_get_mission_kind  (PreExpenseModel *self);
void             pre_expense_model_set_mission_kind  (PreExpenseModel *self,
                                                      int              mission_kind);
const char      *pre_expense_model_get_search        (PreExpenseModel *self);
void             pre_expense_model_set_search        (PreExpenseModel *self,
                                                      const char      *search);

/**
 * pre_expense_model_get_sort:
 * @descending: (out) (optional): whether the order is descending
 *
 * Returns: the column sorted by (also the "sort-column" and
 *   "sort-descending" properties)
 */
PreExpenseSort   pre_expense_model_get_sort          (PreExpenseModel *self,
                                                      gboolean        *descending);
/**
 * pre_expense_model_set_sort:
 * @descending: %FALSE for ascending
 *
 * Emits #GListModel::items-changed over every item (same count).
 */
void             pre_expense_model_set_sort          (PreExpenseModel *self,
                                                      PreExpenseSort   column,
                                                      gboolean         descending);

/**
 * pre_expense_model_get_total_amount:
 *
 * Returns: the sum of the amounts of the filtered expenses, in cents
 */
gint64           pre_expense_model_get_total_amount  (PreExpenseModel *self);

/**
 * pre_expense_model_refresh:
 *
 * Forgets the cached pages and counts again (done automatically when the
 * store changes).
 */
void             pre_expense_model_refresh           (PreExpenseModel *self);

/**
 * pre_expense_model_freeze:
 * pre_expense_model_thaw:
 *
 * Between freeze and thaw, filter changes are only recorded; the thaw counts
 * once and emits one #GListModel::items-changed.
 */
void             pre_expense_model_freeze            (PreExpenseModel *self);
void             pre_expense_model_thaw              (PreExpenseModel *self);

/**
 * pre_expense_model_get_error:
 *
 * Returns: (nullable): the last error reading the store, or %NULL (the list
 *   then looks empty)
 */
const GError    *pre_expense_model_get_error         (PreExpenseModel *self);

G_END_DECLS
