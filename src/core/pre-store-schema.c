/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-store-private.h"

/*
 * The schema, as numbered migration steps. Step N brings a file from
 * user_version N-1 to N; each runs in its own BEGIN IMMEDIATE transaction.
 * Never edit a step that has shipped: add a new one.
 *
 * Conventions: money in integer cents, dates as ISO 8601 text (YYYY-MM-DD),
 * enums as CHECKed text so that the file reads well in any SQLite tool.
 */

#define ISO_DATE(col) "(" col " GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"
#define NOT_BLANK(col) "(length(trim(" col ")) > 0)"

static const char schema_v1[] =
  /* Communes and their priority neighbourhoods (QPV). */
  "CREATE TABLE territory ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK " NOT_BLANK ("name") ","
  "  insee_code TEXT NOT NULL DEFAULT '',"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))"
  ");"
  "CREATE TABLE neighbourhood ("
  "  id INTEGER PRIMARY KEY,"
  "  territory_id INTEGER NOT NULL REFERENCES territory (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK " NOT_BLANK ("name") ","
  "  code TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (territory_id, name)"
  ");"
  "CREATE INDEX neighbourhood_territory ON neighbourhood (territory_id);"

  /* Signatory bodies. */
  "CREATE TABLE partner ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK " NOT_BLANK ("name") ","
  "  kind TEXT NOT NULL CHECK (kind IN ('metropole', 'ccas', 'commune', 'other')),"
  "  territory_id INTEGER REFERENCES territory (id) ON DELETE RESTRICT,"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))"
  ");"
  "CREATE INDEX partner_territory ON partner (territory_id);"

  /* The multi-year agreement. annual_cost is the default for every year;
   * convention_year overrides it for one year. */
  "CREATE TABLE convention ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL CHECK " NOT_BLANK ("title") ","
  "  reference TEXT NOT NULL DEFAULT '',"
  "  first_year INTEGER NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),"
  "  last_year INTEGER NOT NULL,"
  "  coordinator_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE RESTRICT,"
  "  annual_cost INTEGER NOT NULL DEFAULT 0 CHECK (annual_cost >= 0),"
  "  is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),"
  "  CHECK (last_year BETWEEN first_year AND first_year + 10)"
  ");"
  "CREATE TABLE convention_year ("
  "  convention_id INTEGER NOT NULL REFERENCES convention (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  annual_cost INTEGER NOT NULL CHECK (annual_cost >= 0),"
  "  PRIMARY KEY (convention_id, year)"
  ");"
  "CREATE TABLE convention_party ("
  "  convention_id INTEGER NOT NULL REFERENCES convention (id) ON DELETE CASCADE,"
  "  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (convention_id, partner_id)"
  ");"
  "CREATE INDEX convention_party_partner ON convention_party (partner_id);"
  "CREATE TABLE amendment ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES convention (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  number TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX amendment_convention ON amendment (convention_id, date);"

  /* Who plans to pay what, per year. */
  "CREATE TABLE funding_share ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES convention (id) ON DELETE CASCADE,"
  "  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE RESTRICT,"
  "  year INTEGER NOT NULL,"
  "  amount INTEGER NOT NULL CHECK (amount >= 0),"
  "  UNIQUE (convention_id, partner_id, year)"
  ");"
  "CREATE INDEX funding_share_partner ON funding_share (partner_id);"

  /* Calls for funds (titre de recettes) and what was received against them. */
  "CREATE TABLE payment ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES convention (id) ON DELETE CASCADE,"
  "  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE RESTRICT,"
  "  year INTEGER NOT NULL,"
  "  call_date TEXT CHECK (call_date IS NULL OR " ISO_DATE ("call_date") "),"
  "  call_reference TEXT NOT NULL DEFAULT '',"
  "  call_amount INTEGER NOT NULL DEFAULT 0 CHECK (call_amount >= 0),"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (convention_id, partner_id, year)"
  ");"
  "CREATE INDEX payment_partner ON payment (partner_id);"
  "CREATE TABLE receipt ("
  "  id INTEGER PRIMARY KEY,"
  "  payment_id INTEGER NOT NULL REFERENCES payment (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  amount INTEGER NOT NULL CHECK (amount > 0)"
  ");"
  "CREATE INDEX receipt_payment ON receipt (payment_id);"

  /* The four missions. annual_budget is the default; mission_year overrides. */
  "CREATE TABLE mission ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES convention (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('coordination', 'psychology', 'project', 'training')),"
  "  annual_budget INTEGER NOT NULL DEFAULT 0 CHECK (annual_budget >= 0),"
  "  UNIQUE (convention_id, kind)"
  ");"
  "CREATE TABLE mission_year ("
  "  mission_id INTEGER NOT NULL REFERENCES mission (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  budget INTEGER NOT NULL CHECK (budget >= 0),"
  "  PRIMARY KEY (mission_id, year)"
  ");"

  /* Sessions: dated events of a mission. territory_id NULL means all territories.
   * youth_code is a pseudonymous code issued by a commune's PRE, never a name. */
  "CREATE TABLE activity ("
  "  id INTEGER PRIMARY KEY,"
  "  mission_id INTEGER NOT NULL REFERENCES mission (id) ON DELETE RESTRICT,"
  "  territory_id INTEGER REFERENCES territory (id) ON DELETE RESTRICT,"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  year INTEGER NOT NULL GENERATED ALWAYS AS (CAST (substr (date, 1, 4) AS INTEGER)) VIRTUAL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'missed', 'cancelled')),"
  "  cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),"
  "  provider TEXT NOT NULL DEFAULT '',"
  "  participants INTEGER CHECK (participants IS NULL OR participants >= 0),"
  "  duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),"
  "  youth_code TEXT CHECK (youth_code IS NULL OR (length (youth_code) BETWEEN 3 AND 16"
  "                         AND youth_code NOT GLOB '*[^A-Za-z0-9-]*')),"
  "  topic TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX activity_mission_date ON activity (mission_id, date);"
  "CREATE INDEX activity_territory_date ON activity (territory_id, date);"
  "CREATE INDEX activity_date ON activity (date);"
  "CREATE INDEX activity_youth_code ON activity (youth_code) WHERE youth_code IS NOT NULL;"
  /* Partners present at a coordination meeting, or involved in a project. */
  "CREATE TABLE activity_partner ("
  "  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,"
  "  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (activity_id, partner_id)"
  ");"
  "CREATE INDEX activity_partner_partner ON activity_partner (partner_id);"
  /* Training: participants from each territory. */
  "CREATE TABLE activity_participation ("
  "  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,"
  "  territory_id INTEGER NOT NULL REFERENCES territory (id) ON DELETE RESTRICT,"
  "  participants INTEGER NOT NULL CHECK (participants >= 0),"
  "  PRIMARY KEY (activity_id, territory_id)"
  ");"
  "CREATE INDEX activity_participation_territory ON activity_participation (territory_id);"

  /* Spending not tied to one session (an invoice). */
  "CREATE TABLE expense ("
  "  id INTEGER PRIMARY KEY,"
  "  mission_id INTEGER NOT NULL REFERENCES mission (id) ON DELETE RESTRICT,"
  "  territory_id INTEGER REFERENCES territory (id) ON DELETE RESTRICT,"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  year INTEGER NOT NULL GENERATED ALWAYS AS (CAST (substr (date, 1, 4) AS INTEGER)) VIRTUAL,"
  "  amount INTEGER NOT NULL CHECK (amount >= 0),"
  "  payee TEXT NOT NULL DEFAULT '',"
  "  reference TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX expense_mission_date ON expense (mission_id, date);"
  "CREATE INDEX expense_territory_date ON expense (territory_id, date);"
  /* The expense list's default order, read by keyset (PreExpenseModel). */
  "CREATE INDEX expense_date ON expense (date);"

  /* Deliberative bodies and their members. body is the institution
   * ("Centre Communal d'Action Sociale de DIJON"), name the assembly
   * ("Conseil d'Administration"). */
  "CREATE TABLE board ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK " NOT_BLANK ("name") ","
  "  body TEXT NOT NULL CHECK " NOT_BLANK ("body") ","
  "  partner_id INTEGER REFERENCES partner (id) ON DELETE SET NULL,"
  "  UNIQUE (body, name)"
  ");"
  "CREATE TABLE board_member ("
  "  id INTEGER PRIMARY KEY,"
  "  board_id INTEGER NOT NULL REFERENCES board (id) ON DELETE CASCADE,"
  "  civility TEXT NOT NULL CHECK (civility IN ('M.', 'Mme')),"
  "  first_name TEXT NOT NULL DEFAULT '',"
  "  last_name TEXT NOT NULL CHECK " NOT_BLANK ("last_name") ","
  "  role TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  out_of_office_from TEXT CHECK (out_of_office_from IS NULL OR " ISO_DATE ("out_of_office_from") ")"
  ");"
  "CREATE INDEX board_member_board ON board_member (board_id, position);"

  /* Séances. convocation: 1 for the first convocation, 2 for the second
   * (no quorum needed). */
  "CREATE TABLE meeting ("
  "  id INTEGER PRIMARY KEY,"
  "  board_id INTEGER NOT NULL REFERENCES board (id) ON DELETE RESTRICT,"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  convocation_date TEXT CHECK (convocation_date IS NULL OR " ISO_DATE ("convocation_date") "),"
  "  place TEXT NOT NULL DEFAULT '',"
  "  president_id INTEGER REFERENCES board_member (id) ON DELETE RESTRICT,"
  "  convocation INTEGER NOT NULL DEFAULT 1 CHECK (convocation IN (1, 2))"
  ");"
  "CREATE INDEX meeting_board_date ON meeting (board_id, date);"
  "CREATE TABLE attendance ("
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  member_id INTEGER NOT NULL REFERENCES board_member (id) ON DELETE RESTRICT,"
  "  status TEXT NOT NULL CHECK (status IN ('present', 'represented', 'excused', 'absent')),"
  "  proxy_holder_id INTEGER REFERENCES board_member (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (meeting_id, member_id),"
  "  CHECK ((status = 'represented') = (proxy_holder_id IS NOT NULL)),"
  "  CHECK (proxy_holder_id IS NULL OR proxy_holder_id != member_id)"
  ");"
  /* A member holds at most one proxy per séance. */
  "CREATE UNIQUE INDEX attendance_one_proxy ON attendance (meeting_id, proxy_holder_id)"
  "  WHERE proxy_holder_id IS NOT NULL;"
  "CREATE INDEX attendance_member ON attendance (member_id);"

  /* Deliberations. president_vote says how the president voted, for the tie. */
  "CREATE TABLE deliberation ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  number TEXT NOT NULL DEFAULT '',"
  "  subject TEXT NOT NULL CHECK " NOT_BLANK ("subject") ","
  "  body_text TEXT NOT NULL DEFAULT '',"
  "  matter_code TEXT NOT NULL DEFAULT '',"
  "  votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),"
  "  votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),"
  "  abstentions INTEGER NOT NULL DEFAULT 0 CHECK (abstentions >= 0),"
  "  president_vote TEXT CHECK (president_vote IS NULL OR president_vote IN ('for', 'against', 'abstention')),"
  "  convention_id INTEGER REFERENCES convention (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX deliberation_meeting ON deliberation (meeting_id, position);"
  "CREATE INDEX deliberation_convention ON deliberation (convention_id);"
  "CREATE TABLE deliberation_decision ("
  "  id INTEGER PRIMARY KEY,"
  "  deliberation_id INTEGER NOT NULL REFERENCES deliberation (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL CHECK " NOT_BLANK ("text")
  ");"
  "CREATE INDEX deliberation_decision_deliberation ON deliberation_decision (deliberation_id, position);"
  "CREATE TABLE deliberation_recipient ("
  "  id INTEGER PRIMARY KEY,"
  "  deliberation_id INTEGER NOT NULL REFERENCES deliberation (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  name TEXT NOT NULL CHECK " NOT_BLANK ("name") ","
  "  copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1)"
  ");"
  "CREATE INDEX deliberation_recipient_deliberation ON deliberation_recipient (deliberation_id, position);"

  /* Small facts about the file itself (last purge, last backup…). */
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");";

const char * const pre_store_migrations[] = {
  schema_v1,
};

const guint pre_store_n_migrations = G_N_ELEMENTS (pre_store_migrations);
