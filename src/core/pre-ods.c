/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-money.h"
#include "pre-ods.h"

#define NS_OFFICE "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
#define NS_STYLE "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
#define NS_TEXT "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
#define NS_TABLE "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
#define NS_FO "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
#define NS_NUMBER "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
#define NS_META "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
#define NS_DC "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

/* Column widths, from the longest text: about 0.21 cm per character of
 * the default 10 pt font, within bounds that keep a sheet readable. */
#define CM_PER_CHAR 0.21
#define MIN_COLUMN_CM 1.8
#define MAX_COLUMN_CM 10.0

/* The amount as a number of euros: "4820", "60.5", "-2680.25". */
static char *
euros_value (gint64 cents)
{
  guint64 magnitude = cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;
  guint rest = magnitude % 100;

  if (rest == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, cents < 0 ? "-" : "", magnitude / 100);
  if (rest % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%u", cents < 0 ? "-" : "", magnitude / 100, rest / 10);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", cents < 0 ? "-" : "", magnitude / 100, rest);
}

/* What the cell shows, as the spreadsheet would show it with its styles. */
static char *
display_text (const PreSheetCell *cell)
{
  switch (cell->type)
    {
    case PRE_SHEET_CELL_EMPTY:
      return g_strdup ("");
    case PRE_SHEET_CELL_TEXT:
      return g_strdup (cell->text);
    case PRE_SHEET_CELL_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->number);
    case PRE_SHEET_CELL_AMOUNT:
      return pre_money_format_style (cell->number, PRE_MONEY_STYLE_FRENCH);
    case PRE_SHEET_CELL_DATE:
      if (strlen (cell->text) != 10)
        return g_strdup (cell->text);
      return g_strdup_printf ("%.2s/%.2s/%.4s", cell->text + 8, cell->text + 5, cell->text);
    default:
      g_assert_not_reached ();
    }
}

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/* A paragraph per line; runs of spaces and tabs kept as ODF writes them
 * (a plain run would collapse to one space). */
static void
append_paragraphs (GString    *out,
                   const char *text)
{
  const char *p = text;

  g_string_append (out, "<text:p>");
  while (*p != '\0')
    {
      gsize run = strcspn (p, " \t\n\r");

      append_escaped (out, p, run);
      p += run;
      if (*p == ' ')
        {
          gsize spaces = strspn (p, " ");

          g_string_append_c (out, ' ');
          if (spaces > 1)
            g_string_append_printf (out, "<text:s text:c=\"%" G_GSIZE_FORMAT "\"/>", spaces - 1);
          p += spaces;
        }
      else if (*p == '\t')
        {
          g_string_append (out, "<text:tab/>");
          p++;
        }
      else if (*p == '\r' || *p == '\n')
        {
          p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
          g_string_append (out, "</text:p><text:p>");
        }
    }
  g_string_append (out, "</text:p>");
}

static void
append_cell (GString            *out,
             const PreSheetCell *cell)
{
  g_autofree char *shown = display_text (cell);
  g_autofree char *value = NULL;

  switch (cell->type)
    {
    case PRE_SHEET_CELL_EMPTY:
      g_string_append (out, "<table:table-cell/>");
      return;
    case PRE_SHEET_CELL_TEXT:
      g_string_append (out, "<table:table-cell office:value-type=\"string\">");
      break;
    case PRE_SHEET_CELL_INTEGER:
      g_string_append_printf (out, "<table:table-cell office:value-type=\"float\" office:value=\"%s\">",
                              shown);
      break;
    case PRE_SHEET_CELL_AMOUNT:
      value = euros_value (cell->number);
      g_string_append_printf (out, "<table:table-cell table:style-name=\"ce-amount\""
                                   " office:value-type=\"currency\" office:currency=\"EUR\""
                                   " office:value=\"%s\">", value);
      break;
    case PRE_SHEET_CELL_DATE:
      g_string_append (out, "<table:table-cell table:style-name=\"ce-date\" office:value-type=\"date\""
                            " office:date-value=\"");
      append_escaped (out, cell->text, -1);
      g_string_append (out, "\">");
      break;
    default:
      g_assert_not_reached ();
    }
  append_paragraphs (out, shown);
  g_string_append (out, "</table:table-cell>");
}

