/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "pre-board-rules.h"
#include "pre-csv.h"
#include "pre-meeting.h"
#include "pre-scdl.h"
#include "pre-store-private.h"

typedef struct
{
  gint64 id;
  gint64 meeting_id;
  char *body;
  char *number;
  char *date;
  char *matter_code;
  char *subject;
  gint64 votes_for;
  gint64 votes_against;
  gint64 abstentions;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->body);
  g_free (row->number);
  g_free (row->date);
  g_free (row->matter_code);
  g_free (row->subject);
}

/* The subject may hold the register's line breaks: one line, single spaces. */
static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static GArray *
read_rows (PreStore  *store,
           GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(GError) local_error = NULL;

  g_array_set_clear_func (rows, row_clear);
  stmt = pre_store_prepare (store,
                            "SELECT d.id, d.meeting_id, b.body, d.number, m.date, d.matter_code,"
                            " d.subject, d.votes_for, d.votes_against, d.abstentions"
                            " FROM deliberation d"
                            " JOIN meeting m ON m.id = d.meeting_id"
                            " JOIN board b ON b.id = m.board_id"
                            " ORDER BY m.date, m.id, d.position, d.id",
                            error);
  if (stmt == NULL)
    return NULL;

  while (pre_store_step_row (store, stmt, &local_error))
    {
      Row row = { 0, };

      row.id = sqlite3_column_int64 (stmt, 0);
      row.meeting_id = sqlite3_column_int64 (stmt, 1);
      row.body = g_strdup (pre_column_text (stmt, 2));
      row.number = g_strdup (pre_column_text (stmt, 3));
      row.date = g_strdup (pre_column_text (stmt, 4));
      row.matter_code = g_strdup (pre_column_text (stmt, 5));
      row.subject = one_line (pre_column_text (stmt, 6));
      row.votes_for = sqlite3_column_int64 (stmt, 7);
      row.votes_against = sqlite3_column_int64 (stmt, 8);
      row.abstentions = sqlite3_column_int64 (stmt, 9);
      g_array_append_val (rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static void
append_number (GString *out,
               gint64   value)
{
  /* Machine format: plain digits whatever the locale. */
  g_string_append_printf (out, ",%" G_GINT64_FORMAT, value);
}

char *
pre_scdl_deliberations_csv (PreStore  *store,
                            guint     *n_rows,
                            GError   **error)
{
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GString) out = NULL;
  gint64 counts_meeting = 0;
  PreAttendanceCounts counts = { 0, };

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = read_rows (store, error);
  if (rows == NULL)
    return NULL;

  out = g_string_new (PRE_SCDL_DELIBERATIONS_HEADER "\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      g_autofree char *generated_id = NULL;
      const char *delib_id = row->number;

      /* Rows come séance by séance: the counts are read once per séance. */
      if (row->meeting_id != counts_meeting)
        {
          if (!pre_store_get_attendance_counts (store, row->meeting_id, &counts, error))
            return NULL;
          counts_meeting = row->meeting_id;
        }

      if (delib_id == NULL || *delib_id == '\0')
        {
          g_autofree char *compact = g_strdup (row->date);
          char *p = compact;

          /* "2024-10-02" → "20241002" */
          for (const char *q = row->date; *q != '\0'; q++)
            if (*q != '-')
              *p++ = *q;
          *p = '\0';
          delib_id = generated_id = g_strdup_printf ("%s-%" G_GINT64_FORMAT, compact, row->id);
        }

      pre_csv_append_field (out, row->body, ',');          /* COLL_NOM */
      g_string_append_c (out, ',');                        /* COLL_SIRET */
      g_string_append_c (out, ',');
      pre_csv_append_field (out, delib_id, ',');           /* DELIB_ID */
      g_string_append_c (out, ',');
      pre_csv_append_field (out, row->date, ',');          /* DELIB_DATE */
      g_string_append_c (out, ',');
      pre_csv_append_field (out, row->matter_code, ',');   /* DELIB_MATIERE_CODE */
      g_string_append_c (out, ',');                        /* DELIB_MATIERE_NOM */
      g_string_append_c (out, ',');
      pre_csv_append_field (out, row->subject, ',');       /* DELIB_OBJET */
      /* BUDGET_ANNEE, BUDGET_NOM, PREF_ID, PREF_DATE */
      g_string_append (out, ",,,,");
      append_number (out, counts.in_office);               /* VOTE_EFFECTIF */
      append_number (out, pre_attendance_voters (&counts)); /* VOTE_REEL */
      append_number (out, row->votes_for);
      append_number (out, row->votes_against);
      append_number (out, row->abstentions);
      g_string_append (out, ",\n");                        /* DELIB_URL */
    }

  if (n_rows != NULL)
    *n_rows = rows->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
pre_scdl_write_deliberations (PreStore    *store,
                              const char  *path,
                              guint       *n_rows,
                              GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  contents = pre_scdl_deliberations_csv (store, n_rows, error);
  if (contents == NULL)
    return FALSE;

  if (!g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                 &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not write the open-data file “%s”: "), path);
      return FALSE;
    }
  return TRUE;
}
