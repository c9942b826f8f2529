/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-attendance-editor.h"
#include "pre-attendance.h"
#include "pre-board-rules.h"

struct _PreAttendanceEditor
{
  AdwPreferencesGroup parent_instance;

  PreStore *store;
  PreMeeting *meeting;
  /* The attendance as stored, one PreAttendance per member, and the rows. */
  GListModel *attendance;
  GPtrArray *rows;
  GPtrArray *status_rows;
  AdwActionRow *quorum_row;
  char *signature;
  char *summary;
  guint rebuild_id;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (PreAttendanceEditor, pre_attendance_editor, ADW_TYPE_PREFERENCES_GROUP)

static void rebuild (PreAttendanceEditor *self);

static PreAttendance *
get_row (PreAttendanceEditor *self,
         guint                index)
{
  return g_list_model_get_item (self->attendance, index);
}

static const char *
status_label (PreAttendanceStatus status)
{
  switch (status)
    {
    case PRE_ATTENDANCE_PRESENT:
      /* Translators: an attendance status */
      return C_("attendance", "Present");
    case PRE_ATTENDANCE_REPRESENTED:
      /* Translators: an attendance status: absent, with a proxy */
      return C_("attendance", "Represented");
    case PRE_ATTENDANCE_EXCUSED:
      /* Translators: an attendance status */
      return C_("attendance", "Excused");
    case PRE_ATTENDANCE_ABSENT:
    default:
      /* Translators: an attendance status */
      return C_("attendance", "Absent");
    }
}

static char *
build_signature (GListModel *attendance)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendance, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT ":%d:%" G_GINT64_FORMAT ":%s;",
                              pre_attendance_get_member_id (row), pre_attendance_get_status (row),
                              pre_attendance_get_proxy_holder_id (row),
                              pre_attendance_get_member_full_name (row));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PreAttendance *
find_member (GListModel *attendance,
             gint64      member_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendance, i);

      if (pre_attendance_get_member_id (row) == member_id)
        return row;
    }
  return NULL;
}

static PreAttendance *
find_proxy_given (GListModel *attendance,
                  gint64      holder_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendance, i);

      if (pre_attendance_get_status (row) == PRE_ATTENDANCE_REPRESENTED
          && pre_attendance_get_proxy_holder_id (row) == holder_id)
        return row;
    }
  return NULL;
}

/* The present members who may hold @member_id's proxy: not themselves, and
 * not holding another one already. */
static GArray *
eligible_holders (GListModel *attendance,
                  gint64      member_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(PreAttendance) row = g_list_model_get_item (attendance, i);
      gint64 id = pre_attendance_get_member_id (row);
      PreAttendance *given;

      if (id == member_id || pre_attendance_get_status (row) != PRE_ATTENDANCE_PRESENT)
        continue;
      given = find_proxy_given (attendance, id);
      if (given != NULL && pre_attendance_get_member_id (given) != member_id)
        continue;
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
compute_counts (PreAttendanceEditor *self,
                PreAttendanceCounts *counts)
{
  memset (counts, 0, sizeof *counts);
  counts->in_office = g_list_model_get_n_items (self->attendance);
  counts->second_convocation = self->meeting != NULL && pre_meeting_get_convocation (self->meeting) == 2;
  for (guint i = 0; i < counts->in_office; i++)
    {
      g_autoptr(PreAttendance) row = get_row (self, i);

      switch (pre_attendance_get_status (row))
        {
        case PRE_ATTENDANCE_PRESENT:
          counts->present++;
          break;
        case PRE_ATTENDANCE_REPRESENTED:
          counts->represented++;
          break;
        case PRE_ATTENDANCE_EXCUSED:
          counts->excused++;
          break;
        case PRE_ATTENDANCE_ABSENT:
        default:
          counts->absent++;
          break;
        }
    }
}

static void
update_summary (PreAttendanceEditor *self)
{
  PreAttendanceCounts counts;
  gboolean blocked;

  compute_counts (self, &counts);
  g_free (self->summary);
  self->summary = pre_attendance_summary (&counts);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), self->summary);

  blocked = counts.in_office > 0 && !pre_quorum_reached (&counts);
  if (self->quorum_row != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->quorum_row), blocked);
}

