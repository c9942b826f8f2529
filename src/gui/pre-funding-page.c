/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pre-aggregates.h"
#include "pre-chart-builders.h"
#include "pre-chart-widget.h"
#include "pre-convention.h"
#include "pre-date.h"
#include "pre-funding-page.h"
#include "pre-funding-share.h"
#include "pre-money.h"
#include "pre-partner.h"
#include "pre-payment-dialog.h"
#include "pre-payment.h"
#include "pre-receipt-dialog.h"
#include "pre-receipt.h"
#include "pre-share-dialog.h"
#include "pre-window.h"

/* The funding of the selected year: the plan (cost, each party's
 * participation, the balance), the calls for funds and receipts of each
 * partner, budget against spending, where the money comes from and goes,
 * and every year side by side. Lists are read at once; the figures over
 * the activity are computed in the background. */

struct _PreFundingPage
{
  PrePage parent_instance;

  GCancellable *cancellable;
  guint         n_loading;
  GListModel   *parties;       /* PrePartner: the parties of the convention */
  gint64        annual_cost;   /* the year's cost: the monthly chart's budget line */
  GHashTable   *shares;        /* partner id → PreFundingShare */
  GHashTable   *payments;      /* partner id → PrePayment */

  /* Template widgets */
  AdwBanner      *balance_banner;
  PreChartWidget *contributions_chart;
  PreChartWidget *missions_chart;
  PreChartWidget *monthly_chart;
  GtkListBox     *payments_list;
  AdwPreferencesGroup *plan_group;
  GtkListBox     *plan_list;
  PreChartWidget *sources_chart;
  GtkStack       *stack;
  GtkDropDown    *year_dropdown;
  GtkGrid        *years_grid;
};

G_DEFINE_FINAL_TYPE (PreFundingPage, pre_funding_page, PRE_TYPE_PAGE)

static void
add_toast (PreFundingPage *self,
           AdwToast       *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (PRE_IS_WINDOW (root))
    pre_window_add_toast (PRE_WINDOW (root), toast);
}

static GtkWidget *
value_label (const char *text,
             gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static char *
format_balance (gint64 balance)
{
  g_autofree char *amount = pre_money_format (balance < 0 ? -balance : balance);

  if (balance > 0)
    /* Translators: the funding balance of a year, e.g. "€2,680.00 to allocate". */
    return g_strdup_printf (_("%s to allocate"), amount);
  if (balance < 0)
    return g_strdup_printf (_("%s over-funded"), amount);
  return g_strdup (_("Balanced"));
}

/* Funding plan */

typedef struct
{
  PreStore        *store;
  PreFundingShare *share;
} UndoShare;

static void
undo_share_free (gpointer data)
{
  UndoShare *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->share);
  g_free (undo);
}

static void
undo_share_cb (AdwToast *toast,
               gpointer  user_data)
{
  UndoShare *undo = user_data;
  g_autoptr(GError) error = NULL;

  if (!pre_store_set_funding_share_amount (undo->store,
                                           pre_funding_share_get_convention_id (undo->share),
                                           pre_funding_share_get_partner_id (undo->share),
                                           pre_funding_share_get_year (undo->share),
                                           pre_funding_share_get_amount (undo->share),
                                           &error))
    g_warning ("Could not restore the participation: %s", error->message);
}

static void
remove_share (PreFundingPage *self,
              gint64          partner_id)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PreFundingShare *share = g_hash_table_lookup (self->shares, &partner_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  UndoShare *undo;

  if (share == NULL)
    return;
  if (!pre_store_delete_funding_share (store, pre_funding_share_get_id (share), &error))
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Remove the Participation"), error);
      return;
    }
  undo = g_new0 (UndoShare, 1);
  undo->store = g_object_ref (store);
  undo->share = g_object_ref (share);
  title = g_strdup_printf (_("Participation of %s removed"), pre_funding_share_get_partner_name (share));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_share_cb), undo,
                         (GClosureNotify)(void (*) (void))undo_share_free, 0);
  add_toast (self, toast);
}

static void
delete_share_cb (GtkButton      *button,
                 PreFundingPage *self)
{
  remove_share (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "partner-id")));
}

/* Delete on a party of the plan removes its participation. */
static void
remove_share_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PreFundingPage *self = PRE_FUNDING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->plan_list)))
    return;
  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row != NULL)
    remove_share (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "partner-id")));
}

