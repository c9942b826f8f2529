/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-activity-private.h"
#include "pre-date.h"
#include "pre-store-helpers.h"

struct _PreActivity
{
  GObject parent_instance;

  gint64 id;
  gint64 mission_id;
  gint64 territory_id;
  char *date;
  char *title;
  PreActivityStatus status;
  gint64 cost;
  char *provider;
  int participants;
  int duration_minutes;
  char *youth_code;
  char *topic;
  char *notes;
  GArray *partner_ids;          /* gint64, sorted, unique */
  GArray *part_territories;     /* gint64, sorted, unique */
  GArray *part_counts;          /* int, parallel to part_territories */

  char *territory_name;
  PreMissionKind mission_kind;
};

G_DEFINE_FINAL_TYPE (PreActivity, pre_activity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MISSION_ID,
  PROP_TERRITORY_ID,
  PROP_DATE,
  PROP_YEAR,
  PROP_TITLE,
  PROP_STATUS,
  PROP_COST,
  PROP_PROVIDER,
  PROP_PARTICIPANTS,
  PROP_DURATION_MINUTES,
  PROP_YOUTH_CODE,
  PROP_TOPIC,
  PROP_NOTES,
  PROP_PARTNER_IDS,
  PROP_PARTICIPATION_TOTAL,
  PROP_TERRITORY_NAME,
  PROP_MISSION_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pre_activity_finalize (GObject *object)
{
  PreActivity *self = (PreActivity *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->provider, g_free);
  g_clear_pointer (&self->youth_code, g_free);
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->partner_ids, g_array_unref);
  g_clear_pointer (&self->part_territories, g_array_unref);
  g_clear_pointer (&self->part_counts, g_array_unref);
  g_clear_pointer (&self->territory_name, g_free);

  G_OBJECT_CLASS (pre_activity_parent_class)->finalize (object);
}

