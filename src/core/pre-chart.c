/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "pre-chart.h"
#include "pre-money.h"

#define ELLIPSIS "\xe2\x80\xa6"   /* U+2026 HORIZONTAL ELLIPSIS */

/* Category labels may take at most this share of the height. */
#define MAX_LABEL_SHARE 0.35
/* Room between neighbouring labels, and between the axis and the labels. */
#define LABEL_GAP 4.0

typedef struct
{
  char    *label;
  guint    role;
  gboolean hidden;
} Series;

typedef struct
{
  guint  category;
  guint  series;
  gint64 actual;
  gint64 committed;
} Value;

typedef struct
{
  char  *label;
  gint64 value;
} Reference;

struct _PreChartData
{
  grefcount     ref;
  PreChartKind  kind;
  char         *title;
  char         *category_title;
  char         *actual_format;
  char         *committed_format;
  GPtrArray    *categories;   /* char* */
  GArray       *series;       /* Series */
  GArray       *values;       /* Value */
  GArray       *references;   /* Reference */
};

G_DEFINE_BOXED_TYPE (PreChartData, pre_chart_data, pre_chart_data_ref, pre_chart_data_unref)

static void
clear_series (gpointer p)
{
  Series *s = p;

  g_free (s->label);
}

static void
clear_reference (gpointer p)
{
  Reference *r = p;

  g_free (r->label);
}

PreChartData *
pre_chart_data_new (PreChartKind  kind,
                    const char   *title)
{
  PreChartData *data = g_new0 (PreChartData, 1);

  g_ref_count_init (&data->ref);
  data->kind = kind;
  data->title = g_strdup (title);
  data->categories = g_ptr_array_new_with_free_func (g_free);
  data->series = g_array_new (FALSE, TRUE, sizeof (Series));
  g_array_set_clear_func (data->series, clear_series);
  data->values = g_array_new (FALSE, TRUE, sizeof (Value));
  data->references = g_array_new (FALSE, TRUE, sizeof (Reference));
  g_array_set_clear_func (data->references, clear_reference);
  return data;
}

PreChartData *
pre_chart_data_ref (PreChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_ref_count_inc (&data->ref);
  return data;
}

void
pre_chart_data_unref (PreChartData *data)
{
  g_return_if_fail (data != NULL);
  if (!g_ref_count_dec (&data->ref))
    return;
  g_free (data->title);
  g_free (data->category_title);
  g_free (data->actual_format);
  g_free (data->committed_format);
  g_ptr_array_unref (data->categories);
  g_array_unref (data->series);
  g_array_unref (data->values);
  g_array_unref (data->references);
  g_free (data);
}

PreChartKind
pre_chart_data_get_kind (const PreChartData *data)
{
  g_return_val_if_fail (data != NULL, PRE_CHART_KIND_STACKED_BARS);
  return data->kind;
}

const char *
pre_chart_data_get_title (const PreChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return data->title;
}

PreChartValueKind
pre_chart_data_get_value_kind (const PreChartData *data)
{
  return PRE_CHART_VALUE_EUROS;
}

void
pre_chart_data_set_category_title (PreChartData *data,
                                   const char   *title)
{
  g_return_if_fail (data != NULL);
  g_free (data->category_title);
  data->category_title = g_strdup (title);
}

const char *
pre_chart_data_get_category_title (const PreChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return data->category_title;
}

guint
pre_chart_data_add_category (PreChartData *data,
                             const char   *label)
{
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);
  g_ptr_array_add (data->categories, g_strdup (label));
  return data->categories->len - 1;
}

guint
pre_chart_data_add_series (PreChartData *data,
                           const char   *label,
                           guint         color_role)
{
  Series s = { 0 };

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);
  s.label = g_strdup (label);
  s.role = color_role;
  g_array_append_val (data->series, s);
  return data->series->len - 1;
}

static Value *
find_value (const PreChartData *data,
            guint               category,
            guint               series)
{
  for (guint i = 0; i < data->values->len; i++)
    {
      Value *v = &g_array_index (data->values, Value, i);

      if (v->category == category && v->series == series)
        return v;
    }
  return NULL;
}

void
pre_chart_data_set_value (PreChartData *data,
                          guint         category,
                          guint         series,
                          gint64        actual,
                          gint64        committed)
{
  Value *v;

  g_return_if_fail (data != NULL);
  g_return_if_fail (category < data->categories->len);
  g_return_if_fail (series < data->series->len);
  g_return_if_fail (actual >= 0 && committed >= 0);

  v = find_value (data, category, series);
  if (v == NULL)
    {
      Value nv = { category, series, 0, 0 };

      g_array_append_val (data->values, nv);
      v = &g_array_index (data->values, Value, data->values->len - 1);
    }
  v->actual = actual;
  v->committed = committed;
}

void
pre_chart_data_get_value (const PreChartData *data,
                          guint               category,
                          guint               series,
                          gint64             *actual,
                          gint64             *committed)
{
  const Value *v;

  g_return_if_fail (data != NULL);
  v = find_value (data, category, series);
  if (actual)
    *actual = v ? v->actual : 0;
  if (committed)
    *committed = v ? v->committed : 0;
}

void
pre_chart_data_set_part_formats (PreChartData *data,
                                 const char   *actual_format,
                                 const char   *committed_format)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (actual_format == NULL || strstr (actual_format, "%s") != NULL);
  g_return_if_fail (committed_format == NULL || strstr (committed_format, "%s") != NULL);
  g_free (data->actual_format);
  data->actual_format = g_strdup (actual_format);
  g_free (data->committed_format);
  data->committed_format = g_strdup (committed_format);
}

void
pre_chart_data_add_reference (PreChartData *data,
                              const char   *label,
                              gint64        value)
{
  Reference r;

  g_return_if_fail (data != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (value >= 0);
  r.label = g_strdup (label);
  r.value = value;
  g_array_append_val (data->references, r);
}

void
pre_chart_data_set_series_hidden (PreChartData *data,
                                  guint         series,
                                  gboolean      hidden)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (series < data->series->len);
  g_array_index (data->series, Series, series).hidden = !!hidden;
}

gboolean
pre_chart_data_get_series_hidden (const PreChartData *data,
                                  guint               series)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (series < data->series->len, FALSE);
  return g_array_index (data->series, Series, series).hidden;
}

guint
pre_chart_data_get_n_categories (const PreChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->categories->len;
}

