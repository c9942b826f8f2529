/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "pre-application.h"
#include "pre-preferences-dialog.h"
#include "pre-screenshot.h"
#include "pre-setup-assistant.h"
#include "pre-window.h"

/* The real window under X11 (Xvfb in build-aux/dev test): what the sidebar
 * lists, the empty state of every page, the keyboard shortcuts, the dialogs,
 * and screenshots a person can open, wide and narrow, in the test's language. */

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

/* Let the window draw @n frames: after that it is laid out and painted. */
static void
wait_frames_of (GtkWidget *widget,
                guint      n)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint left = n;

  gtk_widget_add_tick_callback (widget, count_frame_cb, &left, NULL);
  while (left > 0)
    {
      if (g_get_monotonic_time () > end)
        g_error ("The window drew no frame in 20 s: is it shown?");
      g_main_context_iteration (NULL, TRUE);
    }
  /* What the last frame queued (a dialog's animation, a relayout). */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
wait_frames (guint n)
{
  wait_frames_of (GTK_WIDGET (window), n);
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

static AdwNavigationSplitView *
get_split_view (void)
{
  GtkWidget *split_view = find_any (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW);

  g_assert_nonnull (split_view);
  return ADW_NAVIGATION_SPLIT_VIEW (split_view);
}

static const char *
row_label (GtkWidget *row)
{
  GtkWidget *label = find_any (row, GTK_TYPE_LABEL);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
show_page (const char *page)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
  wait_frames (2);
  g_assert_cmpstr (pre_window_get_page (window), ==, page);
}

/* A window that draws nothing gives a file of one colour. */
static void
save_screenshot_of (GtkWidget  *widget,
                    const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("window-%s-%s.png", name, lang);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = NULL;
  g_autoptr(GHashTable) colours = NULL;
  int width, height;

  g_assert_true (pre_screenshot_save (widget, path, &error));
  g_assert_no_error (error);
  g_test_message ("Screenshot: %s", path);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, ==, gtk_widget_get_width (widget));
  g_assert_cmpint (height, ==, gtk_widget_get_height (widget));

  pixels = g_new (guint32, (gsize)width * height);
  gdk_texture_download (texture, (guchar *)pixels, (gsize)width * 4);
  colours = g_hash_table_new (NULL, NULL);
  for (gsize i = 0; i < (gsize)width * height; i += 7)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  /* Text, icons, the sidebar and the header bar: many shades. */
  g_assert_cmpuint (g_hash_table_size (colours), >, 20);
}

static void
save_screenshot (const char *name)
{
  save_screenshot_of (GTK_WIDGET (window), name);
}

static void
test_sidebar_rows (void)
{
  const char *expected[] = {
    _("Overview"),
    _("Board meetings"),
    _("Coordination"),
    _("Psychological support"),
    _("Projects"),
    _("Training"),
    _("Funding"),
    _("Territories & partners"),
  };
  GtkListBox *sidebar = pre_window_get_sidebar (window);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, (int)i);
      GtkWidget *header;

      g_assert_nonnull (row);
      g_assert_cmpstr (row_label (GTK_WIDGET (row)), ==, expected[i]);

      /* "Missions" heads the four mission rows, and only them. */
      header = gtk_list_box_row_get_header (row);
      if (i == 2)
        {
          g_assert_true (GTK_IS_LABEL (header));
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (header)), ==, _("Missions"));
        }
      else
        g_assert_null (header);
    }
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, (int)i));

  /* Activating a row shows its page. */
  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, 6));
  g_assert_cmpstr (pre_window_get_page (window), ==, "funding");
  g_assert_true (gtk_list_box_get_selected_row (sidebar) == gtk_list_box_get_row_at_index (sidebar, 6));
}

