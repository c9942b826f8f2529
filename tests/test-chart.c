/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <cairo.h>

#include "pre-chart.h"
#include "pre-chart-painter.h"

#define EUROS(e) ((gint64) (e) * 100)

enum { COORDINATION, PSYCHOLOGY, PROJECTS, TRAINING };
enum { DIJON, CHENOVE, LONGVIC, TALANT, QUETIGNY, ALL_TERRITORIES };

/* The reference case: five communes, 20 000 € a year, four missions;
 * spending in 2025 so far, with some planned sessions. Longvic has spent
 * nothing yet. */
static PreChartData *
spending_per_territory (void)
{
  PreChartData *data = pre_chart_data_new (PRE_CHART_KIND_STACKED_BARS,
                                           "Spending per territory, 2025");
  static const char *territories[] = {
    "Dijon", "Chenôve", "Longvic", "Talant", "Quetigny", "All territories",
  };

  pre_chart_data_set_category_title (data, "Territory");
  for (guint i = 0; i < G_N_ELEMENTS (territories); i++)
    pre_chart_data_add_category (data, territories[i]);
  pre_chart_data_add_series (data, "Coordination", 0);
  pre_chart_data_add_series (data, "Psychological support", 1);
  pre_chart_data_add_series (data, "Projects", 2);
  pre_chart_data_add_series (data, "Training", 3);

  pre_chart_data_set_value (data, DIJON, PSYCHOLOGY, EUROS (4820), EUROS (600));
  pre_chart_data_set_value (data, DIJON, PROJECTS, EUROS (1500), 0);
  pre_chart_data_set_value (data, CHENOVE, PSYCHOLOGY, EUROS (1800), EUROS (300));
  pre_chart_data_set_value (data, CHENOVE, PROJECTS, EUROS (700), 0);
  pre_chart_data_set_value (data, TALANT, PSYCHOLOGY, EUROS (900), 0);
  pre_chart_data_set_value (data, TALANT, PROJECTS, EUROS (400), 0);
  pre_chart_data_set_value (data, QUETIGNY, PSYCHOLOGY, EUROS (600), EUROS (300));
  pre_chart_data_set_value (data, QUETIGNY, PROJECTS, 35050, 0);
  pre_chart_data_set_value (data, ALL_TERRITORIES, COORDINATION, EUROS (3200), EUROS (400));
  pre_chart_data_set_value (data, ALL_TERRITORIES, TRAINING, EUROS (1800), EUROS (600));
  return data;
}

static PreChartData *
budget_vs_actual (void)
{
  PreChartData *data = pre_chart_data_new (PRE_CHART_KIND_GROUPED_BARS,
                                           "Budget and spending per mission, 2025");

  pre_chart_data_set_category_title (data, "Mission");
  pre_chart_data_set_part_formats (data, "%s", "%s planned");
  pre_chart_data_add_category (data, "Coordination");
  pre_chart_data_add_category (data, "Psychological support");
  pre_chart_data_add_category (data, "Projects");
  pre_chart_data_add_category (data, "Training");
  pre_chart_data_add_series (data, "Budget", 3);
  pre_chart_data_add_series (data, "Spent", 0);
  pre_chart_data_set_value (data, 0, 0, EUROS (4000), 0);
  pre_chart_data_set_value (data, 1, 0, EUROS (9000), 0);
  pre_chart_data_set_value (data, 2, 0, EUROS (4000), 0);
  pre_chart_data_set_value (data, 3, 0, EUROS (3000), 0);
  pre_chart_data_set_value (data, 0, 1, EUROS (3200), EUROS (400));
  pre_chart_data_set_value (data, 1, 1, EUROS (8120), EUROS (1200));
  pre_chart_data_set_value (data, 2, 1, 295050, 0);
  pre_chart_data_set_value (data, 3, 1, EUROS (1800), EUROS (600));
  return data;
}

/* Métropole 12 500 €, CCAS Dijon 4 820 €, the other four 670 € each. */
static PreChartData *
funding_sources (void)
{
  PreChartData *data = pre_chart_data_new (PRE_CHART_KIND_GROUPED_BARS,
                                           "Funding per partner");
  static const char *partners[] = {
    "Dijon Métropole", "CCAS Dijon", "CCAS Chenôve", "CCAS Longvic", "CCAS Talant",
    "Ville de Quetigny",
  };
  static const gint64 shares[] = { 1250000, 482000, 67000, 67000, 67000, 67000 };

  pre_chart_data_set_category_title (data, "Year");
  pre_chart_data_set_part_formats (data, "%s received", "%s called, not received");
  pre_chart_data_add_category (data, "2024");
  pre_chart_data_add_category (data, "2025");
  pre_chart_data_add_category (data, "2026");
  for (guint p = 0; p < G_N_ELEMENTS (partners); p++)
    {
      pre_chart_data_add_series (data, partners[p], p);
      pre_chart_data_set_value (data, 0, p, shares[p], 0);
      pre_chart_data_set_value (data, 1, p, p == 0 ? shares[p] : 0, p == 0 ? 0 : shares[p]);
    }
  return data;
}

static PreChartData *
cumulative_spending (void)
{
  PreChartData *data = pre_chart_data_new (PRE_CHART_KIND_CUMULATIVE_LINE,
                                           "Cumulative spending, 2025");
  static const char *months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  static const gint64 spent[] = { 800, 1400, 1900, 1500, 1700, 1200, 300, 0, 1600, 1900, 1430, 0 };
  static const gint64 planned[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 600, 1900 };

  pre_chart_data_set_category_title (data, "Month");
  pre_chart_data_add_series (data, "Spending", 0);
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      pre_chart_data_add_category (data, months[m]);
      pre_chart_data_set_value (data, m, 0, EUROS (spent[m]), EUROS (planned[m]));
    }
  pre_chart_data_add_reference (data, "Annual budget", EUROS (20000));
  return data;
}

