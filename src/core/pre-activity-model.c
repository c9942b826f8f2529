/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-activity-model.h"
#include "pre-activity-private.h"

#define PAGE_SIZE 200
#define MAX_PAGES 16

struct _PreActivityModel
{
  GObject parent_instance;

  PreStore *store;
  gulong changed_id;

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

  /* What SQL said for the current filter. */
  guint n_items;
  gint64 total_cost;
  gint64 cost_by_status[PRE_ACTIVITY_CANCELLED + 1];
  GError *error;

  /* Page number → GPtrArray of PreActivity; most recently used first. */
  GHashTable *pages;
  GQueue lru;
  GArray *sorted_ids;   /* gint64, for the sorts without an index */

  guint freeze_count;
  gboolean reload_pending;
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

/* SQL */

typedef enum
{
  WHERE_CONVENTION = 1 << 0,
  WHERE_YEAR = 1 << 1,
  WHERE_ALL_TERRITORIES = 1 << 2,
  WHERE_TERRITORY = 1 << 3,
  WHERE_MISSION = 1 << 4,
  WHERE_KIND = 1 << 5,
  WHERE_STATUS = 1 << 6,
  WHERE_SEARCH = 1 << 7,
  /* Whole-table work (counting, sorting ids): a filter that keeps a third
   * of the rows is read faster in table order than through its index, which
   * costs one random lookup per row. "+col" keeps SQLite off the index. */
  WHERE_SCAN = 1 << 8,
} WhereFlags;

static WhereFlags
get_where_flags (PreActivityModel *self)
{
  WhereFlags flags = 0;

  if (self->convention_id > 0)
    flags |= WHERE_CONVENTION;
  if (self->year > 0)
    flags |= WHERE_YEAR;
  if (self->territory_id == 0)
    flags |= WHERE_ALL_TERRITORIES;
  else if (self->territory_id > 0)
    flags |= WHERE_TERRITORY;
  if (self->mission_id > 0)
    flags |= WHERE_MISSION;
  if (self->mission_kind >= 0)
    flags |= WHERE_KIND;
  if (self->status >= 0)
    flags |= WHERE_STATUS;
  if (self->search[0] != '\0')
    flags |= WHERE_SEARCH;
  return flags;
}

/* Only fixed fragments go into the SQL text; every value is bound. */
static void
append_where (GString    *sql,
              WhereFlags  flags)
{
  static const struct { WhereFlags flag; const char *clause; } clauses[] = {
    { WHERE_CONVENTION, "m.convention_id = :convention" },
    { WHERE_YEAR, "a.date >= :from AND a.date < :to" },
    { WHERE_YEAR | WHERE_SCAN, "+a.date >= :from AND +a.date < :to" },
    { WHERE_ALL_TERRITORIES, "a.territory_id IS NULL" },
    { WHERE_ALL_TERRITORIES | WHERE_SCAN, "+a.territory_id IS NULL" },
    { WHERE_TERRITORY, "a.territory_id = :territory" },
    { WHERE_TERRITORY | WHERE_SCAN, "+a.territory_id = :territory" },
    { WHERE_MISSION, "a.mission_id = :mission" },
    { WHERE_MISSION | WHERE_SCAN, "+a.mission_id = :mission" },
    { WHERE_KIND, "m.kind = :kind" },
    { WHERE_STATUS, "a.status = :status" },
    { WHERE_SEARCH, "(a.title LIKE :search ESCAPE '\\' OR a.provider LIKE :search ESCAPE '\\'"
                    " OR a.notes LIKE :search ESCAPE '\\' OR a.topic LIKE :search ESCAPE '\\'"
                    " OR a.youth_code LIKE :search ESCAPE '\\')" },
  };
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      WhereFlags filter = clauses[i].flag & ~WHERE_SCAN;
      gboolean scan_form = (clauses[i].flag & WHERE_SCAN) != 0;
      gboolean has_scan_form = (filter & (WHERE_YEAR | WHERE_ALL_TERRITORIES |
                                          WHERE_TERRITORY | WHERE_MISSION)) != 0;

      if (!(flags & filter))
        continue;
      /* Indexed and unindexed forms of the same filter: one is written. */
      if (has_scan_form && scan_form != ((flags & WHERE_SCAN) != 0))
        continue;
      g_string_append (sql, first ? " WHERE " : " AND ");
      g_string_append (sql, clauses[i].clause);
      first = FALSE;
    }
}

/* The mission is joined only when a filter needs it (every session has one). */
static void
append_from_mission (GString    *sql,
                     WhereFlags  flags)
{
  if (flags & (WHERE_CONVENTION | WHERE_KIND))
    g_string_append (sql, " JOIN mission m ON m.id = a.mission_id");
}

