/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PreStoreError:
 * @PRE_STORE_ERROR_FAILED: an unexpected SQLite failure (disk full, I/O…)
 * @PRE_STORE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @PRE_STORE_ERROR_CORRUPT: the file is damaged (quick_check failed)
 * @PRE_STORE_ERROR_TOO_NEW: the file was written by a newer version of the app
 * @PRE_STORE_ERROR_FOREIGN: the file belongs to another program
 * @PRE_STORE_ERROR_CONSTRAINT: a database constraint refused the change
 * @PRE_STORE_ERROR_NOT_FOUND: the record does not exist (any more)
 * @PRE_STORE_ERROR_IN_USE: the record is still used elsewhere and cannot be deleted
 * @PRE_STORE_ERROR_BUSY: another program holds the database
 *
 * Errors about the database file and its records.
 */
typedef enum
{
  PRE_STORE_ERROR_FAILED,
  PRE_STORE_ERROR_NOT_A_DATABASE,
  PRE_STORE_ERROR_CORRUPT,
  PRE_STORE_ERROR_TOO_NEW,
  PRE_STORE_ERROR_FOREIGN,
  PRE_STORE_ERROR_CONSTRAINT,
  PRE_STORE_ERROR_NOT_FOUND,
  PRE_STORE_ERROR_IN_USE,
  PRE_STORE_ERROR_BUSY,
} PreStoreError;

#define PRE_STORE_ERROR (pre_store_error_quark ())
GQuark pre_store_error_quark (void);

/**
 * PreValidationError:
 * @PRE_VALIDATION_ERROR_REQUIRED: a field that must be filled is empty
 * @PRE_VALIDATION_ERROR_INVALID: a field's text cannot be understood
 * @PRE_VALIDATION_ERROR_OUT_OF_RANGE: a value outside what is allowed
 * @PRE_VALIDATION_ERROR_CONFLICT: the value breaks a rule with another record
 *
 * Errors about what the user typed. The message is a full translated sentence
 * that names the field; pre_validation_error_get_field() gives the field's
 * machine name (the property name, e.g. "annual-cost") so that a form can show
 * the message beside it.
 */
typedef enum
{
  PRE_VALIDATION_ERROR_REQUIRED,
  PRE_VALIDATION_ERROR_INVALID,
  PRE_VALIDATION_ERROR_OUT_OF_RANGE,
  PRE_VALIDATION_ERROR_CONFLICT,
} PreValidationError;

#define PRE_VALIDATION_ERROR (pre_validation_error_quark ())
GQuark pre_validation_error_quark (void);

void        pre_set_validation_error       (GError            **error,
                                            PreValidationError  code,
                                            const char         *field,
                                            const char         *format,
                                            ...) G_GNUC_PRINTF (4, 5);
const char *pre_validation_error_get_field (const GError       *error);

G_END_DECLS
