/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "pre-date.h"
#include "pre-error.h"

/* Switches to French with the translations built in this build tree
 * (build/po); FALSE when they do not hold our strings yet. */
static gboolean
use_french (const char *probe)
{
  const char *output = g_getenv ("PRE_TEST_OUTPUT_DIR");
  g_autofree char *tests_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *locale_dir = NULL;

  if (output == NULL)
    return FALSE;
  tests_dir = g_path_get_dirname (output);
  build_dir = g_path_get_dirname (tests_dir);
  locale_dir = g_build_filename (build_dir, "po", NULL);

  g_setenv ("LANGUAGE", "fr", TRUE);
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    return FALSE;
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, probe), probe) != 0;
}

static void
use_english (void)
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_parse_accepted (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "2024-10-02", "2024-10-02" },
    { "02/10/2024", "2024-10-02" },
    { "2/10/2024", "2024-10-02" },
    { "2/1/2024", "2024-01-02" },
    { "  27/09/2024 ", "2024-09-27" },
    { "29/02/2024", "2024-02-29" },
    { "2024-12-31", "2024-12-31" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("accepted: “%s”", cases[i].text);
      g_assert_true (pre_date_parse (cases[i].text, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_parse_rejected (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "31/02/2024", "that day does not exist" },
    { "29/02/2023", "that day does not exist" },
    { "2024-13-01", "that day does not exist" },
    { "2024-02-30", "that day does not exist" },
    { "00/10/2024", "that day does not exist" },
    { "0000-01-01", "that day does not exist" },
    { "2/10/24", "write it as 31/12/2024" },
    { "2024-1-2", "write it as 31/12/2024" },
    { "2 octobre 2024", "write it as 31/12/2024" },
    { "02.10.2024", "write it as 31/12/2024" },
    { "123/10/2024", "write it as 31/12/2024" },
    { "2024-10-02T10:00", "write it as 31/12/2024" },
    { "abc", "write it as 31/12/2024" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].text);

      g_test_message ("rejected: “%s”", cases[i].text);
      g_assert_false (pre_date_parse (cases[i].text, &iso, &error));
      g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_null (iso);
    }
}

static void
test_parse_empty (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pre_date_parse ("  ", NULL, &error));
  g_assert_error (error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_REQUIRED);
}

static void
test_valid_iso (void)
{
  g_assert_true (pre_date_is_valid_iso ("2024-10-02"));
  g_assert_true (pre_date_is_valid_iso ("2024-02-29"));
  g_assert_false (pre_date_is_valid_iso ("2023-02-29"));
  g_assert_false (pre_date_is_valid_iso ("02/10/2024"));
  g_assert_false (pre_date_is_valid_iso ("2024-10-02 "));
  g_assert_false (pre_date_is_valid_iso (""));
  g_assert_false (pre_date_is_valid_iso (NULL));
}

static void
test_format_long (void)
{
  g_autofree char *oct = NULL;
  g_autofree char *first = NULL;
  g_autofree char *sept = NULL;

  /* Month names come from our translations; untranslated, they are English
   * whatever the C library's locale. */
  g_unsetenv ("LANGUAGE");
  g_assert_nonnull (setlocale (LC_ALL, "fr_FR.UTF-8"));
  oct = pre_date_format_long ("2024-10-02");
  first = pre_date_format_long ("2024-10-01");
  sept = pre_date_format_long ("2024-09-27");
  g_assert_cmpstr (oct, ==, "2 October 2024");
  g_assert_cmpstr (first, ==, "1 October 2024");
  g_assert_cmpstr (sept, ==, "27 September 2024");
  setlocale (LC_ALL, "C.UTF-8");

  for (int m = 1; m <= 12; m++)
    {
      g_autofree char *iso = g_strdup_printf ("2025-%02d-15", m);
      g_autofree char *text = pre_date_format_long (iso);

      g_assert_true (g_str_has_prefix (text, "15 "));
      g_assert_true (g_str_has_suffix (text, " 2025"));
      g_assert_cmpuint (strlen (text), >, strlen ("15  2025"));
    }
}

static void
test_format_short (void)
{
  g_autofree char *c = NULL;
  g_autofree char *fr = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  c = pre_date_format_short ("2024-10-02");
  g_assert_cmpstr (c, ==, "2024-10-02");

  g_assert_nonnull (setlocale (LC_ALL, "fr_FR.UTF-8"));
  fr = pre_date_format_short ("2024-10-02");
  g_assert_cmpstr (fr, ==, "02/10/2024");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_arithmetic (void)
{
  g_assert_cmpint (pre_date_days_between ("2024-09-27", "2024-10-02"), ==, 5);
  g_assert_cmpint (pre_date_days_between ("2024-10-02", "2024-09-27"), ==, -5);
  g_assert_cmpint (pre_date_days_between ("2024-02-28", "2024-03-01"), ==, 2);
  g_assert_cmpint (pre_date_days_between ("2024-01-01", "2025-01-01"), ==, 366);
  g_assert_cmpint (pre_date_days_between ("nonsense", "2025-01-01"), ==, 0);
  g_assert_cmpint (pre_date_year ("2024-10-02"), ==, 2024);
  g_assert_cmpint (pre_date_year ("2024-02-30"), ==, 0);
}

static void
test_today (void)
{
  g_autofree char *fixed = NULL;
  g_autofree char *real = NULL;
  g_autofree char *ignored = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_setenv ("PRE_TODAY", "2026-11-28", TRUE);
  fixed = pre_date_today_iso ();
  g_assert_cmpstr (fixed, ==, "2026-11-28");

  /* An invalid override is ignored. */
  g_setenv ("PRE_TODAY", "2026-02-30", TRUE);
  ignored = pre_date_today_iso ();
  g_assert_true (pre_date_is_valid_iso (ignored));
  g_assert_cmpint (pre_date_year (ignored), ==, g_date_time_get_year (now));

  g_unsetenv ("PRE_TODAY");
  real = pre_date_today_iso ();
  g_assert_true (pre_date_is_valid_iso (real));
  g_assert_cmpint (pre_date_year (real), ==, g_date_time_get_year (now));
}

/* Month names from our own translations: right even where the C library
 * would say otherwise. */
static void
test_format_long_french (void)
{
  g_autofree char *oct = NULL;
  g_autofree char *first = NULL;
  g_autofree char *aug = NULL;

  if (!use_french ("No date was given."))
    {
      use_english ();
      g_test_skip ("The French month names are not in po/fr.po yet");
      return;
    }

  oct = pre_date_format_long ("2024-10-02");
  first = pre_date_format_long ("2024-10-01");
  aug = pre_date_format_long ("2025-08-15");
  g_assert_cmpstr (oct, ==, "2 octobre 2024");
  g_assert_cmpstr (first, ==, "1er octobre 2024");
  g_assert_cmpstr (aug, ==, "15 août 2025");
  use_english ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/parse/accepted", test_parse_accepted);
  g_test_add_func ("/date/parse/rejected", test_parse_rejected);
  g_test_add_func ("/date/parse/empty", test_parse_empty);
  g_test_add_func ("/date/valid-iso", test_valid_iso);
  g_test_add_func ("/date/format/long", test_format_long);
  g_test_add_func ("/date/format/long-french", test_format_long_french);
  g_test_add_func ("/date/format/short", test_format_short);
  g_test_add_func ("/date/arithmetic", test_arithmetic);
  g_test_add_func ("/date/today", test_today);
  return g_test_run ();
}
