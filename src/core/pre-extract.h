/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PreExtractProxy:
 * @name: the represented member ("M. REBSAMEN")
 * @holder: the present member who holds the proxy ("M. HOAREAU")
 * @feminine: the represented member's civility is "Mme" (French agreement:
 *   "représentée")
 */
typedef struct
{
  char *name;
  char *holder;
  gboolean feminine;
} PreExtractProxy;

/**
 * PreExtractRecipient:
 * @name: "Préfecture"
 * @copies: number of copies
 */
typedef struct
{
  char *name;
  guint copies;
} PreExtractRecipient;

/**
 * PreExtract:
 * @body: the deliberating body ("Centre Communal d'Action Sociale de DIJON")
 * @assembly: the assembly ("Conseil d'Administration")
 * @meeting_date: the séance, ISO "YYYY-MM-DD"
 * @president: who chaired the séance ("M. Antoine HOAREAU"), or %NULL
 * @convocation_date: (nullable): ISO date the convocation went out
 * @present: (element-type utf8): display names of the members present
 * @represented: (element-type PreExtractProxy): members represented
 * @excused: (element-type utf8): members excused without a proxy
 * @absent: (element-type utf8): members absent (left out when empty)
 * @subject: the deliberation's subject; may hold line breaks
 * @text: the deliberation's text: paragraphs separated by blank lines, lines
 *   starting with "- " are bullets, `**…**` is bold; the lines of one
 *   paragraph are joined with a space
 * @decisions: (element-type utf8): the decisions, shown as bullets
 * @outcome: (nullable): the outcome sentence (pre_vote_outcome_text()); a
 *   full stop is added when missing
 * @recipients: (element-type PreExtractRecipient): who receives copies
 * @signature_place: (nullable): where the extract is signed ("Dijon"),
 *   shown in the signature block after the certification: "Done at Dijon,
 *   on 3 October 2024" (French: "Fait à Dijon, le 3 octobre 2024"), then the
 *   chair and @president, right-aligned
 * @signature_date: (nullable): ISO date of the signature; %NULL signs on
 *   @meeting_date
 * @president_feminine: the president is a woman ("Mme"): "The Chair" takes
 *   the feminine in French ("La Présidente de Séance,")
 *
 * Everything an extract of the register of deliberations shows, as plain
 * data: the caller fills it from its records. Strings are owned by the
 * struct; set them with g_strdup() or the pre_extract_add_*() functions.
 */
typedef struct
{
  char *body;
  char *assembly;
  char *meeting_date;
  char *president;
  char *convocation_date;
  GPtrArray *present;
  GPtrArray *represented;
  GPtrArray *excused;
  GPtrArray *absent;
  char *subject;
  char *text;
  GPtrArray *decisions;
  char *outcome;
  GPtrArray *recipients;
  char *signature_place;
  char *signature_date;
  gboolean president_feminine;
} PreExtract;

/* A4 in points, and the margins the extract keeps inside the page. */
#define PRE_EXTRACT_A4_WIDTH  595.2756
#define PRE_EXTRACT_A4_HEIGHT 841.8898
#define PRE_EXTRACT_MARGIN    56.6929

#define PRE_TYPE_EXTRACT (pre_extract_get_type ())

GType       pre_extract_get_type        (void) G_GNUC_CONST;

/**
 * pre_extract_new:
 *
 * Returns: (transfer full): an empty extract with empty arrays
 */
PreExtract *pre_extract_new             (void);
PreExtract *pre_extract_copy            (const PreExtract *extract);
void        pre_extract_free            (PreExtract       *extract);

void        pre_extract_add_present     (PreExtract       *extract,
                                         const char       *name);
/**
 * pre_extract_add_represented:
 * @extract: an extract
 * @name: the represented member's display name
 * @holder: the proxy holder's display name
 * @feminine: the represented member is a woman ("Mme")
 */
void        pre_extract_add_represented (PreExtract       *extract,
                                         const char       *name,
                                         const char       *holder,
                                         gboolean          feminine);
void        pre_extract_add_excused     (PreExtract       *extract,
                                         const char       *name);
void        pre_extract_add_absent      (PreExtract       *extract,
                                         const char       *name);
void        pre_extract_add_decision    (PreExtract       *extract,
                                         const char       *decision);
void        pre_extract_add_recipient   (PreExtract       *extract,
                                         const char       *name,
                                         guint             copies);

/**
 * pre_extract_get_n_pages:
 * @extract: an extract
 * @cr: a cairo context on the target (for font metrics)
 * @width: the page width in points
 * @height: the page height in points
 *
 * Lays the extract out on pages of @width × @height points, keeping
 * %PRE_EXTRACT_MARGIN inside, and counts them.
 *
 * Returns: the number of pages (at least 1)
 */
guint       pre_extract_get_n_pages     (const PreExtract *extract,
                                         cairo_t          *cr,
                                         double            width,
                                         double            height);

/**
 * pre_extract_render:
 * @extract: an extract
 * @cr: where to draw, user units in points, origin at the page's top left
 * @width: the page width in points
 * @height: the page height in points
 * @page: the page to draw, from 0
 *
 * Draws one page, for a PDF or a GtkPrintOperation (unit points; with a
 * printer's own margins, pass the printable area).
 */
void        pre_extract_render          (const PreExtract *extract,
                                         cairo_t          *cr,
                                         double            width,
                                         double            height,
                                         guint             page);

/**
 * pre_extract_write_pdf:
 * @extract: an extract
 * @path: the PDF file to write (replaced as a whole, or left untouched on
 *   failure)
 * @error: a #GIOError
 *
 * Writes the extract as an A4 PDF, numbering pages when there are several.
 *
 * Returns: %TRUE on success
 */
gboolean    pre_extract_write_pdf       (const PreExtract *extract,
                                         const char       *path,
                                         GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreExtract, pre_extract_free)

G_END_DECLS
