/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "pre-cli-commands.h"
#include "pre-cli.h"

struct _PreCli
{
  char                *database_path;
  PreStore            *store;
  const PreCliCommand *command;
};

void
pre_cli_print_error (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s: %s\n", g_get_prgname (), message);
}

const char *
pre_cli_get_database_path (PreCli *cli)
{
  return cli->database_path;
}

static const char *
exit_status_help (void)
{
  return _("Exit status:\n"
           "  0  success\n"
           "  1  a check found problems\n"
           "  2  usage error (unknown command or option, wrong arguments)\n"
           "  3  the database could not be opened or written");
}

static char *
global_description (void)
{
  GString *text = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < pre_cli_n_commands; i++)
    {
      const PreCliCommand *command = &pre_cli_commands[i];
      g_autofree char *usage = g_strjoin (" ", command->name,
                                          command->parameter_string ? _(command->parameter_string) : NULL,
                                          NULL);
      width = MAX (width, (int)g_utf8_strlen (usage, -1));
    }

  for (guint i = 0; i < pre_cli_n_commands; i++)
    {
      const PreCliCommand *command = &pre_cli_commands[i];
      g_autofree char *usage = g_strjoin (" ", command->name,
                                          command->parameter_string ? _(command->parameter_string) : NULL,
                                          NULL);
      int pad = width - (int)g_utf8_strlen (usage, -1);

      g_string_append_printf (text, "\n  %s%*s  %s", usage, pad, "", _(command->summary));
    }

  g_string_append (text, "\n\n");
  g_string_append_printf (text, _("Run “%s COMMAND --help” for the options of a command."), g_get_prgname ());
  g_string_append (text, "\n\n");
  g_string_append (text, exit_status_help ());

  return g_string_free (text, FALSE);
}

static void
print_usage_hint (const char *command_name)
{
  if (command_name != NULL)
    pre_cli_print_error (_("Run “%s %s --help” to see how to use it."), g_get_prgname (), command_name);
  else
    pre_cli_print_error (_("Run “%s --help” to see the commands."), g_get_prgname ());
}

gboolean
pre_cli_parse_command (PreCli               *cli,
                       const GOptionEntry   *entries,
                       int                   min_args,
                       int                   max_args,
                       int                  *argc,
                       char               ***argv)
{
  const PreCliCommand *command = cli->command;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameter = NULL;
  g_autofree char *database = NULL;
  int n_args;
  const GOptionEntry common_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use the database FILE instead of the default one"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  g_assert (command != NULL);

  parameter = g_strjoin (" ", command->name,
                         command->parameter_string ? _(command->parameter_string) : NULL,
                         NULL);
  context = g_option_context_new (parameter);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_description (context, exit_status_help ());
  g_option_context_add_main_entries (context, common_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      pre_cli_print_error ("%s", error->message);
      print_usage_hint (command->name);
      return FALSE;
    }

  if (database != NULL)
    {
      g_free (cli->database_path);
      cli->database_path = g_steal_pointer (&database);
    }

  n_args = *argc - 1;
  if (n_args < min_args || (max_args >= 0 && n_args > max_args))
    {
      if (n_args < min_args)
        pre_cli_print_error (_("The command “%s” needs more arguments: %s."), command->name, parameter);
      else
        pre_cli_print_error (_("The command “%s” takes fewer arguments: %s."), command->name, parameter);
      print_usage_hint (command->name);
      return FALSE;
    }

  return TRUE;
}

PreStore *
pre_cli_open_store (PreCli   *cli,
                    gboolean  create)
{
  g_autoptr(GError) error = NULL;

  if (cli->store != NULL)
    return cli->store;

  if (!create && !g_file_test (cli->database_path, G_FILE_TEST_EXISTS))
    {
      pre_cli_print_error (_("The database “%s” does not exist. Create it with “%s init”."),
                           cli->database_path, g_get_prgname ());
      return NULL;
    }

  cli->store = pre_store_open (cli->database_path, &error);
  if (cli->store == NULL)
    {
      pre_cli_print_error ("%s", error->message);
      return NULL;
    }

  return cli->store;
}

int
pre_cli_run (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *database = NULL;
  gboolean version = FALSE;
  PreCli cli = { 0 };
  int status;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use the database FILE instead of the default one"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Work on a PRE Coordination database from the command line."));
  description = global_description ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows is the command's. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      pre_cli_print_error ("%s", error->message);
      print_usage_hint (NULL);
      return PRE_CLI_EXIT_USAGE;
    }

  if (version)
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return PRE_CLI_EXIT_OK;
    }

  if (argc < 2)
    {
      pre_cli_print_error (_("No command given."));
      print_usage_hint (NULL);
      return PRE_CLI_EXIT_USAGE;
    }

  cli.command = pre_cli_find_command (argv[1]);
  if (cli.command == NULL)
    {
      pre_cli_print_error (_("“%s” is not a command."), argv[1]);
      print_usage_hint (NULL);
      return PRE_CLI_EXIT_USAGE;
    }

  cli.database_path = database != NULL ? g_steal_pointer (&database) : pre_store_get_default_path ();
  status = cli.command->run (&cli, argc - 1, argv + 1);

  g_clear_object (&cli.store);
  g_clear_pointer (&cli.database_path, g_free);
  return status;
}
