/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-meeting.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_MEETING_DIALOG (pre_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PreMeetingDialog, pre_meeting_dialog, PRE, MEETING_DIALOG, AdwDialog)

/* Creates a séance (@meeting NULL) or edits a copy of @meeting; emits
 * "saved" (gint64 id) once the store has it. Checks as the user types. */
AdwDialog  *pre_meeting_dialog_new         (PreStore         *store,
                                            PreMeeting       *meeting);
/* The message under the fields, or NULL while every field is valid. */
const char *pre_meeting_dialog_get_message (PreMeetingDialog *self);

G_END_DECLS
