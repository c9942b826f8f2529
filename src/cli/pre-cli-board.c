/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-board-rules.h"
#include "pre-cli-commands.h"
#include "pre-date.h"
#include "pre-deliberation.h"
#include "pre-error.h"
#include "pre-extract-builder.h"
#include "pre-meeting.h"

/* deliberations */

/* A subject may hold line breaks (the register's layout); a listing keeps one
 * deliberation per line, and tabs separate its columns. */
static char *
one_line (const char *text)
{
  g_autoptr(GString) line = g_string_new (text);

  for (gsize i = 0; i < line->len; i++)
    if (line->str[i] == '\n' || line->str[i] == '\r' || line->str[i] == '\t')
      line->str[i] = ' ';
  return g_strstrip (g_string_free (g_steal_pointer (&line), FALSE));
}

PreCliExit
pre_cli_command_deliberations (PreCli  *cli,
                               int      argc,
                               char   **argv)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  PreStore *store;
  guint n_meetings;
  guint n_printed = 0;

  if (!pre_cli_parse_command (cli, NULL, 0, 0, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  /* Latest séance first, then the deliberations of each in their order. */
  meetings = pre_store_list_meetings (store, 0, &error);
  if (meetings == NULL)
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  n_meetings = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(PreMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GListModel) deliberations = NULL;
      guint n;

      deliberations = pre_store_list_deliberations (store, pre_meeting_get_id (meeting), &error);
      if (deliberations == NULL)
        {
          pre_cli_print_error ("%s", error->message);
          return PRE_CLI_EXIT_DATABASE;
        }

      n = g_list_model_get_n_items (deliberations);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, j);
          g_autofree char *board = one_line (pre_meeting_get_board_name (meeting));
          g_autofree char *subject = one_line (pre_deliberation_get_subject (deliberation));
          g_autofree char *outcome = pre_deliberation_dup_outcome_text (deliberation);

          /* Machine formats: the id and the ISO date, whatever the language. */
          g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
                   pre_deliberation_get_id (deliberation),
                   pre_meeting_get_date (meeting),
                   board, subject, outcome);
          n_printed++;
        }
    }

  if (n_printed == 0)
    {
      /* On stderr, so that a script reading stdout sees an empty list. */
      g_printerr (_("No deliberation is recorded in “%s”."), pre_store_get_path (store));
      g_printerr ("\n");
    }

  return PRE_CLI_EXIT_OK;
}

/* extract */

PreCliExit
pre_cli_write_extract (PreCli     *cli,
                       const char *id_text,
                       const char *date,
                       const char *output)
{
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(GError) error = NULL;
  PreStore *store;
  gint64 id = 0;

  if (output == NULL || *output == '\0')
    {
      pre_cli_print_error (_("Say where to write the PDF with “--output FILE”."));
      return PRE_CLI_EXIT_USAGE;
    }

  if (!g_ascii_string_to_signed (id_text, 10, 1, G_MAXINT64, &id, NULL))
    {
      pre_cli_print_error (_("“%s” is not a deliberation id: “%s deliberations” lists them."),
                           id_text, g_get_prgname ());
      return PRE_CLI_EXIT_USAGE;
    }

  if (date != NULL && !pre_date_is_valid_iso (date))
    {
      pre_cli_print_error (_("The signature date “%s” is not a date: write it YYYY-MM-DD."), date);
      return PRE_CLI_EXIT_USAGE;
    }

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  extract = pre_store_build_extract (store, id, &error);
  if (extract == NULL)
    {
      pre_cli_print_error ("%s", error->message);
      /* An id that names nothing is a wrong argument, as documented in the
       * command's summary. */
      if (g_error_matches (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND))
        {
          pre_cli_print_error (_("“%s deliberations” lists the deliberations and their ids."),
                               g_get_prgname ());
          return PRE_CLI_EXIT_USAGE;
        }
      return PRE_CLI_EXIT_DATABASE;
    }

  if (date != NULL)
    g_set_str (&extract->signature_date, date);

  if (!pre_extract_write_pdf (extract, output, &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  g_print (_("Extract of the register written to “%s”."), output);
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}

/* "extract ID -o FILE": the older spelling of "report extract". */
PreCliExit
pre_cli_command_extract (PreCli  *cli,
                         int      argc,
                         char   **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *date = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The date the extract is signed on (default: the séance’s date)"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to FILE (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!pre_cli_parse_command (cli, entries, 1, 1, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  /* As before: no output is said before a bad id. */
  if (output == NULL || *output == '\0')
    {
      pre_cli_print_error (_("Say where to write the PDF with “--output FILE”."));
      return PRE_CLI_EXIT_USAGE;
    }
  return pre_cli_write_extract (cli, argv[1], date, output);
}

/* meetings */

PreCliExit
pre_cli_command_meetings (PreCli  *cli,
                          int      argc,
                          char   **argv)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  PreStore *store;
  guint n;

  /* "meetings list", or "meetings" alone. */
  if (!pre_cli_parse_command (cli, NULL, 0, 1, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;
  if (argc > 1 && g_strcmp0 (argv[1], "list") != 0)
    {
      pre_cli_print_error (_("“%s” is not something to do with the séances: say “list”."), argv[1]);
      return PRE_CLI_EXIT_USAGE;
    }

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  meetings = pre_store_list_meetings (store, 0, &error);
  if (meetings == NULL)
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *board = one_line (pre_meeting_get_board_name (meeting));
      g_autofree char *quorum = NULL;
      PreAttendanceCounts counts = { 0, };
      guint required;

      if (!pre_store_get_attendance_counts (store, pre_meeting_get_id (meeting), &counts, &error))
        {
          pre_cli_print_error ("%s", error->message);
          return PRE_CLI_EXIT_DATABASE;
        }

      required = pre_quorum_required (counts.in_office);
      if (counts.second_convocation)
        /* Translators: the quorum column of "meetings list" */
        quorum = g_strdup (_("second convocation, no quorum needed"));
      else if (pre_quorum_reached (&counts))
        quorum = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "quorum reached (%u required)",
                                               "quorum reached (%u required)", required),
                                  required);
      else
        quorum = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "quorum not reached (%u required)",
                                               "quorum not reached (%u required)", required),
                                  required);

      /* Machine formats: the id, the ISO date and plain counts (present,
       * represented, excused), whatever the language; the quorum in words. */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%u\t%u\t%s\n",
               pre_meeting_get_id (meeting), pre_meeting_get_date (meeting), board,
               counts.present, counts.represented, counts.excused, quorum);
    }

  if (n == 0)
    {
      /* On stderr, so that a script reading stdout sees an empty list. */
      g_printerr (_("No séance is recorded in “%s”."), pre_store_get_path (store));
      g_printerr ("\n");
    }

  return PRE_CLI_EXIT_OK;
}
