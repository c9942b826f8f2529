/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-application.h"
#include "pre-attendance-editor.h"
#include "pre-attendance.h"
#include "pre-board-page.h"
#include "pre-date.h"
#include "pre-deliberation-dialog.h"
#include "pre-deliberation.h"
#include "pre-meeting-dialog.h"
#include "pre-meeting-page.h"
#include "pre-meeting.h"
#include "pre-screenshot.h"
#include "pre-window.h"

/* The Board meetings page on the example, in a real window under X11: the
 * séance list, a séance's attendance and its rules, a deliberation's vote,
 * the register extract, a delete undone; screenshots wide and narrow. */

static PreApplication *app;
static PreWindow *window;
static PreStore *store;
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

static void
resize (int width,
        int height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  wait_frames (4);
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
find_mapped_label (GtkWidget  *widget,
                   const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A preferences row of @type titled @title under @widget. */
static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_screenshot_of (GtkWidget  *widget,
                    const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("board-%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  pre_screenshot_save (widget, path, &error);
  g_assert_no_error (error);
  g_test_message ("Screenshot: %s", path);
}

static PreBoardPage *
get_board_page (void)
{
  return PRE_BOARD_PAGE (pre_window_get_page_widget (window, "board"));
}

static void
show_board (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "board");
  wait_frames (3);
  g_assert_cmpstr (pre_window_get_page (window), ==, "board");
}

/* The search waits for the user to stop typing. */
static void
wait_for_n_meetings (guint n)
{
  GListModel *meetings = pre_board_page_get_meetings (get_board_page ());

  for (guint i = 0; i < 50 && g_list_model_get_n_items (meetings) != n; i++)
    wait_frames (2);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, n);
}

static PreMeetingPage *
open_meeting (void)
{
  PreBoardPage *page = get_board_page ();
  GtkWidget *meeting_page = pre_board_page_get_meeting_page (page);
  GtkWidget *column_view;

  if (meeting_page != NULL)
    return PRE_MEETING_PAGE (meeting_page);

  /* As a user would: Enter on the first row. */
  column_view = find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  g_signal_emit_by_name (column_view, "activate", 0);
  wait_frames (3);
  meeting_page = pre_board_page_get_meeting_page (page);
  g_assert_nonnull (meeting_page);
  return PRE_MEETING_PAGE (meeting_page);
}

static gint64
first_meeting_id (void)
{
  g_autoptr(GListModel) meetings = pre_store_list_meetings (store, 0, NULL);
  g_autoptr(PreMeeting) meeting = NULL;

  g_assert_nonnull (meetings);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  return pre_meeting_get_id (meeting);
}

static gint64
first_meeting_id_of (GListModel *meetings,
                     guint       position)
{
  g_autoptr(PreMeeting) meeting = g_list_model_get_item (meetings, position);

  g_assert_nonnull (meeting);
  return pre_meeting_get_id (meeting);
}

static guint
count_deliberations (void)
{
  g_autoptr(GListModel) deliberations = pre_store_list_deliberations (store, first_meeting_id (), NULL);

  return deliberations != NULL ? g_list_model_get_n_items (deliberations) : 0;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_visible (child))
      n++;
  return n;
}

/* How many mapped labels under @widget read @text. */
static guint
count_mapped_labels (GtkWidget  *widget,
                     const char *text)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_mapped_labels (child, text);
  return n;
}

static void
test_empty (void)
{
  g_autofree char *load = g_strdup (_("_Load the Example"));

  show_board ();
  /* Nothing yet: the empty state offers to add a séance or load the example. */
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (get_board_page ())), ==, 0);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), _("No board meetings")));
  g_strdelimit (load, "_", ' ');
  g_strstrip (load);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), load));
  save_screenshot_of (GTK_WIDGET (window), "empty");

  /* Without a board, adding a séance leads to Territories & partners. */
  gtk_widget_activate_action (GTK_WIDGET (get_board_page ()), "board.add-meeting", NULL);
  wait_frames (3);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window),
                                       _("There is no board yet: add the board and its members in Territories & partners first.")));
}

