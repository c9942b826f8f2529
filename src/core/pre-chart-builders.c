/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-aggregates.h"
#include "pre-chart-builders.h"
#include "pre-convention.h"
#include "pre-enums.h"
#include "pre-error.h"
#include "pre-partner.h"
#include "pre-store-private.h"

static const char * const chart_names[PRE_N_CHART_NAMES] = {
  "territory-spending",
  "mission-budget",
  "funding-sources",
  "monthly-spending",
};

const char *
pre_chart_kind_name_to_string (PreChartKindName which)
{
  g_return_val_if_fail ((guint)which < PRE_N_CHART_NAMES, NULL);

  return chart_names[which];
}

gboolean
pre_chart_kind_name_from_string (const char       *text,
                                 PreChartKindName *which)
{
  g_return_val_if_fail (which != NULL, FALSE);

  for (guint i = 0; text != NULL && i < PRE_N_CHART_NAMES; i++)
    if (g_ascii_strcasecmp (text, chart_names[i]) == 0)
      {
        *which = (PreChartKindName)i;
        return TRUE;
      }
  return FALSE;
}

/* A title for one year ("Funding sources, 2025") or several ("…, 2024–2026"):
 * each format has its own msgid so that translators see whole titles. */
#define TITLE_FOR(one_year, years, first_year, last_year) \
  ((first_year) == (last_year) ? g_strdup_printf (one_year, first_year) \
                               : g_strdup_printf (years, first_year, last_year))

static void
add_value (PreChartData *data,
           guint         category,
           guint         series,
           gint64        actual,
           gint64        committed)
{
  gint64 old_actual = 0, old_committed = 0;

  pre_chart_data_get_value (data, category, series, &old_actual, &old_committed);
  pre_chart_data_set_value (data, category, series, old_actual + actual, old_committed + committed);
}

/* The category of @id, added with @label the first time. */
static guint
category_for (PreChartData *data,
              GHashTable   *categories,
              gint64        id,
              const char   *label)
{
  gpointer found;
  gint64 *key;
  guint category;

  if (g_hash_table_lookup_extended (categories, &id, NULL, &found))
    return GPOINTER_TO_UINT (found);
  key = g_new (gint64, 1);
  *key = id;
  category = pre_chart_data_add_category (data, label);
  g_hash_table_insert (categories, key, GUINT_TO_POINTER (category));
  return category;
}

PreChartData *
pre_chart_build_territory_spending (GPtrArray *rows,
                                    int        first_year,
                                    int        last_year)
{
  g_autoptr(GHashTable) categories = NULL;
  g_autofree char *title = TITLE_FOR (_("Spending per territory, %d"),
                                       _("Spending per territory, %d–%d"),
                                       first_year, last_year);
  PreChartData *data;
  guint series[PRE_N_MISSION_KINDS];

  g_return_val_if_fail (rows != NULL, NULL);

  data = pre_chart_data_new (PRE_CHART_KIND_STACKED_BARS, title);
  pre_chart_data_set_category_title (data, _("Territory"));
  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    series[kind] = pre_chart_data_add_series (data, pre_mission_kind_get_label (kind), kind);

  /* Rows come by year, then territory (all territories last), then
   * mission: the first year's order is kept. */
  categories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreSpendingRow *row = g_ptr_array_index (rows, i);
      guint category = category_for (data, categories, row->territory_id, row->territory_name);

      add_value (data, category, series[row->mission_kind], row->actual, row->committed);
    }
  return data;
}

PreChartData *
pre_chart_build_mission_budget (GPtrArray *rows,
                                int        first_year,
                                int        last_year)
{
  g_autoptr(GHashTable) categories = NULL;
  g_autofree char *title = TITLE_FOR (_("Budget and spending per mission, %d"),
                                       _("Budget and spending per mission, %d–%d"),
                                       first_year, last_year);
  PreChartData *data;
  guint budget, spent;

  g_return_val_if_fail (rows != NULL, NULL);

  data = pre_chart_data_new (PRE_CHART_KIND_GROUPED_BARS, title);
  pre_chart_data_set_category_title (data, _("Mission"));
  /* The series are named "Budget" and "Spent": the amounts need no word. */
  pre_chart_data_set_part_formats (data, "%s", NULL);
  budget = pre_chart_data_add_series (data, _("Budget"), 1);
  spent = pre_chart_data_add_series (data, _("Spent"), 0);

  categories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreMissionRow *row = g_ptr_array_index (rows, i);
      guint category = category_for (data, categories, row->mission_id,
                                     pre_mission_kind_get_label (row->mission_kind));

      add_value (data, category, budget, row->budget, 0);
      add_value (data, category, spent, row->actual, row->committed);
    }
  return data;
}

