/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-amendment.h"
#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-date.h"
#include "pre-deliberation.h"
#include "pre-form-dialog.h"
#include "pre-mission.h"
#include "pre-money.h"
#include "pre-neighbourhood.h"
#include "pre-partner.h"
#include "pre-setup.h"
#include "pre-territories-page-private.h"
#include "pre-territory.h"
#include "pre-window.h"

/* The communes with their priority neighbourhoods, the signatory bodies,
 * the boards, and the convention itself (years, costs, budgets, the
 * deliberations that approved it, its amendments). */



G_DEFINE_FINAL_TYPE (PreTerritoriesPage, pre_territories_page, PRE_TYPE_PAGE)

static PreStore *
get_store (PreTerritoriesPage *self)
{
  return pre_page_get_store (PRE_PAGE (self));
}

/* Rows */

static void
row_edit_cb (GtkButton          *button,
             PreTerritoriesPage *self)
{
  GObject *object = g_object_get_data (G_OBJECT (button), "object");
  g_autoptr(GError) error = NULL;
  gint64 id = pre_territories_page_object_id (object);
  PreStore *store = get_store (self);
  gpointer fresh = NULL;

  /* A fresh copy: cancelling leaves the shown one as it was. */
  if (PRE_IS_TERRITORY (object))
    {
      if ((fresh = pre_store_get_territory (store, id, &error)) != NULL)
        pre_territories_page_edit_territory (self, fresh);
    }
  else if (PRE_IS_PARTNER (object))
    {
      if ((fresh = pre_store_get_partner (store, id, &error)) != NULL)
        pre_territories_page_edit_partner (self, fresh);
    }
  else if (PRE_IS_NEIGHBOURHOOD (object))
    {
      if ((fresh = pre_store_get_neighbourhood (store, id, &error)) != NULL)
        pre_territories_page_edit_neighbourhood (self, fresh);
    }
  else if (PRE_IS_BOARD (object))
    {
      if ((fresh = pre_store_get_board (store, id, &error)) != NULL)
        pre_territories_page_edit_board (self, fresh);
    }
  else if (PRE_IS_AMENDMENT (object))
    {
      if ((fresh = pre_store_get_amendment (store, id, &error)) != NULL)
        pre_territories_page_edit_amendment (self, fresh);
    }
  else if (PRE_IS_BOARD_MEMBER (object))
    {
      if ((fresh = pre_store_get_board_member (store, id, &error)) != NULL)
        pre_territories_page_edit_member (self, fresh);
    }
  if (error != NULL)
    pre_page_show_error (PRE_PAGE (self), _("Could Not Open"), error);
}

static void
row_delete_cb (GtkButton          *button,
               PreTerritoriesPage *self)
{
  pre_territories_page_delete (self, g_object_get_data (G_OBJECT (button), "object"));
}

static void
row_unarchive_cb (GtkButton          *button,
                  PreTerritoriesPage *self)
{
  GObject *object = g_object_get_data (G_OBJECT (button), "object");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (PRE_IS_TERRITORY (object))
    ok = pre_store_archive_territory (get_store (self), pre_territories_page_object_id (object), FALSE, &error);
  else
    ok = pre_store_archive_partner (get_store (self), pre_territories_page_object_id (object), FALSE, &error);
  if (!ok)
    pre_page_show_error (PRE_PAGE (self), _("Could Not Bring It Back"), error);
}

static void
row_year_cb (GtkButton          *button,
             PreTerritoriesPage *self)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "year"));

  if (g_object_get_data (G_OBJECT (button), "budgets") != NULL)
    pre_territories_page_edit_budgets (self, year);
  else
    pre_territories_page_edit_cost (self, year);
}

static void
parties_cb (GtkButton          *button,
            PreTerritoriesPage *self)
{
  pre_territories_page_edit_parties (self);
}

