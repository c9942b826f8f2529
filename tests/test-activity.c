/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "activity-fixture.h"
#include "pre-activity.h"
#include "pre-expense.h"

static PreActivity *
new_session (gint64             mission_id,
             gint64             territory_id,
             const char        *date,
             PreActivityStatus  status,
             gint64             cost)
{
  PreActivity *activity = pre_activity_new ();

  pre_activity_set_mission_id (activity, mission_id);
  pre_activity_set_territory_id (activity, territory_id);
  pre_activity_set_date (activity, date);
  pre_activity_set_status (activity, status);
  pre_activity_set_cost (activity, cost);
  return activity;
}

static void
count_changed_cb (PreStore   *store,
                  const char *table,
                  guint      *count)
{
  (*count)++;
}

/* Youth codes */

static void
test_youth_code_table (void)
{
  static const char *accepted[] = {
    "DIJ-0042", "A12", "chn-7", "0000000000000016", "2024-B-17", "", NULL,
  };
  static const char *refused[] = {
    "Martin", "Lucas-Dupont", "AB", "A1", "DIJ 0042", "ABCDEFGHIJKLMNOP1",
    "Léa-12", "12_3", "Dupont.Martin", "---", "Jean-Pierre",
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("accepted: %s", accepted[i] != NULL ? accepted[i] : "(null)");
      g_assert_true (pre_youth_code_validate (accepted[i], &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("refused: %s", refused[i]);
      g_assert_false (pre_youth_code_validate (refused[i], &error));
      g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID);
      g_assert_cmpstr (pre_validation_error_get_field (error), ==, "youth-code");
      g_assert_nonnull (strstr (error->message, refused[i]));
    }

  {
    g_autoptr(GError) error = NULL;

    pre_youth_code_validate ("Martin", &error);
    g_assert_cmpstr (error->message, ==,
                     "The youth code “Martin” is not a code: use the pseudonymous code given "
                     "by the commune’s PRE (letters, digits and dashes, 3 to 16 characters, at "
                     "least one digit); never a name.");
  }
}

/* Save, read back, update, delete */

static void
test_save_roundtrip (void)
{
  Fixture f = { 0 };
  g_autoptr(PreActivity) activity = NULL;
  g_autoptr(PreActivity) read = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 partners[] = { P_CCAS_LONGVIC, P_CCAS_DIJON, P_CCAS_DIJON };
  const gint64 *ids;
  guint n_ids, n_changed = 0;

  fixture_open (&f);
  g_signal_connect (f.store, "changed::activity", G_CALLBACK (count_changed_cb), &n_changed);

  activity = new_session (M_PSYCHOLOGY, T_DIJON, "2025-03-11", PRE_ACTIVITY_HELD, 6000);
  pre_activity_set_title (activity, "Séance");
  pre_activity_set_provider (activity, "Cabinet Rivière");
  pre_activity_set_participants (activity, 1);
  pre_activity_set_duration_minutes (activity, 45);
  pre_activity_set_youth_code (activity, " dij-0042 ");
  pre_activity_set_topic (activity, "Anxiété scolaire");
  pre_activity_set_notes (activity, "Première séance");
  pre_activity_set_partner_ids (activity, partners, G_N_ELEMENTS (partners));
  ids = pre_activity_get_partner_ids (activity, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, P_CCAS_DIJON);
  g_assert_cmpint (ids[1], ==, P_CCAS_LONGVIC);
  g_assert_cmpint (pre_activity_get_year (activity), ==, 2025);

  g_assert_true (pre_store_check_activity (f.store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 0);
  g_assert_true (pre_store_save_activity (f.store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pre_activity_get_id (activity), >, 0);
  g_assert_cmpuint (n_changed, ==, 1);
  /* Stored stripped and in capitals. */
  g_assert_cmpstr (pre_activity_get_youth_code (activity), ==, "DIJ-0042");

  read = pre_store_get_activity (f.store, pre_activity_get_id (activity), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pre_activity_get_mission_id (read), ==, M_PSYCHOLOGY);
  g_assert_cmpint (pre_activity_get_territory_id (read), ==, T_DIJON);
  g_assert_cmpstr (pre_activity_get_territory_name (read), ==, "Dijon");
  g_assert_cmpint (pre_activity_get_mission_kind (read), ==, PRE_MISSION_PSYCHOLOGY);
  g_assert_cmpstr (pre_activity_get_date (read), ==, "2025-03-11");
  g_assert_cmpint (pre_activity_get_status (read), ==, PRE_ACTIVITY_HELD);
  g_assert_cmpint (pre_activity_get_cost (read), ==, 6000);
  g_assert_cmpstr (pre_activity_get_title (read), ==, "Séance");
  g_assert_cmpstr (pre_activity_get_provider (read), ==, "Cabinet Rivière");
  g_assert_cmpint (pre_activity_get_participants (read), ==, 1);
  g_assert_cmpint (pre_activity_get_duration_minutes (read), ==, 45);
  g_assert_cmpstr (pre_activity_get_youth_code (read), ==, "DIJ-0042");
  g_assert_cmpstr (pre_activity_get_topic (read), ==, "Anxiété scolaire");
  g_assert_cmpstr (pre_activity_get_notes (read), ==, "Première séance");
  g_assert_true (pre_activity_has_partner (read, P_CCAS_DIJON));
  g_assert_true (pre_activity_has_partner (read, P_CCAS_LONGVIC));
  g_assert_false (pre_activity_has_partner (read, P_METROPOLE));

  /* A training on all territories, with participation lines; unknown counts. */
  {
    g_autoptr(PreActivity) training = new_session (M_TRAINING, 0, "2025-05-20",
                                                   PRE_ACTIVITY_HELD, 120000);
    g_autoptr(PreActivity) back = NULL;
    guint n_parts;

    pre_activity_set_participation (training, T_DIJON, 6);
    pre_activity_set_participation (training, T_CHENOVE, 3);
    pre_activity_set_participation (training, T_LONGVIC, 2);
    pre_activity_set_participation (training, T_LONGVIC, -1);
    g_assert_cmpint (pre_activity_get_participation_total (training), ==, 9);
    g_assert_true (pre_store_save_activity (f.store, training, &error));
    g_assert_no_error (error);

    back = pre_store_get_activity (f.store, pre_activity_get_id (training), &error);
    g_assert_no_error (error);
    g_assert_cmpint (pre_activity_get_territory_id (back), ==, 0);
    g_assert_cmpstr (pre_activity_get_territory_name (back), ==, "");
    g_assert_cmpint (pre_activity_get_participants (back), ==, -1);
    g_assert_cmpint (pre_activity_get_duration_minutes (back), ==, -1);
    pre_activity_get_participation_territories (back, &n_parts);
    g_assert_cmpuint (n_parts, ==, 2);
    g_assert_cmpint (pre_activity_get_participation (back, T_DIJON), ==, 6);
    g_assert_cmpint (pre_activity_get_participation (back, T_CHENOVE), ==, 3);
    g_assert_cmpint (pre_activity_get_participation (back, T_LONGVIC), ==, -1);
    g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity WHERE territory_id IS NULL"),
                     ==, 1);
  }

  /* Update: fewer partners, another status and cost. */
  {
    const gint64 one[] = { P_METROPOLE };

    pre_activity_set_partner_ids (read, one, 1);
    pre_activity_set_status (read, PRE_ACTIVITY_MISSED);
    pre_activity_set_cost (read, 4500);
    g_assert_true (pre_store_save_activity (f.store, read, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 2);
    g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity_partner"), ==, 1);
    g_assert_cmpint (query_int64 (f.store, "SELECT cost FROM activity WHERE status = 'missed'"),
                     ==, 4500);
  }

  /* Delete, undo, delete. */
  g_assert_true (pre_store_delete_activity (f.store, pre_activity_get_id (read), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 1);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity_partner"), ==, 0);
  {
    gint64 id = pre_activity_get_id (read);
    g_autoptr(PreActivity) back = NULL;

    g_assert_true (pre_store_restore_activity (f.store, read, &error));
    g_assert_no_error (error);
    g_assert_cmpint (pre_activity_get_id (read), ==, id);
    back = pre_store_get_activity (f.store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (pre_activity_get_cost (back), ==, 4500);
    g_assert_true (pre_activity_has_partner (back, P_METROPOLE));
    /* Restoring twice is refused by the database. */
    g_assert_false (pre_store_restore_activity (f.store, read, &error));
    g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 2);
  }
  g_assert_true (pre_store_delete_activity (f.store, pre_activity_get_id (read), &error));
  g_assert_no_error (error);
  g_assert_false (pre_store_delete_activity (f.store, pre_activity_get_id (read), &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (pre_store_get_activity (f.store, pre_activity_get_id (read), &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&activity);
  g_clear_object (&read);
  fixture_close (&f);
}

/* Validation: each refusal names its field and leaves the file as it was. */

static void
expect_refused (PreStore           *store,
                PreActivity        *activity,
                PreValidationError  code,
                const char         *field,
                const char         *message_part)
{
  g_autoptr(GError) error = NULL;
  gint64 before = query_int64 (store, "SELECT count(*) FROM activity");

  /* The form's check says the same as the save. */
  g_assert_false (pre_store_check_activity (store, activity, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, (int) code);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, field);
  g_clear_error (&error);

  g_assert_false (pre_store_save_activity (store, activity, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, (int) code);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, field);
  g_test_message ("%s", error->message);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM activity"), ==, before);
  g_assert_cmpint (pre_activity_get_id (activity), ==, 0);
}

static void
test_validation (void)
{
  Fixture f = { 0 };

  fixture_open (&f);

  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "", PRE_ACTIVITY_HELD, 0);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_REQUIRED, "date", "date");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "2025-02-30",
                                            PRE_ACTIVITY_HELD, 0);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_INVALID, "date", "2025-02-30");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "2027-01-05",
                                            PRE_ACTIVITY_PLANNED, 0);
    g_autoptr(GError) error = NULL;

    expect_refused (f.store, a, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "date", "2024–2026");
    pre_store_save_activity (f.store, a, &error);
    g_assert_cmpstr (error->message, ==,
                     "The date 2027-01-05 is outside the convention’s years (2024–2026).");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "2023-12-31",
                                            PRE_ACTIVITY_HELD, 0);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "date", "2023-12-31");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "2025-02-03",
                                            PRE_ACTIVITY_HELD, -1);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "cost", "cost");
  }
  {
    g_autoptr(PreActivity) a = new_session (0, T_DIJON, "2025-02-03", PRE_ACTIVITY_HELD, 0);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_REQUIRED, "mission-id", "mission");
  }
  {
    g_autoptr(PreActivity) a = new_session (99, T_DIJON, "2025-02-03", PRE_ACTIVITY_HELD, 0);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_INVALID, "mission-id", "mission");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, 77, "2025-02-03",
                                            PRE_ACTIVITY_HELD, 0);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_INVALID, "territory-id", "territory");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_COORDINATION, T_DIJON, "2025-02-03",
                                            PRE_ACTIVITY_HELD, 0);
    pre_activity_set_youth_code (a, "DIJ-0042");
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_INVALID, "youth-code",
                    "psychological support");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "2025-02-03",
                                            PRE_ACTIVITY_HELD, 0);
    pre_activity_set_youth_code (a, "Lucas-Dupont");
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_INVALID, "youth-code", "never a name");
  }
  {
    g_autoptr(PreActivity) a = new_session (M_COORDINATION, 0, "2025-02-03",
                                            PRE_ACTIVITY_HELD, 0);
    const gint64 partners[] = { P_METROPOLE, 42 };

    pre_activity_set_partner_ids (a, partners, 2);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_INVALID, "partner-ids", "partners");
    g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity_partner"), ==, 0);
  }
  {
    g_autoptr(PreActivity) a = new_session (M_PSYCHOLOGY, T_DIJON, "2025-02-03",
                                            PRE_ACTIVITY_HELD, 0);
    pre_activity_set_participants (a, -5);
    expect_refused (f.store, a, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "participants", NULL);
  }

  fixture_close (&f);
}

