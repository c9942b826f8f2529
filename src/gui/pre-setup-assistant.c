/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-date.h"
#include "pre-enums.h"
#include "pre-error.h"
#include "pre-money.h"
#include "pre-setup-assistant.h"
#include "pre-setup.h"
#include "pre-window.h"

/* The kinds a partner row offers (the coordinator is the métropole). */
static const PrePartnerKind partner_kinds[] = {
  PRE_PARTNER_CCAS,
  PRE_PARTNER_COMMUNE,
  PRE_PARTNER_OTHER,
};

typedef struct
{
  GtkWidget *group;
  GtkWidget *name_row;
  GtkWidget *kind_row;
  GtkWidget *commune_row;
} PartnerRows;

struct _PreSetupAssistant
{
  AdwDialog             parent_instance;

  /* Template widgets */
  AdwEntryRow          *coordination_row;
  AdwEntryRow          *coordinator_row;
  GtkLabel             *coordinator_message;
  AdwEntryRow          *cost_row;
  GtkLabel             *convention_message;
  GtkButton            *create_button;
  AdwSpinRow           *first_year_row;
  AdwPreferencesGroup  *funding_intro;
  GtkLabel             *funding_message;
  AdwPreferencesPage   *funding_prefs;
  AdwSpinRow           *last_year_row;
  GtkLabel             *missions_message;
  AdwNavigationView    *navigation_view;
  GtkLabel             *partners_message;
  AdwPreferencesPage   *partners_prefs;
  AdwEntryRow          *project_row;
  AdwEntryRow          *psychology_row;
  AdwEntryRow          *reference_row;
  GtkLabel             *summary_message;
  AdwPreferencesGroup  *summary_group;
  AdwEntryRow          *title_row;
  AdwEntryRow          *training_row;

  PreStore             *store;
  GPtrArray            *partners;        /* PartnerRows */
  GPtrArray            *funding_groups;  /* AdwPreferencesGroup */
  GPtrArray            *summary_rows;
  /* "partner name\nyear" → amount text, kept when the funding step is rebuilt */
  GHashTable           *share_texts;
  GHashTable           *share_edited;
  gboolean              filling;
  gboolean              created;
};

G_DEFINE_FINAL_TYPE (PreSetupAssistant, pre_setup_assistant, ADW_TYPE_DIALOG)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_can_close (PreSetupAssistant *self);
static void clear_row_error  (GtkWidget         *row,
                              GParamSpec        *pspec,
                              PreSetupAssistant *self);

static AdwEntryRow *
mission_row (PreSetupAssistant *self,
             PreMissionKind     kind)
{
  switch (kind)
    {
    case PRE_MISSION_COORDINATION: return self->coordination_row;
    case PRE_MISSION_PSYCHOLOGY: return self->psychology_row;
    case PRE_MISSION_PROJECT: return self->project_row;
    case PRE_MISSION_TRAINING: return self->training_row;
    default: g_assert_not_reached ();
    }
}

static const char *
current_tag (PreSetupAssistant *self)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->navigation_view);

  return page != NULL ? adw_navigation_page_get_tag (page) : NULL;
}

static GtkLabel *
message_label (PreSetupAssistant *self,
               const char        *tag)
{
  if (g_str_equal (tag, "convention"))
    return self->convention_message;
  if (g_str_equal (tag, "coordinator"))
    return self->coordinator_message;
  if (g_str_equal (tag, "partners"))
    return self->partners_message;
  if (g_str_equal (tag, "missions"))
    return self->missions_message;
  if (g_str_equal (tag, "funding"))
    return self->funding_message;
  return self->summary_message;
}

static void
clear_error_rows (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    gtk_widget_remove_css_class (widget, "error");
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    clear_error_rows (child);
}