PreChartData *
pre_chart_build_funding_sources (GPtrArray  *rows,
                                 GListModel *parties,
                                 gint64      coordinator_id,
                                 gint64      coordinator_share,
                                 int         first_year,
                                 int         last_year)
{
  g_autoptr(GHashTable) categories = NULL;
  g_autofree char *title = TITLE_FOR (_("Funding sources, %d"), _("Funding sources, %d–%d"),
                                      first_year, last_year);
  PreChartData *data;
  guint series;
  guint n_parties = parties != NULL ? g_list_model_get_n_items (parties) : 0;

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (parties == NULL || G_IS_LIST_MODEL (parties), NULL);

  data = pre_chart_data_new (PRE_CHART_KIND_GROUPED_BARS, title);
  pre_chart_data_set_category_title (data, _("Partner"));
  pre_chart_data_set_part_formats (data, _("%s received"), _("%s still to be received"));
  series = pre_chart_data_add_series (data, _("Participation"), 0);

  categories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (parties, i);
      guint category = category_for (data, categories, pre_partner_get_id (partner),
                                     pre_partner_get_name (partner));

      /* The coordinator pays its own share: nothing to call, all received. */
      if (pre_partner_get_id (partner) == coordinator_id)
        pre_chart_data_set_value (data, category, series, coordinator_share, 0);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const PrePaymentRow *row = g_ptr_array_index (rows, i);
      gint64 due = MAX (row->planned, row->called);
      guint category = category_for (data, categories, row->partner_id, row->partner_name);

      add_value (data, category, series, row->received, MAX (due - row->received, 0));
    }
  return data;
}

PreChartData *
pre_chart_build_contributions (GPtrArray *rows,
                               int        year)
{
  g_autofree char *title = g_strdup_printf (_("Contributions and spending per territory, %d"), year);
  PreChartData *data;
  guint paid, spent;

  g_return_val_if_fail (rows != NULL, NULL);

  data = pre_chart_data_new (PRE_CHART_KIND_GROUPED_BARS, title);
  pre_chart_data_set_category_title (data, _("Territory"));
  pre_chart_data_set_part_formats (data, "%s", _("%s to come"));
  paid = pre_chart_data_add_series (data, _("Paid by the partner"), 2);
  spent = pre_chart_data_add_series (data, _("Spent on the territory"), 0);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreContributionRow *row = g_ptr_array_index (rows, i);
      gboolean shared = FALSE;
      guint category;

      /* Two partners of one commune (its CCAS and the town): two bars
       * named "Beaulieu" would not say whose is whose; name the partners. */
      for (guint j = 0; j < rows->len && !shared; j++)
        {
          const PreContributionRow *other = g_ptr_array_index (rows, j);

          shared = j != i && g_strcmp0 (other->territory_name, row->territory_name) == 0;
        }
      category = pre_chart_data_add_category (data, shared ? row->partner_name : row->territory_name);

      pre_chart_data_set_value (data, category, paid, row->received, MAX (row->planned - row->received, 0));
      pre_chart_data_set_value (data, category, spent, row->spent, row->committed);
    }
  return data;
}

/* "Jan", or "Jan 2025" when the chart runs over several years: the
 * locale's abbreviated month name. */
static char *
month_label (int      year,
             int      month,
             gboolean with_year)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  if (date == NULL)
    return g_strdup_printf ("%04d-%02d", year, month);
  return g_date_time_format (date, with_year ? "%b %Y" : "%b");
}

PreChartData *
pre_chart_build_monthly_spending (GPtrArray *rows,
                                  gint64     budget,
                                  int        first_year,
                                  int        last_year)
{
  g_autofree char *title = TITLE_FOR (_("Cumulative spending per month, %d"),
                                       _("Cumulative spending per month, %d–%d"),
                                       first_year, last_year);
  PreChartData *data;
  guint series;

  g_return_val_if_fail (rows != NULL, NULL);

  data = pre_chart_data_new (PRE_CHART_KIND_CUMULATIVE_LINE, title);
  pre_chart_data_set_category_title (data, _("Month"));
  series = pre_chart_data_add_series (data, _("Spending"), 0);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreMonthRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = month_label (row->year, row->month, first_year != last_year);
      guint category = pre_chart_data_add_category (data, label);

      pre_chart_data_set_value (data, category, series, row->actual, row->committed);
    }
  if (budget >= 0)
    pre_chart_data_add_reference (data,
                                  first_year == last_year ? _("Annual budget")
                                                          : _("Budget of the convention"),
                                  budget);
  return data;
}

