/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-activity-model.h"
#include "pre-activity-private.h"
#include "pre-sql-pager.h"

struct _PreActivityModel
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
  int status;
  char *search;
  PreActivitySort sort;
  gboolean descending;
};

static void pre_activity_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PreActivityModel, pre_activity_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pre_activity_model_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONVENTION_ID,
  PROP_YEAR,
  PROP_TERRITORY_ID,
  PROP_MISSION_ID,
  PROP_MISSION_KIND,
  PROP_STATUS,
  PROP_SEARCH,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  PROP_N_ITEMS,
  PROP_TOTAL_COST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* SQL: the paging engine is PreSqlPager; this says what a session row is. */

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

/* Filters changed: the pager counts again now, or at the thaw. */
static void
update_where (PreActivityModel *self)
{
  PreSqlWhere *where = pre_sql_where_new ();

  pre_sql_where_add_mission_filters (where, "a", self->convention_id, self->year,
                                     self->territory_id, self->mission_id,
                                     self->mission_kind);
  if (self->status >= 0)
    {
      pre_sql_where_add (where, "a.status = :status", NULL);
      pre_sql_where_bind_text (where, ":status", pre_activity_status_to_string (self->status));
    }
  pre_sql_where_add_search (where, self->search, search_columns);
  pre_sql_pager_set_where (self->pager, where);
}

static void
update_order (PreActivityModel *self)
{
  const char *key = NULL;
  const char *join = NULL;

  switch (self->sort)
    {
    case PRE_ACTIVITY_SORT_TERRITORY:
      key = "coalesce (t.name, '') COLLATE NOCASE";
      join = " LEFT JOIN territory t ON t.id = a.territory_id";
      break;
    case PRE_ACTIVITY_SORT_TITLE:
      key = "a.title COLLATE NOCASE";
      break;
    case PRE_ACTIVITY_SORT_STATUS:
      key = "CASE a.status WHEN 'planned' THEN 0 WHEN 'held' THEN 1"
            " WHEN 'missed' THEN 2 ELSE 3 END";
      break;
    case PRE_ACTIVITY_SORT_PROVIDER:
      key = "a.provider COLLATE NOCASE";
      break;
    case PRE_ACTIVITY_SORT_PARTICIPANTS:
      key = "coalesce (a.participants, -1)";
      break;
    case PRE_ACTIVITY_SORT_COST:
      key = "a.cost";
      break;
    case PRE_ACTIVITY_SORT_DATE:
    default:
      /* The (date, id) index serves the order: keyset pages. */
      break;
    }
  pre_sql_pager_set_order (self->pager, key, join, self->descending);
}

/* GListModel */

static GType
pre_activity_model_get_item_type (GListModel *model)
{
  return PRE_TYPE_ACTIVITY;
}

static guint
pre_activity_model_get_n_items (GListModel *model)
{
  return pre_sql_pager_get_n_items (PRE_ACTIVITY_MODEL (model)->pager);
}

static gpointer
pre_activity_model_get_item (GListModel *model,
                             guint       position)
{
  return pre_sql_pager_get_item (PRE_ACTIVITY_MODEL (model)->pager, position);
}

static void
pre_activity_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pre_activity_model_get_item_type;
  iface->get_n_items = pre_activity_model_get_n_items;
  iface->get_item = pre_activity_model_get_item;
}

/* GObject */

static void
pre_activity_model_constructed (GObject *object)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  G_OBJECT_CLASS (pre_activity_model_parent_class)->constructed (object);

  g_assert (PRE_IS_STORE (self->store));
  pre_sql_pager_set_store (self->pager, self->store);
}

static void
pre_activity_model_dispose (GObject *object)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  pre_sql_pager_set_store (self->pager, NULL);

  G_OBJECT_CLASS (pre_activity_model_parent_class)->dispose (object);
}

static void
pre_activity_model_finalize (GObject *object)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->pager, pre_sql_pager_free);

  G_OBJECT_CLASS (pre_activity_model_parent_class)->finalize (object);
}

