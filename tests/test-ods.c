/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <string.h>

#include "io-fixture.h"
#include "pre-export.h"
#include "pre-ods.h"

/* The entries of a zip file, in order, read back with libarchive. */
typedef struct
{
  GPtrArray  *names;
  GHashTable *contents;
} Zip;

static void
zip_clear (Zip *zip)
{
  g_clear_pointer (&zip->names, g_ptr_array_unref);
  g_clear_pointer (&zip->contents, g_hash_table_unref);
}

static void
zip_read (Zip    *zip,
          GBytes *bytes)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  int status;

  zip->names = g_ptr_array_new_with_free_func (g_free);
  zip->contents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_assert_cmpint (archive_read_support_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_read_open_memory (archive, data, size), ==, ARCHIVE_OK);
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      char buffer[4096];
      la_ssize_t n;

      /* `mimetype` is written as a link whose target is its content (see
       * pre-ods.c); libarchive reads it back as such. */
      if (archive_entry_filetype (entry) == AE_IFLNK)
        g_string_append (text, archive_entry_symlink (entry));
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_string_append_len (text, buffer, n);
      /* A bad checksum or a broken deflate stream shows here. */
      g_assert_cmpint (n, ==, 0);
      g_ptr_array_add (zip->names, g_strdup (archive_entry_pathname (entry)));
      g_hash_table_insert (zip->contents, g_strdup (archive_entry_pathname (entry)),
                           g_string_free_and_steal (g_steal_pointer (&text)));
    }
  g_assert_cmpint (status, ==, ARCHIVE_EOF);
  archive_read_free (archive);
}

static const char *
zip_get (Zip        *zip,
         const char *name)
{
  const char *text = g_hash_table_lookup (zip->contents, name);

  if (text == NULL)
    g_error ("no entry “%s” in the spreadsheet", name);
  return text;
}

static guint16
le16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

/* The zip checksum (CRC-32, reflected, polynomial 0xedb88320). */
static guint32
crc32_of (const char *text)
{
  guint32 crc = 0xffffffff;

  for (const char *p = text; *p != '\0'; p++)
    {
      crc ^= (guint8) *p;
      for (int bit = 0; bit < 8; bit++)
        crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
    }
  return ~crc;
}

/* The container's first bytes: a local header for "mimetype", stored
 * (method 0) with its checksum and sizes (no data descriptor, flag bit 3,
 * which LibreOffice refuses on a stored entry), and the media type right
 * after its name and extra field. */
static void
assert_mimetype_first_and_stored (GBytes *bytes)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint16 name_length, extra_length;

  g_assert_cmpuint (size, >, 30 + 8 + strlen (PRE_ODS_MIME_TYPE));
  g_assert_cmpmem (data, 4, "PK\3\4", 4);
  g_assert_cmpuint (le16 (data + 8), ==, 0);
  g_assert_cmpuint (le16 (data + 6) & 0x0008, ==, 0);
  g_assert_cmpuint (le16 (data + 14) | (guint32) le16 (data + 16) << 16, ==,
                    crc32_of (PRE_ODS_MIME_TYPE));
  g_assert_cmpuint (le16 (data + 18), ==, strlen (PRE_ODS_MIME_TYPE));
  g_assert_cmpuint (le16 (data + 22), ==, strlen (PRE_ODS_MIME_TYPE));
  name_length = le16 (data + 26);
  extra_length = le16 (data + 28);
  g_assert_cmpmem (data + 30, name_length, "mimetype", 8);
  g_assert_cmpmem (data + 30 + name_length + extra_length, strlen (PRE_ODS_MIME_TYPE),
                   PRE_ODS_MIME_TYPE, strlen (PRE_ODS_MIME_TYPE));
}

/* What a spreadsheet reads from content.xml: rows, and every cell's
 * attributes and text. */