guint
pre_chart_data_get_n_series (const PreChartData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->series->len;
}

const char *
pre_chart_data_get_category_label (const PreChartData *data,
                                   guint               category)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (category < data->categories->len, NULL);
  return g_ptr_array_index (data->categories, category);
}

const char *
pre_chart_data_get_series_label (const PreChartData *data,
                                 guint               series)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (series < data->series->len, NULL);
  return g_array_index (data->series, Series, series).label;
}

guint
pre_chart_data_get_series_role (const PreChartData *data,
                                guint               series)
{
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (series < data->series->len, 0);
  return g_array_index (data->series, Series, series).role;
}

static gboolean
series_visible (const PreChartData *data,
                guint               series)
{
  return !g_array_index (data->series, Series, series).hidden;
}

/* Puts @amount where "%s" is in @format (which comes from translations or
 * the caller, so it is never handed to printf). */
static char *
fill_format (const char *format,
             const char *amount)
{
  const char *at = strstr (format, "%s");

  if (at == NULL)
    return g_strdup (format);
  return g_strdup_printf ("%.*s%s%s", (int) (at - format), format, amount, at + 2);
}

static char *
actual_phrase (const PreChartData *data,
               gint64              cents,
               gboolean            full)
{
  g_autofree char *amount = full ? pre_money_format (cents) : pre_money_format_short (cents);

  /* Translators: an amount actually spent, e.g. "4 820,00 € spent" */
  return fill_format (data->actual_format ? data->actual_format : _("%s spent"), amount);
}

static char *
committed_phrase (const PreChartData *data,
                  gint64              cents,
                  gboolean            full)
{
  g_autofree char *amount = full ? pre_money_format (cents) : pre_money_format_short (cents);

  /* Translators: an amount committed for planned sessions, e.g. "600,00 € planned" */
  return fill_format (data->committed_format ? data->committed_format : _("%s planned"), amount);
}

/* ------------------------------------------------------------------------ */
/* Description and table */

static void
append_sentence (GString    *out,
                 const char *sentence)
{
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, sentence);
}

static void
describe_stacked (const PreChartData *data,
                  guint               c,
                  GString            *out)
{
  const char *category = g_ptr_array_index (data->categories, c);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = NULL;
  g_autofree char *list = NULL;
  g_autofree char *sentence = NULL;
  gint64 total = 0, committed = 0;

  for (guint s = 0; s < data->series->len; s++)
    {
      gint64 a, k;

      if (!series_visible (data, s))
        continue;
      pre_chart_data_get_value (data, c, s, &a, &k);
      total += a;
      committed += k;
      if (a > 0)
        {
          g_autofree char *amount = pre_money_format_short (a);

          /* Translators: a series and its amount in a list, e.g. "Coordination 3 340 €" */
          g_ptr_array_add (items, g_strdup_printf (_("%s %s"),
                                                   g_array_index (data->series, Series, s).label,
                                                   amount));
        }
    }
  g_ptr_array_add (items, NULL);
  head = actual_phrase (data, total, FALSE);
  if (items->len > 2)
    list = g_strjoinv (", ", (char **) items->pdata);

  if (committed > 0)
    {
      g_autofree char *planned = committed_phrase (data, committed, FALSE);

      if (list)
        /* Translators: "Dijon: 12 340 € spent, of which Coordination 3 340 €, Psychological support 9 000 €; 600 € planned." */
        sentence = g_strdup_printf (_("%s: %s, of which %s; %s."), category, head, list, planned);
      else
        /* Translators: "Dijon: 12 340 € spent; 600 € planned." */
        sentence = g_strdup_printf (_("%s: %s; %s."), category, head, planned);
    }
  else if (list)
    /* Translators: "Dijon: 12 340 € spent, of which Coordination 3 340 €, Psychological support 9 000 €." */
    sentence = g_strdup_printf (_("%s: %s, of which %s."), category, head, list);
  else
    /* Translators: "Longvic: 0 € spent." */
    sentence = g_strdup_printf (_("%s: %s."), category, head);
  append_sentence (out, sentence);
}

/* "Budget 5 000 €" or "Spent 4 200 € spent (300 € planned)" */
static char *
series_item (const PreChartData *data,
             guint               s,
             gint64              actual,
             gint64              committed)
{
  const char *label = g_array_index (data->series, Series, s).label;
  g_autofree char *head = actual_phrase (data, actual, FALSE);

  if (committed > 0)
    {
      g_autofree char *planned = committed_phrase (data, committed, FALSE);

      /* Translators: a series, its actual amount, its committed amount: "Spent 4 200 € (300 € planned)" */
      return g_strdup_printf (_("%s %s (%s)"), label, head, planned);
    }
  return g_strdup_printf (_("%s %s"), label, head);
}

static void
describe_per_series (const PreChartData *data,
                     guint               c,
                     gboolean            running,
                     gint64             *run_actual,
                     gint64             *run_committed,
                     GString            *out)
{
  const char *category = g_ptr_array_index (data->categories, c);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *sentence = NULL;

  for (guint s = 0; s < data->series->len; s++)
    {
      gint64 a, k;

      pre_chart_data_get_value (data, c, s, &a, &k);
      if (running)
        {
          run_actual[s] += a;
          run_committed[s] += k;
          a = run_actual[s];
          k = run_committed[s];
        }
      if (!series_visible (data, s))
        continue;
      g_ptr_array_add (items, series_item (data, s, a, k));
    }
  g_ptr_array_add (items, NULL);
  list = g_strjoinv (", ", (char **) items->pdata);
  sentence = g_strdup_printf (_("%s: %s."), category, list);
  append_sentence (out, sentence);
}