static void
pre_activity_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

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

    case PROP_STATUS:
      g_value_set_int (value, self->status);
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

    case PROP_TOTAL_COST:
      g_value_set_int64 (value, pre_sql_pager_get_total (self->pager));
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

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CONVENTION_ID:
      pre_activity_model_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      pre_activity_model_set_year (self, g_value_get_int (value));
      break;

    case PROP_TERRITORY_ID:
      pre_activity_model_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_MISSION_ID:
      pre_activity_model_set_mission_id (self, g_value_get_int64 (value));
      break;

    case PROP_MISSION_KIND:
      pre_activity_model_set_mission_kind (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      pre_activity_model_set_status (self, g_value_get_int (value));
      break;

    case PROP_SEARCH:
      pre_activity_model_set_search (self, g_value_get_string (value));
      break;

    case PROP_SORT_COLUMN:
      pre_activity_model_set_sort (self, g_value_get_int (value), self->descending);
      break;

    case PROP_SORT_DESCENDING:
      pre_activity_model_set_sort (self, self->sort, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
pre_activity_model_class_init (PreActivityModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pre_activity_model_constructed;
  object_class->dispose = pre_activity_model_dispose;
  object_class->finalize = pre_activity_model_finalize;
  object_class->get_property = pre_activity_model_get_property;
  object_class->set_property = pre_activity_model_set_property;

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
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, -1, PRE_ACTIVITY_CANCELLED, -1, RW);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, "", RW);
  properties[PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      PRE_ACTIVITY_SORT_DATE, PRE_ACTIVITY_SORT_COST, PRE_ACTIVITY_SORT_DATE, RW);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE, RW);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_TOTAL_COST] =
    g_param_spec_int64 ("total-cost", NULL, NULL, 0, G_MAXINT64, 0, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_activity_model_init (PreActivityModel *self)
{
  self->territory_id = PRE_ACTIVITY_TERRITORY_ANY;
  self->mission_kind = -1;
  self->status = -1;
  self->search = g_strdup ("");
  self->pager = pre_sql_pager_new (&activity_table, G_LIST_MODEL (self),
                                   properties[PROP_N_ITEMS], properties[PROP_TOTAL_COST]);
  update_where (self);
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
  return self->store;
}

#define DEFINE_FILTER(type, field, PROP, MIN) \
  type \
  pre_activity_model_get_##field (PreActivityModel *self) \
  { \
    g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0); \
    return self->field; \
  } \
  void \
  pre_activity_model_set_##field (PreActivityModel *self, \
                                  type              value) \
  { \
    g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self)); \
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
DEFINE_FILTER (int, status, PROP_STATUS, -1)

const char *
pre_activity_model_get_search (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), NULL);
  return self->search;
}

void
pre_activity_model_set_search (PreActivityModel *self,
                               const char       *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));

  stripped = g_strstrip (g_strdup (search != NULL ? search : ""));
  if (!g_set_str (&self->search, stripped))
    return;
  update_where (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

PreActivitySort
pre_activity_model_get_sort (PreActivityModel *self,
                             gboolean         *descending)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), PRE_ACTIVITY_SORT_DATE);

  if (descending != NULL)
    *descending = self->descending;
  return self->sort;
}

void
pre_activity_model_set_sort (PreActivityModel *self,
                             PreActivitySort   column,
                             gboolean          descending)
{
  gboolean column_changed, direction_changed;

  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  g_return_if_fail (column <= PRE_ACTIVITY_SORT_COST);

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
pre_activity_model_get_total_cost (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  return pre_sql_pager_get_total (self->pager);
}

gint64
pre_activity_model_get_cost_by_status (PreActivityModel  *self,
                                       PreActivityStatus  status)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  g_return_val_if_fail (status <= PRE_ACTIVITY_CANCELLED, 0);
  return pre_sql_pager_get_aggregate (self->pager, status);
}

void
pre_activity_model_refresh (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_pager_reload (self->pager);
}

const GError *
pre_activity_model_get_error (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), NULL);
  return pre_sql_pager_get_error (self->pager);
}

void
pre_activity_model_freeze (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_pager_freeze (self->pager);
}

void
pre_activity_model_thaw (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  pre_sql_pager_thaw (self->pager);
}