typedef struct
{
  guint       n_rows;
  guint       n_header_rows;
  gboolean    in_header;
  GPtrArray  *cells;      /* of "value-type|value|text" strings */
  GString    *text;
  char       *cell;
  guint       n_currency_styles;
  gboolean    euro_symbol;
  char       *table_name;
} Content;

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Content *content = user_data;

  if (strcmp (element, "table:table-header-rows") == 0)
    content->in_header = TRUE;
  else if (strcmp (element, "table:table-row") == 0)
    {
      content->n_rows++;
      if (content->in_header)
        content->n_header_rows++;
    }
  else if (strcmp (element, "table:table") == 0)
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], "table:name") == 0)
          content->table_name = g_strdup (values[i]);
    }
  else if (strcmp (element, "number:currency-style") == 0)
    content->n_currency_styles++;
  else if (strcmp (element, "table:table-cell") == 0)
    {
      g_autoptr(GString) cell = g_string_new (NULL);

      /* Attributes in the order they are written, space-separated. */
      for (guint i = 0; names[i] != NULL; i++)
        g_string_append_printf (cell, "%s%s=\"%s\"", i > 0 ? " " : "", names[i], values[i]);
      content->cell = g_string_free_and_steal (g_steal_pointer (&cell));
      g_string_truncate (content->text, 0);
    }
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Content *content = user_data;

  if (strcmp (element, "table:table-header-rows") == 0)
    content->in_header = FALSE;
  else if (strcmp (element, "table:table-cell") == 0)
    {
      g_ptr_array_add (content->cells, g_strdup_printf ("%s|%s", content->cell, content->text->str));
      g_clear_pointer (&content->cell, g_free);
    }
  else if (strcmp (element, "text:p") == 0 && content->cell != NULL)
    g_string_append_c (content->text, '\n');
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Content *content = user_data;

  if (content->cell != NULL)
    g_string_append_len (content->text, text, length);
  else if (strcmp (g_markup_parse_context_get_element (context), "number:currency-symbol") == 0)
    content->euro_symbol = length == strlen ("€") && memcmp (text, "€", length) == 0;
}

static void
content_clear (Content *content)
{
  g_clear_pointer (&content->cells, g_ptr_array_unref);
  g_clear_pointer (&content->cell, g_free);
  g_clear_pointer (&content->table_name, g_free);
  if (content->text != NULL)
    g_string_free (content->text, TRUE);
  content->text = NULL;
}

/* Parses @xml, failing the test unless it is well-formed. */
static void
parse_xml (const char *xml,
           Content    *content)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  content->cells = g_ptr_array_new_with_free_func (g_free);
  content->text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, content, NULL);
  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

/* The first cell whose attributes and text hold @part ("|" separates the
 * attributes from the text). */
static const char *
find_cell (Content    *content,
           const char *part)
{
  for (guint i = 0; i < content->cells->len; i++)
    if (strstr (g_ptr_array_index (content->cells, i), part) != NULL)
      return g_ptr_array_index (content->cells, i);
  return NULL;
}

static void
assert_cell (Content    *content,
             const char *part)
{
  if (find_cell (content, part) == NULL)
    {
      for (guint i = 0; i < content->cells->len && i < 40; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (content->cells, i));
      g_error ("no cell holds “%s”", part);
    }
}

/* Opens @path as a spreadsheet application would: the container, the
 * manifest, then each XML part, parsing content.xml into @content. */
static void
open_spreadsheet (const char *path,
                  Content    *content)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  gsize size = 0;
  Zip zip = { 0 };
  Content other = { 0 };
  const char * const order[] = { "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml" };

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  assert_mimetype_first_and_stored (bytes);

  zip_read (&zip, bytes);
  g_assert_cmpuint (zip.names->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (g_ptr_array_index (zip.names, i), ==, order[i]);
  g_assert_cmpstr (zip_get (&zip, "mimetype"), ==, PRE_ODS_MIME_TYPE);
  g_assert_nonnull (strstr (zip_get (&zip, "META-INF/manifest.xml"),
                            "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\""));
  g_assert_nonnull (strstr (zip_get (&zip, "META-INF/manifest.xml"),
                            "manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
                            PRE_ODS_MIME_TYPE "\""));
  for (guint i = 1; i < G_N_ELEMENTS (order); i++)
    {
      if (strcmp (order[i], "content.xml") == 0)
        parse_xml (zip_get (&zip, order[i]), content);
      else
        {
          parse_xml (zip_get (&zip, order[i]), &other);
          content_clear (&other);
        }
    }
  zip_clear (&zip);
}

