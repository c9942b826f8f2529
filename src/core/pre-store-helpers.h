/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the core's entity modules: the reads and writes every one of them does
 * (get by id, delete by id, in-use counts, lists of objects). Never for GUI/CLI. */

#include <gio/gio.h>

#include "pre-error.h"
#include "pre-store-private.h"

G_BEGIN_DECLS

/* Makes an object from the current row of a statement. */
typedef gpointer (*PreRowFunc)         (PreStmt     *stmt);

/* Makes a row (a struct, an object…) from the current row of a statement,
 * with the caller's @user_data (a year, today's date…). */
typedef gpointer (*PreRowDataFunc)     (PreStmt     *stmt,
                                        gpointer     user_data);

/* Checks, inside the deleting transaction, that row @id may go. */
typedef gboolean (*PreDeleteCheckFunc) (PreStore    *store,
                                        gint64       id,
                                        GError     **error);

/* A %NULL-terminated list of table names, for the @touched_tables arguments:
 * PRE_TABLES ("payment", "receipt"). */
#define PRE_TABLES(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* Appends "2 sessions" to @uses when @n > 0. The format comes from
 * g_dngettext() at the call site so that xgettext sees both forms. */
#define PRE_USES_ADD(uses, n, format) \
  G_STMT_START { \
    if ((n) > 0) \
      g_ptr_array_add ((uses), g_strdup_printf ((format), (int)(n))); \
  } G_STMT_END

/* Steps @stmt once: @exists tells whether it gave a row. FALSE on failure. */
gboolean    pre_store_step_exists     (PreStore            *store,
                                       PreStmt             *stmt,
                                       gboolean            *exists,
                                       GError             **error);

/* Runs the write @sql (no result) with @id bound to ?1: "DELETE FROM
 * attendance WHERE meeting_id = ?1" before the new lines are inserted. */
gboolean    pre_store_exec_for_id     (PreStore            *store,
                                       const char          *sql,
                                       gint64               id,
                                       GError             **error);

/* Steps a write that must change a row (UPDATE … WHERE id = …): when it
 * changes none, %PRE_STORE_ERROR_NOT_FOUND with the formatted message. */
gboolean    pre_store_step_changed    (PreStore            *store,
                                       PreStmt             *stmt,
                                       GError             **error,
                                       const char          *not_found_format,
                                       ...) G_GNUC_PRINTF (4, 5);

/* Steps the INSERT (when @id is 0) or UPDATE … WHERE id = @id that saves a
 * record, giving its id in @out_id (the new row's, or @id). An UPDATE that
 * changes no row is %PRE_STORE_ERROR_NOT_FOUND with the formatted message. */
gboolean    pre_store_step_save       (PreStore            *store,
                                       PreStmt             *stmt,
                                       gint64               id,
                                       gint64              *out_id,
                                       GError             **error,
                                       const char          *not_found_format,
                                       ...) G_GNUC_PRINTF (6, 7);

/* A single integer from @sql with @id bound to ?1 (0 without a row). */
gboolean    pre_store_count_for_id    (PreStore            *store,
                                       const char          *sql,
                                       gint64               id,
                                       gint64              *count,
                                       GError             **error);

/* Whether a row with this id exists in @table ("partner", "territory"…; a
 * literal, never user text). An id ≤ 0 does not exist. */
gboolean    pre_store_row_exists      (PreStore            *store,
                                       const char          *table,
                                       gint64               id,
                                       gboolean            *exists,
                                       GError             **error);

/* Checks that the record a form refers to (row @id of @table, a constant
 * from code) still exists: otherwise %PRE_VALIDATION_ERROR_INVALID on
 * @field with @message. */
gboolean    pre_store_check_reference (PreStore            *store,
                                       const char          *table,
                                       gint64               id,
                                       const char          *field,
                                       const char          *message,
                                       GError             **error);

/* Whether another row of @table (a constant from code) than @id already has
 * this name (compared casefolded), for the "names are unique" rules: sets
 * @existing to that row's name as stored ("Villeneuve" for "villeneuve"),
 * to be freed, or to %NULL when the name is free. */
