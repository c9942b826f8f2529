/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-mission-page.h"
#include "pre-window.h"

/* The sessions and expenses of one mission; one page per mission kind. */

struct _PreMissionPage
{
  PrePage          parent_instance;

  /* Template widgets */
  GtkDropDown    *year_dropdown;
  AdwStatusPage  *status_page;

  PreMissionKind  kind;
};

G_DEFINE_FINAL_TYPE (PreMissionPage, pre_mission_page, PRE_TYPE_PAGE)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *icon_name;
  const char *empty_title;
  const char *empty_description;
} MissionTexts;

static const MissionTexts mission_texts[PRE_N_MISSION_KINDS] = {
  [PRE_MISSION_COORDINATION] = {
    "network-workgroup-symbolic",
    N_("No coordination sessions"),
    N_("Record the exchange meetings between the communes’ PRE teams, on one territory or on all of them."),
  },
  [PRE_MISSION_PSYCHOLOGY] = {
    "emoji-people-symbolic",
    N_("No psychology sessions"),
    N_("Record the psychologists’ sessions funded on each territory. A young person appears at most as a pseudonymous code from the commune’s PRE, never by name."),
  },
  [PRE_MISSION_PROJECT] = {
    "x-office-presentation-symbolic",
    N_("No project actions"),
    N_("Record the coordinated actions for children, youths and their families, and what they cost."),
  },
  [PRE_MISSION_TRAINING] = {
    "accessories-dictionary-symbolic",
    N_("No training sessions"),
    N_("Record the training and practice-analysis sessions for the teams working on each territory."),
  },
};

static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  pre_window_toast_for_widget (widget, _("Adding sessions is coming soon"));
}

PreMissionKind
pre_mission_page_get_kind (PreMissionPage *self)
{
  g_return_val_if_fail (PRE_IS_MISSION_PAGE (self), PRE_MISSION_COORDINATION);

  return self->kind;
}

static void
pre_mission_page_constructed (GObject *object)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);
  const MissionTexts *texts = &mission_texts[self->kind];

  G_OBJECT_CLASS (pre_mission_page_parent_class)->constructed (object);

  adw_status_page_set_icon_name (self->status_page, texts->icon_name);
  adw_status_page_set_title (self->status_page, _(texts->empty_title));
  adw_status_page_set_description (self->status_page, _(texts->empty_description));
}

static void
pre_mission_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_MISSION_PAGE);

  G_OBJECT_CLASS (pre_mission_page_parent_class)->dispose (object);
}

static void
pre_mission_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_mission_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PreMissionPage *self = PRE_MISSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_mission_page_class_init (PreMissionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pre_mission_page_constructed;
  object_class->dispose = pre_mission_page_dispose;
  object_class->get_property = pre_mission_page_get_property;
  object_class->set_property = pre_mission_page_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PRE_TYPE_MISSION_KIND,
                       PRE_MISSION_COORDINATION,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-mission-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PreMissionPage, status_page);
  gtk_widget_class_install_action (widget_class, "mission.add-session", NULL, add_session_action);
}

static void
pre_mission_page_init (PreMissionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);
}

GtkWidget *
pre_mission_page_new (PreMissionKind kind)
{
  g_return_val_if_fail ((guint)kind < PRE_N_MISSION_KINDS, NULL);

  return g_object_new (PRE_TYPE_MISSION_PAGE,
                       "kind", kind,
                       NULL);
}
