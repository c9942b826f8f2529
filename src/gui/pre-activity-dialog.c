/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "pre-activity-dialog.h"
#include "pre-date.h"
#include "pre-error.h"
#include "pre-money.h"
#include "pre-partner.h"
#include "pre-territory.h"
#include "pre-window.h"

/* A field that can be wrong: its row, and a row under it with the message. */
typedef struct
{
  const char *name;
  GtkWidget  *row;
  GtkWidget  *message_row;
  GtkLabel   *message;
  gboolean    touched;
} Field;

enum {
  FIELD_DATE,
  FIELD_COST,
  FIELD_YOUTH_CODE,
  FIELD_PARTICIPANTS,
  FIELD_DURATION,
  FIELD_UNTIL,
  N_FIELDS
};

struct _PreActivityDialog
{
  AdwDialog       parent_instance;

  /* Template widgets */
  AdwEntryRow    *cost_row;
  AdwEntryRow    *date_row;
  AdwSpinRow     *duration_row;
  AdwSpinRow     *every_row;
  AdwPreferencesGroup *main_group;
  AdwEntryRow    *notes_row;
  AdwSpinRow     *participants_row;
  AdwPreferencesGroup *participation_group;
  AdwPreferencesGroup *partners_group;
  AdwEntryRow    *provider_row;
  GtkButton      *save_button;
  AdwPreferencesGroup *series_group;
  AdwComboRow    *status_row;
  AdwComboRow    *territory_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *topic_row;
  AdwEntryRow    *until_row;
  AdwComboRow    *weekday_row;
  AdwEntryRow    *youth_code_row;

  PreStore       *store;
  PreConvention  *convention;
  PreMission     *mission;
  PreActivity    *activity;    /* the session edited; a new one has id 0 */
  gboolean        series;
  gboolean        loading;

  GArray         *territory_ids;       /* gint64, index = combo position */
  GPtrArray      *partner_checks;      /* GtkCheckButton, data "partner-id" */
  GPtrArray      *participation_rows;  /* AdwSpinRow, data "territory-id" */

  Field           fields[N_FIELDS];
  gboolean        valid;
};

G_DEFINE_FINAL_TYPE (PreActivityDialog, pre_activity_dialog, ADW_TYPE_DIALOG)

PreActivity *
pre_activity_copy_unsaved (PreActivity *activity)
{
  PreActivity *copy;
  const gint64 *ids;
  guint n_ids;

  g_return_val_if_fail (PRE_IS_ACTIVITY (activity), NULL);

  copy = pre_activity_new ();
  pre_activity_set_mission_id (copy, pre_activity_get_mission_id (activity));
  pre_activity_set_territory_id (copy, pre_activity_get_territory_id (activity));
  pre_activity_set_date (copy, pre_activity_get_date (activity));
  pre_activity_set_title (copy, pre_activity_get_title (activity));
  pre_activity_set_status (copy, pre_activity_get_status (activity));
  pre_activity_set_cost (copy, pre_activity_get_cost (activity));
  pre_activity_set_provider (copy, pre_activity_get_provider (activity));
  pre_activity_set_participants (copy, pre_activity_get_participants (activity));
  pre_activity_set_duration_minutes (copy, pre_activity_get_duration_minutes (activity));
  pre_activity_set_youth_code (copy, pre_activity_get_youth_code (activity));
  pre_activity_set_topic (copy, pre_activity_get_topic (activity));
  pre_activity_set_notes (copy, pre_activity_get_notes (activity));
  ids = pre_activity_get_partner_ids (activity, &n_ids);
  pre_activity_set_partner_ids (copy, ids, n_ids);
  ids = pre_activity_get_participation_territories (activity, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    pre_activity_set_participation (copy, ids[i], pre_activity_get_participation (activity, ids[i]));

  return copy;
}

static Field *
find_field (PreActivityDialog *self,
            const char        *name)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (self->fields[i].name, name) == 0)
      return &self->fields[i];
  return NULL;
}

static void
set_message (Field      *field,
             const char *message)
{
  gboolean shown = message != NULL && field->touched;

  gtk_label_set_label (field->message, message != NULL ? message : "");
  gtk_widget_set_visible (field->message_row, shown);
  if (shown)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
}