static void
add_child_cb (GtkButton          *button,
              PreTerritoriesPage *self)
{
  GObject *parent = g_object_get_data (G_OBJECT (button), "object");

  if (PRE_IS_TERRITORY (parent))
    {
      PreNeighbourhood *neighbourhood = pre_neighbourhood_new ();

      pre_neighbourhood_set_territory_id (neighbourhood, pre_territories_page_object_id (parent));
      pre_territories_page_edit_neighbourhood (self, neighbourhood);
    }
  else if (PRE_IS_BOARD (parent))
    {
      PreBoardMember *member = pre_board_member_new ();

      pre_board_member_set_board_id (member, pre_territories_page_object_id (parent));
      pre_board_member_set_civility (member, "Mme");
      pre_territories_page_edit_member (self, member);
    }
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             GCallback   callback,
             gpointer    self,
             GObject    *object)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  if (object != NULL)
    g_object_set_data_full (G_OBJECT (button), "object", g_object_ref (object), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
add_suffix (GtkWidget *row,
            GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), widget);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
}

/* Edit and delete buttons, or "bring back" for an archived entity. */
static void
add_edit_delete (PreTerritoriesPage *self,
                 GtkWidget          *row,
                 GObject            *object,
                 gboolean            archived)
{
  if (archived)
    {
      add_suffix (row, icon_button ("edit-undo-symbolic", _("Bring Back"), G_CALLBACK (row_unarchive_cb), self, object));
      return;
    }
  GtkWidget *edit = icon_button ("document-edit-symbolic", _("Edit"), G_CALLBACK (row_edit_cb), self, object);
  GtkWidget *delete = icon_button ("user-trash-symbolic", _("Delete"), G_CALLBACK (row_delete_cb), self, object);

  g_object_set_data (G_OBJECT (row), "delete-button", delete);
  /* An expander row shows its suffixes in the reverse order of adding. */
  add_suffix (row, ADW_IS_EXPANDER_ROW (row) ? delete : edit);
  add_suffix (row, ADW_IS_EXPANDER_ROW (row) ? edit : delete);
}

static void
track (PreTerritoriesPage  *self,
       AdwPreferencesGroup *group,
       GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_object_set_data (G_OBJECT (row), "group", group);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
clear_rows (PreTerritoriesPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "group"), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
fill_territories (PreTerritoriesPage *self,
                  GListModel         *territories)
{
  PreStore *store = get_store (self);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);
      g_autoptr(GListModel) neighbourhoods = pre_store_list_neighbourhoods (store, pre_territory_get_id (territory), NULL);
      guint n = neighbourhoods != NULL ? g_list_model_get_n_items (neighbourhoods) : 0;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *add;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pre_territory_get_name (territory));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (*pre_territory_get_insee_code (territory) != '\0')
        /* Translators: the official number of a commune (code INSEE). */
        g_string_append_printf (subtitle, _("INSEE %s · "), pre_territory_get_insee_code (territory));
      g_string_append_printf (subtitle, ngettext ("%u QPV", "%u QPV", n), n);
      if (pre_territory_get_archived (territory))
        g_string_append_printf (subtitle, " · %s", _("Archived"));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
      add_edit_delete (self, row, G_OBJECT (territory), pre_territory_get_archived (territory));

      for (guint j = 0; neighbourhoods != NULL && j < g_list_model_get_n_items (neighbourhoods); j++)
        {
          g_autoptr(PreNeighbourhood) neighbourhood = g_list_model_get_item (neighbourhoods, j);
          GtkWidget *child = new_row (pre_neighbourhood_get_name (neighbourhood),
                                      pre_neighbourhood_get_code (neighbourhood));

          add_edit_delete (self, child, G_OBJECT (neighbourhood), FALSE);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      add = icon_button ("list-add-symbolic", _("Add a QPV"), G_CALLBACK (add_child_cb), self, G_OBJECT (territory));
      {
        GtkWidget *add_row = new_row (_("Add a QPV"), NULL);

        adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (add_row), add);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add_row);
      }
      track (self, self->territories_group, row);
    }
}

