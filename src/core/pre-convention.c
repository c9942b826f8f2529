/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-convention.h"
#include "pre-convention-private.h"

struct _PreConvention
{
  GObject parent_instance;

  gint64 id;
  char *title;
  char *reference;
  int first_year;
  int last_year;
  gint64 coordinator_id;
  gint64 annual_cost;
  gboolean is_example;
  char *coordinator_name;
};

G_DEFINE_FINAL_TYPE (PreConvention, pre_convention, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_REFERENCE,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_COORDINATOR_ID,
  PROP_ANNUAL_COST,
  PROP_IS_EXAMPLE,
  PROP_COORDINATOR_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_convention_finalize (GObject *object)
{
  PreConvention *self = (PreConvention *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->coordinator_name, g_free);

  G_OBJECT_CLASS (pre_convention_parent_class)->finalize (object);
}

static void
pre_convention_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PreConvention *self = PRE_CONVENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_convention_get_id (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, pre_convention_get_title (self));
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, pre_convention_get_reference (self));
      break;

    case PROP_FIRST_YEAR:
      g_value_set_int (value, pre_convention_get_first_year (self));
      break;

    case PROP_LAST_YEAR:
      g_value_set_int (value, pre_convention_get_last_year (self));
      break;

    case PROP_COORDINATOR_ID:
      g_value_set_int64 (value, pre_convention_get_coordinator_id (self));
      break;

    case PROP_ANNUAL_COST:
      g_value_set_int64 (value, pre_convention_get_annual_cost (self));
      break;

    case PROP_IS_EXAMPLE:
      g_value_set_boolean (value, pre_convention_get_is_example (self));
      break;

    case PROP_COORDINATOR_NAME:
      g_value_set_string (value, pre_convention_get_coordinator_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_convention_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PreConvention *self = PRE_CONVENTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pre_convention_set_title (self, g_value_get_string (value));
      break;

    case PROP_REFERENCE:
      pre_convention_set_reference (self, g_value_get_string (value));
      break;

    case PROP_FIRST_YEAR:
      pre_convention_set_first_year (self, g_value_get_int (value));
      break;

    case PROP_LAST_YEAR:
      pre_convention_set_last_year (self, g_value_get_int (value));
      break;

    case PROP_COORDINATOR_ID:
      pre_convention_set_coordinator_id (self, g_value_get_int64 (value));
      break;

    case PROP_ANNUAL_COST:
      pre_convention_set_annual_cost (self, g_value_get_int64 (value));
      break;

    case PROP_IS_EXAMPLE:
      pre_convention_set_is_example (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_convention_class_init (PreConventionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_convention_finalize;
  object_class->get_property = pre_convention_get_property;
  object_class->set_property = pre_convention_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIRST_YEAR] =
    g_param_spec_int ("first-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LAST_YEAR] =
    g_param_spec_int ("last-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COORDINATOR_ID] =
    g_param_spec_int64 ("coordinator-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ANNUAL_COST] =
    g_param_spec_int64 ("annual-cost", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IS_EXAMPLE] =
    g_param_spec_boolean ("is-example", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COORDINATOR_NAME] =
    g_param_spec_string ("coordinator-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_convention_init (PreConvention *self)
{
  self->title = g_strdup ("");
  self->reference = g_strdup ("");
  self->coordinator_name = g_strdup ("");
}

/**
 * pre_convention_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreConvention *
pre_convention_new (void)
{
  return g_object_new (PRE_TYPE_CONVENTION, NULL);
}

gint64
pre_convention_get_id (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  return self->id;
}

const char *
pre_convention_get_title (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), NULL);

  return self->title;
}

void
pre_convention_set_title (PreConvention *self,
                          const char    *title)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  if (g_set_str (&self->title, title != NULL ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
pre_convention_get_reference (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), NULL);

  return self->reference;
}

void
pre_convention_set_reference (PreConvention *self,
                              const char    *reference)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  if (g_set_str (&self->reference, reference != NULL ? reference : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

int
pre_convention_get_first_year (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  return self->first_year;
}

void
pre_convention_set_first_year (PreConvention *self,
                               int            first_year)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  if (self->first_year == first_year)
    return;

  self->first_year = first_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_YEAR]);
}

int
pre_convention_get_last_year (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  return self->last_year;
}

void
pre_convention_set_last_year (PreConvention *self,
                              int            last_year)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  if (self->last_year == last_year)
    return;

  self->last_year = last_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_YEAR]);
}

gint64
pre_convention_get_coordinator_id (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  return self->coordinator_id;
}

void
pre_convention_set_coordinator_id (PreConvention *self,
                                   gint64         coordinator_id)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  if (self->coordinator_id == coordinator_id)
    return;

  self->coordinator_id = coordinator_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COORDINATOR_ID]);
}

gint64
pre_convention_get_annual_cost (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  return self->annual_cost;
}

void
pre_convention_set_annual_cost (PreConvention *self,
                                gint64         annual_cost)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  if (self->annual_cost == annual_cost)
    return;

  self->annual_cost = annual_cost;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNUAL_COST]);
}

gboolean
pre_convention_get_is_example (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  return self->is_example;
}

void
pre_convention_set_is_example (PreConvention *self,
                               gboolean       is_example)
{
  g_return_if_fail (PRE_IS_CONVENTION (self));

  is_example = !!is_example;

  if (self->is_example == is_example)
    return;

  self->is_example = is_example;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_EXAMPLE]);
}

const char *
pre_convention_get_coordinator_name (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), NULL);

  return self->coordinator_name;
}


gboolean
pre_convention_contains_year (PreConvention *self,
                              int            year)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), FALSE);

  return self->first_year > 0 && year >= self->first_year && year <= self->last_year;
}

int
pre_convention_get_n_years (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), 0);

  if (self->first_year <= 0 || self->last_year < self->first_year)
    return 0;
  return self->last_year - self->first_year + 1;
}

char *
pre_convention_dup_years_label (PreConvention *self)
{
  g_return_val_if_fail (PRE_IS_CONVENTION (self), NULL);

  if (self->first_year == self->last_year)
    return g_strdup_printf ("%d", self->first_year);
  return g_strdup_printf ("%d–%d", self->first_year, self->last_year);
}

gboolean
pre_convention_validate (PreConvention  *self,
                         GError        **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (PRE_IS_CONVENTION (self), FALSE);

  title = g_strstrip (g_strdup (self->title));
  if (title[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "title",
                                _("The title of the convention cannot be empty."));
      return FALSE;
    }

  if (self->first_year == 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "first-year",
                                _("The first year of the convention is missing."));
      return FALSE;
    }

  if (self->first_year < 2000 || self->first_year > 2100)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "first-year",
                                _("The first year (%d) must be between 2000 and 2100."),
                                self->first_year);
      return FALSE;
    }

  if (self->last_year == 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "last-year",
                                _("The last year of the convention is missing."));
      return FALSE;
    }

  if (self->last_year < self->first_year)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "last-year",
                                _("The last year (%d) is before the first year (%d)."),
                                self->last_year, self->first_year);
      return FALSE;
    }

  if (self->last_year - self->first_year + 1 > PRE_CONVENTION_MAX_YEARS)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "last-year",
                                _("A convention lasts at most %d years; %d–%d is %d years."),
                                PRE_CONVENTION_MAX_YEARS, self->first_year, self->last_year,
                                self->last_year - self->first_year + 1);
      return FALSE;
    }

  if (self->coordinator_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "coordinator-id",
                                _("The convention needs a coordinator."));
      return FALSE;
    }

  if (self->annual_cost < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-cost",
                                _("The annual cost cannot be negative."));
      return FALSE;
    }

  return TRUE;
}

/* Helpers shared by the convention entities (pre-convention-private.h) */

PrePartner *
pre_store_check_partner_year (PreStore    *store,
                              const char  *table,
                              gint64       id,
                              gint64       convention_id,
                              gint64       partner_id,
                              int          year,
                              const char  *partner_gone,
                              gboolean    *taken,
                              GError     **error)
{
  g_autoptr(PrePartner) partner = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;

  if (!pre_store_check_convention_year (store, convention_id, year, "year", error))
    return NULL;

  partner = pre_store_get_partner (store, partner_id, &local_error);
  if (partner == NULL)
    {
      pre_propagate_reference_error (error, g_steal_pointer (&local_error), "partner-id",
                                     partner_gone);
      return NULL;
    }

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE convention_id = ?1"
                         " AND partner_id = ?2 AND year = ?3 AND id != ?4",
                         table);
  stmt = pre_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int64 (stmt, 2, partner_id);
  sqlite3_bind_int (stmt, 3, year);
  sqlite3_bind_int64 (stmt, 4, id);
  if (!pre_store_step_exists (store, stmt, taken, error))
    return NULL;
  return g_steal_pointer (&partner);
}

gboolean
pre_store_write_year_value (PreStore    *store,
                            const char  *table,
                            const char  *owner_column,
                            const char  *value_column,
                            gint64       owner_id,
                            int          year,
                            gint64       value,
                            GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(PreStmt) stmt = NULL;

  if (value < 0)
    sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1 AND year = ?2", table, owner_column);
  else
    sql = g_strdup_printf ("INSERT INTO %s (%s, year, %s) VALUES (?1, ?2, ?3)"
                           " ON CONFLICT (%s, year) DO UPDATE SET %s = excluded.%s",
                           table, owner_column, value_column,
                           owner_column, value_column, value_column);
  stmt = pre_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  sqlite3_bind_int (stmt, 2, year);
  if (value >= 0)
    sqlite3_bind_int64 (stmt, 3, value);
  return pre_store_step_done (store, stmt, error);
}

gboolean
pre_store_check_no_spending (PreStore    *store,
                             const char  *sessions_sql,
                             const char  *expenses_sql,
                             gint64       id,
                             const char  *what,
                             GError     **error)
{
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func (g_free);
  gint64 n_sessions, n_expenses;

  if (!pre_store_count_for_id (store, sessions_sql, id, &n_sessions, error)
      || !pre_store_count_for_id (store, expenses_sql, id, &n_expenses, error))
    return FALSE;

  PRE_USES_ADD (uses, n_sessions,
                g_dngettext (GETTEXT_PACKAGE, "%d session", "%d sessions", n_sessions));
  PRE_USES_ADD (uses, n_expenses,
                g_dngettext (GETTEXT_PACKAGE, "%d expense", "%d expenses", n_expenses));
  if (uses->len > 0)
    {
      pre_set_in_use_error (error, what, uses);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_get_convention_years (PreStore  *store,
                                gint64     convention_id,
                                int       *first_year,
                                int       *last_year,
                                GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  stmt = pre_store_prepare (store,
                            "SELECT first_year, last_year FROM convention WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;
  if (!exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "convention-id",
                                _("The convention no longer exists."));
      return FALSE;
    }

  *first_year = sqlite3_column_int (stmt, 0);
  *last_year = sqlite3_column_int (stmt, 1);
  return TRUE;
}

gboolean
pre_store_check_convention_year (PreStore    *store,
                                 gint64       convention_id,
                                 int          year,
                                 const char  *field,
                                 GError     **error)
{
  int first_year, last_year;

  if (!pre_store_get_convention_years (store, convention_id, &first_year, &last_year, error))
    return FALSE;

  if (year < first_year || year > last_year)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, field,
                                _("The year %d is outside the years of the convention (%d–%d)."),
                                year, first_year, last_year);
      return FALSE;
    }
  return TRUE;
}

/* Store */

#define CONVENTION_SELECT \
  "SELECT c.id, c.title, c.reference, c.first_year, c.last_year, c.coordinator_id," \
  " c.annual_cost, c.is_example, coalesce (p.name, '')" \
  " FROM convention c LEFT JOIN partner p ON p.id = c.coordinator_id"

static PreConvention *
convention_from_stmt (PreStmt *stmt)
{
  PreConvention *self = pre_convention_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  g_set_str (&self->title, pre_column_text (stmt, 1));
  g_set_str (&self->reference, pre_column_text (stmt, 2));
  self->first_year = sqlite3_column_int (stmt, 3);
  self->last_year = sqlite3_column_int (stmt, 4);
  self->coordinator_id = sqlite3_column_int64 (stmt, 5);
  self->annual_cost = sqlite3_column_int64 (stmt, 6);
  self->is_example = sqlite3_column_int (stmt, 7) != 0;
  g_set_str (&self->coordinator_name, pre_column_text (stmt, 8));
  return self;
}

static gboolean
check_years_kept (PreStore       *store,
                  PreConvention  *convention,
                  GError        **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;
  int year;

  if (convention->id == 0)
    return TRUE;

  stmt = pre_store_prepare (store,
                            "SELECT year FROM ("
                            "  SELECT year FROM funding_share WHERE convention_id = ?1"
                            "  UNION ALL SELECT year FROM payment WHERE convention_id = ?1"
                            "  UNION ALL SELECT year FROM convention_year WHERE convention_id = ?1"
                            "  UNION ALL SELECT y.year FROM mission_year y"
                            "    JOIN mission m ON m.id = y.mission_id WHERE m.convention_id = ?1"
                            "  UNION ALL SELECT a.year FROM activity a"
                            "    JOIN mission m ON m.id = a.mission_id WHERE m.convention_id = ?1"
                            "  UNION ALL SELECT e.year FROM expense e"
                            "    JOIN mission m ON m.id = e.mission_id WHERE m.convention_id = ?1"
                            ") WHERE year < ?2 OR year > ?3 ORDER BY year LIMIT 1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention->id);
  sqlite3_bind_int (stmt, 2, convention->first_year);
  sqlite3_bind_int (stmt, 3, convention->last_year);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;
  if (!exists)
    return TRUE;

  year = sqlite3_column_int (stmt, 0);
  pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT,
                            year < convention->first_year ? "first-year" : "last-year",
                            _("The convention cannot cover only %d–%d: funding shares, payments, "
                              "budgets or sessions are recorded for %d."),
                            convention->first_year, convention->last_year, year);
  return FALSE;
}

static gboolean
write_convention (PreStore       *store,
                  PreConvention  *convention,
                  const char     *title,
                  gint64         *out_id,
                  GError        **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  if (!pre_store_check_reference (store, "partner", convention->coordinator_id, "coordinator-id",
                                  _("The coordinator of the convention no longer exists."), error))
    return FALSE;

  if (!check_years_kept (store, convention, error))
    return FALSE;

  if (convention->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO convention (title, reference, first_year, last_year,"
                              " coordinator_id, annual_cost, is_example)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE convention SET title = ?1, reference = ?2, first_year = ?3,"
                              " last_year = ?4, coordinator_id = ?5, annual_cost = ?6,"
                              " is_example = ?7 WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;

  pre_bind_text (stmt, 1, title);
  pre_bind_text (stmt, 2, convention->reference);
  sqlite3_bind_int (stmt, 3, convention->first_year);
  sqlite3_bind_int (stmt, 4, convention->last_year);
  sqlite3_bind_int64 (stmt, 5, convention->coordinator_id);
  sqlite3_bind_int64 (stmt, 6, convention->annual_cost);
  sqlite3_bind_int (stmt, 7, convention->is_example ? 1 : 0);
  if (convention->id != 0)
    sqlite3_bind_int64 (stmt, 8, convention->id);
  return pre_store_step_save (store, stmt, convention->id, out_id, error,
                              _("The convention “%s” no longer exists."), title);
}

static void
set_coordinator_name (PreStore      *store,
                      PreConvention *convention)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, "SELECT name FROM partner WHERE id = ?1", NULL);

  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, convention->coordinator_id);
  if (pre_store_step_row (store, stmt, NULL)
      && g_set_str (&convention->coordinator_name, pre_column_text (stmt, 0)))
    g_object_notify_by_pspec (G_OBJECT (convention), properties[PROP_COORDINATOR_NAME]);
}

gboolean
pre_store_save_convention (PreStore       *store,
                           PreConvention  *convention,
                           GError        **error)
{
  g_autofree char *title = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_CONVENTION (convention), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_convention_validate (convention, error))
    return FALSE;

  title = g_strstrip (g_strdup (convention->title));

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_convention (store, convention, title, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("convention"), error))
    return FALSE;

  pre_convention_set_title (convention, title);
  set_coordinator_name (store, convention);
  if (convention->id != id)
    {
      convention->id = id;
      g_object_notify_by_pspec (G_OBJECT (convention), properties[PROP_ID]);
    }
  return TRUE;
}

PreConvention *
pre_store_get_convention (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, CONVENTION_SELECT " WHERE c.id = ?1",
                              id, (PreRowFunc)convention_from_stmt,
                              _("The convention no longer exists."), error);
}

PreConvention *
pre_store_get_current_convention (PreStore  *store,
                                  GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            CONVENTION_SELECT
                            " ORDER BY c.last_year DESC, c.first_year DESC, c.id DESC LIMIT 1",
                            error);
  if (stmt == NULL)
    return NULL;
  if (!pre_store_step_exists (store, stmt, &exists, error) || !exists)
    return NULL;
  return convention_from_stmt (stmt);
}

