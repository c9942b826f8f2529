/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-enums.h"
#include "pre-sql-pager.h"

#define PAGE_SIZE PRE_SQL_PAGER_PAGE_SIZE

/* WHERE */

typedef struct
{
  char *name;
  char *text;     /* NULL for an integer */
  gint64 value;
} Binding;

struct _PreSqlWhere
{
  GString *joins;
  GString *clause;        /* "" or " WHERE … AND …" */
  GString *scan_clause;
  GArray *bindings;
};

static void
binding_clear (gpointer data)
{
  Binding *binding = data;

  g_free (binding->name);
  g_free (binding->text);
}

PreSqlWhere *
pre_sql_where_new (void)
{
  PreSqlWhere *self = g_new0 (PreSqlWhere, 1);

  self->joins = g_string_new ("");
  self->clause = g_string_new ("");
  self->scan_clause = g_string_new ("");
  self->bindings = g_array_new (FALSE, TRUE, sizeof (Binding));
  g_array_set_clear_func (self->bindings, binding_clear);
  return self;
}

void
pre_sql_where_free (PreSqlWhere *self)
{
  if (self == NULL)
    return;
  g_string_free (self->joins, TRUE);
  g_string_free (self->clause, TRUE);
  g_string_free (self->scan_clause, TRUE);
  g_array_unref (self->bindings);
  g_free (self);
}

void
pre_sql_where_add_join (PreSqlWhere *self,
                        const char  *join)
{
  if (strstr (self->joins->str, join) == NULL)
    g_string_append (self->joins, join);
}

void
pre_sql_where_add (PreSqlWhere *self,
                   const char  *clause,
                   const char  *scan_clause)
{
  const char *glue = self->clause->len == 0 ? " WHERE " : " AND ";

  g_string_append_printf (self->clause, "%s%s", glue, clause);
  g_string_append_printf (self->scan_clause, "%s%s", glue,
                          scan_clause != NULL ? scan_clause : clause);
}

void
pre_sql_where_bind_text (PreSqlWhere *self,
                         const char  *name,
                         const char  *value)
{
  Binding binding = { g_strdup (name), g_strdup (value), 0 };

  g_array_append_val (self->bindings, binding);
}

void
pre_sql_where_bind_int64 (PreSqlWhere *self,
                          const char  *name,
                          gint64       value)
{
  Binding binding = { g_strdup (name), NULL, value };

  g_array_append_val (self->bindings, binding);
}

/* Binds the values whose names @stmt has (an id query may lack some). */
static void
where_bind (const PreSqlWhere *self,
            PreStmt           *stmt)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      const Binding *binding = &g_array_index (self->bindings, Binding, i);
      int index = sqlite3_bind_parameter_index (stmt, binding->name);

      if (index <= 0)
        continue;
      if (binding->text != NULL)
        pre_bind_text (stmt, index, binding->text);
      else
        sqlite3_bind_int64 (stmt, index, binding->value);
    }
}

/* Only fixed fragments and the alias (a constant of the caller) go into the
 * SQL text; every value is bound. */
