/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-recipient.h"

struct _PreRecipient
{
  GObject parent_instance;

  char *name;
  guint copies;
};

G_DEFINE_FINAL_TYPE (PreRecipient, pre_recipient, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COPIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_recipient_finalize (GObject *object)
{
  PreRecipient *self = PRE_RECIPIENT (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (pre_recipient_parent_class)->finalize (object);
}

static void
pre_recipient_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PreRecipient *self = PRE_RECIPIENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COPIES:
      g_value_set_uint (value, self->copies);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_recipient_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PreRecipient *self = PRE_RECIPIENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pre_recipient_set_name (self, g_value_get_string (value));
      break;
    case PROP_COPIES:
      pre_recipient_set_copies (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_recipient_class_init (PreRecipientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_recipient_finalize;
  object_class->get_property = pre_recipient_get_property;
  object_class->set_property = pre_recipient_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COPIES] =
    g_param_spec_uint ("copies", NULL, NULL, 0, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_recipient_init (PreRecipient *self)
{
  self->name = g_strdup ("");
  self->copies = 1;
}

PreRecipient *
pre_recipient_new (const char *name,
                   guint       copies)
{
  return g_object_new (PRE_TYPE_RECIPIENT,
                       "name", name != NULL ? name : "",
                       "copies", copies,
                       NULL);
}

const char *
pre_recipient_get_name (PreRecipient *self)
{
  g_return_val_if_fail (PRE_IS_RECIPIENT (self), NULL);

  return self->name;
}

void
pre_recipient_set_name (PreRecipient *self,
                        const char   *name)
{
  g_return_if_fail (PRE_IS_RECIPIENT (self));

  if (name == NULL)
    name = "";
  if (g_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint
pre_recipient_get_copies (PreRecipient *self)
{
  g_return_val_if_fail (PRE_IS_RECIPIENT (self), 0);

  return self->copies;
}

void
pre_recipient_set_copies (PreRecipient *self,
                          guint         copies)
{
  g_return_if_fail (PRE_IS_RECIPIENT (self));

  if (self->copies == copies)
    return;
  self->copies = copies;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COPIES]);
}