/* Duplicate and plan a series */

static void
test_duplicate (void)
{
  Fixture f = { 0 };
  g_autoptr(PreActivity) activity = NULL;
  g_autoptr(PreActivity) copy = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 partners[] = { P_CCAS_DIJON, P_CCAS_CHENOVE };

  fixture_open (&f);
  activity = new_session (M_COORDINATION, 0, "2025-03-04", PRE_ACTIVITY_HELD, 15000);
  pre_activity_set_title (activity, "Réunion des coordinateurs");
  pre_activity_set_partner_ids (activity, partners, 2);
  g_assert_true (pre_store_save_activity (f.store, activity, &error));
  g_assert_no_error (error);

  copy = pre_store_duplicate_activity (f.store, pre_activity_get_id (activity), "2025-04-01",
                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpint (pre_activity_get_id (copy), !=, pre_activity_get_id (activity));
  g_assert_cmpstr (pre_activity_get_date (copy), ==, "2025-04-01");
  g_assert_cmpint (pre_activity_get_status (copy), ==, PRE_ACTIVITY_PLANNED);
  g_assert_cmpint (pre_activity_get_cost (copy), ==, 15000);
  g_assert_cmpstr (pre_activity_get_title (copy), ==, "Réunion des coordinateurs");
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity_partner"), ==, 4);

  /* Outside the convention: refused, nothing written. */
  g_assert_null (pre_store_duplicate_activity (f.store, pre_activity_get_id (activity),
                                               "2027-03-02", &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 2);

  fixture_close (&f);
}

static void
test_series (void)
{
  Fixture f = { 0 };
  g_autoptr(PreActivity) template = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;
  guint n_changed = 0;

  fixture_open (&f);
  g_signal_connect (f.store, "changed::activity", G_CALLBACK (count_changed_cb), &n_changed);
  template = new_session (M_TRAINING, 0, "", PRE_ACTIVITY_HELD, 30000);
  pre_activity_set_title (template, "Analyse de la pratique");

  /* Every second Tuesday from September to June: 2 September 2025 (the first
   * Tuesday) to 30 June 2026: 22 sessions, the last on 23 June. */
  g_assert_true (pre_store_plan_series (f.store, template, "2025-09-01", "2026-06-30", 2,
                                        G_DATE_TUESDAY, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 22);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 22);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity WHERE status = 'planned'"
                                         " AND strftime ('%w', date) = '2'"), ==, 22);
  g_assert_cmpint (query_int64 (f.store, "SELECT min (date) = '2025-09-02' AND max (date) = '2026-06-23'"
                                         " FROM activity"), ==, 1);
  g_assert_cmpint (query_int64 (f.store, "SELECT sum (cost) FROM activity"), ==, 22 * 30000);

  /* A series running past the convention is refused as a whole. */
  g_assert_false (pre_store_plan_series (f.store, template, "2026-09-01", "2027-02-01", 1,
                                         G_DATE_TUESDAY, &n, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "2027-01-05"));
  g_clear_error (&error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM activity"), ==, 22);

  /* The preview gives the same dates. */
  {
    g_auto(GStrv) dates = pre_activity_series_dates ("2025-09-01", "2026-06-30", 2,
                                                     G_DATE_TUESDAY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (dates), ==, 22);
    g_assert_cmpstr (dates[0], ==, "2025-09-02");
    g_assert_cmpstr (dates[1], ==, "2025-09-16");
    g_assert_cmpstr (dates[21], ==, "2026-06-23");
  }
  {
    g_auto(GStrv) dates = pre_activity_series_dates ("2025-09-03", "2025-09-08", 1,
                                                     G_DATE_TUESDAY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (dates), ==, 0);
  }
  g_assert_null (pre_activity_series_dates ("2025-09-01", "2026-06-30", 0, G_DATE_TUESDAY,
                                            &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "every-n-weeks");
  g_clear_error (&error);

  /* Backwards. */
  g_assert_false (pre_store_plan_series (f.store, template, "2026-06-01", "2026-05-01", 1,
                                         G_DATE_MONDAY, &n, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "until");
  g_clear_error (&error);

  fixture_close (&f);
}

/* Expenses */

static void
test_expense (void)
{
  Fixture f = { 0 };
  g_autoptr(PreExpense) expense = pre_expense_new ();
  g_autoptr(PreExpense) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  fixture_open (&f);

  g_assert_false (pre_store_save_expense (f.store, expense, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "mission-id");
  g_clear_error (&error);

  pre_expense_set_mission_id (expense, M_PROJECT);
  pre_expense_set_territory_id (expense, T_LONGVIC);
  pre_expense_set_date (expense, "2025-04-01");
  pre_expense_set_amount (expense, -100);
  g_assert_false (pre_store_save_expense (f.store, expense, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "amount");
  g_clear_error (&error);

  pre_expense_set_amount (expense, 85000);
  pre_expense_set_payee (expense, "Association Les Petits Débrouillards");
  pre_expense_set_reference (expense, "FAC-2025-014");
  pre_expense_set_description (expense, "Ateliers parents-enfants");
  pre_expense_set_date (expense, "2028-04-01");
  g_assert_false (pre_store_check_expense (f.store, expense, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (pre_store_save_expense (f.store, expense, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "date");
  g_clear_error (&error);

  pre_expense_set_date (expense, "2025-04-01");
  g_assert_true (pre_store_save_expense (f.store, expense, &error));
  g_assert_no_error (error);

  read = pre_store_get_expense (f.store, pre_expense_get_id (expense), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pre_expense_get_amount (read), ==, 85000);
  g_assert_cmpstr (pre_expense_get_territory_name (read), ==, "Longvic");
  g_assert_cmpint (pre_expense_get_mission_kind (read), ==, PRE_MISSION_PROJECT);
  g_assert_cmpstr (pre_expense_get_reference (read), ==, "FAC-2025-014");
  g_assert_cmpint (pre_expense_get_year (read), ==, 2025);

  pre_expense_set_amount (read, 90000);
  g_assert_true (pre_store_save_expense (f.store, read, &error));
  g_assert_no_error (error);
  list = pre_store_list_expenses (f.store, M_PROJECT, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = pre_store_list_expenses (f.store, M_PROJECT, 2024, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  g_assert_true (pre_store_delete_expense (f.store, pre_expense_get_id (read), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (f.store, "SELECT count(*) FROM expense"), ==, 0);
  g_assert_true (pre_store_restore_expense (f.store, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (f.store, "SELECT sum (amount) FROM expense"), ==, 90000);

  g_clear_object (&expense);
  g_clear_object (&read);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/activity/youth-code/table", test_youth_code_table);
  g_test_add_func ("/activity/save/roundtrip", test_save_roundtrip);
  g_test_add_func ("/activity/save/validation", test_validation);
  g_test_add_func ("/activity/duplicate", test_duplicate);
  g_test_add_func ("/activity/series", test_series);
  g_test_add_func ("/expense/crud", test_expense);

  return g_test_run ();
}
