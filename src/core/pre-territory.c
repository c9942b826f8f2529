/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-territory.h"
#include "pre-convention-private.h"

struct _PreTerritory
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *insee_code;
  gboolean archived;
  guint n_neighbourhoods;
};

G_DEFINE_FINAL_TYPE (PreTerritory, pre_territory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_INSEE_CODE,
  PROP_ARCHIVED,
  PROP_N_NEIGHBOURHOODS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_territory_finalize (GObject *object)
{
  PreTerritory *self = (PreTerritory *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->insee_code, g_free);

  G_OBJECT_CLASS (pre_territory_parent_class)->finalize (object);
}

static void
pre_territory_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PreTerritory *self = PRE_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_territory_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, pre_territory_get_name (self));
      break;

    case PROP_INSEE_CODE:
      g_value_set_string (value, pre_territory_get_insee_code (self));
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, pre_territory_get_archived (self));
      break;

    case PROP_N_NEIGHBOURHOODS:
      g_value_set_uint (value, pre_territory_get_n_neighbourhoods (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_territory_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PreTerritory *self = PRE_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pre_territory_set_name (self, g_value_get_string (value));
      break;

    case PROP_INSEE_CODE:
      pre_territory_set_insee_code (self, g_value_get_string (value));
      break;

    case PROP_ARCHIVED:
      pre_territory_set_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_territory_class_init (PreTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_territory_finalize;
  object_class->get_property = pre_territory_get_property;
  object_class->set_property = pre_territory_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INSEE_CODE] =
    g_param_spec_string ("insee-code", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_NEIGHBOURHOODS] =
    g_param_spec_uint ("n-neighbourhoods", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_territory_init (PreTerritory *self)
{
  self->name = g_strdup ("");
  self->insee_code = g_strdup ("");
}

/**
 * pre_territory_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreTerritory *
pre_territory_new (void)
{
  return g_object_new (PRE_TYPE_TERRITORY, NULL);
}

gint64
pre_territory_get_id (PreTerritory *self)
{
  g_return_val_if_fail (PRE_IS_TERRITORY (self), 0);

  return self->id;
}

const char *
pre_territory_get_name (PreTerritory *self)
{
  g_return_val_if_fail (PRE_IS_TERRITORY (self), NULL);

  return self->name;
}

void
pre_territory_set_name (PreTerritory *self,
                        const char   *name)
{
  g_return_if_fail (PRE_IS_TERRITORY (self));

  if (g_set_str (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pre_territory_get_insee_code (PreTerritory *self)
{
  g_return_val_if_fail (PRE_IS_TERRITORY (self), NULL);

  return self->insee_code;
}

void
pre_territory_set_insee_code (PreTerritory *self,
                              const char   *insee_code)
{
  g_return_if_fail (PRE_IS_TERRITORY (self));

  if (g_set_str (&self->insee_code, insee_code != NULL ? insee_code : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSEE_CODE]);
}

gboolean
pre_territory_get_archived (PreTerritory *self)
{
  g_return_val_if_fail (PRE_IS_TERRITORY (self), 0);

  return self->archived;
}

void
pre_territory_set_archived (PreTerritory *self,
                            gboolean      archived)
{
  g_return_if_fail (PRE_IS_TERRITORY (self));

  archived = !!archived;

  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

guint
pre_territory_get_n_neighbourhoods (PreTerritory *self)
{
  g_return_val_if_fail (PRE_IS_TERRITORY (self), 0);

  return self->n_neighbourhoods;
}


gboolean
pre_territory_validate (PreTerritory  *self,
                        GError       **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PRE_IS_TERRITORY (self), FALSE);

  name = g_strstrip (g_strdup (self->name));
  if (name[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                                _("The name of the territory cannot be empty."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define TERRITORY_SELECT \
  "SELECT id, name, insee_code, archived," \
  " (SELECT count(*) FROM neighbourhood n WHERE n.territory_id = territory.id)" \
  " FROM territory"

static PreTerritory *
territory_from_stmt (PreStmt *stmt)
{
  PreTerritory *self = pre_territory_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  g_set_str (&self->name, pre_column_text (stmt, 1));
  g_set_str (&self->insee_code, pre_column_text (stmt, 2));
  self->archived = sqlite3_column_int (stmt, 3) != 0;
  self->n_neighbourhoods = (guint)sqlite3_column_int (stmt, 4);
  return self;
}

static gboolean
write_territory (PreStore      *store,
                 PreTerritory  *territory,
                 const char    *name,
                 const char    *insee_code,
                 gint64        *out_id,
                 GError       **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *existing = NULL;

  /* The message names the record as stored: adding "villeneuve" says
   * “Villeneuve” already exists. */
  if (!pre_store_name_taken (store, "territory", name, territory->id, &existing, error))
    return FALSE;
  if (existing != NULL)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                                _("A territory named “%s” already exists."), existing);
      return FALSE;
    }

  if (territory->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO territory (name, insee_code, archived)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE territory SET name = ?1, insee_code = ?2, archived = ?3"
                              " WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  pre_bind_text (stmt, 1, name);
  pre_bind_text (stmt, 2, insee_code);
  sqlite3_bind_int (stmt, 3, territory->archived);
  if (territory->id != 0)
    sqlite3_bind_int64 (stmt, 4, territory->id);
  return pre_store_step_save (store, stmt, territory->id, out_id, error,
                              _("The territory “%s” no longer exists."), name);
}

gboolean
pre_store_save_territory (PreStore      *store,
                          PreTerritory  *territory,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *insee_code = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_TERRITORY (territory), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_territory_validate (territory, error))
    return FALSE;

  name = g_strstrip (g_strdup (territory->name));
  insee_code = g_strstrip (g_strdup (territory->insee_code));

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_territory (store, territory, name, insee_code, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("territory"), error))
    return FALSE;

  pre_territory_set_name (territory, name);
  pre_territory_set_insee_code (territory, insee_code);
  if (territory->id != id)
    {
      territory->id = id;
      g_object_notify_by_pspec (G_OBJECT (territory), properties[PROP_ID]);
    }
  return TRUE;
}

