/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-activity-model.h"
#include "pre-activity-private.h"
#include "pre-sql-list-model-private.h"

/* The filters, the sort and the paging are PreSqlListModel's; a session list
 * adds what a session row is, its sort keys and the status filter. */

struct _PreActivityModel
{
  PreSqlListModel parent_instance;

  int status;
};

G_DEFINE_FINAL_TYPE (PreActivityModel, pre_activity_model, PRE_TYPE_SQL_LIST_MODEL)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_SORT_COLUMN,
  PROP_TOTAL_COST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define BASE(self) PRE_SQL_LIST_MODEL (self)

/* SQL */

static const char * const watched_tables[] = {
  "activity", "territory", "mission", "convention", NULL
};

static const PreSqlTable activity_table = {
  .name = "Activity list",
  .select = "SELECT " PRE_ACTIVITY_COLUMNS PRE_ACTIVITY_FROM,
  .from = " FROM activity a",
  .id_column = "a.id",
  .key_column = "a.date",
  .total_column = "a.cost",
  /* In PreActivityStatus order. */
  .aggregates = ", coalesce (sum (a.cost) FILTER (WHERE a.status = 'planned'), 0),"
                " coalesce (sum (a.cost) FILTER (WHERE a.status = 'held'), 0),"
                " coalesce (sum (a.cost) FILTER (WHERE a.status = 'missed'), 0),"
                " coalesce (sum (a.cost) FILTER (WHERE a.status = 'cancelled'), 0)",
  .n_aggregates = PRE_ACTIVITY_CANCELLED + 1,
  .tables = watched_tables,
  .new_item = (PreSqlItemNewFunc) pre_activity_new_from_stmt,
  .get_id = (PreSqlItemIdFunc) pre_activity_get_id,
  .get_key = (PreSqlItemKeyFunc) pre_activity_get_date,
};

static const char * const search_columns[] = {
  "a.title", "a.provider", "a.notes", "a.topic", "a.youth_code", NULL
};

static const char *
order_key (int          column,
           const char **join)
{
  switch ((PreActivitySort) column)
    {
    case PRE_ACTIVITY_SORT_TERRITORY:
      *join = " LEFT JOIN territory t ON t.id = a.territory_id";
      return "coalesce (t.name, '') COLLATE NOCASE";
    case PRE_ACTIVITY_SORT_TITLE:
      return "a.title COLLATE NOCASE";
    case PRE_ACTIVITY_SORT_STATUS:
      return "CASE a.status WHEN 'planned' THEN 0 WHEN 'held' THEN 1"
             " WHEN 'missed' THEN 2 ELSE 3 END";
    case PRE_ACTIVITY_SORT_PROVIDER:
      return "a.provider COLLATE NOCASE";
    case PRE_ACTIVITY_SORT_PARTICIPANTS:
      return "coalesce (a.participants, -1)";
    case PRE_ACTIVITY_SORT_COST:
      return "a.cost";
    case PRE_ACTIVITY_SORT_DATE:
    default:
      /* The (date, id) index serves the order: keyset pages. */
      return NULL;
    }
}

static void
add_filters (PreSqlListModel *model,
             PreSqlWhere     *where)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (model);

  if (self->status >= 0)
    {
      pre_sql_where_add (where, "a.status = :status", NULL);
      pre_sql_where_bind_text (where, ":status", pre_activity_status_to_string (self->status));
    }
}

static const PreSqlListInfo activity_info = {
  .table = &activity_table,
  .item_type = pre_activity_get_type,
  .alias = "a",
  .search_columns = search_columns,
  .last_sort = PRE_ACTIVITY_SORT_COST,
  .order_key = order_key,
  .add_filters = add_filters,
};

/* GObject */

