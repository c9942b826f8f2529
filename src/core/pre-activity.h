/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_ACTIVITY (pre_activity_get_type ())
G_DECLARE_FINAL_TYPE (PreActivity, pre_activity, PRE, ACTIVITY, GObject)

/**
 * PreActivity:
 *
 * A session: a dated event of a mission on one territory ("territory-id"),
 * or on all territories ("territory-id" 0). Money ("cost") is in cents;
 * "participants" and "duration-minutes" are -1 when unknown. "youth-code" is
 * the pseudonymous code given by a commune's PRE for a psychological support
 * session ("" when none), never a name.
 *
 * "partner-ids" lists the partners present at a coordination meeting or
 * involved in a project; the participation lists, for a training, how many
 * people came from each territory.
 *
 * "territory-name" ("" for all territories) and "mission-kind" are filled
 * when the session is read from the store, for display; "year" follows
 * "date". "id" is 0 until the session is saved.
 */

PreActivity      *pre_activity_new                    (void);

gint64            pre_activity_get_id                 (PreActivity       *self);
gint64            pre_activity_get_mission_id         (PreActivity       *self);
void              pre_activity_set_mission_id         (PreActivity       *self,
                                                       gint64             mission_id);
gint64            pre_activity_get_territory_id       (PreActivity       *self);
void              pre_activity_set_territory_id       (PreActivity       *self,
                                                       gint64             territory_id);
const char       *pre_activity_get_date               (PreActivity       *self);
void              pre_activity_set_date               (PreActivity       *self,
                                                       const char        *date);
int               pre_activity_get_year               (PreActivity       *self);
const char       *pre_activity_get_title              (PreActivity       *self);
void              pre_activity_set_title              (PreActivity       *self,
                                                       const char        *title);
PreActivityStatus pre_activity_get_status             (PreActivity       *self);
void              pre_activity_set_status             (PreActivity       *self,
                                                       PreActivityStatus  status);
gint64            pre_activity_get_cost               (PreActivity       *self);
void              pre_activity_set_cost               (PreActivity       *self,
                                                       gint64             cost);
const char       *pre_activity_get_provider           (PreActivity       *self);
void              pre_activity_set_provider           (PreActivity       *self,
                                                       const char        *provider);
int               pre_activity_get_participants       (PreActivity       *self);
void              pre_activity_set_participants       (PreActivity       *self,
                                                       int                participants);
int               pre_activity_get_duration_minutes   (PreActivity       *self);
void              pre_activity_set_duration_minutes   (PreActivity       *self,
                                                       int                duration_minutes);
const char       *pre_activity_get_youth_code         (PreActivity       *self);
void              pre_activity_set_youth_code         (PreActivity       *self,
                                                       const char        *youth_code);
const char       *pre_activity_get_topic              (PreActivity       *self);
void              pre_activity_set_topic              (PreActivity       *self,
                                                       const char        *topic);
const char       *pre_activity_get_notes              (PreActivity       *self);
void              pre_activity_set_notes              (PreActivity       *self,
                                                       const char        *notes);

/**
 * pre_activity_get_partner_ids:
 * @n_ids: (out) (optional): the number of ids
 *
 * Returns: (transfer none) (array length=n_ids): the partners' ids, sorted
 */
const gint64     *pre_activity_get_partner_ids        (PreActivity       *self,
                                                       guint             *n_ids);
/**
 * pre_activity_set_partner_ids:
 * @ids: (array length=n_ids) (nullable): partner ids (duplicates ignored)
 *
 * Notifies "partner-ids" when the set changes.
 */
void              pre_activity_set_partner_ids        (PreActivity       *self,
                                                       const gint64      *ids,
                                                       guint              n_ids);
gboolean          pre_activity_has_partner            (PreActivity       *self,
                                                       gint64             partner_id);

/**
 * pre_activity_get_participation:
 *
 * Returns: how many people came from @territory_id, or -1 if not recorded
 */
int               pre_activity_get_participation      (PreActivity       *self,
                                                       gint64             territory_id);
/**
 * pre_activity_set_participation:
 * @participants: the number of people from @territory_id; -1 removes the line
 *
 * Notifies "participation".
 */
void              pre_activity_set_participation      (PreActivity       *self,
                                                       gint64             territory_id,
                                                       int                participants);
/**
 * pre_activity_get_participation_territories:
 * @n_ids: (out) (optional): the number of territories
 *
 * Returns: (transfer none) (array length=n_ids): the territories that have
 *   a participation line, sorted by id
 */
const gint64     *pre_activity_get_participation_territories (PreActivity *self,
                                                              guint       *n_ids);
/**
 * pre_activity_get_participation_total:
 *
 * Returns: the sum of the participation lines (0 when none)
 */
int               pre_activity_get_participation_total (PreActivity      *self);

/* Display helpers, filled by the store's queries. */
const char       *pre_activity_get_territory_name     (PreActivity       *self);
PreMissionKind    pre_activity_get_mission_kind       (PreActivity       *self);

/**
 * pre_youth_code_validate:
 * @code: (nullable): a youth code; %NULL or "" means none and is valid
 * @error: a #PRE_VALIDATION_ERROR on "youth-code"
 *
 * A youth code is the pseudonymous code given by the commune's PRE: letters,
 * digits and dashes, 3 to 16 characters, with at least one digit, so that a
 * name ("Martin", "Lucas-Dupont") is refused.
 *
 * Returns: %TRUE if @code may be stored
 */
