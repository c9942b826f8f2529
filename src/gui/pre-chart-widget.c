/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "pre-chart-painter.h"
#include "pre-chart-widget.h"
#include "pre-money.h"

/* The layout is computed by core for the drawing's size, painted by core's
 * painter with colours taken from the style: the widget's own colour for
 * text and axes, the accent colour for the first colour role, the card
 * background behind the bars. */

#define EXPORT_WIDTH 1000
#define EXPORT_HEIGHT 600

struct _PreChartWidget
{
  GtkWidget parent_instance;

  PreChartData   *data;
  PreChartLayout *layout;
  PreChartTable  *table;
  char           *description;
  /* The segment under the pointer, outlined: category, series, part. */
  gboolean        hovering;
  guint           hover_category;
  guint           hover_series;
  PreChartPart    hover_part;

  /* Template widgets */
  GtkWidget      *accent_probe;
  GtkWidget      *card_probe;
  GtkColumnView  *column_view;
  GtkDrawingArea *drawing;
  GtkStack       *stack;
  GtkMenuButton  *series_button;
  GtkToggleButton *table_button;
  GtkWidget      *window_probe;
};

G_DEFINE_FINAL_TYPE (PreChartWidget, pre_chart_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CATEGORY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
color_from_rgba (PreChartColor *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

static void
fill_palette (PreChartWidget  *self,
              PreChartPalette *palette)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);
  GdkRGBA rgba;

  *palette = dark ? *pre_chart_palette_default_dark () : *pre_chart_palette_default_light ();

  gtk_widget_get_color (GTK_WIDGET (self->drawing), &rgba);
  color_from_rgba (&palette->foreground, &rgba);
  /* The grid is the text colour, faint (less so in high contrast). */
  rgba.alpha *= high_contrast ? 0.4 : 0.15;
  color_from_rgba (&palette->grid, &rgba);

  /* The card as seen: its colour (translucent in dark mode) over the
   * window's. Painted opaque, it also separates the stacked segments. */
  {
    GdkRGBA card, window;

    gtk_widget_get_color (self->card_probe, &card);
    gtk_widget_get_color (self->window_probe, &window);
    rgba.red = card.red * card.alpha + window.red * (1 - card.alpha);
    rgba.green = card.green * card.alpha + window.green * (1 - card.alpha);
    rgba.blue = card.blue * card.alpha + window.blue * (1 - card.alpha);
    rgba.alpha = 1;
    color_from_rgba (&palette->background, &rgba);
  }

  gtk_widget_get_color (self->accent_probe, &rgba);
  color_from_rgba (&palette->series[0], &rgba);
}

static void
fill_style (PreChartWidget *self,
            PreChartStyle  *style,
            char          **family)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->drawing));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = 0;

  *style = *pre_chart_style_default ();
  if (font != NULL)
    {
      size = (double)pango_font_description_get_size (font) / PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        size = size * 96.0 / 72.0;
      if (pango_font_description_get_family (font) != NULL)
        {
          *family = g_strdup (pango_font_description_get_family (font));
          style->font_family = *family;
        }
    }
  if (size > 0)
    {
      style->label_size = size * 0.9;
      style->title_size = size * 1.1;
    }
}

static PreChartLayout *
ensure_layout (PreChartWidget *self,
               int             width,
               int             height)
{
  if (self->data == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL
      && (int)pre_chart_layout_get_width (self->layout) == width
      && (int)pre_chart_layout_get_height (self->layout) == height)
    return self->layout;

  {
    PreChartStyle style;
    g_autofree char *family = NULL;

    fill_style (self, &style, &family);
    g_clear_pointer (&self->layout, pre_chart_layout_unref);
    self->layout = pre_chart_layout_compute (self->data, width, height, &style,
                                             gtk_widget_get_pango_context (GTK_WIDGET (self->drawing)));
  }
  return self->layout;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  PreChartWidget *self = user_data;
  PreChartPalette palette;
  PreChartLayout *layout = ensure_layout (self, width, height);

  if (layout == NULL)
    return;

  fill_palette (self, &palette);
  pre_chart_paint (layout, cr, &palette);

  if (self->hovering)
    {
      const PreChartSegment *segment = pre_chart_layout_get_segment (layout, self->hover_category,
                                                                     self->hover_series, self->hover_part);

      if (segment != NULL && segment->rect.height > 0)
        {
          cairo_set_source_rgba (cr, palette.foreground.red, palette.foreground.green,
                                 palette.foreground.blue, palette.foreground.alpha);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, segment->rect.x - 1, segment->rect.y - 1,
                           segment->rect.width + 2, segment->rect.height + 2);
          cairo_stroke (cr);
        }
    }
}

