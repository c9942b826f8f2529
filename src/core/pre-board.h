/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_BOARD (pre_board_get_type ())
G_DECLARE_FINAL_TYPE (PreBoard, pre_board, PRE, BOARD, GObject)

/**
 * PreBoard:
 *
 * A deliberative body: the assembly ("name": "Conseil d'Administration") of
 * an institution ("body": "Centre Communal d'Action Sociale de DIJON"),
 * optionally linked to a partner ("partner-id", 0 = none). "id" is 0 until
 * the board is saved.
 */

PreBoard   *pre_board_new            (void);

gint64      pre_board_get_id         (PreBoard    *self);
const char *pre_board_get_name       (PreBoard    *self);
void        pre_board_set_name       (PreBoard    *self,
                                      const char  *name);
const char *pre_board_get_body       (PreBoard    *self);
void        pre_board_set_body       (PreBoard    *self,
                                      const char  *body);
gint64      pre_board_get_partner_id (PreBoard    *self);
void        pre_board_set_partner_id (PreBoard    *self,
                                      gint64       partner_id);

/**
 * pre_board_dup_title:
 *
 * Returns: (transfer full): "Conseil d'Administration — Centre Communal
 *   d'Action Sociale de DIJON", for lists and window titles
 */
char       *pre_board_dup_title      (PreBoard    *self);

/**
 * pre_board_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("name", "body")
 *
 * Returns: %TRUE if the board can be saved
 */
gboolean    pre_board_validate       (PreBoard    *self,
                                      GError     **error);

/**
 * pre_store_save_board:
 *
 * Inserts the board when its id is 0 (and sets the id), updates it
 * otherwise. Validates first; a second board with the same name and body is
 * refused (field "name"). One transaction.
 */
gboolean    pre_store_save_board     (PreStore    *store,
                                      PreBoard    *board,
                                      GError     **error);

/**
 * pre_store_get_board:
 *
 * Returns: (transfer full): the board, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreBoard   *pre_store_get_board      (PreStore    *store,
                                      gint64       id,
                                      GError     **error);

/**
 * pre_store_delete_board:
 *
 * Deletes the board and its members. Refused with %PRE_STORE_ERROR_IN_USE
 * while séances of the board are recorded.
 */
gboolean    pre_store_delete_board   (PreStore    *store,
                                      gint64       id,
                                      GError     **error);

/**
 * pre_store_list_boards:
 *
 * Returns: (transfer full): a #GListModel of #PreBoard, by body then name
 */
GListModel *pre_store_list_boards    (PreStore    *store,
                                      GError     **error);

G_END_DECLS
