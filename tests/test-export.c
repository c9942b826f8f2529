/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "io-fixture.h"
#include "pre-aggregates.h"
#include "pre-convention.h"
#include "pre-error.h"
#include "pre-export.h"
#include "pre-import.h"

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in:\n%s", part, text);
}

static char *
first_line (const char *text)
{
  const char *end = strstr (text, "\r\n");

  g_assert_nonnull (end);
  return g_strndup (text, end - text);
}

static void
test_sessions_french (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *header = NULL;
  guint n_rows = 0;

  io_fixture_open (&f, TRUE);
  csv = pre_export_csv (f.store, PRE_EXPORT_SESSIONS, 2025, PRE_EXPORT_FLAGS_NONE, &n_rows, &error);
  g_assert_no_error (error);
  /* UTF-8 with a byte order mark, ';', French headers. */
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  header = first_line (csv + 3);
  g_assert_cmpstr (header, ==, "Date;Mission;Territoire;Statut;Coût;Prestataire;Participants;"
                               "Durée (min);Code jeune;Titre;Thème;Notes");
  g_assert_cmpuint (n_rows, ==, io_fixture_count (&f, "SELECT count (*) FROM activity WHERE year = 2025"));
  /* Dates dd/mm/yyyy, decimal comma, no thousands separator. */
  assert_contains (csv, "\r\n08/01/2025;Soutien psychologique;Dijon;Manquée;60,00;");
  g_assert_null (strstr (csv, "2024-"));
  io_fixture_close (&f);
}

