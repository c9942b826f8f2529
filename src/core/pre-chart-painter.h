/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "pre-chart.h"

G_BEGIN_DECLS

/**
 * PreChartColor:
 *
 * A colour with components from 0 to 1 (a #GdkRGBA's values).
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PreChartColor;

/**
 * PreChartPalette:
 * @foreground: text, axis, reference lines (the widget's colour)
 * @background: what the chart is drawn on; painted first unless its alpha
 *   is 0 (a widget lets its own background show); also the thin line
 *   separating stacked segments
 * @grid: the value axis' grid lines
 * @series: one colour per colour role
 *
 * The colours a chart is painted with. A widget fills it from its style
 * (dark mode, high contrast, accent); files use the default palettes.
 */
typedef struct
{
  PreChartColor foreground;
  PreChartColor background;
  PreChartColor grid;
  PreChartColor series[PRE_CHART_N_ROLES];
} PreChartPalette;

/**
 * pre_chart_palette_default_light:
 *
 * Returns: (transfer none): dark text on white, GNOME palette colours; for
 *   exported files
 */
const PreChartPalette *pre_chart_palette_default_light (void);

/**
 * pre_chart_palette_default_dark:
 *
 * Returns: (transfer none): light text on a dark background, lighter GNOME
 *   palette colours; for exported files
 */
const PreChartPalette *pre_chart_palette_default_dark  (void);

/**
 * pre_chart_paint:
 * @layout: a layout
 * @cr: where to paint, device units matching the layout's size
 * @palette: the colours
 *
 * Paints @layout: title, legend (hidden series as empty swatches), grid and
 * tick labels, bars (committed parts hatched) or lines (committed running
 * totals dashed), reference lines and category labels. Text goes through
 * PangoCairo, so PDF and SVG files carry real glyphs.
 */
void     pre_chart_paint         (const PreChartLayout  *layout,
                                  cairo_t               *cr,
                                  const PreChartPalette *palette);

/**
 * pre_chart_paint_highlighted:
 * @layout: a layout
 * @cr: where to paint
 * @palette: the colours
 * @highlight: (nullable): a segment of @layout to outline (the one under the
 *   pointer, from pre_chart_layout_hit_test())
 *
 * pre_chart_paint(), then an outline around @highlight (a ring and a
 * vertical guide for a line's point).
 */
void     pre_chart_paint_highlighted (const PreChartLayout  *layout,
                                      cairo_t               *cr,
                                      const PreChartPalette *palette,
                                      const PreChartSegment *highlight);

/**
 * PreChartError:
 * @PRE_CHART_ERROR_UNSUPPORTED_FORMAT: the file name's extension is not
 *   .png, .svg or .pdf
 * @PRE_CHART_ERROR_FAILED: cairo could not draw the file
 *
 * Errors from pre_chart_export(); writing the file gives #GIOError errors.
 */
typedef enum
{
  PRE_CHART_ERROR_UNSUPPORTED_FORMAT,
  PRE_CHART_ERROR_FAILED,
} PreChartError;

#define PRE_CHART_ERROR (pre_chart_error_quark ())
GQuark   pre_chart_error_quark   (void);

/**
 * pre_chart_export:
 * @data: the chart
 * @path: the file to write; its extension (.png, .svg, .pdf, any case)
 *   chooses the format
 * @width: width in pixels (PNG, SVG) or points (PDF)
 * @height: height in pixels or points
 * @error: a #PRE_CHART_ERROR or #GIOError naming the file
 *
 * Draws @data with pre_chart_palette_default_light() into @path. The file is
 * written beside @path under a temporary name then renamed over it, so a
 * failure leaves any previous file as it was. An SVG file carries the title
 * and pre_chart_data_describe() in its &lt;title&gt; and &lt;desc&gt;; a PDF
 * file in its metadata.
 *
 * Returns: %TRUE if the file was written
 */
gboolean pre_chart_export        (const PreChartData    *data,
                                  const char            *path,
                                  double                 width,
                                  double                 height,
                                  GError               **error);

/**
 * pre_chart_export_with_palette:
 * @palette: the colours (e.g. pre_chart_palette_default_dark())
 *
 * pre_chart_export() with other colours.
 *
 * Returns: %TRUE if the file was written
 */
gboolean pre_chart_export_with_palette (const PreChartData    *data,
                                        const char            *path,
                                        double                 width,
                                        double                 height,
                                        const PreChartPalette *palette,
                                        GError               **error);

G_END_DECLS
