/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Render a widget (a whole window) as it is drawn now into a PNG file. The
 * widget must be mapped and laid out. */
gboolean pre_screenshot_save             (GtkWidget           *widget,
                                          const char          *path,
                                          GError             **error);

/* Wait until @widget is mapped and has drawn @n_frames frames, then save it. */
void     pre_screenshot_save_when_drawn  (GtkWidget           *widget,
                                          const char          *path,
                                          guint                n_frames,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean pre_screenshot_save_when_drawn_finish (GtkWidget     *widget,
                                                GAsyncResult  *result,
                                                GError       **error);

G_END_DECLS
