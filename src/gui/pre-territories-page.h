/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_TERRITORIES_PAGE (pre_territories_page_get_type ())
G_DECLARE_FINAL_TYPE (PreTerritoriesPage, pre_territories_page, PRE, TERRITORIES_PAGE, PrePage)

GtkWidget *pre_territories_page_new (void);

G_END_DECLS
