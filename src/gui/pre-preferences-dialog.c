/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-application.h"
#include "pre-preferences-dialog.h"
#include "pre-youth-code-purge.h"

struct _PrePreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  /* Template widgets */
  AdwActionRow         *database_row;
  AdwSwitchRow         *mask_row;
  AdwActionRow         *purge_row;
  AdwSpinRow           *retention_row;
};

G_DEFINE_FINAL_TYPE (PrePreferencesDialog, pre_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

/* The application's store and settings: the same purge as at start-up. */
static void
purge_cb (PrePreferencesDialog *self)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_purged = 0;

  if (!PRE_IS_APPLICATION (app) || pre_application_get_store (PRE_APPLICATION (app)) == NULL)
    return;

  if (!pre_youth_code_purge_run (pre_application_get_store (PRE_APPLICATION (app)),
                                 pre_application_get_settings (PRE_APPLICATION (app)),
                                 NULL, &n_purged, &error))
    {
      adw_action_row_set_subtitle (self->purge_row, error->message);
      return;
    }

  if (n_purged == 0)
    text = g_strdup (_("No code was older than the retention period."));
  else
    text = g_strdup_printf (ngettext ("%u code was removed.", "%u codes were removed.", n_purged),
                            n_purged);
  adw_action_row_set_subtitle (self->purge_row, text);
}

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
  gtk_widget_class_bind_template_child (widget_class, PrePreferencesDialog, purge_row);
  gtk_widget_class_bind_template_child (widget_class, PrePreferencesDialog, retention_row);
  gtk_widget_class_bind_template_callback (widget_class, purge_cb);
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
