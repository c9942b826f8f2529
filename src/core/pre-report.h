/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pre-store.h"

G_BEGIN_DECLS

/* A4 in points, and the margins of the annual report. */
#define PRE_REPORT_A4_WIDTH  595.2756
#define PRE_REPORT_A4_HEIGHT 841.8898
#define PRE_REPORT_MARGIN    56.6929

/**
 * PreReportFlags:
 * @PRE_REPORT_FLAGS_NONE: every figure as it is
 * @PRE_REPORT_MASK_SMALL_COUNTS: counts of youths below
 *   %PRE_PRIVACY_MASK_THRESHOLD are printed "< 5"
 */
typedef enum
{
  PRE_REPORT_FLAGS_NONE        = 0,
  PRE_REPORT_MASK_SMALL_COUNTS = 1 << 0,
} PreReportFlags;

/**
 * pre_report_write_annual_pdf:
 * @store: the database
 * @convention_id: a convention, or 0 for the current one
 * @year: a year of the convention
 * @flags: options
 * @path: the PDF file to write (replaced; left as it was on failure)
 * @n_pages: (out) (optional): the pages written
 * @error: return location for a #GError
 *
 * Writes the annual report for the steering committee (comité de
 * pilotage): an A4 PDF with a cover (convention, year, partners), the
 * funding plan of the year with its balance, the calls for funds and
 * receipts per partner, budget against actual spending per mission,
 * spending per territory and mission, the activity of each mission per
 * territory (sessions held, missed, planned and cancelled; distinct youth
 * codes of the psychology mission), and the board séances of the year with
 * their deliberations and outcome. Real text, tables with rules, page
 * numbers, in the language of the interface.
 *
 * Returns: %TRUE on success
 */
gboolean pre_report_write_annual_pdf (PreStore        *store,
                                      gint64           convention_id,
                                      int              year,
                                      PreReportFlags   flags,
                                      const char      *path,
                                      guint           *n_pages,
                                      GError         **error);

G_END_DECLS