static PreChartData *
ten_territories (void)
{
  PreChartData *data = pre_chart_data_new (PRE_CHART_KIND_STACKED_BARS, "Spending per territory");
  static const char *names[] = {
    "Dijon", "Chenôve", "Longvic", "Talant", "Quetigny", "Marsannay-la-Côte",
    "Saint-Apollinaire", "Fontaine-lès-Dijon", "Chevigny-Saint-Sauveur", "Plombières-lès-Dijon",
  };

  pre_chart_data_add_series (data, "Coordination", 0);
  pre_chart_data_add_series (data, "Psychological support", 1);
  pre_chart_data_add_series (data, "Projects", 2);
  pre_chart_data_add_series (data, "Training", 3);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      pre_chart_data_add_category (data, names[i]);
      pre_chart_data_set_value (data, i, 1, EUROS (300 + 170 * i), i % 3 ? EUROS (100) : 0);
      pre_chart_data_set_value (data, i, 2, EUROS (120 * (i % 4)), 0);
    }
  return data;
}

static char *
output_path (const char *name)
{
  const char *dir = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *fallback = NULL;

  if (dir == NULL)
    dir = fallback = g_build_filename (g_get_tmp_dir (), "pre-test-output", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static char *export (PreChartData          *data,
                     const char            *name,
                     double                 width,
                     double                 height,
                     const PreChartPalette *palette);

/* ------------------------------------------------------------------------ */

static void
test_axis_round (void)
{
  static const struct { gint64 max, top, step; } cases[] = {
    { EUROS (12345), EUROS (12500), EUROS (2500) },
    { EUROS (20000), EUROS (20000), EUROS (5000) },
    { EUROS (6920), EUROS (8000), EUROS (2000) },
    { EUROS (4820), EUROS (5000), EUROS (1000) },
    { EUROS (999), EUROS (1000), EUROS (200) },
    { 1, EUROS (1), EUROS (1) },
    { 0, EUROS (100), EUROS (20) },
  };
  static const gint64 maxima[] = {
    EUROS (10), EUROS (77), 123456, EUROS (1001), EUROS (3141), EUROS (12500), EUROS (19999),
    EUROS (20001), EUROS (250000), EUROS (7777777),
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PreChartData) data = pre_chart_data_new (PRE_CHART_KIND_STACKED_BARS, NULL);
      g_autoptr(PreChartLayout) layout = NULL;

      pre_chart_data_add_category (data, "Dijon");
      pre_chart_data_add_series (data, "Psychological support", 0);
      pre_chart_data_set_value (data, 0, 0, cases[i].max, 0);
      layout = pre_chart_layout_compute (data, 600, 400, NULL, NULL);
      g_assert_cmpint (pre_chart_layout_get_axis_max (layout), ==, cases[i].top);
      g_assert_cmpint (pre_chart_layout_get_axis_step (layout), ==, cases[i].step);
    }

  for (guint i = 0; i < G_N_ELEMENTS (maxima); i++)
    {
      g_autoptr(PreChartData) data = pre_chart_data_new (PRE_CHART_KIND_GROUPED_BARS, NULL);
      g_autoptr(PreChartLayout) layout = NULL;
      const PreChartTick *ticks;
      guint n;
      gint64 step, top, mantissa;

      pre_chart_data_add_category (data, "Dijon");
      pre_chart_data_add_series (data, "Spent", 0);
      pre_chart_data_set_value (data, 0, 0, maxima[i], 0);
      layout = pre_chart_layout_compute (data, 600, 400, NULL, NULL);
      step = pre_chart_layout_get_axis_step (layout);
      top = pre_chart_layout_get_axis_max (layout);
      ticks = pre_chart_layout_get_ticks (layout, &n);

      /* 1, 2, 2.5 or 5 × 10^n euros */
      g_assert_cmpint (step % 100, ==, 0);
      mantissa = step;
      while (mantissa % 10 == 0 && mantissa > 50)
        mantissa /= 10;
      g_assert_true (mantissa == 10 || mantissa == 20 || mantissa == 25 || mantissa == 50);
      /* covering the maximum, and the smallest such tick */
      g_assert_cmpint (top, >=, maxima[i]);
      g_assert_cmpint (top - step, <, maxima[i]);
      g_assert_cmpuint (n, >=, 4);
      g_assert_cmpuint (n, <=, 7);
      g_assert_cmpint (ticks[0].value, ==, 0);
      g_assert_cmpint (ticks[n - 1].value, ==, top);
      for (guint t = 1; t < n; t++)
        {
          g_assert_cmpint (ticks[t].value - ticks[t - 1].value, ==, step);
          g_assert_cmpfloat (ticks[t].y, <, ticks[t - 1].y);
        }
    }
}

static void
test_axis_labels (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  const PreChartTick *ticks;
  guint n;

  ticks = pre_chart_layout_get_ticks (layout, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (ticks[0].text, ==, "€0");
  g_assert_cmpstr (ticks[1].text, ==, "€2,000");
  g_assert_cmpstr (ticks[4].text, ==, "€8,000");
  /* right-aligned left of the plot, not overlapping each other */
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (ticks[i].label.x + ticks[i].label.width, <=, pre_chart_layout_get_plot (layout)->x);
      g_assert_cmpfloat (ticks[i].label.x, >=, 0);
      if (i > 0)
        g_assert_cmpfloat (ticks[i].label.y + ticks[i].label.height, <=, ticks[i - 1].label.y);
    }
}

static double
bar_height (const PreChartLayout *layout,
            guint                 category,
            guint                 series,
            PreChartPart          part)
{
  const PreChartSegment *s = pre_chart_layout_get_segment (layout, category, series, part);

  g_assert_nonnull (s);
  return s->rect.height;
}

static void
test_bars_proportional (void)
{
  g_autoptr(PreChartData) data = pre_chart_data_new (PRE_CHART_KIND_STACKED_BARS, "Spending");
  g_autoptr(PreChartLayout) layout = NULL;
  const PreChartRect *plot;
  double h1000, h500;

  pre_chart_data_add_category (data, "Dijon");
  pre_chart_data_add_category (data, "Chenôve");
  pre_chart_data_add_series (data, "Psychological support", 1);
  pre_chart_data_set_value (data, 0, 0, EUROS (1000), 0);
  pre_chart_data_set_value (data, 1, 0, EUROS (500), 0);
  layout = pre_chart_layout_compute (data, 500, 300, NULL, NULL);
  plot = pre_chart_layout_get_plot (layout);

  h1000 = bar_height (layout, 0, 0, PRE_CHART_PART_ACTUAL);
  h500 = bar_height (layout, 1, 0, PRE_CHART_PART_ACTUAL);
  g_assert_cmpfloat (h500, >, 20);
  g_assert_cmpfloat_with_epsilon (h1000, 2 * h500, 1e-9);
  /* the axis ends at 1 000 €: the 1 000 € bar fills the plot's height */
  g_assert_cmpint (pre_chart_layout_get_axis_max (layout), ==, EUROS (1000));
  g_assert_cmpfloat_with_epsilon (h1000, plot->height, 1e-9);
  /* bars stand on the plot's bottom, inside their slot */
  for (guint c = 0; c < 2; c++)
    {
      const PreChartSegment *s = pre_chart_layout_get_segment (layout, c, 0, PRE_CHART_PART_ACTUAL);
      const PreChartRect *slot = pre_chart_layout_get_slot (layout, c);

      g_assert_cmpfloat_with_epsilon (s->rect.y + s->rect.height, plot->y + plot->height, 1e-9);
      g_assert_cmpfloat (s->rect.x, >=, slot->x);
      g_assert_cmpfloat (s->rect.x + s->rect.width, <=, slot->x + slot->width);
    }
}

static void
test_bars_stack_totals (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  const PreChartRect *plot = pre_chart_layout_get_plot (layout);
  double per_euro = plot->height / (pre_chart_layout_get_axis_max (layout) / 100.0);

  for (guint c = 0; c < pre_chart_data_get_n_categories (data); c++)
    {
      gint64 total = 0;
      double bottom = plot->y + plot->height;

      for (guint s = 0; s < pre_chart_data_get_n_series (data); s++)
        for (PreChartPart part = PRE_CHART_PART_ACTUAL; part <= PRE_CHART_PART_COMMITTED; part++)
          {
            const PreChartSegment *seg = pre_chart_layout_get_segment (layout, c, s, part);
            gint64 a, k;

            pre_chart_data_get_value (data, c, s, &a, &k);
            g_assert_cmpint (seg->value, ==, part == PRE_CHART_PART_ACTUAL ? a : k);
            /* each segment starts where the one below ends */
            g_assert_cmpfloat_with_epsilon (seg->rect.y + seg->rect.height, bottom, 1e-6);
            g_assert_cmpfloat_with_epsilon (seg->rect.height, seg->value / 100.0 * per_euro, 1e-6);
            bottom = seg->rect.y;
            total += seg->value;
          }
      /* the top of the stack is the total */
      g_assert_cmpfloat_with_epsilon (bottom, pre_chart_layout_value_to_y (layout, total), 1e-6);
      if (c == DIJON)
        g_assert_cmpint (total, ==, EUROS (4820 + 600 + 1500));
    }
}

static void
test_labels_zero_category (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  const PreChartLabel *labels;
  const PreChartRect *slot;
  guint n;

  labels = pre_chart_layout_get_labels (layout, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpuint (labels[LONGVIC].category, ==, LONGVIC);
  g_assert_cmpstr (labels[LONGVIC].text, ==, "Longvic");
  g_assert_true (labels[LONGVIC].visible);
  g_assert_cmpfloat (labels[LONGVIC].angle, ==, 0);
  /* under its own slot */
  slot = pre_chart_layout_get_slot (layout, LONGVIC);
  g_assert_cmpfloat (labels[LONGVIC].bounds.x, >=, slot->x);
  g_assert_cmpfloat (labels[LONGVIC].bounds.x + labels[LONGVIC].bounds.width, <=, slot->x + slot->width);
  g_assert_cmpfloat (slot->width, >, 50);
  /* a zero-height bar in the slot */
  for (guint s = 0; s < 4; s++)
    g_assert_cmpfloat (bar_height (layout, LONGVIC, s, PRE_CHART_PART_ACTUAL), ==, 0);
  /* "All territories" fits at 720 px on one line */
  g_assert_cmpstr (labels[ALL_TERRITORIES].text, ==, "All territories");
}

/* Oriented text boxes, separating axis test */
static void
label_corners (const PreChartLabel *l,
               double               xs[4],
               double               ys[4])
{
  double t = l->angle * G_PI / 180;
  double ux = cos (t), uy = -sin (t), vx = sin (t), vy = cos (t);

  xs[0] = l->x; ys[0] = l->y;
  xs[1] = l->x + l->width * ux; ys[1] = l->y + l->width * uy;
  xs[2] = l->x + l->width * ux + l->height * vx; ys[2] = l->y + l->width * uy + l->height * vy;
  xs[3] = l->x + l->height * vx; ys[3] = l->y + l->height * vy;
}

static gboolean
labels_overlap (const PreChartLabel *a,
                const PreChartLabel *b)
{
  double ax[4], ay[4], bx[4], by[4];
  const PreChartLabel *boxes[2] = { a, b };

  label_corners (a, ax, ay);
  label_corners (b, bx, by);
  for (guint k = 0; k < 2; k++)
    {
      double t = boxes[k]->angle * G_PI / 180;
      double axes[2][2] = { { cos (t), -sin (t) }, { sin (t), cos (t) } };

      for (guint i = 0; i < 2; i++)
        {
          double amin = G_MAXDOUBLE, amax = -G_MAXDOUBLE, bmin = G_MAXDOUBLE, bmax = -G_MAXDOUBLE;

          for (guint c = 0; c < 4; c++)
            {
              double pa = ax[c] * axes[i][0] + ay[c] * axes[i][1];
              double pb = bx[c] * axes[i][0] + by[c] * axes[i][1];

              amin = MIN (amin, pa); amax = MAX (amax, pa);
              bmin = MIN (bmin, pb); bmax = MAX (bmax, pb);
            }
          if (amax <= bmin + 0.01 || bmax <= amin + 0.01)
            return FALSE;
        }
    }
  return TRUE;
}

static void
check_labels_readable (const PreChartLayout *layout,
                       const PreChartData   *data,
                       double                width,
                       double                height)
{
  const PreChartRect *plot = pre_chart_layout_get_plot (layout);
  const PreChartLabel *labels;
  guint n;

  labels = pre_chart_layout_get_labels (layout, &n);
  g_assert_cmpuint (n, ==, pre_chart_data_get_n_categories (data));
  for (guint i = 0; i < n; i++)
    {
      const char *name = pre_chart_data_get_category_label (data, i);
      g_autoptr(GString) joined = g_string_new (labels[i].text);

      g_assert_true (labels[i].visible);
      /* the name (perhaps on two lines: a line ends at a space, dropped, or
       * after a hyphen, kept), or its beginning followed by "…" */
      g_string_replace (joined, "-\n", "-", 0);
      g_string_replace (joined, "\n", " ", 0);
      if (strcmp (joined->str, name) != 0)
        {
          g_assert_true (g_str_has_suffix (labels[i].text, "…"));
          g_assert_true (strncmp (labels[i].text, name, strlen (labels[i].text) - strlen ("…")) == 0);
          g_assert_cmpuint (g_utf8_strlen (labels[i].text, -1), >=, 6);
        }
      /* inside the drawing, under the plot */
      g_assert_cmpfloat (labels[i].bounds.x, >=, 0);
      g_assert_cmpfloat (labels[i].bounds.x + labels[i].bounds.width, <=, width);
      g_assert_cmpfloat (labels[i].bounds.y, >=, plot->y + plot->height);
      g_assert_cmpfloat (labels[i].bounds.y + labels[i].bounds.height, <=, height);
      for (guint j = i + 1; j < n; j++)
        if (labels_overlap (&labels[i], &labels[j]))
          g_error ("labels “%s” and “%s” overlap", labels[i].text, labels[j].text);
    }
}

static void
test_labels_narrow (void)
{
  g_autoptr(PreChartData) data = ten_territories ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 360, 300, NULL, NULL);
  const PreChartRect *plot = pre_chart_layout_get_plot (layout);
  const PreChartLabel *labels;
  guint n;

  check_labels_readable (layout, data, 360, 300);
  labels = pre_chart_layout_get_labels (layout, &n);
  /* turned, since 30 px slots cannot hold the names */
  g_assert_cmpfloat (labels[0].angle, >, 0);
  /* the bars keep a quarter of the height at least */
  g_assert_cmpfloat (plot->height, >=, 75);

  /* and wide enough, straight or wrapped, nothing shortened */
  {
    g_autoptr(PreChartLayout) wide = pre_chart_layout_compute (data, 1400, 500, NULL, NULL);

    check_labels_readable (wide, data, 1400, 500);
    labels = pre_chart_layout_get_labels (wide, &n);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GString) joined = g_string_new (labels[i].text);

        g_assert_cmpfloat (labels[i].angle, ==, 0);
        /* a line ends at a space (dropped) or after a hyphen (kept) */
        g_string_replace (joined, "-\n", "-", 0);
        g_string_replace (joined, "\n", " ", 0);
        g_assert_cmpstr (joined->str, ==, pre_chart_data_get_category_label (data, i));
      }
  }

  /* the reference data at phone width */
  {
    g_autoptr(PreChartData) reference = spending_per_territory ();
    g_autoptr(PreChartLayout) phone = pre_chart_layout_compute (reference, 360, 300, NULL, NULL);

    check_labels_readable (phone, reference, 360, 300);
  }
}

