/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-backups.h"
#include "pre-date.h"
#include "pre-example.h"
#include "pre-store-private.h"
#include "pre-territory.h"

/* Data safety: the start-up copies and their rotation over simulated days,
 * what a backup holds, and a restore that keeps the previous file aside. */

typedef struct
{
  char     *dir;
  char     *path;
  PreStore *store;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pre-backups-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "pre.db", NULL);
  f->store = pre_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

static char *
add_days (const char *iso,
          int         days)
{
  int y, m, d;
  g_autoptr(GDate) date = NULL;
  char text[16];

  g_assert_cmpint (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d), ==, 3);
  date = g_date_new_dmy (d, m, y);
  g_date_add_days (date, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

static gint64
count_rows (PreStore   *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, NULL);

  g_assert_true (pre_store_step_row (store, stmt, NULL));
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_paths (void)
{
  g_autofree char *folder = pre_backups_get_folder ("/data/pre-coordination.db");
  g_autofree char *path = pre_backups_build_path ("/data/pre-coordination.db", "2026-11-28");

  g_assert_cmpstr (folder, ==, "/data/pre-coordination.db.backups");
  g_assert_cmpstr (path, ==, "/data/pre-coordination.db.backups/pre-coordination-2026-11-28.db");
}

static void
test_due (void)
{
  const char *none[] = { NULL };
  const char *yesterday[] = { "2026-11-20", "2026-11-27", NULL };
  const char *today[] = { "2026-11-27", "2026-11-28", NULL };

  g_assert_true (pre_backups_is_due (none, "2026-11-28"));
  g_assert_true (pre_backups_is_due (yesterday, "2026-11-28"));
  g_assert_false (pre_backups_is_due (today, "2026-11-28"));
}

/* The pure rotation, one start a day for 60 days: 7 daily and 4 weekly
 * copies, the weekly ones in four different, older weeks. */
static void
test_rotation_pure (void)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *today = NULL;

  for (int day = 0; day < 60; day++)
    {
      g_auto(GStrv) expired = NULL;

      g_clear_pointer (&today, g_free);
      today = add_days ("2026-10-01", day);
      g_ptr_array_insert (kept, 0, g_strdup (today));
      g_ptr_array_add (kept, NULL);
      expired = pre_backups_select_expired ((const char * const *)kept->pdata, today);
      g_ptr_array_remove_index (kept, kept->len - 1);
      for (guint i = 0; expired[i] != NULL; i++)
        for (guint j = 0; j < kept->len; j++)
          if (g_strcmp0 (g_ptr_array_index (kept, j), expired[i]) == 0)
            {
              g_ptr_array_remove_index (kept, j);
              break;
            }
      g_assert_cmpuint (kept->len, <=, PRE_BACKUPS_DAILY + PRE_BACKUPS_WEEKLY);
    }

  /* Today is 2026-11-29, a Sunday. */
  g_assert_cmpstr (today, ==, "2026-11-29");
  g_assert_cmpuint (kept->len, ==, 11);
  {
    const char *expected[] = {
      "2026-11-29", "2026-11-28", "2026-11-27", "2026-11-26", "2026-11-25", "2026-11-24", "2026-11-23",
      /* The newest copy of each of the 4 weeks before. */
      "2026-11-22", "2026-11-15", "2026-11-08", "2026-11-01",
    };
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (g_ptr_array_index (kept, i), ==, expected[i]);
  }
}

