/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-dialog-field.h"

void
pre_dialog_field_setup (PreDialogField *field,
                        const char     *name,
                        GtkWidget      *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *label;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  field->name = name;
  field->row = row;
  field->message_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field->message_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (field->message_row), FALSE);
  gtk_widget_set_focusable (field->message_row, FALSE);
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (field->message_row), label);
  field->message = GTK_LABEL (label);
  gtk_widget_set_visible (field->message_row, FALSE);
  gtk_list_box_insert (GTK_LIST_BOX (list), field->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
  /* The message is read with the field. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                  -1);
}

void
pre_dialog_field_set_message (PreDialogField *field,
                              const char     *message)
{
  gtk_label_set_label (field->message, message != NULL ? message : "");
  gtk_widget_set_visible (field->message_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
}

const char *
pre_dialog_field_get_message (PreDialogField *field)
{
  return gtk_widget_get_visible (field->message_row) ? gtk_label_get_label (field->message) : "";
}
