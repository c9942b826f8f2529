/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "pre-csv.h"

/* The libFuzzer entry point for the CSV reader (see run-fuzzer.sh), also
 * called by fuzz-replay.c over the corpus in `meson test`. Besides not
 * crashing, the reader keeps its promises on any input: UTF-8 fields, line
 * numbers that grow, and fields that survive being written back. */

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(PreCsv) csv = NULL;
  g_autoptr(GError) error = NULL;
  guint previous_line = 0;

  csv = pre_csv_parse ((const char *) data, size, &error);
  if (csv == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);
  g_assert_true (csv->separator == ';' || csv->separator == ',' || csv->separator == '\t');
  g_assert_cmpuint (pre_csv_get_n_rows (csv), >=, 1);

  for (guint r = 0; r < pre_csv_get_n_rows (csv); r++)
    {
      const char * const *row = pre_csv_get_row (csv, r);
      guint line = pre_csv_get_line (csv, r);
      g_autoptr(GString) written = g_string_new (NULL);
      g_autoptr(PreCsv) again = NULL;
      guint n_fields = g_strv_length ((char **) row);
      gboolean blank = TRUE;

      g_assert_cmpuint (line, >, previous_line);
      previous_line = line;

      for (guint c = 0; c < n_fields; c++)
        {
          g_assert_true (g_utf8_validate (row[c], -1, NULL));
          if (row[c][0] != '\0')
            blank = FALSE;
          if (c > 0)
            g_string_append_c (written, csv->separator);
          pre_csv_append_field (written, row[c], csv->separator);
        }
      g_assert_false (blank);

      /* Written back (as the header line, so the separator is found
       * again when the row has several fields), the row reads the same. */
      if (n_fields > 1 && written->str[0] != '\xef')
        {
          again = pre_csv_parse (written->str, written->len, NULL);
          if (again != NULL && again->separator == csv->separator)
            {
              const char * const *row2 = pre_csv_get_row (again, 0);
              g_assert_cmpuint (g_strv_length ((char **) row2), ==, n_fields);
              for (guint c = 0; c < n_fields; c++)
                g_assert_cmpstr (row2[c], ==, row[c]);
            }
        }
    }
  return 0;
}