/* Starting once a day for 60 days on a real file: 11 copies on disk. */
static void
test_rotation_files (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = NULL;
  g_autofree char *folder = pre_backups_get_folder (f->path);

  for (int day = 0; day < 60; day++)
    {
      g_autofree char *today = add_days ("2026-10-01", day);
      g_autofree char *made = NULL;

      g_assert_true (pre_backups_run (f->store, today, &made, &error));
      g_assert_no_error (error);
      g_assert_nonnull (made);
      g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));

      /* A second start the same day makes no copy. */
      g_clear_pointer (&made, g_free);
      g_assert_true (pre_backups_run (f->store, today, &made, &error));
      g_assert_null (made);
    }

  dates = pre_backups_list_dates (f->path);
  g_assert_cmpuint (g_strv_length (dates), ==, 11);
  g_assert_cmpstr (dates[0], ==, "2026-11-29");
  g_assert_cmpstr (dates[10], ==, "2026-11-01");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  {
    g_autofree char *latest = pre_backups_find_latest (f->path);
    g_autofree char *expected = g_build_filename (folder, "pre-2026-11-29.db", NULL);
    g_assert_cmpstr (latest, ==, expected);
  }
}

/* A copy of a live WAL database, with uncheckpointed writes, holds them. */
static void
test_backup_live_wal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(PreStore) reopened = NULL;
  PreBackupInfo info;

  g_assert_true (pre_store_load_example (f->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (pre_backups_write (f->store, copy, &error));
  g_assert_no_error (error);

  g_assert_true (pre_backup_read_info (copy, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (info.n_conventions, ==, count_rows (f->store, "convention"));
  g_assert_cmpuint (info.n_sessions, ==, count_rows (f->store, "activity"));
  g_assert_cmpuint (info.n_meetings, ==, count_rows (f->store, "meeting"));
  g_assert_cmpuint (info.n_conventions, ==, 1);
  g_assert_cmpuint (info.n_sessions, >, 0);
  g_assert_cmpuint (info.n_meetings, >, 0);
  g_assert_cmpuint (strlen (info.date), ==, 16);
  pre_backup_info_clear (&info);

  /* Reading the info wrote nothing beside the copy. */
  {
    g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
    g_assert_false (g_file_test (copy_wal, G_FILE_TEST_EXISTS));
  }

  reopened = pre_store_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (reopened, "activity"), ==, count_rows (f->store, "activity"));
  g_assert_cmpint (count_rows (reopened, "territory"), ==, 5);
}

static void
test_info_refuses_other_files (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  PreBackupInfo info;

  g_assert_true (g_file_set_contents (text, "not a database, just some notes that are long enough", -1, NULL));
  g_assert_false (pre_backup_read_info (text, &info, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_assert_false (pre_backup_read_info ("/nonexistent/backup.db", &info, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
}

/* Restoring puts the backup in place and keeps the file it replaces aside. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreTerritory) later = pre_territory_new ();
  g_autofree char *copy = g_build_filename (f->dir, "before.db", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *expected_aside = g_strconcat (f->path, ".before-restore-20261128-231500", NULL);
  g_autoptr(PreStore) restored = NULL;
  g_autoptr(PreStore) previous = NULL;

  pre_territory_set_name (later, "Dijon");
  g_assert_true (pre_backups_write (f->store, copy, &error));
  g_assert_true (pre_store_save_territory (f->store, later, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);

  g_assert_true (pre_backups_restore (copy, f->path, "20261128-231500", &aside, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (aside, ==, expected_aside);

  restored = pre_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (restored, "territory"), ==, 0);

  previous = pre_store_open (aside, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (previous, "territory"), ==, 1);

  /* Restoring the database onto itself is refused. */
  g_assert_false (pre_backups_restore (f->path, f->path, "x", NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backups/paths", test_paths);
  g_test_add_func ("/backups/due", test_due);
  g_test_add_func ("/backups/rotation/pure-60-days", test_rotation_pure);
  g_test_add ("/backups/rotation/files-60-days", Fixture, NULL, fixture_set_up, test_rotation_files, fixture_tear_down);
  g_test_add ("/backups/live-wal", Fixture, NULL, fixture_set_up, test_backup_live_wal, fixture_tear_down);
  g_test_add ("/backups/info/refuses", Fixture, NULL, fixture_set_up, test_info_refuses_other_files, fixture_tear_down);
  g_test_add ("/backups/restore/keeps-aside", Fixture, NULL, fixture_set_up, test_restore, fixture_tear_down);

  return g_test_run ();
}
