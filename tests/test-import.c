/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "io-fixture.h"
#include "pre-error.h"
#include "pre-import.h"
#include "pre-convention.h"
#include "pre-payment.h"

#define N_SESSIONS "SELECT count (*) FROM activity"
#define SUM_COSTS "SELECT coalesce (sum (cost), 0) FROM activity"

static void
test_headers (void)
{
  IoFixture f = { 0 };
  g_autoptr(PreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *data = "Date de la séance;TERRITOIRE;Coût (€);Statut;Psychologue;Code Jeune;Colonne inconnue\n"
                     "12/03/2025;Chenôve;60;réalisée;Mme X;CHE-0001;?\n";

  io_fixture_open (&f, FALSE);
  import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);
  g_assert_true (pre_import_load_data (import, data, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pre_import_get_n_columns (import), ==, 7);
  g_assert_cmpstr (pre_import_get_column_field (import, 0), ==, "date");
  g_assert_cmpstr (pre_import_get_column_field (import, 1), ==, "territory");
  g_assert_cmpstr (pre_import_get_column_field (import, 2), ==, "cost");
  g_assert_cmpstr (pre_import_get_column_field (import, 3), ==, "status");
  g_assert_cmpstr (pre_import_get_column_field (import, 4), ==, "provider");
  g_assert_cmpstr (pre_import_get_column_field (import, 5), ==, "youth-code");
  g_assert_null (pre_import_get_column_field (import, 6));

  /* Without a mission column or a mission given, the import says so. */
  g_assert_false (pre_import_validate (import, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "mission");
  g_clear_error (&error);

  pre_import_set_mission (import, PRE_MISSION_PSYCHOLOGY);
  g_assert_true (pre_import_validate (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pre_import_get_issues (import)->len, ==, 0);
  g_assert_cmpuint (pre_import_get_n_valid (import), ==, 1);

  /* The mapping can be overridden, by header or by number. */
  g_assert_true (pre_import_map_column (import, "colonne inconnue", "notes", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pre_import_get_column_field (import, 6), ==, "notes");
  g_assert_true (pre_import_map_column (import, "5", "", &error));
  g_assert_null (pre_import_get_column_field (import, 4));
  g_assert_false (pre_import_map_column (import, "1", "colour", &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pre_import_map_column (import, "Nowhere", "notes", &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The file has no column “Nowhere”.");

  g_clear_object (&import);
  io_fixture_close (&f);
}

static void
test_bad_lines (void)
{
  IoFixture f = { 0 };
  g_autoptr(PreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  /* Lines 3, 5 and 7 are wrong; line 6 is blank. */
  const char *data = "Date;Mission;Commune;Montant\n"
                     "12/03/2025;psychologie;Dijon;60,00\n"
                     "13/03/2025;psychologie;Dijon;4 820,5O €\n"
                     "14/03/2025;formation;;350\n"
                     "31/02/2025;psychologie;Talant;60\n"
                     "\n"
                     "15/03/2025;psychologie;Paris;60\n"
                     "16/03/2025;coordination;Longvic;0\n";
  gint64 before = 0;
  GPtrArray *issues;
  PreImportIssue *issue;
  guint n_added = 99;

  io_fixture_open (&f, FALSE);
  before = io_fixture_count (&f, N_SESSIONS);
  import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);
  g_assert_true (pre_import_load_data (import, data, -1, &error));
  g_assert_true (pre_import_validate (import, &error));
  g_assert_no_error (error);

  issues = pre_import_get_issues (import);
  g_assert_cmpuint (issues->len, ==, 3);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpuint (issue->line, ==, 3);
  g_assert_cmpstr (issue->column, ==, "Montant");
  g_assert_cmpstr (issue->field, ==, "cost");
  g_assert_cmpstr (issue->message, ==, "Line 3, column “Montant”: “4 820,5O €” is not an amount.");
  issue = g_ptr_array_index (issues, 1);
  g_assert_cmpuint (issue->line, ==, 5);
  g_assert_cmpstr (issue->field, ==, "date");
  g_assert_cmpstr (issue->message, ==, "Line 5, column “Date”: “31/02/2025” is not a date (dd/mm/yyyy or yyyy-mm-dd).");
  issue = g_ptr_array_index (issues, 2);
  g_assert_cmpuint (issue->line, ==, 7);
  g_assert_cmpstr (issue->field, ==, "territory");
  g_assert_cmpstr (issue->message, ==, "Line 7, column “Commune”: “Paris” is not a known territory.");
  g_assert_cmpuint (pre_import_get_n_valid (import), ==, 3);

  /* The dry run wrote nothing; the commit refuses and writes nothing. */
  g_assert_cmpint (io_fixture_count (&f, N_SESSIONS), ==, before);
  g_assert_false (pre_import_commit (import, &n_added, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Nothing was imported: 3 lines have a problem.");
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpint (io_fixture_count (&f, N_SESSIONS), ==, before);

  /* The user's choice: the valid rows only, in one transaction. */
  g_clear_error (&error);
  pre_import_set_skip_invalid (import, TRUE);
  g_assert_true (pre_import_commit (import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 3);
  g_assert_cmpint (io_fixture_count (&f, N_SESSIONS), ==, before + 3);

  g_clear_object (&import);
  io_fixture_close (&f);
}

static void
test_commit_and_duplicates (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  /* Windows-1252, ';', decimal commas, dd/mm/yyyy, "€" and a thousands space. */
  const char data[] = "Date;Territoire;Co\xfbt;Statut;Code jeune\r\n"
                      "12/03/2025;Chen\xf4ve;60,00 \x80;R\xe9" "alis\xe9" "e;CHE-0101\r\n"
                      "19/03/2025;Chen\xf4ve;60,5;Manqu\xe9" "e;CHE-0101\r\n"
                      "2025-03-26;DIJON;1 060,00;tenue;\r\n"
                      "02/04/2026;Toutes;45;pr\xe9vue;\r\n"
                      "02/04/2027;Toutes;45;pr\xe9vue;\r\n";
  guint n_added = 0;
  gint64 before, costs_before;

  io_fixture_open (&f, FALSE);
  before = io_fixture_count (&f, N_SESSIONS);
  costs_before = io_fixture_count (&f, SUM_COSTS);

  /* A date outside the convention's years is found by the dry run. */
  {
    g_autoptr(PreImport) import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);
    GPtrArray *issues;

    pre_import_set_mission (import, PRE_MISSION_PSYCHOLOGY);
    g_assert_true (pre_import_load_data (import, data, sizeof data - 1, &error));
    g_assert_true (pre_import_validate (import, &error));
    issues = pre_import_get_issues (import);
    g_assert_cmpuint (issues->len, ==, 1);
    g_assert_cmpstr (((PreImportIssue *) g_ptr_array_index (issues, 0))->message, ==,
                     "Line 6, column “Date”: the date 2027-04-02 is outside the years of the convention (2024–2026).");
  }

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(PreImport) import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);

      pre_import_set_mission (import, PRE_MISSION_PSYCHOLOGY);
      g_assert_true (pre_import_load_data (import, data, strstr (data, "02/04/2027") - data, &error));
      g_assert_no_error (error);
      pre_import_commit (import, &n_added, &error);
      if (pre_import_get_issues (import)->len > 0)
        g_error ("%s", ((PreImportIssue *) g_ptr_array_index (pre_import_get_issues (import), 0))->message);
      g_assert_no_error (error);
      /* The second time, every row is already there. */
      g_assert_cmpuint (n_added, ==, round == 0 ? 4 : 0);
      g_assert_cmpuint (pre_import_get_n_duplicates (import), ==, round == 0 ? 0 : 4);
      g_assert_cmpint (io_fixture_count (&f, N_SESSIONS), ==, before + 4);
      g_assert_cmpint (io_fixture_count (&f, SUM_COSTS), ==, costs_before + 6000 + 6050 + 106000 + 4500);
    }

  g_assert_cmpint (io_fixture_count (&f, "SELECT count (*) FROM activity WHERE status = 'missed'"
                                         " AND youth_code = 'CHE-0101' AND date = '2025-03-19'"), ==, 1);
  g_assert_cmpint (io_fixture_count (&f, "SELECT count (*) FROM activity WHERE status = 'planned'"
                                         " AND territory_id IS NULL AND date = '2026-04-02'"), ==, 1);
  io_fixture_close (&f);
}

static void
test_expenses (void)
{
  IoFixture f = { 0 };
  g_autoptr(PreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *data = "\xef\xbb\xbf" "Date,Mission,Commune,MONTANT,Fournisseur,N° de facture\n"
                     "2025-05-02,Formation,Longvic,\"1,250.00\",Organisme,F-12\n"
                     "2025-06-02,Projets,,320,Salle,F-13\n";
  guint n_added = 0;

  io_fixture_open (&f, FALSE);
  import = pre_import_new (f.store, PRE_IMPORT_EXPENSES);
  g_assert_true (pre_import_load_data (import, data, -1, &error));
  g_assert_cmpstr (pre_import_get_column_field (import, 3), ==, "amount");
  g_assert_cmpstr (pre_import_get_column_field (import, 4), ==, "payee");
  g_assert_cmpstr (pre_import_get_column_field (import, 5), ==, "reference");
  g_assert_true (pre_import_commit (import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpint (io_fixture_count (&f, "SELECT sum (amount) FROM expense"), ==, 157000);
  g_assert_cmpint (io_fixture_count (&f, "SELECT count (*) FROM expense e JOIN mission m"
                                         " ON m.id = e.mission_id WHERE m.kind = 'training'"
                                         " AND e.reference = 'F-12'"), ==, 1);
  g_clear_object (&import);
  io_fixture_close (&f);
}

static void
test_payments (void)
{
  IoFixture f = { 0 };
  g_autoptr(PreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) payments = NULL;
  const char *data = "Partenaire\tAnnée\tTitre de recettes\tMontant appelé\tDate de l'appel\tMontant reçu\tDate d'encaissement\n"
                     "Chenôve\t2025\tTR-2025-77\t1 000,00\t01/03/2025\t400\t15/04/2025\n"
                     "CCAS de Talant\t2031\t\t\t\t\t\n";
  guint n_added = 0;
  gboolean found = FALSE;

  io_fixture_open (&f, FALSE);
  import = pre_import_new (f.store, PRE_IMPORT_PAYMENTS);
  g_assert_true (pre_import_load_data (import, data, -1, &error));
  g_assert_true (pre_import_validate (import, &error));
  g_assert_cmpuint (pre_import_get_issues (import)->len, ==, 1);
  g_assert_cmpstr (((PreImportIssue *) g_ptr_array_index (pre_import_get_issues (import), 0))->message, ==,
                   "Line 3, column “Année”: 2031 is not a year of the convention.");

  /* Fix the file: drop the bad line. */
  g_assert_true (pre_import_load_data (import, data, strstr (data, "CCAS de Talant") - data, &error));
  g_assert_true (pre_import_commit (import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);

  {
    g_autoptr(PreConvention) convention = pre_store_get_current_convention (f.store, &error);
    g_assert_no_error (error);
    payments = pre_store_list_payments (f.store, pre_convention_get_id (convention), 2025, &error);
  }
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
    {
      g_autoptr(PrePayment) payment = g_list_model_get_item (payments, i);
      if (g_strcmp0 (pre_payment_get_partner_name (payment), "CCAS de Chenôve") != 0)
        continue;
      found = TRUE;
      g_assert_cmpstr (pre_payment_get_call_reference (payment), ==, "TR-2025-77");
      g_assert_cmpstr (pre_payment_get_call_date (payment), ==, "2025-03-01");
      g_assert_cmpint (pre_payment_get_call_amount (payment), ==, 100000);
      g_assert_cmpint (pre_payment_get_received_amount (payment), ==, 40000);
    }
  g_assert_true (found);

  g_clear_object (&import);
  io_fixture_close (&f);
}

static void
test_members (void)
{
  IoFixture f = { 0 };
  g_autoptr(PreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *data = "Civilité;Prénom;Nom;Fonction\n"
                     "Madame;Claire;NOUVELLE;Administratrice\n"
                     "M.;;HOAREAU;Président\n"
                     "Dr;Jean;AUTRE;\n";
  gint64 before;
  guint n_added = 0;

  io_fixture_open (&f, FALSE);
  before = io_fixture_count (&f, "SELECT count (*) FROM board_member");
  import = pre_import_new (f.store, PRE_IMPORT_MEMBERS);
  g_assert_true (pre_import_load_data (import, data, -1, &error));
  g_assert_true (pre_import_validate (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pre_import_get_issues (import)->len, ==, 1);
  g_assert_cmpstr (((PreImportIssue *) g_ptr_array_index (pre_import_get_issues (import), 0))->message, ==,
                   "Line 4, column “Civilité”: “Dr” is not a civility (M. or Mme).");
  g_assert_cmpuint (pre_import_get_n_duplicates (import), ==, 1);

  g_assert_true (pre_import_load_data (import, data, strstr (data, "Dr;") - data, &error));
  g_assert_true (pre_import_commit (import, &n_added, &error));
  g_assert_no_error (error);
  /* M. HOAREAU is on the board already. */
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (pre_import_get_n_duplicates (import), ==, 1);
  g_assert_cmpint (io_fixture_count (&f, "SELECT count (*) FROM board_member"), ==, before + 1);
  g_assert_cmpint (io_fixture_count (&f, "SELECT count (*) FROM board_member WHERE civility = 'Mme'"
                                         " AND last_name = 'NOUVELLE' AND first_name = 'Claire'"), ==, 1);
  g_clear_object (&import);
  io_fixture_close (&f);
}

static void
test_remembered_mapping (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  const char *first = "Jour J;Lieu;Prix HT\n03/03/2025;Talant;60\n";
  const char *second = "Prix HT;Jour J;Autre\n75;10/03/2025;x\n";
  guint n_added = 0;

  io_fixture_open (&f, FALSE);
  {
    g_autoptr(PreImport) import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);

    pre_import_set_mission (import, PRE_MISSION_PSYCHOLOGY);
    g_assert_true (pre_import_load_data (import, first, -1, &error));
    g_assert_null (pre_import_get_column_field (import, 0));
    g_assert_null (pre_import_get_column_field (import, 2));
    g_assert_true (pre_import_map_column (import, "Jour J", "date", &error));
    g_assert_true (pre_import_map_column (import, "Lieu", "territory", &error));
    g_assert_true (pre_import_map_column (import, "3", "cost", &error));
    g_assert_true (pre_import_commit (import, &n_added, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_added, ==, 1);
  }
  {
    /* The next file with those headers is mapped the same way. */
    g_autoptr(PreImport) import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);

    pre_import_set_mission (import, PRE_MISSION_PSYCHOLOGY);
    g_assert_true (pre_import_load_data (import, second, -1, &error));
    g_assert_cmpstr (pre_import_get_column_field (import, 0), ==, "cost");
    g_assert_cmpstr (pre_import_get_column_field (import, 1), ==, "date");
    g_assert_null (pre_import_get_column_field (import, 2));
    g_assert_true (pre_import_commit (import, &n_added, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_added, ==, 1);
  }
  g_assert_cmpint (io_fixture_count (&f, "SELECT count (*) FROM activity WHERE date = '2025-03-10' AND cost = 7500"), ==, 1);
  io_fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("PRE_TODAY", "2026-11-28", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/headers", test_headers);
  g_test_add_func ("/import/bad-lines", test_bad_lines);
  g_test_add_func ("/import/commit-and-duplicates", test_commit_and_duplicates);
  g_test_add_func ("/import/expenses", test_expenses);
  g_test_add_func ("/import/payments", test_payments);
  g_test_add_func ("/import/members", test_members);
  g_test_add_func ("/import/remembered-mapping", test_remembered_mapping);

  return g_test_run ();
}
