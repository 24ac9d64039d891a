/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-editor.h — the parents' changes to the rules, wherever they live
 *
 * One interface, two implementations, chosen once (nc_rules_editor_choose()
 * in nc-rules-editor-family.h), as NcRulesSource is:
 *   - NcRulesEditorStore: the local NcStore (home mode), exactly today's
 *     writes;
 *   - NcRulesEditorFamily: the family service's parents' methods on the
 *     connection the parents' PIN gate unlocked (UnlockWithPin), or that
 *     polkit authorises (family mode; docs/family-mode.md).
 * The parents' area calls this API only, and asks get_features() what the
 * editor can do, rather than asking which mode it is in.
 *
 * Every change is whole or not at all. On failure @error says why in the
 * user's language: NC_STORE_ERROR from the store (NC_STORE_ERROR_LOCKED:
 * set by the administrator), NC_RULES_EDITOR_ERROR from the service; the
 * caller shows it and reads the real values again. "changed" (with the
 * store's words: "profiles", "lists", "pin", "settings", …) says what may
 * differ now, whoever changed it.
 */
#pragma once

#include <gio/gio.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_RULES_EDITOR_ERROR (nc_rules_editor_error_quark ())
GQuark nc_rules_editor_error_quark (void);

typedef enum {
  NC_RULES_EDITOR_ERROR_NOT_AUTHORIZED,  /* polkit said no and no PIN unlocked this connection */
  NC_RULES_EDITOR_ERROR_UNAVAILABLE,     /* the family service is gone or does not answer */
  NC_RULES_EDITOR_ERROR_INVALID,         /* a value the service refuses */
  NC_RULES_EDITOR_ERROR_NOT_SUPPORTED,   /* not a change this editor can make */
  NC_RULES_EDITOR_ERROR_FAILED,
} NcRulesEditorError;

/* What an editor can change beyond the rules, lists and PIN, which every
 * editor changes. */
typedef enum {
  NC_RULES_EDITOR_RENAME         = 1 << 0,  /* a profile's name */
  NC_RULES_EDITOR_REMOVE_PROFILE = 1 << 1,
  NC_RULES_EDITOR_APP_SETTINGS   = 1 << 2,  /* the app's own: the PIN for an older child's profile */
  NC_RULES_EDITOR_IMPORT_LISTS   = 1 << 3,  /* imported category lists */
  NC_RULES_EDITOR_DATA           = 1 << 4,  /* backup, export, import, erase */
  NC_RULES_EDITOR_PIN_TRIES      = 1 << 5,  /* the count of wrong tries can be read */
  NC_RULES_EDITOR_LANGUAGE       = 1 << 6,  /* the app's language for a profile (kept in this account) */
} NcRulesEditorFeatures;

#define NC_TYPE_RULES_EDITOR (nc_rules_editor_get_type ())
G_DECLARE_INTERFACE (NcRulesEditor, nc_rules_editor, NC, RULES_EDITOR, GObject)

struct _NcRulesEditorInterface {
  GTypeInterface parent_iface;

  NcRulesEditorFeatures (*get_features) (NcRulesEditor *self);
  GPtrArray *(*list_profiles)  (NcRulesEditor  *self,
                                GError        **error);
  gint64     (*add_profile)    (NcRulesEditor  *self,
                                const char     *name,
                                const char     *avatar,
                                NcAgeBand       age_band,
                                GError        **error);
  gboolean   (*update_profile) (NcRulesEditor   *self,
                                const NcProfile *profile,
                                GError         **error);
  gboolean   (*remove_profile) (NcRulesEditor  *self,
                                gint64          profile_id,
                                GError        **error);
  GStrv      (*list_hosts)     (NcRulesEditor  *self,
                                gint64          profile_id,
                                NcListKind      kind,
                                GError        **error);
  gboolean   (*change_host)    (NcRulesEditor  *self,
                                gint64          profile_id,
                                NcListKind      kind,
                                const char     *host,
                                gboolean        add,
                                GError        **error);
  gboolean   (*set_pin)        (NcRulesEditor  *self,
                                const char     *pin,
                                GError        **error);
  int        (*get_used_today) (NcRulesEditor  *self,
                                gint64          profile_id,
                                int            *extension_minutes);
};

NcRulesEditorFeatures nc_rules_editor_get_features (NcRulesEditor *self);
gboolean   nc_rules_editor_can           (NcRulesEditor         *self,
                                          NcRulesEditorFeatures  feature);

/* The profiles (NcProfile), in list order; NULL with @error. */
GPtrArray *nc_rules_editor_list_profiles (NcRulesEditor  *self,
                                          GError        **error);
/* A new profile with @age_band's defaults; its id, or 0 with @error. */
gint64     nc_rules_editor_add_profile   (NcRulesEditor  *self,
                                          const char     *name,
                                          const char     *avatar,
                                          NcAgeBand       age_band,
                                          GError        **error);
/* Saves every rule of @profile (found by its id). */
gboolean   nc_rules_editor_update_profile (NcRulesEditor   *self,
                                           const NcProfile *profile,
                                           GError         **error);
gboolean   nc_rules_editor_remove_profile (NcRulesEditor  *self,
                                           gint64          profile_id,
                                           GError        **error);
/* The parent's own list of @kind for @profile_id (NC_PROFILE_EVERYONE:
 * everyone's), without the administrator's; NULL with @error. */
GStrv      nc_rules_editor_list_hosts    (NcRulesEditor  *self,
                                          gint64          profile_id,
                                          NcListKind      kind,
                                          GError        **error);
/* @host must be normalised (nc_store_normalize_host()). */
gboolean   nc_rules_editor_add_host      (NcRulesEditor  *self,
                                          gint64          profile_id,
                                          NcListKind      kind,
                                          const char     *host,
                                          GError        **error);
gboolean   nc_rules_editor_remove_host   (NcRulesEditor  *self,
                                          gint64          profile_id,
                                          NcListKind      kind,
                                          const char     *host,
                                          GError        **error);
/* Sets or replaces the parent's PIN (nc_pin_validate()'s rules). */
gboolean   nc_rules_editor_set_pin       (NcRulesEditor  *self,
                                          const char     *pin,
                                          GError        **error);
/* Seconds of browsing used today by @profile_id (-1 when unknown) and the
 * minutes given on top today (NC_EXTENSION_NO_LIMIT, or 0 when none or
 * unknown). */
int        nc_rules_editor_get_used_today (NcRulesEditor *self,
                                           gint64         profile_id,
                                           int           *extension_minutes);

G_END_DECLS
