/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-amendment.h"
#include "pre-board-member.h"
#include "pre-board.h"
#include "pre-date.h"
#include "pre-form-dialog.h"
#include "pre-mission.h"
#include "pre-money.h"
#include "pre-neighbourhood.h"
#include "pre-partner.h"
#include "pre-setup.h"
#include "pre-territories-page-private.h"
#include "pre-territory.h"
#include "pre-window.h"

/* The Territories & partners page's edit dialogs, and deleting with undo
 * (or archiving what is still in use). */

/* What a form edits: a copy of the object, fetched from the store. */
typedef struct
{
  PreTerritoriesPage *page;
  GObject            *object;
  gint64              id;
  int                 year;
  GArray             *ids;
} FormData;

static void
form_data_free (gpointer data)
{
  FormData *fd = data;

  g_clear_object (&fd->page);
  g_clear_object (&fd->object);
  g_clear_pointer (&fd->ids, g_array_unref);
  g_free (fd);
}

static FormData *
form_data_new (PreTerritoriesPage *page,
               gpointer            object)
{
  FormData *fd = g_new0 (FormData, 1);

  fd->page = g_object_ref (page);
  fd->object = object;
  fd->ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  return fd;
}

static PreStore *
get_store (PreTerritoriesPage *self)
{
  return pre_page_get_store (PRE_PAGE (self));
}

