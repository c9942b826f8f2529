/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "pre-backups.h"
#include "pre-date.h"

#define LAST_BACKUP_KEY "last-backup"

static char *
get_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

char *
pre_backups_get_folder (const char *db_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  base = g_path_get_basename (db_path);
  name = g_strconcat (base, ".backups", NULL);
  return g_build_filename (dir, name, NULL);
}

char *
pre_backups_build_path (const char *db_path,
                        const char *date_iso)
{
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (pre_date_is_valid_iso (date_iso), NULL);

  folder = pre_backups_get_folder (db_path);
  stem = get_stem (db_path);
  name = g_strdup_printf ("%s-%s.db", stem, date_iso);
  return g_build_filename (folder, name, NULL);
}

static int
compare_dates_desc (gconstpointer a,
                    gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

GStrv
pre_backups_list_dates (const char *db_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  gsize stem_len;

  g_return_val_if_fail (db_path != NULL, NULL);

  folder = pre_backups_get_folder (db_path);
  stem = get_stem (db_path);
  stem_len = strlen (stem);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      /* "<stem>-YYYY-MM-DD.db" and nothing else (no temporary files). */
      if (strlen (name) == stem_len + 1 + 10 + 3 &&
          strncmp (name, stem, stem_len) == 0 &&
          name[stem_len] == '-' &&
          g_str_has_suffix (name, ".db"))
        {
          g_autofree char *date = g_strndup (name + stem_len + 1, 10);

          if (pre_date_is_valid_iso (date))
            g_ptr_array_add (dates, g_steal_pointer (&date));
        }
    }
  g_ptr_array_sort (dates, compare_dates_desc);
  g_ptr_array_add (dates, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&dates), FALSE);
}

char *
pre_backups_find_latest (const char *db_path)
{
  g_auto(GStrv) dates = pre_backups_list_dates (db_path);

  if (dates[0] == NULL)
    return NULL;
  return pre_backups_build_path (db_path, dates[0]);
}

static GDate *
parse_date (const char *iso)
{
  int y, m, d;

  if (!pre_date_is_valid_iso (iso) || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  return g_date_new_dmy (d, m, y);
}

gboolean
pre_backups_is_due (const char * const *dates,
                    const char         *today)
{
  g_return_val_if_fail (pre_date_is_valid_iso (today), FALSE);

  /* Dates are ISO text: they sort as strings. A copy made today (or dated
   * later, by a clock set back) is recent enough. */
  for (guint i = 0; dates != NULL && dates[i] != NULL; i++)
    if (g_strcmp0 (dates[i], today) >= 0)
      return FALSE;
  return TRUE;
}

/* The Monday of @date's week, as a Julian day: one number per week. */
static guint32
week_of (const char *iso)
{
  GDate *date = parse_date (iso);
  guint32 monday = g_date_get_julian (date) - (g_date_get_weekday (date) - G_DATE_MONDAY);

  g_date_free (date);
  return monday;
}

GStrv
pre_backups_select_expired (const char * const *dates,
                            const char         *today)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) expired = g_ptr_array_new_with_free_func (g_free);
  guint daily = 0;
  guint weekly = 0;
  guint32 last_week = 0;

  g_return_val_if_fail (pre_date_is_valid_iso (today), NULL);

  for (guint i = 0; dates != NULL && dates[i] != NULL; i++)
    if (pre_date_is_valid_iso (dates[i]) && g_strcmp0 (dates[i], today) <= 0)
      g_ptr_array_add (sorted, (gpointer)dates[i]);
  g_ptr_array_sort (sorted, compare_dates_desc);

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *date = g_ptr_array_index (sorted, i);
      guint32 week;

      if (i > 0 && g_strcmp0 (date, g_ptr_array_index (sorted, i - 1)) == 0)
        continue;
      if (daily < PRE_BACKUPS_DAILY)
        {
          daily++;
          last_week = week_of (date);
          continue;
        }
      /* Newest first: the first copy met in a week older than the last kept
       * one is that week's newest. */
      week = week_of (date);
      if (weekly < PRE_BACKUPS_WEEKLY && week < last_week)
        {
          weekly++;
          last_week = week;
          continue;
        }
      g_ptr_array_add (expired, g_strdup (date));
    }

  g_ptr_array_add (expired, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&expired), FALSE);
}

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M");
}

gboolean
pre_backups_write (PreStore    *store,
                   const char  *dest_path,
                   GError     **error)
{
  g_autofree char *now = now_text ();

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (!pre_store_set_meta (store, LAST_BACKUP_KEY, now, error))
    return FALSE;
  return pre_store_backup (store, dest_path, error);
}

