/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pre-date.h"
#include "pre-extract.h"

#define FONT "Sans"
#define FONT_SIZE 10.0
#define TITLE_SIZE 11.5
#define BULLET_INDENT 18.0
#define PARAGRAPH_SPACE 7.0
#define SECTION_SPACE 14.0
#define FOOTER_SPACE 24.0
#define SIGNATURE_SPACE 36.0

/* Data */

static void
proxy_free (gpointer data)
{
  PreExtractProxy *proxy = data;

  g_free (proxy->name);
  g_free (proxy->holder);
  g_free (proxy);
}

static void
recipient_free (gpointer data)
{
  PreExtractRecipient *recipient = data;

  g_free (recipient->name);
  g_free (recipient);
}

PreExtract *
pre_extract_new (void)
{
  PreExtract *extract = g_new0 (PreExtract, 1);

  extract->present = g_ptr_array_new_with_free_func (g_free);
  extract->represented = g_ptr_array_new_with_free_func (proxy_free);
  extract->excused = g_ptr_array_new_with_free_func (g_free);
  extract->absent = g_ptr_array_new_with_free_func (g_free);
  extract->decisions = g_ptr_array_new_with_free_func (g_free);
  extract->recipients = g_ptr_array_new_with_free_func (recipient_free);
  return extract;
}

static void
copy_strings (GPtrArray       *dest,
              const GPtrArray *src)
{
  for (guint i = 0; src != NULL && i < src->len; i++)
    g_ptr_array_add (dest, g_strdup (g_ptr_array_index (src, i)));
}

PreExtract *
pre_extract_copy (const PreExtract *extract)
{
  PreExtract *copy;

  g_return_val_if_fail (extract != NULL, NULL);

  copy = pre_extract_new ();
  copy->body = g_strdup (extract->body);
  copy->assembly = g_strdup (extract->assembly);
  copy->meeting_date = g_strdup (extract->meeting_date);
  copy->president = g_strdup (extract->president);
  copy->convocation_date = g_strdup (extract->convocation_date);
  copy->subject = g_strdup (extract->subject);
  copy->text = g_strdup (extract->text);
  copy->outcome = g_strdup (extract->outcome);
  copy->signature_place = g_strdup (extract->signature_place);
  copy->signature_date = g_strdup (extract->signature_date);
  copy->president_feminine = extract->president_feminine;
  copy_strings (copy->present, extract->present);
  copy_strings (copy->excused, extract->excused);
  copy_strings (copy->absent, extract->absent);
  copy_strings (copy->decisions, extract->decisions);
  for (guint i = 0; extract->represented != NULL && i < extract->represented->len; i++)
    {
      const PreExtractProxy *proxy = g_ptr_array_index (extract->represented, i);

      pre_extract_add_represented (copy, proxy->name, proxy->holder, proxy->feminine);
    }
  for (guint i = 0; extract->recipients != NULL && i < extract->recipients->len; i++)
    {
      const PreExtractRecipient *recipient = g_ptr_array_index (extract->recipients, i);

      pre_extract_add_recipient (copy, recipient->name, recipient->copies);
    }
  return copy;
}

void
pre_extract_free (PreExtract *extract)
{
  if (extract == NULL)
    return;

  g_free (extract->body);
  g_free (extract->assembly);
  g_free (extract->meeting_date);
  g_free (extract->president);
  g_free (extract->convocation_date);
  g_free (extract->subject);
  g_free (extract->text);
  g_free (extract->outcome);
  g_free (extract->signature_place);
  g_free (extract->signature_date);
  g_clear_pointer (&extract->present, g_ptr_array_unref);
  g_clear_pointer (&extract->represented, g_ptr_array_unref);
  g_clear_pointer (&extract->excused, g_ptr_array_unref);
  g_clear_pointer (&extract->absent, g_ptr_array_unref);
  g_clear_pointer (&extract->decisions, g_ptr_array_unref);
  g_clear_pointer (&extract->recipients, g_ptr_array_unref);
  g_free (extract);
}

G_DEFINE_BOXED_TYPE (PreExtract, pre_extract, pre_extract_copy, pre_extract_free)

void
pre_extract_add_present (PreExtract *extract,
                         const char *name)
{
  g_return_if_fail (extract != NULL && name != NULL);
  g_ptr_array_add (extract->present, g_strdup (name));
}

