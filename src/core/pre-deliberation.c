/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pre-board-rules.h"
#include "pre-deliberation.h"
#include "pre-meeting.h"
#include "pre-store-helpers.h"

struct _PreDeliberation
{
  GObject parent_instance;

  gint64 id;
  gint64 meeting_id;
  int position;
  char *number;
  char *subject;
  char *body_text;
  char *matter_code;
  guint votes_for;
  guint votes_against;
  guint abstentions;
  PrePresidentVote president_vote;
  gint64 convention_id;
  char **decisions;
  GListStore *recipients;

  char *meeting_date;
  char *board_name;
};

G_DEFINE_FINAL_TYPE (PreDeliberation, pre_deliberation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_NUMBER,
  PROP_SUBJECT,
  PROP_BODY_TEXT,
  PROP_MATTER_CODE,
  PROP_VOTES_FOR,
  PROP_VOTES_AGAINST,
  PROP_ABSTENTIONS,
  PROP_PRESIDENT_VOTE,
  PROP_CONVENTION_ID,
  PROP_DECISIONS,
  PROP_RECIPIENTS,
  PROP_MEETING_DATE,
  PROP_BOARD_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_deliberation_dispose (GObject *object)
{
  PreDeliberation *self = PRE_DELIBERATION (object);

  g_clear_object (&self->recipients);

  G_OBJECT_CLASS (pre_deliberation_parent_class)->dispose (object);
}

static void
pre_deliberation_finalize (GObject *object)
{
  PreDeliberation *self = PRE_DELIBERATION (object);

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body_text, g_free);
  g_clear_pointer (&self->matter_code, g_free);
  g_clear_pointer (&self->decisions, g_strfreev);
  g_clear_pointer (&self->meeting_date, g_free);
  g_clear_pointer (&self->board_name, g_free);

  G_OBJECT_CLASS (pre_deliberation_parent_class)->finalize (object);
}

