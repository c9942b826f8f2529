/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-board.h"
#include "pre-board-member.h"
#include "pre-date.h"
#include "pre-store-helpers.h"

struct _PreBoardMember
{
  GObject parent_instance;

  gint64 id;
  gint64 board_id;
  char *civility;
  char *first_name;
  char *last_name;
  char *role;
  int position;
  char *out_of_office_from;
};

G_DEFINE_FINAL_TYPE (PreBoardMember, pre_board_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BOARD_ID,
  PROP_CIVILITY,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_ROLE,
  PROP_POSITION,
  PROP_OUT_OF_OFFICE_FROM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_board_member_finalize (GObject *object)
{
  PreBoardMember *self = PRE_BOARD_MEMBER (object);

  g_clear_pointer (&self->civility, g_free);
  g_clear_pointer (&self->first_name, g_free);
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->out_of_office_from, g_free);

  G_OBJECT_CLASS (pre_board_member_parent_class)->finalize (object);
}

static void
pre_board_member_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PreBoardMember *self = PRE_BOARD_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_BOARD_ID:
      g_value_set_int64 (value, self->board_id);
      break;
    case PROP_CIVILITY:
      g_value_set_string (value, self->civility);
      break;
    case PROP_FIRST_NAME:
      g_value_set_string (value, self->first_name);
      break;
    case PROP_LAST_NAME:
      g_value_set_string (value, self->last_name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_OUT_OF_OFFICE_FROM:
      g_value_set_string (value, self->out_of_office_from);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_id (PreBoardMember *self,
        gint64          id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
pre_board_member_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PreBoardMember *self = PRE_BOARD_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      set_id (self, g_value_get_int64 (value));
      break;
    case PROP_BOARD_ID:
      pre_board_member_set_board_id (self, g_value_get_int64 (value));
      break;
    case PROP_CIVILITY:
      pre_board_member_set_civility (self, g_value_get_string (value));
      break;
    case PROP_FIRST_NAME:
      pre_board_member_set_first_name (self, g_value_get_string (value));
      break;
    case PROP_LAST_NAME:
      pre_board_member_set_last_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      pre_board_member_set_role (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      pre_board_member_set_position (self, g_value_get_int (value));
      break;
    case PROP_OUT_OF_OFFICE_FROM:
      pre_board_member_set_out_of_office_from (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_board_member_class_init (PreBoardMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pre_board_member_finalize;
  object_class->get_property = pre_board_member_get_property;
  object_class->set_property = pre_board_member_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BOARD_ID] = g_param_spec_int64 ("board-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CIVILITY] = g_param_spec_string ("civility", NULL, NULL, "M.", flags);
  properties[PROP_FIRST_NAME] = g_param_spec_string ("first-name", NULL, NULL, "", flags);
  properties[PROP_LAST_NAME] = g_param_spec_string ("last-name", NULL, NULL, "", flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_OUT_OF_OFFICE_FROM] = g_param_spec_string ("out-of-office-from", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_board_member_init (PreBoardMember *self)
{
  self->civility = g_strdup ("M.");
  self->first_name = g_strdup ("");
  self->last_name = g_strdup ("");
  self->role = g_strdup ("");
}

PreBoardMember *
pre_board_member_new (void)
{
  return g_object_new (PRE_TYPE_BOARD_MEMBER, NULL);
}

gint64
pre_board_member_get_id (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), 0);

  return self->id;
}

gint64
pre_board_member_get_board_id (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), 0);

  return self->board_id;
}

void
pre_board_member_set_board_id (PreBoardMember *self,
                               gint64          board_id)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  board_id = MAX (board_id, 0);
  if (self->board_id == board_id)
    return;
  self->board_id = board_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD_ID]);
}

const char *
pre_board_member_get_civility (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  return self->civility;
}

void
pre_board_member_set_civility (PreBoardMember *self,
                               const char     *civility)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  if (g_set_str (&self->civility, civility != NULL ? civility : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CIVILITY]);
}

const char *
pre_board_member_get_first_name (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  return self->first_name;
}