static void
test_list (void)
{
  PreBoardPage *page;
  g_autofree char *date = pre_date_format_long ("2024-10-02");

  /* As the empty state's button does. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "load-example", NULL);
  show_board ();
  wait_frames (3);
  page = get_board_page ();

  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 1);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (date, ==, "2 October 2024");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page), date));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page), "12"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page), "4"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page), "1"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page), _("Quorum reached")));
  g_assert_true (pre_board_page_get_quorum_reached (page, first_meeting_id ()));
  /* The board's section header. */
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page),
                                       _("Conseil d'Administration — Centre Communal d'Action Sociale de DIJON")));
  /* The example says so, above the list as on every page. */
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page),
                                       _("Example convention: its sessions, expenses and payments are fictitious")));
  save_screenshot_of (GTK_WIDGET (window), "list");

  /* The board is said once, by its section header: no column repeats it.
   * At the window's default size every column fits, the quorum badge
   * included, without scrolling sideways. */
  g_assert_cmpuint (count_mapped_labels (GTK_WIDGET (page),
                                         _("Conseil d'Administration — Centre Communal d'Action Sociale de DIJON")),
                    ==, 1);
  resize (1100, 720);
  {
    GtkWidget *view = find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
    GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *badge = find_mapped_label (GTK_WIDGET (page), _("Quorum reached"));
    GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
    graphene_rect_t bounds;

    g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view))), ==, 6);
    g_assert_nonnull (badge);
    g_assert_true (gtk_widget_compute_bounds (badge, scrolled, &bounds));
    g_assert_cmpfloat (bounds.origin.x, >=, 0);
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (scrolled));
    g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=, gtk_adjustment_get_page_size (hadjustment));
  }
  save_screenshot_of (GTK_WIDGET (window), "list-default-size");
  resize (1200, 800);
}

static void
test_search (void)
{
  PreBoardPage *page = get_board_page ();
  GtkWidget *entry;

  gtk_widget_activate_action (GTK_WIDGET (page), "board.search", NULL);
  wait_frames (2);
  entry = find_mapped (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "TENENBAUM-nowhere");
  wait_for_n_meetings (0);
  wait_frames (2);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (page), _("No Results Found")));

  /* A word of the deliberation's subject finds its séance. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "réussite");
  wait_for_n_meetings (1);

  gtk_editable_set_text (GTK_EDITABLE (entry), "nowhere");
  wait_for_n_meetings (0);
  /* So does the board's name, though only the section header shows it. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "centre communal");
  wait_for_n_meetings (1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_for_n_meetings (1);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_BAR)), FALSE);
  wait_frames (2);
}

static void
test_meeting (void)
{
  PreMeetingPage *meeting_page = open_meeting ();
  PreAttendanceEditor *editor = PRE_ATTENDANCE_EDITOR (pre_meeting_page_get_attendance_editor (meeting_page));
  const char *summary = pre_attendance_editor_get_summary (editor);
  AdwComboRow *row;
  GtkWidget *list;
  GtkWidget *scrolled;
  graphene_point_t point;
  PreConvention *convention;
  g_autofree char *approves = NULL;
  g_autofree char *subtitle = NULL;

  g_assert_cmpuint (pre_attendance_editor_get_n_members (editor), ==, 17);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (summary, ==, "12 present, 4 represented, 1 excused — quorum reached (9 required)");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (meeting_page), summary));

  row = pre_attendance_editor_get_status_row (editor, "M. REBSAMEN");
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, PRE_ATTENDANCE_REPRESENTED);
  row = pre_attendance_editor_get_status_row (editor, "Mme TENENBAUM");
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, PRE_ATTENDANCE_EXCUSED);

  /* The deliberation and its outcome. */
  g_assert_cmpuint (count_rows (pre_meeting_page_get_deliberation_list (meeting_page)), ==, 1);
  save_screenshot_of (GTK_WIDGET (window), "meeting");

  /* Scrolled down to the deliberations. */
  list = GTK_WIDGET (pre_meeting_page_get_deliberation_list (meeting_page));
  scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_compute_point (list, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            point.y - 400);
  wait_frames (3);
  convention = pre_session_get_convention (pre_window_get_session (window));
  g_assert_nonnull (convention);
  approves = g_strdup_printf (_("Approves the convention “%s”"), pre_convention_get_title (convention));
  subtitle = g_strdup_printf ("%s\n%s", _("Adopted unanimously"), approves);
  g_assert_nonnull (find_mapped_label (list, subtitle));
  save_screenshot_of (GTK_WIDGET (window), "meeting-deliberations");
}

