/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-date.h"
#include "pre-error.h"
#include "pre-meeting-dialog.h"

struct _PreMeetingDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwComboRow *board_row;
  AdwEntryRow *convocation_date_row;
  AdwComboRow *convocation_row;
  AdwEntryRow *date_row;
  GtkLabel *message_label;
  AdwEntryRow *place_row;
  AdwComboRow *president_row;
  GtkButton *save_button;
  GtkLabel *warning_label;

  PreStore *store;
  PreMeeting *meeting;
  GArray *board_ids;
  GArray *member_ids;
  char *message;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (PreMeetingDialog, pre_meeting_dialog, ADW_TYPE_DIALOG)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fill_presidents (PreMeetingDialog *self,
                 gint64            board_id,
                 gint64            president_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) members = NULL;
  guint selected = 0;
  gint64 none = 0;

  g_array_set_size (self->member_ids, 0);
  gtk_string_list_append (names, _("Not recorded"));
  g_array_append_val (self->member_ids, none);
  if (board_id != 0)
    members = pre_store_list_board_members (self->store, board_id, NULL, NULL);
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PreBoardMember) member = g_list_model_get_item (members, i);
      g_autofree char *name = pre_board_member_dup_full_name (member);
      gint64 id = pre_board_member_get_id (member);

      gtk_string_list_append (names, name);
      g_array_append_val (self->member_ids, id);
      if (id == president_id)
        selected = self->member_ids->len - 1;
    }
  adw_combo_row_set_model (self->president_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->president_row, selected);
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

static void
mark (GtkWidget *row,
      gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* The séance the fields describe, or NULL with the first problem. */
static PreMeeting *
build_meeting (PreMeetingDialog  *self,
               GError           **error)
{
  g_autoptr(PreMeeting) meeting = pre_meeting_new ();
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *convocation_text = gtk_editable_get_text (GTK_EDITABLE (self->convocation_date_row));
  g_autofree char *date = NULL;
  g_autofree char *convocation = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->meeting != NULL)
    g_object_set (meeting, "id", pre_meeting_get_id (self->meeting), NULL);
  pre_meeting_set_board_id (meeting, selected_id (self->board_row, self->board_ids));
  if (*date_text != '\0' && !pre_date_parse (date_text, &date, &local_error))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The date of the séance: %s"), local_error->message);
      return NULL;
    }
  pre_meeting_set_date (meeting, date != NULL ? date : "");
  g_clear_error (&local_error);
  if (*convocation_text != '\0' && !pre_date_parse (convocation_text, &convocation, &local_error))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "convocation-date",
                                _("The convocation date: %s"), local_error->message);
      return NULL;
    }
  pre_meeting_set_convocation_date (meeting, convocation);
  pre_meeting_set_place (meeting, gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  pre_meeting_set_president_id (meeting, selected_id (self->president_row, self->member_ids));
  pre_meeting_set_convocation (meeting, adw_combo_row_get_selected (self->convocation_row) == 1 ? 2 : 1);

  if (!pre_store_validate_meeting (self->store, meeting, error))
    return NULL;
  return g_steal_pointer (&meeting);
}

static void
validate (PreMeetingDialog *self)
{
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  const char *field = NULL;

  if (self->loading)
    return;
  meeting = build_meeting (self, &error);
  if (error != NULL)
    field = pre_validation_error_get_field (error);

  mark (GTK_WIDGET (self->board_row), g_strcmp0 (field, "board-id") == 0);
  mark (GTK_WIDGET (self->date_row), g_strcmp0 (field, "date") == 0);
  mark (GTK_WIDGET (self->convocation_date_row), g_strcmp0 (field, "convocation-date") == 0);
  mark (GTK_WIDGET (self->president_row), g_strcmp0 (field, "president-id") == 0);
  mark (GTK_WIDGET (self->convocation_row), g_strcmp0 (field, "convocation") == 0);

  g_clear_pointer (&self->message, g_free);
  if (error != NULL)
    self->message = g_strdup (error->message);
  gtk_label_set_label (self->message_label, self->message != NULL ? self->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), self->message != NULL);

  if (meeting != NULL)
    pre_meeting_convocation_warning (meeting, &warning);
  gtk_label_set_label (self->warning_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), warning != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting-dialog.save", meeting != NULL);
}

