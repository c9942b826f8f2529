/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_CONVENTION (pre_convention_get_type ())
G_DECLARE_FINAL_TYPE (PreConvention, pre_convention, PRE, CONVENTION, GObject)

/**
 * PreConvention:
 *
 * The multi-year agreement (convention pluriannuelle d'objectifs): years
 * "first-year" to "last-year" inclusive, coordinated by the partner
 * "coordinator-id", with a default "annual-cost" in cents.
 * "coordinator-name" is filled by the store. "id" is 0 until it is saved.
 */

PreConvention *pre_convention_new                  (void);
gint64         pre_convention_get_id               (PreConvention *self);
const char    *pre_convention_get_title            (PreConvention *self);
void           pre_convention_set_title            (PreConvention *self,
                                                    const char    *title);
const char    *pre_convention_get_reference        (PreConvention *self);
void           pre_convention_set_reference        (PreConvention *self,
                                                    const char    *reference);
int            pre_convention_get_first_year       (PreConvention *self);
void           pre_convention_set_first_year       (PreConvention *self,
                                                    int            first_year);
int            pre_convention_get_last_year        (PreConvention *self);
void           pre_convention_set_last_year        (PreConvention *self,
                                                    int            last_year);
gint64         pre_convention_get_coordinator_id   (PreConvention *self);
void           pre_convention_set_coordinator_id   (PreConvention *self,
                                                    gint64         coordinator_id);
gint64         pre_convention_get_annual_cost      (PreConvention *self);
void           pre_convention_set_annual_cost      (PreConvention *self,
                                                    gint64         annual_cost);
gboolean       pre_convention_get_is_example       (PreConvention *self);
void           pre_convention_set_is_example       (PreConvention *self,
                                                    gboolean       is_example);
const char    *pre_convention_get_coordinator_name (PreConvention *self);

/**
 * PRE_CONVENTION_MAX_YEARS:
 *
 * A convention lasts at most this many years (first and last included).
 */
#define PRE_CONVENTION_MAX_YEARS 10

/**
 * pre_convention_contains_year:
 *
 * Returns: %TRUE if @year is between the first and the last year, inclusive
 */
gboolean       pre_convention_contains_year        (PreConvention  *self,
                                                    int             year);

/**
 * pre_convention_get_n_years:
 *
 * Returns: the number of years covered (3 for 2024–2026), 0 when unset
 */
int            pre_convention_get_n_years          (PreConvention  *self);

/**
 * pre_convention_dup_years_label:
 *
 * Returns: (transfer full): "2024–2026" (or "2024" for one year)
 */
char          *pre_convention_dup_years_label      (PreConvention  *self);

/**
 * pre_convention_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("title", "first-year",
 *   "last-year", "coordinator-id", "annual-cost")
 *
 * Checks: a title; a first year between 2000 and 2100; a last year not
 * before the first and at most ten years in all; a coordinator; an annual
 * cost that is not negative.
 *
 * Returns: %TRUE if the convention can be saved
 */
gboolean       pre_convention_validate             (PreConvention  *self,
                                                    GError        **error);

/**
 * pre_store_save_convention:
 *
 * Inserts (id 0, then sets the id) or updates the convention. An unknown
 * coordinator is refused ("coordinator-id"). Shortening the years is refused
 * while funding shares, payments or cost and budget overrides exist for a
 * year left out ("first-year" or "last-year"). One transaction; touches
 * "convention".
 */
gboolean       pre_store_save_convention           (PreStore       *store,
                                                    PreConvention  *convention,
                                                    GError        **error);

/**
 * pre_store_get_convention:
 *
 * Returns: (transfer full): the convention, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreConvention *pre_store_get_convention            (PreStore       *store,
                                                    gint64          id,
                                                    GError        **error);

/**
 * pre_store_get_current_convention:
 *
 * The app works on one convention at a time: the one with the latest years.
 *
 * Returns: (transfer full) (nullable): the convention, or %NULL (with no
 *   error) when there is none
 */
PreConvention *pre_store_get_current_convention    (PreStore       *store,
                                                    GError        **error);

/**
 * pre_store_delete_convention:
 *
 * Deletes the convention with its parties, amendments, funding shares,
 * payments, receipts and missions. Refused with %PRE_STORE_ERROR_IN_USE
 * while sessions or expenses are recorded for its missions (the message
 * counts them). One transaction.
 */
gboolean       pre_store_delete_convention         (PreStore       *store,
                                                    gint64          id,
                                                    GError        **error);

/**
 * pre_store_list_conventions:
 *
 * Returns: (transfer full): a #GListModel of #PreConvention, latest first
 */
GListModel    *pre_store_list_conventions          (PreStore       *store,
                                                    GError        **error);

/**
 * pre_store_get_convention_cost:
 * @year: a year of the convention
 * @cost: (out): the forecast cost of @year in cents: the override set for
 *   that year, else the convention's "annual-cost"
 *
 * Returns: %TRUE on success; a year outside the convention is a
 *   #PRE_VALIDATION_ERROR ("year")
 */
gboolean       pre_store_get_convention_cost       (PreStore       *store,
                                                    gint64          convention_id,
                                                    int             year,
                                                    gint64         *cost,
                                                    GError        **error);

/**
 * pre_store_set_convention_cost:
 * @cost: the forecast cost of @year in cents (not negative), or -1 to
 *   remove the override (the year then costs the default "annual-cost")
 *
 * Touches "convention_year".
 */
gboolean       pre_store_set_convention_cost       (PreStore       *store,
                                                    gint64          convention_id,
                                                    int             year,
                                                    gint64          cost,
                                                    GError        **error);

/**
 * pre_store_set_convention_parties:
 * @partner_ids: (array length=n_partners): the partners that sign the convention
 *
 * Replaces the convention's parties. Unknown partners are refused.
 * Touches "convention_party".
 */
gboolean       pre_store_set_convention_parties    (PreStore       *store,
                                                    gint64          convention_id,
                                                    const gint64   *partner_ids,
                                                    guint           n_partners,
                                                    GError        **error);

/**
 * pre_store_list_convention_parties:
 *
 * Returns: (transfer full): a #GListModel of #PrePartner, by kind then name
 */
GListModel    *pre_store_list_convention_parties   (PreStore       *store,
                                                    gint64          convention_id,
                                                    GError        **error);

G_END_DECLS