static void
present_form (PreTerritoriesPage *self,
              PreFormDialog      *dialog)
{
  pre_form_dialog_check (dialog);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static char *
strip (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Territories */

static gboolean
territory_check (PreFormDialog *dialog,
                 gpointer       data,
                 GError       **error)
{
  FormData *fd = data;
  g_autofree char *name = strip (pre_form_dialog_get_text (dialog, "name"));
  g_autofree char *code = strip (pre_form_dialog_get_text (dialog, "insee-code"));

  pre_territory_set_name (PRE_TERRITORY (fd->object), name);
  pre_territory_set_insee_code (PRE_TERRITORY (fd->object), code);
  return pre_territory_validate (PRE_TERRITORY (fd->object), error);
}

static gboolean
territory_save (PreFormDialog *dialog,
                gpointer       data,
                GError       **error)
{
  FormData *fd = data;

  return territory_check (dialog, data, error) &&
         pre_store_save_territory (get_store (fd->page), PRE_TERRITORY (fd->object), error);
}

void
pre_territories_page_edit_territory (PreTerritoriesPage *self,
                                     PreTerritory       *territory)
{
  gboolean is_new = pre_territory_get_id (territory) == 0;
  PreFormDialog *dialog;

  dialog = pre_form_dialog_new (is_new ? _("New Territory") : _("Edit Territory"),
                                is_new ? _("_Add") : _("_Save"));
  pre_form_dialog_add_entry (dialog, "name", _("Commune"), pre_territory_get_name (territory));
  pre_form_dialog_add_entry (dialog, "insee-code", _("INSEE Code"), pre_territory_get_insee_code (territory));
  pre_form_dialog_set_funcs (dialog, territory_check, territory_save,
                             form_data_new (self, territory), form_data_free);
  present_form (self, dialog);
}

static void
add_territory_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (widget);

  if (get_store (self) != NULL)
    pre_territories_page_edit_territory (self, pre_territory_new ());
}

static gboolean
neighbourhood_check (PreFormDialog *dialog,
                     gpointer       data,
                     GError       **error)
{
  FormData *fd = data;
  g_autofree char *name = strip (pre_form_dialog_get_text (dialog, "name"));
  g_autofree char *code = strip (pre_form_dialog_get_text (dialog, "code"));

  pre_neighbourhood_set_name (PRE_NEIGHBOURHOOD (fd->object), name);
  pre_neighbourhood_set_code (PRE_NEIGHBOURHOOD (fd->object), code);
  return pre_neighbourhood_validate (PRE_NEIGHBOURHOOD (fd->object), error);
}

static gboolean
neighbourhood_save (PreFormDialog *dialog,
                    gpointer       data,
                    GError       **error)
{
  FormData *fd = data;

  return neighbourhood_check (dialog, data, error) &&
         pre_store_save_neighbourhood (get_store (fd->page), PRE_NEIGHBOURHOOD (fd->object), error);
}

void
pre_territories_page_edit_neighbourhood (PreTerritoriesPage *self,
                                         PreNeighbourhood   *neighbourhood)
{
  gboolean is_new = pre_neighbourhood_get_id (neighbourhood) == 0;
  PreFormDialog *dialog;

  dialog = pre_form_dialog_new (is_new ? _("New QPV") : _("Edit QPV"), is_new ? _("_Add") : _("_Save"));
  pre_form_dialog_set_description (dialog, _("A priority neighbourhood of the politique de la ville (QPV)."));
  pre_form_dialog_add_entry (dialog, "name", _("Name"), pre_neighbourhood_get_name (neighbourhood));
  pre_form_dialog_add_entry (dialog, "code", _("QPV Code"), pre_neighbourhood_get_code (neighbourhood));
  pre_form_dialog_set_funcs (dialog, neighbourhood_check, neighbourhood_save,
                             form_data_new (self, neighbourhood), form_data_free);
  present_form (self, dialog);
}

/* Partners */

static gboolean
partner_check (PreFormDialog *dialog,
               gpointer       data,
               GError       **error)
{
  FormData *fd = data;
  g_autofree char *name = strip (pre_form_dialog_get_text (dialog, "name"));
  guint territory = pre_form_dialog_get_selected (dialog, "territory-id");

  pre_partner_set_name (PRE_PARTNER (fd->object), name);
  pre_partner_set_kind (PRE_PARTNER (fd->object), pre_form_dialog_get_selected (dialog, "kind"));
  pre_partner_set_territory_id (PRE_PARTNER (fd->object),
                                territory < fd->ids->len ? g_array_index (fd->ids, gint64, territory) : 0);
  return pre_partner_validate (PRE_PARTNER (fd->object), error);
}

static gboolean
partner_save (PreFormDialog *dialog,
              gpointer       data,
              GError       **error)
{
  FormData *fd = data;

  return partner_check (dialog, data, error) &&
         pre_store_save_partner (get_store (fd->page), PRE_PARTNER (fd->object), error);
}

void
pre_territories_page_edit_partner (PreTerritoriesPage *self,
                                   PrePartner         *partner)
{
  gboolean is_new = pre_partner_get_id (partner) == 0;
  g_autoptr(GListModel) territories = pre_store_list_territories (get_store (self), FALSE, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *kinds[PRE_PARTNER_OTHER + 2];
  FormData *fd = form_data_new (self, partner);
  PreFormDialog *dialog;
  guint selected = 0;
  gint64 none = 0;

  for (guint kind = 0; kind <= PRE_PARTNER_OTHER; kind++)
    kinds[kind] = pre_partner_kind_get_label (kind);
  kinds[PRE_PARTNER_OTHER + 1] = NULL;

  g_ptr_array_add (names, (gpointer)_("None"));
  g_array_append_val (fd->ids, none);
  for (guint i = 0; territories != NULL && i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(PreTerritory) territory = g_list_model_get_item (territories, i);
      gint64 id = pre_territory_get_id (territory);

      g_ptr_array_add (names, (gpointer)pre_territory_get_name (territory));
      g_array_append_val (fd->ids, id);
      if (id == pre_partner_get_territory_id (partner))
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  dialog = pre_form_dialog_new (is_new ? _("New Partner") : _("Edit Partner"), is_new ? _("_Add") : _("_Save"));
  pre_form_dialog_add_entry (dialog, "name", _("Name"), pre_partner_get_name (partner));
  pre_form_dialog_add_combo (dialog, "kind", _("Kind"), kinds, pre_partner_get_kind (partner));
  /* The strings are copied by the combo: the territories may go. */
  pre_form_dialog_add_combo (dialog, "territory-id", _("Territory"), (const char * const *)names->pdata, selected);
  pre_form_dialog_set_funcs (dialog, partner_check, partner_save, fd, form_data_free);
  present_form (self, dialog);
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (widget);

  if (get_store (self) != NULL)
    {
      PrePartner *partner = pre_partner_new ();

      pre_partner_set_kind (partner, PRE_PARTNER_CCAS);
      pre_territories_page_edit_partner (self, partner);
    }
}

/* Boards and members */

static gboolean
board_check (PreFormDialog *dialog,
             gpointer       data,
             GError       **error)
{
  FormData *fd = data;
  g_autofree char *name = strip (pre_form_dialog_get_text (dialog, "name"));
  g_autofree char *body = strip (pre_form_dialog_get_text (dialog, "body"));

  pre_board_set_name (PRE_BOARD (fd->object), name);
  pre_board_set_body (PRE_BOARD (fd->object), body);
  return pre_board_validate (PRE_BOARD (fd->object), error);
}

static gboolean
board_save (PreFormDialog *dialog,
            gpointer       data,
            GError       **error)
{
  FormData *fd = data;

  return board_check (dialog, data, error) &&
         pre_store_save_board (get_store (fd->page), PRE_BOARD (fd->object), error);
}

void
pre_territories_page_edit_board (PreTerritoriesPage *self,
                                 PreBoard           *board)
{
  gboolean is_new = pre_board_get_id (board) == 0;
  PreFormDialog *dialog;

  dialog = pre_form_dialog_new (is_new ? _("New Board") : _("Edit Board"), is_new ? _("_Add") : _("_Save"));
  pre_form_dialog_add_entry (dialog, "name", _("Assembly"), pre_board_get_name (board));
  pre_form_dialog_add_entry (dialog, "body", _("Institution"), pre_board_get_body (board));
  pre_form_dialog_set_funcs (dialog, board_check, board_save, form_data_new (self, board), form_data_free);
  present_form (self, dialog);
}

static void
add_board_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (widget);

  if (get_store (self) != NULL)
    pre_territories_page_edit_board (self, pre_board_new ());
}

static const char * const civilities[] = { "Mme", "M.", NULL };

static gboolean
member_check (PreFormDialog *dialog,
              gpointer       data,
              GError       **error)
{
  FormData *fd = data;
  PreBoardMember *member = PRE_BOARD_MEMBER (fd->object);
  g_autofree char *first = strip (pre_form_dialog_get_text (dialog, "first-name"));
  g_autofree char *last = strip (pre_form_dialog_get_text (dialog, "last-name"));
  g_autofree char *role = strip (pre_form_dialog_get_text (dialog, "role"));
  g_autofree char *out = strip (pre_form_dialog_get_text (dialog, "out-of-office-from"));
  g_autofree char *out_iso = NULL;
  g_autoptr(GError) local = NULL;

  pre_board_member_set_civility (member, civilities[MIN (pre_form_dialog_get_selected (dialog, "civility"), 1)]);
  pre_board_member_set_first_name (member, first);
  pre_board_member_set_last_name (member, last);
  pre_board_member_set_role (member, role);
  if (*out != '\0' && !pre_date_parse (out, &out_iso, &local))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "out-of-office-from",
                                _("Out of office from: %s"), local->message);
      return FALSE;
    }
  pre_board_member_set_out_of_office_from (member, out_iso);
  return pre_board_member_validate (member, error);
}

