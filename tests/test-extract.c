/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pre-board-rules.h"
#include "pre-extract.h"

/* Switches to French with the translations built in this build tree
 * (build/po); FALSE when they do not hold our strings yet. */
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

/* The reference deliberation: CCAS of Dijon, séance of 2 October 2024. */
static const char *present[] = {
  "M. HOAREAU", "Mme AKPINAR-ISTIQUAM", "M. MEZUI", "Mme CHOLLET", "M. FAVERJON",
  "Mme GINDRE", "Mme VIAN", "M. FOUSSET", "Mme LECOMTE", "M. FOUILLOT", "M. JASPART",
  "M. AVENA",
};

static const char *reference_text =
  "Par délibération du conseil métropolitain (DM20240607028) en date du 28 juin 2024, "
  "Dijon Métropole, a approuvé le contrat de ville 2024 – 2030, elle en est signataire et "
  "copilote de sa mise en œuvre avec l'Etat. Il est l'outil central de la politique de la "
  "ville menée au sein des 6 quartiers prioritaires des villes de Chenôve, Dijon, Longvic, "
  "Talant et Quetigny.\n"
  "\n"
  "Partenaires et signataires du contrat de ville 2024 – 2030, ces communes conduisent des "
  "projets et des actions qui visent à réduire les écarts entre les habitants des quartiers "
  "dits « prioritaires » et le reste des habitants afin de favoriser le développement de "
  "ces quartiers et d'améliorer la vie des habitants.\n"
  "\n"
  "La convention jointe en annexe décline le cadre et les modalités de mise en œuvre des "
  "missions confiées à Dijon Métropole, à savoir :\n"
  "\n"
  "- la coordination ;\n"
  "- l'accompagnement vers les soins psychologiques des jeunes à travers un soutien "
  "financier des séances de psychologues sur les territoires ;\n"
  "- l'initiative de la réflexion et la coordination d'actions en faveur des enfants/jeunes "
  "et leur famille accompagnés dans le cadre des programmes de réussite éducative "
  "(démarche de projet en lien avec les politiques publiques de droit commun) ;\n"
  "- la mise en œuvre d'actions de formations et d'analyse de la pratique en direction "
  "équipes qui interviennent sur chaque territoire.\n"
  "\n"
  "Le coût prévisionnel annuel de ces actions est évalué à **20 000 €**.\n"
  "\n"
  "Dijon Métropole s'engage à financer les actions relevant des Projets de Réussite "
  "Éducative à hauteur de **12 500 €** par an durant la période d'exécution de la "
  "convention.\n"
  "\n"
  "Les communes concernées s'engagent à verser à Dijon métropole une participation "
  "financière annuelle, fixée à **4 820 €** en ce qui concerne le CCAS de la ville de "
  "Dijon.\n"
  "\n"
  "Dans ces conditions, les membres du conseil d'administration :";

static PreExtract *
reference_extract (void)
{
  PreExtract *extract = pre_extract_new ();

  extract->body = g_strdup ("Centre Communal d'Action Sociale de DIJON");
  extract->assembly = g_strdup ("Conseil d'Administration");
  extract->meeting_date = g_strdup ("2024-10-02");
  extract->president = g_strdup ("M. Antoine HOAREAU");
  extract->convocation_date = g_strdup ("2024-09-27");
  for (guint i = 0; i < G_N_ELEMENTS (present); i++)
    pre_extract_add_present (extract, present[i]);
  pre_extract_add_represented (extract, "M. REBSAMEN", "M. HOAREAU", FALSE);
  pre_extract_add_represented (extract, "M. BERTHIER", "Mme CHOLLET", FALSE);
  pre_extract_add_represented (extract, "Mme JACQUEMARD", "M. MEZUI", TRUE);
  pre_extract_add_represented (extract, "Mme JACQUENET", "Mme LECOMTE", TRUE);
  pre_extract_add_excused (extract, "Mme TENENBAUM");
  extract->subject = g_strdup ("Programme de réussite éducative – Convention Pluriannuelle "
                               "d'Objectifs 2024 – 2026 :\nCoordination des PRE de la Métropole");
  extract->text = g_strdup (reference_text);
  pre_extract_add_decision (extract, "approuvent la convention pluriannuelle d'objectifs "
                                     "2024 -2026 jointe en annexe ;");
  pre_extract_add_decision (extract, "autorisent le Président ou son représentant légal à "
                                     "signer ladite convention ;");
  pre_extract_add_decision (extract, "autorisent le Président ou son représentant légal à "
                                     "signer toutes pièces nécessaires à l'exécution de cette "
                                     "délibération ;");
  pre_extract_add_decision (extract, "autorisent le CCAS à verser une participation annuelle "
                                     "de 4 820 € pour l'année 2024 ;");
  pre_extract_add_decision (extract, "prélevent les crédits sur le budget 2024 du CCAS de Dijon.");
  extract->outcome = pre_vote_outcome_text (16, 0, 0, PRE_PRESIDENT_VOTE_FOR);
  pre_extract_add_recipient (extract, "Préfecture", 1);
  pre_extract_add_recipient (extract, "Registre", 1);
  pre_extract_add_recipient (extract, "Ressources internes", 1);
  pre_extract_add_recipient (extract, "Politique de la ville et contractuelles", 1);
  /* Signed the day after the séance. */
  extract->signature_place = g_strdup ("Dijon");
  extract->signature_date = g_strdup ("2024-10-03");
  return extract;
}