void
pre_sql_where_add_mission_filters (PreSqlWhere *self,
                                   const char  *alias,
                                   gint64       convention_id,
                                   int          year,
                                   gint64       territory_id,
                                   gint64       mission_id,
                                   int          mission_kind)
{
  g_autofree char *join = g_strdup_printf (" JOIN mission m ON m.id = %s.mission_id", alias);

  if (convention_id > 0)
    {
      pre_sql_where_add_join (self, join);
      pre_sql_where_add (self, "m.convention_id = :convention", NULL);
      pre_sql_where_bind_int64 (self, ":convention", convention_id);
    }
  if (year > 0)
    {
      g_autofree char *clause = g_strdup_printf ("%s.date >= :from AND %s.date < :to",
                                                 alias, alias);
      g_autofree char *scan = g_strdup_printf ("+%s.date >= :from AND +%s.date < :to",
                                               alias, alias);
      char from[16], to[16];

      g_snprintf (from, sizeof from, "%04d-01-01", year);
      g_snprintf (to, sizeof to, "%04d-01-01", year + 1);
      pre_sql_where_add (self, clause, scan);
      pre_sql_where_bind_text (self, ":from", from);
      pre_sql_where_bind_text (self, ":to", to);
    }
  if (territory_id >= 0)
    {
      const char *test = territory_id == 0 ? "IS NULL" : "= :territory";
      g_autofree char *clause = g_strdup_printf ("%s.territory_id %s", alias, test);
      g_autofree char *scan = g_strdup_printf ("+%s.territory_id %s", alias, test);

      pre_sql_where_add (self, clause, scan);
      if (territory_id > 0)
        pre_sql_where_bind_int64 (self, ":territory", territory_id);
    }
  if (mission_id > 0)
    {
      g_autofree char *clause = g_strdup_printf ("%s.mission_id = :mission", alias);
      g_autofree char *scan = g_strdup_printf ("+%s.mission_id = :mission", alias);

      pre_sql_where_add (self, clause, scan);
      pre_sql_where_bind_int64 (self, ":mission", mission_id);
    }
  if (mission_kind >= 0)
    {
      pre_sql_where_add_join (self, join);
      pre_sql_where_add (self, "m.kind = :kind", NULL);
      pre_sql_where_bind_text (self, ":kind", pre_mission_kind_to_string (mission_kind));
    }
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

void
pre_sql_where_add_search (PreSqlWhere        *self,
                          const char         *text,
                          const char * const *columns)
{
  g_autoptr(GString) clause = NULL;
  g_autofree char *pattern = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  clause = g_string_new ("(");
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (clause, "%s%s LIKE :search ESCAPE '\\'",
                            i > 0 ? " OR " : "", columns[i]);
  g_string_append_c (clause, ')');
  pattern = like_pattern (text);
  pre_sql_where_add (self, clause->str, NULL);
  pre_sql_where_bind_text (self, ":search", pattern);
}

/* Pager */

struct _PreSqlPager
{
  const PreSqlTable *table;
  GListModel *model;
  GParamSpec *n_items_pspec;
  GParamSpec *total_pspec;

  PreStore *store;
  gulong changed_id;

  PreSqlWhere *where;
  const char *order_key;    /* NULL: the table's key, by keyset */
  const char *order_join;
  gboolean descending;

  /* What SQL said for the current filter. */
  guint n_items;
  gint64 total;
  gint64 aggregates[PRE_SQL_PAGER_MAX_AGGREGATES];
  GError *error;

  /* Page number → GPtrArray of items; most recently used first. */
  GHashTable *pages;
  GQueue lru;
  GArray *sorted_ids;       /* gint64, for the orders without an index */
  char *by_ids_sql;

  guint freeze_count;
  gboolean reload_pending;
};

PreSqlPager *
pre_sql_pager_new (const PreSqlTable *table,
                   GListModel        *model,
                   GParamSpec        *n_items_pspec,
                   GParamSpec        *total_pspec)
{
  PreSqlPager *self = g_new0 (PreSqlPager, 1);
  GString *sql;

  g_assert (table->n_aggregates <= PRE_SQL_PAGER_MAX_AGGREGATES);

  self->table = table;
  self->model = model;
  self->n_items_pspec = n_items_pspec;
  self->total_pspec = total_pspec;
  self->where = pre_sql_where_new ();
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_queue_init (&self->lru);

  /* Unused places stay NULL, which matches nothing. */
  sql = g_string_new (table->select);
  g_string_append_printf (sql, " WHERE %s IN (", table->id_column);
  for (guint i = 1; i <= PAGE_SIZE; i++)
    g_string_append_printf (sql, i > 1 ? ", ?%u" : "?%u", i);
  g_string_append_c (sql, ')');
  self->by_ids_sql = g_string_free (sql, FALSE);
  return self;
}

static void
clear_pages (PreSqlPager *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  g_clear_pointer (&self->sorted_ids, g_array_unref);
}

static void
set_error (PreSqlPager *self,
           GError      *error)
{
  g_clear_error (&self->error);
  self->error = error;
  if (error != NULL)
    g_debug ("%s: %s", self->table->name, error->message);
}

static void
count (PreSqlPager *self)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  GError *error = NULL;

  self->n_items = 0;
  self->total = 0;
  memset (self->aggregates, 0, sizeof self->aggregates);

  sql = g_string_new (NULL);
  g_string_printf (sql, "SELECT count(*), coalesce (sum (%s), 0)%s%s%s%s",
                   self->table->total_column,
                   self->table->aggregates != NULL ? self->table->aggregates : "",
                   self->table->from, self->where->joins->str, self->where->scan_clause->str);

  stmt = pre_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return;
    }
  where_bind (self->where, stmt);
  if (!pre_store_step_row (self->store, stmt, &error))
    {
      set_error (self, error);
      return;
    }
  self->n_items = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
  self->total = sqlite3_column_int64 (stmt, 1);
  for (guint i = 0; i < self->table->n_aggregates; i++)
    self->aggregates[i] = sqlite3_column_int64 (stmt, 2 + i);
  set_error (self, NULL);
}

