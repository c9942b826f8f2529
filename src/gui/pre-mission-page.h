/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-page.h"

#include "pre-enums.h"

G_BEGIN_DECLS

#define PRE_TYPE_MISSION_PAGE (pre_mission_page_get_type ())
G_DECLARE_FINAL_TYPE (PreMissionPage, pre_mission_page, PRE, MISSION_PAGE, PrePage)

GtkWidget      *pre_mission_page_new      (PreMissionKind  kind);
PreMissionKind  pre_mission_page_get_kind (PreMissionPage *self);

G_END_DECLS
