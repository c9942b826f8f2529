/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

/*
 * Figures computed by SQL over a convention. Every function works on the
 * main store or on a reader (pre_store_open_reader()); each has an
 * _async()/_finish() pair that runs it in a thread on its own reader
 * connection, so that the interface never waits. Results are #GPtrArray of
 * plain structs (freed with the array). Money is in cents.
 *
 * Spending actually incurred ("actual") = held and missed sessions +
 * expenses; planned sessions are "committed"; cancelled sessions count for
 * nothing.
 */

/**
 * PreSpendingRow:
 * @territory_id: the territory, 0 for the sessions and expenses on all
 *   territories
 * @territory_name: its name, or the translated "All territories"
 * @mission_id: the mission
 * @mission_kind: its kind
 * @year: the year
 * @actual: held + missed sessions + expenses
 * @committed: planned sessions
 */
typedef struct
{
  gint64          territory_id;
  char           *territory_name;
  gint64          mission_id;
  PreMissionKind  mission_kind;
  int             year;
  gint64          actual;
  gint64          committed;
} PreSpendingRow;

/**
 * PreMissionRow:
 * @mission_id: the mission
 * @mission_kind: its kind
 * @year: the year
 * @budget: the year's budget (the year's override, else the annual budget)
 * @actual: held + missed sessions + expenses
 * @committed: planned sessions
 * @n_held: sessions held
 * @n_missed: sessions missed (paid, nobody came)
 * @n_planned: sessions planned
 * @n_cancelled: sessions cancelled
 *
 * Budget against actual spending for one mission and one year.
 */
typedef struct
{
  gint64          mission_id;
  PreMissionKind  mission_kind;
  int             year;
  gint64          budget;
  gint64          actual;
  gint64          committed;
  guint           n_held;
  guint           n_missed;
  guint           n_planned;
  guint           n_cancelled;
} PreMissionRow;

/**
 * PreYouthCountRow:
 * @territory_id: the territory (0 for sessions on all territories)
 * @territory_name: its name, or the translated "All territories"
 * @n_youths: distinct youth codes among held and missed psychology sessions
 * @n_sessions: held and missed psychology sessions (with or without a code)
 */
typedef struct
{
  gint64  territory_id;
  char   *territory_name;
  guint   n_youths;
  guint   n_sessions;
} PreYouthCountRow;

/**
 * PreBalanceState:
 * @PRE_BALANCE_TO_ALLOCATE: the shares do not cover the annual cost yet
 * @PRE_BALANCE_BALANCED: the shares cover it exactly
 * @PRE_BALANCE_OVER_FUNDED: the shares exceed it
 */
typedef enum
{
  PRE_BALANCE_TO_ALLOCATE,
  PRE_BALANCE_BALANCED,
  PRE_BALANCE_OVER_FUNDED,
} PreBalanceState;

/**
 * PreBalanceRow:
 * @year: the year
 * @annual_cost: the year's cost (the year's override, else the convention's)
 * @shares: the sum of the funding shares of the year
 * @balance: @annual_cost − @shares: to allocate when positive, over-funded
 *   when negative
 * @state: the state of @balance
 */
typedef struct
{
  int              year;
  gint64           annual_cost;
  gint64           shares;
  gint64           balance;
  PreBalanceState  state;
} PreBalanceRow;

/**
 * PrePaymentRow:
 * @partner_id: the partner
 * @partner_name: its name
 * @year: the year
 * @planned: its funding share for the year (0 when none)
 * @called: the amount of the call for funds (0 when none)
 * @received: the sum of the receipts
 * @call_date: (nullable): the date of the call, "YYYY-MM-DD"
 * @call_reference: the titre de recettes ("" when none)
 * @days_since_call: days from the call to today (0 without a call)
 * @status: planned (a share, no call), called (nothing received), partly
 *   received, received (received ≥ called), or late (called, not fully
 *   received, more than 60 days after the call)
 * @over_received: more was received than called: a warning, not an error
 */