static void
pre_activity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PreActivity *self = PRE_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MISSION_ID:
      g_value_set_int64 (value, self->mission_id);
      break;

    case PROP_TERRITORY_ID:
      g_value_set_int64 (value, self->territory_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_YEAR:
      g_value_set_int (value, pre_activity_get_year (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_COST:
      g_value_set_int64 (value, self->cost);
      break;

    case PROP_PROVIDER:
      g_value_set_string (value, self->provider);
      break;

    case PROP_PARTICIPANTS:
      g_value_set_int (value, self->participants);
      break;

    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;

    case PROP_YOUTH_CODE:
      g_value_set_string (value, self->youth_code);
      break;

    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_PARTNER_IDS:
      {
        GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->partner_ids->len);

        g_array_append_vals (copy, self->partner_ids->data, self->partner_ids->len);
        g_value_take_boxed (value, copy);
      }
      break;

    case PROP_PARTICIPATION_TOTAL:
      g_value_set_int (value, pre_activity_get_participation_total (self));
      break;

    case PROP_TERRITORY_NAME:
      g_value_set_string (value, self->territory_name);
      break;

    case PROP_MISSION_KIND:
      g_value_set_enum (value, self->mission_kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pre_activity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PreActivity *self = PRE_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_MISSION_ID:
      pre_activity_set_mission_id (self, g_value_get_int64 (value));
      break;

    case PROP_TERRITORY_ID:
      pre_activity_set_territory_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      pre_activity_set_date (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      pre_activity_set_title (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      pre_activity_set_status (self, g_value_get_enum (value));
      break;

    case PROP_COST:
      pre_activity_set_cost (self, g_value_get_int64 (value));
      break;

    case PROP_PROVIDER:
      pre_activity_set_provider (self, g_value_get_string (value));
      break;

    case PROP_PARTICIPANTS:
      pre_activity_set_participants (self, g_value_get_int (value));
      break;

    case PROP_DURATION_MINUTES:
      pre_activity_set_duration_minutes (self, g_value_get_int (value));
      break;

    case PROP_YOUTH_CODE:
      pre_activity_set_youth_code (self, g_value_get_string (value));
      break;

    case PROP_TOPIC:
      pre_activity_set_topic (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      pre_activity_set_notes (self, g_value_get_string (value));
      break;

    case PROP_PARTNER_IDS:
      {
        GArray *ids = g_value_get_boxed (value);

        if (ids != NULL)
          pre_activity_set_partner_ids (self, (const gint64 *)(gpointer)ids->data, ids->len);
        else
          pre_activity_set_partner_ids (self, NULL, 0);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
pre_activity_class_init (PreActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_activity_finalize;
  object_class->get_property = pre_activity_get_property;
  object_class->set_property = pre_activity_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_MISSION_ID] =
    g_param_spec_int64 ("mission-id", NULL, NULL, 0, G_MAXINT64, 0, RW);
  properties[PROP_TERRITORY_ID] =
    g_param_spec_int64 ("territory-id", NULL, NULL, 0, G_MAXINT64, 0, RW);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", RW);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, RO);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", RW);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PRE_TYPE_ACTIVITY_STATUS, PRE_ACTIVITY_PLANNED, RW);
  properties[PROP_COST] =
    g_param_spec_int64 ("cost", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL, "", RW);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_int ("participants", NULL, NULL, G_MININT, G_MAXINT, -1, RW);
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, G_MININT, G_MAXINT, -1, RW);
  properties[PROP_YOUTH_CODE] =
    g_param_spec_string ("youth-code", NULL, NULL, "", RW);
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, "", RW);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", RW);
  properties[PROP_PARTNER_IDS] =
    g_param_spec_boxed ("partner-ids", NULL, NULL, G_TYPE_ARRAY, RW);
  properties[PROP_PARTICIPATION_TOTAL] =
    g_param_spec_int ("participation-total", NULL, NULL, 0, G_MAXINT, 0, RO);
  properties[PROP_TERRITORY_NAME] =
    g_param_spec_string ("territory-name", NULL, NULL, "", RO);
  properties[PROP_MISSION_KIND] =
    g_param_spec_enum ("mission-kind", NULL, NULL,
                       PRE_TYPE_MISSION_KIND, PRE_MISSION_COORDINATION, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pre_activity_init (PreActivity *self)
{
  self->date = g_strdup ("");
  self->title = g_strdup ("");
  self->provider = g_strdup ("");
  self->youth_code = g_strdup ("");
  self->topic = g_strdup ("");
  self->notes = g_strdup ("");
  self->territory_name = g_strdup ("");
  self->participants = -1;
  self->duration_minutes = -1;
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->part_territories = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->part_counts = g_array_new (FALSE, FALSE, sizeof (int));
}

/**
 * pre_activity_new:
 *
 * Returns: (transfer full): a new, unsaved session (planned, cost 0)
 */
PreActivity *
pre_activity_new (void)
{
  return g_object_new (PRE_TYPE_ACTIVITY, NULL);
}

gint64
pre_activity_get_id (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), 0);
  return self->id;
}

#define DEFINE_ID_ACCESSORS(field, PROP) \
  gint64 \
  pre_activity_get_##field (PreActivity *self) \
  { \
    g_return_val_if_fail (PRE_IS_ACTIVITY (self), 0); \
    return self->field; \
  } \
  void \
  pre_activity_set_##field (PreActivity *self, \
                            gint64       value) \
  { \
    g_return_if_fail (PRE_IS_ACTIVITY (self)); \
    value = MAX (value, 0); \
    if (self->field == value) \
      return; \
    self->field = value; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

#define DEFINE_STRING_ACCESSORS(field, PROP) \
  const char * \
  pre_activity_get_##field (PreActivity *self) \
  { \
    g_return_val_if_fail (PRE_IS_ACTIVITY (self), NULL); \
    return self->field; \
  } \
  void \
  pre_activity_set_##field (PreActivity *self, \
                            const char  *value) \
  { \
    g_return_if_fail (PRE_IS_ACTIVITY (self)); \
    if (g_set_str (&self->field, value != NULL ? value : "")) \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

#define DEFINE_INT_ACCESSORS(field, PROP) \
  int \
  pre_activity_get_##field (PreActivity *self) \
  { \
    g_return_val_if_fail (PRE_IS_ACTIVITY (self), -1); \
    return self->field; \
  } \
  void \
  pre_activity_set_##field (PreActivity *self, \
                            int          value) \
  { \
    g_return_if_fail (PRE_IS_ACTIVITY (self)); \
    if (self->field == value) \
      return; \
    self->field = value; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]); \
  }

