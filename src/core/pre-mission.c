/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-mission.h"
#include "pre-convention-private.h"

struct _PreMission
{
  GObject parent_instance;

  gint64 id;
  gint64 convention_id;
  PreMissionKind kind;
  gint64 annual_budget;
};

G_DEFINE_FINAL_TYPE (PreMission, pre_mission, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONVENTION_ID,
  PROP_KIND,
  PROP_ANNUAL_BUDGET,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_mission_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PreMission *self = PRE_MISSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_mission_get_id (self));
      break;

    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, pre_mission_get_convention_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, pre_mission_get_kind (self));
      break;

    case PROP_ANNUAL_BUDGET:
      g_value_set_int64 (value, pre_mission_get_annual_budget (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, pre_mission_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_mission_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PreMission *self = PRE_MISSION (object);

  switch (prop_id)
    {
    case PROP_CONVENTION_ID:
      pre_mission_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      pre_mission_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ANNUAL_BUDGET:
      pre_mission_set_annual_budget (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_mission_class_init (PreMissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pre_mission_get_property;
  object_class->set_property = pre_mission_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONVENTION_ID] =
    g_param_spec_int64 ("convention-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PRE_TYPE_MISSION_KIND, PRE_MISSION_COORDINATION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ANNUAL_BUDGET] =
    g_param_spec_int64 ("annual-budget", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_mission_init (PreMission *self)
{
  self->kind = PRE_MISSION_COORDINATION;
}

/**
 * pre_mission_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreMission *
pre_mission_new (void)
{
  return g_object_new (PRE_TYPE_MISSION, NULL);
}

gint64
pre_mission_get_id (PreMission *self)
{
  g_return_val_if_fail (PRE_IS_MISSION (self), 0);

  return self->id;
}

gint64
pre_mission_get_convention_id (PreMission *self)
{
  g_return_val_if_fail (PRE_IS_MISSION (self), 0);

  return self->convention_id;
}

void
pre_mission_set_convention_id (PreMission *self,
                               gint64      convention_id)
{
  g_return_if_fail (PRE_IS_MISSION (self));

  if (self->convention_id == convention_id)
    return;

  self->convention_id = convention_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION_ID]);
}

PreMissionKind
pre_mission_get_kind (PreMission *self)
{
  g_return_val_if_fail (PRE_IS_MISSION (self), 0);

  return self->kind;
}

void
pre_mission_set_kind (PreMission     *self,
                      PreMissionKind  kind)
{
  g_return_if_fail (PRE_IS_MISSION (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

gint64
pre_mission_get_annual_budget (PreMission *self)
{
  g_return_val_if_fail (PRE_IS_MISSION (self), 0);

  return self->annual_budget;
}

void
pre_mission_set_annual_budget (PreMission *self,
                               gint64      annual_budget)
{
  g_return_if_fail (PRE_IS_MISSION (self));

  if (self->annual_budget == annual_budget)
    return;

  self->annual_budget = annual_budget;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNUAL_BUDGET]);
}


const char *
pre_mission_get_label (PreMission *self)
{
  g_return_val_if_fail (PRE_IS_MISSION (self), NULL);

  return pre_mission_kind_get_label (self->kind);
}

gboolean
pre_mission_validate (PreMission  *self,
                      GError     **error)
{
  g_return_val_if_fail (PRE_IS_MISSION (self), FALSE);

  if (self->convention_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "convention-id",
                                _("The mission needs a convention."));
      return FALSE;
    }

  if (pre_mission_kind_to_string (self->kind) == NULL)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "kind",
                                _("The kind of the mission is not known."));
      return FALSE;
    }

  if (self->annual_budget < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-budget",
                                _("The annual budget cannot be negative."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define MISSION_SELECT "SELECT id, convention_id, kind, annual_budget FROM mission"
#define MISSION_KIND_ORDER \
  "CASE kind WHEN 'coordination' THEN 0 WHEN 'psychology' THEN 1 WHEN 'project' THEN 2 ELSE 3 END"

static PreMission *
mission_from_stmt (PreStmt *stmt)
{
  PreMission *self = pre_mission_new ();
  PreMissionKind kind = PRE_MISSION_COORDINATION;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->convention_id = sqlite3_column_int64 (stmt, 1);
  if (pre_mission_kind_from_string (pre_column_text (stmt, 2), &kind))
    self->kind = kind;
  self->annual_budget = sqlite3_column_int64 (stmt, 3);
  return self;
}

static gboolean
write_mission (PreStore    *store,
               PreMission  *mission,
               gint64      *out_id,
               GError     **error)
{
  g_autoptr(PreStmt) check = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  if (!pre_store_check_reference (store, "convention", mission->convention_id, "convention-id",
                                  _("The convention no longer exists."), error))
    return FALSE;

  check = pre_store_prepare (store,
                             "SELECT 1 FROM mission WHERE convention_id = ?1 AND kind = ?2"
                             " AND id != ?3",
                             error);
  if (check == NULL)
    return FALSE;
  sqlite3_bind_int64 (check, 1, mission->convention_id);
  pre_bind_text (check, 2, pre_mission_kind_to_string (mission->kind));
  sqlite3_bind_int64 (check, 3, mission->id);
  if (!pre_store_step_exists (store, check, &exists, error))
    return FALSE;
  if (exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "kind",
                                _("The convention already has a mission “%s”; "
                                  "each kind of mission can appear only once."),
                                pre_mission_kind_get_label (mission->kind));
      return FALSE;
    }

  if (mission->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO mission (convention_id, kind, annual_budget)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE mission SET convention_id = ?1, kind = ?2, annual_budget = ?3"
                              " WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mission->convention_id);
  pre_bind_text (stmt, 2, pre_mission_kind_to_string (mission->kind));
  sqlite3_bind_int64 (stmt, 3, mission->annual_budget);
  if (mission->id != 0)
    sqlite3_bind_int64 (stmt, 4, mission->id);
  return pre_store_step_save (store, stmt, mission->id, out_id, error,
                              _("The mission no longer exists."));
}

gboolean
pre_store_save_mission (PreStore    *store,
                        PreMission  *mission,
                        GError     **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_MISSION (mission), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_mission_validate (mission, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_mission (store, mission, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("mission"), error))
    return FALSE;

  if (mission->id != id)
    {
      mission->id = id;
      g_object_notify_by_pspec (G_OBJECT (mission), properties[PROP_ID]);
    }
  return TRUE;
}

PreMission *
pre_store_get_mission (PreStore  *store,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, MISSION_SELECT " WHERE id = ?1",
                              id, (PreRowFunc)mission_from_stmt,
                              _("The mission no longer exists."), error);
}

PreMission *
pre_store_get_mission_by_kind (PreStore        *store,
                               gint64           convention_id,
                               PreMissionKind   kind,
                               GError         **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (pre_mission_kind_to_string (kind) != NULL, NULL);

  stmt = pre_store_prepare (store, MISSION_SELECT " WHERE convention_id = ?1 AND kind = ?2",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  pre_bind_text (stmt, 2, pre_mission_kind_to_string (kind));
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return NULL;
  if (!exists)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                   _("The convention has no mission “%s”."), pre_mission_kind_get_label (kind));
      return NULL;
    }
  return mission_from_stmt (stmt);
}

static gboolean
check_mission_unused (PreStore  *store,
                      gint64     id,
                      GError   **error)
{
  g_autoptr(PreMission) mission = pre_store_get_mission (store, id, error);
  g_autofree char *what = NULL;

  if (mission == NULL)
    return FALSE;

  /* Translators: the subject of "%s cannot be deleted: it has %s."; in
   * French, lower case: "la mission « %s »". */
  what = g_strdup_printf (_("The mission “%s”"), pre_mission_get_label (mission));
  return pre_store_check_no_spending (store,
                                      "SELECT count(*) FROM activity WHERE mission_id = ?1",
                                      "SELECT count(*) FROM expense WHERE mission_id = ?1",
                                      id, what, error);
}

gboolean
pre_store_delete_mission (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "mission", id, _("The mission no longer exists."),
                                 check_mission_unused, PRE_TABLES ("mission", "mission_year"),
                                 error);
}

GListModel *
pre_store_list_missions (PreStore  *store,
                         gint64     convention_id,
                         GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_list_for_id (store,
                                MISSION_SELECT " WHERE convention_id = ?1 ORDER BY " MISSION_KIND_ORDER,
                                convention_id, PRE_TYPE_MISSION,
                                (PreRowFunc)mission_from_stmt, error);
}

/* The mission's convention and default budget, for the per-year budgets. */
static gboolean
lookup_mission (PreStore  *store,
                gint64     mission_id,
                gint64    *convention_id,
                gint64    *annual_budget,
                GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  stmt = pre_store_query_by_id (store,
                                "SELECT convention_id, annual_budget FROM mission WHERE id = ?1",
                                mission_id, _("The mission no longer exists."), error);
  if (stmt == NULL)
    return FALSE;

  *convention_id = sqlite3_column_int64 (stmt, 0);
  *annual_budget = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

gboolean
pre_store_get_mission_budget (PreStore  *store,
                              gint64     mission_id,
                              int        year,
                              gint64    *budget,
                              GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gint64 convention_id, annual_budget;
  gboolean exists;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (budget != NULL, FALSE);

  if (!lookup_mission (store, mission_id, &convention_id, &annual_budget, error)
      || !pre_store_check_convention_year (store, convention_id, year, "year", error))
    return FALSE;

  stmt = pre_store_prepare (store,
                            "SELECT budget FROM mission_year WHERE mission_id = ?1 AND year = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mission_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;

  *budget = exists ? sqlite3_column_int64 (stmt, 0) : annual_budget;
  return TRUE;
}

gboolean
pre_store_set_mission_budget (PreStore  *store,
                              gint64     mission_id,
                              int        year,
                              gint64     budget,
                              GError   **error)
{
  gint64 convention_id, annual_budget;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  if (budget < -1)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "annual-budget",
                                _("The budget for %d cannot be negative."), year);
      return FALSE;
    }

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = lookup_mission (store, mission_id, &convention_id, &annual_budget, error)
       && pre_store_check_convention_year (store, convention_id, year, "year", error)
       && pre_store_write_year_value (store, "mission_year", "mission_id", "budget",
                                      mission_id, year, budget, error);
  return pre_store_finish_write (store, ok, PRE_TABLES ("mission_year"), error);
}
