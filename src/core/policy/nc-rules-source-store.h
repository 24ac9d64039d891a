/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source-store.h — rules from the local store (home mode) */
#pragma once

#include "nc-rules-source.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_RULES_SOURCE_STORE (nc_rules_source_store_get_type ())
G_DECLARE_FINAL_TYPE (NcRulesSourceStore, nc_rules_source_store, NC, RULES_SOURCE_STORE, GObject)

/* "changed" follows the store's changes to profiles, lists and settings. */
NcRulesSource *nc_rules_source_store_new (NcStore *store);

/* The seconds @profile_id may use on @day: its daily limit plus the
 * parent's extension; -1 for no limit, 0 when the profile is gone (fail
 * closed). Shared with the family service's whole-session time. */
int            nc_rules_source_store_limit_for_day (NcStore    *store,
                                                    gint64      profile_id,
                                                    const char *day);

G_END_DECLS
