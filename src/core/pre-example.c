/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-date.h"
#include "pre-example.h"
#include "pre-store-private.h"

/*
 * The reference case, from the extract of the deliberation register of the
 * CCAS of Dijon, séance of 2 October 2024. The texts are the document's own
 * words and stay in French whatever the interface language: they are data.
 *
 * Everything is inserted with plain statements rather than the entity API so
 * that the example is one self-contained transaction that does not depend on
 * validation rules meant for typing (and so that removal can find it all
 * again through the example flag).
 */

#define EXAMPLE_SEED 20241002

typedef struct
{
  const char *commune;
  const char *partner;
  const char *kind;
  const char *code;      /* sample youth-code prefix */
} ExampleTerritory;

static const ExampleTerritory territories[] = {
  { "Dijon", "CCAS de Dijon", "ccas", "DIJ" },
  { "Chenôve", "CCAS de Chenôve", "ccas", "CHE" },
  { "Longvic", "CCAS de Longvic", "ccas", "LON" },
  { "Talant", "CCAS de Talant", "ccas", "TAL" },
  { "Quetigny", "Ville de Quetigny", "commune", "QUE" },
};

typedef struct
{
  const char *civility;
  const char *first_name;
  const char *last_name;
  const char *status;
  const char *proxy_holder;   /* last name of the present member holding the proxy */
} ExampleMember;

/* In the order of the register. Only the president's first name is given. */
static const ExampleMember members[] = {
  { "M.", "Antoine", "HOAREAU", "present", NULL },
  { "Mme", "", "AKPINAR-ISTIQUAM", "present", NULL },
  { "M.", "", "MEZUI", "present", NULL },
  { "Mme", "", "CHOLLET", "present", NULL },
  { "M.", "", "FAVERJON", "present", NULL },
  { "Mme", "", "GINDRE", "present", NULL },
  { "Mme", "", "VIAN", "present", NULL },
  { "M.", "", "FOUSSET", "present", NULL },
  { "Mme", "", "LECOMTE", "present", NULL },
  { "M.", "", "FOUILLOT", "present", NULL },
  { "M.", "", "JASPART", "present", NULL },
  { "M.", "", "AVENA", "present", NULL },
  { "M.", "", "REBSAMEN", "represented", "HOAREAU" },
  { "M.", "", "BERTHIER", "represented", "CHOLLET" },
  { "Mme", "", "JACQUEMARD", "represented", "MEZUI" },
  { "Mme", "", "JACQUENET", "represented", "LECOMTE" },
  { "Mme", "", "TENENBAUM", "excused", NULL },
};

static const char convention_title[] =
  "Convention Pluriannuelle d'Objectifs 2024 – 2026 : Coordination des PRE de la Métropole";

static const char deliberation_subject[] =
  "Programme de réussite éducative – Convention Pluriannuelle d'Objectifs 2024 – 2026 : "
  "Coordination des PRE de la Métropole";

