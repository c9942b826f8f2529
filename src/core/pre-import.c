/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "pre-activity.h"
#include "pre-board-member.h"
#include "pre-convention.h"
#include "pre-csv.h"
#include "pre-date.h"
#include "pre-error.h"
#include "pre-expense.h"
#include "pre-import.h"
#include "pre-mission.h"
#include "pre-money.h"
#include "pre-partner.h"
#include "pre-payment.h"
#include "pre-receipt.h"
#include "pre-store-private.h"
#include "pre-territory.h"

/* What a column can hold. Synonyms are written normalised (see
 * normalize()): ASCII, lower case, words separated by one space. */
typedef struct
{
  const char *name;
  const char *label;      /* N_() */
  gboolean    required;
  const char *synonyms;   /* '|'-separated */
} FieldDef;

static const FieldDef session_fields[] = {
  { "date", N_("Date"), TRUE, "date|date de la seance|date seance|date de seance|jour|session date|date of the session" },
  { "mission", N_("Mission"), FALSE, "mission|action|type de mission" },
  { "territory", N_("Territory"), FALSE, "territoire|commune|ville|territory|town|municipality|lieu" },
  { "status", N_("Status"), FALSE, "statut|etat|status|state" },
  { "cost", N_("Cost"), FALSE, "cout|montant|cost|amount|prix|tarif|cout de la seance|montant de la seance" },
  { "provider", N_("Provider"), FALSE, "prestataire|psychologue|intervenant|intervenante|formateur|formatrice|provider|psychologist|trainer" },
  { "participants", N_("Participants"), FALSE, "participants|nombre de participants|nb participants|nb de participants|participant" },
  { "duration", N_("Duration (minutes)"), FALSE, "duree|duree min|duree en minutes|duration|duration minutes|minutes" },
  { "youth-code", N_("Youth code"), FALSE, "code jeune|code du jeune|code|youth code|code pseudonyme" },
  { "title", N_("Title"), FALSE, "titre|intitule|title|objet" },
  { "topic", N_("Topic"), FALSE, "theme|sujet|topic" },
  { "notes", N_("Notes"), FALSE, "notes|note|remarques|commentaire|commentaires|observations|comments" },
  { NULL }
};

static const FieldDef expense_fields[] = {
  { "date", N_("Date"), TRUE, "date|date de la facture|date facture|date de la depense|invoice date" },
  { "mission", N_("Mission"), FALSE, "mission|action" },
  { "territory", N_("Territory"), FALSE, "territoire|commune|ville|territory|town" },
  { "amount", N_("Amount"), TRUE, "montant|cout|amount|cost|montant ttc|total|prix" },
  { "payee", N_("Payee"), FALSE, "beneficiaire|fournisseur|prestataire|payee|supplier|tiers" },
  { "reference", N_("Reference"), FALSE, "reference|numero de facture|n de facture|n facture|facture|invoice|ref" },
  { "description", N_("Description"), FALSE, "description|libelle|objet|designation" },
  { NULL }
};

static const FieldDef payment_fields[] = {
  { "partner", N_("Partner"), TRUE, "partenaire|organisme|financeur|partner|payeur|ccas|commune|territoire" },
  { "year", N_("Year"), FALSE, "annee|exercice|year" },
  { "call-date", N_("Call date"), FALSE, "date de l appel|date d appel|date appel|date du titre|date de l appel de fonds|date du titre de recettes|call date|date" },
  { "call-reference", N_("Titre de recettes"), FALSE, "titre de recettes|titre de recette|n titre|numero du titre|reference|titre|call reference" },
  { "call-amount", N_("Called amount"), FALSE, "montant appele|montant de l appel|appel|montant du titre|called|called amount|montant" },
  { "receipt-date", N_("Receipt date"), FALSE, "date de reception|date d encaissement|date du versement|date de versement|date du dernier versement|date de paiement|receipt date|last receipt date|received on" },
  { "receipt-amount", N_("Received amount"), FALSE, "montant recu|montant encaisse|montant verse|versement|recu|received|received amount|paid" },
  { "notes", N_("Notes"), FALSE, "notes|remarques|commentaire|observations" },
  { NULL }
};

static const FieldDef member_fields[] = {
  { "civility", N_("Civility"), TRUE, "civilite|civility|titre|title|m mme" },
  { "first-name", N_("First name"), FALSE, "prenom|first name|given name" },
  { "last-name", N_("Last name"), TRUE, "nom|nom de famille|last name|surname|name|family name" },
  { "role", N_("Role"), FALSE, "fonction|qualite|role|mandat" },
  { "out-of-office-from", N_("Out of office from"), FALSE, "fin de mandat|sortie|date de sortie|out of office from|left on" },
  { NULL }
};

static const FieldDef *
fields_for (PreImportKind kind)
{
  switch (kind)
    {
    case PRE_IMPORT_SESSIONS: return session_fields;
    case PRE_IMPORT_EXPENSES: return expense_fields;
    case PRE_IMPORT_PAYMENTS: return payment_fields;
    case PRE_IMPORT_MEMBERS: return member_fields;
    default: g_assert_not_reached ();
    }
}

typedef struct
{
  guint       line;
  GObject    *object;          /* PreActivity, PreExpense or PreBoardMember */
  /* payments */
  gint64      partner_id;
  int         year;
  gint64      payment_id;      /* an existing payment, or 0 */
  gboolean    has_call;
  char       *call_date;
  char       *call_reference;
  gint64      call_amount;
  char       *receipt_date;
  gint64      receipt_amount;
  char       *notes;
} Record;

static void
record_free (gpointer data)
{
  Record *record = data;

  g_clear_object (&record->object);
  g_free (record->call_date);
  g_free (record->call_reference);
  g_free (record->receipt_date);
  g_free (record->notes);
  g_free (record);
}

static void
issue_free (gpointer data)
{
  PreImportIssue *issue = data;

  g_free (issue->column);
  g_free (issue->field);
  g_free (issue->message);
  g_free (issue);
}

struct _PreImport
{
  GObject          parent_instance;

  PreStore        *store;
  PreImportKind    kind;
  gboolean         has_mission;
  PreMissionKind   mission;
  gint64           board_id;
  gint64           convention_id;
  gboolean         skip_invalid;

