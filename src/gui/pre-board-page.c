/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-attendance.h"
#include "pre-board-page.h"
#include "pre-board.h"
#include "pre-date.h"
#include "pre-deliberation.h"
#include "pre-meeting-dialog.h"
#include "pre-meeting-page.h"
#include "pre-meeting.h"
#include "pre-scdl.h"
#include "pre-window.h"

/* The séances of the boards, grouped by board, and their deliberations. */

struct _PreBoardPage
{
  PrePage parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  GtkButton *example_button;
  GtkFilterListModel *filter_model;
  GListStore *meetings;
  AdwNavigationView *navigation_view;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkSingleSelection *selection;
  GtkSortListModel *sort_model;
  GtkStack *stack;
  AdwStatusPage *status_page;
  AdwToolbarView *toolbar_view;
  GtkDropDown *year_dropdown;

  GtkCustomFilter *filter;
  /* What the last delete removed, for its undo toast. */
  PreMeeting *deleted_meeting;
  GListModel *deleted_attendance;
  PreDeliberation *deleted_deliberation;
  AdwToast *undo_toast;
  AdwToast *no_board_toast;
  /* meeting id → PreAttendanceCounts, and → the casefolded text searched. */
  GHashTable *counts;
  GHashTable *haystacks;
  guint n_boards;
  gboolean has_banner;
};

G_DEFINE_FINAL_TYPE (PreBoardPage, pre_board_page, PRE_TYPE_PAGE)

static const PreAttendanceCounts *
get_counts (PreBoardPage *self,
            gint64        meeting_id)
{
  return g_hash_table_lookup (self->counts, &meeting_id);
}

gboolean
pre_board_page_get_quorum_reached (PreBoardPage *self,
                                   gint64        meeting_id)
{
  const PreAttendanceCounts *counts;

  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), FALSE);

  counts = get_counts (self, meeting_id);
  return counts != NULL && pre_quorum_reached (counts);
}

/* Columns */

typedef enum
{
  COLUMN_DATE,
  COLUMN_SUBJECT,
  COLUMN_PRESENT,
  COLUMN_REPRESENTED,
  COLUMN_EXCUSED,
  COLUMN_QUORUM,
} Column;

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  if (column == COLUMN_PRESENT || column == COLUMN_REPRESENTED || column == COLUMN_EXCUSED)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else if (column == COLUMN_SUBJECT)
    {
      /* Long titles: cut, but never to a few letters; the table scrolls
       * sideways in a narrow window instead. */
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
    }
  else
    gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (column == COLUMN_QUORUM)
    {
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      /* The last column: not flush against the window's edge. */
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "pre-badge");
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_list_item_get_child (item);
  PreMeeting *meeting = gtk_list_item_get_item (item);
  PreBoardPage *self = g_object_get_data (G_OBJECT (factory), "page");
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_DATE:
      text = pre_date_format_long (pre_meeting_get_date (meeting));
      break;
    case COLUMN_SUBJECT:
      text = g_strdup (pre_meeting_get_first_subject (meeting));
      break;
    case COLUMN_PRESENT:
      text = g_strdup_printf ("%u", pre_meeting_get_n_present (meeting));
      break;
    case COLUMN_REPRESENTED:
      text = g_strdup_printf ("%u", pre_meeting_get_n_represented (meeting));
      break;
    case COLUMN_EXCUSED:
      text = g_strdup_printf ("%u", pre_meeting_get_n_excused (meeting));
      break;
    case COLUMN_QUORUM:
      {
        const PreAttendanceCounts *counts = get_counts (self, pre_meeting_get_id (meeting));
        gboolean reached = counts != NULL && pre_quorum_reached (counts);

        if (counts != NULL && counts->second_convocation)
          text = g_strdup (_("No quorum needed"));
        else if (reached)
          text = g_strdup (_("Quorum reached"));
        else
          text = g_strdup (_("No quorum"));
        if (reached)
          {
            gtk_widget_add_css_class (label, "success");
            gtk_widget_remove_css_class (label, "error");
          }
        else
          {
            gtk_widget_add_css_class (label, "error");
            gtk_widget_remove_css_class (label, "success");
          }
      }
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_label (GTK_LABEL (label), text);
  if (column == COLUMN_SUBJECT)
    gtk_widget_set_tooltip_text (label, text);
}