static void
pre_deliberation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PreDeliberation *self = PRE_DELIBERATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_BODY_TEXT:
      g_value_set_string (value, self->body_text);
      break;
    case PROP_MATTER_CODE:
      g_value_set_string (value, self->matter_code);
      break;
    case PROP_VOTES_FOR:
      g_value_set_uint (value, self->votes_for);
      break;
    case PROP_VOTES_AGAINST:
      g_value_set_uint (value, self->votes_against);
      break;
    case PROP_ABSTENTIONS:
      g_value_set_uint (value, self->abstentions);
      break;
    case PROP_PRESIDENT_VOTE:
      g_value_set_enum (value, self->president_vote);
      break;
    case PROP_CONVENTION_ID:
      g_value_set_int64 (value, self->convention_id);
      break;
    case PROP_DECISIONS:
      g_value_set_boxed (value, self->decisions);
      break;
    case PROP_RECIPIENTS:
      g_value_set_object (value, self->recipients);
      break;
    case PROP_MEETING_DATE:
      g_value_set_string (value, self->meeting_date);
      break;
    case PROP_BOARD_NAME:
      g_value_set_string (value, self->board_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_id (PreDeliberation *self,
        gint64           id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
set_string (PreDeliberation  *self,
            char            **field,
            const char       *value,
            guint             prop)
{
  if (g_set_str (field, value != NULL ? value : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_uint (PreDeliberation *self,
          guint           *field,
          guint            value,
          guint            prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
pre_deliberation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PreDeliberation *self = PRE_DELIBERATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      set_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEETING_ID:
      pre_deliberation_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      pre_deliberation_set_position (self, g_value_get_int (value));
      break;
    case PROP_NUMBER:
      pre_deliberation_set_number (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      pre_deliberation_set_subject (self, g_value_get_string (value));
      break;
    case PROP_BODY_TEXT:
      pre_deliberation_set_body_text (self, g_value_get_string (value));
      break;
    case PROP_MATTER_CODE:
      pre_deliberation_set_matter_code (self, g_value_get_string (value));
      break;
    case PROP_VOTES_FOR:
      pre_deliberation_set_votes_for (self, g_value_get_uint (value));
      break;
    case PROP_VOTES_AGAINST:
      pre_deliberation_set_votes_against (self, g_value_get_uint (value));
      break;
    case PROP_ABSTENTIONS:
      pre_deliberation_set_abstentions (self, g_value_get_uint (value));
      break;
    case PROP_PRESIDENT_VOTE:
      pre_deliberation_set_president_vote (self, g_value_get_enum (value));
      break;
    case PROP_CONVENTION_ID:
      pre_deliberation_set_convention_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISIONS:
      pre_deliberation_set_decisions (self, g_value_get_boxed (value));
      break;
    case PROP_MEETING_DATE:
      set_string (self, &self->meeting_date, g_value_get_string (value), prop_id);
      break;
    case PROP_BOARD_NAME:
      set_string (self, &self->board_name, g_value_get_string (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_deliberation_class_init (PreDeliberationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pre_deliberation_dispose;
  object_class->finalize = pre_deliberation_finalize;
  object_class->get_property = pre_deliberation_get_property;
  object_class->set_property = pre_deliberation_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", flags);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, "", flags);
  properties[PROP_BODY_TEXT] = g_param_spec_string ("body-text", NULL, NULL, "", flags);
  properties[PROP_MATTER_CODE] = g_param_spec_string ("matter-code", NULL, NULL, "", flags);
  properties[PROP_VOTES_FOR] = g_param_spec_uint ("votes-for", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_VOTES_AGAINST] = g_param_spec_uint ("votes-against", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ABSTENTIONS] = g_param_spec_uint ("abstentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PRESIDENT_VOTE] = g_param_spec_enum ("president-vote", NULL, NULL, PRE_TYPE_PRESIDENT_VOTE,
                                                       PRE_PRESIDENT_VOTE_UNKNOWN, flags);
  properties[PROP_CONVENTION_ID] = g_param_spec_int64 ("convention-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DECISIONS] = g_param_spec_boxed ("decisions", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_RECIPIENTS] = g_param_spec_object ("recipients", NULL, NULL, G_TYPE_LIST_MODEL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_DATE] = g_param_spec_string ("meeting-date", NULL, NULL, "", flags);
  properties[PROP_BOARD_NAME] = g_param_spec_string ("board-name", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_deliberation_init (PreDeliberation *self)
{
  self->number = g_strdup ("");
  self->subject = g_strdup ("");
  self->body_text = g_strdup ("");
  self->matter_code = g_strdup ("");
  self->decisions = g_new0 (char *, 1);
  self->recipients = g_list_store_new (PRE_TYPE_RECIPIENT);
  self->meeting_date = g_strdup ("");
  self->board_name = g_strdup ("");
}

PreDeliberation *
pre_deliberation_new (void)
{
  return g_object_new (PRE_TYPE_DELIBERATION, NULL);
}

gint64
pre_deliberation_get_id (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->id;
}

gint64
pre_deliberation_get_meeting_id (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->meeting_id;
}

void
pre_deliberation_set_meeting_id (PreDeliberation *self,
                                 gint64           meeting_id)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  meeting_id = MAX (meeting_id, 0);
  if (self->meeting_id == meeting_id)
    return;
  self->meeting_id = meeting_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

int
pre_deliberation_get_position (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->position;
}

void
pre_deliberation_set_position (PreDeliberation *self,
                               int              position)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
pre_deliberation_get_number (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return self->number;
}

void
pre_deliberation_set_number (PreDeliberation *self,
                             const char      *number)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_string (self, &self->number, number, PROP_NUMBER);
}

const char *
pre_deliberation_get_subject (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return self->subject;
}

void
pre_deliberation_set_subject (PreDeliberation *self,
                              const char      *subject)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_string (self, &self->subject, subject, PROP_SUBJECT);
}

const char *
pre_deliberation_get_body_text (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return self->body_text;
}

void
pre_deliberation_set_body_text (PreDeliberation *self,
                                const char      *body_text)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_string (self, &self->body_text, body_text, PROP_BODY_TEXT);
}

const char *
pre_deliberation_get_matter_code (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return self->matter_code;
}

void
pre_deliberation_set_matter_code (PreDeliberation *self,
                                  const char      *matter_code)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_string (self, &self->matter_code, matter_code, PROP_MATTER_CODE);
}

guint
pre_deliberation_get_votes_for (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->votes_for;
}

void
pre_deliberation_set_votes_for (PreDeliberation *self,
                                guint            votes)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_uint (self, &self->votes_for, votes, PROP_VOTES_FOR);
}

guint
pre_deliberation_get_votes_against (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->votes_against;
}

void
pre_deliberation_set_votes_against (PreDeliberation *self,
                                    guint            votes)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_uint (self, &self->votes_against, votes, PROP_VOTES_AGAINST);
}

guint
pre_deliberation_get_abstentions (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->abstentions;
}

void
pre_deliberation_set_abstentions (PreDeliberation *self,
                                  guint            abstentions)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  set_uint (self, &self->abstentions, abstentions, PROP_ABSTENTIONS);
}

PrePresidentVote
pre_deliberation_get_president_vote (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), PRE_PRESIDENT_VOTE_UNKNOWN);

  return self->president_vote;
}

void
pre_deliberation_set_president_vote (PreDeliberation  *self,
                                     PrePresidentVote  vote)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  if (self->president_vote == vote)
    return;
  self->president_vote = vote;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESIDENT_VOTE]);
}

