/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "pre-error.h"
#include "pre-money.h"

#define NBSP "\xc2\xa0"
#define NNBSP "\xe2\x80\xaf"
#define MINUS "\xe2\x88\x92"

typedef struct
{
  const char *text;
  gint64 cents;
} Accepted;

static const Accepted accepted[] = {
  { "4 820,00 €", 482000 },
  { "4" NBSP "820,00" NBSP "€", 482000 },
  { "4" NNBSP "820,00" NBSP "€", 482000 },
  { "4820,5", 482050 },
  { "4 820", 482000 },
  { "4820.50", 482050 },
  { "€4,820.50", 482050 },
  { "€ 4,820.50", 482050 },
  { "4 820 €", 482000 },
  { "4820€", 482000 },
  { "20 000", 2000000 },
  { "20" NNBSP "000" NNBSP "€", 2000000 },
  { "0", 0 },
  { "0,00", 0 },
  { "0.5", 50 },
  { "12500", 1250000 },
  { "  12500  ", 1250000 },
  { NBSP "12 500 €" NBSP, 1250000 },
  { "4,82", 482 },          /* French decimal comma */
  { "4,8", 480 },
  { "4,820", 482000 },      /* English thousands: see the rule in pre-money.h */
  { "12,345,678", 1234567800 },
  { "1,000,000.05", 100000005 },
  { "4 820.50", 482050 },
  { "1 234 567,89", 123456789 },
  { "92233720368547758,07", G_MAXINT64 },
};

typedef struct
{
  const char *text;
  const char *message;  /* a part of the message, besides the quoted text */
} Rejected;

static const Rejected rejected[] = {
  { "4 820,5O €", "is not an amount" },
  { "12,345,6", "is not an amount" },
  { "1.2.3", "is not an amount" },
  { "abc", "is not an amount" },
  { "-5", "cannot be negative" },
  { MINUS "5 €", "cannot be negative" },
  { "4820,505", "more than two decimals" },
  { "4 820,500", "more than two decimals" },
  { "0,820", "more than two decimals" },
  { "4820.123", "more than two decimals" },
  { "48 20", "is not an amount" },
  { "4  820", "is not an amount" },
  { "4,820 000", "is not an amount" },
  { "4 820,000.00", "is not an amount" },
  { "4820,", "is not an amount" },
  { ",50", "is not an amount" },
  { "€", "is not an amount" },
  { "€4820€", "is not an amount" },
  { "4820 EUR", "is not an amount" },
  { "4.820,00", "is not an amount" },
  { "1e3", "is not an amount" },
  { "92233720368547758,08", "too large" },
  { "99999999999999999999999", "too large" },
};

static void
check_parsing (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -1;

      g_test_message ("accepted: “%s”", accepted[i].text);
      g_assert_true (pre_money_parse (accepted[i].text, &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, accepted[i].cents);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (rejected); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", rejected[i].text);
      gint64 cents = 42;

      g_test_message ("rejected: “%s”", rejected[i].text);
      g_assert_false (pre_money_parse (rejected[i].text, &cents, &error));
      g_assert_error (error, PRE_VALIDATION_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, rejected[i].message));
      g_assert_null (pre_validation_error_get_field (error));
      g_assert_cmpint (cents, ==, 42);
    }
}

static void
test_parse_c (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  check_parsing ();
}

