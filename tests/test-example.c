/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pre-example.h"
#include "pre-store-private.h"

static char *
make_db_path (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pre-example-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, "pre.db", NULL);
}

static gint64
query_int64 (PreStore   *store,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (store, stmt, &error));
  g_assert_no_error (error);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (PreStore   *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (pre_store_step_row (store, stmt, &error));
  return g_strdup (pre_column_text (stmt, 0));
}

static void
test_reference_case (void)
{
  g_autofree char *path = make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);
  g_autofree char *subject = NULL;
  g_autofree char *present = NULL;
  g_autofree char *proxies = NULL;
  g_autofree char *recipients = NULL;
  g_autofree char *last_decision = NULL;

  g_assert_no_error (error);
  g_assert_false (pre_store_has_example (store));
  g_assert_true (pre_store_load_example (store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (pre_store_has_example (store));

  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM territory"), ==, 5);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM partner"), ==, 6);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM convention_party"), ==, 6);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM mission"), ==, 4);
  g_assert_cmpint (query_int64 (store, "SELECT annual_cost FROM convention"), ==, 2000000);
  g_assert_cmpint (query_int64 (store, "SELECT first_year * 10000 + last_year FROM convention"), ==, 20242026);

  /* 12 500 € + 4 820 € each year: 2 680 € remain to allocate. */
  g_assert_cmpint (query_int64 (store,
                                "SELECT amount FROM funding_share JOIN partner p ON p.id = partner_id"
                                " WHERE p.kind = 'metropole' AND year = 2025"), ==, 1250000);
  g_assert_cmpint (query_int64 (store,
                                "SELECT amount FROM funding_share JOIN partner p ON p.id = partner_id"
                                " WHERE p.name = 'CCAS de Dijon' AND year = 2026"), ==, 482000);
  g_assert_cmpint (query_int64 (store,
                                "SELECT c.annual_cost - sum (s.amount) FROM convention c"
                                " JOIN funding_share s ON s.convention_id = c.id AND s.year = 2024"), ==, 268000);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM funding_share"), ==, 6);

  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM board_member"), ==, 17);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM attendance WHERE status = 'present'"), ==, 12);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM attendance WHERE status = 'represented'"), ==, 4);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM attendance WHERE status = 'excused'"), ==, 1);

  present = query_text (store,
                        "SELECT group_concat (m.civility || ' ' || m.last_name, ', ') FROM"
                        " (SELECT m.* FROM attendance a JOIN board_member m ON m.id = a.member_id"
                        "  WHERE a.status = 'present' ORDER BY m.position) m");
  g_assert_cmpstr (present, ==,
                   "M. HOAREAU, Mme AKPINAR-ISTIQUAM, M. MEZUI, Mme CHOLLET, M. FAVERJON, Mme GINDRE, "
                   "Mme VIAN, M. FOUSSET, Mme LECOMTE, M. FOUILLOT, M. JASPART, M. AVENA");
  proxies = query_text (store,
                        "SELECT group_concat (x, ', ') FROM (SELECT m.last_name || '>' || h.last_name AS x"
                        " FROM attendance a JOIN board_member m ON m.id = a.member_id"
                        " JOIN board_member h ON h.id = a.proxy_holder_id ORDER BY m.position)");
  g_assert_cmpstr (proxies, ==, "REBSAMEN>HOAREAU, BERTHIER>CHOLLET, JACQUEMARD>MEZUI, JACQUENET>LECOMTE");

  g_assert_cmpint (query_int64 (store, "SELECT votes_for FROM deliberation"), ==, 16);
  subject = query_text (store, "SELECT subject FROM deliberation");
  g_assert_cmpstr (subject, ==,
                   "Programme de réussite éducative – Convention Pluriannuelle d'Objectifs 2024 – 2026 : "
                   "Coordination des PRE de la Métropole");
  last_decision = query_text (store, "SELECT text FROM deliberation_decision ORDER BY position DESC LIMIT 1");
  g_assert_cmpstr (last_decision, ==, "prélevent les crédits sur le budget 2024 du CCAS de Dijon.");
  recipients = query_text (store,
                           "SELECT group_concat (name || ' : ' || copies, '; ') FROM"
                           " (SELECT * FROM deliberation_recipient ORDER BY position)");
  g_assert_cmpstr (recipients, ==,
                   "Préfecture : 1; Registre : 1; Ressources internes : 1; "
                   "Politique de la ville et contractuelles : 1");

  /* No sample activity unless asked for. */
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM activity"), ==, 0);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM expense"), ==, 0);
  g_assert_cmpint (query_int64 (store, "SELECT sum (annual_budget) FROM mission"), ==, 0);
}

