/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-browser-requests.c — every request a page makes is decided, with
 * real WebKit and real host names routed to a loopback server: images,
 * scripts, fetch, XHR, WebSocket and beacons to a blocked host never reach
 * it (counted at the server) and are counted in the activity log; typed
 * addresses other than web addresses never run; a page cannot send its tab
 * to a data: document; a translate.goog mirror of a blocked site is
 * blocked with that site's reason. */
#include "config.h"

#include <string.h>

#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-category-import.h"
#include "nc-store.h"
#include "nc-test-http-server.h"
#include "nc-test-web.h"
#include "nc-web-view.h"
#include "nc-test-files.h"

/* www.bet365.com is on the shipped gambling list, blocked for 13–15. */
static const char mixed_page[] =
  "<!doctype html><meta charset=utf-8><title>Mixed</title>"
  "<img id=ok src=http://cdn.example.net/ok.png>"
  "<img src=http://www.bet365.com/pixel.png>"
  "<img src=http://www-bet365-com.translate.goog/mirror.png>"
  "<script src=http://www.bet365.com/track.js></script>"
  "<script>"
  "window.settled = 0;"
  "fetch('http://www.bet365.com/api').catch(() => {}).finally(() => window.settled++);"
  "const x = new XMLHttpRequest();"
  "x.onloadend = () => window.settled++;"
  "x.open('GET', 'http://www.bet365.com/xhr'); x.send();"
  "try { const ws = new WebSocket('ws://www.bet365.com/socket');"
  "      ws.onerror = ws.onclose = () => window.settled++; } catch (e) { window.settled++; }"
  "window.beaconQueued = navigator.sendBeacon('http://www.bet365.com/beacon', 'x');"
  "fetch('/allowed.json').then(r => r.text()).then(t => { window.allowed = t; });"
  "try { const ok = new WebSocket('ws://chat.example.net/socket');"
  "      ok.onerror = ok.onclose = () => window.settled++; } catch (e) { window.settled++; }"
  "</script>";

/* WebSockets only: to a host that is only on an imported list, to a
 * shipped list's host, and to an allowed one; the blocked ones also
 * through the prototype's constructor and a fresh frame's WebSocket. */
static const char sockets_page[] =
  "<!doctype html><meta charset=utf-8><title>Sockets</title>"
  "<script>"
  "window.results = [];"
  "const open = (Ctor, url) => {"
  "  try { const s = new Ctor (url); s.onerror = s.onopen = () => window.results.push (url + ' opened'); }"
  "  catch (e) { window.results.push (url + ' ' + e.name); } };"
  "open (WebSocket, 'ws://chat.imported-casino.example/socket');"
  "open (WebSocket, 'ws://www.bet365.com/socket');"
  "open (WebSocket, 'ws://chat.example.net/socket');"
  "const ok = new WebSocket ('ws://chat.example.net/again');"
  "open (Object.getPrototypeOf (ok).constructor, 'ws://chat.imported-casino.example/proto');"
  "const frame = document.documentElement.appendChild (document.createElement ('iframe'));"
  "open (frame.contentWindow.WebSocket, 'ws://chat.imported-casino.example/frame');"
  "window.results.push ('done');"
  "</script>";

typedef NcTestWebFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->server = nc_test_http_server_new ();
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/mixed.html",
                                     "text/html; charset=utf-8", NULL, mixed_page);
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/allowed.json",
                                     "application/json", NULL, "{\"ok\":1}");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/", "text/html", NULL,
                                     "<title>Plain</title>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/to-data.html", "text/html", NULL,
                                     "<title>To data</title><script>setTimeout(() => { location.href = "
                                     "'data:text/html,<title>data</title><script>fetch(\"http://example.org/ran-data\")"
                                     "</scr' + 'ipt>'; }, 10);</script>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/to-blob.html", "text/html", NULL,
                                     "<title>To blob</title><script>setTimeout(() => { location.href = "
                                     "URL.createObjectURL(new Blob(['<title>blob</title><script>"
                                     "fetch(\"http://example.org/ran-blob\")</scr' + 'ipt>'], "
                                     "{ type: 'text/html' })); }, 10);</script>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/link-data.html", "text/html", NULL,
                                     "<title>Link</title><a id=a href=\"data:text/html,<title>data</title>\">x</a>"
                                     "<script>setTimeout(() => document.getElementById('a').click(), 10);</script>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/sockets.html",
                                     "text/html; charset=utf-8", NULL, sockets_page);
  nc_test_http_server_add_host_page (fixture->server, "cdn.example.net", "/ok.png", "image/png", NULL, "x");
  nc_test_http_server_add_host_page (fixture->server, "www.bet365.com", "/", "text/html", NULL,
                                     "<title>Casino</title>");

  nc_test_web_open (fixture, NC_AGE_BAND_13_15, TRUE);
}

