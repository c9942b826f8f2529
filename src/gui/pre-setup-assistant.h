/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-store.h"

G_BEGIN_DECLS

#define PRE_TYPE_SETUP_ASSISTANT (pre_setup_assistant_get_type ())
G_DECLARE_FINAL_TYPE (PreSetupAssistant, pre_setup_assistant, PRE, SETUP_ASSISTANT, AdwDialog)

/*
 * PreSetupAssistant: the first-run assistant. Step by step (convention,
 * coordinator, partners and communes, missions, funding shares, summary),
 * each step checked with core's validate functions; nothing is written until
 * the last step's "Create the Convention", which writes everything in one
 * transaction (pre_store_create_convention_setup()). Closing it at any step
 * writes nothing. Emits "created" with the new convention's id.
 */
AdwDialog  *pre_setup_assistant_new            (PreStore          *store);

/* The tag of the step shown ("convention", "coordinator", "partners",
 * "missions", "funding", "summary"). */
const char *pre_setup_assistant_get_step       (PreSetupAssistant *self);
/* The message shown under the step's fields, or NULL. */
const char *pre_setup_assistant_get_message    (PreSetupAssistant *self);
/* Adds a partner row set and fills it (for keyboard users: Ctrl+N). */
void        pre_setup_assistant_add_partner    (PreSetupAssistant *self,
                                                const char        *name,
                                                guint              kind_index,
                                                const char        *commune);

/* Opens the assistant over @parent's window; a toast says when it is done. */
AdwDialog  *pre_setup_assistant_present_for    (GtkWidget         *parent,
                                                PreStore          *store);

G_END_DECLS