static void
bind_named_text (PreStmt    *stmt,
                 const char *name,
                 const char *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    pre_bind_text (stmt, index, text);
}

static void
bind_named_int64 (PreStmt    *stmt,
                  const char *name,
                  gint64      value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

/* "50%_off" → "%50\%\_off%": the user's text matches literally. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static void
bind_filters (PreActivityModel *self,
              PreStmt          *stmt)
{
  if (self->convention_id > 0)
    bind_named_int64 (stmt, ":convention", self->convention_id);
  if (self->year > 0)
    {
      char from[16], to[16];

      g_snprintf (from, sizeof from, "%04d-01-01", self->year);
      g_snprintf (to, sizeof to, "%04d-01-01", self->year + 1);
      bind_named_text (stmt, ":from", from);
      bind_named_text (stmt, ":to", to);
    }
  if (self->territory_id > 0)
    bind_named_int64 (stmt, ":territory", self->territory_id);
  if (self->mission_id > 0)
    bind_named_int64 (stmt, ":mission", self->mission_id);
  if (self->mission_kind >= 0)
    bind_named_text (stmt, ":kind", pre_mission_kind_to_string (self->mission_kind));
  if (self->status >= 0)
    bind_named_text (stmt, ":status", pre_activity_status_to_string (self->status));
  if (self->search[0] != '\0')
    {
      g_autofree char *pattern = like_pattern (self->search);
      bind_named_text (stmt, ":search", pattern);
    }
}

static const char *
order_key (PreActivitySort sort)
{
  switch (sort)
    {
    case PRE_ACTIVITY_SORT_TERRITORY:
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
      return NULL;
    }
}

/* Pages */

static void
clear_pages (PreActivityModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  g_clear_pointer (&self->sorted_ids, g_array_unref);
}

static void
set_error (PreActivityModel *self,
           GError           *error)
{
  g_clear_error (&self->error);
  self->error = error;
  if (error != NULL)
    g_debug ("Activity list: %s", error->message);
}

static void
count (PreActivityModel *self)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  GError *error = NULL;

  self->n_items = 0;
  self->total_cost = 0;
  memset (self->cost_by_status, 0, sizeof self->cost_by_status);

  sql = g_string_new ("SELECT count(*), coalesce (sum (a.cost), 0),"
                      " coalesce (sum (a.cost) FILTER (WHERE a.status = 'planned'), 0),"
                      " coalesce (sum (a.cost) FILTER (WHERE a.status = 'held'), 0),"
                      " coalesce (sum (a.cost) FILTER (WHERE a.status = 'missed'), 0),"
                      " coalesce (sum (a.cost) FILTER (WHERE a.status = 'cancelled'), 0)"
                      " FROM activity a");
  append_from_mission (sql, get_where_flags (self));
  append_where (sql, get_where_flags (self) | WHERE_SCAN);

  stmt = pre_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return;
    }
  bind_filters (self, stmt);
  if (!pre_store_step_row (self->store, stmt, &error))
    {
      set_error (self, error);
      return;
    }
  self->n_items = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
  self->total_cost = sqlite3_column_int64 (stmt, 1);
  for (guint i = 0; i <= PRE_ACTIVITY_CANCELLED; i++)
    self->cost_by_status[i] = sqlite3_column_int64 (stmt, 2 + i);
  set_error (self, NULL);
}

static GString *
select_sql (PreActivityModel *self)
{
  GString *sql = g_string_new ("SELECT " PRE_ACTIVITY_COLUMNS PRE_ACTIVITY_FROM);

  append_where (sql, get_where_flags (self));
  return sql;
}

