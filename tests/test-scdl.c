/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "pre-attendance.h"
#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-deliberation.h"
#include "pre-example.h"
#include "pre-meeting.h"
#include "pre-scdl.h"

/* The open-data export of the deliberations in the SCDL "Délibérations"
 * schema: the reference séance's row, quoting, and the CLI. */

#define HEADER "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM," \
               "DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL," \
               "VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL\n"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pre-scdl-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static PreStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PreStore *store = pre_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* The example's one deliberation. */
static gint64
example_deliberation_id (PreStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = pre_store_list_meetings (store, 0, &error);
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GListModel) deliberations = NULL;
  g_autoptr(PreDeliberation) deliberation = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  deliberations = pre_store_list_deliberations (store, pre_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (deliberations), ==, 1);
  deliberation = g_list_model_get_item (deliberations, 0);
  return pre_deliberation_get_id (deliberation);
}

/* What the file holds for the reference séance: 17 members in office,
 * 12 present and 4 represented, 16 votes for. */
static char *
example_csv (gint64 id)
{
  return g_strdup_printf (HEADER
                          "Centre Communal d'Action Sociale de DIJON,,20241002-%" G_GINT64_FORMAT
                          ",2024-10-02,,,Programme de réussite éducative – Convention "
                          "Pluriannuelle d'Objectifs 2024 – 2026 : Coordination des PRE de la "
                          "Métropole,,,,,17,16,16,0,0,\n", id);
}

static void
test_example (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;
  guint n_rows = 0;

  /* An empty database: the header alone. */
  csv = pre_scdl_deliberations_csv (store, &n_rows, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csv, ==, HEADER);
  g_assert_cmpuint (n_rows, ==, 0);
  g_clear_pointer (&csv, g_free);

  g_assert_true (pre_store_load_example (store, FALSE, &error));
  g_assert_no_error (error);
  csv = pre_scdl_deliberations_csv (store, &n_rows, &error);
  g_assert_no_error (error);
  expected = example_csv (example_deliberation_id (store));
  g_assert_cmpstr (csv, ==, expected);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_cmpstr (PRE_SCDL_DELIBERATIONS_HEADER "\n", ==, HEADER);
}

static gint64
save_member (PreStore   *store,
             gint64      board_id,
             const char *last_name,
             int         position)
{
  g_autoptr(PreBoardMember) member = pre_board_member_new ();
  g_autoptr(GError) error = NULL;

  pre_board_member_set_board_id (member, board_id);
  pre_board_member_set_civility (member, "Mme");
  pre_board_member_set_last_name (member, last_name);
  pre_board_member_set_position (member, position);
  g_assert_true (pre_store_save_board_member (store, member, &error));
  g_assert_no_error (error);
  return pre_board_member_get_id (member);
}

/* A subject with a comma, quotes and a line break; a body with a comma; a
 * number of its own and a matter code; 12 for, 3 against, 1 abstention out
 * of 16 present in a board of 20. */
static void
test_quoting (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = open_store (path);
  g_autoptr(PreBoard) board = pre_board_new ();
  g_autoptr(PreMeeting) meeting = pre_meeting_new ();
  g_autoptr(GListStore) attendance = g_list_store_new (PRE_TYPE_ATTENDANCE);
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  guint n_rows = 0;

  pre_board_set_name (board, "Conseil d'Administration");
  pre_board_set_body (board, "CCAS de Talant, Côte-d'Or");
  g_assert_true (pre_store_save_board (store, board, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("MEMBRE%02d", i + 1);
      gint64 id = save_member (store, pre_board_get_id (board), name, i);

      if (i < 16)
        g_list_store_append (attendance, pre_attendance_new (id, PRE_ATTENDANCE_PRESENT, 0));
    }

  pre_meeting_set_board_id (meeting, pre_board_get_id (board));
  pre_meeting_set_date (meeting, "2025-06-05");
  g_assert_true (pre_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_set_attendance (store, pre_meeting_get_id (meeting),
                                           G_LIST_MODEL (attendance), &error));
  g_assert_no_error (error);

  pre_deliberation_set_meeting_id (deliberation, pre_meeting_get_id (meeting));
  pre_deliberation_set_number (deliberation, "2025-12");
  pre_deliberation_set_matter_code (deliberation, "7.5");
  pre_deliberation_set_subject (deliberation, "Subvention, \"Été jeunes\" 2025 :\navenant n° 1");
  pre_deliberation_set_votes_for (deliberation, 12);
  pre_deliberation_set_votes_against (deliberation, 3);
  pre_deliberation_set_abstentions (deliberation, 1);
  g_assert_true (pre_store_save_deliberation (store, deliberation, &error));
  g_assert_no_error (error);

  csv = pre_scdl_deliberations_csv (store, &n_rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_cmpstr (csv, ==,
                   HEADER
                   "\"CCAS de Talant, Côte-d'Or\",,2025-12,2025-06-05,7.5,,"
                   "\"Subvention, \"\"Été jeunes\"\" 2025 : avenant n° 1\",,,,,20,16,12,3,1,\n");
}

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

/* Runs the built pre-coordination-cli (PRE_CLI, set by tests/meson.build)
 * in English. */
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

static void
test_cli (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "deliberations.csv", NULL);
  g_autofree char *other = g_build_filename (dir, "other.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) example = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) no_scdl = { 0 };
  g_auto(Run) wrong_table = { 0 };
  g_auto(Run) ods = { 0 };

  run_cli (&example, "--database", path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);

  run_cli (&export, "--database", path, "export", "deliberations", "--scdl", "-o", csv_path, NULL);
  g_assert_cmpint (export.status, ==, 0);
  written = g_strdup_printf ("1 deliberation written to “%s” (SCDL Délibérations).\n", csv_path);
  g_assert_cmpstr (export.out, ==, written);
  g_assert_cmpstr (export.err, ==, "");

  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, &error));
  g_assert_no_error (error);
  /* No byte order mark: the file starts with the header. */
  g_assert_true (g_str_has_prefix (contents, "COLL_NOM,"));
  {
    g_autoptr(PreStore) store = open_store (path);

    expected = example_csv (example_deliberation_id (store));
  }
  g_assert_cmpstr (contents, ==, expected);

  /* Without --scdl, the office table of the deliberations (another file);
   * --scdl belongs to the deliberations and is CSV only. */
  run_cli (&no_scdl, "--database", path, "export", "deliberations", "-o", other, NULL);
  g_assert_cmpint (no_scdl.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (other, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_str_has_prefix (contents, "COLL_NOM,"));
  g_remove (other);

  run_cli (&ods, "--database", path, "export", "deliberations", "--scdl", "--format", "ods",
           "-o", other, NULL);
  g_assert_cmpint (ods.status, ==, 2);
  assert_contains (ods.err, "--format");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));

  run_cli (&wrong_table, "--database", path, "export", "sessions", "--scdl", "-o", other, NULL);
  g_assert_cmpint (wrong_table.status, ==, 2);
  assert_contains (wrong_table.err, "--scdl");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scdl/example", test_example);
  g_test_add_func ("/scdl/quoting", test_quoting);
  g_test_add_func ("/scdl/cli", test_cli);
  return g_test_run ();
}