char *
pre_chart_data_describe (const PreChartData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree gint64 *run_actual = NULL;
  g_autofree gint64 *run_committed = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->title && *data->title)
    {
      g_string_append (out, data->title);
      if (!g_str_has_suffix (data->title, "."))
        g_string_append_c (out, '.');
    }
  if (data->kind == PRE_CHART_KIND_CUMULATIVE_LINE)
    append_sentence (out, _("Running totals, category after category."));
  for (guint i = 0; i < data->references->len; i++)
    {
      const Reference *r = &g_array_index (data->references, Reference, i);
      g_autofree char *amount = pre_money_format_short (r->value);
      g_autofree char *sentence = g_strdup_printf (_("%s: %s."), r->label, amount);

      append_sentence (out, sentence);
    }

  run_actual = g_new0 (gint64, data->series->len + 1);
  run_committed = g_new0 (gint64, data->series->len + 1);
  for (guint c = 0; c < data->categories->len; c++)
    {
      switch (data->kind)
        {
        case PRE_CHART_KIND_STACKED_BARS:
          describe_stacked (data, c, out);
          break;
        case PRE_CHART_KIND_GROUPED_BARS:
          describe_per_series (data, c, FALSE, NULL, NULL, out);
          break;
        case PRE_CHART_KIND_CUMULATIVE_LINE:
          describe_per_series (data, c, TRUE, run_actual, run_committed, out);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

struct _PreChartTable
{
  grefcount  ref;
  guint      n_rows;
  guint      n_columns;
  GPtrArray *headings;   /* char* */
  GPtrArray *cells;      /* char*, row-major */
};

G_DEFINE_BOXED_TYPE (PreChartTable, pre_chart_table, pre_chart_table_ref, pre_chart_table_unref)

PreChartTable *
pre_chart_table_ref (PreChartTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_ref_count_inc (&table->ref);
  return table;
}

void
pre_chart_table_unref (PreChartTable *table)
{
  g_return_if_fail (table != NULL);
  if (!g_ref_count_dec (&table->ref))
    return;
  g_ptr_array_unref (table->headings);
  g_ptr_array_unref (table->cells);
  g_free (table);
}

guint
pre_chart_table_get_n_rows (const PreChartTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_rows;
}

guint
pre_chart_table_get_n_columns (const PreChartTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_columns;
}

const char *
pre_chart_table_get_heading (const PreChartTable *table,
                             guint                column)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (column < table->n_columns, NULL);
  return g_ptr_array_index (table->headings, column);
}

const char *
pre_chart_table_get_cell (const PreChartTable *table,
                          guint                row,
                          guint                column)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < table->n_rows && column < table->n_columns, NULL);
  return g_ptr_array_index (table->cells, row * table->n_columns + column);
}

/* "4 820 €" or "4 820 € (600 € planned)" */
static char *
table_cell (const PreChartData *data,
            gint64              actual,
            gint64              committed)
{
  g_autofree char *amount = pre_money_format_short (actual);

  if (committed > 0)
    {
      g_autofree char *planned = committed_phrase (data, committed, FALSE);

      /* Translators: a table cell: an amount and, in brackets, the committed amount */
      return g_strdup_printf (_("%s (%s)"), amount, planned);
    }
  return g_steal_pointer (&amount);
}

PreChartTable *
pre_chart_data_to_table (const PreChartData *data)
{
  PreChartTable *table;
  g_autofree gint64 *run_actual = NULL;
  g_autofree gint64 *run_committed = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  table = g_new0 (PreChartTable, 1);
  g_ref_count_init (&table->ref);
  table->headings = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (table->headings,
                   g_strdup (data->category_title ? data->category_title : _("Category")));
  for (guint s = 0; s < data->series->len; s++)
    {
      const char *label = g_array_index (data->series, Series, s).label;

      if (!series_visible (data, s))
        continue;
      g_ptr_array_add (table->headings, g_strdup (label));
      if (data->kind == PRE_CHART_KIND_CUMULATIVE_LINE)
        /* Translators: a table heading: a series' running total, e.g. "Spending, running total" */
        g_ptr_array_add (table->headings, g_strdup_printf (_("%s, running total"), label));
    }
  if (data->kind == PRE_CHART_KIND_STACKED_BARS)
    g_ptr_array_add (table->headings, g_strdup (_("Total")));
  table->n_columns = table->headings->len;
  table->n_rows = data->categories->len;

  run_actual = g_new0 (gint64, data->series->len + 1);
  run_committed = g_new0 (gint64, data->series->len + 1);
  for (guint c = 0; c < data->categories->len; c++)
    {
      gint64 total = 0, total_committed = 0;

      g_ptr_array_add (table->cells, g_strdup (g_ptr_array_index (data->categories, c)));
      for (guint s = 0; s < data->series->len; s++)
        {
          gint64 a, k;

          pre_chart_data_get_value (data, c, s, &a, &k);
          run_actual[s] += a;
          run_committed[s] += k;
          if (!series_visible (data, s))
            continue;
          total += a;
          total_committed += k;
          g_ptr_array_add (table->cells, table_cell (data, a, k));
          if (data->kind == PRE_CHART_KIND_CUMULATIVE_LINE)
            g_ptr_array_add (table->cells, table_cell (data, run_actual[s], run_committed[s]));
        }
      if (data->kind == PRE_CHART_KIND_STACKED_BARS)
        g_ptr_array_add (table->cells, table_cell (data, total, total_committed));
    }
  g_assert (table->cells->len == table->n_rows * table->n_columns);
  return table;
}

/* ------------------------------------------------------------------------ */
/* Layout */

struct _PreChartLayout
{
  grefcount      ref;
  PreChartKind   kind;
  double         width;
  double         height;
  PreChartStyle  style;
  char          *font_family;
  char          *title;
  PreChartRect   title_rect;
  PreChartRect   plot;
  gint64         axis_max;
  gint64         axis_step;
  guint          n_series;
  GArray        *slots;       /* PreChartRect */
  GArray        *ticks;       /* PreChartTick */
  GArray        *segments;    /* PreChartSegment */
  GArray        *labels;      /* PreChartLabel */
  GArray        *legend;      /* PreChartLegendEntry */
  GArray        *references;  /* PreChartReference */
};

G_DEFINE_BOXED_TYPE (PreChartLayout, pre_chart_layout, pre_chart_layout_ref, pre_chart_layout_unref)

static const PreChartStyle default_style = {
  .font_family = "Cantarell, Sans",
  .title_size = 15.0,
  .label_size = 12.0,
  .padding = 12.0,
};

const PreChartStyle *
pre_chart_style_default (void)
{
  return &default_style;
}

static void
clear_tick (gpointer p)
{
  g_free (((PreChartTick *) p)->text);
}

static void
clear_segment (gpointer p)
{
  g_free (((PreChartSegment *) p)->tooltip);
}

static void
clear_label (gpointer p)
{
  g_free (((PreChartLabel *) p)->text);
}

static void
clear_legend_entry (gpointer p)
{
  g_free (((PreChartLegendEntry *) p)->text);
}

static void
clear_layout_reference (gpointer p)
{
  g_free (((PreChartReference *) p)->text);
}

