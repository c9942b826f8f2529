/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <string.h>

#include "pre-extract.h"

/* Checks of a PDF through pdftotext (poppler-utils): its text, and that no
 * two words of a page overlap (pdftotext -bbox). Header-only, for tests. */

static inline gboolean
pdf_check_available (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  return path != NULL;
}

static inline char *
pdf_check_run (const char * const *argv)
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

/* pdftotext's output with every run of white space made one space. */
static inline char *
pdf_check_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *raw = pdf_check_run (argv);
  g_autoptr(GRegex) spaces = g_regex_new ("[\\s\\x{00A0}\\x{202F}]+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, raw, -1, 0, " ", 0, NULL);
}

static inline void
pdf_check_assert_contains (const char *text,
                           const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in the PDF's text:\n%s", part, text);
}

typedef struct
{
  double x0, y0, x1, y1;
  char *word;
} PdfCheckWord;

static inline void
pdf_check_word_clear (gpointer data)
{
  g_free (((PdfCheckWord *) data)->word);
}

/* Every word of every page with its box; asserts that no two words of a
 * page overlap and that all lie at least @margin points inside the A4
 * page. Returns the number of pages. */
static inline guint
pdf_check_no_overlap_within (const char *pdf,
                             double      margin)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *html = pdf_check_run (argv);
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
      g_autoptr(GArray) words = g_array_new (FALSE, TRUE, sizeof (PdfCheckWord));
      g_autoptr(GMatchInfo) word_match = NULL;

      g_array_set_clear_func (words, pdf_check_word_clear);
      n_pages++;
      g_assert_cmpfloat_with_epsilon (width, PRE_EXTRACT_A4_WIDTH, 1.0);
      g_assert_cmpfloat_with_epsilon (height, PRE_EXTRACT_A4_HEIGHT, 1.0);

      g_regex_match (word_re, body, 0, &word_match);
      while (g_match_info_matches (word_match))
        {
          PdfCheckWord w;
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
          const PdfCheckWord *a = &g_array_index (words, PdfCheckWord, i);

          if (a->x0 < margin - 2 || a->x1 > width - margin + 2 ||
              a->y0 < margin - 2 || a->y1 > height - margin + 2)
            g_error ("Page %u: “%s” lies outside the margins", n_pages, a->word);

          for (guint j = i + 1; j < words->len; j++)
            {
              const PdfCheckWord *b = &g_array_index (words, PdfCheckWord, j);
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

/* The same, inside the extract's margins. */
static inline guint
pdf_check_no_overlap (const char *pdf)
{
  return pdf_check_no_overlap_within (pdf, PRE_EXTRACT_MARGIN);
}