static int
compare_quorum_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  PreBoardPage *self = user_data;
  gboolean qa = pre_board_page_get_quorum_reached (self, pre_meeting_get_id ((PreMeeting *)a));
  gboolean qb = pre_board_page_get_quorum_reached (self, pre_meeting_get_id ((PreMeeting *)b));

  return qa - qb;
}

static void
add_column (PreBoardPage *self,
            Column        column,
            const char   *title,
            const char   *property,
            gboolean      expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;

  g_object_set_data (G_OBJECT (factory), "page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (column));

  if (column == COLUMN_QUORUM)
    sorter = GTK_SORTER (gtk_custom_sorter_new (compare_quorum_cb, self, NULL));
  else if (column == COLUMN_PRESENT || column == COLUMN_REPRESENTED || column == COLUMN_EXCUSED)
    sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (PRE_TYPE_MEETING, NULL,
                                                                              property)));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (PRE_TYPE_MEETING, NULL,
                                                                             property)));

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_list_header_set_child (header, label);
}

static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  PreMeeting *meeting = gtk_list_header_get_item (header);

  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)),
                       pre_meeting_get_board_name (meeting));
}

/* Search */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  PreBoardPage *self = user_data;
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = NULL;
  gint64 id = pre_meeting_get_id (item);
  const char *haystack;

  if (needle == NULL || *needle == '\0')
    return TRUE;
  haystack = g_hash_table_lookup (self->haystacks, &id);
  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (needle, -1);
  return strstr (haystack, folded) != NULL;
}

static void
update_stack (PreBoardPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
search_changed_cb (PreBoardPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static char *
build_haystack (PreStore   *store,
                PreMeeting *meeting)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GListModel) deliberations = NULL;
  g_autofree char *date = pre_date_format_long (pre_meeting_get_date (meeting));

  g_string_append_printf (text, "%s\n%s\n%s\n%s\n%s\n", date, pre_meeting_get_date (meeting),
                          pre_meeting_get_board_name (meeting), pre_meeting_get_place (meeting),
                          pre_meeting_get_president_name (meeting) != NULL
                            ? pre_meeting_get_president_name (meeting) : "");
  deliberations = pre_store_list_deliberations (store, pre_meeting_get_id (meeting), NULL);
  for (guint i = 0; deliberations != NULL && i < g_list_model_get_n_items (deliberations); i++)
    {
      g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, i);

      g_string_append_printf (text, "%s\n%s\n", pre_deliberation_get_number (deliberation),
                              pre_deliberation_get_subject (deliberation));
    }
  return g_utf8_casefold (text->str, -1);
}

/* Reload */

static void
pre_board_page_reload (PrePage *page)
{
  PreBoardPage *self = PRE_BOARD_PAGE (page);
  PreStore *store = pre_page_get_store (page);
  g_autoptr(GListModel) boards = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  AdwNavigationPage *visible;

  g_hash_table_remove_all (self->counts);
  g_hash_table_remove_all (self->haystacks);
  self->n_boards = 0;

  if (store != NULL)
    {
      boards = pre_store_list_boards (store, &error);
      if (boards != NULL)
        meetings = pre_store_list_meetings (store, 0, &error);
      if (error != NULL)
        g_warning ("Cannot list the séances: %s", error->message);
    }
  if (boards != NULL)
    self->n_boards = g_list_model_get_n_items (boards);

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      PreMeeting *meeting = g_list_model_get_item (meetings, i);
      PreAttendanceCounts *counts = g_new0 (PreAttendanceCounts, 1);
      gint64 *key = g_new (gint64, 1);

      *key = pre_meeting_get_id (meeting);
      if (pre_store_get_attendance_counts (store, *key, counts, NULL))
        g_hash_table_insert (self->counts, key, counts);
      else
        {
          g_free (key);
          g_free (counts);
        }
      key = g_new (gint64, 1);
      *key = pre_meeting_get_id (meeting);
      g_hash_table_insert (self->haystacks, key, build_haystack (store, meeting));
      g_ptr_array_add (items, meeting);
    }

  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       items->pdata, items->len);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  gtk_widget_set_visible (GTK_WIDGET (self->example_button), pre_page_get_convention (page) == NULL);
  /* Out of date once there is a board. */
  if (self->n_boards > 0 && self->no_board_toast != NULL)
    adw_toast_dismiss (self->no_board_toast);
  {
    g_autofree char *description = NULL;

    /* The status page reads markup. */
    if (self->n_boards == 0)
      description = g_markup_escape_text (_("Record the séances of the CCAS board: who attended, the proxies, the quorum and the votes on each deliberation. Add the board and its members in Territories & partners first, or load the example."), -1);
    else
      description = g_markup_escape_text (_("Record the séances of the CCAS board: who attended, the proxies, the quorum and the votes on each deliberation."), -1);
    adw_status_page_set_description (self->status_page, description);
  }
  update_stack (self);

  /* The séance shown follows the database too; it closes once deleted. */
  visible = adw_navigation_view_get_visible_page (self->navigation_view);
  if (PRE_IS_MEETING_PAGE (visible) && !pre_meeting_page_reload (PRE_MEETING_PAGE (visible)))
    adw_navigation_view_pop (self->navigation_view);
}