gint64
pre_deliberation_get_convention_id (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), 0);

  return self->convention_id;
}

void
pre_deliberation_set_convention_id (PreDeliberation *self,
                                    gint64           convention_id)
{
  g_return_if_fail (PRE_IS_DELIBERATION (self));

  convention_id = MAX (convention_id, 0);
  if (self->convention_id == convention_id)
    return;
  self->convention_id = convention_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION_ID]);
}

const char * const *
pre_deliberation_get_decisions (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return (const char * const *)self->decisions;
}

void
pre_deliberation_set_decisions (PreDeliberation    *self,
                                const char * const *decisions)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (PRE_IS_DELIBERATION (self));

  if (decisions == NULL)
    decisions = none;
  if (g_strv_equal ((const char * const *)self->decisions, decisions))
    return;
  g_strfreev (self->decisions);
  self->decisions = g_strdupv ((char **)decisions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISIONS]);
}

GListModel *
pre_deliberation_get_recipients (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return G_LIST_MODEL (self->recipients);
}

void
pre_deliberation_set_recipients (PreDeliberation *self,
                                 GListModel      *recipients)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_if_fail (PRE_IS_DELIBERATION (self));
  g_return_if_fail (recipients == NULL || G_IS_LIST_MODEL (recipients));

  if (recipients == G_LIST_MODEL (self->recipients))
    return;

  n = recipients != NULL ? g_list_model_get_n_items (recipients) : 0;
  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (recipients, i);

      g_return_if_fail (PRE_IS_RECIPIENT (item));
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->recipients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recipients)),
                       items->pdata, items->len);
}

void
pre_deliberation_add_recipient (PreDeliberation *self,
                                const char      *name,
                                guint            copies)
{
  g_autoptr(PreRecipient) recipient = NULL;

  g_return_if_fail (PRE_IS_DELIBERATION (self));

  recipient = pre_recipient_new (name, copies);
  g_list_store_append (self->recipients, recipient);
}

const char *
pre_deliberation_get_meeting_date (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return self->meeting_date;
}

const char *
pre_deliberation_get_board_name (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return self->board_name;
}