gboolean
pre_backups_run (PreStore    *store,
                 const char  *today,
                 char       **made_path,
                 GError     **error)
{
  const char *db_path;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) dates = NULL;
  g_auto(GStrv) after = NULL;
  g_auto(GStrv) expired = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (pre_date_is_valid_iso (today), FALSE);

  if (made_path != NULL)
    *made_path = NULL;

  db_path = pre_store_get_path (store);
  dates = pre_backups_list_dates (db_path);
  if (!pre_backups_is_due ((const char * const *)dates, today))
    return TRUE;

  folder = pre_backups_get_folder (db_path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The backup folder “%s” could not be created: %s."), folder, g_strerror (saved));
      return FALSE;
    }

  path = pre_backups_build_path (db_path, today);
  if (!pre_backups_write (store, path, error))
    return FALSE;

  after = pre_backups_list_dates (db_path);
  expired = pre_backups_select_expired ((const char * const *)after, today);
  for (guint i = 0; expired[i] != NULL; i++)
    {
      g_autofree char *old = pre_backups_build_path (db_path, expired[i]);

      /* A copy that cannot be removed now is removed at a later start. */
      if (g_unlink (old) != 0)
        g_debug ("Could not remove the old backup %s: %s", old, g_strerror (errno));
    }

  if (made_path != NULL)
    *made_path = g_steal_pointer (&path);
  return TRUE;
}

static gboolean
query_count (sqlite3     *db,
             const char  *sql,
             const char  *path,
             gint64      *value,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, PRE_STORE_ERROR,
                   rc == SQLITE_NOTADB ? PRE_STORE_ERROR_NOT_A_DATABASE : PRE_STORE_ERROR_CORRUPT,
                   _("The backup “%s” cannot be read: %s."), path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_backup_read_info (const char     *path,
                      PreBackupInfo  *info,
                      GError        **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  sqlite3 *db = NULL;
  gint64 app_id = 0, version = 0, n_conventions = 0, n_sessions = 0, n_meetings = 0;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  memset (info, 0, sizeof *info);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                   _("The backup “%s” does not exist."), path);
      return FALSE;
    }

  /* immutable: nothing is written beside the file (no -wal, no -shm). */
  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The backup “%s” cannot be opened: %s."), path, sqlite3_errstr (rc));
      goto out;
    }

  if (!query_count (db, "PRAGMA application_id", path, &app_id, error) ||
      !query_count (db, "PRAGMA user_version", path, &version, error))
    goto out;
  if (app_id != PRE_STORE_APPLICATION_ID)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FOREIGN,
                   _("“%s” is not a PRE Coordination database."), path);
      goto out;
    }
  if (version > pre_store_get_schema_version ())
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_TOO_NEW,
                   _("The backup “%s” was made by a newer version of PRE Coordination."), path);
      goto out;
    }
  if (!query_count (db, "SELECT count(*) FROM convention", path, &n_conventions, error) ||
      !query_count (db, "SELECT count(*) FROM activity", path, &n_sessions, error) ||
      !query_count (db, "SELECT count(*) FROM meeting", path, &n_meetings, error))
    goto out;

  {
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = ?1", -1, &stmt, NULL) == SQLITE_OK)
      {
        sqlite3_bind_text (stmt, 1, LAST_BACKUP_KEY, -1, SQLITE_STATIC);
        if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
          info->date = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      }
    sqlite3_finalize (stmt);
  }
  if (info->date == NULL)
    {
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        {
          g_autoptr(GDateTime) modified = g_date_time_new_from_unix_utc (st.st_mtime);
          info->date = g_date_time_format (modified, "%Y-%m-%d %H:%M");
        }
      else
        info->date = g_strdup ("");
    }

  info->n_conventions = n_conventions;
  info->n_sessions = n_sessions;
  info->n_meetings = n_meetings;
  ok = TRUE;

out:
  sqlite3_close (db);
  return ok;
}

void
pre_backup_info_clear (PreBackupInfo *info)
{
  if (info == NULL)
    return;
  g_clear_pointer (&info->date, g_free);
}

static gboolean
move_file (const char  *from,
           const char  *to,
           GError     **error)
{
  if (g_rename (from, to) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("“%s” could not be moved to “%s”: %s."), from, to, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_backups_restore (const char  *backup_path,
                     const char  *db_path,
                     const char  *stamp,
                     char       **aside_path,
                     GError     **error)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) temp = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *temp_path = NULL;
  static const char * const sidecars[] = { "-wal", "-shm" };
  gboolean had_db;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (stamp != NULL, FALSE);

  if (g_strcmp0 (backup_path, db_path) == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is the database in use, not a backup."), backup_path);
      return FALSE;
    }

  /* Copy first, beside the database: nothing is moved if this fails. */
  temp_path = g_strconcat (db_path, ".restoring", NULL);
  source = g_file_new_for_path (backup_path);
  temp = g_file_new_for_path (temp_path);
  if (!g_file_copy (source, temp, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  g_chmod (temp_path, 0600);

  aside = g_strdup_printf ("%s.before-restore-%s", db_path, stamp);
  had_db = g_file_test (db_path, G_FILE_TEST_EXISTS);
  if (had_db && !move_file (db_path, aside, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }
  /* A journal left beside the file belongs to it: it goes aside too. */
  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    {
      g_autofree char *from = g_strconcat (db_path, sidecars[i], NULL);
      g_autofree char *to = g_strconcat (aside, sidecars[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  if (!move_file (temp_path, db_path, error))
    {
      if (had_db)
        g_rename (aside, db_path);
      g_unlink (temp_path);
      return FALSE;
    }

  if (aside_path != NULL)
    *aside_path = had_db ? g_steal_pointer (&aside) : NULL;
  return TRUE;
}
