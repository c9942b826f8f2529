/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-chart-widget.h"
#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_FUNDING_PAGE (pre_funding_page_get_type ())
G_DECLARE_FINAL_TYPE (PreFundingPage, pre_funding_page, PRE, FUNDING_PAGE, PrePage)

GtkWidget      *pre_funding_page_new                  (void);
/* The balance banner, for tests. */
AdwBanner      *pre_funding_page_get_banner           (PreFundingPage *self);
PreChartWidget *pre_funding_page_get_missions_chart   (PreFundingPage *self);
PreChartWidget *pre_funding_page_get_contributions_chart (PreFundingPage *self);
PreChartWidget *pre_funding_page_get_monthly_chart    (PreFundingPage *self);
/* TRUE while figures are being computed in the background. */
gboolean        pre_funding_page_is_loading           (PreFundingPage *self);

G_END_DECLS
