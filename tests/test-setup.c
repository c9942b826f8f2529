/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-amendment.h"
#include "pre-application.h"
#include "pre-backup-actions.h"
#include "pre-backups.h"
#include "pre-date.h"
#include "pre-convention.h"
#include "pre-example.h"
#include "pre-form-dialog.h"
#include "pre-funding-share.h"
#include "pre-mission.h"
#include "pre-partner.h"
#include "pre-screenshot.h"
#include "pre-setup-assistant.h"
#include "pre-setup.h"
#include "pre-territory.h"
#include "pre-window.h"

/* Setting up a convention from nothing, and the Territories & partners page:
 * the first-run assistant (cancel writes nothing, confirm writes all), the
 * example's communes, an entity still in use refused with core's message
 * and Archive offered, and a form whose invalid field blocks Save. */

static PreApplication *app;
static PreWindow *window;
static char *tmp_dir;
static char *output_dir;
static const char *lang;

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *left = user_data;

  if (*left > 0)
    (*left)--;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
wait_frames (guint n)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint left = n;

  gtk_widget_add_tick_callback (GTK_WIDGET (window), count_frame_cb, &left, NULL);
  while (left > 0)
    {
      if (g_get_monotonic_time () > end)
        g_error ("The window drew no frame in 20 s: is it shown?");
      g_main_context_iteration (NULL, TRUE);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_any (GtkWidget *widget,
          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_any (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A preferences row (or group) of @type titled @title, mapped or not. */
static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      const char *text = ADW_IS_PREFERENCES_ROW (widget) ?
        adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)) :
        adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
      if (g_strcmp0 (text, title) == 0)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled (child, type, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_children_of_type (GtkWidget *widget,
                        GType      type)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        n++;
      else
        n += count_children_of_type (child, type);
    }
  return n;
}

static void
show_page (const char *page)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
  wait_frames (3);
  g_assert_cmpstr (pre_window_get_page (window), ==, page);
}

static void
save_screenshot (const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("setup-%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  wait_frames (3);
  g_assert_true (pre_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
}

static guint
count_model (GListModel *model)
{
  guint n;

  g_assert_nonnull (model);
  n = g_list_model_get_n_items (model);
  g_object_unref (model);
  return n;
}

typedef struct
{
  guint territories;
  guint partners;
  guint conventions;
} Counts;

static Counts
get_counts (void)
{
  PreStore *store = pre_application_get_store (app);
  Counts counts;

  counts.territories = count_model (pre_store_list_territories (store, TRUE, NULL));
  counts.partners = count_model (pre_store_list_partners (store, TRUE, NULL));
  counts.conventions = count_model (pre_store_list_conventions (store, NULL));
  return counts;
}

/* The example: its 5 communes on the page. */
static void
test_territories_example (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  GtkWidget *group;
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_store_load_example (pre_application_get_store (app), TRUE, &error));
  g_assert_no_error (error);
  show_page ("territories");

  group = find_titled (page, ADW_TYPE_PREFERENCES_GROUP, _("Territories"));
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_mapped (group));
  g_assert_cmpuint (count_children_of_type (group, ADW_TYPE_EXPANDER_ROW), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const char *communes[] = { "Chenôve", "Dijon", "Longvic", "Quetigny", "Talant" };
      g_assert_nonnull (find_titled (group, ADW_TYPE_EXPANDER_ROW, communes[i]));
    }
  group = find_titled (page, ADW_TYPE_PREFERENCES_GROUP, _("Partners"));
  g_assert_cmpuint (count_children_of_type (group, ADW_TYPE_ACTION_ROW), ==, 6);
  g_assert_nonnull (find_titled (page, ADW_TYPE_ACTION_ROW, "Dijon Métropole"));
  save_screenshot ("territories");

  /* Further down: the convention, its years and deliberations. */
  {
    GtkWidget *deliberations = find_titled (page, ADW_TYPE_PREFERENCES_GROUP, _("Deliberations That Approved It"));
    GtkWidget *scrolled = gtk_widget_get_ancestor (deliberations, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    g_assert_true (gtk_widget_compute_point (deliberations, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 400);
    save_screenshot ("territories-convention");
    gtk_adjustment_set_value (adjustment, 0);
  }
}

/* Chenôve has sessions: core refuses, the alert says why and offers Archive. */
static void
test_territories_delete_in_use (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  PreStore *store = pre_application_get_store (app);
  g_autoptr(GListModel) territories = pre_store_list_territories (store, FALSE, NULL);
  g_autoptr(GError) expected = NULL;
  GtkWidget *row, *button, *alert;
  gint64 chenove = 0;

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);
      if (g_str_equal (pre_territory_get_name (territory), "Chenôve"))
        chenove = pre_territory_get_id (territory);
    }
  g_assert_cmpint (chenove, >, 0);
  /* What core says (and a refusal changes nothing). */
  g_assert_false (pre_store_delete_territory (store, chenove, &expected));
  g_assert_error (expected, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (expected->message, "Chenôve"));

  row = find_titled (page, ADW_TYPE_EXPANDER_ROW, "Chenôve");
  g_assert_nonnull (row);
  button = find_button_with_tooltip (row, _("Delete"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_frames (3);

  alert = find_any (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)), ==, expected->message);
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (alert), "archive"));
  save_screenshot ("delete-in-use");
  g_assert_true (adw_dialog_close (ADW_DIALOG (alert)));
  wait_frames (3);

  /* The keyboard: Delete on the focused row does the same. */
  gtk_widget_grab_focus (row);
  gtk_widget_activate_action (page, "territories.delete", NULL);
  wait_frames (3);
  alert = find_any (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)), ==, expected->message);
  g_assert_true (adw_dialog_close (ADW_DIALOG (alert)));
  wait_frames (3);

  /* Still there, not archived. */
  g_assert_cmpuint (count_model (pre_store_list_territories (store, FALSE, NULL)), ==, 5);
}

