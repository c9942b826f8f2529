/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "pre-board-rules.h"
#include "pre-error.h"

/* Switches to French with the translations built in this build tree
 * (build/po); FALSE when they do not hold our strings yet. */
static gboolean
use_french (const char *probe)
{
  const char *output = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *tests_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *locale_dir = NULL;

  if (output == NULL)
    return FALSE;
  tests_dir = g_path_get_dirname (output);
  build_dir = g_path_get_dirname (tests_dir);
  locale_dir = g_build_filename (build_dir, "po", NULL);

  g_setenv ("LANGUAGE", "fr", TRUE);
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    return FALSE;
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, probe), probe) != 0;
}

static void
use_english (void)
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

/* The reference séance: CCAS of Dijon, 2 October 2024. */
static const PreAttendanceCounts reference = {
  .in_office = 17, .present = 12, .represented = 4, .excused = 1, .absent = 0,
};

static void
test_quorum (void)
{
  PreAttendanceCounts counts = reference;

  g_assert_cmpuint (pre_quorum_required (17), ==, 9);
  g_assert_cmpuint (pre_quorum_required (16), ==, 9);
  g_assert_cmpuint (pre_quorum_required (1), ==, 1);
  g_assert_cmpuint (pre_quorum_required (0), ==, 1);

  g_assert_true (pre_quorum_reached (&counts));
  g_assert_cmpuint (pre_attendance_voters (&counts), ==, 16);

  /* Proxies do not count: 8 present and 8 represented is not a quorum. */
  counts.present = 8;
  counts.represented = 8;
  counts.excused = 1;
  g_assert_false (pre_quorum_reached (&counts));
  g_assert_cmpuint (pre_attendance_voters (&counts), ==, 16);
  counts.present = 9;
  g_assert_true (pre_quorum_reached (&counts));

  /* A second convocation needs no quorum. */
  counts.present = 3;
  g_assert_false (pre_quorum_reached (&counts));
  counts.second_convocation = TRUE;
  g_assert_true (pre_quorum_reached (&counts));
}

static void
test_summary (void)
{
  PreAttendanceCounts counts = reference;
  g_autofree char *reached = NULL;
  g_autofree char *not_reached = NULL;
  g_autofree char *second = NULL;

  reached = pre_attendance_summary (&counts);
  g_assert_cmpstr (reached, ==, "12 present, 4 represented, 1 excused — quorum reached (9 required)");

  counts.present = 5;
  counts.represented = 0;
  counts.excused = 10;
  counts.absent = 2;
  not_reached = pre_attendance_summary (&counts);
  g_assert_cmpstr (not_reached, ==, "5 present, 10 excused, 2 absent — quorum not reached (9 required)");

  counts.second_convocation = TRUE;
  second = pre_attendance_summary (&counts);
  g_assert_cmpstr (second, ==, "5 present, 10 excused, 2 absent — second convocation, no quorum needed");
}

static void
test_convocation (void)
{
  int days = -1;

  /* The reference: convened on 27 September for 2 October. */
  g_assert_true (pre_convocation_in_time ("2024-09-27", "2024-10-02", &days));
  g_assert_cmpint (days, ==, 5);
  g_assert_true (pre_convocation_in_time ("2024-09-29", "2024-10-02", &days));
  g_assert_cmpint (days, ==, 3);
  g_assert_false (pre_convocation_in_time ("2024-09-30", "2024-10-02", &days));
  g_assert_cmpint (days, ==, 2);
  g_assert_false (pre_convocation_in_time ("2024-10-03", "2024-10-02", &days));
  g_assert_cmpint (days, ==, -1);
  g_assert_false (pre_convocation_in_time ("2024-02-30", "2024-10-02", &days));
  g_assert_cmpint (days, ==, 0);
  g_assert_true (pre_convocation_in_time ("2024-09-27", "2024-10-02", NULL));
}

static void
test_vote_result (void)
{
  g_assert_cmpint (pre_vote_result (16, 0, 0, PRE_PRESIDENT_VOTE_FOR), ==, PRE_VOTE_ADOPTED);
  g_assert_cmpint (pre_vote_result (12, 3, 1, PRE_PRESIDENT_VOTE_FOR), ==, PRE_VOTE_ADOPTED);
  /* Abstentions are not votes cast: 2 for out of 2 cast is a majority. */
  g_assert_cmpint (pre_vote_result (2, 0, 14, PRE_PRESIDENT_VOTE_UNKNOWN), ==, PRE_VOTE_ADOPTED);
  g_assert_cmpint (pre_vote_result (3, 12, 1, PRE_PRESIDENT_VOTE_FOR), ==, PRE_VOTE_REJECTED);
  g_assert_cmpint (pre_vote_result (0, 0, 16, PRE_PRESIDENT_VOTE_ABSTENTION), ==, PRE_VOTE_NO_VOTE);
  g_assert_cmpint (pre_vote_result (0, 0, 0, PRE_PRESIDENT_VOTE_UNKNOWN), ==, PRE_VOTE_NO_VOTE);
  /* Ties: the president decides; unknown or abstaining president: rejected. */
  g_assert_cmpint (pre_vote_result (8, 8, 0, PRE_PRESIDENT_VOTE_FOR), ==, PRE_VOTE_ADOPTED);
  g_assert_cmpint (pre_vote_result (8, 8, 0, PRE_PRESIDENT_VOTE_AGAINST), ==, PRE_VOTE_REJECTED);
  g_assert_cmpint (pre_vote_result (8, 8, 0, PRE_PRESIDENT_VOTE_UNKNOWN), ==, PRE_VOTE_REJECTED);
  g_assert_cmpint (pre_vote_result (7, 7, 2, PRE_PRESIDENT_VOTE_ABSTENTION), ==, PRE_VOTE_REJECTED);
}

