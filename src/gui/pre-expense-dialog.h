/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-convention.h"
#include "pre-expense.h"
#include "pre-mission.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_EXPENSE_DIALOG (pre_expense_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PreExpenseDialog, pre_expense_dialog, PRE, EXPENSE_DIALOG, AdwDialog)

/*
 * Adds (@expense NULL, dated @default_date) or edits an expense of @mission:
 * an invoice not tied to one session. Validates as the user types.
 */
AdwDialog  *pre_expense_dialog_new         (PreStore         *store,
                                            PreConvention    *convention,
                                            PreMission       *mission,
                                            PreExpense       *expense,
                                            const char       *default_date);

/* The message shown under @field ("date", "amount"), or NULL. */
const char *pre_expense_dialog_get_message (PreExpenseDialog *self,
                                            const char       *field);

/* A copy of @expense that is not in the store (id 0), for an undo. */
PreExpense *pre_expense_copy_unsaved       (PreExpense       *expense);

G_END_DECLS