static gboolean
check_convention_unused (PreStore  *store,
                         gint64     id,
                         GError   **error)
{
  g_autoptr(PreConvention) convention = pre_store_get_convention (store, id, error);
  g_autofree char *what = NULL;

  if (convention == NULL)
    return FALSE;

  /* Translators: the subject of "%s cannot be deleted: it has %s."; in
   * French, lower case: "la convention « %s »". */
  what = g_strdup_printf (_("The convention “%s”"), convention->title);
  return pre_store_check_no_spending (store,
                                      "SELECT count(*) FROM activity WHERE mission_id IN"
                                      " (SELECT id FROM mission WHERE convention_id = ?1)",
                                      "SELECT count(*) FROM expense WHERE mission_id IN"
                                      " (SELECT id FROM mission WHERE convention_id = ?1)",
                                      id, what, error);
}

gboolean
pre_store_delete_convention (PreStore  *store,
                             gint64     id,
                             GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "convention", id, _("The convention no longer exists."),
                                 check_convention_unused,
                                 PRE_TABLES ("convention", "convention_year", "convention_party",
                                             "amendment", "funding_share", "payment", "receipt",
                                             "mission", "mission_year", "deliberation"),
                                 error);
}

GListModel *
pre_store_list_conventions (PreStore  *store,
                            GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            CONVENTION_SELECT
                            " ORDER BY c.last_year DESC, c.first_year DESC, c.id DESC",
                            error);
  if (stmt == NULL)
    return NULL;

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_CONVENTION,
                                   (PreRowFunc)convention_from_stmt, error);
}

