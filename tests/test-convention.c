/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-amendment.h"
#include "pre-convention.h"
#include "pre-funding-share.h"
#include "pre-mission.h"
#include "pre-neighbourhood.h"
#include "pre-partner.h"
#include "pre-payment.h"
#include "pre-receipt.h"
#include "pre-store-private.h"
#include "pre-territory.h"

typedef struct
{
  char     *dir;
  PreStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("pre-convention-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "pre.db", NULL);
  f->store = pre_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
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

/* Helpers */

#define assert_validation(err, code, field, text) \
  G_STMT_START { \
    g_assert_error ((err), PRE_VALIDATION_ERROR, (code)); \
    g_assert_cmpstr ((err)->message, ==, (text)); \
    g_assert_cmpstr (pre_validation_error_get_field (err), ==, (field)); \
  } G_STMT_END

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(PreStmt) stmt = pre_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_true (pre_store_step_row (f->store, stmt, NULL));
  return sqlite3_column_int64 (stmt, 0);
}

static gint64
add_territory (Fixture    *f,
               const char *name)
{
  g_autoptr(PreTerritory) territory = pre_territory_new ();
  g_autoptr(GError) error = NULL;

  pre_territory_set_name (territory, name);
  g_assert_true (pre_store_save_territory (f->store, territory, &error));
  g_assert_no_error (error);
  return pre_territory_get_id (territory);
}

static gint64
add_partner (Fixture        *f,
             const char     *name,
             PrePartnerKind  kind,
             gint64          territory_id)
{
  g_autoptr(PrePartner) partner = pre_partner_new ();
  g_autoptr(GError) error = NULL;

  pre_partner_set_name (partner, name);
  pre_partner_set_kind (partner, kind);
  pre_partner_set_territory_id (partner, territory_id);
  g_assert_true (pre_store_save_partner (f->store, partner, &error));
  g_assert_no_error (error);
  return pre_partner_get_id (partner);
}

static gint64
add_convention (Fixture    *f,
                const char *title,
                int         first_year,
                int         last_year,
                gint64      coordinator_id)
{
  g_autoptr(PreConvention) convention = pre_convention_new ();
  g_autoptr(GError) error = NULL;

  pre_convention_set_title (convention, title);
  pre_convention_set_first_year (convention, first_year);
  pre_convention_set_last_year (convention, last_year);
  pre_convention_set_coordinator_id (convention, coordinator_id);
  pre_convention_set_annual_cost (convention, 2000000);
  g_assert_true (pre_store_save_convention (f->store, convention, &error));
  g_assert_no_error (error);
  return pre_convention_get_id (convention);
}

static gint64
add_mission (Fixture        *f,
             gint64          convention_id,
             PreMissionKind  kind)
{
  g_autoptr(PreMission) mission = pre_mission_new ();
  g_autoptr(GError) error = NULL;

  pre_mission_set_convention_id (mission, convention_id);
  pre_mission_set_kind (mission, kind);
  g_assert_true (pre_store_save_mission (f->store, mission, &error));
  g_assert_no_error (error);
  return pre_mission_get_id (mission);
}

static gint64
add_payment (Fixture *f,
             gint64   convention_id,
             gint64   partner_id,
             int      year,
             gint64   call_amount)
{
  g_autoptr(PrePayment) payment = pre_payment_new ();
  g_autoptr(GError) error = NULL;

  pre_payment_set_convention_id (payment, convention_id);
  pre_payment_set_partner_id (payment, partner_id);
  pre_payment_set_year (payment, year);
  pre_payment_set_call_amount (payment, call_amount);
  g_assert_true (pre_store_save_payment (f->store, payment, &error));
  g_assert_no_error (error);
  return pre_payment_get_id (payment);
}

/* Sessions and expenses belong to another module: raw rows. */
static void
add_session_row (Fixture    *f,
                 gint64      mission_id,
                 gint64      territory_id,
                 const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt =
    pre_store_prepare (f->store,
                       "INSERT INTO activity (mission_id, territory_id, date, status)"
                       " VALUES (?1, ?2, ?3, 'held')",
                       &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, mission_id);
  pre_bind_id (stmt, 2, territory_id);
  pre_bind_text (stmt, 3, date);
  g_assert_true (pre_store_step_done (f->store, stmt, &error));
  g_assert_no_error (error);
}

static void
add_expense_row (Fixture    *f,
                 gint64      mission_id,
                 gint64      territory_id,
                 const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt =
    pre_store_prepare (f->store,
                       "INSERT INTO expense (mission_id, territory_id, date, amount)"
                       " VALUES (?1, ?2, ?3, 10000)",
                       &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, mission_id);
  pre_bind_id (stmt, 2, territory_id);
  pre_bind_text (stmt, 3, date);
  g_assert_true (pre_store_step_done (f->store, stmt, &error));
  g_assert_no_error (error);
}

/* A métropole coordinating a 2024–2026 convention. */
static gint64
add_reference_convention (Fixture *f,
                          gint64  *metropole_id)
{
  gint64 metropole = add_partner (f, "Dijon Métropole", PRE_PARTNER_METROPOLE, 0);

  if (metropole_id != NULL)
    *metropole_id = metropole;
  return add_convention (f, "CPO PRE 2024–2026", 2024, 2026, metropole);
}

/* Territories */

static void
test_territory_crud (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PreTerritory) territory = pre_territory_new ();
  g_autoptr(PreTerritory) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_cmpint (pre_territory_get_id (territory), ==, 0);
  pre_territory_set_name (territory, "  Chenôve ");
  pre_territory_set_insee_code (territory, "21166");
  g_assert_true (pre_store_save_territory (f->store, territory, &error));
  g_assert_no_error (error);
  id = pre_territory_get_id (territory);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (pre_territory_get_name (territory), ==, "Chenôve");

  read = pre_store_get_territory (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_territory_get_name (read), ==, "Chenôve");
  g_assert_cmpstr (pre_territory_get_insee_code (read), ==, "21166");
  g_assert_false (pre_territory_get_archived (read));

  pre_territory_set_name (read, "Chenove");
  g_assert_true (pre_store_save_territory (f->store, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pre_territory_get_id (read), ==, id);
  g_assert_cmpint (count_rows (f, "territory"), ==, 1);

  add_territory (f, "Dijon");
  add_territory (f, "Talant");
  list = pre_store_list_territories (f->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(PreTerritory) first = g_list_model_get_item (list, 0);
    g_autoptr(PreTerritory) last = g_list_model_get_item (list, 2);
    g_assert_cmpstr (pre_territory_get_name (first), ==, "Chenove");
    g_assert_cmpstr (pre_territory_get_name (last), ==, "Talant");
  }

  g_assert_true (pre_store_delete_territory (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (pre_store_get_territory (f->store, id, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pre_store_delete_territory (f->store, id, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
}

static void
test_territory_validate (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreTerritory) territory = pre_territory_new ();
  g_autoptr(GError) error = NULL;

  pre_territory_set_name (territory, "   ");
  g_assert_false (pre_store_save_territory (f->store, territory, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                     "The name of the territory cannot be empty.");
  g_assert_cmpint (pre_territory_get_id (territory), ==, 0);
  g_assert_cmpint (count_rows (f, "territory"), ==, 0);
}

static void
test_territory_unique (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PreTerritory) territory = pre_territory_new ();
  g_autoptr(GError) error = NULL;

  add_territory (f, "Dijon");
  pre_territory_set_name (territory, "DIJON");
  g_assert_false (pre_store_save_territory (f->store, territory, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                     "A territory named “Dijon” already exists.");
  g_assert_cmpint (count_rows (f, "territory"), ==, 1);
}

static void
test_territory_in_use (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 metropole, convention, mission, chenove, ccas;

  convention = add_reference_convention (f, &metropole);
  mission = add_mission (f, convention, PRE_MISSION_PSYCHOLOGY);
  chenove = add_territory (f, "Chenôve");
  ccas = add_partner (f, "CCAS Chenôve", PRE_PARTNER_CCAS, chenove);
  add_session_row (f, mission, chenove, "2024-10-02");
  add_session_row (f, mission, chenove, "2024-11-06");
  add_payment (f, convention, ccas, 2024, 150000);

  g_assert_false (pre_store_delete_territory (f->store, chenove, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "Chenôve cannot be deleted: it has 1 partner, 2 sessions and 1 payment.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "territory"), ==, 1);

  /* Expenses and shares are counted too. */
  add_expense_row (f, mission, chenove, "2024-12-01");
  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, ccas, 2024, 100000,
                                                     &error));
  g_assert_no_error (error);
  g_assert_false (pre_store_delete_territory (f->store, chenove, &error));
  g_assert_cmpstr (error->message, ==,
                   "Chenôve cannot be deleted: it has 1 partner, 2 sessions, 1 expense, "
                   "1 funding share and 1 payment.");
  g_clear_error (&error);

  /* Archiving is the way out. */
  g_assert_true (pre_store_archive_territory (f->store, chenove, TRUE, &error));
  g_assert_no_error (error);
  list = pre_store_list_territories (f->store, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  list = pre_store_list_territories (f->store, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_false (pre_store_archive_territory (f->store, 9999, TRUE, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
}

/* A refused duplicate names the record as stored, not as typed. */
static void
test_duplicate_name_as_stored (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(PreTerritory) territory = pre_territory_new ();
  g_autoptr(PrePartner) partner = pre_partner_new ();
  g_autoptr(GError) error = NULL;

  add_territory (f, "Villeneuve");
  pre_territory_set_name (territory, "villeneuve");
  g_assert_false (pre_store_save_territory (f->store, territory, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                     "A territory named “Villeneuve” already exists.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "territory"), ==, 1);

  add_partner (f, "CCAS de Chenôve", PRE_PARTNER_CCAS, 0);
  pre_partner_set_name (partner, "ccas de CHENÔVE");
  g_assert_false (pre_store_save_partner (f->store, partner, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                     "A partner named “CCAS de Chenôve” already exists.");
  g_assert_cmpint (count_rows (f, "partner"), ==, 1);
}

static void
test_territory_single_use (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 convention, mission, talant;

  convention = add_reference_convention (f, NULL);
  mission = add_mission (f, convention, PRE_MISSION_TRAINING);
  talant = add_territory (f, "Talant");
  add_session_row (f, mission, talant, "2025-03-04");

  g_assert_false (pre_store_delete_territory (f->store, talant, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "Talant cannot be deleted: it has 1 session.");
}

/* Neighbourhoods */

static void
test_neighbourhood_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreNeighbourhood) neighbourhood = pre_neighbourhood_new ();
  g_autoptr(PreNeighbourhood) other = pre_neighbourhood_new ();
  g_autoptr(PreNeighbourhood) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dijon = add_territory (f, "Dijon");
  gint64 chenove = add_territory (f, "Chenôve");

  /* No territory. */
  pre_neighbourhood_set_name (neighbourhood, "Grésilles");
  g_assert_false (pre_store_save_neighbourhood (f->store, neighbourhood, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "territory-id",
                     "The neighbourhood needs a territory.");
  g_clear_error (&error);

  pre_neighbourhood_set_territory_id (neighbourhood, 9999);
  g_assert_false (pre_store_save_neighbourhood (f->store, neighbourhood, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "territory-id",
                     "The territory of the neighbourhood no longer exists.");
  g_clear_error (&error);

  pre_neighbourhood_set_territory_id (neighbourhood, dijon);
  pre_neighbourhood_set_code (neighbourhood, "QN02104M");
  g_assert_true (pre_store_save_neighbourhood (f->store, neighbourhood, &error));
  g_assert_no_error (error);

  pre_neighbourhood_set_territory_id (other, dijon);
  pre_neighbourhood_set_name (other, "Fontaine d'Ouche");
  g_assert_true (pre_store_save_neighbourhood (f->store, other, &error));
  g_assert_no_error (error);

  /* Same name in the same territory. */
  pre_neighbourhood_set_name (other, "Grésilles");
  g_assert_false (pre_store_save_neighbourhood (f->store, other, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                     "Dijon already has a neighbourhood named “Grésilles”.");
  g_clear_error (&error);

  /* Empty name. */
  pre_neighbourhood_set_name (other, "");
  g_assert_false (pre_neighbourhood_validate (other, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                     "The name of the neighbourhood cannot be empty.");
  g_clear_error (&error);

  read = pre_store_get_neighbourhood (f->store, pre_neighbourhood_get_id (neighbourhood), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_neighbourhood_get_code (read), ==, "QN02104M");
  g_assert_cmpint (pre_neighbourhood_get_territory_id (read), ==, dijon);

  list = pre_store_list_neighbourhoods (f->store, dijon, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PreTerritory) territory = pre_store_get_territory (f->store, dijon, &error);
    g_assert_cmpuint (pre_territory_get_n_neighbourhoods (territory), ==, 2);
  }
  g_clear_object (&list);
  list = pre_store_list_neighbourhoods (f->store, chenove, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  /* Deleting a territory takes its neighbourhoods. */
  g_assert_true (pre_store_delete_neighbourhood (f->store, pre_neighbourhood_get_id (other),
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "neighbourhood"), ==, 1);
  g_assert_true (pre_store_delete_territory (f->store, dijon, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "neighbourhood"), ==, 0);
}

/* Partners */

static void
test_partner_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PrePartner) partner = pre_partner_new ();
  g_autoptr(PrePartner) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 quetigny = add_territory (f, "Quetigny");
  gint64 id;

  pre_partner_set_name (partner, "Ville de Quetigny");
  pre_partner_set_kind (partner, PRE_PARTNER_COMMUNE);
  pre_partner_set_territory_id (partner, quetigny);
  g_assert_true (pre_store_save_partner (f->store, partner, &error));
  g_assert_no_error (error);
  id = pre_partner_get_id (partner);
  g_assert_cmpstr (pre_partner_get_territory_name (partner), ==, "Quetigny");

  read = pre_store_get_partner (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_partner_get_name (read), ==, "Ville de Quetigny");
  g_assert_cmpint (pre_partner_get_kind (read), ==, PRE_PARTNER_COMMUNE);
  g_assert_cmpint (pre_partner_get_territory_id (read), ==, quetigny);
  g_assert_cmpstr (pre_partner_get_territory_name (read), ==, "Quetigny");

  /* No territory. */
  pre_partner_set_territory_id (read, 0);
  g_assert_true (pre_store_save_partner (f->store, read, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pre_partner_get_territory_name (read), ==, "");
  g_clear_object (&read);
  read = pre_store_get_partner (f->store, id, &error);
  g_assert_cmpint (pre_partner_get_territory_id (read), ==, 0);

  /* Listed by kind: métropole, CCAS, town. */
  add_partner (f, "CCAS de Dijon", PRE_PARTNER_CCAS, 0);
  add_partner (f, "Dijon Métropole", PRE_PARTNER_METROPOLE, 0);
  add_partner (f, "CCAS de Chenôve", PRE_PARTNER_CCAS, 0);
  list = pre_store_list_partners (f->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  {
    const char *expected[] = { "Dijon Métropole", "CCAS de Chenôve", "CCAS de Dijon",
                               "Ville de Quetigny" };
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(PrePartner) item = g_list_model_get_item (list, i);
        g_assert_cmpstr (pre_partner_get_name (item), ==, expected[i]);
      }
  }

  g_assert_true (pre_store_delete_partner (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "partner"), ==, 3);
}

static void
test_partner_validate (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PrePartner) partner = pre_partner_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (pre_store_save_partner (f->store, partner, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                     "The name of the partner cannot be empty.");
  g_clear_error (&error);

  pre_partner_set_name (partner, "CCAS de Longvic");
  pre_partner_set_territory_id (partner, 4242);
  g_assert_false (pre_store_save_partner (f->store, partner, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "territory-id",
                     "The territory of the partner no longer exists.");
  g_clear_error (&error);

  pre_partner_set_territory_id (partner, 0);
  g_assert_true (pre_store_save_partner (f->store, partner, &error));
  g_assert_no_error (error);

  {
    g_autoptr(PrePartner) twin = pre_partner_new ();
    pre_partner_set_name (twin, "ccas de longvic");
    g_assert_false (pre_store_save_partner (f->store, twin, &error));
    assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                       "A partner named “CCAS de Longvic” already exists.");
  }
  g_assert_cmpint (count_rows (f, "partner"), ==, 1);
}

static void
test_partner_in_use (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention, ccas;
  gint64 parties[2];

  convention = add_reference_convention (f, &metropole);
  ccas = add_partner (f, "CCAS de Dijon", PRE_PARTNER_CCAS, 0);
  parties[0] = metropole;
  parties[1] = ccas;
  g_assert_true (pre_store_set_convention_parties (f->store, convention, parties, 2, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, ccas, 2024, 482000,
                                                     &error));
  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, ccas, 2025, 482000,
                                                     &error));
  g_assert_no_error (error);
  add_payment (f, convention, ccas, 2024, 482000);

  g_assert_false (pre_store_delete_partner (f->store, ccas, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "CCAS de Dijon cannot be deleted: it has 1 signed convention, "
                   "2 funding shares and 1 payment.");
  g_clear_error (&error);

  g_assert_false (pre_store_delete_partner (f->store, metropole, &error));
  g_assert_cmpstr (error->message, ==,
                   "Dijon Métropole cannot be deleted: it has 1 coordinated convention "
                   "and 1 signed convention.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "partner"), ==, 2);

  g_assert_true (pre_store_archive_partner (f->store, ccas, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) list = pre_store_list_partners (f->store, FALSE, &error);
    g_autoptr(PrePartner) read = pre_store_get_partner (f->store, ccas, &error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    g_assert_true (pre_partner_get_archived (read));
  }
}

/* Conventions */

static void
test_convention_crud (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PreConvention) convention = pre_convention_new ();
  g_autoptr(PreConvention) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *years = NULL;
  gint64 metropole = add_partner (f, "Dijon Métropole", PRE_PARTNER_METROPOLE, 0);
  gint64 id;

  pre_convention_set_title (convention, "Convention pluriannuelle d'objectifs PRE");
  pre_convention_set_reference (convention, "CPO-2024-PRE");
  pre_convention_set_first_year (convention, 2024);
  pre_convention_set_last_year (convention, 2026);
  pre_convention_set_coordinator_id (convention, metropole);
  pre_convention_set_annual_cost (convention, 2000000);
  pre_convention_set_is_example (convention, TRUE);
  g_assert_true (pre_store_save_convention (f->store, convention, &error));
  g_assert_no_error (error);
  id = pre_convention_get_id (convention);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (pre_convention_get_coordinator_name (convention), ==, "Dijon Métropole");

  read = pre_store_get_convention (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_convention_get_title (read), ==, "Convention pluriannuelle d'objectifs PRE");
  g_assert_cmpstr (pre_convention_get_reference (read), ==, "CPO-2024-PRE");
  g_assert_cmpint (pre_convention_get_first_year (read), ==, 2024);
  g_assert_cmpint (pre_convention_get_last_year (read), ==, 2026);
  g_assert_cmpint (pre_convention_get_annual_cost (read), ==, 2000000);
  g_assert_true (pre_convention_get_is_example (read));
  g_assert_cmpstr (pre_convention_get_coordinator_name (read), ==, "Dijon Métropole");
  g_assert_cmpint (pre_convention_get_n_years (read), ==, 3);
  years = pre_convention_dup_years_label (read);
  g_assert_cmpstr (years, ==, "2024–2026");
  g_assert_true (pre_convention_contains_year (read, 2024));
  g_assert_true (pre_convention_contains_year (read, 2026));
  g_assert_false (pre_convention_contains_year (read, 2023));
  g_assert_false (pre_convention_contains_year (read, 2027));

  pre_convention_set_last_year (read, 2027);
  g_assert_true (pre_store_save_convention (f->store, read, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = pre_store_get_convention (f->store, id, &error);
  g_assert_cmpint (pre_convention_get_last_year (read), ==, 2027);

  g_assert_true (pre_store_delete_convention (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "convention"), ==, 0);
  g_assert_null (pre_store_get_convention (f->store, id, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
}

static void
test_convention_validate (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PreConvention) convention = pre_convention_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (pre_store_save_convention (f->store, convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "title",
                     "The title of the convention cannot be empty.");
  g_clear_error (&error);

  pre_convention_set_title (convention, "CPO");
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "first-year",
                     "The first year of the convention is missing.");
  g_clear_error (&error);

  pre_convention_set_first_year (convention, 1999);
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "first-year",
                     "The first year (1999) must be between 2000 and 2100.");
  g_clear_error (&error);

  pre_convention_set_first_year (convention, 2024);
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "last-year",
                     "The last year of the convention is missing.");
  g_clear_error (&error);

  pre_convention_set_last_year (convention, 2023);
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "last-year",
                     "The last year (2023) is before the first year (2024).");
  g_clear_error (&error);

  pre_convention_set_last_year (convention, 2034);
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "last-year",
                     "A convention lasts at most 10 years; 2024–2034 is 11 years.");
  g_clear_error (&error);

  pre_convention_set_last_year (convention, 2033);
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "coordinator-id",
                     "The convention needs a coordinator.");
  g_clear_error (&error);

  pre_convention_set_coordinator_id (convention, 777);
  pre_convention_set_annual_cost (convention, -1);
  g_assert_false (pre_convention_validate (convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-cost",
                     "The annual cost cannot be negative.");
  g_clear_error (&error);

  pre_convention_set_annual_cost (convention, 0);
  g_assert_true (pre_convention_validate (convention, &error));
  g_assert_no_error (error);
  g_assert_false (pre_store_save_convention (f->store, convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "coordinator-id",
                     "The coordinator of the convention no longer exists.");
  g_assert_cmpint (pre_convention_get_id (convention), ==, 0);
  g_assert_cmpint (count_rows (f, "convention"), ==, 0);
}

static void
test_convention_current (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreConvention) current = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metropole = add_partner (f, "Dijon Métropole", PRE_PARTNER_METROPOLE, 0);
  gint64 latest;

  current = pre_store_get_current_convention (f->store, &error);
  g_assert_no_error (error);
  g_assert_null (current);

  add_convention (f, "CPO 2021–2023", 2021, 2023, metropole);
  latest = add_convention (f, "CPO 2024–2026", 2024, 2026, metropole);
  add_convention (f, "CPO 2022", 2022, 2022, metropole);

  current = pre_store_get_current_convention (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pre_convention_get_id (current), ==, latest);

  list = pre_store_list_conventions (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(PreConvention) first = g_list_model_get_item (list, 0);
    g_autoptr(PreConvention) last = g_list_model_get_item (list, 2);
    g_assert_cmpstr (pre_convention_get_title (first), ==, "CPO 2024–2026");
    g_assert_cmpstr (pre_convention_get_title (last), ==, "CPO 2022");
  }
}

static void
test_convention_cost (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 convention = add_reference_convention (f, NULL);
  gint64 cost = 0;

  g_assert_true (pre_store_get_convention_cost (f->store, convention, 2025, &cost, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cost, ==, 2000000);

  g_assert_true (pre_store_set_convention_cost (f->store, convention, 2025, 2150000, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_get_convention_cost (f->store, convention, 2025, &cost, &error));
  g_assert_cmpint (cost, ==, 2150000);
  g_assert_true (pre_store_get_convention_cost (f->store, convention, 2024, &cost, &error));
  g_assert_cmpint (cost, ==, 2000000);

  /* Changing it again updates the override. */
  g_assert_true (pre_store_set_convention_cost (f->store, convention, 2025, 1900000, &error));
  g_assert_true (pre_store_get_convention_cost (f->store, convention, 2025, &cost, &error));
  g_assert_cmpint (cost, ==, 1900000);
  g_assert_cmpint (count_rows (f, "convention_year"), ==, 1);

  /* -1 removes it. */
  g_assert_true (pre_store_set_convention_cost (f->store, convention, 2025, -1, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_get_convention_cost (f->store, convention, 2025, &cost, &error));
  g_assert_cmpint (cost, ==, 2000000);
  g_assert_cmpint (count_rows (f, "convention_year"), ==, 0);

  g_assert_false (pre_store_set_convention_cost (f->store, convention, 2027, 100, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                     "The year 2027 is outside the years of the convention (2024–2026).");
  g_clear_error (&error);
  g_assert_false (pre_store_get_convention_cost (f->store, convention, 2023, &cost, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                     "The year 2023 is outside the years of the convention (2024–2026).");
  g_clear_error (&error);
  g_assert_false (pre_store_set_convention_cost (f->store, convention, 2025, -5, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-cost",
                     "The cost for 2025 cannot be negative.");
  g_assert_cmpint (count_rows (f, "convention_year"), ==, 0);
}

static void
test_convention_parties (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention, dijon, chenove, quetigny;
  gint64 parties[4];

  convention = add_reference_convention (f, &metropole);
  dijon = add_partner (f, "CCAS de Dijon", PRE_PARTNER_CCAS, 0);
  chenove = add_partner (f, "CCAS de Chenôve", PRE_PARTNER_CCAS, 0);
  quetigny = add_partner (f, "Ville de Quetigny", PRE_PARTNER_COMMUNE, 0);

  parties[0] = quetigny;
  parties[1] = dijon;
  parties[2] = metropole;
  parties[3] = chenove;
  g_assert_true (pre_store_set_convention_parties (f->store, convention, parties, 4, &error));
  g_assert_no_error (error);
  list = pre_store_list_convention_parties (f->store, convention, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  {
    g_autoptr(PrePartner) first = g_list_model_get_item (list, 0);
    g_autoptr(PrePartner) last = g_list_model_get_item (list, 3);
    g_assert_cmpstr (pre_partner_get_name (first), ==, "Dijon Métropole");
    g_assert_cmpstr (pre_partner_get_name (last), ==, "Ville de Quetigny");
  }
  g_clear_object (&list);

  /* An unknown partner: refused, and the parties stay as they were. */
  parties[0] = metropole;
  parties[1] = 9999;
  g_assert_false (pre_store_set_convention_parties (f->store, convention, parties, 2, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "partner-id",
                     "One of the chosen partners no longer exists.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "convention_party"), ==, 4);

  /* Replaced. */
  g_assert_true (pre_store_set_convention_parties (f->store, convention, parties, 1, &error));
  g_assert_no_error (error);
  list = pre_store_list_convention_parties (f->store, convention, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_convention_years_kept (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metropole;
  gint64 id = add_reference_convention (f, &metropole);

  g_assert_true (pre_store_set_funding_share_amount (f->store, id, metropole, 2026, 1250000,
                                                     &error));
  g_assert_no_error (error);

  convention = pre_store_get_convention (f->store, id, &error);
  pre_convention_set_last_year (convention, 2025);
  g_assert_false (pre_store_save_convention (f->store, convention, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "last-year",
                     "The convention cannot cover only 2024–2025: funding shares, payments, "
                     "budgets or sessions are recorded for 2026.");
  g_clear_error (&error);

  g_clear_object (&convention);
  convention = pre_store_get_convention (f->store, id, &error);
  g_assert_cmpint (pre_convention_get_last_year (convention), ==, 2026);
}

static void
test_convention_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PreReceipt) receipt = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention, psychology, training, payment;

  convention = add_reference_convention (f, &metropole);
  psychology = add_mission (f, convention, PRE_MISSION_PSYCHOLOGY);
  training = add_mission (f, convention, PRE_MISSION_TRAINING);
  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, metropole, 2024,
                                                     1250000, &error));
  payment = add_payment (f, convention, metropole, 2024, 1250000);
  receipt = pre_store_add_receipt (f->store, payment, "2024-12-12", 1250000, &error);
  g_assert_nonnull (receipt);
  g_assert_true (pre_store_set_mission_budget (f->store, psychology, 2024, 500000, &error));
  g_assert_no_error (error);

  add_session_row (f, psychology, 0, "2024-10-02");
  add_session_row (f, psychology, 0, "2024-10-09");
  add_expense_row (f, training, 0, "2024-11-30");

  g_assert_false (pre_store_delete_convention (f->store, convention, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "The convention “CPO PRE 2024–2026” cannot be deleted: "
                   "it has 2 sessions and 1 expense.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "convention"), ==, 1);
  g_assert_cmpint (count_rows (f, "mission"), ==, 2);

  g_assert_true (pre_store_exec (f->store, "DELETE FROM activity; DELETE FROM expense", &error));
  g_assert_true (pre_store_delete_convention (f->store, convention, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "convention"), ==, 0);
  g_assert_cmpint (count_rows (f, "mission"), ==, 0);
  g_assert_cmpint (count_rows (f, "mission_year"), ==, 0);
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 0);
  g_assert_cmpint (count_rows (f, "payment"), ==, 0);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 0);
  g_assert_cmpint (count_rows (f, "partner"), ==, 1);
}

/* Amendments */

static void
test_amendment_crud (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PreAmendment) amendment = pre_amendment_new ();
  g_autoptr(PreAmendment) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 convention = add_reference_convention (f, NULL);

  g_assert_false (pre_store_save_amendment (f->store, amendment, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "convention-id",
                     "The amendment needs a convention.");
  g_clear_error (&error);

  pre_amendment_set_convention_id (amendment, convention);
  g_assert_false (pre_store_save_amendment (f->store, amendment, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                     "The date of the amendment cannot be empty.");
  g_clear_error (&error);

  pre_amendment_set_date (amendment, "2025-02-30");
  g_assert_false (pre_store_save_amendment (f->store, amendment, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "date",
                     "The date of the amendment “2025-02-30” is not a valid date.");
  g_clear_error (&error);

  pre_amendment_set_date (amendment, "2025-06-15");
  pre_amendment_set_number (amendment, "2");
  pre_amendment_set_description (amendment, "Training budget raised");
  g_assert_true (pre_store_save_amendment (f->store, amendment, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PreAmendment) first = pre_amendment_new ();
    pre_amendment_set_convention_id (first, convention);
    pre_amendment_set_date (first, "2025-01-10");
    pre_amendment_set_number (first, "1");
    g_assert_true (pre_store_save_amendment (f->store, first, &error));
  }

  read = pre_store_get_amendment (f->store, pre_amendment_get_id (amendment), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_amendment_get_description (read), ==, "Training budget raised");
  g_assert_cmpstr (pre_amendment_get_date (read), ==, "2025-06-15");

  list = pre_store_list_amendments (f->store, convention, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PreAmendment) first = g_list_model_get_item (list, 0);
    g_assert_cmpstr (pre_amendment_get_number (first), ==, "1");
  }

  g_assert_true (pre_store_delete_amendment (f->store, pre_amendment_get_id (read), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "amendment"), ==, 1);
}

/* Funding shares */

static void
test_share_crud (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PreFundingShare) share = pre_funding_share_new ();
  g_autoptr(PreFundingShare) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention, ccas, total = 0;

  convention = add_reference_convention (f, &metropole);
  ccas = add_partner (f, "CCAS de Dijon", PRE_PARTNER_CCAS, 0);

  pre_funding_share_set_convention_id (share, convention);
  pre_funding_share_set_partner_id (share, ccas);
  pre_funding_share_set_year (share, 2024);
  pre_funding_share_set_amount (share, 482000);
  g_assert_true (pre_store_save_funding_share (f->store, share, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pre_funding_share_get_partner_name (share), ==, "CCAS de Dijon");

  read = pre_store_get_funding_share (f->store, pre_funding_share_get_id (share), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pre_funding_share_get_amount (read), ==, 482000);
  g_assert_cmpint (pre_funding_share_get_partner_kind (read), ==, PRE_PARTNER_CCAS);

  pre_funding_share_set_amount (read, 500000);
  g_assert_true (pre_store_save_funding_share (f->store, read, &error));
  g_assert_no_error (error);

  for (int year = 2024; year <= 2026; year++)
    g_assert_true (pre_store_set_funding_share_amount (f->store, convention, metropole, year,
                                                       1250000, &error));
  g_assert_no_error (error);
  /* The upsert changes the existing row. */
  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, ccas, 2024, 482000,
                                                     &error));
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 4);

  list = pre_store_list_funding_shares (f->store, convention, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PreFundingShare) first = g_list_model_get_item (list, 0);
    g_autoptr(PreFundingShare) second = g_list_model_get_item (list, 1);
    g_assert_cmpstr (pre_funding_share_get_partner_name (first), ==, "Dijon Métropole");
    g_assert_cmpint (pre_funding_share_get_amount (second), ==, 482000);
  }
  g_clear_object (&list);
  list = pre_store_list_funding_shares (f->store, convention, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);

  g_assert_true (pre_store_get_funding_share_total (f->store, convention, 2024, &total, &error));
  g_assert_cmpint (total, ==, 1732000);
  g_assert_true (pre_store_get_funding_share_total (f->store, convention, 2025, &total, &error));
  g_assert_cmpint (total, ==, 1250000);

  g_assert_true (pre_store_delete_funding_share (f->store, pre_funding_share_get_id (read),
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 3);
}

static void
test_share_unique (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PreFundingShare) share = pre_funding_share_new ();
  g_autoptr(GError) error = NULL;
  gint64 convention, ccas;

  convention = add_reference_convention (f, NULL);
  ccas = add_partner (f, "CCAS de Talant", PRE_PARTNER_CCAS, 0);
  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, ccas, 2025, 100000,
                                                     &error));

  pre_funding_share_set_convention_id (share, convention);
  pre_funding_share_set_partner_id (share, ccas);
  pre_funding_share_set_year (share, 2025);
  pre_funding_share_set_amount (share, 200000);
  g_assert_false (pre_store_save_funding_share (f->store, share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "partner-id",
                     "CCAS de Talant already has a funding share for 2025.");
  g_assert_cmpint (pre_funding_share_get_id (share), ==, 0);
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 1);
}

static void
test_share_validate (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PreFundingShare) share = pre_funding_share_new ();
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention;

  convention = add_reference_convention (f, &metropole);

  g_assert_false (pre_store_save_funding_share (f->store, share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "convention-id",
                     "The funding share needs a convention.");
  g_clear_error (&error);
  pre_funding_share_set_convention_id (share, convention);
  g_assert_false (pre_funding_share_validate (share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "partner-id",
                     "The funding share needs a partner.");
  g_clear_error (&error);
  pre_funding_share_set_partner_id (share, metropole);
  g_assert_false (pre_funding_share_validate (share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "year",
                     "The funding share needs a year.");
  g_clear_error (&error);
  pre_funding_share_set_year (share, 2024);
  pre_funding_share_set_amount (share, -100);
  g_assert_false (pre_store_save_funding_share (f->store, share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "amount",
                     "The amount of the funding share cannot be negative.");
  g_clear_error (&error);

  /* Outside the convention's years. */
  pre_funding_share_set_amount (share, 100);
  pre_funding_share_set_year (share, 2027);
  g_assert_false (pre_store_save_funding_share (f->store, share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                     "The year 2027 is outside the years of the convention (2024–2026).");
  g_clear_error (&error);
  g_assert_false (pre_store_set_funding_share_amount (f->store, convention, metropole, 2023, 100,
                                                      &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                     "The year 2023 is outside the years of the convention (2024–2026).");
  g_clear_error (&error);

  /* Unknown partner. */
  pre_funding_share_set_year (share, 2024);
  pre_funding_share_set_partner_id (share, 5555);
  g_assert_false (pre_store_save_funding_share (f->store, share, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "partner-id",
                     "The partner of the funding share no longer exists.");
  g_assert_cmpint (count_rows (f, "funding_share"), ==, 0);
}

/* Payments and receipts */

static void
test_payment_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PrePayment) payment = pre_payment_new ();
  g_autoptr(PrePayment) read = NULL;
  g_autoptr(PreReceipt) receipt = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention, ccas, id;

  convention = add_reference_convention (f, &metropole);
  ccas = add_partner (f, "CCAS de Dijon", PRE_PARTNER_CCAS, 0);

  pre_payment_set_convention_id (payment, convention);
  pre_payment_set_partner_id (payment, ccas);
  pre_payment_set_year (payment, 2024);
  pre_payment_set_call_date (payment, "2024-10-15");
  pre_payment_set_call_reference (payment, "Titre n° 2024-1187");
  pre_payment_set_call_amount (payment, 482000);
  pre_payment_set_notes (payment, "Sent with the deliberation");
  g_assert_true (pre_store_save_payment (f->store, payment, &error));
  g_assert_no_error (error);
  id = pre_payment_get_id (payment);

  read = pre_store_get_payment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_payment_get_call_date (read), ==, "2024-10-15");
  g_assert_cmpstr (pre_payment_get_call_reference (read), ==, "Titre n° 2024-1187");
  g_assert_cmpint (pre_payment_get_call_amount (read), ==, 482000);
  g_assert_cmpstr (pre_payment_get_partner_name (read), ==, "CCAS de Dijon");
  g_assert_cmpint (pre_payment_get_received_amount (read), ==, 0);
  g_assert_cmpint (pre_payment_get_outstanding (read), ==, 482000);
  g_clear_object (&read);

  /* Receipts: two instalments, then more than called (allowed, flagged). */
  receipt = pre_store_add_receipt (f->store, id, "2024-12-20", 200000, &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);
  g_clear_object (&receipt);
  receipt = pre_store_add_receipt (f->store, id, "2024-11-30", 282000, &error);
  g_assert_no_error (error);
  read = pre_store_get_payment (f->store, id, &error);
  g_assert_cmpint (pre_payment_get_received_amount (read), ==, 482000);
  g_assert_cmpstr (pre_payment_get_last_receipt_date (read), ==, "2024-12-20");
  g_assert_false (pre_payment_received_exceeds_call (read));
  g_clear_object (&read);

  list = pre_store_list_receipts (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PreReceipt) first = g_list_model_get_item (list, 0);
    g_assert_cmpstr (pre_receipt_get_date (first), ==, "2024-11-30");
  }
  g_clear_object (&list);

  g_clear_object (&receipt);
  receipt = pre_store_add_receipt (f->store, id, "2025-01-05", 1000, &error);
  g_assert_no_error (error);
  read = pre_store_get_payment (f->store, id, &error);
  g_assert_true (pre_payment_received_exceeds_call (read));
  g_assert_cmpint (pre_payment_get_outstanding (read), ==, -1000);
  g_clear_object (&read);

  g_assert_true (pre_store_delete_receipt (f->store, pre_receipt_get_id (receipt), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 2);

  /* Listing by year; deleting takes the receipts. */
  add_payment (f, convention, metropole, 2024, 1250000);
  add_payment (f, convention, metropole, 2025, 1250000);
  list = pre_store_list_payments (f->store, convention, 2024, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PrePayment) first = g_list_model_get_item (list, 0);
    g_assert_cmpstr (pre_payment_get_partner_name (first), ==, "Dijon Métropole");
  }
  g_clear_object (&list);
  list = pre_store_list_payments (f->store, convention, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);

  g_assert_true (pre_store_delete_payment (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "receipt"), ==, 0);
  g_assert_cmpint (count_rows (f, "payment"), ==, 2);
}

static void
test_payment_validate (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PrePayment) payment = pre_payment_new ();
  g_autoptr(PreReceipt) receipt = pre_receipt_new ();
  g_autoptr(GError) error = NULL;
  gint64 metropole, convention, id;

  convention = add_reference_convention (f, &metropole);
  pre_payment_set_convention_id (payment, convention);
  pre_payment_set_partner_id (payment, metropole);
  pre_payment_set_year (payment, 2024);

  pre_payment_set_call_date (payment, "15/10/2024");
  g_assert_false (pre_store_save_payment (f->store, payment, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "call-date",
                     "The date of the call for funds “15/10/2024” is not a valid date.");
  g_clear_error (&error);

  pre_payment_set_call_date (payment, "");
  pre_payment_set_call_amount (payment, -1);
  g_assert_false (pre_store_save_payment (f->store, payment, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "call-amount",
                     "The called amount cannot be negative.");
  g_clear_error (&error);

  pre_payment_set_call_amount (payment, 0);
  pre_payment_set_year (payment, 2030);
  g_assert_false (pre_store_save_payment (f->store, payment, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                     "The year 2030 is outside the years of the convention (2024–2026).");
  g_clear_error (&error);

  /* No call date yet: stored as none. */
  pre_payment_set_year (payment, 2024);
  g_assert_true (pre_store_save_payment (f->store, payment, &error));
  g_assert_no_error (error);
  id = pre_payment_get_id (payment);
  {
    g_autoptr(PreStmt) stmt = pre_store_prepare (f->store,
                                                 "SELECT call_date IS NULL FROM payment", NULL);
    g_assert_true (pre_store_step_row (f->store, stmt, NULL));
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  }

  {
    g_autoptr(PrePayment) twin = pre_payment_new ();
    pre_payment_set_convention_id (twin, convention);
    pre_payment_set_partner_id (twin, metropole);
    pre_payment_set_year (twin, 2024);
    g_assert_false (pre_store_save_payment (f->store, twin, &error));
    assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "partner-id",
                       "Dijon Métropole already has a payment for 2024.");
    g_clear_error (&error);
  }

  /* Receipts. */
  g_assert_false (pre_store_save_receipt (f->store, receipt, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "payment-id",
                     "The receipt needs a payment.");
  g_clear_error (&error);
  pre_receipt_set_payment_id (receipt, id);
  g_assert_false (pre_store_save_receipt (f->store, receipt, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                     "The date of the receipt cannot be empty.");
  g_clear_error (&error);
  pre_receipt_set_date (receipt, "2024-13-01");
  g_assert_false (pre_store_save_receipt (f->store, receipt, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "date",
                     "The date of the receipt “2024-13-01” is not a valid date.");
  g_clear_error (&error);
  pre_receipt_set_date (receipt, "2024-12-01");
  g_assert_false (pre_store_save_receipt (f->store, receipt, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "amount",
                     "The amount received must be more than zero.");
  g_clear_error (&error);
  g_assert_null (pre_store_add_receipt (f->store, 8888, "2024-12-01", 100, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_INVALID, "payment-id",
                     "The payment of the receipt no longer exists.");
  g_assert_cmpint (count_rows (f, "receipt"), ==, 0);
  g_assert_cmpint (count_rows (f, "payment"), ==, 1);
}

/* Missions */

static void
test_mission_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PreMission) mission = pre_mission_new ();
  g_autoptr(PreMission) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 convention = add_reference_convention (f, NULL);
  gint64 budget = 0;

  add_mission (f, convention, PRE_MISSION_TRAINING);
  add_mission (f, convention, PRE_MISSION_COORDINATION);

  pre_mission_set_convention_id (mission, convention);
  pre_mission_set_kind (mission, PRE_MISSION_PSYCHOLOGY);
  g_assert_cmpstr (pre_mission_get_label (mission), ==, "Psychological support");
  pre_mission_set_annual_budget (mission, -1);
  g_assert_false (pre_store_save_mission (f->store, mission, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-budget",
                     "The annual budget cannot be negative.");
  g_clear_error (&error);

  pre_mission_set_annual_budget (mission, 800000);
  g_assert_true (pre_store_save_mission (f->store, mission, &error));
  g_assert_no_error (error);

  read = pre_store_get_mission_by_kind (f->store, convention, PRE_MISSION_PSYCHOLOGY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pre_mission_get_id (read), ==, pre_mission_get_id (mission));
  g_assert_cmpint (pre_mission_get_annual_budget (read), ==, 800000);
  g_clear_object (&read);
  read = pre_store_get_mission_by_kind (f->store, convention, PRE_MISSION_PROJECT, &error);
  g_assert_null (read);
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The convention has no mission “Projects”.");
  g_clear_error (&error);

  list = pre_store_list_missions (f->store, convention, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    PreMissionKind expected[] = { PRE_MISSION_COORDINATION, PRE_MISSION_PSYCHOLOGY,
                                  PRE_MISSION_TRAINING };
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(PreMission) item = g_list_model_get_item (list, i);
        g_assert_cmpint (pre_mission_get_kind (item), ==, expected[i]);
      }
  }

  /* Per-year budgets. */
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (mission), 2025,
                                               &budget, &error));
  g_assert_cmpint (budget, ==, 800000);
  g_assert_true (pre_store_set_mission_budget (f->store, pre_mission_get_id (mission), 2025,
                                               950000, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (mission), 2025,
                                               &budget, &error));
  g_assert_cmpint (budget, ==, 950000);
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (mission), 2026,
                                               &budget, &error));
  g_assert_cmpint (budget, ==, 800000);
  g_assert_false (pre_store_set_mission_budget (f->store, pre_mission_get_id (mission), 2019,
                                                100, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                     "The year 2019 is outside the years of the convention (2024–2026).");
  g_clear_error (&error);
  g_assert_true (pre_store_set_mission_budget (f->store, pre_mission_get_id (mission), 2025,
                                               -1, &error));
  g_assert_true (pre_store_get_mission_budget (f->store, pre_mission_get_id (mission), 2025,
                                               &budget, &error));
  g_assert_cmpint (budget, ==, 800000);

  g_assert_true (pre_store_delete_mission (f->store, pre_mission_get_id (mission), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "mission"), ==, 2);
}

static void
test_mission_unique (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PreMission) mission = pre_mission_new ();
  g_autoptr(GError) error = NULL;
  gint64 convention = add_reference_convention (f, NULL);
  gint64 other;

  add_mission (f, convention, PRE_MISSION_PSYCHOLOGY);
  other = add_mission (f, convention, PRE_MISSION_PROJECT);

  pre_mission_set_convention_id (mission, convention);
  pre_mission_set_kind (mission, PRE_MISSION_PSYCHOLOGY);
  g_assert_false (pre_store_save_mission (f->store, mission, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "kind",
                     "The convention already has a mission “Psychological support”; "
                     "each kind of mission can appear only once.");
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "mission"), ==, 2);

  /* Changing the kind of another mission to a taken one is refused too. */
  {
    g_autoptr(PreMission) read = pre_store_get_mission (f->store, other, &error);
    pre_mission_set_kind (read, PRE_MISSION_PSYCHOLOGY);
    g_assert_false (pre_store_save_mission (f->store, read, &error));
    g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_CONFLICT);
  }
}

static void
test_mission_in_use (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 convention = add_reference_convention (f, NULL);
  gint64 mission = add_mission (f, convention, PRE_MISSION_COORDINATION);

  for (int i = 0; i < 3; i++)
    add_session_row (f, mission, 0, "2025-01-14");
  add_expense_row (f, mission, 0, "2025-01-31");
  add_expense_row (f, mission, 0, "2025-02-28");

  g_assert_false (pre_store_delete_mission (f->store, mission, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "The mission “Coordination” cannot be deleted: it has 3 sessions and 2 expenses.");
  g_assert_cmpint (count_rows (f, "mission"), ==, 1);
}

/* Inside a caller's transaction, a refused save undoes only itself. */
static void
test_nested_transaction (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PreTerritory) twin = pre_territory_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_store_begin (f->store, &error));
  add_territory (f, "Longvic");
  pre_territory_set_name (twin, "Longvic");
  g_assert_false (pre_store_save_territory (f->store, twin, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_CONFLICT);
  g_clear_error (&error);
  add_territory (f, "Talant");
  g_assert_true (pre_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "territory"), ==, 2);

  /* The caller's rollback takes everything back. */
  g_assert_true (pre_store_begin (f->store, &error));
  add_territory (f, "Quetigny");
  pre_store_rollback (f->store);
  g_assert_cmpint (count_rows (f, "territory"), ==, 2);
}

/* Signals */

typedef struct
{
  GPtrArray *tables;
} ChangedLog;

static void
changed_cb (PreStore   *store,
            const char *table,
            ChangedLog *log)
{
  g_ptr_array_add (log->tables, g_strdup (table));
}

static gboolean
log_has (ChangedLog *log,
         const char *table)
{
  return g_ptr_array_find_with_equal_func (log->tables, table, g_str_equal, NULL);
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  ChangedLog log = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(PreTerritory) territory = pre_territory_new ();
  g_autoptr(GError) error = NULL;
  gulong handler;
  gint64 metropole, convention;

  handler = g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), &log);

  pre_territory_set_name (territory, "Longvic");
  g_assert_true (pre_store_save_territory (f->store, territory, &error));
  g_assert_true (log_has (&log, "territory"));
  g_ptr_array_set_size (log.tables, 0);

  /* A refused save says nothing. */
  {
    g_autoptr(PreTerritory) twin = pre_territory_new ();
    pre_territory_set_name (twin, "Longvic");
    g_assert_false (pre_store_save_territory (f->store, twin, &error));
    g_clear_error (&error);
  }
  g_assert_cmpuint (log.tables->len, ==, 0);

  convention = add_reference_convention (f, &metropole);
  g_assert_true (log_has (&log, "partner"));
  g_assert_true (log_has (&log, "convention"));
  g_ptr_array_set_size (log.tables, 0);

  g_assert_true (pre_store_set_funding_share_amount (f->store, convention, metropole, 2024, 1,
                                                     &error));
  g_assert_true (log_has (&log, "funding_share"));
  g_assert_true (pre_store_set_convention_cost (f->store, convention, 2024, 5, &error));
  g_assert_true (log_has (&log, "convention_year"));
  add_mission (f, convention, PRE_MISSION_PROJECT);
  g_assert_true (log_has (&log, "mission"));
  g_assert_true (pre_store_archive_partner (f->store, metropole, TRUE, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (log.tables, 0);

  g_assert_true (pre_store_delete_convention (f->store, convention, &error));
  g_assert_true (log_has (&log, "convention"));
  g_assert_true (log_has (&log, "funding_share"));
  g_assert_true (log_has (&log, "mission"));

  g_signal_handler_disconnect (f->store, handler);
  g_ptr_array_unref (log.tables);
}

/* Property notifications for the GUI's bindings. */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_properties (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PreConvention) convention = pre_convention_new ();
  g_autoptr(PreMission) mission = pre_mission_new ();
  guint n_notify = 0, n_label = 0;
  g_autofree char *title = NULL;
  gint64 cost = 0;
  PreMissionKind kind;

  g_signal_connect (convention, "notify::annual-cost", G_CALLBACK (count_notify_cb), &n_notify);
  g_object_set (convention, "title", "CPO", "annual-cost", (gint64)2000000, NULL);
  g_assert_cmpuint (n_notify, ==, 1);
  pre_convention_set_annual_cost (convention, 2000000);
  g_assert_cmpuint (n_notify, ==, 1);
  g_object_get (convention, "title", &title, "annual-cost", &cost, NULL);
  g_assert_cmpstr (title, ==, "CPO");
  g_assert_cmpint (cost, ==, 2000000);

  g_signal_connect (mission, "notify::label", G_CALLBACK (count_notify_cb), &n_label);
  g_object_set (mission, "kind", PRE_MISSION_TRAINING, NULL);
  g_object_get (mission, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, PRE_MISSION_TRAINING);
  g_assert_cmpuint (n_label, ==, 1);
  g_assert_cmpstr (pre_mission_get_label (mission), ==, "Training");
}

/* French, with the translations built in this build tree (build/po). */

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

static void
test_french (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PreTerritory) twin = pre_territory_new ();
  g_autoptr(GError) error = NULL;
  gint64 convention, mission, chenove, ccas;

  if (!use_french ("%s cannot be deleted: it has %s."))
    {
      use_english ();
      g_test_skip ("The French translations are not built");
      return;
    }

  convention = add_reference_convention (f, NULL);
  mission = add_mission (f, convention, PRE_MISSION_COORDINATION);
  chenove = add_territory (f, "Chenôve");
  ccas = add_partner (f, "CCAS de Chenôve", PRE_PARTNER_CCAS, chenove);
  add_session_row (f, mission, chenove, "2024-10-02");
  add_session_row (f, mission, chenove, "2024-11-06");
  add_payment (f, convention, ccas, 2024, 150000);

  g_assert_false (pre_store_delete_territory (f->store, chenove, &error));
  g_assert_cmpstr (error->message, ==,
                   "Impossible de supprimer Chenôve, qui compte encore 1 partenaire, "
                   "2 séances et 1 appel de fonds.");
  g_clear_error (&error);

  g_assert_false (pre_store_delete_mission (f->store, mission, &error));
  g_assert_cmpstr (error->message, ==,
                   "Impossible de supprimer la mission «\u00a0Coordination\u00a0», qui compte encore "
                   "2 séances.");
  g_clear_error (&error);

  pre_territory_set_name (twin, "Chenôve");
  g_assert_false (pre_store_save_territory (f->store, twin, &error));
  assert_validation (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                     "Un territoire nommé «\u00a0Chenôve\u00a0» existe déjà.");

  use_english ();
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/convention/territory/crud", test_territory_crud);
  ADD ("/convention/territory/validate", test_territory_validate);
  ADD ("/convention/territory/unique", test_territory_unique);
  ADD ("/convention/territory/in-use", test_territory_in_use);
  ADD ("/convention/territory/in-use-single", test_territory_single_use);
  ADD ("/convention/duplicate-name-as-stored", test_duplicate_name_as_stored);
  ADD ("/convention/neighbourhood/crud", test_neighbourhood_crud);
  ADD ("/convention/partner/crud", test_partner_crud);
  ADD ("/convention/partner/validate", test_partner_validate);
  ADD ("/convention/partner/in-use", test_partner_in_use);
  ADD ("/convention/convention/crud", test_convention_crud);
  ADD ("/convention/convention/validate", test_convention_validate);
  ADD ("/convention/convention/current", test_convention_current);
  ADD ("/convention/convention/cost", test_convention_cost);
  ADD ("/convention/convention/parties", test_convention_parties);
  ADD ("/convention/convention/years-kept", test_convention_years_kept);
  ADD ("/convention/convention/delete", test_convention_delete);
  ADD ("/convention/amendment/crud", test_amendment_crud);
  ADD ("/convention/share/crud", test_share_crud);
  ADD ("/convention/share/unique", test_share_unique);
  ADD ("/convention/share/validate", test_share_validate);
  ADD ("/convention/payment/crud", test_payment_crud);
  ADD ("/convention/payment/validate", test_payment_validate);
  ADD ("/convention/mission/crud", test_mission_crud);
  ADD ("/convention/mission/unique", test_mission_unique);
  ADD ("/convention/mission/in-use", test_mission_in_use);
  ADD ("/convention/nested-transaction", test_nested_transaction);
  ADD ("/convention/changed", test_changed_signal);
  ADD ("/convention/properties", test_properties);
  ADD ("/convention/french", test_french);

#undef ADD

  return g_test_run ();
}
