/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PRE_BACKUPS_DAILY:
 * PRE_BACKUPS_WEEKLY:
 *
 * The automatic copies kept: the last 7 days' and one for each of the 4 weeks
 * before them.
 */
#define PRE_BACKUPS_DAILY  7
#define PRE_BACKUPS_WEEKLY 4

/**
 * pre_backups_get_folder:
 * @db_path: the database file
 *
 * Returns: (transfer full): the folder of its automatic copies,
 *   "<db name>.backups" beside it
 */
char     *pre_backups_get_folder      (const char          *db_path);

/**
 * pre_backups_build_path:
 * @date_iso: "YYYY-MM-DD"
 *
 * Returns: (transfer full): the automatic copy of @date_iso,
 *   "<folder>/<db name without .db>-YYYY-MM-DD.db"
 */
char     *pre_backups_build_path      (const char          *db_path,
                                       const char          *date_iso);

/**
 * pre_backups_list_dates:
 *
 * Returns: (transfer full): the dates of the automatic copies of @db_path
 *   found in its folder, newest first (empty when there are none)
 */
GStrv     pre_backups_list_dates      (const char          *db_path);

/**
 * pre_backups_find_latest:
 *
 * Returns: (transfer full) (nullable): the newest automatic copy of @db_path
 */
char     *pre_backups_find_latest     (const char          *db_path);

/**
 * pre_backups_is_due:
 * @dates: (array zero-terminated=1): the dates of the copies, in any order
 * @today: "YYYY-MM-DD"
 *
 * Returns: %TRUE when the newest copy is older than a day (or there is none)
 */
gboolean  pre_backups_is_due          (const char * const  *dates,
                                       const char          *today);

/**
 * pre_backups_select_expired:
 * @dates: (array zero-terminated=1): the dates of the copies, in any order
 * @today: "YYYY-MM-DD"
 *
 * The rotation, as a pure function: the 7 newest copies are kept, then the
 * newest copy of each of the 4 calendar weeks (Monday to Sunday) before
 * them; every other copy up to @today expires. Copies dated after @today
 * (a clock set back) are kept.
 *
 * Returns: (transfer full): the dates to delete, newest first
 */
GStrv     pre_backups_select_expired  (const char * const  *dates,
                                       const char          *today);

/**
 * pre_backups_run:
 * @today: "YYYY-MM-DD"
 * @made_path: (out) (optional) (nullable): the copy written, or %NULL when
 *   none was due
 *
 * The start-up backup: when the newest automatic copy is older than a day,
 * writes one with pre_store_backup() (records "last-backup" in the meta
 * table first, so the copy knows its own date), then deletes the copies the
 * rotation lets go.
 *
 * Returns: %TRUE on success (also when no copy was due)
 */
gboolean  pre_backups_run             (PreStore            *store,
                                       const char          *today,
                                       char               **made_path,
                                       GError             **error);

/**
 * pre_backups_write:
 * @dest_path: where to write the copy
 *
 * A backup on request: records "last-backup" (the date and time) then
 * writes the copy with pre_store_backup().
 */
gboolean  pre_backups_write           (PreStore            *store,
                                       const char          *dest_path,
                                       GError             **error);

/**
 * PreBackupInfo:
 * @date: when the copy was made ("YYYY-MM-DD HH:MM", UTC), from the copy
 *   itself, else the file's modification time
 * @n_conventions: conventions in the copy
 * @n_sessions: sessions (activity) in the copy
 * @n_meetings: séances in the copy
 *
 * What a backup contains, shown before restoring it.
 */
typedef struct
{
  char  *date;
  guint  n_conventions;
  guint  n_sessions;
  guint  n_meetings;
} PreBackupInfo;

/**
 * pre_backup_read_info:
 *
 * Opens @path read-only (nothing is written to it) and counts what it holds.
 * A file that is not a database of this app, or from a newer version, is
 * refused with the same #PreStoreError as pre_store_open().
 */
gboolean  pre_backup_read_info        (const char          *path,
                                       PreBackupInfo       *info,
                                       GError             **error);
void      pre_backup_info_clear       (PreBackupInfo       *info);

/**
 * pre_backups_restore:
 * @backup_path: the copy to restore
 * @db_path: the database file, which no store may hold open
 * @stamp: a timestamp for the name of the file kept aside ("20261128-231500")
 * @aside_path: (out) (optional): "<db_path>.before-restore-<stamp>"
 *
 * Keeps the current file aside, then puts a copy of @backup_path in its place
 * (written to a temporary file, then renamed). On failure the current file
 * is put back.
 */
gboolean  pre_backups_restore         (const char          *backup_path,
                                       const char          *db_path,
                                       const char          *stamp,
                                       char               **aside_path,
                                       GError             **error);

G_END_DECLS