static gboolean
member_save (PreFormDialog *dialog,
             gpointer       data,
             GError       **error)
{
  FormData *fd = data;

  return member_check (dialog, data, error) &&
         pre_store_save_board_member (get_store (fd->page), PRE_BOARD_MEMBER (fd->object), error);
}

void
pre_territories_page_edit_member (PreTerritoriesPage *self,
                                  PreBoardMember     *member)
{
  gboolean is_new = pre_board_member_get_id (member) == 0;
  const char *out = pre_board_member_get_out_of_office_from (member);
  PreFormDialog *dialog;

  dialog = pre_form_dialog_new (is_new ? _("New Member") : _("Edit Member"), is_new ? _("_Add") : _("_Save"));
  pre_form_dialog_set_description (dialog, _("A member out of office stays in the séances they attended. Dates are written 2025-03-12 or 12/03/2025."));
  pre_form_dialog_add_combo (dialog, "civility", _("Civility"), civilities,
                             g_strcmp0 (pre_board_member_get_civility (member), "M.") == 0 ? 1 : 0);
  pre_form_dialog_add_entry (dialog, "first-name", _("First Name"), pre_board_member_get_first_name (member));
  pre_form_dialog_add_entry (dialog, "last-name", _("Last Name"), pre_board_member_get_last_name (member));
  pre_form_dialog_add_entry (dialog, "role", _("Role"), pre_board_member_get_role (member));
  pre_form_dialog_add_entry (dialog, "out-of-office-from", _("Out of Office From"), out != NULL ? out : "");
  pre_form_dialog_set_funcs (dialog, member_check, member_save, form_data_new (self, member), form_data_free);
  present_form (self, dialog);
}

