/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pre-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PreApplication) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pre_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* --screenshot reports a failed save through the exit status. */
  return status != 0 ? status : pre_application_get_exit_status (app);
}
