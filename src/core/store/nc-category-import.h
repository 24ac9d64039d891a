/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-category-import.h — a category list file, compiled and recorded in
 * the store (see nc-category-import.c) */
#pragma once

#include "nc-domain-set.h"
#include "nc-store.h"

G_BEGIN_DECLS

gint64    nc_category_import_file      (NcStore           *store,
                                        const char        *file,
                                        NcSiteCategory     category,
                                        const char        *name,
                                        GError           **error);
gint64    nc_category_import_file_full (NcStore           *store,
                                        const char        *file,
                                        NcSiteCategory     category,
                                        const char        *name,
                                        NcDomainListStats *stats,
                                        gsize             *n_domains,
                                        GError           **error);

GBytes   *nc_category_compile          (GBytes            *data,
                                        NcSiteCategory     category,
                                        NcDomainListStats *stats,
                                        GError           **error);
gint64    nc_category_import_compiled  (NcStore           *store,
                                        GBytes            *compiled,
                                        NcSiteCategory     category,
                                        const char        *name,
                                        const char        *source,
                                        gsize             *n_domains,
                                        GError           **error);

G_END_DECLS
