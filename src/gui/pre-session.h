/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pre-convention.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_SESSION (pre_session_get_type ())
G_DECLARE_FINAL_TYPE (PreSession, pre_session, PRE, SESSION, GObject)

/*
 * What every page works on: the open store, the current convention (reloaded
 * when the database changes) and the selected year (kept inside the
 * convention's years and saved in the "selected-year" setting).
 */
PreSession    *pre_session_new             (PreStore    *store,
                                            GSettings   *settings);
PreStore      *pre_session_get_store       (PreSession  *self);
PreConvention *pre_session_get_convention  (PreSession  *self);
int            pre_session_get_year        (PreSession  *self);
void           pre_session_set_year        (PreSession  *self,
                                            int          year);
gboolean       pre_session_get_is_example  (PreSession  *self);
void           pre_session_reload          (PreSession  *self);

/* Fills @dropdown with the convention's years, keeps its selection and the
 * session's year in step, and hides it while there is no convention. */
void           pre_session_bind_year_dropdown (PreSession  *self,
                                               GtkDropDown *dropdown);

G_END_DECLS
