/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PRE_TYPE_RECIPIENT (pre_recipient_get_type ())
G_DECLARE_FINAL_TYPE (PreRecipient, pre_recipient, PRE, RECIPIENT, GObject)

/**
 * PreRecipient:
 *
 * One line of a deliberation's "Destinataires" list: who receives a copy
 * ("Dijon Métropole") and how many copies (at least 1). Properties: "name",
 * "copies".
 */

/**
 * pre_recipient_new:
 * @name: who receives the deliberation
 * @copies: the number of copies (at least 1)
 *
 * Returns: (transfer full): a new recipient
 */
PreRecipient *pre_recipient_new        (const char   *name,
                                        guint         copies);

const char   *pre_recipient_get_name   (PreRecipient *self);
void          pre_recipient_set_name   (PreRecipient *self,
                                        const char   *name);
guint         pre_recipient_get_copies (PreRecipient *self);
void          pre_recipient_set_copies (PreRecipient *self,
                                        guint         copies);

G_END_DECLS
