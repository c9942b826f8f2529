/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the activity module, its list model and the aggregates. */

#include "pre-activity.h"
#include "pre-expense.h"
#include "pre-store-private.h"

G_BEGIN_DECLS

/* The columns pre_activity_new_from_stmt() reads, in order ("a", "m", "t"). */
#define PRE_ACTIVITY_COLUMNS \
  "a.id, a.mission_id, coalesce (a.territory_id, 0), a.date, a.title, a.status, a.cost," \
  " a.provider, coalesce (a.participants, -1), coalesce (a.duration_minutes, -1)," \
  " coalesce (a.youth_code, ''), a.topic, a.notes, coalesce (t.name, ''), m.kind"
#define PRE_ACTIVITY_FROM \
  " FROM activity a JOIN mission m ON m.id = a.mission_id" \
  " LEFT JOIN territory t ON t.id = a.territory_id"

PreActivity *pre_activity_new_from_stmt (PreStmt *stmt);

/* The columns pre_expense_new_from_stmt() reads, in order. */
#define PRE_EXPENSE_SELECT \
  "SELECT e.id, e.mission_id, coalesce (e.territory_id, 0), e.date, e.amount, e.payee," \
  " e.reference, e.description, coalesce (t.name, ''), m.kind" \
  " FROM expense e JOIN mission m ON m.id = e.mission_id" \
  " LEFT JOIN territory t ON t.id = e.territory_id"

PreExpense  *pre_expense_new_from_stmt  (PreStmt *stmt);

/* Checks a mission, its convention's years against @date (on @date_field),
 * and a territory (0: all territories). Gives the mission's kind. */
gboolean     pre_activity_check_refs    (PreStore        *store,
                                         gint64           mission_id,
                                         gint64           territory_id,
                                         const char      *date,
                                         PreMissionKind  *kind,
                                         GError         **error);

G_END_DECLS