GListModel *
pre_board_page_get_meetings (PreBoardPage *self)
{
  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

GtkWidget *
pre_board_page_get_meeting_page (PreBoardPage *self)
{
  AdwNavigationPage *visible;

  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), NULL);

  visible = adw_navigation_view_get_visible_page (self->navigation_view);
  return PRE_IS_MEETING_PAGE (visible) ? GTK_WIDGET (visible) : NULL;
}

GtkWidget *
pre_board_page_open_meeting (PreBoardPage *self,
                             gint64        meeting_id)
{
  AdwNavigationPage *page;

  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), NULL);

  page = pre_meeting_page_new (PRE_PAGE (self), meeting_id);
  if (!pre_meeting_page_reload (PRE_MEETING_PAGE (page)))
    {
      g_object_ref_sink (page);
      g_object_unref (page);
      return NULL;
    }
  adw_navigation_view_pop_to_tag (self->navigation_view, "meetings");
  adw_navigation_view_push (self->navigation_view, page);
  return GTK_WIDGET (page);
}

static void
activate_cb (PreBoardPage *self,
             guint         position)
{
  g_autoptr(PreMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (meeting != NULL)
    pre_board_page_open_meeting (self, pre_meeting_get_id (meeting));
}

/* PrePage puts its example banner in a toolbar view child; ours is one
 * level down, in the list's navigation page and in each séance page. */
void
pre_board_page_add_example_banner (PreBoardPage   *self,
                                   AdwToolbarView *toolbar_view)
{
  PreSession *session = pre_page_get_session (PRE_PAGE (self));
  AdwBanner *banner;

  g_return_if_fail (PRE_IS_BOARD_PAGE (self));

  if (session == NULL)
    return;
  banner = ADW_BANNER (adw_banner_new (_("Example convention: its sessions, expenses and payments are fictitious")));
  adw_banner_set_button_label (banner, _("_Remove Example"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (banner), "app.remove-example");
  g_object_bind_property (session, "is-example", banner, "revealed", G_BINDING_SYNC_CREATE);
  adw_toolbar_view_add_top_bar (toolbar_view, GTK_WIDGET (banner));
}

static void
session_set_cb (PreBoardPage *self)
{
  if (!self->has_banner && pre_page_get_session (PRE_PAGE (self)) != NULL)
    {
      self->has_banner = TRUE;
      pre_board_page_add_example_banner (self, self->toolbar_view);
    }
}

/* Actions */

static void
meeting_saved_cb (PreBoardPage *self,
                  gint64        meeting_id)
{
  pre_page_queue_reload (PRE_PAGE (self));
  pre_board_page_open_meeting (self, meeting_id);
}

static void
add_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PreBoardPage *self = PRE_BOARD_PAGE (widget);
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  AdwDialog *dialog;

  if (store == NULL)
    return;
  if (self->n_boards == 0)
    {
      AdwToast *toast = adw_toast_new (_("There is no board yet: add the board and its members in Territories & partners first."));

      adw_toast_set_use_markup (toast, FALSE);
      adw_toast_set_button_label (toast, _("_Territories & Partners"));
      g_set_weak_pointer (&self->no_board_toast, toast);
      adw_toast_set_action_name (toast, "win.page");
      adw_toast_set_action_target (toast, "s", "territories");
      pre_window_add_toast (PRE_WINDOW (gtk_widget_get_root (widget)), toast);
      return;
    }
  dialog = pre_meeting_dialog_new (store, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (meeting_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
clear_deleted (PreBoardPage *self)
{
  g_clear_object (&self->deleted_meeting);
  g_clear_object (&self->deleted_attendance);
  g_clear_object (&self->deleted_deliberation);
}

static void
undo_delete (PreBoardPage *self)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  if (store == NULL)
    return;

  if (self->deleted_deliberation != NULL)
    {
      /* Saved again as a new row, with its decisions and recipients. */
      g_object_set (self->deleted_deliberation, "id", (gint64)0, NULL);
      if (!pre_store_save_deliberation (store, self->deleted_deliberation, &error))
        pre_page_show_error (PRE_PAGE (self), _("Cannot Restore the Deliberation"), error);
    }
  else if (self->deleted_meeting != NULL)
    {
      g_object_set (self->deleted_meeting, "id", (gint64)0, NULL);
      if (!pre_store_save_meeting (store, self->deleted_meeting, &error))
        pre_page_show_error (PRE_PAGE (self), _("Cannot Restore the Séance"), error);
      else if (self->deleted_attendance != NULL
               && !pre_store_set_attendance (store, pre_meeting_get_id (self->deleted_meeting),
                                             self->deleted_attendance, &error))
        {
          /* Not half a séance: without its attendance it goes again. */
          pre_store_delete_meeting (store, pre_meeting_get_id (self->deleted_meeting), NULL);
          pre_page_show_error (PRE_PAGE (self), _("Cannot Restore the Séance"), error);
        }
    }
  clear_deleted (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  undo_delete (PRE_BOARD_PAGE (widget));
}

static void
undo_toast_dismissed_cb (PreBoardPage *self,
                         AdwToast     *toast)
{
  if (self->undo_toast == toast)
    {
      self->undo_toast = NULL;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo-delete", FALSE);
    }
}

static void
show_undo_toast (PreBoardPage *self,
                 const char   *title)
{
  AdwToast *toast = adw_toast_new (title);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo-delete", TRUE);
  if (PRE_IS_WINDOW (root))
    pre_window_add_toast (PRE_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

gboolean
pre_board_page_delete_deliberation (PreBoardPage *self,
                                    gint64        deliberation_id)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  g_autoptr(PreDeliberation) deliberation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), FALSE);

  deliberation = pre_store_get_deliberation (store, deliberation_id, &error);
  if (deliberation == NULL || !pre_store_delete_deliberation (store, deliberation_id, &error))
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Delete the Deliberation"), error);
      return FALSE;
    }
  clear_deleted (self);
  /* Short: a long subject would widen the toast past a narrow window. */
  title = g_strdup (_("Deliberation deleted"));
  self->deleted_deliberation = g_steal_pointer (&deliberation);
  show_undo_toast (self, title);
  return TRUE;
}

gboolean
pre_board_page_delete_meeting (PreBoardPage *self,
                               gint64        meeting_id)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), FALSE);

  meeting = pre_store_get_meeting (store, meeting_id, &error);
  if (meeting != NULL)
    attendance = pre_store_list_attendance (store, meeting_id, &error);
  if (attendance == NULL || !pre_store_delete_meeting (store, meeting_id, &error))
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Delete the Séance"), error);
      return FALSE;
    }
  clear_deleted (self);
  date = pre_date_format_long (pre_meeting_get_date (meeting));
  title = g_strdup_printf (_("Séance of %s deleted"), date);
  self->deleted_meeting = g_steal_pointer (&meeting);
  self->deleted_attendance = g_steal_pointer (&attendance);
  show_undo_toast (self, title);
  return TRUE;
}