static void
edit_cost (PreFundingPage *self)
{
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  PreShareDialog *dialog;
  gint64 cost = 0;

  if (convention == NULL
      || !pre_store_get_convention_cost (pre_page_get_store (PRE_PAGE (self)), pre_convention_get_id (convention),
                                         pre_page_get_year (PRE_PAGE (self)), &cost, NULL))
    return;
  dialog = pre_share_dialog_new_for_cost (pre_page_get_store (PRE_PAGE (self)), pre_convention_get_id (convention),
                                          pre_page_get_year (PRE_PAGE (self)), cost);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
plan_row_activated_cb (PreFundingPage *self,
                       GtkListBoxRow  *row)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  gint64 partner_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "partner-id"));
  PreFundingShare *share;
  g_autoptr(PreFundingShare) edited = pre_funding_share_new ();
  PreShareDialog *dialog;

  if (g_object_get_data (G_OBJECT (row), "cost") != NULL)
    {
      edit_cost (self);
      return;
    }
  if (partner_id == 0 || convention == NULL)
    return;

  share = g_hash_table_lookup (self->shares, &partner_id);
  pre_funding_share_set_convention_id (edited, pre_convention_get_id (convention));
  pre_funding_share_set_partner_id (edited, partner_id);
  pre_funding_share_set_year (edited, pre_page_get_year (PRE_PAGE (self)));
  pre_funding_share_set_amount (edited, share != NULL ? pre_funding_share_get_amount (share) : 0);
  dialog = pre_share_dialog_new (store, edited, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static GtkWidget *
summary_row (const char *title,
             const char *value,
             gboolean    strong)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = value_label (value, FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (strong)
    gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
show_balance (PreFundingPage *self,
              gint64          cost,
              gint64          total)
{
  gint64 balance = cost - total;
  g_autofree char *amount = pre_money_format (balance < 0 ? -balance : balance);
  g_autofree char *title = NULL;

  if (balance > 0)
    /* Translators: the banner of the funding page. */
    title = g_strdup_printf (_("%s of participations remain to be allocated"), amount);
  else if (balance < 0)
    title = g_strdup_printf (_("The participations exceed the annual cost by %s"), amount);
  if (title != NULL)
    adw_banner_set_title (self->balance_banner, title);
  adw_banner_set_revealed (self->balance_banner, balance != 0);
}

static void
load_plan (PreFundingPage *self,
           PreConvention  *convention,
           int             year)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  gint64 convention_id = pre_convention_get_id (convention);
  GListModel *parties;
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cost_text = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *balance_text = NULL;
  g_autofree char *title = NULL;
  gint64 cost = 0, total = 0;

  gtk_list_box_remove_all (self->plan_list);
  g_hash_table_remove_all (self->shares);

  /* Translators: the heading of the funding plan, with its year. */
  title = g_strdup_printf (_("Funding Plan %d"), year);
  adw_preferences_group_set_title (self->plan_group, title);

  g_clear_object (&self->parties);
  self->annual_cost = 0;
  if (!pre_store_get_convention_cost (store, convention_id, year, &cost, &error)
      || (self->parties = pre_store_list_convention_parties (store, convention_id, &error)) == NULL
      || (shares = pre_store_list_funding_shares (store, convention_id, year, &error)) == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Funding Plan"), error);
      return;
    }
  parties = self->parties;
  self->annual_cost = cost;

  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      PreFundingShare *share = g_list_model_get_item (shares, i);
      gint64 *key = g_new (gint64, 1);

      *key = pre_funding_share_get_partner_id (share);
      total += pre_funding_share_get_amount (share);
      g_hash_table_insert (self->shares, key, share);
    }

  cost_text = pre_money_format (cost);
  {
    GtkWidget *row = summary_row (_("Annual forecast cost"), cost_text, TRUE);

    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-edit-symbolic"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    g_object_set_data (G_OBJECT (row), "cost", GINT_TO_POINTER (TRUE));
    gtk_list_box_append (self->plan_list, row);
  }

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(PrePartner) partner = g_list_model_get_item (parties, i);
      gint64 partner_id = pre_partner_get_id (partner);
      PreFundingShare *share = g_hash_table_lookup (self->shares, &partner_id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit = gtk_image_new_from_icon_name ("document-edit-symbolic");
      g_autofree char *amount = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pre_partner_get_name (partner));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   partner_id == pre_convention_get_coordinator_id (convention)
                                   ? _("Coordinator")
                                   : pre_partner_kind_get_label (pre_partner_get_kind (partner)));
      if (share != NULL)
        {
          GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

          amount = pre_money_format (pre_funding_share_get_amount (share));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label (amount, FALSE));
          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, _("Remove the Participation"));
          g_object_set_data (G_OBJECT (remove), "partner-id", GSIZE_TO_POINTER (partner_id));
          g_signal_connect (remove, "clicked", G_CALLBACK (delete_share_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
        }
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label (_("No participation"), TRUE));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "partner-id", GSIZE_TO_POINTER (partner_id));
      gtk_list_box_append (self->plan_list, row);
    }

  total_text = pre_money_format (total);
  gtk_list_box_append (self->plan_list, summary_row (_("Total of the participations"), total_text, FALSE));
  balance_text = format_balance (cost - total);
  gtk_list_box_append (self->plan_list, summary_row (_("Balance"), balance_text, TRUE));
  show_balance (self, cost, total);
}

