/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PreSheetCellType:
 * @PRE_SHEET_CELL_EMPTY: nothing
 * @PRE_SHEET_CELL_TEXT: text
 * @PRE_SHEET_CELL_INTEGER: a whole number (a year, a count, minutes)
 * @PRE_SHEET_CELL_AMOUNT: an amount of money, in cents
 * @PRE_SHEET_CELL_DATE: a date, ISO 8601 "YYYY-MM-DD"
 *
 * What a cell holds; each writer shows it its own way (CSV text, an
 * OpenDocument float, currency or date cell).
 */
typedef enum
{
  PRE_SHEET_CELL_EMPTY,
  PRE_SHEET_CELL_TEXT,
  PRE_SHEET_CELL_INTEGER,
  PRE_SHEET_CELL_AMOUNT,
  PRE_SHEET_CELL_DATE,
} PreSheetCellType;

/**
 * PreSheetCell:
 * @type: what the cell holds
 * @number: the integer, or the amount in cents
 * @text: the text, or the ISO date; %NULL for the other types
 *
 * One cell of a #PreSheet.
 */
typedef struct
{
  PreSheetCellType  type;
  gint64            number;
  char             *text;
} PreSheetCell;

#define PRE_TYPE_SHEET (pre_sheet_get_type ())

/**
 * PreSheet:
 *
 * A table of typed cells under a row of column headers: what an export
 * produces once, and what the CSV and OpenDocument writers both read.
 * Built by adding the headers, then each row's cells in order, ending each
 * row with pre_sheet_end_row().
 */
typedef struct _PreSheet PreSheet;

GType               pre_sheet_get_type        (void) G_GNUC_CONST;

/**
 * pre_sheet_new:
 * @name: the sheet's name, shown on its tab in a spreadsheet
 *
 * Returns: (transfer full): an empty sheet
 */
PreSheet           *pre_sheet_new             (const char  *name);
PreSheet           *pre_sheet_ref             (PreSheet    *self);
void                pre_sheet_unref           (PreSheet    *self);

const char         *pre_sheet_get_name        (PreSheet    *self);

/**
 * pre_sheet_add_column:
 * @header: the column's header
 *
 * Adds a column; every column comes before the first row.
 */
void                pre_sheet_add_column      (PreSheet    *self,
                                               const char  *header);
void                pre_sheet_add_text        (PreSheet    *self,
                                               const char  *text);
void                pre_sheet_add_integer     (PreSheet    *self,
                                               gint64       value);
void                pre_sheet_add_amount      (PreSheet    *self,
                                               gint64       cents);

/**
 * pre_sheet_add_date:
 * @iso: "YYYY-MM-DD", or %NULL or "" for an empty cell
 */
void                pre_sheet_add_date        (PreSheet    *self,
                                               const char  *iso);

/**
 * pre_sheet_add_empty:
 *
 * Adds an empty cell; pre_sheet_add_text() with %NULL or "" does the same.
 */
void                pre_sheet_add_empty       (PreSheet    *self);

/**
 * pre_sheet_end_row:
 *
 * Ends the row being added; it must hold one cell per column.
 */
void                pre_sheet_end_row         (PreSheet    *self);

guint               pre_sheet_get_n_columns   (PreSheet    *self);
const char         *pre_sheet_get_header      (PreSheet    *self,
                                               guint        column);

/**
 * pre_sheet_get_n_rows:
 *
 * Returns: the rows ended so far, the header not included
 */
guint               pre_sheet_get_n_rows      (PreSheet    *self);

/**
 * pre_sheet_get_cell:
 *
 * Returns: (transfer none): the cell at @row (0 is the first row under the
 *   headers) and @column
 */
const PreSheetCell *pre_sheet_get_cell        (PreSheet    *self,
                                               guint        row,
                                               guint        column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreSheet, pre_sheet_unref)

G_END_DECLS
