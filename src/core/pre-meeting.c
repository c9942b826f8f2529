/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-board.h"
#include "pre-board-member.h"
#include "pre-date.h"
#include "pre-meeting.h"
#include "pre-store-helpers.h"

struct _PreMeeting
{
  GObject parent_instance;

  gint64 id;
  gint64 board_id;
  char *date;
  char *convocation_date;
  char *place;
  gint64 president_id;
  guint convocation;

  char *board_name;
  char *president_name;
  char *first_subject;
  guint n_deliberations;
  guint n_present;
  guint n_represented;
  guint n_excused;
};

G_DEFINE_FINAL_TYPE (PreMeeting, pre_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BOARD_ID,
  PROP_DATE,
  PROP_CONVOCATION_DATE,
  PROP_PLACE,
  PROP_PRESIDENT_ID,
  PROP_CONVOCATION,
  PROP_BOARD_NAME,
  PROP_PRESIDENT_NAME,
  PROP_FIRST_SUBJECT,
  PROP_N_DELIBERATIONS,
  PROP_N_PRESENT,
  PROP_N_REPRESENTED,
  PROP_N_EXCUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_meeting_finalize (GObject *object)
{
  PreMeeting *self = PRE_MEETING (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->convocation_date, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->board_name, g_free);
  g_clear_pointer (&self->president_name, g_free);
  g_clear_pointer (&self->first_subject, g_free);

  G_OBJECT_CLASS (pre_meeting_parent_class)->finalize (object);
}

static void
pre_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PreMeeting *self = PRE_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_BOARD_ID:
      g_value_set_int64 (value, self->board_id);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_CONVOCATION_DATE:
      g_value_set_string (value, self->convocation_date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_PRESIDENT_ID:
      g_value_set_int64 (value, self->president_id);
      break;
    case PROP_CONVOCATION:
      g_value_set_uint (value, self->convocation);
      break;
    case PROP_BOARD_NAME:
      g_value_set_string (value, self->board_name);
      break;
    case PROP_PRESIDENT_NAME:
      g_value_set_string (value, self->president_name);
      break;
    case PROP_FIRST_SUBJECT:
      g_value_set_string (value, self->first_subject);
      break;
    case PROP_N_DELIBERATIONS:
      g_value_set_uint (value, self->n_deliberations);
      break;
    case PROP_N_PRESENT:
      g_value_set_uint (value, self->n_present);
      break;
    case PROP_N_REPRESENTED:
      g_value_set_uint (value, self->n_represented);
      break;
    case PROP_N_EXCUSED:
      g_value_set_uint (value, self->n_excused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_id (PreMeeting *self,
        gint64      id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
set_string (PreMeeting  *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (g_set_str (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_count (PreMeeting *self,
           guint      *field,
           guint       value,
           guint       prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
pre_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PreMeeting *self = PRE_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      set_id (self, g_value_get_int64 (value));
      break;
    case PROP_BOARD_ID:
      pre_meeting_set_board_id (self, g_value_get_int64 (value));
      break;
    case PROP_DATE:
      pre_meeting_set_date (self, g_value_get_string (value));
      break;
    case PROP_CONVOCATION_DATE:
      pre_meeting_set_convocation_date (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      pre_meeting_set_place (self, g_value_get_string (value));
      break;
    case PROP_PRESIDENT_ID:
      pre_meeting_set_president_id (self, g_value_get_int64 (value));
      break;
    case PROP_CONVOCATION:
      pre_meeting_set_convocation (self, g_value_get_uint (value));
      break;
    case PROP_BOARD_NAME:
      set_string (self, &self->board_name, g_value_get_string (value), prop_id);
      break;
    case PROP_PRESIDENT_NAME:
      set_string (self, &self->president_name, g_value_get_string (value), prop_id);
      break;
    case PROP_FIRST_SUBJECT:
      set_string (self, &self->first_subject, g_value_get_string (value), prop_id);
      break;
    case PROP_N_DELIBERATIONS:
      set_count (self, &self->n_deliberations, g_value_get_uint (value), prop_id);
      break;
    case PROP_N_PRESENT:
      set_count (self, &self->n_present, g_value_get_uint (value), prop_id);
      break;
    case PROP_N_REPRESENTED:
      set_count (self, &self->n_represented, g_value_get_uint (value), prop_id);
      break;
    case PROP_N_EXCUSED:
      set_count (self, &self->n_excused, g_value_get_uint (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_meeting_class_init (PreMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pre_meeting_finalize;
  object_class->get_property = pre_meeting_get_property;
  object_class->set_property = pre_meeting_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BOARD_ID] = g_param_spec_int64 ("board-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_CONVOCATION_DATE] = g_param_spec_string ("convocation-date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", flags);
  properties[PROP_PRESIDENT_ID] = g_param_spec_int64 ("president-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONVOCATION] = g_param_spec_uint ("convocation", NULL, NULL, 1, 2, 1, flags);
  properties[PROP_BOARD_NAME] = g_param_spec_string ("board-name", NULL, NULL, "", flags);
  properties[PROP_PRESIDENT_NAME] = g_param_spec_string ("president-name", NULL, NULL, "", flags);
  properties[PROP_FIRST_SUBJECT] = g_param_spec_string ("first-subject", NULL, NULL, "", flags);
  properties[PROP_N_DELIBERATIONS] = g_param_spec_uint ("n-deliberations", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_PRESENT] = g_param_spec_uint ("n-present", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_REPRESENTED] = g_param_spec_uint ("n-represented", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_EXCUSED] = g_param_spec_uint ("n-excused", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_meeting_init (PreMeeting *self)
{
  self->date = g_strdup ("");
  self->place = g_strdup ("");
  self->convocation = 1;
  self->board_name = g_strdup ("");
  self->president_name = g_strdup ("");
  self->first_subject = g_strdup ("");
}

PreMeeting *
pre_meeting_new (void)
{
  return g_object_new (PRE_TYPE_MEETING, NULL);
}

gint64
pre_meeting_get_id (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->id;
}

gint64
pre_meeting_get_board_id (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->board_id;
}

void
pre_meeting_set_board_id (PreMeeting *self,
                          gint64      board_id)
{
  g_return_if_fail (PRE_IS_MEETING (self));

  board_id = MAX (board_id, 0);
  if (self->board_id == board_id)
    return;
  self->board_id = board_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD_ID]);
}

const char *
pre_meeting_get_date (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), NULL);

  return self->date;
}

void
pre_meeting_set_date (PreMeeting *self,
                      const char *date_iso)
{
  g_return_if_fail (PRE_IS_MEETING (self));

  set_string (self, &self->date, date_iso != NULL ? date_iso : "", PROP_DATE);
}

const char *
pre_meeting_get_convocation_date (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), NULL);

  return self->convocation_date;
}

void
pre_meeting_set_convocation_date (PreMeeting *self,
                                  const char *date_iso)
{
  g_return_if_fail (PRE_IS_MEETING (self));

  if (date_iso != NULL && *date_iso == '\0')
    date_iso = NULL;
  set_string (self, &self->convocation_date, date_iso, PROP_CONVOCATION_DATE);
}

const char *
pre_meeting_get_place (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), NULL);

  return self->place;
}

void
pre_meeting_set_place (PreMeeting *self,
                       const char *place)
{
  g_return_if_fail (PRE_IS_MEETING (self));

  set_string (self, &self->place, place != NULL ? place : "", PROP_PLACE);
}

gint64
pre_meeting_get_president_id (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->president_id;
}

void
pre_meeting_set_president_id (PreMeeting *self,
                              gint64      member_id)
{
  g_return_if_fail (PRE_IS_MEETING (self));

  member_id = MAX (member_id, 0);
  if (self->president_id == member_id)
    return;
  self->president_id = member_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESIDENT_ID]);
}

guint
pre_meeting_get_convocation (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 1);

  return self->convocation;
}

void
pre_meeting_set_convocation (PreMeeting *self,
                             guint       convocation)
{
  g_return_if_fail (PRE_IS_MEETING (self));
  g_return_if_fail (convocation == 1 || convocation == 2);

  if (self->convocation == convocation)
    return;
  self->convocation = convocation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVOCATION]);
}

const char *
pre_meeting_get_board_name (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), NULL);

  return self->board_name;
}

