/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_BOARD_PAGE (pre_board_page_get_type ())
G_DECLARE_FINAL_TYPE (PreBoardPage, pre_board_page, PRE, BOARD_PAGE, PrePage)

GtkWidget *pre_board_page_new (void);

G_END_DECLS
