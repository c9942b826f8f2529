/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreExportTable:
 * @PRE_EXPORT_SESSIONS: the sessions of every mission
 * @PRE_EXPORT_EXPENSES: the expenses
 * @PRE_EXPORT_FUNDING: the funding plan (shares per partner and year, with
 *   the annual cost and the balance of each year)
 * @PRE_EXPORT_PAYMENTS: calls for funds and receipts per partner and year
 *
 * A table that can be written as CSV.
 */
typedef enum
{
  PRE_EXPORT_SESSIONS,
  PRE_EXPORT_EXPENSES,
  PRE_EXPORT_FUNDING,
  PRE_EXPORT_PAYMENTS,
} PreExportTable;

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
 * How a table is written.
 */
typedef enum
{
  PRE_EXPORT_FLAGS_NONE        = 0,
  PRE_EXPORT_MACHINE           = 1 << 0,
  PRE_EXPORT_MASK_SMALL_COUNTS = 1 << 1,
} PreExportFlags;

/**
 * pre_export_table_from_string:
 * @text: "sessions", "expenses", "funding" or "payments"
 *
 * Returns: %TRUE if @text names a table
 */
gboolean  pre_export_table_from_string (const char      *text,
                                        PreExportTable  *table);

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