const char *
pre_meeting_get_president_name (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), NULL);

  return self->president_name;
}

const char *
pre_meeting_get_first_subject (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), NULL);

  return self->first_subject;
}

guint
pre_meeting_get_n_deliberations (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->n_deliberations;
}

guint
pre_meeting_get_n_present (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->n_present;
}

guint
pre_meeting_get_n_represented (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->n_represented;
}

guint
pre_meeting_get_n_excused (PreMeeting *self)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), 0);

  return self->n_excused;
}

gboolean
pre_meeting_validate (PreMeeting  *self,
                      GError     **error)
{
  g_return_val_if_fail (PRE_IS_MEETING (self), FALSE);

  if (self->board_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "board-id",
                                _("Choose the board that holds the séance."));
      return FALSE;
    }
  if (*self->date == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                                _("The date of the séance is required."));
      return FALSE;
    }
  if (!pre_date_is_valid_iso (self->date))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The date of the séance “%s” is not a valid date."), self->date);
      return FALSE;
    }
  if (self->convocation_date != NULL)
    {
      if (!pre_date_is_valid_iso (self->convocation_date))
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "convocation-date",
                                    _("The convocation date “%s” is not a valid date."),
                                    self->convocation_date);
          return FALSE;
        }
      if (strcmp (self->convocation_date, self->date) > 0)
        {
          g_autofree char *convocation = pre_date_format_long (self->convocation_date);
          g_autofree char *date = pre_date_format_long (self->date);

          pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "convocation-date",
                                    _("The convocation date (%s) comes after the séance (%s): the convocation must be sent before."),
                                    convocation, date);
          return FALSE;
        }
    }
  if (self->convocation != 1 && self->convocation != 2)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "convocation",
                                _("The convocation must be the first or the second one."));
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_validate_meeting (PreStore    *store,
                            PreMeeting  *meeting,
                            GError     **error)
{
  g_autoptr(PreBoard) board = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_MEETING (meeting), FALSE);

  if (!pre_meeting_validate (meeting, error))
    return FALSE;

  board = pre_store_get_board (store, meeting->board_id, &local_error);
  if (board == NULL)
    return pre_propagate_reference_error (error, g_steal_pointer (&local_error), "board-id",
                                          _("The board of the séance no longer exists."));

  if (meeting->president_id != 0)
    {
      g_autoptr(PreBoardMember) president = NULL;
      g_autofree char *name = NULL;

      president = pre_store_get_board_member (store, meeting->president_id, &local_error);
      if (president == NULL)
        return pre_propagate_reference_error (error, g_steal_pointer (&local_error), "president-id",
                                              _("The president of the séance is no longer a member of the board."));
      name = pre_board_member_dup_short_name (president);
      if (pre_board_member_get_board_id (president) != meeting->board_id)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "president-id",
                                    _("%s cannot preside the séance: they are not a member of the board “%s”."),
                                    name, pre_board_get_name (board));
          return FALSE;
        }
      if (!pre_board_member_is_in_office (president, meeting->date))
        {
          g_autofree char *date = pre_date_format_long (meeting->date);

          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "president-id",
                                    _("%s cannot preside the séance: they are no longer in office on %s."),
                                    name, date);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
