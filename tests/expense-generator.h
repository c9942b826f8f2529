/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Many generated expenses over the fixture convention (2024–2026), for the
 * lazy expense model's test and the benchmark. Row i (0-based) has id i + 1;
 * the same rule computes what the model should show, without SQL. */

#include <stdio.h>
#include <string.h>

#include "activity-fixture.h"

#define EXPENSE_GEN_DAYS 1096   /* 2024-01-01 .. 2026-12-31 */

typedef struct
{
  gint64 id;
  gint64 mission_id;
  gint64 territory_id;          /* 0: all territories */
  const char *territory_name;   /* "" for all territories */
  char date[11];
  gint64 amount;
  char payee[16];               /* "Payee 07" or "payee 07": NOCASE ties */
  char reference[16];
  const char *description;
} ExpenseRow;

static const char *expense_gen_territories[] = { "", "Dijon", "Chenôve", "Longvic" };

static void
expense_gen_row (guint       i,
                 ExpenseRow *row)
{
  GDate day;

  memset (row, 0, sizeof *row);
  row->id = i + 1;
  row->mission_id = 1 + i % 4;
  row->territory_id = (i % 5 == 0) ? 0 : 1 + i % 3;
  row->territory_name = expense_gen_territories[row->territory_id];

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, G_DATE_JANUARY, 2024);
  g_date_add_days (&day, ((guint64) i * 11) % EXPENSE_GEN_DAYS);
  g_date_strftime (row->date, sizeof row->date, "%Y-%m-%d", &day);

  row->amount = (gint64) ((i * 53) % 5000) * 100 + i % 100;
  g_snprintf (row->payee, sizeof row->payee, "%s %02u", (i % 2) ? "Payee" : "payee", i % 40);
  g_snprintf (row->reference, sizeof row->reference, "INV-%06u", i);
  if (i % 1000 == 0)
    row->description = "Remise 50%_off";
  else if (i % 7 == 0)
    row->description = "Repas de travail";
  else
    row->description = "";
}

/* Inserts @n rows in one transaction with one prepared statement. */
static void
expense_gen_insert (PreStore *store,
                    guint     n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = NULL;

  g_assert_true (pre_store_begin (store, &error));
  g_assert_no_error (error);
  stmt = pre_store_prepare (store,
                            "INSERT INTO expense (id, mission_id, territory_id, date, amount,"
                            " payee, reference, description)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                            &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      ExpenseRow row;

      expense_gen_row (i, &row);
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, row.id);
      sqlite3_bind_int64 (stmt, 2, row.mission_id);
      pre_bind_id (stmt, 3, row.territory_id);
      sqlite3_bind_text (stmt, 4, row.date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, row.amount);
      sqlite3_bind_text (stmt, 6, row.payee, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, row.reference, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, row.description, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        g_error ("insert %u: %s", i, sqlite3_errmsg (pre_store_get_db (store)));
    }
  sqlite3_reset (stmt);
  pre_store_touch (store, "expense");
  g_assert_true (pre_store_commit (store, &error));
  g_assert_no_error (error);
}