static void
check_outcome (guint            for_,
               guint            against,
               guint            abstentions,
               PrePresidentVote president,
               const char      *expected)
{
  g_autofree char *text = pre_vote_outcome_text (for_, against, abstentions, president);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_outcome_text (void)
{
  /* No translation is loaded: the English sources are shown. */
  setlocale (LC_ALL, "C.UTF-8");

  check_outcome (16, 0, 0, PRE_PRESIDENT_VOTE_FOR, "Adopted unanimously");
  check_outcome (14, 0, 2, PRE_PRESIDENT_VOTE_FOR, "Adopted unanimously by the votes cast (2 abstentions)");
  check_outcome (15, 0, 1, PRE_PRESIDENT_VOTE_FOR, "Adopted unanimously by the votes cast (1 abstention)");
  check_outcome (12, 3, 1, PRE_PRESIDENT_VOTE_FOR, "Adopted by 12 votes for, 3 against and 1 abstention");
  check_outcome (10, 3, 3, PRE_PRESIDENT_VOTE_FOR, "Adopted by 10 votes for, 3 against and 3 abstentions");
  check_outcome (12, 4, 0, PRE_PRESIDENT_VOTE_FOR, "Adopted by 12 votes for, 4 against");
  check_outcome (3, 12, 0, PRE_PRESIDENT_VOTE_AGAINST, "Rejected by 3 votes for, 12 against");
  check_outcome (1, 12, 3, PRE_PRESIDENT_VOTE_AGAINST, "Rejected by 1 vote for, 12 against and 3 abstentions");
  check_outcome (0, 16, 0, PRE_PRESIDENT_VOTE_AGAINST, "Rejected unanimously");
  check_outcome (0, 15, 1, PRE_PRESIDENT_VOTE_AGAINST, "Rejected unanimously by the votes cast (1 abstention)");
  check_outcome (8, 8, 0, PRE_PRESIDENT_VOTE_FOR, "Adopted, the president’s vote being decisive");
  check_outcome (8, 8, 0, PRE_PRESIDENT_VOTE_AGAINST, "Rejected, the president’s vote being decisive");
  check_outcome (8, 8, 0, PRE_PRESIDENT_VOTE_UNKNOWN, "Rejected by 8 votes for, 8 against");
  check_outcome (0, 0, 16, PRE_PRESIDENT_VOTE_ABSTENTION, "No vote cast (16 abstentions)");
  check_outcome (0, 0, 0, PRE_PRESIDENT_VOTE_UNKNOWN, "No vote cast");
}

static void
test_votes_validate (void)
{
  PreAttendanceCounts counts = reference;
  guint voters = pre_attendance_voters (&counts);
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_votes_validate (16, 0, 0, voters, NULL));
  g_assert_true (pre_votes_validate (12, 3, 1, voters, NULL));
  g_assert_true (pre_votes_validate (10, 0, 0, voters, NULL));

  g_assert_false (pre_votes_validate (12, 4, 1, voters, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "votes-for");
  g_assert_nonnull (strstr (error->message, "17"));
  g_assert_nonnull (strstr (error->message, "16"));
  g_clear_error (&error);

  /* No overflow when the numbers are absurd. */
  g_assert_false (pre_votes_validate (G_MAXUINT, G_MAXUINT, 1, voters, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
}

/* The French the deliberations use, from po/fr.po. */
static void
test_french (void)
{
  PreAttendanceCounts counts = reference;
  g_autofree char *summary = NULL;

  if (!use_french ("Adopted unanimously"))
    {
      use_english ();
      g_test_skip ("The French translation of the board rules is not in po/fr.po yet");
      return;
    }

  check_outcome (16, 0, 0, PRE_PRESIDENT_VOTE_FOR, "Adoptée à l'unanimité");
  check_outcome (14, 0, 2, PRE_PRESIDENT_VOTE_FOR,
                 "Adoptée à l'unanimité des suffrages exprimés (2 abstentions)");
  check_outcome (15, 0, 1, PRE_PRESIDENT_VOTE_FOR,
                 "Adoptée à l'unanimité des suffrages exprimés (1 abstention)");
  check_outcome (12, 3, 1, PRE_PRESIDENT_VOTE_FOR, "Adoptée par 12 voix pour, 3 contre et 1 abstention");
  check_outcome (3, 12, 0, PRE_PRESIDENT_VOTE_AGAINST, "Rejetée par 3 voix pour, 12 contre");
  check_outcome (8, 8, 0, PRE_PRESIDENT_VOTE_FOR, "Adoptée, la voix du président étant prépondérante");

  summary = pre_attendance_summary (&counts);
  g_assert_cmpstr (summary, ==, "12 présents, 4 représentés, 1 excusé — quorum atteint (9 requis)");

  use_english ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/board-rules/quorum", test_quorum);
  g_test_add_func ("/board-rules/summary", test_summary);
  g_test_add_func ("/board-rules/convocation", test_convocation);
  g_test_add_func ("/board-rules/vote-result", test_vote_result);
  g_test_add_func ("/board-rules/outcome-text", test_outcome_text);
  g_test_add_func ("/board-rules/votes-validate", test_votes_validate);
  g_test_add_func ("/board-rules/french", test_french);
  return g_test_run ();
}
