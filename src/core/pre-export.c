/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-aggregates.h"
#include "pre-board-rules.h"
#include "pre-convention.h"
#include "pre-csv.h"
#include "pre-deliberation.h"
#include "pre-export.h"
#include "pre-funding-share.h"
#include "pre-ods.h"
#include "pre-payment.h"
#include "pre-privacy.h"
#include "pre-store-private.h"

/* The French values are the format's, not translations: a file written in
 * any language of the interface reads the same in a French office. */
static const char * const mission_fr[] = {
  "Coordination", "Soutien psychologique", "Projets", "Formation",
};
static const char * const status_fr[] = {
  "Prévue", "Tenue", "Manquée", "Annulée",
};

/* Each table is read once into a sheet of typed cells; the CSV and
 * OpenDocument writers only lay those cells out. */
typedef struct
{
  PreSheet *sheet;
  gboolean  machine;
  gboolean  mask;
} Builder;

/* A column's header, French or for programs; a private column (youth
 * codes) is left out of masked exports. */
typedef struct
{
  const char *french;
  const char *machine;
  gboolean    private;
} Column;

static void
columns (Builder      *builder,
         const Column *list,
         gsize         n_columns)
{
  for (gsize i = 0; i < n_columns; i++)
    if (!(list[i].private && builder->mask))
      pre_sheet_add_column (builder->sheet, builder->machine ? list[i].machine : list[i].french);
}

/* Text columns @first to @last of the row. */
static void
texts (Builder *builder,
       PreStmt *stmt,
       int      first,
       int      last)
{
  for (int i = first; i <= last; i++)
    pre_sheet_add_text (builder->sheet, pre_column_text (stmt, i));
}

/* The French text or the machine one. */
static void
choice (Builder    *builder,
        const char *french,
        const char *machine)
{
  pre_sheet_add_text (builder->sheet, builder->machine ? machine : french);
}

static void
count (Builder *builder,
       int      value)
{
  if (value < 0)
    pre_sheet_add_empty (builder->sheet);
  else if (builder->mask && value > 0 && value < PRE_PRIVACY_MASK_THRESHOLD)
    {
      g_autofree char *text = pre_privacy_mask_count (value, TRUE);
      pre_sheet_add_text (builder->sheet, text);
    }
  else
    pre_sheet_add_integer (builder->sheet, value);
}

/* The first three columns of sessions and expenses: date, mission kind
 * and territory name (NULL for every territory). */
static void
date_mission_territory (Builder *builder,
                        PreStmt *stmt)
{
  PreMissionKind kind = PRE_MISSION_COORDINATION;
  const char *name = (const char *) sqlite3_column_text (stmt, 2);

  pre_mission_kind_from_string (pre_column_text (stmt, 1), &kind);
  pre_sheet_add_date (builder->sheet, pre_column_text (stmt, 0));
  choice (builder, mission_fr[kind], pre_mission_kind_to_string (kind));
  if (name != NULL)
    pre_sheet_add_text (builder->sheet, name);
  else
    choice (builder, "Tous les territoires", "");
}

static gboolean
step_error (GError  *local_error,
            GError **error)
{
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, local_error);
  return FALSE;
}

/* A query of the convention's rows (?1), of one year or every year (?2),
 * prepared and bound. */
static PreStmt *
prepare_rows (PreStore    *store,
              const char  *sql,
              gint64       convention_id,
              int          year,
              GError     **error)
{
  PreStmt *stmt = pre_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);
  return stmt;
}