static void
test_proxy_holder_absent (void)
{
  PreMeetingPage *meeting_page = open_meeting ();
  PreAttendanceEditor *editor = PRE_ATTENDANCE_EDITOR (pre_meeting_page_get_attendance_editor (meeting_page));
  AdwComboRow *row = pre_attendance_editor_get_status_row (editor, "M. HOAREAU");
  PreAttendanceCounts counts;
  g_autofree char *expected = NULL;
  g_autofree char *proxy_title = g_strdup_printf (_("Proxy of %s held by"), "M. REBSAMEN");
  g_autofree char *expected_holds = NULL;
  g_autofree char *expected_holds_hoareau = g_strdup_printf (_("Holds the proxy of %s"), "M. REBSAMEN");
  AdwComboRow *holder;
  GListModel *names;
  guint akpinar = G_MAXUINT;

  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, PRE_ATTENDANCE_PRESENT);

  /* M. HOAREAU holds M. REBSAMEN's proxy: he cannot be absent. */
  adw_combo_row_set_selected (row, PRE_ATTENDANCE_ABSENT);
  wait_frames (3);
  expected = g_strdup_printf (_("%s is represented by %s, who is not present."), "M. REBSAMEN", "M. HOAREAU");
  /* Said on the row changed. */
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (row), expected));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  save_screenshot_of (GTK_WIDGET (window), "attendance-refused");
  row = pre_attendance_editor_get_status_row (editor, "M. HOAREAU");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, PRE_ATTENDANCE_PRESENT);

  /* Nothing saved. */
  g_assert_true (pre_store_get_attendance_counts (store, first_meeting_id (), &counts, NULL));
  g_assert_cmpuint (counts.present, ==, 12);
  g_assert_cmpuint (counts.represented, ==, 4);

  /* Only present members holding no other proxy are offered for
   * M. REBSAMEN's: 12 present, less the 3 holding another. */
  holder = ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, proxy_title));
  g_assert_nonnull (holder);
  names = adw_combo_row_get_model (holder);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 9);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i);

      g_assert_cmpstr (name, !=, "Mme CHOLLET");
      g_assert_cmpstr (name, !=, "M. MEZUI");
      g_assert_cmpstr (name, !=, "Mme TENENBAUM");
      g_assert_cmpstr (name, !=, "M. BERTHIER");
      if (g_str_equal (name, "Mme AKPINAR-ISTIQUAM"))
        akpinar = i;
    }
  g_assert_cmpuint (akpinar, !=, G_MAXUINT);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (holder)),
                   ==, "M. HOAREAU");

  /* Another holder: saved at once. */
  adw_combo_row_set_selected (holder, akpinar);
  wait_frames (3);
  {
    g_autoptr(GListModel) attendance = pre_store_list_attendance (store, first_meeting_id (), NULL);

    for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
      {
        g_autoptr(PreAttendance) line = g_list_model_get_item (attendance, i);

        if (g_str_equal (pre_attendance_get_member_name (line), "M. REBSAMEN"))
          g_assert_cmpstr (pre_attendance_get_proxy_holder_name (line), ==, "Mme AKPINAR-ISTIQUAM");
      }
  }
  row = pre_attendance_editor_get_status_row (editor, "Mme AKPINAR-ISTIQUAM");
  g_assert_nonnull (row);
  expected_holds = g_strdup_printf (_("Holds the proxy of %s"), "M. REBSAMEN");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected_holds);

  /* And back to M. HOAREAU. */
  holder = ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, proxy_title));
  names = adw_combo_row_get_model (holder);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "M. HOAREAU"))
      adw_combo_row_set_selected (holder, i);
  wait_frames (3);
  row = pre_attendance_editor_get_status_row (editor, "M. HOAREAU");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected_holds_hoareau);

  /* Mme TENENBAUM, excused, marked absent: allowed, saved at once. */
  row = pre_attendance_editor_get_status_row (editor, "Mme TENENBAUM");
  g_assert_nonnull (row);
  adw_combo_row_set_selected (row, PRE_ATTENDANCE_ABSENT);
  wait_frames (3);
  g_assert_true (pre_store_get_attendance_counts (store, first_meeting_id (), &counts, NULL));
  g_assert_cmpuint (counts.excused, ==, 0);
  g_assert_cmpuint (counts.present, ==, 12);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (pre_attendance_editor_get_summary (editor), ==,
                     "12 present, 4 represented, 1 absent — quorum reached (9 required)");
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), pre_attendance_editor_get_summary (editor)));
  row = pre_attendance_editor_get_status_row (editor, "Mme TENENBAUM");
  adw_combo_row_set_selected (row, PRE_ATTENDANCE_EXCUSED);
  wait_frames (3);
  g_assert_true (pre_store_get_attendance_counts (store, first_meeting_id (), &counts, NULL));
  g_assert_cmpuint (counts.excused, ==, 1);

  /* M. AVENA absent would leave 15 voters for the 16 votes recorded: core
   * refuses, and says why. */
  row = pre_attendance_editor_get_status_row (editor, "M. AVENA");
  g_assert_nonnull (row);
  adw_combo_row_set_selected (row, PRE_ATTENDANCE_ABSENT);
  wait_frames (3);
  g_assert_true (pre_store_get_attendance_counts (store, first_meeting_id (), &counts, NULL));
  g_assert_cmpuint (counts.present, ==, 12);
  row = pre_attendance_editor_get_status_row (editor, "M. AVENA");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, PRE_ATTENDANCE_PRESENT);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
}