static GArray *
new_array (gsize          size,
           GDestroyNotify clear)
{
  GArray *a = g_array_new (FALSE, TRUE, size);

  if (clear)
    g_array_set_clear_func (a, clear);
  return a;
}

PreChartLayout *
pre_chart_layout_ref (PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_ref_count_inc (&layout->ref);
  return layout;
}

void
pre_chart_layout_unref (PreChartLayout *layout)
{
  g_return_if_fail (layout != NULL);
  if (!g_ref_count_dec (&layout->ref))
    return;
  g_free (layout->font_family);
  g_free (layout->title);
  g_array_unref (layout->slots);
  g_array_unref (layout->ticks);
  g_array_unref (layout->segments);
  g_array_unref (layout->labels);
  g_array_unref (layout->legend);
  g_array_unref (layout->references);
  g_free (layout);
}

/* The smallest round axis covering @max: steps of 1, 2, 2.5 or 5 × 10^n
 * euros, at most 6 intervals (so 5 to 7 ticks once @max is above a few
 * euros, since each candidate step is at most twice the previous one). */
static void
nice_axis (gint64  max,
           gint64 *out_top,
           gint64 *out_step)
{
  static const gint64 multipliers[] = { 10, 20, 25, 50 };

  if (max <= 0)
    max = 100 * 100;   /* an empty chart still shows 0 … 100 € */

  for (gint64 power = 10; power < G_MAXINT64 / 100; power *= 10)
    {
      for (guint i = 0; i < G_N_ELEMENTS (multipliers); i++)
        {
          gint64 step = multipliers[i] * power;
          gint64 n;

          /* 2.50 € steps would need cents on the axis */
          if (step == 250)
            continue;
          n = max / step + (max % step != 0);
          if (n <= 6)
            {
              *out_top = n * step;
              *out_step = step;
              return;
            }
        }
    }
  *out_top = max;
  *out_step = max;
}

typedef struct
{
  PangoContext         *context;
  PangoFontDescription *font;
  PangoFontDescription *title_font;
  double                line_height;
} Measure;

static PangoLayout *
make_text (Measure              *m,
           PangoFontDescription *font,
           const char           *text)
{
  PangoLayout *pl = pango_layout_new (m->context);

  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, text, -1);
  return pl;
}

static void
measure (Measure    *m,
         const char *text,
         double     *width,
         double     *height)
{
  g_autoptr(PangoLayout) pl = make_text (m, m->font, text);
  PangoRectangle logical;

  pango_layout_get_extents (pl, NULL, &logical);
  if (width)
    *width = logical.width / (double) PANGO_SCALE;
  if (height)
    *height = logical.height / (double) PANGO_SCALE;
}

static double
text_width (Measure    *m,
            const char *text)
{
  double w;

  measure (m, text, &w, NULL);
  return w;
}

/* @text shortened with "…" to at most @max_width, or the whole text. */
static char *
abbreviate (Measure    *m,
            const char *text,
            double      max_width)
{
  glong n = g_utf8_strlen (text, -1);

  if (text_width (m, text) <= max_width)
    return g_strdup (text);
  for (glong keep = n - 1; keep > 1; keep--)
    {
      const char *end = g_utf8_offset_to_pointer (text, keep);
      g_autofree char *head = g_strndup (text, end - text);
      g_autofree char *candidate = NULL;

      g_strchomp (head);
      candidate = g_strconcat (head, ELLIPSIS, NULL);
      if (text_width (m, candidate) <= max_width)
        return g_steal_pointer (&candidate);
    }
  {
    const char *end = g_utf8_offset_to_pointer (text, MIN (n, 1));
    g_autofree char *first = g_strndup (text, end - text);

    return g_strconcat (first, ELLIPSIS, NULL);
  }
}

/* @text on at most two lines of at most @max_width, breaking between words
 * and after hyphens ("Marsannay-la-" / "Côte"), or %NULL. */
static char *
wrap_two_lines (Measure    *m,
                const char *text,
                double      max_width)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  const char *start = text;
  guint lines = 1;

  /* Pieces keep their hyphen; spaces only separate them */
  for (const char *p = text; ; p++)
    {
      if (*p == ' ' || *p == '\0' || (*p == '-' && p > start))
        {
          const char *end = *p == '-' ? p + 1 : p;

          if (end > start)
            g_ptr_array_add (pieces, g_strndup (start, end - start));
          if (*p == '\0')
            break;
          if (*p == ' ')
            g_ptr_array_add (pieces, g_strdup (" "));
          start = p + 1;
        }
    }

  for (guint i = 0; i < pieces->len; i++)
    {
      const char *piece = g_ptr_array_index (pieces, i);
      g_autofree char *candidate = NULL;
      g_autofree char *trimmed = NULL;

      if (strcmp (piece, " ") == 0)
        {
          if (line->len)
            g_string_append_c (line, ' ');
          continue;
        }
      candidate = g_strconcat (line->str, piece, NULL);
      if (text_width (m, candidate) <= max_width)
        {
          g_string_assign (line, candidate);
          continue;
        }
      trimmed = g_strchomp (g_strdup (line->str));
      if (*trimmed == '\0' || text_width (m, piece) > max_width || ++lines > 2)
        return NULL;
      g_string_append (out, trimmed);
      g_string_append_c (out, '\n');
      g_string_assign (line, piece);
    }
  g_strchomp (line->str);
  g_string_append (out, line->str);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
place_label (PreChartLabel *l,
             double         centre_x,
             double         top)
{
  double t = l->angle * G_PI / 180.0;
  double ux = cos (t), uy = -sin (t);   /* along the text */
  double vx = sin (t), vy = cos (t);    /* across the text, downwards */
  double xs[4], ys[4];

  if (l->angle == 0)
    {
      l->x = centre_x - l->width / 2;
      l->y = top;
    }
  else
    {
      /* The end of the text, mid-height, sits just under the slot's centre */
      double px = centre_x, py = top + l->height / 2 * vy;

      l->x = px - l->width * ux - l->height / 2 * vx;
      l->y = py - l->width * uy - l->height / 2 * vy;
    }

  xs[0] = l->x;                                   ys[0] = l->y;
  xs[1] = l->x + l->width * ux;                   ys[1] = l->y + l->width * uy;
  xs[2] = l->x + l->height * vx;                  ys[2] = l->y + l->height * vy;
  xs[3] = l->x + l->width * ux + l->height * vx;  ys[3] = l->y + l->width * uy + l->height * vy;
  l->bounds.x = MIN (MIN (xs[0], xs[1]), MIN (xs[2], xs[3]));
  l->bounds.y = MIN (MIN (ys[0], ys[1]), MIN (ys[2], ys[3]));
  l->bounds.width = MAX (MAX (xs[0], xs[1]), MAX (xs[2], xs[3])) - l->bounds.x;
  l->bounds.height = MAX (MAX (ys[0], ys[1]), MAX (ys[2], ys[3])) - l->bounds.y;
}