/* The message under the step's fields, and the row it is about. */
static void
show_message (PreSetupAssistant *self,
              const char        *tag,
              GtkWidget         *row,
              const GError      *error)
{
  GtkLabel *label = message_label (self, tag);
  AdwNavigationPage *page = adw_navigation_view_find_page (self->navigation_view, tag);

  clear_error_rows (GTK_WIDGET (page));
  if (row != NULL && error != NULL)
    gtk_widget_add_css_class (row, "error");
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
  if (row != NULL && error != NULL)
    {
      GtkWidget *message_group = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_PREFERENCES_GROUP);
      GtkWidget *row_group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
      GtkWidget *box = message_group != NULL ? gtk_widget_get_parent (message_group) : NULL;
      GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_VIEWPORT);

      /* On the long steps (partners, funding) the message goes right under
       * the group of the row it is about, and is scrolled into view. */
      if (row_group != NULL && row_group != message_group && GTK_IS_BOX (box) &&
          gtk_widget_get_parent (row_group) == box)
        gtk_box_reorder_child_after (GTK_BOX (box), message_group, row_group);
      gtk_widget_grab_focus (row);
      if (viewport != NULL)
        gtk_viewport_scroll_to (GTK_VIEWPORT (viewport), GTK_WIDGET (label), NULL);
    }
}

static char *
row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A message naming the row: "Psychological support: “abc” is not an amount." */
static gboolean
parse_money_row (gpointer     row,
                 const char  *field,
                 gint64      *cents,
                 GError     **error)
{
  g_autofree char *text = row_text (row);
  g_autoptr(GError) local = NULL;

  *cents = 0;
  if (*text == '\0')
    return TRUE;
  if (!pre_money_parse (text, cents, &local))
    {
      /* Translators: the field's title, then why its amount is refused. */
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, field, _("%s: %s"),
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), local->message);
      return FALSE;
    }
  return TRUE;
}

static char *
share_key (const char *partner,
           int         year)
{
  return g_strdup_printf ("%s\n%d", partner, year);
}

static GtkWidget *
find_year_row (GtkWidget *widget,
               int        year)
{
  if (ADW_IS_ENTRY_ROW (widget) && g_object_get_data (G_OBJECT (widget), "partner") != NULL &&
      GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "year")) == year)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_year_row (child, year);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The funding step's entry of @partner and @year, or NULL. */
static GtkWidget *
find_share_row (PreSetupAssistant *self,
                const char        *partner,
                int                year)
{
  for (guint i = 0; i < self->funding_groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->funding_groups, i);

      if (g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), partner) == 0)
        return find_year_row (group, year);
    }
  return NULL;
}

static gboolean
is_share_row (GtkWidget *row)
{
  return row != NULL && g_object_get_data (G_OBJECT (row), "partner") != NULL;
}

/* The setup as the steps describe it so far. Partner rows left empty are
 * ignored; @row_out tells which widget an error is about. */
static PreSetup *
collect_setup (PreSetupAssistant  *self,
               GtkWidget         **row_out,
               GError            **error)
{
  g_autoptr(PreSetup) setup = pre_setup_new ();
  g_autofree char *coordinator = row_text (self->coordinator_row);

  *row_out = NULL;
  setup->title = row_text (self->title_row);
  setup->reference = row_text (self->reference_row);
  setup->first_year = (int)adw_spin_row_get_value (self->first_year_row);
  setup->last_year = (int)adw_spin_row_get_value (self->last_year_row);
  if (!parse_money_row (self->cost_row, "annual-cost", &setup->annual_cost, error))
    {
      *row_out = GTK_WIDGET (self->cost_row);
      return NULL;
    }

  pre_setup_add_partner (setup, coordinator, PRE_PARTNER_METROPOLE, NULL);
  for (guint i = 0; i < self->partners->len; i++)
    {
      PartnerRows *rows = g_ptr_array_index (self->partners, i);
      g_autofree char *name = row_text (rows->name_row);
      g_autofree char *commune = row_text (rows->commune_row);
      guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (rows->kind_row));

      if (*name == '\0' && *commune == '\0')
        continue;
      pre_setup_add_partner (setup, name, partner_kinds[MIN (kind, G_N_ELEMENTS (partner_kinds) - 1)], commune);
    }

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    if (!parse_money_row (mission_row (self, kind), "annual-budget", &setup->mission_budgets[kind], error))
      {
        *row_out = GTK_WIDGET (mission_row (self, kind));
        return NULL;
      }

  for (guint i = 0; i < setup->partners->len; i++)
    {
      PreSetupPartner *partner = g_ptr_array_index (setup->partners, i);

      for (int year = setup->first_year; year <= setup->last_year; year++)
        {
          g_autofree char *key = share_key (partner->name, year);
          const char *text = g_hash_table_lookup (self->share_texts, key);
          g_autoptr(GError) local = NULL;
          gint64 amount;

          if (text == NULL || *text == '\0')
            continue;
          if (!pre_money_parse (text, &amount, &local))
            {
              /* Translators: a partner, a year, then why the amount is refused
               * ("CCAS de Talant, 2025: “abc” is not an amount."). */
              pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "amount", _("%s, %d: %s"),
                                        partner->name, year, local->message);
              *row_out = find_share_row (self, partner->name, year);
              return NULL;
            }
          pre_setup_set_share (setup, i, year, amount);
        }
    }

  return g_steal_pointer (&setup);
}