/* The field's message row goes right under it, in the same boxed list. */
static void
setup_field (PreActivityDialog *self,
             guint              index,
             const char        *name,
             GtkWidget         *row)
{
  Field *field = &self->fields[index];
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *label;

  field->name = name;
  field->row = row;
  field->message_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field->message_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (field->message_row), FALSE);
  gtk_widget_set_focusable (field->message_row, FALSE);
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (field->message_row), label);
  field->message = GTK_LABEL (label);
  gtk_widget_set_visible (field->message_row, FALSE);
  gtk_list_box_insert (GTK_LIST_BOX (list), field->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
  /* The field's message is read with it. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                  -1);
}

static gboolean
is_training (PreActivityDialog *self)
{
  return pre_mission_get_kind (self->mission) == PRE_MISSION_TRAINING;
}

/* Reads the form into @activity; each field's problem goes into @messages. */
static void
collect (PreActivityDialog *self,
         PreActivity       *activity,
         GHashTable        *messages)
{
  PreMissionKind kind = pre_mission_get_kind (self->mission);
  const char *text;
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;
  guint selected;
  int duration;

  pre_activity_set_mission_id (activity, pre_mission_get_id (self->mission));

  text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (!pre_date_parse (text, &iso, &error))
    g_hash_table_insert (messages, (gpointer)"date", g_strdup (error->message));
  else if (!pre_convention_contains_year (self->convention, pre_date_year (iso)))
    {
      g_autofree char *years = pre_convention_dup_years_label (self->convention);
      g_hash_table_insert (messages, (gpointer)"date",
                           g_strdup_printf (_("The date %s is outside the convention’s years (%s)."),
                                            text, years));
    }
  else
    pre_activity_set_date (activity, iso);
  g_clear_error (&error);

  pre_activity_set_title (activity, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));

  selected = adw_combo_row_get_selected (self->territory_row);
  if (selected != GTK_INVALID_LIST_POSITION && selected < self->territory_ids->len)
    pre_activity_set_territory_id (activity, g_array_index (self->territory_ids, gint64, selected));

  selected = adw_combo_row_get_selected (self->status_row);
  if (selected <= PRE_ACTIVITY_CANCELLED)
    pre_activity_set_status (activity, (PreActivityStatus)selected);

  text = gtk_editable_get_text (GTK_EDITABLE (self->cost_row));
  if (!pre_money_parse (text, &cents, &error))
    g_hash_table_insert (messages, (gpointer)"cost", g_strdup (error->message));
  else
    pre_activity_set_cost (activity, cents);
  g_clear_error (&error);

  pre_activity_set_provider (activity, gtk_editable_get_text (GTK_EDITABLE (self->provider_row)));

  if (kind == PRE_MISSION_PSYCHOLOGY)
    {
      g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->youth_code_row))));

      if (!pre_youth_code_validate (code, &error))
        g_hash_table_insert (messages, (gpointer)"youth-code", g_strdup (error->message));
      else
        pre_activity_set_youth_code (activity, code);
      g_clear_error (&error);
    }
  else
    pre_activity_set_youth_code (activity, "");

  if (kind != PRE_MISSION_PSYCHOLOGY)
    pre_activity_set_topic (activity, gtk_editable_get_text (GTK_EDITABLE (self->topic_row)));
  pre_activity_set_notes (activity, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));

  duration = (int)adw_spin_row_get_value (self->duration_row);
  if (is_training (self))
    duration = (int)(adw_spin_row_get_value (self->duration_row) * 60 + 0.5);
  pre_activity_set_duration_minutes (activity, duration > 0 ? duration : -1);

  if (self->partner_checks->len > 0)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < self->partner_checks->len; i++)
        {
          GtkCheckButton *check = g_ptr_array_index (self->partner_checks, i);
          if (gtk_check_button_get_active (check))
            {
              gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (check), "partner-id");
              g_array_append_val (ids, id);
            }
        }
      pre_activity_set_partner_ids (activity, (gint64 *)(gpointer)ids->data, ids->len);
    }

  if (is_training (self))
    {
      int total = 0;

      for (guint i = 0; i < self->participation_rows->len; i++)
        {
          AdwSpinRow *row = g_ptr_array_index (self->participation_rows, i);
          gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (row), "territory-id");
          int n = (int)adw_spin_row_get_value (row);

          pre_activity_set_participation (activity, id, n > 0 ? n : -1);
          total += MAX (n, 0);
        }
      pre_activity_set_participants (activity, total > 0 ? total : -1);
    }
  else
    pre_activity_set_participants (activity, (int)adw_spin_row_get_value (self->participants_row));

  if (self->series)
    {
      g_autofree char *until = NULL;

      text = gtk_editable_get_text (GTK_EDITABLE (self->until_row));
      if (!pre_date_parse (text, &until, &error))
        g_hash_table_insert (messages, (gpointer)"until", g_strdup (error->message));
      else if (!pre_convention_contains_year (self->convention, pre_date_year (until)))
        {
          g_autofree char *years = pre_convention_dup_years_label (self->convention);
          g_hash_table_insert (messages, (gpointer)"until",
                               g_strdup_printf (_("The last day %s is outside the convention’s years (%s)."),
                                                text, years));
        }
      else if (iso != NULL && strcmp (until, iso) < 0)
        g_hash_table_insert (messages, (gpointer)"until",
                             g_strdup (_("The last day of the series comes before its first day.")));
      g_clear_error (&error);
    }

  /* The core's own rules, once every field reads. */
  if (g_hash_table_size (messages) == 0 && !pre_activity_validate (activity, &error))
    {
      const char *field = pre_validation_error_get_field (error);

      if (g_strcmp0 (field, "participants") == 0 || g_strcmp0 (field, "duration-minutes") == 0 ||
          g_strcmp0 (field, "date") == 0 || g_strcmp0 (field, "cost") == 0 ||
          g_strcmp0 (field, "youth-code") == 0)
        g_hash_table_insert (messages, (gpointer)g_intern_string (field), g_strdup (error->message));
      else
        g_hash_table_insert (messages, (gpointer)"date", g_strdup (error->message));
    }
}

