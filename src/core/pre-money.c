/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "pre-error.h"
#include "pre-money.h"

#define NBSP "\xc2\xa0"          /* U+00A0 NO-BREAK SPACE */
#define NNBSP "\xe2\x80\xaf"     /* U+202F NARROW NO-BREAK SPACE */
#define MINUS "\xe2\x88\x92"     /* U+2212 MINUS SIGN */
#define EURO "\xe2\x82\xac"      /* U+20AC EURO SIGN */

/* Whitespace that may surround or group an amount: ASCII blanks, U+00A0,
 * U+202F. Returns the length of the space at @p, or 0. */
static gsize
space_length (const char *p)
{
  if (*p == ' ' || *p == '\t')
    return 1;
  if (strncmp (p, NBSP, 2) == 0)
    return 2;
  if (strncmp (p, NNBSP, 3) == 0)
    return 3;
  return 0;
}

static gboolean
is_minus (const char *p)
{
  return *p == '-' || strncmp (p, MINUS, 3) == 0;
}

/* Does @s (digits and commas only) read as an English grouped integer:
 * d{1,3}(,ddd)+ with no leading zero? */
static gboolean
is_english_grouping (const char *s)
{
  gsize lead = 0;
  const char *p = s;

  if (*p == '0')
    return FALSE;
  while (g_ascii_isdigit (*p))
    {
      lead++;
      p++;
    }
  if (lead < 1 || lead > 3 || *p != ',')
    return FALSE;
  while (*p == ',')
    {
      p++;
      for (int i = 0; i < 3; i++, p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }
  return *p == '\0';
}

/* Reads the integer part @s, made of digits optionally grouped by threes
 * with @group (0 for none). Returns FALSE on a bad grouping or overflow
 * (*overflow set). */
static gboolean
read_integer (const char *s,
              char        group,
              guint64    *out,
              gboolean   *overflow)
{
  guint64 value = 0;
  gsize run = 0;
  gboolean first_group = TRUE;

  if (*s == '\0')
    return FALSE;

  for (const char *p = s; ; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          guint digit = *p - '0';

          if (value > (G_MAXUINT64 - digit) / 10)
            {
              *overflow = TRUE;
              return FALSE;
            }
          value = value * 10 + digit;
          run++;
        }
      else if (*p == group || *p == '\0')
        {
          if (group != 0)
            {
              if (first_group ? (run < 1 || run > 3) : run != 3)
                return FALSE;
            }
          else if (run == 0)
            return FALSE;
          if (*p == '\0')
            break;
          first_group = FALSE;
          run = 0;
        }
      else
        return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
not_an_amount (const char  *text,
               GError     **error)
{
  pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, NULL,
                            _("“%s” is not an amount."), text);
  return FALSE;
}

gboolean
pre_money_parse (const char  *text,
                 gint64      *out_cents,
                 GError     **error)
{
  g_autoptr(GString) number = NULL;
  g_autofree char *integer_part = NULL;
  const char *start;
  const char *end;
  const char *decimals = NULL;
  const char *dot;
  const char *comma;
  char group = 0;
  guint64 units = 0;
  guint64 cents = 0;
  gboolean overflow = FALSE;
  gboolean euro_seen = FALSE;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, NULL,
                                _("The amount is not valid text."));
      return FALSE;
    }

  /* Trim the surrounding spaces, then an optional euro sign at either end,
   * then the spaces between it and the number. */
  start = text;
  end = text + strlen (text);
  for (;;)
    {
      gsize n;

      if ((n = space_length (start)) > 0 && start < end)
        start += n;
      else if (!euro_seen && strncmp (start, EURO, 3) == 0)
        {
          start += 3;
          euro_seen = TRUE;
        }
      else
        break;
    }
  for (;;)
    {
      if (end > start && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
      else if (end - start >= 2 && strncmp (end - 2, NBSP, 2) == 0)
        end -= 2;
      else if (end - start >= 3 && strncmp (end - 3, NNBSP, 3) == 0)
        end -= 3;
      else if (!euro_seen && end - start >= 3 && strncmp (end - 3, EURO, 3) == 0)
        {
          end -= 3;
          euro_seen = TRUE;
        }
      else
        break;
    }

  if (start >= end)
    {
      if (euro_seen)
        return not_an_amount (text, error);
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, NULL,
                                _("No amount was given."));
      return FALSE;
    }

  if (is_minus (start))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, NULL,
                                _("“%s” is not an amount: an amount cannot be negative."),
                                text);
      return FALSE;
    }

  /* Every kind of grouping space becomes one ASCII space; anything that is
   * not a digit, a space, a comma or a dot is refused. */
  number = g_string_sized_new (end - start);
  for (const char *p = start; p < end;)
    {
      gsize n = space_length (p);

      if (n > 0)
        {
          g_string_append_c (number, ' ');
          p += n;
        }
      else if (g_ascii_isdigit (*p) || *p == ',' || *p == '.')
        g_string_append_c (number, *p++);
      else
        return not_an_amount (text, error);
    }

  /* Find the decimal mark (see the rule in pre-money.h). */
  dot = strchr (number->str, '.');
  comma = strchr (number->str, ',');
  if (dot != NULL)
    {
      if (strchr (dot + 1, '.') != NULL || strchr (dot + 1, ',') != NULL)
        return not_an_amount (text, error);
      decimals = dot + 1;
      integer_part = g_strndup (number->str, dot - number->str);
    }
  else if (comma != NULL && strchr (number->str, ' ') == NULL
           && is_english_grouping (number->str))
    {
      integer_part = g_strdup (number->str);
    }
  else if (comma != NULL)
    {
      if (strchr (comma + 1, ',') != NULL)
        return not_an_amount (text, error);
      decimals = comma + 1;
      integer_part = g_strndup (number->str, comma - number->str);
    }
  else
    integer_part = g_strdup (number->str);

  /* The grouping of the integer part: spaces or commas, never both. */
  if (strchr (integer_part, ' ') != NULL)
    group = ' ';
  if (strchr (integer_part, ',') != NULL)
    {
      if (group != 0 || !is_english_grouping (integer_part))
        return not_an_amount (text, error);
      group = ',';
    }

  if (!read_integer (integer_part, group, &units, &overflow))
    {
      if (overflow)
        goto too_large;
      return not_an_amount (text, error);
    }

  if (decimals != NULL)
    {
      len = strlen (decimals);
      if (len == 0)
        return not_an_amount (text, error);
      for (gsize i = 0; i < len; i++)
        if (!g_ascii_isdigit (decimals[i]))
          return not_an_amount (text, error);
      if (len > 2)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, NULL,
                                    _("“%s” is not an amount: it has more than two decimals."),
                                    text);
          return FALSE;
        }
      cents = (decimals[0] - '0') * 10;
      if (len == 2)
        cents += decimals[1] - '0';
    }

  if (units > (guint64) (G_MAXINT64 - cents) / 100)
    goto too_large;

  if (out_cents != NULL)
    *out_cents = (gint64) (units * 100 + cents);
  return TRUE;

