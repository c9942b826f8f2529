/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-board-rules.h"
#include "pre-date.h"
#include "pre-error.h"

/* Code de l'action sociale et des familles, R123-19: the convocation goes
 * out at least three days before the séance. */
#define CONVOCATION_MIN_DAYS 3

guint
pre_quorum_required (guint in_office)
{
  return in_office / 2 + 1;
}

gboolean
pre_quorum_reached (const PreAttendanceCounts *counts)
{
  g_return_val_if_fail (counts != NULL, FALSE);

  if (counts->second_convocation)
    return TRUE;

  /* Proxies do not count: only the members physically present. */
  return counts->present >= pre_quorum_required (counts->in_office);
}

guint
pre_attendance_voters (const PreAttendanceCounts *counts)
{
  g_return_val_if_fail (counts != NULL, 0);

  return counts->present + counts->represented;
}

char *
pre_attendance_summary (const PreAttendanceCounts *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *quorum = NULL;
  guint required;

  g_return_val_if_fail (counts != NULL, NULL);

  /* Translators: French: "%u présent" / "%u présents" */
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u present", "%u present",
                                                        counts->present),
                                           counts->present));
  if (counts->represented > 0)
    /* Translators: French: "%u représenté" / "%u représentés" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u represented",
                                                          "%u represented",
                                                          counts->represented),
                                             counts->represented));
  if (counts->excused > 0)
    /* Translators: French: "%u excusé" / "%u excusés" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u excused",
                                                          "%u excused", counts->excused),
                                             counts->excused));
  if (counts->absent > 0)
    /* Translators: French: "%u absent" / "%u absents" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u absent",
                                                          "%u absent", counts->absent),
                                             counts->absent));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the groups of an attendance summary */
  list = g_strjoinv (C_("attendance summary", ", "), (char **) parts->pdata);

  required = pre_quorum_required (counts->in_office);
  if (counts->second_convocation)
    /* Translators: French: "deuxième convocation, sans condition de quorum" */
    quorum = g_strdup (_("second convocation, no quorum needed"));
  else if (pre_quorum_reached (counts))
    /* Translators: French: "quorum atteint (%u requis)" */
    quorum = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "quorum reached (%u required)",
                                           "quorum reached (%u required)", required),
                              required);
  else
    /* Translators: French: "quorum non atteint (%u requis)" */
    quorum = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "quorum not reached (%u required)",
                                           "quorum not reached (%u required)", required),
                              required);

  /* Translators: attendance counts, then the quorum ("12 present, 4
   * represented — quorum reached (9 required)") */
  return g_strdup_printf (C_("attendance summary", "%s — %s"), list, quorum);
}

gboolean
pre_convocation_in_time (const char *convocation_iso,
                         const char *meeting_iso,
                         int        *out_days)
{
  int days = 0;
  gboolean valid;

  valid = pre_date_is_valid_iso (convocation_iso) && pre_date_is_valid_iso (meeting_iso);
  if (valid)
    days = pre_date_days_between (convocation_iso, meeting_iso);
  if (out_days != NULL)
    *out_days = days;

  return valid && days >= CONVOCATION_MIN_DAYS;
}

PreVoteResult
pre_vote_result (guint            for_,
                 guint            against,
                 guint            abstentions,
                 PrePresidentVote president_vote)
{
  /* Abstentions are not votes cast. */
  if (for_ == 0 && against == 0)
    return PRE_VOTE_NO_VOTE;

  /* Absolute majority of the votes cast: more for than against. */
  if (for_ > against)
    return PRE_VOTE_ADOPTED;
  if (for_ < against)
    return PRE_VOTE_REJECTED;

  /* A tie: the president's vote is decisive when it is known to be for. */
  return president_vote == PRE_PRESIDENT_VOTE_FOR ? PRE_VOTE_ADOPTED : PRE_VOTE_REJECTED;
}

