/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The domain's enumerations, their stored names (the CHECKed text of the
 * schema) and their translated labels. One place, shared by every module. */

typedef enum
{
  PRE_PARTNER_METROPOLE,
  PRE_PARTNER_CCAS,
  PRE_PARTNER_COMMUNE,
  PRE_PARTNER_OTHER,
} PrePartnerKind;

typedef enum
{
  PRE_MISSION_COORDINATION,
  PRE_MISSION_PSYCHOLOGY,
  PRE_MISSION_PROJECT,
  PRE_MISSION_TRAINING,
} PreMissionKind;

#define PRE_N_MISSION_KINDS 4

typedef enum
{
  PRE_ACTIVITY_PLANNED,
  PRE_ACTIVITY_HELD,
  PRE_ACTIVITY_MISSED,
  PRE_ACTIVITY_CANCELLED,
} PreActivityStatus;

typedef enum
{
  PRE_ATTENDANCE_PRESENT,
  PRE_ATTENDANCE_REPRESENTED,
  PRE_ATTENDANCE_EXCUSED,
  PRE_ATTENDANCE_ABSENT,
} PreAttendanceStatus;

typedef enum
{
  PRE_PRESIDENT_VOTE_UNKNOWN,
  PRE_PRESIDENT_VOTE_FOR,
  PRE_PRESIDENT_VOTE_AGAINST,
  PRE_PRESIDENT_VOTE_ABSTENTION,
} PrePresidentVote;

typedef enum
{
  PRE_PAYMENT_PLANNED,
  PRE_PAYMENT_CALLED,
  PRE_PAYMENT_PARTLY_RECEIVED,
  PRE_PAYMENT_RECEIVED,
  PRE_PAYMENT_LATE,
} PrePaymentStatus;

#define PRE_TYPE_PARTNER_KIND (pre_partner_kind_get_type ())
#define PRE_TYPE_MISSION_KIND (pre_mission_kind_get_type ())
#define PRE_TYPE_ACTIVITY_STATUS (pre_activity_status_get_type ())
#define PRE_TYPE_ATTENDANCE_STATUS (pre_attendance_status_get_type ())
#define PRE_TYPE_PRESIDENT_VOTE (pre_president_vote_get_type ())
#define PRE_TYPE_PAYMENT_STATUS (pre_payment_status_get_type ())

GType       pre_partner_kind_get_type        (void) G_GNUC_CONST;
GType       pre_mission_kind_get_type        (void) G_GNUC_CONST;
GType       pre_activity_status_get_type     (void) G_GNUC_CONST;
GType       pre_attendance_status_get_type   (void) G_GNUC_CONST;
GType       pre_president_vote_get_type      (void) G_GNUC_CONST;
GType       pre_payment_status_get_type      (void) G_GNUC_CONST;

/* Stored names ("metropole", "psychology", "held"…): never translated. The
 * from_string functions return FALSE for an unknown name. */
const char *pre_partner_kind_to_string       (PrePartnerKind       kind);
gboolean    pre_partner_kind_from_string     (const char          *text,
                                              PrePartnerKind      *kind);
const char *pre_mission_kind_to_string       (PreMissionKind       kind);
gboolean    pre_mission_kind_from_string     (const char          *text,
                                              PreMissionKind      *kind);
const char *pre_activity_status_to_string    (PreActivityStatus    status);
gboolean    pre_activity_status_from_string  (const char          *text,
                                              PreActivityStatus   *status);
const char *pre_attendance_status_to_string  (PreAttendanceStatus  status);
gboolean    pre_attendance_status_from_string (const char         *text,
                                              PreAttendanceStatus *status);
const char *pre_president_vote_to_string     (PrePresidentVote     vote);
gboolean    pre_president_vote_from_string   (const char          *text,
                                              PrePresidentVote    *vote);
const char *pre_payment_status_to_string     (PrePaymentStatus     status);

/* Translated labels for people ("Psychological support", "Held"…). */
const char *pre_partner_kind_get_label       (PrePartnerKind       kind);
const char *pre_mission_kind_get_label       (PreMissionKind       kind);
const char *pre_mission_kind_get_description (PreMissionKind       kind);
const char *pre_activity_status_get_label    (PreActivityStatus    status);
const char *pre_attendance_status_get_label  (PreAttendanceStatus  status);
const char *pre_president_vote_get_label     (PrePresidentVote     vote);
const char *pre_payment_status_get_label     (PrePaymentStatus     status);

G_END_DECLS