PreTerritory *
pre_store_get_territory (PreStore  *store,
                         gint64     id,
                         GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, TERRITORY_SELECT " WHERE id = ?1", id,
                              (PreRowFunc)territory_from_stmt,
                              _("The territory no longer exists."), error);
}

static gboolean
check_territory_unused (PreStore  *store,
                        gint64     id,
                        GError   **error)
{
  static const char *count_sql[] = {
    "SELECT count(*) FROM partner WHERE territory_id = ?1",
    "SELECT count(*) FROM activity WHERE territory_id = ?1"
    " OR id IN (SELECT activity_id FROM activity_participation WHERE territory_id = ?1)",
    "SELECT count(*) FROM expense WHERE territory_id = ?1",
    "SELECT count(*) FROM funding_share"
    " WHERE partner_id IN (SELECT id FROM partner WHERE territory_id = ?1)",
    "SELECT count(*) FROM payment"
    " WHERE partner_id IN (SELECT id FROM partner WHERE territory_id = ?1)",
  };
  gint64 n[G_N_ELEMENTS (count_sql)];
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PreTerritory) territory = pre_store_get_territory (store, id, error);

  if (territory == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (count_sql); i++)
    if (!pre_store_count_for_id (store, count_sql[i], territory->id, &n[i], error))
      return FALSE;

  PRE_USES_ADD (uses, n[0], g_dngettext (GETTEXT_PACKAGE, "%d partner", "%d partners", n[0]));
  PRE_USES_ADD (uses, n[1], g_dngettext (GETTEXT_PACKAGE, "%d session", "%d sessions", n[1]));
  PRE_USES_ADD (uses, n[2], g_dngettext (GETTEXT_PACKAGE, "%d expense", "%d expenses", n[2]));
  PRE_USES_ADD (uses, n[3], g_dngettext (GETTEXT_PACKAGE, "%d funding share", "%d funding shares", n[3]));
  PRE_USES_ADD (uses, n[4], g_dngettext (GETTEXT_PACKAGE, "%d payment", "%d payments", n[4]));

  if (uses->len > 0)
    {
      pre_set_in_use_error (error, territory->name, uses);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_delete_territory (PreStore  *store,
                            gint64     id,
                            GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "territory", id, _("The territory no longer exists."),
                                 check_territory_unused,
                                 PRE_TABLES ("territory", "neighbourhood"), error);
}

gboolean
pre_store_archive_territory (PreStore  *store,
                             gint64     id,
                             gboolean   archived,
                             GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_archive_by_id (store, "territory", id, archived,
                                  _("The territory no longer exists."), error);
}

GListModel *
pre_store_list_territories (PreStore  *store,
                            gboolean   include_archived,
                            GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            TERRITORY_SELECT " WHERE ?1 OR archived = 0 ORDER BY name",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_TERRITORY,
                                   (PreRowFunc)territory_from_stmt, error);
}