void
pre_extract_add_represented (PreExtract *extract,
                             const char *name,
                             const char *holder,
                             gboolean    feminine)
{
  PreExtractProxy *proxy;

  g_return_if_fail (extract != NULL && name != NULL && holder != NULL);

  proxy = g_new0 (PreExtractProxy, 1);
  proxy->name = g_strdup (name);
  proxy->holder = g_strdup (holder);
  proxy->feminine = !!feminine;
  g_ptr_array_add (extract->represented, proxy);
}

void
pre_extract_add_excused (PreExtract *extract,
                         const char *name)
{
  g_return_if_fail (extract != NULL && name != NULL);
  g_ptr_array_add (extract->excused, g_strdup (name));
}

void
pre_extract_add_absent (PreExtract *extract,
                        const char *name)
{
  g_return_if_fail (extract != NULL && name != NULL);
  g_ptr_array_add (extract->absent, g_strdup (name));
}

void
pre_extract_add_decision (PreExtract *extract,
                          const char *decision)
{
  g_return_if_fail (extract != NULL && decision != NULL);
  g_ptr_array_add (extract->decisions, g_strdup (decision));
}

void
pre_extract_add_recipient (PreExtract *extract,
                           const char *name,
                           guint       copies)
{
  PreExtractRecipient *recipient;

  g_return_if_fail (extract != NULL && name != NULL);

  recipient = g_new0 (PreExtractRecipient, 1);
  recipient->name = g_strdup (name);
  recipient->copies = copies;
  g_ptr_array_add (extract->recipients, recipient);
}

/* Layout: the document is a list of blocks (a paragraph, a bullet, a rule),
 * laid out line by line so that a long paragraph flows onto the next page. */

typedef enum
{
  BLOCK_TEXT,
  BLOCK_BULLET,
  BLOCK_RULE,
} BlockKind;

typedef struct
{
  BlockKind kind;
  PangoLayout *layout;      /* NULL for a rule */
  double indent;            /* from the left margin, points */
  double space_before;
  gboolean keep_with_next;
} Block;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_free (block);
}

typedef struct
{
  cairo_t *cr;
  double content_width;
  GPtrArray *blocks;
} Builder;

