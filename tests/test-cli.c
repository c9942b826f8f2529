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
run_cli_valist (Run        *run,
                const char *locale,
                const char *today,
                va_list     args)
{
  const char *cli = g_getenv ("PRE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("PRE_CLI does not name the built pre-coordination-cli (%s)", cli ? cli : "unset");

  g_ptr_array_add (argv, (char *)cli);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  if (today != NULL)
    envp = g_environ_setenv (envp, "PRE_TODAY", today, TRUE);

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
run_cli (Run *run,
         ...)
{
  va_list args;

  va_start (args, run);
  run_cli_valist (run, "C.UTF-8", NULL, args);
  va_end (args);
}

/* The same in another locale, with a fixed "today" for the statuses. */
static void
run_cli_in (Run        *run,
            const char *locale,
            const char *today,
            ...)
{
  va_list args;

  va_start (args, today);
  run_cli_valist (run, locale, today, args);
  va_end (args);
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

/* A new user: init, example, summary --year 2024, check. */
static void
test_example_summary (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) init = { 0 };
  g_auto(Run) example = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) summary = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) outside = { 0 };

  run_cli (&init, "--database", db, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  run_cli (&example, "--database", db, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);
  assert_contains (example.out, "The example convention");

  run_cli (&again, "--database", db, "example", NULL);
  g_assert_cmpint (again.status, ==, 3);
  assert_contains (again.err, "already holds a convention");

  run_cli (&summary, "--database", db, "summary", "--year", "2024", NULL);
  g_assert_cmpint (summary.status, ==, 0);
  assert_contains (summary.out, "Coordinator: Dijon Métropole");
  assert_contains (summary.out, "Year 2024");
  assert_contains (summary.out, "Annual cost                     €20,000.00");
  assert_contains (summary.out, "Dijon Métropole                 €12,500.00");
  assert_contains (summary.out, "CCAS de Dijon                    €4,820.00");
  assert_contains (summary.out, "Total of the shares             €17,320.00");
  assert_contains (summary.out, "€2,680.00 to allocate");
  assert_contains (summary.out, "Nothing spent or planned yet.");

  run_cli (&check, "--database", db, "check", NULL);
  g_assert_cmpint (check.status, ==, 1);
  assert_contains (check.out, "Database file: ok");
  assert_contains (check.out, "Funding balance: 3 problems");
  assert_contains (check.out, "2025: €2,680.00 of the annual cost remain to be allocated to the partners.");
  assert_contains (check.out, "Board meetings: ok");

  run_cli (&outside, "--database", db, "summary", "--year", "2030", NULL);
  g_assert_cmpint (outside.status, ==, 2);
  assert_contains (outside.err, "The year 2030 is outside the convention’s years (2024–2026).");
}

static void
test_summary_french_and_json (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) example = { 0 };
  g_auto(Run) french = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(GError) error = NULL;

  run_cli_in (&example, "C.UTF-8", "2025-11-28", "--database", db, "example", "--with-sample-activity", NULL);
  g_assert_cmpint (example.status, ==, 0);

  /* French amounts: narrow no-break space between thousands, decimal comma, € after. */
  run_cli_in (&french, "fr_FR.UTF-8", "2025-11-28", "--database", db, "summary", "--year", "2025", NULL);
  g_assert_cmpint (french.status, ==, 0);
  assert_contains (french.out, "20\u202f000,00\u00a0€");
  assert_contains (french.out, "2\u202f680,00\u00a0€");
  assert_contains (french.out, "Chenôve");

  run_cli_in (&json, "fr_FR.UTF-8", "2025-11-28", "--database", db, "summary", "--year", "2025", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  /* Machine form whatever the locale: integer cents. */
  assert_contains (json.out, "\"annual_cost_cents\": 2000000");
  assert_contains (json.out, "\"balance_cents\": 268000");
  assert_contains (json.out, "\"balance_state\": \"to-allocate\"");
  assert_contains (json.out, "{ \"partner\": \"CCAS de Dijon\", \"kind\": \"ccas\", \"amount_cents\": 482000 }");
  assert_contains (json.out, "\"status\": \"received\"");
  g_assert_null (strstr (json.out, "€"));
}

static void
test_summary_empty (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) init = { 0 };
  g_auto(Run) summary = { 0 };

  run_cli (&init, "--database", db, "init", NULL);
  run_cli (&summary, "--database", db, "summary", NULL);
  g_assert_cmpint (summary.status, ==, 1);
  assert_contains (summary.err, "holds no convention yet");
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
  g_test_add_func ("/cli/example-summary-check", test_example_summary);
  g_test_add_func ("/cli/summary/french-and-json", test_summary_french_and_json);
  g_test_add_func ("/cli/summary/empty", test_summary_empty);

  return g_test_run ();
}