/* A month's days at phone width: too narrow even for turned labels, so
 * every third day is labelled, and those never overlap. */
static void
test_labels_crowded (void)
{
  g_autoptr(PreChartData) data = pre_chart_data_new (PRE_CHART_KIND_CUMULATIVE_LINE, "Spending in March");
  g_autoptr(PreChartLayout) layout = NULL;
  const PreChartLabel *labels;
  guint n, shown = 0;

  pre_chart_data_add_series (data, "Spending", 0);
  for (guint d = 1; d <= 31; d++)
    {
      g_autofree char *day = g_strdup_printf ("%u", d);
      guint c = pre_chart_data_add_category (data, day);

      pre_chart_data_set_value (data, c, 0, EUROS (d % 7 == 0 ? 250 : 0), 0);
    }
  layout = pre_chart_layout_compute (data, 360, 300, NULL, NULL);
  labels = pre_chart_layout_get_labels (layout, &n);
  g_assert_cmpuint (n, ==, 31);
  g_assert_true (labels[0].visible);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (labels[i].text, ==, pre_chart_data_get_category_label (data, i));
      if (!labels[i].visible)
        continue;
      shown++;
      g_assert_cmpfloat (labels[i].bounds.x, >=, 0);
      g_assert_cmpfloat (labels[i].bounds.x + labels[i].bounds.width, <=, 360);
      for (guint j = i + 1; j < n; j++)
        if (labels[j].visible && labels_overlap (&labels[i], &labels[j]))
          g_error ("labels “%s” and “%s” overlap", labels[i].text, labels[j].text);
    }
  g_assert_cmpuint (shown, >=, 8);
  g_assert_cmpuint (shown, <, 31);
}

