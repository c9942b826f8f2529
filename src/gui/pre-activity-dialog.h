/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-activity.h"
#include "pre-convention.h"
#include "pre-mission.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_ACTIVITY_DIALOG (pre_activity_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PreActivityDialog, pre_activity_dialog, PRE, ACTIVITY_DIALOG, AdwDialog)

/*
 * Adds or edits a session of @mission, or plans a series of sessions when
 * @series is TRUE (every N weeks on a weekday up to a last day). The form
 * validates as the user types; Save writes in one transaction and closes.
 * @activity is NULL for a new session, which falls on @default_date.
 */
AdwDialog   *pre_activity_dialog_new          (PreStore      *store,
                                               PreConvention *convention,
                                               PreMission    *mission,
                                               PreActivity   *activity,
                                               const char    *default_date,
                                               gboolean       series);

/* The message shown under @field ("date", "cost", "youth-code", "until"…),
 * or NULL when the field is valid. */
const char  *pre_activity_dialog_get_message  (PreActivityDialog *self,
                                               const char        *field);
gboolean     pre_activity_dialog_get_can_save (PreActivityDialog *self);

/* A copy of @activity that is not in the store yet (id 0), partners and
 * participation included: what an undo saves again. */
PreActivity *pre_activity_copy_unsaved        (PreActivity   *activity);

G_END_DECLS
