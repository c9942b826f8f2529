/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-session.h"

G_BEGIN_DECLS

#define PRE_TYPE_PAGE (pre_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (PrePage, pre_page, PRE, PAGE, AdwBin)

/*
 * PrePage: the base of the window's pages. It holds the session (store,
 * convention, year) and calls the page's reload() once, on idle, whenever
 * the session's convention or year changes or the database is written — so
 * a page only says how to show the current state.
 */
struct _PrePageClass
{
  AdwBinClass parent_class;

  /* Show the session's current state. Called on idle, coalesced. */
  void (*reload) (PrePage *self);

  gpointer padding[4];
};

PreSession    *pre_page_get_session        (PrePage     *self);
void           pre_page_set_session        (PrePage     *self,
                                            PreSession  *session);
/* Shortcuts into the session; NULL / 0 without one. */
PreStore      *pre_page_get_store          (PrePage     *self);
PreConvention *pre_page_get_convention     (PrePage     *self);
int            pre_page_get_year           (PrePage     *self);

/* Asks for a reload on idle (several calls make one reload). */
void           pre_page_queue_reload       (PrePage     *self);

/* The page's year selector follows the session (see pre_session_bind_year_dropdown()). */
void           pre_page_bind_year_dropdown (PrePage     *self,
                                            GtkDropDown *dropdown);

/* A message in a toast on the window, replacing the one shown. */
void           pre_page_show_message       (PrePage     *self,
                                            const char  *message);
/* An error from core: its message in an AdwAlertDialog with @heading. */
void           pre_page_show_error         (PrePage      *self,
                                            const char   *heading,
                                            const GError *error);

G_END_DECLS
