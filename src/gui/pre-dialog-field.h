/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A field of an edit dialog: its row in a boxed list and, right under it, a
 * row with its message, shown while the field is invalid. */
typedef struct
{
  const char *name;
  GtkWidget  *row;
  GtkWidget  *message_row;
  GtkLabel   *message;
} PreDialogField;

/* @name: the core validation field name ("call-date", "amount"…). */
void        pre_dialog_field_setup       (PreDialogField *field,
                                          const char     *name,
                                          GtkWidget      *row);
/* @message: (nullable): the problem, NULL when the field is valid. */
void        pre_dialog_field_set_message (PreDialogField *field,
                                          const char     *message);
const char *pre_dialog_field_get_message (PreDialogField *field);

G_END_DECLS
