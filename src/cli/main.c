/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "pre-cli.h"
#include "pre-i18n.h"

int
main (int    argc,
      char **argv)
{
  pre_i18n_init ();

  g_set_prgname ("pre-coordination-cli");

  return pre_cli_run (argc, argv);
}
