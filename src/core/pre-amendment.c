/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-amendment.h"
#include "pre-convention-private.h"
#include "pre-date.h"

struct _PreAmendment
{
  GObject parent_instance;

  gint64 id;
  gint64 convention_id;
  char *date;
  char *number;
  char *description;
};

G_DEFINE_FINAL_TYPE (PreAmendment, pre_amendment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONVENTION_ID,
  PROP_DATE,
  PROP_NUMBER,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_amendment_finalize (GObject *object)
{
  PreAmendment *self = (PreAmendment *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (pre_amendment_parent_class)->finalize (object);
}

static void
pre_amendment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PreAmendment *self = PRE_AMENDMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_amendment_get_id (self));
      break;

    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, pre_amendment_get_convention_id (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, pre_amendment_get_date (self));
      break;

    case PROP_NUMBER:
      g_value_set_string (value, pre_amendment_get_number (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, pre_amendment_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_amendment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PreAmendment *self = PRE_AMENDMENT (object);

  switch (prop_id)
    {
    case PROP_CONVENTION_ID:
      pre_amendment_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      pre_amendment_set_date (self, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      pre_amendment_set_number (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pre_amendment_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_amendment_class_init (PreAmendmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_amendment_finalize;
  object_class->get_property = pre_amendment_get_property;
  object_class->set_property = pre_amendment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONVENTION_ID] =
    g_param_spec_int64 ("convention-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_amendment_init (PreAmendment *self)
{
  self->date = g_strdup ("");
  self->number = g_strdup ("");
  self->description = g_strdup ("");
}

/**
 * pre_amendment_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreAmendment *
pre_amendment_new (void)
{
  return g_object_new (PRE_TYPE_AMENDMENT, NULL);
}

gint64
pre_amendment_get_id (PreAmendment *self)
{
  g_return_val_if_fail (PRE_IS_AMENDMENT (self), 0);

  return self->id;
}

gint64
pre_amendment_get_convention_id (PreAmendment *self)
{
  g_return_val_if_fail (PRE_IS_AMENDMENT (self), 0);

  return self->convention_id;
}

void
pre_amendment_set_convention_id (PreAmendment *self,
                                 gint64        convention_id)
{
  g_return_if_fail (PRE_IS_AMENDMENT (self));

  if (self->convention_id == convention_id)
    return;

  self->convention_id = convention_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION_ID]);
}

const char *
pre_amendment_get_date (PreAmendment *self)
{
  g_return_val_if_fail (PRE_IS_AMENDMENT (self), NULL);

  return self->date;
}

void
pre_amendment_set_date (PreAmendment *self,
                        const char   *date)
{
  g_return_if_fail (PRE_IS_AMENDMENT (self));

  if (g_set_str (&self->date, date != NULL ? date : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
pre_amendment_get_number (PreAmendment *self)
{
  g_return_val_if_fail (PRE_IS_AMENDMENT (self), NULL);

  return self->number;
}

void
pre_amendment_set_number (PreAmendment *self,
                          const char   *number)
{
  g_return_if_fail (PRE_IS_AMENDMENT (self));

  if (g_set_str (&self->number, number != NULL ? number : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
pre_amendment_get_description (PreAmendment *self)
{
  g_return_val_if_fail (PRE_IS_AMENDMENT (self), NULL);

  return self->description;
}

void
pre_amendment_set_description (PreAmendment *self,
                               const char   *description)
{
  g_return_if_fail (PRE_IS_AMENDMENT (self));

  if (g_set_str (&self->description, description != NULL ? description : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}


gboolean
pre_amendment_validate (PreAmendment  *self,
                        GError       **error)
{
  g_return_val_if_fail (PRE_IS_AMENDMENT (self), FALSE);

  if (self->convention_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "convention-id",
                                _("The amendment needs a convention."));
      return FALSE;
    }

  if (self->date[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                                _("The date of the amendment cannot be empty."));
      return FALSE;
    }

  if (!pre_date_is_valid_iso (self->date))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The date of the amendment “%s” is not a valid date."),
                                self->date);
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define AMENDMENT_SELECT "SELECT id, convention_id, date, number, description FROM amendment"

static PreAmendment *
amendment_from_stmt (PreStmt *stmt)
{
  PreAmendment *self = pre_amendment_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->convention_id = sqlite3_column_int64 (stmt, 1);
  g_set_str (&self->date, pre_column_text (stmt, 2));
  g_set_str (&self->number, pre_column_text (stmt, 3));
  g_set_str (&self->description, pre_column_text (stmt, 4));
  return self;
}

static gboolean
write_amendment (PreStore      *store,
                 PreAmendment  *amendment,
                 gint64        *out_id,
                 GError       **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  if (!pre_store_check_reference (store, "convention", amendment->convention_id, "convention-id",
                                  _("The convention no longer exists."), error))
    return FALSE;

  if (amendment->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO amendment (convention_id, date, number, description)"
                              " VALUES (?1, ?2, ?3, ?4)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE amendment SET convention_id = ?1, date = ?2, number = ?3,"
                              " description = ?4 WHERE id = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, amendment->convention_id);
  pre_bind_text (stmt, 2, amendment->date);
  pre_bind_text (stmt, 3, amendment->number);
  pre_bind_text (stmt, 4, amendment->description);
  if (amendment->id != 0)
    sqlite3_bind_int64 (stmt, 5, amendment->id);
  return pre_store_step_save (store, stmt, amendment->id, out_id, error,
                              _("The amendment no longer exists."));
}

gboolean
pre_store_save_amendment (PreStore      *store,
                          PreAmendment  *amendment,
                          GError       **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_AMENDMENT (amendment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_amendment_validate (amendment, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_amendment (store, amendment, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("amendment"), error))
    return FALSE;

  if (amendment->id != id)
    {
      amendment->id = id;
      g_object_notify_by_pspec (G_OBJECT (amendment), properties[PROP_ID]);
    }
  return TRUE;
}

PreAmendment *
pre_store_get_amendment (PreStore  *store,
                         gint64     id,
                         GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, AMENDMENT_SELECT " WHERE id = ?1",
                              id, (PreRowFunc)amendment_from_stmt,
                              _("The amendment no longer exists."), error);
}

gboolean
pre_store_delete_amendment (PreStore  *store,
                            gint64     id,
                            GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "amendment", id,
                                 _("The amendment no longer exists."),
                                 NULL, NULL, error);
}

GListModel *
pre_store_list_amendments (PreStore  *store,
                           gint64     convention_id,
                           GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_list_for_id (store,
                                AMENDMENT_SELECT " WHERE convention_id = ?1 ORDER BY date, number, id",
                                convention_id, PRE_TYPE_AMENDMENT,
                                (PreRowFunc)amendment_from_stmt, error);
}