/* The rows of the setup's partner @index (0 is the coordinator; rows left
 * empty are not in the setup, as collect_setup() skips them). */
static PartnerRows *
find_partner_rows (PreSetupAssistant *self,
                   guint              index)
{
  guint n = 0;

  for (guint i = 0; i < self->partners->len; i++)
    {
      PartnerRows *rows = g_ptr_array_index (self->partners, i);
      g_autofree char *name = row_text (rows->name_row);
      g_autofree char *commune = row_text (rows->commune_row);

      if (*name == '\0' && *commune == '\0')
        continue;
      if (++n == index)
        return rows;
    }
  return NULL;
}

/* Checks the step @tag; shows its message. */
static gboolean
check_step (PreSetupAssistant *self,
            const char        *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreSetup) setup = NULL;
  GtkWidget *row = NULL;

  setup = collect_setup (self, &row, &error);
  if (setup == NULL)
    {
      /* An amount of another step is that step's business. */
      gboolean ours = (g_str_equal (tag, "convention") && row == GTK_WIDGET (self->cost_row)) ||
                      (g_str_equal (tag, "missions") && row != NULL && row != GTK_WIDGET (self->cost_row) &&
                       !is_share_row (row)) ||
                      (g_str_equal (tag, "funding") && (row == NULL || is_share_row (row))) ||
                      g_str_equal (tag, "summary");
      if (ours)
        {
          show_message (self, tag, row, error);
          return FALSE;
        }
      show_message (self, tag, NULL, NULL);
      return TRUE;
    }

  if (g_str_equal (tag, "convention"))
    {
      if (!pre_setup_validate_convention (setup, &error))
        {
          const char *field = pre_validation_error_get_field (error);

          if (g_strcmp0 (field, "title") == 0)
            row = GTK_WIDGET (self->title_row);
          else if (g_strcmp0 (field, "first-year") == 0)
            row = GTK_WIDGET (self->first_year_row);
          else if (g_strcmp0 (field, "last-year") == 0)
            row = GTK_WIDGET (self->last_year_row);
          else if (g_strcmp0 (field, "annual-cost") == 0)
            row = GTK_WIDGET (self->cost_row);
          show_message (self, tag, row, error);
          return FALSE;
        }
    }
  else if (g_str_equal (tag, "coordinator"))
    {
      if (!pre_setup_validate_partner (setup, 0, &error))
        {
          show_message (self, tag, GTK_WIDGET (self->coordinator_row), error);
          return FALSE;
        }
    }
  else if (g_str_equal (tag, "partners"))
    {
      for (guint i = 1; i < setup->partners->len; i++)
        if (!pre_setup_validate_partner (setup, i, &error))
          {
            PartnerRows *rows = find_partner_rows (self, i);

            show_message (self, tag, rows != NULL ? rows->name_row : NULL, error);
            return FALSE;
          }
    }
  else if (g_str_equal (tag, "summary"))
    {
      if (!pre_setup_validate (setup, &error))
        {
          show_message (self, tag, NULL, error);
          return FALSE;
        }
    }

  show_message (self, tag, NULL, NULL);
  return TRUE;
}

