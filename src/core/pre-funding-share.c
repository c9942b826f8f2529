/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-funding-share.h"
#include "pre-convention-private.h"

struct _PreFundingShare
{
  GObject parent_instance;

  gint64 id;
  gint64 convention_id;
  gint64 partner_id;
  int year;
  gint64 amount;
  char *partner_name;
  PrePartnerKind partner_kind;
};

G_DEFINE_FINAL_TYPE (PreFundingShare, pre_funding_share, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CONVENTION_ID,
  PROP_PARTNER_ID,
  PROP_YEAR,
  PROP_AMOUNT,
  PROP_PARTNER_NAME,
  PROP_PARTNER_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_funding_share_finalize (GObject *object)
{
  PreFundingShare *self = (PreFundingShare *)object;

  g_clear_pointer (&self->partner_name, g_free);

  G_OBJECT_CLASS (pre_funding_share_parent_class)->finalize (object);
}

static void
pre_funding_share_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PreFundingShare *self = PRE_FUNDING_SHARE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, pre_funding_share_get_id (self));
      break;

    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, pre_funding_share_get_convention_id (self));
      break;

    case PROP_PARTNER_ID:
      g_value_set_int64 (value, pre_funding_share_get_partner_id (self));
      break;

    case PROP_YEAR:
      g_value_set_int (value, pre_funding_share_get_year (self));
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, pre_funding_share_get_amount (self));
      break;

    case PROP_PARTNER_NAME:
      g_value_set_string (value, pre_funding_share_get_partner_name (self));
      break;

    case PROP_PARTNER_KIND:
      g_value_set_enum (value, pre_funding_share_get_partner_kind (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_funding_share_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PreFundingShare *self = PRE_FUNDING_SHARE (object);

  switch (prop_id)
    {
    case PROP_CONVENTION_ID:
      pre_funding_share_set_convention_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARTNER_ID:
      pre_funding_share_set_partner_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      pre_funding_share_set_year (self, g_value_get_int (value));
      break;

    case PROP_AMOUNT:
      pre_funding_share_set_amount (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_funding_share_class_init (PreFundingShareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_funding_share_finalize;
  object_class->get_property = pre_funding_share_get_property;
  object_class->set_property = pre_funding_share_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONVENTION_ID] =
    g_param_spec_int64 ("convention-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTNER_ID] =
    g_param_spec_int64 ("partner-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTNER_NAME] =
    g_param_spec_string ("partner-name", NULL, NULL,
                         "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTNER_KIND] =
    g_param_spec_enum ("partner-kind", NULL, NULL,
                       PRE_TYPE_PARTNER_KIND, PRE_PARTNER_OTHER,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_funding_share_init (PreFundingShare *self)
{
  self->partner_name = g_strdup ("");
  self->partner_kind = PRE_PARTNER_OTHER;
}

/**
 * pre_funding_share_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
PreFundingShare *
pre_funding_share_new (void)
{
  return g_object_new (PRE_TYPE_FUNDING_SHARE, NULL);
}

gint64
pre_funding_share_get_id (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), 0);

  return self->id;
}

gint64
pre_funding_share_get_convention_id (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), 0);

  return self->convention_id;
}

void
pre_funding_share_set_convention_id (PreFundingShare *self,
                                     gint64           convention_id)
{
  g_return_if_fail (PRE_IS_FUNDING_SHARE (self));

  if (self->convention_id == convention_id)
    return;

  self->convention_id = convention_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION_ID]);
}

gint64
pre_funding_share_get_partner_id (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), 0);

  return self->partner_id;
}

void
pre_funding_share_set_partner_id (PreFundingShare *self,
                                  gint64           partner_id)
{
  g_return_if_fail (PRE_IS_FUNDING_SHARE (self));

  if (self->partner_id == partner_id)
    return;

  self->partner_id = partner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

int
pre_funding_share_get_year (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), 0);

  return self->year;
}

void
pre_funding_share_set_year (PreFundingShare *self,
                            int              year)
{
  g_return_if_fail (PRE_IS_FUNDING_SHARE (self));

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

gint64
pre_funding_share_get_amount (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), 0);

  return self->amount;
}

void
pre_funding_share_set_amount (PreFundingShare *self,
                              gint64           amount)
{
  g_return_if_fail (PRE_IS_FUNDING_SHARE (self));

  if (self->amount == amount)
    return;

  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

const char *
pre_funding_share_get_partner_name (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), NULL);

  return self->partner_name;
}

PrePartnerKind
pre_funding_share_get_partner_kind (PreFundingShare *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), 0);

  return self->partner_kind;
}


gboolean
pre_funding_share_validate (PreFundingShare  *self,
                            GError          **error)
{
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (self), FALSE);

  if (self->convention_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "convention-id",
                                _("The funding share needs a convention."));
      return FALSE;
    }

  if (self->partner_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "partner-id",
                                _("The funding share needs a partner."));
      return FALSE;
    }

  if (self->year <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "year",
                                _("The funding share needs a year."));
      return FALSE;
    }

  if (self->amount < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "amount",
                                _("The amount of the funding share cannot be negative."));
      return FALSE;
    }

  return TRUE;
}

/* Store */

#define SHARE_SELECT \
  "SELECT s.id, s.convention_id, s.partner_id, s.year, s.amount, coalesce (p.name, '')," \
  " coalesce (p.kind, 'other')" \
  " FROM funding_share s LEFT JOIN partner p ON p.id = s.partner_id"

static PreFundingShare *
share_from_stmt (PreStmt *stmt)
{
  PreFundingShare *self = pre_funding_share_new ();
  PrePartnerKind kind = PRE_PARTNER_OTHER;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->convention_id = sqlite3_column_int64 (stmt, 1);
  self->partner_id = sqlite3_column_int64 (stmt, 2);
  self->year = sqlite3_column_int (stmt, 3);
  self->amount = sqlite3_column_int64 (stmt, 4);
  g_set_str (&self->partner_name, pre_column_text (stmt, 5));
  if (pre_partner_kind_from_string (pre_column_text (stmt, 6), &kind))
    self->partner_kind = kind;
  return self;
}

/* Checks what needs the database and writes; in a transaction. */
static gboolean
write_share (PreStore         *store,
             PreFundingShare  *share,
             gint64           *out_id,
             GError          **error)
{
  g_autoptr(PrePartner) partner = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  partner = pre_store_check_partner_year (store, "funding_share", share->id, share->convention_id,
                                          share->partner_id, share->year,
                                          _("The partner of the funding share no longer exists."),
                                          &exists, error);
  if (partner == NULL)
    return FALSE;
  if (exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "partner-id",
                                _("%s already has a funding share for %d."),
                                pre_partner_get_name (partner), share->year);
      return FALSE;
    }

  if (share->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO funding_share (convention_id, partner_id, year, amount)"
                              " VALUES (?1, ?2, ?3, ?4)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE funding_share SET convention_id = ?1, partner_id = ?2,"
                              " year = ?3, amount = ?4 WHERE id = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, share->convention_id);
  sqlite3_bind_int64 (stmt, 2, share->partner_id);
  sqlite3_bind_int (stmt, 3, share->year);
  sqlite3_bind_int64 (stmt, 4, share->amount);
  if (share->id != 0)
    sqlite3_bind_int64 (stmt, 5, share->id);
  if (!pre_store_step_save (store, stmt, share->id, out_id, error,
                            _("The funding share no longer exists.")))
    return FALSE;

  if (g_set_str (&share->partner_name, pre_partner_get_name (partner)))
    g_object_notify_by_pspec (G_OBJECT (share), properties[PROP_PARTNER_NAME]);
  if (share->partner_kind != pre_partner_get_kind (partner))
    {
      share->partner_kind = pre_partner_get_kind (partner);
      g_object_notify_by_pspec (G_OBJECT (share), properties[PROP_PARTNER_KIND]);
    }

  return TRUE;
}

gboolean
pre_store_save_funding_share (PreStore         *store,
                              PreFundingShare  *share,
                              GError          **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (share), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_funding_share_validate (share, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_share (store, share, &id, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("funding_share"), error))
    return FALSE;

  if (share->id != id)
    {
      share->id = id;
      g_object_notify_by_pspec (G_OBJECT (share), properties[PROP_ID]);
    }
  return TRUE;
}

/* Gives @share the id of the share of its partner and year, if there is one. */
static gboolean
find_share (PreStore         *store,
            PreFundingShare  *share,
            GError          **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  stmt = pre_store_prepare (store,
                            "SELECT id FROM funding_share WHERE convention_id = ?1"
                            " AND partner_id = ?2 AND year = ?3",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, share->convention_id);
  sqlite3_bind_int64 (stmt, 2, share->partner_id);
  sqlite3_bind_int (stmt, 3, share->year);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;
  if (exists)
    share->id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
pre_store_set_funding_share_amount (PreStore  *store,
                                    gint64     convention_id,
                                    gint64     partner_id,
                                    int        year,
                                    gint64     amount,
                                    GError   **error)
{
  g_autoptr(PreFundingShare) share = pre_funding_share_new ();
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  share->convention_id = convention_id;
  share->partner_id = partner_id;
  share->year = year;
  share->amount = amount;
  if (!pre_funding_share_validate (share, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = find_share (store, share, error) && write_share (store, share, &id, error);
  return pre_store_finish_write (store, ok, PRE_TABLES ("funding_share"), error);
}

PreFundingShare *
pre_store_get_funding_share (PreStore  *store,
                             gint64     id,
                             GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, SHARE_SELECT " WHERE s.id = ?1",
                              id, (PreRowFunc)share_from_stmt,
                              _("The funding share no longer exists."), error);
}

gboolean
pre_store_delete_funding_share (PreStore  *store,
                                gint64     id,
                                GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "funding_share", id,
                                 _("The funding share no longer exists."),
                                 NULL, NULL, error);
}

GListModel *
pre_store_list_funding_shares (PreStore  *store,
                               gint64     convention_id,
                               int        year,
                               GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            SHARE_SELECT
                            " WHERE s.convention_id = ?1 AND (?2 = 0 OR s.year = ?2)"
                            " ORDER BY s.year, " PRE_PARTNER_KIND_ORDER ("p.kind") ", p.name",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_FUNDING_SHARE,
                                   (PreRowFunc)share_from_stmt, error);
}

gboolean
pre_store_get_funding_share_total (PreStore  *store,
                                   gint64     convention_id,
                                   int        year,
                                   gint64    *total,
                                   GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (total != NULL, FALSE);

  stmt = pre_store_prepare (store,
                            "SELECT coalesce (sum (amount), 0) FROM funding_share"
                            " WHERE convention_id = ?1 AND year = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;

  *total = exists ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}