/* The widest line of @text, in characters. */
static guint
text_width (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint width = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    width = MAX (width, (guint) g_utf8_strlen (lines[i], -1));
  return width;
}

static double
column_width_cm (PreSheet *sheet,
                 guint     column)
{
  /* The header is bold: a little wider. */
  double chars = text_width (pre_sheet_get_header (sheet, column)) * 1.1;

  for (guint r = 0; r < pre_sheet_get_n_rows (sheet); r++)
    {
      g_autofree char *shown = display_text (pre_sheet_get_cell (sheet, r, column));
      chars = MAX (chars, text_width (shown));
    }
  return CLAMP (0.4 + chars * CM_PER_CHAR, MIN_COLUMN_CM, MAX_COLUMN_CM);
}

/* "4 820,00 €" and "-2 680,00 €", in French whatever the locale: the
 * format the exports are for. */
static const char currency_styles[] =
  "<number:currency-style style:name=\"N-EUR-P\" style:volatile=\"true\""
  " number:language=\"fr\" number:country=\"FR\">"
  "<number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\""
  " number:min-integer-digits=\"1\" number:grouping=\"true\"/>"
  "<number:text>\xc2\xa0</number:text>"
  "<number:currency-symbol number:language=\"fr\" number:country=\"FR\">€</number:currency-symbol>"
  "</number:currency-style>"
  "<number:currency-style style:name=\"N-EUR\" number:language=\"fr\" number:country=\"FR\">"
  "<number:text>-</number:text>"
  "<number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\""
  " number:min-integer-digits=\"1\" number:grouping=\"true\"/>"
  "<number:text>\xc2\xa0</number:text>"
  "<number:currency-symbol number:language=\"fr\" number:country=\"FR\">€</number:currency-symbol>"
  "<style:map style:condition=\"value()&gt;=0\" style:apply-style-name=\"N-EUR-P\"/>"
  "</number:currency-style>"
  "<number:date-style style:name=\"N-DATE\" number:language=\"fr\" number:country=\"FR\""
  " number:automatic-order=\"false\">"
  "<number:day number:style=\"long\"/><number:text>/</number:text>"
  "<number:month number:style=\"long\"/><number:text>/</number:text>"
  "<number:year number:style=\"long\"/>"
  "</number:date-style>"
  "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
  "<style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/>"
  "</style:style>"
  "<style:style style:name=\"ce-header\" style:family=\"table-cell\" style:parent-style-name=\"Default\">"
  "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
  " style:font-weight-complex=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"ce-amount\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
  " style:data-style-name=\"N-EUR\"/>"
  "<style:style style:name=\"ce-date\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
  " style:data-style-name=\"N-DATE\"/>";

