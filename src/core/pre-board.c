/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-board.h"
#include "pre-store-helpers.h"

struct _PreBoard
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *body;
  gint64 partner_id;
};

G_DEFINE_FINAL_TYPE (PreBoard, pre_board, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BODY,
  PROP_PARTNER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_board_finalize (GObject *object)
{
  PreBoard *self = PRE_BOARD (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (pre_board_parent_class)->finalize (object);
}

static void
pre_board_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PreBoard *self = PRE_BOARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_PARTNER_ID:
      g_value_set_int64 (value, self->partner_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_id (PreBoard *self,
        gint64    id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
pre_board_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PreBoard *self = PRE_BOARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      pre_board_set_name (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      pre_board_set_body (self, g_value_get_string (value));
      break;
    case PROP_PARTNER_ID:
      pre_board_set_partner_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_board_class_init (PreBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pre_board_finalize;
  object_class->get_property = pre_board_get_property;
  object_class->set_property = pre_board_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, "", flags);
  properties[PROP_PARTNER_ID] = g_param_spec_int64 ("partner-id", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_board_init (PreBoard *self)
{
  self->name = g_strdup ("");
  self->body = g_strdup ("");
}

PreBoard *
pre_board_new (void)
{
  return g_object_new (PRE_TYPE_BOARD, NULL);
}

gint64
pre_board_get_id (PreBoard *self)
{
  g_return_val_if_fail (PRE_IS_BOARD (self), 0);

  return self->id;
}

const char *
pre_board_get_name (PreBoard *self)
{
  g_return_val_if_fail (PRE_IS_BOARD (self), NULL);

  return self->name;
}

void
pre_board_set_name (PreBoard   *self,
                    const char *name)
{
  g_return_if_fail (PRE_IS_BOARD (self));

  if (g_set_str (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pre_board_get_body (PreBoard *self)
{
  g_return_val_if_fail (PRE_IS_BOARD (self), NULL);

  return self->body;
}

void
pre_board_set_body (PreBoard   *self,
                    const char *body)
{
  g_return_if_fail (PRE_IS_BOARD (self));

  if (g_set_str (&self->body, body != NULL ? body : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

gint64
pre_board_get_partner_id (PreBoard *self)
{
  g_return_val_if_fail (PRE_IS_BOARD (self), 0);

  return self->partner_id;
}

void
pre_board_set_partner_id (PreBoard *self,
                          gint64    partner_id)
{
  g_return_if_fail (PRE_IS_BOARD (self));

  partner_id = MAX (partner_id, 0);
  if (self->partner_id == partner_id)
    return;
  self->partner_id = partner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_ID]);
}

char *
pre_board_dup_title (PreBoard *self)
{
  g_return_val_if_fail (PRE_IS_BOARD (self), NULL);

  /* TRANSLATORS: a board's title: "Conseil d'Administration — Centre Communal d'Action Sociale de DIJON" */
  return g_strdup_printf (_("%s — %s"), self->name, self->body);
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
pre_board_validate (PreBoard  *self,
                    GError   **error)
{
  g_return_val_if_fail (PRE_IS_BOARD (self), FALSE);

  if (is_blank (self->name))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "name",
                                _("The name of the assembly is required (for example “Conseil d'Administration”)."));
      return FALSE;
    }
  if (is_blank (self->body))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "body",
                                _("The body the assembly belongs to is required (for example “Centre Communal d'Action Sociale de DIJON”)."));
      return FALSE;
    }
  return TRUE;
}

static PreBoard *
board_from_row (PreStmt *stmt)
{
  PreBoard *board = pre_board_new ();

  board->id = sqlite3_column_int64 (stmt, 0);
  board->name = (g_free (board->name), g_strdup (pre_column_text (stmt, 1)));
  board->body = (g_free (board->body), g_strdup (pre_column_text (stmt, 2)));
  board->partner_id = sqlite3_column_int64 (stmt, 3);
  return board;
}

static gboolean
write_board (PreStore  *store,
             PreBoard  *board,
             GError   **error)
{
  g_autoptr(PreStmt) check = NULL;
  g_autoptr(PreStmt) stmt = NULL;
  gboolean found;
  gint64 id;

  check = pre_store_prepare (store,
                             "SELECT 1 FROM board WHERE body = ?1 AND name = ?2 AND id != ?3",
                             error);
  if (check == NULL)
    return FALSE;
  pre_bind_text (check, 1, board->body);
  pre_bind_text (check, 2, board->name);
  sqlite3_bind_int64 (check, 3, board->id);
  if (!pre_store_step_exists (store, check, &found, error))
    return FALSE;
  if (found)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "name",
                                _("The board “%s” of “%s” already exists."),
                                board->name, board->body);
      return FALSE;
    }

  if (board->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO board (name, body, partner_id) VALUES (?1, ?2, ?3)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE board SET name = ?1, body = ?2, partner_id = ?3 WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;
  pre_bind_text (stmt, 1, board->name);
  pre_bind_text (stmt, 2, board->body);
  pre_bind_id (stmt, 3, board->partner_id);
  if (board->id != 0)
    sqlite3_bind_int64 (stmt, 4, board->id);
  if (!pre_store_step_save (store, stmt, board->id, &id, error,
                            _("The board “%s” no longer exists."), board->name))
    return FALSE;
  set_id (board, id);
  return TRUE;
}

gboolean
pre_store_save_board (PreStore  *store,
                      PreBoard  *board,
                      GError   **error)
{
  gint64 old_id;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_BOARD (board), FALSE);

  if (!pre_board_validate (board, error))
    return FALSE;
  if (!pre_store_begin (store, error))
    return FALSE;

  old_id = board->id;
  ok = write_board (store, board, error);
  if (!pre_store_finish_write (store, ok, PRE_TABLES ("board"), error))
    {
      set_id (board, old_id);
      return FALSE;
    }
  return TRUE;
}

PreBoard *
pre_store_get_board (PreStore  *store,
                     gint64     id,
                     GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return pre_store_get_by_id (store, "SELECT id, name, body, partner_id FROM board WHERE id = ?1",
                              id, (PreRowFunc)board_from_row,
                              _("The board no longer exists."), error);
}

static gboolean
check_board_unused (PreStore  *store,
                    gint64     id,
                    GError   **error)
{
  g_autoptr(PreBoard) board = NULL;
  gint64 n_meetings;

  board = pre_store_get_board (store, id, error);
  if (board == NULL)
    return FALSE;

  if (!pre_store_count_for_id (store, "SELECT count(*) FROM meeting WHERE board_id = ?1",
                               id, &n_meetings, error))
    return FALSE;

  if (n_meetings > 0)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The board “%s” cannot be deleted: %d séance is recorded for it. Delete the séance first.",
                                "The board “%s” cannot be deleted: %d séances are recorded for it. Delete the séances first.",
                                n_meetings),
                   board->name, (int)n_meetings);
      return FALSE;
    }

  return TRUE;
}

gboolean
pre_store_delete_board (PreStore  *store,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "board", id, _("The board no longer exists."),
                                 check_board_unused, PRE_TABLES ("board", "board_member"), error);
}

GListModel *
pre_store_list_boards (PreStore  *store,
                       GError   **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  stmt = pre_store_prepare (store,
                            "SELECT id, name, body, partner_id FROM board ORDER BY body, name, id",
                            error);
  if (stmt == NULL)
    return NULL;

  return pre_store_list_from_stmt (store, stmt, PRE_TYPE_BOARD,
                                   (PreRowFunc)board_from_row, error);
}
