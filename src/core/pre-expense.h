/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_EXPENSE (pre_expense_get_type ())
G_DECLARE_FINAL_TYPE (PreExpense, pre_expense, PRE, EXPENSE, GObject)

/**
 * PreExpense:
 *
 * Spending not tied to one session (an invoice) of a mission, on one
 * territory or on all territories ("territory-id" 0). "amount" is in cents.
 * "territory-name" and "mission-kind" are filled when read from the store;
 * "year" follows "date". "id" is 0 until the expense is saved.
 */

PreExpense     *pre_expense_new                (void);

gint64          pre_expense_get_id             (PreExpense  *self);
gint64          pre_expense_get_mission_id     (PreExpense  *self);
void            pre_expense_set_mission_id     (PreExpense  *self,
                                                gint64       mission_id);
gint64          pre_expense_get_territory_id   (PreExpense  *self);
void            pre_expense_set_territory_id   (PreExpense  *self,
                                                gint64       territory_id);
const char     *pre_expense_get_date           (PreExpense  *self);
void            pre_expense_set_date           (PreExpense  *self,
                                                const char  *date);
int             pre_expense_get_year           (PreExpense  *self);
gint64          pre_expense_get_amount         (PreExpense  *self);
void            pre_expense_set_amount         (PreExpense  *self,
                                                gint64       amount);
const char     *pre_expense_get_payee          (PreExpense  *self);
void            pre_expense_set_payee          (PreExpense  *self,
                                                const char  *payee);
const char     *pre_expense_get_reference      (PreExpense  *self);
void            pre_expense_set_reference      (PreExpense  *self,
                                                const char  *reference);
const char     *pre_expense_get_description    (PreExpense  *self);
void            pre_expense_set_description    (PreExpense  *self,
                                                const char  *description);
const char     *pre_expense_get_territory_name (PreExpense  *self);
PreMissionKind  pre_expense_get_mission_kind   (PreExpense  *self);

/**
 * pre_expense_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("mission-id", "date",
 *   "amount")
 *
 * Returns: %TRUE if the expense can be saved (the store also checks the
 *   mission, the territory and the convention's years)
 */
gboolean        pre_expense_validate           (PreExpense  *self,
                                                GError     **error);

/**
 * pre_store_check_expense:
 *
 * Every check of pre_store_save_expense() (the mission, the territory, the
 * convention's years…) without writing: for forms that validate as you type.
 *
 * Returns: %TRUE if the expense can be saved
 */
gboolean        pre_store_check_expense        (PreStore    *store,
                                                PreExpense  *expense,
                                                GError     **error);

/**
 * pre_store_save_expense:
 *
 * Inserts (id 0, then sets the id) or updates the expense. One transaction;
 * touches "expense".
 */
gboolean        pre_store_save_expense         (PreStore    *store,
                                                PreExpense  *expense,
                                                GError     **error);

/**
 * pre_store_restore_expense:
 * @expense: an expense read with pre_store_get_expense() and then deleted
 *
 * Inserts @expense again with its id: the "Undo" of a deletion.
 */
gboolean        pre_store_restore_expense      (PreStore    *store,
                                                PreExpense  *expense,
                                                GError     **error);

/**
 * pre_store_get_expense:
 *
 * Returns: (transfer full): the expense, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreExpense     *pre_store_get_expense          (PreStore    *store,
                                                gint64       id,
                                                GError     **error);

/**
 * pre_store_delete_expense:
 *
 * Touches "expense".
 */
gboolean        pre_store_delete_expense       (PreStore    *store,
                                                gint64       id,
                                                GError     **error);

/**
 * pre_store_list_expenses:
 * @mission_id: a mission, or 0 for every mission
 * @year: a year, or 0 for every year
 *
 * Every matching expense in memory at once: for a list a person scrolls
 * (any number of rows, filters, search, sorts), use #PreExpenseModel.
 *
 * Returns: (transfer full): a #GListModel of #PreExpense by date, then id
 */
GListModel     *pre_store_list_expenses        (PreStore    *store,
                                                gint64       mission_id,
                                                int          year,
                                                GError     **error);

G_END_DECLS
