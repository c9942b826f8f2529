/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-cli-commands.h"
#include "pre-export.h"
#include "pre-import.h"
#include "pre-report.h"
#include "pre-scdl.h"

/* import */

static gboolean
parse_mission (const char     *text,
               PreMissionKind *kind)
{
  return pre_mission_kind_from_string (text, kind);
}

PreCliExit
pre_cli_command_import (PreCli  *cli,
                        int      argc,
                        char   **argv)
{
  g_autofree char *mission = NULL;
  g_auto(GStrv) maps = NULL;
  gboolean dry_run = FALSE;
  gboolean skip_bad = FALSE;
  gint64 board_id = 0;
  const GOptionEntry entries[] = {
    { "mission", 0, 0, G_OPTION_ARG_STRING, &mission,
      N_("The mission of rows without a mission column: coordination, psychology, project or training"),
      N_("KIND") },
    { "board", 0, 0, G_OPTION_ARG_INT64, &board_id,
      N_("The board members are added to (needed when there are several)"), N_("ID") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check every line and print what would be imported; write nothing"), NULL },
    { "skip-bad-lines", 0, 0, G_OPTION_ARG_NONE, &skip_bad,
      N_("Import the valid rows and leave the lines with a problem out (by default nothing is imported)"),
      NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("Read the column COLUMN (its header or its number) as FIELD; an empty FIELD ignores it"),
      N_("COLUMN=FIELD") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  PreImportKind kind;
  PreMissionKind mission_kind;
  PreStore *store;
  GPtrArray *issues;
  guint n_added = 0;

  if (!pre_cli_parse_command (cli, entries, 2, 2, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  if (!pre_import_kind_from_string (argv[1], &kind))
    {
      pre_cli_print_error (_("“%s” is not something to import: say sessions, expenses, payments or members."),
                           argv[1]);
      return PRE_CLI_EXIT_USAGE;
    }
  if (mission != NULL && !parse_mission (mission, &mission_kind))
    {
      pre_cli_print_error (_("“%s” is not a mission: say coordination, psychology, project or training."),
                           mission);
      return PRE_CLI_EXIT_USAGE;
    }

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  import = pre_import_new (store, kind);
  if (mission != NULL)
    pre_import_set_mission (import, mission_kind);
  if (board_id != 0)
    pre_import_set_board_id (import, board_id);

  if (!pre_import_load_file (import, argv[2], &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_PROBLEMS;
    }

  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (maps[i], "=", 2);

      if (parts[0] == NULL || parts[1] == NULL)
        {
          pre_cli_print_error (_("“%s” is not COLUMN=FIELD."), maps[i]);
          return PRE_CLI_EXIT_USAGE;
        }
      if (!pre_import_map_column (import, parts[0], parts[1], &error))
        {
          pre_cli_print_error ("%s", error->message);
          return PRE_CLI_EXIT_USAGE;
        }
    }

  /* The mapping, as the preview of a mapping step. */
  g_print (_("Columns:"));
  g_print ("\n");
  for (guint c = 0; c < pre_import_get_n_columns (import); c++)
    {
      const char *field = pre_import_get_column_field (import, c);

      if (field != NULL)
        /* Translators: a column of the file, then the field it fills */
        g_print (_("  %u. “%s” → %s"), c + 1, pre_import_get_column_name (import, c), field);
      else
        g_print (_("  %u. “%s” (ignored)"), c + 1, pre_import_get_column_name (import, c));
      g_print ("\n");
    }

  if (!pre_import_validate (import, &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_PROBLEMS;
    }

  issues = pre_import_get_issues (import);
  for (guint i = 0; i < issues->len; i++)
    {
      PreImportIssue *issue = g_ptr_array_index (issues, i);
      g_printerr ("%s\n", issue->message);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row to add", "%u rows to add",
                        pre_import_get_n_valid (import)),
           pre_import_get_n_valid (import));
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u already present", "%u already present",
                        pre_import_get_n_duplicates (import)),
           pre_import_get_n_duplicates (import));
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u line with a problem.", "%u lines with a problem.",
                        issues->len),
           issues->len);
  g_print ("\n");

  if (dry_run)
    {
      g_print (_("Dry run: nothing was written."));
      g_print ("\n");
      return issues->len > 0 ? PRE_CLI_EXIT_PROBLEMS : PRE_CLI_EXIT_OK;
    }
  if (issues->len > 0 && !skip_bad)
    {
      g_print (_("Nothing was imported: correct the lines above and import the file again, "
                 "or import the valid rows with --skip-bad-lines."));
      g_print ("\n");
      return PRE_CLI_EXIT_PROBLEMS;
    }
  pre_import_set_skip_invalid (import, skip_bad);

  if (!pre_import_commit (import, &n_added, &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row imported into “%s”.", "%u rows imported into “%s”.",
                        n_added),
           n_added, pre_store_get_path (store));
  g_print ("\n");
  /* The lines left out still count as problems. */
  return issues->len > 0 ? PRE_CLI_EXIT_PROBLEMS : PRE_CLI_EXIT_OK;
}

/* export */

/* "export deliberations --scdl -o FILE": the open-data file. */
static PreCliExit
export_scdl (PreCli     *cli,
             const char *table,
             const char *format_name,
             const char *output)
{
  g_autoptr(GError) error = NULL;
  PreStore *store;
  guint n_rows = 0;

  if (g_strcmp0 (table, "deliberations") != 0)
    {
      pre_cli_print_error (_("“--scdl” writes the deliberations as open data: say “export deliberations --scdl”."));
      return PRE_CLI_EXIT_USAGE;
    }
  /* The schema is a CSV file, whatever the file's name. */
  if (format_name != NULL && g_ascii_strcasecmp (format_name, "csv") != 0)
    {
      pre_cli_print_error (_("The SCDL open-data file is a CSV file: leave “--format” out with “--scdl”."));
      return PRE_CLI_EXIT_USAGE;
    }
  if (output == NULL || *output == '\0')
    {
      pre_cli_print_error (_("Say where to write the CSV file with “--output FILE”."));
      return PRE_CLI_EXIT_USAGE;
    }

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  if (!pre_scdl_write_deliberations (store, output, &n_rows, &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  /* Translators: SCDL Délibérations is the name of the open-data schema */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u deliberation written to “%s” (SCDL Délibérations).",
                        "%u deliberations written to “%s” (SCDL Délibérations).", n_rows),
           n_rows, output);
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}

PreCliExit
pre_cli_command_export (PreCli  *cli,
                        int      argc,
                        char   **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  gboolean machine = FALSE;
  gboolean mask = FALSE;
  gboolean scdl = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Only this year (default: every year of the convention)"), N_("YEAR") },
    { "machine", 0, 0, G_OPTION_ARG_NONE, &machine,
      N_("For programs: “,” separator, ISO dates, decimal point, English headers, no byte order mark"),
      NULL },
    { "mask-small-counts", 0, 0, G_OPTION_ARG_NONE, &mask,
      N_("Write counts of people below 5 as “< 5” and leave youth codes out"), NULL },
    { "scdl", 0, 0, G_OPTION_ARG_NONE, &scdl,
      N_("With “deliberations”: the open-data file in the SCDL “Délibérations” schema (CSV, “,” separator, UTF-8, ISO dates) instead of the office table"),
      NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("csv, or ods for an OpenDocument spreadsheet (default: from the file's extension, else csv)"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the table to FILE, a .csv or .ods file (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  PreExportTable table;
  PreExportFlags flags = PRE_EXPORT_FLAGS_NONE;
  PreExportFormat format = PRE_EXPORT_FORMAT_CSV;
  PreStore *store;
  guint n_rows = 0;

  if (!pre_cli_parse_command (cli, entries, 1, 1, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  if (scdl)
    return export_scdl (cli, argv[1], format_name, output);

  if (!pre_export_table_from_string (argv[1], &table))
    {
      pre_cli_print_error (_("“%s” is not a table to export: say sessions, expenses, funding, payments or deliberations."),
                           argv[1]);
      return PRE_CLI_EXIT_USAGE;
    }
  if (output == NULL || *output == '\0')
    {
      pre_cli_print_error (_("Say where to write the table with “--output FILE”."));
      return PRE_CLI_EXIT_USAGE;
    }
  if (format_name != NULL && !pre_export_format_from_string (format_name, &format))
    {
      pre_cli_print_error (_("“%s” is not a format to export to: say csv or ods."), format_name);
      return PRE_CLI_EXIT_USAGE;
    }
  /* Without --format, an .ods file is a spreadsheet and any other a CSV file. */
  if (format_name == NULL && !pre_export_format_from_path (output, &format))
    format = PRE_EXPORT_FORMAT_CSV;
  if (machine)
    flags |= PRE_EXPORT_MACHINE;
  if (mask)
    flags |= PRE_EXPORT_MASK_SMALL_COUNTS;

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  if (!pre_export_to_file (store, table, year, flags, format, output, &n_rows, &error))
    {
      pre_cli_print_error ("%s", error->message);
      if (g_error_matches (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE))
        return PRE_CLI_EXIT_USAGE;
      return PRE_CLI_EXIT_DATABASE;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row written to “%s”.", "%u rows written to “%s”.", n_rows),
           n_rows, output);
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}

/* report */

PreCliExit
pre_cli_command_report (PreCli  *cli,
                        int      argc,
                        char   **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *deliberation = NULL;
  g_autofree char *date = NULL;
  gboolean mask = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year of the annual report (required for it)"), N_("YEAR") },
    { "mask-small-counts", 0, 0, G_OPTION_ARG_NONE, &mask,
      N_("Print counts of youths below 5 as “< 5”"), NULL },
    { "deliberation", 0, 0, G_OPTION_ARG_STRING, &deliberation,
      N_("The deliberation of the extract (required for it; “deliberations” lists the ids)"),
      N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The date the extract is signed on (default: the séance’s date)"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to FILE (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  PreStore *store;
  guint n_pages = 0;

  /* "report annual --year Y" reads as well as "report --year Y". */
  if (!pre_cli_parse_command (cli, entries, 0, 1, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;
  if (argc > 1 && g_strcmp0 (argv[1], "extract") == 0)
    {
      if (deliberation == NULL)
        {
          pre_cli_print_error (_("Say which deliberation with “--deliberation ID”: “%s deliberations” lists them."),
                               g_get_prgname ());
          return PRE_CLI_EXIT_USAGE;
        }
      return pre_cli_write_extract (cli, deliberation, date, output);
    }
  if (argc > 1 && g_strcmp0 (argv[1], "annual") != 0)
    {
      pre_cli_print_error (_("“%s” is not a report: say “annual” or “extract”."), argv[1]);
      return PRE_CLI_EXIT_USAGE;
    }
  if (year == 0)
    {
      pre_cli_print_error (_("Say the year of the report with “--year YEAR”."));
      return PRE_CLI_EXIT_USAGE;
    }
  if (output == NULL || *output == '\0')
    {
      pre_cli_print_error (_("Say where to write the PDF with “--output FILE”."));
      return PRE_CLI_EXIT_USAGE;
    }

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  if (!pre_report_write_annual_pdf (store, 0, year,
                                    mask ? PRE_REPORT_MASK_SMALL_COUNTS : PRE_REPORT_FLAGS_NONE,
                                    output, &n_pages, &error))
    {
      pre_cli_print_error ("%s", error->message);
      if (g_error_matches (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE))
        return PRE_CLI_EXIT_USAGE;
      return PRE_CLI_EXIT_DATABASE;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Annual report %d written to “%s” (%u page).",
                        "Annual report %d written to “%s” (%u pages).", n_pages),
           year, output, n_pages);
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}
