/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <locale.h>

#include "pre-csv.h"
#include "pre-money.h"

static void
test_windows_1252 (void)
{
  /* As Excel saves "CSV (séparateur : point-virgule)" on Windows. */
  const char data[] = "Date;Commune;Montant\r\n"
                      "12/03/2025;Chen\xf4ve;4 820,50\r\n"
                      "13/03/2025;Qu\xe9tigny \x80;60\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PreCsv) csv = pre_csv_parse (data, sizeof data - 1, &error);
  const char * const *row;
  gint64 cents = 0;

  g_assert_no_error (error);
  g_assert_cmpint (csv->encoding, ==, PRE_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (csv->separator, ==, ';');
  g_assert_cmpuint (pre_csv_get_n_rows (csv), ==, 3);
  row = pre_csv_get_row (csv, 1);
  g_assert_cmpstr (row[0], ==, "12/03/2025");
  g_assert_cmpstr (row[1], ==, "Chenôve");
  g_assert_cmpstr (row[2], ==, "4 820,50");
  g_assert_null (row[3]);
  g_assert_true (pre_money_parse (row[2], &cents, NULL));
  g_assert_cmpint (cents, ==, 482050);
  row = pre_csv_get_row (csv, 2);
  g_assert_cmpstr (row[1], ==, "Quétigny €");
  g_assert_cmpuint (pre_csv_get_line (csv, 2), ==, 3);
}

static void
test_utf8_bom_comma (void)
{
  const char *data = "\xef\xbb\xbf" "date,territory,cost\n"
                     "2025-03-12,Chenôve,\"1,234.50\"\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PreCsv) csv = pre_csv_parse (data, -1, &error);
  const char * const *row;

  g_assert_no_error (error);
  g_assert_cmpint (csv->encoding, ==, PRE_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (csv->separator, ==, ',');
  /* The byte order mark is not part of the first header. */
  g_assert_cmpstr (pre_csv_get_row (csv, 0)[0], ==, "date");
  row = pre_csv_get_row (csv, 1);
  g_assert_cmpstr (row[1], ==, "Chenôve");
  g_assert_cmpstr (row[2], ==, "1,234.50");
}

static void
test_tab (void)
{
  const char *data = "Date\tCommune\tNotes\n01/02/2025\tTalant\tun; deux, trois\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PreCsv) csv = pre_csv_parse (data, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (csv->encoding, ==, PRE_CSV_ENCODING_UTF8);
  g_assert_cmpint (csv->separator, ==, '\t');
  g_assert_cmpstr (pre_csv_get_row (csv, 1)[2], ==, "un; deux, trois");
}

static void
test_quoted (void)
{
  const char *data = "Titre;Notes\n"
                     "\"Réunion ; bilan\";\"Il a dit \"\"bonjour\"\"\r\nsur deux lignes\"\n"
                     "\n"
                     ";\n"
                     "X;\"\"\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PreCsv) csv = pre_csv_parse (data, -1, &error);
  const char * const *row;

  g_assert_no_error (error);
  g_assert_cmpint (csv->separator, ==, ';');
  /* Blank lines are skipped; line numbers stay those of the file. */
  g_assert_cmpuint (pre_csv_get_n_rows (csv), ==, 3);
  row = pre_csv_get_row (csv, 1);
  g_assert_cmpstr (row[0], ==, "Réunion ; bilan");
  g_assert_cmpstr (row[1], ==, "Il a dit \"bonjour\"\nsur deux lignes");
  g_assert_cmpuint (pre_csv_get_line (csv, 1), ==, 2);
  row = pre_csv_get_row (csv, 2);
  g_assert_cmpstr (row[0], ==, "X");
  g_assert_cmpstr (row[1], ==, "");
  g_assert_cmpuint (pre_csv_get_line (csv, 2), ==, 6);
}

static void
test_unterminated (void)
{
  const char *data = "a;b\n1;\"open\n2;3\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PreCsv) csv = pre_csv_parse (data, -1, &error);

  g_assert_null (csv);
  g_assert_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_UNTERMINATED);
  g_assert_cmpstr (error->message, ==, "Line 2: a quoted field is not closed.");
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreCsv) csv = pre_csv_parse ("\r\n\n", -1, &error);

  g_assert_null (csv);
  g_assert_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_EMPTY);
}

static void
test_append_field (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  pre_csv_append_field (out, "plain", ';');
  g_string_append_c (out, ';');
  pre_csv_append_field (out, "a;b", ';');
  g_string_append_c (out, ';');
  pre_csv_append_field (out, "say \"hi\"", ';');
  g_string_append_c (out, ';');
  pre_csv_append_field (out, "two\nlines", ';');
  g_string_append_c (out, ';');
  pre_csv_append_field (out, "4820,50", ';');
  g_string_append_c (out, ';');
  pre_csv_append_field (out, "4820,50", ',');
  g_assert_cmpstr (out->str, ==, "plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";4820,50;\"4820,50\"");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/utf8-bom-comma", test_utf8_bom_comma);
  g_test_add_func ("/csv/tab", test_tab);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/unterminated", test_unterminated);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/append-field", test_append_field);

  return g_test_run ();
}
