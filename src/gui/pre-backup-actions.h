/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-application.h"

G_BEGIN_DECLS

/*
 * Data safety for the application: the start-up backup (one a day, the last
 * 7 daily and 4 weekly copies kept beside the database), and the actions
 * app.backup-now, app.restore-backup and app.open-database.
 */
void      pre_backup_actions_add              (PreApplication *app);

/* The start-up copy, when the last one is older than a day. */
void      pre_backup_actions_run_automatic    (PreApplication *app);

/* Restores @backup_path over the database (the current file is kept aside)
 * and opens the restored data in a new window. */
gboolean  pre_backup_actions_restore          (PreApplication *app,
                                               const char     *backup_path,
                                               GError        **error);

/* The same from an idle callback (from a response of the window's dialogs). */
void      pre_backup_actions_restore_later    (PreApplication *app,
                                               const char     *backup_path);

/* Before restoring: the backup's date and what it holds (counts of
 * conventions, sessions, séances) in an alert with Restore and Cancel.
 * Returns: (transfer none) (nullable): the alert, or NULL when @path is
 *   refused (an alert then says why) */
AdwDialog *pre_backup_actions_confirm_restore (PreApplication *app,
                                               const char     *path);

G_END_DECLS
