/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-aggregates.h"
#include "pre-cli-commands.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-enums.h"
#include "pre-example.h"
#include "pre-funding-share.h"
#include "pre-money.h"

/* example */

PreCliExit
pre_cli_command_example (PreCli  *cli,
                         int      argc,
                         char   **argv)
{
  gboolean with_activity = FALSE;
  const GOptionEntry entries[] = {
    { "with-sample-activity", 0, 0, G_OPTION_ARG_NONE, &with_activity,
      N_("Also add fictitious sessions, expenses, mission budgets and payments for demonstrations"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  PreStore *store;

  if (!pre_cli_parse_command (cli, entries, 0, 0, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  store = pre_cli_open_store (cli, TRUE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  if (!pre_store_load_example (store, with_activity, &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  if (with_activity)
    g_print (_("The example convention (CCAS de Dijon, séance of 2 October 2024) and fictitious "
               "sample activity were added to “%s”."), pre_store_get_path (store));
  else
    g_print (_("The example convention (CCAS de Dijon, séance of 2 October 2024) was added to “%s”."),
             pre_store_get_path (store));
  g_print ("\n");
  return PRE_CLI_EXIT_OK;
}

/* summary: text tables */

typedef struct
{
  GPtrArray *rows;      /* GStrv each */
  guint      n_columns;
  guint      first_numeric;  /* columns from this one on are right-aligned */
} Table;

static Table *
table_new (guint first_numeric)
{
  Table *table = g_new0 (Table, 1);

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  table->first_numeric = first_numeric;
  return table;
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

/* Takes the strings (NULL-terminated, transfer full). */
static void
table_add (Table *table,
           ...)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  va_list args;
  char *cell;

  va_start (args, table);
  while ((cell = va_arg (args, char *)) != NULL)
    g_strv_builder_take (builder, cell);
  va_end (args);

  g_ptr_array_add (table->rows, g_strv_builder_end (builder));
  table->n_columns = MAX (table->n_columns, g_strv_length (g_ptr_array_index (table->rows, table->rows->len - 1)));
  g_strv_builder_unref (builder);
}

static void
table_print (Table *table)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);
      for (guint c = 0; row[c] != NULL; c++)
        widths[c] = MAX (widths[c], (guint)g_utf8_strlen (row[c], -1));
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);
      g_autoptr(GString) line = g_string_new ("  ");

      for (guint c = 0; row[c] != NULL; c++)
        {
          guint pad = widths[c] - (guint)g_utf8_strlen (row[c], -1);
          gboolean right = c >= table->first_numeric;

          if (c > 0)
            g_string_append (line, "  ");
          if (right)
            for (guint i = 0; i < pad; i++)
              g_string_append_c (line, ' ');
          g_string_append (line, row[c]);
          if (!right && row[c + 1] != NULL)
            for (guint i = 0; i < pad; i++)
              g_string_append_c (line, ' ');
        }
      g_print ("%s\n", line->str);
    }
}

static void
print_heading (const char *heading)
{
  g_print ("\n%s\n", heading);
}

/* summary: JSON, written by hand: a handful of flat records. */

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar)*p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar)*p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
json_key (GString    *out,
          const char *key)
{
  json_string (out, key);
  g_string_append (out, ": ");
}

typedef struct
{
  PreStore      *store;
  PreConvention *convention;
  gint64         convention_id;
  int            year;
  char          *today;
  GListModel    *shares;
  GPtrArray     *balances;
  GPtrArray     *payments;
  GPtrArray     *spending;
  GPtrArray     *missions;
} Summary;

static void
summary_clear (Summary *summary)
{
  g_clear_object (&summary->convention);
  g_clear_pointer (&summary->today, g_free);
  g_clear_object (&summary->shares);
  g_clear_pointer (&summary->balances, g_ptr_array_unref);
  g_clear_pointer (&summary->payments, g_ptr_array_unref);
  g_clear_pointer (&summary->spending, g_ptr_array_unref);
  g_clear_pointer (&summary->missions, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Summary, summary_clear)

static gboolean
summary_load (Summary  *summary,
              GError  **error)
{
  gint64 id = summary->convention_id;

  summary->shares = pre_store_list_funding_shares (summary->store, id, summary->year, error);
  if (summary->shares == NULL)
    return FALSE;
  summary->balances = pre_store_compute_balances (summary->store, id, error);
  if (summary->balances == NULL)
    return FALSE;
  summary->payments = pre_store_compute_payments (summary->store, id, summary->year, summary->today, error);
  if (summary->payments == NULL)
    return FALSE;
  summary->spending = pre_store_compute_spending (summary->store, id, summary->year, error);
  if (summary->spending == NULL)
    return FALSE;
  summary->missions = pre_store_compute_missions (summary->store, id, summary->year, error);
  return summary->missions != NULL;
}

static const PreBalanceRow *
summary_balance (Summary *summary)
{
  for (guint i = 0; i < summary->balances->len; i++)
    {
      const PreBalanceRow *row = g_ptr_array_index (summary->balances, i);
      if (row->year == summary->year)
        return row;
    }
  return NULL;
}

static char *
balance_text (const PreBalanceRow *row)
{
  g_autofree char *amount = pre_money_format (ABS (row->balance));

  switch (row->state)
    {
    case PRE_BALANCE_TO_ALLOCATE:
      return g_strdup_printf (_("%s to allocate"), amount);
    case PRE_BALANCE_OVER_FUNDED:
      return g_strdup_printf (_("%s over-funded"), amount);
    case PRE_BALANCE_BALANCED:
    default:
      return g_strdup (_("Balanced"));
    }
}

static void
print_text (Summary *summary)
{
  g_autofree char *years = pre_convention_dup_years_label (summary->convention);
  const PreBalanceRow *balance = summary_balance (summary);
  g_autoptr(Table) funding = table_new (1);
  g_autoptr(Table) payments = table_new (1);
  g_autoptr(Table) spending = table_new (1);
  g_autoptr(Table) missions = table_new (1);
  g_autoptr(GPtrArray) lines = pre_spending_by_territory (summary->spending);
  gint64 column_totals[PRE_N_MISSION_KINDS] = { 0 };
  gint64 total_actual = 0, total_committed = 0;
  gint64 shares_total = 0;

  g_print ("%s (%s)\n", pre_convention_get_title (summary->convention), years);
  g_print (_("Coordinator: %s"), pre_convention_get_coordinator_name (summary->convention));
  g_print ("\n");
  if (pre_convention_get_is_example (summary->convention))
    {
      g_print (_("This is the example convention."));
      g_print ("\n");
    }
  g_print (_("Year %d"), summary->year);
  g_print ("\n");

  /* Funding plan */
  print_heading (_("Funding plan"));
  table_add (funding, g_strdup (_("Annual cost")),
             pre_money_format (balance != NULL ? balance->annual_cost : 0), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (summary->shares); i++)
    {
      g_autoptr(PreFundingShare) share = g_list_model_get_item (summary->shares, i);
      shares_total += pre_funding_share_get_amount (share);
      table_add (funding, g_strdup (pre_funding_share_get_partner_name (share)),
                 pre_money_format (pre_funding_share_get_amount (share)), NULL);
    }
  table_add (funding, g_strdup (_("Total of the shares")), pre_money_format (shares_total), NULL);
  if (balance != NULL)
    table_add (funding, g_strdup (_("Balance")), balance_text (balance), NULL);
  table_print (funding);

  /* Payments */
  print_heading (_("Calls for funds and receipts"));
  if (summary->payments->len == 0)
    g_print ("  %s\n", _("No participation planned or called."));
  else
    {
      table_add (payments, g_strdup (_("Partner")), g_strdup (_("Planned")), g_strdup (_("Called")),
                 g_strdup (_("Received")), g_strdup (_("Status")), NULL);
      for (guint i = 0; i < summary->payments->len; i++)
        {
          const PrePaymentRow *row = g_ptr_array_index (summary->payments, i);
          table_add (payments, g_strdup (row->partner_name), pre_money_format (row->planned),
                     pre_money_format (row->called), pre_money_format (row->received),
                     g_strdup (pre_payment_status_get_label (row->status)), NULL);
        }
      table_print (payments);
    }

  /* Spending per territory and mission */
  print_heading (_("Spending per territory and mission (held and missed sessions, expenses)"));
  if (lines->len == 0)
    g_print ("  %s\n", _("Nothing spent or planned yet."));
  else
    {
      table_add (spending, g_strdup (_("Territory")),
                 g_strdup (pre_mission_kind_get_label (PRE_MISSION_COORDINATION)),
                 g_strdup (pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)),
                 g_strdup (pre_mission_kind_get_label (PRE_MISSION_PROJECT)),
                 g_strdup (pre_mission_kind_get_label (PRE_MISSION_TRAINING)),
                 g_strdup (_("Spent")), g_strdup (_("Committed")), NULL);
      for (guint i = 0; i < lines->len; i++)
        {
          const PreTerritorySpending *line = g_ptr_array_index (lines, i);

          for (guint k = 0; k < PRE_N_MISSION_KINDS; k++)
            column_totals[k] += line->actual[k];
          total_actual += line->actual_total;
          total_committed += line->committed;
          table_add (spending, g_strdup (line->territory_name),
                     pre_money_format (line->actual[0]), pre_money_format (line->actual[1]),
                     pre_money_format (line->actual[2]), pre_money_format (line->actual[3]),
                     pre_money_format (line->actual_total), pre_money_format (line->committed), NULL);
        }
      table_add (spending, g_strdup (_("Total")),
                 pre_money_format (column_totals[0]), pre_money_format (column_totals[1]),
                 pre_money_format (column_totals[2]), pre_money_format (column_totals[3]),
                 pre_money_format (total_actual), pre_money_format (total_committed), NULL);
      table_print (spending);
    }

  /* Budget vs actual */
  print_heading (_("Budget and spending per mission"));
  table_add (missions, g_strdup (_("Mission")), g_strdup (_("Budget")), g_strdup (_("Spent")),
             g_strdup (_("Committed")), g_strdup (_("Left")), g_strdup (_("Sessions held")), NULL);
  for (guint i = 0; i < summary->missions->len; i++)
    {
      const PreMissionRow *row = g_ptr_array_index (summary->missions, i);
      table_add (missions, g_strdup (pre_mission_kind_get_label (row->mission_kind)),
                 pre_money_format (row->budget), pre_money_format (row->actual),
                 pre_money_format (row->committed),
                 pre_money_format (row->budget - row->actual - row->committed),
                 g_strdup_printf ("%u", row->n_held), NULL);
    }
  table_print (missions);
}

static void
json_money (GString    *out,
            const char *key,
            gint64      cents)
{
  json_key (out, key);
  g_string_append_printf (out, "%" G_GINT64_FORMAT, cents);
}

static void
print_json (Summary *summary)
{
  g_autoptr(GString) out = g_string_new ("{\n");
  const PreBalanceRow *balance = summary_balance (summary);
  static const char * const balance_states[] = { "to-allocate", "balanced", "over-funded" };

  /* Amounts are integer cents: no rounding, no locale. */
  g_string_append (out, "  ");
  json_key (out, "convention");
  g_string_append (out, "{ ");
  json_key (out, "title");
  json_string (out, pre_convention_get_title (summary->convention));
  g_string_append_printf (out, ", \"first_year\": %d, \"last_year\": %d, ",
                          pre_convention_get_first_year (summary->convention),
                          pre_convention_get_last_year (summary->convention));
  json_key (out, "coordinator");
  json_string (out, pre_convention_get_coordinator_name (summary->convention));
  g_string_append_printf (out, ", \"is_example\": %s },\n",
                          pre_convention_get_is_example (summary->convention) ? "true" : "false");
  g_string_append_printf (out, "  \"year\": %d,\n", summary->year);

  g_string_append (out, "  \"funding\": { ");
  json_money (out, "annual_cost_cents", balance != NULL ? balance->annual_cost : 0);
  g_string_append (out, ", ");
  json_money (out, "shares_total_cents", balance != NULL ? balance->shares : 0);
  g_string_append (out, ", ");
  json_money (out, "balance_cents", balance != NULL ? balance->balance : 0);
  g_string_append (out, ", ");
  json_key (out, "balance_state");
  json_string (out, balance != NULL ? balance_states[balance->state] : "balanced");
  g_string_append (out, ",\n    \"shares\": [");
  for (guint i = 0; i < g_list_model_get_n_items (summary->shares); i++)
    {
      g_autoptr(PreFundingShare) share = g_list_model_get_item (summary->shares, i);
      g_string_append (out, i > 0 ? ",\n      { " : "\n      { ");
      json_key (out, "partner");
      json_string (out, pre_funding_share_get_partner_name (share));
      g_string_append (out, ", ");
      json_key (out, "kind");
      json_string (out, pre_partner_kind_to_string (pre_funding_share_get_partner_kind (share)));
      g_string_append (out, ", ");
      json_money (out, "amount_cents", pre_funding_share_get_amount (share));
      g_string_append (out, " }");
    }
  g_string_append (out, " ] },\n");

  g_string_append (out, "  \"payments\": [");
  for (guint i = 0; i < summary->payments->len; i++)
    {
      const PrePaymentRow *row = g_ptr_array_index (summary->payments, i);
      g_string_append (out, i > 0 ? ",\n    { " : "\n    { ");
      json_key (out, "partner");
      json_string (out, row->partner_name);
      g_string_append (out, ", ");
      json_money (out, "planned_cents", row->planned);
      g_string_append (out, ", ");
      json_money (out, "called_cents", row->called);
      g_string_append (out, ", ");
      json_money (out, "received_cents", row->received);
      g_string_append (out, ", ");
      json_key (out, "status");
      json_string (out, pre_payment_status_to_string (row->status));
      g_string_append (out, " }");
    }
  g_string_append (out, " ],\n");

  g_string_append (out, "  \"spending\": [");
  for (guint i = 0; i < summary->spending->len; i++)
    {
      const PreSpendingRow *row = g_ptr_array_index (summary->spending, i);
      g_string_append (out, i > 0 ? ",\n    { " : "\n    { ");
      json_key (out, "territory");
      if (row->territory_id == 0)
        g_string_append (out, "null");
      else
        json_string (out, row->territory_name);
      g_string_append (out, ", ");
      json_key (out, "mission");
      json_string (out, pre_mission_kind_to_string (row->mission_kind));
      g_string_append_printf (out, ", \"year\": %d, ", row->year);
      json_money (out, "actual_cents", row->actual);
      g_string_append (out, ", ");
      json_money (out, "committed_cents", row->committed);
      g_string_append (out, " }");
    }
  g_string_append (out, " ],\n");

  g_string_append (out, "  \"missions\": [");
  for (guint i = 0; i < summary->missions->len; i++)
    {
      const PreMissionRow *row = g_ptr_array_index (summary->missions, i);
      g_string_append (out, i > 0 ? ",\n    { " : "\n    { ");
      json_key (out, "mission");
      json_string (out, pre_mission_kind_to_string (row->mission_kind));
      g_string_append (out, ", ");
      json_money (out, "budget_cents", row->budget);
      g_string_append (out, ", ");
      json_money (out, "actual_cents", row->actual);
      g_string_append (out, ", ");
      json_money (out, "committed_cents", row->committed);
      g_string_append_printf (out, ", \"sessions_held\": %u, \"sessions_missed\": %u, \"sessions_planned\": %u }",
                              row->n_held, row->n_missed, row->n_planned);
    }
  g_string_append (out, " ]\n}\n");

  g_print ("%s", out->str);
}

PreCliExit
pre_cli_command_summary (PreCli  *cli,
                         int      argc,
                         char   **argv)
{
  int year = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("The year to summarise (default: the current year, within the convention’s years)"), N_("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print JSON (amounts in integer cents) instead of tables"), NULL },
    { NULL }
  };
  g_auto(Summary) summary = { 0 };
  g_autoptr(GError) error = NULL;
  PreStore *store;

  if (!pre_cli_parse_command (cli, entries, 0, 0, &argc, &argv))
    return PRE_CLI_EXIT_USAGE;

  store = pre_cli_open_store (cli, FALSE);
  if (store == NULL)
    return PRE_CLI_EXIT_DATABASE;

  summary.store = store;
  summary.today = pre_date_today_iso ();
  summary.convention = pre_store_get_current_convention (store, &error);
  if (summary.convention == NULL)
    {
      if (error != NULL)
        {
          pre_cli_print_error ("%s", error->message);
          return PRE_CLI_EXIT_DATABASE;
        }
      pre_cli_print_error (_("“%s” holds no convention yet. Create one in the application, or load "
                             "the example with “pre-coordination-cli example”."),
                           pre_store_get_path (store));
      return PRE_CLI_EXIT_PROBLEMS;
    }
  summary.convention_id = pre_convention_get_id (summary.convention);

  if (year == 0)
    year = CLAMP (pre_date_year (summary.today),
                  pre_convention_get_first_year (summary.convention),
                  pre_convention_get_last_year (summary.convention));
  else if (!pre_convention_contains_year (summary.convention, year))
    {
      g_autofree char *years = pre_convention_dup_years_label (summary.convention);
      pre_cli_print_error (_("The year %d is outside the convention’s years (%s)."), year, years);
      return PRE_CLI_EXIT_USAGE;
    }
  summary.year = year;

  if (!summary_load (&summary, &error))
    {
      pre_cli_print_error ("%s", error->message);
      return PRE_CLI_EXIT_DATABASE;
    }

  if (json)
    print_json (&summary);
  else
    print_text (&summary);

  return PRE_CLI_EXIT_OK;
}
