/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-convention.h"
#include "pre-deliberation.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_DELIBERATION_DIALOG (pre_deliberation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PreDeliberationDialog, pre_deliberation_dialog, PRE, DELIBERATION_DIALOG, AdwDialog)

/* Creates a deliberation of @meeting_id (@deliberation NULL) or edits
 * @deliberation; @convention (may be NULL) is the one the switch links.
 * Checks with core as the user types; Save is off while anything is wrong. */
AdwDialog   *pre_deliberation_dialog_new            (PreStore              *store,
                                                     PreConvention         *convention,
                                                     gint64                 meeting_id,
                                                     PreDeliberation       *deliberation);
/* What the dialog shows, for tests. */
const char  *pre_deliberation_dialog_get_outcome    (PreDeliberationDialog *self);
const char  *pre_deliberation_dialog_get_message    (PreDeliberationDialog *self);
AdwSpinRow  *pre_deliberation_dialog_get_votes_for_row (PreDeliberationDialog *self);
GtkWidget   *pre_deliberation_dialog_get_save_button (PreDeliberationDialog *self);

G_END_DECLS
