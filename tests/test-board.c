/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pre-attendance.h"
#include "pre-board.h"
#include "pre-board-member.h"
#include "pre-board-rules.h"
#include "pre-deliberation.h"
#include "pre-example.h"
#include "pre-meeting.h"
#include "pre-store-private.h"

/* The register of the CCAS of Dijon, séance of 2 October 2024. Only the
 * president's first name is in the document. */
typedef struct
{
  const char *civility;
  const char *first_name;
  const char *last_name;
  PreAttendanceStatus status;
  int holder;   /* index of the proxy holder, or -1 */
} RefMember;

static const RefMember ref_members[] = {
  { "M.", "Antoine", "HOAREAU", PRE_ATTENDANCE_PRESENT, -1 },
  { "Mme", "", "AKPINAR-ISTIQUAM", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "MEZUI", PRE_ATTENDANCE_PRESENT, -1 },
  { "Mme", "", "CHOLLET", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "FAVERJON", PRE_ATTENDANCE_PRESENT, -1 },
  { "Mme", "", "GINDRE", PRE_ATTENDANCE_PRESENT, -1 },
  { "Mme", "", "VIAN", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "FOUSSET", PRE_ATTENDANCE_PRESENT, -1 },
  { "Mme", "", "LECOMTE", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "FOUILLOT", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "JASPART", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "AVENA", PRE_ATTENDANCE_PRESENT, -1 },
  { "M.", "", "REBSAMEN", PRE_ATTENDANCE_REPRESENTED, 0 },
  { "M.", "", "BERTHIER", PRE_ATTENDANCE_REPRESENTED, 3 },
  { "Mme", "", "JACQUEMARD", PRE_ATTENDANCE_REPRESENTED, 2 },
  { "Mme", "", "JACQUENET", PRE_ATTENDANCE_REPRESENTED, 8 },
  { "Mme", "", "TENENBAUM", PRE_ATTENDANCE_EXCUSED, -1 },
};

#define N_REF G_N_ELEMENTS (ref_members)
enum { HOAREAU = 0, MEZUI = 2, CHOLLET = 3, FAVERJON = 4, LECOMTE = 8, REBSAMEN = 12,
       BERTHIER = 13, TENENBAUM = 16 };

typedef struct
{
  char *dir;
  PreStore *store;
  gint64 board_id;
  gint64 member_ids[N_REF];
  gint64 meeting_id;
} Fixture;

static void
fixture_open (Fixture *f)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pre-board-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "pre.db", NULL);
  f->store = pre_store_open (path, &error);
  g_assert_no_error (error);
}

static gint64
add_board (PreStore   *store,
           const char *name,
           const char *body)
{
  g_autoptr(PreBoard) board = pre_board_new ();
  g_autoptr(GError) error = NULL;

  pre_board_set_name (board, name);
  pre_board_set_body (board, body);
  g_assert_true (pre_store_save_board (store, board, &error));
  g_assert_no_error (error);
  return pre_board_get_id (board);
}

static gint64
add_member (PreStore   *store,
            gint64      board_id,
            const char *civility,
            const char *first_name,
            const char *last_name,
            int         position)
{
  g_autoptr(PreBoardMember) member = pre_board_member_new ();
  g_autoptr(GError) error = NULL;

  pre_board_member_set_board_id (member, board_id);
  pre_board_member_set_civility (member, civility);
  pre_board_member_set_first_name (member, first_name);
  pre_board_member_set_last_name (member, last_name);
  pre_board_member_set_position (member, position);
  g_assert_true (pre_store_save_board_member (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pre_board_member_get_id (member), >, 0);
  return pre_board_member_get_id (member);
}

static gint64
add_meeting (Fixture    *f,
             const char *date,
             const char *convocation_date,
             guint       convocation)
{
  g_autoptr(PreMeeting) meeting = pre_meeting_new ();
  g_autoptr(GError) error = NULL;

  pre_meeting_set_board_id (meeting, f->board_id);
  pre_meeting_set_date (meeting, date);
  pre_meeting_set_convocation_date (meeting, convocation_date);
  pre_meeting_set_president_id (meeting, f->member_ids[HOAREAU]);
  pre_meeting_set_convocation (meeting, convocation);
  g_assert_true (pre_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  return pre_meeting_get_id (meeting);
}

/* The attendance of the register, as a list to give to the store. */
static GListStore *
reference_attendance (Fixture *f)
{
  GListStore *list = g_list_store_new (PRE_TYPE_ATTENDANCE);

  for (guint i = 0; i < N_REF; i++)
    {
      g_autoptr(PreAttendance) row =
        pre_attendance_new (f->member_ids[i], ref_members[i].status,
                            ref_members[i].holder >= 0 ? f->member_ids[ref_members[i].holder] : 0);
      g_list_store_append (list, row);
    }
  return list;
}

static PreAttendance *
row_of (GListStore *list,
        guint       index)
{
  /* The list holds a reference: transfer none for the tests' convenience. */
  PreAttendance *row = g_list_model_get_item (G_LIST_MODEL (list), index);
  g_object_unref (row);
  return row;
}

static void
fixture_reference (Fixture *f)
{
  g_autoptr(GListStore) attendance = NULL;
  g_autoptr(GError) error = NULL;

  fixture_open (f);
  f->board_id = add_board (f->store, "Conseil d'Administration",
                           "Centre Communal d'Action Sociale de DIJON");
  for (guint i = 0; i < N_REF; i++)
    f->member_ids[i] = add_member (f->store, f->board_id, ref_members[i].civility,
                                   ref_members[i].first_name, ref_members[i].last_name, (int)i);
  f->meeting_id = add_meeting (f, "2024-10-02", "2024-09-27", 1);

  attendance = reference_attendance (f);
  g_assert_true (pre_store_set_attendance (f->store, f->meeting_id, G_LIST_MODEL (attendance), &error));
  g_assert_no_error (error);
}

static void
fixture_close (Fixture *f)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
assert_counts (Fixture *f,
               gint64   meeting_id,
               guint    in_office,
               guint    present,
               guint    represented,
               guint    excused,
               guint    absent)
{
  PreAttendanceCounts counts;
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_store_get_attendance_counts (f->store, meeting_id, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.in_office, ==, in_office);
  g_assert_cmpuint (counts.present, ==, present);
  g_assert_cmpuint (counts.represented, ==, represented);
  g_assert_cmpuint (counts.excused, ==, excused);
  g_assert_cmpuint (counts.absent, ==, absent);
}

static void
assert_validation (GError     *error,
                   const char *field,
                   const char *message)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == PRE_VALIDATION_ERROR);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, field);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