static void
delete_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PreBoardPage *self = PRE_BOARD_PAGE (widget);
  PreMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);

  /* Only from the list: on a séance page the header bar's button says which. */
  if (meeting != NULL && pre_board_page_get_meeting_page (self) == NULL)
    pre_board_page_delete_meeting (self, pre_meeting_get_id (meeting));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PreBoardPage *self = PRE_BOARD_PAGE (widget);

  adw_navigation_view_pop_to_tag (self->navigation_view, "meetings");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Export for open data: the deliberations in the SCDL schema. */

gboolean
pre_board_page_export_open_data (PreBoardPage  *self,
                                 GFile         *file,
                                 guint         *n_rows,
                                 GError       **error)
{
  g_autofree char *path = NULL;
  PreStore *store;

  g_return_val_if_fail (PRE_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = pre_page_get_store (PRE_PAGE (self));
  path = g_file_get_path (file);
  if (store == NULL || path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The deliberations can only be exported to a local file."));
      return FALSE;
    }
  return pre_scdl_write_deliberations (store, path, n_rows, error);
}

static void
open_data_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PreBoardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *message = NULL;
  guint n_rows = 0;

  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
          && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        pre_page_show_error (PRE_PAGE (self), _("The File Cannot Be Saved"), error);
      return;
    }

  if (!pre_board_page_export_open_data (self, file, &n_rows, &error))
    {
      pre_page_show_error (PRE_PAGE (self), _("The File Cannot Be Saved"), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u deliberation exported for open data",
                                          "%u deliberations exported for open data", n_rows),
                             n_rows);
  pre_page_show_message (PRE_PAGE (self), message);
}

