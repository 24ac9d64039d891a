/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-browser-view.c — the Browse area with real WebKit: tabs, the address
 * bar, and the rules banner outside the page on social sites, once a day
 * per site. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-browser-tab.h"
#include "nc-browser-view.h"
#include "nc-clock.h"
#include "nc-pin-gate.h"
#include "nc-pin.h"
#include "nc-time-limit-page.h"
#include "nc-test-clock.h"
#include "nc-test-http-server.h"
#include "nc-test-ui.h"
#include "nc-test-web.h"

static void
wait_uri (NcWebView  *view,
          const char *uri)
{
  for (int i = 0; i < 3000 && g_strcmp0 (webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view)), uri) != 0; i++)
    nc_test_web_spin (20);
  g_assert_cmpstr (webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view)), ==, uri);
  while (webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view)))
    nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
}

/* Loads @uri in @view and waits until it has loaded. */
static void
load_and_wait (NcWebView  *view,
               const char *uri)
{
  nc_web_view_load (view, uri);
  wait_uri (view, uri);
}

/* Each test: a loopback web server, a store with one child, Bin (10–12),
 * in a temporary folder, and a Browse area in a window not yet shown. */
typedef struct {
  NcTestHttpServer *server;
  char             *proxy;
  char             *dir;
  char             *db;
  NcStore          *store;
  gint64            profile;
  NcBrowserView    *browser;
  GtkWidget        *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->server = nc_test_http_server_new ();
  fixture->proxy = nc_test_http_server_get_proxy_uri (fixture->server);
  fixture->dir = g_dir_make_tmp ("nc-browser-view-XXXXXX", NULL);
  fixture->db = g_build_filename (fixture->dir, "settings.db", NULL);
  fixture->store = nc_store_open (fixture->db, &error);
  g_assert_no_error (error);
  fixture->profile = nc_store_add_profile (fixture->store, "Bin", "", NC_AGE_BAND_10_12, &error);
  g_assert_no_error (error);
  fixture->browser = nc_browser_view_new ();
  fixture->window = gtk_window_new ();
}

/* Removes the database @db (closed) and its folder @dir. */
static void
remove_database (const char *dir,
                 const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  nc_clock_set_override_for_test (NULL, NULL);
  g_clear_object (&fixture->store);
  remove_database (fixture->dir, fixture->db);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->proxy);
  g_clear_pointer (&fixture->server, nc_test_http_server_free);
}

/* Shows the fixture's browser, 900×700, browsing with @context for
 * @profile of @store (NULL: no store). */
static void
present_browser (Fixture          *fixture,
                 NcBrowserContext *context,
                 NcStore          *store,
                 gint64            profile)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->browser));
  gtk_window_present (GTK_WINDOW (fixture->window));
  nc_browser_view_set_context (fixture->browser, context, store, profile);
}

static void
test_tabs_and_banner (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  NcWebView *view;

  nc_test_http_server_add_host_page (fixture->server, "www.facebook.com", "/", "text/html", NULL,
                                     "<title>Social</title><p>hello");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/", "text/html", NULL,
                                     "<title>Plain</title><p>hello");
  rules = nc_test_web_rules_for_age (NC_AGE_BAND_13_15);
  context = nc_browser_context_new (NULL, rules);
  nc_test_web_route_through_proxy (nc_browser_context_get_network_session (context), fixture->proxy);
  policy = nc_site_policy_new_default (&error);
  g_assert_no_error (error);
  nc_browser_context_set_policy (context, policy);

  /* The start page opens in a first tab. */
  present_browser (fixture, context, NULL, 0);
  g_assert_cmpuint (nc_browser_view_get_n_tabs (fixture->browser), ==, 1);
  view = nc_browser_view_get_current (fixture->browser);
  wait_uri (view, NC_START_URI);
  g_assert_false (nc_browser_view_is_banner_shown (fixture->browser));

  /* A plain site: no banner. */
  load_and_wait (view, "http://example.org/");
  g_assert_false (nc_browser_view_is_banner_shown (fixture->browser));

  /* A social site: the banner, outside the page. */
  load_and_wait (view, "http://www.facebook.com/");
  g_assert_true (nc_browser_view_is_banner_shown (fixture->browser));

  /* Leaving the social site takes the banner away. */
  load_and_wait (view, "http://example.org/");
  g_assert_false (nc_browser_view_is_banner_shown (fixture->browser));

  /* Once a day per site: a second tab on the same site has none. */
  view = nc_browser_view_open_tab (fixture->browser, "http://www.facebook.com/");
  g_assert_cmpuint (nc_browser_view_get_n_tabs (fixture->browser), ==, 2);
  wait_uri (view, "http://www.facebook.com/");
  g_assert_false (nc_browser_view_is_banner_shown (fixture->browser));
}