char *
pre_deliberation_dup_outcome_text (PreDeliberation *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION (self), NULL);

  return pre_vote_outcome_text (self->votes_for, self->votes_against, self->abstentions,
                                self->president_vote);
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
pre_deliberation_validate (PreDeliberation  *self,
                           GError          **error)
{
  guint n;

  g_return_val_if_fail (PRE_IS_DELIBERATION (self), FALSE);

  if (self->meeting_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "meeting-id",
                                _("Choose the séance at which the deliberation was taken."));
      return FALSE;
    }
  if (is_blank (self->subject))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "subject",
                                _("The subject of the deliberation is required."));
      return FALSE;
    }
  for (guint i = 0; self->decisions[i] != NULL; i++)
    if (is_blank (self->decisions[i]))
      {
        pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "decisions",
                                  _("Decision %u is empty: write it or remove it."), i + 1);
        return FALSE;
      }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->recipients));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreRecipient) recipient = g_list_model_get_item (G_LIST_MODEL (self->recipients), i);

      if (is_blank (pre_recipient_get_name (recipient)))
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "recipients",
                                    _("Recipient %u has no name: write it or remove the line."), i + 1);
          return FALSE;
        }
      if (pre_recipient_get_copies (recipient) < 1)
        {
          pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "recipients",
                                    _("The recipient “%s” must receive at least one copy."),
                                    pre_recipient_get_name (recipient));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
pre_store_validate_deliberation (PreStore         *store,
                                 PreDeliberation  *deliberation,
                                 GError          **error)
{
  PreAttendanceCounts counts;
  g_autoptr(GError) local_error = NULL;
  gboolean has_votes;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_DELIBERATION (deliberation), FALSE);

  if (!pre_deliberation_validate (deliberation, error))
    return FALSE;

  if (!pre_store_get_attendance_counts (store, deliberation->meeting_id, &counts, &local_error))
    return pre_propagate_reference_error (error, g_steal_pointer (&local_error), "meeting-id",
                                          _("The séance of the deliberation no longer exists."));

  has_votes = deliberation->votes_for > 0 || deliberation->votes_against > 0 ||
              deliberation->abstentions > 0;
  if (has_votes && !pre_quorum_reached (&counts))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_CONFLICT, "votes-for",
                                _("The quorum is not reached (%u required, %u present): the board cannot vote on a first convocation."),
                                pre_quorum_required (counts.in_office), counts.present);
      return FALSE;
    }

  return pre_votes_validate (deliberation->votes_for, deliberation->votes_against,
                             deliberation->abstentions, pre_attendance_voters (&counts), error);
}

