/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "pre-attendance.h"
#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-deliberation.h"
#include "pre-error.h"
#include "pre-example.h"
#include "pre-extract-builder.h"
#include "pre-meeting.h"

/* The extract of the register built from the database: the reference
 * séance of the CCAS of Dijon (2 October 2024) loaded as the example, a
 * small board made through the API, the PDF, and the CLI's `deliberations`
 * and `extract` commands. In English (C locale). */

static const char *reference_present[] = {
  "M. HOAREAU", "Mme AKPINAR-ISTIQUAM", "M. MEZUI", "Mme CHOLLET", "M. FAVERJON",
  "Mme GINDRE", "Mme VIAN", "M. FOUSSET", "Mme LECOMTE", "M. FOUILLOT", "M. JASPART",
  "M. AVENA",
};

static const struct
{
  const char *name;
  const char *holder;
  gboolean    feminine;
} reference_represented[] = {
  { "M. REBSAMEN", "M. HOAREAU", FALSE },
  { "M. BERTHIER", "Mme CHOLLET", FALSE },
  { "Mme JACQUEMARD", "M. MEZUI", TRUE },
  { "Mme JACQUENET", "Mme LECOMTE", TRUE },
};

static const char *reference_recipients[] = {
  "Préfecture", "Registre", "Ressources internes", "Politique de la ville et contractuelles",
};

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pre-extract-builder-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
output_path (const char *name)
{
  const char *dir = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *tmp = NULL;

  if (dir == NULL)
    dir = tmp = make_dir ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static PreStore *
open_example (char **path_out)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = pre_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pre_store_load_example (store, FALSE, &error));
  g_assert_no_error (error);
  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);
  return g_steal_pointer (&store);
}

/* The one deliberation of the example: the first of the latest séance. */
static gint64
find_deliberation (PreStore *store)
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
  g_assert_cmpint (pre_deliberation_get_id (deliberation), >, 0);
  return pre_deliberation_get_id (deliberation);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in “%s”", part, text);
}

static void
assert_reference (PreExtract *extract)
{
  g_assert_cmpstr (extract->body, ==, "Centre Communal d'Action Sociale de DIJON");
  g_assert_cmpstr (extract->assembly, ==, "Conseil d'Administration");
  g_assert_cmpstr (extract->meeting_date, ==, "2024-10-02");
  g_assert_cmpstr (extract->convocation_date, ==, "2024-09-27");
  g_assert_cmpstr (extract->president, ==, "M. Antoine HOAREAU");

  g_assert_cmpuint (extract->present->len, ==, G_N_ELEMENTS (reference_present));
  for (guint i = 0; i < G_N_ELEMENTS (reference_present); i++)
    g_assert_cmpstr (g_ptr_array_index (extract->present, i), ==, reference_present[i]);

  g_assert_cmpuint (extract->represented->len, ==, G_N_ELEMENTS (reference_represented));
  for (guint i = 0; i < G_N_ELEMENTS (reference_represented); i++)
    {
      PreExtractProxy *proxy = g_ptr_array_index (extract->represented, i);

      g_assert_cmpstr (proxy->name, ==, reference_represented[i].name);
      g_assert_cmpstr (proxy->holder, ==, reference_represented[i].holder);
      g_assert_cmpint (proxy->feminine, ==, reference_represented[i].feminine);
    }

  g_assert_cmpuint (extract->excused->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (extract->excused, 0), ==, "Mme TENENBAUM");
  g_assert_cmpuint (extract->absent->len, ==, 0);

  g_assert_true (g_str_has_prefix (extract->subject, "Programme de réussite éducative – Convention "
                                                     "Pluriannuelle d'Objectifs 2024 – 2026"));
  assert_contains (extract->subject, "Coordination des PRE de la Métropole");
  g_assert_true (g_str_has_prefix (extract->text, "Par délibération du conseil métropolitain (DM20240607028)"));
  /* The reference prints the amounts in bold: the text marks them for the renderer. */
  assert_contains (extract->text, "fixée à **4 820 €** en ce qui concerne le CCAS de la ville de Dijon.");
  g_assert_true (g_str_has_suffix (extract->text, "les membres du conseil d'administration :"));

  g_assert_cmpuint (extract->decisions->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (extract->decisions, 0), ==,
                   "approuvent la convention pluriannuelle d'objectifs 2024 -2026 jointe en annexe ;");
  g_assert_cmpstr (g_ptr_array_index (extract->decisions, 4), ==,
                   "prélevent les crédits sur le budget 2024 du CCAS de Dijon.");

  g_assert_cmpstr (extract->outcome, ==, "Adopted unanimously");

  /* The séance has no place: signed in the town of the board's partner
   * (CCAS de Dijon → Dijon), on the séance's date, by a man. */
  g_assert_cmpstr (extract->signature_place, ==, "Dijon");
  g_assert_cmpstr (extract->signature_date, ==, "2024-10-02");
  g_assert_false (extract->president_feminine);

  g_assert_cmpuint (extract->recipients->len, ==, G_N_ELEMENTS (reference_recipients));
  for (guint i = 0; i < G_N_ELEMENTS (reference_recipients); i++)
    {
      PreExtractRecipient *recipient = g_ptr_array_index (extract->recipients, i);

      g_assert_cmpstr (recipient->name, ==, reference_recipients[i]);
      g_assert_cmpuint (recipient->copies, ==, 1);
    }
}

