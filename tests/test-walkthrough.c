/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-activity-dialog.h"
#include "pre-application.h"
#include "pre-attendance-editor.h"
#include "pre-board-page.h"
#include "pre-board-rules.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-aggregates.h"
#include "pre-board.h"
#include "pre-deliberation-dialog.h"
#include "pre-example.h"
#include "pre-meeting.h"
#include "pre-partner.h"
#include "pre-report.h"
#include "pre-expense-dialog.h"
#include "pre-form-dialog.h"
#include "pre-funding-page.h"
#include "pre-chart-widget.h"
#include "pre-meeting-dialog.h"
#include "pre-meeting-page.h"
#include "pre-mission-page.h"
#include "pre-money.h"
#include "pre-overview-page.h"
#include "pre-screenshot.h"
#include "pre-setup-assistant.h"
#include "pre-territory.h"
#include "pre-window.h"

#include "pdf-check.h"

/* A new user's first hour: an empty file, the setup assistant with wrong
 * inputs at every step, a convention of one's own, a session and an
 * expense, a board and two séances, a refused delete and an undo, and
 * every page in a narrow window. A screenshot at each step. */

static PreApplication *app;
static PreWindow *window;
static char *tmp_dir;
static char *output_dir;
static const char *lang;
static guint shot_number;

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

static void
shot (const char *name)
{
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  file_name = g_strdup_printf ("walkthrough-%02u-%s-%s.png", ++shot_number, name, lang);
  path = g_build_filename (output_dir, file_name, NULL);
  wait_frames (3);
  g_assert_true (pre_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
  g_test_message ("Screenshot: %s", path);
}

static void
resize (int width,
        int height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  wait_frames (4);
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

static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

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
find_button (GtkWidget  *widget,
             const char *tooltip,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      ((tooltip != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0) ||
       (label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A label shown (mapped) whose text contains @part. */
static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *part)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, part);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every mapped label of @widget whose text is cut short (ellipsized) or
 * drawn outside its parent: a user cannot read it. */
static void
assert_labels_readable (GtkWidget  *widget,
                        const char *where)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_width (widget) > 0 &&
      *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));

      if (pango_layout_is_ellipsized (layout) &&
          gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
          gtk_widget_get_tooltip_text (widget) == NULL)
        g_test_message ("%s: “%s” is ellipsized", where, gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_labels_readable (child, where);
}

static AdwDialog *
visible_dialog (void)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static void
show_page (const char *page)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
  wait_frames (4);
  g_assert_cmpstr (pre_window_get_page (window), ==, page);
  /* Shown, narrow window or not (not the sidebar in its place). */
  if (!gtk_widget_get_mapped (pre_window_get_page_widget (window, page)))
    g_error ("The page %s is chosen but not shown", page);
}

static PreStore *
store (void)
{
  return pre_application_get_store (app);
}

static PreConvention *
convention (void)
{
  return pre_session_get_convention (pre_window_get_session (window));
}

/* Waits until a label of @page shows @text (pages reload on idle, and
 * aggregates come from a thread). */
static GtkWidget *
wait_for_text (GtkWidget  *page,
               const char *text)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *label;

  while ((label = find_label_containing (page, text)) == NULL)
    {
      if (g_get_monotonic_time () > end)
        g_error ("“%s” is not shown on the page %s", text, pre_window_get_page (window));
      wait_frames (1);
    }
  return label;
}

static guint
count (GListModel *model)
{
  guint n;

  g_assert_nonnull (model);
  n = g_list_model_get_n_items (model);
  g_object_unref (model);
  return n;
}

/* 1. The empty file */

static void
test_empty (void)
{
  GtkWidget *overview = pre_window_get_page_widget (window, "overview");
  GtkWidget *status;

  show_page ("overview");
  status = find_mapped (overview, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_nonnull (adw_status_page_get_title (ADW_STATUS_PAGE (status)));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), !=, "");
  g_assert_null (convention ());
  shot ("empty-overview");
}

/* 2. The assistant, wrong inputs first */

static PreSetupAssistant *
assistant (void)
{
  GtkWidget *found = find_any (GTK_WIDGET (window), PRE_TYPE_SETUP_ASSISTANT);

  g_assert_nonnull (found);
  return PRE_SETUP_ASSISTANT (found);
}

static GtkWidget *
assistant_row (GType       type,
               const char *title)
{
  GtkWidget *row = find_titled (GTK_WIDGET (assistant ()), type, title);

  g_assert_nonnull (row);
  return row;
}

static void
set_entry (const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (assistant_row (ADW_TYPE_ENTRY_ROW, title)), text);
}

/* @widget lies inside the visible part of its scrolled window. */
static void
assert_in_view (GtkWidget  *widget,
                const char *what)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (scrolled == NULL)
    return;
  g_assert_true (gtk_widget_compute_bounds (widget, scrolled, &bounds));
  if (bounds.origin.y < -0.5 || bounds.origin.y + bounds.size.height > gtk_widget_get_height (scrolled) + 0.5)
    g_error ("%s: the message lies at %g–%g, out of the %d px shown", what, bounds.origin.y,
             bounds.origin.y + bounds.size.height, gtk_widget_get_height (scrolled));
}

/* Next refused: the step stays, a sentence under the fields names the
 * field, and @row is marked. */
static void
assert_next_refused (const char *step,
                     GtkWidget  *row,
                     const char *shot_name)
{
  const char *message;

  gtk_widget_activate_action (GTK_WIDGET (assistant ()), "setup.next", NULL);
  wait_frames (3);
  g_assert_cmpstr (pre_setup_assistant_get_step (assistant ()), ==, step);
  message = pre_setup_assistant_get_message (assistant ());
  g_assert_nonnull (message);
  g_test_message ("%s: %s", shot_name, message);
  /* A sentence: a capital first, a full stop last. */
  g_assert_true (g_unichar_isupper (g_utf8_get_char (message)) || g_unichar_isdigit (g_utf8_get_char (message)) ||
                 g_utf8_get_char (message) == 0x201C);
  g_assert_true (g_str_has_suffix (message, ".") || g_str_has_suffix (message, ".»"));
  /* Shown, and the field marked. */
  g_assert_nonnull (find_label_containing (GTK_WIDGET (assistant ()), message));
  if (row != NULL)
    g_assert_true (gtk_widget_has_css_class (row, "error"));
  shot (shot_name);
  /* The message is in sight, not below the fold of a long step. */
  assert_in_view (find_label_containing (GTK_WIDGET (assistant ()), message), shot_name);
}

