/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-enums.h"
#include "pre-sql-list-model-private.h"

typedef struct
{
  PreStore *store;
  PreSqlPager *pager;

  /* Filters and sort. */
  gint64 convention_id;
  int year;
  gint64 territory_id;
  gint64 mission_id;
  int mission_kind;
  char *search;
  int sort;
  gboolean descending;
} PreSqlListModelPrivate;

static void pre_sql_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (PreSqlListModel, pre_sql_list_model, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (PreSqlListModel)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                         pre_sql_list_model_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONVENTION_ID,
  PROP_YEAR,
  PROP_TERRITORY_ID,
  PROP_MISSION_ID,
  PROP_MISSION_KIND,
  PROP_SEARCH,
  PROP_SORT_DESCENDING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define GET_PRIV(self) ((PreSqlListModelPrivate *) pre_sql_list_model_get_instance_private (self))
#define GET_INFO(self) ((const PreSqlListInfo *) PRE_SQL_LIST_MODEL_GET_CLASS (self)->info)

/* Filters changed: the pager counts again now, or at the thaw. */
void
pre_sql_list_model_filters_changed (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);
  const PreSqlListInfo *info = GET_INFO (self);
  PreSqlWhere *where;

  if (priv->pager == NULL)
    return;

  where = pre_sql_where_new ();
  pre_sql_where_add_mission_filters (where, info->alias, priv->convention_id, priv->year,
                                     priv->territory_id, priv->mission_id, priv->mission_kind);
  if (info->add_filters != NULL)
    info->add_filters (self, where);
  pre_sql_where_add_search (where, priv->search, info->search_columns);
  pre_sql_pager_set_where (priv->pager, where);
}

static void
update_order (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);
  const char *join = NULL;
  const char *key;

  if (priv->pager == NULL)
    return;
  key = GET_INFO (self)->order_key (priv->sort, &join);
  pre_sql_pager_set_order (priv->pager, key, join, priv->descending);
}

/* GListModel */

static GType
pre_sql_list_model_get_item_type (GListModel *model)
{
  return GET_INFO (model)->item_type ();
}

static guint
pre_sql_list_model_get_n_items (GListModel *model)
{
  PreSqlListModelPrivate *priv = GET_PRIV (PRE_SQL_LIST_MODEL (model));

  return priv->pager != NULL ? pre_sql_pager_get_n_items (priv->pager) : 0;
}

static gpointer
pre_sql_list_model_get_item (GListModel *model,
                             guint       position)
{
  PreSqlListModelPrivate *priv = GET_PRIV (PRE_SQL_LIST_MODEL (model));

  return priv->pager != NULL ? pre_sql_pager_get_item (priv->pager, position) : NULL;
}

static void
pre_sql_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pre_sql_list_model_get_item_type;
  iface->get_n_items = pre_sql_list_model_get_n_items;
  iface->get_item = pre_sql_list_model_get_item;
}

/* GObject */

static void
pre_sql_list_model_constructed (GObject *object)
{
  PreSqlListModel *self = PRE_SQL_LIST_MODEL (object);
  PreSqlListModelPrivate *priv = GET_PRIV (self);
  PreSqlListModelClass *klass = PRE_SQL_LIST_MODEL_GET_CLASS (self);

  G_OBJECT_CLASS (pre_sql_list_model_parent_class)->constructed (object);

  g_assert (PRE_IS_STORE (priv->store));
  g_assert (klass->info != NULL);

  /* Made here, when the subclass's table is known. */
  priv->pager = pre_sql_pager_new (GET_INFO (self)->table, G_LIST_MODEL (self),
                                   properties[PROP_N_ITEMS], klass->total_pspec);
  pre_sql_list_model_filters_changed (self);
  update_order (self);
  pre_sql_pager_set_store (priv->pager, priv->store);
}

static void
pre_sql_list_model_dispose (GObject *object)
{
  PreSqlListModelPrivate *priv = GET_PRIV (PRE_SQL_LIST_MODEL (object));

  if (priv->pager != NULL)
    pre_sql_pager_set_store (priv->pager, NULL);

  G_OBJECT_CLASS (pre_sql_list_model_parent_class)->dispose (object);
}

static void
pre_sql_list_model_finalize (GObject *object)
{
  PreSqlListModelPrivate *priv = GET_PRIV (PRE_SQL_LIST_MODEL (object));

  g_clear_object (&priv->store);
  g_clear_pointer (&priv->search, g_free);
  g_clear_pointer (&priv->pager, pre_sql_pager_free);

  G_OBJECT_CLASS (pre_sql_list_model_parent_class)->finalize (object);
}