static void
partner_remove_cb (GtkButton         *button,
                   PreSetupAssistant *self)
{
  GtkWidget *group = g_object_get_data (G_OBJECT (button), "group");

  for (guint i = 0; i < self->partners->len; i++)
    {
      PartnerRows *rows = g_ptr_array_index (self->partners, i);

      if (rows->group == group)
        {
          adw_preferences_page_remove (self->partners_prefs, ADW_PREFERENCES_GROUP (group));
          g_ptr_array_remove_index (self->partners, i);
          break;
        }
    }
  update_can_close (self);
}

static GtkWidget *
new_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

void
pre_setup_assistant_add_partner (PreSetupAssistant *self,
                                 const char        *name,
                                 guint              kind_index,
                                 const char        *commune)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  PartnerRows *rows;
  GtkWidget *remove;
  g_autofree char *title = NULL;

  g_return_if_fail (PRE_IS_SETUP_ASSISTANT (self));

  for (guint i = 0; i < G_N_ELEMENTS (partner_kinds); i++)
    gtk_string_list_append (kinds, pre_partner_kind_get_label (partner_kinds[i]));

  rows = g_new0 (PartnerRows, 1);
  rows->group = adw_preferences_group_new ();
  title = g_strdup_printf (_("Partner %u"), self->partners->len + 1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (rows->group), title);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove This Partner"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "group", rows->group);
  g_signal_connect (remove, "clicked", G_CALLBACK (partner_remove_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (rows->group), remove);

  rows->name_row = new_entry_row (_("Name"));
  gtk_editable_set_text (GTK_EDITABLE (rows->name_row), name != NULL ? name : "");
  rows->kind_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->kind_row), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (rows->kind_row), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (rows->kind_row), MIN (kind_index, G_N_ELEMENTS (partner_kinds) - 1));
  rows->commune_row = new_entry_row (_("Commune"));
  gtk_editable_set_text (GTK_EDITABLE (rows->commune_row), commune != NULL ? commune : "");

  g_signal_connect (rows->name_row, "notify::text", G_CALLBACK (clear_row_error), self);
  g_signal_connect (rows->commune_row, "notify::text", G_CALLBACK (clear_row_error), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), rows->name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), rows->kind_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), rows->commune_row);

  /* Before the message group, which stays last. */
  {
    GtkLabel *label = self->partners_message;
    GtkWidget *message_group = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_PREFERENCES_GROUP);

    g_object_ref (message_group);
    adw_preferences_page_remove (self->partners_prefs, ADW_PREFERENCES_GROUP (message_group));
    adw_preferences_page_add (self->partners_prefs, ADW_PREFERENCES_GROUP (rows->group));
    adw_preferences_page_add (self->partners_prefs, ADW_PREFERENCES_GROUP (message_group));
    g_object_unref (message_group);
  }

  g_ptr_array_add (self->partners, rows);
  gtk_widget_grab_focus (rows->name_row);
  update_can_close (self);
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  pre_setup_assistant_add_partner (PRE_SETUP_ASSISTANT (widget), NULL, 0, NULL);
}

/* Funding */

