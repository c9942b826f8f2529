/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-recipient.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_DELIBERATION (pre_deliberation_get_type ())
G_DECLARE_FINAL_TYPE (PreDeliberation, pre_deliberation, PRE, DELIBERATION, GObject)

/**
 * PreDeliberation:
 *
 * A deliberation of a séance. Saved properties: "id" (0 until saved),
 * "meeting-id", "position", "number", "subject", "body-text",
 * "matter-code", "votes-for", "votes-against", "abstentions",
 * "president-vote" (#PrePresidentVote), "convention-id" (0 = none),
 * "decisions" (a %NULL-terminated array of strings, the articles of the
 * decision in order) and "recipients" (a #GListModel of #PreRecipient, read
 * only: a #GListStore owned by the deliberation that callers may edit, or
 * replace with pre_deliberation_set_recipients()).
 *
 * Display properties, filled by the list and get functions, never saved:
 * "meeting-date" (ISO), "board-name".
 */

PreDeliberation    *pre_deliberation_new                   (void);

gint64              pre_deliberation_get_id                (PreDeliberation     *self);
gint64              pre_deliberation_get_meeting_id        (PreDeliberation     *self);
void                pre_deliberation_set_meeting_id        (PreDeliberation     *self,
                                                            gint64               meeting_id);
int                 pre_deliberation_get_position          (PreDeliberation     *self);
void                pre_deliberation_set_position          (PreDeliberation     *self,
                                                            int                  position);
const char         *pre_deliberation_get_number            (PreDeliberation     *self);
void                pre_deliberation_set_number            (PreDeliberation     *self,
                                                            const char          *number);
const char         *pre_deliberation_get_subject           (PreDeliberation     *self);
void                pre_deliberation_set_subject           (PreDeliberation     *self,
                                                            const char          *subject);
const char         *pre_deliberation_get_body_text         (PreDeliberation     *self);
void                pre_deliberation_set_body_text         (PreDeliberation     *self,
                                                            const char          *body_text);
const char         *pre_deliberation_get_matter_code       (PreDeliberation     *self);
void                pre_deliberation_set_matter_code       (PreDeliberation     *self,
                                                            const char          *matter_code);
guint               pre_deliberation_get_votes_for         (PreDeliberation     *self);
void                pre_deliberation_set_votes_for         (PreDeliberation     *self,
                                                            guint                votes);
guint               pre_deliberation_get_votes_against     (PreDeliberation     *self);
void                pre_deliberation_set_votes_against     (PreDeliberation     *self,
                                                            guint                votes);
guint               pre_deliberation_get_abstentions       (PreDeliberation     *self);
void                pre_deliberation_set_abstentions       (PreDeliberation     *self,
                                                            guint                abstentions);
PrePresidentVote    pre_deliberation_get_president_vote    (PreDeliberation     *self);
void                pre_deliberation_set_president_vote    (PreDeliberation     *self,
                                                            PrePresidentVote     vote);
gint64              pre_deliberation_get_convention_id     (PreDeliberation     *self);
void                pre_deliberation_set_convention_id     (PreDeliberation     *self,
                                                            gint64               convention_id);
const char * const *pre_deliberation_get_decisions         (PreDeliberation     *self);
void                pre_deliberation_set_decisions         (PreDeliberation     *self,
                                                            const char * const  *decisions);
GListModel         *pre_deliberation_get_recipients        (PreDeliberation     *self);
void                pre_deliberation_set_recipients        (PreDeliberation     *self,
                                                            GListModel          *recipients);
void                pre_deliberation_add_recipient         (PreDeliberation     *self,
                                                            const char          *name,
                                                            guint                copies);

const char         *pre_deliberation_get_meeting_date      (PreDeliberation     *self);
const char         *pre_deliberation_get_board_name        (PreDeliberation     *self);

/**
 * pre_deliberation_dup_outcome_text:
 *
 * Returns: (transfer full): the outcome from the votes, see
 *   pre_vote_outcome_text(): "Adopted unanimously"
 */
char               *pre_deliberation_dup_outcome_text      (PreDeliberation     *self);

/**
 * pre_deliberation_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("meeting-id",
 *   "subject", "decisions", "recipients")
 *
 * The checks that need no database: a subject, no blank decision, every
 * recipient named with at least one copy.
 */
gboolean            pre_deliberation_validate              (PreDeliberation     *self,
                                                            GError             **error);

/**
 * pre_store_validate_deliberation:
 *
 * pre_deliberation_validate(), then the votes against the séance's
 * attendance (field "votes-for"): no more votes than voters (present +
 * represented); on a first convocation without quorum, no vote at all.
 */
gboolean            pre_store_validate_deliberation        (PreStore            *store,
                                                            PreDeliberation     *deliberation,
                                                            GError             **error);

/**
 * pre_store_save_deliberation:
 *
 * Validates with pre_store_validate_deliberation(), then inserts (id 0,
 * sets the id) or updates the deliberation and replaces its decisions and
 * recipients, in one transaction.
 */
gboolean            pre_store_save_deliberation            (PreStore            *store,
                                                            PreDeliberation     *deliberation,
                                                            GError             **error);

/**
 * pre_store_get_deliberation:
 *
 * Returns: (transfer full): the deliberation with its decisions and
 *   recipients, or %NULL with %PRE_STORE_ERROR_NOT_FOUND
 */
PreDeliberation    *pre_store_get_deliberation             (PreStore            *store,
                                                            gint64               id,
                                                            GError             **error);

/**
 * pre_store_delete_deliberation:
 *
 * Deletes the deliberation with its decisions and recipients.
 */
gboolean            pre_store_delete_deliberation          (PreStore            *store,
                                                            gint64               id,
                                                            GError             **error);

/**
 * pre_store_list_deliberations:
 *
 * Returns: (transfer full): a #GListModel of #PreDeliberation of the
 *   séance, by position, with decisions and recipients
 */
GListModel         *pre_store_list_deliberations           (PreStore            *store,
                                                            gint64               meeting_id,
                                                            GError             **error);

/**
 * pre_store_list_deliberations_for_convention:
 *
 * Returns: (transfer full): a #GListModel of #PreDeliberation linked to
 *   the convention, by séance date, with decisions and recipients
 */
GListModel         *pre_store_list_deliberations_for_convention (PreStore       *store,
                                                                 gint64          convention_id,
                                                                 GError        **error);

G_END_DECLS