static gboolean
export_sessions (PreStore  *store,
                 gint64     convention_id,
                 int        year,
                 Builder   *builder,
                 GError   **error)
{
  static const Column header[] = {
    { "Date", "date" },
    { "Mission", "mission" },
    { "Territoire", "territory" },
    { "Statut", "status" },
    { "Coût", "cost" },
    { "Prestataire", "provider" },
    { "Participants", "participants" },
    { "Durée (min)", "duration_minutes" },
    { "Code jeune", "youth_code", TRUE },
    { "Titre", "title" },
    { "Thème", "topic" },
    { "Notes", "notes" },
  };
  g_autoptr(PreStmt) stmt = NULL;
  GError *local_error = NULL;
  PreSheet *sheet = builder->sheet;

  columns (builder, header, G_N_ELEMENTS (header));

  stmt = prepare_rows (store,
                       "SELECT a.date, m.kind, t.name, a.status, a.cost, a.provider,"
                       " coalesce (a.participants, -1), coalesce (a.duration_minutes, -1),"
                       " coalesce (a.youth_code, ''), a.title, a.topic, a.notes"
                       " FROM activity a JOIN mission m ON m.id = a.mission_id"
                       " LEFT JOIN territory t ON t.id = a.territory_id"
                       " WHERE m.convention_id = ?1 AND (?2 = 0 OR a.year = ?2)"
                       " ORDER BY a.date, m.kind, t.name, a.id", convention_id, year, error);
  if (stmt == NULL)
    return FALSE;

  while (pre_store_step_row (store, stmt, &local_error))
    {
      PreActivityStatus status = PRE_ACTIVITY_PLANNED;

      pre_activity_status_from_string (pre_column_text (stmt, 3), &status);
      date_mission_territory (builder, stmt);
      choice (builder, status_fr[status], pre_activity_status_to_string (status));
      pre_sheet_add_amount (sheet, sqlite3_column_int64 (stmt, 4));
      pre_sheet_add_text (sheet, pre_column_text (stmt, 5));
      count (builder, sqlite3_column_int (stmt, 6));
      if (sqlite3_column_int (stmt, 7) >= 0)
        pre_sheet_add_integer (sheet, sqlite3_column_int (stmt, 7));
      else
        pre_sheet_add_empty (sheet);
      if (!builder->mask)
        pre_sheet_add_text (sheet, pre_column_text (stmt, 8));
      texts (builder, stmt, 9, 11);
      pre_sheet_end_row (sheet);
    }
  return step_error (local_error, error);
}

static gboolean
export_expenses (PreStore  *store,
                 gint64     convention_id,
                 int        year,
                 Builder   *builder,
                 GError   **error)
{
  static const Column header[] = {
    { "Date", "date" },
    { "Mission", "mission" },
    { "Territoire", "territory" },
    { "Montant", "amount" },
    { "Bénéficiaire", "payee" },
    { "Référence", "reference" },
    { "Description", "description" },
  };
  g_autoptr(PreStmt) stmt = NULL;
  GError *local_error = NULL;
  PreSheet *sheet = builder->sheet;

  columns (builder, header, G_N_ELEMENTS (header));

  stmt = prepare_rows (store,
                       "SELECT e.date, m.kind, t.name, e.amount, e.payee, e.reference, e.description"
                       " FROM expense e JOIN mission m ON m.id = e.mission_id"
                       " LEFT JOIN territory t ON t.id = e.territory_id"
                       " WHERE m.convention_id = ?1 AND (?2 = 0 OR e.year = ?2)"
                       " ORDER BY e.date, m.kind, t.name, e.id", convention_id, year, error);
  if (stmt == NULL)
    return FALSE;

  while (pre_store_step_row (store, stmt, &local_error))
    {
      date_mission_territory (builder, stmt);
      pre_sheet_add_amount (sheet, sqlite3_column_int64 (stmt, 3));
      texts (builder, stmt, 4, 6);
      pre_sheet_end_row (sheet);
    }
  return step_error (local_error, error);
}

/* A total under a year's shares, as a spreadsheet would have it. */
static void
funding_total (Builder    *builder,
               int         year,
               const char *french,
               const char *machine,
               const char *kind_french,
               const char *kind_machine,
               gint64      cents)
{
  pre_sheet_add_integer (builder->sheet, year);
  choice (builder, french, machine);
  choice (builder, kind_french, kind_machine);
  pre_sheet_add_amount (builder->sheet, cents);
  pre_sheet_end_row (builder->sheet);
}

