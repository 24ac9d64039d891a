/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-web.h — drives a real NcWebView in tests, the probe and the
 * benchmark: run until loaded, evaluate JavaScript in the page's world or
 * the guard's, and type text with real input events (an input method that
 * commits text, as a keyboard's input method does). */
#pragma once

#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-test-http-server.h"
#include "nc-web-view.h"

G_BEGIN_DECLS

#define NC_TEST_TYPE_INPUT_METHOD (nc_test_input_method_get_type ())
G_DECLARE_FINAL_TYPE (NcTestInputMethod, nc_test_input_method, NC_TEST, INPUT_METHOD,
                      WebKitInputMethodContext)

void       nc_test_web_route_through_proxy (WebKitNetworkSession *session,
                                            const char           *proxy_uri);
NcBrowserContext *
           nc_test_web_context_new         (NcAgeBand             band,
                                            const char           *proxy_uri,
                                            gboolean              guarded);
void       nc_test_web_wait_loaded         (WebKitWebView        *view);
gboolean   nc_test_web_load_and_wait       (WebKitWebView        *view,
                                            const char           *uri);
JSCValue  *nc_test_web_eval                (WebKitWebView        *view,
                                            const char           *world,
                                            const char           *script,
                                            GError              **error);
gboolean   nc_test_web_eval_bool           (WebKitWebView        *view,
                                            const char           *world,
                                            const char           *script);
char      *nc_test_web_eval_string         (WebKitWebView        *view,
                                            const char           *world,
                                            const char           *script);
gboolean   nc_test_web_wait_for            (WebKitWebView        *view,
                                            const char           *world,
                                            const char           *condition,
                                            guint                 max_seconds);
void       nc_test_web_spin                (guint                 ms);
void       nc_test_web_type                (WebKitWebView        *view,
                                            const char           *text);

/* A profile's default rules for @band, with every hour of every day
 * allowed: browser tests and tools must not depend on the time of day they
 * run at (the schedule itself is tested in test-site-policy). */
void nc_test_web_use_built_extension (void);
void nc_test_web_log_activity (NcBrowserContext *context,
                               GPtrArray        *log);
gboolean nc_test_web_activity_has (GPtrArray  *log,
                                   const char *entry);
void nc_test_web_go (NcWebView  *view,
                     const char *text);
GtkWidget *nc_test_web_window_new (NcWebView *view);
/* What each browser test sets up: a loopback server (the test adds its
 * pages), a child's browser routed to it, one view in a window, and the
 * activity log ("host|ref|outcome"). */
typedef struct {
  NcTestHttpServer *server;
  NcBrowserContext *context;
  GtkWidget        *window;
  NcWebView        *view;
  GPtrArray        *activity;
} NcTestWebFixture;

void nc_test_web_open (NcTestWebFixture *fixture,
                       NcAgeBand         band,
                       gboolean          guarded);
void nc_test_web_close (NcTestWebFixture *fixture);
/* nc_test_web_close() as a g_test_add() tear-down. */
void nc_test_web_tear_down (NcTestWebFixture *fixture,
                            gconstpointer     data);
/* The fixture's view, as WebKit sees it. */
WebKitWebView *nc_test_web_view (NcTestWebFixture *fixture);
/* nc_test_web_go() in the fixture's view: loads what the child typed and
 * waits for the page it ends on (internal pages included). */
void nc_test_web_visit (NcTestWebFixture *fixture,
                        const char       *text);
/* nc_test_web_visit(), then asserts that the blocked page stands in its
 * place and, unless @says is NULL, that the page's text holds @says. */
void nc_test_web_visit_blocked (NcTestWebFixture *fixture,
                                const char       *text,
                                const char       *says);
/* Whether the fixture's activity log holds @entry ("host|ref|outcome"). */
gboolean nc_test_web_logged (NcTestWebFixture *fixture,
                             const char       *entry);
/* Adds the test @func at @path, with a fixture set up by @set_up and
 * closed by nc_test_web_tear_down(). */
#define NC_TEST_WEB_ADD(path, func, set_up) \
  g_test_add (path, NcTestWebFixture, NULL, set_up, func, nc_test_web_tear_down)
/* The defaults of @band, at any hour. */
NcProfileRules *nc_test_web_rules_for_age (NcAgeBand band);

G_END_DECLS