/* Saving a change */

static gboolean
apply_change (PreAttendanceEditor *self,
              guint                index,
              PreAttendanceStatus  status,
              gint64               holder_id,
              GError             **error)
{
  g_autoptr(GListStore) changed = g_list_store_new (PRE_TYPE_ATTENDANCE);
  guint n = g_list_model_get_n_items (self->attendance);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PreAttendance) row = get_row (self, i);
      g_autoptr(PreAttendance) copy = NULL;

      if (i == index)
        copy = pre_attendance_new (pre_attendance_get_member_id (row), status,
                                   status == PRE_ATTENDANCE_REPRESENTED ? holder_id : 0);
      else
        copy = pre_attendance_new (pre_attendance_get_member_id (row),
                                   pre_attendance_get_status (row),
                                   pre_attendance_get_proxy_holder_id (row));
      pre_attendance_set_meeting_id (copy, pre_meeting_get_id (self->meeting));
      pre_attendance_set_member_name (copy, pre_attendance_get_member_name (row));
      g_list_store_append (changed, copy);
    }

  if (!pre_attendance_validate_all (G_LIST_MODEL (changed), error))
    return FALSE;
  if (!pre_store_set_attendance (self->store, pre_meeting_get_id (self->meeting),
                                 G_LIST_MODEL (changed), error))
    return FALSE;
  return TRUE;
}

static gboolean
rebuild_cb (gpointer user_data)
{
  PreAttendanceEditor *self = user_data;

  self->rebuild_id = 0;
  if (self->store != NULL && self->meeting != NULL)
    pre_attendance_editor_set_meeting (self, self->store, self->meeting);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (PreAttendanceEditor *self)
{
  /* Not from inside the handler of a row about to be replaced. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

/* Core's reason, on the row the user changed: it may be far down the list. */
static void
refuse (PreAttendanceEditor *self,
        AdwComboRow         *row,
        const GError        *error)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_announce (GTK_ACCESSIBLE (row), error->message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

gboolean
pre_attendance_editor_change_status (PreAttendanceEditor *self,
                                     guint                index,
                                     PreAttendanceStatus  status,
                                     GError             **error)
{
  g_autoptr(PreAttendance) row = NULL;
  gint64 holder = 0;

  g_return_val_if_fail (PRE_IS_ATTENDANCE_EDITOR (self), FALSE);
  g_return_val_if_fail (self->attendance != NULL, FALSE);
  g_return_val_if_fail (index < g_list_model_get_n_items (self->attendance), FALSE);

  row = get_row (self, index);
  if (status == pre_attendance_get_status (row))
    return TRUE;
  if (status == PRE_ATTENDANCE_REPRESENTED)
    {
      g_autoptr(GArray) ids = eligible_holders (self->attendance, pre_attendance_get_member_id (row));

      if (ids->len > 0)
        holder = g_array_index (ids, gint64, 0);
    }
  if (!apply_change (self, index, status, holder, error))
    return FALSE;
  queue_rebuild (self);
  return TRUE;
}

static void
status_changed_cb (AdwComboRow         *combo,
                   GParamSpec          *pspec,
                   PreAttendanceEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "index"));
  g_autoptr(PreAttendance) row = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  if (!pre_attendance_editor_change_status (self, index, adw_combo_row_get_selected (combo), &error))
    {
      refuse (self, combo, error);
      row = get_row (self, index);
      self->updating = TRUE;
      adw_combo_row_set_selected (combo, pre_attendance_get_status (row));
      self->updating = FALSE;
    }
}

static void
holder_changed_cb (AdwComboRow         *combo,
                   GParamSpec          *pspec,
                   PreAttendanceEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "index"));
  GArray *ids = g_object_get_data (G_OBJECT (combo), "ids");
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(PreAttendance) row = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || selected >= ids->len)
    return;
  row = get_row (self, index);
  if (g_array_index (ids, gint64, selected) == pre_attendance_get_proxy_holder_id (row))
    return;
  if (!apply_change (self, index, PRE_ATTENDANCE_REPRESENTED, g_array_index (ids, gint64, selected),
                     &error))
    {
      refuse (self, combo, error);
      self->updating = TRUE;
      adw_combo_row_set_selected (combo, GTK_INVALID_LIST_POSITION);
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == pre_attendance_get_proxy_holder_id (row))
          adw_combo_row_set_selected (combo, i);
      self->updating = FALSE;
      return;
    }
  queue_rebuild (self);
}