static PangoLayout *
new_layout (Builder    *builder,
            const char *markup,
            double      width,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (builder->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static Block *
add_text (Builder        *builder,
          const char     *markup,
          PangoAlignment  alignment,
          gboolean        bold,
          double          size,
          double          space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_TEXT;
  block->layout = new_layout (builder, markup, builder->content_width, size, bold);
  pango_layout_set_alignment (block->layout, alignment);
  block->space_before = space_before;
  g_ptr_array_add (builder->blocks, block);
  return block;
}

/* French typography, whatever the translation typed: a narrow no-break
 * space before « : ; ! ? » and inside guillemets, so that the sign never
 * starts a line, and a no-break space before a count "(12)", so that it
 * stays with its label ("Membres présents : (12) …"). */
static char *
bind_punctuation (const char *text)
{
  static GRegex *before_sign;
  static GRegex *guillemets;
  static GRegex *count;
  g_autofree char *step1 = NULL;
  g_autofree char *step2 = NULL;

  if (g_once_init_enter_pointer (&before_sign))
    {
      guillemets = g_regex_new ("(?<=«) | (?=»)", G_REGEX_OPTIMIZE, 0, NULL);
      count = g_regex_new ("[ \\x{202F}](?=\\(\\d+\\))", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave_pointer (&before_sign,
                                 g_regex_new ("[ \\x{00A0}](?=[:;!?](\\s|$))", G_REGEX_OPTIMIZE,
                                              0, NULL));
    }

  step1 = g_regex_replace_literal (before_sign, text, -1, 0, "\xe2\x80\xaf", 0, NULL);
  step2 = g_regex_replace_literal (guillemets, step1, -1, 0, "\xe2\x80\xaf", 0, NULL);
  return g_regex_replace_literal (count, step2, -1, 0, "\xc2\xa0", 0, NULL);
}

/* Plain text as markup: escaped, with line breaks kept. */
static Block *
add_plain (Builder        *builder,
           const char     *text,
           PangoAlignment  alignment,
           gboolean        bold,
           double          size,
           double          space_before)
{
  g_autofree char *bound = bind_punctuation (text);
  g_autofree char *markup = g_markup_escape_text (bound, -1);

  return add_text (builder, markup, alignment, bold, size, space_before);
}

static void
add_rule (Builder *builder,
          double   space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_RULE;
  block->space_before = space_before;
  g_ptr_array_add (builder->blocks, block);
}

/* Keeps amounts whole on a line: "20 000 €" gets narrow no-break spaces
 * between digit groups and before the euro sign (narrow there too, because
 * justification stretches U+00A0 but not U+202F). */
static char *
bind_amounts (const char *text)
{
  static GRegex *groups;
  static GRegex *euro;
  g_autofree char *step = NULL;
  g_autofree char *step2 = NULL;

  if (g_once_init_enter_pointer (&groups))
    {
      euro = g_regex_new ("(?<=\\d) (?=€)", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave_pointer (&groups,
                                 g_regex_new ("(?<=\\d) (?=\\d{3}(?!\\d))", G_REGEX_OPTIMIZE,
                                              0, NULL));
    }

  step = g_regex_replace_literal (groups, text, -1, 0, "\xe2\x80\xaf", 0, NULL);
  step2 = g_regex_replace_literal (euro, step, -1, 0, "\xe2\x80\xaf", 0, NULL);
  return bind_punctuation (step2);
}

/* Escapes @text and turns `**…**` into bold; an unpaired marker stays. */
static char *
inline_markup (const char *raw)
{
  GString *out = g_string_new (NULL);
  g_autofree char *text = bind_amounts (raw);
  const char *p = text;

  for (;;)
    {
      const char *open = strstr (p, "**");
      const char *close = open != NULL ? strstr (open + 2, "**") : NULL;
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;

      if (open == NULL || close == NULL)
        {
          g_autofree char *rest = g_markup_escape_text (p, -1);
          g_string_append (out, rest);
          break;
        }
      before = g_markup_escape_text (p, open - p);
      inside = g_markup_escape_text (open + 2, close - open - 2);
      g_string_append_printf (out, "%s<b>%s</b>", before, inside);
      p = close + 2;
    }

  return g_string_free (out, FALSE);
}

static void
add_bullet (Builder    *builder,
            const char *text,
            double      space_before)
{
  Block *block = g_new0 (Block, 1);
  g_autofree char *markup = inline_markup (text);

  block->kind = BLOCK_BULLET;
  block->indent = BULLET_INDENT;
  block->layout = new_layout (builder, markup, builder->content_width - BULLET_INDENT,
                              FONT_SIZE, FALSE);
  pango_layout_set_justify (block->layout, TRUE);
  block->space_before = space_before;
  g_ptr_array_add (builder->blocks, block);
}

static void
add_paragraph (Builder    *builder,
               const char *text,
               double      space_before)
{
  g_autofree char *markup = inline_markup (text);
  Block *block = add_text (builder, markup, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, space_before);

  pango_layout_set_justify (block->layout, TRUE);
}

/* Paragraphs separated by blank lines; "- " lines are bullets. */
static void
add_body_text (Builder    *builder,
               const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  gboolean in_bullets = FALSE;

  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      g_autofree char *stripped = line != NULL ? g_strstrip (g_strdup (line)) : NULL;
      gboolean blank = stripped == NULL || *stripped == '\0';
      gboolean bullet = !blank && g_str_has_prefix (stripped, "- ");

      if ((blank || bullet) && paragraph->len > 0)
        {
          add_paragraph (builder, paragraph->str, PARAGRAPH_SPACE);
          g_string_truncate (paragraph, 0);
          in_bullets = FALSE;
        }
      if (line == NULL)
        break;
      if (bullet)
        {
          add_bullet (builder, stripped + 2, in_bullets ? 2.0 : PARAGRAPH_SPACE);
          in_bullets = TRUE;
        }
      else if (blank)
        in_bullets = FALSE;
      else
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, stripped);
        }
    }
}

/* "M. HOAREAU" never breaks after the civility: its space becomes a
 * no-break space. */
static char *
bind_civility (const char *name)
{
  static const char * const civilities[] = { "M. ", "Mme ", "Mlle ", "MM. ", "Mmes " };

  for (guint i = 0; i < G_N_ELEMENTS (civilities); i++)
    if (g_str_has_prefix (name, civilities[i]))
      {
        gsize len = strlen (civilities[i]) - 1;

        return g_strdup_printf ("%.*s\xc2\xa0%s", (int) len, name, name + len + 1);
      }
  return g_strdup (name);
}

/* "A, B, C" */
static char *
join_names (const GPtrArray *names)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *name = bind_civility (g_ptr_array_index (names, i));

      if (i > 0)
        /* Translators: between the names of a list of members */
        g_string_append (list, C_("member list", ", "));
      g_string_append (list, name);
    }
  return g_string_free (list, FALSE);
}