static void
test_deliberation_votes (void)
{
  PreMeetingPage *meeting_page = open_meeting ();
  GtkListBox *list = pre_meeting_page_get_deliberation_list (meeting_page);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);
  AdwDialog *dialog;
  PreDeliberationDialog *deliberation_dialog;
  GtkWidget *message;
  GtkWidget *scrolled;
  graphene_point_t point;
  g_autoptr(GListModel) deliberations = NULL;
  g_autoptr(PreDeliberation) stored = NULL;
  GtkWidget *abstentions;
  g_autofree char *outcome = NULL;
  g_autofree char *too_many = g_strdup_printf (_("The votes counted (%u) outnumber the members who can vote (%u: present and represented)."),
                                               17, 16);

  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  wait_frames (6);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_DELIBERATION_DIALOG (dialog));
  deliberation_dialog = PRE_DELIBERATION_DIALOG (dialog);

  g_assert_cmpstr (pre_deliberation_dialog_get_outcome (deliberation_dialog), ==, _("Adopted unanimously"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (dialog), _("Adopted unanimously")));
  g_assert_null (pre_deliberation_dialog_get_message (deliberation_dialog));
  g_assert_true (gtk_widget_get_sensitive (pre_deliberation_dialog_get_save_button (deliberation_dialog)));
  save_screenshot_of (GTK_WIDGET (window), "deliberation");

  /* 16 can vote (12 present, 4 represented). */
  adw_spin_row_set_value (pre_deliberation_dialog_get_votes_for_row (deliberation_dialog), 17);
  gtk_widget_grab_focus (GTK_WIDGET (pre_deliberation_dialog_get_votes_for_row (deliberation_dialog)));
  wait_frames (6);
  g_assert_false (gtk_widget_get_sensitive (pre_deliberation_dialog_get_save_button (deliberation_dialog)));
  g_assert_cmpstr (pre_deliberation_dialog_get_message (deliberation_dialog), ==, too_many);
  message = find_mapped_label (GTK_WIDGET (dialog), pre_deliberation_dialog_get_message (deliberation_dialog));
  g_assert_nonnull (message);
  /* Scrolled to the vote, message included, for the screenshot. */
  scrolled = gtk_widget_get_ancestor (message, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_compute_point (message, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            point.y - 380);
  wait_frames (3);
  save_screenshot_of (GTK_WIDGET (window), "deliberation-invalid");

  /* The end of the form: recipients with their copies, the convention. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))));
  wait_frames (3);
  save_screenshot_of (GTK_WIDGET (window), "deliberation-end");

  /* Nothing saved while the dialog is open. */
  deliberations = pre_store_list_deliberations (store, first_meeting_id (), NULL);
  stored = g_list_model_get_item (deliberations, 0);
  g_assert_cmpuint (pre_deliberation_get_votes_for (stored), ==, 16);
  g_clear_object (&stored);
  g_clear_object (&deliberations);

  /* 15 for, 1 abstention: the wording follows as the numbers change. */
  adw_spin_row_set_value (pre_deliberation_dialog_get_votes_for_row (deliberation_dialog), 15);
  abstentions = find_row (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, _("Abstentions"));
  g_assert_nonnull (abstentions);
  adw_spin_row_set_value (ADW_SPIN_ROW (abstentions), 1);
  wait_frames (2);
  outcome = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Adopted unanimously by the votes cast (%u abstention)",
                                          "Adopted unanimously by the votes cast (%u abstentions)", 1), 1);
  g_assert_cmpstr (pre_deliberation_dialog_get_outcome (deliberation_dialog), ==, outcome);
  g_assert_null (pre_deliberation_dialog_get_message (deliberation_dialog));
  g_assert_true (gtk_widget_get_sensitive (pre_deliberation_dialog_get_save_button (deliberation_dialog)));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "deliberation-dialog.save", NULL);
  wait_frames (4);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  deliberations = pre_store_list_deliberations (store, first_meeting_id (), NULL);
  stored = g_list_model_get_item (deliberations, 0);
  g_assert_cmpuint (pre_deliberation_get_votes_for (stored), ==, 15);
  g_assert_cmpuint (pre_deliberation_get_abstentions (stored), ==, 1);
  /* The séance page shows the new outcome. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), outcome));
}

static void
test_export (void)
{
  PreMeetingPage *meeting_page = open_meeting ();
  g_autoptr(GListModel) deliberations = pre_store_list_deliberations (store, first_meeting_id (), NULL);
  g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, 0);
  g_autofree char *name = pre_meeting_page_dup_extract_name (meeting_page);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *printed_name = g_strdup_printf ("board-printed-%s.pdf", lang);
  g_autofree char *printed = g_build_filename (output_dir, printed_name, NULL);
  const char *print_argv[] = { "sh", "-c", NULL, NULL };
  g_autofree char *command = NULL;
  int status;

  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (name, ==, "extrait-2024-10-02.pdf");
  g_assert_true (pre_meeting_page_export_extract (meeting_page, pre_deliberation_get_id (deliberation),
                                                  file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "TENENBAUM"));
  g_assert_nonnull (strstr (text, "HOAREAU"));

  /* Printed (to a file): the same extract, on A4 pages measured in points. */
  g_clear_pointer (&text, g_free);
  g_assert_true (pre_meeting_page_print_extract_to_file (meeting_page, pre_deliberation_get_id (deliberation),
                                                         printed, &error));
  g_assert_no_error (error);
  command = g_strdup_printf ("pdftotext -layout '%s' - && pdfinfo '%s'", printed, printed);
  print_argv[2] = command;
  g_assert_true (g_spawn_sync (NULL, (char **)print_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "TENENBAUM"));
  g_assert_nonnull (strstr (text, "(A4)"));
}

