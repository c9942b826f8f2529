/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-activity-private.h"
#include "pre-date.h"
#include "pre-expense.h"
#include "pre-store-helpers.h"

struct _PreExpense
{
  GObject parent_instance;

  gint64 id;
  gint64 mission_id;
  gint64 territory_id;
  char *date;
  gint64 amount;
  char *payee;
  char *reference;
  char *description;

  char *territory_name;
  PreMissionKind mission_kind;
};

G_DEFINE_FINAL_TYPE (PreExpense, pre_expense, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MISSION_ID,
  PROP_TERRITORY_ID,
  PROP_DATE,
  PROP_YEAR,
  PROP_AMOUNT,
  PROP_PAYEE,
  PROP_REFERENCE,
  PROP_DESCRIPTION,
  PROP_TERRITORY_NAME,
  PROP_MISSION_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_expense_finalize (GObject *object)
{
  PreExpense *self = (PreExpense *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->payee, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->territory_name, g_free);

  G_OBJECT_CLASS (pre_expense_parent_class)->finalize (object);
}

static void
pre_expense_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PreExpense *self = PRE_EXPENSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MISSION_ID:
      g_value_set_int64 (value, self->mission_id);
      break;

    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, self->territory_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_YEAR:
      g_value_set_int (value, pre_expense_get_year (self));
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_PAYEE:
      g_value_set_string (value, self->payee);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_TERRITORY_NAME:
      g_value_set_string (value, self->territory_name);
      break;

    case PROP_MISSION_KIND:
      g_value_set_enum (value, self->mission_kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_expense_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PreExpense *self = PRE_EXPENSE (object);

  switch (prop_id)
    {
    case PROP_MISSION_ID:
      pre_expense_set_mission_id (self, g_value_get_int64 (value));
      break;

    case PROP_TERRITORY_ID:
      pre_expense_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      pre_expense_set_date (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      pre_expense_set_amount (self, g_value_get_int64 (value));
      break;

    case PROP_PAYEE:
      pre_expense_set_payee (self, g_value_get_string (value));
      break;

    case PROP_REFERENCE:
      pre_expense_set_reference (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pre_expense_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
pre_expense_class_init (PreExpenseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_expense_finalize;
  object_class->get_property = pre_expense_get_property;
  object_class->set_property = pre_expense_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_MISSION_ID] =
    g_param_spec_int64 ("mission-id", NULL, NULL, 0, G_MAXINT64, 0, RW);
  properties[PROP_TERRITORY_ID] =
    g_param_spec_int64 ("territory-id", NULL, NULL, 0, G_MAXINT64, 0, RW);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", RW);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, RO);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_PAYEE] =
    g_param_spec_string ("payee", NULL, NULL, "", RW);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, "", RW);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", RW);
  properties[PROP_TERRITORY_NAME] =
    g_param_spec_string ("territory-name", NULL, NULL, "", RO);
  properties[PROP_MISSION_KIND] =
    g_param_spec_enum ("mission-kind", NULL, NULL,
                       PRE_TYPE_MISSION_KIND, PRE_MISSION_COORDINATION, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_expense_init (PreExpense *self)
{
  self->date = g_strdup ("");
  self->payee = g_strdup ("");
  self->reference = g_strdup ("");
  self->description = g_strdup ("");
  self->territory_name = g_strdup ("");
}

/**
 * pre_expense_new:
 *
 * Returns: (transfer full): a new, unsaved expense
 */
PreExpense *
pre_expense_new (void)
{
  return g_object_new (PRE_TYPE_EXPENSE, NULL);
}

gint64
pre_expense_get_id (PreExpense *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (self), 0);
  return self->id;
}

#define DEFINE_INT64_ACCESSORS(field, PROP, MIN) \
  gint64 \
  pre_expense_get_##field (PreExpense *self) \
  { \
    g_return_val_if_fail (PRE_IS_EXPENSE (self), 0); \
    return self->field; \
  } \
  void \
  pre_expense_set_##field (PreExpense *self, \
                           gint64      value) \
  { \
    g_return_if_fail (PRE_IS_EXPENSE (self)); \
    value = MAX (value, MIN); \
    if (self->field == value) \
      return; \
    self->field = value; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

#define DEFINE_STRING_ACCESSORS(field, PROP) \
  const char * \
  pre_expense_get_##field (PreExpense *self) \
  { \
    g_return_val_if_fail (PRE_IS_EXPENSE (self), NULL); \
    return self->field; \
  } \
  void \
  pre_expense_set_##field (PreExpense *self, \
                           const char *value) \
  { \
    g_return_if_fail (PRE_IS_EXPENSE (self)); \
    if (g_set_str (&self->field, value != NULL ? value : "")) \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

DEFINE_INT64_ACCESSORS (mission_id, PROP_MISSION_ID, 0)
DEFINE_INT64_ACCESSORS (territory_id, PROP_TERRITORY_ID, 0)
DEFINE_INT64_ACCESSORS (amount, PROP_AMOUNT, G_MININT64)
DEFINE_STRING_ACCESSORS (payee, PROP_PAYEE)
DEFINE_STRING_ACCESSORS (reference, PROP_REFERENCE)
DEFINE_STRING_ACCESSORS (description, PROP_DESCRIPTION)

const char *
pre_expense_get_date (PreExpense *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (self), NULL);
  return self->date;
}

void
pre_expense_set_date (PreExpense *self,
                      const char *date)
{
  int old_year;

  g_return_if_fail (PRE_IS_EXPENSE (self));

  old_year = pre_expense_get_year (self);
  if (!g_set_str (&self->date, date != NULL ? date : ""))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  if (pre_expense_get_year (self) != old_year)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
pre_expense_get_year (PreExpense *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (self), 0);
  return pre_date_year (self->date);
}

const char *
pre_expense_get_territory_name (PreExpense *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (self), NULL);
  return self->territory_name;
}

PreMissionKind
pre_expense_get_mission_kind (PreExpense *self)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (self), PRE_MISSION_COORDINATION);
  return self->mission_kind;
}

