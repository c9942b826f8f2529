/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreCliExit:
 * @PRE_CLI_EXIT_OK: success
 * @PRE_CLI_EXIT_PROBLEMS: a check found problems
 * @PRE_CLI_EXIT_USAGE: usage error (unknown command or option, wrong arguments)
 * @PRE_CLI_EXIT_DATABASE: the database could not be opened or written
 *
 * The exit status of `pre-coordination-cli`, listed in its `--help`.
 */
typedef enum
{
  PRE_CLI_EXIT_OK       = 0,
  PRE_CLI_EXIT_PROBLEMS = 1,
  PRE_CLI_EXIT_USAGE    = 2,
  PRE_CLI_EXIT_DATABASE = 3,
} PreCliExit;

typedef struct _PreCli PreCli;

/**
 * PreCliCommandFunc:
 * @cli: the run: database path, store, the command itself
 * @argc: the number of arguments, the command's name included
 * @argv: the command's name followed by its options and arguments
 *
 * Runs one command. Starts with pre_cli_parse_command(); prints results on
 * stdout and errors on stderr (pre_cli_print_error()).
 *
 * Returns: the exit status
 */
typedef PreCliExit (*PreCliCommandFunc) (PreCli  *cli,
                                         int      argc,
                                         char   **argv);

/**
 * PreCliCommand:
 * @name: what the user types ("backup")
 * @parameter_string: the arguments after the options, marked with N_() ("FILE"), or %NULL
 * @summary: one sentence marked with N_(), shown in both help screens
 * @run: the function
 *
 * One entry of the command table (pre-cli-commands.c).
 */
typedef struct
{
  const char        *name;
  const char        *parameter_string;
  const char        *summary;
  PreCliCommandFunc  run;
} PreCliCommand;

/**
 * pre_cli_run:
 * @argc: as given to main()
 * @argv: as given to main()
 *
 * Parses the global options (`--database FILE`, `--version`, `--help`),
 * finds the command and runs it. The caller has set the locale and the
 * text domain.
 *
 * Returns: the exit status (a #PreCliExit)
 */
int                  pre_cli_run             (int                   argc,
                                              char                **argv);

/**
 * pre_cli_parse_command:
 * @cli: the run
 * @entries: (nullable): the command's own options, %NULL-terminated
 * @min_args: the fewest arguments the command takes
 * @max_args: the most arguments it takes, or -1 for any number
 * @argc: (inout): the command's argument count
 * @argv: (inout): the command's arguments; afterwards (*argv)[1…] are the
 *   positional arguments
 *
 * Parses a command's options with a #GOptionContext of its own (so that
 * `pre-coordination-cli COMMAND --help` works) and checks the number of
 * arguments. `--database FILE` is accepted here too.
 *
 * Returns: %FALSE after printing a usage error: return %PRE_CLI_EXIT_USAGE
 */
gboolean             pre_cli_parse_command   (PreCli               *cli,
                                              const GOptionEntry   *entries,
                                              int                   min_args,
                                              int                   max_args,
                                              int                  *argc,
                                              char               ***argv);

/**
 * pre_cli_open_store:
 * @cli: the run
 * @create: whether a missing database may be created (only `init` does)
 *
 * Opens the database given by `--database` or the default one, once per
 * run (later calls return the same store). On failure prints the error.
 *
 * Returns: (transfer none) (nullable): the store, or %NULL: return
 *   %PRE_CLI_EXIT_DATABASE
 */
PreStore            *pre_cli_open_store      (PreCli               *cli,
                                              gboolean              create);

/**
 * pre_cli_get_database_path:
 *
 * Returns: the database path this run uses
 */
const char          *pre_cli_get_database_path (PreCli             *cli);

/**
 * pre_cli_print_error:
 *
 * Prints "pre-coordination-cli: MESSAGE" on stderr. @format is a translated
 * sentence.
 */
void                 pre_cli_print_error     (const char           *format,
                                              ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
