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

G_END_DECLS