static GPtrArray *
step_items (PreSqlPager *self,
            PreStmt     *stmt)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (PAGE_SIZE, g_object_unref);
  GError *error = NULL;

  while (pre_store_step_row (self->store, stmt, &error))
    g_ptr_array_add (items, self->table->new_item (stmt));
  if (error != NULL)
    {
      set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* The table's key (indexed, with the id): a page that follows a cached one
 * starts after that page's last row (keyset), so scrolling never skips over
 * rows; other pages use OFFSET. */
static GPtrArray *
load_page_by_key (PreSqlPager *self,
                  guint        page)
{
  const PreSqlTable *table = self->table;
  g_autoptr(GString) sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  GPtrArray *previous = NULL;
  gpointer last = NULL;
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

  sql = g_string_new (table->select);
  g_string_append (sql, self->where->clause->str);
  if (last != NULL)
    g_string_append_printf (sql, "%s (%s, %s) %s (:last_key, :last_id)",
                            self->where->clause->len > 0 ? " AND" : " WHERE",
                            table->key_column, table->id_column,
                            self->descending ? "<" : ">");
  g_string_append_printf (sql, " ORDER BY %s%s, %s%s LIMIT :limit",
                          table->key_column, dir, table->id_column, dir);
  if (last == NULL)
    g_string_append (sql, " OFFSET :offset");

  stmt = pre_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return NULL;
    }
  where_bind (self->where, stmt);
  if (last != NULL)
    {
      pre_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":last_key"),
                     table->get_key (last));
      sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":last_id"),
                          table->get_id (last));
    }
  else
    sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":offset"), offset);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);

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

/* Other orders have no index: sorting once gives the ids in order (8 bytes
 * a row, not the rows), then each page reads its 200 rows by id. */
static gboolean
ensure_sorted_ids (PreSqlPager *self)
{
  const PreSqlTable *table = self->table;
  g_autoptr(GString) sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  GError *error = NULL;
  const char *dir = self->descending ? " DESC" : "";

  if (self->sorted_ids != NULL)
    return TRUE;

  sql = g_string_new (NULL);
  g_string_printf (sql, "SELECT %s%s%s%s%s ORDER BY %s%s, %s%s, %s%s",
                   table->id_column, table->from, self->where->joins->str,
                   self->order_join != NULL ? self->order_join : "",
                   self->where->scan_clause->str,
                   self->order_key, dir, table->key_column, dir, table->id_column, dir);

  stmt = pre_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return FALSE;
    }
  where_bind (self->where, stmt);

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
load_page_by_ids (PreSqlPager *self,
                  guint        page)
{
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

  stmt = pre_store_prepare (self->store, self->by_ids_sql, &error);
  if (stmt == NULL)
    {
      set_error (self, error);
      return NULL;
    }
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
      gpointer item = NULL;

      for (guint j = 0; j < found->len && item == NULL; j++)
        if (self->table->get_id (g_ptr_array_index (found, j)) == id)
          item = g_ptr_array_index (found, j);
      /* Deleted since the ids were read: the store's signal reloads soon. */
      if (item != NULL)
        g_ptr_array_add (items, g_object_ref (item));
    }
  return items;
}

