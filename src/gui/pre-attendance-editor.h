/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-meeting.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_ATTENDANCE_EDITOR (pre_attendance_editor_get_type ())

G_DECLARE_FINAL_TYPE (PreAttendanceEditor, pre_attendance_editor, PRE, ATTENDANCE_EDITOR, AdwPreferencesGroup)

/*
 * The attendance of a séance: a status per member in office and, for a
 * member represented, the present member holding the proxy. Each change is
 * checked by core and saved at once as one write; a change that breaks a
 * rule is refused with core's message and nothing is saved.
 */
GtkWidget *pre_attendance_editor_new          (void);
void       pre_attendance_editor_set_meeting  (PreAttendanceEditor *self,
                                               PreStore            *store,
                                               PreMeeting          *meeting);
/* The summary shown: "12 present, 4 represented, 1 excused — quorum reached (9 required)". */
const char *pre_attendance_editor_get_summary (PreAttendanceEditor *self);
guint      pre_attendance_editor_get_n_members (PreAttendanceEditor *self);
/* The status row of a member, by the name shown ("M. HOAREAU"). */
AdwComboRow *pre_attendance_editor_get_status_row (PreAttendanceEditor *self,
                                                   const char          *member_name);
/* Sets a member's status as the user would; FALSE (and a message) when refused. */
gboolean   pre_attendance_editor_change_status (PreAttendanceEditor *self,
                                                guint                index,
                                                PreAttendanceStatus  status,
                                                GError             **error);

G_END_DECLS