pre_meeting_convocation_warning (PreMeeting  *self,
                                 char       **message)
{
  int days = 0;

  g_return_val_if_fail (PRE_IS_MEETING (self), FALSE);

  if (message != NULL)
    *message = NULL;
  if (self->convocation_date == NULL ||
      !pre_date_is_valid_iso (self->convocation_date) ||
      !pre_date_is_valid_iso (self->date))
    return FALSE;
  if (pre_convocation_in_time (self->convocation_date, self->date, &days) || days < 0)
    return FALSE;

  if (message != NULL)
    *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The convocation was sent %d day before the séance; it should be sent at least three days before.",
                                             "The convocation was sent %d days before the séance; it should be sent at least three days before.",
                                             days),
                                days);
  return TRUE;
}

/* Its attendance names the members of one board: a séance with one
 * recorded cannot move to another board. */
static gboolean
check_board_change (PreStore    *store,
                    PreMeeting  *meeting,
                    GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean moved;

  if (meeting->id == 0)
    return TRUE;

  stmt = pre_store_prepare (store,
                            "SELECT 1 FROM meeting m JOIN attendance a ON a.meeting_id = m.id"
                            " WHERE m.id = ?1 AND m.board_id != ?2 LIMIT 1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  sqlite3_bind_int64 (stmt, 2, meeting->board_id);
  if (!pre_store_step_exists (store, stmt, &moved, error))
    return FALSE;
  if (moved)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "board-id",
                                _("The attendance of the séance is recorded with the members of its board: the séance cannot move to another board."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_meeting (PreStore    *store,
               PreMeeting  *meeting,
               GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gint64 id;

  if (!check_board_change (store, meeting, error))
    return FALSE;

  if (meeting->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO meeting (board_id, date, convocation_date, place,"
                              " president_id, convocation) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE meeting SET board_id = ?1, date = ?2, convocation_date = ?3,"
                              " place = ?4, president_id = ?5, convocation = ?6 WHERE id = ?7",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->board_id);
  pre_bind_text (stmt, 2, meeting->date);
  pre_bind_text (stmt, 3, meeting->convocation_date);
  pre_bind_text (stmt, 4, meeting->place);
  pre_bind_id (stmt, 5, meeting->president_id);
  sqlite3_bind_int (stmt, 6, (int)meeting->convocation);
  if (meeting->id != 0)
    sqlite3_bind_int64 (stmt, 7, meeting->id);
  if (!pre_store_step_save (store, stmt, meeting->id, &id, error,
                            _("The séance no longer exists.")))
    return FALSE;
  set_id (meeting, id);
  return TRUE;
}

gboolean
pre_store_save_meeting (PreStore    *store,
                        PreMeeting  *meeting,
                        GError     **error)
{
  gint64 old_id;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_MEETING (meeting), FALSE);

  if (!pre_store_begin (store, error))
    return FALSE;

  old_id = meeting->id;
  ok = pre_store_validate_meeting (store, meeting, error)
       && write_meeting (store, meeting, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("meeting"), error))
    {
      set_id (meeting, old_id);
      return FALSE;
    }
  return TRUE;
}

#define MEETING_SELECT \
  "SELECT m.id, m.board_id, m.date, m.convocation_date, m.place, m.president_id, m.convocation," \
  " b.name, b.body, p.civility, p.last_name," \
  " (SELECT d.subject FROM deliberation d WHERE d.meeting_id = m.id ORDER BY d.position, d.id LIMIT 1)," \
  " (SELECT count(*) FROM deliberation d WHERE d.meeting_id = m.id)," \
  " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'present')," \
  " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'represented')," \
  " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'excused')" \
  " FROM meeting m JOIN board b ON b.id = m.board_id" \
  " LEFT JOIN board_member p ON p.id = m.president_id "

static PreMeeting *
meeting_from_row (PreStmt *stmt)
{
  PreMeeting *meeting = pre_meeting_new ();

  meeting->id = sqlite3_column_int64 (stmt, 0);
  meeting->board_id = sqlite3_column_int64 (stmt, 1);
  g_set_str (&meeting->date, pre_column_text (stmt, 2));
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    meeting->convocation_date = g_strdup (pre_column_text (stmt, 3));
  g_set_str (&meeting->place, pre_column_text (stmt, 4));
  meeting->president_id = sqlite3_column_int64 (stmt, 5);
  meeting->convocation = sqlite3_column_int (stmt, 6) == 2 ? 2 : 1;

  g_free (meeting->board_name);
  /* TRANSLATORS: a board's title: "Conseil d'Administration — Centre Communal d'Action Sociale de DIJON" */
  meeting->board_name = g_strdup_printf (_("%s — %s"), pre_column_text (stmt, 7), pre_column_text (stmt, 8));
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    {
      g_free (meeting->president_name);
      meeting->president_name = pre_board_member_format_short_name (pre_column_text (stmt, 9),
                                                                    pre_column_text (stmt, 10));
    }
  g_set_str (&meeting->first_subject, pre_column_text (stmt, 11));
  meeting->n_deliberations = sqlite3_column_int (stmt, 12);
  meeting->n_present = sqlite3_column_int (stmt, 13);
  meeting->n_represented = sqlite3_column_int (stmt, 14);
  meeting->n_excused = sqlite3_column_int (stmt, 15);
  return meeting;
}

PreMeeting *
pre_store_get_meeting (PreStore  *store,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, MEETING_SELECT "WHERE m.id = ?1",
                              id, (PreRowFunc)meeting_from_row,
                              _("The séance no longer exists."), error);
}

static gboolean
check_meeting_unused (PreStore  *store,
                      gint64     id,
                      GError   **error)
{
  g_autoptr(PreMeeting) meeting = NULL;

  meeting = pre_store_get_meeting (store, id, error);
  if (meeting == NULL)
    return FALSE;

  if (meeting->n_deliberations > 0)
    {
      g_autofree char *date = pre_date_format_long (meeting->date);

      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The séance of %s cannot be deleted: it holds %u deliberation. Delete the deliberation first.",
                                "The séance of %s cannot be deleted: it holds %u deliberations. Delete the deliberations first.",
                                meeting->n_deliberations),
                   date, meeting->n_deliberations);
      return FALSE;
    }

  return TRUE;
}