static void
test_sessions (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = io_output_path ("sessions-2025.ods");
  Content content = { 0 };
  guint n_rows = 0;
  gint64 expected;

  io_fixture_open (&f, TRUE);
  g_assert_true (pre_export_to_file (f.store, PRE_EXPORT_SESSIONS, 2025, PRE_EXPORT_FLAGS_NONE,
                                     PRE_EXPORT_FORMAT_ODS, path, &n_rows, &error));
  g_assert_no_error (error);
  expected = io_fixture_count (&f, "SELECT count (*) FROM activity WHERE year = 2025");
  g_assert_cmpuint (n_rows, ==, expected);
  g_assert_cmpuint (n_rows, >, 10);

  open_spreadsheet (path, &content);
  g_assert_cmpstr (content.table_name, ==, "Séances");
  /* The bold header, then one row per session. */
  g_assert_cmpuint (content.n_header_rows, ==, 1);
  g_assert_cmpuint (content.n_rows, ==, expected + 1);
  assert_cell (&content, "table:style-name=\"ce-header\" office:value-type=\"string\"|Date\n");
  assert_cell (&content, "table:style-name=\"ce-header\" office:value-type=\"string\"|Coût\n");
  /* The missed psychology session of 8 January 2025 in Dijon: a date cell,
   * then its cost of 60 € as a currency cell in euros. */
  assert_cell (&content, "table:style-name=\"ce-date\" office:value-type=\"date\""
                         " office:date-value=\"2025-01-08\"|08/01/2025\n");
  assert_cell (&content, "table:style-name=\"ce-amount\" office:value-type=\"currency\""
                         " office:currency=\"EUR\" office:value=\"60\"|60,00\xc2\xa0€\n");
  assert_cell (&content, "office:value-type=\"string\"|Soutien psychologique\n");
  /* Durations are numbers. */
  assert_cell (&content, "office:value-type=\"float\" office:value=\"45\"|45\n");
  g_assert_null (find_cell (&content, "office:date-value=\"2024-"));
  /* The currency format, for positive and negative amounts, shows "€". */
  g_assert_cmpuint (content.n_currency_styles, ==, 2);
  g_assert_true (content.euro_symbol);
  content_clear (&content);
  io_fixture_close (&f);
}

static void
test_funding (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = io_output_path ("funding-2025.ods");
  Content content = { 0 };
  guint n_rows = 0;
  gint64 n_shares;

  io_fixture_open (&f, TRUE);
  g_assert_true (pre_export_to_file (f.store, PRE_EXPORT_FUNDING, 2025, PRE_EXPORT_FLAGS_NONE,
                                     PRE_EXPORT_FORMAT_ODS, path, &n_rows, &error));
  g_assert_no_error (error);
  n_shares = io_fixture_count (&f, "SELECT count (*) FROM funding_share WHERE year = 2025");
  /* The shares, then the total, the annual cost and the balance. */
  g_assert_cmpuint (n_rows, ==, n_shares + 3);

  open_spreadsheet (path, &content);
  g_assert_cmpstr (content.table_name, ==, "Plan de financement");
  g_assert_cmpuint (content.n_rows, ==, n_shares + 3 + 1);
  assert_cell (&content, "office:value-type=\"float\" office:value=\"2025\"|2025\n");
  assert_cell (&content, "office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"4820\""
                         "|4\xe2\x80\xaf" "820,00\xc2\xa0€\n");
  assert_cell (&content, "office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"12500\"|");
  assert_cell (&content, "office:value-type=\"string\"|À répartir\n");
  assert_cell (&content, "office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"2680\"|");
  content_clear (&content);
  io_fixture_close (&f);
}

