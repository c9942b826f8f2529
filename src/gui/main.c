/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "pre-application.h"
#include "pre-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PreApplication) app = NULL;
  int status;

  pre_i18n_init ();

  app = pre_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* --screenshot reports a failed save through the exit status. */
  return status != 0 ? status : pre_application_get_exit_status (app);
}
