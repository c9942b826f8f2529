/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pre-store-private.h"

/* Helpers */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pre-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static PreStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PreStore *store = pre_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
query_int64 (PreStore   *store,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (store, stmt, &error));
  g_assert_no_error (error);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (PreStore   *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (store, stmt, &error));
  g_assert_no_error (error);
  return g_strdup (pre_column_text (stmt, 0));
}

static void
exec_ok (PreStore   *store,
         const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

/* Runs SQL on a file with plain SQLite, as another program would. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
raw_query_int64 (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  /* Read-write: a read-only connection would leave -wal and -shm behind. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* The folder's file names, sorted, joined by spaces. */
static char *
list_dir (const char *dir_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_values (names, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

static void
assert_message_names_file (const GError *error,
                           const char   *path)
{
  g_assert_nonnull (error);
  if (strstr (error->message, path) == NULL)
    g_error ("The message “%s” does not name the file %s", error->message, path);
}

/* Opens @path, expects @code, and checks that the file and its folder are
 * exactly as before (no byte changed, no -wal/-shm left behind). */
static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autofree char *listing_before = list_dir (dir);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, PRE_STORE_ERROR, code);
  assert_message_names_file (error, path);

  after = read_bytes (path);
  listing_after = list_dir (dir);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpstr (listing_after, ==, listing_before);
}

/* Opening and format */

static void
test_open_new (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "sub", NULL);
  g_autofree char *path = g_build_filename (folder, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autofree char *journal = NULL;
  GStatBuf st;

  g_assert_cmpstr (pre_store_get_path (store), ==, path);
  g_assert_false (pre_store_is_read_only (store));

  /* The file and its folder are private to the user. */
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (pre_store_get_schema_version (), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA application_id"), ==, PRE_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int64 (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (query_int64 (store, "PRAGMA busy_timeout"), >, 0);
  journal = query_text (store, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'deliberation'"), ==, 1);

  /* The -wal companion file is private too. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_assert_cmpint (g_stat (wal, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
}

static void
test_default_path (void)
{
  g_autofree char *path = pre_store_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), DATA_FOLDER, "pre-coordination.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_open_reopen (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (pre_store_set_meta (store, "last-purge", "2026-11-01", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_store (path);
  value = pre_store_get_meta (store, "last-purge");
  g_assert_cmpstr (value, ==, "2026-11-01");
  g_assert_cmpint (query_int64 (store, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA foreign_keys"), ==, 1);

  /* Same format: no migration, so no backup copy either. */
  g_clear_object (&store);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pre.db");
}

static void
test_meta (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *gone = NULL;

  g_assert_null (pre_store_get_meta (store, "last-backup"));
  g_assert_true (pre_store_set_meta (store, "last-backup", "2026-11-27", &error));
  first = pre_store_get_meta (store, "last-backup");
  g_assert_true (pre_store_set_meta (store, "last-backup", "2026-11-28", &error));
  second = pre_store_get_meta (store, "last-backup");
  g_assert_true (pre_store_set_meta (store, "last-backup", NULL, &error));
  g_assert_no_error (error);
  gone = pre_store_get_meta (store, "last-backup");

  g_assert_cmpstr (first, ==, "2026-11-27");
  g_assert_cmpstr (second, ==, "2026-11-28");
  g_assert_null (gone);
}

/* Migrations */

static const char extra_step[] =
  "CREATE TABLE extra (id INTEGER PRIMARY KEY, label TEXT NOT NULL);"
  "INSERT INTO extra (label) SELECT value FROM meta;";

static void
test_migrate_backup_first (void)
{
  const char * const steps[] = { pre_store_migrations[0], extra_step };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autofree char *backup = NULL;
  const char *name;
  GStatBuf st;

  g_assert_true (pre_store_set_meta (store, "note", "before the update", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  pre_store_set_migrations_for_testing (steps, G_N_ELEMENTS (steps));
  store = pre_store_open (path, &error);
  pre_store_set_migrations_for_testing (NULL, 0);
  g_assert_no_error (error);

  g_assert_cmpint (query_int64 (store, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM extra WHERE label = 'before the update'"), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA foreign_keys"), ==, 1);

  /* The copy made before migrating sits next to the file, at version 1. */
  folder = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, "pre.db.v1-") && g_str_has_suffix (name, ".bak"))
      backup = g_build_filename (dir, name, NULL);
  g_assert_nonnull (backup);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (raw_query_int64 (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_query_int64 (backup, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"), ==, 0);
  g_assert_cmpint (raw_query_int64 (backup, "SELECT count(*) FROM meta WHERE value = 'before the update'"), ==, 1);
}

static void
test_migrate_failed_step (void)
{
  /* The second step fails half-way: nothing of it may remain. */
  const char * const steps[] = {
    pre_store_migrations[0],
    "CREATE TABLE extra (id INTEGER PRIMARY KEY);"
    "INSERT INTO extra (id) VALUES (1);"
    "INSERT INTO no_such_table VALUES (1);",
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);

  pre_store_set_migrations_for_testing (steps, G_N_ELEMENTS (steps));
  store = pre_store_open (path, &error);
  pre_store_set_migrations_for_testing (NULL, 0);
  g_assert_null (store);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED);
  assert_message_names_file (error, path);
  g_clear_error (&error);

  store = open_store (path);
  g_assert_cmpint (query_int64 (store, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"), ==, 0);
}

static void
test_migrate_refuse_newer (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autofree char *listing = NULL;

  g_clear_object (&store);
  /* What a future version would leave: our application ID, format 2. */
  raw_exec (path, "PRAGMA user_version = 2");
  g_assert_cmpint (raw_query_int64 (path, "PRAGMA user_version"), ==, 2);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pre.db");

  assert_refused_untouched (path, PRE_STORE_ERROR_TOO_NEW);

  /* Also when the newer format only shows once SQLite reads the -wal file. */
  {
    g_autoptr(GError) error = NULL;
    sqlite3 *db = NULL;
    g_autoptr(PreStore) refused = NULL;

    raw_exec (path, "PRAGMA user_version = 1");
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 3", NULL, NULL, NULL), ==, SQLITE_OK);
    refused = pre_store_open (path, &error);
    g_assert_null (refused);
    g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_TOO_NEW);
    assert_message_names_file (error, path);
    sqlite3_close (db);
  }
}

static void
test_open_not_sqlite (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "Compte rendu de la séance du 2 octobre 2024\n", -1, &error);
  g_assert_no_error (error);

  assert_refused_untouched (path, PRE_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_open_corrupt (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  int page_size;

  /* Enough rows to fill several pages, then garbage over all but the first. */
  exec_ok (store,
           "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
           " INSERT INTO meta (key, value) SELECT 'key-' || i, printf ('%0200d', i) FROM n");
  page_size = query_int64 (store, "PRAGMA page_size");
  g_clear_object (&store);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8 * (gsize)page_size);
  for (gsize i = page_size; i < length; i++)
    contents[i] = (char)(0x5a ^ (i * 31));
  g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);

  store = pre_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT);
  assert_message_names_file (error, path);
}

static void
test_open_corrupt_quick_check (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gint64 root, page_size;

  /* Damage only the pages of one table: the schema reads, quick_check fails. */
  exec_ok (store,
           "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
           " INSERT INTO meta (key, value) SELECT 'key-' || i, printf ('%0200d', i) FROM n");
  root = query_int64 (store, "SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_meta_1'");
  page_size = query_int64 (store, "PRAGMA page_size");
  g_clear_object (&store);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, (gsize)(root * page_size));
  memset (contents + (root - 1) * page_size + 8, 0xff, 64);
  g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);

  store = pre_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT);
  assert_message_names_file (error, path);
  /* One readable sentence: SQLite's report on one line, then what to do. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_suffix (error->message, "Restore a backup copy."));
}

static void
test_open_foreign (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "music.sqlite", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.sqlite", NULL);

  /* A plain SQLite file with tables (no application ID)… */
  raw_exec (path, "CREATE TABLE song (title TEXT); INSERT INTO song VALUES ('Clair de lune');");
  assert_refused_untouched (path, PRE_STORE_ERROR_FOREIGN);

  /* …and one that says it belongs to another program. */
  raw_exec (other_path, "PRAGMA application_id = 1234");
  assert_refused_untouched (other_path, PRE_STORE_ERROR_FOREIGN);
}

/* Constraints */

static void
assert_constraint (PreStore   *store,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (pre_store_exec (store, sql, &error))
    g_error ("The database accepted: %s", sql);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CONSTRAINT);
}

