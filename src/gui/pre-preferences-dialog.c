/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-preferences-dialog.h"

struct _PrePreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  /* Template widgets */
  AdwActionRow         *database_row;
  AdwSwitchRow         *mask_row;
  AdwSpinRow           *retention_row;
};

G_DEFINE_FINAL_TYPE (PrePreferencesDialog, pre_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

static void
pre_preferences_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_PREFERENCES_DIALOG);

  G_OBJECT_CLASS (pre_preferences_dialog_parent_class)->dispose (object);
}

static void
pre_preferences_dialog_class_init (PrePreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PrePreferencesDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, PrePreferencesDialog, mask_row);
  gtk_widget_class_bind_template_child (widget_class, PrePreferencesDialog, retention_row);
}

static void
pre_preferences_dialog_init (PrePreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * pre_preferences_dialog_new:
 * @settings: the application's settings; the rows write to it as they change
 * @database_path: (nullable): the database file in use
 */
AdwDialog *
pre_preferences_dialog_new (GSettings  *settings,
                            const char *database_path)
{
  PrePreferencesDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PRE_TYPE_PREFERENCES_DIALOG, NULL);

  g_settings_bind (settings, "retention-months", self->retention_row, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "mask-small-counts", self->mask_row, "active",
                   G_SETTINGS_BIND_DEFAULT);

  if (database_path != NULL)
    {
      g_autofree char *display = g_filename_display_name (database_path);
      adw_action_row_set_subtitle (self->database_row, display);
    }
  else
    adw_action_row_set_subtitle (self->database_row, _("No database is open."));

  return ADW_DIALOG (self);
}