static void
validate (PreActivityDialog *self)
{
  g_autoptr(GHashTable) messages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(PreActivity) scratch = pre_activity_copy_unsaved (self->activity);

  collect (self, scratch, messages);
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->fields[i].name != NULL)
      set_message (&self->fields[i], g_hash_table_lookup (messages, self->fields[i].name));

  self->valid = g_hash_table_size (messages) == 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->valid);
}

static void
field_changed_cb (PreActivityDialog *self)
{
  if (!self->loading)
    validate (self);
}

/* Typing in a field shows its message from then on. */
static void
touch_cb (GtkEditable *editable,
          Field       *field)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (editable), PRE_TYPE_ACTIVITY_DIALOG);

  field->touched = TRUE;
  if (dialog != NULL && !PRE_ACTIVITY_DIALOG (dialog)->loading)
    validate (PRE_ACTIVITY_DIALOG (dialog));
}

static void
save_cb (PreActivityDialog *self)
{
  g_autoptr(GHashTable) messages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  GtkWidget *parent = NULL;

  for (guint i = 0; i < N_FIELDS; i++)
    self->fields[i].touched = TRUE;
  validate (self);
  if (!self->valid)
    return;

  collect (self, self->activity, messages);

  if (self->series)
    {
      g_autofree char *until = NULL;
      g_autofree char *from = NULL;
      guint n_created = 0;
      guint weekday = adw_combo_row_get_selected (self->weekday_row);

      pre_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &from, NULL);
      pre_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->until_row)), &until, NULL);
      if (!pre_store_plan_series (self->store, self->activity, from, until,
                                  (guint)adw_spin_row_get_value (self->every_row),
                                  (GDateWeekday)(weekday + G_DATE_MONDAY),
                                  &n_created, &error))
        goto failed;
      done = g_strdup_printf (ngettext ("%u session planned", "%u sessions planned", n_created),
                              n_created);
    }
  else
    {
      gboolean is_new = pre_activity_get_id (self->activity) == 0;

      if (!pre_store_save_activity (self->store, self->activity, &error))
        goto failed;
      done = g_strdup (is_new ? _("Session added") : _("Session saved"));
    }

  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  /* Dated in another year than the one shown: the list will not show it,
   * so say where it went. */
  if (!self->series && parent != NULL && PRE_IS_WINDOW (gtk_widget_get_root (parent)))
    {
      PreSession *session = pre_window_get_session (PRE_WINDOW (gtk_widget_get_root (parent)));
      int year = pre_date_year (pre_activity_get_date (self->activity));

      if (session != NULL && year > 0 && year != pre_session_get_year (session))
        {
          g_free (done);
          /* Translators: %d is the year of the session just saved. */
          done = g_strdup_printf (_("The session is saved in %d: choose that year to see it"), year);
        }
    }
  if (parent != NULL)
    pre_window_toast_for_widget (parent, done);
  adw_dialog_force_close (ADW_DIALOG (self));
  return;