static void
test_constraint_foreign_key (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);

  assert_constraint (store, "INSERT INTO neighbourhood (territory_id, name) VALUES (999, 'Le Mail')");
  assert_constraint (store, "INSERT INTO partner (name, kind, territory_id) VALUES ('CCAS Chenôve', 'ccas', 42)");

  exec_ok (store, "INSERT INTO territory (id, name) VALUES (1, 'Chenôve')");
  exec_ok (store, "INSERT INTO partner (id, name, kind, territory_id) VALUES (1, 'CCAS Chenôve', 'ccas', 1)");
  /* ON DELETE RESTRICT: a territory with a partner stays. */
  assert_constraint (store, "DELETE FROM territory WHERE id = 1");
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM territory"), ==, 1);
}

static void
test_constraint_check (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);

  assert_constraint (store, "INSERT INTO territory (name) VALUES ('   ')");
  assert_constraint (store, "INSERT INTO partner (name, kind) VALUES ('Préfecture', 'state')");
  exec_ok (store, "INSERT INTO territory (id, name) VALUES (1, 'Dijon')");
  /* Names are unique whatever the case. */
  assert_constraint (store, "INSERT INTO territory (name) VALUES ('DIJON')");
  exec_ok (store, "INSERT INTO partner (id, name, kind) VALUES (1, 'Dijon Métropole', 'metropole')");
  assert_constraint (store,
                     "INSERT INTO convention (title, first_year, last_year, coordinator_id)"
                     " VALUES ('CPO', 2026, 2024, 1)");
  exec_ok (store,
           "INSERT INTO convention (id, title, first_year, last_year, coordinator_id, annual_cost)"
           " VALUES (1, 'CPO PRE', 2024, 2026, 1, 2000000)");
  assert_constraint (store, "INSERT INTO funding_share (convention_id, partner_id, year, amount) VALUES (1, 1, 2024, -1)");
  exec_ok (store, "INSERT INTO mission (id, convention_id, kind) VALUES (1, 1, 'psychology')");
  assert_constraint (store, "INSERT INTO mission (convention_id, kind) VALUES (1, 'psychology')");
  /* A youth code is a short pseudonymous code, never a name with spaces. */
  assert_constraint (store,
                     "INSERT INTO activity (mission_id, date, status, youth_code)"
                     " VALUES (1, '2024-10-02', 'held', 'Jean Dupont')");
  assert_constraint (store, "INSERT INTO activity (mission_id, date, status) VALUES (1, '02/10/2024', 'held')");
  assert_constraint (store, "INSERT INTO activity (mission_id, date, status) VALUES (1, '2024-10-02', 'done')");
  exec_ok (store,
           "INSERT INTO activity (mission_id, date, status, youth_code)"
           " VALUES (1, '2024-10-02', 'held', 'CHE-24-007')");
  g_assert_cmpint (query_int64 (store, "SELECT year FROM activity"), ==, 2024);
}