static GPtrArray *
step_items (PreActivityModel *self,
            PreStmt          *stmt)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (PAGE_SIZE, g_object_unref);
  GError *error = NULL;

  while (pre_store_step_row (self->store, stmt, &error))
    g_ptr_array_add (items, pre_activity_new_from_stmt (stmt));
  if (error != NULL)
    {
      set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* Sorted by date: the (date, id) index serves the order. A page that follows
 * a cached one starts after that page's last row (keyset), so scrolling
 * never skips over rows; other pages use OFFSET. */
static GPtrArray *
load_page_by_date (PreActivityModel *self,
                   guint             page)
{
  g_autoptr(GString) sql = select_sql (self);
  g_autoptr(PreStmt) stmt = NULL;
  GPtrArray *previous = NULL;
  PreActivity *last = NULL;
  GPtrArray *items;
  GError *error = NULL;
  const char *dir = self->descending ? " DESC" : "";
  gboolean reverse;
  gint64 offset;
  guint limit = PAGE_SIZE;

  if (page > 0)
    previous = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page - 1));
  if (previous != NULL && previous->len == PAGE_SIZE)
    last = g_ptr_array_index (previous, PAGE_SIZE - 1);

  /* A page in the second half is read from the other end, so that OFFSET
   * never walks more than half of the rows; it is reversed afterwards. */
  reverse = last == NULL && (gint64) page * PAGE_SIZE > self->n_items / 2;
  if (reverse)
    {
      guint end = MIN (self->n_items, (page + 1) * PAGE_SIZE);

      if (page * PAGE_SIZE >= end)
        return g_ptr_array_new_with_free_func (g_object_unref);
      limit = end - page * PAGE_SIZE;
      offset = self->n_items - end;
      dir = self->descending ? "" : " DESC";
    }
  else
    offset = (gint64) page * PAGE_SIZE;

  if (last != NULL)
    g_string_append_printf (sql, "%s (a.date, a.id) %s (:last_date, :last_id)",
                            get_where_flags (self) != 0 ? " AND" : " WHERE",
                            self->descending ? "<" : ">");
  g_string_append_printf (sql, " ORDER BY a.date%s, a.id%s LIMIT :limit", dir, dir);
  if (last == NULL)
    g_string_append (sql, " OFFSET :offset");

  stmt = pre_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return NULL;
    }
  bind_filters (self, stmt);
  if (last != NULL)
    {
      bind_named_text (stmt, ":last_date", pre_activity_get_date (last));
      bind_named_int64 (stmt, ":last_id", pre_activity_get_id (last));
    }
  else
    bind_named_int64 (stmt, ":offset", offset);
  bind_named_int64 (stmt, ":limit", limit);

  items = step_items (self, stmt);
  if (items != NULL && reverse)
    for (guint i = 0, j = items->len; i + 1 < j; i++, j--)
      {
        gpointer tmp = items->pdata[i];

        items->pdata[i] = items->pdata[j - 1];
        items->pdata[j - 1] = tmp;
      }
  return items;
}

/* Other sorts have no index: sorting once gives the ids in order (8 bytes a
 * row, not the rows), then each page reads its 200 rows by id. */
static gboolean
ensure_sorted_ids (PreActivityModel *self)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  GError *error = NULL;
  const char *dir = self->descending ? " DESC" : "";

  if (self->sorted_ids != NULL)
    return TRUE;

  sql = g_string_new ("SELECT a.id FROM activity a");
  append_from_mission (sql, get_where_flags (self));
  if (self->sort == PRE_ACTIVITY_SORT_TERRITORY)
    g_string_append (sql, " LEFT JOIN territory t ON t.id = a.territory_id");
  append_where (sql, get_where_flags (self) | WHERE_SCAN);
  g_string_append_printf (sql, " ORDER BY %s%s, a.date%s, a.id%s",
                          order_key (self->sort), dir, dir, dir);

  stmt = pre_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return FALSE;
    }
  bind_filters (self, stmt);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->n_items);
  while (pre_store_step_row (self->store, stmt, &error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (error != NULL)
    {
      set_error (self, error);
      return FALSE;
    }
  self->sorted_ids = g_steal_pointer (&ids);
  return TRUE;
}

static GPtrArray *
load_page_by_ids (PreActivityModel *self,
                  guint             page)
{
  static char *sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;
  GPtrArray *items;
  GError *error = NULL;
  guint first = page * PAGE_SIZE;
  guint n;

  if (!ensure_sorted_ids (self))
    return NULL;
  if (first >= self->sorted_ids->len)
    return g_ptr_array_new_with_free_func (g_object_unref);
  n = MIN (PAGE_SIZE, self->sorted_ids->len - first);

  if (g_once_init_enter_pointer (&sql))
    {
      GString *text = g_string_new ("SELECT " PRE_ACTIVITY_COLUMNS PRE_ACTIVITY_FROM
                                    " WHERE a.id IN (");

      for (guint i = 1; i <= PAGE_SIZE; i++)
        g_string_append_printf (text, i > 1 ? ", ?%u" : "?%u", i);
      g_string_append_c (text, ')');
      g_once_init_leave_pointer (&sql, g_string_free (text, FALSE));
    }

  stmt = pre_store_prepare (self->store, sql, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return NULL;
    }
  /* Unused places stay NULL, which matches nothing. */
  for (guint i = 0; i < n; i++)
    sqlite3_bind_int64 (stmt, i + 1, g_array_index (self->sorted_ids, gint64, first + i));

  found = step_items (self, stmt);
  if (found == NULL)
    return NULL;

  /* Back in the sorted order (200 × 200 comparisons at most). */
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (self->sorted_ids, gint64, first + i);
      PreActivity *activity = NULL;

      for (guint j = 0; j < found->len && activity == NULL; j++)
        if (pre_activity_get_id (g_ptr_array_index (found, j)) == id)
          activity = g_ptr_array_index (found, j);
      /* Deleted since the ids were read: the store's signal reloads soon. */
      if (activity != NULL)
        g_ptr_array_add (items, g_object_ref (activity));
    }
  return items;
}

