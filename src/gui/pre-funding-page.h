/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_FUNDING_PAGE (pre_funding_page_get_type ())
G_DECLARE_FINAL_TYPE (PreFundingPage, pre_funding_page, PRE, FUNDING_PAGE, PrePage)

GtkWidget *pre_funding_page_new (void);

G_END_DECLS