/* The browser follows the profile's rules in the store: @hours (bit h:
 * hour h) every day of the week. */
static void
set_allowed_hours (NcStore *store,
                   gint64   profile_id,
                   guint32  hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfile) profile = nc_store_get_profile (store, profile_id, &error);

  g_assert_no_error (error);
  for (int day = 0; day < 7; day++)
    profile->allowed_hours[day] = hours;
  g_assert_true (nc_store_update_profile (store, profile, &error));
  g_assert_no_error (error);
}

/* The guard's outcomes reach the profile's activity log as (site, rule,
 * outcome), and the child's words are nowhere in the database. */
static void
test_activity_logged_without_text (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
  NcWebView *view;
  gint64 lan;
  gboolean found = FALSE;

  nc_test_http_server_add_host_page (fixture->server, "www.facebook.com", "/", "text/html", NULL,
                                     "<title>Social</title><textarea id=ta></textarea>");
  lan = nc_store_add_profile (fixture->store, "Lan", "", NC_AGE_BAND_13_15, &error);
  g_assert_no_error (error);
  /* Open every hour, so the test does not depend on when it runs. */
  set_allowed_hours (fixture->store, lan, 0xFFFFFF);
  context = nc_test_web_context_new (NC_AGE_BAND_13_15, fixture->proxy, TRUE);

  present_browser (fixture, context, fixture->store, lan);
  view = nc_browser_view_get_current (fixture->browser);
  wait_uri (view, NC_START_URI);
  load_and_wait (view, "http://www.facebook.com/");
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD, "window.ncGuardProbe.active", 20));
  nc_test_web_eval (WEBKIT_WEB_VIEW (view), NULL, "document.getElementById('ta').focus()", NULL);
  nc_test_web_type (WEBKIT_WEB_VIEW (view), "you are a stupid idiot");
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD, "window.ncGuardProbe.shown(\'chip\')", 20));
  nc_test_web_spin (300);

  counts = nc_store_count_warnings_by_host (fixture->store, lan, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    {
      NcCount *count = g_ptr_array_index (counts, i);
      if (g_str_equal (count->key, "www.facebook.com") && count->count >= 1)
        found = TRUE;
    }
  g_assert_true (found);

  g_assert_false (nc_test_ui_file_contains (fixture->db, "stupid"));
  g_assert_false (nc_test_ui_file_contains (wal, "stupid"));

  /* A request the page made to a blocked site: in the profile's log as
   * (site, "request-blocked:category"), without its path. */
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/pixel.html", "text/html", NULL,
                                     "<title>Pixel</title><img src=http://www.bet365.com/secret-path.png>");
  load_and_wait (view, "http://example.org/pixel.html");
  nc_test_web_spin (500);
  g_assert_cmpuint (nc_test_http_server_get_host_requests (fixture->server, "www.bet365.com"), ==, 0);
  {
    sqlite3 *sql = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (fixture->db, &sql, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (sql, "SELECT count(*) FROM activity WHERE profile_id = ? AND "
                                              "host = 'www.bet365.com' AND outcome = 'request-blocked:gambling'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, lan);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (sql);
  }
  g_assert_false (nc_test_ui_file_contains (fixture->db, "secret-path"));
  g_assert_false (nc_test_ui_file_contains (wal, "secret-path"));
}

#define TEST_PIN "73915284"

static gboolean
gate_open_cb (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  *(GtkWindow **) data = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (NC_IS_PIN_GATE (l->data) && gtk_widget_get_visible (l->data))
      *(GtkWindow **) data = l->data;
  return *(GtkWindow **) data != NULL;
}

/* The open PIN gate, after waiting for it; NULL when none opened. */
static GtkWindow *
wait_gate (guint timeout_ms)
{
  GtkWindow *gate = NULL;

  nc_test_ui_iterate_until (gate_open_cb, &gate, timeout_ms);
  return gate;
}

/* A child whose time for today is used up finds the tabs closed and a
 * page that asks for a parent; a parent's extension brings the browser
 * back. */
static void
test_time_up (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(NcProfile) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = nc_store_day_key (now);
  GtkWidget *page;
  GtkWidget *ask;
  int left;

  child = nc_store_get_profile (fixture->store, fixture->profile, &error);
  g_assert_no_error (error);
  child->daily_limit_minutes = 1;
  g_assert_true (nc_store_update_profile (fixture->store, child, &error));
  g_assert_true (nc_store_add_usage (fixture->store, fixture->profile, today, 60, &error));
  g_assert_no_error (error);

  context = nc_test_web_context_new (NC_AGE_BAND_10_12, fixture->proxy, FALSE);
  present_browser (fixture, context, fixture->store, fixture->profile);
  nc_test_web_spin (100);

  g_assert_true (nc_browser_view_is_time_up (fixture->browser));
  g_assert_cmpuint (nc_browser_view_get_n_tabs (fixture->browser), ==, 0);
  /* No new tab either, from a link or a key. */
  g_assert_null (nc_browser_view_open_tab (fixture->browser, "http://example.org/"));
  g_assert_cmpuint (nc_browser_view_get_n_tabs (fixture->browser), ==, 0);
  nc_test_ui_snap (GTK_WINDOW (fixture->window), "time-up");

  /* "Ask a parent" is the PIN gate, with how much more time; with no PIN
   * yet, no gate: a child cannot choose one here. */
  page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->browser), NC_TYPE_BROWSER_VIEW, "time_limit_page"));
  ask = GTK_WIDGET (gtk_widget_get_template_child (page, NC_TYPE_TIME_LIMIT_PAGE, "ask_button"));
  g_assert_true (gtk_widget_get_mapped (ask));
  g_signal_emit_by_name (ask, "clicked");
  g_assert_null (wait_gate (500));

  g_assert_true (nc_pin_set (fixture->store, TEST_PIN, NULL));
  g_signal_emit_by_name (ask, "clicked");
  nc_test_ui_drive_pin_gate (wait_gate (5000), fixture->store, TEST_PIN, "30", "more-time");
  nc_test_web_spin (100);
  g_assert_false (nc_browser_view_is_time_up (fixture->browser));
  g_assert_cmpuint (nc_browser_view_get_n_tabs (fixture->browser), >=, 1);
  left = nc_time_keeper_get_remaining_seconds (nc_time_limit_page_get_keeper (NC_TIME_LIMIT_PAGE (page)));
  g_assert_cmpint (left, >, 25 * 60);
  g_assert_cmpint (left, <=, 30 * 60);
}