/* An empty name blocks Save in the territory form; a name frees it. */
static void
test_territories_form_validation (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  PreFormDialog *dialog;
  GtkWidget *row;

  gtk_widget_activate_action (page, "territories.add-territory", NULL);
  wait_frames (3);
  dialog = PRE_FORM_DIALOG (find_any (GTK_WIDGET (window), PRE_TYPE_FORM_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (pre_form_dialog_can_save (dialog));
  g_assert_nonnull (pre_form_dialog_get_message (dialog));
  row = pre_form_dialog_get_row (dialog, "name");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  save_screenshot ("territory-form-invalid");

  gtk_editable_set_text (GTK_EDITABLE (row), "Fontaine-lès-Dijon");
  g_assert_true (pre_form_dialog_can_save (dialog));
  g_assert_null (pre_form_dialog_get_message (dialog));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  /* Cancel: nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.cancel", NULL);
  wait_frames (3);
  g_assert_cmpuint (count_model (pre_store_list_territories (pre_application_get_store (app), TRUE, NULL)), ==, 5);
}

/* Add a commune through its form, delete it, and Undo brings it back. */
static void
test_territories_add_delete_undo (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  PreStore *store = pre_application_get_store (app);
  PreFormDialog *dialog;
  GtkWidget *row, *button, *toast_button;
  guint before = count_model (pre_store_list_territories (store, TRUE, NULL));

  gtk_widget_activate_action (page, "territories.add-territory", NULL);
  wait_frames (3);
  dialog = PRE_FORM_DIALOG (find_any (GTK_WIDGET (window), PRE_TYPE_FORM_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "name")), "Fontaine-lès-Dijon");
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "insee-code")), "21278");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  wait_frames (4);
  g_assert_cmpuint (count_model (pre_store_list_territories (store, TRUE, NULL)), ==, before + 1);

  row = find_titled (page, ADW_TYPE_EXPANDER_ROW, "Fontaine-lès-Dijon");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "INSEE 21278 · 0 QPV");

  /* A commune nothing refers to is deleted at once, with Undo. */
  button = find_button_with_tooltip (row, _("Delete"));
  g_signal_emit_by_name (button, "clicked");
  wait_frames (4);
  g_assert_cmpuint (count_model (pre_store_list_territories (store, TRUE, NULL)), ==, before);
  g_assert_null (find_titled (page, ADW_TYPE_EXPANDER_ROW, "Fontaine-lès-Dijon"));
  save_screenshot ("deleted-undo");

  toast_button = find_button_with_label (GTK_WIDGET (window), _("_Undo"));
  g_assert_nonnull (toast_button);
  g_signal_emit_by_name (toast_button, "clicked");
  wait_frames (4);
  g_assert_cmpuint (count_model (pre_store_list_territories (store, TRUE, NULL)), ==, before + 1);
  row = find_titled (page, ADW_TYPE_EXPANDER_ROW, "Fontaine-lès-Dijon");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "INSEE 21278 · 0 QPV");
}