/* "Export for Open Data…" writes what core's SCDL export gives: the
 * example's deliberation with 17 in office, 16 voting, 16 for. */
static void
test_open_data (void)
{
  PreBoardPage *page;
  g_autofree char *path = g_build_filename (tmp_dir, "deliberations-scdl.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint n_rows = 0;

  show_board ();
  page = get_board_page ();
  g_assert_true (pre_board_page_export_open_data (page, file, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,"));
  g_assert_nonnull (strstr (contents, "\nCentre Communal d'Action Sociale de DIJON,,"));
  g_assert_true (g_str_has_suffix (contents, ",17,16,16,0,0,\n"));
}

static void
test_delete_undo (void)
{
  PreMeetingPage *meeting_page = open_meeting ();
  PreBoardPage *page = get_board_page ();
  GtkListBox *list = pre_meeting_page_get_deliberation_list (meeting_page);
  g_autoptr(GListModel) deliberations = pre_store_list_deliberations (store, first_meeting_id (), NULL);
  g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, 0);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(PreDeliberation) first = NULL;
  g_autoptr(PreDeliberation) restored = NULL;
  g_autofree char *toast = NULL;

  g_assert_cmpuint (count_deliberations (), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.delete-deliberation", "x",
                              pre_deliberation_get_id (deliberation));
  wait_frames (4);
  g_assert_cmpuint (count_deliberations (), ==, 0);
  g_assert_cmpuint (count_rows (list), ==, 0);
  toast = g_strdup (_("Deliberation deleted"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window), toast));
  save_screenshot_of (GTK_WIDGET (window), "deleted");

  gtk_widget_activate_action (GTK_WIDGET (page), "board.undo-delete", NULL);
  wait_frames (4);
  g_assert_cmpuint (count_deliberations (), ==, 1);
  g_assert_cmpuint (count_rows (list), ==, 1);

  /* The same deliberation: text, decisions, recipients, votes. */
  after = pre_store_list_deliberations (store, first_meeting_id (), NULL);
  first = g_list_model_get_item (after, 0);
  restored = pre_store_get_deliberation (store, pre_deliberation_get_id (first), NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (pre_deliberation_get_subject (restored), ==, pre_deliberation_get_subject (deliberation));
  g_assert_cmpuint (pre_deliberation_get_votes_for (restored), ==, 15);
  g_assert_cmpuint (pre_deliberation_get_abstentions (restored), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **)pre_deliberation_get_decisions (restored)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (pre_deliberation_get_recipients (restored)), ==, 4);
}

static void
test_narrow (void)
{
  open_meeting ();
  resize (400, 800);
  pre_window_show_content (window);
  wait_frames (4);
  save_screenshot_of (GTK_WIDGET (window), "meeting-narrow");
  /* The list, narrow: the table scrolls sideways. Its header holds the
   * year, search and add: with GNOME's window buttons (close only) it fits
   * 400 px; GTK's default adds minimize and maximize. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  gtk_widget_activate_action (GTK_WIDGET (get_board_page ()), "board.search", NULL);
  wait_frames (3);
  g_assert_null (pre_board_page_get_meeting_page (get_board_page ()));
  save_screenshot_of (GTK_WIDGET (window), "list-narrow");
  resize (1200, 800);
  gtk_settings_reset_property (gtk_settings_get_default (), "gtk-decoration-layout");
}

static void
test_new_meeting (void)
{
  PreBoardPage *page = get_board_page ();
  AdwDialog *dialog;
  GtkWidget *meeting_page;
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *warning = NULL;
  GtkWidget *date_row = NULL;
  GtkWidget *convocation_row = NULL;
  GtkWidget *subject_row;
  GtkWidget *place_row;
  GtkWidget *convocation_kind;
  GtkWidget *decision;
  GtkListBox *list;
  g_autofree char *empty_decision = NULL;
  g_autofree char *decision_title = NULL;
  PreAttendanceEditor *editor;
  g_autofree char *quorum = NULL;
  const char *message;

  resize (1200, 800);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.add-meeting", NULL);
  wait_frames (4);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_MEETING_DIALOG (dialog));

  /* Empty: the date is required, Save is off. */
  g_assert_nonnull (pre_meeting_dialog_get_message (PRE_MEETING_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting-dialog.save", NULL);
  wait_frames (2);
  g_assert_true (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 1);

  for (GtkWidget *w = find_mapped (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_ENTRY_ROW (w))
      {
        if (date_row == NULL)
          date_row = w;
        else if (convocation_row == NULL)
          convocation_row = w;
      }
  g_assert_nonnull (date_row);
  g_assert_nonnull (convocation_row);

  /* A day that does not exist, said under the field as it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31/02/2025");
  wait_frames (2);
  message = pre_meeting_dialog_get_message (PRE_MEETING_DIALOG (dialog));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "31/02/2025"));
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (dialog), message));

  /* A convocation sent the day before: allowed, with a warning. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "12/03/2025");
  gtk_editable_set_text (GTK_EDITABLE (convocation_row), "11/03/2025");
  wait_frames (2);
  g_assert_null (pre_meeting_dialog_get_message (PRE_MEETING_DIALOG (dialog)));
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The convocation was sent %d day before the séance; it should be sent at least three days before.",
                                          "The convocation was sent %d days before the séance; it should be sent at least three days before.",
                                          1), 1);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (dialog), warning));
  save_screenshot_of (GTK_WIDGET (window), "new-meeting");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting-dialog.save", NULL);
  wait_frames (4);
  meetings = pre_store_list_meetings (store, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 2);

  /* The new séance opens, every member absent until recorded. */
  meeting_page = pre_board_page_get_meeting_page (page);
  g_assert_nonnull (meeting_page);
  g_assert_cmpint (pre_meeting_page_get_meeting_id (PRE_MEETING_PAGE (meeting_page)), !=, first_meeting_id_of (meetings, 1));

  /* Edited: the place, and the second convocation (no quorum needed). */
  gtk_widget_activate_action (meeting_page, "meeting.edit", NULL);
  wait_frames (4);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_MEETING_DIALOG (dialog));
  place_row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Place"));
  g_assert_nonnull (place_row);
  gtk_editable_set_text (GTK_EDITABLE (place_row), "Salle du conseil");
  convocation_kind = find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Convocation"));
  g_assert_nonnull (convocation_kind);
  adw_combo_row_set_selected (ADW_COMBO_ROW (convocation_kind), 1);
  wait_frames (2);
  g_assert_null (pre_meeting_dialog_get_message (PRE_MEETING_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting-dialog.save", NULL);
  wait_frames (4);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_nonnull (find_mapped_label (meeting_page, "Salle du conseil"));
  editor = PRE_ATTENDANCE_EDITOR (pre_meeting_page_get_attendance_editor (PRE_MEETING_PAGE (meeting_page)));
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (pre_attendance_editor_get_summary (editor), ==,
                     "0 present, 17 absent — second convocation, no quorum needed");

  /* Back to a first convocation. */
  gtk_widget_activate_action (meeting_page, "meeting.edit", NULL);
  wait_frames (4);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  convocation_kind = find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Convocation"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (convocation_kind), 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "meeting-dialog.save", NULL);
  wait_frames (4);

  /* Nobody recorded yet: no quorum, and core refuses a vote. */
  editor = PRE_ATTENDANCE_EDITOR (pre_meeting_page_get_attendance_editor (PRE_MEETING_PAGE (meeting_page)));
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (pre_attendance_editor_get_summary (editor), ==,
                     "0 present, 17 absent — quorum not reached (9 required)");
  g_assert_nonnull (find_mapped_label (meeting_page,
                                       _("The quorum is not reached: on a first convocation the board cannot vote.")));
  save_screenshot_of (GTK_WIDGET (window), "new-meeting-page");

  gtk_widget_activate_action (meeting_page, "meeting.add-deliberation", NULL);
  wait_frames (4);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_DELIBERATION_DIALOG (dialog));
  /* Empty: the subject is required. */
  g_assert_nonnull (pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog)));
  subject_row = NULL;
  for (GtkWidget *w = find_mapped (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_ENTRY_ROW (w))
      subject_row = w;
  g_assert_nonnull (subject_row);
  gtk_editable_set_text (GTK_EDITABLE (subject_row), "Budget");
  wait_frames (2);
  g_assert_null (pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog)));
  adw_spin_row_set_value (pre_deliberation_dialog_get_votes_for_row (PRE_DELIBERATION_DIALOG (dialog)), 1);
  wait_frames (2);
  quorum = g_strdup_printf (_("The quorum is not reached (%u required, %u present): the board cannot vote on a first convocation."),
                            9, 0);
  g_assert_cmpstr (pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog)), ==, quorum);
  g_assert_false (gtk_widget_get_sensitive (pre_deliberation_dialog_get_save_button (PRE_DELIBERATION_DIALOG (dialog))));

  /* No votes, and a decision line added empty: core names the line. */
  adw_spin_row_set_value (pre_deliberation_dialog_get_votes_for_row (PRE_DELIBERATION_DIALOG (dialog)), 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "deliberation-dialog.add-decision", NULL);
  wait_frames (2);
  empty_decision = g_strdup_printf (_("Decision %u is empty: write it or remove it."), 1);
  g_assert_cmpstr (pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog)), ==, empty_decision);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (dialog), empty_decision));
  decision_title = g_strdup_printf (_("Decision %u"), 1);
  decision = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, decision_title);
  g_assert_nonnull (decision);
  gtk_editable_set_text (GTK_EDITABLE (decision), "approuvent le budget");
  wait_frames (2);
  g_assert_null (pre_deliberation_dialog_get_message (PRE_DELIBERATION_DIALOG (dialog)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "deliberation-dialog.save", NULL);
  wait_frames (4);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  list = pre_meeting_page_get_deliberation_list (PRE_MEETING_PAGE (meeting_page));
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, "Budget");

  /* A séance holding a deliberation cannot go: the deliberation first. */
  gtk_widget_activate_action (meeting_page, "meeting.delete", NULL);
  wait_frames (4);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  adw_dialog_force_close (dialog);
  wait_frames (2);
  {
    g_autoptr(GListModel) held = pre_store_list_deliberations (store, pre_meeting_page_get_meeting_id (PRE_MEETING_PAGE (meeting_page)), NULL);
    g_autoptr(PreDeliberation) budget = g_list_model_get_item (held, 0);

    g_assert_cmpint (pre_deliberation_get_position (budget), ==, 1);
    gtk_widget_activate_action (meeting_page, "meeting.delete-deliberation", "x", pre_deliberation_get_id (budget));
    wait_frames (4);
  }

  /* Deleted, then back with Undo. */
  gtk_widget_activate_action (meeting_page, "meeting.delete", NULL);
  wait_frames (4);
  g_assert_null (pre_board_page_get_meeting_page (page));
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.undo-delete", NULL);
  wait_frames (4);
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 2);

  /* Sorted by a column header: the oldest first, then the newest. */
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
    g_autoptr(GtkColumnViewColumn) date_column = NULL;
    GListModel *shown = pre_board_page_get_meetings (page);
    g_autoptr(PreMeeting) first = NULL;
    g_autoptr(PreMeeting) newest = NULL;

    g_assert_nonnull (view);
    date_column = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
    gtk_column_view_sort_by_column (view, date_column, GTK_SORT_ASCENDING);
    wait_frames (2);
    first = g_list_model_get_item (shown, 0);
    g_assert_cmpstr (pre_meeting_get_date (first), ==, "2024-10-02");
    save_screenshot_of (GTK_WIDGET (window), "list-two");
    gtk_column_view_sort_by_column (view, date_column, GTK_SORT_DESCENDING);
    wait_frames (2);
    newest = g_list_model_get_item (shown, 0);
    g_assert_cmpstr (pre_meeting_get_date (newest), ==, "2025-03-12");
  }

  /* From the list, with the Delete key on the selected séance (the newest
   * first); the one holding a deliberation is refused by core. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (pre_board_page_get_meetings (page)), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.delete-meeting", NULL);
  wait_frames (4);
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 1);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (pre_board_page_get_meetings (page)), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.delete-meeting", NULL);
  wait_frames (4);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (page)), ==, 1);
  adw_dialog_force_close (dialog);
  wait_frames (3);
}

static void
test_destroy (void)
{
  /* The page alone in a window of its own, a séance open, then closed:
   * nothing left behind. */
  GtkWidget *other = gtk_window_new ();
  GtkWidget *page = pre_board_page_new ();
  GtkWidget *meeting_page;

  gtk_window_set_default_size (GTK_WINDOW (other), 800, 600);
  gtk_window_set_child (GTK_WINDOW (other), page);
  pre_page_set_session (PRE_PAGE (page), pre_window_get_session (window));
  gtk_window_present (GTK_WINDOW (other));
  wait_frames (3);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (pre_board_page_get_meetings (PRE_BOARD_PAGE (page))), >=, 1);
  meeting_page = pre_board_page_open_meeting (PRE_BOARD_PAGE (page),
                                              first_meeting_id_of (pre_board_page_get_meetings (PRE_BOARD_PAGE (page)), 0));
  g_assert_nonnull (meeting_page);
  wait_frames (3);
  gtk_window_destroy (GTK_WINDOW (other));
  wait_frames (2);
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

  tmp_dir = g_dir_make_tmp ("pre-test-board-page-XXXXXX", &error);
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
  store = pre_application_get_store (app);
  g_assert_nonnull (store);
  g_application_activate (G_APPLICATION (app));

  window = PRE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PRE_IS_WINDOW (window));
  g_timeout_add (50, wake_cb, NULL);
  resize (1200, 800);

  g_test_add_func ("/board/empty", test_empty);
  g_test_add_func ("/board/list", test_list);
  g_test_add_func ("/board/search", test_search);
  g_test_add_func ("/board/meeting", test_meeting);
  g_test_add_func ("/board/attendance/proxy-holder-absent", test_proxy_holder_absent);
  g_test_add_func ("/board/deliberation/votes", test_deliberation_votes);
  g_test_add_func ("/board/deliberation/export", test_export);
  g_test_add_func ("/board/open-data", test_open_data);
  g_test_add_func ("/board/deliberation/delete-undo", test_delete_undo);
  g_test_add_func ("/board/meeting/narrow", test_narrow);
  g_test_add_func ("/board/window/destroy", test_destroy);
  g_test_add_func ("/board/meeting/new", test_new_meeting);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
