/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-neighbourhood.h"
#include "pre-convention-private.h"

struct _PreNeighbourhood
{
  GObject parent_instance;

  gint64 id;
  gint64 territory_id;
  char *name;
  char *code;
};

G_DEFINE_FINAL_TYPE (PreNeighbourhood, pre_neighbourhood, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TERRITORY_ID,
  PROP_NAME,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_neighbourhood_finalize (GObject *object)
{
  PreNeighbourhood *self = (PreNeighbourhood *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->code, g_free);

  G_OBJECT_CLASS (pre_neighbourhood_parent_class)->finalize (object);
}

static void
pre_neighbourhood_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PreNeighbourhood *self = PRE_NEIGHBOURHOOD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_neighbourhood_get_id (self));
      break;

    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, pre_neighbourhood_get_territory_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, pre_neighbourhood_get_name (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, pre_neighbourhood_get_code (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_neighbourhood_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PreNeighbourhood *self = PRE_NEIGHBOURHOOD (object);

  switch (prop_id)
    {
    case PROP_TERRITORY_ID:
      pre_neighbourhood_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      pre_neighbourhood_set_name (self, g_value_get_string (value));
      break;

    case PROP_CODE:
      pre_neighbourhood_set_code (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_neighbourhood_class_init (PreNeighbourhoodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_neighbourhood_finalize;
  object_class->get_property = pre_neighbourhood_get_property;
  object_class->set_property = pre_neighbourhood_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TERRITORY_ID] =
    g_param_spec_int64 ("territory-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_neighbourhood_init (PreNeighbourhood *self)
{
  self->name = g_strdup ("");
  self->code = g_strdup ("");
}

/**
 * pre_neighbourhood_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreNeighbourhood *
pre_neighbourhood_new (void)
{
  return g_object_new (PRE_TYPE_NEIGHBOURHOOD, NULL);
}

gint64
pre_neighbourhood_get_id (PreNeighbourhood *self)
{
  g_return_val_if_fail (PRE_IS_NEIGHBOURHOOD (self), 0);

  return self->id;
}

gint64
pre_neighbourhood_get_territory_id (PreNeighbourhood *self)
{
  g_return_val_if_fail (PRE_IS_NEIGHBOURHOOD (self), 0);

  return self->territory_id;
}

void
pre_neighbourhood_set_territory_id (PreNeighbourhood *self,
                                    gint64            territory_id)
{
  g_return_if_fail (PRE_IS_NEIGHBOURHOOD (self));

  if (self->territory_id == territory_id)
    return;

  self->territory_id = territory_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_ID]);
}

const char *
pre_neighbourhood_get_name (PreNeighbourhood *self)
{
  g_return_val_if_fail (PRE_IS_NEIGHBOURHOOD (self), NULL);

  return self->name;
}

void
pre_neighbourhood_set_name (PreNeighbourhood *self,
                            const char       *name)
{
  g_return_if_fail (PRE_IS_NEIGHBOURHOOD (self));

  if (g_set_str (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pre_neighbourhood_get_code (PreNeighbourhood *self)
{
  g_return_val_if_fail (PRE_IS_NEIGHBOURHOOD (self), NULL);

  return self->code;
}

void
pre_neighbourhood_set_code (PreNeighbourhood *self,
                            const char       *code)
{
  g_return_if_fail (PRE_IS_NEIGHBOURHOOD (self));

  if (g_set_str (&self->code, code != NULL ? code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}


gboolean
pre_neighbourhood_validate (PreNeighbourhood  *self,
                            GError           **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PRE_IS_NEIGHBOURHOOD (self), FALSE);

  if (self->territory_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "territory-id",
                                _("The neighbourhood needs a territory."));
      return FALSE;
    }

  name = g_strstrip (g_strdup (self->name));
  if (name[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                                _("The name of the neighbourhood cannot be empty."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define NEIGHBOURHOOD_SELECT "SELECT n.id, n.territory_id, n.name, n.code FROM neighbourhood n"

static PreNeighbourhood *
neighbourhood_from_stmt (PreStmt *stmt)
{
  PreNeighbourhood *self = pre_neighbourhood_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->territory_id = sqlite3_column_int64 (stmt, 1);
  g_set_str (&self->name, pre_column_text (stmt, 2));
  g_set_str (&self->code, pre_column_text (stmt, 3));
  return self;
}

static gboolean
write_neighbourhood (PreStore          *store,
                     PreNeighbourhood  *neighbourhood,
                     const char        *name,
                     const char        *code,
                     gint64            *out_id,
                     GError           **error)
{
  g_autoptr(PreStmt) check = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  if (!pre_store_check_reference (store, "territory", neighbourhood->territory_id, "territory-id",
                                  _("The territory of the neighbourhood no longer exists."), error))
    return FALSE;

  check = pre_store_prepare (store,
                             "SELECT t.name FROM neighbourhood n JOIN territory t ON t.id = n.territory_id"
                             " WHERE n.territory_id = ?1 AND n.name = ?2 AND n.id != ?3",
                             error);
  if (check == NULL)
    return FALSE;
  sqlite3_bind_int64 (check, 1, neighbourhood->territory_id);
  pre_bind_text (check, 2, name);
  sqlite3_bind_int64 (check, 3, neighbourhood->id);
  if (!pre_store_step_exists (store, check, &exists, error))
    return FALSE;
  if (exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                                _("%s already has a neighbourhood named “%s”."),
                                pre_column_text (check, 0), name);
      return FALSE;
    }

  if (neighbourhood->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO neighbourhood (territory_id, name, code)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE neighbourhood SET territory_id = ?1, name = ?2, code = ?3"
                              " WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, neighbourhood->territory_id);
  pre_bind_text (stmt, 2, name);
  pre_bind_text (stmt, 3, code);
  if (neighbourhood->id != 0)
    sqlite3_bind_int64 (stmt, 4, neighbourhood->id);
  return pre_store_step_save (store, stmt, neighbourhood->id, out_id, error,
                              _("The neighbourhood “%s” no longer exists."), name);
}

gboolean
pre_store_save_neighbourhood (PreStore          *store,
                              PreNeighbourhood  *neighbourhood,
                              GError           **error)
{
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_NEIGHBOURHOOD (neighbourhood), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_neighbourhood_validate (neighbourhood, error))
    return FALSE;

  name = g_strstrip (g_strdup (neighbourhood->name));
  code = g_strstrip (g_strdup (neighbourhood->code));

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_neighbourhood (store, neighbourhood, name, code, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("neighbourhood"), error))
    return FALSE;

  pre_neighbourhood_set_name (neighbourhood, name);
  pre_neighbourhood_set_code (neighbourhood, code);
  if (neighbourhood->id != id)
    {
      neighbourhood->id = id;
      g_object_notify_by_pspec (G_OBJECT (neighbourhood), properties[PROP_ID]);
    }
  return TRUE;
}

PreNeighbourhood *
pre_store_get_neighbourhood (PreStore  *store,
                             gint64     id,
                             GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, NEIGHBOURHOOD_SELECT " WHERE n.id = ?1",
                              id, (PreRowFunc)neighbourhood_from_stmt,
                              _("The neighbourhood no longer exists."), error);
}

gboolean
pre_store_delete_neighbourhood (PreStore  *store,
                                gint64     id,
                                GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "neighbourhood", id,
                                 _("The neighbourhood no longer exists."),
                                 NULL, NULL, error);
}

GListModel *
pre_store_list_neighbourhoods (PreStore  *store,
                               gint64     territory_id,
                               GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_list_for_id (store,
                                NEIGHBOURHOOD_SELECT " JOIN territory t ON t.id = n.territory_id"
                                " WHERE ?1 = 0 OR n.territory_id = ?1"
                                " ORDER BY t.name, n.name COLLATE NOCASE",
                                territory_id, PRE_TYPE_NEIGHBOURHOOD,
                                (PreRowFunc)neighbourhood_from_stmt, error);
}