/* A name too long for any slot is shortened with "…" */
static void
test_labels_abbreviated (void)
{
  g_autoptr(PreChartData) data = ten_territories ();
  g_autoptr(PreChartLayout) layout = NULL;
  const PreChartLabel *labels;
  guint n, c;

  c = pre_chart_data_add_category (data, "Communauté de communes de la Plaine dijonnaise et du Val de Saône");
  pre_chart_data_set_value (data, c, 0, EUROS (200), 0);
  layout = pre_chart_layout_compute (data, 360, 300, NULL, NULL);
  check_labels_readable (layout, data, 360, 300);
  labels = pre_chart_layout_get_labels (layout, &n);
  g_assert_true (g_str_has_prefix (labels[c].text, "Communauté de"));
  g_assert_true (g_str_has_suffix (labels[c].text, "…"));
}

/* In a French locale the axis and the words use French amounts */
static void
test_french_amounts (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartLayout) layout = NULL;
  g_autofree char *description = NULL;
  g_autofree char *path = NULL;
  const PreChartTick *ticks;
  guint n;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  ticks = pre_chart_layout_get_ticks (layout, &n);
  g_assert_cmpstr (ticks[n - 1].text, ==, "8\u202f000\u00a0€");
  g_assert_cmpstr (pre_chart_layout_get_segment (layout, DIJON, PSYCHOLOGY, PRE_CHART_PART_ACTUAL)->tooltip,
                   ==, "Dijon — Psychological support: 4\u202f820,00\u00a0€ spent, 600,00\u00a0€ planned");
  description = pre_chart_data_describe (data);
  g_assert_nonnull (strstr (description, "Quetigny: 950,50\u00a0€ spent"));
  path = export (data, "chart-territories-fr.png", 720, 420, pre_chart_palette_default_light ());
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_legend_hidden (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartLayout) before = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  g_autoptr(PreChartLayout) after = NULL;
  g_autofree char *description = NULL;
  g_autoptr(PreChartTable) table = NULL;
  const PreChartLegendEntry *legend;
  guint n;

  legend = pre_chart_layout_get_legend (before, &n);
  /* four missions and the key to the hatching */
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (legend[PSYCHOLOGY].text, ==, "Psychological support");
  g_assert_false (legend[PSYCHOLOGY].hidden);
  g_assert_cmpuint (legend[4].series, ==, G_MAXUINT);
  g_assert_cmpstr (legend[4].text, ==, "Planned");
  for (guint i = 1; i < n; i++)
    g_assert_true (legend[i].bounds.x >= legend[i - 1].bounds.x + legend[i - 1].bounds.width
                   || legend[i].bounds.y >= legend[i - 1].bounds.y + legend[i - 1].bounds.height);
  g_assert_cmpint (pre_chart_layout_get_axis_max (before), ==, EUROS (8000));

  /* a click on the legend entry toggles the series */
  {
    const PreChartLegendEntry *hit = pre_chart_layout_hit_test_legend (before,
                                                                       legend[PSYCHOLOGY].label.x + 2,
                                                                       legend[PSYCHOLOGY].label.y + 2);

    g_assert_nonnull (hit);
    g_assert_cmpuint (hit->series, ==, PSYCHOLOGY);
    pre_chart_data_set_series_hidden (data, hit->series, TRUE);
  }

  after = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  legend = pre_chart_layout_get_legend (after, &n);
  g_assert_true (legend[PSYCHOLOGY].hidden);
  /* highest stack now "All territories", 6 000 € */
  g_assert_cmpint (pre_chart_layout_get_axis_max (after), ==, EUROS (6000));
  g_assert_null (pre_chart_layout_get_segment (after, DIJON, PSYCHOLOGY, PRE_CHART_PART_ACTUAL));
  /* the remaining bars grow with the new axis */
  g_assert_cmpfloat (bar_height (after, DIJON, PROJECTS, PRE_CHART_PART_ACTUAL), >,
                     bar_height (before, DIJON, PROJECTS, PRE_CHART_PART_ACTUAL));
  /* and the Dijon stack now starts with Projects, on the axis */
  {
    const PreChartSegment *s = pre_chart_layout_get_segment (after, DIJON, PROJECTS, PRE_CHART_PART_ACTUAL);
    const PreChartRect *plot = pre_chart_layout_get_plot (after);

    g_assert_cmpfloat_with_epsilon (s->rect.y + s->rect.height, plot->y + plot->height, 1e-9);
  }

  description = pre_chart_data_describe (data);
  g_assert_null (strstr (description, "Psychological support"));
  table = pre_chart_data_to_table (data);
  g_assert_cmpuint (pre_chart_table_get_n_columns (table), ==, 1 + 3 + 1);
}

