/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "io-fixture.h"
#include "pre-error.h"
#include "pre-import.h"
#include "pre-report.h"

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");

  if (pdftotext != NULL && pdftoppm != NULL)
    return TRUE;
  g_test_skip ("pdftotext and pdftoppm (poppler-utils) are needed");
  return FALSE;
}

/* pdftotext's output (with -layout when asked), every run of white space
 * made one space. */
static char *
pdf_text (const char *pdf,
          gboolean    layout)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", layout ? "-layout" : "-raw", pdf, "-", NULL };
  g_autofree char *raw = run (argv);
  g_autoptr(GRegex) spaces = g_regex_new ("[\\s\\x{00A0}\\x{202F}]+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, raw, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in the PDF's text:\n%s", part, text);
}

typedef struct
{
  double x0, y0, x1, y1;
  char *word;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->word);
}

/* Every word of every page (pdftotext -bbox): A4, inside the page, and no
 * two words of a page overlap. Returns the number of pages. */
static guint
check_no_overlap (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *html = run (argv);
  g_autoptr(GRegex) page_re = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">(.*?)</page>",
                                           G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) word_re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) page_match = NULL;
  guint n_pages = 0;

  g_regex_match (page_re, html, 0, &page_match);
  while (g_match_info_matches (page_match))
    {
      g_autofree char *width_s = g_match_info_fetch (page_match, 1);
      g_autofree char *height_s = g_match_info_fetch (page_match, 2);
      g_autofree char *body = g_match_info_fetch (page_match, 3);
      double width = g_ascii_strtod (width_s, NULL);
      double height = g_ascii_strtod (height_s, NULL);
      g_autoptr(GArray) words = g_array_new (FALSE, TRUE, sizeof (Word));
      g_autoptr(GMatchInfo) word_match = NULL;

      g_array_set_clear_func (words, word_clear);
      n_pages++;
      g_assert_cmpfloat_with_epsilon (width, PRE_REPORT_A4_WIDTH, 1.0);
      g_assert_cmpfloat_with_epsilon (height, PRE_REPORT_A4_HEIGHT, 1.0);

      g_regex_match (word_re, body, 0, &word_match);
      while (g_match_info_matches (word_match))
        {
          Word w;
          g_autofree char *s0 = g_match_info_fetch (word_match, 1);
          g_autofree char *s1 = g_match_info_fetch (word_match, 2);
          g_autofree char *s2 = g_match_info_fetch (word_match, 3);
          g_autofree char *s3 = g_match_info_fetch (word_match, 4);

          w.x0 = g_ascii_strtod (s0, NULL);
          w.y0 = g_ascii_strtod (s1, NULL);
          w.x1 = g_ascii_strtod (s2, NULL);
          w.y1 = g_ascii_strtod (s3, NULL);
          w.word = g_match_info_fetch (word_match, 5);
          g_array_append_val (words, w);
          g_match_info_next (word_match, NULL);
        }
      g_assert_cmpuint (words->len, >, 0);

      for (guint i = 0; i < words->len; i++)
        {
          const Word *a = &g_array_index (words, Word, i);

          /* Inside the side margins; the footer sits in the bottom one. */
          g_assert_cmpfloat (a->x0, >=, PRE_REPORT_MARGIN - 2);
          g_assert_cmpfloat (a->x1, <=, width - PRE_REPORT_MARGIN + 2);
          g_assert_cmpfloat (a->y0, >=, PRE_REPORT_MARGIN - 2);
          g_assert_cmpfloat (a->y1, <=, height - 10);

          for (guint j = i + 1; j < words->len; j++)
            {
              const Word *b = &g_array_index (words, Word, j);
              double dx = MIN (a->x1, b->x1) - MAX (a->x0, b->x0);
              double dy = MIN (a->y1, b->y1) - MAX (a->y0, b->y0);

              if (dx > 0.5 && dy > 0.5)
                g_error ("Page %u: “%s” overlaps “%s”", n_pages, a->word, b->word);
            }
        }
      g_match_info_next (page_match, NULL);
    }
  return n_pages;
}

static void
render_png (const char *pdf,
            const char *prefix,
            int         last_page)
{
  g_autofree char *last = g_strdup_printf ("%d", last_page);
  const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", last, pdf, prefix, NULL };
  g_autofree char *out = run (argv);
}