void
pre_board_member_set_first_name (PreBoardMember *self,
                                 const char     *first_name)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  if (g_set_str (&self->first_name, first_name != NULL ? first_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
}

const char *
pre_board_member_get_last_name (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  return self->last_name;
}

void
pre_board_member_set_last_name (PreBoardMember *self,
                                const char     *last_name)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  if (g_set_str (&self->last_name, last_name != NULL ? last_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
}

const char *
pre_board_member_get_role (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  return self->role;
}

void
pre_board_member_set_role (PreBoardMember *self,
                           const char     *role)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  if (g_set_str (&self->role, role != NULL ? role : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

int
pre_board_member_get_position (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), 0);

  return self->position;
}

void
pre_board_member_set_position (PreBoardMember *self,
                               int             position)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
pre_board_member_get_out_of_office_from (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  return self->out_of_office_from;
}

void
pre_board_member_set_out_of_office_from (PreBoardMember *self,
                                         const char     *iso_date)
{
  g_return_if_fail (PRE_IS_BOARD_MEMBER (self));

  /* An empty entry means "still in office". */
  if (iso_date != NULL && *iso_date == '\0')
    iso_date = NULL;
  if (g_set_str (&self->out_of_office_from, iso_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUT_OF_OFFICE_FROM]);
}

gboolean
pre_board_member_is_in_office (PreBoardMember *self,
                               const char     *date_iso)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), FALSE);

  if (self->out_of_office_from == NULL || date_iso == NULL)
    return TRUE;
  /* ISO dates compare as text. */
  return strcmp (self->out_of_office_from, date_iso) > 0;
}

char *
pre_board_member_format_short_name (const char *civility,
                                    const char *last_name)
{
  g_autofree char *upper = g_utf8_strup (last_name != NULL ? last_name : "", -1);

  if (civility == NULL || *civility == '\0')
    return g_steal_pointer (&upper);
  return g_strdup_printf ("%s %s", civility, upper);
}

char *
pre_board_member_dup_short_name (PreBoardMember *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  return pre_board_member_format_short_name (self->civility, self->last_name);
}

char *
pre_board_member_dup_full_name (PreBoardMember *self)
{
  g_autofree char *upper = NULL;
  g_autoptr(GString) name = g_string_new (NULL);

  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), NULL);

  upper = g_utf8_strup (self->last_name, -1);
  if (*self->civility != '\0')
    g_string_append_printf (name, "%s ", self->civility);
  if (*self->first_name != '\0')
    g_string_append_printf (name, "%s ", self->first_name);
  g_string_append (name, upper);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

gboolean
pre_board_member_validate (PreBoardMember  *self,
                           GError         **error)
{
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (self), FALSE);

  if (self->board_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "board-id",
                                _("Choose the board the member sits on."));
      return FALSE;
    }
  if (g_strcmp0 (self->civility, "M.") != 0 && g_strcmp0 (self->civility, "Mme") != 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "civility",
                                _("The civility “%s” is not valid: choose “M.” or “Mme”."),
                                self->civility);
      return FALSE;
    }
  if (is_blank (self->last_name))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "last-name",
                                _("The last name of the member is required."));
      return FALSE;
    }
  if (self->out_of_office_from != NULL && !pre_date_is_valid_iso (self->out_of_office_from))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "out-of-office-from",
                                _("The out-of-office date “%s” is not a valid date."),
                                self->out_of_office_from);
      return FALSE;
    }
  return TRUE;
}

#define MEMBER_COLUMNS \
  "id, board_id, civility, first_name, last_name, role, position, out_of_office_from"

static PreBoardMember *
member_from_row (PreStmt *stmt)
{
  PreBoardMember *member = pre_board_member_new ();

  member->id = sqlite3_column_int64 (stmt, 0);
  member->board_id = sqlite3_column_int64 (stmt, 1);
  g_set_str (&member->civility, pre_column_text (stmt, 2));
  g_set_str (&member->first_name, pre_column_text (stmt, 3));
  g_set_str (&member->last_name, pre_column_text (stmt, 4));
  g_set_str (&member->role, pre_column_text (stmt, 5));
  member->position = sqlite3_column_int (stmt, 6);
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    member->out_of_office_from = g_strdup (pre_column_text (stmt, 7));
  return member;
}