static void
fill_partners (PreTerritoriesPage *self,
               GListModel         *partners)
{
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (partners, i);
      g_autoptr(GString) subtitle = g_string_new (pre_partner_kind_get_label (pre_partner_get_kind (partner)));
      GtkWidget *row;

      if (*pre_partner_get_territory_name (partner) != '\0')
        g_string_append_printf (subtitle, " · %s", pre_partner_get_territory_name (partner));
      if (pre_partner_get_archived (partner))
        g_string_append_printf (subtitle, " · %s", _("Archived"));
      row = new_row (pre_partner_get_name (partner), subtitle->str);
      add_edit_delete (self, row, G_OBJECT (partner), pre_partner_get_archived (partner));
      track (self, self->partners_group, row);
    }
}

static void
fill_boards (PreTerritoriesPage *self)
{
  PreStore *store = get_store (self);
  g_autoptr(GListModel) boards = pre_store_list_boards (store, NULL);
  g_autofree char *today = pre_date_today_iso ();

  for (guint i = 0; boards != NULL && i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(PreBoard) board = g_list_model_get_item (boards, i);
      g_autoptr(GListModel) members = pre_store_list_board_members (store, pre_board_get_id (board), NULL, NULL);
      GtkWidget *row = adw_expander_row_new ();
      guint in_office = 0;
      g_autofree char *count = NULL;
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pre_board_get_name (board));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      add_edit_delete (self, row, G_OBJECT (board), FALSE);

      for (guint j = 0; members != NULL && j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(PreBoardMember) member = g_list_model_get_item (members, j);
          g_autofree char *name = pre_board_member_dup_full_name (member);
          g_autofree char *detail = NULL;
          const char *out = pre_board_member_get_out_of_office_from (member);
          GtkWidget *child;

          if (out != NULL && *out != '\0')
            {
              g_autofree char *date = pre_date_format_long (out);

              if (pre_board_member_is_in_office (member, today))
                detail = g_strdup_printf (_("%s · out of office from %s"), pre_board_member_get_role (member), date);
              else
                detail = g_strdup_printf (_("%s · out of office since %s"), pre_board_member_get_role (member), date);
            }
          else
            detail = g_strdup (pre_board_member_get_role (member));
          if (pre_board_member_is_in_office (member, today))
            in_office++;
          child = new_row (name, detail);
          if (!pre_board_member_is_in_office (member, today))
            gtk_widget_add_css_class (child, "dim-label");
          add_edit_delete (self, child, G_OBJECT (member), FALSE);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      {
        GtkWidget *add_row = new_row (_("Add a Member"), NULL);
        GtkWidget *add = icon_button ("list-add-symbolic", _("Add a Member"), G_CALLBACK (add_child_cb),
                                      self, G_OBJECT (board));

        adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (add_row), add);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add_row);
      }
      count = g_strdup_printf (ngettext ("%u member in office", "%u members in office", in_office), in_office);
      subtitle = *pre_board_get_body (board) != '\0' ? g_strdup_printf ("%s · %s", pre_board_get_body (board), count)
                                                    : g_strdup (count);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      track (self, self->boards_group, row);
    }
}

static GtkWidget *
year_button (PreTerritoriesPage *self,
             int                 year,
             gboolean            budgets)
{
  GtkWidget *button = icon_button ("document-edit-symbolic", _("Edit"), G_CALLBACK (row_year_cb), self, NULL);

  g_object_set_data (G_OBJECT (button), "year", GINT_TO_POINTER (year));
  if (budgets)
    g_object_set_data (G_OBJECT (button), "budgets", GINT_TO_POINTER (TRUE));
  return button;
}

