/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-convention.h"
#include "pre-funding-share.h"
#include "pre-mission.h"
#include "pre-partner.h"
#include "pre-setup.h"
#include "pre-store-private.h"
#include "pre-territory.h"

typedef struct
{
  guint  partner;
  int    year;
  gint64 amount;
} Share;

static void
setup_partner_free (gpointer data)
{
  PreSetupPartner *partner = data;

  g_free (partner->name);
  g_free (partner->territory);
  g_free (partner);
}

PreSetup *
pre_setup_new (void)
{
  PreSetup *setup = g_new0 (PreSetup, 1);

  setup->partners = g_ptr_array_new_with_free_func (setup_partner_free);
  setup->shares = g_array_new (FALSE, FALSE, sizeof (Share));
  return setup;
}

void
pre_setup_free (PreSetup *setup)
{
  if (setup == NULL)
    return;

  g_free (setup->title);
  g_free (setup->reference);
  g_ptr_array_unref (setup->partners);
  g_array_unref (setup->shares);
  g_free (setup);
}

guint
pre_setup_add_partner (PreSetup       *setup,
                       const char     *name,
                       PrePartnerKind  kind,
                       const char     *territory)
{
  PreSetupPartner *partner;

  g_return_val_if_fail (setup != NULL, 0);

  partner = g_new0 (PreSetupPartner, 1);
  partner->name = g_strdup (name != NULL ? name : "");
  partner->kind = kind;
  partner->territory = territory != NULL && *territory != '\0' ? g_strdup (territory) : NULL;
  g_ptr_array_add (setup->partners, partner);
  return setup->partners->len - 1;
}

static Share *
find_share (PreSetup *setup,
            guint     partner,
            int       year,
            guint    *index)
{
  for (guint i = 0; i < setup->shares->len; i++)
    {
      Share *share = &g_array_index (setup->shares, Share, i);

      if (share->partner == partner && share->year == year)
        {
          if (index != NULL)
            *index = i;
          return share;
        }
    }
  return NULL;
}

void
pre_setup_set_share (PreSetup *setup,
                     guint     partner,
                     int       year,
                     gint64    amount)
{
  Share *share;
  guint index;

  g_return_if_fail (setup != NULL);

  share = find_share (setup, partner, year, &index);
  if (amount < 0)
    {
      if (share != NULL)
        g_array_remove_index (setup->shares, index);
      return;
    }
  if (share != NULL)
    share->amount = amount;
  else
    {
      Share added = { partner, year, amount };
      g_array_append_val (setup->shares, added);
    }
}

gint64
pre_setup_get_share (PreSetup *setup,
                     guint     partner,
                     int       year)
{
  Share *share;

  g_return_val_if_fail (setup != NULL, -1);

  share = find_share (setup, partner, year, NULL);
  return share != NULL ? share->amount : -1;
}

static PreConvention *
build_convention (PreSetup *setup,
                  gint64    coordinator_id)
{
  PreConvention *convention = pre_convention_new ();

  pre_convention_set_title (convention, setup->title);
  pre_convention_set_reference (convention, setup->reference);
  pre_convention_set_first_year (convention, setup->first_year);
  pre_convention_set_last_year (convention, setup->last_year);
  pre_convention_set_annual_cost (convention, setup->annual_cost);
  pre_convention_set_coordinator_id (convention, coordinator_id);
  return convention;
}

gboolean
pre_setup_validate_convention (PreSetup  *setup,
                               GError   **error)
{
  g_autoptr(PreConvention) convention = NULL;

  g_return_val_if_fail (setup != NULL, FALSE);

  /* The coordinator does not exist yet: it is checked as a partner. */
  convention = build_convention (setup, G_MAXINT64);
  return pre_convention_validate (convention, error);
}

static PrePartner *
build_partner (PreSetupPartner *described,
               gint64           territory_id)
{
  PrePartner *partner = pre_partner_new ();

  pre_partner_set_name (partner, described->name);
  pre_partner_set_kind (partner, described->kind);
  pre_partner_set_territory_id (partner, territory_id);
  return partner;
}

gboolean
pre_setup_validate_partner (PreSetup  *setup,
                            guint      index,
                            GError   **error)
{
  PreSetupPartner *described;
  g_autoptr(PrePartner) partner = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (setup != NULL, FALSE);
  g_return_val_if_fail (index < setup->partners->len, FALSE);

  described = g_ptr_array_index (setup->partners, index);
  partner = build_partner (described, 0);
  if (!pre_partner_validate (partner, error))
    return FALSE;

  key = g_utf8_casefold (g_strstrip (g_strdup (described->name)), -1);
  for (guint i = 0; i < index; i++)
    {
      PreSetupPartner *other = g_ptr_array_index (setup->partners, i);
      g_autofree char *other_key = g_utf8_casefold (g_strstrip (g_strdup (other->name)), -1);

      if (g_strcmp0 (key, other_key) == 0)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                                    _("There is already a partner named “%s”."), described->name);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
pre_setup_validate (PreSetup  *setup,
                    GError   **error)
{
  PreSetupPartner *coordinator;

  g_return_val_if_fail (setup != NULL, FALSE);

  if (!pre_setup_validate_convention (setup, error))
    return FALSE;

  if (setup->partners->len == 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "coordinator-id",
                                _("The convention needs a coordinator."));
      return FALSE;
    }
  coordinator = g_ptr_array_index (setup->partners, 0);
  if (coordinator->kind != PRE_PARTNER_METROPOLE)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "coordinator-id",
                                _("The coordinator “%s” must be a métropole."), coordinator->name);
      return FALSE;
    }
  for (guint i = 0; i < setup->partners->len; i++)
    if (!pre_setup_validate_partner (setup, i, error))
      return FALSE;

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    {
      g_autoptr(PreMission) mission = pre_mission_new ();

      pre_mission_set_convention_id (mission, G_MAXINT64);
      pre_mission_set_kind (mission, kind);
      pre_mission_set_annual_budget (mission, setup->mission_budgets[kind]);
      if (!pre_mission_validate (mission, error))
        return FALSE;
    }

  for (guint i = 0; i < setup->shares->len; i++)
    {
      Share *described = &g_array_index (setup->shares, Share, i);
      g_autoptr(PreFundingShare) share = pre_funding_share_new ();

      if (described->partner >= setup->partners->len)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "partner-id",
                                    _("A funding share names a partner that is not in the convention."));
          return FALSE;
        }
      if (described->year < setup->first_year || described->year > setup->last_year)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "year",
                                    _("The funding share of %d is outside the convention’s years (%d–%d)."),
                                    described->year, setup->first_year, setup->last_year);
          return FALSE;
        }
      pre_funding_share_set_convention_id (share, G_MAXINT64);
      pre_funding_share_set_partner_id (share, G_MAXINT64);
      pre_funding_share_set_year (share, described->year);
      pre_funding_share_set_amount (share, described->amount);
      if (!pre_funding_share_validate (share, error))
        return FALSE;
    }

  return TRUE;
}