/* "… and 2 abstentions" appended to @main when there are abstentions. */
static char *
with_abstentions (char  *main,
                  guint  abstentions)
{
  g_autofree char *tail = NULL;
  char *result;

  if (abstentions == 0)
    return main;

  /* Translators: French: "%u abstention" / "%u abstentions" */
  tail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u abstention", "%u abstentions",
                                       abstentions),
                          abstentions);
  /* Translators: the votes of a deliberation, then its abstentions
   * ("Adopted by 12 votes for, 3 against and 1 abstention").
   * French: "%s et %s" */
  result = g_strdup_printf (C_("vote outcome", "%s and %s"), main, tail);
  g_free (main);
  return result;
}

char *
pre_vote_outcome_text (guint            for_,
                       guint            against,
                       guint            abstentions,
                       PrePresidentVote president_vote)
{
  switch (pre_vote_result (for_, against, abstentions, president_vote))
    {
    case PRE_VOTE_NO_VOTE:
      if (abstentions == 0)
        /* Translators: French: "Aucun suffrage exprimé" */
        return g_strdup (_("No vote cast"));
      /* Translators: French: "Aucun suffrage exprimé (%u abstention)" /
       * "Aucun suffrage exprimé (%u abstentions)" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No vote cast (%u abstention)",
                                           "No vote cast (%u abstentions)", abstentions),
                              abstentions);

    case PRE_VOTE_ADOPTED:
      if (against == 0 && abstentions == 0)
        /* Translators: French: "Adoptée à l'unanimité" */
        return g_strdup (_("Adopted unanimously"));
      if (against == 0)
        /* Translators: French: "Adoptée à l'unanimité des suffrages exprimés
         * (%u abstention)" / "Adoptée à l'unanimité des suffrages exprimés
         * (%u abstentions)" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Adopted unanimously by the votes cast (%u abstention)",
                                             "Adopted unanimously by the votes cast (%u abstentions)",
                                             abstentions),
                                abstentions);
      if (for_ == against)
        /* Translators: French: "Adoptée, la voix du président étant
         * prépondérante" */
        return g_strdup (_("Adopted, the president’s vote being decisive"));
      /* Translators: French: "Adoptée par %u voix pour, %u contre" (both
       * forms) */
      return with_abstentions (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Adopted by %u vote for, %u against",
                                                             "Adopted by %u votes for, %u against",
                                                             for_),
                                                for_, against),
                               abstentions);

    case PRE_VOTE_REJECTED:
      if (for_ == 0 && abstentions == 0)
        /* Translators: French: "Rejetée à l'unanimité" */
        return g_strdup (_("Rejected unanimously"));
      if (for_ == 0)
        /* Translators: French: "Rejetée à l'unanimité des suffrages exprimés
         * (%u abstention)" / "… (%u abstentions)" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Rejected unanimously by the votes cast (%u abstention)",
                                             "Rejected unanimously by the votes cast (%u abstentions)",
                                             abstentions),
                                abstentions);
      if (for_ == against && president_vote == PRE_PRESIDENT_VOTE_AGAINST)
        /* Translators: French: "Rejetée, la voix du président étant
         * prépondérante" */
        return g_strdup (_("Rejected, the president’s vote being decisive"));
      /* Translators: French: "Rejetée par %u voix pour, %u contre" (both
       * forms) */
      return with_abstentions (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Rejected by %u vote for, %u against",
                                                             "Rejected by %u votes for, %u against",
                                                             for_),
                                                for_, against),
                               abstentions);

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
pre_votes_validate (guint    for_,
                    guint    against,
                    guint    abstentions,
                    guint    voters,
                    GError **error)
{
  guint64 counted = (guint64) for_ + against + abstentions;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (counted > voters)
    {
      /* Translators: French: "Les votes comptés (%u) dépassent le nombre de
       * membres pouvant voter (%u : présents et représentés)." */
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "votes-for",
                                _("The votes counted (%u) outnumber the members who can vote (%u: present and represented)."),
                                (guint) MIN (counted, G_MAXUINT), voters);
      return FALSE;
    }

  return TRUE;
}
