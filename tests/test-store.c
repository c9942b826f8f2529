/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pre-store.h"

static void
test_open_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pre-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sub", "pre.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/open/new", test_open_new);
  return g_test_run ();
}
