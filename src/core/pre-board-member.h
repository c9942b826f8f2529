/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_BOARD_MEMBER (pre_board_member_get_type ())
G_DECLARE_FINAL_TYPE (PreBoardMember, pre_board_member, PRE, BOARD_MEMBER, GObject)

/**
 * PreBoardMember:
 *
 * A member of a board. Properties: "id" (0 until saved), "board-id",
 * "civility" ("M." or "Mme"), "first-name" (may be empty: documents often
 * give only the last name), "last-name", "role" (free text, e.g. "Président
 * de séance"), "position" (order in the register), "out-of-office-from"
 * (%NULL while in office; the ISO date from which the member no longer sits).
 */

PreBoardMember *pre_board_member_new                    (void);

gint64          pre_board_member_get_id                 (PreBoardMember *self);
gint64          pre_board_member_get_board_id           (PreBoardMember *self);
void            pre_board_member_set_board_id           (PreBoardMember *self,
                                                         gint64          board_id);
const char     *pre_board_member_get_civility           (PreBoardMember *self);
void            pre_board_member_set_civility           (PreBoardMember *self,
                                                         const char     *civility);
const char     *pre_board_member_get_first_name         (PreBoardMember *self);
void            pre_board_member_set_first_name         (PreBoardMember *self,
                                                         const char     *first_name);
const char     *pre_board_member_get_last_name          (PreBoardMember *self);
void            pre_board_member_set_last_name          (PreBoardMember *self,
                                                         const char     *last_name);
const char     *pre_board_member_get_role               (PreBoardMember *self);
void            pre_board_member_set_role               (PreBoardMember *self,
                                                         const char     *role);
int             pre_board_member_get_position           (PreBoardMember *self);
void            pre_board_member_set_position           (PreBoardMember *self,
                                                         int             position);
const char     *pre_board_member_get_out_of_office_from (PreBoardMember *self);
void            pre_board_member_set_out_of_office_from (PreBoardMember *self,
                                                         const char     *iso_date);

/**
 * pre_board_member_is_in_office:
 * @date_iso: a date
 *
 * Returns: %TRUE if the member sits on @date_iso (no out-of-office date, or
 *   one after @date_iso)
 */
gboolean        pre_board_member_is_in_office           (PreBoardMember *self,
                                                         const char     *date_iso);

/**
 * pre_board_member_dup_short_name:
 *
 * Returns: (transfer full): civility and upper-cased last name, as in the
 *   register: "M. HOAREAU"
 */
char           *pre_board_member_dup_short_name         (PreBoardMember *self);

/**
 * pre_board_member_dup_full_name:
 *
 * Returns: (transfer full): "M. Antoine HOAREAU" ("M. REBSAMEN" without a
 *   first name)
 */
char           *pre_board_member_dup_full_name          (PreBoardMember *self);

/**
 * pre_board_member_format_short_name:
 * @civility: "M." or "Mme"
 * @last_name: the last name
 *
 * The same as pre_board_member_dup_short_name() without an object.
 *
 * Returns: (transfer full): "M. HOAREAU"
 */
char           *pre_board_member_format_short_name      (const char     *civility,
                                                         const char     *last_name);

/**
 * pre_board_member_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("board-id",
 *   "civility", "last-name", "out-of-office-from")
 *
 * Returns: %TRUE if the member can be saved
 */
gboolean        pre_board_member_validate               (PreBoardMember *self,
                                                         GError        **error);

/**
 * pre_store_save_board_member:
 *
 * Inserts (id 0, sets the id) or updates the member. One transaction.
 */
gboolean        pre_store_save_board_member             (PreStore       *store,
                                                         PreBoardMember *member,
                                                         GError        **error);

/**
 * pre_store_get_board_member:
 *
 * Returns: (transfer full): the member, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreBoardMember *pre_store_get_board_member              (PreStore       *store,
                                                         gint64          id,
                                                         GError        **error);

/**
 * pre_store_delete_board_member:
 *
 * Refused with %PRE_STORE_ERROR_IN_USE while the member appears in the
 * attendance of a séance, holds a proxy or presides a séance; the message
 * says where and suggests marking the member out of office instead.
 */
gboolean        pre_store_delete_board_member           (PreStore       *store,
                                                         gint64          id,
                                                         GError        **error);

/**
 * pre_store_list_board_members:
 * @board_id: the board
 * @in_office_on_iso: (nullable): only the members in office on that date
 *   (no out-of-office date, or one after it); %NULL for all of them
 *
 * Returns: (transfer full): a #GListModel of #PreBoardMember, by position
 */
GListModel     *pre_store_list_board_members            (PreStore       *store,
                                                         gint64          board_id,
                                                         const char     *in_office_on_iso,
                                                         GError        **error);

G_END_DECLS