static gboolean
write_deliberation (PreStore         *store,
                    PreDeliberation  *deliberation,
                    GError          **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gint64 id;
  guint n;

  if (deliberation->id == 0)
    stmt = pre_store_prepare (store,
                              "INSERT INTO deliberation (meeting_id, position, number, subject, body_text,"
                              " matter_code, votes_for, votes_against, abstentions, president_vote,"
                              " convention_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE deliberation SET meeting_id = ?1, position = ?2, number = ?3,"
                              " subject = ?4, body_text = ?5, matter_code = ?6, votes_for = ?7,"
                              " votes_against = ?8, abstentions = ?9, president_vote = ?10,"
                              " convention_id = ?11 WHERE id = ?12",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, deliberation->meeting_id);
  sqlite3_bind_int (stmt, 2, deliberation->position);
  pre_bind_text (stmt, 3, deliberation->number);
  pre_bind_text (stmt, 4, deliberation->subject);
  pre_bind_text (stmt, 5, deliberation->body_text);
  pre_bind_text (stmt, 6, deliberation->matter_code);
  sqlite3_bind_int64 (stmt, 7, deliberation->votes_for);
  sqlite3_bind_int64 (stmt, 8, deliberation->votes_against);
  sqlite3_bind_int64 (stmt, 9, deliberation->abstentions);
  pre_bind_text (stmt, 10, pre_president_vote_to_string (deliberation->president_vote));
  pre_bind_id (stmt, 11, deliberation->convention_id);
  if (deliberation->id != 0)
    sqlite3_bind_int64 (stmt, 12, deliberation->id);
  if (!pre_store_step_save (store, stmt, deliberation->id, &id, error,
                            _("The deliberation “%s” no longer exists."), deliberation->subject))
    return FALSE;
  set_id (deliberation, id);

  if (!pre_store_exec_for_id (store, "DELETE FROM deliberation_decision WHERE deliberation_id = ?1",
                              deliberation->id, error))
    return FALSE;
  for (guint i = 0; deliberation->decisions[i] != NULL; i++)
    {
      g_autoptr(PreStmt) insert = pre_store_prepare (store,
                                                     "INSERT INTO deliberation_decision (deliberation_id,"
                                                     " position, text) VALUES (?1, ?2, ?3)",
                                                     error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, deliberation->id);
      sqlite3_bind_int (insert, 2, (int)i);
      pre_bind_text (insert, 3, deliberation->decisions[i]);
      if (!pre_store_step_done (store, insert, error))
        return FALSE;
    }

  if (!pre_store_exec_for_id (store, "DELETE FROM deliberation_recipient WHERE deliberation_id = ?1",
                              deliberation->id, error))
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (deliberation->recipients));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreRecipient) recipient = g_list_model_get_item (G_LIST_MODEL (deliberation->recipients), i);
      g_autoptr(PreStmt) insert = pre_store_prepare (store,
                                                     "INSERT INTO deliberation_recipient (deliberation_id,"
                                                     " position, name, copies) VALUES (?1, ?2, ?3, ?4)",
                                                     error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, deliberation->id);
      sqlite3_bind_int (insert, 2, (int)i);
      pre_bind_text (insert, 3, pre_recipient_get_name (recipient));
      sqlite3_bind_int64 (insert, 4, pre_recipient_get_copies (recipient));
      if (!pre_store_step_done (store, insert, error))
        return FALSE;
    }
  return TRUE;
}

/* What saving or deleting a deliberation writes. */
#define DELIBERATION_TABLES \
  PRE_TABLES ("deliberation", "deliberation_decision", "deliberation_recipient")

gboolean
pre_store_save_deliberation (PreStore         *store,
                             PreDeliberation  *deliberation,
                             GError          **error)
{
  gint64 old_id;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_DELIBERATION (deliberation), FALSE);

  if (!pre_store_begin (store, error))
    return FALSE;

  old_id = deliberation->id;
  ok = pre_store_validate_deliberation (store, deliberation, error)
       && write_deliberation (store, deliberation, error);
  if (!pre_store_finish_write (store, ok, DELIBERATION_TABLES, error))
    {
      set_id (deliberation, old_id);
      return FALSE;
    }
  return TRUE;
}

#define DELIBERATION_SELECT \
  "SELECT d.id, d.meeting_id, d.position, d.number, d.subject, d.body_text, d.matter_code," \
  " d.votes_for, d.votes_against, d.abstentions, d.president_vote, d.convention_id," \
  " m.date, b.name, b.body" \
  " FROM deliberation d JOIN meeting m ON m.id = d.meeting_id JOIN board b ON b.id = m.board_id "

static PreDeliberation *
deliberation_from_row (PreStmt *stmt)
{
  PreDeliberation *self = pre_deliberation_new ();
  PrePresidentVote vote = PRE_PRESIDENT_VOTE_UNKNOWN;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->meeting_id = sqlite3_column_int64 (stmt, 1);
  self->position = sqlite3_column_int (stmt, 2);
  g_set_str (&self->number, pre_column_text (stmt, 3));
  g_set_str (&self->subject, pre_column_text (stmt, 4));
  g_set_str (&self->body_text, pre_column_text (stmt, 5));
  g_set_str (&self->matter_code, pre_column_text (stmt, 6));
  self->votes_for = (guint)sqlite3_column_int64 (stmt, 7);
  self->votes_against = (guint)sqlite3_column_int64 (stmt, 8);
  self->abstentions = (guint)sqlite3_column_int64 (stmt, 9);
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    pre_president_vote_from_string (pre_column_text (stmt, 10), &vote);
  self->president_vote = vote;
  self->convention_id = sqlite3_column_int64 (stmt, 11);
  g_set_str (&self->meeting_date, pre_column_text (stmt, 12));
  g_free (self->board_name);
  /* TRANSLATORS: a board's title: "Conseil d'Administration — Centre Communal d'Action Sociale de DIJON" */
  self->board_name = g_strdup_printf (_("%s — %s"), pre_column_text (stmt, 13), pre_column_text (stmt, 14));
  return self;
}

