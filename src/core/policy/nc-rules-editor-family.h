/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-editor-family.h — the parents' changes through the family service
 *
 * Calls the service's parents' methods (SetRules, AddHost, RemoveHost,
 * AddProfile, SetPin; reads GetStatus, GetRules, ListHosts, GetReport) on
 * the connection of an NcRulesSourceFamily. The service authorises each
 * call: root, polkit's io.github.netconduct.Family.manage (or read-reports),
 * or that connection unlocked by the parent's PIN (the parents' PIN gate:
 * nc_rules_source_check_pin() with the purpose "parents", UnlockWithPin,
 * ten minutes). Its refusals become NC_RULES_EDITOR_ERROR with a message
 * for a parent. "changed" follows the source's (the service's RulesChanged)
 * and is emitted at once after each change made here.
 */
#pragma once

#include "nc-rules-editor.h"
#include "nc-rules-source.h"

G_BEGIN_DECLS

#define NC_TYPE_RULES_EDITOR_FAMILY (nc_rules_editor_family_get_type ())
G_DECLARE_FINAL_TYPE (NcRulesEditorFamily, nc_rules_editor_family, NC, RULES_EDITOR_FAMILY, GObject)

/* @source must be an NcRulesSourceFamily. */
NcRulesEditor *nc_rules_editor_family_new (NcRulesSource *source);

/* SetRules's arguments, a floating "(sa{sv})": every rule of @profile for
 * the profile the service calls @service_name (@profile's own name, when
 * it differs, renames it), in one call. Also what `netconductctl family
 * enable` sends for a profile it moves. */
GVariant      *nc_rules_editor_family_set_rules_args (const NcProfile *profile,
                                                     const char      *service_name);

/* Chosen once, with the rules source: the family service's editor when
 * @source is the family's, else @store's (home mode). */
NcRulesEditor *nc_rules_editor_choose     (NcRulesSource *source,
                                           NcStore       *store);

G_END_DECLS