static const char deliberation_text[] =
  "Par délibération du conseil métropolitain (DM20240607028) en date du 28 juin 2024, Dijon "
  "Métropole, a approuvé le contrat de ville 2024 – 2030, elle en est signataire et copilote de sa "
  "mise en œuvre avec l'Etat. Il est l'outil central de la politique de la ville menée au sein des "
  "6 quartiers prioritaires des villes de Chenôve, Dijon, Longvic, Talant et Quetigny.\n"
  "\n"
  "Partenaires et signataires du contrat de ville 2024 – 2030, ces communes conduisent des projets "
  "et des actions qui visent à réduire les écarts entre les habitants des quartiers dits "
  "« prioritaires » et le reste des habitants afin de favoriser le développement de ces quartiers "
  "et d'améliorer la vie des habitants.\n"
  "\n"
  "Lors du précédent contrat de ville 2014 – 2020 (prorogé jusqu'au 31 décembre 2023), "
  "l'instruction interministérielle du 28 novembre 2014 avait consacré les Programmes de Réussite "
  "Éducative comme un axe fort, voire structurant, du volet éducatif des contrats de ville. Les "
  "communes se sont toutes saisies de ce dispositif dans les années 2000 et le porteront dans le "
  "cadre du nouveau contrat de ville.\n"
  "\n"
  "En application de l'article L 5111-1 et suivants du Code général des collectivités "
  "territoriales, Dijon Métropole peut intervenir en soutien des communes dans leurs actions, sous "
  "condition du versement d'une participation financière aux prestations qui lui sont confiées.\n"
  "\n"
  "Les communes conduisent la mise en œuvre de leur Programme de Réussite Éducative, en "
  "l'occurrence les suivis individualisés des enfants et des jeunes et l'animation de leurs "
  "instances de suivi et de pilotage.\n"
  "\n"
  "Dans un esprit de coopération et de cohérence entre les actions menées au sein des programmes "
  "de réussite éducative, Dijon Métropole propose, comme lors du précédent contrat de ville, de les "
  "coordonner à travers des temps d'échanges pour harmoniser les pratiques et répondre à des "
  "problématiques collectivement identifiées.\n"
  "\n"
  "Dans ce cadre, les CCAS de Dijon, Chenôve, Longvic, Talant et la ville de Quetigny ont souhaité "
  "poursuivre leur partenariat engagé avec Dijon Métropole, par l'établissement d'une convention "
  "pluriannuelle d'objectifs et de moyens pour les années 2024 à 2026.\n"
  "\n"
  "La convention jointe en annexe décline le cadre et les modalités de mise en œuvre des missions "
  "confiées à Dijon Métropole, à savoir :\n"
  "- la coordination ;\n"
  "- l'accompagnement vers les soins psychologiques des jeunes à travers un soutien financier des "
  "séances de psychologues sur les territoires ;\n"
  "- l'initiative de la réflexion et la coordination d'actions en faveur des enfants/jeunes et leur "
  "famille accompagnés dans le cadre des programmes de réussite éducative (démarche de projet en "
  "lien avec les politiques publiques de droit commun) ;\n"
  "- la mise en œuvre d'actions de formations et d'analyse de la pratique en direction équipes qui "
  "interviennent sur chaque territoire.\n"
  "\n"
  "Le coût prévisionnel annuel de ces actions est évalué à **20 000 €**.\n"
  "\n"
  "Dijon Métropole s'engage à financer les actions relevant des Projets de Réussite Éducative à "
  "hauteur de **12 500 €** par an durant la période d'exécution de la convention.\n"
  "\n"
  "Les communes concernées s'engagent à verser à Dijon métropole une participation financière "
  "annuelle, fixée à **4 820 €** en ce qui concerne le CCAS de la ville de Dijon.\n"
  "\n"
  "Dans ces conditions, les membres du conseil d'administration :";

static const char * const decisions[] = {
  "approuvent la convention pluriannuelle d'objectifs 2024 -2026 jointe en annexe ;",
  "autorisent le Président ou son représentant légal à signer ladite convention ;",
  "autorisent le Président ou son représentant légal à signer toutes pièces nécessaires à "
  "l'exécution de cette délibération ;",
  "autorisent le CCAS à verser une participation annuelle de 4 820 € pour l'année 2024 ;",
  "prélevent les crédits sur le budget 2024 du CCAS de Dijon.",
};

static const char * const recipients[] = {
  "Préfecture",
  "Registre",
  "Ressources internes",
  "Politique de la ville et contractuelles",
};

static const char * const mission_kinds[] = { "coordination", "psychology", "project", "training" };

/* A tiny statement runner: binds "s" text, "i" int64 (0 binds NULL for ids
 * when written "n"), then steps. Keeps the data tables above readable. */
static gboolean
run (PreStore    *store,
     GError     **error,
     const char  *sql,
     const char  *types,
     ...)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, error);
  va_list args;
  int index = 1;

  if (stmt == NULL)
    return FALSE;

  va_start (args, types);
  for (const char *t = types; *t != '\0'; t++, index++)
    {
      switch (*t)
        {
        case 's':
          pre_bind_text (stmt, index, va_arg (args, const char *));
          break;
        case 'i':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'n':
          pre_bind_id (stmt, index, va_arg (args, gint64));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  return pre_store_step_done (store, stmt, error);
}

static gint64
last_id (PreStore *store)
{
  return pre_store_last_insert_id (store);
}

static gboolean
has_convention (PreStore *store)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, "SELECT 1 FROM convention LIMIT 1", NULL);

  return stmt != NULL && pre_store_step_row (store, stmt, NULL);
}

