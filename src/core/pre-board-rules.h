/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pre-enums.h"

G_BEGIN_DECLS

/* The rules of a CCAS board (Code de l'action sociale et des familles), as
 * pure functions shared by the GUI, the CLI and the documents. */

/**
 * PreAttendanceCounts:
 * @in_office: members in office
 * @present: members physically present
 * @represented: members excused who gave a proxy to a present member
 * @excused: members excused without a proxy
 * @absent: members absent without excuse
 * @second_convocation: the séance follows a first one without quorum
 *
 * The numbers of a séance's attendance.
 */
typedef struct
{
  guint in_office;
  guint present;
  guint represented;
  guint excused;
  guint absent;
  gboolean second_convocation;
} PreAttendanceCounts;

/**
 * PreVoteResult:
 * @PRE_VOTE_ADOPTED: an absolute majority of the votes cast is for, or a tie
 *   broken by the president's vote for
 * @PRE_VOTE_REJECTED: otherwise, when votes were cast
 * @PRE_VOTE_NO_VOTE: no vote was cast (everyone abstained, or nobody voted)
 */
typedef enum
{
  PRE_VOTE_ADOPTED,
  PRE_VOTE_REJECTED,
  PRE_VOTE_NO_VOTE,
} PreVoteResult;

/**
 * pre_quorum_required:
 * @in_office: members in office
 *
 * Returns: the majority of the members in office: @in_office / 2 + 1
 *   (17 → 9, 16 → 9)
 */
guint          pre_quorum_required      (guint                      in_office);

/**
 * pre_quorum_reached:
 * @counts: the attendance
 *
 * Proxies do not count towards the quorum. On a second convocation no quorum
 * is needed.
 *
 * Returns: %TRUE if the members present reach pre_quorum_required()
 */
gboolean       pre_quorum_reached       (const PreAttendanceCounts *counts);

/**
 * pre_attendance_voters:
 * @counts: the attendance
 *
 * Returns: the number of votes that can be cast: present + represented
 */
guint          pre_attendance_voters    (const PreAttendanceCounts *counts);

/**
 * pre_attendance_summary:
 * @counts: the attendance
 *
 * A one-line translated summary: "12 present, 4 represented, 1 excused —
 * quorum reached (9 required)". Groups at zero are left out except
 * "present"; absent members are named when there are some.
 *
 * Returns: (transfer full): the text
 */
char          *pre_attendance_summary   (const PreAttendanceCounts *counts);

/**
 * pre_convocation_in_time:
 * @convocation_iso: the date the convocation was sent
 * @meeting_iso: the date of the séance
 * @out_days: (out) (optional): days between the two (negative if the
 *   convocation comes after the séance; 0 if a date is invalid)
 *
 * Returns: %TRUE if the convocation went out at least three days before the
 *   séance
 */
gboolean       pre_convocation_in_time  (const char                *convocation_iso,
                                         const char                *meeting_iso,
                                         int                       *out_days);

/**
 * pre_vote_result:
 * @for_: votes for
 * @against: votes against
 * @abstentions: abstentions (not votes cast)
 * @president_vote: how the president voted, to break a tie
 *
 * An absolute majority of the votes cast decides; on a tie the president's
 * vote is decisive; a tie with an unknown president's vote is a rejection.
 *
 * Returns: the result
 */
PreVoteResult  pre_vote_result          (guint                      for_,
                                         guint                      against,
                                         guint                      abstentions,
                                         PrePresidentVote           president_vote);

/**
 * pre_vote_outcome_text:
 * @for_: votes for
 * @against: votes against
 * @abstentions: abstentions
 * @president_vote: how the president voted
 *
 * The outcome sentence of a deliberation, translated, without a final full
 * stop: "Adopted unanimously" (French: "Adoptée à l'unanimité"), "Adopted
 * unanimously by the votes cast (2 abstentions)", "Adopted by 12 votes for,
 * 3 against and 1 abstention", "Rejected by 3 votes for, 12 against",
 * "Adopted, the president's vote being decisive (8 for, 8 against)",
 * "No vote cast".
 *
 * Returns: (transfer full): the text
 */
char          *pre_vote_outcome_text    (guint                      for_,
                                         guint                      against,
                                         guint                      abstentions,
                                         PrePresidentVote           president_vote);

/**
 * pre_votes_validate:
 * @for_: votes for
 * @against: votes against
 * @abstentions: abstentions
 * @voters: members who can vote (pre_attendance_voters())
 * @error: a #PRE_VALIDATION_ERROR with field "votes-for"
 *
 * Returns: %TRUE unless more votes are counted than there are voters
 */
gboolean       pre_votes_validate       (guint                      for_,
                                         guint                      against,
                                         guint                      abstentions,
                                         guint                      voters,
                                         GError                   **error);

G_END_DECLS