gboolean    pre_store_name_taken      (PreStore            *store,
                                       const char          *table,
                                       const char          *name,
                                       gint64               id,
                                       char               **existing,
                                       GError             **error);

/* Sets %PRE_STORE_ERROR_IN_USE: "@name cannot be deleted: it has A, B and C."
 * @uses holds the translated parts ("2 sessions"); it must not be empty. */
void        pre_set_in_use_error      (GError             **error,
                                       const char          *name,
                                       GPtrArray           *uses);

/* For a record another one refers to: takes @local_error and sets @error,
 * a %PRE_STORE_ERROR_NOT_FOUND becoming %PRE_VALIDATION_ERROR_INVALID on
 * @field with @message ("The board of the séance no longer exists."), any
 * other error passing unchanged. Returns FALSE, for "return pre_…;". */
gboolean    pre_propagate_reference_error (GError         **error,
                                           GError          *local_error,
                                           const char      *field,
                                           const char      *message);

/* Prepares @select_sql, binds @id to ?1 and steps once. Returns the
 * statement standing on its row (declare it g_autoptr(PreStmt)), or %NULL:
 * %PRE_STORE_ERROR_NOT_FOUND with @not_found_message when there is no row. */
PreStmt    *pre_store_query_by_id     (PreStore            *store,
                                       const char          *select_sql,
                                       gint64               id,
                                       const char          *not_found_message,
                                       GError             **error);

/* pre_store_query_by_id(), then @row_func on the row. */
gpointer    pre_store_get_by_id       (PreStore            *store,
                                       const char          *select_sql,
                                       gint64               id,
                                       PreRowFunc           row_func,
                                       const char          *not_found_message,
                                       GError             **error);

/* Steps @stmt (prepared and bound) to its end: a #GListStore of @item_type
 * holding @row_func of each row, or %NULL on failure. */
GListModel *pre_store_list_from_stmt  (PreStore            *store,
                                       PreStmt             *stmt,
                                       GType                item_type,
                                       PreRowFunc           row_func,
                                       GError             **error);

/* Steps @stmt (prepared and bound) to its end: a #GPtrArray freeing its
 * elements with @free_row, holding @row_func of each row, or %NULL on failure. */
GPtrArray  *pre_store_collect_rows    (PreStore            *store,
                                       PreStmt             *stmt,
                                       GDestroyNotify       free_row,
                                       PreRowDataFunc       row_func,
                                       gpointer             user_data,
                                       GError             **error);

/* Prepares @select_sql, binds @id to ?1 (a convention, a mission…) and
 * lists the rows as pre_store_list_from_stmt() does. */
GListModel *pre_store_list_for_id     (PreStore            *store,
                                       const char          *select_sql,
                                       gint64               id,
                                       GType                item_type,
                                       PreRowFunc           row_func,
                                       GError             **error);

/* Deletes row @id of @table (a constant from code, never user text) in one
 * transaction: @check (may be %NULL) first, then the DELETE; no row deleted
 * is %PRE_STORE_ERROR_NOT_FOUND with @not_found_message. Touches
 * @touched_tables (%NULL-terminated; %NULL: @table alone). */
gboolean    pre_store_delete_by_id    (PreStore            *store,
                                       const char          *table,
                                       gint64               id,
                                       const char          *not_found_message,
                                       PreDeleteCheckFunc   check,
                                       const char * const  *touched_tables,
                                       GError             **error);

/* Sets the "archived" column of row @id of @table (a constant from code) in
 * one transaction and touches @table; no such row is
 * %PRE_STORE_ERROR_NOT_FOUND with @not_found_message. */
gboolean    pre_store_archive_by_id   (PreStore            *store,
                                       const char          *table,
                                       gint64               id,
                                       gboolean             archived,
                                       const char          *not_found_message,
                                       GError             **error);

/* Ends a write begun with pre_store_begin(): when @ok, touches
 * @touched_tables (%NULL-terminated, may be %NULL) and commits; otherwise
 * rolls back. Returns whether the write was committed. */
gboolean    pre_store_finish_write    (PreStore            *store,
                                       gboolean             ok,
                                       const char * const  *touched_tables,
                                       GError             **error);

G_END_DECLS