failed:
  {
    Field *field = find_field (self, pre_validation_error_get_field (error));

    if (field != NULL)
      {
        field->touched = TRUE;
        set_message (field, error->message);
        gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      }
    else
      {
        AdwDialog *alert = adw_alert_dialog_new (_("Cannot Save the Session"), error->message);
        adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
        adw_dialog_present (alert, GTK_WIDGET (self));
      }
  }
}

static void
add_partner_rows (PreActivityDialog *self)
{
  g_autoptr(GListModel) partners = NULL;
  guint n;

  partners = pre_store_list_convention_parties (self->store, pre_convention_get_id (self->convention), NULL);
  if (partners == NULL)
    return;

  n = g_list_model_get_n_items (partners);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (partners, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 *id = g_new (gint64, 1);

      *id = pre_partner_get_id (partner);
      g_object_set_data_full (G_OBJECT (check), "partner-id", id, g_free);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), pre_activity_has_partner (self->activity, *id));
      g_signal_connect_swapped (check, "notify::active", G_CALLBACK (validate), self);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pre_partner_get_name (partner));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->partners_group, row);
      g_ptr_array_add (self->partner_checks, check);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->partners_group), n > 0);
}

static void
fill_territories (PreActivityDialog *self,
                  GListModel        *territories)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 all = 0;
  guint n = territories != NULL ? g_list_model_get_n_items (territories) : 0;
  guint selected = 0;

  g_array_append_val (self->territory_ids, all);
  gtk_string_list_append (names, _("All territories"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);
      gint64 id = pre_territory_get_id (territory);

      g_array_append_val (self->territory_ids, id);
      gtk_string_list_append (names, pre_territory_get_name (territory));
      if (id == pre_activity_get_territory_id (self->activity))
        selected = i + 1;

      if (is_training (self))
        {
          GtkWidget *row = adw_spin_row_new_with_range (0, 10000, 1);
          gint64 *tid = g_new (gint64, 1);
          int value = pre_activity_get_participation (self->activity, id);

          *tid = id;
          g_object_set_data_full (G_OBJECT (row), "territory-id", tid, g_free);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pre_territory_get_name (territory));
          adw_spin_row_set_value (ADW_SPIN_ROW (row), MAX (value, 0));
          g_signal_connect_swapped (row, "notify::value", G_CALLBACK (validate), self);
          adw_preferences_group_add (self->participation_group, row);
          g_ptr_array_add (self->participation_rows, row);
        }
    }
  adw_combo_row_set_model (self->territory_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->territory_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->participation_group), is_training (self) && n > 0);
}