static void
next_ok (const char *expected)
{
  gtk_widget_activate_action (GTK_WIDGET (assistant ()), "setup.next", NULL);
  wait_frames (3);
  if (g_strcmp0 (pre_setup_assistant_get_step (assistant ()), expected) != 0)
    g_error ("Still on %s: %s", pre_setup_assistant_get_step (assistant ()),
             pre_setup_assistant_get_message (assistant ()));
}

static void
test_assistant (void)
{
  GtkWidget *cost, *first, *last, *row;
  g_autoptr(GListModel) conventions = NULL;
  g_autoptr(GListModel) territories = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "setup-convention", NULL);
  wait_frames (4);
  g_assert_cmpstr (pre_setup_assistant_get_step (assistant ()), ==, "convention");
  shot ("assistant-start");

  /* Empty title. */
  assert_next_refused ("convention", assistant_row (ADW_TYPE_ENTRY_ROW, _("Title")), "assistant-no-title");

  set_entry (_("Title"), "CPO PRE Métropole Test 2025–2027");
  /* Corrected: the mark and the stale message go at once. */
  g_assert_false (gtk_widget_has_css_class (assistant_row (ADW_TYPE_ENTRY_ROW, _("Title")), "error"));
  g_assert_null (pre_setup_assistant_get_message (assistant ()));
  /* Escape now would lose the title: the assistant asks, Keep Editing keeps it. */
  g_assert_false (adw_dialog_close (ADW_DIALOG (assistant ())));
  wait_frames (3);
  {
    AdwDialog *alert = visible_dialog ();

    g_assert_true (ADW_IS_ALERT_DIALOG (alert));
    g_test_message ("Closing: %s", adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)));
    shot ("assistant-close-asks");
    g_assert_nonnull (find_button (GTK_WIDGET (alert), NULL, _("_Keep Editing")));
    g_signal_emit_by_name (find_button (GTK_WIDGET (alert), NULL, _("_Keep Editing")), "clicked");
    wait_frames (3);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (assistant_row (ADW_TYPE_ENTRY_ROW, _("Title")))), ==,
                   "CPO PRE Métropole Test 2025–2027");
  g_assert_null (find_any (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG));
  first = assistant_row (ADW_TYPE_SPIN_ROW, _("First Year"));
  last = assistant_row (ADW_TYPE_SPIN_ROW, _("Last Year"));
  adw_spin_row_set_value (ADW_SPIN_ROW (first), 2025);
  adw_spin_row_set_value (ADW_SPIN_ROW (last), 2024);
  set_entry (_("Annual Forecast Cost"), "10000");
  assert_next_refused ("convention", last, "assistant-last-before-first");
  g_assert_false (gtk_widget_has_css_class (assistant_row (ADW_TYPE_ENTRY_ROW, _("Title")), "error"));

  adw_spin_row_set_value (ADW_SPIN_ROW (last), 2027);
  cost = assistant_row (ADW_TYPE_ENTRY_ROW, _("Annual Forecast Cost"));
  set_entry (_("Annual Forecast Cost"), "-500");
  assert_next_refused ("convention", cost, "assistant-negative-cost");
  set_entry (_("Annual Forecast Cost"), "12,5O");
  assert_next_refused ("convention", cost, "assistant-bad-cost");
  g_assert_nonnull (strstr (pre_setup_assistant_get_message (assistant ()), "12,5O"));
  set_entry (_("Annual Forecast Cost"), "10 000");
  next_ok ("coordinator");

  /* The coordinator, unnamed then named. */
  assert_next_refused ("coordinator", assistant_row (ADW_TYPE_ENTRY_ROW, _("Name")), "assistant-no-coordinator");
  set_entry (_("Name"), "Métropole Test");
  next_ok ("partners");

  /* A partner without a name. */
  pre_setup_assistant_add_partner (assistant (), "", 0, "Villeneuve");
  {
    GtkWidget *group = find_titled (GTK_WIDGET (assistant ()), ADW_TYPE_PREFERENCES_GROUP,
                                    g_strdup_printf (_("Partner %u"), 1));
    g_assert_nonnull (group);
    row = find_titled (group, ADW_TYPE_ENTRY_ROW, _("Name"));
  }
  assert_next_refused ("partners", row, "assistant-partner-no-name");
  gtk_editable_set_text (GTK_EDITABLE (row), "CCAS de Villeneuve");

  /* The same partner twice: the second one is marked. */
  pre_setup_assistant_add_partner (assistant (), "CCAS de Villeneuve", 0, "Beaulieu");
  {
    GtkWidget *group = find_titled (GTK_WIDGET (assistant ()), ADW_TYPE_PREFERENCES_GROUP,
                                    g_strdup_printf (_("Partner %u"), 2));
    g_assert_nonnull (group);
    row = find_titled (group, ADW_TYPE_ENTRY_ROW, _("Name"));
  }
  assert_next_refused ("partners", row, "assistant-partner-twice");
  g_assert_false (gtk_widget_has_css_class (find_titled (find_titled (GTK_WIDGET (assistant ()), ADW_TYPE_PREFERENCES_GROUP,
                                                                       g_strdup_printf (_("Partner %u"), 1)),
                                                         ADW_TYPE_ENTRY_ROW, _("Name")), "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "CCAS de Beaulieu");
  /* The same commune written twice another way: one commune. */
  pre_setup_assistant_add_partner (assistant (), "Ville de Beaulieu", 1, "beaulieu ");
  shot ("assistant-partners");
  next_ok ("missions");

  /* Missions: a budget that is not an amount. */
  set_entry (pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY), "abc");
  assert_next_refused ("missions",
                       assistant_row (ADW_TYPE_ENTRY_ROW, pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)),
                       "assistant-bad-budget");
  g_assert_nonnull (strstr (pre_setup_assistant_get_message (assistant ()),
                            pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY)));
  set_entry (pre_mission_kind_get_label (PRE_MISSION_COORDINATION), "2000");
  set_entry (pre_mission_kind_get_label (PRE_MISSION_PSYCHOLOGY), "5000");
  set_entry (pre_mission_kind_get_label (PRE_MISSION_PROJECT), "1500");
  set_entry (pre_mission_kind_get_label (PRE_MISSION_TRAINING), "1500");
  next_ok ("funding");

  /* Funding: a share "abc" is marked in its own row. */
  {
    GtkWidget *group = find_titled (GTK_WIDGET (assistant ()), ADW_TYPE_PREFERENCES_GROUP, "Métropole Test");
    GtkWidget *share;

    g_assert_nonnull (group);
    gtk_editable_set_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2025")), "6000");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2027"))), ==, "6000");
    group = find_titled (GTK_WIDGET (assistant ()), ADW_TYPE_PREFERENCES_GROUP, "CCAS de Villeneuve");
    g_assert_nonnull (group);
    gtk_editable_set_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2025")), "2000");
    group = find_titled (GTK_WIDGET (assistant ()), ADW_TYPE_PREFERENCES_GROUP, "CCAS de Beaulieu");
    g_assert_nonnull (group);
    share = find_titled (group, ADW_TYPE_ENTRY_ROW, "2026");
    gtk_editable_set_text (GTK_EDITABLE (find_titled (group, ADW_TYPE_ENTRY_ROW, "2025")), "2000");
    gtk_editable_set_text (GTK_EDITABLE (share), "abc");
    assert_next_refused ("funding", share, "assistant-bad-share");
    /* The message names the partner and the year, the field being out of sight. */
    g_assert_nonnull (strstr (pre_setup_assistant_get_message (assistant ()), "abc"));
    g_assert_nonnull (strstr (pre_setup_assistant_get_message (assistant ()), "CCAS de Beaulieu"));
    g_assert_nonnull (strstr (pre_setup_assistant_get_message (assistant ()), "2026"));
    gtk_editable_set_text (GTK_EDITABLE (share), "2000");
  }
  next_ok ("summary");
  {
    g_autofree char *two = g_strdup_printf (ngettext ("%u commune", "%u communes", 2), 2);
    g_assert_nonnull (find_label_containing (GTK_WIDGET (assistant ()), two));
  }
  shot ("assistant-summary");
  /* Nothing written yet. */
  conventions = pre_store_list_conventions (store (), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (conventions), ==, 0);
  g_clear_object (&conventions);

  gtk_widget_activate_action (GTK_WIDGET (assistant ()), "setup.create", NULL);
  wait_frames (5);
  g_assert_null (find_any (GTK_WIDGET (window), PRE_TYPE_SETUP_ASSISTANT));
  conventions = pre_store_list_conventions (store (), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (conventions), ==, 1);
  g_assert_nonnull (convention ());
  g_assert_cmpint (pre_convention_get_annual_cost (convention ()), ==, 1000000);
  g_assert_cmpint (pre_convention_get_first_year (convention ()), ==, 2025);
  g_assert_cmpint (pre_convention_get_last_year (convention ()), ==, 2027);
  territories = pre_store_list_territories (store (), TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (territories), ==, 2);
  show_page ("overview");
  shot ("overview-new-convention");
}