typedef struct
{
  gint64            partner_id;
  char             *partner_name;
  int               year;
  gint64            planned;
  gint64            called;
  gint64            received;
  char             *call_date;
  char             *call_reference;
  int               days_since_call;
  PrePaymentStatus  status;
  gboolean          over_received;
} PrePaymentRow;

/* A call for funds not fully paid this many days after its date is late. */
#define PRE_PAYMENT_LATE_DAYS 60

/**
 * PreContributionRow:
 * @partner_id: a partner that has a territory
 * @partner_name: its name
 * @territory_id: its territory
 * @territory_name: the territory's name
 * @year: the year
 * @planned: its funding share
 * @received: what it paid (receipts)
 * @spent: spending actually incurred on its territory (held + missed
 *   sessions + expenses of that territory; the all-territories ones are not
 *   shared out)
 * @committed: planned sessions on its territory
 */
typedef struct
{
  gint64  partner_id;
  char   *partner_name;
  gint64  territory_id;
  char   *territory_name;
  int     year;
  gint64  planned;
  gint64  received;
  gint64  spent;
  gint64  committed;
} PreContributionRow;

/**
 * PreMonthRow:
 * @year: the year
 * @month: the month, 1 (January) to 12
 * @actual: held + missed sessions + expenses dated in the month
 * @committed: planned sessions dated in the month
 *
 * Spending of one month, every mission and territory together.
 */
typedef struct
{
  int     year;
  int     month;
  gint64  actual;
  gint64  committed;
} PreMonthRow;

/**
 * pre_store_compute_spending:
 * @convention_id: the convention whose missions count
 * @year: a year, or 0 for every year
 *
 * Spending per territory × mission × year. Only combinations with spending
 * or commitments appear.
 *
 * Returns: (transfer full) (element-type PreSpendingRow): rows by year,
 *   territory name (all territories last), then mission kind; %NULL on error
 */
GPtrArray *pre_store_compute_spending        (PreStore      *store,
                                              gint64         convention_id,
                                              int            year,
                                              GError       **error);

/**
 * PreTerritorySpending:
 * @territory_id: the territory, 0 for all territories
 * @territory_name: its name, or the translated "All territories"
 * @actual: spending actually incurred, per #PreMissionKind
 * @actual_total: the sum of @actual
 * @committed: planned sessions, all missions
 *
 * One territory's line of the territory × mission table.
 */
typedef struct
{
  gint64  territory_id;
  char   *territory_name;
  gint64  actual[PRE_N_MISSION_KINDS];
  gint64  actual_total;
  gint64  committed;
} PreTerritorySpending;

/**
 * pre_spending_by_territory:
 * @spending_rows: (element-type PreSpendingRow): from pre_store_compute_spending()
 *
 * Folds the rows (of one year or several) into one line per territory, by
 * territory name, the all-territories line last.
 *
 * Returns: (transfer full) (element-type PreTerritorySpending): the lines
 */
GPtrArray *pre_spending_by_territory         (GPtrArray     *spending_rows);

/**
 * pre_store_compute_missions:
 * @year: a year of the convention
 *
 * Budget against actual and committed spending, with session counts, for
 * each mission of the convention (each of them, even without activity).
 *
 * Returns: (transfer full) (element-type PreMissionRow): rows in mission kind
 *   order; %NULL on error
 */
GPtrArray *pre_store_compute_missions        (PreStore      *store,
                                              gint64         convention_id,
                                              int            year,
                                              GError       **error);

/**
 * pre_store_compute_youth_counts:
 *
 * For the psychology mission of the convention in @year: per territory, the
 * number of distinct youth codes and of sessions (held and missed). Codes
 * removed by pre_store_purge_youth_codes() no longer count as youths.
 *
 * Returns: (transfer full) (element-type PreYouthCountRow): rows by territory
 *   name (all territories last); %NULL on error
 */