static void
test_hit_test (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  const PreChartSegment *target, *hit;
  const PreChartRect *plot = pre_chart_layout_get_plot (layout);

  target = pre_chart_layout_get_segment (layout, DIJON, PSYCHOLOGY, PRE_CHART_PART_ACTUAL);
  hit = pre_chart_layout_hit_test (layout, target->rect.x + target->rect.width / 2,
                                   target->rect.y + target->rect.height / 2);
  g_assert_true (hit == target);
  g_assert_cmpint (hit->value, ==, EUROS (4820));
  g_assert_cmpstr (hit->tooltip, ==, "Dijon — Psychological support: €4,820.00 spent, €600.00 planned");

  /* the hatched part just above it */
  target = pre_chart_layout_get_segment (layout, DIJON, PSYCHOLOGY, PRE_CHART_PART_COMMITTED);
  hit = pre_chart_layout_hit_test (layout, target->rect.x + 1, target->rect.y + 1);
  g_assert_true (hit == target);
  g_assert_cmpint (hit->part, ==, PRE_CHART_PART_COMMITTED);
  g_assert_cmpint (hit->value, ==, EUROS (600));

  /* Projects in Quetigny, with cents */
  target = pre_chart_layout_get_segment (layout, QUETIGNY, PROJECTS, PRE_CHART_PART_ACTUAL);
  hit = pre_chart_layout_hit_test (layout, target->rect.x + target->rect.width - 1,
                                   target->rect.y + target->rect.height - 1);
  g_assert_true (hit == target);
  g_assert_cmpstr (hit->tooltip, ==, "Quetigny — Projects: €350.50 spent");

  /* above a stack, between bars, over Longvic, outside */
  target = pre_chart_layout_get_segment (layout, DIJON, PROJECTS, PRE_CHART_PART_ACTUAL);
  g_assert_null (pre_chart_layout_hit_test (layout, target->rect.x + 2, target->rect.y - 3));
  g_assert_null (pre_chart_layout_hit_test (layout, pre_chart_layout_get_slot (layout, 1)->x, plot->y + plot->height - 2));
  g_assert_null (pre_chart_layout_hit_test (layout,
                                            pre_chart_layout_get_slot (layout, LONGVIC)->x
                                            + pre_chart_layout_get_slot (layout, LONGVIC)->width / 2,
                                            plot->y + plot->height - 1));
  g_assert_null (pre_chart_layout_hit_test (layout, -5, -5));
}

