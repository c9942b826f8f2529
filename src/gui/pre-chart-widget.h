/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pre-chart.h"

G_BEGIN_DECLS

#define PRE_TYPE_CHART_WIDGET (pre_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (PreChartWidget, pre_chart_widget, PRE, CHART_WIDGET, GtkWidget)

/*
 * PreChartWidget: a core chart (PreChartData) drawn for the widget's size in
 * the colours of the current style, with a tooltip giving the exact value
 * under the pointer, a legend that hides and shows series, a "Table" toggle
 * showing the same figures in a GtkColumnView, and an export to PNG, SVG or
 * PDF. The drawing is an image for assistive technologies, described with
 * the figures. "category-activated" is emitted when a bar is clicked.
 */
GtkWidget    *pre_chart_widget_new             (void);
PreChartData *pre_chart_widget_get_data        (PreChartWidget *self);
void          pre_chart_widget_set_data        (PreChartWidget *self,
                                                PreChartData   *data);
gboolean      pre_chart_widget_get_show_table  (PreChartWidget *self);
void          pre_chart_widget_set_show_table  (PreChartWidget *self,
                                                gboolean        show_table);
/* The description given to assistive technologies ("" without data). */
const char   *pre_chart_widget_get_description (PreChartWidget *self);
/* Hides or shows a series, as a click on its legend entry does. */
void          pre_chart_widget_toggle_series   (PreChartWidget *self,
                                                guint           series);
/* What the export menu writes once a file is chosen: the chart as shown
 * (hidden series left out) in @path, a .png, .svg or .pdf file. */
gboolean      pre_chart_widget_export          (PreChartWidget *self,
                                                const char     *path,
                                                GError        **error);
/* The layout drawn last (NULL before the first drawing), in the drawing's
 * coordinates. */
PreChartLayout *pre_chart_widget_get_layout    (PreChartWidget *self);
/* The drawing (role GTK_ACCESSIBLE_ROLE_IMG). */
GtkWidget    *pre_chart_widget_get_drawing     (PreChartWidget *self);
/* The table shown by the "Table" toggle. */
GtkColumnView *pre_chart_widget_get_column_view (PreChartWidget *self);

G_END_DECLS
