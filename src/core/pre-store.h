/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-error.h"

G_BEGIN_DECLS

/* 'PREC': written in the file header so that other SQLite files are refused. */
#define PRE_STORE_APPLICATION_ID 0x50524543

#define PRE_TYPE_STORE (pre_store_get_type ())
G_DECLARE_FINAL_TYPE (PreStore, pre_store, PRE, STORE, GObject)

/**
 * pre_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/<data folder>/pre-coordination.db`,
 * where the data folder depends on the build profile.
 */
char     *pre_store_get_default_path   (void);

/**
 * pre_store_open:
 * @path: the database file; created (with its folder, 0700, and the file 0600) when missing
 * @error: return location for a #PreStoreError naming the file
 *
 * Opens the database, checks it belongs to this app and is not damaged, and
 * migrates it to the current schema (after a backup copy next to it). A file
 * from a newer version, another program's file, a file that is not SQLite
 * and a corrupt file are refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL
 */
PreStore *pre_store_open               (const char  *path,
                                        GError     **error);

/**
 * pre_store_open_reader:
 * @self: an open store
 *
 * Opens a second, read-only connection on the same file, for work done off
 * the main thread (aggregates in a #GTask). Use it from one thread at a time,
 * and keep @self open while it is in use. It sees what @self has committed
 * (never a transaction in progress) and refuses every write; it emits no
 * #PreStore::changed.
 *
 * Returns: (transfer full): a read-only store, or %NULL
 */
PreStore *pre_store_open_reader        (PreStore    *self,
                                        GError     **error);

const char *pre_store_get_path         (PreStore    *self);
gboolean    pre_store_is_read_only     (PreStore    *self);

/**
 * pre_store_get_schema_version:
 *
 * Returns: the schema version this build writes (`PRAGMA user_version`).
 */
int       pre_store_get_schema_version (void);

/**
 * pre_store_backup:
 * @self: a store
 * @dest_path: where to write the copy (replaced if it exists)
 *
 * Writes a consistent copy of the live database with the SQLite online backup
 * API: one self-contained file, readable by its owner only (0600). The copy
 * is written to a temporary file first, then renamed, so a failure leaves no
 * half-written file. Refused when @dest_path is the database itself. Not to
 * be called inside a transaction.
 *
 * Returns: %TRUE on success; otherwise %FALSE with a message naming @dest_path
 */
gboolean  pre_store_backup             (PreStore    *self,
                                        const char  *dest_path,
                                        GError     **error);

/**
 * pre_store_check_integrity:
 *
 * Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`.
 *
 * Returns: %TRUE when the file is sound; otherwise %FALSE with
 *   %PRE_STORE_ERROR_CORRUPT and a message naming the file and the problem
 *   (the table with a dangling link), or another code when the check could
 *   not run
 */
gboolean  pre_store_check_integrity    (PreStore    *self,
                                        GError     **error);

/**
 * pre_store_get_meta:
 * pre_store_set_meta:
 *
 * Small key/value facts about the file (last purge, last backup…).
 * get returns %NULL for a missing key; set with a %NULL @value removes the
 * key (one transaction; emits #PreStore::changed for "meta").
 */
char     *pre_store_get_meta           (PreStore    *self,
                                        const char  *key);
gboolean  pre_store_set_meta           (PreStore    *self,
                                        const char  *key,
                                        const char  *value,
                                        GError     **error);

/**
 * PreStore::changed:
 * @table: the table that changed ("activity", "partner"…)
 *
 * Emitted on the main thread after a transaction that wrote @table commits,
 * so that lists and figures refresh: once per table and transaction (in
 * alphabetical order of tables), never after a rollback. Detailed by the
 * table name: connect to "changed::activity" for one table.
 */

G_END_DECLS
