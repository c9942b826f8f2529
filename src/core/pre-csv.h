/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PreCsvEncoding:
 * @PRE_CSV_ENCODING_UTF8: UTF-8 without a byte order mark
 * @PRE_CSV_ENCODING_UTF8_BOM: UTF-8 starting with a byte order mark (what
 *   Excel writes and expects)
 * @PRE_CSV_ENCODING_WINDOWS_1252: Windows-1252 (older French office files)
 *
 * The encoding a CSV file was found to be in.
 */
typedef enum
{
  PRE_CSV_ENCODING_UTF8,
  PRE_CSV_ENCODING_UTF8_BOM,
  PRE_CSV_ENCODING_WINDOWS_1252,
} PreCsvEncoding;

/**
 * PreCsvError:
 * @PRE_CSV_ERROR_EMPTY: the file holds no line
 * @PRE_CSV_ERROR_ENCODING: the file is neither UTF-8 nor Windows-1252
 * @PRE_CSV_ERROR_UNTERMINATED: a quoted field is not closed
 * @PRE_CSV_ERROR_TOO_LARGE: the file is too large for a spreadsheet import
 */
typedef enum
{
  PRE_CSV_ERROR_EMPTY,
  PRE_CSV_ERROR_ENCODING,
  PRE_CSV_ERROR_UNTERMINATED,
  PRE_CSV_ERROR_TOO_LARGE,
} PreCsvError;

#define PRE_CSV_ERROR (pre_csv_error_quark ())
GQuark pre_csv_error_quark (void);

/* Files above this are refused (a commune's spreadsheet is a few kB). */
#define PRE_CSV_MAX_SIZE (64 * 1024 * 1024)

/**
 * PreCsv:
 * @separator: the separator found: ';', ',' or '\t'
 * @encoding: the encoding found
 * @rows: (element-type GStrv): the records, UTF-8; row 0 is the header.
 *   Lines with only empty fields are skipped.
 * @lines: (element-type guint): for each row, the line of the file where
 *   it starts (1 for the first line), for messages
 *
 * A CSV file read whole.
 */
typedef struct
{
  char            separator;
  PreCsvEncoding  encoding;
  GPtrArray      *rows;
  GArray         *lines;
} PreCsv;

/**
 * pre_csv_parse:
 * @data: the file's bytes
 * @length: their length, or -1 when nul-terminated
 * @error: a #PRE_CSV_ERROR
 *
 * Detects the encoding (a UTF-8 byte order mark, valid UTF-8, else
 * Windows-1252) and the separator (the most frequent of ';', tab and ','
 * outside quotes on the first line), then splits the records: fields in
 * double quotes may hold separators, newlines and doubled quotes; CRLF and
 * LF line ends alike; spaces around unquoted fields are kept as they are
 * (callers trim).
 *
 * Returns: (transfer full): the records, or %NULL
 */
PreCsv     *pre_csv_parse          (const char   *data,
                                    gssize        length,
                                    GError      **error);

/**
 * pre_csv_read_file:
 *
 * Reads @path and calls pre_csv_parse(). The message names the file.
 *
 * Returns: (transfer full): the records, or %NULL
 */
PreCsv     *pre_csv_read_file      (const char   *path,
                                    GError      **error);

void        pre_csv_free           (PreCsv       *csv);

/**
 * pre_csv_get_n_rows:
 *
 * Returns: the number of records, the header included
 */
guint       pre_csv_get_n_rows     (const PreCsv *csv);

/**
 * pre_csv_get_row:
 *
 * Returns: (transfer none): the fields of record @row
 */
const char * const *pre_csv_get_row (const PreCsv *csv,
                                     guint         row);

/**
 * pre_csv_get_line:
 *
 * Returns: the line of the file where record @row starts (1-based)
 */
guint       pre_csv_get_line       (const PreCsv *csv,
                                    guint         row);

/**
 * pre_csv_append_field:
 * @out: where to write
 * @text: (nullable): the field
 * @separator: the file's separator
 *
 * Appends @text as a CSV field, quoted when it holds the separator, a quote,
 * a line break or leading or trailing space.
 */
void        pre_csv_append_field   (GString      *out,
                                    const char   *text,
                                    char          separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreCsv, pre_csv_free)

G_END_DECLS
