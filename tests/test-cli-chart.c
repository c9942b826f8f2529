/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

/* `pre-coordination-cli chart`, run as a user would (its path is in
 * PRE_CLI), over the example with its sample activity on 28 November 2025.
 * The PNG files are also copied to PRE_TEST_OUTPUT_DIR to be looked at. */

#define TODAY "2025-11-28"

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
  int wait_status = 0;
  va_list args;

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
  envp = g_environ_setenv (envp, "PRE_TODAY", TODAY, TRUE);

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

/* A database with the example and its sample activity, in a new folder. */
static char *
example_database (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_auto(Run) example = { 0 };
  char *db;

  *dir = g_dir_make_tmp ("pre-cli-chart-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (*dir, "pre.db", NULL);
  run_cli (&example, "--database", db, "example", "--with-sample-activity", NULL);
  g_assert_cmpint (example.status, ==, 0);
  return db;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) | p[3];
}

static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  int status = 0;

  if (pdftotext == NULL)
    return NULL;
  argv[0] = pdftotext;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
keep_for_people (const char *path,
                 const char *name)
{
  const char *dir = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  gsize length = 0;

  if (dir == NULL)
    return;
  g_mkdir_with_parents (dir, 0755);
  contents = read_file (path, &length);
  copy = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (copy, contents, (gssize)length, NULL));
}

typedef struct
{
  const char *name;
  const char *title;       /* the title for 2025 */
  gboolean    territories; /* names Dijon and Chenôve */
  const char *mentions;    /* something else the description states */
} Chart;

static const Chart charts[] = {
  { "territory-spending", "Spending per territory, 2025", TRUE, "All territories" },
  { "mission-budget", "Budget and spending per mission, 2025", FALSE, "Psychological support" },
  { "funding-sources", "Funding sources, 2025", TRUE, "Dijon Métropole: Participation €12,500 received" },
  { "monthly-spending", "Cumulative spending per month, 2025", FALSE, "Dec" },
};

static void
test_formats (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = example_database (&dir);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      const Chart *chart = &charts[i];
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, chart->name);
      g_autofree char *svg = g_strdup_printf ("%s/%s.svg", dir, chart->name);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.PDF", dir, chart->name);
      g_autofree char *png_name = g_strdup_printf ("cli-chart-%s.png", chart->name);
      g_autofree char *contents = NULL;
      g_autofree char *text = NULL;
      g_auto(Run) run_png = { 0 };
      g_auto(Run) run_svg = { 0 };
      g_auto(Run) run_pdf = { 0 };
      gsize length = 0;

      /* PNG: the signature and the size asked for. */
      run_cli (&run_png, "--database", db, "chart", chart->name, "--year", "2025",
               "--width", "800", "--height", "450", "-o", png, NULL);
      g_assert_cmpint (run_png.status, ==, 0);
      assert_contains (run_png.out, chart->title);
      assert_contains (run_png.out, png);
      g_assert_cmpstr (run_png.err, ==, "");
      contents = read_file (png, &length);
      g_assert_cmpuint (length, >, 24);
      g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
      g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
      g_assert_cmpuint (read_be32 ((const guchar *)contents + 16), ==, 800);
      g_assert_cmpuint (read_be32 ((const guchar *)contents + 20), ==, 450);
      keep_for_people (png, png_name);
      g_clear_pointer (&contents, g_free);

      /* SVG: the title and the description state the figures in words. */
      run_cli (&run_svg, "--database", db, "chart", chart->name, "--year", "2025", "-o", svg, NULL);
      g_assert_cmpint (run_svg.status, ==, 0);
      contents = read_file (svg, &length);
      assert_contains (contents, "<svg");
      assert_contains (contents, chart->title);
      assert_contains (contents, chart->mentions);
      if (chart->territories)
        {
          assert_contains (contents, "Dijon");
          assert_contains (contents, "Chenôve");
        }
      g_clear_pointer (&contents, g_free);

      /* PDF (the extension in capitals works too): real text. */
      run_cli (&run_pdf, "--database", db, "chart", chart->name, "--year", "2025", "-o", pdf, NULL);
      g_assert_cmpint (run_pdf.status, ==, 0);
      contents = read_file (pdf, &length);
      g_assert_cmpmem (contents, 5, "%PDF-", 5);
      text = pdf_text (pdf);
      if (text == NULL)
        {
          g_test_message ("pdftotext is not installed: the PDF's text is not checked");
          continue;
        }
      assert_contains (text, chart->title);
      if (chart->territories)
        {
          assert_contains (text, "Dijon");
          assert_contains (text, "Chenôve");
        }
    }
}

/* Without --year, the whole convention: the monthly chart runs over its 36
 * months against the three annual costs. */
static void
test_whole_convention (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = example_database (&dir);
  g_autofree char *svg = g_build_filename (dir, "all.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "all.png", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) run_png = { 0 };

  run_cli (&run, "--database", db, "chart", "monthly-spending", "-o", svg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Cumulative spending per month, 2024–2026");
  contents = read_file (svg, NULL);
  assert_contains (contents, "Jan 2024");
  assert_contains (contents, "Dec 2026");

  run_cli (&run_png, "--database", db, "chart", "territory-spending", "-o", png, NULL);
  g_assert_cmpint (run_png.status, ==, 0);
  assert_contains (run_png.out, "Spending per territory, 2024–2026");
  keep_for_people (png, "cli-chart-territory-spending-all.png");
}

static void
test_errors (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = example_database (&dir);
  g_autofree char *jpg = g_build_filename (dir, "chart.jpg", NULL);
  g_autofree char *bare = g_build_filename (dir, "chart", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_auto(Run) bad_extension = { 0 };
  g_auto(Run) no_extension = { 0 };
  g_auto(Run) outside = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) tiny = { 0 };

  run_cli (&bad_extension, "--database", db, "chart", "territory-spending", "-o", jpg, NULL);
  g_assert_cmpint (bad_extension.status, ==, 2);
  assert_contains (bad_extension.err, "“.jpg” is not a chart format: name the file “.png”, “.svg” or “.pdf”.");
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));

  run_cli (&no_extension, "--database", db, "chart", "territory-spending", "-o", bare, NULL);
  g_assert_cmpint (no_extension.status, ==, 2);
  assert_contains (no_extension.err, "has no extension");

  run_cli (&outside, "--database", db, "chart", "mission-budget", "--year", "2030", "-o", png, NULL);
  g_assert_cmpint (outside.status, ==, 2);
  assert_contains (outside.err, "The year 2030 is outside the convention’s years (2024–2026).");
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  run_cli (&unknown, "--database", db, "chart", "pie", "-o", png, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "“pie” is not a chart: say territory-spending, mission-budget, "
                   "funding-sources or monthly-spending.");

  run_cli (&no_output, "--database", db, "chart", "funding-sources", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  assert_contains (no_output.err, "--output");

  run_cli (&tiny, "--database", db, "chart", "funding-sources", "--width", "10", "-o", png, NULL);
  g_assert_cmpint (tiny.status, ==, 2);
  assert_contains (tiny.err, "The size 10 × 500 is not possible");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/chart/formats", test_formats);
  g_test_add_func ("/cli/chart/whole-convention", test_whole_convention);
  g_test_add_func ("/cli/chart/errors", test_errors);

  return g_test_run ();
}