/* Table */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column")) == 0 ? 0.0 : 1.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PreChartWidget *self = user_data;
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkStringObject *object = gtk_list_item_get_item (item);
  guint row = (guint)g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
  const char *text = "";

  if (self->table != NULL
      && row < pre_chart_table_get_n_rows (self->table)
      && column < pre_chart_table_get_n_columns (self->table))
    text = pre_chart_table_get_cell (self->table, row, column);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

typedef struct
{
  PreChartWidget *self;
  guint           column;
} SortColumn;

/* Amounts compare as amounts, anything else as text. */
static int
compare_cells_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  SortColumn *sort = user_data;
  PreChartTable *table = sort->self->table;
  guint row_a = (guint)g_ascii_strtoull (gtk_string_object_get_string ((GtkStringObject *)a), NULL, 10);
  guint row_b = (guint)g_ascii_strtoull (gtk_string_object_get_string ((GtkStringObject *)b), NULL, 10);
  const char *text_a, *text_b;
  gint64 value_a, value_b;

  if (table == NULL
      || row_a >= pre_chart_table_get_n_rows (table)
      || row_b >= pre_chart_table_get_n_rows (table))
    return 0;
  text_a = pre_chart_table_get_cell (table, row_a, sort->column);
  text_b = pre_chart_table_get_cell (table, row_b, sort->column);
  if (pre_money_parse (text_a, &value_a, NULL) && pre_money_parse (text_b, &value_b, NULL))
    return value_a < value_b ? -1 : value_a > value_b ? 1 : 0;
  return g_utf8_collate (text_a, text_b);
}

static void
rebuild_table (PreChartWidget *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, column);
    }

  g_clear_pointer (&self->table, pre_chart_table_unref);
  if (self->data != NULL)
    self->table = pre_chart_data_to_table (self->data);

  if (self->table != NULL)
    {
      for (guint row = 0; row < pre_chart_table_get_n_rows (self->table); row++)
        {
          char index[16];

          g_snprintf (index, sizeof index, "%u", row);
          gtk_string_list_append (rows, index);
        }
      for (guint c = 0; c < pre_chart_table_get_n_columns (self->table); c++)
        {
          GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
          g_autoptr(GtkColumnViewColumn) column = NULL;
          g_autoptr(GtkSorter) sorter = NULL;
          SortColumn *sort = g_new0 (SortColumn, 1);

          g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
          g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
          g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
          column = gtk_column_view_column_new (pre_chart_table_get_heading (self->table, c), factory);
          gtk_column_view_column_set_expand (column, TRUE);
          gtk_column_view_column_set_resizable (column, TRUE);
          sort->self = self;
          sort->column = c;
          sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells_cb, sort, g_free));
          gtk_column_view_column_set_sorter (column, sorter);
          gtk_column_view_append_column (self->column_view, column);
        }
    }

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

static void
series_action_cb (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       user_data)
{
  PreChartWidget *self = user_data;
  guint series = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (action), "series"));

  if (self->data != NULL
      && pre_chart_data_get_series_hidden (self->data, series) == g_variant_get_boolean (state))
    pre_chart_widget_toggle_series (self, series);
}

/* One check item per series in the "Series shown" menu. */
static void
rebuild_series_menu (PreChartWidget *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n = self->data != NULL ? pre_chart_data_get_n_series (self->data) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("show-%u", i);
      g_autofree char *detailed = g_strdup_printf ("series.%s", name);
      g_autoptr(GSimpleAction) action = NULL;

      action = g_simple_action_new_stateful (name, NULL,
                                             g_variant_new_boolean (!pre_chart_data_get_series_hidden (self->data, i)));
      g_object_set_data (G_OBJECT (action), "series", GUINT_TO_POINTER (i));
      g_signal_connect (action, "change-state", G_CALLBACK (series_action_cb), self);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      g_menu_append (menu, pre_chart_data_get_series_label (self->data, i), detailed);
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "series", G_ACTION_GROUP (group));
  gtk_menu_button_set_menu_model (self->series_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->series_button), n > 1);
}