static void
test_reference (void)
{
  g_autoptr(PreStore) store = open_example (NULL);
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(GError) error = NULL;

  extract = pre_store_build_extract (store, find_deliberation (store), &error);
  g_assert_no_error (error);
  g_assert_nonnull (extract);
  assert_reference (extract);
}

static void
test_not_found (void)
{
  g_autoptr(PreStore) store = open_example (NULL);
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(GError) error = NULL;
  gint64 missing = find_deliberation (store) + 1000;
  g_autofree char *expected = g_strdup_printf ("There is no deliberation with the id %" G_GINT64_FORMAT
                                               " in this database.", missing);

  extract = pre_store_build_extract (store, missing, &error);
  g_assert_null (extract);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
}

static gint64
save_member (PreStore   *store,
             gint64      board_id,
             const char *civility,
             const char *first_name,
             const char *last_name,
             int         position)
{
  g_autoptr(PreBoardMember) member = pre_board_member_new ();
  g_autoptr(GError) error = NULL;

  pre_board_member_set_board_id (member, board_id);
  pre_board_member_set_civility (member, civility);
  pre_board_member_set_first_name (member, first_name);
  pre_board_member_set_last_name (member, last_name);
  pre_board_member_set_position (member, position);
  g_assert_true (pre_store_save_board_member (store, member, &error));
  g_assert_no_error (error);
  return pre_board_member_get_id (member);
}

/* A séance without a convocation date, a member with no attendance row
 * (absent), the register's order given by position rather than by
 * creation, and a tie broken by the president. */