/* The convention */

static gboolean
convention_check (PreFormDialog *dialog,
                  gpointer       data,
                  GError       **error)
{
  FormData *fd = data;
  PreConvention *convention = PRE_CONVENTION (fd->object);
  g_autofree char *title = strip (pre_form_dialog_get_text (dialog, "title"));
  g_autofree char *reference = strip (pre_form_dialog_get_text (dialog, "reference"));
  guint coordinator = pre_form_dialog_get_selected (dialog, "coordinator-id");
  gint64 cost;

  if (!pre_form_dialog_get_money (dialog, "annual-cost", &cost, error))
    return FALSE;
  pre_convention_set_title (convention, title);
  pre_convention_set_reference (convention, reference);
  pre_convention_set_first_year (convention, pre_form_dialog_get_int (dialog, "first-year"));
  pre_convention_set_last_year (convention, pre_form_dialog_get_int (dialog, "last-year"));
  pre_convention_set_coordinator_id (convention,
                                     coordinator < fd->ids->len ? g_array_index (fd->ids, gint64, coordinator) : 0);
  pre_convention_set_annual_cost (convention, cost);
  return pre_convention_validate (convention, error);
}

static gboolean
convention_save (PreFormDialog *dialog,
                 gpointer       data,
                 GError       **error)
{
  FormData *fd = data;

  return convention_check (dialog, data, error) &&
         pre_store_save_convention (get_store (fd->page), PRE_CONVENTION (fd->object), error);
}

static void
edit_convention_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (widget);
  PreConvention *current = pre_page_get_convention (PRE_PAGE (self));
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *cost = NULL;
  PreConvention *convention;
  PreFormDialog *dialog;
  FormData *fd;
  guint selected = 0;

  if (current == NULL)
    return;
  convention = pre_store_get_convention (get_store (self), pre_convention_get_id (current), NULL);
  if (convention == NULL)
    return;
  fd = form_data_new (self, convention);

  partners = pre_store_list_partners (get_store (self), FALSE, NULL);
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (partners, i);
      gint64 id = pre_partner_get_id (partner);

      g_ptr_array_add (names, (gpointer)pre_partner_get_name (partner));
      g_array_append_val (fd->ids, id);
      if (id == pre_convention_get_coordinator_id (convention))
        selected = i;
    }
  g_ptr_array_add (names, NULL);

  cost = pre_money_format (pre_convention_get_annual_cost (convention));
  dialog = pre_form_dialog_new (_("Edit the Convention"), NULL);
  pre_form_dialog_add_entry (dialog, "title", _("Title"), pre_convention_get_title (convention));
  pre_form_dialog_add_entry (dialog, "reference", _("Reference"), pre_convention_get_reference (convention));
  pre_form_dialog_add_spin (dialog, "first-year", _("First Year"), 2000, 2100, pre_convention_get_first_year (convention));
  pre_form_dialog_add_spin (dialog, "last-year", _("Last Year"), 2000, 2100, pre_convention_get_last_year (convention));
  pre_form_dialog_add_combo (dialog, "coordinator-id", _("Coordinator"), (const char * const *)names->pdata, selected);
  pre_form_dialog_add_entry (dialog, "annual-cost", _("Annual Forecast Cost"), cost);
  pre_form_dialog_set_funcs (dialog, convention_check, convention_save, fd, form_data_free);
  present_form (self, dialog);
}

static gboolean
parties_check (PreFormDialog *dialog,
               gpointer       data,
               GError       **error)
{
  return TRUE;
}