/* 3. A session and an expense */

static GtkWidget *
mission_page (void)
{
  return pre_window_get_page_widget (window, "psychology");
}

static GtkEditable *
activity_row (AdwDialog  *dialog,
              const char *name)
{
  GObject *row = gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG, name);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static void
test_session (void)
{
  AdwDialog *dialog;
  GtkWidget *save;
  const char *message;
  GtkWidget *overview = pre_window_get_page_widget (window, "overview");
  g_autofree char *spent = pre_money_format (12500);
  g_autofree char *balance_before = NULL;

  show_page ("psychology");
  shot ("psychology-empty");
  /* No session yet: the page says so and offers to add one (the button does it). */
  g_assert_nonnull (find_label_containing (mission_page (), _("No Sessions")));
  g_assert_nonnull (find_button (mission_page (), NULL, _("Add a _Session")));
  g_signal_emit_by_name (find_button (mission_page (), NULL, _("Add a _Session")), "clicked");
  wait_frames (4);
  dialog = visible_dialog ();
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (dialog));
  save = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG, "save_button"));

  gtk_editable_set_text (activity_row (dialog, "title_row"), "Consultation");
  gtk_editable_set_text (activity_row (dialog, "date_row"), "2031-01-05");
  gtk_editable_set_text (activity_row (dialog, "cost_row"), "125");
  wait_frames (2);
  message = pre_activity_dialog_get_message (PRE_ACTIVITY_DIALOG (dialog), "date");
  g_assert_nonnull (message);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), message));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (activity_row (dialog, "date_row")), "error"));
  g_assert_false (gtk_widget_get_sensitive (save));
  shot ("session-date-outside");

  gtk_editable_set_text (activity_row (dialog, "date_row"), "2025-11-20");
  gtk_editable_set_text (activity_row (dialog, "youth_code_row"), "Martin");
  wait_frames (2);
  message = pre_activity_dialog_get_message (PRE_ACTIVITY_DIALOG (dialog), "youth-code");
  g_assert_nonnull (message);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), message));
  g_assert_false (gtk_widget_get_sensitive (save));
  shot ("session-youth-name");

  gtk_editable_set_text (activity_row (dialog, "youth_code_row"), "VIL-0001");
  gtk_editable_set_text (activity_row (dialog, "cost_row"), "abc");
  wait_frames (2);
  message = pre_activity_dialog_get_message (PRE_ACTIVITY_DIALOG (dialog), "cost");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "abc"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), message));
  g_assert_false (gtk_widget_get_sensitive (save));
  shot ("session-bad-amount");
  g_signal_emit_by_name (save, "clicked");
  wait_frames (2);
  g_assert_true (visible_dialog () == dialog);

  gtk_editable_set_text (activity_row (dialog, "cost_row"), "125");
  adw_combo_row_set_selected (ADW_COMBO_ROW (activity_row (dialog, "status_row")), PRE_ACTIVITY_HELD);
  adw_combo_row_set_selected (ADW_COMBO_ROW (activity_row (dialog, "territory_row")), 1);
  wait_frames (2);
  g_assert_true (pre_activity_dialog_get_can_save (PRE_ACTIVITY_DIALOG (dialog)));
  g_assert_true (gtk_widget_get_sensitive (save));
  shot ("session-valid");

  g_signal_emit_by_name (save, "clicked");
  wait_frames (4);
  g_assert_null (visible_dialog ());
  wait_for_text (mission_page (), spent);
  shot ("psychology-one-session");

  /* Dated next year while 2025 is shown: the toast says where it went. */
  gtk_widget_activate_action (mission_page (), "mission.add", NULL);
  wait_frames (4);
  dialog = visible_dialog ();
  gtk_editable_set_text (activity_row (dialog, "date_row"), "2026-01-15");
  gtk_editable_set_text (activity_row (dialog, "cost_row"), "60");
  wait_frames (2);
  g_assert_true (pre_activity_dialog_get_can_save (PRE_ACTIVITY_DIALOG (dialog)));
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_ACTIVITY_DIALOG, "save_button"),
                         "clicked");
  wait_frames (4);
  g_assert_null (visible_dialog ());
  {
    g_autofree char *where = g_strdup_printf (_("The session is saved in %d: choose that year to see it"), 2026);
    g_assert_nonnull (find_label_containing (GTK_WIDGET (window), where));
  }
  shot ("session-next-year");
  /* Not in the 2025 list; the psychology page still counts one session. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (
    gtk_widget_get_template_child (mission_page (), PRE_TYPE_MISSION_PAGE, "session_view"))))), ==, 1);

  /* An expense. */
  {
    GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (mission_page (), PRE_TYPE_MISSION_PAGE, "view_stack"));
    GObject *amount;
    g_autofree char *total = pre_money_format (12500 + 48000);

    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "expenses");
    wait_frames (2);
    gtk_widget_activate_action (mission_page (), "mission.add", NULL);
    wait_frames (4);
    dialog = visible_dialog ();
    g_assert_true (PRE_IS_EXPENSE_DIALOG (dialog));
    amount = gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG, "amount_row");
    gtk_editable_set_text (GTK_EDITABLE (amount), "480,5O");
    wait_frames (2);
    g_assert_nonnull (pre_expense_dialog_get_message (PRE_EXPENSE_DIALOG (dialog), "amount"));
    shot ("expense-bad-amount");
    gtk_editable_set_text (GTK_EDITABLE (amount), "480");
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG,
                                                                        "payee_row")), "Cabinet (fictif)");
    wait_frames (2);
    g_assert_null (pre_expense_dialog_get_message (PRE_EXPENSE_DIALOG (dialog), "amount"));
    g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog), PRE_TYPE_EXPENSE_DIALOG, "save_button"),
                           "clicked");
    wait_frames (4);
    g_assert_null (visible_dialog ());
    wait_for_text (mission_page (), total);
    shot ("psychology-expense");
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "sessions");

    /* The overview: spent 605 €, and the year's balance: 10 000 − 10 000 shares. */
    show_page ("overview");
    wait_for_text (overview, total);
    shot ("overview-after-spending");
    /* Shares equal the cost: the balance says so. */
    wait_for_text (overview, _("Balanced"));
    show_page ("funding");
    {
      PreFundingPage *funding = PRE_FUNDING_PAGE (pre_window_get_page_widget (window, "funding"));
      gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      const char *description;

      while (pre_funding_page_is_loading (funding) && g_get_monotonic_time () < end)
        wait_frames (1);
      g_assert_false (pre_funding_page_is_loading (funding));
      description = pre_chart_widget_get_description (pre_funding_page_get_missions_chart (funding));
      g_test_message ("Budget against spending: %s", description);
      g_assert_nonnull (strstr (description, "605"));

      /* Beaulieu has two partners (its CCAS and the town): each bar says whose. */
      {
        PreChartData *data = pre_chart_widget_get_data (pre_funding_page_get_contributions_chart (funding));
        g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

        g_assert_nonnull (data);
        g_assert_cmpuint (pre_chart_data_get_n_categories (data), ==, 3);
        for (guint i = 0; i < pre_chart_data_get_n_categories (data); i++)
          {
            const char *label = pre_chart_data_get_category_label (data, i);

            g_test_message ("Contributions bar: %s", label);
            if (!g_hash_table_add (seen, (gpointer)label))
              g_error ("Two bars of the contributions chart are both named “%s”", label);
          }
        g_assert_true (g_hash_table_contains (seen, "CCAS de Beaulieu"));
        g_assert_true (g_hash_table_contains (seen, "Villeneuve"));
      }
    }
    shot ("funding-after-spending");
  }
  (void)balance_before;
}