/* Chooses how category labels fit slots @slot wide: straight, wrapped on
 * two lines, turned 45°, turned 90°, or turned 90° with some dropped.
 * Fills @labels (placed under y = 0, centred on x = 0 + slot centres from
 * @first_centre) and returns the height they take. */
static double
fit_labels (Measure            *m,
            const PreChartData *data,
            double              first_centre,
            double              slot,
            double              max_height,
            GArray             *labels)
{
  guint n = data->categories->len;
  double lh = m->line_height;
  double room = slot - LABEL_GAP;
  gboolean fits = TRUE;
  double angle, max_len, needed = 0;
  guint every = 1;

  g_array_set_size (labels, 0);
  if (n == 0)
    return 0;

  /* Straight */
  for (guint c = 0; c < n && fits; c++)
    fits = text_width (m, g_ptr_array_index (data->categories, c)) <= room;
  if (fits)
    {
      for (guint c = 0; c < n; c++)
        {
          PreChartLabel l = { 0 };

          l.category = c;
          l.text = g_strdup (g_ptr_array_index (data->categories, c));
          measure (m, l.text, &l.width, &l.height);
          l.visible = TRUE;
          place_label (&l, first_centre + c * slot, 0);
          g_array_append_val (labels, l);
        }
      return lh;
    }

  /* Wrapped on two lines */
  fits = TRUE;
  for (guint c = 0; c < n && fits; c++)
    {
      g_autofree char *wrapped = wrap_two_lines (m, g_ptr_array_index (data->categories, c), room);

      fits = wrapped != NULL;
    }
  if (fits && 2 * lh <= max_height)
    {
      for (guint c = 0; c < n; c++)
        {
          PreChartLabel l = { 0 };

          l.category = c;
          l.text = wrap_two_lines (m, g_ptr_array_index (data->categories, c), room);
          measure (m, l.text, &l.width, &l.height);
          l.visible = TRUE;
          place_label (&l, first_centre + c * slot, 0);
          needed = MAX (needed, l.height);
          g_array_append_val (labels, l);
        }
      return needed;
    }

  /* Turned: parallel neighbours are slot × sin(angle) apart */
  if (slot * sin (G_PI / 4) >= lh + LABEL_GAP)
    {
      angle = 45;
      max_len = (max_height - lh * cos (G_PI / 4)) / sin (G_PI / 4);
    }
  else
    {
      angle = 90;
      max_len = max_height;
      if (slot < lh + LABEL_GAP)
        every = (guint) ceil ((lh + LABEL_GAP) / MAX (slot, 1.0));
    }
  max_len = MAX (max_len, 3 * lh);

  for (guint c = 0; c < n; c++)
    {
      PreChartLabel l = { 0 };

      l.category = c;
      l.angle = angle;
      l.text = abbreviate (m, g_ptr_array_index (data->categories, c), max_len);
      measure (m, l.text, &l.width, &l.height);
      l.visible = (c % every) == 0;
      place_label (&l, first_centre + c * slot, 0);
      if (l.visible)
        needed = MAX (needed, l.bounds.height);
      g_array_append_val (labels, l);
    }
  return needed;
}

static PangoContext *
default_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same widths on every surface */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96);
  cairo_font_options_destroy (options);
  return context;
}

static double
value_to_y (const PreChartLayout *layout,
            gint64                value)
{
  if (layout->axis_max <= 0)
    return layout->plot.y + layout->plot.height;
  return layout->plot.y + layout->plot.height
         - (double) value / (double) layout->axis_max * layout->plot.height;
}

static char *
segment_tooltip (const PreChartData *data,
                 guint               c,
                 guint               s,
                 gint64              actual,
                 gint64              committed,
                 gboolean            running)
{
  const char *category = g_ptr_array_index (data->categories, c);
  const char *series = g_array_index (data->series, Series, s).label;
  g_autofree char *head = actual_phrase (data, actual, TRUE);
  g_autofree char *what = NULL;

  if (committed > 0)
    {
      g_autofree char *planned = committed_phrase (data, committed, TRUE);

      /* Translators: "4 820,00 € spent, 600,00 € planned" */
      what = g_strdup_printf (_("%s, %s"), head, planned);
    }
  else
    what = g_steal_pointer (&head);

  if (running)
    /* Translators: a tooltip on a running total: "March — Spending: 3 400,00 € spent, in total" */
    return g_strdup_printf (_("%s — %s: %s, in total"), category, series, what);
  /* Translators: a tooltip: "Dijon — Psychological support: 4 820,00 € spent, 600,00 € planned" */
  return g_strdup_printf (_("%s — %s: %s"), category, series, what);
}

static void
add_segment (PreChartLayout *layout,
             guint           c,
             guint           s,
             guint           role,
             PreChartPart    part,
             gint64          value,
             double          x,
             double          width,
             gint64          base,
             const char     *tooltip)
{
  PreChartSegment seg = { 0 };
  double bottom = value_to_y (layout, base);
  double top = value_to_y (layout, base + value);

  seg.category = c;
  seg.series = s;
  seg.part = part;
  seg.color_role = role;
  seg.value = value;
  seg.rect.x = x;
  seg.rect.y = top;
  seg.rect.width = width;
  seg.rect.height = bottom - top;
  seg.tooltip = g_strdup (tooltip);
  g_array_append_val (layout->segments, seg);
}

static void
add_point (PreChartLayout *layout,
           guint           c,
           guint           s,
           guint           role,
           PreChartPart    part,
           gint64          value,
           double          centre_x,
           double          centre_y,
           const char     *tooltip)
{
  PreChartSegment seg = { 0 };
  const double r = 5;

  seg.category = c;
  seg.series = s;
  seg.part = part;
  seg.color_role = role;
  seg.value = value;
  seg.rect.x = centre_x - r;
  seg.rect.y = centre_y - r;
  seg.rect.width = 2 * r;
  seg.rect.height = 2 * r;
  seg.tooltip = g_strdup (tooltip);
  g_array_append_val (layout->segments, seg);
}

