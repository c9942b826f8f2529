/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pre-aggregates.h"
#include "pre-chart-builders.h"
#include "pre-chart-painter.h"
#include "pre-chart.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-deliberation.h"
#include "pre-funding-share.h"
#include "pre-meeting.h"
#include "pre-money.h"
#include "pre-partner.h"
#include "pre-privacy.h"
#include "pre-report.h"
#include "pre-store-private.h"

#define FONT "Sans"
#define BODY_SIZE 10.5
#define TABLE_SIZE 9.0
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0
#define MAX_COLUMNS 8
#define CHART_HEIGHT 230.0

/* The figures of the report, gathered before drawing. */

typedef struct
{
  PreMissionKind kind;
  gint64         territory_id;
  char          *territory;
  guint          n_held;
  guint          n_missed;
  guint          n_planned;
  guint          n_cancelled;
  guint          participants;
  gint64         actual;
} ActivityRow;

static void
activity_row_clear (gpointer data)
{
  g_free (((ActivityRow *) data)->territory);
}

typedef struct
{
  int              year;
  gboolean         mask;
  char            *today;
  PreConvention   *convention;
  GListModel      *parties;
  GListModel      *shares;
  PreBalanceRow    balance;
  gboolean         has_balance;
  GPtrArray       *payments;
  GPtrArray       *missions;
  GPtrArray       *spending;
  GPtrArray       *youths;
  GArray          *activity;
  GPtrArray       *meetings;        /* PreMeeting of the year */
  GPtrArray       *deliberations;   /* GListModel per meeting */
} Report;

static void
report_clear (Report *report)
{
  g_clear_pointer (&report->today, g_free);
  g_clear_object (&report->convention);
  g_clear_object (&report->parties);
  g_clear_object (&report->shares);
  g_clear_pointer (&report->payments, g_ptr_array_unref);
  g_clear_pointer (&report->missions, g_ptr_array_unref);
  g_clear_pointer (&report->spending, g_ptr_array_unref);
  g_clear_pointer (&report->youths, g_ptr_array_unref);
  g_clear_pointer (&report->activity, g_array_unref);
  g_clear_pointer (&report->meetings, g_ptr_array_unref);
  g_clear_pointer (&report->deliberations, g_ptr_array_unref);
}

