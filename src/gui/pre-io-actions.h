/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-application.h"

G_BEGIN_DECLS

/*
 * Spreadsheets in and out, and the annual report, for the application:
 *   app.import::KIND (sessions, expenses, payments, members): choose a CSV
 *     file, ask for the mission when the file has no mission column, show
 *     the preview (columns, rows to add, rows already present, every bad
 *     line) and import all of it, or the valid rows, in one transaction;
 *   app.export-table::TABLE (sessions, expenses, funding, payments): save
 *     the window's year as CSV in the French office format;
 *   app.export-annual-report: save the annual report of the window's year
 *     as PDF (small counts masked when the preference says so).
 */
void pre_io_actions_add         (PreApplication *app);

/* The import after the file chooser: reads @file, asks for the mission if
 * needed, shows the preview over @window. */
void pre_io_actions_import_file (PreApplication *app,
                                 GtkWindow      *window,
                                 const char     *kind,
                                 GFile          *file);

/* The table export after the file chooser: writes the table @table_name
 * ("sessions", …) of the window's year to @file, an OpenDocument
 * spreadsheet when its name ends in .ods, else CSV; a failure is shown over
 * @window. */
gboolean pre_io_actions_export_table_file (PreApplication *app,
                                           GtkWindow      *window,
                                           const char     *table_name,
                                           GFile          *file);

G_END_DECLS