gboolean
pre_store_delete_meeting (PreStore  *store,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "meeting", id, _("The séance no longer exists."),
                                 check_meeting_unused, PRE_TABLES ("meeting", "attendance"), error);
}

GListModel *
pre_store_list_meetings (PreStore  *store,
                         gint64     board_id,
                         GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            MEETING_SELECT "WHERE ?1 = 0 OR m.board_id = ?1 ORDER BY m.date DESC, m.id DESC",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, MAX (board_id, 0));

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_MEETING,
                                   (PreRowFunc)meeting_from_row, error);
}

gboolean
pre_store_get_attendance_counts (PreStore             *store,
                                 gint64                meeting_id,
                                 PreAttendanceCounts  *out,
                                 GError              **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  /* The members in office on the date, and anyone recorded in the
   * attendance even if an out-of-office date was set afterwards. */
  stmt = pre_store_query_by_id (store,
                                "SELECT m.convocation, count(bm.id),"
                                " total(a.status = 'present'), total(a.status = 'represented'),"
                                " total(a.status = 'excused')"
                                " FROM meeting m"
                                " LEFT JOIN board_member bm ON bm.board_id = m.board_id"
                                " LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = bm.id"
                                " WHERE m.id = ?1 AND (bm.id IS NULL OR bm.out_of_office_from IS NULL"
                                "  OR bm.out_of_office_from > m.date OR a.member_id IS NOT NULL)"
                                " GROUP BY m.id",
                                meeting_id, _("The séance no longer exists."), error);
  if (stmt == NULL)
    return FALSE;

  out->second_convocation = sqlite3_column_int (stmt, 0) == 2;
  out->in_office = sqlite3_column_int (stmt, 1);
  out->present = (guint)sqlite3_column_int (stmt, 2);
  out->represented = (guint)sqlite3_column_int (stmt, 3);
  out->excused = (guint)sqlite3_column_int (stmt, 4);
  out->absent = out->in_office - MIN (out->in_office, out->present + out->represented + out->excused);
  return TRUE;
}