static void
fill_convention (PreTerritoriesPage *self,
                 PreConvention      *convention)
{
  PreStore *store = get_store (self);
  gint64 id = pre_convention_get_id (convention);
  g_autoptr(GListModel) parties = pre_store_list_convention_parties (store, id, NULL);
  g_autoptr(GListModel) missions = pre_store_list_missions (store, id, NULL);
  g_autoptr(GListModel) deliberations = pre_store_list_deliberations_for_convention (store, id, NULL);
  g_autoptr(GListModel) amendments = pre_store_list_amendments (store, id, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *years = pre_convention_dup_years_label (convention);
  GtkWidget *row;

  track (self, self->convention_group, new_row (_("Title"), pre_convention_get_title (convention)));
  if (*pre_convention_get_reference (convention) != '\0')
    track (self, self->convention_group, new_row (_("Reference"), pre_convention_get_reference (convention)));
  track (self, self->convention_group, new_row (_("Years"), years));
  track (self, self->convention_group, new_row (_("Coordinator"), pre_convention_get_coordinator_name (convention)));
  for (guint i = 0; parties != NULL && i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(PrePartner) party = g_list_model_get_item (parties, i);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, pre_partner_get_name (party));
    }
  row = new_row (_("Parties"), names->len > 0 ? names->str : _("None yet"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-edit-symbolic", _("Edit"), G_CALLBACK (parties_cb), self, NULL));
  track (self, self->convention_group, row);

  for (int year = pre_convention_get_first_year (convention); year <= pre_convention_get_last_year (convention); year++)
    {
      g_autofree char *title = g_strdup_printf ("%d", year);
      g_autofree char *cost_text = NULL;
      g_autoptr(GString) budgets = g_string_new (NULL);
      gint64 cost = 0;

      pre_store_get_convention_cost (store, id, year, &cost, NULL);
      cost_text = pre_money_format (cost);
      row = new_row (title, cost_text);
      gtk_widget_add_css_class (row, "property");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), year_button (self, year, FALSE));
      track (self, self->costs_group, row);

      for (guint i = 0; missions != NULL && i < g_list_model_get_n_items (missions); i++)
        {
          g_autoptr(PreMission) mission = g_list_model_get_item (missions, i);
          g_autofree char *amount = NULL;
          gint64 budget = 0;

          pre_store_get_mission_budget (store, pre_mission_get_id (mission), year, &budget, NULL);
          amount = pre_money_format (budget);
          if (budgets->len > 0)
            g_string_append (budgets, "\n");
          g_string_append_printf (budgets, "%s: %s", pre_mission_get_label (mission), amount);
        }
      row = new_row (title, budgets->len > 0 ? budgets->str : _("No missions yet"));
      gtk_widget_add_css_class (row, "property");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), year_button (self, year, TRUE));
      track (self, self->budgets_group, row);
    }

  for (guint i = 0; deliberations != NULL && i < g_list_model_get_n_items (deliberations); i++)
    {
      g_autoptr(PreDeliberation) deliberation = g_list_model_get_item (deliberations, i);
      g_autofree char *title = NULL;
      g_autofree char *date = pre_date_format_long (pre_deliberation_get_meeting_date (deliberation));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", pre_deliberation_get_board_name (deliberation), date);

      if (*pre_deliberation_get_number (deliberation) != '\0')
        /* Translators: a deliberation's number and its subject. */
        title = g_strdup_printf (_("No. %s — %s"), pre_deliberation_get_number (deliberation),
                                 pre_deliberation_get_subject (deliberation));
      else
        title = g_strdup (pre_deliberation_get_subject (deliberation));
      row = new_row (title, subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", "board");
      track (self, self->deliberations_group, row);
    }
  if (deliberations == NULL || g_list_model_get_n_items (deliberations) == 0)
    track (self, self->deliberations_group,
           new_row (_("No deliberation is linked to the convention yet"), _("Link one from the board’s séance.")));

  for (guint i = 0; amendments != NULL && i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(PreAmendment) amendment = g_list_model_get_item (amendments, i);
      g_autofree char *date = pre_date_format_long (pre_amendment_get_date (amendment));
      g_autofree char *title = *pre_amendment_get_number (amendment) != '\0' ?
        /* Translators: an amendment's number and date. */
        g_strdup_printf (_("Avenant %s of %s"), pre_amendment_get_number (amendment), date) :
        g_strdup_printf (_("Avenant of %s"), date);

      row = new_row (title, pre_amendment_get_description (amendment));
      add_edit_delete (self, row, G_OBJECT (amendment), FALSE);
      track (self, self->amendments_group, row);
    }
  if (amendments == NULL || g_list_model_get_n_items (amendments) == 0)
    track (self, self->amendments_group, new_row (_("No amendment yet"), NULL));
}