/* The territory named @name, created when there is none (case does not matter). */
static gint64
ensure_territory (PreStore    *store,
                  GHashTable  *created,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(PreTerritory) territory = NULL;
  g_autofree char *key = g_utf8_casefold (name, -1);
  gpointer known;

  if (g_hash_table_lookup_extended (created, key, NULL, &known))
    return *(gint64 *)known;

  territories = pre_store_list_territories (store, TRUE, error);
  if (territories == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(PreTerritory) existing = g_list_model_get_item (territories, i);
      g_autofree char *existing_key = g_utf8_casefold (pre_territory_get_name (existing), -1);

      if (g_strcmp0 (key, existing_key) == 0)
        {
          gint64 *id = g_new (gint64, 1);

          *id = pre_territory_get_id (existing);
          g_hash_table_insert (created, g_steal_pointer (&key), id);
          return *id;
        }
    }

  territory = pre_territory_new ();
  pre_territory_set_name (territory, name);
  if (!pre_store_save_territory (store, territory, error))
    return 0;

  {
    gint64 *id = g_new (gint64, 1);

    *id = pre_territory_get_id (territory);
    g_hash_table_insert (created, g_steal_pointer (&key), id);
    return *id;
  }
}

static gboolean
write_setup (PreStore  *store,
             PreSetup  *setup,
             gint64    *convention_id,
             GError   **error)
{
  g_autoptr(GHashTable) territories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) partner_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(PreConvention) convention = NULL;

  for (guint i = 0; i < setup->partners->len; i++)
    {
      PreSetupPartner *described = g_ptr_array_index (setup->partners, i);
      g_autoptr(PrePartner) partner = NULL;
      gint64 territory_id = 0;
      gint64 id;

      if (described->territory != NULL)
        {
          territory_id = ensure_territory (store, territories, described->territory, error);
          if (territory_id == 0)
            return FALSE;
        }
      partner = build_partner (described, territory_id);
      if (!pre_store_save_partner (store, partner, error))
        return FALSE;
      id = pre_partner_get_id (partner);
      g_array_append_val (partner_ids, id);
    }

  convention = build_convention (setup, g_array_index (partner_ids, gint64, 0));
  if (!pre_store_save_convention (store, convention, error))
    return FALSE;
  *convention_id = pre_convention_get_id (convention);

  if (!pre_store_set_convention_parties (store, *convention_id,
                                         (const gint64 *)(gpointer)partner_ids->data, partner_ids->len,
                                         error))
    return FALSE;

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    {
      g_autoptr(PreMission) mission = pre_mission_new ();

      pre_mission_set_convention_id (mission, *convention_id);
      pre_mission_set_kind (mission, kind);
      pre_mission_set_annual_budget (mission, setup->mission_budgets[kind]);
      if (!pre_store_save_mission (store, mission, error))
        return FALSE;
    }

  for (guint i = 0; i < setup->shares->len; i++)
    {
      Share *described = &g_array_index (setup->shares, Share, i);
      g_autoptr(PreFundingShare) share = pre_funding_share_new ();

      pre_funding_share_set_convention_id (share, *convention_id);
      pre_funding_share_set_partner_id (share, g_array_index (partner_ids, gint64, described->partner));
      pre_funding_share_set_year (share, described->year);
      pre_funding_share_set_amount (share, described->amount);
      if (!pre_store_save_funding_share (store, share, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
pre_store_create_convention_setup (PreStore  *store,
                                   PreSetup  *setup,
                                   gint64    *convention_id,
                                   GError   **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (setup != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_setup_validate (setup, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  if (!write_setup (store, setup, &id, error))
    {
      pre_store_rollback (store);
      return FALSE;
    }
  if (!pre_store_commit (store, error))
    return FALSE;

  if (convention_id != NULL)
    *convention_id = id;
  return TRUE;
}

gboolean
pre_store_set_mission_budgets (PreStore      *store,
                               gint64         convention_id,
                               int            year,
                               const gint64  *budgets,
                               GError       **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (budgets != NULL, FALSE);

  if (!pre_store_begin (store, error))
    return FALSE;
  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    {
      g_autoptr(PreMission) mission = pre_store_get_mission_by_kind (store, convention_id, kind, error);

      if (mission == NULL ||
          !pre_store_set_mission_budget (store, pre_mission_get_id (mission), year, budgets[kind], error))
        {
          pre_store_rollback (store);
          return FALSE;
        }
    }
  return pre_store_commit (store, error);
}