/* Calls for funds and receipts */

static const char *
status_style (PrePaymentStatus status)
{
  switch (status)
    {
    case PRE_PAYMENT_RECEIVED:
      return "success";
    case PRE_PAYMENT_PARTLY_RECEIVED:
      return "warning";
    case PRE_PAYMENT_LATE:
      return "error";
    case PRE_PAYMENT_CALLED:
      return "accent";
    case PRE_PAYMENT_PLANNED:
    default:
      return "planned";
    }
}

static void
edit_payment_cb (GtkButton      *button,
                 PreFundingPage *self)
{
  PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
  gint64 partner_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "partner-id"));
  const char *partner_name = g_object_get_data (G_OBJECT (button), "partner-name");
  PrePayment *payment = g_hash_table_lookup (self->payments, &partner_id);
  PreFundingShare *share = g_hash_table_lookup (self->shares, &partner_id);
  g_autoptr(PrePayment) edited = NULL;
  PrePaymentDialog *dialog;

  if (convention == NULL)
    return;
  if (payment != NULL)
    edited = g_object_ref (payment);
  else
    {
      edited = pre_payment_new ();
      pre_payment_set_convention_id (edited, pre_convention_get_id (convention));
      pre_payment_set_partner_id (edited, partner_id);
      pre_payment_set_year (edited, pre_page_get_year (PRE_PAGE (self)));
      /* The call asks for the planned participation. */
      pre_payment_set_call_amount (edited, share != NULL ? pre_funding_share_get_amount (share) : 0);
    }
  dialog = pre_payment_dialog_new (pre_page_get_store (PRE_PAGE (self)), edited, partner_name);
  /* A cancelled dialog may have changed the payment read here. */
  g_signal_connect_swapped (dialog, "closed", G_CALLBACK (pre_page_queue_reload), self);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
add_receipt_cb (GtkButton      *button,
                PreFundingPage *self)
{
  gint64 partner_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "partner-id"));
  const char *partner_name = g_object_get_data (G_OBJECT (button), "partner-name");
  PrePayment *payment = g_hash_table_lookup (self->payments, &partner_id);
  g_autoptr(PreReceipt) receipt = NULL;
  g_autofree char *today = pre_date_today_iso ();
  gint64 outstanding;
  PreReceiptDialog *dialog;

  if (payment == NULL)
    return;
  receipt = pre_receipt_new ();
  pre_receipt_set_payment_id (receipt, pre_payment_get_id (payment));
  pre_receipt_set_date (receipt, today);
  outstanding = pre_payment_get_outstanding (payment);
  pre_receipt_set_amount (receipt, MAX (outstanding, 0));
  dialog = pre_receipt_dialog_new (pre_page_get_store (PRE_PAGE (self)), receipt, partner_name);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

typedef struct
{
  PreStore   *store;
  PreReceipt *receipt;
} UndoReceipt;

static void
undo_receipt_free (gpointer data)
{
  UndoReceipt *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->receipt);
  g_free (undo);
}

static void
undo_receipt_cb (AdwToast *toast,
                 gpointer  user_data)
{
  UndoReceipt *undo = user_data;
  g_autoptr(PreReceipt) receipt = NULL;
  g_autoptr(GError) error = NULL;

  receipt = pre_store_add_receipt (undo->store, pre_receipt_get_payment_id (undo->receipt),
                                   pre_receipt_get_date (undo->receipt),
                                   pre_receipt_get_amount (undo->receipt), &error);
  if (receipt == NULL)
    g_warning ("Could not restore the receipt: %s", error->message);
}