static void
changed_cb (PreMeetingDialog *self)
{
  validate (self);
}

static void
board_changed_cb (PreMeetingDialog *self)
{
  if (self->loading)
    return;
  fill_presidents (self, selected_id (self->board_row, self->board_ids), 0);
  validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreMeetingDialog *self = PRE_MEETING_DIALOG (widget);
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  meeting = build_meeting (self, &error);
  if (meeting == NULL || !pre_store_save_meeting (self->store, meeting, &error))
    {
      g_clear_pointer (&self->message, g_free);
      self->message = g_strdup (error->message);
      gtk_label_set_label (self->message_label, self->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, pre_meeting_get_id (meeting));
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

const char *
pre_meeting_dialog_get_message (PreMeetingDialog *self)
{
  g_return_val_if_fail (PRE_IS_MEETING_DIALOG (self), NULL);

  return self->message;
}

static void
pre_meeting_dialog_dispose (GObject *object)
{
  PreMeetingDialog *self = PRE_MEETING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_MEETING_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (pre_meeting_dialog_parent_class)->dispose (object);
}

static void
pre_meeting_dialog_finalize (GObject *object)
{
  PreMeetingDialog *self = PRE_MEETING_DIALOG (object);

  g_clear_pointer (&self->board_ids, g_array_unref);
  g_clear_pointer (&self->member_ids, g_array_unref);
  g_free (self->message);

  G_OBJECT_CLASS (pre_meeting_dialog_parent_class)->finalize (object);
}

static void
pre_meeting_dialog_class_init (PreMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_meeting_dialog_dispose;
  object_class->finalize = pre_meeting_dialog_finalize;

  /**
   * PreMeetingDialog::saved:
   * @id: the id of the séance saved
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, board_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, convocation_date_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, convocation_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, president_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingDialog, warning_label);
  gtk_widget_class_bind_template_callback (widget_class, board_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "meeting-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "meeting-dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "meeting-dialog.save", NULL);
}

static void
pre_meeting_dialog_init (PreMeetingDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->board_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->member_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

AdwDialog *
pre_meeting_dialog_new (PreStore   *store,
                        PreMeeting *meeting)
{
  PreMeetingDialog *self;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GListModel) boards = NULL;
  gint64 board_id = meeting != NULL ? pre_meeting_get_board_id (meeting) : 0;
  guint selected = 0;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting == NULL || PRE_IS_MEETING (meeting), NULL);

  self = g_object_new (PRE_TYPE_MEETING_DIALOG, NULL);
  self->store = g_object_ref (store);
  if (meeting != NULL)
    {
      self->meeting = g_object_ref (meeting);
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Séance"));
    }

  boards = pre_store_list_boards (store, NULL);
  for (guint i = 0; boards != NULL && i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(PreBoard) board = g_list_model_get_item (boards, i);
      g_autofree char *title = pre_board_dup_title (board);
      gint64 id = pre_board_get_id (board);

      gtk_string_list_append (titles, title);
      g_array_append_val (self->board_ids, id);
      if (id == board_id)
        selected = i;
    }
  adw_combo_row_set_model (self->board_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->board_row, selected);
  fill_presidents (self, selected_id (self->board_row, self->board_ids),
                   meeting != NULL ? pre_meeting_get_president_id (meeting) : 0);

  if (meeting != NULL)
    {
      g_autofree char *date = pre_date_format_short (pre_meeting_get_date (meeting));

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
      if (pre_meeting_get_convocation_date (meeting) != NULL)
        {
          g_autofree char *convocation = pre_date_format_short (pre_meeting_get_convocation_date (meeting));
          gtk_editable_set_text (GTK_EDITABLE (self->convocation_date_row), convocation);
        }
      gtk_editable_set_text (GTK_EDITABLE (self->place_row), pre_meeting_get_place (meeting));
      adw_combo_row_set_selected (self->convocation_row, pre_meeting_get_convocation (meeting) == 2 ? 1 : 0);
    }
  self->loading = FALSE;
  validate (self);
  return ADW_DIALOG (self);
}
