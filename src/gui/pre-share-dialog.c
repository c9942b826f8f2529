/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-convention.h"
#include "pre-error.h"
#include "pre-money.h"
#include "pre-share-dialog.h"

/* A partner's participation for one year: one amount, checked as it is typed. */

struct _PreShareDialog
{
  AdwDialog parent_instance;

  PreStore        *store;
  PreFundingShare *share;
  /* Editing the year's forecast cost rather than a share. */
  gboolean         is_cost;
  gint64           cost;

  /* Template widgets */
  AdwEntryRow           *amount_row;
  AdwPreferencesGroup   *group;
  GtkLabel              *message_label;
  GtkWidget             *message_row;
  GtkWidget             *save_button;
};

G_DEFINE_FINAL_TYPE (PreShareDialog, pre_share_dialog, ADW_TYPE_DIALOG)

static void
show_message (PreShareDialog *self,
              const char     *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->message_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->amount_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount_row), "error");
}

/* Reads the amount into @share; FALSE with the message shown when it cannot
 * be saved. */
static gboolean
validate (PreShareDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  gint64 cents = 0;
  gboolean valid;

  if (!pre_money_parse (text, &cents, &error))
    {
      g_autofree char *message = NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      if (trimmed[0] == '\0')
        message = g_strdup (self->is_cost
                            ? _("Enter the forecast cost of the year, for example “20 000,00”.")
                            : _("Enter the amount of the participation, for example “4 820,00”."));
      else
        message = g_strdup (error->message);
      show_message (self, message);
      valid = FALSE;
    }
  else if (self->is_cost)
    {
      self->cost = cents;
      valid = TRUE;
      show_message (self, NULL);
    }
  else
    {
      pre_funding_share_set_amount (self->share, cents);
      valid = pre_funding_share_validate (self->share, &error);
      show_message (self, valid ? NULL : error->message);
    }
  gtk_widget_set_sensitive (self->save_button, valid);
  return valid;
}

static void
save_cb (PreShareDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!validate (self))
    return;
  if (self->is_cost)
    {
      if (!pre_store_set_convention_cost (self->store,
                                          pre_funding_share_get_convention_id (self->share),
                                          pre_funding_share_get_year (self->share),
                                          self->cost, &error))
        {
          show_message (self, error->message);
          gtk_widget_set_sensitive (self->save_button, FALSE);
          return;
        }
      adw_dialog_close (ADW_DIALOG (self));
      return;
    }
  /* Creates the share or changes its amount. */
  if (!pre_store_set_funding_share_amount (self->store,
                                           pre_funding_share_get_convention_id (self->share),
                                           pre_funding_share_get_partner_id (self->share),
                                           pre_funding_share_get_year (self->share),
                                           pre_funding_share_get_amount (self->share),
                                           &error))
    {
      show_message (self, error->message);
      gtk_widget_set_sensitive (self->save_button, FALSE);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
pre_share_dialog_dispose (GObject *object)
{
  PreShareDialog *self = PRE_SHARE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_SHARE_DIALOG);
  g_clear_object (&self->share);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pre_share_dialog_parent_class)->dispose (object);
}

static void
pre_share_dialog_class_init (PreShareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_share_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-share-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreShareDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, PreShareDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PreShareDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, PreShareDialog, message_row);
  gtk_widget_class_bind_template_child (widget_class, PreShareDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
pre_share_dialog_init (PreShareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->amount_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message_label, NULL,
                                  -1);
}

PreShareDialog *
pre_share_dialog_new (PreStore        *store,
                      PreFundingShare *share,
                      const char      *partner_name)
{
  PreShareDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (PRE_IS_FUNDING_SHARE (share), NULL);

  self = g_object_new (PRE_TYPE_SHARE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->share = g_object_ref (share);

  /* Translators: the heading of the participation dialog: a partner, a year. */
  title = g_strdup_printf (_("%s in %d"), partner_name, pre_funding_share_get_year (share));
  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group,
                                         _("What the partner pays into the convention this year."));
  amount = pre_money_format (pre_funding_share_get_amount (share));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  validate (self);
  return self;
}

PreShareDialog *
pre_share_dialog_new_for_cost (PreStore *store,
                               gint64    convention_id,
                               int       year,
                               gint64    cost)
{
  PreShareDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  self = g_object_new (PRE_TYPE_SHARE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->is_cost = TRUE;
  /* The convention and year ride on an unsaved share. */
  self->share = pre_funding_share_new ();
  pre_funding_share_set_convention_id (self->share, convention_id);
  pre_funding_share_set_year (self->share, year);

  adw_dialog_set_title (ADW_DIALOG (self), _("Annual Cost"));
  /* Translators: the heading of the annual cost dialog, with the year. */
  title = g_strdup_printf (_("Forecast cost of %d"), year);
  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group,
                                         _("What the convention’s actions are expected to cost this year; the participations should add up to it."));
  amount = pre_money_format (cost);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  validate (self);
  return self;
}

AdwEntryRow *
pre_share_dialog_get_amount_row (PreShareDialog *self)
{
  g_return_val_if_fail (PRE_IS_SHARE_DIALOG (self), NULL);

  return self->amount_row;
}

GtkWidget *
pre_share_dialog_get_save_button (PreShareDialog *self)
{
  g_return_val_if_fail (PRE_IS_SHARE_DIALOG (self), NULL);

  return self->save_button;
}

const char *
pre_share_dialog_get_message (PreShareDialog *self)
{
  g_return_val_if_fail (PRE_IS_SHARE_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->message_row) ? gtk_label_get_label (self->message_label) : "";
}
