/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-board-rules.h"
#include "pre-deliberation-dialog.h"
#include "pre-error.h"
#include "pre-recipient.h"

struct _PreDeliberationDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwSpinRow *abstentions_row;
  AdwSwitchRow *convention_row;
  AdwPreferencesGroup *convention_group;
  AdwPreferencesGroup *decisions_group;
  GtkLabel *decisions_message;
  GtkLabel *details_message;
  AdwEntryRow *number_row;
  AdwActionRow *outcome_row;
  AdwComboRow *president_vote_row;
  AdwPreferencesGroup *recipients_group;
  GtkLabel *recipients_message;
  GtkButton *save_button;
  AdwEntryRow *subject_row;
  GtkTextView *text_view;
  GtkLabel *vote_message;
  AdwSpinRow *votes_against_row;
  AdwSpinRow *votes_for_row;

  PreStore *store;
  PreConvention *convention;
  PreDeliberation *deliberation;
  gint64 meeting_id;
  int position;
  /* AdwEntryRow per decision; per recipient an AdwEntryRow holding its
   * copies GtkSpinButton as "copies". */
  GPtrArray *decision_rows;
  GPtrArray *recipient_rows;
  char *outcome;
  char *message;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (PreDeliberationDialog, pre_deliberation_dialog, ADW_TYPE_DIALOG)

static void validate (PreDeliberationDialog *self);

static void
changed_cb (PreDeliberationDialog *self)
{
  validate (self);
}

/* Decisions and recipients: lines to add and remove */

static void
remove_line_cb (GtkButton *button,
                GtkWidget *row)
{
  PreDeliberationDialog *self = PRE_DELIBERATION_DIALOG (gtk_widget_get_ancestor (row, PRE_TYPE_DELIBERATION_DIALOG));
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP));

  g_ptr_array_remove (self->decision_rows, row);
  g_ptr_array_remove (self->recipient_rows, row);
  adw_preferences_group_remove (group, row);
  validate (self);
}

static GtkWidget *
add_remove_button (AdwEntryRow *row,
                   const char  *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (remove_line_cb), row);
  adw_entry_row_add_suffix (row, button);
  return button;
}

static void
renumber (GPtrArray *rows,
          gboolean   decisions)
{
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *title = NULL;

      if (decisions)
        title = g_strdup_printf (_("Decision %u"), i + 1);
      else
        title = g_strdup_printf (_("Recipient %u"), i + 1);
      adw_preferences_row_set_title (g_ptr_array_index (rows, i), title);
    }
}

static AdwEntryRow *
add_decision (PreDeliberationDialog *self,
              const char            *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  add_remove_button (row, _("Remove the Decision"));
  g_signal_connect_object (row, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->decisions_group, GTK_WIDGET (row));
  g_ptr_array_add (self->decision_rows, row);
  return row;
}

static AdwEntryRow *
add_recipient (PreDeliberationDialog *self,
               const char            *name,
               guint                  copies)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99, 1);

  gtk_editable_set_text (GTK_EDITABLE (row), name);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), copies);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, _("Copies"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copies"), -1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (row, spin);
  g_object_set_data (G_OBJECT (row), "copies", spin);
  add_remove_button (row, _("Remove the Recipient"));
  g_signal_connect_object (row, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->recipients_group, GTK_WIDGET (row));
  g_ptr_array_add (self->recipient_rows, row);
  return row;
}

static void
add_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PreDeliberationDialog *self = PRE_DELIBERATION_DIALOG (widget);

  gtk_widget_grab_focus (GTK_WIDGET (add_decision (self, "")));
  validate (self);
}

static void
add_recipient_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PreDeliberationDialog *self = PRE_DELIBERATION_DIALOG (widget);

  gtk_widget_grab_focus (GTK_WIDGET (add_recipient (self, "", 1)));
  validate (self);
}

/* Checking */

