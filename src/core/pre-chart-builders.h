/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-chart.h"
#include "pre-store.h"

G_BEGIN_DECLS

/*
 * The charts of a convention, from its figures (pre-aggregates.h) to a
 * #PreChartData: which categories, series, colours, words and reference
 * lines each chart has. The pages of the application and the `chart`
 * command of the command line both build their charts here, so that a
 * chart looks the same on screen and in a file.
 *
 * The pre_chart_build_*() functions take figures already computed (a page
 * computes them in the background); pre_store_build_chart() computes them
 * and builds the chart in one call.
 */

/**
 * PreChartKindName:
 * @PRE_CHART_NAME_TERRITORY_SPENDING: spending per territory, stacked by
 *   mission, actual solid and committed hatched ("territory-spending")
 * @PRE_CHART_NAME_MISSION_BUDGET: budget against spending per mission
 *   ("mission-budget")
 * @PRE_CHART_NAME_FUNDING_SOURCES: each funding partner's participation,
 *   received against still to be received ("funding-sources")
 * @PRE_CHART_NAME_MONTHLY_SPENDING: spending added up month after month
 *   against the budget line ("monthly-spending")
 *
 * The charts pre_store_build_chart() builds.
 */
typedef enum
{
  PRE_CHART_NAME_TERRITORY_SPENDING,
  PRE_CHART_NAME_MISSION_BUDGET,
  PRE_CHART_NAME_FUNDING_SOURCES,
  PRE_CHART_NAME_MONTHLY_SPENDING,
} PreChartKindName;

#define PRE_N_CHART_NAMES (PRE_CHART_NAME_MONTHLY_SPENDING + 1)

/**
 * pre_chart_kind_name_to_string:
 *
 * Returns: the machine name of @which ("territory-spending"), as typed on
 *   the command line
 */
const char   *pre_chart_kind_name_to_string   (PreChartKindName   which);

/**
 * pre_chart_kind_name_from_string:
 * @text: a machine name ("mission-budget")
 * @which: (out): the chart
 *
 * Returns: %TRUE if @text names a chart
 */
gboolean      pre_chart_kind_name_from_string (const char        *text,
                                               PreChartKindName  *which);

/**
 * pre_store_build_chart:
 * @store: a store (or a reader)
 * @convention_id: the convention
 * @which: the chart
 * @year: a year of the convention, or 0 for the whole convention (figures
 *   of every year added up; the monthly chart then runs over every month of
 *   the convention against the sum of the annual costs)
 * @error: #PRE_STORE_ERROR_NOT_FOUND for an unknown convention,
 *   #PRE_VALIDATION_ERROR_OUT_OF_RANGE ("year") for a year outside it
 *
 * Computes the figures of @which and builds the chart.
 *
 * Returns: (transfer full): the chart, or %NULL on error
 */
PreChartData *pre_store_build_chart           (PreStore          *store,
                                               gint64             convention_id,
                                               PreChartKindName   which,
                                               int                year,
                                               GError           **error);

/**
 * pre_chart_build_territory_spending:
 * @rows: (element-type PreSpendingRow): from pre_store_compute_spending()
 * @first_year: the first year the figures cover
 * @last_year: the last one (equal to @first_year for one year)
 *
 * Stacked bars: one bar per territory (all territories last), one series
 * per mission kind; amounts of several years are added up.
 *
 * Returns: (transfer full): "Spending per territory, 2025"
 */
PreChartData *pre_chart_build_territory_spending (GPtrArray      *rows,
                                                  int             first_year,
                                                  int             last_year);

/**
 * pre_chart_build_mission_budget:
 * @rows: (element-type PreMissionRow): from pre_store_compute_missions(),
 *   one year's rows or several years' rows one after the other
 * @first_year: the first year the figures cover
 * @last_year: the last one
 *
 * Grouped bars: one category per mission (in the order of its first row, so
 * that category i is the mission of row i for one year), the series
 * "Budget" and "Spent" (committed hatched on top).
 *
 * Returns: (transfer full): "Budget and spending per mission, 2025"
 */
PreChartData *pre_chart_build_mission_budget     (GPtrArray      *rows,
                                                  int             first_year,
                                                  int             last_year);

/**
 * pre_chart_build_funding_sources:
 * @rows: (element-type PrePaymentRow): from pre_store_compute_payments()
 *   (which leaves the coordinator out)
 * @parties: (nullable): the #PrePartner parties of the convention, from
 *   pre_store_list_convention_parties(): each is a category, even without a
 *   share (a commune that gives nothing shows as nothing)
 * @coordinator_id: the convention's coordinator
 * @coordinator_share: the coordinator's share; it pays it itself, so it
 *   counts as received
 * @first_year: the first year the figures cover
 * @last_year: the last one
 *
 * Grouped bars: one category per party (in the order of @parties, then any
 * other partner of @rows), one series "Participation": received solid, the
 * rest of the share (or of the call for funds, when larger) hatched as still
 * to be received. The rows of several years are added up per partner.
 *
 * Returns: (transfer full): "Funding sources, 2025"
 */
PreChartData *pre_chart_build_funding_sources    (GPtrArray      *rows,
                                                  GListModel     *parties,
                                                  gint64          coordinator_id,
                                                  gint64          coordinator_share,
                                                  int             first_year,
                                                  int             last_year);

/**
 * pre_chart_build_contributions:
 * @rows: (element-type PreContributionRow): from
 *   pre_store_compute_contributions()
 * @year: their year
 *
 * Grouped bars: per partner's territory, what the partner paid (the rest of
 * its share hatched, to come) against what was spent on the territory
 * (planned sessions hatched).
 *
 * Returns: (transfer full): "Contributions and spending per territory, 2025"
 */
PreChartData *pre_chart_build_contributions      (GPtrArray      *rows,
                                                  int             year);

/**
 * pre_chart_build_monthly_spending:
 * @rows: (element-type PreMonthRow): from
 *   pre_store_compute_monthly_spending()
 * @budget: the budget line, in cents (the annual cost, or the sum of the
 *   annual costs over several years); no line when negative
 * @first_year: the first year the figures cover
 * @last_year: the last one
 *
 * A cumulative line: one category per month ("Jan", or "Jan 2025" over
 * several years), one series "Spending" whose running total the chart draws
 * (planned sessions dashed), and a reference line "Annual budget" (or
 * "Budget of the convention").
 *
 * Returns: (transfer full): "Cumulative spending per month, 2025"
 */
PreChartData *pre_chart_build_monthly_spending   (GPtrArray      *rows,
                                                  gint64          budget,
                                                  int             first_year,
                                                  int             last_year);

G_END_DECLS