static gboolean
export_funding (PreStore  *store,
                gint64     convention_id,
                int        year,
                Builder   *builder,
                GError   **error)
{
  static const Column header[] = {
    { "Année", "year" },
    { "Partenaire", "partner" },
    { "Type", "kind" },
    { "Montant", "amount" },
  };
  static const char * const kind_fr[] = { "Métropole", "CCAS", "Commune", "Autre" };
  static const char * const state_fr[] = { "À répartir", "Équilibré", "Surfinancé" };
  static const char * const state_machine[] = { "to-allocate", "balanced", "over-funded" };
  g_autoptr(GPtrArray) balances = NULL;
  g_autoptr(GListModel) shares = NULL;

  columns (builder, header, G_N_ELEMENTS (header));

  balances = pre_store_compute_balances (store, convention_id, error);
  if (balances == NULL)
    return FALSE;
  shares = pre_store_list_funding_shares (store, convention_id, year, error);
  if (shares == NULL)
    return FALSE;

  for (guint b = 0; b < balances->len; b++)
    {
      PreBalanceRow *balance = g_ptr_array_index (balances, b);

      if (year != 0 && balance->year != year)
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
        {
          g_autoptr(PreFundingShare) share = g_list_model_get_item (shares, i);
          PrePartnerKind kind = pre_funding_share_get_partner_kind (share);

          if (pre_funding_share_get_year (share) != balance->year)
            continue;
          pre_sheet_add_integer (builder->sheet, balance->year);
          pre_sheet_add_text (builder->sheet, pre_funding_share_get_partner_name (share));
          choice (builder, kind_fr[kind], pre_partner_kind_to_string (kind));
          pre_sheet_add_amount (builder->sheet, pre_funding_share_get_amount (share));
          pre_sheet_end_row (builder->sheet);
        }

      funding_total (builder, balance->year, "Total des parts", "total-shares", "", "", balance->shares);
      funding_total (builder, balance->year, "Coût annuel", "annual-cost", "", "", balance->annual_cost);
      funding_total (builder, balance->year, "Solde", "balance",
                     state_fr[balance->state], state_machine[balance->state], balance->balance);
    }
  return TRUE;
}

static gboolean
export_payments (PreStore  *store,
                 gint64     convention_id,
                 int        year,
                 Builder   *builder,
                 GError   **error)
{
  static const Column header[] = {
    { "Année", "year" },
    { "Partenaire", "partner" },
    { "Date de l'appel", "call_date" },
    { "Titre de recettes", "call_reference" },
    { "Montant appelé", "called_amount" },
    { "Montant reçu", "received_amount" },
    { "Date du dernier versement", "last_receipt_date" },
    { "Reste dû", "outstanding" },
    { "Notes", "notes" },
  };
  g_autoptr(GListModel) payments = NULL;
  PreSheet *sheet = builder->sheet;

  columns (builder, header, G_N_ELEMENTS (header));

  payments = pre_store_list_payments (store, convention_id, year, error);
  if (payments == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
    {
      g_autoptr(PrePayment) payment = g_list_model_get_item (payments, i);

      pre_sheet_add_integer (sheet, pre_payment_get_year (payment));
      pre_sheet_add_text (sheet, pre_payment_get_partner_name (payment));
      pre_sheet_add_date (sheet, pre_payment_get_call_date (payment));
      pre_sheet_add_text (sheet, pre_payment_get_call_reference (payment));
      pre_sheet_add_amount (sheet, pre_payment_get_call_amount (payment));
      pre_sheet_add_amount (sheet, pre_payment_get_received_amount (payment));
      pre_sheet_add_date (sheet, pre_payment_get_last_receipt_date (payment));
      pre_sheet_add_amount (sheet, pre_payment_get_outstanding (payment));
      pre_sheet_add_text (sheet, pre_payment_get_notes (payment));
      pre_sheet_end_row (sheet);
    }
  return TRUE;
}

static gboolean
export_deliberations (PreStore  *store,
                      gint64     convention_id,
                      int        year,
                      Builder   *builder,
                      GError   **error)
{
  static const Column header[] = {
    { "Date de la séance", "meeting_date" },
    { "Instance", "board" },
    { "Numéro", "number" },
    { "Objet", "subject" },
    { "Pour", "votes_for" },
    { "Contre", "votes_against" },
    { "Abstentions", "abstentions" },
    { "Résultat", "outcome" },
    { "Décisions", "decisions" },
  };
  static const char * const result_fr[] = { "Adoptée", "Rejetée", "Pas de vote" };
  static const char * const result_machine[] = { "adopted", "rejected", "no-vote" };
  g_autoptr(GListModel) deliberations = NULL;
  PreSheet *sheet = builder->sheet;

  columns (builder, header, G_N_ELEMENTS (header));

  deliberations = pre_store_list_deliberations_for_convention (store, convention_id, error);
  if (deliberations == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (deliberations); i++)
    {
      g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, i);
      const char *date = pre_deliberation_get_meeting_date (deliberation);
      const char * const *decisions = pre_deliberation_get_decisions (deliberation);
      g_autofree char *decision_text = NULL;
      PreVoteResult result;

      if (year != 0 && (date == NULL || g_ascii_strtoll (date, NULL, 10) != year))
        continue;
      result = pre_vote_result (pre_deliberation_get_votes_for (deliberation),
                                pre_deliberation_get_votes_against (deliberation),
                                pre_deliberation_get_abstentions (deliberation),
                                pre_deliberation_get_president_vote (deliberation));
      decision_text = decisions != NULL ? g_strjoinv ("\n", (char **) decisions) : NULL;

      pre_sheet_add_date (sheet, date);
      pre_sheet_add_text (sheet, pre_deliberation_get_board_name (deliberation));
      pre_sheet_add_text (sheet, pre_deliberation_get_number (deliberation));
      pre_sheet_add_text (sheet, pre_deliberation_get_subject (deliberation));
      pre_sheet_add_integer (sheet, pre_deliberation_get_votes_for (deliberation));
      pre_sheet_add_integer (sheet, pre_deliberation_get_votes_against (deliberation));
      pre_sheet_add_integer (sheet, pre_deliberation_get_abstentions (deliberation));
      choice (builder, result_fr[result], result_machine[result]);
      pre_sheet_add_text (sheet, decision_text);
      pre_sheet_end_row (sheet);
    }
  return TRUE;
}