static PreDeliberation *
build_deliberation (PreDeliberationDialog *self)
{
  PreDeliberation *deliberation = pre_deliberation_new ();
  g_autoptr(GStrvBuilder) decisions = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autoptr(GListStore) recipients = g_list_store_new (PRE_TYPE_RECIPIENT);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  gint64 convention_id = 0;

  if (self->deliberation != NULL)
    {
      g_object_set (deliberation, "id", pre_deliberation_get_id (self->deliberation), NULL);
      pre_deliberation_set_position (deliberation, pre_deliberation_get_position (self->deliberation));
      pre_deliberation_set_matter_code (deliberation, pre_deliberation_get_matter_code (self->deliberation));
      convention_id = pre_deliberation_get_convention_id (self->deliberation);
    }
  else
    pre_deliberation_set_position (deliberation, self->position);
  pre_deliberation_set_meeting_id (deliberation, self->meeting_id);
  pre_deliberation_set_number (deliberation, gtk_editable_get_text (GTK_EDITABLE (self->number_row)));
  pre_deliberation_set_subject (deliberation, gtk_editable_get_text (GTK_EDITABLE (self->subject_row)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  pre_deliberation_set_body_text (deliberation, text);

  for (guint i = 0; i < self->decision_rows->len; i++)
    g_strv_builder_add (decisions, gtk_editable_get_text (g_ptr_array_index (self->decision_rows, i)));
  strv = g_strv_builder_end (decisions);
  pre_deliberation_set_decisions (deliberation, (const char * const *)strv);

  for (guint i = 0; i < self->recipient_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->recipient_rows, i);
      GtkSpinButton *spin = g_object_get_data (G_OBJECT (row), "copies");
      g_autoptr(PreRecipient) recipient = NULL;

      recipient = pre_recipient_new (gtk_editable_get_text (GTK_EDITABLE (row)),
                                     gtk_spin_button_get_value_as_int (spin));
      g_list_store_append (recipients, recipient);
    }
  pre_deliberation_set_recipients (deliberation, G_LIST_MODEL (recipients));

  pre_deliberation_set_votes_for (deliberation, adw_spin_row_get_value (self->votes_for_row));
  pre_deliberation_set_votes_against (deliberation, adw_spin_row_get_value (self->votes_against_row));
  pre_deliberation_set_abstentions (deliberation, adw_spin_row_get_value (self->abstentions_row));
  pre_deliberation_set_president_vote (deliberation, adw_combo_row_get_selected (self->president_vote_row));

  if (self->convention != NULL)
    {
      if (adw_switch_row_get_active (self->convention_row))
        convention_id = pre_convention_get_id (self->convention);
      else if (convention_id == pre_convention_get_id (self->convention))
        convention_id = 0;
    }
  pre_deliberation_set_convention_id (deliberation, convention_id);
  return deliberation;
}

static void
show_message (GtkLabel   *label,
              const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
mark (gpointer widget,
      gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (widget), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (widget), "error");
}

static void
validate (PreDeliberationDialog *self)
{
  g_autoptr(PreDeliberation) deliberation = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  gboolean votes;

  if (self->loading)
    return;

  renumber (self->decision_rows, TRUE);
  renumber (self->recipient_rows, FALSE);

  deliberation = build_deliberation (self);
  g_free (self->outcome);
  self->outcome = pre_deliberation_dup_outcome_text (deliberation);
  adw_action_row_set_subtitle (self->outcome_row, self->outcome);

  pre_store_validate_deliberation (self->store, deliberation, &error);
  if (error != NULL)
    field = pre_validation_error_get_field (error);
  if (field == NULL)
    field = "";
  g_clear_pointer (&self->message, g_free);
  if (error != NULL)
    self->message = g_strdup (error->message);

  votes = g_str_has_prefix (field, "votes") || g_str_equal (field, "abstentions")
          || g_str_equal (field, "president-vote");
  mark (self->number_row, g_str_equal (field, "number"));
  mark (self->subject_row, g_str_equal (field, "subject"));
  mark (self->votes_for_row, g_str_equal (field, "votes-for"));
  mark (self->votes_against_row, g_str_equal (field, "votes-against"));
  mark (self->abstentions_row, g_str_equal (field, "abstentions"));

  show_message (self->decisions_message, g_str_equal (field, "decisions") ? self->message : NULL);
  show_message (self->recipients_message, g_str_equal (field, "recipients") ? self->message : NULL);
  show_message (self->vote_message, votes ? self->message : NULL);
  show_message (self->details_message,
                error != NULL && !votes && !g_str_equal (field, "decisions")
                  && !g_str_equal (field, "recipients") ? self->message : NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deliberation-dialog.save", error == NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreDeliberationDialog *self = PRE_DELIBERATION_DIALOG (widget);
  g_autoptr(PreDeliberation) deliberation = build_deliberation (self);
  g_autoptr(GError) error = NULL;

  if (!pre_store_save_deliberation (self->store, deliberation, &error))
    {
      g_clear_pointer (&self->message, g_free);
      self->message = g_strdup (error->message);
      show_message (self->details_message, self->message);
      return;
    }
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
pre_deliberation_dialog_get_outcome (PreDeliberationDialog *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION_DIALOG (self), NULL);

  return self->outcome;
}

const char *
pre_deliberation_dialog_get_message (PreDeliberationDialog *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION_DIALOG (self), NULL);

  return self->message;
}

AdwSpinRow *
pre_deliberation_dialog_get_votes_for_row (PreDeliberationDialog *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION_DIALOG (self), NULL);

  return self->votes_for_row;
}

GtkWidget *
pre_deliberation_dialog_get_save_button (PreDeliberationDialog *self)
{
  g_return_val_if_fail (PRE_IS_DELIBERATION_DIALOG (self), NULL);

  return GTK_WIDGET (self->save_button);
}

