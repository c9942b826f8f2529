/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-board-page.h"
#include "pre-enums.h"
#include "pre-funding-page.h"
#include "pre-mission-page.h"
#include "pre-overview-page.h"
#include "pre-page.h"
#include "pre-session.h"
#include "pre-territories-page.h"
#include "pre-window.h"

typedef enum
{
  PAGE_OVERVIEW,
  PAGE_BOARD,
  PAGE_MISSION,
  PAGE_FUNDING,
  PAGE_TERRITORIES,
} PageKind;

typedef struct
{
  const char *name;
  PageKind    kind;
  int         mission;  /* PreMissionKind for PAGE_MISSION */
  const char *title;    /* NULL for missions: core names them */
  const char *icon_name;
} PageInfo;

/* Sidebar order. The names are those of --page, "win.page" and "last-page". */
static const PageInfo page_infos[] = {
  { "overview", PAGE_OVERVIEW, -1, N_("Overview"), "view-grid-symbolic" },
  { "board", PAGE_BOARD, -1, N_("Board meetings"), "system-users-symbolic" },
  { "coordination", PAGE_MISSION, PRE_MISSION_COORDINATION, NULL, "network-workgroup-symbolic" },
  { "psychology", PAGE_MISSION, PRE_MISSION_PSYCHOLOGY, NULL, "emoji-people-symbolic" },
  { "project", PAGE_MISSION, PRE_MISSION_PROJECT, NULL, "x-office-presentation-symbolic" },
  { "training", PAGE_MISSION, PRE_MISSION_TRAINING, NULL, "accessories-dictionary-symbolic" },
  { "funding", PAGE_FUNDING, -1, N_("Funding"), "x-office-spreadsheet-symbolic" },
  { "territories", PAGE_TERRITORIES, -1, N_("Territories & partners"), "mark-location-symbolic" },
};

static const char * const page_names[] = {
  "overview", "board", "coordination", "psychology", "project", "training", "funding",
  "territories", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (page_names) == G_N_ELEMENTS (page_infos) + 1);

struct _PreWindow
{
  AdwApplicationWindow    parent_instance;

  /* Template widgets */
  AdwNavigationPage      *content_page;
  GtkListBox             *sidebar;
  AdwNavigationSplitView *split_view;
  GtkStack               *stack;
  AdwToastOverlay        *toast_overlay;

  GSettings              *settings;
  PreStore               *store;
  PreSession             *session;
  AdwToast               *message_toast;
  guint                   page_index;
  gboolean                selecting_row;
};