/* 4. A board with three members, two séances */

static PreFormDialog *
form_dialog (void)
{
  AdwDialog *dialog = visible_dialog ();

  g_assert_true (PRE_IS_FORM_DIALOG (dialog));
  return PRE_FORM_DIALOG (dialog);
}

static void
add_member (GtkWidget  *territories,
            guint       civility,
            const char *first,
            const char *last,
            const char *role)
{
  GtkWidget *row = find_titled (territories, ADW_TYPE_EXPANDER_ROW, "Conseil d’administration");
  GtkWidget *add;
  PreFormDialog *dialog;

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_frames (3);
  add = find_button (row, _("Add a Member"), NULL);
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  wait_frames (4);
  dialog = form_dialog ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (pre_form_dialog_get_row (dialog, "civility")), civility);
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "first-name")), first);
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "last-name")), last);
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "role")), role);
  wait_frames (2);
  if (!pre_form_dialog_can_save (dialog))
    g_error ("The member form refuses: %s", pre_form_dialog_get_message (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  wait_frames (4);
  g_assert_null (visible_dialog ());
}

static void
test_board (void)
{
  GtkWidget *territories = pre_window_get_page_widget (window, "territories");
  PreFormDialog *dialog;
  GtkWidget *row;

  show_page ("territories");
  shot ("territories-own");
  gtk_widget_activate_action (territories, "territories.add-board", NULL);
  wait_frames (4);
  dialog = form_dialog ();
  g_assert_false (pre_form_dialog_can_save (dialog));
  g_assert_nonnull (pre_form_dialog_get_message (dialog));
  g_assert_true (gtk_widget_has_css_class (pre_form_dialog_get_row (dialog, "name"), "error"));
  shot ("board-form-empty");
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "name")), "Conseil d’administration");
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "body")), "CCAS de Villeneuve");
  wait_frames (2);
  g_assert_true (pre_form_dialog_can_save (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  wait_frames (4);
  g_assert_null (visible_dialog ());

  /* A member without a last name is refused under the field. */
  row = find_titled (territories, ADW_TYPE_EXPANDER_ROW, "Conseil d’administration");
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_frames (3);
  g_signal_emit_by_name (find_button (row, _("Add a Member"), NULL), "clicked");
  wait_frames (4);
  dialog = form_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "first-name")), "Anne");
  wait_frames (2);
  g_assert_false (pre_form_dialog_can_save (dialog));
  g_assert_nonnull (pre_form_dialog_get_message (dialog));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), pre_form_dialog_get_message (dialog)));
  g_assert_true (gtk_widget_has_css_class (pre_form_dialog_get_row (dialog, "last-name"), "error"));
  shot ("member-no-last-name");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.cancel", NULL);
  wait_frames (3);

  add_member (territories, 0, "Anne", "DURAND", "Présidente");
  add_member (territories, 1, "Paul", "MARTIN", "Administrateur");
  add_member (territories, 0, "Léa", "PETIT", "Administratrice");
  row = find_titled (territories, ADW_TYPE_EXPANDER_ROW, "Conseil d’administration");
  {
    g_autofree char *three = g_strdup_printf (ngettext ("%u member in office", "%u members in office", 3), 3);
    g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), three));
  }
  shot ("board-three-members");
}