gboolean
pre_store_has_example (PreStore *self)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);

  stmt = pre_store_prepare (self, "SELECT 1 FROM convention WHERE is_example = 1 LIMIT 1", NULL);
  return stmt != NULL && pre_store_step_row (self, stmt, NULL);
}

/* Sample activity: fictitious, seeded, for demonstrations only. */

typedef struct
{
  PreStore *store;
  GRand    *rand;
  gint64    mission_ids[4];
  gint64    territory_ids[G_N_ELEMENTS (territories)];
  gint64    partner_ids[G_N_ELEMENTS (territories)];
  char     *today;
} Sample;

static const char *
status_for (Sample     *sample,
            const char *date,
            int         missed_percent,
            int         cancelled_percent)
{
  int roll;

  if (g_strcmp0 (date, sample->today) >= 0)
    return "planned";
  roll = g_rand_int_range (sample->rand, 0, 100);
  if (roll < cancelled_percent)
    return "cancelled";
  if (roll < cancelled_percent + missed_percent)
    return "missed";
  return "held";
}

static char *
date_iso (GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* School weeks: no session in July and August. */
static gboolean
in_school_year (GDate *date)
{
  GDateMonth month = g_date_get_month (date);

  return month != G_DATE_JULY && month != G_DATE_AUGUST;
}

static gboolean
add_sample_psychology (Sample  *sample,
                       int      year,
                       GError **error)
{
  for (guint t = 0; t < G_N_ELEMENTS (territories); t++)
    {
      /* Each territory has a small pool of pseudonymous codes, one session a week. */
      guint n_codes = 4 + g_rand_int_range (sample->rand, 0, 5);
      g_autoptr(GDate) date = g_date_new_dmy (8 + (int)t, G_DATE_JANUARY, (GDateYear)year);

      while (g_date_get_year (date) == year)
        {
          if (in_school_year (date))
            {
              g_autofree char *iso = date_iso (date);
              g_autofree char *code = g_strdup_printf ("%s-%02u%02d", territories[t].code,
                                                       (guint)g_rand_int_range (sample->rand, 1, (gint32)n_codes + 1),
                                                       year % 100);
              const char *status = status_for (sample, iso, 8, 4);

              if (!run (sample->store, error,
                        "INSERT INTO activity (mission_id, territory_id, date, title, status, cost,"
                        " provider, participants, duration_minutes, youth_code)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, 45, ?8)",
                        "iisssiss",
                        sample->mission_ids[1], sample->territory_ids[t], iso,
                        "Séance de psychologue", status,
                        (gint64)6000, "Cabinet de psychologie (fictif)", code))
                return FALSE;
            }
          g_date_add_days (date, 7 + 7 * g_rand_int_range (sample->rand, 0, 2));
        }
    }
  return TRUE;
}

static gboolean
add_sample_coordination (Sample  *sample,
                         int      year,
                         GError **error)
{
  static const GDateMonth months[] = { G_DATE_JANUARY, G_DATE_MARCH, G_DATE_MAY,
                                       G_DATE_JUNE, G_DATE_OCTOBER, G_DATE_DECEMBER };
  static const char * const topics[] = {
    "Harmonisation des pratiques d'accueil",
    "Bilan des parcours individualisés",
    "Articulation avec les dispositifs de droit commun",
    "Préparation du comité de pilotage",
    "Échanges sur les situations de décrochage",
    "Programme de formation de l'année",
  };

  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (12 + (int)m, months[m], (GDateYear)year);
      g_autofree char *iso = date_iso (date);
      const char *status = status_for (sample, iso, 0, 5);
      gint64 activity_id;

      if (!run (sample->store, error,
                "INSERT INTO activity (mission_id, territory_id, date, title, status, cost,"
                " provider, participants, duration_minutes, topic)"
                " VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, 150, ?8)",
                "isssisis",
                sample->mission_ids[0], iso, "Réunion de coordination des PRE", status,
                (gint64)15000, "Dijon Métropole", (gint64)(8 + g_rand_int_range (sample->rand, 0, 6)),
                topics[m]))
        return FALSE;
      activity_id = last_id (sample->store);
      for (guint p = 0; p < G_N_ELEMENTS (territories); p++)
        if (g_rand_int_range (sample->rand, 0, 10) < 8 &&
            !run (sample->store, error,
                  "INSERT INTO activity_partner (activity_id, partner_id) VALUES (?1, ?2)", "ii",
                  activity_id, sample->partner_ids[p]))
          return FALSE;
    }
  return TRUE;
}