DEFINE_ID_ACCESSORS (mission_id, PROP_MISSION_ID)
DEFINE_ID_ACCESSORS (territory_id, PROP_TERRITORY_ID)
DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (provider, PROP_PROVIDER)
DEFINE_STRING_ACCESSORS (youth_code, PROP_YOUTH_CODE)
DEFINE_STRING_ACCESSORS (topic, PROP_TOPIC)
DEFINE_STRING_ACCESSORS (notes, PROP_NOTES)
DEFINE_INT_ACCESSORS (participants, PROP_PARTICIPANTS)
DEFINE_INT_ACCESSORS (duration_minutes, PROP_DURATION_MINUTES)

const char *
pre_activity_get_date (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), NULL);
  return self->date;
}

void
pre_activity_set_date (PreActivity *self,
                       const char  *date)
{
  int old_year;

  g_return_if_fail (PRE_IS_ACTIVITY (self));

  old_year = pre_activity_get_year (self);
  if (!g_set_str (&self->date, date != NULL ? date : ""))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  if (pre_activity_get_year (self) != old_year)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
pre_activity_get_year (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), 0);
  return pre_date_year (self->date);
}

PreActivityStatus
pre_activity_get_status (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), PRE_ACTIVITY_PLANNED);
  return self->status;
}

void
pre_activity_set_status (PreActivity       *self,
                         PreActivityStatus  status)
{
  g_return_if_fail (PRE_IS_ACTIVITY (self));
  g_return_if_fail (status <= PRE_ACTIVITY_CANCELLED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
pre_activity_get_cost (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), 0);
  return self->cost;
}

void
pre_activity_set_cost (PreActivity *self,
                       gint64       cost)
{
  g_return_if_fail (PRE_IS_ACTIVITY (self));

  if (self->cost == cost)
    return;
  self->cost = cost;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST]);
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static gboolean
find_id (GArray *ids,
         gint64  id,
         guint  *index)
{
  return g_array_binary_search (ids, &id, compare_id, index);
}

const gint64 *
pre_activity_get_partner_ids (PreActivity *self,
                              guint       *n_ids)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), NULL);

  if (n_ids != NULL)
    *n_ids = self->partner_ids->len;
  return (const gint64 *)(gpointer)self->partner_ids->data;
}

void
pre_activity_set_partner_ids (PreActivity  *self,
                              const gint64 *ids,
                              guint         n_ids)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (PRE_IS_ACTIVITY (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  for (guint i = 0; i < n_ids; i++)
    if (ids[i] > 0 && !find_id (sorted, ids[i], NULL))
      {
        g_array_append_val (sorted, ids[i]);
        g_array_sort (sorted, compare_id);
      }

  if (sorted->len == self->partner_ids->len &&
      memcmp (sorted->data, self->partner_ids->data, sorted->len * sizeof (gint64)) == 0)
    return;

  g_array_unref (self->partner_ids);
  self->partner_ids = g_steal_pointer (&sorted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_IDS]);
}

gboolean
pre_activity_has_partner (PreActivity *self,
                          gint64       partner_id)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), FALSE);
  return find_id (self->partner_ids, partner_id, NULL);
}

int
pre_activity_get_participation (PreActivity *self,
                                gint64       territory_id)
{
  guint index;

  g_return_val_if_fail (PRE_IS_ACTIVITY (self), -1);

  if (!find_id (self->part_territories, territory_id, &index))
    return -1;
  return g_array_index (self->part_counts, int, index);
}