GPtrArray *pre_store_compute_youth_counts    (PreStore      *store,
                                              gint64         convention_id,
                                              int            year,
                                              GError       **error);

/**
 * pre_store_compute_balances:
 *
 * The funding balance of each year of the convention.
 *
 * Returns: (transfer full) (element-type PreBalanceRow): one row per year,
 *   first to last; %NULL on error
 */
GPtrArray *pre_store_compute_balances        (PreStore      *store,
                                              gint64         convention_id,
                                              GError       **error);

/**
 * pre_store_compute_payments:
 * @year: a year, or 0 for every year
 * @today_iso: (nullable): today, "YYYY-MM-DD"; %NULL for
 *   pre_date_today_iso() (which honours `PRE_TODAY`)
 *
 * The payment status of each partner that has a share or a call for funds,
 * except the convention's coordinator (it does not call funds from itself).
 *
 * Returns: (transfer full) (element-type PrePaymentRow): rows by year, then
 *   partner (métropole, CCAS, towns, others; then name); %NULL on error
 */
GPtrArray *pre_store_compute_payments        (PreStore      *store,
                                              gint64         convention_id,
                                              int            year,
                                              const char    *today_iso,
                                              GError       **error);

/**
 * pre_store_compute_contributions:
 * @year: a year of the convention
 *
 * For each partner of the convention that has a territory: what it planned
 * and paid against what was spent on its territory.
 *
 * Returns: (transfer full) (element-type PreContributionRow): rows by
 *   partner; %NULL on error
 */
GPtrArray *pre_store_compute_contributions   (PreStore      *store,
                                              gint64         convention_id,
                                              int            year,
                                              GError       **error);

/**
 * pre_store_compute_monthly_spending:
 * @convention_id: the convention whose missions count
 * @year: a year, or 0 for every year of the convention
 *
 * Spending per month over the missions of the convention (cancelled
 * sessions count for nothing). Every month is there, with zeros when
 * nothing was spent or planned.
 *
 * Returns: (transfer full) (element-type PreMonthRow): 12 rows for @year,
 *   January first; for 0, 12 rows per year of the convention, first to
 *   last; %NULL on error
 */
GPtrArray *pre_store_compute_monthly_spending (PreStore      *store,
                                               gint64         convention_id,
                                               int            year,
                                               GError       **error);

/* Asynchronous versions: the same arguments, run in a thread on a reader
 * connection opened for the call. */
void       pre_store_compute_spending_async       (PreStore            *store,
                                                   gint64               convention_id,
                                                   int                  year,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *pre_store_compute_spending_finish      (PreStore            *store,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void       pre_store_compute_missions_async       (PreStore            *store,
                                                   gint64               convention_id,
                                                   int                  year,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *pre_store_compute_missions_finish      (PreStore            *store,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void       pre_store_compute_youth_counts_async   (PreStore            *store,
                                                   gint64               convention_id,
                                                   int                  year,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *pre_store_compute_youth_counts_finish  (PreStore            *store,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void       pre_store_compute_balances_async       (PreStore            *store,
                                                   gint64               convention_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *pre_store_compute_balances_finish      (PreStore            *store,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void       pre_store_compute_payments_async       (PreStore            *store,
                                                   gint64               convention_id,
                                                   int                  year,
                                                   const char          *today_iso,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *pre_store_compute_payments_finish      (PreStore            *store,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void       pre_store_compute_contributions_async  (PreStore            *store,
                                                   gint64               convention_id,
                                                   int                  year,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray *pre_store_compute_contributions_finish (PreStore            *store,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void       pre_store_compute_monthly_spending_async  (PreStore            *store,
                                                      gint64               convention_id,
                                                      int                  year,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GPtrArray *pre_store_compute_monthly_spending_finish (PreStore            *store,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/**
 * pre_balance_state_get_label:
 *
 * Returns: "To allocate", "Balanced" or "Over-funded", translated
 */
const char *pre_balance_state_get_label (PreBalanceState state);

G_END_DECLS
