/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-attendance-editor.h"
#include "pre-board-page.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-deliberation-dialog.h"
#include "pre-deliberation.h"
#include "pre-extract-builder.h"
#include "pre-meeting-dialog.h"
#include "pre-meeting-page.h"
#include "pre-meeting.h"

/* One séance: its details, who attended, and its deliberations with their
 * register extracts (PDF and print). */

struct _PreMeetingPage
{
  AdwNavigationPage parent_instance;

  /* Template widgets */
  PreAttendanceEditor *attendance_editor;
  AdwActionRow *body_row;
  AdwActionRow *convocation_date_row;
  AdwActionRow *convocation_row;
  AdwActionRow *date_row;
  GtkListBox *deliberation_list;
  AdwActionRow *place_row;
  AdwActionRow *president_row;
  AdwToolbarView *toolbar_view;
  AdwActionRow *warning_row;

  PrePage *page;
  gint64 meeting_id;
  PreMeeting *meeting;
};

G_DEFINE_FINAL_TYPE (PreMeetingPage, pre_meeting_page, ADW_TYPE_NAVIGATION_PAGE)

static PreStore *
get_store (PreMeetingPage *self)
{
  return self->page != NULL ? pre_page_get_store (self->page) : NULL;
}

static void
show_error (PreMeetingPage *self,
            const char     *heading,
            const GError   *error)
{
  if (self->page != NULL)
    pre_page_show_error (self->page, heading, error);
}

/* Deliberation rows */

static GtkWidget *
add_suffix_button (AdwActionRow *row,
                   const char   *icon_name,
                   const char   *tooltip,
                   const char   *action_name,
                   gint64        deliberation_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", deliberation_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  adw_action_row_add_suffix (row, button);
  return button;
}

static GtkWidget *
create_deliberation_row (PreMeetingPage  *self,
                         PreDeliberation *deliberation)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  gint64 id = pre_deliberation_get_id (deliberation);
  g_autofree char *outcome = pre_deliberation_dup_outcome_text (deliberation);
  g_autoptr(GString) subtitle = g_string_new (outcome);
  g_autofree char *title = NULL;
  PreConvention *convention = self->page != NULL ? pre_page_get_convention (self->page) : NULL;

  if (*pre_deliberation_get_number (deliberation) != '\0')
    /* Translators: a deliberation's number and subject */
    title = g_strdup_printf (_("No. %s — %s"), pre_deliberation_get_number (deliberation),
                             pre_deliberation_get_subject (deliberation));
  else
    title = g_strdup (pre_deliberation_get_subject (deliberation));

  if (pre_deliberation_get_convention_id (deliberation) != 0)
    {
      g_string_append_c (subtitle, '\n');
      if (convention != NULL
          && pre_convention_get_id (convention) == pre_deliberation_get_convention_id (deliberation))
        g_string_append_printf (subtitle, _("Approves the convention “%s”"),
                                pre_convention_get_title (convention));
      else
        g_string_append (subtitle, _("Approves a convention"));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle->str);
  adw_action_row_set_title_lines (row, 3);
  adw_action_row_set_subtitle_lines (row, 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);

  add_suffix_button (row, "document-save-symbolic", _("Export Extract…"), "meeting.export-extract", id);
  add_suffix_button (row, "printer-symbolic", _("Print…"), "meeting.print-extract", id);
  add_suffix_button (row, "user-trash-symbolic", _("Delete"), "meeting.delete-deliberation", id);
  return GTK_WIDGET (row);
}

static void
deliberation_activated_cb (PreMeetingPage *self,
                           GtkListBoxRow  *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "id");

  if (id != NULL)
    pre_meeting_page_edit_deliberation (self, *id);
}

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  adw_action_row_set_subtitle (row, value != NULL && *value != '\0' ? value : _("Not recorded"));
}