/* One "Members …: (3) A, B, C." line; @text is taken. */
static void
add_members (Builder *builder,
             char    *text)
{
  add_plain (builder, text, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, PARAGRAPH_SPACE);
  g_free (text);
}

static char *
with_full_stop (const char *text)
{
  if (g_str_has_suffix (text, ".") || g_str_has_suffix (text, "!"))
    return g_strdup (text);
  return g_strconcat (text, ".", NULL);
}

/* "Done at Dijon, on 2 October 2024", the chair, room to sign, the
 * president's name: right-aligned, kept together on one page. */
static void
add_signature (Builder          *builder,
               const PreExtract *extract)
{
  const char *date_iso = extract->signature_date != NULL ? extract->signature_date
                                                         : extract->meeting_date;
  gboolean has_president = extract->president != NULL && *extract->president != '\0';
  g_autoptr(GString) lines = g_string_new (NULL);
  Block *block;

  if (date_iso != NULL && pre_date_is_valid_iso (date_iso))
    {
      g_autofree char *date = pre_date_format_long (date_iso);

      if (extract->signature_place != NULL && *extract->signature_place != '\0')
        /* Translators: the place and the date of the signature of an
         * extract. French: "Fait à %s, le %s" */
        g_string_append_printf (lines, _("Done at %s, on %s"), extract->signature_place, date);
      else
        /* Translators: the date of the signature of an extract, when the
         * place is unknown. French: "Fait le %s" */
        g_string_append_printf (lines, _("Done on %s"), date);
    }

  if (has_president)
    {
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      if (extract->president_feminine)
        /* Translators: above the signature of a woman chairing the séance.
         * French: "La Présidente de Séance," */
        g_string_append (lines, C_("signature, feminine", "The Chair of the meeting,"));
      else
        /* Translators: above the signature of a man chairing the séance.
         * French: "Le Président de Séance," */
        g_string_append (lines, C_("signature, masculine", "The Chair of the meeting,"));
    }

  if (lines->len == 0)
    return;

  block = add_plain (builder, lines->str, PANGO_ALIGN_RIGHT, FALSE, FONT_SIZE, SECTION_SPACE);
  if (has_president)
    {
      g_autofree char *president = bind_civility (extract->president);

      block->keep_with_next = TRUE;
      /* Room for the signature and the stamp. */
      add_plain (builder, president, PANGO_ALIGN_RIGHT, FALSE, FONT_SIZE, SIGNATURE_SPACE);
    }
}