/* Transactions */

static gint64
count_territories (PreStore *store)
{
  return query_int64 (store, "SELECT count(*) FROM territory");
}

static void
test_transaction_nested (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  /* Inner rolled back, outer committed: only the outer write stays. */
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Dijon')");
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Chenôve')");
  pre_store_rollback (store);
  g_assert_true (pre_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_territories (store), ==, 1);

  /* Inner committed, outer rolled back: nothing stays. */
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Longvic')");
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Talant')");
  g_assert_true (pre_store_commit (store, &error));
  pre_store_rollback (store);
  g_assert_no_error (error);
  g_assert_cmpint (count_territories (store), ==, 1);

  /* Three levels, the middle one rolled back with its child. */
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Quetigny')");
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Talant')");
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Longvic')");
  g_assert_true (pre_store_commit (store, &error));
  pre_store_rollback (store);
  g_assert_true (pre_store_commit (store, &error));
  g_assert_no_error (error);

  names = query_text (store, "SELECT group_concat (name, ', ') FROM (SELECT name FROM territory ORDER BY id)");
  g_assert_cmpstr (names, ==, "Dijon, Quetigny");
}

static void
test_transaction_failed_commit (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;

  /* A deferred foreign key fails at COMMIT: the commit rolls back itself. */
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "PRAGMA defer_foreign_keys = ON");
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Dijon')");
  exec_ok (store, "INSERT INTO neighbourhood (territory_id, name) VALUES (99, 'Grésilles')");
  g_assert_false (pre_store_commit (store, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (count_territories (store), ==, 0);
  /* And the store is usable again. */
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Dijon')");
  g_assert_true (pre_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_territories (store), ==, 1);
}

static void
changed_cb (PreStore   *store,
            const char *table,
            GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (table));
}

static void
count_cb (PreStore   *store,
          const char *table,
          int        *count)
{
  (*count)++;
}

static char *
take_seen (GPtrArray *seen)
{
  char *joined;

  g_ptr_array_add (seen, NULL);
  joined = g_strjoinv (" ", (char **)seen->pdata);
  g_ptr_array_set_size (seen, 0);
  return joined;
}

