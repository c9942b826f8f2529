/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-attendance.h"
#include "pre-board-member.h"
#include "pre-board-rules.h"
#include "pre-date.h"
#include "pre-meeting.h"
#include "pre-store-helpers.h"

struct _PreAttendance
{
  GObject parent_instance;

  gint64 meeting_id;
  gint64 member_id;
  PreAttendanceStatus status;
  gint64 proxy_holder_id;

  char *member_name;
  char *member_full_name;
  char *member_civility;
  int member_position;
  char *proxy_holder_name;
};

G_DEFINE_FINAL_TYPE (PreAttendance, pre_attendance, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_MEMBER_ID,
  PROP_STATUS,
  PROP_PROXY_HOLDER_ID,
  PROP_MEMBER_NAME,
  PROP_MEMBER_FULL_NAME,
  PROP_MEMBER_CIVILITY,
  PROP_MEMBER_POSITION,
  PROP_PROXY_HOLDER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_attendance_finalize (GObject *object)
{
  PreAttendance *self = PRE_ATTENDANCE (object);

  g_clear_pointer (&self->member_name, g_free);
  g_clear_pointer (&self->member_full_name, g_free);
  g_clear_pointer (&self->member_civility, g_free);
  g_clear_pointer (&self->proxy_holder_name, g_free);

  G_OBJECT_CLASS (pre_attendance_parent_class)->finalize (object);
}

static void
pre_attendance_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PreAttendance *self = PRE_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_MEMBER_ID:
      g_value_set_int64 (value, self->member_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PROXY_HOLDER_ID:
      g_value_set_int64 (value, self->proxy_holder_id);
      break;
    case PROP_MEMBER_NAME:
      g_value_set_string (value, self->member_name);
      break;
    case PROP_MEMBER_FULL_NAME:
      g_value_set_string (value, self->member_full_name);
      break;
    case PROP_MEMBER_CIVILITY:
      g_value_set_string (value, self->member_civility);
      break;
    case PROP_MEMBER_POSITION:
      g_value_set_int (value, self->member_position);
      break;
    case PROP_PROXY_HOLDER_NAME:
      g_value_set_string (value, self->proxy_holder_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (PreAttendance  *self,
            char          **field,
            const char     *value,
            guint           prop)
{
  if (g_set_str (field, value != NULL ? value : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_position (PreAttendance *self,
              int            position)
{
  if (self->member_position == position)
    return;
  self->member_position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_POSITION]);
}

static void
pre_attendance_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PreAttendance *self = PRE_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      pre_attendance_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEMBER_ID:
      pre_attendance_set_member_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      pre_attendance_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PROXY_HOLDER_ID:
      pre_attendance_set_proxy_holder_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEMBER_NAME:
      pre_attendance_set_member_name (self, g_value_get_string (value));
      break;
    case PROP_MEMBER_FULL_NAME:
      set_string (self, &self->member_full_name, g_value_get_string (value), prop_id);
      break;
    case PROP_MEMBER_CIVILITY:
      set_string (self, &self->member_civility, g_value_get_string (value), prop_id);
      break;
    case PROP_MEMBER_POSITION:
      set_position (self, g_value_get_int (value));
      break;
    case PROP_PROXY_HOLDER_NAME:
      set_string (self, &self->proxy_holder_name, g_value_get_string (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_attendance_class_init (PreAttendanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pre_attendance_finalize;
  object_class->get_property = pre_attendance_get_property;
  object_class->set_property = pre_attendance_set_property;

  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEMBER_ID] = g_param_spec_int64 ("member-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PRE_TYPE_ATTENDANCE_STATUS,
                                               PRE_ATTENDANCE_ABSENT, flags);
  properties[PROP_PROXY_HOLDER_ID] = g_param_spec_int64 ("proxy-holder-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEMBER_NAME] = g_param_spec_string ("member-name", NULL, NULL, "", flags);
  properties[PROP_MEMBER_FULL_NAME] = g_param_spec_string ("member-full-name", NULL, NULL, "", flags);
  properties[PROP_MEMBER_CIVILITY] = g_param_spec_string ("member-civility", NULL, NULL, "", flags);
  properties[PROP_MEMBER_POSITION] = g_param_spec_int ("member-position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_PROXY_HOLDER_NAME] = g_param_spec_string ("proxy-holder-name", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_attendance_init (PreAttendance *self)
{
  self->status = PRE_ATTENDANCE_ABSENT;
  self->member_name = g_strdup ("");
  self->member_full_name = g_strdup ("");
  self->member_civility = g_strdup ("");
  self->proxy_holder_name = g_strdup ("");
}

PreAttendance *
pre_attendance_new (gint64              member_id,
                    PreAttendanceStatus status,
                    gint64              proxy_holder_id)
{
  return g_object_new (PRE_TYPE_ATTENDANCE,
                       "member-id", MAX (member_id, 0),
                       "status", status,
                       "proxy-holder-id", MAX (proxy_holder_id, 0),
                       NULL);
}

gint64
pre_attendance_get_meeting_id (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), 0);

  return self->meeting_id;
}

void
pre_attendance_set_meeting_id (PreAttendance *self,
                               gint64         meeting_id)
{
  g_return_if_fail (PRE_IS_ATTENDANCE (self));

  meeting_id = MAX (meeting_id, 0);
  if (self->meeting_id == meeting_id)
    return;
  self->meeting_id = meeting_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

gint64
pre_attendance_get_member_id (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), 0);

  return self->member_id;
}

void
pre_attendance_set_member_id (PreAttendance *self,
                              gint64         member_id)
{
  g_return_if_fail (PRE_IS_ATTENDANCE (self));

  member_id = MAX (member_id, 0);
  if (self->member_id == member_id)
    return;
  self->member_id = member_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_ID]);
}

PreAttendanceStatus
pre_attendance_get_status (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), PRE_ATTENDANCE_ABSENT);

  return self->status;
}

void
pre_attendance_set_status (PreAttendance       *self,
                           PreAttendanceStatus  status)
{
  g_return_if_fail (PRE_IS_ATTENDANCE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
pre_attendance_get_proxy_holder_id (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), 0);

  return self->proxy_holder_id;
}

void
pre_attendance_set_proxy_holder_id (PreAttendance *self,
                                    gint64         member_id)
{
  g_return_if_fail (PRE_IS_ATTENDANCE (self));

  member_id = MAX (member_id, 0);
  if (self->proxy_holder_id == member_id)
    return;
  self->proxy_holder_id = member_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROXY_HOLDER_ID]);
}