static GPtrArray *
build_blocks (const PreExtract *extract,
              cairo_t          *cr,
              double            content_width)
{
  Builder builder = { cr, content_width, g_ptr_array_new_with_free_func (block_free) };
  g_autofree char *body_upper = g_utf8_strup (extract->body != NULL ? extract->body : "", -1);
  g_autofree char *register_of = NULL;
  Block *block;

  /* Header */
  add_plain (&builder, body_upper, PANGO_ALIGN_CENTER, TRUE, TITLE_SIZE, 0);
  add_rule (&builder, 10);
  {
    g_autofree char *both = NULL;

    /* Translators: the second line of the title, with the body's name.
     * French: "du %s" (du Centre Communal d'Action Sociale de DIJON) */
    register_of = g_strdup_printf (_("of the %s"), extract->body != NULL ? extract->body : "");
    /* Translators: the title of an extract of the register of a board.
     * French: "EXTRAIT du Registre des Délibérations" */
    both = g_strconcat (_("EXTRACT from the Register of Deliberations"), "\n", register_of, NULL);
    add_plain (&builder, both, PANGO_ALIGN_CENTER, FALSE, FONT_SIZE, 6);
  }
  add_rule (&builder, 6);

  /* The séance */
  if (extract->meeting_date != NULL && pre_date_is_valid_iso (extract->meeting_date))
    {
      g_autofree char *date = pre_date_format_long (extract->meeting_date);
      /* Translators: French: "Séance du %s" */
      g_autofree char *text = g_strdup_printf (_("Meeting of %s"), date);

      add_plain (&builder, text, PANGO_ALIGN_LEFT, TRUE, FONT_SIZE, SECTION_SPACE);
    }
  if (extract->president != NULL && *extract->president != '\0')
    {
      g_autofree char *president = bind_civility (extract->president);
      /* Translators: French: "Président de Séance : %s." */
      g_autofree char *text = g_strdup_printf (_("Chair of the meeting: %s."), president);

      add_plain (&builder, text, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, PARAGRAPH_SPACE);
    }
  if (extract->convocation_date != NULL && pre_date_is_valid_iso (extract->convocation_date))
    {
      g_autofree char *date = pre_date_format_long (extract->convocation_date);
      /* Translators: French: "Date de convocation : %s." */
      g_autofree char *text = g_strdup_printf (_("Convocation date: %s."), date);

      add_plain (&builder, text, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, PARAGRAPH_SPACE);
    }

  if (extract->present->len > 0)
    {
      g_autofree char *names = join_names (extract->present);

      /* Translators: the count, then the names. French: "Membres présents : (%u) %s." */
      add_members (&builder, g_strdup_printf (_("Members present: (%u) %s."),
                                              extract->present->len, names));
    }

  if (extract->represented->len > 0)
    {
      g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < extract->represented->len; i++)
        {
          const PreExtractProxy *proxy = g_ptr_array_index (extract->represented, i);
          g_autofree char *name = bind_civility (proxy->name);
          g_autofree char *holder = bind_civility (proxy->holder);

          if (proxy->feminine)
            /* Translators: a represented woman and her proxy holder.
             * French: "%s représentée par %s" */
            g_ptr_array_add (pairs, g_strdup_printf (C_("proxy, feminine", "%s represented by %s"),
                                                     name, holder));
          else
            /* Translators: a represented man and his proxy holder.
             * French: "%s représenté par %s" */
            g_ptr_array_add (pairs, g_strdup_printf (C_("proxy, masculine", "%s represented by %s"),
                                                     name, holder));
        }
      g_autofree char *names = join_names (pairs);

      /* Translators: French: "Membres excusés représentés : (%u) %s." */
      add_members (&builder, g_strdup_printf (_("Excused members represented: (%u) %s."),
                                              pairs->len, names));
    }

  if (extract->excused->len > 0)
    {
      g_autofree char *names = join_names (extract->excused);

      /* Translators: French: "Membres excusés : (%u) %s." */
      add_members (&builder, g_strdup_printf (_("Excused members: (%u) %s."),
                                              extract->excused->len, names));
    }

  if (extract->absent->len > 0)
    {
      g_autofree char *names = join_names (extract->absent);

      /* Translators: French: "Membres absents : (%u) %s." */
      add_members (&builder, g_strdup_printf (_("Absent members: (%u) %s."),
                                              extract->absent->len, names));
    }

  /* The deliberation */
  if (extract->subject != NULL && *extract->subject != '\0')
    {
      /* Translators: French: "Objet : %s" */
      g_autofree char *text = g_strdup_printf (_("Subject: %s"), extract->subject);

      block = add_plain (&builder, text, PANGO_ALIGN_LEFT, TRUE, FONT_SIZE, SECTION_SPACE);
      block->keep_with_next = TRUE;
    }

  if (extract->text != NULL)
    add_body_text (&builder, extract->text);

  for (guint i = 0; i < extract->decisions->len; i++)
    add_bullet (&builder, g_ptr_array_index (extract->decisions, i),
                i == 0 ? PARAGRAPH_SPACE : 2.0);

  if (extract->outcome != NULL && *extract->outcome != '\0')
    {
      g_autofree char *text = with_full_stop (extract->outcome);

      add_plain (&builder, text, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, SECTION_SPACE);
    }

  /* Certification and recipients */
  if (extract->assembly != NULL && *extract->assembly != '\0')
    {
      /* Translators: French: "Pour extrait conforme au registre des
       * délibérations du %s." */
      g_autofree char *text = g_strdup_printf (_("Certified true extract from the register of deliberations of the %s."),
                                               extract->assembly);

      add_plain (&builder, text, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, SECTION_SPACE);
    }

  add_signature (&builder, extract);

  if (extract->recipients->len > 0)
    {
      /* Translators: French: "Destinataires :" */
      block = add_plain (&builder, _("Recipients:"), PANGO_ALIGN_LEFT, FALSE, FONT_SIZE,
                         SECTION_SPACE);
      block->keep_with_next = TRUE;
      for (guint i = 0; i < extract->recipients->len; i++)
        {
          const PreExtractRecipient *recipient = g_ptr_array_index (extract->recipients, i);
          /* Translators: a recipient and the number of copies.
           * French: "%s : %u" */
          g_autofree char *text = g_strdup_printf (C_("recipient", "%s: %u"),
                                                   recipient->name, recipient->copies);

          add_plain (&builder, text, PANGO_ALIGN_LEFT, FALSE, FONT_SIZE, 4.0);
        }
    }

  return builder.blocks;
}