static void
test_describe (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autofree char *description = pre_chart_data_describe (data);

  g_test_message ("%s", description);
  g_assert_true (g_str_has_prefix (description, "Spending per territory, 2025. "));
  g_assert_nonnull (strstr (description,
                            "Dijon: €6,320 spent, of which Psychological support €4,820, Projects €1,500; €600 planned."));
  g_assert_nonnull (strstr (description, "Longvic: €0 spent."));
  g_assert_nonnull (strstr (description, "Quetigny: €950.50 spent, of which Psychological support €600, Projects €350.50; €300 planned."));
  g_assert_nonnull (strstr (description,
                            "All territories: €5,000 spent, of which Coordination €3,200, Training €1,800; €1,000 planned."));
}

static void
test_table (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autoptr(PreChartTable) table = pre_chart_data_to_table (data);

  g_assert_cmpuint (pre_chart_table_get_n_rows (table), ==, 6);
  g_assert_cmpuint (pre_chart_table_get_n_columns (table), ==, 6);
  g_assert_cmpstr (pre_chart_table_get_heading (table, 0), ==, "Territory");
  g_assert_cmpstr (pre_chart_table_get_heading (table, 2), ==, "Psychological support");
  g_assert_cmpstr (pre_chart_table_get_heading (table, 5), ==, "Total");
  g_assert_cmpstr (pre_chart_table_get_cell (table, DIJON, 0), ==, "Dijon");
  g_assert_cmpstr (pre_chart_table_get_cell (table, DIJON, 1), ==, "€0");
  g_assert_cmpstr (pre_chart_table_get_cell (table, DIJON, 2), ==, "€4,820 (€600 planned)");
  g_assert_cmpstr (pre_chart_table_get_cell (table, DIJON, 5), ==, "€6,320 (€600 planned)");
  g_assert_cmpstr (pre_chart_table_get_cell (table, LONGVIC, 5), ==, "€0");
  g_assert_cmpstr (pre_chart_table_get_cell (table, QUETIGNY, 3), ==, "€350.50");
}