void
pre_activity_set_participation (PreActivity *self,
                                gint64       territory_id,
                                int          participants)
{
  guint index;

  g_return_if_fail (PRE_IS_ACTIVITY (self));
  g_return_if_fail (territory_id > 0);

  if (find_id (self->part_territories, territory_id, &index))
    {
      if (participants < 0)
        {
          g_array_remove_index (self->part_territories, index);
          g_array_remove_index (self->part_counts, index);
        }
      else if (g_array_index (self->part_counts, int, index) == participants)
        return;
      else
        g_array_index (self->part_counts, int, index) = participants;
    }
  else
    {
      if (participants < 0)
        return;
      for (index = 0; index < self->part_territories->len; index++)
        if (g_array_index (self->part_territories, gint64, index) > territory_id)
          break;
      g_array_insert_val (self->part_territories, index, territory_id);
      g_array_insert_val (self->part_counts, index, participants);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPATION_TOTAL]);
}

const gint64 *
pre_activity_get_participation_territories (PreActivity *self,
                                            guint       *n_ids)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), NULL);

  if (n_ids != NULL)
    *n_ids = self->part_territories->len;
  return (const gint64 *)(gpointer)self->part_territories->data;
}

int
pre_activity_get_participation_total (PreActivity *self)
{
  int total = 0;

  g_return_val_if_fail (PRE_IS_ACTIVITY (self), 0);

  for (guint i = 0; i < self->part_counts->len; i++)
    total += g_array_index (self->part_counts, int, i);
  return total;
}

const char *
pre_activity_get_territory_name (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), NULL);
  return self->territory_name;
}

PreMissionKind
pre_activity_get_mission_kind (PreActivity *self)
{
  g_return_val_if_fail (PRE_IS_ACTIVITY (self), PRE_MISSION_COORDINATION);
  return self->mission_kind;
}

/* Validation */

gboolean
pre_youth_code_validate (const char  *code,
                         GError     **error)
{
  gsize len;
  gboolean has_digit = FALSE;

  if (code == NULL || code[0] == '\0')
    return TRUE;

  len = strlen (code);
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (code[i]))
        has_digit = TRUE;
      else if (!g_ascii_isalpha (code[i]) && code[i] != '-')
        {
          has_digit = FALSE;
          len = 0;
          break;
        }
    }

  if (len < 3 || len > 16 || !has_digit)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "youth-code",
                                _("The youth code “%s” is not a code: use the pseudonymous "
                                  "code given by the commune’s PRE (letters, digits and "
                                  "dashes, 3 to 16 characters, at least one digit); never "
                                  "a name."),
                                code);
      return FALSE;
    }
  return TRUE;
}

/* What is stored: stripped, upper case (codes compare as typed in any case). */
static char *
normalize_youth_code (const char *code)
{
  g_autofree char *stripped = g_strstrip (g_strdup (code != NULL ? code : ""));

  if (stripped[0] == '\0')
    return NULL;
  return g_ascii_strup (stripped, -1);
}

gboolean
pre_activity_validate (PreActivity  *self,
                       GError      **error)
{
  g_autofree char *code = NULL;

  g_return_val_if_fail (PRE_IS_ACTIVITY (self), FALSE);

  if (self->mission_id <= 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "mission-id",
                                _("Choose the mission of the session."));
      return FALSE;
    }
  if (self->date[0] == '\0')
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_REQUIRED, "date",
                                _("The date of the session is required."));
      return FALSE;
    }
  if (!pre_date_is_valid_iso (self->date))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The date “%s” of the session is not a valid date."),
                                self->date);
      return FALSE;
    }
  if (self->cost < 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "cost",
                                _("The cost of the session cannot be negative."));
      return FALSE;
    }
  if (self->participants < -1)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "participants",
                                _("The number of participants cannot be negative."));
      return FALSE;
    }
  if (self->duration_minutes < -1)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "duration-minutes",
                                _("The duration of the session cannot be negative."));
      return FALSE;
    }
  code = g_strstrip (g_strdup (self->youth_code));
  if (!pre_youth_code_validate (code, error))
    return FALSE;

  return TRUE;
}

/* Store */