static gint64
visible_max (const PreChartData *data)
{
  gint64 max = 0;

  for (guint i = 0; i < data->references->len; i++)
    max = MAX (max, g_array_index (data->references, Reference, i).value);

  switch (data->kind)
    {
    case PRE_CHART_KIND_STACKED_BARS:
      for (guint c = 0; c < data->categories->len; c++)
        {
          gint64 total = 0;

          for (guint s = 0; s < data->series->len; s++)
            {
              gint64 a, k;

              if (!series_visible (data, s))
                continue;
              pre_chart_data_get_value (data, c, s, &a, &k);
              total += a + k;
            }
          max = MAX (max, total);
        }
      break;
    case PRE_CHART_KIND_GROUPED_BARS:
      for (guint c = 0; c < data->categories->len; c++)
        for (guint s = 0; s < data->series->len; s++)
          {
            gint64 a, k;

            if (!series_visible (data, s))
              continue;
            pre_chart_data_get_value (data, c, s, &a, &k);
            max = MAX (max, a + k);
          }
      break;
    case PRE_CHART_KIND_CUMULATIVE_LINE:
      for (guint s = 0; s < data->series->len; s++)
        {
          gint64 run = 0;

          if (!series_visible (data, s))
            continue;
          for (guint c = 0; c < data->categories->len; c++)
            {
              gint64 a, k;

              pre_chart_data_get_value (data, c, s, &a, &k);
              run += a + k;
            }
          max = MAX (max, run);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  return max;
}

static gboolean
has_committed (const PreChartData *data,
               guint               series)
{
  for (guint i = 0; i < data->values->len; i++)
    {
      const Value *v = &g_array_index (data->values, Value, i);

      if (v->series == series && v->committed > 0 && v->category < data->categories->len)
        return TRUE;
    }
  return FALSE;
}

static double
layout_legend (PreChartLayout     *layout,
               Measure            *m,
               const PreChartData *data,
               double              top)
{
  double p = layout->style.padding;
  double lh = m->line_height;
  double swatch = round (lh * 0.75);
  double x = p, y = top;
  gboolean any_committed = FALSE;
  guint n_entries = data->series->len;

  for (guint s = 0; s < data->series->len; s++)
    any_committed = any_committed || (series_visible (data, s) && has_committed (data, s));
  if (any_committed)
    n_entries++;
  if (n_entries == 0)
    return top;

  for (guint i = 0; i < n_entries; i++)
    {
      PreChartLegendEntry e = { 0 };
      double w, entry_width;

      if (i < data->series->len)
        {
          const Series *s = &g_array_index (data->series, Series, i);

          e.series = i;
          e.text = g_strdup (s->label);
          e.color_role = s->role;
          e.hidden = s->hidden;
        }
      else
        {
          e.series = G_MAXUINT;
          if (data->committed_format)
            {
              /* "%s called, not received" gives "Called, not received" */
              g_autofree char *words = fill_format (data->committed_format, "");
              const char *rest;

              g_strstrip (words);
              rest = g_utf8_next_char (words);
              if (*words)
                {
                  char first[8] = { 0 };

                  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (words)), first);
                  e.text = g_strconcat (first, rest, NULL);
                }
              else
                e.text = g_strdup (_("Planned"));
            }
          else
            /* Translators: the legend key for committed amounts, drawn hatched */
            e.text = g_strdup (_("Planned"));
        }
      w = text_width (m, e.text);
      entry_width = swatch + 6 + w;
      if (x > p && x + entry_width > layout->width - p)
        {
          x = p;
          y += lh + 4;
        }
      e.swatch.x = x;
      e.swatch.y = y + (lh - swatch) / 2;
      e.swatch.width = swatch;
      e.swatch.height = swatch;
      e.label.x = x + swatch + 6;
      e.label.y = y;
      e.label.width = w;
      e.label.height = lh;
      e.bounds.x = x;
      e.bounds.y = y;
      e.bounds.width = entry_width;
      e.bounds.height = lh;
      g_array_append_val (layout->legend, e);
      x += entry_width + 18;
    }
  return y + lh;
}

