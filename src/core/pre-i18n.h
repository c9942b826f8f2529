/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * pre_i18n_init:
 *
 * Sets the locale from the environment and binds the gettext domain, for the
 * executables' main(). The translations come from the installed LOCALEDIR,
 * or from `$PRE_LOCALEDIR` when set: `meson devenv` (and so
 * `build-aux/dev run`) points it at the build folder, so that an uninstalled
 * build speaks French under LANG=fr_FR.UTF-8.
 */
void pre_i18n_init (void);

G_END_DECLS