/* Chenôve in use: Archive instead, and it says so. */
static void
test_territories_archive (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  PreStore *store = pre_application_get_store (app);
  GtkWidget *row, *alert;

  row = find_titled (page, ADW_TYPE_EXPANDER_ROW, "Chenôve");
  g_signal_emit_by_name (find_button_with_tooltip (row, _("Delete")), "clicked");
  wait_frames (3);
  alert = find_any (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
  g_assert_nonnull (alert);
  g_signal_emit_by_name (alert, "response", "archive");
  wait_frames (4);

  g_assert_cmpuint (count_model (pre_store_list_territories (store, FALSE, NULL)),
                    ==, count_model (pre_store_list_territories (store, TRUE, NULL)) - 1);
  row = find_titled (page, ADW_TYPE_EXPANDER_ROW, "Chenôve");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), _("Archived")));
  /* Brought back. */
  g_signal_emit_by_name (find_button_with_tooltip (row, _("Bring Back")), "clicked");
  wait_frames (4);
  g_assert_cmpuint (count_model (pre_store_list_territories (store, FALSE, NULL)),
                    ==, count_model (pre_store_list_territories (store, TRUE, NULL)));
}

/* The deliberation that approved the convention opens the board's page. */
static void
test_territories_deliberation (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  GtkWidget *group = find_titled (page, ADW_TYPE_PREFERENCES_GROUP, _("Deliberations That Approved It"));
  GtkWidget *row;

  g_assert_nonnull (group);
  row = find_any (group, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Convention Pluriannuelle"));
  g_assert_true (gtk_widget_activate (row));
  wait_frames (3);
  g_assert_cmpstr (pre_window_get_page (window), ==, "board");
  show_page ("territories");
}

/* An amendment: a date that does not exist blocks Save; a good one saves. */
static void
test_territories_amendment (void)
{
  GtkWidget *page = pre_window_get_page_widget (window, "territories");
  PreStore *store = pre_application_get_store (app);
  PreConvention *convention = pre_session_get_convention (pre_window_get_session (window));
  PreFormDialog *dialog;
  GtkWidget *group;

  g_assert_nonnull (convention);
  gtk_widget_activate_action (page, "territories.add-amendment", NULL);
  wait_frames (3);
  dialog = PRE_FORM_DIALOG (find_any (GTK_WIDGET (window), PRE_TYPE_FORM_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "date")), "31/02/2025");
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "number")), "1");
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "description")),
                         "The training budget of 2025 raised to €4,500.00");
  g_assert_false (pre_form_dialog_can_save (dialog));
  g_assert_true (gtk_widget_has_css_class (pre_form_dialog_get_row (dialog, "date"), "error"));
  save_screenshot ("amendment-invalid-date");

  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "date")), "15/03/2025");
  g_assert_true (pre_form_dialog_can_save (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  wait_frames (4);
  g_assert_cmpuint (count_model (pre_store_list_amendments (store, pre_convention_get_id (convention), NULL)), ==, 1);

  group = find_titled (page, ADW_TYPE_PREFERENCES_GROUP, _("Amendments (Avenants)"));
  {
    g_autofree char *date = pre_date_format_long ("2025-03-15");
    g_autofree char *title = g_strdup_printf (_("Avenant %s of %s"), "1", date);
    GtkWidget *row = find_titled (group, ADW_TYPE_ACTION_ROW, title);

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "The training budget of 2025 raised to €4,500.00");
  }
}

static PreSetupAssistant *
open_assistant (void)
{
  GtkWidget *assistant;

  g_action_group_activate_action (G_ACTION_GROUP (app), "setup-convention", NULL);
  wait_frames (3);
  assistant = find_any (GTK_WIDGET (window), PRE_TYPE_SETUP_ASSISTANT);
  g_assert_nonnull (assistant);
  g_assert_cmpstr (pre_setup_assistant_get_step (PRE_SETUP_ASSISTANT (assistant)), ==, "convention");
  return PRE_SETUP_ASSISTANT (assistant);
}

