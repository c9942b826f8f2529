/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PRE_TYPE_FORM_DIALOG (pre_form_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PreFormDialog, pre_form_dialog, PRE, FORM_DIALOG, AdwDialog)

/*
 * PreFormDialog: an edit dialog made of rows, each named after the core
 * field it edits ("name", "first-year"…). @check runs on every change with
 * the core's validate functions: its GError's message is shown under the
 * rows, the row of its field gets the "error" style, and Save stays
 * insensitive. Save runs @save, which writes in one transaction; on failure
 * the dialog stays open with the message.
 */
typedef gboolean (*PreFormFunc) (PreFormDialog  *dialog,
                                 gpointer        user_data,
                                 GError        **error);

PreFormDialog *pre_form_dialog_new           (const char      *title,
                                              const char      *save_label);
void           pre_form_dialog_set_funcs     (PreFormDialog   *self,
                                              PreFormFunc      check,
                                              PreFormFunc      save,
                                              gpointer         user_data,
                                              GDestroyNotify   destroy);
void           pre_form_dialog_set_description (PreFormDialog *self,
                                                const char    *description);

GtkWidget     *pre_form_dialog_add_entry     (PreFormDialog   *self,
                                              const char      *field,
                                              const char      *title,
                                              const char      *text);
GtkWidget     *pre_form_dialog_add_combo     (PreFormDialog   *self,
                                              const char      *field,
                                              const char      *title,
                                              const char * const *items,
                                              guint            selected);
GtkWidget     *pre_form_dialog_add_spin      (PreFormDialog   *self,
                                              const char      *field,
                                              const char      *title,
                                              int              min,
                                              int              max,
                                              int              value);

GtkWidget     *pre_form_dialog_add_switch    (PreFormDialog   *self,
                                              const char      *field,
                                              const char      *title,
                                              gboolean         active);

GtkWidget     *pre_form_dialog_get_row       (PreFormDialog   *self,
                                              const char      *field);
const char    *pre_form_dialog_get_text      (PreFormDialog   *self,
                                              const char      *field);
guint          pre_form_dialog_get_selected  (PreFormDialog   *self,
                                              const char      *field);
gboolean       pre_form_dialog_get_active    (PreFormDialog   *self,
                                              const char      *field);
int            pre_form_dialog_get_int       (PreFormDialog   *self,
                                              const char      *field);
/* The amount typed in @field; a parse failure names @field. */
gboolean       pre_form_dialog_get_money     (PreFormDialog   *self,
                                              const char      *field,
                                              gint64          *cents,
                                              GError         **error);

/* Runs the check now (after the rows are added). */
void           pre_form_dialog_check         (PreFormDialog   *self);
gboolean       pre_form_dialog_can_save      (PreFormDialog   *self);
const char    *pre_form_dialog_get_message   (PreFormDialog   *self);

G_END_DECLS
