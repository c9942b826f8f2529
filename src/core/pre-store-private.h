/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the core's own modules: raw access to the connection. Never for GUI/CLI. */

#include <sqlite3.h>

#include "pre-store.h"

G_BEGIN_DECLS

extern const char * const pre_store_migrations[];
extern const guint pre_store_n_migrations;

/* Tests only: makes the store use @steps (@n_steps of them) instead of
 * pre_store_migrations, e.g. a second step to see a v1 file migrated (and
 * backed up first). %NULL restores the real schema. Not thread-safe. */
void      pre_store_set_migrations_for_testing (const char * const *steps,
                                                guint               n_steps);

typedef sqlite3_stmt PreStmt;

void      pre_stmt_release          (PreStmt     *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreStmt, pre_stmt_release)

sqlite3  *pre_store_get_db          (PreStore    *self);

/* A prepared statement from the store's cache, reset and with no bindings.
 * Declare it g_autoptr(PreStmt) so it is reset when it goes out of scope;
 * never finalize it. The same SQL text gives the same statement: do not
 * prepare a query again while an outer loop is still stepping through it. */
PreStmt  *pre_store_prepare         (PreStore    *self,
                                     const char  *sql,
                                     GError     **error);

/* Runs SQL without results (several statements allowed; no user text!). */
gboolean  pre_store_exec            (PreStore    *self,
                                     const char  *sql,
                                     GError     **error);

/* Steps a statement that returns no row, mapping SQLite errors to GErrors. */
gboolean  pre_store_step_done       (PreStore    *self,
                                     PreStmt     *stmt,
                                     GError     **error);

/* Steps a statement: TRUE with a row, FALSE at the end (error unset) or on
 * failure (error set). */
gboolean  pre_store_step_row        (PreStore    *self,
                                     PreStmt     *stmt,
                                     GError     **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones SAVEPOINTs.
 * Every public write is: begin; work; commit — or rollback on any error.
 * A commit that fails has already rolled its level back: write
 * "return pre_store_commit (self, error);" and never roll back after it.
 * A reader store (pre_store_open_reader()) refuses begin. */
gboolean  pre_store_begin           (PreStore    *self,
                                     GError     **error);
gboolean  pre_store_commit          (PreStore    *self,
                                     GError     **error);
void      pre_store_rollback        (PreStore    *self);

/* Records that @table was written; PreStore::changed is emitted for it once
 * when the outermost transaction commits (at once outside a transaction), and
 * not at all when the level that touched it rolls back. */
void      pre_store_touch           (PreStore    *self,
                                     const char  *table);

gint64    pre_store_last_insert_id  (PreStore    *self);
int       pre_store_changes         (PreStore    *self);

/* Sets @error from the connection's last SQLite error. */
void      pre_store_set_error       (PreStore    *self,
                                     GError     **error);

/* Binding helpers: NULL text binds SQL NULL; id 0 binds SQL NULL. */
void      pre_bind_text             (PreStmt     *stmt,
                                     int          index,
                                     const char  *text);
void      pre_bind_id               (PreStmt     *stmt,
                                     int          index,
                                     gint64       id);
/* Column text, never NULL (""), for properties. */
const char *pre_column_text         (PreStmt     *stmt,
                                     int          column);

G_END_DECLS