static void
test_subresources_blocked (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *allowed = NULL;
  guint blocked;

  nc_test_web_visit (fixture, "http://example.org/mixed.html");
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/mixed.html");

  /* What the page may load still loads. */
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL,
                                       "window.allowed === '{\"ok\":1}' && window.settled >= 4", 30));
  allowed = nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                     "String(document.getElementById('ok').naturalWidth >= 0)");
  g_assert_cmpstr (allowed, ==, "true");
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "cdn.example.net"), >=, 1);
  /* An allowed host's WebSocket handshake gets through. */
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.settled >= 4", 10));
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "chat.example.net"), >=, 1);
  /* Give a beacon (sent when the page is idle) its chance. */
  nc_test_web_spin (1500);

  /* Nothing of it reached the blocked host or its mirror. */
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "www.bet365.com"), ==, 0);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "www-bet365-com.translate.goog"), ==, 0);

  /* Logged once per site and category for the page (image, script,
   * fetch, XHR and beacon to one site are one entry); the mirror has the
   * real site's category. */
  blocked = nc_browser_context_count (fixture->context, NC_OUTCOME_REQUEST_BLOCKED ":gambling");
  g_assert_cmpuint (blocked, ==, 2);
  g_assert_true (nc_test_web_logged (fixture, "www.bet365.com||" NC_OUTCOME_REQUEST_BLOCKED ":gambling"));
  g_assert_true (nc_test_web_logged (fixture, "www-bet365-com.translate.goog||" NC_OUTCOME_REQUEST_BLOCKED ":gambling"));

  /* The same page again: logged again. */
  nc_test_web_visit (fixture, "http://example.org/mixed.html");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.allowed === '{\"ok\":1}'", 30));
  nc_test_web_spin (500);
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_REQUEST_BLOCKED ":gambling"), ==, 4);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "www.bet365.com"), ==, 0);
}

/* Typed addresses that are not web addresses never run in the page. */
static void
test_typed_schemes_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char * const typed[] = {
    "javascript:fetch('http://example.org/ran-js')",
    "JavaScript:fetch('http://example.org/ran-js')",
    "data:text/html,<script>fetch('http://example.org/ran-data')</script>",
    "file:///etc/passwd",
    "blob:http://example.org/1234",
    "about:config",
  };

  nc_test_web_visit (fixture, "http://example.org/");
  for (gsize i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_assert_null (nc_web_view_text_to_uri (typed[i]));
      nc_test_web_visit_blocked (fixture, typed[i], "Only web addresses (http and https) can be opened here.");
    }
  nc_test_web_spin (300);
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "example.org", "/ran-js"), ==, 0);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "example.org"), ==, 1);
}

/* A page cannot send its own tab to a data: document. */
static void
test_page_to_data_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const pages[] = {
    "http://example.org/to-data.html", "http://example.org/to-blob.html",
    "http://example.org/link-data.html",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      const char *uri;

      nc_test_web_visit (fixture, pages[i]);
      nc_test_web_spin (1000);
      while (webkit_web_view_is_loading (nc_test_web_view (fixture)))
        nc_test_web_wait_loaded (nc_test_web_view (fixture));
      uri = webkit_web_view_get_uri (nc_test_web_view (fixture));
      g_test_message ("%s ends on %s", pages[i], uri);
      g_assert_false (g_str_has_prefix (uri, "data:"));
      g_assert_false (g_str_has_prefix (uri, "blob:"));
    }
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "example.org", "/ran-data"), ==, 0);
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "example.org", "/ran-blob"), ==, 0);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "example.org"), ==, 3);
}

/* A translate.goog mirror of a blocked site: blocked, with the site's own
 * reason (gambling), and nothing fetched. */