static void
test_transaction_changed (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int partner_count = 0;
  char *joined;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), seen);
  g_signal_connect (store, "changed::partner", G_CALLBACK (count_cb), &partner_count);

  /* Once per table, after the commit only. */
  g_assert_true (pre_store_begin (store, &error));
  pre_store_touch (store, "territory");
  pre_store_touch (store, "partner");
  pre_store_touch (store, "territory");
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (pre_store_commit (store, &error));
  joined = take_seen (seen);
  g_assert_cmpstr (joined, ==, "partner territory");
  g_free (joined);
  g_assert_cmpint (partner_count, ==, 1);

  /* Nothing after a rollback. */
  g_assert_true (pre_store_begin (store, &error));
  pre_store_touch (store, "partner");
  pre_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 0);

  /* Nested: what an inner level touched counts only if it was kept. */
  g_assert_true (pre_store_begin (store, &error));
  pre_store_touch (store, "meeting");
  g_assert_true (pre_store_begin (store, &error));
  pre_store_touch (store, "attendance");
  pre_store_rollback (store);
  g_assert_true (pre_store_begin (store, &error));
  pre_store_touch (store, "deliberation");
  pre_store_touch (store, "meeting");
  g_assert_true (pre_store_commit (store, &error));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (pre_store_commit (store, &error));
  joined = take_seen (seen);
  g_assert_cmpstr (joined, ==, "deliberation meeting");
  g_free (joined);

  /* A public write emits for its table. */
  g_assert_true (pre_store_set_meta (store, "k", "v", &error));
  g_assert_no_error (error);
  joined = take_seen (seen);
  g_assert_cmpstr (joined, ==, "meta");
  g_free (joined);
  g_assert_cmpint (partner_count, ==, 1);
}

/* Backup, reader */