static void
pre_activity_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_SORT_COLUMN:
      g_value_set_int (value, pre_sql_list_model_get_sort (BASE (self), NULL));
      break;

    case PROP_TOTAL_COST:
      g_value_set_int64 (value, pre_sql_list_model_get_total (BASE (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_activity_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);
  gboolean descending;

  switch (prop_id)
    {
    case PROP_STATUS:
      pre_activity_model_set_status (self, g_value_get_int (value));
      break;

    case PROP_SORT_COLUMN:
      pre_sql_list_model_get_sort (BASE (self), &descending);
      pre_activity_model_set_sort (self, g_value_get_int (value), descending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_activity_model_class_init (PreActivityModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pre_activity_model_get_property;
  object_class->set_property = pre_activity_model_set_property;

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, -1, PRE_ACTIVITY_CANCELLED, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      PRE_ACTIVITY_SORT_DATE, PRE_ACTIVITY_SORT_COST, PRE_ACTIVITY_SORT_DATE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL_COST] =
    g_param_spec_int64 ("total-cost", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  pre_sql_list_model_class_set_info (PRE_SQL_LIST_MODEL_CLASS (klass), &activity_info,
                                     properties[PROP_SORT_COLUMN], properties[PROP_TOTAL_COST]);
}

static void
pre_activity_model_init (PreActivityModel *self)
{
  self->status = -1;
}

/**
 * pre_activity_model_new:
 * @store: the store to list
 *
 * Returns: (transfer full): a model of every session, by date
 */
PreActivityModel *
pre_activity_model_new (PreStore *store)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return g_object_new (PRE_TYPE_ACTIVITY_MODEL, "store", store, NULL);
}

PreStore *
pre_activity_model_get_store (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), NULL);
  return pre_sql_list_model_get_store (BASE (self));
}

/* The shared filters are the parent's. */
#define DEFINE_FILTER(type, field) \
  type \
  pre_activity_model_get_##field (PreActivityModel *self) \
  { \
    g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0); \
    return pre_sql_list_model_get_##field (BASE (self)); \
  } \
  void \
  pre_activity_model_set_##field (PreActivityModel *self, \
                                  type              value) \
  { \
    g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self)); \
    pre_sql_list_model_set_##field (BASE (self), value); \
  }

DEFINE_FILTER (gint64, convention_id)
DEFINE_FILTER (int, year)
DEFINE_FILTER (gint64, territory_id)
DEFINE_FILTER (gint64, mission_id)
DEFINE_FILTER (int, mission_kind)

int
pre_activity_model_get_status (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  return self->status;
}

void
pre_activity_model_set_status (PreActivityModel *self,
                               int               status)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));

  status = MAX (status, -1);
  if (self->status == status)
    return;
  self->status = status;
  pre_sql_list_model_filters_changed (BASE (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
pre_activity_model_get_search (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), NULL);
  return pre_sql_list_model_get_search (BASE (self));
}

void
pre_activity_model_set_search (PreActivityModel *self,
                               const char       *search)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_list_model_set_search (BASE (self), search);
}

PreActivitySort
pre_activity_model_get_sort (PreActivityModel *self,
                             gboolean         *descending)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), PRE_ACTIVITY_SORT_DATE);
  return pre_sql_list_model_get_sort (BASE (self), descending);
}

void
pre_activity_model_set_sort (PreActivityModel *self,
                             PreActivitySort   column,
                             gboolean          descending)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  g_return_if_fail (column <= PRE_ACTIVITY_SORT_COST);
  pre_sql_list_model_set_sort (BASE (self), column, descending);
}

gint64
pre_activity_model_get_total_cost (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  return pre_sql_list_model_get_total (BASE (self));
}

gint64
pre_activity_model_get_cost_by_status (PreActivityModel  *self,
                                       PreActivityStatus  status)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  g_return_val_if_fail (status <= PRE_ACTIVITY_CANCELLED, 0);
  return pre_sql_list_model_get_aggregate (BASE (self), status);
}

void
pre_activity_model_refresh (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_list_model_refresh (BASE (self));
}

const GError *
pre_activity_model_get_error (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), NULL);
  return pre_sql_list_model_get_error (BASE (self));
}

void
pre_activity_model_freeze (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_list_model_freeze (BASE (self));
}

void
pre_activity_model_thaw (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_list_model_thaw (BASE (self));
}