static PreMeetingPage *
new_meeting (const char *date,
             const char *convocation)
{
  PreBoardPage *page = PRE_BOARD_PAGE (pre_window_get_page_widget (window, "board"));
  AdwDialog *dialog;
  GtkWidget *date_row = NULL, *convocation_row = NULL;
  GtkWidget *meeting_page;

  gtk_widget_activate_action (GTK_WIDGET (page), "board.add-meeting", NULL);
  wait_frames (4);
  dialog = visible_dialog ();
  g_assert_true (PRE_IS_MEETING_DIALOG (dialog));
  for (GtkWidget *w = find_any (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_ENTRY_ROW (w))
      {
        if (date_row == NULL)
          date_row = w;
        else if (convocation_row == NULL)
          convocation_row = w;
      }
  g_assert_nonnull (date_row);
  g_assert_nonnull (convocation_row);
  gtk_editable_set_text (GTK_EDITABLE (date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (convocation_row), convocation);
  wait_frames (2);
  if (pre_meeting_dialog_get_message (PRE_MEETING_DIALOG (dialog)) != NULL)
    g_error ("The séance is refused: %s", pre_meeting_dialog_get_message (PRE_MEETING_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting-dialog.save", NULL);
  wait_frames (5);
  g_assert_null (visible_dialog ());
  meeting_page = pre_board_page_get_meeting_page (page);
  g_assert_nonnull (meeting_page);
  return PRE_MEETING_PAGE (meeting_page);
}

static GtkWidget *
subject_row (AdwDialog *dialog)
{
  GtkWidget *row = find_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Subject"));

  g_assert_nonnull (row);
  return row;
}

static void
test_meetings (void)
{
  PreMeetingPage *meeting_page;
  PreAttendanceEditor *editor;
  AdwDialog *dialog;
  const char *message;
  g_autofree char *quorum = NULL;
  g_autofree char *outcome = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *against;

  show_page ("board");
  shot ("board-empty");

  /* 1 present of 3: no quorum, the vote refused with core's message. */
  meeting_page = new_meeting ("12/03/2025", "05/03/2025");
  editor = PRE_ATTENDANCE_EDITOR (pre_meeting_page_get_attendance_editor (meeting_page));
  g_assert_cmpuint (pre_attendance_editor_get_n_members (editor), ==, 3);
  g_assert_true (pre_attendance_editor_change_status (editor, 0, PRE_ATTENDANCE_PRESENT, &error));
  g_assert_no_error (error);
  wait_frames (4);
  g_test_message ("Attendance: %s", pre_attendance_editor_get_summary (editor));
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (pre_attendance_editor_get_summary (editor), ==,
                     "1 present, 2 absent — quorum not reached (2 required)");
  shot ("seance-no-quorum");

  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.add-deliberation", NULL);
  wait_frames (4);
  dialog = visible_dialog ();
  g_assert_true (PRE_IS_DELIBERATION_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (subject_row (dialog)), "Approbation de la convention");
  adw_spin_row_set_value (pre_deliberation_dialog_get_votes_for_row (PRE_DELIBERATION_DIALOG (dialog)), 1);
  wait_frames (3);
  quorum = g_strdup_printf (_("The quorum is not reached (%u required, %u present): the board cannot vote on a first convocation."),
                            2, 1);
  message = pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog));
  g_assert_cmpstr (message, ==, quorum);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), message));
  g_assert_false (gtk_widget_get_sensitive (pre_deliberation_dialog_get_save_button (PRE_DELIBERATION_DIALOG (dialog))));
  shot ("vote-refused");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "deliberation-dialog.cancel", NULL);
  wait_frames (4);
  if (visible_dialog () != NULL)
    adw_dialog_force_close (visible_dialog ());
  wait_frames (2);

  /* Back to the list, a second séance with all three present. */
  {
    AdwNavigationView *nav = ADW_NAVIGATION_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (meeting_page),
                                                                           ADW_TYPE_NAVIGATION_VIEW));
    g_assert_nonnull (nav);
    adw_navigation_view_pop (nav);
    wait_frames (4);
  }
  meeting_page = new_meeting ("02/04/2025", "20/03/2025");
  editor = PRE_ATTENDANCE_EDITOR (pre_meeting_page_get_attendance_editor (meeting_page));
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (pre_attendance_editor_change_status (editor, i, PRE_ATTENDANCE_PRESENT, &error));
      g_assert_no_error (error);
      wait_frames (2);
    }
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (pre_attendance_editor_get_summary (editor), ==,
                     "3 present — quorum reached (2 required)");
  shot ("seance-quorum");

  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.add-deliberation", NULL);
  wait_frames (4);
  dialog = visible_dialog ();
  g_assert_true (PRE_IS_DELIBERATION_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (subject_row (dialog)),
                         "Approbation de la convention pluriannuelle d’objectifs du Programme de Réussite Éducative 2025–2027 avec la Métropole Test");
  adw_spin_row_set_value (pre_deliberation_dialog_get_votes_for_row (PRE_DELIBERATION_DIALOG (dialog)), 2);
  against = find_titled (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, _("Votes against"));
  g_assert_nonnull (against);
  adw_spin_row_set_value (ADW_SPIN_ROW (against), 1);
  wait_frames (3);
  outcome = pre_vote_outcome_text (2, 1, 0, PRE_PRESIDENT_VOTE_UNKNOWN);
  g_test_message ("Outcome: %s", outcome);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (outcome, ==, "Adopted by 2 votes for, 1 against");
  g_assert_cmpstr (pre_deliberation_dialog_get_outcome (PRE_DELIBERATION_DIALOG (dialog)), ==, outcome);
  g_assert_null (pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog)));
  shot ("vote-2-1");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "deliberation-dialog.save", NULL);
  wait_frames (4);
  g_assert_null (visible_dialog ());
  shot ("seance-with-deliberation");

  /* The extract: its text, and no two words on top of each other. */
  {
    GtkListBox *list = pre_meeting_page_get_deliberation_list (meeting_page);
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);
    g_autoptr(GListModel) deliberations = pre_store_list_deliberations (store (), pre_meeting_page_get_meeting_id (meeting_page), NULL);
    g_autoptr(PreDeliberation) deliberation = NULL;
    g_autofree char *name = g_strdup_printf ("walkthrough-extract-%s.pdf", lang);
    g_autofree char *path = g_build_filename (output_dir, name, NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *text = NULL;

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), outcome));
    g_assert_cmpuint (g_list_model_get_n_items (deliberations), ==, 1);
    deliberation = g_list_model_get_item (deliberations, 0);
    g_assert_true (pre_meeting_page_export_extract (meeting_page, pre_deliberation_get_id (deliberation), file, &error));
    g_assert_no_error (error);
    if (!pdf_check_available ())
      {
        g_test_message ("pdftotext is not installed: the extract's text is not checked");
        return;
      }
    text = pdf_check_text (path);
    g_test_message ("%s", text);
    pdf_check_assert_contains (text, "DURAND");
    pdf_check_assert_contains (text, "MARTIN");
    pdf_check_assert_contains (text, "PETIT");
    {
      g_autofree char *flat = g_utf8_casefold (text, -1);
      g_autofree char *want = g_utf8_casefold ("Métropole Test", -1);
      g_assert_nonnull (strstr (flat, want));
    }
    g_assert_cmpuint (pdf_check_no_overlap (path), >=, 1);
  }
}