static char *
output_path (const char *name)
{
  const char *dir = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *tmp = NULL;

  if (dir == NULL)
    dir = tmp = g_dir_make_tmp ("pre-extract-XXXXXX", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

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
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext's output with every run of white space made one space. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
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

/* Every word of every page, with its box (pdftotext -bbox), and asserts
 * that no two words of a page overlap and that all lie inside the page. */
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
      g_assert_cmpfloat_with_epsilon (width, PRE_EXTRACT_A4_WIDTH, 1.0);
      g_assert_cmpfloat_with_epsilon (height, PRE_EXTRACT_A4_HEIGHT, 1.0);

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

          /* Inside the margins (a little slack for glyph boxes). */
          g_assert_cmpfloat (a->x0, >=, PRE_EXTRACT_MARGIN - 2);
          g_assert_cmpfloat (a->x1, <=, width - PRE_EXTRACT_MARGIN + 2);
          g_assert_cmpfloat (a->y0, >=, PRE_EXTRACT_MARGIN - 2);
          g_assert_cmpfloat (a->y1, <=, height - PRE_EXTRACT_MARGIN + 2);

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
test_reference (void)
{
  g_autoptr(PreExtract) extract = reference_extract ();
  g_autofree char *pdf = output_path ("extract-reference.pdf");
  g_autofree char *prefix = output_path ("extract-reference");
  g_autofree char *png = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *ppm_argv[] = { "pdftoppm", "-png", "-r", "60", pdf, prefix, NULL };

  g_assert_true (pre_extract_write_pdf (extract, pdf, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  assert_contains (text, "CENTRE COMMUNAL D'ACTION SOCIALE DE DIJON");
  assert_contains (text, "EXTRACT from the Register of Deliberations "
                         "of the Centre Communal d'Action Sociale de DIJON");
  assert_contains (text, "Meeting of 2 October 2024");
  assert_contains (text, "Chair of the meeting: M. Antoine HOAREAU.");
  assert_contains (text, "Convocation date: 27 September 2024.");
  assert_contains (text, "Members present: (12) M. HOAREAU, Mme AKPINAR");
  assert_contains (text, "M. JASPART, M. AVENA.");
  assert_contains (text, "Excused members represented: (4) M. REBSAMEN represented by M. HOAREAU, "
                         "M. BERTHIER represented by Mme CHOLLET, Mme JACQUEMARD represented by "
                         "M. MEZUI, Mme JACQUENET represented by Mme LECOMTE.");
  assert_contains (text, "Excused members: (1) Mme TENENBAUM.");
  assert_contains (text, "Subject: Programme de réussite éducative");
  assert_contains (text, "Coordination des PRE de la Métropole");
  assert_contains (text, "- la coordination ;");
  assert_contains (text, "évalué à 20 000 €.");
  assert_contains (text, "- prélevent les crédits sur le budget 2024 du CCAS de Dijon.");
  assert_contains (text, "Adopted unanimously.");
  assert_contains (text, "Certified true extract from the register of deliberations of the "
                         "Conseil d'Administration.");
  assert_contains (text, "Recipients: Préfecture: 1 Registre: 1 Ressources internes: 1 "
                         "Politique de la ville et contractuelles: 1");
  /* The signature block follows the certification. */
  assert_contains (text, "Conseil d'Administration. Done at Dijon, on 3 October 2024 "
                         "The Chair of the meeting, M. Antoine HOAREAU Recipients:");
  /* The text is reproduced whole, markers removed. */
  g_assert_null (strstr (text, "**"));

  g_assert_cmpuint (check_no_overlap (pdf), >=, 1);

  run (ppm_argv);
  png = output_path ("extract-reference-1.png");
  if (!g_file_test (png, G_FILE_TEST_EXISTS))
    {
      g_free (png);
      png = output_path ("extract-reference-01.png");
    }
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  g_test_message ("page 1: %s", png);
}

/* The reference wording, from po/fr.po. */
static void
test_reference_french (void)
{
  g_autoptr(PreExtract) extract = NULL;
  g_autofree char *pdf = output_path ("extract-reference-fr.pdf");
  g_autofree char *prefix = output_path ("extract-reference-fr");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *ppm_argv[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, prefix, NULL };

  if (!use_french ("EXTRACT from the Register of Deliberations"))
    {
      use_english ();
      g_test_skip ("The French of the extract is not in po/fr.po yet");
      return;
    }

  extract = reference_extract ();
  g_assert_true (pre_extract_write_pdf (extract, pdf, &error));
  g_assert_no_error (error);
  run (ppm_argv);

  text = pdf_text (pdf);
  assert_contains (text, "CENTRE COMMUNAL D'ACTION SOCIALE DE DIJON");
  assert_contains (text, "EXTRAIT du Registre des Délibérations "
                         "du Centre Communal d'Action Sociale de DIJON");
  assert_contains (text, "Séance du 2 octobre 2024");
  assert_contains (text, "Président de Séance : M. Antoine HOAREAU.");
  assert_contains (text, "Date de convocation : 27 septembre 2024.");
  assert_contains (text, "Membres présents : (12) M. HOAREAU, Mme AKPINAR");
  assert_contains (text, "Membres excusés représentés : (4) M. REBSAMEN représenté par M. HOAREAU, "
                         "M. BERTHIER représenté par Mme CHOLLET, Mme JACQUEMARD représentée par "
                         "M. MEZUI, Mme JACQUENET représentée par Mme LECOMTE.");
  assert_contains (text, "Membres excusés : (1) Mme TENENBAUM.");
  assert_contains (text, "Objet : Programme de réussite éducative");
  assert_contains (text, "Adoptée à l'unanimité.");
  assert_contains (text, "Pour extrait conforme au registre des délibérations du "
                         "Conseil d'Administration.");
  assert_contains (text, "Destinataires : Préfecture : 1 Registre : 1 Ressources internes : 1 "
                         "Politique de la ville et contractuelles : 1");
  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Done at %s, on %s"), "Done at %s, on %s") != 0)
    assert_contains (text, "Fait à Dijon, le 3 octobre 2024 Le Président de Séance, "
                           "M. Antoine HOAREAU Destinataires");
  check_no_overlap (pdf);
  use_english ();
}

/* The width of @text in the extract's font, in points. */
static double
text_width (cairo_t    *cr,
            const char *text)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  int width;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* Renders the first page of @extract into @pdf with a text column between
 * the widths of @fits and @longer: without a no-break space the line would
 * end after @fits. Returns the lines of the page's text. */
static char **
render_between (const PreExtract *extract,
                const char       *fits,
                const char       *longer,
                const char       *pdf)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, 100, 2000);
  cairo_t *cr = cairo_create (surface);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *raw = NULL;
  double column = (text_width (cr, fits) + text_width (cr, longer)) / 2;
  double width = column + 2 * PRE_EXTRACT_MARGIN;

  g_assert_cmpfloat (text_width (cr, longer) - text_width (cr, fits), >, 2.0);
  cairo_pdf_surface_set_size (surface, width, 2000);
  pre_extract_render (extract, cr, width, 2000, 0);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  raw = run (argv);
  g_test_message ("%s", raw);
  return g_strsplit (raw, "\n", -1);
}

/* The line of @lines holding @part must hold @with too. */
static void
assert_same_line (char       **lines,
                  const char  *part,
                  const char  *with)
{
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], part) != NULL)
      {
        if (strstr (lines[i], with) == NULL)
          g_error ("“%s” is not on the line of “%s”: “%s”", with, part, lines[i]);
        return;
      }
  g_error ("“%s” is not in the text", part);
}