static void
export_open_data_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PreBoardPage *self = PRE_BOARD_PAGE (widget);
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListStore) filters = NULL;
  g_autoptr(GtkFileFilter) csv = NULL;

  if (pre_page_get_store (PRE_PAGE (self)) == NULL)
    return;

  dialog = gtk_file_dialog_new ();
  /* Translators: SCDL Délibérations is the name of the French open-data
   * schema; keep it as it is */
  gtk_file_dialog_set_title (dialog, _("Export the Deliberations for Open Data (SCDL Délibérations)"));
  /* Translators: the file name offered; French: "deliberations.csv" is fine */
  gtk_file_dialog_set_initial_name (dialog, _("deliberations.csv"));
  csv = gtk_file_filter_new ();
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_list_store_append (filters, csv);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        open_data_saved_cb, g_object_ref (self));
}

static void
pre_board_page_dispose (GObject *object)
{
  PreBoardPage *self = PRE_BOARD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_BOARD_PAGE);
  g_clear_object (&self->filter);
  clear_deleted (self);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_weak_pointer (&self->no_board_toast);

  G_OBJECT_CLASS (pre_board_page_parent_class)->dispose (object);
}

static void
pre_board_page_finalize (GObject *object)
{
  PreBoardPage *self = PRE_BOARD_PAGE (object);

  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->haystacks, g_hash_table_unref);

  G_OBJECT_CLASS (pre_board_page_parent_class)->finalize (object);
}

static void
pre_board_page_class_init (PreBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PrePageClass *page_class = PRE_PAGE_CLASS (klass);

  object_class->dispose = pre_board_page_dispose;
  object_class->finalize = pre_board_page_finalize;
  page_class->reload = pre_board_page_reload;

  g_type_ensure (PRE_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, example_button);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, meetings);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, selection);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, PreBoardPage, year_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "board.add-meeting", NULL, add_meeting_action);
  gtk_widget_class_install_action (widget_class, "board.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "board.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "board.delete-meeting", NULL, delete_meeting_action);
  gtk_widget_class_install_action (widget_class, "board.export-open-data", NULL, export_open_data_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "board.add-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "board.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "board.delete-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "board.delete-meeting", NULL);
}

static void
pre_board_page_init (PreBoardPage *self)
{
  g_autoptr(GtkListItemFactory) header_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) date_column = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a template child: AdwBin unparents its own child on dispose. */
  self->navigation_view = ADW_NAVIGATION_VIEW (adw_bin_get_child (ADW_BIN (self)));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo-delete", FALSE);
  g_signal_connect (self, "notify::session", G_CALLBACK (session_set_cb), NULL);

  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->haystacks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  add_column (self, COLUMN_DATE, _("Date"), "date", FALSE);
  /* No board column: the séances are grouped under a header naming their
   * board (the search still finds them by its name). */
  add_column (self, COLUMN_SUBJECT, _("Subject"), "first-subject", TRUE);
  /* Translators: a column: the members present at a séance */
  add_column (self, COLUMN_PRESENT, C_("column", "Present"), "n-present", FALSE);
  /* Translators: a column: the members represented by a proxy */
  add_column (self, COLUMN_REPRESENTED, C_("column", "Represented"), "n-represented", FALSE);
  /* Translators: a column: the members excused */
  add_column (self, COLUMN_EXCUSED, C_("column", "Excused"), "n-excused", FALSE);
  add_column (self, COLUMN_QUORUM, _("Quorum"), NULL, FALSE);

  /* The column headers sort; set here rather than as a binding in the
   * template, which would outlive the column view on dispose. */
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));

  g_signal_connect (header_factory, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (header_factory, "bind", G_CALLBACK (bind_header_cb), NULL);
  gtk_column_view_set_header_factory (self->column_view, header_factory);

  /* Newest first, as the register reads. */
  date_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);
  gtk_column_view_sort_by_column (self->column_view, date_column, GTK_SORT_DESCENDING);
}

GtkWidget *
pre_board_page_new (void)
{
  return g_object_new (PRE_TYPE_BOARD_PAGE, NULL);
}