static void
load (PreActivityDialog *self,
      const char        *default_date)
{
  PreMissionKind kind = pre_mission_get_kind (self->mission);
  gboolean is_new = pre_activity_get_id (self->activity) == 0;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GListModel) territories = NULL;
  g_autofree char *date = NULL;
  g_autofree char *cost = NULL;
  int duration;

  self->loading = TRUE;

  if (self->series)
    adw_dialog_set_title (ADW_DIALOG (self), _("Plan a Series"));
  else if (is_new)
    adw_dialog_set_title (ADW_DIALOG (self), _("New Session"));
  else
    adw_dialog_set_title (ADW_DIALOG (self), _("Edit Session"));
  adw_preferences_group_set_title (self->main_group, pre_mission_kind_get_label (kind));

  for (int s = PRE_ACTIVITY_PLANNED; s <= PRE_ACTIVITY_CANCELLED; s++)
    gtk_string_list_append (statuses, pre_activity_status_get_label ((PreActivityStatus)s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row, self->series ? PRE_ACTIVITY_PLANNED
                                                              : pre_activity_get_status (self->activity));
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_row), !self->series);

  territories = pre_store_list_territories (self->store, FALSE, NULL);
  fill_territories (self, territories);

  /* The words of each mission. */
  switch (kind)
    {
    case PRE_MISSION_COORDINATION:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->provider_row), _("Led By"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notes_row), _("Minutes of the Meeting"));
      adw_preferences_group_set_title (self->partners_group, _("Partners Present"));
      gtk_widget_set_visible (GTK_WIDGET (self->topic_row), TRUE);
      add_partner_rows (self);
      break;
    case PRE_MISSION_PSYCHOLOGY:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->provider_row), _("Psychologist"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cost_row), _("Price per Session"));
      gtk_widget_set_visible (GTK_WIDGET (self->youth_code_row), TRUE);
      break;
    case PRE_MISSION_PROJECT:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->provider_row), _("Provider"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cost_row), _("Cost or Budget"));
      adw_preferences_group_set_title (self->partners_group, _("Partners Involved"));
      gtk_widget_set_visible (GTK_WIDGET (self->topic_row), TRUE);
      add_partner_rows (self);
      break;
    case PRE_MISSION_TRAINING:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->provider_row), _("Trainer or Organisation"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duration_row), _("Duration in Hours"));
      gtk_widget_set_visible (GTK_WIDGET (self->topic_row), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->participants_row), FALSE);
      adw_spin_row_set_digits (self->duration_row, 1);
      gtk_adjustment_configure (adw_spin_row_get_adjustment (self->duration_row),
                                0, 0, 200, 0.5, 1, 0);
      break;
    default:
      g_assert_not_reached ();
    }

  date = pre_date_format_short (is_new ? default_date : pre_activity_get_date (self->activity));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), pre_activity_get_title (self->activity));
  if (!is_new || pre_activity_get_cost (self->activity) > 0)
    {
      cost = pre_money_format (pre_activity_get_cost (self->activity));
      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), pre_activity_get_provider (self->activity));
  gtk_editable_set_text (GTK_EDITABLE (self->youth_code_row), pre_activity_get_youth_code (self->activity));
  gtk_editable_set_text (GTK_EDITABLE (self->topic_row), pre_activity_get_topic (self->activity));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), pre_activity_get_notes (self->activity));
  adw_spin_row_set_value (self->participants_row, MAX (pre_activity_get_participants (self->activity), 0));
  duration = MAX (pre_activity_get_duration_minutes (self->activity), 0);
  adw_spin_row_set_value (self->duration_row, is_training (self) ? duration / 60.0 : duration);

  if (self->series)
    {
      g_autofree char *until = g_strdup_printf ("%d-06-30", pre_date_year (default_date) + 1);
      g_autofree char *shown = NULL;
      GDate d;
      int y, m, day;

      if (!pre_convention_contains_year (self->convention, pre_date_year (until)))
        {
          g_free (until);
          until = g_strdup_printf ("%d-12-31", pre_convention_get_last_year (self->convention));
        }
      shown = pre_date_format_short (until);
      gtk_editable_set_text (GTK_EDITABLE (self->until_row), shown);
      g_date_clear (&d, 1);
      if (sscanf (default_date, "%d-%d-%d", &y, &m, &day) == 3)
        {
          g_date_set_dmy (&d, (GDateDay)day, (GDateMonth)m, (GDateYear)y);
          adw_combo_row_set_selected (self->weekday_row, g_date_get_weekday (&d) - G_DATE_MONDAY);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->series_group), TRUE);
    }

  setup_field (self, FIELD_DATE, "date", GTK_WIDGET (self->date_row));
  setup_field (self, FIELD_COST, "cost", GTK_WIDGET (self->cost_row));
  setup_field (self, FIELD_YOUTH_CODE, "youth-code", GTK_WIDGET (self->youth_code_row));
  setup_field (self, FIELD_PARTICIPANTS, "participants", GTK_WIDGET (self->participants_row));
  setup_field (self, FIELD_DURATION, "duration-minutes", GTK_WIDGET (self->duration_row));
  setup_field (self, FIELD_UNTIL, "until", GTK_WIDGET (self->until_row));
  for (guint i = 0; i < N_FIELDS; i++)
    if (GTK_IS_EDITABLE (self->fields[i].row))
      g_signal_connect (self->fields[i].row, "changed", G_CALLBACK (touch_cb), &self->fields[i]);

  /* An existing session's problems show at once. */
  if (!is_new)
    for (guint i = 0; i < N_FIELDS; i++)
      self->fields[i].touched = TRUE;

  self->loading = FALSE;
  validate (self);
}