static void
test_parse_french (void)
{
  /* The locale never changes how an amount is read. */
  g_assert_nonnull (setlocale (LC_ALL, "fr_FR.UTF-8"));
  check_parsing ();
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_parse_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  g_assert_false (pre_money_parse ("", NULL, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED);
  g_assert_false (pre_money_parse ("   ", NULL, &error2));
  g_assert_error (error2, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED);
  g_assert_true (pre_money_parse ("12,3", NULL, NULL));
}

typedef struct
{
  gint64 cents;
  const char *french;
  const char *english;
  const char *machine;
  const char *french_short;
  const char *english_short;
} Formatted;

static const Formatted formatted[] = {
  { 482000, "4" NNBSP "820,00" NBSP "€", "€4,820.00", "4820.00", "4" NNBSP "820" NBSP "€", "€4,820" },
  { 482050, "4" NNBSP "820,50" NBSP "€", "€4,820.50", "4820.50", "4" NNBSP "820,50" NBSP "€", "€4,820.50" },
  { 2000000, "20" NNBSP "000,00" NBSP "€", "€20,000.00", "20000.00", "20" NNBSP "000" NBSP "€", "€20,000" },
  { -268000, MINUS "2" NNBSP "680,00" NBSP "€", "-€2,680.00", "-2680.00", MINUS "2" NNBSP "680" NBSP "€", "-€2,680" },
  { 0, "0,00" NBSP "€", "€0.00", "0.00", "0" NBSP "€", "€0" },
  { 5, "0,05" NBSP "€", "€0.05", "0.05", "0,05" NBSP "€", "€0.05" },
  { -5, MINUS "0,05" NBSP "€", "-€0.05", "-0.05", MINUS "0,05" NBSP "€", "-€0.05" },
  { 99999, "999,99" NBSP "€", "€999.99", "999.99", "999,99" NBSP "€", "€999.99" },
  { 123456789, "1" NNBSP "234" NNBSP "567,89" NBSP "€", "€1,234,567.89", "1234567.89",
    "1" NNBSP "234" NNBSP "567,89" NBSP "€", "€1,234,567.89" },
  { G_MAXINT64, "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,07" NBSP "€",
    "€92,233,720,368,547,758.07", "92233720368547758.07",
    "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,07" NBSP "€",
    "€92,233,720,368,547,758.07" },
  { G_MININT64, MINUS "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,08" NBSP "€",
    "-€92,233,720,368,547,758.08", "-92233720368547758.08",
    MINUS "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,08" NBSP "€",
    "-€92,233,720,368,547,758.08" },
};

static void
check_styles (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (formatted); i++)
    {
      const Formatted *f = &formatted[i];
      g_autofree char *french = pre_money_format_style (f->cents, PRE_MONEY_STYLE_FRENCH);
      g_autofree char *english = pre_money_format_style (f->cents, PRE_MONEY_STYLE_ENGLISH);
      g_autofree char *machine = pre_money_format_style (f->cents, PRE_MONEY_STYLE_MACHINE);
      g_autofree char *french_short = pre_money_format_short_style (f->cents, PRE_MONEY_STYLE_FRENCH);
      g_autofree char *english_short = pre_money_format_short_style (f->cents, PRE_MONEY_STYLE_ENGLISH);

      g_assert_cmpstr (french, ==, f->french);
      g_assert_cmpstr (english, ==, f->english);
      g_assert_cmpstr (machine, ==, f->machine);
      g_assert_cmpstr (french_short, ==, f->french_short);
      g_assert_cmpstr (english_short, ==, f->english_short);
    }
}

static void
test_format_styles (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  check_styles ();
  g_assert_nonnull (setlocale (LC_ALL, "fr_FR.UTF-8"));
  check_styles ();
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_format_locale (void)
{
  g_autofree char *c = NULL;
  g_autofree char *c_short = NULL;
  g_autofree char *fr = NULL;
  g_autofree char *fr_short = NULL;
  g_autofree char *fr_negative = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  c = pre_money_format (482000);
  c_short = pre_money_format_short (2000000);
  g_assert_cmpstr (c, ==, "€4,820.00");
  g_assert_cmpstr (c_short, ==, "€20,000");

  g_assert_nonnull (setlocale (LC_ALL, "fr_FR.UTF-8"));
  fr = pre_money_format (482000);
  fr_short = pre_money_format_short (2000000);
  fr_negative = pre_money_format (-268000);
  g_assert_cmpstr (fr, ==, "4" NNBSP "820,00" NBSP "€");
  g_assert_cmpstr (fr_short, ==, "20" NNBSP "000" NBSP "€");
  g_assert_cmpstr (fr_negative, ==, MINUS "2" NNBSP "680,00" NBSP "€");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_round_trip (void)
{
  static const gint64 values[] = { 0, 1, 10, 99, 100, 482000, 482050, 1250000, 2000000,
                                   123456789, G_MAXINT64 };
  static const PreMoneyStyle styles[] = { PRE_MONEY_STYLE_FRENCH, PRE_MONEY_STYLE_ENGLISH,
                                          PRE_MONEY_STYLE_MACHINE };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    for (gsize j = 0; j < G_N_ELEMENTS (styles); j++)
      {
        g_autofree char *text = pre_money_format_style (values[i], styles[j]);
        g_autofree char *text_short = pre_money_format_short_style (values[i], styles[j]);
        g_autoptr(GError) error = NULL;
        gint64 back = -1;

        g_assert_true (pre_money_parse (text, &back, &error));
        g_assert_no_error (error);
        g_assert_cmpint (back, ==, values[i]);
        back = -1;
        g_assert_true (pre_money_parse (text_short, &back, &error));
        g_assert_no_error (error);
        g_assert_cmpint (back, ==, values[i]);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money/parse/c-locale", test_parse_c);
  g_test_add_func ("/money/parse/french-locale", test_parse_french);
  g_test_add_func ("/money/parse/empty", test_parse_empty);
  g_test_add_func ("/money/format/styles", test_format_styles);
  g_test_add_func ("/money/format/locale", test_format_locale);
  g_test_add_func ("/money/round-trip", test_round_trip);
  return g_test_run ();
}
