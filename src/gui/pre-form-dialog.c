/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-error.h"
#include "pre-form-dialog.h"
#include "pre-money.h"

struct _PreFormDialog
{
  AdwDialog             parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *group;
  GtkLabel             *message_label;
  GtkButton            *save_button;

  GHashTable           *rows;
  PreFormFunc           check;
  PreFormFunc           save;
  gpointer              user_data;
  GDestroyNotify        destroy;
  gboolean              valid;
};

G_DEFINE_FINAL_TYPE (PreFormDialog, pre_form_dialog, ADW_TYPE_DIALOG)

static void
show_error (PreFormDialog *self,
            const GError  *error)
{
  GHashTableIter iter;
  gpointer row;
  const char *field = NULL;

  if (error != NULL && error->domain == PRE_VALIDATION_ERROR)
    field = pre_validation_error_get_field (error);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    gtk_widget_remove_css_class (row, "error");
  if (field != NULL && (row = g_hash_table_lookup (self->rows, field)) != NULL)
    gtk_widget_add_css_class (row, "error");

  gtk_label_set_text (self->message_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), error != NULL);

  /* An AdwDialog keeps the height it opened with: a message appearing
   * later (a refused Save) would be cut at the bottom. Grow to show it. */
  if (error != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      GtkWidget *child = adw_dialog_get_child (ADW_DIALOG (self));
      int width = gtk_widget_get_width (child);
      int natural = 0;

      if (width > 0)
        {
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
          if (natural > gtk_widget_get_height (child))
            adw_dialog_set_content_height (ADW_DIALOG (self), natural);
        }
    }
}

void
pre_form_dialog_check (PreFormDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PRE_IS_FORM_DIALOG (self));

  self->valid = self->check == NULL || self->check (self, self->user_data, &error);
  if (!self->valid && error == NULL)
    g_set_error_literal (&error, PRE_VALIDATION_ERROR, PRE_VALIDATION_ERROR_INVALID,
                         _("Some fields are not filled in correctly."));
  show_error (self, self->valid ? NULL : error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save", self->valid);
}

static void
changed_cb (PreFormDialog *self)
{
  pre_form_dialog_check (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreFormDialog *self = PRE_FORM_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  pre_form_dialog_check (self);
  if (!self->valid)
    return;
  if (self->save != NULL && !self->save (self, self->user_data, &error))
    {
      show_error (self, error);
      return;
    }
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  adw_dialog_force_close (ADW_DIALOG (widget));
}

static void
entry_activated_cb (PreFormDialog *self)
{
  if (self->valid)
    gtk_widget_activate_action (GTK_WIDGET (self), "form.save", NULL);
}

static void
pre_form_dialog_dispose (GObject *object)
{
  PreFormDialog *self = PRE_FORM_DIALOG (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->destroy = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_FORM_DIALOG);

  G_OBJECT_CLASS (pre_form_dialog_parent_class)->dispose (object);
}

static void
pre_form_dialog_finalize (GObject *object)
{
  PreFormDialog *self = PRE_FORM_DIALOG (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (pre_form_dialog_parent_class)->finalize (object);
}

static void
pre_form_dialog_class_init (PreFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_form_dialog_dispose;
  object_class->finalize = pre_form_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-form-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreFormDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PreFormDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, PreFormDialog, save_button);

  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "form.save", NULL);
}

static void
pre_form_dialog_init (PreFormDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->valid = TRUE;
}

PreFormDialog *
pre_form_dialog_new (const char *title,
                     const char *save_label)
{
  PreFormDialog *self = g_object_new (PRE_TYPE_FORM_DIALOG, "title", title, NULL);

  if (save_label != NULL)
    gtk_button_set_label (self->save_button, save_label);
  return self;
}

void
pre_form_dialog_set_funcs (PreFormDialog  *self,
                           PreFormFunc     check,
                           PreFormFunc     save,
                           gpointer        user_data,
                           GDestroyNotify  destroy)
{
  g_return_if_fail (PRE_IS_FORM_DIALOG (self));

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->check = check;
  self->save = save;
  self->user_data = user_data;
  self->destroy = destroy;
}