static void
test_pages_empty_state (void)
{
  static const struct {
    const char *page;
    const char *title;
    const char *empty_title;
  } pages[] = {
    { "overview", N_("Overview"), N_("No convention yet") },
    { "board", N_("Board meetings"), N_("No board meetings") },
    { "coordination", N_("Coordination"), N_("No coordination sessions") },
    { "psychology", N_("Psychological support"), N_("No psychology sessions") },
    { "project", N_("Projects"), N_("No project actions") },
    { "training", N_("Training"), N_("No training sessions") },
    { "funding", N_("Funding"), N_("No funding shares") },
    { "territories", N_("Territories & partners"), N_("No territories or partners") },
  };
  const char * const *names = pre_window_get_page_names ();

  g_assert_cmpuint (g_strv_length ((char **)names), ==, G_N_ELEMENTS (pages));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page_widget;
      GtkWidget *status;
      GtkWidget *navigation_page;

      g_assert_cmpstr (names[i], ==, pages[i].page);
      show_page (pages[i].page);

      page_widget = pre_window_get_page_widget (window, pages[i].page);
      g_assert_nonnull (page_widget);
      g_assert_true (gtk_widget_get_mapped (page_widget));

      status = find_mapped (page_widget, ADW_TYPE_STATUS_PAGE);
      g_assert_nonnull (status);
      g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, _(pages[i].empty_title));
      g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (status)));
      g_assert_cmpint (gtk_widget_get_width (status), >, 0);
      /* The action that fills the page is offered. */
      g_assert_nonnull (find_mapped (status, GTK_TYPE_BUTTON));

      /* The header bar says where we are. */
      navigation_page = gtk_widget_get_ancestor (page_widget, ADW_TYPE_NAVIGATION_PAGE);
      g_assert_cmpstr (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (navigation_page)), ==,
                       _(pages[i].title));
    }
}

static void
test_shortcuts (void)
{
  GtkWidget *menu_button;
  GtkWidget *help;
  static const struct {
    const char *action;
    const char *accel;
    const char *page;
  } shortcuts[] = {
    { "win.page::board", "<Alt>2", "board" },
    { "win.page::coordination", "<Alt>3", "coordination" },
    { "win.page::funding", "<Alt>4", "funding" },
    { "win.page::territories", "<Alt>5", "territories" },
    { "win.page::overview", "<Alt>1", "overview" },
    { "app.quit", "<Control>q", NULL },
    { "app.preferences", "<Control>comma", NULL },
    { "window.close", "<Control>w", NULL },
    /* Comes with gtk/help-overlay.ui in the resources. */
    { "win.show-help-overlay", "<Control>question", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    shortcuts[i].action);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, shortcuts[i].accel);

      if (shortcuts[i].page == NULL)
        continue;

      /* What the key does: activate the action with its target. */
      g_assert_true (g_action_parse_detailed_name (shortcuts[i].action, &name, &target, &error));
      g_assert_no_error (error);
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target));
      g_assert_cmpstr (pre_window_get_page (window), ==, shortcuts[i].page);
    }

  /* F10 opens the primary menu. */
  menu_button = find_any (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (menu_button)));

  /* The shortcuts window lists the page keys. */
  help = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (help);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  wait_frames_of (help, 3);
  g_assert_true (gtk_widget_get_mapped (help));
  save_screenshot_of (help, "shortcuts");
  gtk_widget_set_visible (help, FALSE);
  wait_frames (2);
}

static gboolean
has_row_subtitle (GtkWidget  *widget,
                  const char *subtitle)
{
  if (ADW_IS_ACTION_ROW (widget)
      && g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_row_subtitle (child, subtitle))
      return TRUE;
  return FALSE;
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  AdwDialog *dialog;
  g_autofree char *expected = NULL;
  GtkWidget *spin;
  GtkWidget *toggle;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  wait_frames (2);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_PREFERENCES_DIALOG (dialog));

  save_screenshot ("preferences");

  spin = find_any (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW);
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (spin)), ==, 24);
  g_settings_set_int (settings, "retention-months", 36);
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (spin)), ==, 36);
  adw_spin_row_set_value (ADW_SPIN_ROW (spin), 12);
  g_assert_cmpint (g_settings_get_int (settings, "retention-months"), ==, 12);

  toggle = find_any (GTK_WIDGET (dialog), ADW_TYPE_SWITCH_ROW);
  g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (toggle)));
  adw_switch_row_set_active (ADW_SWITCH_ROW (toggle), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "mask-small-counts"));

  /* The database file in use: the default one, under this test's data folder. */
  expected = g_build_filename (tmp_dir, DATA_FOLDER, "pre-coordination.db", NULL);
  g_assert_true (g_file_test (expected, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (pre_application_get_database_path (app), ==, expected);
  g_assert_true (has_row_subtitle (GTK_WIDGET (dialog), expected));

  g_settings_reset (settings, "retention-months");
  g_settings_reset (settings, "mask-small-counts");
  g_assert_true (adw_dialog_close (dialog));
  wait_frames (10);
}

static void
test_about (void)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  wait_frames (2);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  /* From the AppStream file compiled into the resources. */
  g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==,
                   _("PRE Coordination"));
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_dialog_get_application_icon (ADW_ABOUT_DIALOG (dialog)), ==,
                   APPLICATION_ID);
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APPLICATION_ID));
  save_screenshot ("about");
  g_assert_true (adw_dialog_close (dialog));
  wait_frames (10);
}