static void
test_annual_2025 (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = io_output_path ("report-2025.pdf");
  g_autofree char *prefix = io_output_path ("report-2025");
  g_autofree char *text = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *page_2 = NULL;
  static const char * const communes[] = { "Dijon", "Chenôve", "Longvic", "Talant", "Quetigny" };
  guint n_pages = 0;

  if (!have_poppler ())
    return;

  io_fixture_open (&f, TRUE);
  g_assert_true (pre_report_write_annual_pdf (f.store, 0, 2025, PRE_REPORT_FLAGS_NONE, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 3);

  text = pdf_text (pdf, FALSE);
  assert_contains (text, "Annual report 2025");
  assert_contains (text, "Convention Pluriannuelle d'Objectifs 2024 – 2026 : Coordination des PRE de la Métropole");
  assert_contains (text, "Coordinator: Dijon Métropole");
  for (guint i = 0; i < G_N_ELEMENTS (communes); i++)
    assert_contains (text, communes[i]);
  assert_contains (text, "1. Funding plan");
  assert_contains (text, "7. Points of attention");
  assert_contains (text, "No board séance was recorded in 2025.");
  g_assert_nonnull (strstr (text, g_strdup_printf ("Page 2 of %u", n_pages)));

  /* The figures, in rows as they read. */
  layout = pdf_text (pdf, TRUE);
  assert_contains (layout, "Annual cost €20,000.00");
  assert_contains (layout, "Dijon Métropole Métropole €12,500.00");
  assert_contains (layout, "CCAS de Dijon CCAS €4,820.00");
  assert_contains (layout, "Balance To allocate €2,680.00");
  assert_contains (layout, "The funding plan leaves €2,680.00 to allocate.");
  /* The contents on the cover, with the page of each section. */
  assert_contains (layout, "Contents 1. Funding plan 2 2. Calls for funds and receipts 2");

  g_assert_cmpuint (check_no_overlap (pdf), ==, n_pages);

  /* Pages 1 and 2 as images, to look at. */
  render_png (pdf, prefix, 2);
  page_2 = io_output_path ("report-2025-2.png");
  g_assert_true (g_file_test (page_2, G_FILE_TEST_EXISTS));
  io_fixture_close (&f);
}

static void
test_deliberation_2024 (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = io_output_path ("report-2024.pdf");
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  io_fixture_open (&f, FALSE);
  g_assert_true (pre_report_write_annual_pdf (f.store, 0, 2024, PRE_REPORT_FLAGS_NONE, pdf, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf, FALSE);
  assert_contains (text, "6. Board séances and deliberations");
  assert_contains (text, "Programme de réussite éducative");
  assert_contains (text, "Adopted");
  assert_contains (text, "unanimously");
  check_no_overlap (pdf);
  io_fixture_close (&f);
}

static void
test_mask_small_counts (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PreImport) import = NULL;
  g_autofree char *plain_pdf = io_output_path ("report-unmasked.pdf");
  g_autofree char *masked_pdf = io_output_path ("report-masked.pdf");
  g_autofree char *plain = NULL;
  g_autofree char *masked = NULL;
  const char *sessions = "Date;Commune;Coût;Statut;Code jeune\n"
                         "05/02/2025;Dijon;60;tenue;DIJ-0001\n"
                         "12/02/2025;Dijon;60;tenue;DIJ-0002\n"
                         "19/02/2025;Dijon;60;tenue;DIJ-0001\n";

  if (!have_poppler ())
    return;

  io_fixture_open (&f, FALSE);
  import = pre_import_new (f.store, PRE_IMPORT_SESSIONS);
  pre_import_set_mission (import, PRE_MISSION_PSYCHOLOGY);
  g_assert_true (pre_import_load_data (import, sessions, -1, &error));
  g_assert_true (pre_import_commit (import, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (pre_report_write_annual_pdf (f.store, 0, 2025, PRE_REPORT_FLAGS_NONE, plain_pdf, NULL, &error));
  g_assert_true (pre_report_write_annual_pdf (f.store, 0, 2025, PRE_REPORT_MASK_SMALL_COUNTS, masked_pdf, NULL, &error));
  g_assert_no_error (error);
  plain = pdf_text (plain_pdf, TRUE);
  masked = pdf_text (masked_pdf, TRUE);
  /* Three sessions, two distinct youths. */
  assert_contains (plain, "Dijon 3 2 ");
  /* pdftotext may read "< 5" as "<5". */
  g_assert_true (strstr (masked, "Dijon 3 < 5 ") != NULL || strstr (masked, "Dijon 3 <5 ") != NULL);
  g_assert_null (strstr (masked, "Dijon 3 2 "));
  io_fixture_close (&f);
}

static void
test_year_outside (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = io_output_path ("report-2031.pdf");

  g_remove (pdf);
  io_fixture_open (&f, FALSE);
  g_assert_false (pre_report_write_annual_pdf (f.store, 0, 2031, PRE_REPORT_FLAGS_NONE, pdf, NULL, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "The year 2031 is not a year of the convention (2024–2026).");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  io_fixture_close (&f);
}

/* Amounts follow the locale: "20 000,00 €" in a French session. */
static void
test_french_amounts (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = io_output_path ("report-2025-fr.pdf");
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }

  io_fixture_open (&f, TRUE);
  g_assert_true (pre_report_write_annual_pdf (f.store, 0, 2025, PRE_REPORT_FLAGS_NONE, pdf, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  assert_contains (text, "20 000,00 €");
  assert_contains (text, "12 500,00 €");
  check_no_overlap (pdf);
  io_fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("PRE_TODAY", "2026-11-28", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/annual-2025", test_annual_2025);
  g_test_add_func ("/report/deliberation-2024", test_deliberation_2024);
  g_test_add_func ("/report/mask-small-counts", test_mask_small_counts);
  g_test_add_func ("/report/year-outside", test_year_outside);
  g_test_add_func ("/report/french-amounts", test_french_amounts);

  return g_test_run ();
}
