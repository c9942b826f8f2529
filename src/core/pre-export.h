/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pre-sheet.h"
#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreExportTable:
 * @PRE_EXPORT_SESSIONS: the sessions of every mission
 * @PRE_EXPORT_EXPENSES: the expenses
 * @PRE_EXPORT_FUNDING: the funding plan (shares per partner and year, with
 *   the annual cost and the balance of each year)
 * @PRE_EXPORT_PAYMENTS: calls for funds and receipts per partner and year
 * @PRE_EXPORT_DELIBERATIONS: the deliberations linked to the convention,
 *   by séance date, with their votes, outcome and decisions
 *
 * A table that can be written as CSV or as an OpenDocument spreadsheet.
 */
typedef enum
{
  PRE_EXPORT_SESSIONS,
  PRE_EXPORT_EXPENSES,
  PRE_EXPORT_FUNDING,
  PRE_EXPORT_PAYMENTS,
  PRE_EXPORT_DELIBERATIONS,
} PreExportTable;

/**
 * PreExportFormat:
 * @PRE_EXPORT_FORMAT_CSV: CSV text (see #PreExportFlags)
 * @PRE_EXPORT_FORMAT_ODS: an OpenDocument spreadsheet (`.ods`, see
 *   pre_ods_write()): numbers, amounts in euros and dates are typed cells
 *
 * The kind of file a table is written to.
 */
typedef enum
{
  PRE_EXPORT_FORMAT_CSV,
  PRE_EXPORT_FORMAT_ODS,
} PreExportFormat;

/**
 * PreExportFlags:
 * @PRE_EXPORT_FLAGS_NONE: the French office format: `;` separator, UTF-8
 *   with a byte order mark (so that Excel reads the accents right), decimal
 *   comma without thousands separators ("4820,50"), dates dd/mm/yyyy,
 *   French headers and values
 * @PRE_EXPORT_MACHINE: for programs: `,` separator, UTF-8 without a byte
 *   order mark, decimal point ("4820.50"), ISO dates, English headers and
 *   the stored names of kinds and statuses
 * @PRE_EXPORT_MASK_SMALL_COUNTS: counts of people below
 *   %PRE_PRIVACY_MASK_THRESHOLD are written "< 5", and youth codes left out
 *
 * How a table is written. The headers and values chosen by
 * %PRE_EXPORT_MACHINE apply to OpenDocument spreadsheets too.
 */
typedef enum
{
  PRE_EXPORT_FLAGS_NONE        = 0,
  PRE_EXPORT_MACHINE           = 1 << 0,
  PRE_EXPORT_MASK_SMALL_COUNTS = 1 << 1,
} PreExportFlags;

/**
 * pre_export_table_from_string:
 * @text: "sessions", "expenses", "funding", "payments" or "deliberations"
 *
 * Returns: %TRUE if @text names a table
 */
gboolean  pre_export_table_from_string (const char      *text,
                                        PreExportTable  *table);

/**
 * pre_export_table_to_string:
 *
 * Returns: the table's name, as pre_export_table_from_string() reads it
 */
const char *pre_export_table_to_string (PreExportTable   table);

/**
 * pre_export_format_from_string:
 * @text: "csv" or "ods" (any case)
 *
 * Returns: %TRUE if @text names a format
 */
gboolean  pre_export_format_from_string (const char      *text,
                                         PreExportFormat *format);

/**
 * pre_export_format_from_path:
 * @path: a file name
 *
 * Returns: %TRUE if @path ends in ".csv" or ".ods" (any case), setting
 *   @format
 */
gboolean  pre_export_format_from_path  (const char      *path,
                                        PreExportFormat *format);

/**
 * pre_export_format_get_extension:
 *
 * Returns: "csv" or "ods"
 */
const char *pre_export_format_get_extension (PreExportFormat format);

/**
 * pre_export_sheet:
 * @store: the database
 * @table: what to read
 * @year: a year, or 0 for every year of the current convention
 * @flags: the headers and values (French or machine), masking
 * @error: return location for a #GError: %PRE_STORE_ERROR_NOT_FOUND without
 *   a convention, %PRE_VALIDATION_ERROR_OUT_OF_RANGE (field "year") for a
 *   year outside it
 *
 * Reads @table of the current convention into typed cells, the one model
 * every export format writes.
 *
 * Returns: (transfer full): the sheet, or %NULL
 */
PreSheet *pre_export_sheet             (PreStore        *store,
                                        PreExportTable   table,
                                        int              year,
                                        PreExportFlags   flags,
                                        GError         **error);

/**
 * pre_export_sheet_to_csv:
 * @sheet: what to write
 * @flags: the format (%PRE_EXPORT_MACHINE or the French office one)
 *
 * Returns: (transfer full): @sheet as CSV text, headers first
 */
char     *pre_export_sheet_to_csv      (PreSheet        *sheet,
                                        PreExportFlags   flags);

/**
 * pre_export_csv:
 * @store: the database
 * @table: what to write
 * @year: a year, or 0 for every year of the current convention
 * @flags: the format
 * @n_rows: (out) (optional): the rows written, the header not included
 * @error: return location for a #GError
 *
 * Writes @table of the current convention as CSV text that
 * pre_import_load_data() reads back (same headers and values).
 *
 * Returns: (transfer full): the file's contents (nul-terminated), or %NULL
 */
char     *pre_export_csv               (PreStore        *store,
                                        PreExportTable   table,
                                        int              year,
                                        PreExportFlags   flags,
                                        guint           *n_rows,
                                        GError         **error);

/**
 * pre_export_to_file:
 * @format: CSV or OpenDocument spreadsheet
 * @path: the file, replaced atomically (written aside, then renamed)
 * @n_rows: (out) (optional): the rows written, the header not included
 *
 * pre_export_sheet() written to @path in @format.
 *
 * Returns: %TRUE on success
 */
gboolean  pre_export_to_file           (PreStore        *store,
                                        PreExportTable   table,
                                        int              year,
                                        PreExportFlags   flags,
                                        PreExportFormat  format,
                                        const char      *path,
                                        guint           *n_rows,
                                        GError         **error);

/**
 * pre_export_csv_to_file:
 *
 * pre_export_csv() written to @path (replaced atomically).
 */
gboolean  pre_export_csv_to_file       (PreStore        *store,
                                        PreExportTable   table,
                                        int              year,
                                        PreExportFlags   flags,
                                        const char      *path,
                                        guint           *n_rows,
                                        GError         **error);

G_END_DECLS