/* From the store */

typedef struct
{
  int     first_year;
  int     last_year;
  gint64  coordinator_id;
  gint64  coordinator_share;
} ConventionFacts;

static gboolean
read_convention (PreStore         *store,
                 gint64            convention_id,
                 int               year,
                 ConventionFacts  *facts,
                 GError          **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = pre_store_prepare (store,
                            "SELECT c.first_year, c.last_year, c.coordinator_id,"
                            "  (SELECT coalesce (sum (f.amount), 0) FROM funding_share f"
                            "   WHERE f.convention_id = c.id AND f.partner_id = c.coordinator_id"
                            "     AND (?2 = 0 OR f.year = ?2))"
                            " FROM convention c WHERE c.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!pre_store_step_row (store, stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                     _("The convention no longer exists."));
      return FALSE;
    }
  facts->first_year = sqlite3_column_int (stmt, 0);
  facts->last_year = sqlite3_column_int (stmt, 1);
  facts->coordinator_id = sqlite3_column_int64 (stmt, 2);
  facts->coordinator_share = sqlite3_column_int64 (stmt, 3);
  return TRUE;
}

/* Every year's mission rows, one year after the other. */
static GPtrArray *
compute_missions_over (PreStore  *store,
                       gint64     convention_id,
                       int        first_year,
                       int        last_year,
                       GError   **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);

  for (int y = first_year; y <= last_year; y++)
    {
      g_autoptr(GPtrArray) rows = pre_store_compute_missions (store, convention_id, y, error);

      if (rows == NULL)
        return NULL;
      /* The array frees with g_free: move the rows over. */
      g_ptr_array_set_free_func (rows, NULL);
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&rows));
    }
  return g_steal_pointer (&all);
}

static gboolean
compute_budget (PreStore  *store,
                gint64     convention_id,
                int        year,
                gint64    *budget,
                GError   **error)
{
  g_autoptr(GPtrArray) balances = pre_store_compute_balances (store, convention_id, error);

  if (balances == NULL)
    return FALSE;
  *budget = 0;
  for (guint i = 0; i < balances->len; i++)
    {
      const PreBalanceRow *row = g_ptr_array_index (balances, i);

      if (year == 0 || row->year == year)
        *budget += row->annual_cost;
    }
  return TRUE;
}

PreChartData *
pre_store_build_chart (PreStore          *store,
                       gint64             convention_id,
                       PreChartKindName   which,
                       int                year,
                       GError           **error)
{
  ConventionFacts facts = { 0 };
  g_autoptr(GListModel) parties = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int first, last;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint)which < PRE_N_CHART_NAMES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_convention (store, convention_id, year, &facts, error))
    return NULL;
  if (year != 0 && (year < facts.first_year || year > facts.last_year))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                                _("The year %d is outside the convention’s years (%d–%d)."),
                                year, facts.first_year, facts.last_year);
      return NULL;
    }
  first = year != 0 ? year : facts.first_year;
  last = year != 0 ? year : facts.last_year;

  switch (which)
    {
    case PRE_CHART_NAME_TERRITORY_SPENDING:
      rows = pre_store_compute_spending (store, convention_id, year, error);
      if (rows == NULL)
        return NULL;
      return pre_chart_build_territory_spending (rows, first, last);

    case PRE_CHART_NAME_MISSION_BUDGET:
      rows = compute_missions_over (store, convention_id, first, last, error);
      if (rows == NULL)
        return NULL;
      return pre_chart_build_mission_budget (rows, first, last);

    case PRE_CHART_NAME_FUNDING_SOURCES:
      rows = pre_store_compute_payments (store, convention_id, year, NULL, error);
      if (rows == NULL)
        return NULL;
      parties = pre_store_list_convention_parties (store, convention_id, error);
      if (parties == NULL)
        return NULL;
      return pre_chart_build_funding_sources (rows, parties, facts.coordinator_id,
                                              facts.coordinator_share, first, last);

    case PRE_CHART_NAME_MONTHLY_SPENDING:
      {
        gint64 budget = 0;

        if (!compute_budget (store, convention_id, year, &budget, error))
          return NULL;
        rows = pre_store_compute_monthly_spending (store, convention_id, year, error);
        if (rows == NULL)
          return NULL;
        return pre_chart_build_monthly_spending (rows, budget, first, last);
      }

    default:
      g_assert_not_reached ();
    }
}
