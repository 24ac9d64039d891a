/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-language.h — switching the interface language while running */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        nc_language_init        (void);
void        nc_language_apply       (const char *code);
const char *nc_language_get_current (void);

G_END_DECLS
