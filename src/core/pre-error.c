/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pre-error.h"

G_DEFINE_QUARK (pre-store-error-quark, pre_store_error)

typedef struct
{
  char *field;
} PreValidationErrorPrivate;

static void
pre_validation_error_private_init (PreValidationErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
pre_validation_error_private_copy (const PreValidationErrorPrivate *src,
                                   PreValidationErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
pre_validation_error_private_clear (PreValidationErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

/* The field name travels with the error so that a form can show it in place. */
G_DEFINE_EXTENDED_ERROR (PreValidationError, pre_validation_error)

void
pre_set_validation_error (GError            **error,
                          PreValidationError  code,
                          const char         *field,
                          const char         *format,
                          ...)
{
  va_list args;
  GError *new_error;

  if (error == NULL)
    return;

  va_start (args, format);
  new_error = g_error_new_valist (PRE_VALIDATION_ERROR, code, format, args);
  va_end (args);

  if (field != NULL)
    {
      PreValidationErrorPrivate *priv = pre_validation_error_get_private (new_error);
      priv->field = g_strdup (field);
    }

  g_propagate_error (error, new_error);
}

const char *
pre_validation_error_get_field (const GError *error)
{
  PreValidationErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != PRE_VALIDATION_ERROR)
    return NULL;

  priv = pre_validation_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}
