/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-activity-private.h"
#include "pre-expense-model.h"
#include "pre-sql-list-model-private.h"

/* The filters, the sort and the paging are PreSqlListModel's; an expense
 * list adds what an expense row is and its sort keys. */

struct _PreExpenseModel
{
  PreSqlListModel parent_instance;
};

G_DEFINE_FINAL_TYPE (PreExpenseModel, pre_expense_model, PRE_TYPE_SQL_LIST_MODEL)

enum {
  PROP_0,
  PROP_SORT_COLUMN,
  PROP_TOTAL_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define BASE(self) PRE_SQL_LIST_MODEL (self)

/* SQL */

static const char * const watched_tables[] = {
  "expense", "territory", "mission", "convention", NULL
};

static const PreSqlTable expense_table = {
  .name = "Expense list",
  .select = PRE_EXPENSE_SELECT,
  .from = " FROM expense e",
  .id_column = "e.id",
  .key_column = "e.date",
  .total_column = "e.amount",
  .tables = watched_tables,
  .new_item = (PreSqlItemNewFunc) pre_expense_new_from_stmt,
  .get_id = (PreSqlItemIdFunc) pre_expense_get_id,
  .get_key = (PreSqlItemKeyFunc) pre_expense_get_date,
};

static const char * const search_columns[] = {
  "e.payee", "e.reference", "e.description", NULL
};

static const char *
order_key (int          column,
           const char **join)
{
  switch ((PreExpenseSort) column)
    {
    case PRE_EXPENSE_SORT_TERRITORY:
      *join = " LEFT JOIN territory t ON t.id = e.territory_id";
      return "coalesce (t.name, '') COLLATE NOCASE";
    case PRE_EXPENSE_SORT_PAYEE:
      return "e.payee COLLATE NOCASE";
    case PRE_EXPENSE_SORT_REFERENCE:
      return "e.reference COLLATE NOCASE";
    case PRE_EXPENSE_SORT_AMOUNT:
      return "e.amount";
    case PRE_EXPENSE_SORT_DATE:
    default:
      /* The (date) index serves the order: keyset pages. */
      return NULL;
    }
}

static const PreSqlListInfo expense_info = {
  .table = &expense_table,
  .item_type = pre_expense_get_type,
  .alias = "e",
  .search_columns = search_columns,
  .last_sort = PRE_EXPENSE_SORT_AMOUNT,
  .order_key = order_key,
};

/* GObject */

static void
pre_expense_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SORT_COLUMN:
      g_value_set_int (value, pre_sql_list_model_get_sort (BASE (object), NULL));
      break;

    case PROP_TOTAL_AMOUNT:
      g_value_set_int64 (value, pre_sql_list_model_get_total (BASE (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_expense_model_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  gboolean descending;

  switch (prop_id)
    {
    case PROP_SORT_COLUMN:
      pre_sql_list_model_get_sort (BASE (object), &descending);
      pre_expense_model_set_sort (PRE_EXPENSE_MODEL (object), g_value_get_int (value),
                                  descending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_expense_model_class_init (PreExpenseModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pre_expense_model_get_property;
  object_class->set_property = pre_expense_model_set_property;

  properties[PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      PRE_EXPENSE_SORT_DATE, PRE_EXPENSE_SORT_AMOUNT, PRE_EXPENSE_SORT_DATE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL_AMOUNT] =
    g_param_spec_int64 ("total-amount", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  pre_sql_list_model_class_set_info (PRE_SQL_LIST_MODEL_CLASS (klass), &expense_info,
                                     properties[PROP_SORT_COLUMN], properties[PROP_TOTAL_AMOUNT]);
}

static void
pre_expense_model_init (PreExpenseModel *self)
{
}

/**
 * pre_expense_model_new:
 * @store: the store to list
 *
 * Returns: (transfer full): a model of every expense, by date
 */
PreExpenseModel *
pre_expense_model_new (PreStore *store)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return g_object_new (PRE_TYPE_EXPENSE_MODEL, "store", store, NULL);
}

/* Typed entry points to the parent's filters, sort and state. */
#define GETTER(type, name, fallback) \
  type \
  pre_expense_model_get_##name (PreExpenseModel *self) \
  { \
    g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), fallback); \
    return pre_sql_list_model_get_##name (BASE (self)); \
  }
#define SETTER(type, name) \
  void \
  pre_expense_model_set_##name (PreExpenseModel *self, \
                                type             value) \
  { \
    g_return_if_fail (PRE_IS_EXPENSE_MODEL (self)); \
    pre_sql_list_model_set_##name (BASE (self), value); \
  }
#define ACTION(name) \
  void \
  pre_expense_model_##name (PreExpenseModel *self) \
  { \
    g_return_if_fail (PRE_IS_EXPENSE_MODEL (self)); \
    pre_sql_list_model_##name (BASE (self)); \
  }

GETTER (PreStore *, store, NULL)
GETTER (gint64, convention_id, 0)
SETTER (gint64, convention_id)
GETTER (int, year, 0)
SETTER (int, year)
GETTER (gint64, territory_id, 0)
SETTER (gint64, territory_id)
GETTER (gint64, mission_id, 0)
SETTER (gint64, mission_id)
GETTER (int, mission_kind, 0)
SETTER (int, mission_kind)
GETTER (const char *, search, NULL)
SETTER (const char *, search)
GETTER (const GError *, error, NULL)
ACTION (refresh)
ACTION (freeze)
ACTION (thaw)

PreExpenseSort
pre_expense_model_get_sort (PreExpenseModel *self,
                            gboolean        *descending)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), PRE_EXPENSE_SORT_DATE);
  return pre_sql_list_model_get_sort (BASE (self), descending);
}

void
pre_expense_model_set_sort (PreExpenseModel *self,
                            PreExpenseSort   column,
                            gboolean         descending)
{
  g_return_if_fail (PRE_IS_EXPENSE_MODEL (self));
  g_return_if_fail (column <= PRE_EXPENSE_SORT_AMOUNT);
  pre_sql_list_model_set_sort (BASE (self), column, descending);
}

gint64
pre_expense_model_get_total_amount (PreExpenseModel *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), 0);
  return pre_sql_list_model_get_total (BASE (self));
}