/* A count stays with its label, an amount with its € sign, and a colon
 * with the word before it, even where the line would break there. */
static void
test_no_break (void)
{
  g_autoptr(PreExtract) members = pre_extract_new ();
  g_autoptr(PreExtract) amount = pre_extract_new ();
  g_autoptr(PreExtract) colon = pre_extract_new ();
  g_autofree char *pdf1 = output_path ("extract-no-break-count.pdf");
  g_autofree char *pdf2 = output_path ("extract-no-break-amount.pdf");
  g_autofree char *pdf3 = output_path ("extract-no-break-colon.pdf");
  g_auto(GStrv) lines1 = NULL;
  g_auto(GStrv) lines2 = NULL;
  g_auto(GStrv) lines3 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (present); i++)
    pre_extract_add_present (members, present[i]);
  lines1 = render_between (members, "Members present:", "Members present: (12)", pdf1);
  assert_same_line (lines1, "(12)", "present:");

  amount->text = g_strdup ("Le coût prévisionnel annuel est évalué à 20 000 €.");
  lines2 = render_between (amount, "Le coût prévisionnel annuel est évalué à 20 000",
                           "Le coût prévisionnel annuel est évalué à 20 000 €.", pdf2);
  assert_same_line (lines2, "€", "20");
  assert_same_line (lines2, "000", "20");

  colon->text = g_strdup ("Dans ces conditions, les membres du conseil d'administration :");
  lines3 = render_between (colon, "Dans ces conditions, les membres du conseil d'administration",
                           "Dans ces conditions, les membres du conseil d'administration :", pdf3);
  assert_same_line (lines3, ":", "administration");
}