const char *
pre_activity_dialog_get_message (PreActivityDialog *self,
                                 const char        *field)
{
  Field *f;

  g_return_val_if_fail (PRE_IS_ACTIVITY_DIALOG (self), NULL);

  f = find_field (self, field);
  if (f == NULL || !gtk_widget_get_visible (f->message_row))
    return NULL;
  return gtk_label_get_label (f->message);
}

gboolean
pre_activity_dialog_get_can_save (PreActivityDialog *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY_DIALOG (self), FALSE);

  return self->valid && gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

static void
pre_activity_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_ACTIVITY_DIALOG);

  G_OBJECT_CLASS (pre_activity_dialog_parent_class)->dispose (object);
}

static void
pre_activity_dialog_finalize (GObject *object)
{
  PreActivityDialog *self = PRE_ACTIVITY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->convention);
  g_clear_object (&self->mission);
  g_clear_object (&self->activity);
  g_clear_pointer (&self->territory_ids, g_array_unref);
  g_clear_pointer (&self->partner_checks, g_ptr_array_unref);
  g_clear_pointer (&self->participation_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pre_activity_dialog_parent_class)->finalize (object);
}

static void
pre_activity_dialog_class_init (PreActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_activity_dialog_dispose;
  object_class->finalize = pre_activity_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, every_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, main_group);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, participants_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, participation_group);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, partners_group);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, series_group);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, territory_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, PreActivityDialog, youth_code_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
}

static void
pre_activity_dialog_init (PreActivityDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->territory_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->partner_checks = g_ptr_array_new ();
  self->participation_rows = g_ptr_array_new ();
}

AdwDialog *
pre_activity_dialog_new (PreStore      *store,
                         PreConvention *convention,
                         PreMission    *mission,
                         PreActivity   *activity,
                         const char    *default_date,
                         gboolean       series)
{
  PreActivityDialog *self;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (PRE_IS_CONVENTION (convention), NULL);
  g_return_val_if_fail (PRE_IS_MISSION (mission), NULL);
  g_return_val_if_fail (activity == NULL || PRE_IS_ACTIVITY (activity), NULL);
  g_return_val_if_fail (activity != NULL || default_date != NULL, NULL);

  self = g_object_new (PRE_TYPE_ACTIVITY_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->convention = g_object_ref (convention);
  self->mission = g_object_ref (mission);
  self->series = series;
  if (activity != NULL && !series)
    self->activity = g_object_ref (activity);
  else if (activity != NULL)
    self->activity = pre_activity_copy_unsaved (activity);
  else
    {
      self->activity = pre_activity_new ();
      pre_activity_set_mission_id (self->activity, pre_mission_get_id (mission));
      pre_activity_set_status (self->activity, PRE_ACTIVITY_PLANNED);
      /* A psychologist's session is for one young person. */
      if (pre_mission_get_kind (mission) == PRE_MISSION_PSYCHOLOGY)
        pre_activity_set_participants (self->activity, 1);
    }

  load (self, activity != NULL && series ? pre_activity_get_date (activity) : default_date);

  return ADW_DIALOG (self);
}