G_DEFINE_FINAL_TYPE (PreWindow, pre_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
page_info_get_title (const PageInfo *info)
{
  if (info->kind == PAGE_MISSION)
    return pre_mission_kind_get_label ((PreMissionKind)info->mission);
  return g_dgettext (GETTEXT_PACKAGE, info->title);
}

static int
find_page (const char *name)
{
  if (name == NULL)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    if (g_str_equal (page_infos[i].name, name))
      return (int)i;
  return -1;
}

const char * const *
pre_window_get_page_names (void)
{
  return page_names;
}

gboolean
pre_window_is_page_name (const char *name)
{
  return find_page (name) >= 0;
}

static GtkWidget *
create_page (const PageInfo *info)
{
  switch (info->kind)
    {
    case PAGE_OVERVIEW:
      return pre_overview_page_new ();
    case PAGE_BOARD:
      return pre_board_page_new ();
    case PAGE_MISSION:
      return pre_mission_page_new ((PreMissionKind)info->mission);
    case PAGE_FUNDING:
      return pre_funding_page_new ();
    case PAGE_TERRITORIES:
      return pre_territories_page_new ();
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
create_sidebar_row (const PageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *label = gtk_label_new (page_info_get_title (info));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, page_info_get_title (info),
                                  -1);
  return row;
}

/* The four missions sit under a "Missions" heading. */
static void
sidebar_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  int index = gtk_list_box_row_get_index (row);
  GtkWidget *header;

  if (index < 0 || (guint)index >= G_N_ELEMENTS (page_infos)
      || page_infos[index].kind != PAGE_MISSION
      || (before != NULL && page_infos[index - 1].kind == PAGE_MISSION))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) != NULL)
    return;

  header = gtk_label_new (_("Missions"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

static void
sidebar_row_activated_cb (PreWindow     *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || self->selecting_row)
    return;

  pre_window_set_page (self, page_infos[index].name);
  pre_window_show_content (self);
}

/*
 * pre_window_show_content:
 *
 * In the narrow (collapsed) layout, go from the sidebar to the page.
 */
void
pre_window_show_content (PreWindow *self)
{
  g_return_if_fail (PRE_IS_WINDOW (self));

  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

const char *
pre_window_get_page (PreWindow *self)
{
  g_return_val_if_fail (PRE_IS_WINDOW (self), NULL);

  return page_infos[self->page_index].name;
}

void
pre_window_set_page (PreWindow  *self,
                     const char *page)
{
  int index;
  GtkListBoxRow *row;

  g_return_if_fail (PRE_IS_WINDOW (self));

  index = find_page (page);
  if (index < 0)
    {
      /* A stale "last-page" value: keep the current page. */
      g_debug ("Unknown page “%s”", page ? page : "(null)");
      return;
    }

  row = gtk_list_box_get_row_at_index (self->sidebar, index);
  self->selecting_row = TRUE;
  gtk_list_box_select_row (self->sidebar, row);
  self->selecting_row = FALSE;
  gtk_stack_set_visible_child_name (self->stack, page_infos[index].name);
  adw_navigation_page_set_title (self->content_page, page_info_get_title (&page_infos[index]));

  if ((guint)index == self->page_index)
    return;

  self->page_index = (guint)index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* Alt+1…5 and the sidebar go through "win.page"; reaching a page by keyboard
 * in the narrow layout should show it, not leave the sidebar up. Wide too:
 * a page reached by a link or a shortcut is still the one shown when the
 * window is then made narrow. */
static void
notify_page_cb (PreWindow  *self,
                GParamSpec *pspec)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    pre_window_show_content (self);
}

PreStore *
pre_window_get_store (PreWindow *self)
{
  g_return_val_if_fail (PRE_IS_WINDOW (self), NULL);

  return self->store;
}

GtkListBox *
pre_window_get_sidebar (PreWindow *self)
{
  g_return_val_if_fail (PRE_IS_WINDOW (self), NULL);

  return self->sidebar;
}

GtkWidget *
pre_window_get_page_widget (PreWindow  *self,
                            const char *page)
{
  g_return_val_if_fail (PRE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (page != NULL, NULL);

  return gtk_stack_get_child_by_name (self->stack, page);
}

void
pre_window_add_toast (PreWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (PRE_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A new message replaces the one shown instead of waiting in the queue
 * behind it: it answers what the user just did. */
void
pre_window_show_message (PreWindow  *self,
                         const char *message)
{
  g_return_if_fail (PRE_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  if (self->message_toast != NULL)
    adw_toast_dismiss (self->message_toast);
  g_clear_object (&self->message_toast);

  self->message_toast = g_object_ref (adw_toast_new (message));
  adw_toast_overlay_add_toast (self->toast_overlay, self->message_toast);
}

void
pre_window_toast_for_widget (GtkWidget  *widget,
                             const char *message)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  root = gtk_widget_get_root (widget);
  if (PRE_IS_WINDOW (root))
    pre_window_show_message (PRE_WINDOW (root), message);
}

PreWindow *
pre_window_new (AdwApplication *application,
                PreStore       *store)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || PRE_IS_STORE (store), NULL);

  return g_object_new (PRE_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/* The pages share one session: the store, the convention and the year. */
static void
pre_window_constructed (GObject *object)
{
  PreWindow *self = PRE_WINDOW (object);

  G_OBJECT_CLASS (pre_window_parent_class)->constructed (object);

  self->session = pre_session_new (self->store, self->settings);
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (self->stack, page_infos[i].name);
      pre_page_set_session (PRE_PAGE (page), self->session);
    }
}

PreSession *
pre_window_get_session (PreWindow *self)
{
  g_return_val_if_fail (PRE_IS_WINDOW (self), NULL);

  return self->session;
}

static void
pre_window_dispose (GObject *object)
{
  PreWindow *self = PRE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRE_TYPE_WINDOW);

  G_OBJECT_CLASS (pre_window_parent_class)->dispose (object);
}

static void
pre_window_finalize (GObject *object)
{
  PreWindow *self = PRE_WINDOW (object);

  g_clear_object (&self->message_toast);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pre_window_parent_class)->finalize (object);
}

static void
pre_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PreWindow *self = PRE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, pre_window_get_page (self));
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PreWindow *self = PRE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      pre_window_set_page (self, g_value_get_string (value));
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_window_class_init (PreWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pre_window_constructed;
  object_class->dispose = pre_window_dispose;
  object_class->finalize = pre_window_finalize;
  object_class->get_property = pre_window_get_property;
  object_class->set_property = pre_window_set_property;

  /*
   * PreWindow:page:
   *
   * The page shown: "overview", "board", a mission ("coordination",
   * "psychology", "project", "training"), "funding" or "territories".
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         "overview",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /*
   * PreWindow:store:
   *
   * The open database, or %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PRE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PreWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, PreWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PreWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, PreWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PreWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
}

static void
pre_window_init (PreWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->sidebar, sidebar_header_func, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      gtk_list_box_append (self->sidebar, create_sidebar_row (&page_infos[i]));
      gtk_stack_add_named (self->stack, create_page (&page_infos[i]), page_infos[i].name);
    }
  pre_window_set_page (self, "overview");

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "last-page", self, "page", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect (self, "notify::page", G_CALLBACK (notify_page_cb), NULL);
}