static GPtrArray *
load_page (PreActivityModel *self,
           guint             page)
{
  if (self->sort == PRE_ACTIVITY_SORT_DATE)
    return load_page_by_date (self, page);
  return load_page_by_ids (self, page);
}

static GPtrArray *
get_page (PreActivityModel *self,
          guint             page)
{
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (items != NULL)
    {
      GList *link = g_queue_find (&self->lru, GUINT_TO_POINTER (page));

      g_queue_unlink (&self->lru, link);
      g_queue_push_head_link (&self->lru, link);
      return items;
    }

  items = load_page (self, page);
  if (items == NULL)
    return NULL;

  while (self->lru.length >= MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));
  return items;
}

/* Counts again and tells the views: everything may have changed. */
static void
reload (PreActivityModel *self)
{
  guint old_n = self->n_items;
  gint64 old_total = self->total_cost;

  clear_pages (self);
  count (self);

  if (old_n != 0 || self->n_items != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (old_total != self->total_cost)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_COST]);
}

/* Reloads now, or once at the end when frozen. */
static void
filters_changed (PreActivityModel *self)
{
  if (self->store == NULL)
    return;
  if (self->freeze_count > 0)
    self->reload_pending = TRUE;
  else
    reload (self);
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
  return PRE_ACTIVITY_MODEL (model)->n_items;
}

static gpointer
pre_activity_model_get_item (GListModel *model,
                             guint       position)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (model);
  GPtrArray *items;
  guint offset = position % PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;

  items = get_page (self, position / PAGE_SIZE);
  if (items == NULL || offset >= items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (items, offset));
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
store_changed_cb (PreActivityModel *self,
                  const char       *table,
                  PreStore         *store)
{
  if (g_str_equal (table, "activity") || g_str_equal (table, "territory") ||
      g_str_equal (table, "mission") || g_str_equal (table, "convention"))
    reload (self);
}

static void
pre_activity_model_constructed (GObject *object)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  G_OBJECT_CLASS (pre_activity_model_parent_class)->constructed (object);

  g_assert (PRE_IS_STORE (self->store));
  self->changed_id = g_signal_connect_swapped (self->store, "changed",
                                               G_CALLBACK (store_changed_cb), self);
  count (self);
}

static void
pre_activity_model_dispose (GObject *object)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  clear_pages (self);

  G_OBJECT_CLASS (pre_activity_model_parent_class)->dispose (object);
}

static void
pre_activity_model_finalize (GObject *object)
{
  PreActivityModel *self = PRE_ACTIVITY_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_error (&self->error);

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
      g_value_set_uint (value, self->n_items);
      break;

    case PROP_TOTAL_COST:
      g_value_set_int64 (value, self->total_cost);
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
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_queue_init (&self->lru);
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
    filters_changed (self); \
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
  filters_changed (self);
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
  if (self->store != NULL)
    {
      /* Same rows, another order: no need to count again. */
      clear_pages (self);
      if (self->n_items > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, self->n_items, self->n_items);
    }
  if (column_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
  if (direction_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}

gint64
pre_activity_model_get_total_cost (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  return self->total_cost;
}

gint64
pre_activity_model_get_cost_by_status (PreActivityModel  *self,
                                       PreActivityStatus  status)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), 0);
  g_return_val_if_fail (status <= PRE_ACTIVITY_CANCELLED, 0);
  return self->cost_by_status[status];
}

void
pre_activity_model_refresh (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  reload (self);
}

const GError *
pre_activity_model_get_error (PreActivityModel *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_MODEL (self), NULL);
  return self->error;
}

void
pre_activity_model_freeze (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  self->freeze_count++;
}

void
pre_activity_model_thaw (PreActivityModel *self)
{
  g_return_if_fail (PRE_IS_ACTIVITY_MODEL (self));
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count == 0 && self->reload_pending)
    {
      self->reload_pending = FALSE;
      reload (self);
    }
}