static void
pre_sql_list_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PreSqlListModel *self = PRE_SQL_LIST_MODEL (object);
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, priv->convention_id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, priv->year);
      break;

    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, priv->territory_id);
      break;

    case PROP_MISSION_ID:
      g_value_set_int64 (value, priv->mission_id);
      break;

    case PROP_MISSION_KIND:
      g_value_set_int (value, priv->mission_kind);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, priv->search);
      break;

    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, priv->descending);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_sql_list_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PreSqlListModel *self = PRE_SQL_LIST_MODEL (object);
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    case PROP_CONVENTION_ID:
      pre_sql_list_model_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      pre_sql_list_model_set_year (self, g_value_get_int (value));
      break;

    case PROP_TERRITORY_ID:
      pre_sql_list_model_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_MISSION_ID:
      pre_sql_list_model_set_mission_id (self, g_value_get_int64 (value));
      break;

    case PROP_MISSION_KIND:
      pre_sql_list_model_set_mission_kind (self, g_value_get_int (value));
      break;

    case PROP_SEARCH:
      pre_sql_list_model_set_search (self, g_value_get_string (value));
      break;

    case PROP_SORT_DESCENDING:
      pre_sql_list_model_set_sort (self, priv->sort, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
pre_sql_list_model_class_init (PreSqlListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pre_sql_list_model_constructed;
  object_class->dispose = pre_sql_list_model_dispose;
  object_class->finalize = pre_sql_list_model_finalize;
  object_class->get_property = pre_sql_list_model_get_property;
  object_class->set_property = pre_sql_list_model_set_property;

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
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE, RW);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_sql_list_model_init (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  priv->territory_id = -1;
  priv->mission_kind = -1;
  priv->search = g_strdup ("");
}

void
pre_sql_list_model_class_set_info (PreSqlListModelClass *klass,
                                   const PreSqlListInfo *info,
                                   GParamSpec           *sort_column_pspec,
                                   GParamSpec           *total_pspec)
{
  klass->info = info;
  klass->sort_column_pspec = sort_column_pspec;
  klass->total_pspec = total_pspec;
}

PreStore *
pre_sql_list_model_get_store (PreSqlListModel *self)
{
  return GET_PRIV (self)->store;
}

#define DEFINE_FILTER(type, field, PROP, MIN) \
  type \
  pre_sql_list_model_get_##field (PreSqlListModel *self) \
  { \
    return GET_PRIV (self)->field; \
  } \
  void \
  pre_sql_list_model_set_##field (PreSqlListModel *self, \
                                  type             value) \
  { \
    PreSqlListModelPrivate *priv = GET_PRIV (self); \
    value = MAX (value, MIN); \
    if (priv->field == value) \
      return; \
    priv->field = value; \
    pre_sql_list_model_filters_changed (self); \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

DEFINE_FILTER (gint64, convention_id, PROP_CONVENTION_ID, 0)
DEFINE_FILTER (int, year, PROP_YEAR, 0)
DEFINE_FILTER (gint64, territory_id, PROP_TERRITORY_ID, -1)
DEFINE_FILTER (gint64, mission_id, PROP_MISSION_ID, 0)
DEFINE_FILTER (int, mission_kind, PROP_MISSION_KIND, -1)

const char *
pre_sql_list_model_get_search (PreSqlListModel *self)
{
  return GET_PRIV (self)->search;
}

void
pre_sql_list_model_set_search (PreSqlListModel *self,
                               const char      *search)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);
  g_autofree char *stripped = g_strstrip (g_strdup (search != NULL ? search : ""));

  if (!g_set_str (&priv->search, stripped))
    return;
  pre_sql_list_model_filters_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

int
pre_sql_list_model_get_sort (PreSqlListModel *self,
                             gboolean        *descending)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  if (descending != NULL)
    *descending = priv->descending;
  return priv->sort;
}

void
pre_sql_list_model_set_sort (PreSqlListModel *self,
                             int              column,
                             gboolean         descending)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);
  gboolean column_changed, direction_changed;

  g_return_if_fail (column >= 0 && column <= GET_INFO (self)->last_sort);

  descending = !!descending;
  column_changed = priv->sort != column;
  direction_changed = priv->descending != descending;
  if (!column_changed && !direction_changed)
    return;

  priv->sort = column;
  priv->descending = descending;
  update_order (self);
  if (column_changed)
    g_object_notify_by_pspec (G_OBJECT (self),
                              PRE_SQL_LIST_MODEL_GET_CLASS (self)->sort_column_pspec);
  if (direction_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}

gint64
pre_sql_list_model_get_total (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  return priv->pager != NULL ? pre_sql_pager_get_total (priv->pager) : 0;
}

gint64
pre_sql_list_model_get_aggregate (PreSqlListModel *self,
                                  guint            index)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  return priv->pager != NULL ? pre_sql_pager_get_aggregate (priv->pager, index) : 0;
}

void
pre_sql_list_model_refresh (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  if (priv->pager != NULL)
    pre_sql_pager_reload (priv->pager);
}

void
pre_sql_list_model_freeze (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  if (priv->pager != NULL)
    pre_sql_pager_freeze (priv->pager);
}

void
pre_sql_list_model_thaw (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  if (priv->pager != NULL)
    pre_sql_pager_thaw (priv->pager);
}

const GError *
pre_sql_list_model_get_error (PreSqlListModel *self)
{
  PreSqlListModelPrivate *priv = GET_PRIV (self);

  return priv->pager != NULL ? pre_sql_pager_get_error (priv->pager) : NULL;
}
