/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/**
 * PreChartKind:
 * @PRE_CHART_KIND_STACKED_BARS: one bar per category, the series stacked
 *   (spending per territory stacked by mission)
 * @PRE_CHART_KIND_GROUPED_BARS: one bar per series side by side in each
 *   category (budget vs actual per mission, funding sources)
 * @PRE_CHART_KIND_CUMULATIVE_LINE: one line per series through the running
 *   total of its values, category after category (cumulative spending per
 *   month against a budget line); the values given are per category (per
 *   month), the chart adds them up
 *
 * How a #PreChartData is drawn.
 */
typedef enum
{
  PRE_CHART_KIND_STACKED_BARS,
  PRE_CHART_KIND_GROUPED_BARS,
  PRE_CHART_KIND_CUMULATIVE_LINE,
} PreChartKind;

/**
 * PreChartValueKind:
 * @PRE_CHART_VALUE_EUROS: values are #gint64 cents, written as euros
 *
 * What the value axis counts.
 */
typedef enum
{
  PRE_CHART_VALUE_EUROS,
} PreChartValueKind;

/**
 * PreChartPart:
 * @PRE_CHART_PART_ACTUAL: money actually spent (held and missed sessions,
 *   expenses): drawn solid
 * @PRE_CHART_PART_COMMITTED: money committed (planned sessions): drawn
 *   hatched, on top of the actual part
 *
 * The two parts of one value.
 */
typedef enum
{
  PRE_CHART_PART_ACTUAL,
  PRE_CHART_PART_COMMITTED,
} PreChartPart;

/**
 * PRE_CHART_N_ROLES:
 *
 * How many series colours a #PreChartPalette holds; a series' colour role is
 * taken modulo this number.
 */
#define PRE_CHART_N_ROLES 8

/* ------------------------------------------------------------------------ */

/**
 * PreChartData:
 *
 * What a chart shows, as plain data: categories (territories, missions,
 * months), series (missions, budget and actual, funding partners), one value
 * per (category, series) split into actual and committed cents, optional
 * reference lines (a budget), a title. Reference counted; build it, then
 * compute a #PreChartLayout from it.
 */
typedef struct _PreChartData PreChartData;

#define PRE_TYPE_CHART_DATA (pre_chart_data_get_type ())
GType          pre_chart_data_get_type           (void) G_GNUC_CONST;

/**
 * pre_chart_data_new:
 * @kind: how the chart is drawn
 * @title: (nullable): the chart's title, already translated
 *
 * Returns: (transfer full): a chart without categories nor series
 */
PreChartData  *pre_chart_data_new                (PreChartKind        kind,
                                                  const char         *title);
PreChartData  *pre_chart_data_ref                (PreChartData       *data);
void           pre_chart_data_unref              (PreChartData       *data);

PreChartKind   pre_chart_data_get_kind           (const PreChartData *data);
const char    *pre_chart_data_get_title          (const PreChartData *data);
PreChartValueKind pre_chart_data_get_value_kind  (const PreChartData *data);

/**
 * pre_chart_data_set_category_title:
 * @data: a chart
 * @title: (nullable): what the categories are ("Territory", "Month"), the
 *   first column's heading in the table form
 */
void           pre_chart_data_set_category_title (PreChartData       *data,
                                                  const char         *title);
const char    *pre_chart_data_get_category_title (const PreChartData *data);

/**
 * pre_chart_data_add_category:
 * @data: a chart
 * @label: the category's name ("Dijon")
 *
 * Returns: the category's index, from 0 in the order of addition
 */
guint          pre_chart_data_add_category       (PreChartData       *data,
                                                  const char         *label);

/**
 * pre_chart_data_add_series:
 * @data: a chart
 * @label: the series' name ("Psychological support")
 * @color_role: which palette colour draws it (see #PreChartPalette)
 *
 * Returns: the series' index, from 0 in the order of addition; a stack is
 *   drawn bottom up in this order
 */
guint          pre_chart_data_add_series         (PreChartData       *data,
                                                  const char         *label,
                                                  guint               color_role);

/**
 * pre_chart_data_set_value:
 * @data: a chart
 * @category: a category index
 * @series: a series index
 * @actual: cents actually spent (≥ 0)
 * @committed: cents committed but not spent yet (≥ 0)
 *
 * Sets one value; values not set are zero.
 */
