/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-aggregates.h"
#include "pre-convention.h"
#include "pre-csv.h"
#include "pre-export.h"
#include "pre-funding-share.h"
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

typedef struct
{
  GString        *out;
  char            separator;
  gboolean        machine;
  gboolean        mask;
  gboolean        first_field;
  guint           n_rows;
} Writer;

static void
writer_init (Writer         *writer,
             PreExportFlags  flags)
{
  writer->machine = (flags & PRE_EXPORT_MACHINE) != 0;
  writer->mask = (flags & PRE_EXPORT_MASK_SMALL_COUNTS) != 0;
  writer->separator = writer->machine ? ',' : ';';
  writer->out = g_string_new (writer->machine ? "" : "\xef\xbb\xbf");
  writer->first_field = TRUE;
}

static void
field (Writer     *writer,
       const char *text)
{
  if (!writer->first_field)
    g_string_append_c (writer->out, writer->separator);
  pre_csv_append_field (writer->out, text, writer->separator);
  writer->first_field = FALSE;
}

/* Ends a record with CRLF, what spreadsheets write. */
static void
end_row (Writer *writer)
{
  g_string_append (writer->out, "\r\n");
  writer->first_field = TRUE;
}

static void
end_data_row (Writer *writer)
{
  end_row (writer);
  writer->n_rows++;
}

/* One header: the French one or the machine one. */
static void
header (Writer     *writer,
        const char *french,
        const char *machine)
{
  field (writer, writer->machine ? machine : french);
}

/* "4820,50" or "4820.50": no thousands separator, so that spreadsheets
 * read a number. */
static void
amount (Writer *writer,
        gint64  cents)
{
  g_autofree char *text = NULL;
  guint64 magnitude = cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;

  text = g_strdup_printf ("%s%" G_GUINT64_FORMAT "%c%02u", cents < 0 ? "-" : "",
                          magnitude / 100, writer->machine ? '.' : ',',
                          (guint) (magnitude % 100));
  field (writer, text);
}

