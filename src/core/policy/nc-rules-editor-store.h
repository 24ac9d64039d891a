/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-editor-store.h — the parents' changes in the local store (home mode) */
#pragma once

#include "nc-rules-editor.h"

G_BEGIN_DECLS

#define NC_TYPE_RULES_EDITOR_STORE (nc_rules_editor_store_get_type ())
G_DECLARE_FINAL_TYPE (NcRulesEditorStore, nc_rules_editor_store, NC, RULES_EDITOR_STORE, GObject)

/* Writes to @store, as the parents' area always has; "changed" follows the
 * store's "changed". Every feature. */
NcRulesEditor *nc_rules_editor_store_new (NcStore *store);

G_END_DECLS