static void
test_refused_twice (void)
{
  g_autofree char *path = make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);

  g_assert_true (pre_store_load_example (store, FALSE, &error));
  g_assert_false (pre_store_load_example (store, TRUE, &error));
  g_assert_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "already holds a convention"));
  /* Nothing half-written. */
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM territory"), ==, 5);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM activity"), ==, 0);
}

static gint64
sample_total (const char *today)
{
  g_autofree char *path = make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);

  g_setenv ("PRE_TODAY", today, TRUE);
  g_assert_true (pre_store_load_example (store, TRUE, &error));
  g_assert_no_error (error);
  g_unsetenv ("PRE_TODAY");

  /* Sessions before "today" are done (held, missed, cancelled); after it, planned. */
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM activity WHERE status = 'planned' AND date < '2025-06-30'"),
                   ==, 0);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM activity WHERE status != 'planned' AND date >= '2025-06-30'"),
                   ==, 0);
  g_assert_cmpint (query_int64 (store, "SELECT count(DISTINCT mission_id) FROM activity"), ==, 4);
  g_assert_cmpint (query_int64 (store, "SELECT sum (annual_budget) FROM mission"), ==, 2000000);
  /* Pseudonymous codes only, and only on psychology sessions. */
  g_assert_cmpint (query_int64 (store,
                                "SELECT count(*) FROM activity a JOIN mission m ON m.id = a.mission_id"
                                " WHERE a.youth_code IS NOT NULL AND m.kind != 'psychology'"), ==, 0);
  g_assert_true (pre_store_check_integrity (store, &error));
  g_assert_no_error (error);

  return query_int64 (store, "SELECT sum (cost) FROM activity") * 1000 +
         query_int64 (store, "SELECT count(*) FROM activity");
}

static void
test_sample_reproducible (void)
{
  gint64 first = sample_total ("2025-06-30");
  gint64 second = sample_total ("2025-06-30");

  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (first, ==, second);
}

static void
test_remove (void)
{
  g_autofree char *path = make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PreStore) store = pre_store_open (path, &error);
  static const char * const tables[] = {
    "territory", "partner", "convention", "mission", "funding_share", "payment", "receipt", "activity",
    "expense", "board", "board_member", "meeting", "attendance", "deliberation",
    "deliberation_decision", "deliberation_recipient", "activity_partner", "activity_participation",
  };

  g_assert_true (pre_store_load_example (store, TRUE, &error));
  g_assert_true (pre_store_exec (store, "INSERT INTO territory (name) VALUES ('Fontaine-lès-Dijon')", &error));
  g_assert_true (pre_store_remove_example (store, &error));
  g_assert_no_error (error);
  g_assert_false (pre_store_has_example (store));

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      gint64 expected = g_str_equal (tables[i], "territory") ? 1 : 0;
      g_test_message ("table %s", tables[i]);
      g_assert_cmpint (query_int64 (store, sql), ==, expected);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/example/reference-case", test_reference_case);
  g_test_add_func ("/example/refused-twice", test_refused_twice);
  g_test_add_func ("/example/sample-reproducible", test_sample_reproducible);
  g_test_add_func ("/example/remove", test_remove);
  return g_test_run ();
}
