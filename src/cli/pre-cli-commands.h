/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-cli.h"

G_BEGIN_DECLS

/* The command table, in the order of the help screen. To add a command:
 * one entry in pre_cli_commands[] (pre-cli-commands.c) and one
 * PreCliCommandFunc, in pre-cli-commands.c or a file of its own
 * (pre-cli-<group>.c, declared here). */
extern const PreCliCommand pre_cli_commands[];
extern const guint         pre_cli_n_commands;

const PreCliCommand *pre_cli_find_command (const char *name);

/**
 * PreCliCheckFunc:
 * @store: an open store
 * @problems: (element-type utf8): where to add one translated sentence per
 *   problem found (e.g. "2025: the shares exceed the annual cost by 120,00 €.")
 * @warnings: (element-type utf8): where to add what is worth a look but is
 *   not a problem (shown, not counted in the exit status)
 * @error: set only when the check could not run at all
 *
 * The shape of a check run by `pre-coordination-cli check`: a rule check of
 * core (funding balance, quorum, votes…) with this signature can be listed in
 * the table of checks in pre-cli-commands.c as it is.
 *
 * Returns: %FALSE when the check could not run (@error set)
 */
typedef gboolean (*PreCliCheckFunc) (PreStore   *store,
                                     GPtrArray  *problems,
                                     GPtrArray  *warnings,
                                     GError    **error);

/* Commands */
PreCliExit pre_cli_command_init   (PreCli  *cli,
                                   int      argc,
                                   char   **argv);
PreCliExit pre_cli_command_backup (PreCli  *cli,
                                   int      argc,
                                   char   **argv);
PreCliExit pre_cli_command_check  (PreCli  *cli,
                                   int      argc,
                                   char   **argv);

/* pre-cli-summary.c */
PreCliExit pre_cli_command_example (PreCli  *cli,
                                    int      argc,
                                    char   **argv);
PreCliExit pre_cli_command_summary (PreCli  *cli,
                                    int      argc,
                                    char   **argv);

/* pre-cli-board.c */
PreCliExit pre_cli_command_deliberations (PreCli  *cli,
                                          int      argc,
                                          char   **argv);
PreCliExit pre_cli_command_extract       (PreCli  *cli,
                                          int      argc,
                                          char   **argv);
PreCliExit pre_cli_command_meetings      (PreCli  *cli,
                                          int      argc,
                                          char   **argv);
/* Writes the extract of deliberation @id_text (as typed) to @output, signed
 * on @date (ISO, or %NULL for the séance's date): `report extract` and the
 * `extract` alias. */
PreCliExit pre_cli_write_extract         (PreCli      *cli,
                                          const char  *id_text,
                                          const char  *date,
                                          const char  *output);

/* pre-cli-io.c */
PreCliExit pre_cli_command_import (PreCli  *cli,
                                   int      argc,
                                   char   **argv);
PreCliExit pre_cli_command_export (PreCli  *cli,
                                   int      argc,
                                   char   **argv);
PreCliExit pre_cli_command_report (PreCli  *cli,
                                   int      argc,
                                   char   **argv);

/* pre-cli-chart.c */
PreCliExit pre_cli_command_chart  (PreCli  *cli,
                                   int      argc,
                                   char   **argv);

G_END_DECLS
