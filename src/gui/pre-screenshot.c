/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-screenshot.h"

gboolean
pre_screenshot_save (GtkWidget   *widget,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  GtkNative *native;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  native = gtk_widget_get_native (widget);
  renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window is not shown, so there is nothing to save in “%s”."), path);
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window drew nothing, so there is nothing to save in “%s”."), path);
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The screenshot could not be saved in “%s”."), path);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  char     *path;
  guint     frames_left;
  gboolean  drawn;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_free (data->path);
  g_free (data);
}

static gboolean
save_idle_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (task);
  GtkWidget *widget = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;

  if (!pre_screenshot_save (widget, data->path, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);

  return G_SOURCE_REMOVE;
}

/* Tick callbacks only run while the widget is mapped, once per frame, before
 * layout and paint: after a few, the window is laid out and has drawn. */
static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  GTask *task = user_data;
  SaveData *data = g_task_get_task_data (task);

  if (data->frames_left > 0)
    {
      data->frames_left--;
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  /* After this frame's paint. */
  data->drawn = TRUE;
  g_idle_add_full (G_PRIORITY_LOW, save_idle_cb, g_object_ref (task), NULL);
  return G_SOURCE_REMOVE;
}

/* Also called when the widget goes away before it was drawn. */
static void
tick_destroy_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (task);

  if (!data->drawn)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The window was closed before it was drawn, so “%s” was not saved."),
                             data->path);
}

void
pre_screenshot_save_when_drawn (GtkWidget           *widget,
                                const char          *path,
                                guint                n_frames,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (widget, cancellable, callback, user_data);
  g_task_set_source_tag (task, pre_screenshot_save_when_drawn);

  data = g_new0 (SaveData, 1);
  data->path = g_strdup (path);
  data->frames_left = MAX (n_frames, 1);
  g_task_set_task_data (task, data, (GDestroyNotify)save_data_free);

  gtk_widget_add_tick_callback (widget, tick_cb, g_steal_pointer (&task), tick_destroy_cb);
}

gboolean
pre_screenshot_save_when_drawn_finish (GtkWidget     *widget,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, widget), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pre_screenshot_save_when_drawn, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