gboolean
pre_store_get_convention_cost (PreStore  *store,
                               gint64     convention_id,
                               int        year,
                               gint64    *cost,
                               GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (cost != NULL, FALSE);

  if (!pre_store_check_convention_year (store, convention_id, year, "year", error))
    return FALSE;

  stmt = pre_store_prepare (store,
                            "SELECT coalesce ((SELECT y.annual_cost FROM convention_year y"
                            "  WHERE y.convention_id = c.id AND y.year = ?2), c.annual_cost)"
                            " FROM convention c WHERE c.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;

  *cost = exists ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
pre_store_set_convention_cost (PreStore  *store,
                               gint64     convention_id,
                               int        year,
                               gint64     cost,
                               GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  if (cost < -1)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-cost",
                                _("The cost for %d cannot be negative."), year);
      return FALSE;
    }

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = pre_store_check_convention_year (store, convention_id, year, "year", error)
       && pre_store_write_year_value (store, "convention_year", "convention_id", "annual_cost",
                                      convention_id, year, cost, error);
  return pre_store_finish_write (store, ok, PRE_TABLES ("convention_year"), error);
}

static gboolean
write_parties (PreStore      *store,
               gint64         convention_id,
               const gint64  *partner_ids,
               guint          n_partners,
               GError       **error)
{
  int first_year, last_year;

  if (!pre_store_get_convention_years (store, convention_id, &first_year, &last_year, error)
      || !pre_store_exec_for_id (store, "DELETE FROM convention_party WHERE convention_id = ?1",
                                 convention_id, error))
    return FALSE;

  for (guint i = 0; i < n_partners; i++)
    {
      g_autoptr(PreStmt) insert = NULL;

      if (!pre_store_check_reference (store, "partner", partner_ids[i], "partner-id",
                                      _("One of the chosen partners no longer exists."), error))
        return FALSE;

      insert = pre_store_prepare (store,
                                  "INSERT OR IGNORE INTO convention_party (convention_id, partner_id)"
                                  " VALUES (?1, ?2)",
                                  error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, convention_id);
      sqlite3_bind_int64 (insert, 2, partner_ids[i]);
      if (!pre_store_step_done (store, insert, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_set_convention_parties (PreStore      *store,
                                  gint64         convention_id,
                                  const gint64  *partner_ids,
                                  guint          n_partners,
                                  GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (partner_ids != NULL || n_partners == 0, FALSE);

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_parties (store, convention_id, partner_ids, n_partners, error);
  return pre_store_finish_write (store, ok, PRE_TABLES ("convention_party"), error);
}

GListModel *
pre_store_list_convention_parties (PreStore  *store,
                                   gint64     convention_id,
                                   GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_list_for_id (store,
                                PRE_PARTNER_SELECT
                                " JOIN convention_party cp ON cp.partner_id = p.id"
                                " WHERE cp.convention_id = ?1"
                                " ORDER BY " PRE_PARTNER_KIND_ORDER ("p.kind") ", p.name",
                                convention_id, PRE_TYPE_PARTNER,
                                (PreRowFunc)pre_partner_new_from_stmt, error);
}
