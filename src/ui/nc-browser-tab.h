/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-browser-tab.h — one tab of the child's browser: the web view, and
 * above it, outside the page, the reminder banner for social sites */
#pragma once

#include <gtk/gtk.h>

#include "nc-web-view.h"

G_BEGIN_DECLS

#define NC_TYPE_BROWSER_TAB (nc_browser_tab_get_type ())
G_DECLARE_FINAL_TYPE (NcBrowserTab, nc_browser_tab, NC, BROWSER_TAB, GtkBox)

NcBrowserTab *nc_browser_tab_new              (NcWebView    *view);
NcWebView    *nc_browser_tab_get_web_view     (NcBrowserTab *self);
void          nc_browser_tab_show_banner      (NcBrowserTab *self);
void          nc_browser_tab_hide_banner      (NcBrowserTab *self);
gboolean      nc_browser_tab_is_banner_shown  (NcBrowserTab *self);

G_END_DECLS