PreActivity *
pre_activity_new_from_stmt (PreStmt *stmt)
{
  PreActivity *self = pre_activity_new ();
  PreActivityStatus status = PRE_ACTIVITY_PLANNED;
  PreMissionKind kind = PRE_MISSION_COORDINATION;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->mission_id = sqlite3_column_int64 (stmt, 1);
  self->territory_id = sqlite3_column_int64 (stmt, 2);
  g_set_str (&self->date, pre_column_text (stmt, 3));
  g_set_str (&self->title, pre_column_text (stmt, 4));
  pre_activity_status_from_string (pre_column_text (stmt, 5), &status);
  self->status = status;
  self->cost = sqlite3_column_int64 (stmt, 6);
  g_set_str (&self->provider, pre_column_text (stmt, 7));
  self->participants = sqlite3_column_int (stmt, 8);
  self->duration_minutes = sqlite3_column_int (stmt, 9);
  g_set_str (&self->youth_code, pre_column_text (stmt, 10));
  g_set_str (&self->topic, pre_column_text (stmt, 11));
  g_set_str (&self->notes, pre_column_text (stmt, 12));
  g_set_str (&self->territory_name, pre_column_text (stmt, 13));
  pre_mission_kind_from_string (pre_column_text (stmt, 14), &kind);
  self->mission_kind = kind;
  return self;
}

gboolean
pre_activity_check_refs (PreStore        *store,
                         gint64           mission_id,
                         gint64           territory_id,
                         const char      *date,
                         PreMissionKind  *kind,
                         GError         **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  gboolean exists;
  int first_year, last_year, year;

  stmt = pre_store_prepare (store,
                            "SELECT m.kind, c.first_year, c.last_year FROM mission m"
                            " JOIN convention c ON c.id = m.convention_id WHERE m.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mission_id);
  if (!pre_store_step_exists (store, stmt, &exists, error))
    return FALSE;
  if (!exists)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "mission-id",
                                _("The mission chosen does not exist any more."));
      return FALSE;
    }
  *kind = PRE_MISSION_COORDINATION;
  pre_mission_kind_from_string (pre_column_text (stmt, 0), kind);
  first_year = sqlite3_column_int (stmt, 1);
  last_year = sqlite3_column_int (stmt, 2);
  year = pre_date_year (date);
  if (year < first_year || year > last_year)
    {
      g_autofree char *shown = pre_date_format_short (date);

      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "date",
                                _("The date %s is outside the convention’s years (%d–%d)."),
                                shown, first_year, last_year);
      return FALSE;
    }

  return territory_id <= 0
         || pre_store_check_reference (store, "territory", territory_id, "territory-id",
                                       _("The territory chosen does not exist any more."), error);
}

/* Everything that save checks, without writing. */
static gboolean
check_activity (PreStore     *store,
                PreActivity  *activity,
                GError      **error)
{
  g_autofree char *code = NULL;
  PreMissionKind kind;

  if (!pre_activity_validate (activity, error))
    return FALSE;
  if (!pre_activity_check_refs (store, activity->mission_id, activity->territory_id,
                                activity->date, &kind, error))
    return FALSE;

  code = normalize_youth_code (activity->youth_code);
  if (code != NULL && kind != PRE_MISSION_PSYCHOLOGY)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "youth-code",
                                _("A youth code can only be recorded for a psychological "
                                  "support session."));
      return FALSE;
    }

  for (guint i = 0; i < activity->partner_ids->len; i++)
    if (!pre_store_check_reference (store, "partner",
                                    g_array_index (activity->partner_ids, gint64, i),
                                    "partner-ids",
                                    _("One of the partners chosen for the session does not "
                                      "exist any more."),
                                    error))
      return FALSE;
  for (guint i = 0; i < activity->part_territories->len; i++)
    if (!pre_store_check_reference (store, "territory",
                                    g_array_index (activity->part_territories, gint64, i),
                                    "participation",
                                    _("One of the territories of the participation lines "
                                      "does not exist any more."),
                                    error))
      return FALSE;

  return TRUE;
}

gboolean
pre_store_check_activity (PreStore     *store,
                          PreActivity  *activity,
                          GError      **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_activity (store, activity, error);
}