/* The first-run actions open what they promise; an action that cannot run
 * yet (a séance without any board) says why in a toast and where to go. */
static void
test_first_run_actions (void)
{
  AdwDialog *assistant;

  /* Setting up a convention opens its assistant (tests/test-setup.c). */
  show_page ("overview");
  g_action_group_activate_action (G_ACTION_GROUP (app), "setup-convention", NULL);
  wait_frames (3);
  assistant = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (PRE_IS_SETUP_ASSISTANT (assistant));
  g_assert_true (adw_dialog_close (assistant));
  wait_frames (3);

  show_page ("board");
  gtk_widget_activate_action (pre_window_get_page_widget (window, "board"), "board.add-meeting", NULL);
  wait_frames (3);
  g_assert_nonnull (find_mapped_label (GTK_WIDGET (window),
                                       _("There is no board yet: add the board and its members in Territories & partners first.")));
  save_screenshot ("toast");
}

static void
resize (int width,
        int height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  wait_frames (4);
  /* The default size counts the frame drawn around the window (solid CSD). */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, width - 20);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
}

static void
test_wide (void)
{
  AdwNavigationSplitView *split_view = get_split_view ();

  resize (1200, 800);
  g_assert_false (adw_navigation_split_view_get_collapsed (split_view));

  show_page ("overview");
  save_screenshot ("wide-overview");
  show_page ("psychology");
  save_screenshot ("wide-psychology");
}

static void
test_narrow (void)
{
  AdwNavigationSplitView *split_view = get_split_view ();

  adw_navigation_split_view_set_show_content (split_view, FALSE);
  resize (400, 700);
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));

  /* One pane: the sidebar first… */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pre_window_get_sidebar (window))));
  save_screenshot ("narrow-sidebar");

  /* …then the page picked, with a way back. */
  show_page ("territories");
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (pre_window_get_sidebar (window))));
  g_assert_nonnull (find_mapped (pre_window_get_page_widget (window, "territories"),
                                 ADW_TYPE_STATUS_PAGE));
  save_screenshot ("narrow-territories");

  resize (1100, 720);
  g_assert_false (adw_navigation_split_view_get_collapsed (split_view));
}

/* Size, state and page come back from GSettings. */
static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  show_page ("training");
  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "training");
  g_settings_set_string (settings, "last-page", "board");
  g_assert_cmpstr (pre_window_get_page (window), ==, "board");

  /* A page that does not exist (an older version's) keeps the current one. */
  g_settings_set_string (settings, "last-page", "statistics");
  g_assert_cmpstr (pre_window_get_page (window), ==, "board");

  resize (900, 650);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

#if DEVELOPMENT_BUILD
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"));
#endif

  /* A new window (the next start) comes back as the last one was left. */
  g_settings_set_string (settings, "last-page", "funding");
  {
    PreWindow *next = pre_window_new (ADW_APPLICATION (app), NULL);
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (next), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);
    g_assert_cmpstr (pre_window_get_page (next), ==, "funding");
    g_assert_false (gtk_window_is_maximized (GTK_WINDOW (next)));
    gtk_window_destroy (GTK_WINDOW (next));
  }
}

typedef struct
{
  gboolean    activated;
  const char *expected_page;
} RunCheck;

/* After the app's own activate: the window it opened on a bad file. */
static void
open_error_activate_cb (GApplication *application,
                        gpointer      user_data)
{
  RunCheck *check = user_data;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));
  AdwDialog *dialog;
  GtkWidget *message;

  g_assert_true (PRE_IS_WINDOW (active));
  g_assert_cmpstr (pre_window_get_page (PRE_WINDOW (active)), ==, check->expected_page);
  g_assert_null (pre_window_get_store (PRE_WINDOW (active)));

  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (active));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==,
                   _("Cannot Open the Database"));
  /* The store's own sentence, naming the file. */
  message = adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog));
  g_assert_true (GTK_IS_LABEL (message));
  g_test_message ("Open error: %s", gtk_label_get_label (GTK_LABEL (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "not-a-database.db"));
  check->activated = TRUE;
}

