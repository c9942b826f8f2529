/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A small convention written with raw SQL, shared by the activity, model,
 * aggregates and privacy tests (the convention entities have their own
 * tests). Ids are fixed so that tests can name them. */

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pre-store-private.h"

enum {
  T_DIJON = 1,
  T_CHENOVE = 2,
  T_LONGVIC = 3,
  T_QUETIGNY = 4,
};

enum {
  P_METROPOLE = 1,
  P_CCAS_DIJON = 2,
  P_CCAS_CHENOVE = 3,
  P_CCAS_LONGVIC = 4,
  P_QUETIGNY = 5,
};

enum {
  M_COORDINATION = 1,
  M_PSYCHOLOGY = 2,
  M_PROJECT = 3,
  M_TRAINING = 4,
};

#define CONVENTION_ID 1

static const char fixture_sql[] =
  "INSERT INTO territory (id, name) VALUES (1, 'Dijon'), (2, 'Chenôve'), (3, 'Longvic'),"
  " (4, 'Quetigny');"
  "INSERT INTO partner (id, name, kind, territory_id) VALUES"
  " (1, 'Dijon Métropole', 'metropole', NULL), (2, 'CCAS Dijon', 'ccas', 1),"
  " (3, 'CCAS Chenôve', 'ccas', 2), (4, 'CCAS Longvic', 'ccas', 3),"
  " (5, 'Ville de Quetigny', 'commune', 4);"
  "INSERT INTO convention (id, title, first_year, last_year, coordinator_id, annual_cost)"
  " VALUES (1, 'CPO PRE 2024–2026', 2024, 2026, 1, 2000000);"
  "INSERT INTO convention_party (convention_id, partner_id) VALUES (1, 1), (1, 2), (1, 3),"
  " (1, 4), (1, 5);"
  "INSERT INTO mission (id, convention_id, kind, annual_budget) VALUES"
  " (1, 1, 'coordination', 300000), (2, 1, 'psychology', 900000),"
  " (3, 1, 'project', 500000), (4, 1, 'training', 300000);";

typedef struct
{
  char *dir;
  char *path;
  PreStore *store;
} Fixture;

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pre-activity-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = pre_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
  pre_store_exec (f->store, fixture_sql, &error);
  g_assert_no_error (error);
}

static void
fixture_close (Fixture *f)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

G_GNUC_UNUSED static void
exec_sql (PreStore   *store,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  pre_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static gint64
query_int64 (PreStore   *store,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (store, stmt, &error));
  g_assert_no_error (error);
  return sqlite3_column_int64 (stmt, 0);
}
