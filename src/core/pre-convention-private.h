/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the convention entities' store code only. */

#include "pre-partner.h"
#include "pre-store-helpers.h"

G_BEGIN_DECLS

/* The columns pre_partner_new_from_stmt() reads, in order. */
#define PRE_PARTNER_SELECT \
  "SELECT p.id, p.name, p.kind, coalesce (p.territory_id, 0), p.archived, coalesce (t.name, '')" \
  " FROM partner p LEFT JOIN territory t ON t.id = p.territory_id"

/* Orders partners: métropole, CCAS, town, other; then by name. */
#define PRE_PARTNER_KIND_ORDER(col) \
  "CASE " col " WHEN 'metropole' THEN 0 WHEN 'ccas' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END"

PrePartner *pre_partner_new_from_stmt         (PreStmt     *stmt);

/* The first and last year of a convention; an unknown convention is a
 * %PRE_VALIDATION_ERROR on "convention-id". */
gboolean    pre_store_get_convention_years    (PreStore    *store,
                                               gint64       convention_id,
                                               int         *first_year,
                                               int         *last_year,
                                               GError     **error);

/* Refuses to delete @what ("The mission “Training”", a translated subject)
 * when sessions or expenses are recorded for it: "@what cannot be deleted:
 * it has 3 sessions and 1 expense." The queries count them with @id as ?1. */
gboolean    pre_store_check_no_spending       (PreStore    *store,
                                               const char  *sessions_sql,
                                               const char  *expenses_sql,
                                               gint64       id,
                                               const char  *what,
                                               GError     **error);

/* Sets the value of one year in @table (convention_year, mission_year: its
 * @owner_column, "year" and @value_column; constants from code), or removes
 * it when @value < 0 so that the default applies again. No transaction. */
gboolean    pre_store_write_year_value        (PreStore    *store,
                                               const char  *table,
                                               const char  *owner_column,
                                               const char  *value_column,
                                               gint64       owner_id,
                                               int          year,
                                               gint64       value,
                                               GError     **error);

/* The checks that saving a funding share or a payment (@table, row @id, 0
 * when new) shares: @year is one of the convention's, the partner exists
 * (otherwise @partner_gone on "partner-id"), and @taken tells whether @table
 * already has another row for the partner and year. Gives the partner. */
PrePartner *pre_store_check_partner_year      (PreStore    *store,
                                               const char  *table,
                                               gint64       id,
                                               gint64       convention_id,
                                               gint64       partner_id,
                                               int          year,
                                               const char  *partner_gone,
                                               gboolean    *taken,
                                               GError     **error);

/* "The year 2027 is outside the convention’s years (2024–2026)." on @field. */
gboolean    pre_store_check_convention_year   (PreStore    *store,
                                               gint64       convention_id,
                                               int          year,
                                               const char  *field,
                                               GError     **error);

G_END_DECLS