/* Writes without a transaction of its own; gives the row's id. */
static gboolean
write_activity (PreStore     *store,
                PreActivity  *activity,
                gboolean      insert,
                gint64       *out_id,
                GError      **error)
{
  g_autoptr(PreStmt) stmt = NULL;
  g_autofree char *code = NULL;
  gint64 id;

  if (!check_activity (store, activity, error))
    return FALSE;
  code = normalize_youth_code (activity->youth_code);

  /* A restored session keeps its id; a new one gets the next. */
  if (insert)
    stmt = pre_store_prepare (store,
                              "INSERT INTO activity (mission_id, territory_id, date, title, status,"
                              " cost, provider, participants, duration_minutes, youth_code, topic,"
                              " notes, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                              " ?13)",
                              error);
  else
    stmt = pre_store_prepare (store,
                              "UPDATE activity SET mission_id = ?1, territory_id = ?2, date = ?3,"
                              " title = ?4, status = ?5, cost = ?6, provider = ?7,"
                              " participants = ?8, duration_minutes = ?9, youth_code = ?10,"
                              " topic = ?11, notes = ?12 WHERE id = ?13",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, activity->mission_id);
  pre_bind_id (stmt, 2, activity->territory_id);
  pre_bind_text (stmt, 3, activity->date);
  pre_bind_text (stmt, 4, activity->title);
  pre_bind_text (stmt, 5, pre_activity_status_to_string (activity->status));
  sqlite3_bind_int64 (stmt, 6, activity->cost);
  pre_bind_text (stmt, 7, activity->provider);
  if (activity->participants >= 0)
    sqlite3_bind_int (stmt, 8, activity->participants);
  if (activity->duration_minutes >= 0)
    sqlite3_bind_int (stmt, 9, activity->duration_minutes);
  pre_bind_text (stmt, 10, code);
  pre_bind_text (stmt, 11, activity->topic);
  pre_bind_text (stmt, 12, activity->notes);
  pre_bind_id (stmt, 13, activity->id);
  if (!pre_store_step_save (store, stmt, insert ? 0 : activity->id, &id, error,
                            _("The session no longer exists.")))
    return FALSE;

  if (!pre_store_exec_for_id (store, "DELETE FROM activity_partner WHERE activity_id = ?1",
                              id, error)
      || !pre_store_exec_for_id (store, "DELETE FROM activity_participation WHERE activity_id = ?1",
                                 id, error))
    return FALSE;

  for (guint i = 0; i < activity->partner_ids->len; i++)
    {
      g_autoptr(PreStmt) ins = NULL;

      ins = pre_store_prepare (store,
                               "INSERT INTO activity_partner (activity_id, partner_id)"
                               " VALUES (?1, ?2)",
                               error);
      if (ins == NULL)
        return FALSE;
      sqlite3_bind_int64 (ins, 1, id);
      sqlite3_bind_int64 (ins, 2, g_array_index (activity->partner_ids, gint64, i));
      if (!pre_store_step_done (store, ins, error))
        return FALSE;
    }
  for (guint i = 0; i < activity->part_territories->len; i++)
    {
      g_autoptr(PreStmt) ins = NULL;

      ins = pre_store_prepare (store,
                               "INSERT INTO activity_participation"
                               " (activity_id, territory_id, participants) VALUES (?1, ?2, ?3)",
                               error);
      if (ins == NULL)
        return FALSE;
      sqlite3_bind_int64 (ins, 1, id);
      sqlite3_bind_int64 (ins, 2, g_array_index (activity->part_territories, gint64, i));
      sqlite3_bind_int (ins, 3, g_array_index (activity->part_counts, int, i));
      if (!pre_store_step_done (store, ins, error))
        return FALSE;
    }

  pre_store_touch (store, "activity");
  if (activity->partner_ids->len > 0)
    pre_store_touch (store, "activity_partner");
  if (activity->part_territories->len > 0)
    pre_store_touch (store, "activity_participation");

  *out_id = id;
  return TRUE;
}

