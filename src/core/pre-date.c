/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "pre-date.h"
#include "pre-error.h"

/* Reads exactly @n ASCII digits at @p. */
static gboolean
read_digits (const char *p,
             int         n,
             int        *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }
  *out = value;
  return TRUE;
}

static gboolean
day_exists (int year,
            int month,
            int day)
{
  return year >= 1 && year <= 9999
         && month >= 1 && month <= 12
         && day >= 1
         && g_date_valid_dmy (day, month, year);
}

/* Splits an ISO date without checking that the day exists. */
static gboolean
split_iso (const char *iso,
           int        *year,
           int        *month,
           int        *day)
{
  return iso != NULL
         && strlen (iso) == 10
         && read_digits (iso, 4, year)
         && iso[4] == '-'
         && read_digits (iso + 5, 2, month)
         && iso[7] == '-'
         && read_digits (iso + 8, 2, day);
}

static gboolean
to_gdate (const char *iso,
          GDate      *date)
{
  int y, m, d;

  if (!split_iso (iso, &y, &m, &d) || !day_exists (y, m, d))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
pre_date_is_valid_iso (const char *iso)
{
  int y, m, d;

  return split_iso (iso, &y, &m, &d) && day_exists (y, m, d);
}

/* d/m/yyyy with one or two digits for the day and the month. */
static gboolean
split_french (const char *text,
              int        *year,
              int        *month,
              int        *day)
{
  const char *p = text;
  int *parts[2] = { day, month };

  for (int i = 0; i < 2; i++)
    {
      int n = 0;

      while (g_ascii_isdigit (p[n]))
        n++;
      if (n < 1 || n > 2 || p[n] != '/')
        return FALSE;
      read_digits (p, n, parts[i]);
      p += n + 1;
    }

  return strlen (p) == 4 && read_digits (p, 4, year);
}

gboolean
pre_date_parse (const char  *text,
                char       **out_iso,
                GError     **error)
{
  g_autofree char *trimmed = NULL;
  int y, m, d;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, NULL,
                                _("No date was given."));
      return FALSE;
    }

  if (!split_iso (trimmed, &y, &m, &d) && !split_french (trimmed, &y, &m, &d))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, NULL,
                                _("“%s” is not a date: write it as 31/12/2024 or 2024-12-31."),
                                text);
      return FALSE;
    }

  if (!day_exists (y, m, d))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, NULL,
                                _("“%s” is not a date: that day does not exist."),
                                text);
      return FALSE;
    }

  if (out_iso != NULL)
    *out_iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return TRUE;
}

static const char *
month_name (int month)
{
  switch (month)
    {
    case 1: return C_("month name", "January");
    case 2: return C_("month name", "February");
    case 3: return C_("month name", "March");
    case 4: return C_("month name", "April");
    case 5: return C_("month name", "May");
    case 6: return C_("month name", "June");
    case 7: return C_("month name", "July");
    case 8: return C_("month name", "August");
    case 9: return C_("month name", "September");
    case 10: return C_("month name", "October");
    case 11: return C_("month name", "November");
    case 12: return C_("month name", "December");
    default: g_return_val_if_reached ("");
    }
}

char *
pre_date_format_long (const char *iso)
{
  int y, m, d;

  g_return_val_if_fail (pre_date_is_valid_iso (iso), g_strdup (""));

  split_iso (iso, &y, &m, &d);
  if (d == 1)
    /* Translators: a date in words on the first day of a month: day,
     * month name, year. French: "1er %s %d" (1er octobre 2024). */
    return g_strdup_printf (C_("long date, first day", "1 %s %d"),
                            month_name (m), y);

  /* Translators: a date in words: day, month name, year ("2 October 2024").
   * French: "%d %s %d" (2 octobre 2024). */
  return g_strdup_printf (C_("long date", "%d %s %d"), d, month_name (m), y);
}

static gboolean
locale_has_decimal_comma (void)
{
  const struct lconv *lc = localeconv ();

  return lc != NULL && lc->decimal_point != NULL
         && strcmp (lc->decimal_point, ",") == 0;
}

char *
pre_date_format_short (const char *iso)
{
  int y, m, d;

  g_return_val_if_fail (pre_date_is_valid_iso (iso), g_strdup (""));

  split_iso (iso, &y, &m, &d);
  if (locale_has_decimal_comma ())
    return g_strdup_printf ("%02d/%02d/%04d", d, m, y);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

int
pre_date_days_between (const char *from_iso,
                       const char *to_iso)
{
  GDate from, to;

  if (!to_gdate (from_iso, &from) || !to_gdate (to_iso, &to))
    return 0;
  return g_date_days_between (&from, &to);
}

int
pre_date_year (const char *iso)
{
  int y, m, d;

  if (!split_iso (iso, &y, &m, &d) || !day_exists (y, m, d))
    return 0;
  return y;
}

char *
pre_date_today_iso (void)
{
  const char *override = g_getenv ("PRE_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (override != NULL && pre_date_is_valid_iso (override))
    return g_strdup (override);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}