static void
test_sessions_machine (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *header = NULL;

  io_fixture_open (&f, TRUE);
  csv = pre_export_csv (f.store, PRE_EXPORT_SESSIONS, 2025, PRE_EXPORT_MACHINE, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  header = first_line (csv);
  g_assert_cmpstr (header, ==, "date,mission,territory,status,cost,provider,participants,"
                               "duration_minutes,youth_code,title,topic,notes");
  assert_contains (csv, "\r\n2025-01-08,psychology,Dijon,missed,60.00,");
  io_fixture_close (&f);
}

static void
test_sessions_masked (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *header = NULL;

  io_fixture_open (&f, TRUE);
  csv = pre_export_csv (f.store, PRE_EXPORT_SESSIONS, 2025, PRE_EXPORT_MASK_SMALL_COUNTS, NULL, &error);
  g_assert_no_error (error);
  header = first_line (csv + 3);
  /* No youth codes, and one participant is "< 5". */
  g_assert_null (strstr (header, "Code jeune"));
  g_assert_null (strstr (csv, "DIJ-"));
  assert_contains (csv, "Cabinet de psychologie (fictif);< 5;45;");
  io_fixture_close (&f);
}

static void
test_funding_and_payments (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *funding = NULL;
  g_autofree char *payments = NULL;

  io_fixture_open (&f, TRUE);
  funding = pre_export_csv (f.store, PRE_EXPORT_FUNDING, 2025, PRE_EXPORT_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  assert_contains (funding, "\r\n2025;Dijon Métropole;Métropole;12500,00\r\n");
  assert_contains (funding, "\r\n2025;CCAS de Dijon;CCAS;4820,00\r\n");
  assert_contains (funding, "\r\n2025;Coût annuel;;20000,00\r\n");
  assert_contains (funding, "\r\n2025;Solde;À répartir;2680,00\r\n");

  payments = pre_export_csv (f.store, PRE_EXPORT_PAYMENTS, 0, PRE_EXPORT_MACHINE, NULL, &error);
  g_assert_no_error (error);
  assert_contains (payments, "year,partner,call_date,call_reference,called_amount,received_amount,");
  assert_contains (payments, "\r\n2025,CCAS de Dijon,2025-03-15,TR-2025-0412,4820.00,4820.00,");

  /* A year outside the convention is refused. */
  g_assert_null (pre_export_csv (f.store, PRE_EXPORT_FUNDING, 2031, PRE_EXPORT_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  io_fixture_close (&f);
}

static GPtrArray *
missions_of (IoFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreConvention) convention = pre_store_get_current_convention (f->store, &error);
  GPtrArray *rows;

  g_assert_no_error (error);
  rows = pre_store_compute_missions (f->store, pre_convention_get_id (convention), 2025, &error);
  g_assert_no_error (error);
  return rows;
}

static void
import_text (IoFixture     *f,
             PreImportKind  kind,
             const char    *csv,
             guint          expected)
{
  g_autoptr(PreImport) import = pre_import_new (f->store, kind);
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  g_assert_true (pre_import_load_data (import, csv, -1, &error));
  g_assert_no_error (error);
  pre_import_commit (import, &n_added, &error);
  if (pre_import_get_issues (import)->len > 0)
    g_error ("%s", ((PreImportIssue *) g_ptr_array_index (pre_import_get_issues (import), 0))->message);
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, expected);
}

/* Export sessions and expenses of the sample activity, import them into a
 * database without activity: the same spending and counts per mission. */
static void
round_trip (PreExportFlags flags)
{
  IoFixture source = { 0 };
  IoFixture target = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *expenses = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  guint n_sessions = 0, n_expenses = 0;

  io_fixture_open (&source, TRUE);
  io_fixture_open (&target, FALSE);
  sessions = pre_export_csv (source.store, PRE_EXPORT_SESSIONS, 2025, flags, &n_sessions, &error);
  g_assert_no_error (error);
  expenses = pre_export_csv (source.store, PRE_EXPORT_EXPENSES, 2025, flags, &n_expenses, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_sessions, >, 100);
  g_assert_cmpuint (n_expenses, >, 0);

  import_text (&target, PRE_IMPORT_SESSIONS, sessions, n_sessions);
  import_text (&target, PRE_IMPORT_EXPENSES, expenses, n_expenses);

  before = missions_of (&source);
  after = missions_of (&target);
  g_assert_cmpuint (before->len, ==, after->len);
  for (guint i = 0; i < before->len; i++)
    {
      PreMissionRow *a = g_ptr_array_index (before, i);
      PreMissionRow *b = g_ptr_array_index (after, i);

      g_assert_cmpint (a->mission_kind, ==, b->mission_kind);
      g_assert_cmpint (a->actual, ==, b->actual);
      g_assert_cmpint (a->committed, ==, b->committed);
      g_assert_cmpuint (a->n_held, ==, b->n_held);
      g_assert_cmpuint (a->n_missed, ==, b->n_missed);
      g_assert_cmpuint (a->n_planned, ==, b->n_planned);
      g_assert_cmpuint (a->n_cancelled, ==, b->n_cancelled);
    }
  g_assert_cmpint (io_fixture_count (&source, "SELECT count (DISTINCT youth_code) FROM activity WHERE year = 2025"),
                   ==,
                   io_fixture_count (&target, "SELECT count (DISTINCT youth_code) FROM activity WHERE year = 2025"));

  /* Importing the same files again adds nothing. */
  import_text (&target, PRE_IMPORT_SESSIONS, sessions, 0);

  io_fixture_close (&source);
  io_fixture_close (&target);
}

static void
test_round_trip_french (void)
{
  round_trip (PRE_EXPORT_FLAGS_NONE);
}

static void
test_round_trip_machine (void)
{
  round_trip (PRE_EXPORT_MACHINE);
}

static void
test_to_file (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = io_output_path ("export-expenses-2025.csv");
  g_autofree char *contents = NULL;
  guint n_rows = 0;

  io_fixture_open (&f, TRUE);
  g_assert_true (pre_export_csv_to_file (f.store, PRE_EXPORT_EXPENSES, 2025, PRE_EXPORT_FLAGS_NONE,
                                         path, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "Date;Mission;Territoire;Montant;"));
  g_assert_cmpuint (n_rows, ==, io_fixture_count (&f, "SELECT count (*) FROM expense WHERE year = 2025"));
  io_fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("PRE_TODAY", "2026-11-28", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/sessions/french", test_sessions_french);
  g_test_add_func ("/export/sessions/machine", test_sessions_machine);
  g_test_add_func ("/export/sessions/masked", test_sessions_masked);
  g_test_add_func ("/export/funding-and-payments", test_funding_and_payments);
  g_test_add_func ("/export/round-trip/french", test_round_trip_french);
  g_test_add_func ("/export/round-trip/machine", test_round_trip_machine);
  g_test_add_func ("/export/to-file", test_to_file);

  return g_test_run ();
}