void           pre_chart_data_set_value          (PreChartData       *data,
                                                  guint               category,
                                                  guint               series,
                                                  gint64              actual,
                                                  gint64              committed);
void           pre_chart_data_get_value          (const PreChartData *data,
                                                  guint               category,
                                                  guint               series,
                                                  gint64             *actual,
                                                  gint64             *committed);

/**
 * pre_chart_data_add_reference:
 * @data: a chart
 * @label: what the line is ("Annual budget"), already translated
 * @value: where the line is, in cents
 *
 * Adds a horizontal reference line; the value axis always reaches it.
 */
void           pre_chart_data_add_reference      (PreChartData       *data,
                                                  const char         *label,
                                                  gint64              value);

/**
 * pre_chart_data_set_part_formats:
 * @data: a chart
 * @actual_format: (nullable): how an actual amount reads, with one "%s" for
 *   the amount, already translated; %NULL for "%s spent"
 * @committed_format: (nullable): how a committed amount reads; %NULL for
 *   "%s planned"
 *
 * Words for tooltips, the description and the table: a funding chart says
 * "%s received" and "%s called, not received"; a budget vs actual chart,
 * whose series are named "Budget" and "Spent", says just "%s".
 */
void           pre_chart_data_set_part_formats   (PreChartData       *data,
                                                  const char         *actual_format,
                                                  const char         *committed_format);

/**
 * pre_chart_data_set_series_hidden:
 * @data: a chart
 * @series: a series index
 * @hidden: %TRUE to leave the series out (a legend toggle)
 *
 * A hidden series keeps its legend entry but has no bars, no line, no share
 * of the value axis, and is left out of the description and the table.
 * Compute the layout again afterwards.
 */
void           pre_chart_data_set_series_hidden  (PreChartData       *data,
                                                  guint               series,
                                                  gboolean            hidden);
gboolean       pre_chart_data_get_series_hidden  (const PreChartData *data,
                                                  guint               series);

guint          pre_chart_data_get_n_categories   (const PreChartData *data);
guint          pre_chart_data_get_n_series       (const PreChartData *data);
const char    *pre_chart_data_get_category_label (const PreChartData *data,
                                                  guint               category);
const char    *pre_chart_data_get_series_label   (const PreChartData *data,
                                                  guint               series);
guint          pre_chart_data_get_series_role    (const PreChartData *data,
                                                  guint               series);

/**
 * pre_chart_data_describe:
 * @data: a chart
 *
 * The chart in words for assistive technologies: the title, then one
 * sentence per category stating the numbers, e.g. "Dijon: €12,340 spent, of
 * which Coordination €3,340, Psychological support €9,000." (French amounts
 * in a French locale).
 *
 * Returns: (transfer full): the description
 */
char          *pre_chart_data_describe           (const PreChartData *data);

/* ------------------------------------------------------------------------ */

/**
 * PreChartTable:
 *
 * The chart as a table of formatted strings (the "Table" alternative): one
 * row per category; the first column names the category, then one column
 * per visible series (and, for stacked bars, a total; for lines, the
 * running totals).
 */
typedef struct _PreChartTable PreChartTable;

#define PRE_TYPE_CHART_TABLE (pre_chart_table_get_type ())
GType          pre_chart_table_get_type          (void) G_GNUC_CONST;

/**
 * pre_chart_data_to_table:
 * @data: a chart
 *
 * Returns: (transfer full): the table form of @data
 */
PreChartTable *pre_chart_data_to_table           (const PreChartData *data);
PreChartTable *pre_chart_table_ref               (PreChartTable      *table);
void           pre_chart_table_unref             (PreChartTable      *table);
guint          pre_chart_table_get_n_rows        (const PreChartTable *table);
guint          pre_chart_table_get_n_columns     (const PreChartTable *table);
const char    *pre_chart_table_get_heading       (const PreChartTable *table,
                                                  guint                column);
const char    *pre_chart_table_get_cell          (const PreChartTable *table,
                                                  guint                row,
                                                  guint                column);

/* ------------------------------------------------------------------------ */

/**
 * PreChartStyle:
 * @font_family: (nullable): Pango family list; %NULL for "Cantarell, Sans"
 * @title_size: title font size in device units (pixels, or points in PDF)
 * @label_size: labels, ticks and legend font size in device units
 * @padding: the margin around everything, in device units
 *
 * Sizes for a layout. A widget fills it from its own font.
 */
typedef struct
{
  const char *font_family;
  double      title_size;
  double      label_size;
  double      padding;
} PreChartStyle;

