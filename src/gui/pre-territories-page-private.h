/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-amendment.h"
#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-neighbourhood.h"
#include "pre-partner.h"
#include "pre-territories-page.h"
#include "pre-territory.h"

G_BEGIN_DECLS

struct _PreTerritoriesPage
{
  PrePage               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *amendments_group;
  AdwPreferencesGroup  *boards_group;
  AdwPreferencesGroup  *budgets_group;
  AdwPreferencesGroup  *convention_group;
  AdwPreferencesGroup  *costs_group;
  AdwPreferencesGroup  *deliberations_group;
  AdwPreferencesGroup  *partners_group;
  AdwPreferencesPage   *preferences_page;
  GtkSearchBar         *search_bar;
  GtkToggleButton      *search_button;
  GtkSearchEntry       *search_entry;
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  AdwPreferencesGroup  *territories_group;

  GPtrArray            *rows;
};

/* pre-territories-page-actions.c: the edit dialogs (each takes the object,
 * a copy from the store or a new one, and saves it in one transaction) and
 * deleting with undo. */
void    pre_territories_page_edit_territory     (PreTerritoriesPage *self,
                                                 PreTerritory       *territory);
void    pre_territories_page_edit_neighbourhood (PreTerritoriesPage *self,
                                                 PreNeighbourhood   *neighbourhood);
void    pre_territories_page_edit_partner       (PreTerritoriesPage *self,
                                                 PrePartner         *partner);
void    pre_territories_page_edit_board         (PreTerritoriesPage *self,
                                                 PreBoard           *board);
void    pre_territories_page_edit_member        (PreTerritoriesPage *self,
                                                 PreBoardMember     *member);
void    pre_territories_page_edit_amendment     (PreTerritoriesPage *self,
                                                 PreAmendment       *amendment);
void    pre_territories_page_edit_parties       (PreTerritoriesPage *self);
void    pre_territories_page_edit_cost          (PreTerritoriesPage *self,
                                                 int                 year);
void    pre_territories_page_edit_budgets       (PreTerritoriesPage *self,
                                                 int                 year);
/* Deletes @object with an Undo toast; in use, an alert says why and offers
 * Archive for territories and partners. */
void    pre_territories_page_delete             (PreTerritoriesPage *self,
                                                 GObject            *object);
gint64  pre_territories_page_object_id          (GObject            *object);
void    pre_territories_page_install_actions    (GtkWidgetClass     *widget_class);

G_END_DECLS