static gboolean
add_sample_projects (Sample  *sample,
                     int      year,
                     GError **error)
{
  static const char * const titles[] = {
    "Ateliers parents-enfants autour de la lecture",
    "Sorties culturelles pendant les vacances",
    "Accompagnement à la scolarité : rencontre des partenaires",
    "Forum santé des jeunes",
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      guint t = (guint)g_rand_int_range (sample->rand, 0, G_N_ELEMENTS (territories));
      g_autoptr(GDate) date = g_date_new_dmy (5 + 3 * (int)i, (GDateMonth)(2 + 3 * i), (GDateYear)year);
      g_autofree char *iso = date_iso (date);
      gint64 cost = 40000 + 10000 * g_rand_int_range (sample->rand, 0, 6);

      if (!run (sample->store, error,
                "INSERT INTO activity (mission_id, territory_id, date, title, status, cost,"
                " provider, participants)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                "iisssisi",
                sample->mission_ids[2], sample->territory_ids[t], iso, titles[i],
                status_for (sample, iso, 0, 10), cost, "Association partenaire (fictive)",
                (gint64)(10 + g_rand_int_range (sample->rand, 0, 30))))
        return FALSE;
      if (!run (sample->store, error,
                "INSERT INTO activity_partner (activity_id, partner_id) VALUES (?1, ?2)", "ii",
                last_id (sample->store), sample->partner_ids[t]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_sample_training (Sample  *sample,
                     int      year,
                     GError **error)
{
  static const char * const topics[] = {
    "Analyse de la pratique",
    "Repérer les troubles du développement",
    "Travailler avec les familles",
    "Analyse de la pratique",
    "Secret professionnel et partage d'informations",
  };

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      static const GDateMonth months[] = { G_DATE_FEBRUARY, G_DATE_APRIL, G_DATE_JUNE,
                                           G_DATE_OCTOBER, G_DATE_NOVEMBER };
      g_autoptr(GDate) date = g_date_new_dmy (14 + (int)i, months[i], (GDateYear)year);
      g_autofree char *iso = date_iso (date);
      gint64 activity_id;
      gint64 total = 0;

      if (!run (sample->store, error,
                "INSERT INTO activity (mission_id, territory_id, date, title, status, cost,"
                " provider, duration_minutes, topic)"
                " VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, 180, ?7)",
                "isssiss",
                sample->mission_ids[3], iso, "Session de formation",
                status_for (sample, iso, 0, 5), (gint64)60000,
                "Organisme de formation (fictif)", topics[i]))
        return FALSE;
      activity_id = last_id (sample->store);
      for (guint t = 0; t < G_N_ELEMENTS (territories); t++)
        {
          gint64 n = 1 + g_rand_int_range (sample->rand, 0, 4);
          total += n;
          if (!run (sample->store, error,
                    "INSERT INTO activity_participation (activity_id, territory_id, participants)"
                    " VALUES (?1, ?2, ?3)", "iii",
                    activity_id, sample->territory_ids[t], n))
            return FALSE;
        }
      if (!run (sample->store, error, "UPDATE activity SET participants = ?2 WHERE id = ?1", "ii",
                activity_id, total))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_sample_expenses (Sample  *sample,
                     int      year,
                     GError **error)
{
  g_autofree char *room = g_strdup_printf ("%d-03-20", year);
  g_autofree char *print = g_strdup_printf ("%d-09-25", year);
  g_autofree char *room_ref = g_strdup_printf ("F-%d-014", year);
  g_autofree char *print_ref = g_strdup_printf ("F-%d-087", year);

  if (g_strcmp0 (room, sample->today) < 0 &&
      !run (sample->store, error,
            "INSERT INTO expense (mission_id, territory_id, date, amount, payee, reference, description)"
            " VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6)", "isisss",
            sample->mission_ids[3], room, (gint64)45000, "Location de salles (fictif)", room_ref,
            "Salles pour les sessions de formation"))
    return FALSE;

  if (g_strcmp0 (print, sample->today) < 0 &&
      !run (sample->store, error,
            "INSERT INTO expense (mission_id, territory_id, date, amount, payee, reference, description)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "iisisss",
            sample->mission_ids[2], sample->territory_ids[1], print, (gint64)32000,
            "Imprimerie (fictive)", print_ref, "Supports de communication du forum"))
    return FALSE;

  return TRUE;
}

static gboolean
add_sample_payments (Sample   *sample,
                     gint64    convention_id,
                     int       year,
                     GError  **error)
{
  g_autofree char *call = g_strdup_printf ("%d-03-15", year);
  g_autofree char *receipt = g_strdup_printf ("%d-05-02", year);
  g_autofree char *reference = g_strdup_printf ("TR-%d-0412", year);

  if (g_strcmp0 (call, sample->today) >= 0)
    return TRUE;

  /* Only CCAS Dijon has a known participation: its call for funds. */
  if (!run (sample->store, error,
            "INSERT INTO payment (convention_id, partner_id, year, call_date, call_reference, call_amount)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "iiissi",
            convention_id, sample->partner_ids[0], (gint64)year, call, reference, (gint64)482000))
    return FALSE;

  if (g_strcmp0 (receipt, sample->today) < 0 &&
      !run (sample->store, error,
            "INSERT INTO receipt (payment_id, date, amount) VALUES (?1, ?2, ?3)", "isi",
            last_id (sample->store), receipt, (gint64)482000))
    return FALSE;

  return TRUE;
}

static gboolean
add_sample_activity (PreStore  *store,
                     gint64     convention_id,
                     gint64    *mission_ids,
                     gint64    *territory_ids,
                     gint64    *partner_ids,
                     GError   **error)
{
  /* Fictitious budgets for the demonstration, summing to the annual cost. */
  static const gint64 budgets[] = { 300000, 900000, 400000, 400000 };
  Sample sample = { store, g_rand_new_with_seed (EXAMPLE_SEED), { 0 }, { 0 }, { 0 }, pre_date_today_iso () };
  gboolean ok = TRUE;

  memcpy (sample.mission_ids, mission_ids, sizeof sample.mission_ids);
  memcpy (sample.territory_ids, territory_ids, sizeof sample.territory_ids);
  memcpy (sample.partner_ids, partner_ids, sizeof sample.partner_ids);

  for (guint m = 0; ok && m < G_N_ELEMENTS (budgets); m++)
    ok = run (store, error, "UPDATE mission SET annual_budget = ?2 WHERE id = ?1", "ii",
              mission_ids[m], budgets[m]);

  for (int year = 2024; ok && year <= 2026; year++)
    ok = add_sample_psychology (&sample, year, error) &&
         add_sample_coordination (&sample, year, error) &&
         add_sample_projects (&sample, year, error) &&
         add_sample_training (&sample, year, error) &&
         add_sample_expenses (&sample, year, error) &&
         add_sample_payments (&sample, convention_id, year, error);

  g_rand_free (sample.rand);
  g_free (sample.today);
  return ok;
}

static gint64
member_id_by_last_name (const gint64 *member_ids,
                        const char   *last_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (g_strcmp0 (members[i].last_name, last_name) == 0)
      return member_ids[i];
  g_assert_not_reached ();
  return 0;
}

static gboolean
insert_example (PreStore  *self,
                gboolean   with_sample_activity,
                GError   **error)
{
  gint64 territory_ids[G_N_ELEMENTS (territories)];
  gint64 partner_ids[G_N_ELEMENTS (territories)];
  gint64 mission_ids[G_N_ELEMENTS (mission_kinds)];
  gint64 member_ids[G_N_ELEMENTS (members)];
  gint64 metropole_id, convention_id, board_id, meeting_id, deliberation_id;

  if (!run (self, error, "INSERT INTO partner (name, kind) VALUES (?1, 'metropole')", "s",
            "Dijon Métropole"))
    return FALSE;
  metropole_id = last_id (self);

  for (guint i = 0; i < G_N_ELEMENTS (territories); i++)
    {
      if (!run (self, error, "INSERT INTO territory (name) VALUES (?1)", "s", territories[i].commune))
        return FALSE;
      territory_ids[i] = last_id (self);
      if (!run (self, error, "INSERT INTO partner (name, kind, territory_id) VALUES (?1, ?2, ?3)", "ssi",
                territories[i].partner, territories[i].kind, territory_ids[i]))
        return FALSE;
      partner_ids[i] = last_id (self);
    }

  if (!run (self, error,
            "INSERT INTO convention (title, reference, first_year, last_year, coordinator_id,"
            " annual_cost, is_example) VALUES (?1, '', 2024, 2026, ?2, ?3, 1)", "sii",
            convention_title, metropole_id, (gint64)2000000))
    return FALSE;
  convention_id = last_id (self);

  if (!run (self, error, "INSERT INTO convention_party (convention_id, partner_id) VALUES (?1, ?2)", "ii",
            convention_id, metropole_id))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (partner_ids); i++)
    if (!run (self, error, "INSERT INTO convention_party (convention_id, partner_id) VALUES (?1, ?2)", "ii",
              convention_id, partner_ids[i]))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (mission_kinds); i++)
    {
      if (!run (self, error, "INSERT INTO mission (convention_id, kind) VALUES (?1, ?2)", "is",
                convention_id, mission_kinds[i]))
        return FALSE;
      mission_ids[i] = last_id (self);
    }

  /* The métropole's share and the one participation the document states. */
  for (gint64 year = 2024; year <= 2026; year++)
    {
      if (!run (self, error,
                "INSERT INTO funding_share (convention_id, partner_id, year, amount) VALUES (?1, ?2, ?3, ?4)",
                "iiii", convention_id, metropole_id, year, (gint64)1250000) ||
          !run (self, error,
                "INSERT INTO funding_share (convention_id, partner_id, year, amount) VALUES (?1, ?2, ?3, ?4)",
                "iiii", convention_id, partner_ids[0], year, (gint64)482000))
        return FALSE;
    }

  if (!run (self, error, "INSERT INTO board (name, body, partner_id) VALUES (?1, ?2, ?3)", "ssi",
            "Conseil d'Administration", "Centre Communal d'Action Sociale de DIJON", partner_ids[0]))
    return FALSE;
  board_id = last_id (self);

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      if (!run (self, error,
                "INSERT INTO board_member (board_id, civility, first_name, last_name, role, position)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "issssi",
                board_id, members[i].civility, members[i].first_name, members[i].last_name,
                i == 0 ? "Président de séance" : "", (gint64)i))
        return FALSE;
      member_ids[i] = last_id (self);
    }

  if (!run (self, error,
            "INSERT INTO meeting (board_id, date, convocation_date, place, president_id, convocation)"
            " VALUES (?1, '2024-10-02', '2024-09-27', '', ?2, 1)", "ii",
            board_id, member_ids[0]))
    return FALSE;
  meeting_id = last_id (self);

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      gint64 holder = members[i].proxy_holder != NULL
                      ? member_id_by_last_name (member_ids, members[i].proxy_holder) : 0;
      if (!run (self, error,
                "INSERT INTO attendance (meeting_id, member_id, status, proxy_holder_id)"
                " VALUES (?1, ?2, ?3, ?4)", "iisn",
                meeting_id, member_ids[i], members[i].status, holder))
        return FALSE;
    }

  if (!run (self, error,
            "INSERT INTO deliberation (meeting_id, position, number, subject, body_text, votes_for,"
            " votes_against, abstentions, president_vote, convention_id)"
            " VALUES (?1, 0, '', ?2, ?3, 16, 0, 0, 'for', ?4)", "issi",
            meeting_id, deliberation_subject, deliberation_text, convention_id))
    return FALSE;
  deliberation_id = last_id (self);

  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    if (!run (self, error,
              "INSERT INTO deliberation_decision (deliberation_id, position, text) VALUES (?1, ?2, ?3)",
              "iis", deliberation_id, (gint64)i, decisions[i]))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (recipients); i++)
    if (!run (self, error,
              "INSERT INTO deliberation_recipient (deliberation_id, position, name, copies)"
              " VALUES (?1, ?2, ?3, 1)", "iis", deliberation_id, (gint64)i, recipients[i]))
      return FALSE;

  if (with_sample_activity &&
      !add_sample_activity (self, convention_id, mission_ids, territory_ids, partner_ids, error))
    return FALSE;

  return TRUE;
}

