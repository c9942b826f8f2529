/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pre-enums.h"

typedef struct
{
  const char *name;     /* stored in the database */
  const char *label;    /* N_() marked, translated on use */
} EnumName;

static const EnumName partner_kinds[] = {
  [PRE_PARTNER_METROPOLE] = { "metropole", N_("Métropole") },
  [PRE_PARTNER_CCAS] = { "ccas", N_("CCAS") },
  [PRE_PARTNER_COMMUNE] = { "commune", N_("Town") },
  [PRE_PARTNER_OTHER] = { "other", N_("Other") },
};

static const EnumName mission_kinds[] = {
  [PRE_MISSION_COORDINATION] = { "coordination", N_("Coordination") },
  [PRE_MISSION_PSYCHOLOGY] = { "psychology", N_("Psychological support") },
  [PRE_MISSION_PROJECT] = { "project", N_("Projects") },
  [PRE_MISSION_TRAINING] = { "training", N_("Training") },
};

static const char * const mission_descriptions[] = {
  [PRE_MISSION_COORDINATION] = N_("Exchange meetings between the partners’ PRE teams"),
  [PRE_MISSION_PSYCHOLOGY] = N_("Funded psychologist sessions for the youths followed"),
  [PRE_MISSION_PROJECT] = N_("Coordinated actions for children, youths and their families"),
  [PRE_MISSION_TRAINING] = N_("Training and practice analysis for the teams"),
};

static const EnumName activity_statuses[] = {
  [PRE_ACTIVITY_PLANNED] = { "planned", N_("Planned") },
  [PRE_ACTIVITY_HELD] = { "held", N_("Held") },
  [PRE_ACTIVITY_MISSED] = { "missed", N_("Missed") },
  [PRE_ACTIVITY_CANCELLED] = { "cancelled", N_("Cancelled") },
};

static const EnumName attendance_statuses[] = {
  [PRE_ATTENDANCE_PRESENT] = { "present", N_("Present") },
  [PRE_ATTENDANCE_REPRESENTED] = { "represented", N_("Represented") },
  [PRE_ATTENDANCE_EXCUSED] = { "excused", N_("Excused") },
  [PRE_ATTENDANCE_ABSENT] = { "absent", N_("Absent") },
};

static const EnumName president_votes[] = {
  [PRE_PRESIDENT_VOTE_UNKNOWN] = { NULL, NULL },
  [PRE_PRESIDENT_VOTE_FOR] = { "for", N_("For") },
  [PRE_PRESIDENT_VOTE_AGAINST] = { "against", N_("Against") },
  [PRE_PRESIDENT_VOTE_ABSTENTION] = { "abstention", N_("Abstention") },
};

static const EnumName payment_statuses[] = {
  [PRE_PAYMENT_PLANNED] = { "planned", N_("Planned") },
  [PRE_PAYMENT_CALLED] = { "called", N_("Called") },
  [PRE_PAYMENT_PARTLY_RECEIVED] = { "partly-received", N_("Partly received") },
  [PRE_PAYMENT_RECEIVED] = { "received", N_("Received") },
  [PRE_PAYMENT_LATE] = { "late", N_("Late") },
};

static gboolean
lookup (const EnumName *names,
        guint           n_names,
        const char     *text,
        int            *value)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i].name != NULL && strcmp (names[i].name, text) == 0)
        {
          *value = (int)i;
          return TRUE;
        }
    }
  return FALSE;
}

#define DEFINE_ENUM(Prefix, prefix, TypeName, names)                                   \
  const char *                                                                          \
  prefix##_to_string (TypeName value)                                                   \
  {                                                                                     \
    g_return_val_if_fail ((guint)value < G_N_ELEMENTS (names), NULL);                   \
    return names[value].name;                                                           \
  }                                                                                     \
                                                                                        \
  const char *                                                                          \
  prefix##_get_label (TypeName value)                                                   \
  {                                                                                     \
    g_return_val_if_fail ((guint)value < G_N_ELEMENTS (names), NULL);                   \
    return names[value].label != NULL ? _(names[value].label) : "";                     \
  }                                                                                     \
                                                                                        \
  GType                                                                                 \
  prefix##_get_type (void)                                                              \
  {                                                                                     \
    static GType type = 0;                                                              \
    if (g_once_init_enter_pointer (&type))                                              \
      {                                                                                 \
        static GEnumValue values[G_N_ELEMENTS (names) + 1];                             \
        for (guint i = 0; i < G_N_ELEMENTS (names); i++)                                \
          {                                                                             \
            values[i].value = (int)i;                                                   \
            values[i].value_name = names[i].name != NULL ? names[i].name : "unknown";   \
            values[i].value_nick = values[i].value_name;                                \
          }                                                                             \
        g_once_init_leave_pointer (&type, g_enum_register_static (Prefix, values));     \
      }                                                                                 \
    return type;                                                                        \
  }

#define DEFINE_FROM_STRING(prefix, TypeName, names)                                     \
  gboolean                                                                              \
  prefix##_from_string (const char *text,                                               \
                        TypeName   *value)                                              \
  {                                                                                     \
    int found;                                                                          \
    if (!lookup (names, G_N_ELEMENTS (names), text, &found))                            \
      return FALSE;                                                                     \
    *value = (TypeName)found;                                                           \
    return TRUE;                                                                        \
  }

DEFINE_ENUM ("PrePartnerKind", pre_partner_kind, PrePartnerKind, partner_kinds)
DEFINE_FROM_STRING (pre_partner_kind, PrePartnerKind, partner_kinds)
DEFINE_ENUM ("PreMissionKind", pre_mission_kind, PreMissionKind, mission_kinds)
DEFINE_FROM_STRING (pre_mission_kind, PreMissionKind, mission_kinds)
DEFINE_ENUM ("PreActivityStatus", pre_activity_status, PreActivityStatus, activity_statuses)
DEFINE_FROM_STRING (pre_activity_status, PreActivityStatus, activity_statuses)
DEFINE_ENUM ("PreAttendanceStatus", pre_attendance_status, PreAttendanceStatus, attendance_statuses)
DEFINE_FROM_STRING (pre_attendance_status, PreAttendanceStatus, attendance_statuses)
DEFINE_ENUM ("PrePresidentVote", pre_president_vote, PrePresidentVote, president_votes)
DEFINE_FROM_STRING (pre_president_vote, PrePresidentVote, president_votes)
DEFINE_ENUM ("PrePaymentStatus", pre_payment_status, PrePaymentStatus, payment_statuses)

const char *
pre_mission_kind_get_description (PreMissionKind kind)
{
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (mission_descriptions), NULL);

  return _(mission_descriptions[kind]);
}
