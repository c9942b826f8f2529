/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

/* Runs the real pre-coordination-cli (PRE_CLI) on a temporary database:
 * import, export and report as a script would. */

typedef struct
{
  char *dir;
  char *db;
  char *out;
  char *err;
  int   status;
} Cli;

static void
cli_run (Cli *cli,
         ...)
{
  const char *exe = g_getenv ("PRE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *arg;
  va_list args;
  int wait_status = 0;

  if (exe == NULL || !g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("PRE_CLI does not name the built pre-coordination-cli (%s)", exe ? exe : "unset");
  envp = g_environ_setenv (envp, "PRE_TODAY", "2026-11-28", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_ptr_array_add (argv, (gpointer) exe);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, cli->db);
  va_start (args, cli);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&cli->out, g_free);
  g_clear_pointer (&cli->err, g_free);
  g_spawn_sync (cli->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &cli->out, &cli->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  cli->status = WEXITSTATUS (wait_status);
}

static void
cli_setup (Cli *cli)
{
  g_autoptr(GError) error = NULL;

  cli->dir = g_dir_make_tmp ("pre-cli-io-XXXXXX", &error);
  g_assert_no_error (error);
  cli->db = g_build_filename (cli->dir, "test.db", NULL);
  cli_run (cli, "example", "--with-sample-activity", NULL);
  g_assert_cmpint (cli->status, ==, 0);
}

static void
cli_teardown (Cli *cli)
{
  g_autoptr(GDir) dir = g_dir_open (cli->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (cli->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (cli->dir);
  g_free (cli->dir);
  g_free (cli->db);
  g_free (cli->out);
  g_free (cli->err);
}

static char *
write_file (Cli        *cli,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (cli->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in:\n%s", part, text);
}

static void
test_import (void)
{
  Cli cli = { 0 };
  g_autofree char *bad = NULL;
  g_autofree char *good = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *before = NULL;

  cli_setup (&cli);
  bad = write_file (&cli, "bad.csv", "Date;Commune;Montant\n"
                                     "04/06/2025;Dijon;60\n"
                                     "05/06/2025;Dijon;12,5O\n");
  good = write_file (&cli, "good.csv", "Date;Commune;Montant\n"
                                       "04/06/2025;Dijon;60\n"
                                       "05/06/2025;Dijon;12,50\n");
  sessions = g_build_filename (cli.dir, "sessions.csv", NULL);
  cli_run (&cli, "export", "sessions", "--machine", "-o", sessions, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  g_assert_true (g_file_get_contents (sessions, &before, NULL, NULL));

  /* One wrong line: listed, nothing written, status 1. */
  cli_run (&cli, "import", "sessions", bad, "--mission", "psychology", NULL);
  g_assert_cmpint (cli.status, ==, 1);
  assert_contains (cli.err, "Line 3, column “Montant”: “12,5O” is not an amount.");
  assert_contains (cli.out, "  1. “Date” → date");
  assert_contains (cli.out, "1 row to add, 0 already present, 1 line with a problem.");
  assert_contains (cli.out, "Nothing was imported");

  cli_run (&cli, "import", "sessions", bad, "--mission", "psychology", "--dry-run", NULL);
  g_assert_cmpint (cli.status, ==, 1);

  /* A dry run of the fixed file writes nothing either. */
  cli_run (&cli, "import", "sessions", good, "--mission", "psychology", "--dry-run", NULL);
  g_assert_cmpint (cli.status, ==, 0);
  assert_contains (cli.out, "2 rows to add, 0 already present, 0 lines with a problem.");
  assert_contains (cli.out, "Dry run: nothing was written.");
  {
    g_autofree char *after = NULL;
    cli_run (&cli, "export", "sessions", "--machine", "-o", sessions, NULL);
    g_assert_true (g_file_get_contents (sessions, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, before);
  }

  cli_run (&cli, "import", "sessions", good, "--mission", "psychology", NULL);
  g_assert_cmpint (cli.status, ==, 0);
  assert_contains (cli.out, "2 rows imported into");

  /* Again: already there, nothing added. */
  cli_run (&cli, "import", "sessions", good, "--mission", "psychology", NULL);
  g_assert_cmpint (cli.status, ==, 0);
  assert_contains (cli.out, "0 rows to add, 2 already present, 0 lines with a problem.");

  /* The user may choose to import the valid rows only: the first line of
   * the bad file is there already, the bad one is left out. */
  cli_run (&cli, "import", "sessions", bad, "--mission", "psychology", "--skip-bad-lines", NULL);
  g_assert_cmpint (cli.status, ==, 1);
  assert_contains (cli.out, "0 rows to add, 1 already present, 1 line with a problem.");
  assert_contains (cli.out, "0 rows imported into");

  /* Usage errors. */
  cli_run (&cli, "import", "sessions", good, NULL);
  g_assert_cmpint (cli.status, ==, 1);
  assert_contains (cli.err, "The file has no mission column");
  cli_run (&cli, "import", "cats", good, NULL);
  g_assert_cmpint (cli.status, ==, 2);
  cli_run (&cli, "import", "sessions", good, "--mission", "psychology", "--map", "Montant=colour", NULL);
  g_assert_cmpint (cli.status, ==, 2);
  cli_teardown (&cli);
}

static void
test_export_and_report (void)
{
  Cli cli = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;

  cli_setup (&cli);
  csv = g_build_filename (cli.dir, "funding.csv", NULL);
  cli_run (&cli, "export", "funding", "--year", "2025", "-o", csv, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  assert_contains (cli.out, "5 rows written to");
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "Année;Partenaire;Type;Montant\r\n"));

  cli_run (&cli, "export", "funding", NULL);
  g_assert_cmpint (cli.status, ==, 2);
  cli_run (&cli, "export", "convention", "-o", csv, NULL);
  g_assert_cmpint (cli.status, ==, 2);
  cli_run (&cli, "export", "funding", "--year", "2040", "-o", csv, NULL);
  g_assert_cmpint (cli.status, ==, 2);

  pdf = g_build_filename (cli.dir, "report.pdf", NULL);
  cli_run (&cli, "report", "--year", "2025", "--mask-small-counts", "-o", pdf, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  assert_contains (cli.out, "Annual report 2025 written to");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  cli_run (&cli, "report", "annual", "--year", "2025", "-o", pdf, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  cli_run (&cli, "report", "-o", pdf, NULL);
  g_assert_cmpint (cli.status, ==, 2);
  assert_contains (cli.err, "--year YEAR");
  cli_run (&cli, "report", "--year", "2031", "-o", pdf, NULL);
  g_assert_cmpint (cli.status, ==, 2);
  cli_teardown (&cli);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-io/import", test_import);
  g_test_add_func ("/cli-io/export-and-report", test_export_and_report);

  return g_test_run ();
}