/* 5. A refused delete, and Undo */

static void
test_delete (void)
{
  GtkWidget *territories = pre_window_get_page_widget (window, "territories");
  GtkWidget *row, *alert, *undo;
  const char *body;
  GListModel *sessions;
  g_autoptr(PreActivity) first = NULL;
  g_autoptr(PreActivity) restored = NULL;
  g_autoptr(PreTerritory) commune = NULL;
  guint n;

  /* The commune of the session. */
  show_page ("psychology");
  sessions = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (
    gtk_widget_get_template_child (mission_page (), PRE_TYPE_MISSION_PAGE, "session_view"))));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  first = g_list_model_get_item (sessions, 0);
  commune = pre_store_get_territory (store (), pre_activity_get_territory_id (first), NULL);
  g_assert_nonnull (commune);
  g_clear_object (&first);

  show_page ("territories");
  row = find_titled (territories, ADW_TYPE_EXPANDER_ROW, pre_territory_get_name (commune));
  g_assert_nonnull (row);
  g_signal_emit_by_name (find_button (row, _("Delete"), NULL), "clicked");
  wait_frames (4);
  alert = find_any (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
  g_assert_nonnull (alert);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_test_message ("Refused: %s", body);
  g_assert_nonnull (strstr (body, pre_territory_get_name (commune)));
  {
    g_autofree char *one = g_strdup_printf (ngettext ("%u session", "%u sessions", 1), 1);
    g_assert_nonnull (strstr (body, one));
  }
  shot ("delete-commune-refused");
  adw_dialog_force_close (ADW_DIALOG (alert));
  wait_frames (3);

  /* The board holds séances: refused too, saying so. */
  row = find_titled (territories, ADW_TYPE_EXPANDER_ROW, "Conseil d’administration");
  g_assert_nonnull (row);
  /* Folded: the Delete button is the board's, not a member's. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  wait_frames (3);
  g_signal_emit_by_name (find_button (row, _("Delete"), NULL), "clicked");
  wait_frames (4);
  alert = find_any (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG);
  g_assert_nonnull (alert);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_test_message ("Refused: %s", body);
  g_assert_nonnull (strstr (body, "Conseil d’administration"));
  g_assert_true (g_str_has_suffix (body, "."));
  /* A short heading (a long one makes AdwAlertDialog warn, fatal here). */
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (alert)), ==, _("Could Not Delete"));
  shot ("delete-board-refused");
  adw_dialog_force_close (ADW_DIALOG (alert));
  wait_frames (3);
  g_assert_cmpuint (count (pre_store_list_boards (store (), NULL)), ==, 1);

  /* The session deleted, and back with Undo. */
  show_page ("psychology");
  n = g_list_model_get_n_items (sessions);
  g_assert_cmpuint (n, ==, 1);
  first = g_list_model_get_item (sessions, 0);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (sessions), 0);
  gtk_widget_activate_action (mission_page (), "mission.delete", NULL);
  wait_frames (4);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 0);
  undo = find_button (GTK_WIDGET (window), NULL, _("_Undo"));
  g_assert_nonnull (undo);
  shot ("session-deleted");
  g_signal_emit_by_name (undo, "clicked");
  wait_frames (4);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  restored = g_list_model_get_item (sessions, 0);
  g_assert_cmpint (pre_activity_get_cost (restored), ==, 12500);
  g_assert_cmpstr (pre_activity_get_youth_code (restored), ==, "VIL-0001");
  shot ("session-undone");
}


/* 5b. A participation changed on the Funding page: the balance says it. */

static void
test_balance (void)
{
  GtkWidget *funding = pre_window_get_page_widget (window, "funding");
  GtkWidget *overview = pre_window_get_page_widget (window, "overview");
  GtkWidget *row, *dialog;
  g_autofree char *over = NULL;
  g_autofree char *amount = pre_money_format (50000);

  show_page ("funding");
  row = find_titled (funding, ADW_TYPE_ACTION_ROW, "Ville de Beaulieu");
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  wait_frames (4);
  dialog = GTK_WIDGET (visible_dialog ());
  g_assert_nonnull (dialog);
  {
    GtkWidget *entry = find_any (dialog, ADW_TYPE_ENTRY_ROW);
    GtkWidget *save;

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "5OO");
    wait_frames (2);
    g_assert_nonnull (find_label_containing (dialog, "5OO"));
    g_assert_true (gtk_widget_has_css_class (entry, "error"));
    shot ("share-bad-amount");
    gtk_editable_set_text (GTK_EDITABLE (entry), "500");
    wait_frames (2);
    g_assert_false (gtk_widget_has_css_class (entry, "error"));
    save = find_button (dialog, NULL, _("_Save"));
    if (save == NULL)
      save = find_button (dialog, NULL, _("Save"));
    g_assert_nonnull (save);
    g_assert_true (gtk_widget_get_sensitive (save));
    g_signal_emit_by_name (save, "clicked");
    wait_frames (4);
  }
  g_assert_null (visible_dialog ());
  /* Translators' wording of the overview: "€500.00 over-funded". */
  over = g_strdup_printf (_("%s over-funded"), amount);
  wait_for_text (funding, amount);
  shot ("funding-over-funded");
  show_page ("overview");
  wait_for_text (overview, over);
  shot ("overview-over-funded");
}

/* 5c. A commune typed twice, in another case: refused under the field. */

