/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-sheet.h"

struct _PreSheet
{
  char      *name;
  GPtrArray *headers;
  /* Row after row, pre_sheet_get_n_columns() cells each. */
  GArray    *cells;
  guint      n_rows;
};

G_DEFINE_BOXED_TYPE (PreSheet, pre_sheet, pre_sheet_ref, pre_sheet_unref)

static void
clear_cell (gpointer data)
{
  PreSheetCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
}

static void
sheet_free (PreSheet *self)
{
  g_free (self->name);
  g_ptr_array_unref (self->headers);
  g_array_unref (self->cells);
}

PreSheet *
pre_sheet_new (const char *name)
{
  PreSheet *self = g_atomic_rc_box_new0 (PreSheet);

  self->name = g_strdup (name != NULL ? name : "");
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->cells = g_array_new (FALSE, TRUE, sizeof (PreSheetCell));
  g_array_set_clear_func (self->cells, clear_cell);
  return self;
}

PreSheet *
pre_sheet_ref (PreSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
pre_sheet_unref (PreSheet *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) sheet_free);
}

const char *
pre_sheet_get_name (PreSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

void
pre_sheet_add_column (PreSheet   *self,
                      const char *header)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->cells->len == 0);

  g_ptr_array_add (self->headers, g_strdup (header != NULL ? header : ""));
}

static void
add_cell (PreSheet         *self,
          PreSheetCellType  type,
          gint64            number,
          const char       *text)
{
  PreSheetCell cell = { type, number, g_strdup (text) };

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->cells->len < (self->n_rows + 1) * self->headers->len);

  g_array_append_val (self->cells, cell);
}

void
pre_sheet_add_text (PreSheet   *self,
                    const char *text)
{
  if (text == NULL || *text == '\0')
    add_cell (self, PRE_SHEET_CELL_EMPTY, 0, NULL);
  else
    add_cell (self, PRE_SHEET_CELL_TEXT, 0, text);
}

void
pre_sheet_add_integer (PreSheet *self,
                       gint64    value)
{
  add_cell (self, PRE_SHEET_CELL_INTEGER, value, NULL);
}

void
pre_sheet_add_amount (PreSheet *self,
                      gint64    cents)
{
  add_cell (self, PRE_SHEET_CELL_AMOUNT, cents, NULL);
}

void
pre_sheet_add_date (PreSheet   *self,
                    const char *iso)
{
  if (iso == NULL || *iso == '\0')
    add_cell (self, PRE_SHEET_CELL_EMPTY, 0, NULL);
  else
    add_cell (self, PRE_SHEET_CELL_DATE, 0, iso);
}

void
pre_sheet_add_empty (PreSheet *self)
{
  add_cell (self, PRE_SHEET_CELL_EMPTY, 0, NULL);
}

void
pre_sheet_end_row (PreSheet *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->cells->len == (self->n_rows + 1) * self->headers->len);

  self->n_rows++;
}

guint
pre_sheet_get_n_columns (PreSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->headers->len;
}

const char *
pre_sheet_get_header (PreSheet *self,
                      guint     column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->headers->len, NULL);

  return g_ptr_array_index (self->headers, column);
}

guint
pre_sheet_get_n_rows (PreSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

const PreSheetCell *
pre_sheet_get_cell (PreSheet *self,
                    guint     row,
                    guint     column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);
  g_return_val_if_fail (column < self->headers->len, NULL);

  return &g_array_index (self->cells, PreSheetCell, row * self->headers->len + column);
}
