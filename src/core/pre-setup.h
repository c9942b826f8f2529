/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreSetupPartner:
 * @name: the body's name ("CCAS de Chenôve")
 * @kind: métropole, CCAS, town or other
 * @territory: the commune's name (created when missing), or %NULL
 *
 * One signatory body of a #PreSetup.
 */
typedef struct
{
  char           *name;
  PrePartnerKind  kind;
  char           *territory;
} PreSetupPartner;

/**
 * PreSetup:
 * @title: the convention's title
 * @reference: its reference, or %NULL
 * @first_year: the first year covered
 * @last_year: the last year covered (inclusive)
 * @annual_cost: the forecast cost of each year, in cents
 * @mission_budgets: the annual budget of each mission, in cents, indexed by
 *   #PreMissionKind
 * @partners: (element-type PreSetupPartner): the signatory bodies; the first
 *   one is the coordinator
 *
 * Everything the first-run assistant gathers before anything is written:
 * a plain description, checked by pre_setup_validate() and written at once by
 * pre_store_create_convention_setup().
 */
typedef struct
{
  char      *title;
  char      *reference;
  int        first_year;
  int        last_year;
  gint64     annual_cost;
  gint64     mission_budgets[PRE_N_MISSION_KINDS];
  GPtrArray *partners;

  /*< private >*/
  GArray    *shares;
} PreSetup;

PreSetup        *pre_setup_new          (void);
void             pre_setup_free         (PreSetup       *setup);

/**
 * pre_setup_add_partner:
 * @territory: (nullable): the commune's name
 *
 * Appends a signatory body; the first one added is the coordinator.
 *
 * Returns: its index in @partners
 */
guint            pre_setup_add_partner  (PreSetup       *setup,
                                         const char     *name,
                                         PrePartnerKind  kind,
                                         const char     *territory);

/**
 * pre_setup_set_share:
 * @amount: in cents, or -1 to remove the share
 *
 * The amount partner @partner plans to pay in @year.
 */
void             pre_setup_set_share    (PreSetup       *setup,
                                         guint           partner,
                                         int             year,
                                         gint64          amount);

/**
 * pre_setup_get_share:
 *
 * Returns: the amount set for @partner in @year, or -1
 */
gint64           pre_setup_get_share    (PreSetup       *setup,
                                         guint           partner,
                                         int             year);

/**
 * pre_setup_validate_convention:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("title", "first-year",
 *   "last-year", "annual-cost")
 *
 * The checks of pre_convention_validate() on the title, years and cost
 * (the coordinator is created with the rest and checked on its own).
 */
gboolean         pre_setup_validate_convention (PreSetup  *setup,
                                                GError   **error);

/**
 * pre_setup_validate_partner:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("name", "kind"); two
 *   bodies with the same name are a conflict on "name"
 */
gboolean         pre_setup_validate_partner    (PreSetup  *setup,
                                                guint      partner,
                                                GError   **error);

/**
 * pre_setup_validate:
 *
 * Every check that needs no database: the convention, a coordinator of kind
 * métropole, every partner, the budgets and the shares (a year outside the
 * convention is refused on "year").
 */
gboolean         pre_setup_validate     (PreSetup       *setup,
                                         GError        **error);

/**
 * pre_store_create_convention_setup:
 * @convention_id: (out) (optional): the new convention's id
 *
 * Writes the whole setup in ONE transaction: the territories (a commune that
 * already exists is reused), the partners, the convention with every partner
 * as a party, its four missions with their budgets, and the funding shares.
 * Any failure rolls everything back and leaves the file as it was.
 */
gboolean         pre_store_create_convention_setup (PreStore  *store,
                                                    PreSetup  *setup,
                                                    gint64    *convention_id,
                                                    GError   **error);

/**
 * pre_store_set_mission_budgets:
 * @budgets: (array fixed-size=4): the budget of each mission kind for
 *   @year, in cents, or -1 for the mission's annual budget
 *
 * Sets the budgets of the four missions of @convention_id for one year, in
 * one transaction (pre_store_set_mission_budget() for each).
 */
gboolean         pre_store_set_mission_budgets (PreStore      *store,
                                                gint64         convention_id,
                                                int            year,
                                                const gint64  *budgets,
                                                GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreSetup, pre_setup_free)

G_END_DECLS