static void
test_duplicate_commune (void)
{
  GtkWidget *territories = pre_window_get_page_widget (window, "territories");
  PreFormDialog *dialog;
  GtkWidget *row;

  show_page ("territories");
  gtk_widget_activate_action (territories, "territories.add-territory", NULL);
  wait_frames (4);
  dialog = form_dialog ();
  row = pre_form_dialog_get_row (dialog, "name");
  gtk_editable_set_text (GTK_EDITABLE (row), "villeneuve");
  wait_frames (2);
  /* Checked against the others on Save: the dialog stays, nothing added. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  wait_frames (3);
  g_assert_true (visible_dialog () == ADW_DIALOG (dialog));
  g_test_message ("Duplicate commune: %s", pre_form_dialog_get_message (dialog));
  g_assert_cmpuint (count (pre_store_list_territories (store (), TRUE, NULL)), ==, 2);
  g_assert_nonnull (pre_form_dialog_get_message (dialog));
  /* The message names the commune as stored, not as typed. */
  g_assert_nonnull (strstr (pre_form_dialog_get_message (dialog), "Villeneuve"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), pre_form_dialog_get_message (dialog)));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  shot ("commune-twice");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.cancel", NULL);
  wait_frames (3);
  g_assert_null (visible_dialog ());
}

/* 5d. Exploring the example once one's own convention is there: refused,
 * and what the user recorded is all still there. */

typedef struct
{
  guint conventions, territories, partners, boards, meetings;
  gint64 actual;
} Mine;

static Mine
count_mine (gint64 convention_id)
{
  Mine mine;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  mine.conventions = count (pre_store_list_conventions (store (), NULL));
  mine.territories = count (pre_store_list_territories (store (), TRUE, NULL));
  mine.partners = count (pre_store_list_partners (store (), TRUE, NULL));
  mine.boards = count (pre_store_list_boards (store (), NULL));
  mine.meetings = count (pre_store_list_meetings (store (), 0, NULL));
  mine.actual = 0;
  rows = pre_store_compute_missions (store (), convention_id, 2025, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    mine.actual += ((PreMissionRow *)g_ptr_array_index (rows, i))->actual;
  return mine;
}

static void
test_example_beside (void)
{
  gint64 mine_id = pre_convention_get_id (convention ());
  Mine before = count_mine (mine_id);
  Mine after;
  AdwDialog *alert;
  const char *body;

  g_assert_cmpint (before.actual, ==, 12500 + 48000);
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-example", NULL);
  wait_frames (6);
  /* Refused, with why and what to do; nothing written. */
  alert = visible_dialog ();
  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_test_message ("Example refused: %s", body);
  g_assert_true (g_str_has_suffix (body, "."));
  g_assert_false (pre_store_has_example (store ()));
  shot ("example-refused");
  adw_dialog_force_close (alert);
  wait_frames (3);

  after = count_mine (mine_id);
  g_assert_cmpuint (after.conventions, ==, before.conventions);
  g_assert_cmpuint (after.territories, ==, before.territories);
  g_assert_cmpuint (after.partners, ==, before.partners);
  g_assert_cmpuint (after.boards, ==, before.boards);
  g_assert_cmpuint (after.meetings, ==, before.meetings);
  g_assert_cmpint (after.actual, ==, before.actual);
  g_assert_cmpint (pre_convention_get_id (convention ()), ==, mine_id);
}


/* 5e. The convention edited to start a year later while 2025 holds
 * sessions: refused, the dialog stays, nothing changes. */

static void
test_convention_years (void)
{
  GtkWidget *territories = pre_window_get_page_widget (window, "territories");
  PreFormDialog *dialog;
  const char *message;

  show_page ("territories");
  gtk_widget_activate_action (territories, "territories.edit-convention", NULL);
  wait_frames (4);
  dialog = form_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "annual-cost")), "1O 000");
  wait_frames (2);
  g_assert_false (pre_form_dialog_can_save (dialog));
  g_assert_true (gtk_widget_has_css_class (pre_form_dialog_get_row (dialog, "annual-cost"), "error"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), pre_form_dialog_get_message (dialog)));
  /* The message names the field and what was typed. */
  g_assert_nonnull (strstr (pre_form_dialog_get_message (dialog), _("Annual Forecast Cost")));
  g_assert_nonnull (strstr (pre_form_dialog_get_message (dialog), "1O 000"));
  shot ("convention-bad-cost");
  gtk_editable_set_text (GTK_EDITABLE (pre_form_dialog_get_row (dialog, "annual-cost")), "10 000");
  adw_spin_row_set_value (ADW_SPIN_ROW (pre_form_dialog_get_row (dialog, "first-year")), 2026);
  wait_frames (2);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  wait_frames (4);
  g_assert_true (visible_dialog () == ADW_DIALOG (dialog));
  message = pre_form_dialog_get_message (dialog);
  g_test_message ("Years refused: %s", message);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "2025"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), message));
  /* The whole message inside the dialog, not cut at its bottom edge. */
  {
    GtkWidget *label = find_label_containing (GTK_WIDGET (dialog), message);
    GtkWidget *scrolled = gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW);
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (label, scrolled, &bounds));
    g_test_message ("Message bottom %g, visible height %d", bounds.origin.y + bounds.size.height,
                    gtk_widget_get_height (scrolled));
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled));
  }
  shot ("convention-years-refused");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.cancel", NULL);
  wait_frames (3);
  g_assert_cmpint (pre_convention_get_first_year (convention ()), ==, 2025);
}


/* 5f. The year chosen in the header: every page follows. */