/**
 * pre_chart_style_default:
 *
 * Returns: (transfer none): 15 px bold title, 12 px labels, 12 px padding
 */
const PreChartStyle *pre_chart_style_default     (void);

/**
 * PreChartRect:
 *
 * A rectangle in device units, y downwards.
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PreChartRect;

/**
 * PreChartSegment:
 * @category: the category index
 * @series: the series index
 * @part: actual (solid) or committed (hatched)
 * @color_role: the series' colour role
 * @value: the part's value in cents; for lines, the running total
 * @rect: the bar segment (bars, possibly of zero height) or a small square
 *   centred on the line's point (lines)
 * @tooltip: "Dijon — Psychological support: €4,820.00 spent, €600.00
 *   planned"
 *
 * One drawn piece of a value.
 */
typedef struct
{
  guint        category;
  guint        series;
  PreChartPart part;
  guint        color_role;
  gint64       value;
  PreChartRect rect;
  char        *tooltip;
} PreChartSegment;

/**
 * PreChartTick:
 * @value: the tick's value in cents
 * @y: where its grid line is
 * @text: its label ("€5,000", "5 000 €")
 * @label: where the label is drawn (right-aligned left of the plot)
 */
typedef struct
{
  gint64       value;
  double       y;
  char        *text;
  PreChartRect label;
} PreChartTick;

/**
 * PreChartLabel:
 * @category: the category index
 * @text: the text as drawn: the name, wrapped on two lines ("\n") or
 *   abbreviated ("…") when there is not enough room
 * @x: the text box's top-left corner before rotation, x
 * @y: the text box's top-left corner before rotation, y
 * @angle: the rotation around (@x, @y) in degrees, counter-clockwise on
 *   screen: 0, 45 or 90
 * @width: the text box's width, along the text
 * @height: the text box's height, across the text
 * @bounds: the axis-aligned rectangle around the rotated box
 * @visible: %FALSE when the category is too narrow for any label (then
 *   every other label is dropped; the table form still names it)
 *
 * A category's label below the plot.
 */
typedef struct
{
  guint        category;
  char        *text;
  double       x;
  double       y;
  double       angle;
  double       width;
  double       height;
  PreChartRect bounds;
  gboolean     visible;
} PreChartLabel;

/**
 * PreChartLegendEntry:
 * @series: the series index, or %G_MAXUINT for the key that explains the
 *   hatching of committed amounts
 * @text: the series' name
 * @color_role: the series' colour role
 * @hidden: the series is hidden (drawn as an empty swatch)
 * @swatch: the colour square
 * @label: the text box
 * @bounds: the whole entry, for clicks
 */
typedef struct
{
  guint        series;
  char        *text;
  guint        color_role;
  gboolean     hidden;
  PreChartRect swatch;
  PreChartRect label;
  PreChartRect bounds;
} PreChartLegendEntry;

/**
 * PreChartReference:
 * @value: the line's value in cents
 * @y: where it is drawn
 * @text: its label ("Annual budget: €20,000")
 * @label: where the label is drawn (inside the plot, at its right end)
 */
typedef struct
{
  gint64       value;
  double       y;
  char        *text;
  PreChartRect label;
} PreChartReference;

/**
 * PreChartLayout:
 *
 * Everything a painter draws, computed once for a size: the plot rectangle,
 * the value axis, the segments, the labels, the legend. Immutable, reference
 * counted; independent of the #PreChartData it was computed from.
 */
typedef struct _PreChartLayout PreChartLayout;

#define PRE_TYPE_CHART_LAYOUT (pre_chart_layout_get_type ())
GType          pre_chart_layout_get_type         (void) G_GNUC_CONST;

/**
 * pre_chart_layout_compute:
 * @data: what to draw
 * @width: the drawing's width in device units
 * @height: the drawing's height in device units
 * @style: (nullable): sizes; %NULL for pre_chart_style_default()
 * @context: (nullable): measures text (a widget's Pango context); %NULL for
 *   a PangoCairo context at 96 dpi without hinting
 *
 * Lays @data out. The value axis runs from 0 in round steps (1, 2, 2.5 or 5
 * times a power of ten euros, 4 to 7 ticks) up to the smallest tick covering
 * the highest visible stack, bar, running total or reference line. Category
 * labels that do not fit their slot are wrapped, then turned 45° or 90°,
 * then shortened, so that no two labels overlap.
 *
 * Returns: (transfer full): the layout
 */