typedef gboolean (*ExportFunc) (PreStore  *store,
                                gint64     convention_id,
                                int        year,
                                Builder   *builder,
                                GError   **error);

static const struct
{
  const char *name;
  const char *french;
  ExportFunc  func;
} tables[] = {
  [PRE_EXPORT_SESSIONS] = { "sessions", "Séances", export_sessions },
  [PRE_EXPORT_EXPENSES] = { "expenses", "Dépenses", export_expenses },
  [PRE_EXPORT_FUNDING] = { "funding", "Plan de financement", export_funding },
  [PRE_EXPORT_PAYMENTS] = { "payments", "Versements", export_payments },
  [PRE_EXPORT_DELIBERATIONS] = { "deliberations", "Délibérations", export_deliberations },
};

gboolean
pre_export_table_from_string (const char     *text,
                              PreExportTable *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (text, tables[i].name) == 0)
      {
        if (table != NULL)
          *table = i;
        return TRUE;
      }
  return FALSE;
}

const char *
pre_export_table_to_string (PreExportTable table)
{
  g_return_val_if_fail (table < G_N_ELEMENTS (tables), NULL);

  return tables[table].name;
}

gboolean
pre_export_format_from_string (const char      *text,
                               PreExportFormat *format)
{
  static const char * const names[] = { "csv", "ods" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (text != NULL && g_ascii_strcasecmp (text, names[i]) == 0)
      {
        if (format != NULL)
          *format = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
pre_export_format_from_path (const char      *path,
                             PreExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  return pre_export_format_from_string (dot + 1, format);
}

const char *
pre_export_format_get_extension (PreExportFormat format)
{
  return format == PRE_EXPORT_FORMAT_ODS ? "ods" : "csv";
}

PreSheet *
pre_export_sheet (PreStore        *store,
                  PreExportTable   table,
                  int              year,
                  PreExportFlags   flags,
                  GError         **error)
{
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(PreSheet) sheet = NULL;
  g_autoptr(GError) local_error = NULL;
  Builder builder;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (table < G_N_ELEMENTS (tables), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  convention = pre_store_get_current_convention (store, &local_error);
  if (convention == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                     _("There is no convention to export."));
      return NULL;
    }
  if (year != 0 && !pre_convention_contains_year (convention, year))
    {
      g_autofree char *years = pre_convention_dup_years_label (convention);
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                                _("The year %d is not a year of the convention (%s)."), year, years);
      return NULL;
    }

  builder.machine = (flags & PRE_EXPORT_MACHINE) != 0;
  builder.mask = (flags & PRE_EXPORT_MASK_SMALL_COUNTS) != 0;
  sheet = pre_sheet_new (builder.machine ? tables[table].name : tables[table].french);
  builder.sheet = sheet;
  if (!tables[table].func (store, pre_convention_get_id (convention), year, &builder, error))
    return NULL;
  return g_steal_pointer (&sheet);
}

/* "4820,50" or "4820.50": no thousands separator, so that spreadsheets
 * read a number. */
static void
csv_amount (GString *out,
            gint64   cents,
            gboolean machine)
{
  guint64 magnitude = cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;

  g_string_append_printf (out, "%s%" G_GUINT64_FORMAT "%c%02u", cents < 0 ? "-" : "",
                          magnitude / 100, machine ? '.' : ',', (guint) (magnitude % 100));
}

static void
csv_cell (GString            *out,
          const PreSheetCell *cell,
          char                separator,
          gboolean            machine)
{
  g_autoptr(GString) text = g_string_new (NULL);

  switch (cell->type)
    {
    case PRE_SHEET_CELL_EMPTY:
      break;
    case PRE_SHEET_CELL_TEXT:
      g_string_append (text, cell->text);
      break;
    case PRE_SHEET_CELL_INTEGER:
      g_string_append_printf (text, "%" G_GINT64_FORMAT, cell->number);
      break;
    case PRE_SHEET_CELL_AMOUNT:
      csv_amount (text, cell->number, machine);
      break;
    case PRE_SHEET_CELL_DATE:
      if (machine || strlen (cell->text) != 10)
        g_string_append (text, cell->text);
      else
        g_string_append_printf (text, "%.2s/%.2s/%.4s", cell->text + 8, cell->text + 5, cell->text);
      break;
    default:
      g_assert_not_reached ();
    }
  pre_csv_append_field (out, text->str, separator);
}

char *
pre_export_sheet_to_csv (PreSheet       *sheet,
                         PreExportFlags  flags)
{
  gboolean machine = (flags & PRE_EXPORT_MACHINE) != 0;
  char separator = machine ? ',' : ';';
  GString *out;
  guint n_columns;

  g_return_val_if_fail (sheet != NULL, NULL);

  n_columns = pre_sheet_get_n_columns (sheet);
  out = g_string_new (machine ? "" : "\xef\xbb\xbf");
  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, separator);
      pre_csv_append_field (out, pre_sheet_get_header (sheet, c), separator);
    }
  /* Records end with CRLF, what spreadsheets write. */
  g_string_append (out, "\r\n");
  for (guint r = 0; r < pre_sheet_get_n_rows (sheet); r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, separator);
          csv_cell (out, pre_sheet_get_cell (sheet, r, c), separator, machine);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_and_steal (out);
}