static void
delete_receipt_cb (GtkButton      *button,
                   PreFundingPage *self)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PreReceipt *receipt = g_object_get_data (G_OBJECT (button), "receipt");
  g_autoptr(GError) error = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  UndoReceipt *undo;
  AdwToast *toast;

  if (!pre_store_delete_receipt (store, pre_receipt_get_id (receipt), &error))
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Remove the Receipt"), error);
      return;
    }
  undo = g_new0 (UndoReceipt, 1);
  undo->store = g_object_ref (store);
  undo->receipt = g_object_ref (receipt);
  amount = pre_money_format (pre_receipt_get_amount (receipt));
  title = g_strdup_printf (_("Receipt of %s removed"), amount);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_receipt_cb), undo,
                         (GClosureNotify)(void (*) (void))undo_receipt_free, 0);
  add_toast (self, toast);
}

static GtkWidget *
suffix_button (const char     *icon_name,
               const char     *tooltip,
               gint64          partner_id,
               const char     *partner_name,
               GCallback       callback,
               PreFundingPage *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "partner-id", GSIZE_TO_POINTER (partner_id));
  g_object_set_data_full (G_OBJECT (button), "partner-name", g_strdup (partner_name), g_free);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
payment_row (PreFundingPage      *self,
             const PrePaymentRow *row)
{
  PreStore *store = pre_page_get_store (PRE_PAGE (self));
  PrePayment *payment = g_hash_table_lookup (self->payments, &row->partner_id);
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *badge = gtk_label_new (pre_payment_status_get_label (row->status));
  g_autofree char *subtitle = NULL;
  g_autofree char *called = pre_money_format (row->called);
  g_autofree char *received = pre_money_format (row->received);
  g_autofree char *planned = pre_money_format (row->planned);
  GtkWidget *add;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), row->partner_name);
  if (row->call_date != NULL)
    {
      g_autofree char *date = pre_date_format_short (row->call_date);

      if (row->call_reference[0] != '\0')
        /* Translators: a call for funds: its date, its titre de recettes, the amounts. */
        subtitle = g_strdup_printf (_("Called on %s, titre de recettes %s: %s; received %s"),
                                    date, row->call_reference, called, received);
      else
        subtitle = g_strdup_printf (_("Called on %s: %s; received %s"), date, called, received);
    }
  else if (row->called > 0)
    subtitle = g_strdup_printf (_("Call for funds of %s not sent yet; received %s"), called, received);
  else
    subtitle = g_strdup_printf (_("%s planned, no call for funds yet"), planned);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  gtk_widget_add_css_class (badge, "pre-status-badge");
  gtk_widget_add_css_class (badge, status_style (row->status));
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_expander_row_add_suffix (ADW_EXPANDER_ROW (expander), badge);
  adw_expander_row_add_suffix (ADW_EXPANDER_ROW (expander),
                               suffix_button ("document-edit-symbolic", _("Edit the Call for Funds"),
                                              row->partner_id, row->partner_name,
                                              G_CALLBACK (edit_payment_cb), self));
  add = suffix_button ("list-add-symbolic", _("Add a Receipt"), row->partner_id, row->partner_name,
                       G_CALLBACK (add_receipt_cb), self);
  gtk_widget_set_sensitive (add, payment != NULL);
  adw_expander_row_add_suffix (ADW_EXPANDER_ROW (expander), add);

  if (payment != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) receipts = pre_store_list_receipts (store, pre_payment_get_id (payment), &error);
      guint n = receipts != NULL ? g_list_model_get_n_items (receipts) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PreReceipt) receipt = g_list_model_get_item (receipts, i);
          g_autofree char *amount = pre_money_format (pre_receipt_get_amount (receipt));
          g_autofree char *date = pre_date_format_long (pre_receipt_get_date (receipt));
          g_autofree char *title = g_strdup_printf (_("Received %s"), amount);
          GtkWidget *child = adw_action_row_new ();
          GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (child), date);
          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, _("Remove the Receipt"));
          g_object_set_data_full (G_OBJECT (remove), "receipt", g_object_ref (receipt), g_object_unref);
          g_signal_connect (remove, "clicked", G_CALLBACK (delete_receipt_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (child), remove);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), child);
        }
      if (n == 0)
        {
          GtkWidget *child = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Nothing received yet"));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), child);
        }
    }
  else
    adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), FALSE);

  if (row->over_received)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (warning, _("More was received than called"));
      gtk_widget_add_css_class (warning, "warning");
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), warning);
    }
  return expander;
}

static void
loaded (PreFundingPage *self)
{
  g_assert (self->n_loading > 0);
  self->n_loading--;
}

