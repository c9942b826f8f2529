/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the convention entities' store code only. */

#include "pre-partner.h"
#include "pre-store-private.h"

G_BEGIN_DECLS

/* The columns pre_partner_new_from_stmt() reads, in order. */
#define PRE_PARTNER_SELECT \
  "SELECT p.id, p.name, p.kind, coalesce (p.territory_id, 0), p.archived, coalesce (t.name, '')" \
  " FROM partner p LEFT JOIN territory t ON t.id = p.territory_id"

/* Orders partners: métropole, CCAS, town, other; then by name. */
/* Appends "2 sessions" to @uses when @n > 0. The format comes from
 * g_dngettext() at the call site so that xgettext sees both forms. */
#define PRE_USES_ADD(uses, n, format) \
  G_STMT_START { \
    if ((n) > 0) \
      g_ptr_array_add ((uses), g_strdup_printf ((format), (int)(n))); \
  } G_STMT_END

#define PRE_PARTNER_KIND_ORDER(col) \
  "CASE " col " WHEN 'metropole' THEN 0 WHEN 'ccas' THEN 1 WHEN 'commune' THEN 2 ELSE 3 END"

PrePartner *pre_partner_new_from_stmt         (PreStmt     *stmt);

/* A single integer from @sql with @id bound to ?1. */
gboolean    pre_store_count_for_id            (PreStore    *store,
                                               const char  *sql,
                                               gint64       id,
                                               gint64      *count,
                                               GError     **error);

/* Steps @stmt once: @exists tells whether it gave a row. FALSE on failure. */
gboolean    pre_store_step_exists             (PreStore    *store,
                                               PreStmt     *stmt,
                                               gboolean    *exists,
                                               GError     **error);

/* Sets %PRE_STORE_ERROR_IN_USE: "@name cannot be deleted: it has A, B and C."
 * @uses holds the translated parts ("2 sessions"); it must not be empty. */
void        pre_set_in_use_error              (GError     **error,
                                               const char  *name,
                                               GPtrArray   *uses);

/* The first and last year of a convention; an unknown convention is a
 * %PRE_VALIDATION_ERROR on "convention-id". */
gboolean    pre_store_get_convention_years    (PreStore    *store,
                                               gint64       convention_id,
                                               int         *first_year,
                                               int         *last_year,
                                               GError     **error);

/* "The year 2027 is outside the convention’s years (2024–2026)." on @field. */
gboolean    pre_store_check_convention_year   (PreStore    *store,
                                               gint64       convention_id,
                                               int          year,
                                               const char  *field,
                                               GError     **error);

/* Whether a row with this id exists in @table ("partner", "territory"…; a
 * literal, never user text). */
gboolean    pre_store_row_exists              (PreStore    *store,
                                               const char  *table,
                                               gint64       id,
                                               gboolean    *exists,
                                               GError     **error);

G_END_DECLS