char *
pre_export_csv (PreStore        *store,
                PreExportTable   table,
                int              year,
                PreExportFlags   flags,
                guint           *n_rows,
                GError         **error)
{
  g_autoptr(PreSheet) sheet = pre_export_sheet (store, table, year, flags, error);

  if (sheet == NULL)
    return NULL;
  if (n_rows != NULL)
    *n_rows = pre_sheet_get_n_rows (sheet);
  return pre_export_sheet_to_csv (sheet, flags);
}

gboolean
pre_export_to_file (PreStore         *store,
                    PreExportTable    table,
                    int               year,
                    PreExportFlags    flags,
                    PreExportFormat   format,
                    const char       *path,
                    guint            *n_rows,
                    GError          **error)
{
  g_autoptr(PreSheet) sheet = NULL;
  g_autofree char *contents = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  sheet = pre_export_sheet (store, table, year, flags, error);
  if (sheet == NULL)
    return FALSE;
  if (n_rows != NULL)
    *n_rows = pre_sheet_get_n_rows (sheet);
  if (format == PRE_EXPORT_FORMAT_ODS)
    return pre_ods_write_file (sheet, path, error);
  contents = pre_export_sheet_to_csv (sheet, flags);
  return g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

gboolean
pre_export_csv_to_file (PreStore        *store,
                        PreExportTable   table,
                        int              year,
                        PreExportFlags   flags,
                        const char      *path,
                        guint           *n_rows,
                        GError         **error)
{
  return pre_export_to_file (store, table, year, flags, PRE_EXPORT_FORMAT_CSV, path, n_rows, error);
}
