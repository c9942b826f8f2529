/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_TERRITORY (pre_territory_get_type ())
G_DECLARE_FINAL_TYPE (PreTerritory, pre_territory, PRE, TERRITORY, GObject)

/**
 * PreTerritory:
 *
 * A commune (Dijon, Chenôve…) with its priority neighbourhoods (QPV);
 * "n-neighbourhoods" is filled by the store. "id" is 0 until it is saved.
 */

PreTerritory *pre_territory_new            (void);
gint64        pre_territory_get_id         (PreTerritory *self);
const char   *pre_territory_get_name       (PreTerritory *self);
void          pre_territory_set_name       (PreTerritory *self,
                                            const char   *name);
const char   *pre_territory_get_insee_code (PreTerritory *self);
void          pre_territory_set_insee_code (PreTerritory *self,
                                            const char   *insee_code);
gboolean      pre_territory_get_archived   (PreTerritory *self);
void          pre_territory_set_archived   (PreTerritory *self,
                                            gboolean      archived);

/**
 * pre_territory_get_n_neighbourhoods:
 *
 * The "n-neighbourhoods" property: how many QPV the territory has, as read
 * by the store (for lists).
 */
guint         pre_territory_get_n_neighbourhoods (PreTerritory *self);

/**
 * pre_territory_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("name")
 *
 * Checks the rules that need no database: the name is not empty.
 *
 * Returns: %TRUE if the territory can be saved
 */
gboolean      pre_territory_validate       (PreTerritory  *self,
                                            GError       **error);

/**
 * pre_store_save_territory:
 *
 * Inserts the territory when its id is 0 (and sets the id), updates it
 * otherwise. Validates first; a second territory with the same name (case
 * does not matter) is refused with %PRE_VALIDATION_ERROR_CONFLICT on "name".
 * One transaction; touches "territory".
 */
gboolean      pre_store_save_territory     (PreStore      *store,
                                            PreTerritory  *territory,
                                            GError       **error);

/**
 * pre_store_get_territory:
 *
 * Returns: (transfer full): the territory, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreTerritory *pre_store_get_territory      (PreStore      *store,
                                            gint64         id,
                                            GError       **error);

/**
 * pre_store_delete_territory:
 *
 * Deletes the territory and its neighbourhoods. Refused with
 * %PRE_STORE_ERROR_IN_USE while partners, sessions, expenses, or the
 * funding shares and payments of its partners refer to it; the message
 * counts them ("Chenôve cannot be deleted: it has 1 partner, 214 sessions
 * and 3 payments."). Archive it instead.
 */
gboolean      pre_store_delete_territory   (PreStore      *store,
                                            gint64         id,
                                            GError       **error);

/**
 * pre_store_archive_territory:
 * @archived: %TRUE to hide the territory from choices, %FALSE to bring it back
 *
 * Archiving keeps everything recorded for the territory.
 */
gboolean      pre_store_archive_territory  (PreStore      *store,
                                            gint64         id,
                                            gboolean       archived,
                                            GError       **error);

/**
 * pre_store_list_territories:
 * @include_archived: also list archived territories
 *
 * Returns: (transfer full): a #GListModel of #PreTerritory, by name
 */
GListModel   *pre_store_list_territories   (PreStore      *store,
                                            gboolean       include_archived,
                                            GError       **error);

G_END_DECLS