static void
set_saved (PreActivity *activity,
           gint64       id)
{
  g_autofree char *code = normalize_youth_code (activity->youth_code);

  pre_activity_set_youth_code (activity, code);
  if (activity->id != id)
    {
      activity->id = id;
      g_object_notify_by_pspec (G_OBJECT (activity), properties[PROP_ID]);
    }
}

gboolean
pre_store_save_activity (PreStore     *store,
                         PreActivity  *activity,
                         GError      **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_activity_validate (activity, error))
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_activity (store, activity, activity->id == 0, &id, error);
  if (!pre_store_finish_write (store, ok, NULL, error))
    return FALSE;

  set_saved (activity, id);
  return TRUE;
}

static gboolean
load_links (PreStore     *store,
            PreActivity  *activity,
            GError      **error)
{
  g_autoptr(PreStmt) partners = NULL;
  g_autoptr(PreStmt) parts = NULL;
  g_autoptr(GError) local_error = NULL;

  partners = pre_store_prepare (store,
                                "SELECT partner_id FROM activity_partner WHERE activity_id = ?1"
                                " ORDER BY partner_id",
                                error);
  if (partners == NULL)
    return FALSE;
  sqlite3_bind_int64 (partners, 1, activity->id);
  while (pre_store_step_row (store, partners, &local_error))
    {
      gint64 id = sqlite3_column_int64 (partners, 0);
      g_array_append_val (activity->partner_ids, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  parts = pre_store_prepare (store,
                             "SELECT territory_id, participants FROM activity_participation"
                             " WHERE activity_id = ?1 ORDER BY territory_id",
                             error);
  if (parts == NULL)
    return FALSE;
  sqlite3_bind_int64 (parts, 1, activity->id);
  while (pre_store_step_row (store, parts, &local_error))
    {
      gint64 id = sqlite3_column_int64 (parts, 0);
      int n = sqlite3_column_int (parts, 1);

      g_array_append_val (activity->part_territories, id);
      g_array_append_val (activity->part_counts, n);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

PreActivity *
pre_store_get_activity (PreStore  *store,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(PreActivity) activity = NULL;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  activity = pre_store_get_by_id (store,
                                  "SELECT " PRE_ACTIVITY_COLUMNS PRE_ACTIVITY_FROM " WHERE a.id = ?1",
                                  id, (PreRowFunc)pre_activity_new_from_stmt,
                                  _("The session no longer exists."), error);
  if (activity == NULL || !load_links (store, activity, error))
    return NULL;
  return g_steal_pointer (&activity);
}

gboolean
pre_store_delete_activity (PreStore  *store,
                           gint64     id,
                           GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return pre_store_delete_by_id (store, "activity", id, _("The session no longer exists."),
                                 NULL, NULL, error);
}

gboolean
pre_store_restore_activity (PreStore     *store,
                            PreActivity  *activity,
                            GError      **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pre_store_begin (store, error))
    return FALSE;
  ok = write_activity (store, activity, TRUE, &id, error);
  if (!pre_store_finish_write (store, ok, NULL, error))
    return FALSE;

  set_saved (activity, id);
  return TRUE;
}

/* A planned, unsaved copy of @activity (links included) on @date. */
static PreActivity *
copy_activity (PreActivity *activity,
               const char  *date)
{
  PreActivity *copy = pre_activity_new ();

  copy->mission_id = activity->mission_id;
  copy->territory_id = activity->territory_id;
  g_set_str (&copy->date, date);
  g_set_str (&copy->title, activity->title);
  copy->status = PRE_ACTIVITY_PLANNED;
  copy->cost = activity->cost;
  g_set_str (&copy->provider, activity->provider);
  copy->participants = activity->participants;
  copy->duration_minutes = activity->duration_minutes;
  g_set_str (&copy->youth_code, activity->youth_code);
  g_set_str (&copy->topic, activity->topic);
  g_set_str (&copy->notes, activity->notes);
  g_array_append_vals (copy->partner_ids, activity->partner_ids->data,
                       activity->partner_ids->len);
  g_array_append_vals (copy->part_territories, activity->part_territories->data,
                       activity->part_territories->len);
  g_array_append_vals (copy->part_counts, activity->part_counts->data,
                       activity->part_counts->len);
  g_set_str (&copy->territory_name, activity->territory_name);
  copy->mission_kind = activity->mission_kind;
  return copy;
}

PreActivity *
pre_store_duplicate_activity (PreStore    *store,
                              gint64       id,
                              const char  *new_date,
                              GError     **error)
{
  g_autoptr(PreActivity) original = NULL;
  g_autoptr(PreActivity) copy = NULL;
  gint64 new_id = 0;
  gboolean ok;

  g_return_val_if_fail (PRE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  original = pre_store_get_activity (store, id, error);
  if (original == NULL)
    return NULL;
  copy = copy_activity (original, new_date);

  if (!pre_store_begin (store, error))
    return NULL;
  ok = write_activity (store, copy, TRUE, &new_id, error);
  if (!pre_store_finish_write (store, ok, NULL, error))
    return NULL;

  set_saved (copy, new_id);
  return g_steal_pointer (&copy);
}

char **
pre_activity_series_dates (const char    *from_iso,
                           const char    *to_iso,
                           guint          every_n_weeks,
                           GDateWeekday   weekday,
                           GError       **error)
{
  g_autoptr(GStrvBuilder) dates = NULL;
  GDate day, last;

  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pre_date_is_valid_iso (from_iso))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "date",
                                _("The first day of the series “%s” is not a valid date."),
                                from_iso != NULL ? from_iso : "");
      return NULL;
    }
  if (!pre_date_is_valid_iso (to_iso))
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_INVALID, "until",
                                _("The last day of the series “%s” is not a valid date."),
                                to_iso != NULL ? to_iso : "");
      return NULL;
    }
  if (strcmp (from_iso, to_iso) > 0)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "until",
                                _("The series ends before it starts."));
      return NULL;
    }
  if (every_n_weeks == 0 || every_n_weeks > 52)
    {
      pre_set_validation_error (error, PRE_VALIDATION_ERROR_OUT_OF_RANGE, "every-n-weeks",
                                _("The sessions of a series are between one and 52 weeks "
                                  "apart."));
      return NULL;
    }

  g_date_clear (&day, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&day, g_ascii_strtoull (from_iso + 8, NULL, 10),
                  g_ascii_strtoull (from_iso + 5, NULL, 10),
                  g_ascii_strtoull (from_iso, NULL, 10));
  g_date_set_dmy (&last, g_ascii_strtoull (to_iso + 8, NULL, 10),
                  g_ascii_strtoull (to_iso + 5, NULL, 10),
                  g_ascii_strtoull (to_iso, NULL, 10));
  g_date_add_days (&day, (weekday - g_date_get_weekday (&day) + 7) % 7);

  dates = g_strv_builder_new ();
  for (; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 7 * every_n_weeks))
    g_strv_builder_take (dates, g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day),
                                                 g_date_get_month (&day),
                                                 g_date_get_day (&day)));
  return g_strv_builder_end (dates);
}

gboolean
pre_store_plan_series (PreStore     *store,
                       PreActivity  *template,
                       const char   *from_iso,
                       const char   *to_iso,
                       guint         every_n_weeks,
                       GDateWeekday  weekday,
                       guint        *n_created,
                       GError      **error)
{
  g_auto(GStrv) dates = NULL;
  guint n = 0;

  g_return_val_if_fail (PRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRE_IS_ACTIVITY (template), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (weekday), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_created != NULL)
    *n_created = 0;

  dates = pre_activity_series_dates (from_iso, to_iso, every_n_weeks, weekday, error);
  if (dates == NULL)
    return FALSE;

  if (!pre_store_begin (store, error))
    return FALSE;
  for (; dates[n] != NULL; n++)
    {
      g_autoptr(PreActivity) copy = copy_activity (template, dates[n]);
      gint64 id;

      if (!write_activity (store, copy, TRUE, &id, error))
        {
          pre_store_rollback (store);
          return FALSE;
        }
    }
  if (!pre_store_commit (store, error))
    return FALSE;

  if (n_created != NULL)
    *n_created = n;
  return TRUE;
}