gboolean          pre_youth_code_validate             (const char        *code,
                                                       GError           **error);

/**
 * pre_activity_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("mission-id", "date",
 *   "cost", "participants", "duration-minutes", "youth-code")
 *
 * Checks what can be checked without the store. pre_store_save_activity()
 * also checks the mission, the territory, the convention's years and that a
 * youth code goes only with a psychological support session.
 *
 * Returns: %TRUE if the session can be saved
 */
gboolean          pre_activity_validate               (PreActivity       *self,
                                                       GError           **error);

/**
 * pre_store_check_activity:
 * @error: the same #PRE_VALIDATION_ERROR that pre_store_save_activity() would
 *   give, naming the field
 *
 * Every check of pre_store_save_activity() (the convention's years, the
 * mission, the territory, the youth code rule…) without writing anything:
 * for a form that validates as the user types.
 *
 * Returns: %TRUE if the session can be saved
 */
gboolean          pre_store_check_activity            (PreStore          *store,
                                                       PreActivity       *activity,
                                                       GError           **error);

/**
 * pre_store_save_activity:
 *
 * Inserts (id 0, then sets the id) or updates the session with its partners
 * and participation lines, in one transaction. The date must fall within the
 * years of the mission's convention ("The date … is outside the convention’s
 * years (2024–2026).", on "date"); the mission ("mission-id"), territory
 * ("territory-id"), partners ("partner-ids") and participation territories
 * ("participation") must exist; a youth code goes only with a psychological
 * support session ("youth-code"). The youth code is stored stripped and in
 * capitals ("dij-0042" → "DIJ-0042"), and the object updated. Touches
 * "activity" (and "activity_partner", "activity_participation" when it has
 * such lines).
 */
gboolean          pre_store_save_activity             (PreStore          *store,
                                                       PreActivity       *activity,
                                                       GError           **error);

/**
 * pre_store_get_activity:
 *
 * Returns: (transfer full): the session, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreActivity      *pre_store_get_activity              (PreStore          *store,
                                                       gint64             id,
                                                       GError           **error);

/**
 * pre_store_delete_activity:
 *
 * Deletes the session with its partners and participation lines. Touches
 * "activity".
 */
gboolean          pre_store_delete_activity           (PreStore          *store,
                                                       gint64             id,
                                                       GError           **error);

/**
 * pre_store_restore_activity:
 * @activity: a session read with pre_store_get_activity() and then deleted
 *
 * Inserts @activity again with its id, partners and participation lines:
 * the "Undo" of a deletion. With id 0 it is inserted as a new session. The
 * same checks as pre_store_save_activity(). Touches "activity".
 */
gboolean          pre_store_restore_activity          (PreStore          *store,
                                                       PreActivity       *activity,
                                                       GError           **error);

/**
 * pre_store_duplicate_activity:
 * @new_date: the copy's date, "YYYY-MM-DD"
 *
 * Copies a session (partners and participation included) to @new_date. The
 * copy is planned; everything else is kept (the same youth code for the
 * next session of the same youth).
 *
 * Returns: (transfer full): the saved copy, or %NULL
 */
PreActivity      *pre_store_duplicate_activity        (PreStore          *store,
                                                       gint64             id,
                                                       const char        *new_date,
                                                       GError           **error);

/**
 * pre_activity_series_dates:
 * @from_iso: the first day of the series
 * @to_iso: the last day of the series (included)
 * @every_n_weeks: 1 for every week, 2 for every second week… (1 to 52)
 * @weekday: the day of the week of the sessions
 * @error: a #PRE_VALIDATION_ERROR on "date" (the first day), "until" (the
 *   last day) or "every-n-weeks"
 *
 * The dates pre_store_plan_series() would use: the first @weekday on or
 * after @from_iso, then every @every_n_weeks weeks up to @to_iso. For a
 * preview ("22 sessions, from 2 September 2025 to 23 June 2026").
 *
 * Returns: (transfer full): the dates, "YYYY-MM-DD" (maybe none), or %NULL
 */
char            **pre_activity_series_dates           (const char        *from_iso,
                                                       const char        *to_iso,
                                                       guint              every_n_weeks,
                                                       GDateWeekday       weekday,
                                                       GError           **error);

/**
 * pre_store_plan_series:
 * @template: a session (its id and date are ignored)
 * @from_iso: the first day of the series
 * @to_iso: the last day of the series (included)
 * @every_n_weeks: 1 for every week, 2 for every second week… (1 to 52)
 * @weekday: the day of the week of the sessions
 * @n_created: (out) (optional): how many sessions were created
 *
 * Creates planned copies of @template on @weekday, the first one on the first
 * such day on or after @from_iso, then every @every_n_weeks weeks up to
 * @to_iso: "every second Tuesday from September to June". One transaction:
 * if one date cannot be saved (outside the convention), none is.
 */
gboolean          pre_store_plan_series               (PreStore          *store,
                                                       PreActivity       *template,
                                                       const char        *from_iso,
                                                       const char        *to_iso,
                                                       guint              every_n_weeks,
                                                       GDateWeekday       weekday,
                                                       guint             *n_created,
                                                       GError           **error);

G_END_DECLS
