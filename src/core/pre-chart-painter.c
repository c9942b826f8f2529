/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "pre-chart-painter.h"

G_DEFINE_QUARK (pre-chart-error-quark, pre_chart_error)

#define RGB(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* GNOME palette: strong shades on light, light shades on dark; neighbours
 * differ in hue and lightness so that stacked segments stay apart. */
static const PreChartPalette light_palette = {
  .foreground = RGB (0x000000, 0.8),
  .background = RGB (0xffffff, 1.0),
  .grid = RGB (0x000000, 0.12),
  .series = {
    RGB (0x1c71d8, 1.0),   /* blue 4 */
    RGB (0xe66100, 1.0),   /* orange 4 */
    RGB (0x26a269, 1.0),   /* green 5 */
    RGB (0x813d9c, 1.0),   /* purple 4 */
    RGB (0xe5a50a, 1.0),   /* yellow 5 */
    RGB (0xc01c28, 1.0),   /* red 4 */
    RGB (0x865e3c, 1.0),   /* brown 4 */
    RGB (0x2190a4, 1.0),   /* teal */
  },
};

static const PreChartPalette dark_palette = {
  .foreground = RGB (0xffffff, 1.0),
  .background = RGB (0x242424, 1.0),
  .grid = RGB (0xffffff, 0.15),
  .series = {
    RGB (0x62a0ea, 1.0),   /* blue 2 */
    RGB (0xffa348, 1.0),   /* orange 2 */
    RGB (0x57e389, 1.0),   /* green 2 */
    RGB (0xc061cb, 1.0),   /* purple 2 */
    RGB (0xf8e45c, 1.0),   /* yellow 2 */
    RGB (0xf66151, 1.0),   /* red 1 */
    RGB (0xcdab8f, 1.0),   /* brown 1 */
    RGB (0x5bc8da, 1.0),   /* teal */
  },
};

const PreChartPalette *
pre_chart_palette_default_light (void)
{
  return &light_palette;
}

const PreChartPalette *
pre_chart_palette_default_dark (void)
{
  return &dark_palette;
}

typedef struct
{
  cairo_t               *cr;
  const PreChartPalette *palette;
  const PreChartLayout  *layout;
  PangoContext          *context;
  PangoFontDescription  *font;
  PangoFontDescription  *title_font;
} Painter;

static void
set_color (cairo_t             *cr,
           const PreChartColor *color,
           double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static const PreChartColor *
series_color (Painter *p,
              guint    role)
{
  return &p->palette->series[role % PRE_CHART_N_ROLES];
}

static PangoLayout *
text_layout (Painter              *p,
             PangoFontDescription *font,
             const char           *text)
{
  PangoLayout *pl = pango_layout_new (p->context);

  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, text, -1);
  return pl;
}

static void
show_text (Painter             *p,
           const char          *text,
           double               x,
           double               y,
           const PreChartColor *color,
           double               alpha)
{
  g_autoptr(PangoLayout) pl = text_layout (p, p->font, text);

  set_color (p->cr, color, alpha);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, pl);
}

/* Diagonal stripes over a light wash: committed amounts read as different
 * from actual ones without relying on colour. */