static void
test_year (void)
{
  GtkWidget *overview = pre_window_get_page_widget (window, "overview");
  GtkDropDown *dropdown;
  g_autofree char *missions = g_strdup_printf (_("Missions in %d"), 2026);
  g_autofree char *plan = g_strdup_printf (_("Funding Plan %d"), 2026);
  g_autofree char *committed = pre_money_format (6000);

  show_page ("overview");
  dropdown = GTK_DROP_DOWN (find_mapped (overview, GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (dropdown);
  /* 2025, 2026, 2027. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 3);
  gtk_drop_down_set_selected (dropdown, 1);
  wait_frames (4);
  g_assert_cmpint (pre_session_get_year (pre_window_get_session (window)), ==, 2026);
  wait_for_text (overview, missions);
  shot ("overview-2026");
  show_page ("funding");
  wait_for_text (pre_window_get_page_widget (window, "funding"), plan);
  /* The session dated 2026 shows on its page now, planned: committed. */
  show_page ("psychology");
  wait_for_text (mission_page (), committed);
  shot ("psychology-2026");
  show_page ("overview");
  dropdown = GTK_DROP_DOWN (find_mapped (overview, GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (dropdown, 0);
  wait_frames (4);
  g_assert_cmpint (pre_session_get_year (pre_window_get_session (window)), ==, 2025);
}


/* 5g. The annual report of one's own convention: real text, nothing on
 * top of anything. */

static void
test_report (void)
{
  g_autofree char *name = g_strdup_printf ("walkthrough-report-%s.pdf", lang);
  g_autofree char *path = g_build_filename (output_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  g_assert_true (pre_report_write_annual_pdf (store (), pre_convention_get_id (convention ()), 2025,
                                              PRE_REPORT_FLAGS_NONE, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 1);
  if (!pdf_check_available ())
    {
      g_test_message ("pdftotext is not installed: the report's text is not checked");
      return;
    }
  text = pdf_check_text (path);
  pdf_check_assert_contains (text, "Métropole Test");
  pdf_check_assert_contains (text, "CCAS de Beaulieu");
  pdf_check_assert_contains (text, "Villeneuve");
  /* No section title left alone at the foot of a page: what follows the
   * spending title on its page includes its table's total. */
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
    g_autofree char *raw = pdf_check_run (argv);
    g_auto(GStrv) pages = g_strsplit (raw, "\f", -1);
    const char *title = _("4. Spending per territory and mission");
    gboolean found = FALSE;

    /* Page 1 is the cover, whose contents list the title. */
    for (guint i = 1; pages[i] != NULL; i++)
      {
        const char *at = strstr (pages[i], title);

        if (at == NULL)
          continue;
        found = TRUE;
        if (strstr (at + strlen (title), _("Total")) == NULL)
          g_error ("Page %u ends on the title “%s”, its chart and table on the next page", i + 1, title);
      }
    g_assert_true (found);
  }
  /* Running heads and page numbers sit in the margins: 5 mm from the edge
   * at least, where printers still print. */
  g_assert_cmpuint (pdf_check_no_overlap_within (path, 14.0), ==, n_pages);
}

/* 6. A narrow window */

/* The mapped label of @widget showing exactly @text. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A session's date and cost are read whole in a narrow window (the list
 * scrolls sideways), not cut to "2025…". */
static void
assert_session_whole (void)
{
  GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (mission_page (), PRE_TYPE_MISSION_PAGE, "session_view"));
  g_autofree char *date = pre_date_format_short ("2025-11-20");
  g_autofree char *cost = pre_money_format (12500);
  const char *texts[] = { date, cost, "Consultation" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkLabel *label = find_label (view, texts[i]);

      if (label == NULL)
        {
          /* Further right: scrolled there, as a user would. */
          GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW));
          GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (scrolled);

          gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h));
          wait_frames (3);
          label = find_label (view, texts[i]);
        }
      g_assert_nonnull (label);
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        g_error ("“%s” is cut short in the narrow session list", texts[i]);
    }
  /* The end of the row, for the screenshot. */
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (scrolled);

    gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h));
  }
}

static void
test_narrow (void)
{
  const char *pages[] = { "overview", "board", "coordination", "psychology", "project", "training",
                          "funding", "territories" };

  resize (400, 700);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("narrow-%s", pages[i]);

      show_page (pages[i]);
      wait_frames (4);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 420);
      assert_labels_readable (GTK_WIDGET (window), pages[i]);
      shot (name);
      if (g_str_equal (pages[i], "overview") || g_str_equal (pages[i], "funding"))
        {
          /* Further down: the charts, at 400 px. */
          GtkWidget *scrolled = find_mapped (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW);
          GtkAdjustment *v;

          g_assert_nonnull (scrolled);
          v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          for (guint step = 1; step <= 3; step++)
            {
              g_autofree char *part = g_strdup_printf ("narrow-%s-%u", pages[i], step);

              gtk_adjustment_set_value (v, (gtk_adjustment_get_upper (v) - gtk_adjustment_get_page_size (v)) * step / 3);
              wait_frames (3);
              shot (part);
            }
          gtk_adjustment_set_value (v, 0);
        }
      if (g_str_equal (pages[i], "psychology"))
        {
          assert_session_whole ();
          shot ("narrow-psychology-scrolled");
        }
    }
  /* The dialogs a new user opens, in the narrow window. */
  show_page ("psychology");
  gtk_widget_activate_action (mission_page (), "mission.add", NULL);
  wait_frames (4);
  g_assert_true (PRE_IS_ACTIVITY_DIALOG (visible_dialog ()));
  gtk_editable_set_text (activity_row (visible_dialog (), "cost_row"), "abc");
  wait_frames (2);
  assert_labels_readable (GTK_WIDGET (visible_dialog ()), "session dialog");
  shot ("narrow-session-dialog");
  adw_dialog_force_close (visible_dialog ());
  wait_frames (3);
  show_page ("territories");
  gtk_widget_activate_action (pre_window_get_page_widget (window, "territories"), "territories.add-territory", NULL);
  wait_frames (4);
  shot ("narrow-territory-form");
  adw_dialog_force_close (visible_dialog ());
  wait_frames (3);
  resize (1200, 900);
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
  /* The assistant starts on this year; the convention is 2025–2027. */
  g_setenv ("PRE_TODAY", "2025-11-28", TRUE);

  tmp_dir = g_dir_make_tmp ("pre-test-walkthrough-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() puts the locale back to en_US: a French user sees
   * "10 000,00 €", so the whole locale again. */
  setlocale (LC_ALL, "");
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
  g_application_activate (G_APPLICATION (app));

  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_timeout_add (50, wake_cb, NULL);
  resize (1200, 900);

  g_test_add_func ("/walkthrough/empty", test_empty);
  g_test_add_func ("/walkthrough/assistant", test_assistant);
  g_test_add_func ("/walkthrough/session", test_session);
  g_test_add_func ("/walkthrough/board", test_board);
  g_test_add_func ("/walkthrough/meetings", test_meetings);
  g_test_add_func ("/walkthrough/delete", test_delete);
  g_test_add_func ("/walkthrough/balance", test_balance);
  g_test_add_func ("/walkthrough/duplicate-commune", test_duplicate_commune);
  g_test_add_func ("/walkthrough/example-beside", test_example_beside);
  g_test_add_func ("/walkthrough/convention-years", test_convention_years);
  g_test_add_func ("/walkthrough/year", test_year);
  g_test_add_func ("/walkthrough/report", test_report);
  g_test_add_func ("/walkthrough/narrow", test_narrow);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