static const char * const example_tables[] = {
  "territory", "partner", "convention", "convention_party", "funding_share", "payment", "receipt",
  "mission", "activity", "activity_partner", "activity_participation", "expense", "board",
  "board_member", "meeting", "attendance", "deliberation", "deliberation_decision",
  "deliberation_recipient",
};

static void
touch_all (PreStore *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (example_tables); i++)
    pre_store_touch (self, example_tables[i]);
}

gboolean
pre_store_load_example (PreStore  *self,
                        gboolean   with_sample_activity,
                        GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_store_begin (self, error))
    return FALSE;

  if (has_convention (self))
    {
      pre_store_rollback (self);
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CONSTRAINT,
                   _("The example cannot be loaded: the database “%s” already holds a convention. "
                     "Open an empty database to explore the example."),
                   pre_store_get_path (self));
      return FALSE;
    }

  if (!insert_example (self, with_sample_activity, error))
    {
      pre_store_rollback (self);
      g_prefix_error (error, _("The example could not be loaded: "));
      return FALSE;
    }

  touch_all (self);
  return pre_store_commit (self, error);
}

gboolean
pre_store_remove_example (PreStore  *self,
                          GError   **error)
{
  /* The example's reference data is exactly what its convention and board
   * point to; remove children before parents so RESTRICT keys hold. */
  static const char remove_sql[] =
    "CREATE TEMP TABLE IF NOT EXISTS example_partner (id INTEGER PRIMARY KEY);"
    "DELETE FROM temp.example_partner;"
    "INSERT OR IGNORE INTO temp.example_partner"
    "  SELECT partner_id FROM convention_party WHERE convention_id IN (SELECT id FROM convention WHERE is_example = 1)"
    "  UNION SELECT coordinator_id FROM convention WHERE is_example = 1;"
    "CREATE TEMP TABLE IF NOT EXISTS example_territory (id INTEGER PRIMARY KEY);"
    "DELETE FROM temp.example_territory;"
    "INSERT OR IGNORE INTO temp.example_territory"
    "  SELECT territory_id FROM partner WHERE id IN (SELECT id FROM temp.example_partner) AND territory_id IS NOT NULL;"
    "DELETE FROM activity WHERE mission_id IN"
    "  (SELECT id FROM mission WHERE convention_id IN (SELECT id FROM convention WHERE is_example = 1));"
    "DELETE FROM expense WHERE mission_id IN"
    "  (SELECT id FROM mission WHERE convention_id IN (SELECT id FROM convention WHERE is_example = 1));"
    "DELETE FROM meeting WHERE board_id IN (SELECT id FROM board WHERE partner_id IN (SELECT id FROM temp.example_partner));"
    "DELETE FROM board WHERE partner_id IN (SELECT id FROM temp.example_partner);"
    "DELETE FROM convention WHERE is_example = 1;"
    "DELETE FROM partner WHERE id IN (SELECT id FROM temp.example_partner)"
    "  AND id NOT IN (SELECT partner_id FROM convention_party)"
    "  AND id NOT IN (SELECT coordinator_id FROM convention);"
    "DELETE FROM territory WHERE id IN (SELECT id FROM temp.example_territory)"
    "  AND id NOT IN (SELECT territory_id FROM partner WHERE territory_id IS NOT NULL)"
    "  AND id NOT IN (SELECT territory_id FROM activity WHERE territory_id IS NOT NULL)"
    "  AND id NOT IN (SELECT territory_id FROM expense WHERE territory_id IS NOT NULL)"
    "  AND id NOT IN (SELECT territory_id FROM activity_participation);"
    "DROP TABLE temp.example_partner;"
    "DROP TABLE temp.example_territory;";

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);

  if (!pre_store_has_example (self))
    return TRUE;

  if (!pre_store_begin (self, error))
    return FALSE;

  if (!pre_store_exec (self, remove_sql, error))
    {
      pre_store_rollback (self);
      g_prefix_error (error, _("The example could not be removed: "));
      return FALSE;
    }

  touch_all (self);
  return pre_store_commit (self, error);
}
