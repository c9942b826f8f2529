/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to core: what a subclass of PreSqlListModel says about its table,
 * and the parent's functions its public wrappers call. */

#include "pre-sql-list-model.h"
#include "pre-sql-pager.h"
#include "pre-store.h"

G_BEGIN_DECLS

typedef struct
{
  const PreSqlTable *table;
  GType (*item_type) (void);
  const char *alias;                    /* the table's alias in table->select */
  const char * const *search_columns;   /* %NULL-terminated */
  int last_sort;                        /* sort columns are 0 … last_sort */
  /* An ORDER BY expression for @column, %NULL for the table's keyset order;
   * *join: a join the expression needs. Static strings. */
  const char *(*order_key) (int          column,
                            const char **join);
  /* The subclass's own filters (nullable). */
  void        (*add_filters) (PreSqlListModel *self,
                              PreSqlWhere     *where);
} PreSqlListInfo;

/* In the subclass's class_init, after installing its properties:
 * @sort_column_pspec (an int, 0 … info->last_sort) and @total_pspec (an
 * int64, the sum of table->total_column). */
void          pre_sql_list_model_class_set_info   (PreSqlListModelClass *klass,
                                                   const PreSqlListInfo *info,
                                                   GParamSpec           *sort_column_pspec,
                                                   GParamSpec           *total_pspec);

/* The subclass's own filter changed. */
void          pre_sql_list_model_filters_changed  (PreSqlListModel      *self);

PreStore     *pre_sql_list_model_get_store        (PreSqlListModel      *self);
gint64        pre_sql_list_model_get_convention_id (PreSqlListModel     *self);
void          pre_sql_list_model_set_convention_id (PreSqlListModel     *self,
                                                    gint64               value);
int           pre_sql_list_model_get_year         (PreSqlListModel      *self);
void          pre_sql_list_model_set_year         (PreSqlListModel      *self,
                                                   int                   value);
gint64        pre_sql_list_model_get_territory_id (PreSqlListModel      *self);
void          pre_sql_list_model_set_territory_id (PreSqlListModel      *self,
                                                   gint64                value);
gint64        pre_sql_list_model_get_mission_id   (PreSqlListModel      *self);
void          pre_sql_list_model_set_mission_id   (PreSqlListModel      *self,
                                                   gint64                value);
int           pre_sql_list_model_get_mission_kind (PreSqlListModel      *self);
void          pre_sql_list_model_set_mission_kind (PreSqlListModel      *self,
                                                   int                   value);
const char   *pre_sql_list_model_get_search       (PreSqlListModel      *self);
void          pre_sql_list_model_set_search       (PreSqlListModel      *self,
                                                   const char           *search);
int           pre_sql_list_model_get_sort         (PreSqlListModel      *self,
                                                   gboolean             *descending);
void          pre_sql_list_model_set_sort         (PreSqlListModel      *self,
                                                   int                   column,
                                                   gboolean              descending);
gint64        pre_sql_list_model_get_total        (PreSqlListModel      *self);
gint64        pre_sql_list_model_get_aggregate    (PreSqlListModel      *self,
                                                   guint                 index);
void          pre_sql_list_model_refresh          (PreSqlListModel      *self);
void          pre_sql_list_model_freeze           (PreSqlListModel      *self);
void          pre_sql_list_model_thaw             (PreSqlListModel      *self);
const GError *pre_sql_list_model_get_error        (PreSqlListModel      *self);

G_END_DECLS