static void
share_changed_cb (GtkEditable       *row,
                  PreSetupAssistant *self)
{
  const char *partner = g_object_get_data (G_OBJECT (row), "partner");
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year"));
  int first_year = (int)adw_spin_row_get_value (self->first_year_row);
  g_autofree char *key = share_key (partner, year);
  const char *text = gtk_editable_get_text (row);

  g_hash_table_insert (self->share_texts, g_strdup (key), g_strdup (text));
  update_can_close (self);
  if (self->filling)
    return;

  if (year != first_year)
    {
      g_hash_table_add (self->share_edited, g_steal_pointer (&key));
      return;
    }

  /* The first year's amount goes to the years not typed yet. */
  self->filling = TRUE;
  for (GtkWidget *sibling = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (row)));
       sibling != NULL;
       sibling = gtk_widget_get_next_sibling (sibling))
    {
      const char *other_partner = g_object_get_data (G_OBJECT (sibling), "partner");
      int other_year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sibling), "year"));
      g_autofree char *other_key = NULL;

      if (sibling == GTK_WIDGET (row) || g_strcmp0 (other_partner, partner) != 0)
        continue;
      other_key = share_key (partner, other_year);
      if (!g_hash_table_contains (self->share_edited, other_key))
        gtk_editable_set_text (GTK_EDITABLE (sibling), text);
    }
  self->filling = FALSE;
}

static void
rebuild_funding (PreSetupAssistant *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreSetup) setup = NULL;
  GtkWidget *row = NULL;
  GtkWidget *message_group;

  for (guint i = 0; i < self->funding_groups->len; i++)
    adw_preferences_page_remove (self->funding_prefs, g_ptr_array_index (self->funding_groups, i));
  g_ptr_array_set_size (self->funding_groups, 0);

  setup = collect_setup (self, &row, &error);
  if (setup == NULL)
    return;

  message_group = gtk_widget_get_ancestor (GTK_WIDGET (self->funding_message), ADW_TYPE_PREFERENCES_GROUP);
  g_object_ref (message_group);
  adw_preferences_page_remove (self->funding_prefs, ADW_PREFERENCES_GROUP (message_group));

  self->filling = TRUE;
  for (guint i = 0; i < setup->partners->len; i++)
    {
      PreSetupPartner *partner = g_ptr_array_index (setup->partners, i);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), partner->name);
      for (int year = setup->first_year; year <= setup->last_year; year++)
        {
          g_autofree char *title = g_strdup_printf ("%d", year);
          g_autofree char *key = share_key (partner->name, year);
          const char *text = g_hash_table_lookup (self->share_texts, key);
          GtkWidget *entry = new_entry_row (title);

          g_object_set_data_full (G_OBJECT (entry), "partner", g_strdup (partner->name), g_free);
          g_object_set_data (G_OBJECT (entry), "year", GINT_TO_POINTER (year));
          gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
          g_signal_connect (entry, "changed", G_CALLBACK (share_changed_cb), self);
          g_signal_connect (entry, "notify::text", G_CALLBACK (clear_row_error), self);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
        }
      adw_preferences_page_add (self->funding_prefs, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->funding_groups, group);
    }
  self->filling = FALSE;

  adw_preferences_page_add (self->funding_prefs, ADW_PREFERENCES_GROUP (message_group));
  g_object_unref (message_group);
}

/* Summary */

static void
add_summary_row (PreSetupAssistant *self,
                 const char        *title,
                 const char        *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (self->summary_group, row);
  g_ptr_array_add (self->summary_rows, row);
}