static void
date (Writer     *writer,
      const char *iso)
{
  if (iso == NULL || *iso == '\0')
    field (writer, "");
  else if (writer->machine || strlen (iso) != 10)
    field (writer, iso);
  else
    {
      g_autofree char *text = g_strdup_printf ("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
      field (writer, text);
    }
}

static void
integer (Writer *writer,
         gint64  value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  field (writer, text);
}

static void
count (Writer *writer,
       int     value)
{
  g_autofree char *text = NULL;

  if (value < 0)
    {
      field (writer, "");
      return;
    }
  text = pre_privacy_mask_count (value, writer->mask);
  field (writer, text);
}

static const char *
mission_text (Writer         *writer,
              PreMissionKind  kind)
{
  return writer->machine ? pre_mission_kind_to_string (kind) : mission_fr[kind];
}

static gboolean
export_sessions (PreStore  *store,
                 gint64     convention_id,
                 int        year,
                 Writer    *writer,
                 GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  header (writer, "Date", "date");
  header (writer, "Mission", "mission");
  header (writer, "Territoire", "territory");
  header (writer, "Statut", "status");
  header (writer, "Coût", "cost");
  header (writer, "Prestataire", "provider");
  header (writer, "Participants", "participants");
  header (writer, "Durée (min)", "duration_minutes");
  if (!writer->mask)
    header (writer, "Code jeune", "youth_code");
  header (writer, "Titre", "title");
  header (writer, "Thème", "topic");
  header (writer, "Notes", "notes");
  end_row (writer);

  stmt = pre_store_prepare (store,
                            "SELECT a.date, m.kind, t.name, a.status, a.cost, a.provider,"
                            " coalesce (a.participants, -1), coalesce (a.duration_minutes, -1),"
                            " coalesce (a.youth_code, ''), a.title, a.topic, a.notes"
                            " FROM activity a JOIN mission m ON m.id = a.mission_id"
                            " LEFT JOIN territory t ON t.id = a.territory_id"
                            " WHERE m.convention_id = ?1 AND (?2 = 0 OR a.year = ?2)"
                            " ORDER BY a.date, m.kind, t.name, a.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);

  while (pre_store_step_row (store, stmt, &local_error))
    {
      PreMissionKind kind = PRE_MISSION_COORDINATION;
      PreActivityStatus status = PRE_ACTIVITY_PLANNED;
      const char *territory = (const char *) sqlite3_column_text (stmt, 2);

      pre_mission_kind_from_string (pre_column_text (stmt, 1), &kind);
      pre_activity_status_from_string (pre_column_text (stmt, 3), &status);
      date (writer, pre_column_text (stmt, 0));
      field (writer, mission_text (writer, kind));
      field (writer, territory != NULL ? territory : writer->machine ? "" : "Tous les territoires");
      field (writer, writer->machine ? pre_activity_status_to_string (status) : status_fr[status]);
      amount (writer, sqlite3_column_int64 (stmt, 4));
      field (writer, pre_column_text (stmt, 5));
      count (writer, sqlite3_column_int (stmt, 6));
      if (sqlite3_column_int (stmt, 7) >= 0)
        integer (writer, sqlite3_column_int (stmt, 7));
      else
        field (writer, "");
      if (!writer->mask)
        field (writer, pre_column_text (stmt, 8));
      field (writer, pre_column_text (stmt, 9));
      field (writer, pre_column_text (stmt, 10));
      field (writer, pre_column_text (stmt, 11));
      end_data_row (writer);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_expenses (PreStore  *store,
                 gint64     convention_id,
                 int        year,
                 Writer    *writer,
                 GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  header (writer, "Date", "date");
  header (writer, "Mission", "mission");
  header (writer, "Territoire", "territory");
  header (writer, "Montant", "amount");
  header (writer, "Bénéficiaire", "payee");
  header (writer, "Référence", "reference");
  header (writer, "Description", "description");
  end_row (writer);

  stmt = pre_store_prepare (store,
                            "SELECT e.date, m.kind, t.name, e.amount, e.payee, e.reference, e.description"
                            " FROM expense e JOIN mission m ON m.id = e.mission_id"
                            " LEFT JOIN territory t ON t.id = e.territory_id"
                            " WHERE m.convention_id = ?1 AND (?2 = 0 OR e.year = ?2)"
                            " ORDER BY e.date, m.kind, t.name, e.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);

  while (pre_store_step_row (store, stmt, &local_error))
    {
      PreMissionKind kind = PRE_MISSION_COORDINATION;
      const char *territory = (const char *) sqlite3_column_text (stmt, 2);

      pre_mission_kind_from_string (pre_column_text (stmt, 1), &kind);
      date (writer, pre_column_text (stmt, 0));
      field (writer, mission_text (writer, kind));
      field (writer, territory != NULL ? territory : writer->machine ? "" : "Tous les territoires");
      amount (writer, sqlite3_column_int64 (stmt, 3));
      field (writer, pre_column_text (stmt, 4));
      field (writer, pre_column_text (stmt, 5));
      field (writer, pre_column_text (stmt, 6));
      end_data_row (writer);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static const char *
balance_state_text (Writer          *writer,
                    PreBalanceState  state)
{
  static const char * const fr[] = { "À répartir", "Équilibré", "Surfinancé" };
  static const char * const machine[] = { "to-allocate", "balanced", "over-funded" };

  return writer->machine ? machine[state] : fr[state];
}

static gboolean
export_funding (PreStore  *store,
                gint64     convention_id,
                int        year,
                Writer    *writer,
                GError   **error)
{
  g_autoptr(GPtrArray) balances = NULL;
  g_autoptr(GListModel) shares = NULL;

  header (writer, "Année", "year");
  header (writer, "Partenaire", "partner");
  header (writer, "Type", "kind");
  header (writer, "Montant", "amount");
  end_row (writer);

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
          static const char * const kind_fr[] = { "Métropole", "CCAS", "Commune", "Autre" };

          if (pre_funding_share_get_year (share) != balance->year)
            continue;
          integer (writer, balance->year);
          field (writer, pre_funding_share_get_partner_name (share));
          field (writer, writer->machine ? pre_partner_kind_to_string (kind) : kind_fr[kind]);
          amount (writer, pre_funding_share_get_amount (share));
          end_data_row (writer);
        }

      /* The year's totals, as a spreadsheet would have them under the shares. */
      integer (writer, balance->year);
      field (writer, writer->machine ? "total-shares" : "Total des parts");
      field (writer, "");
      amount (writer, balance->shares);
      end_data_row (writer);
      integer (writer, balance->year);
      field (writer, writer->machine ? "annual-cost" : "Coût annuel");
      field (writer, "");
      amount (writer, balance->annual_cost);
      end_data_row (writer);
      integer (writer, balance->year);
      field (writer, writer->machine ? "balance" : "Solde");
      field (writer, balance_state_text (writer, balance->state));
      amount (writer, balance->balance);
      end_data_row (writer);
    }
  return TRUE;
}

static gboolean
export_payments (PreStore  *store,
                 gint64     convention_id,
                 int        year,
                 Writer    *writer,
                 GError   **error)
{
  g_autoptr(GListModel) payments = NULL;

  header (writer, "Année", "year");
  header (writer, "Partenaire", "partner");
  header (writer, "Date de l'appel", "call_date");
  header (writer, "Titre de recettes", "call_reference");
  header (writer, "Montant appelé", "called_amount");
  header (writer, "Montant reçu", "received_amount");
  header (writer, "Date du dernier versement", "last_receipt_date");
  header (writer, "Reste dû", "outstanding");
  header (writer, "Notes", "notes");
  end_row (writer);

  payments = pre_store_list_payments (store, convention_id, year, error);
  if (payments == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
    {
      g_autoptr(PrePayment) payment = g_list_model_get_item (payments, i);

      integer (writer, pre_payment_get_year (payment));
      field (writer, pre_payment_get_partner_name (payment));
      date (writer, pre_payment_get_call_date (payment));
      field (writer, pre_payment_get_call_reference (payment));
      amount (writer, pre_payment_get_call_amount (payment));
      amount (writer, pre_payment_get_received_amount (payment));
      date (writer, pre_payment_get_last_receipt_date (payment));
      amount (writer, pre_payment_get_outstanding (payment));
      field (writer, pre_payment_get_notes (payment));
      end_data_row (writer);
    }
  return TRUE;
}

gboolean
pre_export_table_from_string (const char     *text,
                              PreExportTable *table)
{
  static const char * const names[] = { "sessions", "expenses", "funding", "payments" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        if (table != NULL)
          *table = i;
        return TRUE;
      }
  return FALSE;
}

char *
pre_export_csv (PreStore        *store,
                PreExportTable   table,
                int              year,
                PreExportFlags   flags,
                guint           *n_rows,
                GError         **error)
{
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(GError) local_error = NULL;
  Writer writer;
  gboolean ok = FALSE;
  gint64 convention_id;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
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
  convention_id = pre_convention_get_id (convention);
  if (year != 0 && !pre_convention_contains_year (convention, year))
    {
      g_autofree char *years = pre_convention_dup_years_label (convention);
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                                _("The year %d is not a year of the convention (%s)."), year, years);
      return NULL;
    }

  writer_init (&writer, flags);
  writer.n_rows = 0;
  switch (table)
    {
    case PRE_EXPORT_SESSIONS: ok = export_sessions (store, convention_id, year, &writer, error); break;
    case PRE_EXPORT_EXPENSES: ok = export_expenses (store, convention_id, year, &writer, error); break;
    case PRE_EXPORT_FUNDING: ok = export_funding (store, convention_id, year, &writer, error); break;
    case PRE_EXPORT_PAYMENTS: ok = export_payments (store, convention_id, year, &writer, error); break;
    default: g_return_val_if_reached (NULL);
    }
  if (!ok)
    {
      g_string_free (writer.out, TRUE);
      return NULL;
    }
  if (n_rows != NULL)
    *n_rows = writer.n_rows;
  return g_string_free_and_steal (writer.out);
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
  g_autofree char *contents = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  contents = pre_export_csv (store, table, year, flags, n_rows, error);
  if (contents == NULL)
    return FALSE;
  return g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
