/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-partner.h"
#include "pre-convention-private.h"

struct _PrePartner
{
  GObject parent_instance;

  gint64 id;
  char *name;
  PrePartnerKind kind;
  gint64 territory_id;
  gboolean archived;
  char *territory_name;
};

G_DEFINE_FINAL_TYPE (PrePartner, pre_partner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_TERRITORY_ID,
  PROP_ARCHIVED,
  PROP_TERRITORY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_partner_finalize (GObject *object)
{
  PrePartner *self = (PrePartner *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->territory_name, g_free);

  G_OBJECT_CLASS (pre_partner_parent_class)->finalize (object);
}

static void
pre_partner_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PrePartner *self = PRE_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_partner_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, pre_partner_get_name (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, pre_partner_get_kind (self));
      break;

    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, pre_partner_get_territory_id (self));
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, pre_partner_get_archived (self));
      break;

    case PROP_TERRITORY_NAME:
      g_value_set_string (value, pre_partner_get_territory_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_partner_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PrePartner *self = PRE_PARTNER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pre_partner_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      pre_partner_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TERRITORY_ID:
      pre_partner_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_ARCHIVED:
      pre_partner_set_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_partner_class_init (PrePartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_partner_finalize;
  object_class->get_property = pre_partner_get_property;
  object_class->set_property = pre_partner_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PRE_TYPE_PARTNER_KIND, PRE_PARTNER_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TERRITORY_ID] =
    g_param_spec_int64 ("territory-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TERRITORY_NAME] =
    g_param_spec_string ("territory-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_partner_init (PrePartner *self)
{
  self->name = g_strdup ("");
  self->territory_name = g_strdup ("");
  self->kind = PRE_PARTNER_OTHER;
}

/**
 * pre_partner_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PrePartner *
pre_partner_new (void)
{
  return g_object_new (PRE_TYPE_PARTNER, NULL);
}

gint64
pre_partner_get_id (PrePartner *self)
{
  g_return_val_if_fail (PRE_IS_PARTNER (self), 0);

  return self->id;
}

const char *
pre_partner_get_name (PrePartner *self)
{
  g_return_val_if_fail (PRE_IS_PARTNER (self), NULL);

  return self->name;
}

void
pre_partner_set_name (PrePartner *self,
                      const char *name)
{
  g_return_if_fail (PRE_IS_PARTNER (self));

  if (g_set_str (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PrePartnerKind
pre_partner_get_kind (PrePartner *self)
{
  g_return_val_if_fail (PRE_IS_PARTNER (self), 0);

  return self->kind;
}

void
pre_partner_set_kind (PrePartner     *self,
                      PrePartnerKind  kind)
{
  g_return_if_fail (PRE_IS_PARTNER (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
pre_partner_get_territory_id (PrePartner *self)
{
  g_return_val_if_fail (PRE_IS_PARTNER (self), 0);

  return self->territory_id;
}

void
pre_partner_set_territory_id (PrePartner *self,
                              gint64      territory_id)
{
  g_return_if_fail (PRE_IS_PARTNER (self));

  if (self->territory_id == territory_id)
    return;

  self->territory_id = territory_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_ID]);
}

gboolean
pre_partner_get_archived (PrePartner *self)
{
  g_return_val_if_fail (PRE_IS_PARTNER (self), 0);

  return self->archived;
}

void
pre_partner_set_archived (PrePartner *self,
                          gboolean    archived)
{
  g_return_if_fail (PRE_IS_PARTNER (self));

  archived = !!archived;

  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

const char *
pre_partner_get_territory_name (PrePartner *self)
{
  g_return_val_if_fail (PRE_IS_PARTNER (self), NULL);

  return self->territory_name;
}


gboolean
pre_partner_validate (PrePartner  *self,
                      GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PRE_IS_PARTNER (self), FALSE);

  name = g_strstrip (g_strdup (self->name));
  if (name[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                                _("The name of the partner cannot be empty."));
      return FALSE;
    }

  if (pre_partner_kind_to_string (self->kind) == NULL)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "kind",
                                _("The kind of the partner is not known."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

PrePartner *
pre_partner_new_from_stmt (PreStmt *stmt)
{
  PrePartner *self = pre_partner_new ();
  PrePartnerKind kind = PRE_PARTNER_OTHER;

  self->id = sqlite3_column_int64 (stmt, 0);
  g_set_str (&self->name, pre_column_text (stmt, 1));
  if (pre_partner_kind_from_string (pre_column_text (stmt, 2), &kind))
    self->kind = kind;
  self->territory_id = sqlite3_column_int64 (stmt, 3);
  self->archived = sqlite3_column_int (stmt, 4) != 0;
  g_set_str (&self->territory_name, pre_column_text (stmt, 5));
  return self;
}

static gboolean
write_partner (PreStore    *store,
               PrePartner  *partner,
               const char  *name,
               gint64      *out_id,
               GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *existing = NULL;

  /* The message names the record as stored: adding "villeneuve" says
   * “Villeneuve” already exists. */
  if (!pre_store_name_taken (store, "partner", name, partner->id, &existing, error))
    return FALSE;
  if (existing != NULL)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                                _("A partner named “%s” already exists."), existing);
      return FALSE;
    }

  if (partner->territory_id != 0)
    {
      if (!pre_store_check_reference (store, "territory", partner->territory_id, "territory-id",
                                      _("The territory of the partner no longer exists."), error))
        return FALSE;
    }

  if (partner->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO partner (name, kind, territory_id, archived)"
                              " VALUES (?1, ?2, ?3, ?4)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE partner SET name = ?1, kind = ?2, territory_id = ?3,"
                              " archived = ?4 WHERE id = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;

  pre_bind_text (stmt, 1, name);
  pre_bind_text (stmt, 2, pre_partner_kind_to_string (partner->kind));
  pre_bind_id (stmt, 3, partner->territory_id);
  sqlite3_bind_int (stmt, 4, partner->archived ? 1 : 0);
  if (partner->id != 0)
    sqlite3_bind_int64 (stmt, 5, partner->id);
  return pre_store_step_save (store, stmt, partner->id, out_id, error,
                              _("The partner “%s” no longer exists."), name);
}

static void
refresh_territory_name (PreStore   *store,
                        PrePartner *partner)
{
  g_autoptr(PreStmt) stmt = NULL;
  const char *territory_name = "";

  if (partner->territory_id != 0)
    {
      stmt = pre_store_prepare (store, "SELECT name FROM territory WHERE id = ?1", NULL);
      if (stmt == NULL)
        return;
      sqlite3_bind_int64 (stmt, 1, partner->territory_id);
      if (pre_store_step_row (store, stmt, NULL))
        territory_name = pre_column_text (stmt, 0);
    }

  if (g_set_str (&partner->territory_name, territory_name))
    g_object_notify_by_pspec (G_OBJECT (partner), properties[PROP_TERRITORY_NAME]);
}

gboolean
pre_store_save_partner (PreStore    *store,
                        PrePartner  *partner,
                        GError     **error)
{
  g_autofree char *name = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_partner_validate (partner, error))
    return FALSE;

  name = g_strstrip (g_strdup (partner->name));

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_partner (store, partner, name, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("partner"), error))
    return FALSE;

  pre_partner_set_name (partner, name);
  refresh_territory_name (store, partner);
  if (partner->id != id)
    {
      partner->id = id;
      g_object_notify_by_pspec (G_OBJECT (partner), properties[PROP_ID]);
    }
  return TRUE;
}

