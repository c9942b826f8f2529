/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pre-page.h"

G_BEGIN_DECLS

#define PRE_TYPE_MEETING_PAGE (pre_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (PreMeetingPage, pre_meeting_page, PRE, MEETING_PAGE, AdwNavigationPage)

/* A séance of @page's store: its details, attendance and deliberations. */
AdwNavigationPage *pre_meeting_page_new               (PrePage        *page,
                                                       gint64          meeting_id);
gint64             pre_meeting_page_get_meeting_id    (PreMeetingPage *self);
/* Shows the séance as stored; FALSE when it no longer exists. */
gboolean           pre_meeting_page_reload            (PreMeetingPage *self);
GtkWidget         *pre_meeting_page_get_attendance_editor (PreMeetingPage *self);
/* The deliberation rows shown (GtkListBox). */
GtkListBox        *pre_meeting_page_get_deliberation_list (PreMeetingPage *self);
/* Opens the edit dialog of a deliberation (0: a new one); returns it. */
AdwDialog         *pre_meeting_page_edit_deliberation (PreMeetingPage *self,
                                                       gint64          deliberation_id);
/* "extrait-2024-10-02.pdf": the file name offered for the extract. */
char              *pre_meeting_page_dup_extract_name  (PreMeetingPage *self);
/* Writes the register extract of @deliberation_id as PDF to @file. */
gboolean           pre_meeting_page_export_extract    (PreMeetingPage *self,
                                                       gint64          deliberation_id,
                                                       GFile          *file,
                                                       GError        **error);

/* Prints the extract through GtkPrintOperation into a PDF file, as the
 * Print… button does to a printer (no dialog). */
gboolean           pre_meeting_page_print_extract_to_file (PreMeetingPage *self,
                                                           gint64          deliberation_id,
                                                           const char     *pdf_path,
                                                           GError        **error);

G_END_DECLS
