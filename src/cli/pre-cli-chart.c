/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-chart-builders.h"
#include "pre-chart-painter.h"
#include "pre-cli-commands.h"
#include "pre-convention.h"
#include "pre-error.h"

/* chart: the charts of the application's pages, written to a file. */

#define DEFAULT_WIDTH  900
#define DEFAULT_HEIGHT 500
#define MIN_SIZE       200
#define MAX_SIZE       10000

/* The file's extension with its dot (".jpg"), or NULL without one. */
static const char *
file_extension (const char *path)
{
  const char *base = strrchr (path, G_DIR_SEPARATOR);
  const char *dot = strrchr (base != NULL ? base + 1 : path, '.');

  return dot != NULL && dot[1] != '\0' ? dot : NULL;
}

static gboolean
is_chart_format (const char *extension)
{
  return extension != NULL
         && (g_ascii_strcasecmp (extension, ".png") == 0
             || g_ascii_strcasecmp (extension, ".svg") == 0
             || g_ascii_strcasecmp (extension, ".pdf") == 0);
}

PreCliExit
pre_cli_command_chart (PreCli  *cli,
                       int      argc,
                       char   **argv)
{
  g_autofree char *output = NULL;
  int year = 0;
  int width = DEFAULT_WIDTH;
  int height = DEFAULT_HEIGHT;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("The year of the chart (default: the whole convention)"), N_("YEAR") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("The width in pixels, or in points for a PDF file (default: 900)"), N_("WIDTH") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height,
      N_("The height in pixels, or in points for a PDF file (default: 500)"), N_("HEIGHT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the chart to FILE; its extension .png, .svg or .pdf chooses the format (required)"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(PreChartData) data = NULL;
  g_autoptr(GError) error = NULL;
  PreChartKindName which;
  const char *extension;
  PreStore *store;

  if (!pre_cli_parse_command (cli, entries, 1, 1, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  if (!pre_chart_kind_name_from_string (argv[1], &which))
    {
      pre_cli_print_error (_("“%s” is not a chart: say territory-spending, mission-budget, "
                             "funding-sources or monthly-spending."),
                           argv[1]);
      return PRE_CLI_EXIT_USAGE;
    }
  if (output == NULL || *output == '\0')
    {
      pre_cli_print_error (_("Say where to write the chart with “--output FILE.png”, “.svg” or “.pdf”."));
      return PRE_CLI_EXIT_USAGE;
    }
  extension = file_extension (output);
  if (!is_chart_format (extension))
    {
      if (extension != NULL)
        pre_cli_print_error (_("“%s” is not a chart format: name the file “.png”, “.svg” or “.pdf”."),
                             extension);
      else
        pre_cli_print_error (_("“%s” has no extension: name the file “.png”, “.svg” or “.pdf”."),
                             output);
      return PRE_CLI_EXIT_USAGE;
    }
  if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE)
    {
      pre_cli_print_error (_("The size %d × %d is not possible: the width and the height go from %d to %d."),
                           width, height, MIN_SIZE, MAX_SIZE);
      return PRE_CLI_EXIT_USAGE;
    }

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  convention = pre_store_get_current_convention (store, &error);
  if (convention == NULL)
    {
      if (error != NULL)
        {
          pre_cli_print_error ("%s", error->message);
          return PRE_CLI_EXIT_DATABASE;
        }
      pre_cli_print_error (_("“%s” holds no convention yet. Create one in the application, or load "
                             "the example with “pre-coordination-cli example”."),
                           pre_store_get_path (store));
      return PRE_CLI_EXIT_PROBLEMS;
    }

  data = pre_store_build_chart (store, pre_convention_get_id (convention), which, year, &error);
  if (data == NULL)
    {
      pre_cli_print_error ("%s", error->message);
      if (g_error_matches (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE))
        return PRE_CLI_EXIT_USAGE;
      return PRE_CLI_EXIT_DATABASE;
    }

  if (!pre_chart_export (data, output, width, height, &error))
    {
      pre_cli_print_error ("%s", error->message);
      if (g_error_matches (error, PRE_CHART_ERROR, PRE_CHART_ERROR_UNSUPPORTED_FORMAT))
        return PRE_CLI_EXIT_USAGE;
      return PRE_CLI_EXIT_PROBLEMS;
    }

  /* Translators: the chart's title, then the file. */
  g_print (_("“%s” written to “%s”."), pre_chart_data_get_title (data), output);
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}