static void
rebuild_summary (PreSetupAssistant *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PreSetup) setup = NULL;
  g_autoptr(GHashTable) communes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) partners = g_string_new (NULL);
  g_autofree char *years = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *budgets = NULL;
  g_autofree char *communes_text = NULL;
  gint64 budget_total = 0;
  GtkWidget *row = NULL;

  for (guint i = 0; i < self->summary_rows->len; i++)
    adw_preferences_group_remove (self->summary_group, g_ptr_array_index (self->summary_rows, i));
  g_ptr_array_set_size (self->summary_rows, 0);

  setup = collect_setup (self, &row, &error);
  if (setup == NULL)
    return;

  add_summary_row (self, _("Title"), setup->title);
  if (setup->reference != NULL && *setup->reference != '\0')
    add_summary_row (self, _("Reference"), setup->reference);
  years = setup->first_year == setup->last_year ? g_strdup_printf ("%d", setup->first_year)
                                                : g_strdup_printf ("%d–%d", setup->first_year, setup->last_year);
  add_summary_row (self, _("Years"), years);
  cost = pre_money_format (setup->annual_cost);
  add_summary_row (self, _("Annual Forecast Cost"), cost);
  add_summary_row (self, _("Coordinator"), ((PreSetupPartner *)g_ptr_array_index (setup->partners, 0))->name);

  for (guint i = 1; i < setup->partners->len; i++)
    {
      PreSetupPartner *partner = g_ptr_array_index (setup->partners, i);

      if (partners->len > 0)
        g_string_append (partners, ", ");
      g_string_append (partners, partner->name);
      if (partner->territory != NULL)
        g_hash_table_add (communes, g_utf8_casefold (partner->territory, -1));
    }
  add_summary_row (self, _("Partners"), partners->len > 0 ? partners->str : _("None yet"));
  communes_text = g_strdup_printf (ngettext ("%u commune", "%u communes", g_hash_table_size (communes)),
                                   g_hash_table_size (communes));
  add_summary_row (self, _("Territories"), communes_text);

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    budget_total += setup->mission_budgets[kind];
  budgets = pre_money_format (budget_total);
  add_summary_row (self, _("Mission Budgets per Year"), budgets);

  for (int year = setup->first_year; year <= setup->last_year; year++)
    {
      gint64 total = 0;
      g_autofree char *title = NULL;
      g_autofree char *total_text = NULL;

      for (guint i = 0; i < setup->partners->len; i++)
        total += MAX (pre_setup_get_share (setup, i, year), 0);
      g_autofree char *cost_text = pre_money_format (setup->annual_cost);
      g_autofree char *gap_text = pre_money_format (ABS (setup->annual_cost - total));
      g_autofree char *value = NULL;

      /* Translators: %d is a year. */
      title = g_strdup_printf (_("Funding Shares %d"), year);
      total_text = pre_money_format (total);
      if (total < setup->annual_cost)
        /* Translators: shares of a year, the year's cost, and what is left to share out. */
        value = g_strdup_printf (_("%s of %s (%s to allocate)"), total_text, cost_text, gap_text);
      else if (total > setup->annual_cost)
        value = g_strdup_printf (_("%s of %s (%s over-funded)"), total_text, cost_text, gap_text);
      else
        value = g_strdup_printf (_("%s of %s"), total_text, cost_text);
      add_summary_row (self, title, value);
    }
}

/* Navigation */

static const char * const steps[] = {
  "convention", "coordinator", "partners", "missions", "funding", "summary",
};

static void
go_next (PreSetupAssistant *self)
{
  const char *tag = current_tag (self);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (steps); i++)
    if (g_strcmp0 (tag, steps[i]) == 0)
      {
        const char *next = steps[i + 1];

        if (g_str_equal (next, "funding"))
          rebuild_funding (self);
        else if (g_str_equal (next, "summary"))
          {
            rebuild_summary (self);
            check_step (self, "summary");
          }
        adw_navigation_view_push_by_tag (self->navigation_view, next);
        return;
      }
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreSetupAssistant *self = PRE_SETUP_ASSISTANT (widget);
  const char *tag = current_tag (self);

  if (tag != NULL && check_step (self, tag))
    go_next (self);
}