static void
test_mirror_blocked (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *uri;
  const NcBlockedInfo *info;
  guint64 id;

  nc_test_web_visit (fixture, "http://www-bet365-com.translate.goog/?_x_tr_sl=auto&_x_tr_tl=vi");
  uri = webkit_web_view_get_uri (nc_test_web_view (fixture));
  g_assert_true (g_str_has_prefix (uri, "netconduct:blocked?id="));
  g_assert_true (g_ascii_string_to_unsigned (uri + strlen ("netconduct:blocked?id="), 10, 1, G_MAXUINT,
                                             &id, NULL));
  info = nc_web_view_get_blocked_info (fixture->view, id);
  g_assert_nonnull (info);
  g_assert_cmpint (info->reason, ==, NC_REASON_CATEGORY);
  g_assert_cmpint (info->category, ==, NC_SITE_CATEGORY_GAMBLING);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "www-bet365-com.translate.goog"), ==, 0);

  /* A web archive's copy of it too. */
  nc_test_web_visit_blocked (fixture, "http://web.archive.org/web/2020*/https://www.bet365.com/", NULL);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "web.archive.org"), ==, 0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nc_browser_context_load_finish (NC_BROWSER_CONTEXT (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
later_blocked (NcBrowserContext *context)
{
  g_autoptr(NcDecision) decision = nc_browser_context_decide (context, "http://later-casino.example/");

  return decision != NULL && decision->action == NC_ACTION_BLOCK;
}

/* A WebSocket to a host that is only on a list a parent imported (kept
 * hashed, so no content filter can name it) never reaches it, however the
 * page gets at a WebSocket constructor; WebSocket blocks are counted in
 * the activity log like other blocked requests; the browser decides pages
 * of that host with the imported list too, and a list imported while the
 * browser is open at once. */
static void
test_imported_list_sockets (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-requests-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "netconduct.db", NULL);
  g_autofree char *list = g_build_filename (dir, "school.txt", NULL);
  g_autofree char *results = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean loaded = FALSE;

  store = nc_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (list, "# the school's list\nimported-casino.example\n", -1, NULL));
  g_assert_cmpint (nc_category_import_file (store, list, NC_SITE_CATEGORY_GAMBLING, "School", &error),
                   >, 0);
  g_assert_no_error (error);
  nc_browser_context_load_async (fixture->context, store, NULL, NULL, loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  nc_test_web_visit (fixture, "http://example.org/sockets.html");
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/sockets.html");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL,
                                       "window.results.includes ('ws://chat.example.net/socket opened')", 30));
  results = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "JSON.stringify (window.results.slice (0, 5))");
  g_assert_cmpstr (results, ==,
                   "[\"ws://chat.imported-casino.example/socket SecurityError\","
                   "\"ws://www.bet365.com/socket SecurityError\","
                   "\"ws://chat.imported-casino.example/proto SecurityError\","
                   "\"ws://chat.imported-casino.example/frame SecurityError\","
                   "\"done\"]");
  nc_test_web_spin (500);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "chat.imported-casino.example"), ==, 0);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "www.bet365.com"), ==, 0);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "chat.example.net"), >=, 2);

  /* Counted by site and category, once for the page. */
  g_assert_true (nc_test_web_logged (fixture, "chat.imported-casino.example||" NC_OUTCOME_REQUEST_BLOCKED ":gambling"));
  g_assert_true (nc_test_web_logged (fixture, "www.bet365.com||" NC_OUTCOME_REQUEST_BLOCKED ":gambling"));
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_REQUEST_BLOCKED ":gambling"), ==, 2);

  /* The host's own pages are blocked as well. */
  nc_test_web_visit_blocked (fixture, "http://chat.imported-casino.example/", NULL);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "chat.imported-casino.example"), ==, 0);

  /* A list imported while the browser is open counts at once. */
  g_assert_false (later_blocked (fixture->context));
  g_assert_true (g_file_set_contents (list, "later-casino.example\n", -1, NULL));
  g_assert_cmpint (nc_category_import_file (store, list, NC_SITE_CATEGORY_GAMBLING, "Later", &error),
                   >, 0);
  g_assert_no_error (error);
  for (int i = 0; i < 200 && !later_blocked (fixture->context); i++)
    nc_test_web_spin (50);
  g_assert_true (later_blocked (fixture->context));
  nc_test_web_visit (fixture, "http://example.org/");
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/");
  nc_test_web_eval (nc_test_web_view (fixture), NULL,
                    "window.later = 'none'; try { new WebSocket ('ws://chat.later-casino.example/s'); window.later = 'opened'; }"
                    " catch (e) { window.later = e.name; }", NULL);
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.later"), ==, "SecurityError");
  nc_test_web_spin (300);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "chat.later-casino.example"), ==, 0);

  g_clear_object (&store);
  g_assert_true (nc_test_remove_tree (dir));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) NC_TEST_WEB_ADD (path, func, fixture_set_up)

  ADD ("/browser-requests/subresources-blocked", test_subresources_blocked);
  ADD ("/browser-requests/typed-schemes-refused", test_typed_schemes_refused);
  ADD ("/browser-requests/page-to-data-refused", test_page_to_data_refused);
  ADD ("/browser-requests/mirror-blocked", test_mirror_blocked);
  ADD ("/browser-requests/imported-list-sockets", test_imported_list_sockets);

  return g_test_run ();
}