gboolean
pre_meeting_page_reload (PreMeetingPage *self)
{
  PreStore *store = get_store (self);
  g_autoptr(PreMeeting) meeting = NULL;
  g_autoptr(GListModel) deliberations = NULL;
  g_autofree char *date = NULL;
  g_autofree char *convocation_date = NULL;
  g_autofree char *warning = NULL;
  GtkWidget *child;

  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), FALSE);

  if (store == NULL)
    return FALSE;
  meeting = pre_store_get_meeting (store, self->meeting_id, NULL);
  if (meeting == NULL)
    return FALSE;
  g_set_object (&self->meeting, meeting);

  date = pre_date_format_long (pre_meeting_get_date (meeting));
  if (pre_meeting_get_convocation_date (meeting) != NULL)
    convocation_date = pre_date_format_long (pre_meeting_get_convocation_date (meeting));
  /* Translators: the title of a séance's page: "Séance of 2 October 2024" */
  {
    g_autofree char *title = g_strdup_printf (_("Séance of %s"), date);
    adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), title);
  }
  set_row_value (self->body_row, pre_meeting_get_board_name (meeting));
  set_row_value (self->date_row, date);
  set_row_value (self->convocation_date_row, convocation_date);
  set_row_value (self->place_row, pre_meeting_get_place (meeting));
  set_row_value (self->president_row, pre_meeting_get_president_name (meeting));
  set_row_value (self->convocation_row,
                 pre_meeting_get_convocation (meeting) == 2
                   ? _("Second convocation: no quorum needed")
                   : _("First convocation"));
  if (pre_meeting_convocation_warning (meeting, &warning))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->warning_row), warning);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_row), warning != NULL);

  pre_attendance_editor_set_meeting (self->attendance_editor, store, meeting);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->deliberation_list))) != NULL)
    gtk_list_box_remove (self->deliberation_list, child);
  deliberations = pre_store_list_deliberations (store, self->meeting_id, NULL);
  for (guint i = 0; deliberations != NULL && i < g_list_model_get_n_items (deliberations); i++)
    {
      g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, i);

      gtk_list_box_append (self->deliberation_list, create_deliberation_row (self, deliberation));
    }
  return TRUE;
}

GtkWidget *
pre_meeting_page_get_attendance_editor (PreMeetingPage *self)
{
  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), NULL);

  return GTK_WIDGET (self->attendance_editor);
}

GtkListBox *
pre_meeting_page_get_deliberation_list (PreMeetingPage *self)
{
  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), NULL);

  return self->deliberation_list;
}

gint64
pre_meeting_page_get_meeting_id (PreMeetingPage *self)
{
  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), 0);

  return self->meeting_id;
}

AdwDialog *
pre_meeting_page_edit_deliberation (PreMeetingPage *self,
                                    gint64          deliberation_id)
{
  PreStore *store = get_store (self);
  g_autoptr(PreDeliberation) deliberation = NULL;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;

  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), NULL);

  if (store == NULL)
    return NULL;
  if (deliberation_id != 0)
    {
      deliberation = pre_store_get_deliberation (store, deliberation_id, &error);
      if (deliberation == NULL)
        {
          show_error (self, _("Cannot Open the Deliberation"), error);
          return NULL;
        }
    }
  dialog = pre_deliberation_dialog_new (store, pre_page_get_convention (self->page),
                                        self->meeting_id, deliberation);
  adw_dialog_present (dialog, GTK_WIDGET (self));
  return dialog;
}

/* Extract */

char *
pre_meeting_page_dup_extract_name (PreMeetingPage *self)
{
  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), NULL);

  /* Translators: the file name offered for a register extract; keep %s (the
   * ISO date of the séance) and the .pdf extension */
  return g_strdup_printf (_("extrait-%s.pdf"),
                          self->meeting != NULL ? pre_meeting_get_date (self->meeting) : "");
}

gboolean
pre_meeting_page_export_extract (PreMeetingPage *self,
                                 gint64          deliberation_id,
                                 GFile          *file,
                                 GError        **error)
{
  PreStore *store = get_store (self);
  g_autoptr(PreExtract) extract = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (store == NULL)
    return FALSE;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The extract cannot be saved at “%s”: choose a local folder."), uri);
      return FALSE;
    }
  extract = pre_store_build_extract (store, deliberation_id, error);
  if (extract == NULL)
    return FALSE;
  return pre_extract_write_pdf (extract, path, error);
}

typedef struct
{
  PreMeetingPage *self;
  gint64 deliberation_id;
} ExportData;

static void
export_save_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autofree ExportData *data = user_data;
  g_autoptr(PreMeetingPage) self = data->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    return;
  if (!pre_meeting_page_export_extract (self, data->deliberation_id, file, &error))
    show_error (self, _("Cannot Export the Extract"), error);
  else if (self->page != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Extract saved as “%s”"), name);

      pre_page_show_message (self->page, message);
    }
}

static void
export_extract_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PreMeetingPage *self = PRE_MEETING_PAGE (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = pre_meeting_page_dup_extract_name (self);
  ExportData *data = g_new0 (ExportData, 1);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Export Extract"));
  gtk_file_dialog_set_initial_name (dialog, name);

  data->self = g_object_ref (self);
  data->deliberation_id = g_variant_get_int64 (param);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        export_save_cb, data);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PreExtract        *extract)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  gtk_print_operation_set_n_pages (operation,
                                   pre_extract_get_n_pages (extract, cr,
                                                            gtk_print_context_get_width (context),
                                                            gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PreExtract        *extract)
{
  pre_extract_render (extract, gtk_print_context_get_cairo_context (context),
                      gtk_print_context_get_width (context),
                      gtk_print_context_get_height (context), page_nr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PreMeetingPage          *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("Cannot Print the Extract"), error);
    }
}

