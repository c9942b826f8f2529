/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A temporary database with the example loaded, for the import, export and
 * report tests. */

#include <glib.h>
#include <glib/gstdio.h>

#include "pre-example.h"
#include "pre-store-private.h"
#include "pre-store.h"

typedef struct
{
  char     *dir;
  char     *path;
  PreStore *store;
} IoFixture;

static inline void
io_fixture_open (IoFixture *f,
                 gboolean   with_sample_activity)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pre-io-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = pre_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (pre_store_load_example (f->store, with_sample_activity, &error));
  g_assert_no_error (error);
}

/* Removes @path, and what it holds when it is a folder (links are removed,
 * not followed). */
static inline void
io_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          io_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static inline void
io_fixture_close (IoFixture *f)
{
  g_clear_object (&f->store);
  io_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

/* The single integer a query returns. */
static inline gint64
io_fixture_count (IoFixture  *f,
                  const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = pre_store_prepare (f->store, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (f->store, stmt, &error));
  value = sqlite3_column_int64 (stmt, 0);
  return value;
}

static inline char *
io_output_path (const char *name)
{
  const char *dir = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *tmp = NULL;

  if (dir == NULL)
    dir = tmp = g_dir_make_tmp ("pre-io-out-XXXXXX", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}