static void
hatch (Painter             *p,
       const PreChartRect  *r,
       const PreChartColor *color)
{
  cairo_t *cr = p->cr;
  const double spacing = 5;

  if (r->height <= 0 || r->width <= 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_clip (cr);
  set_color (cr, color, 0.25);
  cairo_paint (cr);
  set_color (cr, color, 1.0);
  cairo_set_line_width (cr, 1.5);
  for (double d = -r->height; d < r->width; d += spacing)
    {
      cairo_move_to (cr, r->x + d, r->y + r->height);
      cairo_line_to (cr, r->x + d + r->height, r->y);
    }
  cairo_stroke (cr);
  cairo_rectangle (cr, r->x + 0.5, r->y + 0.5, MAX (r->width - 1, 0), MAX (r->height - 1, 0));
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_title (Painter *p)
{
  PreChartRect rect;
  const char *title = pre_chart_layout_get_title (p->layout, &rect);
  g_autoptr(PangoLayout) pl = NULL;

  if (title == NULL)
    return;
  pl = text_layout (p, p->title_font, title);
  pango_layout_set_width (pl, (int) (rect.width * PANGO_SCALE));
  pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
  set_color (p->cr, &p->palette->foreground, 1.0);
  cairo_move_to (p->cr, rect.x, rect.y);
  pango_cairo_show_layout (p->cr, pl);
}

static void
paint_legend (Painter *p)
{
  cairo_t *cr = p->cr;
  guint n;
  const PreChartLegendEntry *entries = pre_chart_layout_get_legend (p->layout, &n);
  gboolean line = pre_chart_layout_get_kind (p->layout) == PRE_CHART_KIND_CUMULATIVE_LINE;

  for (guint i = 0; i < n; i++)
    {
      const PreChartLegendEntry *e = &entries[i];
      const PreChartRect *s = &e->swatch;

      if (e->series == G_MAXUINT)
        {
          if (line)
            {
              static const double dash[] = { 4, 3 };

              set_color (cr, &p->palette->foreground, 1.0);
              cairo_set_line_width (cr, 2);
              cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
              cairo_move_to (cr, s->x, s->y + s->height / 2);
              cairo_line_to (cr, s->x + s->width, s->y + s->height / 2);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
            }
          else
            hatch (p, s, &p->palette->foreground);
        }
      else if (e->hidden)
        {
          set_color (cr, series_color (p, e->color_role), 1.0);
          cairo_set_line_width (cr, 1.5);
          cairo_rectangle (cr, s->x + 0.75, s->y + 0.75, s->width - 1.5, s->height - 1.5);
          cairo_stroke (cr);
        }
      else
        {
          set_color (cr, series_color (p, e->color_role), 1.0);
          if (line)
            {
              cairo_rectangle (cr, s->x, s->y + s->height / 2 - 1.5, s->width, 3);
              cairo_fill (cr);
              cairo_arc (cr, s->x + s->width / 2, s->y + s->height / 2, 3.5, 0, 2 * G_PI);
            }
          else
            cairo_rectangle (cr, s->x, s->y, s->width, s->height);
          cairo_fill (cr);
        }
      show_text (p, e->text, e->label.x, e->label.y, &p->palette->foreground,
                 e->hidden ? 0.55 : 1.0);
      if (e->hidden)
        {
          /* struck through as well: hidden without relying on colour */
          set_color (cr, &p->palette->foreground, 0.55);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, e->label.x, round (e->label.y + e->label.height / 2) + 0.5);
          cairo_line_to (cr, e->label.x + e->label.width, round (e->label.y + e->label.height / 2) + 0.5);
          cairo_stroke (cr);
        }
    }
}

static void
paint_axis (Painter *p)
{
  cairo_t *cr = p->cr;
  const PreChartRect *plot = pre_chart_layout_get_plot (p->layout);
  guint n;
  const PreChartTick *ticks = pre_chart_layout_get_ticks (p->layout, &n);

  cairo_set_line_width (cr, 1);
  set_color (cr, &p->palette->grid, 1.0);
  for (guint i = 1; i < n; i++)
    {
      double y = round (ticks[i].y) + 0.5;

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < n; i++)
    show_text (p, ticks[i].text, ticks[i].label.x, ticks[i].label.y, &p->palette->foreground, 0.8);
}

static void
paint_baseline (Painter *p)
{
  const PreChartRect *plot = pre_chart_layout_get_plot (p->layout);
  double y = round (plot->y + plot->height) + 0.5;

  set_color (p->cr, &p->palette->foreground, 0.6);
  cairo_set_line_width (p->cr, 1);
  cairo_move_to (p->cr, plot->x, y);
  cairo_line_to (p->cr, plot->x + plot->width, y);
  cairo_stroke (p->cr);
}

static void
paint_bars (Painter *p)
{
  cairo_t *cr = p->cr;
  guint n;
  const PreChartSegment *segments = pre_chart_layout_get_segments (p->layout, &n);

  for (guint i = 0; i < n; i++)
    {
      const PreChartSegment *s = &segments[i];
      const PreChartColor *color = series_color (p, s->color_role);

      if (s->rect.height <= 0)
        continue;
      if (s->part == PRE_CHART_PART_COMMITTED)
        hatch (p, &s->rect, color);
      else
        {
          set_color (cr, color, 1.0);
          cairo_rectangle (cr, s->rect.x, s->rect.y, s->rect.width, s->rect.height);
          cairo_fill (cr);
        }
    }

  /* A hair of background between stacked segments */
  if (pre_chart_layout_get_kind (p->layout) == PRE_CHART_KIND_STACKED_BARS)
    {
      set_color (cr, &p->palette->background, 1.0);
      cairo_set_line_width (cr, 1);
      for (guint i = 0; i < n; i++)
        {
          const PreChartSegment *s = &segments[i];

          if (s->rect.height < 2)
            continue;
          cairo_move_to (cr, s->rect.x, s->rect.y);
          cairo_line_to (cr, s->rect.x + s->rect.width, s->rect.y);
        }
      cairo_stroke (cr);
    }
}

static void
paint_lines (Painter *p)
{
  cairo_t *cr = p->cr;
  guint n;
  const PreChartSegment *segments = pre_chart_layout_get_segments (p->layout, &n);
  static const double dash[] = { 6, 4 };

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const PreChartSegment *s = &segments[i];
      double x = s->rect.x + s->rect.width / 2, y = s->rect.y + s->rect.height / 2;
      gboolean last = i + 1 == n || segments[i + 1].series != s->series || segments[i + 1].part != s->part;

      if (i == 0 || segments[i - 1].series != s->series || segments[i - 1].part != s->part)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      if (last)
        {
          set_color (cr, series_color (p, s->color_role), 1.0);
          if (s->part == PRE_CHART_PART_COMMITTED)
            {
              cairo_set_line_width (cr, 2);
              cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
            }
          else
            cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
    }

  /* Points on the actual lines, ringed with the background */
  for (guint i = 0; i < n; i++)
    {
      const PreChartSegment *s = &segments[i];
      double x = s->rect.x + s->rect.width / 2, y = s->rect.y + s->rect.height / 2;

      if (s->part != PRE_CHART_PART_ACTUAL)
        continue;
      cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
      set_color (cr, series_color (p, s->color_role), 1.0);
      cairo_fill_preserve (cr);
      set_color (cr, &p->palette->background, 1.0);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
paint_references (Painter *p)
{
  cairo_t *cr = p->cr;
  const PreChartRect *plot = pre_chart_layout_get_plot (p->layout);
  guint n;
  const PreChartReference *refs = pre_chart_layout_get_references (p->layout, &n);
  static const double dash[] = { 8, 4 };

  for (guint i = 0; i < n; i++)
    {
      const PreChartReference *r = &refs[i];
      double y = round (r->y) + 0.5;

      set_color (cr, &p->palette->foreground, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* The label on a patch of background so bars do not hide it */
      set_color (cr, &p->palette->background, 0.85);
      cairo_rectangle (cr, r->label.x - 3, r->label.y, r->label.width + 6, r->label.height);
      cairo_fill (cr);
      show_text (p, r->text, r->label.x, r->label.y, &p->palette->foreground, 1.0);
    }
}

static void
paint_labels (Painter *p)
{
  cairo_t *cr = p->cr;
  guint n;
  const PreChartLabel *labels = pre_chart_layout_get_labels (p->layout, &n);

  set_color (cr, &p->palette->foreground, 1.0);
  for (guint i = 0; i < n; i++)
    {
      const PreChartLabel *l = &labels[i];
      g_autoptr(PangoLayout) pl = NULL;

      if (!l->visible)
        continue;
      pl = text_layout (p, p->font, l->text);
      pango_layout_set_alignment (pl, PANGO_ALIGN_CENTER);
      cairo_save (cr);
      cairo_translate (cr, l->x, l->y);
      cairo_rotate (cr, -l->angle * G_PI / 180.0);
      cairo_move_to (cr, 0, 0);
      pango_cairo_update_layout (cr, pl);
      pango_cairo_show_layout (cr, pl);
      cairo_restore (cr);
    }
}

void
pre_chart_paint (const PreChartLayout  *layout,
                 cairo_t               *cr,
                 const PreChartPalette *palette)
{
  const PreChartStyle *style;
  PangoContext *context = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoFontDescription) title_font = NULL;
  cairo_font_options_t *options;
  Painter p = { 0 };

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  style = pre_chart_layout_get_style (layout);
  context = pango_cairo_create_context (cr);
  /* The same unhinted metrics the layout measured with */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  font = pango_font_description_from_string (style->font_family);
  pango_font_description_set_absolute_size (font, style->label_size * PANGO_SCALE);
  title_font = pango_font_description_copy (font);
  pango_font_description_set_absolute_size (title_font, style->title_size * PANGO_SCALE);
  pango_font_description_set_weight (title_font, PANGO_WEIGHT_BOLD);

  p.cr = cr;
  p.palette = palette;
  p.layout = layout;
  p.context = context;
  p.font = font;
  p.title_font = title_font;

  cairo_save (cr);
  if (palette->background.alpha > 0)
    {
      set_color (cr, &palette->background, 1.0);
      cairo_rectangle (cr, 0, 0, pre_chart_layout_get_width (layout), pre_chart_layout_get_height (layout));
      cairo_fill (cr);
    }
  paint_title (&p);
  paint_legend (&p);
  paint_axis (&p);
  if (pre_chart_layout_get_kind (layout) == PRE_CHART_KIND_CUMULATIVE_LINE)
    {
      paint_references (&p);
      paint_lines (&p);
    }
  else
    {
      paint_bars (&p);
      paint_references (&p);
    }
  paint_baseline (&p);
  paint_labels (&p);
  cairo_restore (cr);
  g_object_unref (context);
}

void
pre_chart_paint_highlighted (const PreChartLayout  *layout,
                             cairo_t               *cr,
                             const PreChartPalette *palette,
                             const PreChartSegment *highlight)
{
  pre_chart_paint (layout, cr, palette);
  if (highlight == NULL)
    return;

  cairo_save (cr);
  set_color (cr, &palette->foreground, 1.0);
  if (pre_chart_layout_get_kind (layout) == PRE_CHART_KIND_CUMULATIVE_LINE)
    {
      const PreChartRect *plot = pre_chart_layout_get_plot (layout);
      double x = highlight->rect.x + highlight->rect.width / 2;
      double y = highlight->rect.y + highlight->rect.height / 2;
      static const double dash[] = { 2, 3 };

      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, round (x) + 0.5, plot->y);
      cairo_line_to (cr, round (x) + 0.5, plot->y + plot->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 2);
      cairo_arc (cr, x, y, 7, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  else if (highlight->rect.height > 0)
    {
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, highlight->rect.x - 1, highlight->rect.y - 1,
                       highlight->rect.width + 2, highlight->rect.height + 2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* Export */

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Puts <title> and <desc> right after the opening <svg …> tag: the chart's
 * words as text, for screen readers and searches. */
static void
add_svg_description (GByteArray         *bytes,
                     const PreChartData *data)
{
  const char *start = (const char *) bytes->data;
  const char *svg = g_strstr_len (start, bytes->len, "<svg");
  const char *end;
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;
  g_autofree char *desc = NULL;
  g_autofree char *insert = NULL;

  if (svg == NULL)
    return;
  end = memchr (svg, '>', bytes->len - (svg - start));
  if (end == NULL)
    return;
  description = pre_chart_data_describe (data);
  title = g_markup_escape_text (pre_chart_data_get_title (data) ? pre_chart_data_get_title (data) : "", -1);
  desc = g_markup_escape_text (description, -1);
  insert = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, desc);
  {
    gsize at = (end + 1) - start, length = strlen (insert), old_len = bytes->len;

    g_byte_array_set_size (bytes, old_len + length);
    memmove (bytes->data + at + length, bytes->data + at, old_len - at);
    memcpy (bytes->data + at, insert, length);
  }
}

static gboolean
check_status (cairo_status_t   status,
              GFile           *file,
              GError         **error)
{
  g_autofree char *name = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  name = g_file_get_parse_name (file);
  g_set_error (error, PRE_CHART_ERROR, PRE_CHART_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second a technical reason */
               _("The chart could not be drawn for “%s”: %s."),
               name, cairo_status_to_string (status));
  return FALSE;
}

gboolean
pre_chart_export_with_palette (const PreChartData    *data,
                               const char            *path,
                               double                 width,
                               double                 height,
                               const PreChartPalette *palette,
                               GError               **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(PreChartLayout) layout = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  const char *dot;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Format format;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);
  g_return_val_if_fail (palette != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  name = g_file_get_parse_name (file);
  basename = g_path_get_basename (path);
  dot = strrchr (basename, '.');
  if (dot && g_ascii_strcasecmp (dot, ".png") == 0)
    format = FORMAT_PNG;
  else if (dot && g_ascii_strcasecmp (dot, ".svg") == 0)
    format = FORMAT_SVG;
  else if (dot && g_ascii_strcasecmp (dot, ".pdf") == 0)
    format = FORMAT_PDF;
  else
    {
      if (dot && dot[1] != '\0')
        g_set_error (error, PRE_CHART_ERROR, PRE_CHART_ERROR_UNSUPPORTED_FORMAT,
                     /* Translators: the first %s is a file name, the second its extension */
                     _("The chart cannot be saved as “%s”: the extension “%s” is not supported. Use .png, .svg or .pdf."),
                     name, dot);
      else
        g_set_error (error, PRE_CHART_ERROR, PRE_CHART_ERROR_UNSUPPORTED_FORMAT,
                     _("The chart cannot be saved as “%s”: the name has no extension. Use .png, .svg or .pdf."),
                     name);
      return FALSE;
    }

  bytes = g_byte_array_new ();
  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
      break;
    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
      {
        g_autofree char *description = pre_chart_data_describe (data);

        if (pre_chart_data_get_title (data))
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                          pre_chart_data_get_title (data));
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, description);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "PRE Coordination");
      }
      break;
    default:
      g_assert_not_reached ();
    }
  if (!check_status (cairo_surface_status (surface), file, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  layout = pre_chart_layout_compute (data, width, height, NULL, NULL);
  cr = cairo_create (surface);
  pre_chart_paint (layout, cr, palette);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_status (status, file, error))
    return FALSE;

  if (format == FORMAT_SVG)
    add_svg_description (bytes, data);

  /* Written under a temporary name beside the file, then renamed over it */
  if (!g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, error))
    {
      g_prefix_error (error, _("The chart could not be saved as “%s”: "), name);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_chart_export (const PreChartData  *data,
                  const char          *path,
                  double               width,
                  double               height,
                  GError             **error)
{
  return pre_chart_export_with_palette (data, path, width, height,
                                        pre_chart_palette_default_light (), error);
}