static void
set_row (PreSetupAssistant *assistant,
         const char        *title,
         const char        *text)
{
  GtkWidget *row = find_titled (GTK_WIDGET (assistant), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
next_step (PreSetupAssistant *assistant,
           const char        *expected)
{
  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  wait_frames (3);
  g_assert_cmpstr (pre_setup_assistant_get_step (assistant), ==, expected);
}

/* The example goes: the file is empty again, as on a first run. */
static void
test_overview_first_run (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pre_store_remove_example (pre_application_get_store (app), &error));
  g_assert_no_error (error);
  show_page ("overview");
  wait_frames (3);
  {
    Counts counts = get_counts ();
    g_assert_cmpuint (counts.conventions, ==, 0);
  }
}

static void
test_assistant_cancel (void)
{
  Counts before = get_counts ();
  PreSetupAssistant *assistant = open_assistant ();
  Counts after;

  set_row (assistant, _("Title"), "Convention PRE");
  set_row (assistant, _("Annual Forecast Cost"), "20000");
  next_step (assistant, "coordinator");
  set_row (assistant, _("Name"), "Dijon Métropole");
  next_step (assistant, "partners");
  pre_setup_assistant_add_partner (assistant, "CCAS de Chenôve", 0, "Chenôve");
  next_step (assistant, "missions");

  /* Typed steps are not thrown away without asking. */
  g_assert_false (adw_dialog_close (ADW_DIALOG (assistant)));
  wait_frames (3);
  {
    AdwDialog *alert = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

    g_assert_true (ADW_IS_ALERT_DIALOG (alert));
    g_signal_emit_by_name (alert, "response", "discard");
  }
  wait_frames (5);
  g_assert_null (find_any (GTK_WIDGET (window), PRE_TYPE_SETUP_ASSISTANT));

  after = get_counts ();
  g_assert_cmpuint (after.territories, ==, before.territories);
  g_assert_cmpuint (after.partners, ==, before.partners);
  g_assert_cmpuint (after.conventions, ==, 0);
}

static void
test_assistant_confirm (void)
{
  PreStore *store = pre_application_get_store (app);
  Counts before = get_counts ();
  PreSetupAssistant *assistant = open_assistant ();
  g_autoptr(PreSetup) empty = pre_setup_new ();
  g_autoptr(GError) expected = NULL;
  g_autoptr(PreConvention) convention = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  gint64 total = 0;
  Counts after;

  /* No title: core's message under the fields, and no next step. */
  empty->first_year = 2024;
  empty->last_year = 2026;
  g_assert_false (pre_setup_validate_convention (empty, &expected));
  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  wait_frames (3);
  g_assert_cmpstr (pre_setup_assistant_get_step (assistant), ==, "convention");
  g_assert_cmpstr (pre_setup_assistant_get_message (assistant), ==, expected->message);
  row = find_titled (GTK_WIDGET (assistant), ADW_TYPE_ENTRY_ROW, _("Title"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  save_screenshot ("assistant-1-invalid");

  set_row (assistant, _("Title"), "Convention pluriannuelle d'objectifs PRE");
  set_row (assistant, _("Reference"), "CPO-2024-PRE");
  adw_spin_row_set_value (ADW_SPIN_ROW (find_titled (GTK_WIDGET (assistant), ADW_TYPE_SPIN_ROW, _("First Year"))), 2024);
  adw_spin_row_set_value (ADW_SPIN_ROW (find_titled (GTK_WIDGET (assistant), ADW_TYPE_SPIN_ROW, _("Last Year"))), 2026);
  set_row (assistant, _("Annual Forecast Cost"), "20000");
  save_screenshot ("assistant-1-convention");
  next_step (assistant, "coordinator");
  g_assert_null (pre_setup_assistant_get_message (assistant));

  set_row (assistant, _("Name"), "Dijon Métropole");
  save_screenshot ("assistant-2-coordinator");
  next_step (assistant, "partners");

  pre_setup_assistant_add_partner (assistant, "CCAS de Dijon", 0, "Dijon");
  pre_setup_assistant_add_partner (assistant, "Ville de Quetigny", 1, "Quetigny");
  save_screenshot ("assistant-3-partners");
  next_step (assistant, "missions");

  set_row (assistant, pre_mission_kind_get_label (PRE_MISSION_COORDINATION), "5000");
  set_row (assistant, pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY), "8000");
  set_row (assistant, pre_mission_kind_get_label (PRE_MISSION_PROJECT), "4000");
  set_row (assistant, pre_mission_kind_get_label (PRE_MISSION_TRAINING), "3000");
  save_screenshot ("assistant-4-missions");
  next_step (assistant, "funding");

  /* The first year's amount goes to the other years. */
  {
    GtkWidget *group = find_titled (GTK_WIDGET (assistant), ADW_TYPE_PREFERENCES_GROUP, "Dijon Métropole");
    GtkWidget *y2024, *y2026;

    g_assert_nonnull (group);
    y2024 = find_titled (group, ADW_TYPE_ENTRY_ROW, "2024");
    y2026 = find_titled (group, ADW_TYPE_ENTRY_ROW, "2026");
    gtk_editable_set_text (GTK_EDITABLE (y2024), "12500");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (y2026)), ==, "12500");

    group = find_titled (GTK_WIDGET (assistant), ADW_TYPE_PREFERENCES_GROUP, "CCAS de Dijon");
    gtk_editable_set_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2024")), "4820");
    /* A year typed on its own stays as typed. */
    gtk_editable_set_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2026")), "5000");
    gtk_editable_set_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2024")), "4800");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2025"))), ==, "4800");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2026"))), ==, "5000");
  }
  save_screenshot ("assistant-5-funding");
  next_step (assistant, "summary");
  save_screenshot ("assistant-6-summary");

  /* Nothing is written before the last step confirms. */
  after = get_counts ();
  g_assert_cmpuint (after.conventions, ==, 0);
  g_assert_cmpuint (after.partners, ==, before.partners);

  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.create", NULL);
  wait_frames (5);
  g_assert_null (find_any (GTK_WIDGET (window), PRE_TYPE_SETUP_ASSISTANT));

  after = get_counts ();
  g_assert_cmpuint (after.conventions, ==, 1);
  g_assert_cmpuint (after.partners, ==, before.partners + 3);
  convention = pre_store_get_current_convention (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pre_convention_get_title (convention), ==, "Convention pluriannuelle d'objectifs PRE");
  g_assert_cmpstr (pre_convention_get_coordinator_name (convention), ==, "Dijon Métropole");
  g_assert_cmpint (pre_convention_get_annual_cost (convention), ==, 2000000);
  g_assert_cmpuint (count_model (pre_store_list_convention_parties (store, pre_convention_get_id (convention), NULL)), ==, 3);
  g_assert_cmpuint (count_model (pre_store_list_missions (store, pre_convention_get_id (convention), NULL)), ==, 4);
  g_assert_true (pre_store_get_funding_share_total (store, pre_convention_get_id (convention), 2025, &total, NULL));
  g_assert_cmpint (total, ==, 1250000 + 480000);
  g_assert_true (pre_store_get_funding_share_total (store, pre_convention_get_id (convention), 2026, &total, NULL));
  g_assert_cmpint (total, ==, 1250000 + 500000);

  show_page ("territories");
  save_screenshot ("territories-after-setup");
}