static GtkPrintOperation *
create_print_operation (PreMeetingPage  *self,
                        gint64           deliberation_id,
                        GError         **error)
{
  PreStore *store = get_store (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PreExtract *extract;

  if (store == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The database is closed."));
      return NULL;
    }
  extract = pre_store_build_extract (store, deliberation_id, error);
  if (extract == NULL)
    return NULL;

  gtk_page_setup_set_paper_size (setup, a4);
  operation = gtk_print_operation_new ();
  /* The extract keeps its own margins: draw on the whole page, in points. */
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Register extract"));
  g_object_set_data_full (G_OBJECT (operation), "extract", extract,
                          (GDestroyNotify)pre_extract_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), extract);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), extract);
  return g_steal_pointer (&operation);
}

gboolean
pre_meeting_page_print_extract_to_file (PreMeetingPage  *self,
                                        gint64           deliberation_id,
                                        const char      *pdf_path,
                                        GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (PRE_IS_MEETING_PAGE (self), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);

  operation = create_print_operation (self, deliberation_id, error);
  if (operation == NULL)
    return FALSE;
  gtk_print_operation_set_export_filename (operation, pdf_path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_extract_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PreMeetingPage *self = PRE_MEETING_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = create_print_operation (self, g_variant_get_int64 (param), &error);
  if (operation == NULL)
    {
      show_error (self, _("Cannot Print the Extract"), error);
      return;
    }
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Cannot Print the Extract"), error);
}

/* Actions */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PreMeetingPage *self = PRE_MEETING_PAGE (widget);
  PreStore *store = get_store (self);

  if (store == NULL || self->meeting == NULL)
    return;
  adw_dialog_present (pre_meeting_dialog_new (store, self->meeting), widget);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PreMeetingPage *self = PRE_MEETING_PAGE (widget);

  if (PRE_IS_BOARD_PAGE (self->page))
    pre_board_page_delete_meeting (PRE_BOARD_PAGE (self->page), self->meeting_id);
}

static void
add_deliberation_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  pre_meeting_page_edit_deliberation (PRE_MEETING_PAGE (widget), 0);
}

static void
delete_deliberation_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  PreMeetingPage *self = PRE_MEETING_PAGE (widget);

  if (PRE_IS_BOARD_PAGE (self->page))
    pre_board_page_delete_deliberation (PRE_BOARD_PAGE (self->page), g_variant_get_int64 (param));
}

static void
pre_meeting_page_dispose (GObject *object)
{
  PreMeetingPage *self = PRE_MEETING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_MEETING_PAGE);
  g_clear_object (&self->meeting);
  if (self->page != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->page), (gpointer *)&self->page);
  self->page = NULL;

  G_OBJECT_CLASS (pre_meeting_page_parent_class)->dispose (object);
}

static void
pre_meeting_page_class_init (PreMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_meeting_page_dispose;

  g_type_ensure (PRE_TYPE_ATTENDANCE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, attendance_editor);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, body_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, convocation_date_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, convocation_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, deliberation_list);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, president_row);
  gtk_widget_class_bind_template_child (widget_class, PreMeetingPage, warning_row);

  gtk_widget_class_install_action (widget_class, "meeting.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-deliberation", NULL,
                                   add_deliberation_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete-deliberation", "x",
                                   delete_deliberation_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-extract", "x", export_extract_action);
  gtk_widget_class_install_action (widget_class, "meeting.print-extract", "x", print_extract_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "meeting.add-deliberation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "meeting.edit", NULL);
}

static void
pre_meeting_page_init (PreMeetingPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a template child: the page unparents its own child on dispose. */
  self->toolbar_view = ADW_TOOLBAR_VIEW (adw_navigation_page_get_child (ADW_NAVIGATION_PAGE (self)));

  placeholder = gtk_label_new (_("No deliberation yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->deliberation_list, placeholder);
  g_signal_connect_object (self->deliberation_list, "row-activated",
                           G_CALLBACK (deliberation_activated_cb), self, G_CONNECT_SWAPPED);
}

AdwNavigationPage *
pre_meeting_page_new (PrePage *page,
                      gint64   meeting_id)
{
  PreMeetingPage *self;

  g_return_val_if_fail (PRE_IS_PAGE (page), NULL);

  self = g_object_new (PRE_TYPE_MEETING_PAGE, NULL);
  self->page = page;
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *)&self->page);
  self->meeting_id = meeting_id;
  if (PRE_IS_BOARD_PAGE (page))
    pre_board_page_add_example_banner (PRE_BOARD_PAGE (page), self->toolbar_view);
  return ADW_NAVIGATION_PAGE (self);
}
