/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PRE_TYPE_PREFERENCES_DIALOG (pre_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PrePreferencesDialog, pre_preferences_dialog, PRE, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *pre_preferences_dialog_new (GSettings  *settings,
                                       const char *database_path);

G_END_DECLS