static int
run_app (PreApplication *application,
         const char     *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *)"pre-coordination");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  /* The first app of this process holds the ID on the session bus. */
  g_application_set_application_id (G_APPLICATION (application), NULL);

  return g_application_run (G_APPLICATION (application), (int)argv->len - 1, (char **)argv->pdata);
}

static void
destroy_windows (PreApplication *application)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (application))) != NULL)
    gtk_window_destroy (windows->data);
}

/* --database on a file that is not a database: a dialog says why, the window
 * still opens (on --page), and --screenshot still saves it. */
static void
test_app_open_error (void)
{
  g_autofree char *bad = g_build_filename (tmp_dir, "not-a-database.db", NULL);
  g_autofree char *shot = g_strdup_printf ("%s/window-open-error-%s.png", output_dir, lang);
  g_autoptr(PreApplication) other = pre_application_new ();
  g_autoptr(GError) error = NULL;
  RunCheck check = { FALSE, "funding" };
  const char *args[] = { "--database", bad, "--page", "funding", "--screenshot", shot, NULL };

  g_assert_true (g_file_set_contents (bad, "These are the minutes of a meeting, not a database.\n", -1, &error));
  g_assert_no_error (error);
  g_remove (shot);

  g_signal_connect_after (other, "activate", G_CALLBACK (open_error_activate_cb), &check);
  g_assert_cmpint (run_app (other, args), ==, 0);
  g_assert_cmpint (pre_application_get_exit_status (other), ==, 0);
  g_assert_true (check.activated);
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
  g_test_message ("Screenshot: %s", shot);

  /* The file was left as it was. */
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (bad, &contents, NULL, &error));
    g_assert_cmpstr (contents, ==, "These are the minutes of a meeting, not a database.\n");
  }
  destroy_windows (other);
}

/* --page with a name that is no page: a message and a failure, no window. */
static void
test_app_unknown_page (void)
{
  g_autoptr(PreApplication) other = pre_application_new ();
  const char *args[] = { "--page", "statistics", NULL };

  g_assert_cmpint (run_app (other, args), ==, 1);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (other)));
}

/* A screenshot that cannot be written makes the exit status non-zero. */
static void
test_app_screenshot_failure (void)
{
  g_autofree char *db = g_build_filename (tmp_dir, "other.db", NULL);
  g_autofree char *shot = g_build_filename (tmp_dir, "no-such-folder", "shot.png", NULL);
  g_autoptr(PreApplication) other = pre_application_new ();
  const char *args[] = { "--database", db, "--screenshot", shot, NULL };

  g_assert_cmpint (run_app (other, args), ==, 0);
  g_assert_cmpint (pre_application_get_exit_status (other), !=, 0);
  g_assert_false (g_file_test (shot, G_FILE_TEST_EXISTS));
  g_assert_nonnull (pre_application_get_store (other));
  destroy_windows (other);
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

  /* Before anything asks GLib for the XDG data folder: the default database
   * is created under it. */
  tmp_dir = g_dir_make_tmp ("pre-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Transitions end at once: what a frame shows is the final state. */
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
  resize (1200, 800);

  g_test_add_func ("/window/sidebar/rows", test_sidebar_rows);
  g_test_add_func ("/window/pages/empty-state", test_pages_empty_state);
  g_test_add_func ("/window/shortcuts/pages", test_shortcuts);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/about", test_about);
  g_test_add_func ("/window/screenshot/wide", test_wide);
  g_test_add_func ("/window/screenshot/narrow", test_narrow);
  g_test_add_func ("/window/settings", test_settings);
  g_test_add_func ("/app/open-error", test_app_open_error);
  g_test_add_func ("/app/screenshot-failure", test_app_screenshot_failure);
  g_test_add_func ("/app/unknown-page", test_app_unknown_page);
  g_test_add_func ("/window/first-run-actions", test_first_run_actions);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_free (output_dir);
  g_free (tmp_dir);
  return status;
}
