/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-convention.h"
#include "pre-funding-share.h"
#include "pre-mission.h"
#include "pre-partner.h"
#include "pre-setup.h"
#include "pre-store-private.h"
#include "pre-territory.h"

/* The first-run setup: described in memory, checked, then written in one
 * transaction or not at all. */

typedef struct
{
  char     *dir;
  PreStore *store;
} Fixture;

static const char * const tables[] = {
  "territory", "partner", "convention", "convention_party", "mission", "funding_share",
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("pre-setup-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "pre.db", NULL);
  f->store = pre_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(PreStmt) stmt = pre_store_prepare (f->store, sql, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (stmt);
  g_assert_true (pre_store_step_row (f->store, stmt, &error));
  return sqlite3_column_int64 (stmt, 0);
}

/* The reference case: Dijon Métropole, four CCAS and a town, 2024–2026. */
static PreSetup *
build_reference_setup (void)
{
  PreSetup *setup = pre_setup_new ();
  guint ccas_dijon;

  setup->title = g_strdup ("Convention pluriannuelle d'objectifs PRE");
  setup->reference = g_strdup ("CPO-2024-PRE");
  setup->first_year = 2024;
  setup->last_year = 2026;
  setup->annual_cost = 2000000;
  setup->mission_budgets[PRE_MISSION_COORDINATION] = 500000;
  setup->mission_budgets[PRE_MISSION_PSYCHOLOGY] = 800000;
  setup->mission_budgets[PRE_MISSION_PROJECT] = 400000;
  setup->mission_budgets[PRE_MISSION_TRAINING] = 300000;

  g_assert_cmpuint (pre_setup_add_partner (setup, "Dijon Métropole", PRE_PARTNER_METROPOLE, NULL), ==, 0);
  ccas_dijon = pre_setup_add_partner (setup, "CCAS de Dijon", PRE_PARTNER_CCAS, "Dijon");
  pre_setup_add_partner (setup, "CCAS de Chenôve", PRE_PARTNER_CCAS, "Chenôve");
  pre_setup_add_partner (setup, "CCAS de Longvic", PRE_PARTNER_CCAS, "Longvic");
  pre_setup_add_partner (setup, "CCAS de Talant", PRE_PARTNER_CCAS, "Talant");
  pre_setup_add_partner (setup, "Ville de Quetigny", PRE_PARTNER_COMMUNE, "Quetigny");

  for (int year = 2024; year <= 2026; year++)
    {
      pre_setup_set_share (setup, 0, year, 1250000);
      pre_setup_set_share (setup, ccas_dijon, year, 482000);
      for (guint i = 2; i < 6; i++)
        pre_setup_set_share (setup, i, year, 67000);
    }
  return setup;
}

static void
count_changed_cb (PreStore   *store,
                  const char *table,
                  guint      *n_changed)
{
  (*n_changed)++;
}

static void
assert_nothing_written (Fixture *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("table %s", tables[i]);
      g_assert_cmpint (count_rows (f, tables[i]), ==, 0);
    }
}

static void
test_confirm_writes_all (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreSetup) setup = build_reference_setup ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autoptr(GListModel) missions = NULL;
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(PreMission) psychology = NULL;
  gint64 id = 0, total = 0, budget = 0;

  g_assert_true (pre_store_create_convention_setup (f->store, setup, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  g_assert_cmpint (count_rows (f, "territory"), ==, 5);
  g_assert_cmpint (count_rows (f, "partner"), ==, 6);
  g_assert_cmpint (count_rows (f, "convention"), ==, 1);
  g_assert_cmpint (count_rows (f, "mission"), ==, 4);
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 18);

  convention = pre_store_get_current_convention (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_convention_get_title (convention), ==, "Convention pluriannuelle d'objectifs PRE");
  g_assert_cmpstr (pre_convention_get_reference (convention), ==, "CPO-2024-PRE");
  g_assert_cmpstr (pre_convention_get_coordinator_name (convention), ==, "Dijon Métropole");
  g_assert_cmpint (pre_convention_get_annual_cost (convention), ==, 2000000);
  g_assert_cmpint (pre_convention_get_n_years (convention), ==, 3);

  parties = pre_store_list_convention_parties (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 6);

  missions = pre_store_list_missions (f->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (missions), ==, 4);
  psychology = pre_store_get_mission_by_kind (f->store, id, PRE_MISSION_PSYCHOLOGY, &error);
  g_assert_no_error (error);
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (psychology), 2025, &budget, &error));
  g_assert_cmpint (budget, ==, 800000);

  g_assert_true (pre_store_get_funding_share_total (f->store, id, 2025, &total, &error));
  g_assert_cmpint (total, ==, 1250000 + 482000 + 4 * 67000);

  shares = pre_store_list_funding_shares (f->store, id, 2026, &error);
  g_assert_cmpuint (g_list_model_get_n_items (shares), ==, 6);
  {
    g_autoptr(PreFundingShare) first = g_list_model_get_item (shares, 0);
    g_assert_cmpstr (pre_funding_share_get_partner_name (first), ==, "Dijon Métropole");
    g_assert_cmpint (pre_funding_share_get_amount (first), ==, 1250000);
  }
}