const char *
pre_attendance_get_member_name (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), NULL);

  return self->member_name;
}

void
pre_attendance_set_member_name (PreAttendance *self,
                                const char    *name)
{
  g_return_if_fail (PRE_IS_ATTENDANCE (self));

  set_string (self, &self->member_name, name, PROP_MEMBER_NAME);
}

const char *
pre_attendance_get_member_full_name (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), NULL);

  return self->member_full_name;
}

const char *
pre_attendance_get_member_civility (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), NULL);

  return self->member_civility;
}

int
pre_attendance_get_member_position (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), 0);

  return self->member_position;
}

const char *
pre_attendance_get_proxy_holder_name (PreAttendance *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE (self), NULL);

  return self->proxy_holder_name;
}

/* A name for messages, even for an object built by hand without one. */
static char *
dup_name (PreAttendance *self)
{
  if (*self->member_name != '\0')
    return g_strdup (self->member_name);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, self->member_id);

  /* Translators: a board member known only by their number, e.g. "The member n°12" */
  return g_strdup_printf (_("The member n°%s"), number);
}

gboolean
pre_attendance_validate_all (GListModel  *attendances,
                             GError     **error)
{
  g_autoptr(GHashTable) by_member = NULL;
  g_autoptr(GHashTable) proxy_of = NULL;   /* holder id → the represented row */
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (attendances), FALSE);

  by_member = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  proxy_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  n = g_list_model_get_n_items (attendances);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendances, i);

      if (!PRE_IS_ATTENDANCE (row) || row->member_id <= 0)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "member-id",
                                    _("Every line of the attendance must name a member."));
          return FALSE;
        }
      if (g_hash_table_contains (by_member, &row->member_id))
        {
          g_autofree char *name = dup_name (row);
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "member-id",
                                    _("%s appears twice in the attendance."), name);
          return FALSE;
        }
      g_hash_table_insert (by_member, &row->member_id, g_object_ref (row));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendances, i);
      g_autofree char *name = NULL;
      g_autofree char *holder_name = NULL;
      PreAttendance *holder;
      PreAttendance *other;

      if (row->status != PRE_ATTENDANCE_REPRESENTED)
        continue;

      name = dup_name (row);
      if (row->proxy_holder_id <= 0)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "proxy-holder-id",
                                    _("%s is represented: choose the present member who holds the proxy."),
                                    name);
          return FALSE;
        }
      if (row->proxy_holder_id == row->member_id)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                    _("%s cannot hold their own proxy: choose another present member."),
                                    name);
          return FALSE;
        }

      holder = g_hash_table_lookup (by_member, &row->proxy_holder_id);
      if (holder == NULL)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                    _("%s is represented by someone who does not sit on the board at this séance."),
                                    name);
          return FALSE;
        }
      holder_name = dup_name (holder);
      if (holder->status != PRE_ATTENDANCE_PRESENT)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                    _("%s is represented by %s, who is not present."),
                                    name, holder_name);
          return FALSE;
        }

      other = g_hash_table_lookup (proxy_of, &row->proxy_holder_id);
      if (other != NULL)
        {
          g_autofree char *other_name = dup_name (other);
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                    _("%s already holds the proxy of %s."),
                                    holder_name, other_name);
          return FALSE;
        }
      /* The rows stay alive in by_member. */
      g_hash_table_insert (proxy_of, &holder->member_id, g_hash_table_lookup (by_member, &row->member_id));
    }

  return TRUE;
}

