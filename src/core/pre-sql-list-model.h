/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PRE_TYPE_SQL_LIST_MODEL (pre_sql_list_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (PreSqlListModel, pre_sql_list_model, PRE, SQL_LIST_MODEL, GObject)

/**
 * PreSqlListModel:
 *
 * The abstract parent of the lazy lists over the big tables of the store
 * (#PreActivityModel, #PreExpenseModel): a #GListModel read by pages through
 * SQL, with the filters both tables share — the properties "store",
 * "convention-id", "year", "territory-id", "mission-id", "mission-kind",
 * "search", "sort-descending" and "n-items" — and one refresh when the
 * store reports a change. Use the subclasses' functions.
 */
struct _PreSqlListModelClass
{
  GObjectClass parent_class;

  /*< private >*/
  gconstpointer info;
  GParamSpec *sort_column_pspec;
  GParamSpec *total_pspec;
};

G_END_DECLS
