/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

/**
 * PreImportKind:
 * @PRE_IMPORT_SESSIONS: sessions (activity) of a mission
 * @PRE_IMPORT_EXPENSES: expenses (invoices)
 * @PRE_IMPORT_PAYMENTS: calls for funds and receipts per partner and year
 * @PRE_IMPORT_MEMBERS: members of a board
 *
 * What a CSV file holds.
 */
typedef enum
{
  PRE_IMPORT_SESSIONS,
  PRE_IMPORT_EXPENSES,
  PRE_IMPORT_PAYMENTS,
  PRE_IMPORT_MEMBERS,
} PreImportKind;

/**
 * PreImportIssue:
 * @line: the line of the file (1 is the header)
 * @column: (nullable): the column's header as written in the file
 * @field: (nullable): the field it was mapped to ("cost", "date"…)
 * @message: a translated sentence naming the line and the column:
 *   "Line 12, column “Montant”: “4 820,5O €” is not an amount."
 *
 * One problem found by pre_import_validate().
 */
typedef struct
{
  guint  line;
  char  *column;
  char  *field;
  char  *message;
} PreImportIssue;

#define PRE_TYPE_IMPORT (pre_import_get_type ())
G_DECLARE_FINAL_TYPE (PreImport, pre_import, PRE, IMPORT, GObject)

/**
 * pre_import_kind_from_string:
 * @text: "sessions", "expenses", "payments" or "members"
 *
 * Returns: %TRUE if @text names a kind
 */
gboolean            pre_import_kind_from_string (const char      *text,
                                                 PreImportKind   *kind);

/**
 * pre_import_list_fields:
 *
 * Returns: (transfer none): the names of the fields a file of @kind can
 *   fill, for a column mapping ("date", "territory", "cost"…)
 */
const char * const *pre_import_list_fields     (PreImportKind    kind);

/**
 * pre_import_get_field_label:
 *
 * Returns: the translated label of @field for @kind ("Cost"), or %NULL
 */
const char         *pre_import_get_field_label (PreImportKind    kind,
                                                const char      *field);

/**
 * pre_import_new:
 * @store: the database to import into
 * @kind: what the file holds
 *
 * Returns: (transfer full): an import into the current convention of @store
 */
PreImport          *pre_import_new             (PreStore        *store,
                                                PreImportKind    kind);

PreImportKind       pre_import_get_kind        (PreImport       *self);

/**
 * pre_import_set_mission:
 *
 * The mission of sessions and expenses whose file has no mission column
 * (or an empty cell).
 */
void                pre_import_set_mission     (PreImport       *self,
                                                PreMissionKind   kind);

/**
 * pre_import_set_board_id:
 *
 * The board members are added to; without it, the only board of the
 * database.
 */
void                pre_import_set_board_id    (PreImport       *self,
                                                gint64           board_id);

/**
 * pre_import_set_skip_invalid:
 * @skip_invalid: %TRUE to import the valid rows of a file with bad lines
 *
 * The user's choice after the preview: by default pre_import_commit()
 * refuses a file with any bad line; with @skip_invalid it adds the valid
 * rows (still in one transaction) and leaves the bad lines out.
 */
void                pre_import_set_skip_invalid (PreImport      *self,
                                                 gboolean        skip_invalid);

/**
 * pre_import_load_data:
 * @data: the file's bytes
 * @length: their length, or -1
 *
 * Reads the file (pre_csv_parse()) and maps its columns from their headers,
 * case- and accent-insensitively, in French or English ("Date de la
 * séance", "Commune", "MONTANT", "Code jeune", "Titre de recettes"…).
 */
gboolean            pre_import_load_data       (PreImport       *self,
                                                const char      *data,
                                                gssize           length,
                                                GError         **error);

/**
 * pre_import_load_file:
 *
 * pre_import_load_data() on the contents of @path.
 */
gboolean            pre_import_load_file       (PreImport       *self,
                                                const char      *path,
                                                GError         **error);

guint               pre_import_get_n_columns   (PreImport       *self);

/**
 * pre_import_get_column_name:
 *
 * Returns: the header of @column as written in the file
 */
const char         *pre_import_get_column_name (PreImport       *self,
                                                guint            column);

/**
 * pre_import_get_column_field:
 *
 * Returns: (nullable): the field @column is mapped to, %NULL if ignored
 */
const char         *pre_import_get_column_field (PreImport      *self,
                                                 guint           column);

/**
 * pre_import_map_column:
 * @column: a header of the file (matched like the automatic mapping) or a
 *   column number from 1
 * @field: (nullable): a field of pre_import_list_fields(), or %NULL or ""
 *   to ignore the column
 * @error: a #PRE_VALIDATION_ERROR (field "column" or "field")
 *
 * Overrides the automatic mapping; a field mapped before to another column
 * moves here. After a successful pre_import_commit(), the overrides are
 * remembered in the database and applied to the next file of the same kind
 * that has a column with the same header.
 */
gboolean            pre_import_map_column      (PreImport       *self,
                                                const char      *column,
                                                const char      *field,
                                                GError         **error);

/**
 * pre_import_validate:
 * @error: set when the import cannot be checked at all (no current
 *   convention, a required field has no column, no mission given)
 *
 * The dry run: reads every line, checks it with the core's rules and
 * records one #PreImportIssue per bad line; nothing is written. Rows
 * already in the database (sessions and expenses: same date, mission,
 * territory and amount; members: same name; payments: same call and
 * receipt) are counted as duplicates and will be skipped.
 *
 * Returns: %TRUE if the check ran (look at pre_import_get_issues())
 */
gboolean            pre_import_validate        (PreImport       *self,
                                                GError         **error);

/**
 * pre_import_get_issues:
 *
 * Returns: (transfer none) (element-type PreImportIssue): the problems,
 *   by line
 */
GPtrArray          *pre_import_get_issues      (PreImport       *self);

/**
 * pre_import_get_n_valid:
 *
 * Returns: the rows that would be added by pre_import_commit()
 */
guint               pre_import_get_n_valid     (PreImport       *self);

/**
 * pre_import_get_n_duplicates:
 *
 * Returns: the rows already in the database, that will be skipped
 */
guint               pre_import_get_n_duplicates (PreImport      *self);

/**
 * pre_import_commit:
 * @n_added: (out) (optional): the rows added
 *
 * Validates, then adds every valid row in ONE transaction. Refused (a
 * #PRE_VALIDATION_ERROR, nothing written) while any line has a problem,
 * unless pre_import_set_skip_invalid() was called; a failure while writing
 * rolls everything back.
 */
gboolean            pre_import_commit          (PreImport       *self,
                                                guint           *n_added,
                                                GError         **error);

G_END_DECLS
