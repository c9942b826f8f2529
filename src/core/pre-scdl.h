/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PRE_SCDL_DELIBERATIONS_HEADER:
 *
 * The header line of the SCDL "Délibérations" schema
 * (schema.data.gouv.fr, scdl/deliberations), its columns in the schema's
 * order.
 */
#define PRE_SCDL_DELIBERATIONS_HEADER \
  "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM," \
  "DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL," \
  "VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL"

/**
 * pre_scdl_deliberations_csv:
 * @store: a store
 * @n_rows: (out) (optional): the number of deliberations written
 * @error: a #PRE_STORE_ERROR
 *
 * Every deliberation of every board, oldest séance first, as an open-data
 * file in the SCDL "Délibérations" schema: comma-separated UTF-8 without a
 * byte order mark, one line per deliberation ending with "\n", fields
 * quoted when they hold a comma, a quote or a line break.
 *
 * COLL_NOM is the board's body; DELIB_ID the deliberation's number, or
 * "YYYYMMDD-ID" (the séance's date and the record's id, stable for the
 * file) when it has none; DELIB_DATE the séance's ISO date;
 * DELIB_MATIERE_CODE the ACTES matter code when one is recorded;
 * DELIB_OBJET the subject on one line; VOTE_EFFECTIF the members in office
 * on that date; VOTE_REEL the members present or represented; VOTE_POUR,
 * VOTE_CONTRE and VOTE_ABSTENTION the votes. What the application does not
 * record (COLL_SIRET, DELIB_MATIERE_NOM, BUDGET_ANNEE, BUDGET_NOM,
 * PREF_ID, PREF_DATE, DELIB_URL) is an empty string, the schema's value for
 * a missing field.
 *
 * Returns: (transfer full) (nullable): the file's text, the header line
 *   first, or %NULL with @error set
 */
char     *pre_scdl_deliberations_csv     (PreStore    *store,
                                          guint       *n_rows,
                                          GError     **error);

/**
 * pre_scdl_write_deliberations:
 * @store: a store
 * @path: the CSV file, replaced as a whole (left as it was on failure)
 * @n_rows: (out) (optional): the number of deliberations written
 * @error: a #PRE_STORE_ERROR or a #G_FILE_ERROR
 *
 * Writes pre_scdl_deliberations_csv() to @path.
 *
 * Returns: %TRUE on success
 */
gboolean  pre_scdl_write_deliberations   (PreStore    *store,
                                          const char  *path,
                                          guint       *n_rows,
                                          GError     **error);

G_END_DECLS