PrePartner *
pre_store_get_partner (PreStore  *store,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, PRE_PARTNER_SELECT " WHERE p.id = ?1",
                              id, (PreRowFunc)pre_partner_new_from_stmt,
                              _("The partner no longer exists."), error);
}

static gboolean
check_partner_unused (PreStore  *store,
                      gint64     id,
                      GError   **error)
{
  static const char *count_sql[] = {
    "SELECT count(*) FROM convention WHERE coordinator_id = ?1",
    "SELECT count(*) FROM convention_party WHERE partner_id = ?1",
    "SELECT count(*) FROM funding_share WHERE partner_id = ?1",
    "SELECT count(*) FROM payment WHERE partner_id = ?1",
    "SELECT count(*) FROM activity_partner WHERE partner_id = ?1",
  };
  gint64 n[G_N_ELEMENTS (count_sql)];
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PrePartner) partner = pre_store_get_partner (store, id, error);

  if (partner == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (count_sql); i++)
    if (!pre_store_count_for_id (store, count_sql[i], partner->id, &n[i], error))
      return FALSE;

  PRE_USES_ADD (uses, n[0],
                g_dngettext (GETTEXT_PACKAGE, "%d coordinated convention",
                             "%d coordinated conventions", n[0]));
  PRE_USES_ADD (uses, n[1],
                g_dngettext (GETTEXT_PACKAGE, "%d signed convention", "%d signed conventions", n[1]));
  PRE_USES_ADD (uses, n[2],
                g_dngettext (GETTEXT_PACKAGE, "%d funding share", "%d funding shares", n[2]));
  PRE_USES_ADD (uses, n[3], g_dngettext (GETTEXT_PACKAGE, "%d payment", "%d payments", n[3]));
  PRE_USES_ADD (uses, n[4], g_dngettext (GETTEXT_PACKAGE, "%d session", "%d sessions", n[4]));

  if (uses->len > 0)
    {
      pre_set_in_use_error (error, partner->name, uses);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_delete_partner (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  /* Boards of the partner lose their link (ON DELETE SET NULL). */
  return pre_store_delete_by_id (store, "partner", id, _("The partner no longer exists."),
                                 check_partner_unused, PRE_TABLES ("partner", "board"), error);
}

gboolean
pre_store_archive_partner (PreStore  *store,
                           gint64     id,
                           gboolean   archived,
                           GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_archive_by_id (store, "partner", id, archived,
                                  _("The partner no longer exists."), error);
}

GListModel *
pre_store_list_partners (PreStore  *store,
                         gboolean   include_archived,
                         GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            PRE_PARTNER_SELECT
                            " WHERE ?1 OR p.archived = 0"
                            " ORDER BY " PRE_PARTNER_KIND_ORDER ("p.kind") ", p.name",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_PARTNER,
                                   (PreRowFunc)pre_partner_new_from_stmt, error);
}