too_large:
  pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, NULL,
                            _("“%s” is too large an amount."), text);
  return FALSE;
}

static PreMoneyStyle
resolve_style (PreMoneyStyle style)
{
  if (style == PRE_MONEY_STYLE_LOCALE)
    {
      const struct lconv *lc = localeconv ();

      if (lc != NULL && lc->decimal_point != NULL
          && strcmp (lc->decimal_point, ",") == 0)
        return PRE_MONEY_STYLE_FRENCH;
      return PRE_MONEY_STYLE_ENGLISH;
    }
  return style;
}

/* Writes @units with @separator between groups of three digits. */
static void
append_grouped (GString    *out,
                guint64     units,
                const char *separator)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, units);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0 && separator != NULL)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
}

static char *
format (gint64        cents,
        PreMoneyStyle style,
        gboolean      drop_zero_cents)
{
  GString *out = g_string_new (NULL);
  gboolean negative = cents < 0;
  /* The magnitude without overflowing on G_MININT64. */
  guint64 magnitude = negative ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;
  guint64 units = magnitude / 100;
  guint rest = magnitude % 100;
  gboolean show_cents = !(drop_zero_cents && rest == 0);

  switch (resolve_style (style))
    {
    case PRE_MONEY_STYLE_FRENCH:
      if (negative)
        g_string_append (out, MINUS);
      append_grouped (out, units, NNBSP);
      if (show_cents)
        g_string_append_printf (out, ",%02u", rest);
      g_string_append (out, NBSP EURO);
      break;

    case PRE_MONEY_STYLE_ENGLISH:
      if (negative)
        g_string_append_c (out, '-');
      g_string_append (out, EURO);
      append_grouped (out, units, ",");
      if (show_cents)
        g_string_append_printf (out, ".%02u", rest);
      break;

    case PRE_MONEY_STYLE_MACHINE:
      if (negative)
        g_string_append_c (out, '-');
      append_grouped (out, units, NULL);
      if (show_cents)
        g_string_append_printf (out, ".%02u", rest);
      break;

    case PRE_MONEY_STYLE_LOCALE:
    default:
      g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
}

char *
pre_money_format (gint64 cents)
{
  return format (cents, PRE_MONEY_STYLE_LOCALE, FALSE);
}

char *
pre_money_format_style (gint64        cents,
                        PreMoneyStyle style)
{
  return format (cents, style, FALSE);
}

char *
pre_money_format_short (gint64 cents)
{
  return format (cents, PRE_MONEY_STYLE_LOCALE, TRUE);
}

char *
pre_money_format_short_style (gint64        cents,
                              PreMoneyStyle style)
{
  return format (cents, style, TRUE);
}