static NcTestClock fake_clock;

/* The allowed hours (8:00 to 21:00 here) end while a page is open: the tab
 * gives way to the blocked page. Turning the computer's clock back does not
 * open them again: the hours follow the time the keeper trusts. */
static void
test_allowed_hours_end (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(NcDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 3, 10, 20, 59, 0);
  const NcBlockedInfo *info;
  NcWebView *view;

  fake_clock.wall_us = g_date_time_to_unix (evening) * G_USEC_PER_SEC;
  fake_clock.monotonic_us = 50 * G_USEC_PER_SEC;
  fake_clock.boottime_us = 60 * G_USEC_PER_SEC;
  g_strlcpy (fake_clock.boot_id, "boot-1", sizeof fake_clock.boot_id);
  nc_test_clock_use (&fake_clock);

  nc_test_http_server_add_host_page (fixture->server, "example.org", "/", "text/html", NULL,
                                     "<title>Plain</title><p>hello");
  set_allowed_hours (fixture->store, fixture->profile, 0x1FFF00);   /* 8:00 to 20:59 */
  rules = nc_store_get_profile_rules (fixture->store, fixture->profile, &error);
  g_assert_no_error (error);
  context = nc_test_web_context_new (NC_AGE_BAND_10_12, fixture->proxy, TRUE);
  nc_browser_context_set_rules (context, rules);

  present_browser (fixture, context, fixture->store, fixture->profile);
  view = nc_browser_view_get_current (fixture->browser);
  load_and_wait (view, "http://example.org/");
  g_assert_cmpuint (nc_browser_view_recheck_tabs (fixture->browser), ==, 0);

  /* Two minutes pass, and the child turns the clock back an hour. */
  nc_test_clock_pass (&fake_clock, 120);
  fake_clock.wall_us -= (gint64) 3600 * G_USEC_PER_SEC;

  g_assert_cmpuint (nc_browser_view_recheck_tabs (fixture->browser), ==, 1);
  wait_uri (view, "netconduct:blocked?id=1");
  info = nc_web_view_get_blocked_info (view, 1);
  g_assert_nonnull (info);
  g_assert_cmpint (info->reason, ==, NC_REASON_SCHEDULE);
  g_assert_cmpstr (info->url, ==, "http://example.org/");

  /* A new navigation is refused for the same reason. */
  decision = nc_browser_context_decide (context, "http://example.org/");
  g_assert_cmpint (decision->action, ==, NC_ACTION_BLOCK);
  g_assert_cmpint (decision->reason, ==, NC_REASON_SCHEDULE);

  /* A blocked page is not decided again. */
  g_assert_cmpuint (nc_browser_view_recheck_tabs (fixture->browser), ==, 0);
}