PreChartLayout *pre_chart_layout_compute         (const PreChartData  *data,
                                                  double               width,
                                                  double               height,
                                                  const PreChartStyle *style,
                                                  PangoContext        *context);
PreChartLayout *pre_chart_layout_ref             (PreChartLayout      *layout);
void           pre_chart_layout_unref            (PreChartLayout      *layout);

PreChartKind   pre_chart_layout_get_kind         (const PreChartLayout *layout);
double         pre_chart_layout_get_width        (const PreChartLayout *layout);
double         pre_chart_layout_get_height       (const PreChartLayout *layout);
/**
 * pre_chart_layout_get_style:
 *
 * Returns: (transfer none): the sizes the layout was computed with (the
 *   font family is always set)
 */
const PreChartStyle *pre_chart_layout_get_style  (const PreChartLayout *layout);
/**
 * pre_chart_layout_get_title:
 * @rect: (out) (optional): where the title is drawn
 *
 * Returns: (nullable): the title
 */
const char    *pre_chart_layout_get_title        (const PreChartLayout *layout,
                                                  PreChartRect         *rect);
/**
 * pre_chart_layout_get_plot:
 *
 * Returns: (transfer none): the plot area: value 0 at its bottom edge, the
 *   axis maximum at its top edge
 */
const PreChartRect *pre_chart_layout_get_plot    (const PreChartLayout *layout);
gint64         pre_chart_layout_get_axis_max     (const PreChartLayout *layout);
gint64         pre_chart_layout_get_axis_step    (const PreChartLayout *layout);
/**
 * pre_chart_layout_value_to_y:
 * @value: cents
 *
 * Returns: the y of @value on the value axis
 */
double         pre_chart_layout_value_to_y       (const PreChartLayout *layout,
                                                  gint64                value);
/**
 * pre_chart_layout_get_slot:
 * @category: a category index
 *
 * Returns: (transfer none): the category's column, full plot height
 */
const PreChartRect *pre_chart_layout_get_slot    (const PreChartLayout *layout,
                                                  guint                 category);
const PreChartTick *pre_chart_layout_get_ticks   (const PreChartLayout *layout,
                                                  guint                *n_ticks);
/**
 * pre_chart_layout_get_segments:
 * @n_segments: (out): how many
 *
 * For bars: for each category, for each series, the actual then the
 * committed segment. For lines: for each series, its actual points then its
 * committed points (running total of actual + committed), category after
 * category; committed points only from the category before the first
 * committed amount of the series.
 * Hidden series have none.
 *
 * Returns: (transfer none) (array length=n_segments): the segments
 */
const PreChartSegment *pre_chart_layout_get_segments (const PreChartLayout *layout,
                                                      guint                *n_segments);
/**
 * pre_chart_layout_get_segment:
 *
 * Returns: (transfer none) (nullable): one segment, or %NULL if it is not
 *   drawn (hidden series)
 */
const PreChartSegment *pre_chart_layout_get_segment  (const PreChartLayout *layout,
                                                      guint                 category,
                                                      guint                 series,
                                                      PreChartPart          part);
const PreChartLabel *pre_chart_layout_get_labels (const PreChartLayout *layout,
                                                  guint                *n_labels);
const PreChartLegendEntry *pre_chart_layout_get_legend (const PreChartLayout *layout,
                                                        guint                *n_entries);
const PreChartReference *pre_chart_layout_get_references (const PreChartLayout *layout,
                                                          guint                *n_references);

/**
 * pre_chart_layout_hit_test:
 * @x: pointer x in device units
 * @y: pointer y
 *
 * Returns: (transfer none) (nullable): the segment under the pointer (bars),
 *   or the nearest point of the column under the pointer (lines); %NULL
 *   outside
 */
const PreChartSegment *pre_chart_layout_hit_test (const PreChartLayout *layout,
                                                  double                x,
                                                  double                y);
/**
 * pre_chart_layout_hit_test_legend:
 *
 * Returns: (transfer none) (nullable): the legend entry under the pointer
 *   (to toggle a series)
 */
const PreChartLegendEntry *pre_chart_layout_hit_test_legend (const PreChartLayout *layout,
                                                             double                x,
                                                             double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreChartData, pre_chart_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreChartTable, pre_chart_table_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreChartLayout, pre_chart_layout_unref)

G_END_DECLS