/* Pagination: where each line goes. */

typedef struct
{
  guint page;
  const Block *block;
  PangoLayoutLine *line;    /* NULL for a rule, or the bullet mark */
  gboolean bullet_mark;
  double x;
  double baseline;          /* y of the baseline, or of a rule */
} Placement;

typedef struct
{
  GPtrArray *blocks;
  GArray *placements;
  guint n_pages;
  double width;
  double height;
  PangoLayout *bullet;
} Document;

static void
document_clear (Document *doc)
{
  g_clear_pointer (&doc->blocks, g_ptr_array_unref);
  g_clear_pointer (&doc->placements, g_array_unref);
  g_clear_object (&doc->bullet);
}

static double
block_first_line_height (const Block *block)
{
  PangoRectangle logical;

  if (block->layout == NULL)
    return 1.0;
  pango_layout_line_get_extents (pango_layout_get_line_readonly (block->layout, 0), NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
block_height (const Block *block)
{
  int h = 0;

  if (block->layout == NULL)
    return 1.0;
  pango_layout_get_size (block->layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
document_layout (Document *doc,
                 cairo_t  *cr,
                 double    width,
                 double    height)
{
  double margin = PRE_EXTRACT_MARGIN;
  double top = margin;
  double bottom = MAX (height - margin - FOOTER_SPACE, top + 100);
  double y = top;
  guint page = 0;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  doc->width = width;
  doc->height = height;
  doc->placements = g_array_new (FALSE, TRUE, sizeof (Placement));

  pango_font_description_set_size (font, (int) (FONT_SIZE * PANGO_SCALE));
  doc->bullet = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (doc->bullet, font);
  pango_layout_set_text (doc->bullet, "-", -1);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (doc->blocks, i);
      double needed;

      /* No space at the top of a page. */
      if (y > top)
        y += block->space_before;

      /* A heading goes with the first lines of what follows. */
      needed = block_height (block);
      if (block->keep_with_next && i + 1 < doc->blocks->len)
        {
          const Block *next = g_ptr_array_index (doc->blocks, i + 1);

          needed += next->space_before + 2 * block_first_line_height (next);
        }
      else
        /* No paragraph starts with a lone line at the foot of a page. */
        needed = MIN (needed, 2 * block_first_line_height (block));
      if (y + needed > bottom && y > top && needed < bottom - top)
        {
          page++;
          y = top;
        }

      if (block->kind == BLOCK_RULE)
        {
          Placement p = { page, block, NULL, FALSE, 0, y };

          g_array_append_val (doc->placements, p);
          y += 1.0;
          continue;
        }

      {
        PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
        gboolean first = TRUE;

        do
          {
            PangoRectangle logical;
            double line_height;
            double baseline_offset;
            Placement p = { 0, };

            pango_layout_iter_get_line_extents (iter, NULL, &logical);
            line_height = (double) logical.height / PANGO_SCALE;
            baseline_offset = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;

            if (y + line_height > bottom && y > top)
              {
                page++;
                y = top;
              }

            p.page = page;
            p.block = block;
            p.line = pango_layout_iter_get_line_readonly (iter);
            p.x = margin + block->indent + (double) logical.x / PANGO_SCALE;
            p.baseline = y + baseline_offset;
            g_array_append_val (doc->placements, p);

            if (first && block->kind == BLOCK_BULLET)
              {
                Placement mark = { page, block, NULL, TRUE, margin + 4.0, y + baseline_offset };

                g_array_append_val (doc->placements, mark);
              }
            first = FALSE;
            y += line_height;
          }
        while (pango_layout_iter_next_line (iter));

        pango_layout_iter_free (iter);
      }
    }

  doc->n_pages = page + 1;
}

static void
document_init (Document         *doc,
               const PreExtract *extract,
               cairo_t          *cr,
               double            width,
               double            height)
{
  memset (doc, 0, sizeof *doc);
  doc->blocks = build_blocks (extract, cr, MAX (width - 2 * PRE_EXTRACT_MARGIN, 100));
  document_layout (doc, cr, width, height);
}

guint
pre_extract_get_n_pages (const PreExtract *extract,
                         cairo_t          *cr,
                         double            width,
                         double            height)
{
  Document doc;
  guint n;

  g_return_val_if_fail (extract != NULL, 1);
  g_return_val_if_fail (cr != NULL, 1);

  document_init (&doc, extract, cr, width, height);
  n = doc.n_pages;
  document_clear (&doc);
  return n;
}

static void
document_render_page (Document *doc,
                      cairo_t  *cr,
                      guint     page)
{
  double margin = PRE_EXTRACT_MARGIN;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < doc->placements->len; i++)
    {
      const Placement *p = &g_array_index (doc->placements, Placement, i);

      if (p->page != page)
        continue;

      if (p->block->kind == BLOCK_RULE)
        {
          /* A short centred rule, as in the register. */
          double length = (doc->width - 2 * margin) / 4;

          cairo_set_line_width (cr, 0.8);
          cairo_move_to (cr, (doc->width - length) / 2, p->baseline + 0.5);
          cairo_rel_line_to (cr, length, 0);
          cairo_stroke (cr);
        }
      else if (p->bullet_mark)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (doc->bullet, 0);

          cairo_move_to (cr, p->x, p->baseline);
          pango_cairo_show_layout_line (cr, line);
        }
      else
        {
          cairo_move_to (cr, p->x, p->baseline);
          pango_cairo_show_layout_line (cr, p->line);
        }
    }

  if (doc->n_pages > 1)
    {
      PangoLayout *footer = pango_cairo_create_layout (cr);
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
      /* Translators: the page number at the foot of a document.
       * French: "Page %u sur %u" */
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, doc->n_pages);
      int w, h;

      pango_font_description_set_size (font, (int) (8.5 * PANGO_SCALE));
      pango_layout_set_font_description (footer, font);
      pango_layout_set_text (footer, text, -1);
      pango_layout_get_size (footer, &w, &h);
      cairo_move_to (cr, (doc->width - (double) w / PANGO_SCALE) / 2,
                     doc->height - margin - (double) h / PANGO_SCALE);
      pango_cairo_show_layout (cr, footer);
      g_object_unref (footer);
    }

  cairo_restore (cr);
}