/* The start-up copy of the day, beside the database. */
static void
test_backups_startup (void)
{
  const char *db_path = pre_application_get_database_path (app);
  g_auto(GStrv) dates = pre_backups_list_dates (db_path);
  g_autofree char *today = pre_date_today_iso ();

  g_assert_cmpuint (g_strv_length (dates), ==, 1);
  g_assert_cmpstr (dates[0], ==, today);
}

/* Restoring the start-up copy (an empty file): the window comes back on it,
 * the file replaced is kept aside with the convention set up. */
static void
test_backups_restore (void)
{
  /* A copy: the application's string goes with the store it replaces. */
  g_autofree char *db_path = g_strdup (pre_application_get_database_path (app));
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *latest = pre_backups_find_latest (db_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_name_start = NULL;
  const char *name;
  AdwDialog *alert;

  g_assert_nonnull (latest);
  g_assert_cmpuint (get_counts ().conventions, ==, 1);

  alert = pre_backup_actions_confirm_restore (app, latest);
  g_assert_nonnull (alert);
  wait_frames (3);
  {
    g_autofree char *zero = g_strdup_printf (ngettext ("%u convention", "%u conventions", 0), 0);
    g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)), zero));
  }
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (alert), "restore"));
  save_screenshot ("restore-confirm");
  g_assert_true (adw_dialog_close (alert));
  wait_frames (3);

  g_assert_true (pre_backup_actions_restore (app, latest, &error));
  g_assert_no_error (error);
  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_assert_true (pre_window_get_store (window) == pre_application_get_store (app));
  wait_frames (4);
  g_assert_cmpuint (get_counts ().conventions, ==, 0);
  save_screenshot ("restored");

  {
    g_autofree char *base = g_path_get_basename (db_path);
    aside_name_start = g_strconcat (base, ".before-restore-", NULL);
  }
  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, aside_name_start) && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      aside = g_build_filename (dir, name, NULL);
  g_assert_nonnull (aside);
  {
    g_autoptr(PreStore) previous = pre_store_open (aside, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (count_model (pre_store_list_conventions (previous, NULL)), ==, 1);
  }
}