static gboolean
parties_save (PreFormDialog *dialog,
              gpointer       data,
              GError       **error)
{
  FormData *fd = data;
  g_autoptr(GArray) chosen = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; i < fd->ids->len; i++)
    {
      g_autofree char *field = g_strdup_printf ("partner-%u", i);

      if (pre_form_dialog_get_active (dialog, field))
        g_array_append_val (chosen, g_array_index (fd->ids, gint64, i));
    }
  return pre_store_set_convention_parties (get_store (fd->page), fd->id,
                                           (const gint64 *)(gpointer)chosen->data, chosen->len, error);
}

void
pre_territories_page_edit_parties (PreTerritoriesPage *self)
{
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autoptr(GHashTable) signed_by = g_hash_table_new (g_int64_hash, g_int64_equal);
  PreFormDialog *dialog;
  FormData *fd;

  if (convention == NULL)
    return;
  fd = form_data_new (self, NULL);
  fd->id = pre_convention_get_id (convention);
  parties = pre_store_list_convention_parties (get_store (self), fd->id, NULL);
  for (guint i = 0; parties != NULL && i < g_list_model_get_n_items (parties); i++)
    {
      PrePartner *party = g_list_model_get_item (parties, i);
      gint64 *key = g_new (gint64, 1);

      *key = pre_partner_get_id (party);
      g_hash_table_add (signed_by, key);
      g_object_unref (party);
    }

  dialog = pre_form_dialog_new (_("Parties to the Convention"), NULL);
  partners = pre_store_list_partners (get_store (self), FALSE, NULL);
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (partners, i);
      g_autofree char *field = g_strdup_printf ("partner-%u", i);
      gint64 id = pre_partner_get_id (partner);

      g_array_append_val (fd->ids, id);
      pre_form_dialog_add_switch (dialog, field, pre_partner_get_name (partner),
                                  g_hash_table_contains (signed_by, &id));
    }
  /* The keys were allocated for the set only. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, signed_by);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }
  pre_form_dialog_set_funcs (dialog, parties_check, parties_save, fd, form_data_free);
  present_form (self, dialog);
}

static gboolean
cost_check (PreFormDialog *dialog,
            gpointer       data,
            GError       **error)
{
  gint64 cost;

  return pre_form_dialog_get_money (dialog, "cost", &cost, error);
}

static gboolean
cost_save (PreFormDialog *dialog,
           gpointer       data,
           GError       **error)
{
  FormData *fd = data;
  g_autofree char *text = strip (pre_form_dialog_get_text (dialog, "cost"));
  gint64 cost;

  if (!pre_form_dialog_get_money (dialog, "cost", &cost, error))
    return FALSE;
  /* Empty: the year costs the convention's annual cost again. */
  return pre_store_set_convention_cost (get_store (fd->page), fd->id, fd->year,
                                        *text == '\0' ? -1 : cost, error);
}

void
pre_territories_page_edit_cost (PreTerritoriesPage *self,
                                int                 year)
{
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  g_autofree char *annual = NULL;
  PreFormDialog *dialog;
  FormData *fd;
  gint64 cost = 0;

  if (convention == NULL)
    return;
  fd = form_data_new (self, NULL);
  fd->id = pre_convention_get_id (convention);
  fd->year = year;
  pre_store_get_convention_cost (get_store (self), fd->id, year, &cost, NULL);
  text = pre_money_format (cost);
  annual = pre_money_format (pre_convention_get_annual_cost (convention));

  /* Translators: %d is a year. */
  title = g_strdup_printf (_("Forecast Cost of %d"), year);
  dialog = pre_form_dialog_new (title, NULL);
  /* Translators: %s is an amount. */
  description = g_strdup_printf (_("Leave it empty for the convention’s annual cost (%s)."), annual);
  pre_form_dialog_set_description (dialog, description);
  pre_form_dialog_add_entry (dialog, "cost", _("Forecast Cost"), text);
  pre_form_dialog_set_funcs (dialog, cost_check, cost_save, fd, form_data_free);
  present_form (self, dialog);
}

static const char * const mission_fields[] = { "coordination", "psychology", "project", "training" };

static gboolean
budgets_check (PreFormDialog *dialog,
               gpointer       data,
               GError       **error)
{
  gint64 budget;

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    if (!pre_form_dialog_get_money (dialog, mission_fields[kind], &budget, error))
      return FALSE;
  return TRUE;
}

