/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-store.h"

G_BEGIN_DECLS

/*
 * Removes the youth codes kept longer than the "retention-months" setting
 * after a youth's last session (sessions, costs and counts stay). Run at
 * start-up once the store is open, and by "Purge Now" in the preferences.
 * @today_iso: NULL for today (PRE_TODAY honoured).
 */
gboolean pre_youth_code_purge_run (PreStore    *store,
                                   GSettings   *settings,
                                   const char  *today_iso,
                                   guint       *n_purged,
                                   GError     **error);

G_END_DECLS