static void
test_grouped (void)
{
  g_autoptr(PreChartData) data = budget_vs_actual ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  const PreChartSegment *budget, *spent, *planned;
  g_autofree char *description = pre_chart_data_describe (data);

  g_assert_cmpint (pre_chart_layout_get_axis_max (layout), ==, EUROS (10000));
  budget = pre_chart_layout_get_segment (layout, 1, 0, PRE_CHART_PART_ACTUAL);
  spent = pre_chart_layout_get_segment (layout, 1, 1, PRE_CHART_PART_ACTUAL);
  planned = pre_chart_layout_get_segment (layout, 1, 1, PRE_CHART_PART_COMMITTED);
  /* side by side, not stacked; the planned part on top of the spent one */
  g_assert_cmpfloat (budget->rect.x + budget->rect.width, <=, spent->rect.x);
  g_assert_cmpfloat_with_epsilon (budget->rect.y + budget->rect.height, spent->rect.y + spent->rect.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (planned->rect.y + planned->rect.height, spent->rect.y, 1e-9);
  g_assert_cmpfloat_with_epsilon (budget->rect.height / spent->rect.height, 9000.0 / 8120.0, 1e-9);
  {
    guint n;
    const PreChartLegendEntry *legend = pre_chart_layout_get_legend (layout, &n);

    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpstr (legend[2].text, ==, "Planned");
  }
  g_assert_cmpstr (spent->tooltip, ==, "Psychological support — Spent: €8,120.00, €1,200.00 planned");
  g_assert_cmpstr (budget->tooltip, ==, "Psychological support — Budget: €9,000.00");
  g_assert_nonnull (strstr (description, "Psychological support: Budget €9,000, Spent €8,120 (€1,200 planned)."));
  check_labels_readable (layout, data, 720, 420);
}

static void
test_line (void)
{
  g_autoptr(PreChartData) data = cumulative_spending ();
  g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
  const PreChartSegment *dec, *dec_planned, *hit;
  const PreChartReference *refs;
  g_autoptr(PreChartTable) table = pre_chart_data_to_table (data);
  g_autofree char *description = pre_chart_data_describe (data);
  guint n;

  /* 12 actual points, and the planned line from October on */
  pre_chart_layout_get_segments (layout, &n);
  g_assert_cmpuint (n, ==, 15);
  g_assert_null (pre_chart_layout_get_segment (layout, 8, 0, PRE_CHART_PART_COMMITTED));
  g_assert_cmpint (pre_chart_layout_get_segment (layout, 9, 0, PRE_CHART_PART_COMMITTED)->value, ==, 0);
  /* the axis reaches the budget line */
  g_assert_cmpint (pre_chart_layout_get_axis_max (layout), ==, EUROS (20000));
  refs = pre_chart_layout_get_references (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (refs[0].text, ==, "Annual budget: €20,000");
  g_assert_cmpfloat_with_epsilon (refs[0].y, pre_chart_layout_get_plot (layout)->y, 1e-9);
  g_assert_cmpfloat (refs[0].label.y, >=, pre_chart_layout_get_plot (layout)->y);

  dec = pre_chart_layout_get_segment (layout, 11, 0, PRE_CHART_PART_ACTUAL);
  dec_planned = pre_chart_layout_get_segment (layout, 11, 0, PRE_CHART_PART_COMMITTED);
  g_assert_cmpint (dec->value, ==, EUROS (13730));
  g_assert_cmpint (dec_planned->value, ==, EUROS (2500));
  g_assert_cmpfloat_with_epsilon (dec->rect.y + dec->rect.height / 2,
                                  pre_chart_layout_value_to_y (layout, EUROS (13730)), 1e-9);
  g_assert_cmpfloat_with_epsilon (dec_planned->rect.y + dec_planned->rect.height / 2,
                                  pre_chart_layout_value_to_y (layout, EUROS (16230)), 1e-9);
  g_assert_cmpstr (dec->tooltip, ==, "Dec — Spending: €13,730.00 spent, €2,500.00 planned, in total");

  /* hovering the December column near the actual line */
  hit = pre_chart_layout_hit_test (layout, dec->rect.x + 3, dec->rect.y + 8);
  g_assert_true (hit == dec);

  g_assert_cmpstr (pre_chart_table_get_heading (table, 2), ==, "Spending, running total");
  g_assert_cmpstr (pre_chart_table_get_cell (table, 2, 2), ==, "€4,100");
  g_assert_nonnull (strstr (description, "Annual budget: €20,000."));
  g_assert_nonnull (strstr (description, "Mar: Spending €4,100 spent."));
  check_labels_readable (layout, data, 720, 420);
}

/* Nothing to show, or no room: still a layout, and painting works */
static void
test_empty_and_tiny (void)
{
  g_autoptr(PreChartData) empty = pre_chart_data_new (PRE_CHART_KIND_STACKED_BARS, NULL);
  g_autoptr(PreChartData) data = spending_per_territory ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *description = pre_chart_data_describe (empty);
  g_autoptr(PreChartTable) table = pre_chart_data_to_table (empty);
  double sizes[][2] = { { 400, 300 }, { 60, 40 }, { 1, 1 } };

  g_assert_cmpstr (description, ==, "");
  g_assert_cmpuint (pre_chart_table_get_n_rows (table), ==, 0);
  g_assert_cmpuint (pre_chart_table_get_n_columns (table), ==, 2);   /* Category, Total */
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(PreChartLayout) a = pre_chart_layout_compute (empty, sizes[i][0], sizes[i][1], NULL, NULL);
      g_autoptr(PreChartLayout) b = pre_chart_layout_compute (data, sizes[i][0], sizes[i][1], NULL, NULL);
      guint n;

      g_assert_cmpint (pre_chart_layout_get_axis_max (a), ==, EUROS (100));
      pre_chart_layout_get_segments (a, &n);
      g_assert_cmpuint (n, ==, 0);
      g_assert_null (pre_chart_layout_hit_test (a, 10, 10));
      pre_chart_layout_get_segments (b, &n);
      g_assert_cmpuint (n, ==, 6 * 4 * 2);
      pre_chart_paint (a, cr, pre_chart_palette_default_light ());
      pre_chart_paint (b, cr, pre_chart_palette_default_dark ());
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* What a widget shows on hover: the segment outlined, in a PNG to look at */
static void
test_paint_highlight (void)
{
  struct { PreChartData *(*make) (void); guint category, series; const char *name; } cases[] = {
    { spending_per_territory, DIJON, PSYCHOLOGY, "chart-hover-bars.png" },
    { cumulative_spending, 5, 0, "chart-hover-line.png" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PreChartData) data = cases[i].make ();
      g_autoptr(PreChartLayout) layout = pre_chart_layout_compute (data, 720, 420, NULL, NULL);
      const PreChartSegment *target = pre_chart_layout_get_segment (layout, cases[i].category, cases[i].series,
                                                                    PRE_CHART_PART_ACTUAL);
      const PreChartSegment *hit = pre_chart_layout_hit_test (layout, target->rect.x + target->rect.width / 2,
                                                              target->rect.y + target->rect.height / 2);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 720, 420);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *path = output_path (cases[i].name);
      const PreChartColor *fg = &pre_chart_palette_default_dark ()->foreground;
      unsigned char *pixel;
      int x, y;

      g_assert_true (hit == target);
      pre_chart_paint_highlighted (layout, cr, pre_chart_palette_default_dark (), hit);
      cairo_surface_flush (surface);
      /* the outline's left edge is in the foreground colour (white) */
      x = (int) floor (target->rect.x) - 1;
      y = (int) (target->rect.y + target->rect.height / 2) + 2;
      if (i == 1)
        x = (int) floor (target->rect.x + target->rect.width / 2 - 7);
      if (i == 1)
        y = (int) floor (target->rect.y + target->rect.height / 2);
      pixel = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4;
      g_assert_cmpint (pixel[2], >=, (int) (fg->red * 255) - 60);
      g_assert_cmpint (pixel[1], >=, (int) (fg->green * 255) - 60);
      g_assert_cmpint (pixel[0], >=, (int) (fg->blue * 255) - 60);
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* ------------------------------------------------------------------------ */
/* Files */

static char *
export (PreChartData          *data,
        const char            *name,
        double                 width,
        double                 height,
        const PreChartPalette *palette)
{
  g_autofree char *path = output_path (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_chart_export_with_palette (data, path, width, height, palette, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
check_png (const char *path,
           int         width,
           int         height)
{
  g_autofree char *contents = NULL;
  gsize length;
  cairo_surface_t *surface;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_destroy (surface);
}

static void
test_export_png (void)
{
  struct { PreChartData *(*make) (void); const char *name; int width, height; } charts[] = {
    { spending_per_territory, "chart-territories", 720, 420 },
    { spending_per_territory, "chart-territories-narrow", 360, 300 },
    { budget_vs_actual, "chart-budget-vs-actual", 720, 420 },
    { funding_sources, "chart-funding", 720, 420 },
    { cumulative_spending, "chart-cumulative", 720, 420 },
    { cumulative_spending, "chart-cumulative-narrow", 360, 300 },
    { ten_territories, "chart-ten-territories", 360, 300 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(PreChartData) data = charts[i].make ();
      g_autofree char *light_name = g_strconcat (charts[i].name, "-light.png", NULL);
      g_autofree char *dark_name = g_strconcat (charts[i].name, "-dark.PNG", NULL);
      g_autofree char *light = export (data, light_name, charts[i].width, charts[i].height,
                                       pre_chart_palette_default_light ());
      g_autofree char *dark = export (data, dark_name, charts[i].width, charts[i].height,
                                      pre_chart_palette_default_dark ());

      check_png (light, charts[i].width, charts[i].height);
      check_png (dark, charts[i].width, charts[i].height);
    }

  /* with a hidden series */
  {
    g_autoptr(PreChartData) data = spending_per_territory ();
    g_autofree char *path = NULL;

    pre_chart_data_set_series_hidden (data, PSYCHOLOGY, TRUE);
    path = export (data, "chart-territories-hidden-light.png", 720, 420, pre_chart_palette_default_light ());
    check_png (path, 720, 420);
  }
}

static void
test_export_svg (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autofree char *path = export (data, "chart-territories.svg", 720, 420, pre_chart_palette_default_light ());
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<title>Spending per territory, 2025</title>"));
  g_assert_nonnull (strstr (contents, "<desc>"));
  g_assert_nonnull (strstr (contents, "Dijon: €6,320 spent"));
  g_assert_nonnull (strstr (contents, "Chenôve"));
  g_assert_nonnull (strstr (contents, "</svg>"));
}

static void
test_export_pdf (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autofree char *path = export (data, "chart-territories.pdf", 720, 420, pre_chart_palette_default_light ());
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &text, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Spending per territory, 2025"));
  g_assert_nonnull (strstr (text, "Dijon"));
  g_assert_nonnull (strstr (text, "Chenôve"));
  g_assert_nonnull (strstr (text, "Psychological support"));
  g_assert_nonnull (strstr (text, "€8,000"));
}

static void
test_export_errors (void)
{
  g_autoptr(PreChartData) data = spending_per_territory ();
  g_autofree char *path = output_path ("chart.gif");
  g_autofree char *bare = output_path ("chart");
  g_autofree char *missing = output_path ("no-such-folder/chart.png");
  g_autoptr(GError) error = NULL;

  g_assert_false (pre_chart_export (data, path, 720, 420, &error));
  g_assert_error (error, PRE_CHART_ERROR, PRE_CHART_ERROR_UNSUPPORTED_FORMAT);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "“.gif” is not supported"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (pre_chart_export (data, bare, 720, 420, &error));
  g_assert_error (error, PRE_CHART_ERROR, PRE_CHART_ERROR_UNSUPPORTED_FORMAT);
  g_assert_nonnull (strstr (error->message, "has no extension"));
  g_clear_error (&error);

  g_assert_false (pre_chart_export (data, missing, 720, 420, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "The chart could not be saved as “"));
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* a failed export leaves the previous file as it was */
  {
    g_autofree char *kept = output_path ("chart-kept.png");
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_true (g_file_set_contents (kept, "previous", -1, NULL));
    g_assert_true (pre_chart_export (data, kept, 200, 150, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (kept, &after, NULL, NULL));
    g_assert_cmpmem (after, 4, "\x89PNG", 4);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/axis/round", test_axis_round);
  g_test_add_func ("/chart/axis/labels", test_axis_labels);
  g_test_add_func ("/chart/bars/proportional", test_bars_proportional);
  g_test_add_func ("/chart/bars/stack-totals", test_bars_stack_totals);
  g_test_add_func ("/chart/bars/grouped", test_grouped);
  g_test_add_func ("/chart/labels/zero-category", test_labels_zero_category);
  g_test_add_func ("/chart/labels/narrow", test_labels_narrow);
  g_test_add_func ("/chart/labels/crowded", test_labels_crowded);
  g_test_add_func ("/chart/labels/abbreviated", test_labels_abbreviated);
  g_test_add_func ("/chart/legend/hidden-series", test_legend_hidden);
  g_test_add_func ("/chart/french-amounts", test_french_amounts);
  g_test_add_func ("/chart/hit-test", test_hit_test);
  g_test_add_func ("/chart/line/cumulative", test_line);
  g_test_add_func ("/chart/empty-and-tiny", test_empty_and_tiny);
  g_test_add_func ("/chart/paint/highlight", test_paint_highlight);
  g_test_add_func ("/chart/describe", test_describe);
  g_test_add_func ("/chart/table", test_table);
  g_test_add_func ("/chart/export/png", test_export_png);
  g_test_add_func ("/chart/export/svg", test_export_svg);
  g_test_add_func ("/chart/export/pdf", test_export_pdf);
  g_test_add_func ("/chart/export/errors", test_export_errors);

  return g_test_run ();
}