static void
test_small_board (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autoptr(PreStore) store = NULL;
  g_autoptr(PreBoard) board = pre_board_new ();
  g_autoptr(PreMeeting) meeting = pre_meeting_new ();
  g_autoptr(GListStore) attendance = g_list_store_new (PRE_TYPE_ATTENDANCE);
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(GError) error = NULL;
  const char *decisions[] = { "approuve le rapport.", NULL };
  gint64 morel, dupont, lefebvre, garnier;

  store = pre_store_open (path, &error);
  g_assert_no_error (error);

  pre_board_set_name (board, "Conseil d'Administration");
  pre_board_set_body (board, "Centre Communal d'Action Sociale de LONGVIC");
  g_assert_true (pre_store_save_board (store, board, &error));
  g_assert_no_error (error);

  /* Created out of order: the extract follows the positions. */
  dupont = save_member (store, pre_board_get_id (board), "Mme", "Claire", "DUPONT", 2);
  morel = save_member (store, pre_board_get_id (board), "M.", "", "MOREL", 1);
  lefebvre = save_member (store, pre_board_get_id (board), "Mme", "", "LEFEBVRE", 3);
  garnier = save_member (store, pre_board_get_id (board), "M.", "", "GARNIER", 4);
  save_member (store, pre_board_get_id (board), "M.", "", "BLANC", 5);

  pre_meeting_set_board_id (meeting, pre_board_get_id (board));
  pre_meeting_set_date (meeting, "2025-03-12");
  pre_meeting_set_president_id (meeting, dupont);
  g_assert_true (pre_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);

  g_list_store_append (attendance, pre_attendance_new (morel, PRE_ATTENDANCE_PRESENT, 0));
  g_list_store_append (attendance, pre_attendance_new (dupont, PRE_ATTENDANCE_PRESENT, 0));
  g_list_store_append (attendance, pre_attendance_new (lefebvre, PRE_ATTENDANCE_REPRESENTED, morel));
  g_list_store_append (attendance, pre_attendance_new (garnier, PRE_ATTENDANCE_PRESENT, 0));
  /* BLANC: no row, so absent. */
  g_assert_true (pre_store_set_attendance (store, pre_meeting_get_id (meeting),
                                           G_LIST_MODEL (attendance), &error));
  g_assert_no_error (error);

  pre_deliberation_set_meeting_id (deliberation, pre_meeting_get_id (meeting));
  pre_deliberation_set_subject (deliberation, "Rapport d'activité 2024");
  pre_deliberation_set_body_text (deliberation, "Le rapport est présenté au conseil.");
  pre_deliberation_set_decisions (deliberation, decisions);
  pre_deliberation_set_votes_for (deliberation, 2);
  pre_deliberation_set_votes_against (deliberation, 2);
  pre_deliberation_set_president_vote (deliberation, PRE_PRESIDENT_VOTE_FOR);
  pre_deliberation_add_recipient (deliberation, "Préfecture", 2);
  g_assert_true (pre_store_save_deliberation (store, deliberation, &error));
  g_assert_no_error (error);

  extract = pre_store_build_extract (store, pre_deliberation_get_id (deliberation), &error);
  g_assert_no_error (error);
  g_assert_nonnull (extract);

  g_assert_cmpstr (extract->body, ==, "Centre Communal d'Action Sociale de LONGVIC");
  g_assert_cmpstr (extract->meeting_date, ==, "2025-03-12");
  g_assert_null (extract->convocation_date);
  g_assert_cmpstr (extract->president, ==, "Mme Claire DUPONT");
  /* No place, no partner: the town in the body's name, in its own case. */
  g_assert_cmpstr (extract->signature_place, ==, "Longvic");
  g_assert_cmpstr (extract->signature_date, ==, "2025-03-12");
  g_assert_true (extract->president_feminine);

  g_assert_cmpuint (extract->present->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (extract->present, 0), ==, "M. MOREL");
  g_assert_cmpstr (g_ptr_array_index (extract->present, 1), ==, "Mme DUPONT");
  g_assert_cmpstr (g_ptr_array_index (extract->present, 2), ==, "M. GARNIER");
  g_assert_cmpuint (extract->represented->len, ==, 1);
  g_assert_cmpstr (((PreExtractProxy *)g_ptr_array_index (extract->represented, 0))->name, ==, "Mme LEFEBVRE");
  g_assert_cmpstr (((PreExtractProxy *)g_ptr_array_index (extract->represented, 0))->holder, ==, "M. MOREL");
  g_assert_true (((PreExtractProxy *)g_ptr_array_index (extract->represented, 0))->feminine);
  g_assert_cmpuint (extract->excused->len, ==, 0);
  g_assert_cmpuint (extract->absent->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (extract->absent, 0), ==, "M. BLANC");

  g_assert_cmpuint (extract->decisions->len, ==, 1);
  g_assert_cmpstr (extract->outcome, ==, "Adopted, the president’s vote being decisive");
  g_assert_cmpuint (extract->recipients->len, ==, 1);
  g_assert_cmpuint (((PreExtractRecipient *)g_ptr_array_index (extract->recipients, 0))->copies, ==, 2);

  /* The séance's own place comes first. */
  pre_meeting_set_place (meeting, "Talant");
  g_assert_true (pre_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  g_clear_pointer (&extract, pre_extract_free);
  extract = pre_store_build_extract (store, pre_deliberation_get_id (deliberation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (extract->signature_place, ==, "Talant");
}

static char *
run_argv (const char * const *argv,
          int                *status_out,
          char              **err_out)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, err_out, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  *status_out = WEXITSTATUS (wait_status);
  return out;
}

/* pdftotext's output with every run of white space made one space. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *err = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("[\\s\\x{00A0}\\x{202F}]+", 0, 0, NULL);
  int status;

  raw = run_argv (argv, &status, &err);
  g_assert_cmpint (status, ==, 0);
  return g_regex_replace_literal (spaces, raw, -1, 0, " ", 0, NULL);
}

static void
assert_reference_pdf (const char *pdf)
{
  g_autofree char *text = pdf_text (pdf);

  g_test_message ("%s", text);
  assert_contains (text, "Meeting of 2 October 2024");
  assert_contains (text, "Chair of the meeting: M. Antoine HOAREAU.");
  assert_contains (text, "Convocation date: 27 September 2024.");
  assert_contains (text, "Members present: (12) M. HOAREAU, Mme AKPINAR-ISTIQUAM,");
  assert_contains (text, "Excused members represented: (4) M. REBSAMEN represented by M. HOAREAU,");
  assert_contains (text, "Excused members: (1) Mme TENENBAUM.");
  assert_contains (text, "Adopted unanimously.");
  assert_contains (text, "Politique de la ville et contractuelles: 1");
  /* The signature block, after the certification and before the recipients. */
  assert_contains (text, "Conseil d'Administration. Done at Dijon, on ");
  assert_contains (text, " The Chair of the meeting, M. Antoine HOAREAU Recipients:");
}

/* The reference extract with its signature block signed as @signed_line. */
static void
assert_reference_pdf_signed (const char *pdf,
                             const char *signed_line)
{
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *block = g_strconcat ("Conseil d'Administration. ", signed_line,
                                        " The Chair of the meeting, M. Antoine HOAREAU", NULL);

  assert_reference_pdf (pdf);
  assert_contains (text, block);
}

static void
test_pdf (void)
{
  g_autoptr(PreStore) store = open_example (NULL);
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = output_path ("extract-builder-reference.pdf");

  extract = pre_store_build_extract (store, find_deliberation (store), &error);
  g_assert_no_error (error);
  g_assert_true (pre_extract_write_pdf (extract, pdf, &error));
  g_assert_no_error (error);
  /* Signed on the séance's date by default. */
  assert_reference_pdf_signed (pdf, "Done at Dijon, on 2 October 2024");
}

/* Switches to French with the translations built in this build tree
 * (build/po); FALSE when they do not hold @probe yet. */
static gboolean
use_french (const char *probe)
{
  const char *output = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *tests_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *locale_dir = NULL;

  if (output == NULL)
    return FALSE;
  tests_dir = g_path_get_dirname (output);
  build_dir = g_path_get_dirname (tests_dir);
  locale_dir = g_build_filename (build_dir, "po", NULL);

  g_setenv ("LANGUAGE", "fr", TRUE);
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    return FALSE;
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, probe), probe) != 0;
}

