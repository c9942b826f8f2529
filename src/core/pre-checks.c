/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-aggregates.h"
#include "pre-attendance.h"
#include "pre-board-rules.h"
#include "pre-checks.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-deliberation.h"
#include "pre-meeting.h"
#include "pre-money.h"
#include "pre-store-private.h"

gboolean
pre_store_check_funding (PreStore   *store,
                         GPtrArray  *problems,
                         GPtrArray  *warnings,
                         GError    **error)
{
  g_autoptr(GListModel) conventions = pre_store_list_conventions (store, error);

  if (conventions == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (conventions); i++)
    {
      g_autoptr(PreConvention) convention = g_list_model_get_item (conventions, i);
      g_autoptr(GPtrArray) rows = pre_store_compute_balances (store, pre_convention_get_id (convention), error);

      if (rows == NULL)
        return FALSE;

      for (guint j = 0; j < rows->len; j++)
        {
          const PreBalanceRow *row = g_ptr_array_index (rows, j);
          g_autofree char *amount = pre_money_format (ABS (row->balance));

          if (row->state == PRE_BALANCE_TO_ALLOCATE)
            g_ptr_array_add (problems,
                             /* Translators: funding balance of a year: "2024: 2 680,00 € of the annual cost remain to be allocated to the partners." */
                             g_strdup_printf (_("%d: %s of the annual cost remain to be allocated to the partners."),
                                              row->year, amount));
          else if (row->state == PRE_BALANCE_OVER_FUNDED)
            g_ptr_array_add (problems,
                             g_strdup_printf (_("%d: the funding shares exceed the annual cost by %s."),
                                              row->year, amount));
        }
    }

  return TRUE;
}

gboolean
pre_store_check_payments (PreStore   *store,
                          GPtrArray  *problems,
                          GPtrArray  *warnings,
                          GError    **error)
{
  g_autoptr(GListModel) conventions = pre_store_list_conventions (store, error);
  g_autofree char *today = pre_date_today_iso ();

  if (conventions == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (conventions); i++)
    {
      g_autoptr(PreConvention) convention = g_list_model_get_item (conventions, i);

      for (int year = pre_convention_get_first_year (convention);
           year <= pre_convention_get_last_year (convention);
           year++)
        {
          g_autoptr(GPtrArray) rows = pre_store_compute_payments (store, pre_convention_get_id (convention),
                                                                   year, today, error);
          if (rows == NULL)
            return FALSE;

          for (guint j = 0; j < rows->len; j++)
            {
              const PrePaymentRow *row = g_ptr_array_index (rows, j);
              g_autofree char *called = pre_money_format (row->called);
              g_autofree char *received = pre_money_format (row->received);

              if (row->over_received)
                g_ptr_array_add (warnings,
                                 g_strdup_printf (_("%d: %s paid %s against a call for funds of %s."),
                                                  year, row->partner_name, received, called));
              if (row->status == PRE_PAYMENT_LATE)
                g_ptr_array_add (warnings,
                                 g_strdup_printf (_("%d: the call for funds to %s (%s) is unpaid %d days after its date."),
                                                  year, row->partner_name, called, row->days_since_call));
            }
        }
    }

  return TRUE;
}

static char *
describe_meeting (PreMeeting *meeting)
{
  g_autofree char *date = pre_date_format_long (pre_meeting_get_date (meeting));

  /* Translators: "Séance of 2 October 2024" */
  return g_strdup_printf (_("Séance of %s"), date);
}

gboolean
pre_store_check_board (PreStore   *store,
                       GPtrArray  *problems,
                       GPtrArray  *warnings,
                       GError    **error)
{
  g_autoptr(GListModel) meetings = pre_store_list_meetings (store, 0, error);

  if (meetings == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PreMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *what = describe_meeting (meeting);
      g_autofree char *late = NULL;
      g_autoptr(GListModel) attendance = NULL;
      g_autoptr(GListModel) deliberations = NULL;
      g_autoptr(GError) rule = NULL;

      if (pre_meeting_convocation_warning (meeting, &late))
        g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", what, late));

      attendance = pre_store_list_attendance (store, pre_meeting_get_id (meeting), error);
      if (attendance == NULL)
        return FALSE;
      if (!pre_attendance_validate_all (attendance, &rule))
        g_ptr_array_add (problems, g_strdup_printf ("%s: %s", what, rule->message));
      g_clear_error (&rule);

      deliberations = pre_store_list_deliberations (store, pre_meeting_get_id (meeting), error);
      if (deliberations == NULL)
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (deliberations); j++)
        {
          g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, j);

          if (!pre_store_validate_deliberation (store, deliberation, &rule))
            g_ptr_array_add (problems, g_strdup_printf ("%s, “%s”: %s", what,
                                                        pre_deliberation_get_subject (deliberation),
                                                        rule->message));
          g_clear_error (&rule);
        }
    }

  return TRUE;
}

gboolean
pre_store_check_activities (PreStore   *store,
                            GPtrArray  *problems,
                            GPtrArray  *warnings,
                            GError    **error)
{
  static const char sql[] =
    "SELECT c.title, c.first_year, c.last_year, count(*), min (x.date)"
    " FROM (SELECT mission_id, date, year FROM activity"
    "       UNION ALL SELECT mission_id, date, year FROM expense) x"
    " JOIN mission m ON m.id = x.mission_id"
    " JOIN convention c ON c.id = m.convention_id"
    " WHERE x.year NOT BETWEEN c.first_year AND c.last_year"
    " GROUP BY c.id";
  g_autoptr(PreStmt) stmt = pre_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;

  while (pre_store_step_row (store, stmt, &local_error))
    {
      guint n = (guint)sqlite3_column_int (stmt, 3);
      g_autofree char *first = pre_date_format_short (pre_column_text (stmt, 4));

      g_ptr_array_add (problems,
                       g_strdup_printf (ngettext ("%u session or expense of “%s” is dated outside the convention’s years %d–%d (from %s).",
                                                  "%u sessions or expenses of “%s” are dated outside the convention’s years %d–%d (from %s).",
                                                  n),
                                        n, pre_column_text (stmt, 0), sqlite3_column_int (stmt, 1),
                                        sqlite3_column_int (stmt, 2), first));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
