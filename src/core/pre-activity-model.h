/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-activity.h"
#include "pre-sql-list-model.h"
#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreActivitySort:
 * @PRE_ACTIVITY_SORT_DATE: by date
 * @PRE_ACTIVITY_SORT_TERRITORY: by territory name ("all territories" first)
 * @PRE_ACTIVITY_SORT_TITLE: by title (case-insensitive)
 * @PRE_ACTIVITY_SORT_STATUS: planned, held, missed, cancelled
 * @PRE_ACTIVITY_SORT_PROVIDER: by provider (case-insensitive)
 * @PRE_ACTIVITY_SORT_PARTICIPANTS: by participants (unknown first)
 * @PRE_ACTIVITY_SORT_COST: by cost
 *
 * The column a #PreActivityModel is sorted by. Ties are broken by date, then
 * by id, in the same direction, so that the order is always the same.
 */
typedef enum
{
  PRE_ACTIVITY_SORT_DATE,
  PRE_ACTIVITY_SORT_TERRITORY,
  PRE_ACTIVITY_SORT_TITLE,
  PRE_ACTIVITY_SORT_STATUS,
  PRE_ACTIVITY_SORT_PROVIDER,
  PRE_ACTIVITY_SORT_PARTICIPANTS,
  PRE_ACTIVITY_SORT_COST,
} PreActivitySort;

#define PRE_ACTIVITY_TERRITORY_ANY ((gint64) -1)

#define PRE_TYPE_ACTIVITY_MODEL (pre_activity_model_get_type ())
G_DECLARE_FINAL_TYPE (PreActivityModel, pre_activity_model, PRE, ACTIVITY_MODEL, PreSqlListModel)

/**
 * PreActivityModel:
 *
 * A lazy #GListModel of #PreActivity over the store: filtering, searching,
 * sorting, counting and the footer's total are done by SQL; items are read
 * by pages of 200 rows and at most 16 pages are kept (least recently used
 * dropped), so a table of a million sessions is never in memory. Sorted by
 * date (indexed), a page is read with OFFSET from the nearer end, or right
 * after the cached page before it (keyset); for the other sorts, the
 * filtered ids are sorted once by SQL (8 bytes a session) and each page
 * reads its rows by id. Items carry "territory-name" and
 * "mission-kind", not their partners or participation lines (read the
 * session with pre_store_get_activity() to edit it).
 *
 * Filters (each setter emits #GListModel::items-changed when the value
 * changes, and the model refreshes itself when the store reports a change to
 * "activity", "territory" or "mission"):
 * - "convention-id": 0 for every convention;
 * - "year": 0 for every year;
 * - "territory-id": %PRE_ACTIVITY_TERRITORY_ANY (-1) for every session, 0 for
 *   the sessions on all territories only, an id for that territory's own
 *   sessions only (not the all-territories ones);
 * - "mission-id": 0 for every mission;
 * - "mission-kind": a #PreMissionKind, or -1 for every kind;
 * - "status": a #PreActivityStatus, or -1 for every status;
 * - "search": words matched (case-insensitive for ASCII, as one phrase) in
 *   the title, provider, notes, topic and youth code; "" for none.
 *
 * Properties "n-items" and "total-cost" (cents, sum over the filtered
 * sessions, whatever their status) are notified when they change.
 */

PreActivityModel *pre_activity_model_new              (PreStore         *store);

PreStore         *pre_activity_model_get_store        (PreActivityModel *self);

gint64            pre_activity_model_get_convention_id (PreActivityModel *self);
void              pre_activity_model_set_convention_id (PreActivityModel *self,
                                                        gint64            convention_id);
int               pre_activity_model_get_year         (PreActivityModel *self);
void              pre_activity_model_set_year         (PreActivityModel *self,
                                                       int               year);
gint64            pre_activity_model_get_territory_id (PreActivityModel *self);
void              pre_activity_model_set_territory_id (PreActivityModel *self,
                                                       gint64            territory_id);
gint64            pre_activity_model_get_mission_id   (PreActivityModel *self);
void              pre_activity_model_set_mission_id   (PreActivityModel *self,
                                                       gint64            mission_id);
int               pre_activity_model_get_mission_kind (PreActivityModel *self);
void              pre_activity_model_set_mission_kind (PreActivityModel *self,
                                                       int               mission_kind);
int               pre_activity_model_get_status       (PreActivityModel *self);
void              pre_activity_model_set_status       (PreActivityModel *self,
                                                       int               status);
const char       *pre_activity_model_get_search       (PreActivityModel *self);
void              pre_activity_model_set_search       (PreActivityModel *self,
                                                       const char       *search);

/**
 * pre_activity_model_get_sort:
 * @descending: (out) (optional): whether the order is descending
 *
 * Returns: the column sorted by (also the "sort-column" and
 *   "sort-descending" properties)
 */
PreActivitySort   pre_activity_model_get_sort         (PreActivityModel *self,
                                                       gboolean         *descending);
/**
 * pre_activity_model_set_sort:
 * @descending: %FALSE for ascending
 *
 * Emits #GListModel::items-changed over every item (same count).
 */
void              pre_activity_model_set_sort         (PreActivityModel *self,
                                                       PreActivitySort   column,
                                                       gboolean          descending);

/**
 * pre_activity_model_get_total_cost:
 *
 * Returns: the sum of the costs of the filtered sessions, in cents
 */
gint64            pre_activity_model_get_total_cost   (PreActivityModel *self);

/**
 * pre_activity_model_get_cost_by_status:
 *
 * Returns: the sum of the costs of the filtered sessions with @status
 */
gint64            pre_activity_model_get_cost_by_status (PreActivityModel  *self,
                                                         PreActivityStatus  status);

/**
 * pre_activity_model_refresh:
 *
 * Forgets the cached pages and counts again (done automatically when the
 * store changes).
 */
void              pre_activity_model_refresh          (PreActivityModel *self);

/**
 * pre_activity_model_freeze:
 * pre_activity_model_thaw:
 *
 * Between freeze and thaw, filter changes are only recorded; the thaw counts
 * once and emits one #GListModel::items-changed (e.g. when a page sets the
 * year, the mission kind and clears the search together).
 */
void              pre_activity_model_freeze           (PreActivityModel *self);
void              pre_activity_model_thaw             (PreActivityModel *self);

/**
 * pre_activity_model_get_error:
 *
 * Returns: (nullable): the last error reading the store, or %NULL (a list
 *   cannot report errors any other way: it then looks empty)
 */
const GError     *pre_activity_model_get_error        (PreActivityModel *self);

G_END_DECLS
