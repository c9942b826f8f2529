/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-attendance.h"
#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-deliberation.h"
#include "pre-error.h"
#include "pre-extract-builder.h"
#include "pre-meeting.h"
#include "pre-partner.h"

static void
add_attendance (PreExtract *extract,
                GListModel *attendance)
{
  guint n = g_list_model_get_n_items (attendance);

  /* pre_store_list_attendance() gives the register's order (position). */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendance, i);
      const char *name = pre_attendance_get_member_name (row);

      switch (pre_attendance_get_status (row))
        {
        case PRE_ATTENDANCE_PRESENT:
          pre_extract_add_present (extract, name);
          break;
        case PRE_ATTENDANCE_REPRESENTED:
          pre_extract_add_represented (extract, name,
                                       pre_attendance_get_proxy_holder_name (row),
                                       g_strcmp0 (pre_attendance_get_member_civility (row), "Mme") == 0);
          break;
        case PRE_ATTENDANCE_EXCUSED:
          pre_extract_add_excused (extract, name);
          break;
        case PRE_ATTENDANCE_ABSENT:
        default:
          pre_extract_add_absent (extract, name);
          break;
        }
    }
}

static void
add_recipients (PreExtract *extract,
                GListModel *recipients)
{
  guint n = g_list_model_get_n_items (recipients);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreRecipient) recipient = g_list_model_get_item (recipients, i);

      pre_extract_add_recipient (extract, pre_recipient_get_name (recipient),
                                 pre_recipient_get_copies (recipient));
    }
}

/* The town in the body's name: "Centre Communal d'Action Sociale de DIJON"
 * gives "Dijon". */
static char *
town_from_body (const char *body)
{
  const char *after = NULL;
  const char *p;
  g_autofree char *town = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GString) out = NULL;
  gboolean start = TRUE;

  if (body == NULL)
    return NULL;
  for (p = body; (p = strstr (p, " de ")) != NULL; p += 4)
    after = p + 4;
  for (p = body; (p = strstr (p, " d'")) != NULL; p += 3)
    if (after == NULL || p + 3 > after)
      after = p + 3;
  if (after == NULL || *after == '\0')
    return NULL;

  town = g_strstrip (g_strdup (after));
  upper = g_utf8_strup (town, -1);
  /* Already in mixed case: keep it as written. */
  if (g_strcmp0 (upper, town) != 0)
    return g_steal_pointer (&town);

  /* "DIJON" → "Dijon", "SAINT-APOLLINAIRE" → "Saint-Apollinaire". */
  lower = g_utf8_strdown (town, -1);
  out = g_string_new (NULL);
  for (p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_totitle (c) : c);
      start = c == '-' || c == ' ' || c == '\'';
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Where the extract is signed: the séance's place, else the town of the
 * board's partner, else the town in the body's name. */
static char *
signature_place (PreStore   *store,
                 PreMeeting *meeting,
                 PreBoard   *board)
{
  const char *place = pre_meeting_get_place (meeting);

  if (place != NULL && *place != '\0')
    return g_strdup (place);

  if (pre_board_get_partner_id (board) > 0)
    {
      g_autoptr(PrePartner) partner = pre_store_get_partner (store, pre_board_get_partner_id (board),
                                                             NULL);
      const char *town = partner != NULL ? pre_partner_get_territory_name (partner) : NULL;

      if (town != NULL && *town != '\0')
        return g_strdup (town);
    }

  return town_from_body (pre_board_get_body (board));
}

PreExtract *
pre_store_build_extract (PreStore  *store,
                         gint64     deliberation_id,
                         GError   **error)
{
  g_autoptr(PreExtract) extract = NULL;
  g_autoptr(PreDeliberation) deliberation = NULL;
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(PreBoard) board = NULL;
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *decisions;
  const char *convocation_date;
  gint64 president_id;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  deliberation = pre_store_get_deliberation (store, deliberation_id, &local_error);
  if (deliberation == NULL)
    {
      if (g_error_matches (local_error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND))
        {
          /* The id is what the user typed or picked: name it. */
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, deliberation_id);

          g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_FOUND,
                       _("There is no deliberation with the id %s in this database."), id);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  meeting = pre_store_get_meeting (store, pre_deliberation_get_meeting_id (deliberation), error);
  if (meeting == NULL)
    return NULL;
  board = pre_store_get_board (store, pre_meeting_get_board_id (meeting), error);
  if (board == NULL)
    return NULL;
  attendance = pre_store_list_attendance (store, pre_meeting_get_id (meeting), error);
  if (attendance == NULL)
    return NULL;

  extract = pre_extract_new ();
  extract->body = g_strdup (pre_board_get_body (board));
  extract->assembly = g_strdup (pre_board_get_name (board));
  extract->meeting_date = g_strdup (pre_meeting_get_date (meeting));
  /* A séance read back without a convocation date has "" rather than NULL. */
  convocation_date = pre_meeting_get_convocation_date (meeting);
  if (convocation_date != NULL && *convocation_date != '\0')
    extract->convocation_date = g_strdup (convocation_date);

  president_id = pre_meeting_get_president_id (meeting);
  if (president_id > 0)
    {
      g_autoptr(PreBoardMember) president = pre_store_get_board_member (store, president_id, error);

      if (president == NULL)
        return NULL;
      extract->president = pre_board_member_dup_full_name (president);
      extract->president_feminine = g_strcmp0 (pre_board_member_get_civility (president), "Mme") == 0;
    }

  /* Signed where the séance was held, on its date, unless the caller says
   * otherwise. */
  extract->signature_place = signature_place (store, meeting, board);
  extract->signature_date = g_strdup (pre_meeting_get_date (meeting));

  add_attendance (extract, attendance);

  extract->subject = g_strdup (pre_deliberation_get_subject (deliberation));
  extract->text = g_strdup (pre_deliberation_get_body_text (deliberation));
  decisions = pre_deliberation_get_decisions (deliberation);
  for (guint i = 0; decisions != NULL && decisions[i] != NULL; i++)
    pre_extract_add_decision (extract, decisions[i]);
  extract->outcome = pre_deliberation_dup_outcome_text (deliberation);
  add_recipients (extract, pre_deliberation_get_recipients (deliberation));

  return g_steal_pointer (&extract);
}
