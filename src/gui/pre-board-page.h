/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_BOARD_PAGE (pre_board_page_get_type ())

G_DECLARE_FINAL_TYPE (PreBoardPage, pre_board_page, PRE, BOARD_PAGE, PrePage)

GtkWidget   *pre_board_page_new            (void);
/* The séances listed (after the search), for tests and keyboard users. */
GListModel  *pre_board_page_get_meetings   (PreBoardPage *self);
/* Pushes the page of the séance @meeting_id; returns it (owned by the page). */
GtkWidget   *pre_board_page_open_meeting   (PreBoardPage *self,
                                            gint64        meeting_id);
/* The séance page shown, or NULL when the list is shown. */
GtkWidget   *pre_board_page_get_meeting_page (PreBoardPage *self);
/* Whether the quorum badge of @meeting_id says the quorum is reached. */
gboolean     pre_board_page_get_quorum_reached (PreBoardPage *self,
                                                gint64        meeting_id);

/* Deletes with an undo toast ("board.undo-delete" undoes too); errors in an alert. */
gboolean     pre_board_page_delete_meeting      (PreBoardPage *self,
                                                 gint64        meeting_id);
gboolean     pre_board_page_delete_deliberation (PreBoardPage *self,
                                                 gint64        deliberation_id);

/* What "board.export-open-data" writes once a file is chosen: every
 * deliberation in the SCDL "Délibérations" schema (pre_scdl_deliberations_csv()). */
gboolean     pre_board_page_export_open_data    (PreBoardPage  *self,
                                                 GFile         *file,
                                                 guint         *n_rows,
                                                 GError       **error);

/* The example banner of every page, under @toolbar_view's header bar. */
void         pre_board_page_add_example_banner  (PreBoardPage   *self,
                                                 AdwToolbarView *toolbar_view);

G_END_DECLS