/* Leaves the step empty, to be filled in later from the pages. */
static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreSetupAssistant *self = PRE_SETUP_ASSISTANT (widget);
  const char *tag = current_tag (self);

  if (g_strcmp0 (tag, "partners") == 0)
    while (self->partners->len > 0)
      {
        PartnerRows *rows = g_ptr_array_index (self->partners, 0);

        adw_preferences_page_remove (self->partners_prefs, ADW_PREFERENCES_GROUP (rows->group));
        g_ptr_array_remove_index (self->partners, 0);
      }
  else if (g_strcmp0 (tag, "missions") == 0)
    for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
      gtk_editable_set_text (GTK_EDITABLE (mission_row (self, kind)), "");
  else if (g_strcmp0 (tag, "funding") == 0)
    {
      g_hash_table_remove_all (self->share_texts);
      g_hash_table_remove_all (self->share_edited);
    }
  else
    return;

  update_can_close (self);
  show_message (self, tag, NULL, NULL);
  go_next (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PreSetupAssistant *self = PRE_SETUP_ASSISTANT (widget);
  g_autoptr(PreSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row = NULL;
  gint64 id = 0;

  setup = collect_setup (self, &row, &error);
  if (setup == NULL ||
      !pre_store_create_convention_setup (self->store, setup, &id, &error))
    {
      show_message (self, "summary", NULL, error);
      return;
    }

  self->created = TRUE;
  g_signal_emit (self, signals[CREATED], 0, id);
  adw_dialog_force_close (ADW_DIALOG (self));
}

/* Whether anything was typed that closing would lose. */
static gboolean
has_input (PreSetupAssistant *self)
{
  AdwEntryRow *rows[] = { self->title_row, self->reference_row, self->cost_row, self->coordinator_row,
                          self->coordination_row, self->psychology_row, self->project_row,
                          self->training_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (*gtk_editable_get_text (GTK_EDITABLE (rows[i])) != '\0')
      return TRUE;
  return self->partners->len > 0 || g_hash_table_size (self->share_texts) > 0;
}

/* The row marked by a refused Next is being corrected: the mark and the
 * message go (Next checks again). */
static void
clear_row_error (GtkWidget         *row,
                 GParamSpec        *pspec,
                 PreSetupAssistant *self)
{
  const char *tag = current_tag (self);

  if (!gtk_widget_has_css_class (row, "error") || tag == NULL)
    return;
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_visible (GTK_WIDGET (message_label (self, tag)), FALSE);
}

/* Closing is free until something is typed; then it asks first. */
static void
update_can_close (PreSetupAssistant *self)
{
  adw_dialog_set_can_close (ADW_DIALOG (self), !has_input (self));
}

static void
discard_response_cb (AdwAlertDialog    *alert,
                     GAsyncResult      *result,
                     PreSetupAssistant *self)
{
  if (g_strcmp0 (adw_alert_dialog_choose_finish (alert, result), "discard") == 0)
    adw_dialog_force_close (ADW_DIALOG (self));
  g_object_unref (self);
}

/* Escape or the close button after typing: nothing is written yet, so ask
 * before throwing the steps away. */
static void
close_attempt_cb (PreSetupAssistant *self)
{
  AdwDialog *alert;

  if (!has_input (self))
    {
      adw_dialog_force_close (ADW_DIALOG (self));
      return;
    }

  alert = adw_alert_dialog_new (_("Discard the Convention?"),
                                _("Nothing is saved until the last step: closing the assistant now loses what you typed."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Keep Editing"),
                                  "discard", _("_Discard"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (alert), GTK_WIDGET (self), NULL,
                           (GAsyncReadyCallback)discard_response_cb, g_object_ref (self));
}

static void
first_year_changed_cb (PreSetupAssistant *self)
{
  int first = (int)adw_spin_row_get_value (self->first_year_row);
  int last = (int)adw_spin_row_get_value (self->last_year_row);

  /* Keep the span the coordinator chose when the start moves. */
  if (last < first)
    adw_spin_row_set_value (self->last_year_row, first + 2);
}

static void
pre_setup_assistant_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_SETUP_ASSISTANT);

  G_OBJECT_CLASS (pre_setup_assistant_parent_class)->dispose (object);
}

static void
pre_setup_assistant_finalize (GObject *object)
{
  PreSetupAssistant *self = PRE_SETUP_ASSISTANT (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->partners, g_ptr_array_unref);
  g_clear_pointer (&self->funding_groups, g_ptr_array_unref);
  g_clear_pointer (&self->summary_rows, g_ptr_array_unref);
  g_clear_pointer (&self->share_texts, g_hash_table_unref);
  g_clear_pointer (&self->share_edited, g_hash_table_unref);

  G_OBJECT_CLASS (pre_setup_assistant_parent_class)->finalize (object);
}

static void
pre_setup_assistant_class_init (PreSetupAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_setup_assistant_dispose;
  object_class->finalize = pre_setup_assistant_finalize;

  /**
   * PreSetupAssistant::created:
   * @convention_id: the convention written
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-setup-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, convention_message);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, coordination_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, coordinator_message);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, coordinator_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, cost_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, create_button);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, first_year_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, funding_intro);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, funding_message);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, funding_prefs);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, last_year_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, missions_message);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, navigation_view);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, partners_message);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, partners_prefs);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, project_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, psychology_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, reference_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, summary_group);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, summary_message);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, title_row);
  gtk_widget_class_bind_template_child (widget_class, PreSetupAssistant, training_row);

  gtk_widget_class_install_action (widget_class, "setup.add-partner", NULL, add_partner_action);
  gtk_widget_class_install_action (widget_class, "setup.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "setup.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "setup.skip", NULL, skip_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "setup.add-partner", NULL);
}

static void
pre_setup_assistant_init (PreSetupAssistant *self)
{
  g_autofree char *today = pre_date_today_iso ();
  int year = pre_date_year (today);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->partners = g_ptr_array_new_with_free_func (g_free);
  self->funding_groups = g_ptr_array_new ();
  self->summary_rows = g_ptr_array_new ();
  self->share_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->share_edited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  adw_spin_row_set_value (self->first_year_row, year);
  adw_spin_row_set_value (self->last_year_row, year + 2);
  g_signal_connect_swapped (self->first_year_row, "notify::value", G_CALLBACK (first_year_changed_cb), self);
  g_signal_connect (self, "close-attempt", G_CALLBACK (close_attempt_cb), NULL);
  {
    AdwEntryRow *rows[] = { self->title_row, self->reference_row, self->cost_row, self->coordinator_row,
                            self->coordination_row, self->psychology_row, self->project_row,
                            self->training_row };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_signal_connect_swapped (rows[i], "changed", G_CALLBACK (update_can_close), self);
        g_signal_connect (rows[i], "notify::text", G_CALLBACK (clear_row_error), self);
      }
    g_signal_connect (self->first_year_row, "notify::value", G_CALLBACK (clear_row_error), self);
    g_signal_connect (self->last_year_row, "notify::value", G_CALLBACK (clear_row_error), self);
  }

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (mission_row (self, kind)),
                                   pre_mission_kind_get_label (kind));
}

AdwDialog *
pre_setup_assistant_new (PreStore *store)
{
  PreSetupAssistant *self;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  self = g_object_new (PRE_TYPE_SETUP_ASSISTANT, NULL);
  self->store = g_object_ref (store);
  return ADW_DIALOG (self);
}

const char *
pre_setup_assistant_get_step (PreSetupAssistant *self)
{
  g_return_val_if_fail (PRE_IS_SETUP_ASSISTANT (self), NULL);

  return current_tag (self);
}

const char *
pre_setup_assistant_get_message (PreSetupAssistant *self)
{
  GtkLabel *label;
  const char *tag;

  g_return_val_if_fail (PRE_IS_SETUP_ASSISTANT (self), NULL);

  tag = current_tag (self);
  if (tag == NULL)
    return NULL;
  label = message_label (self, tag);
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

static void
created_cb (PreSetupAssistant *self,
            gint64             convention_id,
            GtkWidget         *parent)
{
  pre_window_toast_for_widget (parent, _("The convention is set up"));
}

AdwDialog *
pre_setup_assistant_present_for (GtkWidget *parent,
                                 PreStore  *store)
{
  AdwDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PRE_IS_STORE (store), NULL);

  dialog = pre_setup_assistant_new (store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), parent, 0);
  adw_dialog_present (dialog, parent);
  return dialog;
}