static char *
format_full_name (const char *civility,
                  const char *first_name,
                  const char *last_name)
{
  g_autofree char *upper = g_utf8_strup (last_name, -1);

  if (*first_name == '\0')
    return g_strdup_printf ("%s %s", civility, upper);
  return g_strdup_printf ("%s %s %s", civility, first_name, upper);
}

static PreAttendance *
attendance_from_row (PreStmt *stmt)
{
  PreAttendance *row = g_object_new (PRE_TYPE_ATTENDANCE, NULL);
  PreAttendanceStatus status = PRE_ATTENDANCE_ABSENT;

  row->member_id = sqlite3_column_int64 (stmt, 0);
  g_free (row->member_name);
  row->member_name = pre_board_member_format_short_name (pre_column_text (stmt, 1),
                                                        pre_column_text (stmt, 3));
  g_free (row->member_full_name);
  row->member_full_name = format_full_name (pre_column_text (stmt, 1),
                                            pre_column_text (stmt, 2),
                                            pre_column_text (stmt, 3));
  g_set_str (&row->member_civility, pre_column_text (stmt, 1));
  row->member_position = sqlite3_column_int (stmt, 4);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    pre_attendance_status_from_string (pre_column_text (stmt, 5), &status);
  row->status = status;
  row->proxy_holder_id = sqlite3_column_int64 (stmt, 6);
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    {
      g_free (row->proxy_holder_name);
      row->proxy_holder_name = pre_board_member_format_short_name (pre_column_text (stmt, 7),
                                                                  pre_column_text (stmt, 8));
    }
  row->meeting_id = sqlite3_column_int64 (stmt, 9);
  return row;
}

GListModel *
pre_store_list_attendance (PreStore  *store,
                           gint64     meeting_id,
                           GError   **error)
{
  g_autoptr(PreMeeting) meeting = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  meeting = pre_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;

  /* The members in office on the date, and anyone recorded for the séance
   * even if an out-of-office date was set afterwards. */
  return pre_store_list_for_id (store,
                                "SELECT bm.id, bm.civility, bm.first_name, bm.last_name, bm.position,"
                                " a.status, a.proxy_holder_id, h.civility, h.last_name, m.id"
                                " FROM meeting m JOIN board_member bm ON bm.board_id = m.board_id"
                                " LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = bm.id"
                                " LEFT JOIN board_member h ON h.id = a.proxy_holder_id"
                                " WHERE m.id = ?1 AND (bm.out_of_office_from IS NULL"
                                "  OR bm.out_of_office_from > m.date OR a.member_id IS NOT NULL)"
                                " ORDER BY bm.position, bm.id",
                                meeting_id, PRE_TYPE_ATTENDANCE,
                                (PreRowFunc)attendance_from_row, error);
}

/* The votes already recorded for the séance must still be possible with
 * the new attendance: fewer voters, or a lost quorum, would leave them wrong. */
