/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-activity-private.h"
#include "pre-expense-model.h"
#include "pre-sql-pager.h"

struct _PreExpenseModel
{
  GObject parent_instance;

  PreStore *store;
  PreSqlPager *pager;

  /* Filters and sort. */
  gint64 convention_id;
  int year;
  gint64 territory_id;
  gint64 mission_id;
  int mission_kind;
  char *search;
  PreExpenseSort sort;
  gboolean descending;
};

static void pre_expense_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PreExpenseModel, pre_expense_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pre_expense_model_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONVENTION_ID,
  PROP_YEAR,
  PROP_TERRITORY_ID,
  PROP_MISSION_ID,
  PROP_MISSION_KIND,
  PROP_SEARCH,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  PROP_N_ITEMS,
  PROP_TOTAL_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* SQL: the paging engine is PreSqlPager; this says what an expense row is. */

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

/* Filters changed: the pager counts again now, or at the thaw. */
static void
update_where (PreExpenseModel *self)
{
  PreSqlWhere *where = pre_sql_where_new ();

  pre_sql_where_add_mission_filters (where, "e", self->convention_id, self->year,
                                     self->territory_id, self->mission_id,
                                     self->mission_kind);
  pre_sql_where_add_search (where, self->search, search_columns);
  pre_sql_pager_set_where (self->pager, where);
}

static void
update_order (PreExpenseModel *self)
{
  const char *key = NULL;
  const char *join = NULL;

  switch (self->sort)
    {
    case PRE_EXPENSE_SORT_TERRITORY:
      key = "coalesce (t.name, '') COLLATE NOCASE";
      join = " LEFT JOIN territory t ON t.id = e.territory_id";
      break;
    case PRE_EXPENSE_SORT_PAYEE:
      key = "e.payee COLLATE NOCASE";
      break;
    case PRE_EXPENSE_SORT_REFERENCE:
      key = "e.reference COLLATE NOCASE";
      break;
    case PRE_EXPENSE_SORT_AMOUNT:
      key = "e.amount";
      break;
    case PRE_EXPENSE_SORT_DATE:
    default:
      /* The (date, id) index serves the order: keyset pages. */
      break;
    }
  pre_sql_pager_set_order (self->pager, key, join, self->descending);
}

/* GListModel */

static GType
pre_expense_model_get_item_type (GListModel *model)
{
  return PRE_TYPE_EXPENSE;
}

static guint
pre_expense_model_get_n_items (GListModel *model)
{
  return pre_sql_pager_get_n_items (PRE_EXPENSE_MODEL (model)->pager);
}

static gpointer
pre_expense_model_get_item (GListModel *model,
                            guint       position)
{
  return pre_sql_pager_get_item (PRE_EXPENSE_MODEL (model)->pager, position);
}

static void
pre_expense_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pre_expense_model_get_item_type;
  iface->get_n_items = pre_expense_model_get_n_items;
  iface->get_item = pre_expense_model_get_item;
}

/* GObject */

static void
pre_expense_model_constructed (GObject *object)
{
  PreExpenseModel *self = PRE_EXPENSE_MODEL (object);

  G_OBJECT_CLASS (pre_expense_model_parent_class)->constructed (object);

  g_assert (PRE_IS_STORE (self->store));
  pre_sql_pager_set_store (self->pager, self->store);
}

static void
pre_expense_model_dispose (GObject *object)
{
  PreExpenseModel *self = PRE_EXPENSE_MODEL (object);

  pre_sql_pager_set_store (self->pager, NULL);

  G_OBJECT_CLASS (pre_expense_model_parent_class)->dispose (object);
}

static void
pre_expense_model_finalize (GObject *object)
{
  PreExpenseModel *self = PRE_EXPENSE_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->pager, pre_sql_pager_free);

  G_OBJECT_CLASS (pre_expense_model_parent_class)->finalize (object);
}