static gboolean
load_children (PreStore         *store,
               PreDeliberation  *self,
               GError          **error)
{
  g_autoptr(PreStmt) decisions = NULL;
  g_autoptr(PreStmt) recipients = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;

  decisions = pre_store_prepare (store,
                                 "SELECT text FROM deliberation_decision WHERE deliberation_id = ?1"
                                 " ORDER BY position, id",
                                 error);
  if (decisions == NULL)
    return FALSE;
  sqlite3_bind_int64 (decisions, 1, self->id);
  while (pre_store_step_row (store, decisions, &local_error))
    g_strv_builder_add (builder, pre_column_text (decisions, 0));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_strfreev (self->decisions);
  self->decisions = g_strv_builder_end (builder);

  recipients = pre_store_prepare (store,
                                  "SELECT name, copies FROM deliberation_recipient WHERE deliberation_id = ?1"
                                  " ORDER BY position, id",
                                  error);
  if (recipients == NULL)
    return FALSE;
  sqlite3_bind_int64 (recipients, 1, self->id);
  g_list_store_remove_all (self->recipients);
  while (pre_store_step_row (store, recipients, &local_error))
    {
      g_autoptr(PreRecipient) recipient = pre_recipient_new (pre_column_text (recipients, 0),
                                                             (guint)sqlite3_column_int64 (recipients, 1));
      g_list_store_append (self->recipients, recipient);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

PreDeliberation *
pre_store_get_deliberation (PreStore  *store,
                            gint64     id,
                            GError   **error)
{
  g_autoptr(PreDeliberation) deliberation = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  deliberation = pre_store_get_by_id (store, DELIBERATION_SELECT "WHERE d.id = ?1",
                                      id, (PreRowFunc)deliberation_from_row,
                                      _("The deliberation no longer exists."), error);
  if (deliberation == NULL || !load_children (store, deliberation, error))
    return NULL;
  return g_steal_pointer (&deliberation);
}

gboolean
pre_store_delete_deliberation (PreStore  *store,
                               gint64     id,
                               GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);

  return pre_store_delete_by_id (store, "deliberation", id,
                                 _("The deliberation no longer exists."),
                                 NULL, DELIBERATION_TABLES, error);
}

static GListModel *
list_deliberations (PreStore    *store,
                    const char  *sql,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  list = pre_store_list_for_id (store, sql, id, PRE_TYPE_DELIBERATION,
                                (PreRowFunc)deliberation_from_row, error);
  if (list == NULL)
    return NULL;

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (list, i);

      if (!load_children (store, deliberation, error))
        return NULL;
    }
  return g_steal_pointer (&list);
}

GListModel *
pre_store_list_deliberations (PreStore  *store,
                              gint64     meeting_id,
                              GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return list_deliberations (store,
                             DELIBERATION_SELECT "WHERE d.meeting_id = ?1 ORDER BY d.position, d.id",
                             meeting_id, error);
}

GListModel *
pre_store_list_deliberations_for_convention (PreStore  *store,
                                             gint64     convention_id,
                                             GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  return list_deliberations (store,
                             DELIBERATION_SELECT "WHERE d.convention_id = ?1"
                             " ORDER BY m.date, m.id, d.position, d.id",
                             convention_id, error);
}