static gboolean
check_recorded_votes (PreStore  *store,
                      gint64     meeting_id,
                      GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  PreAttendanceCounts counts;
  guint voters;

  if (!pre_store_get_attendance_counts (store, meeting_id, &counts, error))
    return FALSE;
  voters = pre_attendance_voters (&counts);

  stmt = pre_store_prepare (store,
                            "SELECT subject, votes_for + votes_against + abstentions FROM deliberation"
                            " WHERE meeting_id = ?1 AND votes_for + votes_against + abstentions > 0"
                            " ORDER BY position, id",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (pre_store_step_row (store, stmt, &local_error))
    {
      const char *subject = pre_column_text (stmt, 0);
      guint votes = (guint)sqlite3_column_int64 (stmt, 1);

      if (!pre_quorum_reached (&counts))
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "status",
                                    _("With this attendance the quorum is not reached (%u required, %u present), yet the deliberation “%s” records votes: remove its votes first."),
                                    pre_quorum_required (counts.in_office), counts.present, subject);
          return FALSE;
        }
      if (votes > voters)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "status",
                                    _("With this attendance %u members can vote, but the deliberation “%s” counts %u votes: correct its votes first."),
                                    voters, subject, votes);
          return FALSE;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_attendance (PreStore    *store,
                  gint64       meeting_id,
                  GListModel  *attendances,
                  GError     **error)
{
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GHashTable) member_by_id = NULL;
  g_autoptr(GListStore) rows = NULL;
  g_autoptr(GHashTable) listed = NULL;
  g_autofree char *date = NULL;
  guint n;

  meeting = pre_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  date = pre_date_format_long (pre_meeting_get_date (meeting));

  members = pre_store_list_board_members (store, pre_meeting_get_board_id (meeting), NULL, error);
  if (members == NULL)
    return FALSE;
  member_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PreBoardMember) member = g_list_model_get_item (members, i);
      gint64 *key = g_new (gint64, 1);

      *key = pre_board_member_get_id (member);
      g_hash_table_insert (member_by_id, key, g_steal_pointer (&member));
    }

  /* Copies with the names filled in, so that the messages name people. */
  rows = g_list_store_new (PRE_TYPE_ATTENDANCE);
  listed = g_hash_table_new (g_int64_hash, g_int64_equal);
  n = g_list_model_get_n_items (attendances);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) given = g_list_model_get_item (attendances, i);
      g_autoptr(PreAttendance) row = NULL;
      PreBoardMember *member;

      g_return_val_if_fail (PRE_IS_ATTENDANCE (given), FALSE);

      member = g_hash_table_lookup (member_by_id, &given->member_id);
      if (member == NULL)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "member-id",
                                    _("A line of the attendance names someone who is not a member of the board."));
          return FALSE;
        }
      row = pre_attendance_new (given->member_id, given->status,
                                given->status == PRE_ATTENDANCE_REPRESENTED ? given->proxy_holder_id : 0);
      row->meeting_id = meeting_id;
      g_free (row->member_name);
      row->member_name = pre_board_member_dup_short_name (member);
      if (!pre_board_member_is_in_office (member, pre_meeting_get_date (meeting)))
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "member-id",
                                    _("%s is no longer in office on %s and cannot be in the attendance of the séance."),
                                    row->member_name, date);
          return FALSE;
        }
      g_hash_table_add (listed, &row->member_id);
      g_list_store_append (rows, row);
    }

  /* A proxy holder missing from the lines is absent: say who it is. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (G_LIST_MODEL (rows), i);
      PreBoardMember *holder;
      g_autofree char *holder_name = NULL;

      if (row->status != PRE_ATTENDANCE_REPRESENTED || row->proxy_holder_id <= 0 ||
          row->proxy_holder_id == row->member_id ||
          g_hash_table_contains (listed, &row->proxy_holder_id))
        continue;

      holder = g_hash_table_lookup (member_by_id, &row->proxy_holder_id);
      if (holder == NULL)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                    _("%s is represented by someone who is not a member of the board."),
                                    row->member_name);
          return FALSE;
        }
      holder_name = pre_board_member_dup_short_name (holder);
      if (!pre_board_member_is_in_office (holder, pre_meeting_get_date (meeting)))
        pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                  _("%s is represented by %s, who is no longer in office on %s."),
                                  row->member_name, holder_name, date);
      else
        pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "proxy-holder-id",
                                  _("%s is represented by %s, who is not present."),
                                  row->member_name, holder_name);
      return FALSE;
    }

  if (!pre_attendance_validate_all (G_LIST_MODEL (rows), error))
    return FALSE;

  if (!pre_store_exec_for_id (store, "DELETE FROM attendance WHERE meeting_id = ?1",
                              meeting_id, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_autoptr(PreStmt) stmt = NULL;

      stmt = pre_store_prepare (store,
                                "INSERT INTO attendance (meeting_id, member_id, status, proxy_holder_id)"
                                " VALUES (?1, ?2, ?3, ?4)",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int64 (stmt, 2, row->member_id);
      pre_bind_text (stmt, 3, pre_attendance_status_to_string (row->status));
      pre_bind_id (stmt, 4, row->proxy_holder_id);
      if (!pre_store_step_done (store, stmt, error))
        return FALSE;
    }

  return check_recorded_votes (store, meeting_id, error);
}

gboolean
pre_store_set_attendance (PreStore    *store,
                          gint64       meeting_id,
                          GListModel  *attendances,
                          GError     **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (attendances), FALSE);

  if (!pre_store_begin (store, error))
    return FALSE;
  return pre_store_finish_write (store, write_attendance (store, meeting_id, attendances, error),
                                 PRE_TABLES ("attendance"), error);
}