static void
pre_expense_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PreExpenseModel *self = PRE_EXPENSE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, self->convention_id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, self->territory_id);
      break;

    case PROP_MISSION_ID:
      g_value_set_int64 (value, self->mission_id);
      break;

    case PROP_MISSION_KIND:
      g_value_set_int (value, self->mission_kind);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_SORT_COLUMN:
      g_value_set_int (value, self->sort);
      break;

    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, pre_sql_pager_get_n_items (self->pager));
      break;

    case PROP_TOTAL_AMOUNT:
      g_value_set_int64 (value, pre_sql_pager_get_total (self->pager));
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
  PreExpenseModel *self = PRE_EXPENSE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CONVENTION_ID:
      pre_expense_model_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      pre_expense_model_set_year (self, g_value_get_int (value));
      break;

    case PROP_TERRITORY_ID:
      pre_expense_model_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_MISSION_ID:
      pre_expense_model_set_mission_id (self, g_value_get_int64 (value));
      break;

    case PROP_MISSION_KIND:
      pre_expense_model_set_mission_kind (self, g_value_get_int (value));
      break;

    case PROP_SEARCH:
      pre_expense_model_set_search (self, g_value_get_string (value));
      break;

    case PROP_SORT_COLUMN:
      pre_expense_model_set_sort (self, g_value_get_int (value), self->descending);
      break;

    case PROP_SORT_DESCENDING:
      pre_expense_model_set_sort (self, self->sort, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
pre_expense_model_class_init (PreExpenseModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pre_expense_model_constructed;
  object_class->dispose = pre_expense_model_dispose;
  object_class->finalize = pre_expense_model_finalize;
  object_class->get_property = pre_expense_model_get_property;
  object_class->set_property = pre_expense_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PRE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONVENTION_ID] =
    g_param_spec_int64 ("convention-id", NULL, NULL, 0, G_MAXINT64, 0, RW);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, RW);
  properties[PROP_TERRITORY_ID] =
    g_param_spec_int64 ("territory-id", NULL, NULL, -1, G_MAXINT64, -1, RW);
  properties[PROP_MISSION_ID] =
    g_param_spec_int64 ("mission-id", NULL, NULL, 0, G_MAXINT64, 0, RW);
  properties[PROP_MISSION_KIND] =
    g_param_spec_int ("mission-kind", NULL, NULL, -1, PRE_N_MISSION_KINDS - 1, -1, RW);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, "", RW);
  properties[PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      PRE_EXPENSE_SORT_DATE, PRE_EXPENSE_SORT_AMOUNT, PRE_EXPENSE_SORT_DATE, RW);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE, RW);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_TOTAL_AMOUNT] =
    g_param_spec_int64 ("total-amount", NULL, NULL, 0, G_MAXINT64, 0, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_expense_model_init (PreExpenseModel *self)
{
  self->territory_id = PRE_EXPENSE_TERRITORY_ANY;
  self->mission_kind = -1;
  self->search = g_strdup ("");
  self->pager = pre_sql_pager_new (&expense_table, G_LIST_MODEL (self),
                                   properties[PROP_N_ITEMS], properties[PROP_TOTAL_AMOUNT]);
  update_where (self);
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

PreStore *
pre_expense_model_get_store (PreExpenseModel *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), NULL);
  return self->store;
}

#define DEFINE_FILTER(type, field, PROP, MIN) \
  type \
  pre_expense_model_get_##field (PreExpenseModel *self) \
  { \
    g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), 0); \
    return self->field; \
  } \
  void \
  pre_expense_model_set_##field (PreExpenseModel *self, \
                                 type             value) \
  { \
    g_return_if_fail (PRE_IS_EXPENSE_MODEL (self)); \
    value = MAX (value, MIN); \
    if (self->field == value) \
      return; \
    self->field = value; \
    update_where (self); \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

DEFINE_FILTER (gint64, convention_id, PROP_CONVENTION_ID, 0)
DEFINE_FILTER (int, year, PROP_YEAR, 0)
DEFINE_FILTER (gint64, territory_id, PROP_TERRITORY_ID, -1)
DEFINE_FILTER (gint64, mission_id, PROP_MISSION_ID, 0)
DEFINE_FILTER (int, mission_kind, PROP_MISSION_KIND, -1)

const char *
pre_expense_model_get_search (PreExpenseModel *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), NULL);
  return self->search;
}

void
pre_expense_model_set_search (PreExpenseModel *self,
                              const char      *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (PRE_IS_EXPENSE_MODEL (self));

  stripped = g_strstrip (g_strdup (search != NULL ? search : ""));
  if (!g_set_str (&self->search, stripped))
    return;
  update_where (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

PreExpenseSort
pre_expense_model_get_sort (PreExpenseModel *self,
                            gboolean        *descending)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), PRE_EXPENSE_SORT_DATE);

  if (descending != NULL)
    *descending = self->descending;
  return self->sort;
}

void
pre_expense_model_set_sort (PreExpenseModel *self,
                            PreExpenseSort   column,
                            gboolean         descending)
{
  gboolean column_changed, direction_changed;

  g_return_if_fail (PRE_IS_EXPENSE_MODEL (self));
  g_return_if_fail (column <= PRE_EXPENSE_SORT_AMOUNT);

  descending = !!descending;
  column_changed = self->sort != column;
  direction_changed = self->descending != descending;
  if (!column_changed && !direction_changed)
    return;

  self->sort = column;
  self->descending = descending;
  update_order (self);
  if (column_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
  if (direction_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}

gint64
pre_expense_model_get_total_amount (PreExpenseModel *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), 0);
  return pre_sql_pager_get_total (self->pager);
}

void
pre_expense_model_refresh (PreExpenseModel *self)
{
  g_return_if_fail (PRE_IS_EXPENSE_MODEL (self));
  pre_sql_pager_reload (self->pager);
}

const GError *
pre_expense_model_get_error (PreExpenseModel *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE_MODEL (self), NULL);
  return pre_sql_pager_get_error (self->pager);
}

void
pre_expense_model_freeze (PreExpenseModel *self)
{
  g_return_if_fail (PRE_IS_EXPENSE_MODEL (self));
  pre_sql_pager_freeze (self->pager);
}

void
pre_expense_model_thaw (PreExpenseModel *self)
{
  g_return_if_fail (PRE_IS_EXPENSE_MODEL (self));
  pre_sql_pager_thaw (self->pager);
}