static void
test_backup (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copies", "copy.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(PreStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *copy_names = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *copy_dir = g_path_get_dirname (copy_path);
  GStatBuf st;

  exec_ok (store, "INSERT INTO territory (name) VALUES ('Dijon'), ('Chenôve'), ('Longvic'), ('Talant'), ('Quetigny')");
  g_assert_true (pre_store_backup (store, copy_path, &error));
  g_assert_no_error (error);

  /* One self-contained private file, nothing half-written left. */
  listing = list_dir (copy_dir);
  g_assert_cmpstr (listing, ==, "copy.db");
  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  copy = open_store (copy_path);
  names = query_text (store, "SELECT group_concat (name, ', ') FROM (SELECT name FROM territory ORDER BY id)");
  copy_names = query_text (copy, "SELECT group_concat (name, ', ') FROM (SELECT name FROM territory ORDER BY id)");
  g_assert_cmpstr (copy_names, ==, "Dijon, Chenôve, Longvic, Talant, Quetigny");
  g_assert_cmpstr (copy_names, ==, names);
  g_assert_true (pre_store_check_integrity (copy, &error));
  g_assert_no_error (error);

  /* A backup replaces an older copy. */
  g_clear_object (&copy);
  exec_ok (store, "DELETE FROM territory WHERE name = 'Talant'");
  g_assert_true (pre_store_backup (store, copy_path, &error));
  g_assert_no_error (error);
  copy = open_store (copy_path);
  g_assert_cmpint (count_territories (copy), ==, 4);

  /* Never over the database itself. */
  g_assert_false (pre_store_backup (store, path, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED);
  g_assert_cmpint (count_territories (store), ==, 4);
}

static void
test_reader (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(PreStore) reader = NULL;
  g_autoptr(GError) error = NULL;

  exec_ok (store, "INSERT INTO territory (name) VALUES ('Dijon')");
  reader = pre_store_open_reader (store, &error);
  g_assert_no_error (error);
  g_assert_true (pre_store_is_read_only (reader));
  g_assert_cmpint (count_territories (reader), ==, 1);
  g_assert_cmpint (query_int64 (reader, "PRAGMA foreign_keys"), ==, 1);

  /* Uncommitted writes are not seen; committed ones are. */
  g_assert_true (pre_store_begin (store, &error));
  exec_ok (store, "INSERT INTO territory (name) VALUES ('Chenôve')");
  g_assert_cmpint (count_territories (reader), ==, 1);
  g_assert_true (pre_store_commit (store, &error));
  g_assert_cmpint (count_territories (reader), ==, 2);

  /* The reader refuses every write. */
  g_assert_false (pre_store_begin (reader, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED);
  assert_message_names_file (error, path);
  g_clear_error (&error);
  g_assert_false (pre_store_exec (reader, "INSERT INTO territory (name) VALUES ('Talant')", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (pre_store_set_meta (reader, "k", "v", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_territories (store), ==, 2);
}

/* Integrity */

static void
test_integrity (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Another tool, with foreign keys off, leaves a dangling link. */
  raw_exec (path, "INSERT INTO neighbourhood (territory_id, name) VALUES (7, 'Fontaine d''Ouche')");
  store = open_store (path);
  g_assert_false (pre_store_check_integrity (store, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT);
  assert_message_names_file (error, path);
  g_assert_nonnull (strstr (error->message, "neighbourhood"));
  g_assert_nonnull (strstr (error->message, "territory"));
}

/* Crash safety */

#define CRASH_COMMITTED 10
#define CRASH_SIGNAL_AFTER 4000

static G_NORETURN void
crash_child (const char *path,
             int         ready_fd)
{
  g_autoptr(PreStore) store = pre_store_open (path, NULL);
  g_autofree char *value = g_strnfill (1000, 'x');

  if (store == NULL || !pre_store_begin (store, NULL))
    _exit (1);

  for (int i = 0; i < 1000000; i++)
    {
      g_autoptr(PreStmt) stmt = pre_store_prepare (store, "INSERT INTO meta (key, value) VALUES (?1, ?2)", NULL);
      g_autofree char *key = g_strdup_printf ("pending-%d", i);

      pre_bind_text (stmt, 1, key);
      pre_bind_text (stmt, 2, value);
      if (!pre_store_step_done (store, stmt, NULL))
        _exit (2);
      if (i == CRASH_SIGNAL_AFTER && write (ready_fd, "r", 1) != 1)
        _exit (3);
      if (i > CRASH_SIGNAL_AFTER)
        g_usleep (1000);
    }

  /* Never reached in the test: the parent kills us first. */
  _exit (4);
}

static void
test_crash_kill_mid_transaction (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  int fds[2], status = 0;
  char ready = 0;
  GStatBuf st;
  pid_t pid;

  for (int i = 0; i < CRASH_COMMITTED; i++)
    {
      g_autofree char *key = g_strdup_printf ("committed-%d", i);
      g_assert_true (pre_store_set_meta (store, key, "kept", &error));
      g_assert_no_error (error);
    }
  /* No connection may cross a fork. */
  g_clear_object (&store);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      crash_child (path, fds[1]);
    }

  close (fds[1]);
  g_assert_cmpint (read (fds[0], &ready, 1), ==, 1);
  close (fds[0]);
  g_usleep (50 * 1000);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  /* The open transaction had spilled pages to the -wal file: the crash
   * really left half-written data behind. */
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_test_message ("-wal after the crash: %" G_GINT64_FORMAT " bytes", (gint64)st.st_size);
  g_assert_cmpint (st.st_size, >, 1000 * 1000);

  store = open_store (path);
  g_assert_true (pre_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM meta WHERE key LIKE 'pending-%'"), ==, 0);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM meta WHERE key LIKE 'committed-%'"), ==, CRASH_COMMITTED);

  /* And it takes writes again. */
  g_assert_true (pre_store_set_meta (store, "after-crash", "yes", &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open/new", test_open_new);
  g_test_add_func ("/store/open/default-path", test_default_path);
  g_test_add_func ("/store/open/reopen", test_open_reopen);
  g_test_add_func ("/store/open/refuse-not-sqlite", test_open_not_sqlite);
  g_test_add_func ("/store/open/refuse-corrupt", test_open_corrupt);
  g_test_add_func ("/store/open/refuse-corrupt-quick-check", test_open_corrupt_quick_check);
  g_test_add_func ("/store/open/refuse-foreign", test_open_foreign);
  g_test_add_func ("/store/meta", test_meta);
  g_test_add_func ("/store/migrate/backup-first", test_migrate_backup_first);
  g_test_add_func ("/store/migrate/failed-step", test_migrate_failed_step);
  g_test_add_func ("/store/migrate/refuse-newer", test_migrate_refuse_newer);
  g_test_add_func ("/store/constraint/foreign-key", test_constraint_foreign_key);
  g_test_add_func ("/store/constraint/check", test_constraint_check);
  g_test_add_func ("/store/transaction/nested", test_transaction_nested);
  g_test_add_func ("/store/transaction/failed-commit", test_transaction_failed_commit);
  g_test_add_func ("/store/transaction/changed", test_transaction_changed);
  g_test_add_func ("/store/backup", test_backup);
  g_test_add_func ("/store/reader", test_reader);
  g_test_add_func ("/store/integrity", test_integrity);
  g_test_add_func ("/store/crash/kill-mid-transaction", test_crash_kill_mid_transaction);

  return g_test_run ();
}
