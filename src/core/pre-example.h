/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-store.h"

G_BEGIN_DECLS

/**
 * pre_store_load_example:
 * @self: a store
 * @with_sample_activity: also add fictitious sessions, expenses, mission
 *   budgets and payments for demonstrations (seeded: the same every time)
 * @error: return location for a #GError
 *
 * Creates the reference case of `shared/reference/`: the 2024–2026
 * multi-year agreement coordinated by Dijon Métropole with the CCAS of Dijon,
 * Chenôve, Longvic and Talant and the town of Quetigny; its four missions;
 * the annual cost of 20 000 €; the métropole share of 12 500 € and the CCAS
 * Dijon participation of 4 820 € a year; the CCAS Dijon board with its 17
 * members, the séance of 2 October 2024 and its deliberation, word for word.
 * The convention is marked as an example so that it can be removed in one
 * action. Figures that the document does not give are not invented (the
 * other participations stay unset).
 *
 * Refused when the database already holds a convention. One transaction.
 *
 * Returns: %TRUE on success
 */
gboolean pre_store_load_example   (PreStore  *self,
                                   gboolean   with_sample_activity,
                                   GError   **error);

/**
 * pre_store_has_example:
 *
 * Returns: %TRUE when the example convention is in the database
 */
gboolean pre_store_has_example    (PreStore  *self);

/**
 * pre_store_remove_example:
 *
 * Removes everything pre_store_load_example() created (and anything added
 * to the example convention since). One transaction.
 */
gboolean pre_store_remove_example (PreStore  *self,
                                   GError   **error);

G_END_DECLS
