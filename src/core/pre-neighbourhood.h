/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_NEIGHBOURHOOD (pre_neighbourhood_get_type ())
G_DECLARE_FINAL_TYPE (PreNeighbourhood, pre_neighbourhood, PRE, NEIGHBOURHOOD, GObject)

/**
 * PreNeighbourhood:
 *
 * A priority neighbourhood (quartier prioritaire de la politique de la
 * ville, QPV) of a territory: its name and official code (e.g. "QN02104M").
 * "id" is 0 until it is saved.
 */

PreNeighbourhood *pre_neighbourhood_new              (void);
gint64            pre_neighbourhood_get_id           (PreNeighbourhood *self);
gint64            pre_neighbourhood_get_territory_id (PreNeighbourhood *self);
void              pre_neighbourhood_set_territory_id (PreNeighbourhood *self,
                                                      gint64            territory_id);
const char       *pre_neighbourhood_get_name         (PreNeighbourhood *self);
void              pre_neighbourhood_set_name         (PreNeighbourhood *self,
                                                      const char       *name);
const char       *pre_neighbourhood_get_code         (PreNeighbourhood *self);
void              pre_neighbourhood_set_code         (PreNeighbourhood *self,
                                                      const char       *code);

/**
 * pre_neighbourhood_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("name", "territory-id")
 *
 * Returns: %TRUE if the neighbourhood can be saved
 */
gboolean         pre_neighbourhood_validate      (PreNeighbourhood  *self,
                                                  GError           **error);

/**
 * pre_store_save_neighbourhood:
 *
 * Inserts (id 0, then sets the id) or updates the neighbourhood. An unknown
 * territory and a second neighbourhood of the same name in one territory
 * are refused with a #PRE_VALIDATION_ERROR. One transaction; touches
 * "neighbourhood".
 */
gboolean         pre_store_save_neighbourhood    (PreStore          *store,
                                                  PreNeighbourhood  *neighbourhood,
                                                  GError           **error);

/**
 * pre_store_get_neighbourhood:
 *
 * Returns: (transfer full): the neighbourhood, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreNeighbourhood *pre_store_get_neighbourhood    (PreStore          *store,
                                                  gint64             id,
                                                  GError           **error);

/**
 * pre_store_delete_neighbourhood:
 *
 * Nothing refers to a neighbourhood: deleting it always works when it exists.
 */
gboolean         pre_store_delete_neighbourhood  (PreStore          *store,
                                                  gint64             id,
                                                  GError           **error);

/**
 * pre_store_list_neighbourhoods:
 * @territory_id: a territory, or 0 for the neighbourhoods of every territory
 *
 * Returns: (transfer full): a #GListModel of #PreNeighbourhood, by name
 */
GListModel      *pre_store_list_neighbourhoods   (PreStore          *store,
                                                  gint64             territory_id,
                                                  GError           **error);

G_END_DECLS