static gboolean
budgets_save (PreFormDialog *dialog,
              gpointer       data,
              GError       **error)
{
  FormData *fd = data;
  gint64 budgets[PRE_N_MISSION_KINDS];

  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    if (!pre_form_dialog_get_money (dialog, mission_fields[kind], &budgets[kind], error))
      return FALSE;
  return pre_store_set_mission_budgets (get_store (fd->page), fd->id, fd->year, budgets, error);
}

void
pre_territories_page_edit_budgets (PreTerritoriesPage *self,
                                   int                 year)
{
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  g_autofree char *title = NULL;
  PreFormDialog *dialog;
  FormData *fd;

  if (convention == NULL)
    return;
  fd = form_data_new (self, NULL);
  fd->id = pre_convention_get_id (convention);
  fd->year = year;

  /* Translators: %d is a year. */
  title = g_strdup_printf (_("Mission Budgets of %d"), year);
  dialog = pre_form_dialog_new (title, NULL);
  for (guint kind = 0; kind < PRE_N_MISSION_KINDS; kind++)
    {
      g_autoptr(PreMission) mission = pre_store_get_mission_by_kind (get_store (self), fd->id, kind, NULL);
      g_autofree char *text = NULL;
      gint64 budget = 0;

      if (mission != NULL)
        pre_store_get_mission_budget (get_store (self), pre_mission_get_id (mission), year, &budget, NULL);
      text = pre_money_format (budget);
      pre_form_dialog_add_entry (dialog, mission_fields[kind], pre_mission_kind_get_label (kind), text);
    }
  pre_form_dialog_set_funcs (dialog, budgets_check, budgets_save, fd, form_data_free);
  present_form (self, dialog);
}

/* Amendments */

static gboolean
amendment_check (PreFormDialog *dialog,
                 gpointer       data,
                 GError       **error)
{
  FormData *fd = data;
  PreAmendment *amendment = PRE_AMENDMENT (fd->object);
  g_autofree char *date = strip (pre_form_dialog_get_text (dialog, "date"));
  g_autofree char *number = strip (pre_form_dialog_get_text (dialog, "number"));
  g_autofree char *description = strip (pre_form_dialog_get_text (dialog, "description"));
  g_autofree char *iso = NULL;

  if (*date != '\0' && !pre_date_parse (date, &iso, NULL))
    iso = g_strdup (date);
  pre_amendment_set_date (amendment, iso != NULL ? iso : "");
  pre_amendment_set_number (amendment, number);
  pre_amendment_set_description (amendment, description);
  return pre_amendment_validate (amendment, error);
}

static gboolean
amendment_save (PreFormDialog *dialog,
                gpointer       data,
                GError       **error)
{
  FormData *fd = data;

  return amendment_check (dialog, data, error) &&
         pre_store_save_amendment (get_store (fd->page), PRE_AMENDMENT (fd->object), error);
}

void
pre_territories_page_edit_amendment (PreTerritoriesPage *self,
                                     PreAmendment       *amendment)
{
  gboolean is_new = pre_amendment_get_id (amendment) == 0;
  PreFormDialog *dialog;

  dialog = pre_form_dialog_new (is_new ? _("New Amendment") : _("Edit Amendment"), is_new ? _("_Add") : _("_Save"));
  pre_form_dialog_set_description (dialog, _("An avenant to the convention: when it was signed and what it changed."));
  pre_form_dialog_add_entry (dialog, "date", _("Date"), pre_amendment_get_date (amendment));
  pre_form_dialog_add_entry (dialog, "number", _("Number"), pre_amendment_get_number (amendment));
  pre_form_dialog_add_entry (dialog, "description", _("What It Changed"), pre_amendment_get_description (amendment));
  pre_form_dialog_set_funcs (dialog, amendment_check, amendment_save, form_data_new (self, amendment), form_data_free);
  present_form (self, dialog);
}

static void
add_amendment_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PreTerritoriesPage *self = PRE_TERRITORIES_PAGE (widget);
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  PreAmendment *amendment;
  g_autofree char *today = NULL;

  if (convention == NULL)
    {
      pre_page_show_message (PRE_PAGE (self), _("Set up the convention first"));
      return;
    }
  today = pre_date_today_iso ();
  amendment = pre_amendment_new ();
  pre_amendment_set_convention_id (amendment, pre_convention_get_id (convention));
  pre_amendment_set_date (amendment, today);
  pre_territories_page_edit_amendment (self, amendment);
}

