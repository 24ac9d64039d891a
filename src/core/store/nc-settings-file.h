/* nc-settings-file.h — all the settings as one JSON file, and list files */
#pragma once

#include "nc-domain-set.h"
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
gint64    nc_settings_import_category_list (NcStore         *store,
                                            const char      *file,
                                            NcSiteCategory   category,
                                            const char      *name,
                                            GError         **error);
gint64    nc_settings_import_category_list_full (NcStore           *store,
                                                 const char        *file,
                                                 NcSiteCategory     category,
                                                 const char        *name,
                                                 NcDomainListStats *stats,
                                                 gsize             *n_domains,
                                                 GError           **error);

G_END_DECLS