/* Text, spaces, line breaks, negative and odd amounts, escaping. */
static void
test_cells (void)
{
  g_autoptr(PreSheet) sheet = pre_sheet_new ("A <b> & \"c\"");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = io_output_path ("cells.ods");
  Content content = { 0 };

  pre_sheet_add_column (sheet, "Text");
  pre_sheet_add_column (sheet, "Amount");
  pre_sheet_add_column (sheet, "Empty");
  pre_sheet_add_text (sheet, "a  <b>\ttwo & three\nsecond line");
  pre_sheet_add_amount (sheet, -268025);
  pre_sheet_add_empty (sheet);
  pre_sheet_end_row (sheet);
  pre_sheet_add_text (sheet, "x");
  pre_sheet_add_amount (sheet, 5);
  pre_sheet_add_date (sheet, NULL);
  pre_sheet_end_row (sheet);
  g_assert_cmpuint (pre_sheet_get_n_rows (sheet), ==, 2);
  g_assert_cmpint (pre_sheet_get_cell (sheet, 1, 2)->type, ==, PRE_SHEET_CELL_EMPTY);

  g_assert_true (pre_ods_write_file (sheet, path, &error));
  g_assert_no_error (error);
  open_spreadsheet (path, &content);
  g_assert_cmpstr (content.table_name, ==, "A <b> & \"c\"");
  g_assert_cmpuint (content.n_rows, ==, 3);
  /* GMarkup gives the text of the paragraphs; the <text:s/> and
   * <text:tab/> elements carry no text. */
  assert_cell (&content, "office:value-type=\"string\"|a <b>two & three\nsecond line\n");
  assert_cell (&content, "office:value=\"-2680.25\"|\xe2\x88\x92" "2\xe2\x80\xaf" "680,25\xc2\xa0€\n");
  assert_cell (&content, "office:value=\"0.05\"|0,05\xc2\xa0€\n");
  content_clear (&content);

  /* A folder that does not exist: an error, and no file. */
  g_assert_false (pre_ods_write_file (sheet, "/nonexistent-pre-folder/cells.ods", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test ("/nonexistent-pre-folder/cells.ods", G_FILE_TEST_EXISTS));
}

/* Another zip reader (Python's) and another XML parser agree. */
static void
test_python (void)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(PreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = io_output_path ("python-check.ods");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  IoFixture f = { 0 };
  const char *script =
    "import sys, zipfile, xml.dom.minidom\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "assert z.testzip() is None\n"
    "i = z.infolist()\n"
    "assert i[0].filename == 'mimetype' and i[0].compress_type == zipfile.ZIP_STORED\n"
    "assert (i[0].external_attr >> 16) == 0o100644, oct (i[0].external_attr >> 16)\n"
    "assert i[0].flag_bits & 8 == 0\n"
    "assert z.read('mimetype') == b'application/vnd.oasis.opendocument.spreadsheet'\n"
    "assert all(x.compress_type == zipfile.ZIP_DEFLATED for x in i[1:])\n"
    "for x in i[1:]: xml.dom.minidom.parseString(z.read(x))\n"
    "d = xml.dom.minidom.parseString(z.read('content.xml'))\n"
    "print(len(d.getElementsByTagName('table:table-row')))\n";
  int status = 0;

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  io_fixture_open (&f, TRUE);
  g_assert_true (pre_export_to_file (f.store, PRE_EXPORT_PAYMENTS, 0, PRE_EXPORT_MACHINE,
                                     PRE_EXPORT_FORMAT_ODS, path, NULL, &error));
  g_assert_no_error (error);
  sheet = pre_export_sheet (f.store, PRE_EXPORT_PAYMENTS, 0, PRE_EXPORT_MACHINE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_sheet_get_name (sheet), ==, "payments");
  {
    const char *argv[] = { python, "-c", script, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 refused the spreadsheet:\n%s", err);
  g_assert_cmpuint (g_ascii_strtoull (out, NULL, 10), ==, pre_sheet_get_n_rows (sheet) + 1);
  io_fixture_close (&f);
}

/* LibreOffice, when installed, opens the file and shows the amounts and
 * dates with their formats. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *path = io_output_path ("libreoffice-sessions.ods");
  g_autofree char *dir = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  IoFixture f = { 0 };
  const char *missed = "\n08/01/2025;Soutien psychologique;Dijon;Manquée;60,00";
  const char *line;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  io_fixture_open (&f, TRUE);
  g_assert_true (pre_export_to_file (f.store, PRE_EXPORT_SESSIONS, 2025, PRE_EXPORT_FLAGS_NONE,
                                     PRE_EXPORT_FORMAT_ODS, path, NULL, &error));
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("pre-ods-lo-XXXXXX", &error);
  g_assert_no_error (error);
  /* A profile of its own, in a folder it may write. */
  envp = g_environ_setenv (envp, "HOME", dir, TRUE);
  {
    /* Separator ";", quote '"', UTF-8 (76), cells as shown. */
    const char *argv[] = { soffice, "--headless", "--convert-to",
                           "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true",
                           "--outdir", dir, path, NULL };

    g_assert_true (g_spawn_sync (dir, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  csv_path = g_build_filename (dir, "libreoffice-sessions.csv", NULL);
  if (!g_file_get_contents (csv_path, &csv, NULL, NULL))
    g_error ("LibreOffice did not open the spreadsheet:\n%s%s", out, err);
  g_assert_true (g_str_has_prefix (csv, "Date;Mission;Territoire;Statut;Coût;"));
  /* The date in the French date format, the cost in the euro format. */
  line = strstr (csv, missed);
  if (line == NULL)
    g_error ("unexpected conversion:\n%s", csv);
  line += strlen (missed);
  g_assert_true (g_str_has_prefix (line, " €;") || g_str_has_prefix (line, "\xc2\xa0€;"));
  io_remove_tree (dir);
  io_fixture_close (&f);
}

static void
test_formats (void)
{
  PreExportFormat format = PRE_EXPORT_FORMAT_CSV;
  PreExportTable table = PRE_EXPORT_SESSIONS;

  g_assert_true (pre_export_format_from_path ("/tmp/Séances 2025.ODS", &format));
  g_assert_cmpint (format, ==, PRE_EXPORT_FORMAT_ODS);
  g_assert_true (pre_export_format_from_path ("a.b/sessions.csv", &format));
  g_assert_cmpint (format, ==, PRE_EXPORT_FORMAT_CSV);
  g_assert_false (pre_export_format_from_path ("a.ods/sessions", &format));
  g_assert_false (pre_export_format_from_path ("sessions.xlsx", &format));
  g_assert_true (pre_export_format_from_string ("ods", &format));
  g_assert_cmpint (format, ==, PRE_EXPORT_FORMAT_ODS);
  g_assert_false (pre_export_format_from_string ("xls", NULL));
  g_assert_true (pre_export_table_from_string ("deliberations", &table));
  g_assert_cmpint (table, ==, PRE_EXPORT_DELIBERATIONS);
  g_assert_cmpstr (pre_export_table_to_string (PRE_EXPORT_FUNDING), ==, "funding");
}

/* The example holds the board's deliberation of 2 October 2024. */
static void
test_deliberations (void)
{
  IoFixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PreSheet) sheet = NULL;
  g_autofree char *csv = NULL;
  gint64 expected;

  io_fixture_open (&f, FALSE);
  expected = io_fixture_count (&f, "SELECT count (*) FROM deliberation WHERE convention_id IS NOT NULL");
  sheet = pre_export_sheet (f.store, PRE_EXPORT_DELIBERATIONS, 0, PRE_EXPORT_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pre_sheet_get_n_rows (sheet), ==, expected);
  g_assert_cmpuint (expected, >=, 1);
  g_assert_cmpint (pre_sheet_get_cell (sheet, 0, 0)->type, ==, PRE_SHEET_CELL_DATE);
  g_assert_cmpstr (pre_sheet_get_cell (sheet, 0, 0)->text, ==, "2024-10-02");
  g_assert_cmpint (pre_sheet_get_cell (sheet, 0, 4)->type, ==, PRE_SHEET_CELL_INTEGER);
  g_assert_cmpstr (pre_sheet_get_cell (sheet, 0, 7)->text, ==, "Adoptée");
  csv = pre_export_sheet_to_csv (sheet, PRE_EXPORT_FLAGS_NONE);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "Date de la séance;Instance;Numéro;Objet;Pour;"));
  g_assert_nonnull (strstr (csv, "\r\n02/10/2024;"));
  /* No deliberation in 2025. */
  g_clear_pointer (&sheet, pre_sheet_unref);
  sheet = pre_export_sheet (f.store, PRE_EXPORT_DELIBERATIONS, 2025, PRE_EXPORT_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pre_sheet_get_n_rows (sheet), ==, 0);
  io_fixture_close (&f);
}

/* The command line: the format from --format, or from the file's name. */
static void
test_cli (void)
{
  const char *exe = g_getenv ("PRE_CLI");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *ods = NULL;
  g_autofree char *named = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  struct {
    const char *args[6];
    int         status;
  } runs[] = {
    { { "example", "--with-sample-activity" }, 0 },
    { { "export", "sessions", "--format", "ods", "-o", "f.ods" }, 0 },
    { { "export", "funding", "--year", "2025", "-o", "funding.ods" }, 0 },
    { { "export", "sessions", "--format", "xls", "-o", "g.xls" }, 2 },
    { { "export", "sessions", "-o", "h.txt" }, 0 },
    { { "export", "deliberations", "-o", "d.ods" }, 0 },
    { { "export", "votes", "-o", "v.ods" }, 2 },
  };

  if (exe == NULL || !g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("PRE_CLI does not name the built pre-coordination-cli");
      return;
    }
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  dir = g_dir_make_tmp ("pre-ods-cli-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "test.db", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = 0;

      g_ptr_array_add (argv, (gpointer) exe);
      g_ptr_array_add (argv, (gpointer) "--database");
      g_ptr_array_add (argv, db);
      for (guint a = 0; a < G_N_ELEMENTS (runs[i].args) && runs[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) runs[i].args[a]);
      g_ptr_array_add (argv, NULL);
      g_assert_true (g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      if (WEXITSTATUS (status) != runs[i].status)
        g_error ("%s %s: exit %d\n%s%s", runs[i].args[0], runs[i].args[1], WEXITSTATUS (status), out, err);
      if (i == 1)
        g_assert_nonnull (strstr (out, "written to “f.ods”"));
      if (i == 3)
        g_assert_nonnull (strstr (err, "“xls”"));
      if (i == 6)
        g_assert_nonnull (strstr (err, "deliberations"));
    }

  ods = g_build_filename (dir, "f.ods", NULL);
  named = g_build_filename (dir, "funding.ods", NULL);
  {
    Content content = { 0 };

    open_spreadsheet (ods, &content);
    g_assert_cmpstr (content.table_name, ==, "Séances");
    assert_cell (&content, "office:date-value=\"2025-01-08\"");
    content_clear (&content);
    open_spreadsheet (named, &content);
    g_assert_cmpstr (content.table_name, ==, "Plan de financement");
    content_clear (&content);
    g_free (named);
    named = g_build_filename (dir, "d.ods", NULL);
    open_spreadsheet (named, &content);
    g_assert_cmpstr (content.table_name, ==, "Délibérations");
    assert_cell (&content, "office:date-value=\"2024-10-02\"");
    content_clear (&content);
  }
  {
    g_autofree char *refused = g_build_filename (dir, "g.xls", NULL);
    g_autofree char *text = g_build_filename (dir, "h.txt", NULL);
    g_autofree char *csv = NULL;

    g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
    /* Any other name is a CSV file, as before there were two formats. */
    g_assert_true (g_file_get_contents (text, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "Date;Mission;"));
  }

  io_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("PRE_TODAY", "2025-11-28", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ods/sessions", test_sessions);
  g_test_add_func ("/ods/funding", test_funding);
  g_test_add_func ("/ods/cells", test_cells);
  g_test_add_func ("/ods/python", test_python);
  g_test_add_func ("/ods/libreoffice", test_libreoffice);
  g_test_add_func ("/ods/formats", test_formats);
  g_test_add_func ("/ods/deliberations", test_deliberations);
  g_test_add_func ("/ods/cli", test_cli);

  return g_test_run ();
}