/* Deleting, with undo; archiving what is still in use */

typedef struct
{
  PreTerritoriesPage *page;
  GObject            *object;   /* a copy to insert again on undo */
  GPtrArray          *children; /* the territory's neighbourhoods */
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->page);
  g_clear_object (&deleted->object);
  g_clear_pointer (&deleted->children, g_ptr_array_unref);
  g_free (deleted);
}

static const char *
object_name (GObject *object)
{
  if (PRE_IS_TERRITORY (object))
    return pre_territory_get_name (PRE_TERRITORY (object));
  if (PRE_IS_PARTNER (object))
    return pre_partner_get_name (PRE_PARTNER (object));
  if (PRE_IS_NEIGHBOURHOOD (object))
    return pre_neighbourhood_get_name (PRE_NEIGHBOURHOOD (object));
  if (PRE_IS_BOARD (object))
    return pre_board_get_name (PRE_BOARD (object));
  if (PRE_IS_AMENDMENT (object))
    return pre_amendment_get_number (PRE_AMENDMENT (object));
  if (PRE_IS_BOARD_MEMBER (object))
    return pre_board_member_get_last_name (PRE_BOARD_MEMBER (object));
  return "";
}

gint64
pre_territories_page_object_id (GObject *object)
{
  gint64 id = 0;

  g_object_get (object, "id", &id, NULL);
  return id;
}

/* A copy without id: saving it inserts it again. */
static GObject *
copy_object (GObject *object)
{
  guint n_props = 0;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_props);
  GObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);

  for (guint i = 0; i < n_props; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((props[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          g_str_equal (props[i]->name, "id"))
        continue;
      g_value_init (&value, props[i]->value_type);
      g_object_get_property (object, props[i]->name, &value);
      g_object_set_property (copy, props[i]->name, &value);
    }
  return copy;
}

static gboolean
delete_object (PreStore  *store,
               GObject   *object,
               GError   **error)
{
  gint64 id = pre_territories_page_object_id (object);

  if (PRE_IS_TERRITORY (object))
    return pre_store_delete_territory (store, id, error);
  if (PRE_IS_PARTNER (object))
    return pre_store_delete_partner (store, id, error);
  if (PRE_IS_NEIGHBOURHOOD (object))
    return pre_store_delete_neighbourhood (store, id, error);
  if (PRE_IS_BOARD (object))
    return pre_store_delete_board (store, id, error);
  if (PRE_IS_AMENDMENT (object))
    return pre_store_delete_amendment (store, id, error);
  if (PRE_IS_BOARD_MEMBER (object))
    return pre_store_delete_board_member (store, id, error);
  g_assert_not_reached ();
}

static gboolean
save_object (PreStore  *store,
             GObject   *object,
             GError   **error)
{
  if (PRE_IS_TERRITORY (object))
    return pre_store_save_territory (store, PRE_TERRITORY (object), error);
  if (PRE_IS_PARTNER (object))
    return pre_store_save_partner (store, PRE_PARTNER (object), error);
  if (PRE_IS_NEIGHBOURHOOD (object))
    return pre_store_save_neighbourhood (store, PRE_NEIGHBOURHOOD (object), error);
  if (PRE_IS_BOARD (object))
    return pre_store_save_board (store, PRE_BOARD (object), error);
  if (PRE_IS_AMENDMENT (object))
    return pre_store_save_amendment (store, PRE_AMENDMENT (object), error);
  if (PRE_IS_BOARD_MEMBER (object))
    return pre_store_save_board_member (store, PRE_BOARD_MEMBER (object), error);
  g_assert_not_reached ();
}

static void
undo_cb (AdwToast *toast,
         Deleted  *deleted)
{
  PreStore *store = get_store (deleted->page);
  g_autoptr(GObject) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return;

  /* Undo can run twice only if the toast is clicked twice: insert a fresh copy. */
  copy = copy_object (deleted->object);
  if (!save_object (store, copy, &error))
    {
      pre_page_show_error (PRE_PAGE (deleted->page), _("Could Not Undo"), error);
      return;
    }
  for (guint i = 0; deleted->children != NULL && i < deleted->children->len; i++)
    {
      g_autoptr(GObject) child = copy_object (g_ptr_array_index (deleted->children, i));

      pre_neighbourhood_set_territory_id (PRE_NEIGHBOURHOOD (child), pre_territories_page_object_id (copy));
      if (!save_object (store, child, &error))
        {
          pre_page_show_error (PRE_PAGE (deleted->page), _("Could Not Undo"), error);
          return;
        }
    }
}

static void
archive_response_cb (AdwAlertDialog *dialog,
                     GAsyncResult   *result,
                     Deleted        *deleted)
{
  PreStore *store = get_store (deleted->page);
  g_autoptr(GError) error = NULL;
  const char *response = adw_alert_dialog_choose_finish (dialog, result);
  gboolean ok = TRUE;

  if (g_strcmp0 (response, "archive") == 0 && store != NULL)
    {
      if (PRE_IS_TERRITORY (deleted->object))
        ok = pre_store_archive_territory (store, pre_territories_page_object_id (deleted->object), TRUE, &error);
      else if (PRE_IS_PARTNER (deleted->object))
        ok = pre_store_archive_partner (store, pre_territories_page_object_id (deleted->object), TRUE, &error);
      if (!ok)
        pre_page_show_error (PRE_PAGE (deleted->page), _("Could Not Archive"), error);
      else
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is archived"), object_name (deleted->object));
          pre_page_show_message (PRE_PAGE (deleted->page), message);
        }
    }
  deleted_free (deleted);
}