/* Rows */

static void
add_row (PreAttendanceEditor *self,
         GtkWidget           *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
add_member_rows (PreAttendanceEditor *self,
                 guint                index)
{
  g_autoptr(PreAttendance) row = get_row (self, index);
  const char *statuses[] = {
    status_label (PRE_ATTENDANCE_PRESENT),
    status_label (PRE_ATTENDANCE_REPRESENTED),
    status_label (PRE_ATTENDANCE_EXCUSED),
    status_label (PRE_ATTENDANCE_ABSENT),
    NULL,
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (statuses);
  AdwComboRow *combo = ADW_COMBO_ROW (adw_combo_row_new ());
  PreAttendance *given = find_proxy_given (self->attendance, pre_attendance_get_member_id (row));
  PreAttendanceStatus status = pre_attendance_get_status (row);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (combo), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), pre_attendance_get_member_full_name (row));
  adw_combo_row_set_model (combo, G_LIST_MODEL (model));
  adw_combo_row_set_selected (combo, status);
  if (status == PRE_ATTENDANCE_REPRESENTED && pre_attendance_get_proxy_holder_name (row) != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Represented by %s"),
                                                   pre_attendance_get_proxy_holder_name (row));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (combo), subtitle);
    }
  else if (given != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Holds the proxy of %s"),
                                                   pre_attendance_get_member_name (given));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (combo), subtitle);
    }
  g_object_set_data (G_OBJECT (combo), "index", GUINT_TO_POINTER (index));
  g_object_set_data_full (G_OBJECT (combo), "member-name",
                          g_strdup (pre_attendance_get_member_name (row)), g_free);
  g_signal_connect_object (combo, "notify::selected", G_CALLBACK (status_changed_cb), self, 0);
  add_row (self, GTK_WIDGET (combo));
  g_ptr_array_add (self->status_rows, combo);

  if (status == PRE_ATTENDANCE_REPRESENTED)
    {
      g_autoptr(GArray) ids = eligible_holders (self->attendance, pre_attendance_get_member_id (row));
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      AdwComboRow *holder = ADW_COMBO_ROW (adw_combo_row_new ());
      guint selected = GTK_INVALID_LIST_POSITION;
      g_autofree char *title = g_strdup_printf (_("Proxy of %s held by"),
                                                pre_attendance_get_member_name (row));

      for (guint i = 0; i < ids->len; i++)
        {
          PreAttendance *candidate = find_member (self->attendance, g_array_index (ids, gint64, i));

          gtk_string_list_append (names, pre_attendance_get_member_name (candidate));
          if (g_array_index (ids, gint64, i) == pre_attendance_get_proxy_holder_id (row))
            selected = i;
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (holder), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (holder), title);
      adw_combo_row_set_model (holder, G_LIST_MODEL (names));
      adw_combo_row_set_selected (holder, selected);
      gtk_widget_set_margin_start (GTK_WIDGET (holder), 0);
      gtk_widget_add_css_class (GTK_WIDGET (holder), "pre-proxy-row");
      g_object_set_data (G_OBJECT (holder), "index", GUINT_TO_POINTER (index));
      g_object_set_data_full (G_OBJECT (holder), "ids", g_steal_pointer (&ids),
                              (GDestroyNotify)g_array_unref);
      g_signal_connect_object (holder, "notify::selected", G_CALLBACK (holder_changed_cb), self, 0);
      add_row (self, GTK_WIDGET (holder));
    }
}

