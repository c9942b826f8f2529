/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-store-helpers.h"

gboolean
pre_store_step_exists (PreStore  *store,
                       PreStmt   *stmt,
                       gboolean  *exists,
                       GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  *exists = pre_store_step_row (store, stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_exec_for_id (PreStore    *store,
                       const char  *sql,
                       gint64       id,
                       GError     **error)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return pre_store_step_done (store, stmt, error);
}

gboolean
pre_store_step_changed (PreStore    *store,
                        PreStmt     *stmt,
                        GError     **error,
                        const char  *not_found_format,
                        ...)
{
  va_list args;

  if (!pre_store_step_done (store, stmt, error))
    return FALSE;
  if (pre_store_changes (store) > 0)
    return TRUE;

  if (error != NULL)
    {
      va_start (args, not_found_format);
      g_propagate_error (error, g_error_new_valist (PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                                                    not_found_format, args));
      va_end (args);
    }
  return FALSE;
}

gboolean
pre_store_step_save (PreStore    *store,
                     PreStmt     *stmt,
                     gint64       id,
                     gint64      *out_id,
                     GError     **error,
                     const char  *not_found_format,
                     ...)
{
  va_list args;

  if (!pre_store_step_done (store, stmt, error))
    return FALSE;
  if (id == 0)
    {
      *out_id = pre_store_last_insert_id (store);
      return TRUE;
    }
  if (pre_store_changes (store) > 0)
    {
      *out_id = id;
      return TRUE;
    }

  if (error != NULL)
    {
      va_start (args, not_found_format);
      g_propagate_error (error, g_error_new_valist (PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                                                    not_found_format, args));
      va_end (args);
    }
  return FALSE;
}

gboolean
pre_store_count_for_id (PreStore    *store,
                        const char  *sql,
                        gint64       id,
                        gint64      *count,
                        GError     **error)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, error);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;

  *count = exists ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
pre_store_row_exists (PreStore    *store,
                      const char  *table,
                      gint64       id,
                      gboolean    *exists,
                      GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", table);
  g_autoptr(PreStmt) stmt = NULL;

  if (id <= 0)
    {
      *exists = FALSE;
      return TRUE;
    }

  stmt = pre_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return pre_store_step_exists (store, stmt, exists, error);
}