static void
payments_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreFundingPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) expanded = NULL;

  rows = pre_store_compute_payments_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Payments"), error);
      return;
    }

  /* Rows opened before a change stay open. */
  expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->payments_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (child)))
      g_hash_table_add (expanded, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child))));

  gtk_list_box_remove_all (self->payments_list);
  for (guint i = 0; i < rows->len; i++)
    {
      const PrePaymentRow *row = g_ptr_array_index (rows, i);
      GtkWidget *widget = payment_row (self, row);

      if (g_hash_table_contains (expanded, row->partner_name))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
      gtk_list_box_append (self->payments_list, widget);
    }
  if (rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No participation to call this year"));
      gtk_list_box_append (self->payments_list, row);
    }

  /* Where the money comes from: the coordinator pays its share itself. */
  {
    PreConvention *convention = pre_page_get_convention (PRE_PAGE (self));
    int year = pre_page_get_year (PRE_PAGE (self));
    gint64 coordinator_id = convention != NULL ? pre_convention_get_coordinator_id (convention) : 0;
    PreFundingShare *share = g_hash_table_lookup (self->shares, &coordinator_id);
    g_autoptr(PreChartData) data = NULL;

    data = pre_chart_build_funding_sources (rows, self->parties, coordinator_id,
                                            share != NULL ? pre_funding_share_get_amount (share) : 0,
                                            year, year);
    pre_chart_widget_set_data (self->sources_chart, data);
  }
}

/* Budget against spending per mission */

static void
missions_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreFundingPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreChartData) data = NULL;
  int year = pre_page_get_year (PRE_PAGE (self));

  rows = pre_store_compute_missions_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Missions"), error);
      return;
    }

  /* One year's rows: category i is the mission of row i. */
  data = pre_chart_build_mission_budget (rows, year, year);
  g_object_set_data_full (G_OBJECT (self->missions_chart), "kinds",
                          g_ptr_array_ref (rows), (GDestroyNotify)g_ptr_array_unref);
  pre_chart_widget_set_data (self->missions_chart, data);
}

static void
mission_activated_cb (PreFundingPage *self,
                      guint           category)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (self->missions_chart), "kinds");
  const PreMissionRow *row;

  if (rows == NULL || category >= rows->len)
    return;
  row = g_ptr_array_index (rows, category);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.page", "s",
                              pre_mission_kind_to_string (row->mission_kind));
}

/* Contributions against spending per territory */

static void
contributions_ready_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PreFundingPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreChartData) data = NULL;

  rows = pre_store_compute_contributions_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Contributions"), error);
      return;
    }

  data = pre_chart_build_contributions (rows, pre_page_get_year (PRE_PAGE (self)));
  pre_chart_widget_set_data (self->contributions_chart, data);
}

/* Spending month after month against the year's cost */

static void
monthly_ready_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PreFundingPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PreChartData) data = NULL;
  int year = pre_page_get_year (PRE_PAGE (self));

  rows = pre_store_compute_monthly_spending_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Spending"), error);
      return;
    }

  data = pre_chart_build_monthly_spending (rows, self->annual_cost, year, year);
  pre_chart_widget_set_data (self->monthly_chart, data);
}

/* Every year side by side */

static void
grid_cell (PreFundingPage *self,
           const char     *text,
           int             column,
           int             row,
           gboolean        heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, heading ? "heading" : "numeric");
  gtk_grid_attach (self->years_grid, label, column, row, 1, 1);
}

static void
balances_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PreFundingPage) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  rows = pre_store_compute_balances_finish (PRE_STORE (source), result, &error);
  /* Cancelled, or the page went away meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->stack == NULL)
    return;
  loaded (self);
  if (rows == NULL)
    {
      pre_page_show_error (PRE_PAGE (self), _("Cannot Read the Balances"), error);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->years_grid))) != NULL)
    gtk_grid_remove (self->years_grid, child);

  grid_cell (self, _("Year"), 0, 0, TRUE);
  grid_cell (self, _("Annual cost"), 0, 1, FALSE);
  grid_cell (self, _("Participations"), 0, 2, FALSE);
  grid_cell (self, _("Balance"), 0, 3, FALSE);
  for (guint i = 0; i < rows->len; i++)
    {
      const PreBalanceRow *row = g_ptr_array_index (rows, i);
      g_autofree char *year = g_strdup_printf ("%d", row->year);
      g_autofree char *cost = pre_money_format (row->annual_cost);
      g_autofree char *shares = pre_money_format (row->shares);
      g_autofree char *balance = format_balance (row->balance);

      grid_cell (self, year, (int)i + 1, 0, TRUE);
      grid_cell (self, cost, (int)i + 1, 1, FALSE);
      grid_cell (self, shares, (int)i + 1, 2, FALSE);
      grid_cell (self, balance, (int)i + 1, 3, FALSE);
    }
}

/* Reload */

