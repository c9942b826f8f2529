/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pre-extract.h"
#include "pre-store.h"

G_BEGIN_DECLS

/**
 * pre_store_build_extract:
 * @store: a store
 * @deliberation_id: the deliberation
 * @error: return location for a #GError
 *
 * Gathers everything the extract of the register shows for one
 * deliberation: the board's body and assembly; the séance's date,
 * convocation date and president ("M. Antoine HOAREAU"); the members
 * present, represented (with the holder of each proxy, and the feminine
 * agreement for a "Mme"), excused and absent, in the order of the register;
 * the subject, text and decisions; the outcome of the vote
 * (pre_deliberation_dup_outcome_text(), translated); the recipients with
 * their copies. Then pre_extract_write_pdf() or pre_extract_render() draw
 * it.
 *
 * An id that names no deliberation gives %PRE_STORE_ERROR_NOT_FOUND with a
 * message that says so.
 *
 * Returns: (transfer full) (nullable): the extract, or %NULL with @error set
 */
PreExtract *pre_store_build_extract (PreStore  *store,
                                     gint64     deliberation_id,
                                     GError   **error);

G_END_DECLS