void
pre_territories_page_delete (PreTerritoriesPage *self,
                             GObject            *object)
{
  PreStore *store = get_store (self);
  g_autoptr(GError) error = NULL;
  Deleted *deleted;

  deleted = g_new0 (Deleted, 1);
  deleted->page = g_object_ref (self);
  deleted->object = g_object_ref (object);
  if (PRE_IS_TERRITORY (object))
    {
      g_autoptr(GListModel) children = pre_store_list_neighbourhoods (store, pre_territories_page_object_id (object), NULL);

      deleted->children = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
        g_ptr_array_add (deleted->children, g_list_model_get_item (children, i));
    }

  if (!delete_object (store, object, &error))
    {
      gboolean can_archive = g_error_matches (error, PRE_STORE_ERROR, PRE_STORE_ERROR_IN_USE) &&
                             (PRE_IS_TERRITORY (object) || PRE_IS_PARTNER (object));
      AdwDialog *dialog;

      /* The body names the thing and what uses it. A heading naming it too
       * would be as long as the name: AdwAlertDialog (1.7) then warns that
       * its heading needs more than the dialog's width. */
      dialog = adw_alert_dialog_new (_("Could Not Delete"), error->message);
      if (can_archive)
        {
          adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                          "cancel", _("_Cancel"),
                                          "archive", _("_Archive"),
                                          NULL);
          adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "archive", ADW_RESPONSE_SUGGESTED);
          adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "archive");
        }
      else
        adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "cancel", _("_Close"));
      adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
      adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (self), NULL,
                               (GAsyncReadyCallback)archive_response_cb, deleted);
      return;
    }

  {
    g_autofree char *title = g_strdup_printf (_("“%s” is deleted"), object_name (object));
    AdwToast *toast = adw_toast_new (title);
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

    adw_toast_set_button_label (toast, _("_Undo"));
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), deleted,
                           (GClosureNotify)(void (*)(void))deleted_free, 0);
    if (PRE_IS_WINDOW (root))
      pre_window_add_toast (PRE_WINDOW (root), toast);
    else
      g_object_unref (toast);
  }
}

void
pre_territories_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "territories.add-amendment", NULL, add_amendment_action);
  gtk_widget_class_install_action (widget_class, "territories.add-board", NULL, add_board_action);
  gtk_widget_class_install_action (widget_class, "territories.add-partner", NULL, add_partner_action);
  gtk_widget_class_install_action (widget_class, "territories.add-territory", NULL, add_territory_action);
  gtk_widget_class_install_action (widget_class, "territories.edit-convention", NULL, edit_convention_action);
}
