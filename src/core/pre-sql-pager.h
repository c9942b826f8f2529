/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to core: the engine of the lazy list models over the big tables
 * (sessions, expenses). A model describes its table once (#PreSqlTable),
 * turns its filters into a #PreSqlWhere (fixed SQL fragments and bound
 * values, never user text in the SQL) and its sort column into an ORDER BY
 * key; the pager counts and sums by SQL, reads pages of 200 rows, keeps the
 * 16 most recently used, reads the indexed order by keyset (or by OFFSET
 * from the nearer end) and the other orders through one sorted id list, and
 * emits #GListModel::items-changed on the model it serves. */

#include <gio/gio.h>

#include "pre-store-private.h"

G_BEGIN_DECLS

#define PRE_SQL_PAGER_PAGE_SIZE 200
#define PRE_SQL_PAGER_MAX_PAGES 16
#define PRE_SQL_PAGER_MAX_AGGREGATES 8

/* PreSqlWhere: the WHERE clause of a filter, in two forms that select the
 * same rows: one that lets SQLite use an index (for reading a page), and one
 * that keeps it off a filter's index ("+col") for whole-table work such as
 * counting and sorting ids, where reading in table order is faster than one
 * random lookup per row. Names of bound values start with ':'. */
typedef struct _PreSqlWhere PreSqlWhere;

PreSqlWhere *pre_sql_where_new          (void);
void         pre_sql_where_free         (PreSqlWhere        *self);

/* A join the clauses need, for the queries that do not select a whole row
 * (the row's SELECT already joins everything). Added once. */
void         pre_sql_where_add_join     (PreSqlWhere        *self,
                                         const char         *join);
/* @scan_clause: the same condition without index, or %NULL if the same. */
void         pre_sql_where_add          (PreSqlWhere        *self,
                                         const char         *clause,
                                         const char         *scan_clause);
void         pre_sql_where_bind_text    (PreSqlWhere        *self,
                                         const char         *name,
                                         const char         *value);
void         pre_sql_where_bind_int64   (PreSqlWhere        *self,
                                         const char         *name,
                                         gint64              value);

/* The filters sessions and expenses share, on the table aliased @alias
 * (columns mission_id, territory_id, date; mission joined as "m"):
 * @convention_id 0 for every one; @year 0 for every one; @territory_id -1
 * for any, 0 for the rows on all territories (NULL), else that id;
 * @mission_id 0 for every one; @mission_kind -1 for every kind. */
void         pre_sql_where_add_mission_filters (PreSqlWhere *self,
                                                const char  *alias,
                                                gint64       convention_id,
                                                int          year,
                                                gint64       territory_id,
                                                gint64       mission_id,
                                                int          mission_kind);

/* @text (stripped, "" for none) matched case-insensitively (ASCII), as one
 * phrase, in any of @columns (%NULL-terminated); LIKE's own characters
 * ('%', '_', '\') match literally. */
void         pre_sql_where_add_search   (PreSqlWhere        *self,
                                         const char         *text,
                                         const char * const *columns);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreSqlWhere, pre_sql_where_free)

typedef GObject    *(*PreSqlItemNewFunc) (PreStmt  *stmt);
typedef gint64      (*PreSqlItemIdFunc)  (gpointer  item);
typedef const char *(*PreSqlItemKeyFunc) (gpointer  item);

/* PreSqlTable: what the pager reads, as static strings. */
typedef struct
{
  const char *name;             /* for debug messages: "Expense list" */
  const char *select;           /* "SELECT cols FROM t a JOIN …": one item a row */
  const char *from;             /* " FROM t a": for counting and sorting ids */
  const char *id_column;        /* "a.id" */
  const char *key_column;       /* "a.date": the indexed order, text */
  const char *total_column;     /* "a.cost": summed into the total */
  const char *aggregates;       /* %NULL, or ", expr, …": more integer sums */
  guint n_aggregates;
  const char * const *tables;   /* store tables whose changes reload */
  PreSqlItemNewFunc new_item;   /* a row of @select → a new item */
  PreSqlItemIdFunc get_id;      /* an item's id_column */
  PreSqlItemKeyFunc get_key;    /* an item's key_column */
} PreSqlTable;

typedef struct _PreSqlPager PreSqlPager;

/* @model: the list the pager serves (not referenced), on which it emits
 * items-changed and notifies @n_items_pspec and @total_pspec. */
PreSqlPager  *pre_sql_pager_new           (const PreSqlTable *table,
                                           GListModel        *model,
                                           GParamSpec        *n_items_pspec,
                                           GParamSpec        *total_pspec);
void          pre_sql_pager_free          (PreSqlPager       *self);

/* Sets the store (or %NULL, in the model's dispose) and counts, without
 * signals; follows the store's changes to the table's tables. */
void          pre_sql_pager_set_store     (PreSqlPager       *self,
                                           PreStore          *store);
/* Takes @where; counts again now, or at the thaw when frozen. */
void          pre_sql_pager_set_where     (PreSqlPager       *self,
                                           PreSqlWhere       *where);
/* @key: an ORDER BY expression (static), or %NULL for the table's key
 * (keyset pages); @join: a join @key needs (static, nullable). Ties are
 * broken by the key column, then the id, in the same direction. Emits
 * items-changed over every item (same count). */
void          pre_sql_pager_set_order     (PreSqlPager       *self,
                                           const char        *key,
                                           const char        *join,
                                           gboolean           descending);
void          pre_sql_pager_reload        (PreSqlPager       *self);
void          pre_sql_pager_freeze        (PreSqlPager       *self);
void          pre_sql_pager_thaw          (PreSqlPager       *self);

guint         pre_sql_pager_get_n_items   (PreSqlPager       *self);
gint64        pre_sql_pager_get_total     (PreSqlPager       *self);
gint64        pre_sql_pager_get_aggregate (PreSqlPager       *self,
                                           guint              index);
/* Returns: (transfer full) (nullable): the item at @position */
gpointer      pre_sql_pager_get_item      (PreSqlPager       *self,
                                           guint              position);
const GError *pre_sql_pager_get_error     (PreSqlPager       *self);

G_END_DECLS