static void
use_english (void)
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
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

/* Runs the built pre-coordination-cli (PRE_CLI, set by tests/meson.build). */
static void
run_cli (Run *run,
         ...)
{
  const char *cli = g_getenv ("PRE_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("PRE_CLI does not name the built pre-coordination-cli (%s)", cli ? cli : "unset");

  g_ptr_array_add (argv, (char *)cli);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run->out = run_argv ((const char * const *)argv->pdata, &run->status, &run->err);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
test_cli (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autofree char *pdf = output_path ("extract-builder-cli.pdf");
  g_autofree char *missing_pdf = g_build_filename (dir, "missing.pdf", NULL);
  g_autofree char *unwritable = g_build_filename (dir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *expected_line = NULL;
  g_autofree char *written = NULL;
  g_auto(Run) example = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) extract = { 0 };
  g_auto(Run) not_found = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) not_a_number = { 0 };
  g_auto(Run) write_failure = { 0 };
  g_auto(Run) no_database = { 0 };

  run_cli (&example, "--database", path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PreStore) store = pre_store_open (path, &error);
    gint64 deliberation_id;

    g_assert_no_error (error);
    deliberation_id = find_deliberation (store);
    id = g_strdup_printf ("%" G_GINT64_FORMAT, deliberation_id);
    unknown = g_strdup_printf ("%" G_GINT64_FORMAT, deliberation_id + 1000);
  }

  /* One line per deliberation: id, ISO date, board, subject, outcome. */
  run_cli (&list, "--database", path, "deliberations", NULL);
  g_assert_cmpint (list.status, ==, 0);
  expected_line = g_strconcat (id, "\t2024-10-02\tConseil d'Administration — Centre Communal "
                               "d'Action Sociale de DIJON\tProgramme de réussite éducative – "
                               "Convention Pluriannuelle d'Objectifs 2024 – 2026 : Coordination "
                               "des PRE de la Métropole\tAdopted unanimously\n", NULL);
  g_assert_cmpstr (list.out, ==, expected_line);
  g_assert_cmpstr (list.err, ==, "");

  g_remove (pdf);
  run_cli (&extract, "--database", path, "extract", id, "-o", pdf, NULL);
  g_assert_cmpint (extract.status, ==, 0);
  written = g_strdup_printf ("Extract of the register written to “%s”.\n", pdf);
  g_assert_cmpstr (extract.out, ==, written);
  g_assert_cmpstr (extract.err, ==, "");
  assert_reference_pdf (pdf);

  /* An id that names nothing: a usage error, said plainly, no file. */
  run_cli (&not_found, "--database", path, "extract", unknown, "--output", missing_pdf, NULL);
  g_assert_cmpint (not_found.status, ==, 2);
  assert_contains (not_found.err, "There is no deliberation with the id ");
  assert_contains (not_found.err, unknown);
  assert_contains (not_found.err, "deliberations” lists the deliberations and their ids.");
  g_assert_false (g_file_test (missing_pdf, G_FILE_TEST_EXISTS));

  run_cli (&no_output, "--database", path, "extract", id, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  assert_contains (no_output.err, "Say where to write the PDF with “--output FILE”.");

  run_cli (&not_a_number, "--database", path, "extract", "first", "-o", missing_pdf, NULL);
  g_assert_cmpint (not_a_number.status, ==, 2);
  assert_contains (not_a_number.err, "“first” is not a deliberation id");
  g_assert_false (g_file_test (missing_pdf, G_FILE_TEST_EXISTS));

  run_cli (&write_failure, "--database", path, "extract", id, "-o", unwritable, NULL);
  g_assert_cmpint (write_failure.status, ==, 3);
  assert_contains (write_failure.err, unwritable);
  g_assert_cmpstr (write_failure.out, ==, "");

  {
    g_autofree char *nowhere = g_build_filename (dir, "nowhere.db", NULL);

    run_cli (&no_database, "--database", nowhere, "deliberations", NULL);
    g_assert_cmpint (no_database.status, ==, 3);
    assert_contains (no_database.err, "does not exist");
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }
}

/* The spellings: "meetings list" and "report extract
 * --deliberation ID"; "extract ID" stays as their alias. */
static void
test_cli_canonical (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_autofree char *pdf = output_path ("extract-builder-report-extract.pdf");
  g_autofree char *missing_pdf = g_build_filename (dir, "missing.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *expected_line = NULL;
  g_autofree char *written = NULL;
  g_auto(Run) example = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) bare = { 0 };
  g_auto(Run) wrong = { 0 };
  g_auto(Run) report = { 0 };
  g_auto(Run) no_id = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) help = { 0 };
  gint64 meeting_id;

  run_cli (&example, "--database", path, "example", NULL);
  g_assert_cmpint (example.status, ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PreStore) store = pre_store_open (path, &error);
    g_autoptr(GListModel) meetings = NULL;
    g_autoptr(PreMeeting) meeting = NULL;

    g_assert_no_error (error);
    id = g_strdup_printf ("%" G_GINT64_FORMAT, find_deliberation (store));
    meetings = pre_store_list_meetings (store, 0, &error);
    g_assert_no_error (error);
    meeting = g_list_model_get_item (meetings, 0);
    meeting_id = pre_meeting_get_id (meeting);
  }

  /* One line per séance: id, date, board, present, represented, excused,
   * quorum. */
  run_cli (&list, "--database", path, "meetings", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  expected_line = g_strdup_printf ("%" G_GINT64_FORMAT "\t2024-10-02\tConseil d'Administration — "
                                   "Centre Communal d'Action Sociale de DIJON\t12\t4\t1\t"
                                   "quorum reached (9 required)\n", meeting_id);
  g_assert_cmpstr (list.out, ==, expected_line);
  g_assert_cmpstr (list.err, ==, "");
  run_cli (&bare, "--database", path, "meetings", NULL);
  g_assert_cmpint (bare.status, ==, 0);
  g_assert_cmpstr (bare.out, ==, expected_line);
  run_cli (&wrong, "--database", path, "meetings", "delete", NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  assert_contains (wrong.err, "“delete”");

  /* Signed the day after the séance. */
  g_remove (pdf);
  run_cli (&report, "--database", path, "report", "extract", "--deliberation", id,
           "--date", "2024-10-03", "-o", pdf, NULL);
  g_assert_cmpint (report.status, ==, 0);
  written = g_strdup_printf ("Extract of the register written to “%s”.\n", pdf);
  g_assert_cmpstr (report.out, ==, written);
  assert_reference_pdf_signed (pdf, "Done at Dijon, on 3 October 2024");

  run_cli (&no_id, "--database", path, "report", "extract", "-o", missing_pdf, NULL);
  g_assert_cmpint (no_id.status, ==, 2);
  assert_contains (no_id.err, "--deliberation ID");
  run_cli (&bad_date, "--database", path, "report", "extract", "--deliberation", id,
           "--date", "3/10/2024", "-o", missing_pdf, NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  assert_contains (bad_date.err, "“3/10/2024”");
  g_assert_false (g_file_test (missing_pdf, G_FILE_TEST_EXISTS));

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  assert_contains (help.out, "meetings [list]");
  assert_contains (help.out, "report [annual|extract]");
  assert_contains (help.out, "Alias of “report extract --deliberation ID”.");
}

static void
test_cli_empty (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pre.db", NULL);
  g_auto(Run) init = { 0 };
  g_auto(Run) list = { 0 };

  run_cli (&init, "--database", path, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  run_cli (&list, "--database", path, "deliberations", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==, "");
  assert_contains (list.err, "No deliberation is recorded in “");
}

/* The same séance in French: the register's own words, and the feminine
 * agreement taken from the represented member's civility. */
static void
test_pdf_french (void)
{
  g_autoptr(PreStore) store = open_example (NULL);
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = output_path ("extract-builder-reference-fr.pdf");
  g_autofree char *text = NULL;

  if (!use_french ("Excused members: (%u) %s."))
    {
      use_english ();
      g_test_skip ("po/fr.po does not translate the extract yet");
      return;
    }

  extract = pre_store_build_extract (store, find_deliberation (store), &error);
  g_assert_no_error (error);
  /* The translation may use a typographic apostrophe. */
  g_assert_true (g_str_has_prefix (extract->outcome, "Adoptée à l"));
  g_assert_true (g_str_has_suffix (extract->outcome, "unanimité"));
  g_assert_true (pre_extract_write_pdf (extract, pdf, &error));
  g_assert_no_error (error);
  use_english ();

  text = pdf_text (pdf);
  g_test_message ("%s", text);
  assert_contains (text, "Membres excusés");
  assert_contains (text, "TENENBAUM");
  assert_contains (text, "Mme JACQUEMARD représentée par M. MEZUI");
  assert_contains (text, "M. REBSAMEN représenté par M. HOAREAU");
  assert_contains (text, "unanimité.");
}

int
main (int argc, char **argv)
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-builder/reference", test_reference);
  g_test_add_func ("/extract-builder/not-found", test_not_found);
  g_test_add_func ("/extract-builder/small-board", test_small_board);
  g_test_add_func ("/extract-builder/pdf", test_pdf);
  g_test_add_func ("/extract-builder/pdf-french", test_pdf_french);
  g_test_add_func ("/extract-builder/cli", test_cli);
  g_test_add_func ("/extract-builder/cli-empty", test_cli_empty);
  g_test_add_func ("/extract-builder/cli-canonical", test_cli_canonical);
  return g_test_run ();
}