static void
pre_funding_page_reload (PrePage *page)
{
  PreFundingPage *self = PRE_FUNDING_PAGE (page);
  PreConvention *convention = pre_page_get_convention (page);
  PreStore *store = pre_page_get_store (page);
  int year = pre_page_get_year (page);
  gint64 convention_id;
  g_autoptr(GListModel) payments = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->n_loading = 0;

  if (convention == NULL || store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_banner_set_revealed (self->balance_banner, FALSE);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");
  convention_id = pre_convention_get_id (convention);

  load_plan (self, convention, year);

  g_hash_table_remove_all (self->payments);
  payments = pre_store_list_payments (store, convention_id, year, &error);
  for (guint i = 0; payments != NULL && i < g_list_model_get_n_items (payments); i++)
    {
      PrePayment *payment = g_list_model_get_item (payments, i);
      gint64 *key = g_new (gint64, 1);

      *key = pre_payment_get_partner_id (payment);
      g_hash_table_insert (self->payments, key, payment);
    }

  self->cancellable = g_cancellable_new ();
  self->n_loading = 5;
  pre_store_compute_payments_async (store, convention_id, year, NULL, self->cancellable,
                                    payments_ready_cb, g_object_ref (self));
  pre_store_compute_missions_async (store, convention_id, year, self->cancellable,
                                    missions_ready_cb, g_object_ref (self));
  pre_store_compute_contributions_async (store, convention_id, year, self->cancellable,
                                         contributions_ready_cb, g_object_ref (self));
  pre_store_compute_balances_async (store, convention_id, self->cancellable,
                                    balances_ready_cb, g_object_ref (self));
  pre_store_compute_monthly_spending_async (store, convention_id, year, self->cancellable,
                                            monthly_ready_cb, g_object_ref (self));
}

static void
pre_funding_page_dispose (GObject *object)
{
  PreFundingPage *self = PRE_FUNDING_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), PRE_TYPE_FUNDING_PAGE);
  g_clear_pointer (&self->shares, g_hash_table_unref);
  g_clear_pointer (&self->payments, g_hash_table_unref);
  g_clear_object (&self->parties);

  G_OBJECT_CLASS (pre_funding_page_parent_class)->dispose (object);
}

static void
pre_funding_page_class_init (PreFundingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PrePageClass *page_class = PRE_PAGE_CLASS (klass);

  object_class->dispose = pre_funding_page_dispose;
  page_class->reload = pre_funding_page_reload;

  g_type_ensure (PRE_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fr/precoord/PreCoordination/pre-funding-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, balance_banner);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, contributions_chart);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, missions_chart);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, monthly_chart);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, payments_list);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, plan_list);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, sources_chart);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PreFundingPage, years_grid);
  gtk_widget_class_bind_template_callback (widget_class, mission_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "funding.remove-share", NULL, remove_share_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "funding.remove-share", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "funding.remove-share", NULL);
}

static void
pre_funding_page_init (PreFundingPage *self)
{
  self->shares = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->payments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  pre_page_bind_year_dropdown (PRE_PAGE (self), self->year_dropdown);
}

GtkWidget *
pre_funding_page_new (void)
{
  return g_object_new (PRE_TYPE_FUNDING_PAGE, NULL);
}

AdwBanner *
pre_funding_page_get_banner (PreFundingPage *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_PAGE (self), NULL);

  return self->balance_banner;
}

PreChartWidget *
pre_funding_page_get_missions_chart (PreFundingPage *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_PAGE (self), NULL);

  return self->missions_chart;
}

PreChartWidget *
pre_funding_page_get_monthly_chart (PreFundingPage *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_PAGE (self), NULL);

  return self->monthly_chart;
}

PreChartWidget *
pre_funding_page_get_contributions_chart (PreFundingPage *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_PAGE (self), NULL);

  return self->contributions_chart;
}

gboolean
pre_funding_page_is_loading (PreFundingPage *self)
{
  g_return_val_if_fail (PRE_IS_FUNDING_PAGE (self), FALSE);

  return self->n_loading > 0;
}
