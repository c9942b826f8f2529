/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PreMoneyStyle:
 * @PRE_MONEY_STYLE_LOCALE: French layout when the current locale uses a
 *   decimal comma, English layout otherwise
 * @PRE_MONEY_STYLE_FRENCH: "4 820,00 €" (U+202F thousands separator, U+00A0
 *   before the euro sign, U+2212 minus sign)
 * @PRE_MONEY_STYLE_ENGLISH: "€4,820.00", "-€2,680.00"
 * @PRE_MONEY_STYLE_MACHINE: "4820.00", "-2680.00": for CSV and JSON files,
 *   never depends on the locale
 *
 * How an amount is written.
 */
typedef enum
{
  PRE_MONEY_STYLE_LOCALE,
  PRE_MONEY_STYLE_FRENCH,
  PRE_MONEY_STYLE_ENGLISH,
  PRE_MONEY_STYLE_MACHINE,
} PreMoneyStyle;

/**
 * pre_money_parse:
 * @text: what the user typed
 * @out_cents: (out) (optional): the amount in cents
 * @error: a #PRE_VALIDATION_ERROR (field %NULL: callers prefix the field)
 *
 * Reads a non-negative amount in euros written the French or the English way.
 * The result never depends on the locale.
 *
 * Accepted: optional spaces around; an optional "€" before or after (with or
 * without a space); digits grouped by threes with a space, a no-break space
 * (U+00A0) or a narrow no-break space (U+202F), or with commas in the English
 * form; then an optional decimal part of one or two digits.
 *
 * The decimal mark: a "." is always decimal ("4820.50"). A "," is decimal
 * ("4820,5", "4 820,00"), EXCEPT when the text has commas as thousands
 * separators, i.e. it matches the English form `d{1,3}(,ddd)+(.dd?)?`:
 * "4,820" and "€4,820.50" are four thousand eight hundred and twenty euros,
 * "12,345,678" is a grouped integer. So "4,82" is 4.82 € and "4,820" is
 * 4 820 € (a French writer never puts three decimals on an amount).
 *
 * Refused: empty text, letters, a minus sign (amounts here are never
 * negative), more than two decimals, badly grouped digits ("12,345,6",
 * "1.2.3", "48 20"), mixing separators, amounts beyond what a #gint64 of cents
 * holds. The message quotes the text.
 *
 * Returns: %TRUE if @text is an amount
 */
gboolean pre_money_parse         (const char     *text,
                                  gint64         *out_cents,
                                  GError        **error);

/**
 * pre_money_format:
 * @cents: an amount, possibly negative (balances)
 *
 * Writes @cents for people in the current locale's layout
 * (%PRE_MONEY_STYLE_LOCALE): "4 820,00 €" or "€4,820.00".
 *
 * Returns: (transfer full): the text
 */
char    *pre_money_format        (gint64          cents);

/**
 * pre_money_format_style:
 * @cents: an amount, possibly negative
 * @style: the layout
 *
 * Returns: (transfer full): @cents written in @style
 */
char    *pre_money_format_style  (gint64          cents,
                                  PreMoneyStyle   style);

/**
 * pre_money_format_short:
 * @cents: an amount, possibly negative
 *
 * Like pre_money_format() but drops the cents when the amount is in whole
 * euros ("20 000 €", "€20,000"); for documents and chart labels.
 *
 * Returns: (transfer full): the text
 */
char    *pre_money_format_short  (gint64          cents);

/**
 * pre_money_format_short_style:
 * @cents: an amount, possibly negative
 * @style: the layout
 *
 * pre_money_format_short() in a given layout (e.g. French for a French
 * document whatever the locale).
 *
 * Returns: (transfer full): the text
 */
char    *pre_money_format_short_style (gint64        cents,
                                       PreMoneyStyle style);

G_END_DECLS