static gboolean
write_member (PreStore        *store,
              PreBoardMember  *member,
              GError         **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autoptr(PreBoard) board = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean found;
  gint64 id;

  board = pre_store_get_board (store, member->board_id, &local_error);
  if (board == NULL)
    return pre_propagate_reference_error (error, g_steal_pointer (&local_error), "board-id",
                                          _("The board of the member no longer exists."));

  if (member->id != 0)
    {
      g_autoptr(PreStmt) moved = pre_store_prepare (store,
                                                    "SELECT 1 FROM board_member bm JOIN attendance a"
                                                    " ON a.member_id = bm.id OR a.proxy_holder_id = bm.id"
                                                    " WHERE bm.id = ?1 AND bm.board_id != ?2 LIMIT 1",
                                                    error);
      if (moved == NULL)
        return FALSE;
      sqlite3_bind_int64 (moved, 1, member->id);
      sqlite3_bind_int64 (moved, 2, member->board_id);
      if (!pre_store_step_exists (store, moved, &found, error))
        return FALSE;
      if (found)
        {
          name = pre_board_member_dup_short_name (member);
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "board-id",
                                    _("%s is in the attendance of séances of their board and cannot move to another board."),
                                    name);
          return FALSE;
        }
    }

  if (member->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO board_member (board_id, civility, first_name, last_name,"
                              " role, position, out_of_office_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE board_member SET board_id = ?1, civility = ?2, first_name = ?3,"
                              " last_name = ?4, role = ?5, position = ?6, out_of_office_from = ?7"
                              " WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member->board_id);
  pre_bind_text (stmt, 2, member->civility);
  pre_bind_text (stmt, 3, member->first_name);
  pre_bind_text (stmt, 4, member->last_name);
  pre_bind_text (stmt, 5, member->role);
  sqlite3_bind_int (stmt, 6, member->position);
  pre_bind_text (stmt, 7, member->out_of_office_from);
  if (member->id != 0)
    sqlite3_bind_int64 (stmt, 8, member->id);
  name = pre_board_member_dup_short_name (member);
  if (!pre_store_step_save (store, stmt, member->id, &id, error,
                            _("The member %s no longer exists."), name))
    return FALSE;
  set_id (member, id);
  return TRUE;
}

gboolean
pre_store_save_board_member (PreStore        *store,
                             PreBoardMember  *member,
                             GError         **error)
{
  gint64 old_id;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_BOARD_MEMBER (member), FALSE);

  if (!pre_board_member_validate (member, error))
    return FALSE;
  if (!pre_store_begin (store, error))
    return FALSE;

  old_id = member->id;
  ok = write_member (store, member, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("board_member"), error))
    {
      set_id (member, old_id);
      return FALSE;
    }
  return TRUE;
}

PreBoardMember *
pre_store_get_board_member (PreStore  *store,
                            gint64     id,
                            GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, "SELECT " MEMBER_COLUMNS " FROM board_member WHERE id = ?1",
                              id, (PreRowFunc)member_from_row,
                              _("The board member no longer exists."), error);
}

static gboolean
check_member_unused (PreStore  *store,
                     gint64     id,
                     GError   **error)
{
  g_autoptr(PreBoardMember) member = NULL;
  g_autofree char *name = NULL;
  gint64 n_attended, n_presided;

  member = pre_store_get_board_member (store, id, error);
  if (member == NULL)
    return FALSE;
  name = pre_board_member_dup_short_name (member);

  if (!pre_store_count_for_id (store,
                               "SELECT count(DISTINCT meeting_id) FROM attendance"
                               " WHERE member_id = ?1 OR proxy_holder_id = ?1",
                               id, &n_attended, error) ||
      !pre_store_count_for_id (store, "SELECT count(*) FROM meeting WHERE president_id = ?1",
                               id, &n_presided, error))
    return FALSE;

  if (n_attended > 0)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s cannot be deleted: the attendance of %d séance names them. Set an out-of-office date instead, so that they are no longer listed for the next séances.",
                                "%s cannot be deleted: the attendance of %d séances names them. Set an out-of-office date instead, so that they are no longer listed for the next séances.",
                                n_attended),
                   name, (int)n_attended);
      return FALSE;
    }
  if (n_presided > 0)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s cannot be deleted: they presided %d séance. Set an out-of-office date instead.",
                                "%s cannot be deleted: they presided %d séances. Set an out-of-office date instead.",
                                n_presided),
                   name, (int)n_presided);
      return FALSE;
    }

  return TRUE;
}

gboolean
pre_store_delete_board_member (PreStore  *store,
                               gint64     id,
                               GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "board_member", id, _("The board member no longer exists."),
                                 check_member_unused, NULL, error);
}

GListModel *
pre_store_list_board_members (PreStore    *store,
                              gint64       board_id,
                              const char  *in_office_on_iso,
                              GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            "SELECT " MEMBER_COLUMNS " FROM board_member WHERE board_id = ?1"
                            " AND (?2 IS NULL OR out_of_office_from IS NULL OR out_of_office_from > ?2)"
                            " ORDER BY position, id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, board_id);
  pre_bind_text (stmt, 2, in_office_on_iso);

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_BOARD_MEMBER,
                                   (PreRowFunc)member_from_row, error);
}