static GPtrArray *
get_page (PreSqlPager *self,
          guint        page)
{
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (items != NULL)
    {
      GList *link = g_queue_find (&self->lru, GUINT_TO_POINTER (page));

      g_queue_unlink (&self->lru, link);
      g_queue_push_head_link (&self->lru, link);
      return items;
    }

  if (self->order_key == NULL)
    items = load_page_by_key (self, page);
  else
    items = load_page_by_ids (self, page);
  if (items == NULL)
    return NULL;

  while (self->lru.length >= PRE_SQL_PAGER_MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));
  return items;
}

gpointer
pre_sql_pager_get_item (PreSqlPager *self,
                        guint        position)
{
  GPtrArray *items;
  guint offset = position % PAGE_SIZE;

  if (self->store == NULL || position >= self->n_items)
    return NULL;

  items = get_page (self, position / PAGE_SIZE);
  if (items == NULL || offset >= items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (items, offset));
}

/* Counts again and tells the views: everything may have changed. */
void
pre_sql_pager_reload (PreSqlPager *self)
{
  guint old_n = self->n_items;
  gint64 old_total = self->total;

  if (self->store == NULL)
    return;

  clear_pages (self);
  count (self);

  if (old_n != 0 || self->n_items != 0)
    g_list_model_items_changed (self->model, 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self->model), self->n_items_pspec);
  if (old_total != self->total)
    g_object_notify_by_pspec (G_OBJECT (self->model), self->total_pspec);
}

static void
store_changed_cb (PreStore    *store,
                  const char  *table,
                  PreSqlPager *self)
{
  if (g_strv_contains (self->table->tables, table))
    pre_sql_pager_reload (self);
}

void
pre_sql_pager_set_store (PreSqlPager *self,
                         PreStore    *store)
{
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  clear_pages (self);
  g_set_object (&self->store, store);
  if (store == NULL)
    return;

  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  count (self);
}

void
pre_sql_pager_free (PreSqlPager *self)
{
  if (self == NULL)
    return;
  pre_sql_pager_set_store (self, NULL);
  pre_sql_where_free (self->where);
  g_hash_table_unref (self->pages);
  g_free (self->by_ids_sql);
  g_clear_error (&self->error);
  g_free (self);
}

/* Reloads now, or once at the end when frozen. */
void
pre_sql_pager_set_where (PreSqlPager *self,
                         PreSqlWhere *where)
{
  pre_sql_where_free (self->where);
  self->where = where;
  if (self->store == NULL)
    return;
  if (self->freeze_count > 0)
    self->reload_pending = TRUE;
  else
    pre_sql_pager_reload (self);
}

void
pre_sql_pager_set_order (PreSqlPager *self,
                         const char  *key,
                         const char  *join,
                         gboolean     descending)
{
  self->order_key = key;
  self->order_join = join;
  self->descending = !!descending;
  if (self->store == NULL)
    return;

  /* Same rows, another order: no need to count again. */
  clear_pages (self);
  if (self->n_items > 0)
    g_list_model_items_changed (self->model, 0, self->n_items, self->n_items);
}

void
pre_sql_pager_freeze (PreSqlPager *self)
{
  self->freeze_count++;
}

void
pre_sql_pager_thaw (PreSqlPager *self)
{
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count == 0 && self->reload_pending)
    {
      self->reload_pending = FALSE;
      pre_sql_pager_reload (self);
    }
}

guint
pre_sql_pager_get_n_items (PreSqlPager *self)
{
  return self->n_items;
}

gint64
pre_sql_pager_get_total (PreSqlPager *self)
{
  return self->total;
}

gint64
pre_sql_pager_get_aggregate (PreSqlPager *self,
                             guint        index)
{
  g_return_val_if_fail (index < self->table->n_aggregates, 0);
  return self->aggregates[index];
}

const GError *
pre_sql_pager_get_error (PreSqlPager *self)
{
  return self->error;
}
