/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-session.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_WINDOW (pre_window_get_type ())
G_DECLARE_FINAL_TYPE (PreWindow, pre_window, PRE, WINDOW, AdwApplicationWindow)

PreWindow  *pre_window_new              (AdwApplication *application,
                                         PreStore       *store);
PreStore   *pre_window_get_store        (PreWindow      *self);
PreSession *pre_window_get_session      (PreWindow      *self);
const char *pre_window_get_page         (PreWindow      *self);
void        pre_window_set_page         (PreWindow      *self,
                                         const char     *page);
void        pre_window_show_content     (PreWindow      *self);
void        pre_window_add_toast        (PreWindow      *self,
                                         AdwToast       *toast);
void        pre_window_show_message     (PreWindow      *self,
                                         const char     *message);
GtkListBox *pre_window_get_sidebar      (PreWindow      *self);
GtkWidget  *pre_window_get_page_widget  (PreWindow      *self,
                                         const char     *page);

/* The page names of --page, "win.page" and the "last-page" key, in sidebar order. */
const char * const *pre_window_get_page_names (void);
gboolean    pre_window_is_page_name     (const char     *name);

/* For actions that are not written yet: a toast on the window holding @widget. */
void        pre_window_toast_for_widget (GtkWidget      *widget,
                                         const char     *message);

G_END_DECLS
