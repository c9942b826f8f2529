/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-overview-page.h"

/* The first page: the convention at a glance. Until there is one, it offers to set it up or to explore the example. */

struct _PreOverviewPage
{
  PrePage parent_instance;

  /* Template widgets */
  GtkDropDown *year_dropdown;
};

G_DEFINE_FINAL_TYPE (PreOverviewPage, pre_overview_page, PRE_TYPE_PAGE)

static void
pre_overview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (pre_overview_page_parent_class)->dispose (object);
}

static void
pre_overview_page_class_init (PreOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_overview_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreOverviewPage, year_dropdown);
}

static void
pre_overview_page_init (PreOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);
}

GtkWidget *
pre_overview_page_new (void)
{
  return g_object_new (PRE_TYPE_OVERVIEW_PAGE, NULL);
}