static void
update (PreChartWidget *self)
{
  /* Disposed: nothing left to show it in. */
  if (self->drawing == NULL)
    return;

  g_clear_pointer (&self->layout, pre_chart_layout_unref);
  g_clear_pointer (&self->description, g_free);
  self->hovering = FALSE;
  if (self->data != NULL)
    self->description = pre_chart_data_describe (self->data);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drawing),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->data != NULL && pre_chart_data_get_title (self->data) != NULL
                                  ? pre_chart_data_get_title (self->data) : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description != NULL ? self->description : "",
                                  -1);
  rebuild_table (self);
  rebuild_series_menu (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->drawing));
}

/* Pointer */

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  PreChartWidget *self = user_data;
  const PreChartSegment *segment;
  const PreChartLegendEntry *entry;

  if (self->layout == NULL || keyboard_mode)
    return FALSE;

  entry = pre_chart_layout_hit_test_legend (self->layout, x, y);
  if (entry != NULL && entry->series != G_MAXUINT)
    {
      gtk_tooltip_set_text (tooltip, entry->hidden
                                     ? _("Click to show this series")
                                     : _("Click to hide this series"));
      return TRUE;
    }
  segment = pre_chart_layout_hit_test (self->layout, x, y);
  if (segment == NULL || segment->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, segment->tooltip);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           gpointer                  user_data)
{
  PreChartWidget *self = user_data;
  const PreChartSegment *segment = NULL;
  gboolean active = FALSE;
  gboolean was_hovering = self->hovering;

  if (self->layout != NULL)
    {
      const PreChartLegendEntry *entry = pre_chart_layout_hit_test_legend (self->layout, x, y);

      segment = pre_chart_layout_hit_test (self->layout, x, y);
      active = (entry != NULL && entry->series != G_MAXUINT) || segment != NULL;
    }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->drawing), active ? "pointer" : NULL);

  self->hovering = segment != NULL && pre_chart_layout_get_kind (self->layout) != PRE_CHART_KIND_CUMULATIVE_LINE;
  if (self->hovering
      && (!was_hovering || self->hover_category != segment->category
          || self->hover_series != segment->series || self->hover_part != segment->part))
    {
      self->hover_category = segment->category;
      self->hover_series = segment->series;
      self->hover_part = segment->part;
      gtk_widget_queue_draw (GTK_WIDGET (self->drawing));
    }
  else if (was_hovering && !self->hovering)
    gtk_widget_queue_draw (GTK_WIDGET (self->drawing));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          gpointer                  user_data)
{
  PreChartWidget *self = user_data;

  if (self->hovering)
    {
      self->hovering = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self->drawing));
    }
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             gpointer         user_data)
{
  PreChartWidget *self = user_data;
  const PreChartLegendEntry *entry;
  const PreChartSegment *segment;

  if (self->layout == NULL)
    return;

  entry = pre_chart_layout_hit_test_legend (self->layout, x, y);
  if (entry != NULL)
    {
      if (entry->series != G_MAXUINT)
        pre_chart_widget_toggle_series (self, entry->series);
      return;
    }
  segment = pre_chart_layout_hit_test (self->layout, x, y);
  if (segment != NULL)
    g_signal_emit (self, signals[CATEGORY_ACTIVATED], 0, segment->category);
}

/* Export */

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PreChartWidget) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL || self->data == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL || !pre_chart_widget_export (self, path, &error))
    {
      AdwDialog *alert = adw_alert_dialog_new (_("Could not export the chart"),
                                               error != NULL ? error->message
                                               : _("The chosen place is not a local file."));

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PreChartWidget *self = PRE_CHART_WIDGET (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);
  g_autofree char *name = NULL;
  const char *title = self->data != NULL ? pre_chart_data_get_title (self->data) : NULL;

  if (self->data == NULL)
    return;

  /* Translators: the file name proposed when exporting a chart without a title. */
  name = g_strdup_printf ("%s.%s", title != NULL ? title : _("chart"), format);
  g_strdelimit (name, "/\\:", '-');
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, g_str_equal (format, "png") ? _("PNG images")
                                    : g_str_equal (format, "svg") ? _("SVG drawings")
                                    : _("PDF documents"));
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Export the Chart"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        export_done_cb, g_object_ref (self));
}

/* GObject */

static void
table_toggled_cb (PreChartWidget *self)
{
  gboolean active = gtk_toggle_button_get_active (self->table_button);

  gtk_stack_set_visible_child_name (self->stack, active ? "table" : "chart");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

static void
style_changed_cb (PreChartWidget *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->drawing));
}