static void
rebuild (PreAttendanceEditor *self)
{
  guint n = g_list_model_get_n_items (self->attendance);

  self->updating = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->status_rows, 0);

  self->quorum_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quorum_row),
                                 _("The quorum is not reached: on a first convocation the board cannot vote."));
  adw_action_row_set_title_lines (self->quorum_row, 0);
  adw_action_row_add_prefix (self->quorum_row, gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->quorum_row), "error");
  add_row (self, GTK_WIDGET (self->quorum_row));

  if (n == 0)
    {
      AdwActionRow *empty = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Territories & Partners"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (empty), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("The board has no member in office"));
      adw_action_row_set_subtitle (empty, _("Add its members in Territories & partners to record who attended."));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "territories");
      adw_action_row_add_suffix (empty, button);
      add_row (self, GTK_WIDGET (empty));
    }
  for (guint i = 0; i < n; i++)
    add_member_rows (self, i);

  update_summary (self);
  self->updating = FALSE;
}

void
pre_attendance_editor_set_meeting (PreAttendanceEditor *self,
                                   PreStore            *store,
                                   PreMeeting          *meeting)
{
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *signature = NULL;
  gboolean same;

  g_return_if_fail (PRE_IS_ATTENDANCE_EDITOR (self));
  g_return_if_fail (PRE_IS_STORE (store));
  g_return_if_fail (PRE_IS_MEETING (meeting));

  attendance = pre_store_list_attendance (store, pre_meeting_get_id (meeting), &error);
  if (attendance == NULL)
    attendance = G_LIST_MODEL (g_list_store_new (PRE_TYPE_ATTENDANCE));
  signature = build_signature (attendance);
  same = self->meeting != NULL && pre_meeting_get_id (self->meeting) == pre_meeting_get_id (meeting)
         && g_strcmp0 (signature, self->signature) == 0;

  g_set_object (&self->store, store);
  if (self->meeting != meeting)
    {
      g_autoptr(PreMeeting) copy = g_object_ref (meeting);
      g_clear_object (&self->meeting);
      self->meeting = g_steal_pointer (&copy);
    }
  g_clear_object (&self->attendance);
  self->attendance = g_steal_pointer (&attendance);
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);

  /* Unchanged rows stay, and so does the keyboard focus in them. */
  if (same)
    update_summary (self);
  else
    rebuild (self);
}

const char *
pre_attendance_editor_get_summary (PreAttendanceEditor *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE_EDITOR (self), NULL);

  return self->summary;
}

guint
pre_attendance_editor_get_n_members (PreAttendanceEditor *self)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE_EDITOR (self), 0);

  return self->attendance != NULL ? g_list_model_get_n_items (self->attendance) : 0;
}

AdwComboRow *
pre_attendance_editor_get_status_row (PreAttendanceEditor *self,
                                      const char          *member_name)
{
  g_return_val_if_fail (PRE_IS_ATTENDANCE_EDITOR (self), NULL);

  for (guint i = 0; i < self->status_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->status_rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "member-name"), member_name) == 0)
        return row;
    }
  return NULL;
}

static void
pre_attendance_editor_dispose (GObject *object)
{
  PreAttendanceEditor *self = PRE_ATTENDANCE_EDITOR (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->meeting);
  g_clear_object (&self->attendance);

  G_OBJECT_CLASS (pre_attendance_editor_parent_class)->dispose (object);
}

static void
pre_attendance_editor_finalize (GObject *object)
{
  PreAttendanceEditor *self = PRE_ATTENDANCE_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->status_rows, g_ptr_array_unref);
  g_free (self->signature);
  g_free (self->summary);

  G_OBJECT_CLASS (pre_attendance_editor_parent_class)->finalize (object);
}

static void
pre_attendance_editor_class_init (PreAttendanceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pre_attendance_editor_dispose;
  object_class->finalize = pre_attendance_editor_finalize;
}

static void
pre_attendance_editor_init (PreAttendanceEditor *self)
{
  self->rows = g_ptr_array_new ();
  self->status_rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Attendance"));
}

GtkWidget *
pre_attendance_editor_new (void)
{
  return g_object_new (PRE_TYPE_ATTENDANCE_EDITOR, NULL);
}
