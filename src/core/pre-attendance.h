/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_ATTENDANCE (pre_attendance_get_type ())
G_DECLARE_FINAL_TYPE (PreAttendance, pre_attendance, PRE, ATTENDANCE, GObject)

/**
 * PreAttendance:
 *
 * One member's attendance at a séance. Saved properties: "meeting-id",
 * "member-id", "status" (#PreAttendanceStatus), "proxy-holder-id" (the
 * present member holding the proxy of a represented member; 0 otherwise).
 *
 * Display properties, filled by pre_store_list_attendance(), never saved:
 * "member-name" ("M. REBSAMEN"), "member-full-name", "member-civility"
 * ("M." or "Mme", for agreement: "représentée"), "member-position",
 * "proxy-holder-name" ("M. HOAREAU", or "").
 */

PreAttendance      *pre_attendance_new                     (gint64               member_id,
                                                            PreAttendanceStatus  status,
                                                            gint64               proxy_holder_id);

gint64              pre_attendance_get_meeting_id          (PreAttendance       *self);
void                pre_attendance_set_meeting_id          (PreAttendance       *self,
                                                            gint64               meeting_id);
gint64              pre_attendance_get_member_id           (PreAttendance       *self);
void                pre_attendance_set_member_id           (PreAttendance       *self,
                                                            gint64               member_id);
PreAttendanceStatus pre_attendance_get_status              (PreAttendance       *self);
void                pre_attendance_set_status              (PreAttendance       *self,
                                                            PreAttendanceStatus  status);
gint64              pre_attendance_get_proxy_holder_id     (PreAttendance       *self);
void                pre_attendance_set_proxy_holder_id     (PreAttendance       *self,
                                                            gint64               member_id);

const char         *pre_attendance_get_member_name         (PreAttendance       *self);
void                pre_attendance_set_member_name         (PreAttendance       *self,
                                                            const char          *name);
const char         *pre_attendance_get_member_full_name    (PreAttendance       *self);
const char         *pre_attendance_get_member_civility     (PreAttendance       *self);
int                 pre_attendance_get_member_position     (PreAttendance       *self);
const char         *pre_attendance_get_proxy_holder_name   (PreAttendance       *self);

/**
 * pre_attendance_validate_all:
 * @attendances: a #GListModel of #PreAttendance, the whole séance
 * @error: a #PRE_VALIDATION_ERROR with field "proxy-holder-id"
 *
 * The proxy rules, over the whole séance: a represented member names a
 * proxy holder; the holder is another member of the list, and present; a
 * member holds at most one proxy; a member appears once. Messages use the
 * "member-name" display property ("M. REBSAMEN is represented by M. MEZUI,
 * who is not present.").
 *
 * Returns: %TRUE if the attendance can be saved
 */
gboolean            pre_attendance_validate_all            (GListModel          *attendances,
                                                            GError             **error);

/**
 * pre_store_list_attendance:
 *
 * Returns: (transfer full): a #GListModel of #PreAttendance, one per member
 *   of the board in office on the séance's date, by position, with the
 *   display names filled; members without a recorded row are
 *   %PRE_ATTENDANCE_ABSENT
 */
GListModel         *pre_store_list_attendance              (PreStore            *store,
                                                            gint64               meeting_id,
                                                            GError             **error);

/**
 * pre_store_set_attendance:
 * @attendances: a #GListModel of #PreAttendance (their "meeting-id" is
 *   ignored)
 *
 * Replaces the whole attendance of the séance, in one transaction, after
 * checking that every member belongs to the séance's board and is in office
 * on its date, and pre_attendance_validate_all(). On any failure the
 * previous attendance stays as it was.
 */
gboolean            pre_store_set_attendance               (PreStore            *store,
                                                            gint64               meeting_id,
                                                            GListModel          *attendances,
                                                            GError             **error);

G_END_DECLS