static void
pre_chart_widget_dispose (GObject *object)
{
  PreChartWidget *self = PRE_CHART_WIDGET (object);
  GtkWidget *child;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  /* The toolbar is no template child: every child goes, then the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_CHART_WIDGET);
  g_clear_pointer (&self->layout, pre_chart_layout_unref);
  g_clear_pointer (&self->table, pre_chart_table_unref);
  g_clear_pointer (&self->data, pre_chart_data_unref);

  G_OBJECT_CLASS (pre_chart_widget_parent_class)->dispose (object);
}

static void
pre_chart_widget_finalize (GObject *object)
{
  PreChartWidget *self = PRE_CHART_WIDGET (object);

  g_free (self->description);

  G_OBJECT_CLASS (pre_chart_widget_parent_class)->finalize (object);
}

static void
pre_chart_widget_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PreChartWidget *self = PRE_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, pre_chart_widget_get_show_table (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_chart_widget_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PreChartWidget *self = PRE_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_DATA:
      pre_chart_widget_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_SHOW_TABLE:
      pre_chart_widget_set_show_table (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_chart_widget_class_init (PreChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pre_chart_widget_dispose;
  object_class->finalize = pre_chart_widget_finalize;
  object_class->get_property = pre_chart_widget_get_property;
  object_class->set_property = pre_chart_widget_set_property;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, PRE_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A bar was clicked: the index of its category in the data. */
  signals[CATEGORY_ACTIVATED] =
    g_signal_new ("category-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-chart-widget.ui");
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, accent_probe);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, card_probe);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, column_view);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, drawing);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, series_button);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, stack);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, table_button);
  gtk_widget_class_bind_template_child (widget_class, PreChartWidget, window_probe);

  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_action);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
pre_chart_widget_init (PreChartWidget *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *motion;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->drawing, draw_cb, self, NULL);
  g_signal_connect (self->drawing, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->drawing), motion);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->drawing), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self->table_button, "toggled", G_CALLBACK (table_toggled_cb), self);
  g_signal_connect_swapped (manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", FALSE);
  update (self);
}

GtkWidget *
pre_chart_widget_new (void)
{
  return g_object_new (PRE_TYPE_CHART_WIDGET, NULL);
}

PreChartData *
pre_chart_widget_get_data (PreChartWidget *self)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), NULL);

  return self->data;
}

void
pre_chart_widget_set_data (PreChartWidget *self,
                           PreChartData   *data)
{
  g_return_if_fail (PRE_IS_CHART_WIDGET (self));

  if (self->data == data)
    return;

  g_clear_pointer (&self->data, pre_chart_data_unref);
  if (data != NULL)
    self->data = pre_chart_data_ref (data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", data != NULL);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

gboolean
pre_chart_widget_get_show_table (PreChartWidget *self)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), FALSE);

  return gtk_toggle_button_get_active (self->table_button);
}

void
pre_chart_widget_set_show_table (PreChartWidget *self,
                                 gboolean        show_table)
{
  g_return_if_fail (PRE_IS_CHART_WIDGET (self));

  /* The toggle's handler notifies. */
  gtk_toggle_button_set_active (self->table_button, !!show_table);
}

const char *
pre_chart_widget_get_description (PreChartWidget *self)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
pre_chart_widget_toggle_series (PreChartWidget *self,
                                guint           series)
{
  g_return_if_fail (PRE_IS_CHART_WIDGET (self));

  if (self->data == NULL || series >= pre_chart_data_get_n_series (self->data))
    return;

  pre_chart_data_set_series_hidden (self->data, series,
                                    !pre_chart_data_get_series_hidden (self->data, series));
  update (self);
}

gboolean
pre_chart_widget_export (PreChartWidget  *self,
                         const char      *path,
                         GError         **error)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->data == NULL)
    {
      g_set_error_literal (error, PRE_CHART_ERROR, PRE_CHART_ERROR_FAILED,
                           _("There is no chart to export yet."));
      return FALSE;
    }
  return pre_chart_export (self->data, path, EXPORT_WIDTH, EXPORT_HEIGHT, error);
}

PreChartLayout *
pre_chart_widget_get_layout (PreChartWidget *self)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), NULL);

  return self->layout;
}

GtkWidget *
pre_chart_widget_get_drawing (PreChartWidget *self)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), NULL);

  return GTK_WIDGET (self->drawing);
}

GtkColumnView *
pre_chart_widget_get_column_view (PreChartWidget *self)
{
  g_return_val_if_fail (PRE_IS_CHART_WIDGET (self), NULL);

  return self->column_view;
}