static void
pre_deliberation_dialog_dispose (GObject *object)
{
  PreDeliberationDialog *self = PRE_DELIBERATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_DELIBERATION_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->convention);
  g_clear_object (&self->deliberation);

  G_OBJECT_CLASS (pre_deliberation_dialog_parent_class)->dispose (object);
}

static void
pre_deliberation_dialog_finalize (GObject *object)
{
  PreDeliberationDialog *self = PRE_DELIBERATION_DIALOG (object);

  g_clear_pointer (&self->decision_rows, g_ptr_array_unref);
  g_clear_pointer (&self->recipient_rows, g_ptr_array_unref);
  g_free (self->outcome);
  g_free (self->message);

  G_OBJECT_CLASS (pre_deliberation_dialog_parent_class)->finalize (object);
}

static void
pre_deliberation_dialog_class_init (PreDeliberationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_deliberation_dialog_dispose;
  object_class->finalize = pre_deliberation_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-deliberation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, abstentions_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, convention_group);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, convention_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, decisions_group);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, decisions_message);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, details_message);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, president_vote_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, recipients_group);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, recipients_message);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, vote_message);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, votes_against_row);
  gtk_widget_class_bind_template_child (widget_class, PreDeliberationDialog, votes_for_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "deliberation-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "deliberation-dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "deliberation-dialog.add-decision", NULL,
                                   add_decision_action);
  gtk_widget_class_install_action (widget_class, "deliberation-dialog.add-recipient", NULL,
                                   add_recipient_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "deliberation-dialog.save", NULL);
}

static void
pre_deliberation_dialog_init (PreDeliberationDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->decision_rows = g_ptr_array_new ();
  self->recipient_rows = g_ptr_array_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}

AdwDialog *
pre_deliberation_dialog_new (PreStore        *store,
                             PreConvention   *convention,
                             gint64           meeting_id,
                             PreDeliberation *deliberation)
{
  PreDeliberationDialog *self;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (convention == NULL || PRE_IS_CONVENTION (convention), NULL);
  g_return_val_if_fail (deliberation == NULL || PRE_IS_DELIBERATION (deliberation), NULL);

  self = g_object_new (PRE_TYPE_DELIBERATION_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;
  if (convention != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Approves the convention “%s”"),
                                                pre_convention_get_title (convention));

      self->convention = g_object_ref (convention);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->convention_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->convention_row), title);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->convention_group), convention != NULL);

  if (deliberation != NULL)
    {
      const char * const *decisions = pre_deliberation_get_decisions (deliberation);
      GListModel *recipients = pre_deliberation_get_recipients (deliberation);

      self->deliberation = g_object_ref (deliberation);
      self->meeting_id = pre_deliberation_get_meeting_id (deliberation);
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Deliberation"));
      gtk_editable_set_text (GTK_EDITABLE (self->number_row), pre_deliberation_get_number (deliberation));
      gtk_editable_set_text (GTK_EDITABLE (self->subject_row), pre_deliberation_get_subject (deliberation));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                                pre_deliberation_get_body_text (deliberation), -1);
      for (guint i = 0; decisions != NULL && decisions[i] != NULL; i++)
        add_decision (self, decisions[i]);
      for (guint i = 0; recipients != NULL && i < g_list_model_get_n_items (recipients); i++)
        {
          g_autoptr(PreRecipient) recipient = g_list_model_get_item (recipients, i);
          add_recipient (self, pre_recipient_get_name (recipient), pre_recipient_get_copies (recipient));
        }
      adw_spin_row_set_value (self->votes_for_row, pre_deliberation_get_votes_for (deliberation));
      adw_spin_row_set_value (self->votes_against_row, pre_deliberation_get_votes_against (deliberation));
      adw_spin_row_set_value (self->abstentions_row, pre_deliberation_get_abstentions (deliberation));
      adw_combo_row_set_selected (self->president_vote_row, pre_deliberation_get_president_vote (deliberation));
      adw_switch_row_set_active (self->convention_row,
                                 convention != NULL
                                 && pre_deliberation_get_convention_id (deliberation) == pre_convention_get_id (convention));
    }
  else
    {
      g_autoptr(GListModel) others = pre_store_list_deliberations (store, meeting_id, NULL);

      /* After the séance's other deliberations, in the register's order. */
      for (guint i = 0; others != NULL && i < g_list_model_get_n_items (others); i++)
        {
          g_autoptr(PreDeliberation) other = g_list_model_get_item (others, i);
          self->position = MAX (self->position, pre_deliberation_get_position (other));
        }
      self->position++;
      adw_switch_row_set_active (self->convention_row, FALSE);
    }

  self->loading = FALSE;
  validate (self);
  return ADW_DIALOG (self);
}
