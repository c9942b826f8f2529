/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-chart-widget.h"
#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_OVERVIEW_PAGE (pre_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (PreOverviewPage, pre_overview_page, PRE, OVERVIEW_PAGE, PrePage)

GtkWidget      *pre_overview_page_new                (void);
/* The spending per territory chart, for tests. */
PreChartWidget *pre_overview_page_get_spending_chart (PreOverviewPage *self);
/* TRUE while figures are being computed in the background. */
gboolean        pre_overview_page_is_loading         (PreOverviewPage *self);

G_END_DECLS