  PreCsv          *csv;
  GArray          *column_field;   /* int: index in fields_for (kind), or -1 */
  GHashTable      *overrides;      /* normalised header → field ("" ignores) */
  GPtrArray       *issues;
  GPtrArray       *records;
  guint            n_duplicates;

  /* Lookups built for one validation. */
  GHashTable      *territories;    /* normalised name → id */
  GHashTable      *partners;       /* normalised name → id */
  gint64           mission_ids[PRE_N_MISSION_KINDS];
  int              first_year;
  int              last_year;
};

G_DEFINE_FINAL_TYPE (PreImport, pre_import, G_TYPE_OBJECT)

static void
pre_import_finalize (GObject *object)
{
  PreImport *self = PRE_IMPORT (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->csv, pre_csv_free);
  g_clear_pointer (&self->column_field, g_array_unref);
  g_clear_pointer (&self->overrides, g_hash_table_unref);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->territories, g_hash_table_unref);
  g_clear_pointer (&self->partners, g_hash_table_unref);

  G_OBJECT_CLASS (pre_import_parent_class)->finalize (object);
}

static void
pre_import_class_init (PreImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pre_import_finalize;
}

static void
pre_import_init (PreImport *self)
{
  self->column_field = g_array_new (FALSE, FALSE, sizeof (int));
  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->issues = g_ptr_array_new_with_free_func (issue_free);
  self->records = g_ptr_array_new_with_free_func (record_free);
}

/* "Date de la séance (jj/mm/aaaa)" → "date de la seance": ASCII, lower case,
 * without what is in parentheses, words separated by one space. */
static char *
normalize (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *out;
  int depth = 0;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  ascii = g_str_to_ascii (text, "C");
  out = g_string_new (NULL);
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth > 0)
        continue;
      else if (g_ascii_isalnum (*p))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_c (out, g_ascii_tolower (*p));
          space = FALSE;
        }
      else
        space = TRUE;
    }
  return g_string_free_and_steal (out);
}

static gboolean
synonyms_contain (const char *synonyms,
                  const char *key)
{
  g_auto(GStrv) list = g_strsplit (synonyms, "|", -1);

  return g_strv_contains ((const char * const *) list, key);
}

