/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * pre_date_parse:
 * @text: what the user typed
 * @out_iso: (out) (optional) (transfer full): the date as "YYYY-MM-DD"
 * @error: a #PRE_VALIDATION_ERROR (field %NULL: callers prefix the field)
 *
 * Reads a date written "YYYY-MM-DD" or "dd/mm/yyyy" (also "d/m/yyyy"),
 * surrounded by optional spaces. The date must exist (31/02 is refused).
 * The message quotes the text.
 *
 * Returns: %TRUE if @text is a date
 */
gboolean pre_date_parse         (const char  *text,
                                 char       **out_iso,
                                 GError     **error);

/**
 * pre_date_is_valid_iso:
 * @iso: (nullable): a text
 *
 * Returns: %TRUE if @iso is exactly "YYYY-MM-DD" and that day exists
 */
gboolean pre_date_is_valid_iso  (const char  *iso);

/**
 * pre_date_format_long:
 * @iso: a valid ISO date
 *
 * Writes the date in words in the translation's language: "2 October 2024",
 * "2 octobre 2024", "1er octobre 2024". Month names come from our own
 * translations, never from the C library, so that a French document is right
 * whatever the system has installed.
 *
 * Returns: (transfer full): the text
 */
char    *pre_date_format_long   (const char  *iso);

/**
 * pre_date_format_short:
 * @iso: a valid ISO date
 *
 * Returns: (transfer full): "02/10/2024" when the locale uses a decimal comma
 *   (French), "2024-10-02" otherwise
 */
char    *pre_date_format_short  (const char  *iso);

/**
 * pre_date_days_between:
 * @from_iso: a valid ISO date
 * @to_iso: a valid ISO date
 *
 * Returns: the number of days from @from_iso to @to_iso, negative when
 *   @to_iso comes first; 0 if either is not valid
 */
int      pre_date_days_between  (const char  *from_iso,
                                 const char  *to_iso);

/**
 * pre_date_year:
 * @iso: a valid ISO date
 *
 * Returns: the year of @iso, or 0 if it is not a valid date
 */
int      pre_date_year          (const char  *iso);

/**
 * pre_date_today_iso:
 *
 * Today in the local time zone; the environment variable `PRE_TODAY`
 * (a valid "YYYY-MM-DD") overrides it, for tests and reproducible screenshots.
 *
 * Returns: (transfer full): "YYYY-MM-DD"
 */
char    *pre_date_today_iso     (void);

G_END_DECLS