void
pre_form_dialog_set_description (PreFormDialog *self,
                                 const char    *description)
{
  g_return_if_fail (PRE_IS_FORM_DIALOG (self));

  adw_preferences_group_set_description (self->group, description);
}

static void
add_row (PreFormDialog *self,
         const char    *field,
         GtkWidget     *row)
{
  adw_preferences_group_add (self->group, row);
  g_hash_table_insert (self->rows, g_strdup (field), row);
}

GtkWidget *
pre_form_dialog_add_entry (PreFormDialog *self,
                           const char    *field,
                           const char    *title,
                           const char    *text)
{
  GtkWidget *row;

  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), NULL);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  add_row (self, field, row);
  return row;
}

GtkWidget *
pre_form_dialog_add_combo (PreFormDialog      *self,
                           const char         *field,
                           const char         *title,
                           const char * const *items,
                           guint               selected)
{
  g_autoptr(GtkStringList) model = NULL;
  GtkWidget *row;

  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), NULL);

  model = gtk_string_list_new (items);
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (changed_cb), self);
  add_row (self, field, row);
  return row;
}

GtkWidget *
pre_form_dialog_add_spin (PreFormDialog *self,
                          const char    *field,
                          const char    *title,
                          int            min,
                          int            max,
                          int            value)
{
  GtkWidget *row;

  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), NULL);

  row = adw_spin_row_new_with_range (min, max, 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_spin_row_set_value (ADW_SPIN_ROW (row), value);
  g_signal_connect_swapped (row, "notify::value", G_CALLBACK (changed_cb), self);
  add_row (self, field, row);
  return row;
}

GtkWidget *
pre_form_dialog_add_switch (PreFormDialog *self,
                            const char    *field,
                            const char    *title,
                            gboolean       active)
{
  GtkWidget *row;

  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), NULL);

  row = adw_switch_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), active);
  g_signal_connect_swapped (row, "notify::active", G_CALLBACK (changed_cb), self);
  add_row (self, field, row);
  return row;
}

gboolean
pre_form_dialog_get_active (PreFormDialog *self,
                            const char    *field)
{
  GtkWidget *row = pre_form_dialog_get_row (self, field);

  g_return_val_if_fail (ADW_IS_SWITCH_ROW (row), FALSE);
  return adw_switch_row_get_active (ADW_SWITCH_ROW (row));
}

GtkWidget *
pre_form_dialog_get_row (PreFormDialog *self,
                         const char    *field)
{
  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), NULL);

  return g_hash_table_lookup (self->rows, field);
}

const char *
pre_form_dialog_get_text (PreFormDialog *self,
                          const char    *field)
{
  GtkWidget *row = pre_form_dialog_get_row (self, field);

  g_return_val_if_fail (GTK_IS_EDITABLE (row), "");
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

guint
pre_form_dialog_get_selected (PreFormDialog *self,
                              const char    *field)
{
  GtkWidget *row = pre_form_dialog_get_row (self, field);

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), 0);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

int
pre_form_dialog_get_int (PreFormDialog *self,
                         const char    *field)
{
  GtkWidget *row = pre_form_dialog_get_row (self, field);

  g_return_val_if_fail (ADW_IS_SPIN_ROW (row), 0);
  return (int)adw_spin_row_get_value (ADW_SPIN_ROW (row));
}

gboolean
pre_form_dialog_get_money (PreFormDialog  *self,
                           const char     *field,
                           gint64         *cents,
                           GError        **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *text = g_strstrip (g_strdup (pre_form_dialog_get_text (self, field)));

  if (*text == '\0')
    {
      *cents = 0;
      return TRUE;
    }
  if (!pre_money_parse (text, cents, &local))
    {
      GtkWidget *row = pre_form_dialog_get_row (self, field);

      /* The field named, as the message is under all the rows:
       * "Annual Forecast Cost: “1O 000” is not an amount." */
      if (ADW_IS_PREFERENCES_ROW (row))
        pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, field, _("%s: %s"),
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), local->message);
      else
        pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, field, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_form_dialog_can_save (PreFormDialog *self)
{
  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), FALSE);

  return self->valid;
}

const char *
pre_form_dialog_get_message (PreFormDialog *self)
{
  g_return_val_if_fail (PRE_IS_FORM_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label)) ?
         gtk_label_get_text (self->message_label) : NULL;
}