static char *
content_xml (PreSheet *sheet)
{
  GString *out = g_string_new (XML_DECL);
  guint n_columns = pre_sheet_get_n_columns (sheet);

  g_string_append (out, "<office:document-content " NS_OFFICE " " NS_STYLE " " NS_TEXT " " NS_TABLE
                        " " NS_FO " " NS_NUMBER " office:version=\"1.3\">");
  g_string_append (out, "<office:automatic-styles>");
  for (guint c = 0; c < n_columns; c++)
    {
      char width[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (width, sizeof width, "%.2f", column_width_cm (sheet, c));
      g_string_append_printf (out, "<style:style style:name=\"co%u\" style:family=\"table-column\">"
                                   "<style:table-column-properties fo:break-before=\"auto\""
                                   " style:column-width=\"%scm\"/></style:style>", c + 1, width);
    }
  g_string_append (out, currency_styles);
  g_string_append (out, "</office:automatic-styles>");

  g_string_append (out, "<office:body><office:spreadsheet><table:table table:name=\"");
  append_escaped (out, pre_sheet_get_name (sheet), -1);
  g_string_append (out, "\" table:style-name=\"ta1\">");
  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (out, "<table:table-column table:style-name=\"co%u\""
                                 " table:default-cell-style-name=\"Default\"/>", c + 1);

  /* Header rows are repeated on every printed page. */
  g_string_append (out, "<table:table-header-rows><table:table-row>");
  for (guint c = 0; c < n_columns; c++)
    {
      g_string_append (out, "<table:table-cell table:style-name=\"ce-header\" office:value-type=\"string\">");
      append_paragraphs (out, pre_sheet_get_header (sheet, c));
      g_string_append (out, "</table:table-cell>");
    }
  g_string_append (out, "</table:table-row></table:table-header-rows>");

  for (guint r = 0; r < pre_sheet_get_n_rows (sheet); r++)
    {
      g_string_append (out, "<table:table-row>");
      for (guint c = 0; c < n_columns; c++)
        append_cell (out, pre_sheet_get_cell (sheet, r, c));
      g_string_append (out, "</table:table-row>");
    }
  g_string_append (out, "</table:table></office:spreadsheet></office:body></office:document-content>\n");
  return g_string_free_and_steal (out);
}

/* The default cell style the automatic ones derive from, and an A4
 * landscape page for printing wide tables. */
static const char styles_xml[] =
  XML_DECL
  "<office:document-styles " NS_OFFICE " " NS_STYLE " " NS_TEXT " " NS_TABLE " " NS_FO " " NS_NUMBER
  " office:version=\"1.3\">"
  "<office:styles>"
  "<style:default-style style:family=\"table-cell\">"
  "<style:paragraph-properties style:tab-stop-distance=\"1.25cm\"/>"
  "<style:text-properties fo:language=\"fr\" fo:country=\"FR\"/>"
  "</style:default-style>"
  "<style:style style:name=\"Default\" style:family=\"table-cell\"/>"
  "</office:styles>"
  "<office:automatic-styles>"
  "<style:page-layout style:name=\"pm1\">"
  "<style:page-layout-properties fo:page-width=\"29.7cm\" fo:page-height=\"21cm\""
  " style:print-orientation=\"landscape\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\""
  " fo:margin-left=\"1.5cm\" fo:margin-right=\"1.5cm\"/>"
  "</style:page-layout>"
  "</office:automatic-styles>"
  "<office:master-styles>"
  "<style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\"/>"
  "</office:master-styles>"
  "</office:document-styles>\n";

static const char manifest_xml[] =
  XML_DECL
  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
  " manifest:version=\"1.3\">\n"
  " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
  " manifest:media-type=\"" PRE_ODS_MIME_TYPE "\"/>\n"
  " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
  " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
  " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
  "</manifest:manifest>\n";

static char *
meta_xml (PreSheet  *sheet,
          GDateTime *now)
{
  GString *out = g_string_new (XML_DECL);
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_string_append (out, "<office:document-meta " NS_OFFICE " " NS_META " " NS_DC " office:version=\"1.3\">"
                        "<office:meta><meta:generator>PRE Coordination/" PACKAGE_VERSION "</meta:generator>"
                        "<dc:title>");
  append_escaped (out, pre_sheet_get_name (sheet), -1);
  g_string_append_printf (out, "</dc:title><meta:creation-date>%s</meta:creation-date>"
                               "<dc:date>%s</dc:date>"
                               "<meta:document-statistic meta:table-count=\"1\" meta:cell-count=\"%u\"/>"
                               "</office:meta></office:document-meta>\n",
                          created, created,
                          (pre_sheet_get_n_rows (sheet) + 1) * pre_sheet_get_n_columns (sheet));
  return g_string_free_and_steal (out);
}

static la_ssize_t
write_cb (struct archive *archive,
          void           *user_data,
          const void     *buffer,
          size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

typedef struct archive Archive;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Archive, archive_write_free)
typedef struct archive_entry ArchiveEntry;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ArchiveEntry, archive_entry_free)

static gboolean
archive_failed (Archive  *archive,
                GError  **error)
{
  const char *reason = archive_error_string (archive);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("The spreadsheet could not be put together: %s."),
               reason != NULL ? reason : g_strerror (archive_errno (archive)));
  return FALSE;
}

/* A deflated entry: libarchive streams it, its checksum and sizes
 * following the data in a data descriptor, which readers accept. */
