/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-page.h"
#include "pre-window.h"

typedef struct
{
  PreSession  *session;
  GtkDropDown *year_dropdown;
  guint        reload_source;
} PrePagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PrePage, pre_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
reload_idle_cb (gpointer user_data)
{
  PrePage *self = PRE_PAGE (user_data);
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  priv->reload_source = 0;
  if (PRE_PAGE_GET_CLASS (self)->reload != NULL)
    PRE_PAGE_GET_CLASS (self)->reload (self);
  return G_SOURCE_REMOVE;
}

void
pre_page_queue_reload (PrePage *self)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_return_if_fail (PRE_IS_PAGE (self));

  if (priv->reload_source == 0)
    priv->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, self, NULL);
}

static void
session_changed_cb (PrePage *self)
{
  pre_page_queue_reload (self);
}

/* Under every page's header bar: the example is fictitious, and removable. */
static void
add_example_banner (PrePage *self)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));
  AdwBanner *banner;

  if (!ADW_IS_TOOLBAR_VIEW (child))
    return;

  banner = ADW_BANNER (adw_banner_new (_("Example convention: its sessions, expenses and payments are fictitious")));
  adw_banner_set_button_label (banner, _("_Remove Example"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (banner), "app.remove-example");
  g_object_bind_property (priv->session, "is-example", banner, "revealed", G_BINDING_SYNC_CREATE);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (child), GTK_WIDGET (banner));
}

PreSession *
pre_page_get_session (PrePage *self)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_return_val_if_fail (PRE_IS_PAGE (self), NULL);

  return priv->session;
}

void
pre_page_set_session (PrePage    *self,
                      PreSession *session)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);
  PreStore *store;

  g_return_if_fail (PRE_IS_PAGE (self));
  g_return_if_fail (session == NULL || PRE_IS_SESSION (session));

  if (priv->session == session)
    return;

  /* A page gets its session once, from the window. */
  g_return_if_fail (priv->session == NULL);

  priv->session = g_object_ref (session);
  g_signal_connect_object (session, "notify::convention", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::year", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  store = pre_session_get_store (session);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  if (priv->year_dropdown != NULL)
    pre_session_bind_year_dropdown (session, priv->year_dropdown);
  add_example_banner (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  pre_page_queue_reload (self);
}

PreStore *
pre_page_get_store (PrePage *self)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_return_val_if_fail (PRE_IS_PAGE (self), NULL);

  return priv->session != NULL ? pre_session_get_store (priv->session) : NULL;
}

PreConvention *
pre_page_get_convention (PrePage *self)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_return_val_if_fail (PRE_IS_PAGE (self), NULL);

  return priv->session != NULL ? pre_session_get_convention (priv->session) : NULL;
}

int
pre_page_get_year (PrePage *self)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_return_val_if_fail (PRE_IS_PAGE (self), 0);

  return priv->session != NULL ? pre_session_get_year (priv->session) : 0;
}

void
pre_page_bind_year_dropdown (PrePage     *self,
                             GtkDropDown *dropdown)
{
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_return_if_fail (PRE_IS_PAGE (self));
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  priv->year_dropdown = dropdown;
  if (priv->session != NULL)
    pre_session_bind_year_dropdown (priv->session, dropdown);
}

void
pre_page_show_message (PrePage    *self,
                       const char *message)
{
  g_return_if_fail (PRE_IS_PAGE (self));

  pre_window_toast_for_widget (GTK_WIDGET (self), message);
}

void
pre_page_show_error (PrePage      *self,
                     const char   *heading,
                     const GError *error)
{
  AdwDialog *dialog;

  g_return_if_fail (PRE_IS_PAGE (self));
  g_return_if_fail (error != NULL);

  dialog = adw_alert_dialog_new (heading, error->message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
pre_page_dispose (GObject *object)
{
  PrePage *self = PRE_PAGE (object);
  PrePagePrivate *priv = pre_page_get_instance_private (self);

  g_clear_handle_id (&priv->reload_source, g_source_remove);
  g_clear_object (&priv->session);
  priv->year_dropdown = NULL;

  G_OBJECT_CLASS (pre_page_parent_class)->dispose (object);
}

static void
pre_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PrePage *self = PRE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, pre_page_get_session (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PrePage *self = PRE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      pre_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_page_class_init (PrePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pre_page_dispose;
  object_class->get_property = pre_page_get_property;
  object_class->set_property = pre_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PRE_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_page_init (PrePage *self)
{
}
