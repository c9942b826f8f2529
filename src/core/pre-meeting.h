/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-board-rules.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_MEETING (pre_meeting_get_type ())
G_DECLARE_FINAL_TYPE (PreMeeting, pre_meeting, PRE, MEETING, GObject)

/**
 * PreMeeting:
 *
 * A séance of a board. Saved properties: "id" (0 until saved), "board-id",
 * "date" (ISO), "convocation-date" (ISO or %NULL), "place",
 * "president-id" (a member of the board, 0 = none), "convocation" (1 for a
 * first convocation, 2 for a second one, when no quorum is needed).
 *
 * Display properties, filled by pre_store_list_meetings() and
 * pre_store_get_meeting(), never saved: "board-name" (the board's title),
 * "president-name" ("M. HOAREAU"), "first-subject" (the subject of the
 * first deliberation, or ""), "n-deliberations", "n-present",
 * "n-represented", "n-excused".
 */

PreMeeting *pre_meeting_new                   (void);

gint64      pre_meeting_get_id                (PreMeeting  *self);
gint64      pre_meeting_get_board_id          (PreMeeting  *self);
void        pre_meeting_set_board_id          (PreMeeting  *self,
                                               gint64       board_id);
const char *pre_meeting_get_date              (PreMeeting  *self);
void        pre_meeting_set_date              (PreMeeting  *self,
                                               const char  *date_iso);
const char *pre_meeting_get_convocation_date  (PreMeeting  *self);
void        pre_meeting_set_convocation_date  (PreMeeting  *self,
                                               const char  *date_iso);
const char *pre_meeting_get_place             (PreMeeting  *self);
void        pre_meeting_set_place             (PreMeeting  *self,
                                               const char  *place);
gint64      pre_meeting_get_president_id      (PreMeeting  *self);
void        pre_meeting_set_president_id      (PreMeeting  *self,
                                               gint64       member_id);
guint       pre_meeting_get_convocation       (PreMeeting  *self);
void        pre_meeting_set_convocation       (PreMeeting  *self,
                                               guint        convocation);

const char *pre_meeting_get_board_name        (PreMeeting  *self);
const char *pre_meeting_get_president_name    (PreMeeting  *self);
const char *pre_meeting_get_first_subject     (PreMeeting  *self);
guint       pre_meeting_get_n_deliberations   (PreMeeting  *self);
guint       pre_meeting_get_n_present         (PreMeeting  *self);
guint       pre_meeting_get_n_represented     (PreMeeting  *self);
guint       pre_meeting_get_n_excused         (PreMeeting  *self);

/**
 * pre_meeting_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("board-id", "date",
 *   "convocation-date", "convocation")
 *
 * The checks that need no database: the date is required and valid, the
 * convocation date is valid and not after the séance.
 *
 * Returns: %TRUE if the séance can be saved as far as its own fields go
 */
gboolean    pre_meeting_validate              (PreMeeting  *self,
                                               GError     **error);

/**
 * pre_store_validate_meeting:
 *
 * pre_meeting_validate(), then the checks against the database: the board
 * exists; the president is a member of the board in office on the date
 * (field "president-id").
 */
gboolean    pre_store_validate_meeting        (PreStore    *store,
                                               PreMeeting  *meeting,
                                               GError     **error);

/**
 * pre_meeting_convocation_warning:
 * @message: (out) (optional) (transfer full): the warning, when there is one
 *
 * A warning, not an error: the convocation should go out at least three
 * days before the séance.
 *
 * Returns: %TRUE if there is something to warn about
 */
gboolean    pre_meeting_convocation_warning   (PreMeeting  *self,
                                               char       **message);

/**
 * pre_store_save_meeting:
 *
 * Validates with pre_store_validate_meeting(), then inserts (id 0, sets the
 * id) or updates the séance. One transaction.
 */
gboolean    pre_store_save_meeting            (PreStore    *store,
                                               PreMeeting  *meeting,
                                               GError     **error);

/**
 * pre_store_get_meeting:
 *
 * Returns: (transfer full): the séance with its display properties, or
 *   %NULL with %PRE_STORE_ERROR_NOT_FOUND
 */
PreMeeting *pre_store_get_meeting             (PreStore    *store,
                                               gint64       id,
                                               GError     **error);

/**
 * pre_store_delete_meeting:
 *
 * Deletes the séance and its attendance. Refused with
 * %PRE_STORE_ERROR_IN_USE while it holds deliberations (delete them first).
 */
gboolean    pre_store_delete_meeting          (PreStore    *store,
                                               gint64       id,
                                               GError     **error);

/**
 * pre_store_list_meetings:
 * @board_id: a board, or 0 for every board
 *
 * Returns: (transfer full): a #GListModel of #PreMeeting with their display
 *   properties, latest séance first
 */
GListModel *pre_store_list_meetings           (PreStore    *store,
                                               gint64       board_id,
                                               GError     **error);

/**
 * pre_store_get_attendance_counts:
 * @out: (out caller-allocates): the counts
 *
 * in_office counts the members of the board in office on the séance's date;
 * members in office with no attendance row count as absent;
 * second_convocation comes from the séance.
 */
gboolean    pre_store_get_attendance_counts   (PreStore            *store,
                                               gint64               meeting_id,
                                               PreAttendanceCounts *out,
                                               GError             **error);

G_END_DECLS