PreChartLayout *
pre_chart_layout_compute (const PreChartData  *data,
                          double               width,
                          double               height,
                          const PreChartStyle *style,
                          PangoContext        *context)
{
  PangoContext *own_context = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoFontDescription) title_font = NULL;
  PreChartLayout *layout;
  Measure m = { 0 };
  double p, lh, y, tick_width = 0, plot_left, plot_right, plot_top, labels_height = 0;
  guint n_categories, n_visible = 0;
  gint64 max;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  if (style == NULL)
    style = &default_style;
  if (context == NULL)
    context = own_context = default_context ();

  layout = g_new0 (PreChartLayout, 1);
  g_ref_count_init (&layout->ref);
  layout->kind = data->kind;
  layout->width = width;
  layout->height = height;
  layout->style = *style;
  layout->font_family = g_strdup (style->font_family ? style->font_family : default_style.font_family);
  layout->style.font_family = layout->font_family;
  layout->n_series = data->series->len;
  layout->slots = new_array (sizeof (PreChartRect), NULL);
  layout->ticks = new_array (sizeof (PreChartTick), clear_tick);
  layout->segments = new_array (sizeof (PreChartSegment), clear_segment);
  layout->labels = new_array (sizeof (PreChartLabel), clear_label);
  layout->legend = new_array (sizeof (PreChartLegendEntry), clear_legend_entry);
  layout->references = new_array (sizeof (PreChartReference), clear_layout_reference);

  font = pango_font_description_from_string (layout->font_family);
  pango_font_description_set_absolute_size (font, style->label_size * PANGO_SCALE);
  title_font = pango_font_description_copy (font);
  pango_font_description_set_absolute_size (title_font, style->title_size * PANGO_SCALE);
  pango_font_description_set_weight (title_font, PANGO_WEIGHT_BOLD);
  m.context = context;
  m.font = font;
  m.title_font = title_font;
  measure (&m, "Ag", NULL, &m.line_height);
  lh = m.line_height;
  p = style->padding;
  n_categories = data->categories->len;
  for (guint s = 0; s < data->series->len; s++)
    n_visible += series_visible (data, s);

  /* Title, wrapped to the width */
  y = p;
  if (data->title && *data->title)
    {
      g_autoptr(PangoLayout) pl = make_text (&m, title_font, data->title);
      PangoRectangle logical;

      pango_layout_set_width (pl, (int) ((width - 2 * p) * PANGO_SCALE));
      pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_extents (pl, NULL, &logical);
      layout->title = g_strdup (data->title);
      layout->title_rect.x = p;
      layout->title_rect.y = y;
      layout->title_rect.width = width - 2 * p;
      layout->title_rect.height = logical.height / (double) PANGO_SCALE;
      y += layout->title_rect.height + p / 2;
    }

  /* Legend, in rows */
  y = layout_legend (layout, &m, data, y);
  plot_top = y + p + lh / 2;

  /* Value axis */
  max = visible_max (data);
  nice_axis (max, &layout->axis_max, &layout->axis_step);
  for (gint64 v = 0; v <= layout->axis_max; v += layout->axis_step)
    {
      PreChartTick t = { 0 };

      t.value = v;
      t.text = pre_money_format_short (v);
      measure (&m, t.text, &t.label.width, &t.label.height);
      tick_width = MAX (tick_width, t.label.width);
      g_array_append_val (layout->ticks, t);
    }

  /* Category labels; turned labels reach left of their slot, so the plot
   * moves right until the first one fits. */
  plot_left = p + tick_width + 8;
  plot_right = width - p;
  for (guint pass = 0; pass < 3; pass++)
    {
      double slot = n_categories ? (plot_right - plot_left) / n_categories : 0;
      double overflow = 0, right_overflow = 0;

      labels_height = fit_labels (&m, data, plot_left + slot / 2, MAX (slot, 1.0),
                                  height * MAX_LABEL_SHARE, layout->labels);
      for (guint i = 0; i < layout->labels->len; i++)
        {
          const PreChartLabel *l = &g_array_index (layout->labels, PreChartLabel, i);

          if (l->visible)
            overflow = MAX (overflow, p - l->bounds.x);
        }
      /* Labels at the right end must not leave the drawing either */
      for (guint i = 0; i < layout->labels->len; i++)
        {
          const PreChartLabel *l = &g_array_index (layout->labels, PreChartLabel, i);

          if (l->visible)
            right_overflow = MAX (right_overflow, l->bounds.x + l->bounds.width - (width - p));
        }
      if (overflow <= 0.01 && right_overflow <= 0.01)
        break;
      plot_left += MAX (overflow, 0);
      plot_right -= MAX (right_overflow, 0);
    }

  layout->plot.x = plot_left;
  layout->plot.y = plot_top;
  layout->plot.width = MAX (plot_right - plot_left, 1.0);
  layout->plot.height = MAX (height - p - labels_height - LABEL_GAP - plot_top, 1.0);

  /* Labels hang under the plot */
  for (guint i = 0; i < layout->labels->len; i++)
    {
      PreChartLabel *l = &g_array_index (layout->labels, PreChartLabel, i);
      double dy = layout->plot.y + layout->plot.height + LABEL_GAP;

      l->y += dy;
      l->bounds.y += dy;
    }

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      PreChartTick *t = &g_array_index (layout->ticks, PreChartTick, i);

      t->y = value_to_y (layout, t->value);
      t->label.x = plot_left - 8 - t->label.width;
      t->label.y = t->y - t->label.height / 2;
    }

  for (guint c = 0; c < n_categories; c++)
    {
      PreChartRect r;

      r.width = layout->plot.width / n_categories;
      r.x = layout->plot.x + c * r.width;
      r.y = layout->plot.y;
      r.height = layout->plot.height;
      g_array_append_val (layout->slots, r);
    }

  /* Segments */
  if (data->kind == PRE_CHART_KIND_CUMULATIVE_LINE)
    {
      for (guint s = 0; s < data->series->len; s++)
        {
          const Series *ser = &g_array_index (data->series, Series, s);
          gboolean committed = has_committed (data, s);

          if (ser->hidden)
            continue;
          for (guint part = PRE_CHART_PART_ACTUAL; part <= PRE_CHART_PART_COMMITTED; part++)
            {
              gint64 run_a = 0, run_k = 0;

              if (part == PRE_CHART_PART_COMMITTED && !committed)
                continue;
              for (guint c = 0; c < n_categories; c++)
                {
                  const PreChartRect *slot = &g_array_index (layout->slots, PreChartRect, c);
                  g_autofree char *tooltip = NULL;
                  gint64 a, k, value, next_k = 0;

                  pre_chart_data_get_value (data, c, s, &a, &k);
                  run_a += a;
                  run_k += k;
                  if (c + 1 < n_categories)
                    pre_chart_data_get_value (data, c + 1, s, NULL, &next_k);
                  /* The dashed line leaves the solid one where the first
                   * committed amount comes */
                  if (part == PRE_CHART_PART_COMMITTED && run_k == 0 && next_k == 0)
                    continue;
                  tooltip = segment_tooltip (data, c, s, run_a, run_k, TRUE);
                  value = part == PRE_CHART_PART_ACTUAL ? run_a : run_k;
                  add_point (layout, c, s, ser->role, part, value,
                             slot->x + slot->width / 2,
                             value_to_y (layout, part == PRE_CHART_PART_ACTUAL ? run_a : run_a + run_k),
                             tooltip);
                }
            }
        }
    }
  else
    {
      for (guint c = 0; c < n_categories; c++)
        {
          const PreChartRect *slot = &g_array_index (layout->slots, PreChartRect, c);
          double bar, group, x;
          gint64 base = 0;
          guint i = 0;

          if (data->kind == PRE_CHART_KIND_STACKED_BARS)
            {
              bar = MIN (slot->width * 0.6, 72.0);
              x = slot->x + (slot->width - bar) / 2;
            }
          else
            {
              group = MIN (slot->width * 0.8, 40.0 * MAX (n_visible, 1));
              bar = group / MAX (n_visible, 1);
              x = slot->x + (slot->width - group) / 2;
            }

          for (guint s = 0; s < data->series->len; s++)
            {
              const Series *ser = &g_array_index (data->series, Series, s);
              g_autofree char *tooltip = NULL;
              gint64 a, k;
              double bx = x, bw = bar;

              if (ser->hidden)
                continue;
              pre_chart_data_get_value (data, c, s, &a, &k);
              tooltip = segment_tooltip (data, c, s, a, k, FALSE);
              if (data->kind == PRE_CHART_KIND_GROUPED_BARS)
                {
                  /* side by side, with a hair of background between bars */
                  bx = x + i * bar + (bar > 6 ? 1 : 0);
                  bw = bar > 6 ? bar - 2 : bar;
                  base = 0;
                }
              add_segment (layout, c, s, ser->role, PRE_CHART_PART_ACTUAL, a, bx, bw, base, tooltip);
              add_segment (layout, c, s, ser->role, PRE_CHART_PART_COMMITTED, k, bx, bw, base + a, tooltip);
              base += a + k;
              i++;
            }
        }
    }

  /* Reference lines, labelled at the right end of the plot, above the line
   * unless the line is at the top */
  for (guint i = 0; i < data->references->len; i++)
    {
      const Reference *r = &g_array_index (data->references, Reference, i);
      g_autofree char *amount = pre_money_format_short (r->value);
      PreChartReference ref = { 0 };

      ref.value = r->value;
      ref.y = value_to_y (layout, r->value);
      /* Translators: a reference line's label: "Annual budget: 20 000 €" */
      ref.text = g_strdup_printf (_("%s: %s"), r->label, amount);
      measure (&m, ref.text, &ref.label.width, &ref.label.height);
      ref.label.x = layout->plot.x + layout->plot.width - 4 - ref.label.width;
      ref.label.y = ref.y - 2 - ref.label.height;
      if (ref.label.y < layout->plot.y)
        ref.label.y = ref.y + 2;
      g_array_append_val (layout->references, ref);
    }

  g_clear_object (&own_context);
  return layout;
}