/* A commune already recorded is reused, not duplicated. */
static void
test_existing_territory (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreTerritory) dijon = pre_territory_new ();
  g_autoptr(PreSetup) setup = build_reference_setup ();
  g_autoptr(GError) error = NULL;

  pre_territory_set_name (dijon, "DIJON");
  g_assert_true (pre_store_save_territory (f->store, dijon, &error));
  g_assert_true (pre_store_create_convention_setup (f->store, setup, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "territory"), ==, 5);
}

/* Cancelling is never calling the write: an invalid setup writes nothing. */
static void
test_invalid_writes_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PreSetup) setup = build_reference_setup ();
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&setup->title, g_free);
  g_assert_false (pre_setup_validate_convention (setup, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "title");
  g_clear_error (&error);

  g_assert_false (pre_store_create_convention_setup (f->store, setup, NULL, &error));
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "title");
  assert_nothing_written (f);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PreSetup) setup = build_reference_setup ();
  g_autoptr(GError) error = NULL;
  guint twin;

  twin = pre_setup_add_partner (setup, "ccas de dijon", PRE_PARTNER_CCAS, NULL);
  g_assert_false (pre_setup_validate_partner (setup, twin, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, "There is already a partner named “ccas de dijon”.");
  g_clear_error (&error);
  g_ptr_array_remove_index (setup->partners, twin);

  pre_setup_set_share (setup, 1, 2027, 1000);
  g_assert_false (pre_setup_validate (setup, &error));
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "year");
  g_assert_cmpstr (error->message, ==, "The funding share of 2027 is outside the convention’s years (2024–2026).");
  g_clear_error (&error);
  pre_setup_set_share (setup, 1, 2027, -1);
  g_assert_cmpint (pre_setup_get_share (setup, 1, 2027), ==, -1);

  setup->last_year = 2023;
  g_assert_false (pre_setup_validate (setup, &error));
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "last-year");
  g_clear_error (&error);
  setup->last_year = 2026;

  ((PreSetupPartner *)g_ptr_array_index (setup->partners, 0))->kind = PRE_PARTNER_CCAS;
  g_assert_false (pre_setup_validate (setup, &error));
  g_assert_cmpstr (pre_validation_error_get_field (error), ==, "coordinator-id");
  g_clear_error (&error);

  assert_nothing_written (f);
}

/* The disk fills up at the very last insert: everything goes back. */
static void
test_failure_rolls_back (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreSetup) setup = build_reference_setup ();
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  gulong changed;

  g_assert_true (pre_store_exec (f->store,
                                 "CREATE TEMP TRIGGER fail_last_share BEFORE INSERT ON main.funding_share "
                                 "WHEN (SELECT count(*) FROM main.funding_share) = 17 "
                                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
                                 &error));
  g_assert_no_error (error);

  changed = g_signal_connect (f->store, "changed", G_CALLBACK (count_changed_cb), &n_changed);
  g_assert_false (pre_store_create_convention_setup (f->store, setup, NULL, &error));
  g_assert_nonnull (error);
  g_signal_handler_disconnect (f->store, changed);
  g_assert_cmpuint (n_changed, ==, 0);

  assert_nothing_written (f);
  g_assert_true (pre_store_exec (f->store, "DROP TRIGGER temp.fail_last_share", NULL));

  /* The same setup, once the disk has room, goes in whole. */
  g_clear_error (&error);
  g_assert_true (pre_store_create_convention_setup (f->store, setup, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 18);
}

/* The four budgets of one year, in one go. */
static void
test_mission_budgets (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PreSetup) setup = build_reference_setup ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreMission) training = NULL;
  const gint64 budgets[] = { 600000, 900000, -1, 250000 };
  gint64 id = 0, budget = 0;

  g_assert_true (pre_store_create_convention_setup (f->store, setup, &id, &error));
  g_assert_true (pre_store_set_mission_budgets (f->store, id, 2025, budgets, &error));
  g_assert_no_error (error);

  training = pre_store_get_mission_by_kind (f->store, id, PRE_MISSION_TRAINING, &error);
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (training), 2025, &budget, &error));
  g_assert_cmpint (budget, ==, 250000);
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (training), 2024, &budget, &error));
  g_assert_cmpint (budget, ==, 300000);
  {
    g_autoptr(PreMission) project = pre_store_get_mission_by_kind (f->store, id, PRE_MISSION_PROJECT, &error);
    g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (project), 2025, &budget, &error));
    g_assert_cmpint (budget, ==, 400000);
  }

  /* A year outside the convention: nothing changes. */
  g_assert_false (pre_store_set_mission_budgets (f->store, id, 2030, budgets, &error));
  g_assert_nonnull (error);
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (training), 2025, &budget, NULL));
  g_assert_cmpint (budget, ==, 250000);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/setup/confirm/writes-all", Fixture, NULL, fixture_set_up, test_confirm_writes_all, fixture_tear_down);
  g_test_add ("/setup/confirm/existing-territory", Fixture, NULL, fixture_set_up, test_existing_territory, fixture_tear_down);
  g_test_add ("/setup/invalid/writes-nothing", Fixture, NULL, fixture_set_up, test_invalid_writes_nothing, fixture_tear_down);
  g_test_add ("/setup/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/setup/mission-budgets", Fixture, NULL, fixture_set_up, test_mission_budgets, fixture_tear_down);
  g_test_add ("/setup/failure/rolls-back", Fixture, NULL, fixture_set_up, test_failure_rolls_back, fixture_tear_down);

  return g_test_run ();
}