static void
test_long (void)
{
  g_autoptr(PreExtract) extract = reference_extract ();
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *pdf = output_path ("extract-long.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages;

  for (guint i = 0; i < 25; i++)
    g_string_append_printf (long_text, "%sParagraph %u. %s", i > 0 ? "\n\n" : "", i + 1,
                            reference_text);
  g_free (extract->text);
  extract->text = g_string_free (g_steal_pointer (&long_text), FALSE);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *decision = g_strdup_printf ("decision number %u, long enough to wrap "
                                                   "onto a second line of the page when it is "
                                                   "written in full in the extract;", i + 1);
      pre_extract_add_decision (extract, decision);
    }

  g_assert_true (pre_extract_write_pdf (extract, pdf, &error));
  g_assert_no_error (error);

  n_pages = check_no_overlap (pdf);
  g_assert_cmpuint (n_pages, >, 3);
  text = pdf_text (pdf);
  assert_contains (text, "Page 1 of ");
  {
    g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
    assert_contains (text, last);
  }
  assert_contains (text, "Paragraph 25.");
  assert_contains (text, "decision number 30,");
  assert_contains (text, "Adopted unanimously.");
}

static void
test_short_page_numbers (void)
{
  g_autoptr(PreExtract) extract = pre_extract_new ();
  g_autofree char *pdf = output_path ("extract-minimal.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  extract->body = g_strdup ("Centre Communal d'Action Sociale de DIJON");
  extract->meeting_date = g_strdup ("2024-10-01");
  extract->outcome = g_strdup ("Adopted unanimously.");

  g_assert_true (pre_extract_write_pdf (extract, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  assert_contains (text, "Meeting of 1 October 2024");
  /* One page: no page number; no full stop doubled; no empty member lines. */
  g_assert_null (strstr (text, "Page 1"));
  g_assert_null (strstr (text, ".."));
  g_assert_null (strstr (text, "Members present"));
}

static void
test_write_failure (void)
{
  g_autoptr(PreExtract) extract = reference_extract ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pre-extract-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "extract.pdf", NULL);

  g_assert_false (pre_extract_write_pdf (extract, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static void
test_copy (void)
{
  g_autoptr(PreExtract) extract = reference_extract ();
  g_autoptr(PreExtract) copy = pre_extract_copy (extract);
  const PreExtractProxy *proxy;

  g_assert_cmpstr (copy->body, ==, extract->body);
  g_assert_cmpuint (copy->present->len, ==, 12);
  g_assert_cmpuint (copy->represented->len, ==, 4);
  proxy = g_ptr_array_index (copy->represented, 2);
  g_assert_cmpstr (proxy->name, ==, "Mme JACQUEMARD");
  g_assert_true (proxy->feminine);
  g_assert_cmpuint (copy->recipients->len, ==, 4);
  g_assert_cmpstr (copy->signature_place, ==, "Dijon");
  g_assert_cmpstr (copy->signature_date, ==, "2024-10-03");
  g_assert_true (g_type_is_a (PRE_TYPE_EXTRACT, G_TYPE_BOXED));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/reference", test_reference);
  g_test_add_func ("/extract/reference-french", test_reference_french);
  g_test_add_func ("/extract/long", test_long);
  g_test_add_func ("/extract/no-break", test_no_break);
  g_test_add_func ("/extract/minimal", test_short_page_numbers);
  g_test_add_func ("/extract/write-failure", test_write_failure);
  g_test_add_func ("/extract/copy", test_copy);
  return g_test_run ();
}