static gboolean
load_activity (PreStore  *store,
               Report    *report,
               GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = pre_store_prepare (store,
                            "SELECT m.kind, coalesce (a.territory_id, 0), t.name,"
                            " sum (a.status = 'held'), sum (a.status = 'missed'),"
                            " sum (a.status = 'planned'), sum (a.status = 'cancelled'),"
                            " sum (CASE WHEN a.status = 'held' THEN coalesce (a.participants, 0) ELSE 0 END),"
                            " sum (CASE WHEN a.status IN ('held', 'missed') THEN a.cost ELSE 0 END)"
                            " FROM activity a JOIN mission m ON m.id = a.mission_id"
                            " LEFT JOIN territory t ON t.id = a.territory_id"
                            " WHERE m.convention_id = ?1 AND a.year = ?2"
                            " GROUP BY m.kind, a.territory_id"
                            " ORDER BY t.name IS NULL, t.name COLLATE NOCASE", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pre_convention_get_id (report->convention));
  sqlite3_bind_int (stmt, 2, report->year);

  report->activity = g_array_new (FALSE, TRUE, sizeof (ActivityRow));
  g_array_set_clear_func (report->activity, activity_row_clear);
  while (pre_store_step_row (store, stmt, &local_error))
    {
      ActivityRow row = { 0 };
      const char *name = (const char *) sqlite3_column_text (stmt, 2);

      pre_mission_kind_from_string (pre_column_text (stmt, 0), &row.kind);
      row.territory_id = sqlite3_column_int64 (stmt, 1);
      row.territory = g_strdup (name != NULL ? name : _("All territories"));
      row.n_held = sqlite3_column_int (stmt, 3);
      row.n_missed = sqlite3_column_int (stmt, 4);
      row.n_planned = sqlite3_column_int (stmt, 5);
      row.n_cancelled = sqlite3_column_int (stmt, 6);
      row.participants = sqlite3_column_int (stmt, 7);
      row.actual = sqlite3_column_int64 (stmt, 8);
      g_array_append_val (report->activity, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
report_load (Report    *report,
             PreStore  *store,
             gint64     convention_id,
             GError   **error)
{
  g_autoptr(GPtrArray) balances = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (convention_id != 0)
    report->convention = pre_store_get_convention (store, convention_id, error);
  else
    {
      report->convention = pre_store_get_current_convention (store, &local_error);
      if (report->convention == NULL && local_error == NULL)
        g_set_error (&local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                     _("There is no convention to report on."));
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  if (report->convention == NULL)
    return FALSE;
  id = pre_convention_get_id (report->convention);

  if (!pre_convention_contains_year (report->convention, report->year))
    {
      g_autofree char *years = pre_convention_dup_years_label (report->convention);
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                                _("The year %d is not a year of the convention (%s)."),
                                report->year, years);
      return FALSE;
    }

  report->today = pre_date_today_iso ();
  if ((report->parties = pre_store_list_convention_parties (store, id, error)) == NULL
      || (report->shares = pre_store_list_funding_shares (store, id, report->year, error)) == NULL
      || (balances = pre_store_compute_balances (store, id, error)) == NULL
      || (report->payments = pre_store_compute_payments (store, id, report->year, report->today, error)) == NULL
      || (report->missions = pre_store_compute_missions (store, id, report->year, error)) == NULL
      || (report->spending = pre_store_compute_spending (store, id, report->year, error)) == NULL
      || (report->youths = pre_store_compute_youth_counts (store, id, report->year, error)) == NULL
      || !load_activity (store, report, error)
      || (meetings = pre_store_list_meetings (store, 0, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < balances->len; i++)
    {
      PreBalanceRow *row = g_ptr_array_index (balances, i);
      if (row->year == report->year)
        {
          report->balance = *row;
          report->has_balance = TRUE;
        }
    }

  /* Séances of the year, oldest first. */
  report->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  report->deliberations = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = g_list_model_get_n_items (meetings); i > 0; i--)
    {
      g_autoptr(PreMeeting) meeting = g_list_model_get_item (meetings, i - 1);
      GListModel *deliberations;

      if (pre_date_year (pre_meeting_get_date (meeting)) != report->year)
        continue;
      deliberations = pre_store_list_deliberations (store, pre_meeting_get_id (meeting), error);
      if (deliberations == NULL)
        return FALSE;
      g_ptr_array_add (report->meetings, g_steal_pointer (&meeting));
      g_ptr_array_add (report->deliberations, deliberations);
    }
  return TRUE;
}

/* Drawing: a cursor that flows blocks down the pages. */

typedef struct
{
  cairo_t    *cr;
  guint       page;       /* 1-based; 0 before the first */
  guint       n_pages;    /* known on the second pass, else 0 */
  double      y;
  const char *footer;
  GPtrArray  *toc;        /* TocEntry: the sections met on this pass */
  GPtrArray  *prev_toc;   /* the previous pass's, drawn on the cover */
} Doc;

typedef struct
{
  char  *title;
  guint  page;
} TocEntry;

static void
toc_entry_free (gpointer data)
{
  TocEntry *entry = data;

  g_free (entry->title);
  g_free (entry);
}

static double
content_width (void)
{
  return PRE_REPORT_A4_WIDTH - 2 * PRE_REPORT_MARGIN;
}

static double
bottom (void)
{
  return PRE_REPORT_A4_HEIGHT - PRE_REPORT_MARGIN;
}

static PangoLayout *
make_layout (Doc            *doc,
             const char     *text,
             double          width,
             double          size,
             gboolean        bold,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_cairo_create_layout (doc->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  /* Points: the PDF surface's unit, whatever the resolution of Pango. */
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
draw_layout (Doc         *doc,
             PangoLayout *layout,
             double       x,
             double       y,
             double       grey)
{
  cairo_save (doc->cr);
  cairo_set_source_rgb (doc->cr, grey, grey, grey);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
  cairo_restore (doc->cr);
}

static void
begin_page (Doc *doc)
{
  doc->page++;
  doc->y = PRE_REPORT_MARGIN;
}

static void
end_page (Doc *doc)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double y = bottom () + 16;

  /* The cover has no footer. */
  if (doc->page > 1)
    {
      if (doc->n_pages > 0)
        /* Translators: the footer of each page of the annual report */
        number = g_strdup_printf (_("Page %u of %u"), doc->page, doc->n_pages);
      else
        number = g_strdup_printf (_("Page %u of %u"), doc->page, 99u);
      left = make_layout (doc, doc->footer, content_width () * 0.7, 7.5, FALSE, PANGO_ALIGN_LEFT);
      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
      right = make_layout (doc, number, content_width () * 0.25, 7.5, FALSE, PANGO_ALIGN_RIGHT);

      cairo_save (doc->cr);
      cairo_set_source_rgb (doc->cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (doc->cr, 0.4);
      cairo_move_to (doc->cr, PRE_REPORT_MARGIN, y - 4);
      cairo_line_to (doc->cr, PRE_REPORT_A4_WIDTH - PRE_REPORT_MARGIN, y - 4);
      cairo_stroke (doc->cr);
      cairo_restore (doc->cr);
      draw_layout (doc, left, PRE_REPORT_MARGIN, y, 0.35);
      draw_layout (doc, right, PRE_REPORT_MARGIN + content_width () * 0.75, y, 0.35);
    }
  cairo_show_page (doc->cr);
}

static void
new_page (Doc *doc)
{
  end_page (doc);
  begin_page (doc);
}

/* Room for @height below the cursor, else a new page. */
static void
ensure (Doc    *doc,
        double  height)
{
  if (doc->y + height > bottom () && doc->y > PRE_REPORT_MARGIN)
    new_page (doc);
}

/* A paragraph; @keep is the room wanted below it on the same page. */
static void
paragraph_full (Doc        *doc,
                const char *text,
                double      size,
                gboolean    bold,
                double      space_before,
                double      keep,
                double      grey)
{
  g_autoptr(PangoLayout) layout = make_layout (doc, text, content_width (), size, bold, PANGO_ALIGN_LEFT);
  double height = layout_height (layout);

  ensure (doc, space_before + height + keep);
  if (doc->y > PRE_REPORT_MARGIN)
    doc->y += space_before;
  draw_layout (doc, layout, PRE_REPORT_MARGIN, doc->y, grey);
  doc->y += height;
}

static void
paragraph (Doc        *doc,
           const char *text)
{
  paragraph_full (doc, text, BODY_SIZE, FALSE, 5, 0, 0.0);
}

static void
note (Doc        *doc,
      const char *text)
{
  paragraph_full (doc, text, 8, FALSE, 4, 0, 0.3);
}

/* A section's title, kept on the page of the first @keep points of what
 * follows (a chart is kept whole with its title). */
static void
heading_keep (Doc        *doc,
              const char *text,
              double      keep)
{
  TocEntry *entry = g_new0 (TocEntry, 1);

  paragraph_full (doc, text, 13, TRUE, 20, keep, 0.1);
  doc->y += 4;
  entry->title = g_strdup (text);
  entry->page = doc->page;
  g_ptr_array_add (doc->toc, entry);
}

static void
heading (Doc        *doc,
         const char *text)
{
  /* Kept with the first lines of what follows. */
  heading_keep (doc, text, 120);
}

static void rule (Doc    *doc,
                  double  y,
                  double  width,
                  double  grey);

/* The table of contents, from the previous pass (the cover's own layout
 * does not depend on it, so the pages do not move). */
static void
draw_contents (Doc *doc)
{
  double width = content_width ();

  paragraph_full (doc, _("Contents"), 11, TRUE, 22, 0, 0.1);
  doc->y += 2;
  for (guint i = 0; i < doc->prev_toc->len; i++)
    {
      TocEntry *entry = g_ptr_array_index (doc->prev_toc, i);
      g_autofree char *page = g_strdup_printf ("%u", entry->page);
      g_autoptr(PangoLayout) title = make_layout (doc, entry->title, width * 0.85, 10, FALSE, PANGO_ALIGN_LEFT);
      g_autoptr(PangoLayout) number = make_layout (doc, page, width * 0.1, 10, FALSE, PANGO_ALIGN_RIGHT);

      draw_layout (doc, title, PRE_REPORT_MARGIN, doc->y + 3, 0.1);
      draw_layout (doc, number, PRE_REPORT_MARGIN + width * 0.9, doc->y + 3, 0.1);
      doc->y += layout_height (title) + 3;
      rule (doc, doc->y + 1, 0.25, 0.75);
    }
}

static void
subheading (Doc        *doc,
            const char *text)
{
  paragraph_full (doc, text, 10.5, TRUE, 12, 55, 0.15);
  doc->y += 2;
}

/* Tables */

typedef struct
{
  char     **cells;
  gboolean   total;
} TableRow;

static void
table_row_free (gpointer data)
{
  TableRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

typedef struct
{
  guint       n_columns;
  double      widths[MAX_COLUMNS];   /* fractions of the content width */
  guint       first_numeric;         /* right-aligned from this column on */
  GPtrArray  *rows;                  /* TableRow; the first is the header */
} Table;

static Table *
table_new (guint first_numeric,
           guint n_columns,
           ...)
{
  Table *table = g_new0 (Table, 1);
  double sum = 0;
  va_list args;

  g_assert (n_columns <= MAX_COLUMNS);
  table->n_columns = n_columns;
  table->first_numeric = first_numeric;
  table->rows = g_ptr_array_new_with_free_func (table_row_free);
  va_start (args, n_columns);
  for (guint i = 0; i < n_columns; i++)
    sum += table->widths[i] = va_arg (args, double);
  va_end (args);
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] /= sum;
  return table;
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

/* Takes the cells (n_columns of them, transfer full). */
static void
table_add (Table    *table,
           gboolean  total,
           ...)
{
  TableRow *row = g_new0 (TableRow, 1);
  va_list args;

  row->cells = g_new0 (char *, table->n_columns + 1);
  row->total = total;
  va_start (args, total);
  for (guint i = 0; i < table->n_columns; i++)
    row->cells[i] = va_arg (args, char *);
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

static GPtrArray *
row_layouts (Doc      *doc,
             Table    *table,
             guint     index,
             double   *height)
{
  TableRow *row = g_ptr_array_index (table->rows, index);
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean header = index == 0;

  *height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = table->widths[c] * content_width () - 2 * CELL_PAD_X;
      PangoAlignment alignment = c >= table->first_numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
      PangoLayout *layout = make_layout (doc, row->cells[c], width,
                                         header ? TABLE_SIZE - 1 : TABLE_SIZE,
                                         header || row->total, alignment);

      *height = MAX (*height, layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }
  *height += 2 * CELL_PAD_Y;
  return layouts;
}

static void
rule (Doc    *doc,
      double  y,
      double  width,
      double  grey)
{
  cairo_save (doc->cr);
  cairo_set_source_rgb (doc->cr, grey, grey, grey);
  cairo_set_line_width (doc->cr, width);
  cairo_move_to (doc->cr, PRE_REPORT_MARGIN, y);
  cairo_line_to (doc->cr, PRE_REPORT_A4_WIDTH - PRE_REPORT_MARGIN, y);
  cairo_stroke (doc->cr);
  cairo_restore (doc->cr);
}

static void
draw_row (Doc       *doc,
          Table     *table,
          guint      index,
          GPtrArray *layouts,
          double     height)
{
  TableRow *row = g_ptr_array_index (table->rows, index);
  double x = PRE_REPORT_MARGIN;

  if (index == 0)
    {
      cairo_save (doc->cr);
      cairo_set_source_rgb (doc->cr, 0.92, 0.93, 0.95);
      cairo_rectangle (doc->cr, PRE_REPORT_MARGIN, doc->y, content_width (), height);
      cairo_fill (doc->cr);
      cairo_restore (doc->cr);
      rule (doc, doc->y, 0.8, 0.1);
    }
  else if (row->total)
    rule (doc, doc->y, 0.6, 0.1);

  for (guint c = 0; c < table->n_columns; c++)
    {
      draw_layout (doc, g_ptr_array_index (layouts, c), x + CELL_PAD_X, doc->y + CELL_PAD_Y, 0.0);
      x += table->widths[c] * content_width ();
    }
  doc->y += height;

  if (index == 0)
    rule (doc, doc->y, 0.6, 0.1);
  else if (index + 1 == table->rows->len)
    rule (doc, doc->y, 0.8, 0.1);
  else
    rule (doc, doc->y, 0.25, 0.7);
}

static void
draw_table (Doc   *doc,
            Table *table)
{
  g_autoptr(GPtrArray) header = NULL;
  double header_height;

  header = row_layouts (doc, table, 0, &header_height);
  doc->y += 6;
  for (guint r = 1; r < table->rows->len; r++)
    {
      double height;
      g_autoptr(GPtrArray) layouts = row_layouts (doc, table, r, &height);

      /* The header goes with the first row, and again on each new page. */
      if (r == 1 || doc->y + height > bottom ())
        {
          ensure (doc, header_height + height);
          draw_row (doc, table, 0, header, header_height);
        }
      draw_row (doc, table, r, layouts, height);
    }
  doc->y += 4;
}

static char *
money (gint64 cents)
{
  return pre_money_format (cents);
}

/* Budget − actual, with a minus sign when overspent. */
static char *
remaining (gint64 budget,
           gint64 actual)
{
  g_autofree char *over = NULL;

  if (budget >= actual)
    return money (budget - actual);
  over = money (actual - budget);
  return g_strdup_printf ("−%s", over);
}

static char *
uint_text (guint value)
{
  return g_strdup_printf ("%u", value);
}

static char *
percent (gint64 part,
         gint64 whole)
{
  if (whole <= 0)
    return g_strdup ("—");
  /* Translators: a percentage; French puts a no-break space before "%" */
  return g_strdup_printf (_("%d%%"), (int) ((part * 100 + whole / 2) / whole));
}

/* Sections */

static void
draw_cover (Doc    *doc,
            Report *report)
{
  g_autofree char *title = g_strdup_printf (_("Annual report %d"), report->year);
  g_autofree char *years = pre_convention_dup_years_label (report->convention);
  g_autofree char *period = NULL;
  g_autofree char *coordinator = NULL;
  g_autofree char *produced = NULL;
  g_autofree char *today_long = pre_date_format_long (report->today);
  g_autoptr(GString) partners = g_string_new (NULL);
  const char *reference = pre_convention_get_reference (report->convention);

  doc->y = PRE_REPORT_MARGIN + 90;
  paragraph_full (doc, _("Steering committee"), 12, FALSE, 0, 0, 0.35);
  paragraph_full (doc, title, 28, TRUE, 8, 0, 0.05);
  rule (doc, doc->y + 14, 1.2, 0.2);
  doc->y += 14;
  paragraph_full (doc, pre_convention_get_title (report->convention), 15, FALSE, 18, 0, 0.1);
  if (reference != NULL && *reference != '\0')
    /* Translators: the convention's reference on the cover */
    period = g_strdup_printf (_("Convention %s, reference %s"), years, reference);
  else
    period = g_strdup_printf (_("Convention %s"), years);
  paragraph_full (doc, period, 11, FALSE, 10, 0, 0.25);
  coordinator = g_strdup_printf (_("Coordinator: %s"),
                                 pre_convention_get_coordinator_name (report->convention));
  paragraph_full (doc, coordinator, 11, FALSE, 24, 0, 0.1);

  for (guint i = 0; i < g_list_model_get_n_items (report->parties); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (report->parties, i);
      if (partners->len > 0)
        g_string_append (partners, "\n");
      g_string_append (partners, pre_partner_get_name (partner));
    }
  if (partners->len > 0)
    {
      paragraph_full (doc, _("Partners"), 11, TRUE, 14, 0, 0.1);
      paragraph_full (doc, partners->str, 11, FALSE, 4, 0, 0.1);
    }
  draw_contents (doc);

  /* Translators: at the bottom of the cover, with a date */
  produced = g_strdup_printf (_("Produced on %s with PRE Coordination."), today_long);
  doc->y = MAX (doc->y + 20, bottom () - 30);
  paragraph_full (doc, produced, 9, FALSE, 0, 0, 0.35);
}

static void
draw_funding (Doc    *doc,
              Report *report)
{
  g_autoptr(Table) table = table_new (2, 3, 0.55, 0.2, 0.25);

  heading (doc, _("1. Funding plan"));
  table_add (table, FALSE, g_strdup (_("Partner")), g_strdup (_("Kind")), g_strdup (_("Share")));
  for (guint i = 0; i < g_list_model_get_n_items (report->shares); i++)
    {
      g_autoptr(PreFundingShare) share = g_list_model_get_item (report->shares, i);
      table_add (table, FALSE,
                 g_strdup (pre_funding_share_get_partner_name (share)),
                 g_strdup (pre_partner_kind_get_label (pre_funding_share_get_partner_kind (share))),
                 money (pre_funding_share_get_amount (share)));
    }
  if (report->has_balance)
    {
      table_add (table, TRUE, g_strdup (_("Total of the shares")), g_strdup (""),
                 money (report->balance.shares));
      table_add (table, FALSE, g_strdup (_("Annual cost")), g_strdup (""),
                 money (report->balance.annual_cost));
      table_add (table, TRUE, g_strdup (_("Balance")),
                 g_strdup (pre_balance_state_get_label (report->balance.state)),
                 money (ABS (report->balance.balance)));
    }
  draw_table (doc, table);

  if (report->has_balance && report->balance.state == PRE_BALANCE_TO_ALLOCATE)
    {
      g_autofree char *amount = money (report->balance.balance);
      g_autofree char *text = g_strdup_printf (_("The shares leave %s of the annual cost to allocate."), amount);
      note (doc, text);
    }
  else if (report->has_balance && report->balance.state == PRE_BALANCE_OVER_FUNDED)
    {
      g_autofree char *amount = money (-report->balance.balance);
      g_autofree char *text = g_strdup_printf (_("The shares exceed the annual cost by %s."), amount);
      note (doc, text);
    }
}

static void
draw_payments (Doc    *doc,
               Report *report)
{
  g_autoptr(Table) table = table_new (1, 6, 0.30, 0.14, 0.14, 0.14, 0.13, 0.15);
  gint64 planned = 0, called = 0, received = 0;

  heading (doc, _("2. Calls for funds and receipts"));
  if (report->payments->len == 0)
    {
      paragraph (doc, _("No share and no call for funds this year."));
      return;
    }
  table_add (table, FALSE, g_strdup (_("Partner")), g_strdup (_("Planned")), g_strdup (_("Called")),
             g_strdup (_("Received")), g_strdup (_("Call date")), g_strdup (_("Status")));
  for (guint i = 0; i < report->payments->len; i++)
    {
      PrePaymentRow *row = g_ptr_array_index (report->payments, i);
      g_autofree char *partner = NULL;

      if (row->call_reference != NULL && *row->call_reference != '\0')
        /* Translators: a partner, then its titre de recettes */
        partner = g_strdup_printf (_("%s (titre %s)"), row->partner_name, row->call_reference);
      else
        partner = g_strdup (row->partner_name);
      table_add (table, FALSE, g_steal_pointer (&partner), money (row->planned), money (row->called),
                 money (row->received),
                 row->call_date != NULL ? pre_date_format_short (row->call_date) : g_strdup ("—"),
                 g_strdup (pre_payment_status_get_label (row->status)));
      planned += row->planned;
      called += row->called;
      received += row->received;
    }
  table_add (table, TRUE, g_strdup (_("Total")), money (planned), money (called), money (received),
             g_strdup (""), g_strdup (""));
  draw_table (doc, table);
}

static void
draw_missions (Doc    *doc,
               Report *report)
{
  g_autoptr(Table) table = table_new (1, 6, 0.29, 0.15, 0.15, 0.15, 0.15, 0.11);
  gint64 budget = 0, actual = 0, committed = 0;

  heading (doc, _("3. Budget against actual spending per mission"));
  table_add (table, FALSE, g_strdup (_("Mission")), g_strdup (_("Budget")), g_strdup (_("Actual")),
             g_strdup (_("Committed")), g_strdup (_("Remaining")), g_strdup (_("Used")));
  for (guint i = 0; i < report->missions->len; i++)
    {
      PreMissionRow *row = g_ptr_array_index (report->missions, i);

      table_add (table, FALSE, g_strdup (pre_mission_kind_get_label (row->mission_kind)),
                 money (row->budget), money (row->actual), money (row->committed),
                 remaining (row->budget, row->actual),
                 percent (row->actual, row->budget));
      budget += row->budget;
      actual += row->actual;
      committed += row->committed;
    }
  table_add (table, TRUE, g_strdup (_("Total")), money (budget), money (actual), money (committed),
             remaining (budget, actual),
             percent (actual, budget));
  draw_table (doc, table);
  note (doc, _("Actual spending: sessions held and missed, and expenses. Committed: sessions planned."));
}

/* The same stacked bars as the overview page: territories, stacked by
 * mission, actual solid and committed hatched. */
static void
draw_spending_chart (Doc    *doc,
                     Report *report)
{
  /* The same chart as the Overview page's. */
  PreChartData *data = pre_chart_build_territory_spending (report->spending, report->year, report->year);
  PreChartLayout *layout;

  ensure (doc, CHART_HEIGHT + 10);
  doc->y += 6;
  layout = pre_chart_layout_compute (data, content_width (), CHART_HEIGHT, NULL, NULL);
  cairo_save (doc->cr);
  cairo_translate (doc->cr, PRE_REPORT_MARGIN, doc->y);
  pre_chart_paint (layout, doc->cr, pre_chart_palette_default_light ());
  cairo_restore (doc->cr);
  doc->y += CHART_HEIGHT + 4;
  pre_chart_layout_unref (layout);
  pre_chart_data_unref (data);
}

static void
draw_spending (Doc    *doc,
               Report *report)
{
  g_autoptr(Table) table = table_new (1, 6, 0.2, 0.16, 0.16, 0.16, 0.16, 0.16);
  g_autoptr(GPtrArray) lines = NULL;
  gint64 column_totals[PRE_N_MISSION_KINDS + 1] = { 0 };

  /* The chart comes first: the title stays with it. */
  heading_keep (doc, _("4. Spending per territory and mission"),
                report->spending->len > 0 ? CHART_HEIGHT + 16 : 120);
  if (report->spending->len == 0)
    {
      paragraph (doc, _("No spending this year."));
      return;
    }
  draw_spending_chart (doc, report);

  table_add (table, FALSE, g_strdup (_("Territory")),
             g_strdup (pre_mission_kind_get_label (PRE_MISSION_COORDINATION)),
             g_strdup (pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)),
             g_strdup (pre_mission_kind_get_label (PRE_MISSION_PROJECT)),
             g_strdup (pre_mission_kind_get_label (PRE_MISSION_TRAINING)),
             g_strdup (_("Total")));

  /* Rows come by territory (all territories last). */
  lines = pre_spending_by_territory (report->spending);
  for (guint i = 0; i < lines->len; i++)
    {
      const PreTerritorySpending *line = g_ptr_array_index (lines, i);

      for (guint k = 0; k < PRE_N_MISSION_KINDS; k++)
        column_totals[k] += line->actual[k];
      column_totals[PRE_N_MISSION_KINDS] += line->actual_total;
      table_add (table, FALSE, g_strdup (line->territory_name),
                 money (line->actual[0]), money (line->actual[1]), money (line->actual[2]),
                 money (line->actual[3]), money (line->actual_total));
    }
  table_add (table, TRUE, g_strdup (_("Total")),
             money (column_totals[0]), money (column_totals[1]), money (column_totals[2]),
             money (column_totals[3]), money (column_totals[4]));
  draw_table (doc, table);
  note (doc, _("Actual spending only (sessions held and missed, and expenses)."));
}

static void
draw_activity (Doc    *doc,
               Report *report)
{
  heading (doc, _("5. Activity per mission and territory"));

  for (guint k = 0; k < PRE_N_MISSION_KINDS; k++)
    {
      g_autoptr(Table) table = table_new (1, 7, 0.25, 0.1, 0.1, 0.1, 0.11, 0.14, 0.2);
      guint held = 0, missed = 0, planned = 0, cancelled = 0, participants = 0;
      gint64 actual = 0;

      subheading (doc, pre_mission_kind_get_label (k));
      table_add (table, FALSE, g_strdup (_("Territory")), g_strdup (_("Held")), g_strdup (_("Missed")),
                 g_strdup (_("Planned")), g_strdup (_("Cancelled")), g_strdup (_("Participants")),
                 g_strdup (_("Cost of sessions")));
      for (guint i = 0; i < report->activity->len; i++)
        {
          ActivityRow *row = &g_array_index (report->activity, ActivityRow, i);

          if (row->kind != k)
            continue;
          table_add (table, FALSE, g_strdup (row->territory), uint_text (row->n_held),
                     uint_text (row->n_missed), uint_text (row->n_planned),
                     uint_text (row->n_cancelled), uint_text (row->participants), money (row->actual));
          held += row->n_held;
          missed += row->n_missed;
          planned += row->n_planned;
          cancelled += row->n_cancelled;
          participants += row->participants;
          actual += row->actual;
        }
      if (table->rows->len == 1)
        {
          note (doc, _("No session this year."));
          continue;
        }
      table_add (table, TRUE, g_strdup (_("Total")), uint_text (held), uint_text (missed),
                 uint_text (planned), uint_text (cancelled), uint_text (participants), money (actual));
      draw_table (doc, table);

      if (k == PRE_MISSION_PSYCHOLOGY && report->youths->len > 0)
        {
          g_autoptr(Table) youths = table_new (1, 3, 0.5, 0.25, 0.25);
          guint sessions = 0;

          table_add (youths, FALSE, g_strdup (_("Territory")), g_strdup (_("Sessions held or missed")),
                     g_strdup (_("Distinct youths")));
          for (guint i = 0; i < report->youths->len; i++)
            {
              PreYouthCountRow *row = g_ptr_array_index (report->youths, i);
              table_add (youths, FALSE, g_strdup (row->territory_name), uint_text (row->n_sessions),
                         pre_privacy_mask_count (row->n_youths, report->mask));
              sessions += row->n_sessions;
            }
          /* No total of youths: a youth seen on two territories would count twice. */
          table_add (youths, TRUE, g_strdup (_("Total")), uint_text (sessions), g_strdup (""));
          draw_table (doc, youths);
          if (report->mask)
            note (doc, _("Youths are counted by their pseudonymous codes; counts below 5 are masked."));
          else
            note (doc, _("Youths are counted by their pseudonymous codes."));
        }
    }
}

static void
draw_board (Doc    *doc,
            Report *report)
{
  g_autoptr(Table) table = table_new (99, 4, 0.14, 0.22, 0.42, 0.22);
  g_autofree char *none = NULL;

  heading (doc, _("6. Board séances and deliberations"));
  table_add (table, FALSE, g_strdup (_("Date")), g_strdup (_("Board")), g_strdup (_("Deliberation")),
             g_strdup (_("Outcome")));
  for (guint i = 0; i < report->meetings->len; i++)
    {
      PreMeeting *meeting = g_ptr_array_index (report->meetings, i);
      GListModel *deliberations = g_ptr_array_index (report->deliberations, i);

      for (guint j = 0; j < g_list_model_get_n_items (deliberations); j++)
        {
          g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, j);
          const char *number = pre_deliberation_get_number (deliberation);
          g_autofree char *subject = NULL;

          if (number != NULL && *number != '\0')
            subject = g_strdup_printf ("%s – %s", number, pre_deliberation_get_subject (deliberation));
          else
            subject = g_strdup (pre_deliberation_get_subject (deliberation));
          table_add (table, FALSE, pre_date_format_short (pre_meeting_get_date (meeting)),
                     g_strdup (pre_meeting_get_board_name (meeting)), g_steal_pointer (&subject),
                     pre_deliberation_dup_outcome_text (deliberation));
        }
      if (g_list_model_get_n_items (deliberations) == 0)
        table_add (table, FALSE, pre_date_format_short (pre_meeting_get_date (meeting)),
                   g_strdup (pre_meeting_get_board_name (meeting)), g_strdup (_("No deliberation recorded")),
                   g_strdup (""));
    }
  if (table->rows->len == 1)
    {
      none = g_strdup_printf (_("No board séance was recorded in %d."), report->year);
      paragraph (doc, none);
      return;
    }
  draw_table (doc, table);
}

static void
draw_alerts (Doc    *doc,
             Report *report)
{
  g_autoptr(GPtrArray) alerts = g_ptr_array_new_with_free_func (g_free);

  heading (doc, _("7. Points of attention"));

  if (report->has_balance && report->balance.state == PRE_BALANCE_TO_ALLOCATE)
    {
      g_autofree char *amount = money (report->balance.balance);
      g_ptr_array_add (alerts, g_strdup_printf (_("The funding plan leaves %s to allocate."), amount));
    }
  else if (report->has_balance && report->balance.state == PRE_BALANCE_OVER_FUNDED)
    {
      g_autofree char *amount = money (-report->balance.balance);
      g_ptr_array_add (alerts, g_strdup_printf (_("The funding plan exceeds the annual cost by %s."), amount));
    }
  for (guint i = 0; i < report->payments->len; i++)
    {
      PrePaymentRow *row = g_ptr_array_index (report->payments, i);

      if (row->status == PRE_PAYMENT_LATE)
        {
          g_autofree char *outstanding = money (row->called - row->received);
          g_ptr_array_add (alerts, g_strdup_printf (_("%s: %s still to be received, %d days after the call for funds."),
                                                    row->partner_name, outstanding, row->days_since_call));
        }
      if (row->over_received)
        g_ptr_array_add (alerts, g_strdup_printf (_("%s: more was received than called."), row->partner_name));
    }
  for (guint i = 0; i < report->missions->len; i++)
    {
      PreMissionRow *row = g_ptr_array_index (report->missions, i);

      if (row->actual > row->budget)
        {
          g_autofree char *over = money (row->actual - row->budget);
          g_ptr_array_add (alerts, g_strdup_printf (_("%s: spending exceeds the budget by %s."),
                                                    pre_mission_kind_get_label (row->mission_kind), over));
        }
    }

  if (alerts->len == 0)
    paragraph (doc, _("Nothing to report."));
  for (guint i = 0; i < alerts->len; i++)
    {
      /* Translators: an item of a list */
      g_autofree char *item = g_strdup_printf (_("• %s"), (const char *) g_ptr_array_index (alerts, i));
      paragraph (doc, item);
    }
}

static guint
render (Report     *report,
        cairo_t    *cr,
        guint       n_pages,
        GPtrArray  *prev_toc,
        GPtrArray **toc)
{
  g_autofree char *footer = NULL;
  Doc doc = { 0 };

  footer = g_strdup_printf (_("Annual report %d — %s"), report->year,
                            pre_convention_get_title (report->convention));
  doc.cr = cr;
  doc.n_pages = n_pages;
  doc.footer = footer;
  doc.toc = g_ptr_array_new_with_free_func (toc_entry_free);
  doc.prev_toc = prev_toc;

  begin_page (&doc);
  draw_cover (&doc, report);
  new_page (&doc);
  draw_funding (&doc, report);
  draw_payments (&doc, report);
  draw_missions (&doc, report);
  draw_spending (&doc, report);
  draw_activity (&doc, report);
  draw_board (&doc, report);
  draw_alerts (&doc, report);
  end_page (&doc);
  *toc = doc.toc;
  return doc.page;
}

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->stream == NULL)
    return CAIRO_STATUS_SUCCESS;
  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (closure->stream, data, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Renders on a PDF surface writing to @closure (discarding without a
 * stream); returns the number of pages, 0 on a cairo error. */
static guint
render_pdf (Report        *report,
            WriteClosure  *closure,
            guint          n_pages,
            GPtrArray     *prev_toc,
            GPtrArray    **toc)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint pages;

  surface = cairo_pdf_surface_create_for_stream (write_cb, closure,
                                                 PRE_REPORT_A4_WIDTH, PRE_REPORT_A4_HEIGHT);
  if (n_pages > 0)
    {
      g_autofree char *title = g_strdup_printf (_("Annual report %d"), report->year);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                      pre_convention_get_title (report->convention));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "PRE Coordination");
    }
  cr = cairo_create (surface);
  pages = render (report, cr, n_pages, prev_toc, toc);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS ? pages : 0;
}

gboolean
pre_report_write_annual_pdf (PreStore        *store,
                             gint64           convention_id,
                             int              year,
                             PreReportFlags   flags,
                             const char      *path,
                             guint           *n_pages,
                             GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  WriteClosure counting = { NULL, NULL };
  WriteClosure closure = { NULL, NULL };
  Report report = { 0 };
  g_autoptr(GPtrArray) empty_toc = g_ptr_array_new ();
  g_autoptr(GPtrArray) toc = NULL;
  guint pages;
  gboolean existed;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report.year = year;
  report.mask = (flags & PRE_REPORT_MASK_SMALL_COUNTS) != 0;
  if (!report_load (&report, store, convention_id, error))
    {
      report_clear (&report);
      return FALSE;
    }

  /* A first pass counts the pages, for "Page 2 of 6", and finds the page of
   * each section, for the contents. */
  pages = render_pdf (&report, &counting, 0, empty_toc, &toc);

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  cancellable = g_cancellable_new ();
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    {
      report_clear (&report);
      return FALSE;
    }
  closure.stream = G_OUTPUT_STREAM (stream);
  if (pages > 0)
    {
      g_autoptr(GPtrArray) final_toc = NULL;
      pages = render_pdf (&report, &closure, pages, toc, &final_toc);
    }
  report_clear (&report);

  if (closure.error != NULL || pages == 0)
    {
      /* Drop the temporary file: the previous one stays. */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      if (closure.error != NULL)
        g_propagate_prefixed_error (error, g_steal_pointer (&closure.error),
                                    _("Could not write the PDF file “%s”: "), path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not write the PDF file “%s”."), path);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return FALSE;
  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