void
pre_extract_render (const PreExtract *extract,
                    cairo_t          *cr,
                    double            width,
                    double            height,
                    guint             page)
{
  Document doc;

  g_return_if_fail (extract != NULL);
  g_return_if_fail (cr != NULL);

  document_init (&doc, extract, cr, width, height);
  if (page < doc.n_pages)
    document_render_page (&doc, cr, page);
  document_clear (&doc);
}

/* Writing: through a GFile replace stream, so that a failure leaves any
 * previous file as it was. */

typedef struct
{
  GOutputStream *stream;
  GError *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (closure->stream, data, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
pre_extract_write_pdf (const PreExtract *extract,
                       const char       *path,
                       GError          **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  WriteClosure closure = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Document doc;
  g_autofree char *title = NULL;
  gboolean existed;

  g_return_val_if_fail (extract != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  cancellable = g_cancellable_new ();
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;
  closure.stream = G_OUTPUT_STREAM (stream);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &closure,
                                                 PRE_EXTRACT_A4_WIDTH, PRE_EXTRACT_A4_HEIGHT);
  /* Translators: the PDF document's title. French: "Extrait du registre des
   * délibérations" */
  title = g_strdup (_("Extract from the register of deliberations"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "PRE Coordination");
  if (extract->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, extract->subject);

  cr = cairo_create (surface);
  document_init (&doc, extract, cr, PRE_EXTRACT_A4_WIDTH, PRE_EXTRACT_A4_HEIGHT);
  for (guint page = 0; page < doc.n_pages; page++)
    {
      document_render_page (&doc, cr, page);
      cairo_show_page (cr);
    }
  document_clear (&doc);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      /* Drop the temporary file: the previous one stays. */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      if (closure.error != NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&closure.error),
                                      _("Could not write the PDF file “%s”: "), path);
        }
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not write the PDF file “%s”: %s."), path,
                     cairo_status_to_string (status));
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return FALSE;

  return TRUE;
}