static gboolean open_backup_offered;

static void
open_error_activate_cb (GApplication *application,
                        gpointer      user_data)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));
  AdwDialog *dialog;

  g_assert_true (PRE_IS_WINDOW (active));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (active));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  open_backup_offered = adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), "open-backup");
}

/* A refused file with an automatic copy beside it: the alert offers it. */
static void
test_backups_open_last (void)
{
  g_autofree char *bad = g_build_filename (tmp_dir, "damaged.db", NULL);
  g_autofree char *copy = pre_backups_build_path (bad, "2026-11-27");
  g_autofree char *folder = pre_backups_get_folder (bad);
  g_autofree char *shot = g_strdup_printf ("%s/setup-open-last-backup-%s.png", output_dir, lang);
  g_autofree char *latest = pre_backups_find_latest (pre_application_get_database_path (app));
  g_autoptr(PreApplication) other = pre_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  const char *argv[] = { "pre-coordination", "--database", bad, "--screenshot", shot, NULL };

  g_assert_nonnull (latest);
  g_assert_true (g_file_set_contents (bad, "The minutes of a meeting, not a database.\n", -1, &error));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (latest, &contents, &length, &error));
  g_assert_true (g_file_set_contents (copy, contents, length, &error));
  g_assert_no_error (error);

  g_application_set_application_id (G_APPLICATION (other), NULL);
  g_signal_connect_after (other, "activate", G_CALLBACK (open_error_activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (other), G_N_ELEMENTS (argv) - 1, (char **)argv), ==, 0);
  g_assert_true (open_backup_offered);

  /* Nothing was replaced without asking. */
  {
    g_autofree char *now = NULL;
    g_assert_true (g_file_get_contents (bad, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, "The minutes of a meeting, not a database.\n");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("PRE_TEST_LOCALEDIR");
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display: run the GUI tests under Xvfb (build-aux/dev test)\n");
      return 0;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  lang = g_getenv ("LANGUAGE") != NULL ? g_getenv ("LANGUAGE") : "en";

  tmp_dir = g_dir_make_tmp ("pre-test-setup-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  output_dir = g_strdup (g_getenv ("PRE_TEST_OUTPUT_DIR"));
  if (output_dir == NULL)
    output_dir = g_build_filename (tmp_dir, "output", NULL);
  g_assert_cmpint (g_mkdir_with_parents (output_dir, 0755), ==, 0);

  app = pre_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (pre_application_get_store (app));
  g_application_activate (G_APPLICATION (app));

  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_timeout_add (50, wake_cb, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  wait_frames (4);

  g_test_add_func ("/setup/territories/example", test_territories_example);
  g_test_add_func ("/setup/territories/delete-in-use", test_territories_delete_in_use);
  g_test_add_func ("/setup/territories/form-validation", test_territories_form_validation);
  g_test_add_func ("/setup/territories/add-delete-undo", test_territories_add_delete_undo);
  g_test_add_func ("/setup/territories/archive", test_territories_archive);
  g_test_add_func ("/setup/territories/deliberation", test_territories_deliberation);
  g_test_add_func ("/setup/territories/amendment", test_territories_amendment);
  g_test_add_func ("/setup/overview/first-run", test_overview_first_run);
  g_test_add_func ("/setup/assistant/cancel", test_assistant_cancel);
  g_test_add_func ("/setup/assistant/confirm", test_assistant_confirm);
  g_test_add_func ("/setup/backups/startup", test_backups_startup);
  g_test_add_func ("/setup/backups/open-last", test_backups_open_last);
  g_test_add_func ("/setup/backups/restore", test_backups_restore);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
