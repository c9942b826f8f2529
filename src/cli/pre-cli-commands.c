/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-checks.h"
#include "pre-cli-commands.h"

/* The commands. To add one: an entry here and its PreCliCommandFunc.
 */
const PreCliCommand pre_cli_commands[] = {
  { "init", NULL,
    N_("Create the database, or bring it to the current format, and print its path."),
    pre_cli_command_init },
  { "backup", N_("FILE"),
    N_("Write a consistent copy of the database to FILE."),
    pre_cli_command_backup },
  { "example", NULL,
    N_("Load the reference case (the CCAS de Dijon deliberation of 2 October 2024) into an empty database."),
    pre_cli_command_example },
  { "summary", NULL,
    N_("Print the funding plan with its balance, the payments, the spending per territory and mission, and budget against spending."),
    pre_cli_command_summary },
  { "check", NULL,
    N_("Check the database file and its records against the rules; list the problems found."),
    pre_cli_command_check },
  { "meetings", N_("[list]"),
    N_("List the séances, latest first: id, date, board, members present, represented and excused, quorum (tab-separated)."),
    pre_cli_command_meetings },
  { "deliberations", NULL,
    N_("List the deliberations, latest séance first: id (for “report extract”), séance date, board, subject, outcome (tab-separated)."),
    pre_cli_command_deliberations },
  { "extract", N_("ID"),
    N_("Alias of “report extract --deliberation ID”."),
    pre_cli_command_extract },
  { "import", N_("{sessions|expenses|payments|members} FILE"),
    N_("Import a CSV file (separator, encoding and columns detected); every line is checked first, and nothing is written if one has a problem (exit status 1)."),
    pre_cli_command_import },
  { "export", N_("{sessions|expenses|funding|payments|deliberations}"),
    N_("Write a table as CSV to the file given with --output (French office format, or --machine); “deliberations --scdl” writes the open-data file in the SCDL “Délibérations” schema."),
    pre_cli_command_export },
  { "report", N_("[annual|extract]"),
    N_("Write to the PDF file given with --output the annual report of the year given with --year for the steering committee, or the extract of the register of the deliberation given with --deliberation (an unknown id exits with status 2)."),
    pre_cli_command_report },
  { "chart", N_("{territory-spending|mission-budget|funding-sources|monthly-spending}"),
    N_("Write a chart of the convention (of the year given with --year, else of every year) to the PNG, SVG or PDF file given with --output."),
    pre_cli_command_chart },
};

const guint pre_cli_n_commands = G_N_ELEMENTS (pre_cli_commands);

const PreCliCommand *
pre_cli_find_command (const char *name)
{
  for (guint i = 0; i < pre_cli_n_commands; i++)
    if (g_strcmp0 (pre_cli_commands[i].name, name) == 0)
      return &pre_cli_commands[i];
  return NULL;
}

/* init */

PreCliExit
pre_cli_command_init (PreCli  *cli,
                      int      argc,
                      char   **argv)
{
  PreStore *store;

  if (!pre_cli_parse_command (cli, NULL, 0, 0, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  store = pre_cli_open_store (cli, TRUE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  /* Just the path, so that scripts can use it. */
  g_print ("%s\n", pre_store_get_path (store));
  return PRE_CLI_EXIT_OK;
}

/* backup */

PreCliExit
pre_cli_command_backup (PreCli  *cli,
                        int      argc,
                        char   **argv)
{
  g_autoptr(GError) error = NULL;
  PreStore *store;

  if (!pre_cli_parse_command (cli, NULL, 1, 1, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  if (!pre_store_backup (store, argv[1], &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  g_print (_("Backup written to “%s”."), argv[1]);
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}

/* check */

/* The file itself: SQLite's integrity check and the links between records. */
static gboolean
check_database_file (PreStore   *store,
                     GPtrArray  *problems,
                     GPtrArray  *warnings,
                     GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  if (pre_store_check_integrity (store, &local_error))
    return TRUE;

  if (g_error_matches (local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT))
    {
      g_ptr_array_add (problems, g_strdup (local_error->message));
      return TRUE;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

typedef struct
{
  const char      *label;  /* N_() */
  PreCliCheckFunc  func;
} PreCliCheck;

/* What `check` runs, in order. Rule checks of core (funding balance, quorum
 * and votes of deliberations, payments…) are added here, one line each. */
static const PreCliCheck checks[] = {
  { N_("Database file"), check_database_file },
  { N_("Funding balance"), pre_store_check_funding },
  { N_("Payments"), pre_store_check_payments },
  { N_("Board meetings"), pre_store_check_board },
  { N_("Sessions and expenses"), pre_store_check_activities },
};

PreCliExit
pre_cli_command_check (PreCli  *cli,
                       int      argc,
                       char   **argv)
{
  PreStore *store;
  guint n_problems = 0;

  if (!pre_cli_parse_command (cli, NULL, 0, 0, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;

      if (!checks[i].func (store, problems, warnings, &error))
        {
          pre_cli_print_error ("%s", error->message);
          return PRE_CLI_EXIT_DATABASE;
        }

      if (problems->len == 0)
        {
          /* TRANSLATORS: a check's name, then the verdict */
          g_print (_("%s: ok"), _(checks[i].label));
          g_print ("\n");
        }
      else
        {
          g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem", "%s: %u problems", problems->len),
                   _(checks[i].label), problems->len);
          g_print ("\n");
          for (guint j = 0; j < problems->len; j++)
            g_print ("  - %s\n", (const char *)g_ptr_array_index (problems, j));
          n_problems += problems->len;
        }

      /* Warnings are worth a look but are not problems: the exit status ignores them. */
      for (guint j = 0; j < warnings->len; j++)
        {
          /* Translators: a warning line of "check" */
          g_print (_("  ! %s"), (const char *)g_ptr_array_index (warnings, j));
          g_print ("\n");
        }
    }

  if (n_problems > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u problem found in “%s”.", "%u problems found in “%s”.", n_problems),
               n_problems, pre_store_get_path (store));
      g_print ("\n");
      return PRE_CLI_EXIT_PROBLEMS;
    }

  g_print (_("No problem found in “%s”."), pre_store_get_path (store));
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}
