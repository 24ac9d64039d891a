/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-settings-json.h — all the settings as one JSON file (export, import) */
#pragma once

#include "nc-store.h"

G_BEGIN_DECLS

/* What an import takes at most: the text's size, and how deep its arrays
 * and objects nest (the format itself nests 3 deep). */
#define NC_SETTINGS_MAX_BYTES (16 * 1024 * 1024)
#define NC_SETTINGS_MAX_DEPTH 8

char     *nc_settings_export               (NcStore         *store,
                                            gboolean         with_pin,
                                            GError         **error);
gboolean  nc_settings_import               (NcStore         *store,
                                            const char      *data,
                                            gssize           length,
                                            GError         **error);

G_END_DECLS
