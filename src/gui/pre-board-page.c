/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-board-page.h"
#include "pre-window.h"

/* The séances of the board and their deliberations. */

struct _PreBoardPage
{
  PrePage parent_instance;

  /* Template widgets */
  GtkDropDown *year_dropdown;
};

G_DEFINE_FINAL_TYPE (PreBoardPage, pre_board_page, PRE_TYPE_PAGE)

static void
add_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  pre_window_toast_for_widget (widget, _("Adding meetings is coming soon"));
}

static void
pre_board_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_BOARD_PAGE);

  G_OBJECT_CLASS (pre_board_page_parent_class)->dispose (object);
}

static void
pre_board_page_class_init (PreBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_board_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, year_dropdown);
  gtk_widget_class_install_action (widget_class, "board.add-meeting", NULL, add_meeting_action);
}

static void
pre_board_page_init (PreBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);
}

GtkWidget *
pre_board_page_new (void)
{
  return g_object_new (PRE_TYPE_BOARD_PAGE, NULL);
}
