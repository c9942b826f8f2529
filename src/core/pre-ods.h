/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pre-sheet.h"

G_BEGIN_DECLS

/**
 * PRE_ODS_MIME_TYPE:
 *
 * The media type of an OpenDocument spreadsheet, the content of its
 * `mimetype` entry.
 */
#define PRE_ODS_MIME_TYPE "application/vnd.oasis.opendocument.spreadsheet"

/**
 * pre_ods_write:
 * @sheet: the table to write
 * @error: return location for a #GError (%G_IO_ERROR_FAILED when the zip
 *   container cannot be made)
 *
 * Writes @sheet as an OpenDocument spreadsheet (ODF 1.3) in a zip container
 * made by libarchive: the `mimetype` entry first, stored, with its checksum
 * and sizes in its local header (as LibreOffice requires), then
 * `META-INF/manifest.xml`, `content.xml`, `styles.xml` and `meta.xml`,
 * deflated. The sheet's name is the table's name. The header row is bold and repeated on printed pages; columns
 * are as wide as their text; integers are float cells, amounts currency
 * cells in euros shown "4 820,00 €", dates date cells shown dd/mm/yyyy.
 *
 * Returns: (transfer full): the file's bytes, or %NULL
 */
GBytes   *pre_ods_write      (PreSheet    *sheet,
                              GError     **error);

/**
 * pre_ods_write_file:
 * @sheet: the table to write
 * @path: the file, replaced atomically (written aside, then renamed): a
 *   failure leaves no half-written file
 * @error: return location for a #GError
 *
 * pre_ods_write() saved to @path.
 *
 * Returns: %TRUE on success
 */
gboolean  pre_ods_write_file (PreSheet    *sheet,
                              const char  *path,
                              GError     **error);

G_END_DECLS