/* Search */

static gboolean
row_matches (GtkWidget  *row,
             const char *needle)
{
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;
  const char *subtitle = NULL;

  if (ADW_IS_EXPANDER_ROW (row))
    subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
  else if (ADW_IS_ACTION_ROW (row))
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  haystack = g_strconcat (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "\n",
                          subtitle != NULL ? subtitle : "", NULL);
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static void
apply_search (PreTerritoriesPage *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      gtk_widget_set_visible (row, *needle == '\0' || row_matches (row, needle));
    }
}

static void
search_changed_cb (PreTerritoriesPage *self)
{
  apply_search (self);
}

static void
pre_territories_page_reload (PrePage *page)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (page);
  PreStore *store = pre_page_get_store (page);
  PreConvention *convention = pre_page_get_convention (page);
  g_autoptr(GListModel) territories = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) boards = NULL;
  gboolean empty;

  clear_rows (self);
  if (store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  territories = pre_store_list_territories (store, TRUE, NULL);
  partners = pre_store_list_partners (store, TRUE, NULL);
  boards = pre_store_list_boards (store, NULL);
  empty = convention == NULL &&
          (territories == NULL || g_list_model_get_n_items (territories) == 0) &&
          (partners == NULL || g_list_model_get_n_items (partners) == 0) &&
          (boards == NULL || g_list_model_get_n_items (boards) == 0);
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "content");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territories.edit-convention", convention != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territories.add-amendment", convention != NULL);
  if (empty)
    return;

  if (territories != NULL)
    fill_territories (self, territories);
  if (partners != NULL)
    fill_partners (self, partners);
  fill_boards (self);

  gtk_widget_set_visible (GTK_WIDGET (self->convention_group), convention != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->costs_group), convention != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->budgets_group), convention != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->deliberations_group), convention != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->amendments_group), convention != NULL);
  if (convention != NULL)
    fill_convention (self, convention);

  apply_search (self);
}

static void
toggle_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (widget);

  gtk_toggle_button_set_active (self->search_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Delete: the row that has the focus (or holds it) is deleted, as with its button. */
static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *ancestor = focus; ancestor != NULL && ancestor != widget;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (ancestor), "delete-button");

      /* Not from inside a text field: there Delete edits the text. */
      if (GTK_IS_EDITABLE (ancestor))
        return;
      if (button != NULL)
        {
          g_signal_emit_by_name (button, "clicked");
          return;
        }
    }
}

static void
pre_territories_page_dispose (GObject *object)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_TERRITORIES_PAGE);

  G_OBJECT_CLASS (pre_territories_page_parent_class)->dispose (object);
}

static void
pre_territories_page_class_init (PreTerritoriesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PrePageClass *page_class = PRE_PAGE_CLASS (klass);

  object_class->dispose = pre_territories_page_dispose;
  page_class->reload = pre_territories_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-territories-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, amendments_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, boards_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, budgets_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, convention_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, costs_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, deliberations_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, partners_group);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, PreTerritoriesPage, territories_group);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  pre_territories_page_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "territories.delete", NULL, delete_focused_action);
  gtk_widget_class_install_action (widget_class, "territories.search", NULL, toggle_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "territories.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "territories.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "territories.add-territory", NULL);
}

static void
pre_territories_page_init (PreTerritoriesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}

GtkWidget *
pre_territories_page_new (void)
{
  return g_object_new (PRE_TYPE_TERRITORIES_PAGE, NULL);
}
