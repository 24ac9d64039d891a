/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-browser-view.h — the Browse area: tabs, address bar, the child's
 * browser for one profile */
#pragma once

#include <adwaita.h>

#include "nc-browser-context.h"
#include "nc-rules-source.h"
#include "nc-store.h"
#include "nc-web-view.h"

G_BEGIN_DECLS

#define NC_TYPE_BROWSER_VIEW (nc_browser_view_get_type ())
G_DECLARE_FINAL_TYPE (NcBrowserView, nc_browser_view, NC, BROWSER_VIEW, GtkBox)

NcBrowserView    *nc_browser_view_new              (void);
void              nc_browser_view_set_context      (NcBrowserView    *self,
                                                    NcBrowserContext *context,
                                                    NcStore          *store,
                                                    gint64            profile_id);
void              nc_browser_view_set_rules_source (NcBrowserView    *self,
                                                    NcRulesSource    *source);
void              nc_browser_view_set_profile      (NcBrowserView    *self,
                                                    NcStore          *store,
                                                    gint64            profile_id);
NcBrowserContext *nc_browser_view_get_context      (NcBrowserView    *self);
gint64            nc_browser_view_get_profile      (NcBrowserView    *self);
NcWebView        *nc_browser_view_open_tab         (NcBrowserView    *self,
                                                    const char       *text);
NcWebView        *nc_browser_view_get_current      (NcBrowserView    *self);
guint             nc_browser_view_get_n_tabs       (NcBrowserView    *self);
gboolean          nc_browser_view_is_banner_shown  (NcBrowserView    *self);
guint             nc_browser_view_recheck_tabs     (NcBrowserView    *self);

gboolean       nc_browser_view_is_time_up      (NcBrowserView *self);
gboolean       nc_browser_view_extend_time     (NcBrowserView *self,
                                                int            minutes,
                                                GError       **error);

G_END_DECLS
