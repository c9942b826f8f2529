/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_PARTNER (pre_partner_get_type ())
G_DECLARE_FINAL_TYPE (PrePartner, pre_partner, PRE, PARTNER, GObject)

/**
 * PrePartner:
 *
 * A signatory body: the métropole, a CCAS, a town, or another body,
 * optionally tied to a territory ("territory-id", 0 = none).
 * "territory-name" is filled by the store. "id" is 0 until it is saved.
 */

PrePartner    *pre_partner_new                (void);
gint64         pre_partner_get_id             (PrePartner *self);
const char    *pre_partner_get_name           (PrePartner *self);
void           pre_partner_set_name           (PrePartner *self,
                                               const char *name);
PrePartnerKind pre_partner_get_kind           (PrePartner *self);
void           pre_partner_set_kind           (PrePartner     *self,
                                               PrePartnerKind  kind);
gint64         pre_partner_get_territory_id   (PrePartner *self);
void           pre_partner_set_territory_id   (PrePartner *self,
                                               gint64      territory_id);
gboolean       pre_partner_get_archived       (PrePartner *self);
void           pre_partner_set_archived       (PrePartner *self,
                                               gboolean    archived);
const char    *pre_partner_get_territory_name (PrePartner *self);

/**
 * pre_partner_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("name", "kind")
 *
 * Returns: %TRUE if the partner can be saved
 */
gboolean      pre_partner_validate          (PrePartner  *self,
                                             GError     **error);

/**
 * pre_store_save_partner:
 *
 * Inserts (id 0, then sets the id) or updates the partner. A second partner
 * with the same name, or an unknown territory, is refused with a
 * #PRE_VALIDATION_ERROR ("name", "territory-id"). One transaction; touches
 * "partner".
 */
gboolean      pre_store_save_partner        (PreStore    *store,
                                             PrePartner  *partner,
                                             GError     **error);

/**
 * pre_store_get_partner:
 *
 * Returns: (transfer full): the partner (with "territory-name"), or %NULL
 *   with %PRE_STORE_ERROR_NOT_FOUND
 */
PrePartner   *pre_store_get_partner         (PreStore    *store,
                                             gint64       id,
                                             GError     **error);

/**
 * pre_store_delete_partner:
 *
 * Refused with %PRE_STORE_ERROR_IN_USE while the partner coordinates a
 * convention, is a party to one, has funding shares or payments, or took
 * part in sessions; the message counts each use. Archive it instead.
 */
gboolean      pre_store_delete_partner      (PreStore    *store,
                                             gint64       id,
                                             GError     **error);

/**
 * pre_store_archive_partner:
 * @archived: %TRUE to hide the partner from choices, %FALSE to bring it back
 */
gboolean      pre_store_archive_partner     (PreStore    *store,
                                             gint64       id,
                                             gboolean     archived,
                                             GError     **error);

/**
 * pre_store_list_partners:
 * @include_archived: also list archived partners
 *
 * Returns: (transfer full): a #GListModel of #PrePartner, by kind
 *   (métropole, CCAS, town, other) then name
 */
GListModel   *pre_store_list_partners       (PreStore    *store,
                                             gboolean     include_archived,
                                             GError     **error);

G_END_DECLS
