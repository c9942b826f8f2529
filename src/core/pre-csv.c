/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-csv.h"

G_DEFINE_QUARK (pre-csv-error-quark, pre_csv_error)

void
pre_csv_free (PreCsv *csv)
{
  if (csv == NULL)
    return;
  g_clear_pointer (&csv->rows, g_ptr_array_unref);
  g_clear_pointer (&csv->lines, g_array_unref);
  g_free (csv);
}

/* Text as UTF-8, the byte order mark removed. */
static char *
to_utf8 (const char      *data,
         gsize            length,
         PreCsvEncoding  *encoding,
         GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  char *utf8;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      if (!g_utf8_validate_len (data + 3, length - 3, NULL))
        {
          g_set_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_ENCODING,
                       _("The file starts as UTF-8 but holds bytes that are not UTF-8."));
          return NULL;
        }
      *encoding = PRE_CSV_ENCODING_UTF8_BOM;
      return g_strndup (data + 3, length - 3);
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = PRE_CSV_ENCODING_UTF8;
      return g_strndup (data, length);
    }

  /* Not UTF-8: what Windows spreadsheets write in France. The five bytes
   * that Windows-1252 leaves undefined fail the conversion: then Latin-1,
   * which maps every byte. */
  *encoding = PRE_CSV_ENCODING_WINDOWS_1252;
  utf8 = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, &local_error);
  if (utf8 == NULL)
    {
      g_clear_error (&local_error);
      utf8 = g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, NULL, &local_error);
    }
  if (utf8 == NULL)
    {
      g_set_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_ENCODING,
                   _("The file is neither UTF-8 nor Windows-1252 text: %s"), local_error->message);
      return NULL;
    }
  return utf8;
}

/* The most frequent of ';', tab and ',' outside quotes on the first line;
 * ';' on a tie (the French default) and when there is none. */
static char
detect_separator (const char *text)
{
  guint n_semicolon = 0, n_tab = 0, n_comma = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ';')
        n_semicolon++;
      else if (!quoted && *p == '\t')
        n_tab++;
      else if (!quoted && *p == ',')
        n_comma++;
    }

  if (n_tab > n_semicolon && n_tab >= n_comma)
    return '\t';
  if (n_comma > n_semicolon && n_comma > n_tab)
    return ',';
  return ';';
}

static gboolean
row_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);
      if (field != NULL && *field != '\0')
        return FALSE;
    }
  return TRUE;
}

static void
end_row (PreCsv    *csv,
         GPtrArray *fields,
         guint      line)
{
  if (row_is_blank (fields))
    {
      g_ptr_array_set_size (fields, 0);
      return;
    }
  g_ptr_array_add (fields, NULL);
  g_ptr_array_add (csv->rows, g_ptr_array_steal (fields, NULL));
  g_array_append_val (csv->lines, line);
}

PreCsv *
pre_csv_parse (const char  *data,
               gssize       length,
               GError     **error)
{
  g_autoptr(PreCsv) csv = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = NULL;
  PreCsvEncoding encoding;
  const char *p;
  guint line = 1;
  guint row_line = 1;
  guint quote_line = 0;
  gboolean quoted = FALSE;
  gboolean at_field_start = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if ((gsize) length > PRE_CSV_MAX_SIZE)
    {
      g_set_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_TOO_LARGE,
                   _("The file is too large to be a spreadsheet of sessions or payments."));
      return NULL;
    }

  text = to_utf8 (data != NULL ? data : "", length, &encoding, error);
  if (text == NULL)
    return NULL;

  csv = g_new0 (PreCsv, 1);
  csv->encoding = encoding;
  csv->separator = detect_separator (text);
  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  csv->lines = g_array_new (FALSE, FALSE, sizeof (guint));

  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);

  for (p = text; *p != '\0'; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else if (c == '\r' || c == '\n')
            {
              /* CRLF, CR or LF inside a quoted field: one line break. */
              if (c == '\r' && p[1] == '\n')
                p++;
              line++;
              g_string_append_c (field, '\n');
            }
          else
            g_string_append_c (field, c);
          continue;
        }

      if (c == '"' && at_field_start)
        {
          quoted = TRUE;
          quote_line = line;
          at_field_start = FALSE;
        }
      else if (c == csv->separator)
        {
          g_ptr_array_add (fields, g_string_free_and_steal (g_steal_pointer (&field)));
          field = g_string_new (NULL);
          at_field_start = TRUE;
        }
      else if (c == '\n' || c == '\r')
        {
          if (c == '\r' && p[1] == '\n')
            p++;
          g_ptr_array_add (fields, g_string_free_and_steal (g_steal_pointer (&field)));
          field = g_string_new (NULL);
          end_row (csv, fields, row_line);
          line++;
          row_line = line;
          at_field_start = TRUE;
        }
      else
        {
          /* Text after a closing quote ("a"b) is kept as it is. */
          g_string_append_c (field, c);
          at_field_start = FALSE;
        }
    }

  if (quoted)
    {
      g_set_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_UNTERMINATED,
                   _("Line %u: a quoted field is not closed."), quote_line);
      return NULL;
    }

  if (field->len > 0 || fields->len > 0)
    {
      g_ptr_array_add (fields, g_string_free_and_steal (g_steal_pointer (&field)));
      end_row (csv, fields, row_line);
    }

  if (csv->rows->len == 0)
    {
      g_set_error (error, PRE_CSV_ERROR, PRE_CSV_ERROR_EMPTY,
                   _("The file is empty."));
      return NULL;
    }

  return g_steal_pointer (&csv);
}

PreCsv *
pre_csv_read_file (const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  PreCsv *csv;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  csv = pre_csv_parse (contents, length, &local_error);
  if (csv == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                _("Could not read “%s”: "), path);
  return csv;
}

guint
pre_csv_get_n_rows (const PreCsv *csv)
{
  g_return_val_if_fail (csv != NULL, 0);
  return csv->rows->len;
}

const char * const *
pre_csv_get_row (const PreCsv *csv,
                 guint         row)
{
  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail (row < csv->rows->len, NULL);
  return g_ptr_array_index (csv->rows, row);
}

guint
pre_csv_get_line (const PreCsv *csv,
                  guint         row)
{
  g_return_val_if_fail (csv != NULL, 0);
  g_return_val_if_fail (row < csv->lines->len, 0);
  return g_array_index (csv->lines, guint, row);
}

void
pre_csv_append_field (GString    *out,
                      const char *text,
                      char        separator)
{
  gsize len;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    text = "";
  len = strlen (text);

  if (strchr (text, separator) == NULL && strpbrk (text, "\"\r\n") == NULL
      && (len == 0 || (!g_ascii_isspace (text[0]) && !g_ascii_isspace (text[len - 1]))))
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}
