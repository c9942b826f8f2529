/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Many generated sessions over the fixture convention (2024–2026), for the
 * lazy model's test and benchmark. Row i (0-based) has id i + 1; the same
 * rule computes what the model should show, without SQL. */

#include <stdio.h>
#include <string.h>

#include "activity-fixture.h"

#define GEN_N_DAYS 1096   /* 2024-01-01 .. 2026-12-31 */

typedef struct
{
  gint64 id;
  gint64 mission_id;
  gint64 territory_id;          /* 0: all territories */
  const char *territory_name;   /* "" for all territories */
  char date[11];
  char title[16];
  int status;                   /* PreActivityStatus */
  char provider[16];
  int participants;             /* -1: unknown (NULL) */
  gint64 cost;
  char youth_code[12];          /* "" when none */
  const char *notes;
} GenRow;

static const char *gen_territory_names[] = { "", "Dijon", "Chenôve", "Longvic" };
static const char *gen_statuses[] = { "planned", "held", "missed", "cancelled" };

static void
gen_row (guint   i,
         GenRow *row)
{
  static char dates[GEN_N_DAYS][11];
  static gboolean dates_ready = FALSE;

  if (!dates_ready)
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, G_DATE_JANUARY, 2024);
      for (guint d = 0; d < GEN_N_DAYS; d++, g_date_add_days (&day, 1))
        g_snprintf (dates[d], 11, "%04u-%02u-%02u", g_date_get_year (&day),
                    g_date_get_month (&day), g_date_get_day (&day));
      dates_ready = TRUE;
    }

  memset (row, 0, sizeof *row);
  row->id = i + 1;
  row->mission_id = 1 + i % 4;
  row->territory_id = (i % 5 == 0) ? 0 : 1 + i % 3;
  row->territory_name = gen_territory_names[row->territory_id];
  memcpy (row->date, dates[((guint64) i * 7) % GEN_N_DAYS], 11);
  g_snprintf (row->title, sizeof row->title, "Session %06u", i);
  row->status = (i / 4) % 4;
  g_snprintf (row->provider, sizeof row->provider, "Provider %u", i % 50);
  row->participants = (i % 3 == 0) ? -1 : (int) (i % 30);
  row->cost = (gint64) ((i * 37) % 1000) * 100;
  if (row->mission_id == M_PSYCHOLOGY && i % 7 == 0)
    g_snprintf (row->youth_code, sizeof row->youth_code, "Y-%05u", i % 20000);
  row->notes = (i % 1000 == 0) ? "50%_off" : "";
}

/* Inserts @n rows in one transaction with one prepared statement. */
static void
gen_insert (PreStore *store,
            guint     n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = NULL;

  g_assert_true (pre_store_begin (store, &error));
  g_assert_no_error (error);
  stmt = pre_store_prepare (store,
                            "INSERT INTO activity (id, mission_id, territory_id, date, title, status,"
                            " cost, provider, participants, youth_code, notes)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                            &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      GenRow row;

      gen_row (i, &row);
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, row.id);
      sqlite3_bind_int64 (stmt, 2, row.mission_id);
      pre_bind_id (stmt, 3, row.territory_id);
      sqlite3_bind_text (stmt, 4, row.date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, row.title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, gen_statuses[row.status], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 7, row.cost);
      sqlite3_bind_text (stmt, 8, row.provider, -1, SQLITE_TRANSIENT);
      if (row.participants >= 0)
        sqlite3_bind_int (stmt, 9, row.participants);
      else
        sqlite3_bind_null (stmt, 9);
      pre_bind_text (stmt, 10, row.youth_code[0] != '\0' ? row.youth_code : NULL);
      sqlite3_bind_text (stmt, 11, row.notes, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        g_error ("insert %u: %s", i, sqlite3_errmsg (pre_store_get_db (store)));
    }
  sqlite3_reset (stmt);
  pre_store_touch (store, "activity");
  g_assert_true (pre_store_commit (store, &error));
  g_assert_no_error (error);
}