gboolean
pre_expense_validate (PreExpense  *self,
                      GError     **error)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (self), FALSE);

  if (self->mission_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "mission-id",
                                _("Choose the mission of the expense."));
      return FALSE;
    }
  if (self->date[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                                _("The date of the expense is required."));
      return FALSE;
    }
  if (!pre_date_is_valid_iso (self->date))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The date “%s” of the expense is not a valid date."),
                                self->date);
      return FALSE;
    }
  if (self->amount < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "amount",
                                _("The amount of the expense cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

/* Store */

PreExpense *
pre_expense_new_from_stmt (PreStmt *stmt)
{
  PreExpense *self = pre_expense_new ();
  PreMissionKind kind = PRE_MISSION_COORDINATION;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->mission_id = sqlite3_column_int64 (stmt, 1);
  self->territory_id = sqlite3_column_int64 (stmt, 2);
  g_set_str (&self->date, pre_column_text (stmt, 3));
  self->amount = sqlite3_column_int64 (stmt, 4);
  g_set_str (&self->payee, pre_column_text (stmt, 5));
  g_set_str (&self->reference, pre_column_text (stmt, 6));
  g_set_str (&self->description, pre_column_text (stmt, 7));
  g_set_str (&self->territory_name, pre_column_text (stmt, 8));
  pre_mission_kind_from_string (pre_column_text (stmt, 9), &kind);
  self->mission_kind = kind;
  return self;
}

gboolean
pre_store_check_expense (PreStore    *store,
                         PreExpense  *expense,
                         GError     **error)
{
  PreMissionKind kind;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_EXPENSE (expense), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return pre_expense_validate (expense, error) &&
         pre_activity_check_refs (store, expense->mission_id, expense->territory_id,
                                  expense->date, &kind, error);
}

static gboolean
write_expense (PreStore    *store,
               PreExpense  *expense,
               gboolean     insert,
               gint64      *out_id,
               GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  PreMissionKind kind;

  if (!pre_activity_check_refs (store, expense->mission_id, expense->territory_id,
                                expense->date, &kind, error))
    return FALSE;

  if (insert)
    stmt = pre_store_prepare (store,
                              "INSERT INTO expense (mission_id, territory_id, date, amount, payee,"
                              " reference, description, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE expense SET mission_id = ?1, territory_id = ?2, date = ?3,"
                              " amount = ?4, payee = ?5, reference = ?6, description = ?7"
                              " WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, expense->mission_id);
  pre_bind_id (stmt, 2, expense->territory_id);
  pre_bind_text (stmt, 3, expense->date);
  sqlite3_bind_int64 (stmt, 4, expense->amount);
  pre_bind_text (stmt, 5, expense->payee);
  pre_bind_text (stmt, 6, expense->reference);
  pre_bind_text (stmt, 7, expense->description);
  pre_bind_id (stmt, 8, expense->id);
  return pre_store_step_save (store, stmt, insert ? 0 : expense->id, out_id, error,
                              _("The expense no longer exists."));
}

static gboolean
save_expense (PreStore    *store,
              PreExpense  *expense,
              gboolean     insert,
              GError     **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_EXPENSE (expense), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_expense_validate (expense, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_expense (store, expense, insert, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("expense"), error))
    return FALSE;

  if (expense->id != id)
    {
      expense->id = id;
      g_object_notify_by_pspec (G_OBJECT (expense), properties[PROP_ID]);
    }
  return TRUE;
}

gboolean
pre_store_save_expense (PreStore    *store,
                        PreExpense  *expense,
                        GError     **error)
{
  g_return_val_if_fail (PRE_IS_EXPENSE (expense), FALSE);
  return save_expense (store, expense, expense->id == 0, error);
}

gboolean
pre_store_restore_expense (PreStore    *store,
                           PreExpense  *expense,
                           GError     **error)
{
  return save_expense (store, expense, TRUE, error);
}

PreExpense *
pre_store_get_expense (PreStore  *store,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, PRE_EXPENSE_SELECT " WHERE e.id = ?1",
                              id, (PreRowFunc)pre_expense_new_from_stmt,
                              _("The expense no longer exists."), error);
}

gboolean
pre_store_delete_expense (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return pre_store_delete_by_id (store, "expense", id, _("The expense no longer exists."),
                                 NULL, NULL, error);
}

GListModel *
pre_store_list_expenses (PreStore  *store,
                         gint64     mission_id,
                         int        year,
                         GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            PRE_EXPENSE_SELECT
                            " WHERE (?1 = 0 OR e.mission_id = ?1) AND (?2 = 0 OR e.year = ?2)"
                            " ORDER BY e.date, e.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, mission_id);
  sqlite3_bind_int (stmt, 2, year);

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_EXPENSE,
                                   (PreRowFunc)pre_expense_new_from_stmt, error);
}
