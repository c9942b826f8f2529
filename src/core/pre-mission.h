/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_MISSION (pre_mission_get_type ())
G_DECLARE_FINAL_TYPE (PreMission, pre_mission, PRE, MISSION, GObject)

/**
 * PreMission:
 *
 * One of the four missions of a convention, with its default "annual-budget"
 * in cents (per-year overrides: pre_store_set_mission_budget()). "label" is
 * the translated name of its kind. "id" is 0 until it is saved.
 */

PreMission    *pre_mission_new               (void);
gint64         pre_mission_get_id            (PreMission *self);
gint64         pre_mission_get_convention_id (PreMission *self);
void           pre_mission_set_convention_id (PreMission *self,
                                              gint64      convention_id);
PreMissionKind pre_mission_get_kind          (PreMission *self);
void           pre_mission_set_kind          (PreMission     *self,
                                              PreMissionKind  kind);
gint64         pre_mission_get_annual_budget (PreMission *self);
void           pre_mission_set_annual_budget (PreMission *self,
                                              gint64      annual_budget);
const char    *pre_mission_get_label         (PreMission *self);

/**
 * pre_mission_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("convention-id",
 *   "annual-budget")
 *
 * Returns: %TRUE if the mission can be saved
 */
gboolean    pre_mission_validate           (PreMission     *self,
                                            GError        **error);

/**
 * pre_store_save_mission:
 *
 * Inserts (id 0, then sets the id) or updates the mission. A convention has
 * each kind of mission at most once: a second one is refused with
 * %PRE_VALIDATION_ERROR_CONFLICT on "kind". One transaction; touches
 * "mission".
 */
gboolean    pre_store_save_mission         (PreStore       *store,
                                            PreMission     *mission,
                                            GError        **error);

/**
 * pre_store_get_mission:
 *
 * Returns: (transfer full): the mission, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreMission *pre_store_get_mission          (PreStore       *store,
                                            gint64          id,
                                            GError        **error);

/**
 * pre_store_get_mission_by_kind:
 *
 * Returns: (transfer full): the convention's mission of @kind, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreMission *pre_store_get_mission_by_kind  (PreStore       *store,
                                            gint64          convention_id,
                                            PreMissionKind  kind,
                                            GError        **error);

/**
 * pre_store_delete_mission:
 *
 * Refused with %PRE_STORE_ERROR_IN_USE while sessions or expenses are
 * recorded for the mission (the message counts them).
 */
gboolean    pre_store_delete_mission       (PreStore       *store,
                                            gint64          id,
                                            GError        **error);

/**
 * pre_store_list_missions:
 *
 * Returns: (transfer full): a #GListModel of #PreMission in kind order
 *   (coordination, psychology, project, training)
 */
GListModel *pre_store_list_missions        (PreStore       *store,
                                            gint64          convention_id,
                                            GError        **error);

/**
 * pre_store_get_mission_budget:
 * @year: a year of the mission's convention
 * @budget: (out): the budget of @year in cents: the override set for that
 *   year, else the mission's "annual-budget"
 *
 * Returns: %TRUE on success; a year outside the convention is a
 *   #PRE_VALIDATION_ERROR ("year")
 */
gboolean    pre_store_get_mission_budget   (PreStore       *store,
                                            gint64          mission_id,
                                            int             year,
                                            gint64         *budget,
                                            GError        **error);

/**
 * pre_store_set_mission_budget:
 * @budget: in cents (not negative), or -1 to remove the override
 *
 * Touches "mission_year".
 */
gboolean    pre_store_set_mission_budget   (PreStore       *store,
                                            gint64          mission_id,
                                            int             year,
                                            gint64          budget,
                                            GError        **error);

G_END_DECLS