gboolean
pre_import_kind_from_string (const char    *text,
                             PreImportKind *kind)
{
  static const char * const names[] = { "sessions", "expenses", "payments", "members" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        if (kind != NULL)
          *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char * const *
pre_import_list_fields (PreImportKind kind)
{
  static gpointer lists[4];
  const FieldDef *fields = fields_for (kind);

  if (g_once_init_enter_pointer (&lists[kind]))
    {
      GPtrArray *names = g_ptr_array_new ();
      for (guint i = 0; fields[i].name != NULL; i++)
        g_ptr_array_add (names, (gpointer) fields[i].name);
      g_ptr_array_add (names, NULL);
      g_once_init_leave_pointer (&lists[kind], (gpointer) g_ptr_array_free (names, FALSE));
    }
  return (const char * const *) lists[kind];
}

static int
field_index (PreImportKind  kind,
             const char    *field)
{
  const FieldDef *fields = fields_for (kind);

  for (int i = 0; fields[i].name != NULL; i++)
    if (g_strcmp0 (fields[i].name, field) == 0)
      return i;
  return -1;
}

const char *
pre_import_get_field_label (PreImportKind  kind,
                            const char    *field)
{
  int index = field_index (kind, field);

  return index < 0 ? NULL : _(fields_for (kind)[index].label);
}

PreImport *
pre_import_new (PreStore      *store,
                PreImportKind  kind)
{
  PreImport *self;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (kind <= PRE_IMPORT_MEMBERS, NULL);

  self = g_object_new (PRE_TYPE_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  return self;
}

PreImportKind
pre_import_get_kind (PreImport *self)
{
  g_return_val_if_fail (PRE_IS_IMPORT (self), PRE_IMPORT_SESSIONS);

  return self->kind;
}

void
pre_import_set_mission (PreImport      *self,
                        PreMissionKind  kind)
{
  g_return_if_fail (PRE_IS_IMPORT (self));

  self->has_mission = TRUE;
  self->mission = kind;
}

void
pre_import_set_board_id (PreImport *self,
                         gint64     board_id)
{
  g_return_if_fail (PRE_IS_IMPORT (self));

  self->board_id = board_id;
}

static void
map_headers (PreImport *self)
{
  const FieldDef *fields = fields_for (self->kind);
  const char * const *header = pre_csv_get_row (self->csv, 0);
  guint n_columns = g_strv_length ((char **) header);
  g_autofree gboolean *taken = NULL;
  guint n_fields = 0;

  while (fields[n_fields].name != NULL)
    n_fields++;
  taken = g_new0 (gboolean, n_fields);

  g_array_set_size (self->column_field, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *key = normalize (header[c]);
      int found = -1;

      for (guint f = 0; f < n_fields && found < 0; f++)
        if (!taken[f] && (g_strcmp0 (key, fields[f].name) == 0
                          || synonyms_contain (fields[f].synonyms, key)))
          found = f;
      if (found >= 0)
        taken[found] = TRUE;
      g_array_index (self->column_field, int, c) = found;
    }
}

static const char *
mapping_key (PreImportKind kind)
{
  static const char * const keys[] = {
    "import-mapping-sessions", "import-mapping-expenses",
    "import-mapping-payments", "import-mapping-members",
  };

  return keys[kind];
}

/* The mapping chosen for an earlier file of the same kind: one
 * "normalised header<TAB>field" per line. */
static void
apply_remembered_mapping (PreImport *self)
{
  g_autofree char *saved = pre_store_get_meta (self->store, mapping_key (self->kind));
  g_auto(GStrv) lines = NULL;

  if (saved == NULL)
    return;
  lines = g_strsplit (saved, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\t", 2);

      if (parts[0] == NULL || parts[1] == NULL)
        continue;
      for (guint c = 0; c < self->column_field->len; c++)
        {
          g_autofree char *header = normalize (pre_import_get_column_name (self, c));
          if (g_strcmp0 (header, parts[0]) == 0)
            {
              g_autofree char *number = g_strdup_printf ("%u", c + 1);
              pre_import_map_column (self, number, parts[1], NULL);
            }
        }
    }
}

static gboolean
remember_mapping (PreImport  *self,
                  GError    **error)
{
  g_autofree char *saved = NULL;
  g_autoptr(GHashTable) merged = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GList) keys = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (self->overrides) == 0)
    return TRUE;

  merged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  saved = pre_store_get_meta (self->store, mapping_key (self->kind));
  if (saved != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (saved, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) parts = g_strsplit (lines[i], "\t", 2);
          if (parts[0] != NULL && parts[1] != NULL)
            g_hash_table_replace (merged, g_strdup (parts[0]), g_strdup (parts[1]));
        }
    }
  g_hash_table_iter_init (&iter, self->overrides);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (merged, g_strdup (key), g_strdup (value));

  text = g_string_new (NULL);
  keys = g_list_sort (g_hash_table_get_keys (merged), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    g_string_append_printf (text, "%s%s\t%s", text->len > 0 ? "\n" : "",
                            (const char *) l->data, (const char *) g_hash_table_lookup (merged, l->data));
  return pre_store_set_meta (self->store, mapping_key (self->kind), text->str, error);
}

void
pre_import_set_skip_invalid (PreImport *self,
                             gboolean   skip_invalid)
{
  g_return_if_fail (PRE_IS_IMPORT (self));

  self->skip_invalid = !!skip_invalid;
}

gboolean
pre_import_load_data (PreImport   *self,
                      const char  *data,
                      gssize       length,
                      GError     **error)
{
  PreCsv *csv;

  g_return_val_if_fail (PRE_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = pre_csv_parse (data, length, error);
  if (csv == NULL)
    return FALSE;

  g_clear_pointer (&self->csv, pre_csv_free);
  self->csv = csv;
  g_ptr_array_set_size (self->issues, 0);
  g_ptr_array_set_size (self->records, 0);
  self->n_duplicates = 0;
  map_headers (self);
  apply_remembered_mapping (self);
  /* Only what the user maps for this file is remembered after it. */
  g_hash_table_remove_all (self->overrides);
  return TRUE;
}

gboolean
pre_import_load_file (PreImport   *self,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (PRE_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  if (!pre_import_load_data (self, contents, length, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read “%s”: "), path);
      return FALSE;
    }
  return TRUE;
}

guint
pre_import_get_n_columns (PreImport *self)
{
  g_return_val_if_fail (PRE_IS_IMPORT (self), 0);
  return self->column_field->len;
}

const char *
pre_import_get_column_name (PreImport *self,
                            guint      column)
{
  g_return_val_if_fail (PRE_IS_IMPORT (self), NULL);
  g_return_val_if_fail (self->csv != NULL && column < self->column_field->len, NULL);
  return pre_csv_get_row (self->csv, 0)[column];
}

const char *
pre_import_get_column_field (PreImport *self,
                             guint      column)
{
  int index;

  g_return_val_if_fail (PRE_IS_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->column_field->len, NULL);

  index = g_array_index (self->column_field, int, column);
  return index < 0 ? NULL : fields_for (self->kind)[index].name;
}

gboolean
pre_import_map_column (PreImport   *self,
                       const char  *column,
                       const char  *field,
                       GError     **error)
{
  g_autofree char *key = NULL;
  int target = -1;
  int index = -1;
  char *end = NULL;
  guint64 number;

  g_return_val_if_fail (PRE_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (self->csv != NULL, FALSE);

  number = g_ascii_strtoull (column, &end, 10);
  if (end != column && *end == '\0' && number >= 1 && number <= self->column_field->len)
    target = number - 1;
  else
    {
      key = normalize (column);
      for (guint c = 0; c < self->column_field->len && target < 0; c++)
        {
          g_autofree char *header = normalize (pre_import_get_column_name (self, c));
          if (g_strcmp0 (header, key) == 0)
            target = c;
        }
    }
  if (target < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "column",
                                _("The file has no column “%s”."), column);
      return FALSE;
    }

  if (field != NULL && *field != '\0' && g_strcmp0 (field, "none") != 0)
    {
      index = field_index (self->kind, field);
      if (index < 0)
        {
          g_autofree char *known = g_strjoinv (", ", (char **) pre_import_list_fields (self->kind));
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "field",
                                    _("“%s” is not a field of this import; the fields are: %s."),
                                    field, known);
          return FALSE;
        }
      for (guint c = 0; c < self->column_field->len; c++)
        if (g_array_index (self->column_field, int, c) == index)
          g_array_index (self->column_field, int, c) = -1;
    }
  g_array_index (self->column_field, int, target) = index;
  g_hash_table_replace (self->overrides, normalize (pre_import_get_column_name (self, target)),
                        g_strdup (index >= 0 ? fields_for (self->kind)[index].name : ""));
  return TRUE;
}

/* Validation */

static int
column_of (PreImport  *self,
           const char *field)
{
  int index = field_index (self->kind, field);

  for (guint c = 0; c < self->column_field->len; c++)
    if (g_array_index (self->column_field, int, c) == index)
      return c;
  return -1;
}

/* The trimmed cell of @field on @row, or NULL when empty or unmapped. */
static char *
cell (PreImport           *self,
      const char * const  *row,
      const char          *field)
{
  int c = column_of (self, field);
  char *text;

  if (c < 0 || c >= (int) g_strv_length ((char **) row))
    return NULL;
  text = g_strstrip (g_strdup (row[c]));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void add_issue (PreImport  *self,
                       guint       line,
                       const char *field,
                       const char *format,
                       ...) G_GNUC_PRINTF (4, 5);

/* @format's first argument is the line, the second the column's header. */
static void
add_issue (PreImport  *self,
           guint       line,
           const char *field,
           const char *format,
           ...)
{
  PreImportIssue *issue = g_new0 (PreImportIssue, 1);
  va_list args;

  issue->line = line;
  if (field != NULL)
    {
      int c = column_of (self, field);
      issue->field = g_strdup (field);
      if (c >= 0)
        issue->column = g_strdup (pre_import_get_column_name (self, c));
    }
  va_start (args, format);
  issue->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->issues, issue);
}

static const char *
column_label (PreImport  *self,
              const char *field)
{
  int c = column_of (self, field);

  return c >= 0 ? pre_import_get_column_name (self, c) : pre_import_get_field_label (self->kind, field);
}

static gboolean
parse_amount (PreImport   *self,
              guint        line,
              const char  *field,
              const char  *text,
              gint64      *out)
{
  if (pre_money_parse (text, out, NULL))
    return TRUE;
  add_issue (self, line, field, _("Line %u, column “%s”: “%s” is not an amount."),
             line, column_label (self, field), text);
  return FALSE;
}

static gboolean
parse_date (PreImport   *self,
            guint        line,
            const char  *field,
            const char  *text,
            char       **out)
{
  if (pre_date_parse (text, out, NULL))
    return TRUE;
  add_issue (self, line, field, _("Line %u, column “%s”: “%s” is not a date (dd/mm/yyyy or yyyy-mm-dd)."),
             line, column_label (self, field), text);
  return FALSE;
}

/* Sessions and expenses fall within the convention's years. */
static gboolean
check_year (PreImport  *self,
            guint       line,
            const char *date)
{
  int year = pre_date_year (date);

  if (year >= self->first_year && year <= self->last_year)
    return TRUE;
  add_issue (self, line, "date",
             _("Line %u, column “%s”: the date %s is outside the years of the convention (%d–%d)."),
             line, column_label (self, "date"), date, self->first_year, self->last_year);
  return FALSE;
}

static gboolean
parse_count (PreImport   *self,
             guint        line,
             const char  *field,
             const char  *text,
             int         *out)
{
  char *end = NULL;
  guint64 value = g_ascii_strtoull (text, &end, 10);

  if (end != text && *end == '\0' && g_ascii_isdigit (text[0]) && value <= G_MAXINT)
    {
      *out = (int) value;
      return TRUE;
    }
  add_issue (self, line, field, _("Line %u, column “%s”: “%s” is not a whole number."),
             line, column_label (self, field), text);
  return FALSE;
}

static void
missing (PreImport  *self,
         guint       line,
         const char *field)
{
  add_issue (self, line, field, _("Line %u, column “%s”: the value is missing."),
             line, column_label (self, field));
}

static gboolean
parse_mission (PreImport      *self,
               guint           line,
               const char     *text,
               PreMissionKind *out)
{
  g_autofree char *key = normalize (text);

  if (text == NULL)
    {
      if (self->has_mission)
        {
          *out = self->mission;
          return TRUE;
        }
      missing (self, line, "mission");
      return FALSE;
    }

  if (g_str_has_prefix (key, "coord"))
    *out = PRE_MISSION_COORDINATION;
  else if (g_str_has_prefix (key, "psy") || g_str_has_prefix (key, "soutien psy")
           || g_str_has_prefix (key, "soins psy") || g_str_has_prefix (key, "acces aux soins")
           || g_str_has_prefix (key, "accompagnement"))
    *out = PRE_MISSION_PSYCHOLOGY;
  else if (g_str_has_prefix (key, "proj") || g_str_has_prefix (key, "reflexion"))
    *out = PRE_MISSION_PROJECT;
  else if (g_str_has_prefix (key, "form") || g_str_has_prefix (key, "train")
           || g_str_has_prefix (key, "analyse"))
    *out = PRE_MISSION_TRAINING;
  else
    {
      for (guint k = 0; k < PRE_N_MISSION_KINDS; k++)
        {
          g_autofree char *label = normalize (pre_mission_kind_get_label (k));
          if (g_strcmp0 (label, key) == 0)
            {
              *out = k;
              return TRUE;
            }
        }
      add_issue (self, line, "mission",
                 _("Line %u, column “%s”: “%s” is not a mission (coordination, psychology, project or training)."),
                 line, column_label (self, "mission"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_status (PreImport         *self,
              guint              line,
              const char        *text,
              const char        *date,
              PreActivityStatus *out)
{
  static const struct { const char *key; PreActivityStatus status; } words[] = {
    { "prevue", PRE_ACTIVITY_PLANNED }, { "prevu", PRE_ACTIVITY_PLANNED },
    { "planifiee", PRE_ACTIVITY_PLANNED }, { "a venir", PRE_ACTIVITY_PLANNED },
    { "programmee", PRE_ACTIVITY_PLANNED },
    { "realisee", PRE_ACTIVITY_HELD }, { "realise", PRE_ACTIVITY_HELD },
    { "tenue", PRE_ACTIVITY_HELD }, { "faite", PRE_ACTIVITY_HELD }, { "fait", PRE_ACTIVITY_HELD },
    { "effectuee", PRE_ACTIVITY_HELD }, { "oui", PRE_ACTIVITY_HELD },
    { "manquee", PRE_ACTIVITY_MISSED }, { "absent", PRE_ACTIVITY_MISSED },
    { "absence", PRE_ACTIVITY_MISSED }, { "non honoree", PRE_ACTIVITY_MISSED },
    { "annulee", PRE_ACTIVITY_CANCELLED }, { "annule", PRE_ACTIVITY_CANCELLED },
    { "canceled", PRE_ACTIVITY_CANCELLED },
  };
  g_autofree char *key = normalize (text);
  g_autofree char *today = NULL;

  if (text == NULL)
    {
      /* Without a status: held when past, planned when to come. */
      today = pre_date_today_iso ();
      *out = g_strcmp0 (date, today) <= 0 ? PRE_ACTIVITY_HELD : PRE_ACTIVITY_PLANNED;
      return TRUE;
    }
  if (pre_activity_status_from_string (key, out))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (words[i].key, key) == 0)
      {
        *out = words[i].status;
        return TRUE;
      }
  for (guint s = PRE_ACTIVITY_PLANNED; s <= PRE_ACTIVITY_CANCELLED; s++)
    {
      g_autofree char *label = normalize (pre_activity_status_get_label (s));
      if (g_strcmp0 (label, key) == 0)
        {
          *out = s;
          return TRUE;
        }
    }
  add_issue (self, line, "status",
             _("Line %u, column “%s”: “%s” is not a session status (planned, held, missed or cancelled)."),
             line, column_label (self, "status"), text);
  return FALSE;
}

static gboolean
is_all_territories (const char *key)
{
  static const char * const words[] = {
    "toutes", "tous", "tout", "all", "all territories", "toutes communes",
    "tous territoires", "tous les territoires", "toutes les communes", "metropole", "ensemble",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (words[i], key) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
parse_territory (PreImport  *self,
                 guint       line,
                 const char *text,
                 gint64     *out)
{
  g_autofree char *key = normalize (text);
  gpointer id;

  *out = 0;
  if (text == NULL || is_all_territories (key))
    return TRUE;
  if (g_hash_table_lookup_extended (self->territories, key, NULL, &id))
    {
      *out = GPOINTER_TO_SIZE (id);
      return TRUE;
    }
  add_issue (self, line, "territory", _("Line %u, column “%s”: “%s” is not a known territory."),
             line, column_label (self, "territory"), text);
  return FALSE;
}

static gboolean
sql_exists (PreStore    *store,
            PreStmt     *stmt,
            gboolean    *exists,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *exists = pre_store_step_row (store, stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_session (PreImport           *self,
                  guint                line,
                  const char * const  *row,
                  GError             **error)
{
  g_autoptr(PreActivity) activity = pre_activity_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *date_text = cell (self, row, "date");
  g_autofree char *mission_text = cell (self, row, "mission");
  g_autofree char *territory_text = cell (self, row, "territory");
  g_autofree char *status_text = cell (self, row, "status");
  g_autofree char *cost_text = cell (self, row, "cost");
  g_autofree char *participants_text = cell (self, row, "participants");
  g_autofree char *duration_text = cell (self, row, "duration");
  g_autofree char *code = cell (self, row, "youth-code");
  g_autofree char *provider = cell (self, row, "provider");
  g_autofree char *title = cell (self, row, "title");
  g_autofree char *topic = cell (self, row, "topic");
  g_autofree char *notes = cell (self, row, "notes");
  g_autofree char *date = NULL;
  PreMissionKind mission = PRE_MISSION_COORDINATION;
  PreActivityStatus status = PRE_ACTIVITY_HELD;
  gint64 territory_id = 0;
  gint64 cost = 0;
  int participants = -1;
  int duration = -1;
  guint n_issues = self->issues->len;
  gboolean exists = FALSE;

  if (date_text == NULL)
    missing (self, line, "date");
  else if (parse_date (self, line, "date", date_text, &date))
    check_year (self, line, date);
  parse_mission (self, line, mission_text, &mission);
  parse_territory (self, line, territory_text, &territory_id);
  if (date != NULL)
    parse_status (self, line, status_text, date, &status);
  if (cost_text != NULL)
    parse_amount (self, line, "cost", cost_text, &cost);
  if (participants_text != NULL)
    parse_count (self, line, "participants", participants_text, &participants);
  if (duration_text != NULL)
    parse_count (self, line, "duration", duration_text, &duration);
  if (code != NULL && !pre_youth_code_validate (code, &local_error))
    {
      add_issue (self, line, "youth-code", _("Line %u, column “%s”: %s"),
                 line, column_label (self, "youth-code"), local_error->message);
      g_clear_error (&local_error);
    }
  if (self->issues->len > n_issues)
    return TRUE;

  if (self->mission_ids[mission] == 0)
    {
      add_issue (self, line, "mission", _("Line %u, column “%s”: the convention has no mission “%s”."),
                 line, column_label (self, "mission"), pre_mission_kind_get_label (mission));
      return TRUE;
    }

  pre_activity_set_mission_id (activity, self->mission_ids[mission]);
  pre_activity_set_territory_id (activity, territory_id);
  pre_activity_set_date (activity, date);
  pre_activity_set_status (activity, status);
  pre_activity_set_cost (activity, cost);
  pre_activity_set_participants (activity, participants);
  pre_activity_set_duration_minutes (activity, duration);
  pre_activity_set_youth_code (activity, code);
  if (provider != NULL)
    pre_activity_set_provider (activity, provider);
  if (title != NULL)
    pre_activity_set_title (activity, title);
  if (topic != NULL)
    pre_activity_set_topic (activity, topic);
  if (notes != NULL)
    pre_activity_set_notes (activity, notes);
  if (!pre_activity_validate (activity, &local_error))
    {
      add_issue (self, line, pre_validation_error_get_field (local_error),
                 _("Line %u: %s"), line, local_error->message);
      return TRUE;
    }

  stmt = pre_store_prepare (self->store,
                            "SELECT 1 FROM activity WHERE mission_id = ?1 AND territory_id IS ?2"
                            " AND date = ?3 AND cost = ?4 AND status = ?5"
                            " AND youth_code IS ?6 LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->mission_ids[mission]);
  pre_bind_id (stmt, 2, territory_id);
  pre_bind_text (stmt, 3, date);
  sqlite3_bind_int64 (stmt, 4, cost);
  pre_bind_text (stmt, 5, pre_activity_status_to_string (status));
  pre_bind_text (stmt, 6, code);
  if (!sql_exists (self->store, stmt, &exists, error))
    return FALSE;
  if (exists)
    {
      self->n_duplicates++;
      return TRUE;
    }

  {
    Record *record = g_new0 (Record, 1);
    record->line = line;
    record->object = G_OBJECT (g_steal_pointer (&activity));
    g_ptr_array_add (self->records, record);
  }
  return TRUE;
}

static gboolean
validate_expense (PreImport           *self,
                  guint                line,
                  const char * const  *row,
                  GError             **error)
{
  g_autoptr(PreExpense) expense = pre_expense_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *date_text = cell (self, row, "date");
  g_autofree char *mission_text = cell (self, row, "mission");
  g_autofree char *territory_text = cell (self, row, "territory");
  g_autofree char *amount_text = cell (self, row, "amount");
  g_autofree char *payee = cell (self, row, "payee");
  g_autofree char *reference = cell (self, row, "reference");
  g_autofree char *description = cell (self, row, "description");
  g_autofree char *date = NULL;
  PreMissionKind mission = PRE_MISSION_COORDINATION;
  gint64 territory_id = 0;
  gint64 amount = 0;
  guint n_issues = self->issues->len;
  gboolean exists = FALSE;

  if (date_text == NULL)
    missing (self, line, "date");
  else if (parse_date (self, line, "date", date_text, &date))
    check_year (self, line, date);
  parse_mission (self, line, mission_text, &mission);
  parse_territory (self, line, territory_text, &territory_id);
  if (amount_text == NULL)
    missing (self, line, "amount");
  else
    parse_amount (self, line, "amount", amount_text, &amount);
  if (self->issues->len > n_issues)
    return TRUE;

  if (self->mission_ids[mission] == 0)
    {
      add_issue (self, line, "mission", _("Line %u, column “%s”: the convention has no mission “%s”."),
                 line, column_label (self, "mission"), pre_mission_kind_get_label (mission));
      return TRUE;
    }

  pre_expense_set_mission_id (expense, self->mission_ids[mission]);
  pre_expense_set_territory_id (expense, territory_id);
  pre_expense_set_date (expense, date);
  pre_expense_set_amount (expense, amount);
  if (payee != NULL)
    pre_expense_set_payee (expense, payee);
  if (reference != NULL)
    pre_expense_set_reference (expense, reference);
  if (description != NULL)
    pre_expense_set_description (expense, description);
  if (!pre_expense_validate (expense, &local_error))
    {
      add_issue (self, line, pre_validation_error_get_field (local_error),
                 _("Line %u: %s"), line, local_error->message);
      return TRUE;
    }

  stmt = pre_store_prepare (self->store,
                            "SELECT 1 FROM expense WHERE mission_id = ?1 AND territory_id IS ?2"
                            " AND date = ?3 AND amount = ?4 LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->mission_ids[mission]);
  pre_bind_id (stmt, 2, territory_id);
  pre_bind_text (stmt, 3, date);
  sqlite3_bind_int64 (stmt, 4, amount);
  if (!sql_exists (self->store, stmt, &exists, error))
    return FALSE;
  if (exists)
    {
      self->n_duplicates++;
      return TRUE;
    }

  {
    Record *record = g_new0 (Record, 1);
    record->line = line;
    record->object = G_OBJECT (g_steal_pointer (&expense));
    g_ptr_array_add (self->records, record);
  }
  return TRUE;
}

static gboolean
validate_payment (PreImport           *self,
                  guint                line,
                  const char * const  *row,
                  GError             **error)
{
  g_autofree char *partner_text = cell (self, row, "partner");
  g_autofree char *year_text = cell (self, row, "year");
  g_autofree char *call_date_text = cell (self, row, "call-date");
  g_autofree char *reference = cell (self, row, "call-reference");
  g_autofree char *call_amount_text = cell (self, row, "call-amount");
  g_autofree char *receipt_date_text = cell (self, row, "receipt-date");
  g_autofree char *receipt_amount_text = cell (self, row, "receipt-amount");
  g_autofree char *notes = cell (self, row, "notes");
  g_autofree char *call_date = NULL;
  g_autofree char *receipt_date = NULL;
  g_autofree char *partner_key = normalize (partner_text);
  g_autoptr(PreStmt) stmt = NULL;
  gint64 partner_id = 0;
  gint64 call_amount = 0;
  gint64 receipt_amount = 0;
  gint64 payment_id = 0;
  int year = 0;
  guint n_issues = self->issues->len;
  gpointer id;
  Record *record;

  if (partner_text == NULL)
    missing (self, line, "partner");
  else if (g_hash_table_lookup_extended (self->partners, partner_key, NULL, &id))
    partner_id = GPOINTER_TO_SIZE (id);
  else
    add_issue (self, line, "partner", _("Line %u, column “%s”: “%s” is not a known partner."),
               line, column_label (self, "partner"), partner_text);
  if (call_date_text != NULL)
    parse_date (self, line, "call-date", call_date_text, &call_date);
  if (receipt_date_text != NULL)
    parse_date (self, line, "receipt-date", receipt_date_text, &receipt_date);
  if (call_amount_text != NULL)
    parse_amount (self, line, "call-amount", call_amount_text, &call_amount);
  if (receipt_amount_text != NULL)
    parse_amount (self, line, "receipt-amount", receipt_amount_text, &receipt_amount);
  if (year_text != NULL)
    parse_count (self, line, "year", year_text, &year);
  if (self->issues->len > n_issues)
    return TRUE;

  if (year == 0)
    year = call_date != NULL ? pre_date_year (call_date)
           : receipt_date != NULL ? pre_date_year (receipt_date) : 0;
  if (year == 0)
    {
      missing (self, line, "year");
      return TRUE;
    }
  {
    g_autoptr(PreConvention) convention = pre_store_get_convention (self->store, self->convention_id, error);
    if (convention == NULL)
      return FALSE;
    if (!pre_convention_contains_year (convention, year))
      {
        add_issue (self, line, "year", _("Line %u, column “%s”: %d is not a year of the convention."),
                   line, column_label (self, "year"), year);
        return TRUE;
      }
  }
  if (receipt_amount_text != NULL && receipt_date == NULL)
    {
      missing (self, line, "receipt-date");
      return TRUE;
    }
  if (receipt_date != NULL && receipt_amount == 0)
    {
      add_issue (self, line, "receipt-amount", _("Line %u, column “%s”: the received amount must be more than zero."),
                 line, column_label (self, "receipt-amount"));
      return TRUE;
    }

  stmt = pre_store_prepare (self->store,
                            "SELECT id, call_date IS ?4 AND call_reference = ?5 AND call_amount = ?6"
                            " FROM payment WHERE convention_id = ?1 AND partner_id = ?2 AND year = ?3",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->convention_id);
  sqlite3_bind_int64 (stmt, 2, partner_id);
  sqlite3_bind_int (stmt, 3, year);
  pre_bind_text (stmt, 4, call_date);
  pre_bind_text (stmt, 5, reference != NULL ? reference : "");
  sqlite3_bind_int64 (stmt, 6, call_amount);
  {
    g_autoptr(GError) local_error = NULL;
    gboolean same_call = FALSE;

    if (pre_store_step_row (self->store, stmt, &local_error))
      {
        payment_id = sqlite3_column_int64 (stmt, 0);
        same_call = sqlite3_column_int (stmt, 1);
      }
    else if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }

    if (payment_id != 0 && (same_call || call_amount_text == NULL))
      {
        gboolean receipt_exists = FALSE;

        if (receipt_date != NULL)
          {
            g_autoptr(PreStmt) rstmt =
              pre_store_prepare (self->store,
                                 "SELECT 1 FROM receipt WHERE payment_id = ?1 AND date = ?2 AND amount = ?3",
                                 error);
            if (rstmt == NULL)
              return FALSE;
            sqlite3_bind_int64 (rstmt, 1, payment_id);
            pre_bind_text (rstmt, 2, receipt_date);
            sqlite3_bind_int64 (rstmt, 3, receipt_amount);
            if (!sql_exists (self->store, rstmt, &receipt_exists, error))
              return FALSE;
          }
        if (receipt_date == NULL || receipt_exists)
          {
            self->n_duplicates++;
            return TRUE;
          }
      }
  }

  record = g_new0 (Record, 1);
  record->line = line;
  record->partner_id = partner_id;
  record->year = year;
  record->payment_id = payment_id;
  record->has_call = call_amount_text != NULL || call_date != NULL || reference != NULL;
  record->call_date = g_steal_pointer (&call_date);
  record->call_reference = g_steal_pointer (&reference);
  record->call_amount = call_amount;
  record->receipt_date = g_steal_pointer (&receipt_date);
  record->receipt_amount = receipt_amount;
  record->notes = g_steal_pointer (&notes);
  g_ptr_array_add (self->records, record);
  return TRUE;
}

static gboolean
parse_civility (const char  *text,
                const char **out)
{
  g_autofree char *key = normalize (text);
  static const char * const mr[] = { "m", "mr", "monsieur", "mister" };
  static const char * const mrs[] = { "mme", "madame", "mrs", "ms", "mlle", "mademoiselle" };

  for (guint i = 0; i < G_N_ELEMENTS (mr); i++)
    if (g_strcmp0 (key, mr[i]) == 0)
      {
        *out = "M.";
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (mrs); i++)
    if (g_strcmp0 (key, mrs[i]) == 0)
      {
        *out = "Mme";
        return TRUE;
      }
  return FALSE;
}

static gboolean
validate_member (PreImport           *self,
                 guint                line,
                 const char * const  *row,
                 GError             **error)
{
  g_autoptr(PreBoardMember) member = pre_board_member_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *civility_text = cell (self, row, "civility");
  g_autofree char *first_name = cell (self, row, "first-name");
  g_autofree char *last_name = cell (self, row, "last-name");
  g_autofree char *role = cell (self, row, "role");
  g_autofree char *out_text = cell (self, row, "out-of-office-from");
  g_autofree char *out_date = NULL;
  const char *civility = NULL;
  guint n_issues = self->issues->len;
  gboolean exists = FALSE;
  Record *record;

  if (civility_text == NULL)
    missing (self, line, "civility");
  else if (!parse_civility (civility_text, &civility))
    add_issue (self, line, "civility", _("Line %u, column “%s”: “%s” is not a civility (M. or Mme)."),
               line, column_label (self, "civility"), civility_text);
  if (last_name == NULL)
    missing (self, line, "last-name");
  if (out_text != NULL)
    parse_date (self, line, "out-of-office-from", out_text, &out_date);
  if (self->issues->len > n_issues)
    return TRUE;

  pre_board_member_set_board_id (member, self->board_id);
  pre_board_member_set_civility (member, civility);
  pre_board_member_set_first_name (member, first_name != NULL ? first_name : "");
  pre_board_member_set_last_name (member, last_name);
  if (role != NULL)
    pre_board_member_set_role (member, role);
  pre_board_member_set_out_of_office_from (member, out_date);
  if (!pre_board_member_validate (member, &local_error))
    {
      add_issue (self, line, pre_validation_error_get_field (local_error),
                 _("Line %u: %s"), line, local_error->message);
      return TRUE;
    }

  stmt = pre_store_prepare (self->store,
                            "SELECT 1 FROM board_member WHERE board_id = ?1"
                            " AND last_name = ?2 COLLATE NOCASE"
                            " AND (?3 = '' OR first_name = ?3 COLLATE NOCASE)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->board_id);
  pre_bind_text (stmt, 2, last_name);
  pre_bind_text (stmt, 3, first_name != NULL ? first_name : "");
  if (!sql_exists (self->store, stmt, &exists, error))
    return FALSE;
  if (exists)
    {
      self->n_duplicates++;
      return TRUE;
    }

  record = g_new0 (Record, 1);
  record->line = line;
  record->object = G_OBJECT (g_steal_pointer (&member));
  g_ptr_array_add (self->records, record);
  return TRUE;
}

static gboolean
load_lookups (PreImport  *self,
              GError    **error)
{
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GListModel) partners = NULL;

  convention = pre_store_get_current_convention (self->store, error);
  if (convention == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                     _("There is no convention to import into: create one first."));
      return FALSE;
    }
  self->convention_id = pre_convention_get_id (convention);
  self->first_year = pre_convention_get_first_year (convention);
  self->last_year = pre_convention_get_last_year (convention);

  g_clear_pointer (&self->territories, g_hash_table_unref);
  self->territories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  territories = pre_store_list_territories (self->store, TRUE, error);
  if (territories == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);
      g_hash_table_insert (self->territories, normalize (pre_territory_get_name (territory)),
                           GSIZE_TO_POINTER (pre_territory_get_id (territory)));
    }

  /* Partners by name, and by the name of their territory ("Chenôve" for the
   * CCAS de Chenôve) when that is not ambiguous. */
  g_clear_pointer (&self->partners, g_hash_table_unref);
  self->partners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  partners = pre_store_list_partners (self->store, TRUE, error);
  if (partners == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (partners, i);
      const char *territory = pre_partner_get_territory_name (partner);

      if (territory != NULL && *territory != '\0')
        {
          char *key = normalize (territory);
          if (g_hash_table_contains (self->partners, key))
            g_hash_table_replace (self->partners, key, GSIZE_TO_POINTER (0));
          else
            g_hash_table_insert (self->partners, key, GSIZE_TO_POINTER (pre_partner_get_id (partner)));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (partners, i);
      g_hash_table_replace (self->partners, normalize (pre_partner_get_name (partner)),
                            GSIZE_TO_POINTER (pre_partner_get_id (partner)));
    }
  {
    /* Drop the ambiguous territory names. */
    GHashTableIter iter;
    gpointer value;
    g_hash_table_iter_init (&iter, self->partners);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      if (value == NULL)
        g_hash_table_iter_remove (&iter);
  }

  for (guint k = 0; k < PRE_N_MISSION_KINDS; k++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(PreMission) mission = pre_store_get_mission_by_kind (self->store, self->convention_id,
                                                                     k, &local_error);
      self->mission_ids[k] = mission != NULL ? pre_mission_get_id (mission) : 0;
      if (mission == NULL && !g_error_matches (local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (self->kind == PRE_IMPORT_MEMBERS && self->board_id == 0)
    {
      g_autoptr(PreStmt) stmt = pre_store_prepare (self->store, "SELECT id FROM board LIMIT 2", error);
      g_autoptr(GError) local_error = NULL;
      guint n = 0;

      if (stmt == NULL)
        return FALSE;
      while (pre_store_step_row (self->store, stmt, &local_error))
        {
          self->board_id = sqlite3_column_int64 (stmt, 0);
          n++;
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (n != 1)
        {
          self->board_id = 0;
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "board-id",
                                    _("Choose the board the members belong to."));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
pre_import_validate (PreImport  *self,
                     GError    **error)
{
  const FieldDef *fields;

  g_return_val_if_fail (PRE_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->csv != NULL, FALSE);

  g_ptr_array_set_size (self->issues, 0);
  g_ptr_array_set_size (self->records, 0);
  self->n_duplicates = 0;

  fields = fields_for (self->kind);
  for (guint f = 0; fields[f].name != NULL; f++)
    if (fields[f].required && column_of (self, fields[f].name) < 0)
      {
        pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, fields[f].name,
                                  _("No column of the file holds the field “%s” (%s): map one to it."),
                                  _(fields[f].label), fields[f].name);
        return FALSE;
      }
  if ((self->kind == PRE_IMPORT_SESSIONS || self->kind == PRE_IMPORT_EXPENSES)
      && !self->has_mission && column_of (self, "mission") < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "mission",
                                _("The file has no mission column: choose the mission of its rows."));
      return FALSE;
    }

  if (!load_lookups (self, error))
    return FALSE;

  for (guint r = 1; r < pre_csv_get_n_rows (self->csv); r++)
    {
      const char * const *row = pre_csv_get_row (self->csv, r);
      guint line = pre_csv_get_line (self->csv, r);
      gboolean ok = TRUE;

      switch (self->kind)
        {
        case PRE_IMPORT_SESSIONS: ok = validate_session (self, line, row, error); break;
        case PRE_IMPORT_EXPENSES: ok = validate_expense (self, line, row, error); break;
        case PRE_IMPORT_PAYMENTS: ok = validate_payment (self, line, row, error); break;
        case PRE_IMPORT_MEMBERS: ok = validate_member (self, line, row, error); break;
        default: g_assert_not_reached ();
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
pre_import_get_issues (PreImport *self)
{
  g_return_val_if_fail (PRE_IS_IMPORT (self), NULL);
  return self->issues;
}

guint
pre_import_get_n_valid (PreImport *self)
{
  g_return_val_if_fail (PRE_IS_IMPORT (self), 0);
  return self->records->len;
}

guint
pre_import_get_n_duplicates (PreImport *self)
{
  g_return_val_if_fail (PRE_IS_IMPORT (self), 0);
  return self->n_duplicates;
}

static gboolean
save_payment (PreImport  *self,
              Record     *record,
              GError    **error)
{
  g_autoptr(PrePayment) payment = NULL;
  gint64 payment_id = record->payment_id;

  if (payment_id != 0)
    {
      payment = pre_store_get_payment (self->store, payment_id, error);
      if (payment == NULL)
        return FALSE;
    }
  else
    {
      payment = pre_payment_new ();
      pre_payment_set_convention_id (payment, self->convention_id);
      pre_payment_set_partner_id (payment, record->partner_id);
      pre_payment_set_year (payment, record->year);
    }

  if (record->has_call || payment_id == 0)
    {
      if (record->call_date != NULL)
        pre_payment_set_call_date (payment, record->call_date);
      if (record->call_reference != NULL)
        pre_payment_set_call_reference (payment, record->call_reference);
      if (record->has_call)
        pre_payment_set_call_amount (payment, record->call_amount);
      if (record->notes != NULL)
        pre_payment_set_notes (payment, record->notes);
      if (!pre_store_save_payment (self->store, payment, error))
        return FALSE;
    }

  if (record->receipt_date != NULL)
    {
      g_autoptr(PreReceipt) receipt = pre_store_add_receipt (self->store, pre_payment_get_id (payment),
                                                             record->receipt_date,
                                                             record->receipt_amount, error);
      if (receipt == NULL)
        return FALSE;
    }
  return TRUE;
}

gboolean
pre_import_commit (PreImport  *self,
                   guint      *n_added,
                   GError    **error)
{
  int position = 0;

  g_return_val_if_fail (PRE_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (!pre_import_validate (self, error))
    return FALSE;
  if (self->issues->len > 0 && !self->skip_invalid)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, NULL,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "Nothing was imported: %u line has a problem.",
                                             "Nothing was imported: %u lines have a problem.",
                                             self->issues->len),
                                self->issues->len);
      return FALSE;
    }

  if (!pre_store_begin (self->store, error))
    return FALSE;

  if (self->kind == PRE_IMPORT_MEMBERS)
    {
      g_autoptr(PreStmt) stmt = pre_store_prepare (self->store,
                                                   "SELECT coalesce (max (position), -1) + 1"
                                                   " FROM board_member WHERE board_id = ?1", error);
      g_autoptr(GError) local_error = NULL;

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, self->board_id);
      if (pre_store_step_row (self->store, stmt, &local_error))
        position = sqlite3_column_int (stmt, 0);
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;
        }
    }

  for (guint i = 0; i < self->records->len; i++)
    {
      Record *record = g_ptr_array_index (self->records, i);
      g_autoptr(GError) local_error = NULL;
      gboolean ok = FALSE;

      switch (self->kind)
        {
        case PRE_IMPORT_SESSIONS:
          ok = pre_store_save_activity (self->store, PRE_ACTIVITY (record->object), &local_error);
          break;
        case PRE_IMPORT_EXPENSES:
          ok = pre_store_save_expense (self->store, PRE_EXPENSE (record->object), &local_error);
          break;
        case PRE_IMPORT_PAYMENTS:
          ok = save_payment (self, record, &local_error);
          break;
        case PRE_IMPORT_MEMBERS:
          pre_board_member_set_position (PRE_BOARD_MEMBER (record->object), position++);
          ok = pre_store_save_board_member (self->store, PRE_BOARD_MEMBER (record->object), &local_error);
          break;
        default:
          g_assert_not_reached ();
        }
      if (!ok)
        {
          /* Keep the domain and code, name the line. */
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Line %u: "), record->line);
          goto fail;
        }
    }

  if (!remember_mapping (self, error))
    goto fail;

  /* A failed commit has rolled back already. */
  if (!pre_store_commit (self->store, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = self->records->len;
  /* The saved objects now have ids: a second commit would find them. */
  g_ptr_array_set_size (self->records, 0);
  return TRUE;

fail:
  pre_store_rollback (self->store);
  return FALSE;
}
