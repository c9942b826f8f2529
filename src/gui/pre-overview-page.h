/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_OVERVIEW_PAGE (pre_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (PreOverviewPage, pre_overview_page, PRE, OVERVIEW_PAGE, PrePage)

GtkWidget *pre_overview_page_new (void);

G_END_DECLS