static gboolean
add_entry (Archive     *archive,
           const char  *name,
           const char  *data,
           GDateTime   *now,
           GError     **error)
{
  g_autoptr(ArchiveEntry) entry = archive_entry_new ();
  gsize length = strlen (data);
  gsize done = 0;

  if (archive_write_zip_set_compression_deflate (archive) != ARCHIVE_OK)
    return archive_failed (archive, error);
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  archive_entry_set_mtime (entry, g_date_time_to_unix (now), 0);
  if (archive_write_header (archive, entry) != ARCHIVE_OK)
    return archive_failed (archive, error);
  while (done < length)
    {
      la_ssize_t written = archive_write_data (archive, data + done, length - done);

      if (written <= 0)
        return archive_failed (archive, error);
      done += written;
    }
  if (archive_write_finish_entry (archive) != ARCHIVE_OK)
    return archive_failed (archive, error);
  return TRUE;
}

/* The `mimetype` entry must be stored with its checksum and sizes in its
 * header: LibreOffice refuses a stored entry whose sizes come after the
 * data. libarchive streams regular files (sizes after the data) but
 * writes a symbolic link's target, known in advance, stored and with its
 * checksum and sizes in the header; so `mimetype` is written as a link
 * whose target is the media type, and mark_mimetype_regular() then gives
 * its central-directory record a regular file's mode, so that every zip
 * reader (unzip too) sees a plain file holding the media type. */
static gboolean
add_mimetype (Archive     *archive,
              GDateTime   *now,
              GError     **error)
{
  g_autoptr(ArchiveEntry) entry = archive_entry_new ();

  if (archive_write_zip_set_compression_store (archive) != ARCHIVE_OK)
    return archive_failed (archive, error);
  archive_entry_set_pathname (entry, "mimetype");
  archive_entry_set_filetype (entry, AE_IFLNK);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_symlink (entry, PRE_ODS_MIME_TYPE);
  archive_entry_set_mtime (entry, g_date_time_to_unix (now), 0);
  if (archive_write_header (archive, entry) != ARCHIVE_OK
      || archive_write_finish_entry (archive) != ARCHIVE_OK)
    return archive_failed (archive, error);
  return TRUE;
}

/* The central directory's "external attributes" of the `mimetype` record
 * carry the Unix mode in their high 16 bits: make it a regular 0644 file.
 * Only these four bytes change; libarchive wrote the container. */
static void
mark_mimetype_regular (GByteArray *bytes)
{
  static const guint8 signature[4] = { 0x50, 0x4b, 0x01, 0x02 };
  const guint32 mode = (0100644u << 16);

  for (guint i = 0; i + 46 + 8 <= bytes->len; i++)
    {
      guint8 *record = bytes->data + i;
      guint name_length;

      if (memcmp (record, signature, sizeof signature) != 0)
        continue;
      name_length = record[28] | (record[29] << 8);
      if (name_length != 8 || memcmp (record + 46, "mimetype", 8) != 0)
        continue;
      record[38] = mode & 0xff;
      record[39] = (mode >> 8) & 0xff;
      record[40] = (mode >> 16) & 0xff;
      record[41] = (mode >> 24) & 0xff;
      return;
    }
}

GBytes *
pre_ods_write (PreSheet  *sheet,
               GError   **error)
{
  g_autoptr(Archive) archive = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *content = NULL;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  now = g_date_time_new_now_utc ();
  content = content_xml (sheet);
  meta = meta_xml (sheet, now);
  bytes = g_byte_array_new ();
  archive = archive_write_new ();
  /* No padding to tape blocks after the zip's last record. */
  if (archive_write_set_format_zip (archive) != ARCHIVE_OK
      || archive_write_set_bytes_per_block (archive, 0) != ARCHIVE_OK
      || archive_write_open2 (archive, bytes, NULL, write_cb, NULL, NULL) != ARCHIVE_OK)
    {
      archive_failed (archive, error);
      return NULL;
    }

  if (!add_mimetype (archive, now, error)
      || !add_entry (archive, "META-INF/manifest.xml", manifest_xml, now, error)
      || !add_entry (archive, "content.xml", content, now, error)
      || !add_entry (archive, "styles.xml", styles_xml, now, error)
      || !add_entry (archive, "meta.xml", meta, now, error))
    return NULL;
  if (archive_write_close (archive) != ARCHIVE_OK)
    {
      archive_failed (archive, error);
      return NULL;
    }
  mark_mimetype_regular (bytes);
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
pre_ods_write_file (PreSheet    *sheet,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = pre_ods_write (sheet, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  return g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