/* "Ask a parent" on a blocked page is the PIN gate: without a PIN it only
 * says a parent must set one; with one, a wrong PIN is wiped, too many
 * lock it with a countdown, and the right one opens the site once. */
static void
test_ask_parent_gate (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(NcBrowserContext) context = NULL;
  const char *click = "document.querySelector('a[href^=\"netconduct:ask-parent\"]').click()";
  NcWebView *view;

  nc_test_http_server_add_host_page (fixture->server, "www.bet365.com", "/", "text/html", NULL,
                                     "<title>Bets</title><p>odds");
  context = nc_test_web_context_new (NC_AGE_BAND_10_12, fixture->proxy, TRUE);
  present_browser (fixture, context, fixture->store, fixture->profile);
  view = nc_browser_view_get_current (fixture->browser);
  nc_web_view_load (view, "http://www.bet365.com/");
  for (int i = 0; i < 3000 && !g_str_has_prefix (webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view)),
                                                 "netconduct:blocked?id="); i++)
    nc_test_web_spin (20);
  nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
  g_assert_true (g_str_has_prefix (webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view)), "netconduct:blocked?id="));

  /* No PIN yet: no gate, a child cannot choose one here. */
  nc_test_web_eval (WEBKIT_WEB_VIEW (view), NULL, click, NULL);
  g_assert_null (wait_gate (1000));

  g_assert_true (nc_pin_set (fixture->store, TEST_PIN, NULL));
  nc_test_web_eval (WEBKIT_WEB_VIEW (view), NULL, click, NULL);
  nc_test_ui_drive_pin_gate (wait_gate (5000), fixture->store, TEST_PIN, "once", "ask-parent");
  wait_uri (view, "http://www.bet365.com/");
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "www.bet365.com", "/"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  nc_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/browser-view/tabs-and-banner", test_tabs_and_banner);
  ADD ("/browser-view/activity-logged-without-text", test_activity_logged_without_text);
  ADD ("/browser-view/time-up", test_time_up);
  ADD ("/browser-view/ask-parent-gate", test_ask_parent_gate);
  ADD ("/browser-view/allowed-hours-end", test_allowed_hours_end);

  return g_test_run ();
}
