/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "pre-store.h"

/* Runs the real pre-coordination-cli (its path is in PRE_CLI, set by
 * tests/meson.build) as a user would, in English. */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *run,
         ...)
{
  const char *cli = g_getenv ("PRE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("PRE_CLI does not name the built pre-coordination-cli (%s)", cli ? cli : "unset");

  g_ptr_array_add (argv, (char *)cli);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in “%s”", part, text);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pre-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_init (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "sub", "pre.db", NULL);
  g_autofree char *expected = g_strconcat (path, "\n", NULL);
  g_autoptr(PreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };

  run_cli (&run, "--database", path, "init", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  store = pre_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);

  /* Again: the same file, still fine. */
  run_cli (&again, "init", "--database", path, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, expected);
}

static void
test_check_ok (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) init = { 0 };
  g_auto(Run) run = { 0 };

  run_cli (&init, "--database", path, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);

  run_cli (&run, "--database", path, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Database file: ok\n");
  assert_contains (run.out, "No problem found in “");
  assert_contains (run.out, path);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_problems (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) init = { 0 };
  g_auto(Run) run = { 0 };

  run_cli (&init, "--database", path, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  /* Another tool, foreign keys off, leaves a neighbourhood without its commune. */
  raw_exec (path, "INSERT INTO neighbourhood (territory_id, name) VALUES (5, 'Le Mail')");

  run_cli (&run, "--database", path, "check", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "Database file: 1 problem\n");
  assert_contains (run.out, "“neighbourhood”");
  assert_contains (run.out, "1 problem found in");
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) check = { 0 };
  g_auto(Run) init = { 0 };
  g_autofree char *contents = NULL;

  g_file_set_contents (path, "Séance du 2 octobre 2024\n", -1, &error);
  g_assert_no_error (error);

  run_cli (&check, "--database", path, "check", NULL);
  g_assert_cmpint (check.status, ==, 3);
  assert_contains (check.err, path);
  assert_contains (check.err, "not an SQLite file");
  g_assert_cmpstr (check.out, ==, "");

  /* init does not overwrite it either. */
  run_cli (&init, "--database", path, "init", NULL);
  g_assert_cmpint (init.status, ==, 3);
  assert_contains (init.err, path);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "Séance du 2 octobre 2024\n");
}

static void
test_missing_database (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) run = { 0 };

  /* Only init creates a database. */
  run_cli (&run, "--database", path, "check", NULL);
  g_assert_cmpint (run.status, ==, 3);
  assert_contains (run.err, path);
  assert_contains (run.err, "does not exist");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_backup (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(PreStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) init = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) check = { 0 };

  run_cli (&init, "--database", path, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  raw_exec (path, "INSERT INTO territory (name) VALUES ('Talant')");

  run_cli (&run, "--database", path, "backup", copy_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, copy_path);

  run_cli (&check, "--database", copy_path, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  copy = pre_store_open (copy_path, &error);
  g_assert_no_error (error);

  run_cli (&missing, "--database", path, "backup", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  assert_contains (missing.err, "backup FILE");
}

static void
test_usage_errors (void)
{
  g_auto(Run) unknown = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) option = { 0 };
  g_auto(Run) extra = { 0 };

  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "“frobnicate” is not a command.");
  assert_contains (unknown.err, "--help");

  run_cli (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);
  assert_contains (none.err, "No command given.");

  run_cli (&option, "--colour", "check", NULL);
  g_assert_cmpint (option.status, ==, 2);
  assert_contains (option.err, "--colour");

  run_cli (&extra, "init", "surplus", NULL);
  g_assert_cmpint (extra.status, ==, 2);
  assert_contains (extra.err, "init");
}

static void
test_help_and_version (void)
{
  g_auto(Run) help = { 0 };
  g_auto(Run) command_help = { 0 };
  g_auto(Run) version = { 0 };
  g_autofree char *expected_version = g_strdup_printf ("pre-coordination-cli %s\n", PACKAGE_VERSION);

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  assert_contains (help.out, "--database");
  assert_contains (help.out, "  init ");
  assert_contains (help.out, "  backup FILE ");
  assert_contains (help.out, "  check ");
  assert_contains (help.out, "Exit status:");
  assert_contains (help.out, "3  the database could not be opened or written");

  run_cli (&command_help, "backup", "--help", NULL);
  g_assert_cmpint (command_help.status, ==, 0);
  assert_contains (command_help.out, "backup FILE");
  assert_contains (command_help.out, "Write a consistent copy of the database to FILE.");
  assert_contains (command_help.out, "Exit status:");

  run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, expected_version);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/init", test_init);
  g_test_add_func ("/cli/check/ok", test_check_ok);
  g_test_add_func ("/cli/check/problems", test_check_problems);
  g_test_add_func ("/cli/check/not-a-database", test_not_a_database);
  g_test_add_func ("/cli/check/missing-database", test_missing_database);
  g_test_add_func ("/cli/backup", test_backup);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);

  return g_test_run ();
}