gboolean
pre_store_check_reference (PreStore    *store,
                           const char  *table,
                           gint64       id,
                           const char  *field,
                           const char  *message,
                           GError     **error)
{
  gboolean exists;

  if (!pre_store_row_exists (store, table, id, &exists, error))
    return FALSE;
  if (!exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, field, "%s", message);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_name_taken (PreStore    *store,
                      const char  *table,
                      const char  *name,
                      gint64       id,
                      char       **existing,
                      GError     **error)
{
  /* "villeneuve" is Villeneuve and "CHENÔVE" Chenôve: compared casefolded
   * (SQLite's NOCASE folds ASCII only), over tables of a few dozen rows. */
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM %s WHERE id != ?1", table);
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, error);
  g_autofree char *key = g_utf8_casefold (name, -1);
  g_autoptr(GError) local = NULL;

  *existing = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while (pre_store_step_row (store, stmt, &local))
    {
      const char *text = pre_column_text (stmt, 0);
      g_autofree char *other = text != NULL ? g_utf8_casefold (text, -1) : NULL;

      if (g_strcmp0 (key, other) == 0)
        {
          *existing = g_strdup (text);
          return TRUE;
        }
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

void
pre_set_in_use_error (GError     **error,
                      const char  *name,
                      GPtrArray   *uses)
{
  g_autofree char *joined = NULL;

  g_assert (uses->len > 0);

  if (uses->len == 1)
    joined = g_strdup (g_ptr_array_index (uses, 0));
  else
    {
      g_autoptr(GString) head = g_string_new (g_ptr_array_index (uses, 0));

      for (guint i = 1; i + 1 < uses->len; i++)
        {
          /* Translators: separates the items of a list: "1 partner, 2 sessions and 1 payment" */
          g_string_append (head, _(", "));
          g_string_append (head, g_ptr_array_index (uses, i));
        }
      /* Translators: the last two items of a list: "2 sessions and 1 payment" */
      joined = g_strdup_printf (_("%s and %s"), head->str,
                                (const char *)g_ptr_array_index (uses, uses->len - 1));
    }

  /* Translators: "Chenôve cannot be deleted: it has 214 sessions and 3 payments." */
  g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE,
               _("%s cannot be deleted: it has %s."), name, joined);
}

gboolean
pre_propagate_reference_error (GError     **error,
                               GError      *local_error,
                               const char  *field,
                               const char  *message)
{
  if (g_error_matches (local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, field, "%s", message);
      g_error_free (local_error);
    }
  else
    g_propagate_error (error, local_error);
  return FALSE;
}

PreStmt *
pre_store_query_by_id (PreStore    *store,
                       const char  *select_sql,
                       gint64       id,
                       const char  *not_found_message,
                       GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  stmt = pre_store_prepare (store, select_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return NULL;
  if (!exists)
    {
      g_set_error_literal (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND, not_found_message);
      return NULL;
    }
  return g_steal_pointer (&stmt);
}

gpointer
pre_store_get_by_id (PreStore    *store,
                     const char  *select_sql,
                     gint64       id,
                     PreRowFunc   row_func,
                     const char  *not_found_message,
                     GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  stmt = pre_store_query_by_id (store, select_sql, id, not_found_message, error);
  return stmt != NULL ? row_func (stmt) : NULL;
}

GPtrArray *
pre_store_collect_rows (PreStore        *store,
                        PreStmt         *stmt,
                        GDestroyNotify   free_row,
                        PreRowDataFunc   row_func,
                        gpointer         user_data,
                        GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  g_autoptr(GError) local_error = NULL;

  while (pre_store_step_row (store, stmt, &local_error))
    g_ptr_array_add (rows, row_func (stmt, user_data));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

typedef struct
{
  PreRowFunc row_func;
} ObjectRowData;

static gpointer
object_from_stmt (PreStmt  *stmt,
                  gpointer  user_data)
{
  ObjectRowData *data = user_data;

  return data->row_func (stmt);
}

GListModel *
pre_store_list_from_stmt (PreStore    *store,
                          PreStmt     *stmt,
                          GType        item_type,
                          PreRowFunc   row_func,
                          GError     **error)
{
  ObjectRowData data = { row_func };
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) items = NULL;

  items = pre_store_collect_rows (store, stmt, g_object_unref, object_from_stmt, &data, error);
  if (items == NULL)
    return NULL;

  list = g_list_store_new (item_type);
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
pre_store_list_for_id (PreStore    *store,
                       const char  *select_sql,
                       gint64       id,
                       GType        item_type,
                       PreRowFunc   row_func,
                       GError     **error)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, select_sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return pre_store_list_from_stmt (store, stmt, item_type, row_func, error);
}

static void
touch_all (PreStore           *store,
           const char * const *tables)
{
  for (guint i = 0; tables != NULL && tables[i] != NULL; i++)
    pre_store_touch (store, tables[i]);
}

gboolean
pre_store_finish_write (PreStore            *store,
                        gboolean             ok,
                        const char * const  *touched_tables,
                        GError             **error)
{
  if (!ok)
    {
      pre_store_rollback (store);
      return FALSE;
    }
  touch_all (store, touched_tables);
  return pre_store_commit (store, error);
}

static gboolean
delete_row (PreStore            *store,
            const char          *table,
            gint64               id,
            const char          *not_found_message,
            PreDeleteCheckFunc   check,
            GError             **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  g_autoptr(PreStmt) stmt = NULL;

  if (check != NULL && !check (store, id, error))
    return FALSE;

  stmt = pre_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return pre_store_step_changed (store, stmt, error, "%s", not_found_message);
}

gboolean
pre_store_delete_by_id (PreStore            *store,
                        const char          *table,
                        gint64               id,
                        const char          *not_found_message,
                        PreDeleteCheckFunc   check,
                        const char * const  *touched_tables,
                        GError             **error)
{
  gboolean ok;

  if (!pre_store_begin (store, error))
    return FALSE;

  ok = delete_row (store, table, id, not_found_message, check, error);
  return pre_store_finish_write (store, ok,
                                 touched_tables != NULL ? touched_tables : PRE_TABLES (table),
                                 error);
}

gboolean
pre_store_archive_by_id (PreStore    *store,
                         const char  *table,
                         gint64       id,
                         gboolean     archived,
                         const char  *not_found_message,
                         GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET archived = ?2 WHERE id = ?1", table);
  g_autoptr(PreStmt) stmt = NULL;
  gboolean ok;

  if (!pre_store_begin (store, error))
    return FALSE;

  stmt = pre_store_prepare (store, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
      ok = pre_store_step_changed (store, stmt, error, "%s", not_found_message);
    }
  return pre_store_finish_write (store, ok, PRE_TABLES (table), error);
}
