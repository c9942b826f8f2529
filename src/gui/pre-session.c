/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-date.h"
#include "pre-session.h"

struct _PreSession
{
  GObject        parent_instance;

  PreStore      *store;
  GSettings     *settings;
  PreConvention *convention;
  GtkStringList *years;        /* the convention's years as text, for dropdowns */
  int            year;
  gboolean       filling;      /* the years are being replaced */
};

G_DEFINE_FINAL_TYPE (PreSession, pre_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONVENTION,
  PROP_YEAR,
  PROP_IS_EXAMPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
clamp_year (PreSession *self,
            int         year)
{
  int first, last;

  if (self->convention == NULL)
    return year;

  first = pre_convention_get_first_year (self->convention);
  last = pre_convention_get_last_year (self->convention);
  if (year < first || year > last)
    {
      g_autofree char *today = pre_date_today_iso ();
      year = CLAMP (pre_date_year (today), first, last);
    }
  return year;
}

static void
fill_years (PreSession *self)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->years));

  if (self->convention != NULL)
    for (int y = pre_convention_get_first_year (self->convention);
         y <= pre_convention_get_last_year (self->convention); y++)
      g_ptr_array_add (years, g_strdup_printf ("%d", y));
  g_ptr_array_add (years, NULL);

  /* Each dropdown sees the splice in turn: one that picks a year then must
   * not move the others before they have seen it (GTK crashes). The
   * dropdowns are synced after, on notify::convention. */
  self->filling = TRUE;
  gtk_string_list_splice (self->years, 0, n_old, (const char * const *)years->pdata);
  self->filling = FALSE;
}

void
pre_session_reload (PreSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreConvention) convention = NULL;
  int year;

  g_return_if_fail (PRE_IS_SESSION (self));

  if (self->store != NULL)
    convention = pre_store_get_current_convention (self->store, &error);
  if (error != NULL)
    g_warning ("Cannot read the convention: %s", error->message);

  g_set_object (&self->convention, convention);
  fill_years (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_EXAMPLE]);

  year = clamp_year (self, self->year);
  if (year != self->year)
    pre_session_set_year (self, year);
}

static void
store_changed_cb (PreSession *self,
                  const char *table,
                  PreStore   *store)
{
  pre_session_reload (self);
}

PreSession *
pre_session_new (PreStore  *store,
                 GSettings *settings)
{
  PreSession *self;

  g_return_val_if_fail (store == NULL || PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PRE_TYPE_SESSION, "store", store, NULL);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      self->year = g_settings_get_int (settings, "selected-year");
    }
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::convention", G_CALLBACK (store_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::partner", G_CALLBACK (store_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  pre_session_reload (self);
  return self;
}

PreStore *
pre_session_get_store (PreSession *self)
{
  g_return_val_if_fail (PRE_IS_SESSION (self), NULL);

  return self->store;
}

PreConvention *
pre_session_get_convention (PreSession *self)
{
  g_return_val_if_fail (PRE_IS_SESSION (self), NULL);

  return self->convention;
}

gboolean
pre_session_get_is_example (PreSession *self)
{
  g_return_val_if_fail (PRE_IS_SESSION (self), FALSE);

  return self->convention != NULL && pre_convention_get_is_example (self->convention);
}

int
pre_session_get_year (PreSession *self)
{
  g_return_val_if_fail (PRE_IS_SESSION (self), 0);

  return self->year;
}

void
pre_session_set_year (PreSession *self,
                      int         year)
{
  g_return_if_fail (PRE_IS_SESSION (self));

  year = clamp_year (self, year);
  if (year == self->year)
    return;

  self->year = year;
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "selected-year", year);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/* Dropdown binding */

static void
sync_dropdown (PreSession  *self,
               GtkDropDown *dropdown)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->years));

  gtk_widget_set_visible (GTK_WIDGET (dropdown), n > 0);
  if (n > 0 && self->convention != NULL)
    {
      guint position = (guint)(self->year - pre_convention_get_first_year (self->convention));
      if (position < n && gtk_drop_down_get_selected (dropdown) != position)
        gtk_drop_down_set_selected (dropdown, position);
    }
}

static void
session_notify_cb (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   PreSession  *self)
{
  sync_dropdown (self, dropdown);
}

static void
dropdown_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      PreSession  *self)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->filling || self->convention == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  pre_session_set_year (self, pre_convention_get_first_year (self->convention) + (int)position);
}

void
pre_session_bind_year_dropdown (PreSession  *self,
                                GtkDropDown *dropdown)
{
  g_return_if_fail (PRE_IS_SESSION (self));
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (self->years));
  g_signal_connect_object (self, "notify::year", G_CALLBACK (session_notify_cb), dropdown, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::convention", G_CALLBACK (session_notify_cb), dropdown, G_CONNECT_SWAPPED);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self, 0);
  sync_dropdown (self, dropdown);
}

/* GObject */

static void
pre_session_finalize (GObject *object)
{
  PreSession *self = PRE_SESSION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->convention);
  g_clear_object (&self->years);

  G_OBJECT_CLASS (pre_session_parent_class)->finalize (object);
}

static void
pre_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PreSession *self = PRE_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONVENTION:
      g_value_set_object (value, self->convention);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_IS_EXAMPLE:
      g_value_set_boolean (value, pre_session_get_is_example (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PreSession *self = PRE_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_YEAR:
      pre_session_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_session_class_init (PreSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_session_finalize;
  object_class->get_property = pre_session_get_property;
  object_class->set_property = pre_session_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PRE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONVENTION] =
    g_param_spec_object ("convention", NULL, NULL, PRE_TYPE_CONVENTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_EXAMPLE] =
    g_param_spec_boolean ("is-example", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_session_init (PreSession *self)
{
  self->years = gtk_string_list_new (NULL);
}
