/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_APPLICATION (pre_application_get_type ())
G_DECLARE_FINAL_TYPE (PreApplication, pre_application, PRE, APPLICATION, AdwApplication)

PreApplication *pre_application_new             (void);
PreStore       *pre_application_get_store       (PreApplication *self);
const char     *pre_application_get_database_path (PreApplication *self);
GSettings      *pre_application_get_settings    (PreApplication *self);
int             pre_application_get_exit_status (PreApplication *self);
gboolean        pre_application_close_store     (PreApplication *self,
                                                 GError        **error);
void            pre_application_set_store       (PreApplication *self,
                                                 PreStore       *store,
                                                 const GError   *open_error);

G_END_DECLS
