/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-territories-page.h"
#include "pre-window.h"

/* The communes with their priority neighbourhoods, and the signatory bodies. */

struct _PreTerritoriesPage
{
  PrePage parent_instance;
};

G_DEFINE_FINAL_TYPE (PreTerritoriesPage, pre_territories_page, PRE_TYPE_PAGE)

static void
add_territory_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  pre_window_toast_for_widget (widget, _("Adding territories is coming soon"));
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  pre_window_toast_for_widget (widget, _("Adding partners is coming soon"));
}

static void
pre_territories_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_TERRITORIES_PAGE);

  G_OBJECT_CLASS (pre_territories_page_parent_class)->dispose (object);
}

static void
pre_territories_page_class_init (PreTerritoriesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_territories_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-territories-page.ui");
  gtk_widget_class_install_action (widget_class, "territories.add-territory", NULL, add_territory_action);
  gtk_widget_class_install_action (widget_class, "territories.add-partner", NULL, add_partner_action);
}

static void
pre_territories_page_init (PreTerritoriesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pre_territories_page_new (void)
{
  return g_object_new (PRE_TYPE_TERRITORIES_PAGE, NULL);
}