/* Boards */

static void
test_board_crud (void)
{
  Fixture f = { 0 };
  g_autoptr(PreBoard) board = pre_board_new ();
  g_autoptr(PreBoard) copy = NULL;
  g_autoptr(PreBoard) twin = pre_board_new ();
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  fixture_open (&f);

  g_assert_false (pre_store_save_board (f.store, board, &error));
  assert_validation (error, "name", NULL);
  g_clear_error (&error);

  pre_board_set_name (board, "Conseil d'Administration");
  g_assert_false (pre_board_validate (board, &error));
  assert_validation (error, "body", NULL);
  g_clear_error (&error);

  pre_board_set_body (board, "Centre Communal d'Action Sociale de DIJON");
  g_assert_true (pre_store_save_board (f.store, board, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pre_board_get_id (board), >, 0);

  title = pre_board_dup_title (board);
  g_assert_cmpstr (title, ==, "Conseil d'Administration — Centre Communal d'Action Sociale de DIJON");

  /* The same assembly of the same body twice is refused. */
  pre_board_set_name (twin, "Conseil d'Administration");
  pre_board_set_body (twin, "Centre Communal d'Action Sociale de DIJON");
  g_assert_false (pre_store_save_board (f.store, twin, &error));
  assert_validation (error, "name", NULL);
  g_assert_nonnull (strstr (error->message, "already exists"));
  g_assert_cmpint (pre_board_get_id (twin), ==, 0);
  g_clear_error (&error);

  pre_board_set_name (board, "Conseil d'administration du CCAS");
  g_assert_true (pre_store_save_board (f.store, board, &error));
  g_assert_no_error (error);

  copy = pre_store_get_board (f.store, pre_board_get_id (board), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_board_get_name (copy), ==, "Conseil d'administration du CCAS");
  g_assert_cmpint (pre_board_get_partner_id (copy), ==, 0);

  boards = pre_store_list_boards (f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 1);

  g_assert_true (pre_store_delete_board (f.store, pre_board_get_id (board), &error));
  g_assert_no_error (error);
  g_assert_null (pre_store_get_board (f.store, pre_board_get_id (board), &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

/* Members */

static void
test_member_crud (void)
{
  Fixture f = { 0 };
  g_autoptr(PreBoardMember) member = pre_board_member_new ();
  g_autoptr(PreBoardMember) copy = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *full_name = NULL;
  gint64 board_id;

  fixture_open (&f);
  board_id = add_board (f.store, "Conseil d'Administration", "CCAS de Dijon");

  g_assert_false (pre_store_save_board_member (f.store, member, &error));
  assert_validation (error, "board-id", NULL);
  g_clear_error (&error);

  pre_board_member_set_board_id (member, board_id);
  pre_board_member_set_civility (member, "Mr");
  pre_board_member_set_last_name (member, "Hoareau");
  g_assert_false (pre_board_member_validate (member, &error));
  assert_validation (error, "civility", "The civility “Mr” is not valid: choose “M.” or “Mme”.");
  g_clear_error (&error);

  pre_board_member_set_civility (member, "M.");
  pre_board_member_set_last_name (member, "  ");
  g_assert_false (pre_board_member_validate (member, &error));
  assert_validation (error, "last-name", NULL);
  g_clear_error (&error);

  pre_board_member_set_last_name (member, "Hoareau");
  pre_board_member_set_out_of_office_from (member, "2024-02-30");
  g_assert_false (pre_board_member_validate (member, &error));
  assert_validation (error, "out-of-office-from", NULL);
  g_clear_error (&error);
  pre_board_member_set_out_of_office_from (member, "");
  g_assert_null (pre_board_member_get_out_of_office_from (member));

  pre_board_member_set_first_name (member, "Antoine");
  pre_board_member_set_role (member, "Président de séance");
  g_assert_true (pre_store_save_board_member (f.store, member, &error));
  g_assert_no_error (error);

  short_name = pre_board_member_dup_short_name (member);
  full_name = pre_board_member_dup_full_name (member);
  g_assert_cmpstr (short_name, ==, "M. HOAREAU");
  g_assert_cmpstr (full_name, ==, "M. Antoine HOAREAU");

  pre_board_member_set_out_of_office_from (member, "2025-01-01");
  g_assert_true (pre_store_save_board_member (f.store, member, &error));
  g_assert_no_error (error);
  copy = pre_store_get_board_member (f.store, pre_board_member_get_id (member), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_board_member_get_last_name (copy), ==, "Hoareau");
  g_assert_cmpstr (pre_board_member_get_role (copy), ==, "Président de séance");
  g_assert_cmpstr (pre_board_member_get_out_of_office_from (copy), ==, "2025-01-01");
  g_assert_true (pre_board_member_is_in_office (copy, "2024-12-31"));
  g_assert_false (pre_board_member_is_in_office (copy, "2025-01-01"));

  add_member (f.store, board_id, "Mme", "", "Chollet", 1);
  members = pre_store_list_board_members (f.store, board_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  g_clear_object (&members);
  members = pre_store_list_board_members (f.store, board_id, "2025-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);

  g_assert_true (pre_store_delete_board_member (f.store, pre_board_member_get_id (member), &error));
  g_assert_no_error (error);
  g_assert_null (pre_store_get_board_member (f.store, pre_board_member_get_id (member), &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

/* The reference séance */

static void
test_reference_case (void)
{
  Fixture f = { 0 };
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(PreDeliberation) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *expected_outcome = NULL;
  g_autoptr(PreRecipient) recipient = NULL;
  PreAttendanceCounts counts;
  PreAttendance *row;
  const char * const decisions[] = {
    "approuvent la convention pluriannuelle d'objectifs 2024 -2026 jointe en annexe ;",
    "autorisent le Président ou son représentant légal à signer ladite convention ;",
    NULL
  };

  fixture_reference (&f);

  assert_counts (&f, f.meeting_id, 17, 12, 4, 1, 0);
  g_assert_true (pre_store_get_attendance_counts (f.store, f.meeting_id, &counts, &error));
  g_assert_false (counts.second_convocation);
  g_assert_cmpuint (pre_quorum_required (counts.in_office), ==, 9);
  g_assert_true (pre_quorum_reached (&counts));
  g_assert_cmpuint (pre_attendance_voters (&counts), ==, 16);

  rows = pre_store_list_attendance (f.store, f.meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 17);
  row = g_list_model_get_item (rows, HOAREAU);
  g_assert_cmpstr (pre_attendance_get_member_name (row), ==, "M. HOAREAU");
  g_assert_cmpstr (pre_attendance_get_member_full_name (row), ==, "M. Antoine HOAREAU");
  g_assert_cmpint (pre_attendance_get_status (row), ==, PRE_ATTENDANCE_PRESENT);
  g_object_unref (row);
  row = g_list_model_get_item (rows, REBSAMEN);
  g_assert_cmpstr (pre_attendance_get_member_name (row), ==, "M. REBSAMEN");
  g_assert_cmpint (pre_attendance_get_status (row), ==, PRE_ATTENDANCE_REPRESENTED);
  g_assert_cmpint (pre_attendance_get_proxy_holder_id (row), ==, f.member_ids[HOAREAU]);
  g_assert_cmpstr (pre_attendance_get_proxy_holder_name (row), ==, "M. HOAREAU");
  g_object_unref (row);
  row = g_list_model_get_item (rows, BERTHIER);
  g_assert_cmpstr (pre_attendance_get_proxy_holder_name (row), ==, "Mme CHOLLET");
  g_object_unref (row);
  row = g_list_model_get_item (rows, TENENBAUM);
  g_assert_cmpstr (pre_attendance_get_member_name (row), ==, "Mme TENENBAUM");
  g_assert_cmpstr (pre_attendance_get_member_civility (row), ==, "Mme");
  g_assert_cmpint (pre_attendance_get_status (row), ==, PRE_ATTENDANCE_EXCUSED);
  g_assert_cmpstr (pre_attendance_get_proxy_holder_name (row), ==, "");
  g_object_unref (row);

  /* The list's own rows validate and save back unchanged. */
  g_assert_true (pre_attendance_validate_all (rows, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_set_attendance (f.store, f.meeting_id, rows, &error));
  g_assert_no_error (error);
  assert_counts (&f, f.meeting_id, 17, 12, 4, 1, 0);

  meeting = pre_store_get_meeting (f.store, f.meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_meeting_get_date (meeting), ==, "2024-10-02");
  g_assert_cmpstr (pre_meeting_get_convocation_date (meeting), ==, "2024-09-27");
  g_assert_cmpstr (pre_meeting_get_president_name (meeting), ==, "M. HOAREAU");
  g_assert_false (pre_meeting_convocation_warning (meeting, NULL));

  /* The deliberation: 16 votes for out of 16 voters. */
  pre_deliberation_set_meeting_id (deliberation, f.meeting_id);
  pre_deliberation_set_subject (deliberation, "Programme de réussite éducative – Convention "
                                              "Pluriannuelle d'Objectifs 2024 – 2026 : Coordination "
                                              "des PRE de la Métropole");
  pre_deliberation_set_votes_for (deliberation, 17);
  pre_deliberation_set_president_vote (deliberation, PRE_PRESIDENT_VOTE_FOR);
  pre_deliberation_set_decisions (deliberation, decisions);
  pre_deliberation_add_recipient (deliberation, "Préfecture", 1);
  pre_deliberation_add_recipient (deliberation, "Registre", 2);

  g_assert_false (pre_store_save_deliberation (f.store, deliberation, &error));
  assert_validation (error, "votes-for", NULL);
  g_assert_nonnull (strstr (error->message, "17"));
  g_assert_nonnull (strstr (error->message, "16"));
  g_assert_cmpint (pre_deliberation_get_id (deliberation), ==, 0);
  g_clear_error (&error);

  pre_deliberation_set_votes_for (deliberation, 16);
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pre_deliberation_get_id (deliberation), >, 0);

  outcome = pre_deliberation_dup_outcome_text (deliberation);
  expected_outcome = pre_vote_outcome_text (16, 0, 0, PRE_PRESIDENT_VOTE_FOR);
  g_assert_cmpstr (outcome, ==, expected_outcome);
  g_assert_cmpstr (outcome, ==, "Adopted unanimously");

  copy = pre_store_get_deliberation (f.store, pre_deliberation_get_id (deliberation), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pre_deliberation_get_votes_for (copy), ==, 16);
  g_assert_cmpint (pre_deliberation_get_president_vote (copy), ==, PRE_PRESIDENT_VOTE_FOR);
  g_assert_cmpstr (pre_deliberation_get_meeting_date (copy), ==, "2024-10-02");
  g_assert_true (g_strv_equal (pre_deliberation_get_decisions (copy), decisions));
  g_assert_cmpuint (g_list_model_get_n_items (pre_deliberation_get_recipients (copy)), ==, 2);
  recipient = g_list_model_get_item (pre_deliberation_get_recipients (copy), 1);
  g_assert_cmpstr (pre_recipient_get_name (recipient), ==, "Registre");
  g_assert_cmpuint (pre_recipient_get_copies (recipient), ==, 2);

  /* The list page. */
  meetings = pre_store_list_meetings (f.store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_clear_object (&meeting);
  meeting = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (pre_meeting_get_board_name (meeting), ==,
                   "Conseil d'Administration — Centre Communal d'Action Sociale de DIJON");
  g_assert_true (g_str_has_prefix (pre_meeting_get_first_subject (meeting), "Programme de réussite"));
  g_assert_cmpuint (pre_meeting_get_n_present (meeting), ==, 12);
  g_assert_cmpuint (pre_meeting_get_n_represented (meeting), ==, 4);
  g_assert_cmpuint (pre_meeting_get_n_excused (meeting), ==, 1);
  g_assert_cmpuint (pre_meeting_get_n_deliberations (meeting), ==, 1);

  fixture_close (&f);
}

/* Each proxy rule, with its message; a refused attendance leaves the
 * previous one as it was. */

static void
assert_attendance_refused (Fixture    *f,
                           GListStore *list,
                           const char *field,
                           const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pre_store_set_attendance (f->store, f->meeting_id, G_LIST_MODEL (list), &error));
  assert_validation (error, field, message);
  assert_counts (f, f->meeting_id, 17, 12, 4, 1, 0);
}

static void
test_attendance_rules (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 other_board, stranger, retired;

  fixture_reference (&f);

  {
    /* Represented without a proxy holder. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN), 0);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. REBSAMEN is represented: choose the present member who holds the proxy.");
  }
  {
    /* The holder is not present. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    pre_attendance_set_status (row_of (list, FAVERJON), PRE_ATTENDANCE_EXCUSED);
    pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN), f.member_ids[FAVERJON]);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. REBSAMEN is represented by M. FAVERJON, who is not present.");
  }
  {
    /* The holder is missing from the lines: absent, hence not present. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    g_list_store_remove (list, FAVERJON);
    pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN - 1), f.member_ids[FAVERJON]);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. REBSAMEN is represented by M. FAVERJON, who is not present.");
  }
  {
    /* One proxy per member. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    pre_attendance_set_proxy_holder_id (row_of (list, BERTHIER), f.member_ids[HOAREAU]);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. HOAREAU already holds the proxy of M. REBSAMEN.");
  }
  {
    /* No self-proxy. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN), f.member_ids[REBSAMEN]);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. REBSAMEN cannot hold their own proxy: choose another present member.");
  }
  {
    /* The holder sits on another board. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    other_board = add_board (f.store, "Conseil d'Administration", "CCAS de Chenôve");
    stranger = add_member (f.store, other_board, "M.", "", "DURAND", 0);
    pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN), stranger);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. REBSAMEN is represented by someone who is not a member of the board.");
  }
  {
    /* A member of another board cannot be in the attendance. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    g_autoptr(PreAttendance) row = pre_attendance_new (stranger, PRE_ATTENDANCE_PRESENT, 0);
    g_list_store_append (list, row);
    assert_attendance_refused (&f, list, "member-id", NULL);
  }
  {
    /* The holder left office before the séance. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    g_autoptr(PreBoardMember) member = NULL;

    retired = add_member (f.store, f.board_id, "Mme", "", "MARTIN", 20);
    member = pre_store_get_board_member (f.store, retired, &error);
    g_assert_no_error (error);
    pre_board_member_set_out_of_office_from (member, "2024-06-01");
    g_assert_true (pre_store_save_board_member (f.store, member, &error));
    g_assert_no_error (error);
    pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN), retired);
    assert_attendance_refused (&f, list, "proxy-holder-id",
                               "M. REBSAMEN is represented by Mme MARTIN, who is no longer in office on 2 October 2024.");
  }
  {
    /* A member twice. */
    g_autoptr(GListStore) list = reference_attendance (&f);
    g_autoptr(PreAttendance) row = pre_attendance_new (f.member_ids[MEZUI], PRE_ATTENDANCE_ABSENT, 0);
    g_list_store_append (list, row);
    assert_attendance_refused (&f, list, "member-id", "M. MEZUI appears twice in the attendance.");
  }

  /* The same rules without the store, over the list page's rows. */
  {
    g_autoptr(GListModel) rows = pre_store_list_attendance (f.store, f.meeting_id, &error);
    g_autoptr(PreAttendance) chollet = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 17);
    chollet = g_list_model_get_item (rows, CHOLLET);
    pre_attendance_set_status (chollet, PRE_ATTENDANCE_ABSENT);
    g_assert_false (pre_attendance_validate_all (rows, &error));
    assert_validation (error, "proxy-holder-id",
                       "M. BERTHIER is represented by Mme CHOLLET, who is not present.");
  }

  fixture_close (&f);
}

/* Quorum */

/* 7 present out of 17: HOAREAU … VIAN; 4 represented; 6 excused. */
static GListStore *
attendance_without_quorum (Fixture *f)
{
  GListStore *list = reference_attendance (f);

  for (guint i = 7; i < 12; i++)
    pre_attendance_set_status (row_of (list, i), PRE_ATTENDANCE_EXCUSED);
  /* Mme LECOMTE is excused now: M. FAVERJON holds the proxy instead. */
  pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN + 3), f->member_ids[FAVERJON]);
  return list;
}

static void
test_quorum (void)
{
  Fixture f = { 0 };
  g_autoptr(GListStore) list = NULL;
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(PreDeliberation) later = pre_deliberation_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GListModel) rows = NULL;
  PreAttendanceCounts counts;
  gint64 second;

  fixture_reference (&f);

  list = attendance_without_quorum (&f);
  g_assert_true (pre_store_set_attendance (f.store, f.meeting_id, G_LIST_MODEL (list), &error));
  g_assert_no_error (error);
  assert_counts (&f, f.meeting_id, 17, 7, 4, 6, 0);
  g_assert_true (pre_store_get_attendance_counts (f.store, f.meeting_id, &counts, &error));
  g_assert_false (pre_quorum_reached (&counts));

  pre_deliberation_set_meeting_id (deliberation, f.meeting_id);
  pre_deliberation_set_subject (deliberation, "Coordination des PRE de la Métropole");
  pre_deliberation_set_votes_for (deliberation, 11);
  g_assert_false (pre_store_save_deliberation (f.store, deliberation, &error));
  assert_validation (error, "votes-for",
                     "The quorum is not reached (9 required, 7 present): the board cannot vote on a first convocation.");
  g_clear_error (&error);

  /* An abstention is a vote too. */
  pre_deliberation_set_votes_for (deliberation, 0);
  pre_deliberation_set_abstentions (deliberation, 1);
  g_assert_false (pre_store_save_deliberation (f.store, deliberation, &error));
  assert_validation (error, "votes-for", NULL);
  g_clear_error (&error);

  /* Recording the deliberation without a vote is allowed. */
  pre_deliberation_set_abstentions (deliberation, 0);
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);

  /* On a second convocation no quorum is needed. */
  second = add_meeting (&f, "2024-10-09", "2024-10-03", 2);
  g_assert_true (pre_store_set_attendance (f.store, second, G_LIST_MODEL (list), &error));
  g_assert_no_error (error);
  pre_deliberation_set_meeting_id (later, second);
  pre_deliberation_set_subject (later, "Coordination des PRE de la Métropole");
  pre_deliberation_set_votes_for (later, 12);
  g_assert_false (pre_store_save_deliberation (f.store, later, &error));
  assert_validation (error, "votes-for", NULL);
  g_assert_nonnull (strstr (error->message, "12"));
  g_assert_nonnull (strstr (error->message, "11"));
  g_clear_error (&error);
  pre_deliberation_set_votes_for (later, 10);
  pre_deliberation_set_votes_against (later, 1);
  g_assert_true (pre_store_save_deliberation (f.store, later, &error));
  g_assert_no_error (error);

  meeting = pre_store_get_meeting (f.store, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pre_meeting_get_convocation (meeting), ==, 2);
  rows = pre_store_list_deliberations (f.store, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);

  fixture_close (&f);
}

/* Out of office */

static void
test_out_of_office (void)
{
  Fixture f = { 0 };
  g_autoptr(PreBoardMember) member = NULL;
  g_autoptr(GListModel) earlier = NULL;
  g_autoptr(GListModel) later = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreAttendance) first = NULL;
  gint64 next;

  fixture_reference (&f);

  /* Mme TENENBAUM leaves the board on 1 December 2024. */
  member = pre_store_get_board_member (f.store, f.member_ids[TENENBAUM], &error);
  g_assert_no_error (error);
  pre_board_member_set_out_of_office_from (member, "2024-12-01");
  g_assert_true (pre_store_save_board_member (f.store, member, &error));
  g_assert_no_error (error);

  next = add_meeting (&f, "2025-01-15", "2025-01-08", 1);

  /* Kept in the earlier séance, gone from the later one. */
  earlier = pre_store_list_attendance (f.store, f.meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (earlier), ==, 17);
  assert_counts (&f, f.meeting_id, 17, 12, 4, 1, 0);

  later = pre_store_list_attendance (f.store, next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (later), ==, 16);
  for (guint i = 0; i < 16; i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (later, i);
      g_assert_cmpstr (pre_attendance_get_member_name (row), !=, "Mme TENENBAUM");
      /* Nothing recorded yet: everyone absent. */
      g_assert_cmpint (pre_attendance_get_status (row), ==, PRE_ATTENDANCE_ABSENT);
    }
  first = g_list_model_get_item (later, 0);
  g_assert_cmpstr (pre_attendance_get_member_name (first), ==, "M. HOAREAU");
  assert_counts (&f, next, 16, 0, 0, 0, 16);

  members = pre_store_list_board_members (f.store, f.board_id, "2025-01-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 16);
  g_clear_object (&members);
  members = pre_store_list_board_members (f.store, f.board_id, "2024-10-02", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 17);

  /* She cannot be recorded at the later séance. */
  list = reference_attendance (&f);
  g_assert_false (pre_store_set_attendance (f.store, next, G_LIST_MODEL (list), &error));
  assert_validation (error, "member-id",
                     "Mme TENENBAUM is no longer in office on 15 January 2025 and cannot be in the attendance of the séance.");
  g_clear_error (&error);
  g_list_store_remove (list, TENENBAUM);
  g_assert_true (pre_store_set_attendance (f.store, next, G_LIST_MODEL (list), &error));
  g_assert_no_error (error);
  assert_counts (&f, next, 16, 12, 4, 0, 0);

  fixture_close (&f);
}

/* Séances */

static void
test_meeting_validation (void)
{
  Fixture f = { 0 };
  g_autoptr(PreMeeting) meeting = pre_meeting_new ();
  g_autoptr(PreMeeting) copy = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  gint64 other_board, stranger;

  fixture_reference (&f);

  pre_meeting_set_board_id (meeting, f.board_id);
  g_assert_false (pre_store_save_meeting (f.store, meeting, &error));
  assert_validation (error, "date", "The date of the séance is required.");
  g_clear_error (&error);

  pre_meeting_set_date (meeting, "2024-13-02");
  g_assert_false (pre_meeting_validate (meeting, &error));
  assert_validation (error, "date", "The date of the séance “2024-13-02” is not a valid date.");
  g_clear_error (&error);

  pre_meeting_set_date (meeting, "2024-11-20");
  pre_meeting_set_convocation_date (meeting, "2024-11-21");
  g_assert_false (pre_meeting_validate (meeting, &error));
  assert_validation (error, "convocation-date",
                     "The convocation date (21 November 2024) comes after the séance (20 November 2024): the convocation must be sent before.");
  g_clear_error (&error);

  /* Two days ahead: a warning, not an error. */
  pre_meeting_set_convocation_date (meeting, "2024-11-18");
  g_assert_true (pre_meeting_validate (meeting, &error));
  g_assert_no_error (error);
  g_assert_true (pre_meeting_convocation_warning (meeting, &warning));
  g_assert_cmpstr (warning, ==,
                   "The convocation was sent 2 days before the séance; it should be sent at least three days before.");
  pre_meeting_set_convocation_date (meeting, "2024-11-17");
  g_assert_false (pre_meeting_convocation_warning (meeting, NULL));

  /* The president must sit on the board. */
  other_board = add_board (f.store, "Conseil d'Administration", "CCAS de Longvic");
  stranger = add_member (f.store, other_board, "Mme", "", "Petit", 0);
  pre_meeting_set_president_id (meeting, stranger);
  g_assert_false (pre_store_save_meeting (f.store, meeting, &error));
  assert_validation (error, "president-id",
                     "Mme PETIT cannot preside the séance: they are not a member of the board “Conseil d'Administration”.");
  g_assert_cmpint (pre_meeting_get_id (meeting), ==, 0);
  g_clear_error (&error);

  pre_meeting_set_president_id (meeting, f.member_ids[CHOLLET]);
  pre_meeting_set_place (meeting, "Salle du conseil");
  g_assert_true (pre_store_save_meeting (f.store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pre_meeting_get_id (meeting), >, 0);

  pre_meeting_set_convocation (meeting, 2);
  g_assert_true (pre_store_save_meeting (f.store, meeting, &error));
  g_assert_no_error (error);
  copy = pre_store_get_meeting (f.store, pre_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pre_meeting_get_convocation (copy), ==, 2);
  g_assert_cmpstr (pre_meeting_get_place (copy), ==, "Salle du conseil");
  g_assert_cmpstr (pre_meeting_get_president_name (copy), ==, "Mme CHOLLET");
  g_assert_cmpuint (pre_meeting_get_n_present (copy), ==, 0);

  /* Latest first; by board. */
  meetings = pre_store_list_meetings (f.store, f.board_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_clear_object (&copy);
  copy = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (pre_meeting_get_date (copy), ==, "2024-11-20");
  g_clear_object (&meetings);
  meetings = pre_store_list_meetings (f.store, other_board, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);

  fixture_close (&f);
}

/* Deliberations */

static void
test_deliberation_crud (void)
{
  Fixture f = { 0 };
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(PreDeliberation) copy = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListStore) recipients = g_list_store_new (PRE_TYPE_RECIPIENT);
  g_autoptr(PreRecipient) prefecture = pre_recipient_new ("Préfecture", 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *outcome = NULL;
  const char * const first[] = { "approuvent la convention ;", "autorisent le Président ;", NULL };
  const char * const second[] = { "approuvent la convention ;", NULL };
  const char * const blank[] = { "approuvent la convention ;", "  ", NULL };
  gint64 convention_id;

  fixture_reference (&f);

  /* A convention to link to (the convention entities are another module). */
  g_assert_true (pre_store_exec (f.store,
                                 "INSERT INTO partner (name, kind) VALUES ('Dijon Métropole', 'metropole');"
                                 "INSERT INTO convention (title, first_year, last_year, coordinator_id)"
                                 " VALUES ('CPO 2024 – 2026', 2024, 2026, last_insert_rowid ());",
                                 &error));
  g_assert_no_error (error);
  convention_id = pre_store_last_insert_id (f.store);

  g_assert_false (pre_deliberation_validate (deliberation, &error));
  assert_validation (error, "meeting-id", NULL);
  g_clear_error (&error);

  pre_deliberation_set_meeting_id (deliberation, f.meeting_id);
  pre_deliberation_set_subject (deliberation, " ");
  g_assert_false (pre_store_save_deliberation (f.store, deliberation, &error));
  assert_validation (error, "subject", "The subject of the deliberation is required.");
  g_clear_error (&error);

  pre_deliberation_set_subject (deliberation, "Coordination des PRE de la Métropole");
  pre_deliberation_set_decisions (deliberation, blank);
  g_assert_false (pre_store_save_deliberation (f.store, deliberation, &error));
  assert_validation (error, "decisions", "Decision 2 is empty: write it or remove it.");
  g_clear_error (&error);

  pre_deliberation_set_decisions (deliberation, first);
  pre_deliberation_add_recipient (deliberation, "Registre", 0);
  g_assert_false (pre_store_save_deliberation (f.store, deliberation, &error));
  assert_validation (error, "recipients", "The recipient “Registre” must receive at least one copy.");
  g_clear_error (&error);

  g_list_store_append (recipients, prefecture);
  pre_deliberation_set_recipients (deliberation, G_LIST_MODEL (recipients));
  pre_deliberation_add_recipient (deliberation, "Registre", 1);
  pre_deliberation_set_number (deliberation, "2024-10-02-07");
  pre_deliberation_set_matter_code (deliberation, "7.5");
  pre_deliberation_set_body_text (deliberation, "Par délibération du conseil métropolitain…");
  pre_deliberation_set_votes_for (deliberation, 14);
  pre_deliberation_set_abstentions (deliberation, 2);
  pre_deliberation_set_convention_id (deliberation, convention_id);
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);

  outcome = pre_deliberation_dup_outcome_text (deliberation);
  g_assert_cmpstr (outcome, !=, "Adopted unanimously");

  /* Update: decisions and recipients are replaced. */
  pre_deliberation_set_decisions (deliberation, second);
  g_list_store_remove (G_LIST_STORE (pre_deliberation_get_recipients (deliberation)), 0);
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);

  copy = pre_store_get_deliberation (f.store, pre_deliberation_get_id (deliberation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_deliberation_get_number (copy), ==, "2024-10-02-07");
  g_assert_cmpstr (pre_deliberation_get_matter_code (copy), ==, "7.5");
  g_assert_cmpuint (pre_deliberation_get_abstentions (copy), ==, 2);
  g_assert_cmpint (pre_deliberation_get_president_vote (copy), ==, PRE_PRESIDENT_VOTE_UNKNOWN);
  g_assert_cmpint (pre_deliberation_get_convention_id (copy), ==, convention_id);
  g_assert_true (g_strv_equal (pre_deliberation_get_decisions (copy), second));
  g_assert_cmpuint (g_list_model_get_n_items (pre_deliberation_get_recipients (copy)), ==, 1);

  list = pre_store_list_deliberations_for_convention (f.store, convention_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = pre_store_list_deliberations (f.store, f.meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  g_assert_true (pre_store_delete_deliberation (f.store, pre_deliberation_get_id (deliberation), &error));
  g_assert_no_error (error);
  list = pre_store_list_deliberations_for_convention (f.store, convention_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_false (pre_store_delete_deliberation (f.store, pre_deliberation_get_id (deliberation), &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);

  fixture_close (&f);
}

/* Deletion refused while in use */

static void
test_in_use (void)
{
  Fixture f = { 0 };
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 second, third, newcomer;

  fixture_reference (&f);
  list = reference_attendance (&f);
  second = add_meeting (&f, "2024-11-06", "2024-10-30", 1);
  third = add_meeting (&f, "2024-12-04", "2024-11-27", 1);
  g_assert_true (pre_store_set_attendance (f.store, second, G_LIST_MODEL (list), &error));
  g_assert_true (pre_store_set_attendance (f.store, third, G_LIST_MODEL (list), &error));
  g_assert_no_error (error);

  g_assert_false (pre_store_delete_board_member (f.store, f.member_ids[FAVERJON], &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "M. FAVERJON cannot be deleted: the attendance of 3 séances names them. Set an "
                   "out-of-office date instead, so that they are no longer listed for the next séances.");
  g_clear_error (&error);
  {
    g_autoptr(PreBoardMember) still = pre_store_get_board_member (f.store, f.member_ids[FAVERJON], NULL);
    g_assert_nonnull (still);
  }

  /* A member never recorded can go. */
  newcomer = add_member (f.store, f.board_id, "Mme", "", "NOUVELLE", 30);
  g_assert_true (pre_store_delete_board_member (f.store, newcomer, &error));
  g_assert_no_error (error);

  g_assert_false (pre_store_delete_board (f.store, f.board_id, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "The board “Conseil d'Administration” cannot be deleted: 3 séances are recorded for it. Delete the séances first.");
  g_clear_error (&error);

  /* A séance with a deliberation stays; without, it goes with its attendance. */
  pre_deliberation_set_meeting_id (deliberation, f.meeting_id);
  pre_deliberation_set_subject (deliberation, "Coordination des PRE de la Métropole");
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);
  g_assert_false (pre_store_delete_meeting (f.store, f.meeting_id, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "The séance of 2 October 2024 cannot be deleted: it holds 1 deliberation. Delete the deliberation first.");
  g_clear_error (&error);

  g_assert_true (pre_store_delete_meeting (f.store, third, &error));
  g_assert_no_error (error);
  g_assert_false (pre_store_get_attendance_counts (f.store, third, &(PreAttendanceCounts){ 0 }, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (pre_store_delete_board_member (f.store, f.member_ids[FAVERJON], &error));
  g_assert_nonnull (strstr (error->message, "2 séances"));

  fixture_close (&f);
}

/* Votes already recorded stay possible: the attendance cannot drop below
 * them, nor lose the quorum. Members and séances keep their board. */

static void
test_keeps_votes (void)
{
  Fixture f = { 0 };
  g_autoptr(PreDeliberation) deliberation = pre_deliberation_new ();
  g_autoptr(GListStore) fewer = NULL;
  g_autoptr(GListStore) no_quorum = NULL;
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(PreBoardMember) member = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other_board;

  fixture_reference (&f);
  pre_deliberation_set_meeting_id (deliberation, f.meeting_id);
  pre_deliberation_set_subject (deliberation, "Coordination des PRE");
  pre_deliberation_set_votes_for (deliberation, 16);
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);

  /* Mme JACQUENET excused without a proxy: 15 voters for 16 votes. */
  fewer = reference_attendance (&f);
  pre_attendance_set_status (row_of (fewer, REBSAMEN + 3), PRE_ATTENDANCE_EXCUSED);
  g_assert_false (pre_store_set_attendance (f.store, f.meeting_id, G_LIST_MODEL (fewer), &error));
  assert_validation (error, "status",
                     "With this attendance 15 members can vote, but the deliberation “Coordination des PRE” counts 16 votes: correct its votes first.");
  g_clear_error (&error);
  assert_counts (&f, f.meeting_id, 17, 12, 4, 1, 0);

  no_quorum = attendance_without_quorum (&f);
  g_assert_false (pre_store_set_attendance (f.store, f.meeting_id, G_LIST_MODEL (no_quorum), &error));
  assert_validation (error, "status",
                     "With this attendance the quorum is not reached (9 required, 7 present), yet the deliberation “Coordination des PRE” records votes: remove its votes first.");
  g_clear_error (&error);
  assert_counts (&f, f.meeting_id, 17, 12, 4, 1, 0);

  /* With the votes corrected, the new attendance goes in. */
  pre_deliberation_set_votes_for (deliberation, 15);
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_set_attendance (f.store, f.meeting_id, G_LIST_MODEL (fewer), &error));
  g_assert_no_error (error);
  assert_counts (&f, f.meeting_id, 17, 12, 3, 2, 0);

  other_board = add_board (f.store, "Conseil d'Administration", "CCAS de Talant");
  meeting = pre_store_get_meeting (f.store, f.meeting_id, &error);
  g_assert_no_error (error);
  pre_meeting_set_board_id (meeting, other_board);
  pre_meeting_set_president_id (meeting, 0);
  g_assert_false (pre_store_save_meeting (f.store, meeting, &error));
  assert_validation (error, "board-id", NULL);
  g_clear_error (&error);

  member = pre_store_get_board_member (f.store, f.member_ids[MEZUI], &error);
  g_assert_no_error (error);
  pre_board_member_set_board_id (member, other_board);
  g_assert_false (pre_store_save_board_member (f.store, member, &error));
  assert_validation (error, "board-id",
                     "M. MEZUI is in the attendance of séances of their board and cannot move to another board.");

  fixture_close (&f);
}

/* The example data reads back through this API as the register says. */

static void
test_example (void)
{
  Fixture f = { 0 };
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) deliberations = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(PreDeliberation) deliberation = NULL;
  g_autoptr(PreAttendance) jacquemard = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outcome = NULL;

  fixture_open (&f);
  g_assert_true (pre_store_load_example (f.store, FALSE, &error));
  g_assert_no_error (error);

  boards = pre_store_list_boards (f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 1);

  meetings = pre_store_list_meetings (f.store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (pre_meeting_get_date (meeting), ==, "2024-10-02");
  g_assert_cmpstr (pre_meeting_get_president_name (meeting), ==, "M. HOAREAU");
  g_assert_cmpuint (pre_meeting_get_n_present (meeting), ==, 12);
  g_assert_cmpuint (pre_meeting_get_n_represented (meeting), ==, 4);
  g_assert_cmpuint (pre_meeting_get_n_excused (meeting), ==, 1);
  assert_counts (&f, pre_meeting_get_id (meeting), 17, 12, 4, 1, 0);

  rows = pre_store_list_attendance (f.store, pre_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 17);
  g_assert_true (pre_attendance_validate_all (rows, &error));
  g_assert_no_error (error);
  jacquemard = g_list_model_get_item (rows, 14);
  g_assert_cmpstr (pre_attendance_get_member_name (jacquemard), ==, "Mme JACQUEMARD");
  g_assert_cmpstr (pre_attendance_get_proxy_holder_name (jacquemard), ==, "M. MEZUI");

  deliberations = pre_store_list_deliberations (f.store, pre_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (deliberations), ==, 1);
  deliberation = g_list_model_get_item (deliberations, 0);
  g_assert_cmpuint (pre_deliberation_get_votes_for (deliberation), ==, 16);
  g_assert_cmpuint (g_strv_length ((char **)pre_deliberation_get_decisions (deliberation)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (pre_deliberation_get_recipients (deliberation)), >, 0);
  outcome = pre_deliberation_dup_outcome_text (deliberation);
  g_assert_cmpstr (outcome, ==, "Adopted unanimously");

  /* It saves back unchanged through the rules. */
  g_assert_true (pre_store_save_deliberation (f.store, deliberation, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_set_attendance (f.store, pre_meeting_get_id (meeting), rows, &error));
  g_assert_no_error (error);

  g_clear_object (&deliberations);
  deliberations = pre_store_list_deliberations_for_convention (f.store,
                                                              pre_deliberation_get_convention_id (deliberation),
                                                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (deliberations), ==, 1);

  fixture_close (&f);
}

/* The changed signal tells lists to refresh. */

static void
on_changed (PreStore   *store,
            const char *table,
            GPtrArray  *tables)
{
  g_ptr_array_add (tables, g_strdup (table));
}

static void
test_changed (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  fixture_reference (&f);
  g_signal_connect (f.store, "changed", G_CALLBACK (on_changed), tables);

  list = reference_attendance (&f);
  g_assert_true (pre_store_set_attendance (f.store, f.meeting_id, G_LIST_MODEL (list), &error));
  g_assert_no_error (error);
  g_assert_true (g_ptr_array_find_with_equal_func (tables, "attendance", g_str_equal, &index));

  g_ptr_array_set_size (tables, 0);
  pre_attendance_set_proxy_holder_id (row_of (list, REBSAMEN), 0);
  g_assert_false (pre_store_set_attendance (f.store, f.meeting_id, G_LIST_MODEL (list), &error));
  g_assert_cmpuint (tables->len, ==, 0);

  g_signal_handlers_disconnect_by_data (f.store, tables);
  fixture_close (&f);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board/board/crud", test_board_crud);
  g_test_add_func ("/board/member/crud", test_member_crud);
  g_test_add_func ("/board/reference", test_reference_case);
  g_test_add_func ("/board/attendance/rules", test_attendance_rules);
  g_test_add_func ("/board/quorum", test_quorum);
  g_test_add_func ("/board/out-of-office", test_out_of_office);
  g_test_add_func ("/board/meeting/validation", test_meeting_validation);
  g_test_add_func ("/board/deliberation/crud", test_deliberation_crud);
  g_test_add_func ("/board/in-use", test_in_use);
  g_test_add_func ("/board/attendance/keeps-votes", test_keeps_votes);
  g_test_add_func ("/board/example", test_example);
  g_test_add_func ("/board/changed", test_changed);

  return g_test_run ();
}
