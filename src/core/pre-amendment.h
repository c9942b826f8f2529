/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pre-enums.h"
#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_AMENDMENT (pre_amendment_get_type ())
G_DECLARE_FINAL_TYPE (PreAmendment, pre_amendment, PRE, AMENDMENT, GObject)

/**
 * PreAmendment:
 *
 * An amendment (avenant) to a convention: its date ("YYYY-MM-DD"), number
 * and description. "id" is 0 until it is saved.
 */

PreAmendment *pre_amendment_new               (void);
gint64        pre_amendment_get_id            (PreAmendment *self);
gint64        pre_amendment_get_convention_id (PreAmendment *self);
void          pre_amendment_set_convention_id (PreAmendment *self,
                                               gint64        convention_id);
const char   *pre_amendment_get_date          (PreAmendment *self);
void          pre_amendment_set_date          (PreAmendment *self,
                                               const char   *date);
const char   *pre_amendment_get_number        (PreAmendment *self);
void          pre_amendment_set_number        (PreAmendment *self,
                                               const char   *number);
const char   *pre_amendment_get_description   (PreAmendment *self);
void          pre_amendment_set_description   (PreAmendment *self,
                                               const char   *description);

/**
 * pre_amendment_validate:
 * @error: a #PRE_VALIDATION_ERROR naming the field ("convention-id", "date")
 *
 * Checks: a convention; a date that exists, written "YYYY-MM-DD".
 *
 * Returns: %TRUE if the amendment can be saved
 */
gboolean      pre_amendment_validate        (PreAmendment  *self,
                                             GError       **error);

/**
 * pre_store_save_amendment:
 *
 * Inserts (id 0, then sets the id) or updates the amendment. One
 * transaction; touches "amendment".
 */
gboolean      pre_store_save_amendment      (PreStore      *store,
                                             PreAmendment  *amendment,
                                             GError       **error);

/**
 * pre_store_get_amendment:
 *
 * Returns: (transfer full): the amendment, or %NULL with
 *   %PRE_STORE_ERROR_NOT_FOUND
 */
PreAmendment *pre_store_get_amendment       (PreStore      *store,
                                             gint64         id,
                                             GError       **error);

gboolean      pre_store_delete_amendment    (PreStore      *store,
                                             gint64         id,
                                             GError       **error);

/**
 * pre_store_list_amendments:
 *
 * Returns: (transfer full): a #GListModel of #PreAmendment, by date
 */
GListModel   *pre_store_list_amendments     (PreStore      *store,
                                             gint64         convention_id,
                                             GError       **error);

G_END_DECLS