PreChartKind
pre_chart_layout_get_kind (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, PRE_CHART_KIND_STACKED_BARS);
  return layout->kind;
}

double
pre_chart_layout_get_width (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->width;
}

double
pre_chart_layout_get_height (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->height;
}

const PreChartStyle *
pre_chart_layout_get_style (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  return &layout->style;
}

const char *
pre_chart_layout_get_title (const PreChartLayout *layout,
                            PreChartRect         *rect)
{
  g_return_val_if_fail (layout != NULL, NULL);
  if (rect)
    *rect = layout->title_rect;
  return layout->title;
}

const PreChartRect *
pre_chart_layout_get_plot (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  return &layout->plot;
}

gint64
pre_chart_layout_get_axis_max (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->axis_max;
}

gint64
pre_chart_layout_get_axis_step (const PreChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->axis_step;
}

double
pre_chart_layout_value_to_y (const PreChartLayout *layout,
                             gint64                value)
{
  g_return_val_if_fail (layout != NULL, 0);
  return value_to_y (layout, value);
}

const PreChartRect *
pre_chart_layout_get_slot (const PreChartLayout *layout,
                           guint                 category)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (category < layout->slots->len, NULL);
  return &g_array_index (layout->slots, PreChartRect, category);
}

const PreChartTick *
pre_chart_layout_get_ticks (const PreChartLayout *layout,
                            guint                *n_ticks)
{
  g_return_val_if_fail (layout != NULL, NULL);
  *n_ticks = layout->ticks->len;
  return (const PreChartTick *) layout->ticks->data;
}

const PreChartSegment *
pre_chart_layout_get_segments (const PreChartLayout *layout,
                               guint                *n_segments)
{
  g_return_val_if_fail (layout != NULL, NULL);
  *n_segments = layout->segments->len;
  return (const PreChartSegment *) layout->segments->data;
}

const PreChartSegment *
pre_chart_layout_get_segment (const PreChartLayout *layout,
                              guint                 category,
                              guint                 series,
                              PreChartPart          part)
{
  g_return_val_if_fail (layout != NULL, NULL);
  for (guint i = 0; i < layout->segments->len; i++)
    {
      const PreChartSegment *s = &g_array_index (layout->segments, PreChartSegment, i);

      if (s->category == category && s->series == series && s->part == part)
        return s;
    }
  return NULL;
}

const PreChartLabel *
pre_chart_layout_get_labels (const PreChartLayout *layout,
                             guint                *n_labels)
{
  g_return_val_if_fail (layout != NULL, NULL);
  *n_labels = layout->labels->len;
  return (const PreChartLabel *) layout->labels->data;
}

const PreChartLegendEntry *
pre_chart_layout_get_legend (const PreChartLayout *layout,
                             guint                *n_entries)
{
  g_return_val_if_fail (layout != NULL, NULL);
  *n_entries = layout->legend->len;
  return (const PreChartLegendEntry *) layout->legend->data;
}

const PreChartReference *
pre_chart_layout_get_references (const PreChartLayout *layout,
                                 guint                *n_references)
{
  g_return_val_if_fail (layout != NULL, NULL);
  *n_references = layout->references->len;
  return (const PreChartReference *) layout->references->data;
}

static gboolean
rect_contains (const PreChartRect *r,
               double              x,
               double              y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

const PreChartSegment *
pre_chart_layout_hit_test (const PreChartLayout *layout,
                           double                x,
                           double                y)
{
  const PreChartSegment *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (layout != NULL, NULL);

  if (layout->kind != PRE_CHART_KIND_CUMULATIVE_LINE)
    {
      for (guint i = 0; i < layout->segments->len; i++)
        {
          const PreChartSegment *s = &g_array_index (layout->segments, PreChartSegment, i);

          if (s->rect.height > 0 && rect_contains (&s->rect, x, y))
            return s;
        }
      return NULL;
    }

  /* Lines: the nearest point in the column under the pointer */
  if (!rect_contains (&layout->plot, x, y))
    return NULL;
  for (guint i = 0; i < layout->segments->len; i++)
    {
      const PreChartSegment *s = &g_array_index (layout->segments, PreChartSegment, i);
      const PreChartRect *slot = &g_array_index (layout->slots, PreChartRect, s->category);
      double d;

      if (x < slot->x || x >= slot->x + slot->width)
        continue;
      d = fabs (s->rect.y + s->rect.height / 2 - y);
      if (d < best_distance)
        {
          best_distance = d;
          best = s;
        }
    }
  return best;
}

const PreChartLegendEntry *
pre_chart_layout_hit_test_legend (const PreChartLayout *layout,
                                  double                x,
                                  double                y)
{
  g_return_val_if_fail (layout != NULL, NULL);
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const PreChartLegendEntry *e = &g_array_index (layout->legend, PreChartLegendEntry, i);

      if (rect_contains (&e->bounds, x, y))
        return e;
    }
  return NULL;
}
