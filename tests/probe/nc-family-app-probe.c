/* nc-family-app-probe — the child's browser (NcBrowserView, real WebKit)
 * in family or home mode, for tests/check-family-app.py
 *
 *   nc-family-app-probe --family HOST   the family service on
 *                                       $DBUS_SYSTEM_BUS_ADDRESS
 *                                       (NcRulesSourceFamily), as the
 *                                       child's uid
 *   nc-family-app-probe --choose HOST   nc_rules_source_choose() as the app
 *                                       does at start-up (root: the bus of
 *                                       $NETCONDUCT_FAMILY_BUS); in home
 *                                       mode the probe then blocks HOST in
 *                                       its own store
 *
 *   nc-family-app-probe --parents PIN   as the child's uid, the parents'
 *                                       area in family mode, opened with
 *                                       PIN (purpose "parents"); prints
 *                                       "session LABEL=VALUE;..." (the
 *                                       week of whole-session time) and
 *                                       "browsers TEXT" (other browsers);
 *                                       with NC_SCREENSHOT_DIR, a picture
 *                                       of its Activity page (and
 *                                       NC_SCREENSHOT_LANGUAGE=vi)
 *
 * Serves http://HOST/ from a loopback server (the browser is routed to it),
 * opens it in the view and prints "open URI family=0|1". Then waits (30 s
 * at most) for the open view to show the blocked page without any reload
 * or new navigation, and prints "blocked host=H reason=R banner=0|1"
 * (banner: the "family service cannot be reached" line is on screen),
 * else "timeout URI". Exit status 0 when blocked.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nc-bar-chart.h"
#include "nc-browser-view.h"
#include "nc-internal-pages.h"
#include "nc-parents-window.h"
#include "nc-rules-source-family.h"
#include "nc-rules-source-store.h"
#include "nc-test-http-server.h"
#include "nc-test-i18n.h"
#include "nc-test-ui.h"
#include "nc-test-web.h"

static gboolean
wait_until (gboolean (*condition) (gpointer),
            gpointer   data,
            guint      seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      nc_test_web_spin (20);
    }
  return TRUE;
}

static gboolean
context_ready (gpointer data)
{
  return nc_browser_context_is_ready (nc_browser_view_get_context (data));
}

static const char *
view_uri (NcBrowserView *browser)
{
  NcWebView *view = nc_browser_view_get_current (browser);

  return view != NULL ? webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view)) : NULL;
}

typedef struct {
  NcBrowserView *browser;
  const char    *uri;
} Expect;

static gboolean
page_open (gpointer data)
{
  Expect *expect = data;
  NcWebView *view = nc_browser_view_get_current (expect->browser);

  return view != NULL && g_strcmp0 (view_uri (expect->browser), expect->uri) == 0 &&
         !webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view));
}

static gboolean
page_blocked (gpointer data)
{
  return g_str_has_prefix (view_uri (data) ? view_uri (data) : "", "netconduct:blocked");
}

/* The banner is a GtkLabel of the view's template: found by its class. */
static gboolean
banner_shown (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error") && gtk_widget_get_visible (child))
      return TRUE;
  return FALSE;
}

static gboolean
parents_answered (gpointer data)
{
  NcBarChart *chart = NC_BAR_CHART (gtk_widget_get_template_child (data, NC_TYPE_PARENTS_WINDOW, "session_chart"));
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_template_child (data, NC_TYPE_PARENTS_WINDOW, "browsers_row"));
  const char *subtitle = adw_action_row_get_subtitle (row);

  NcBarChart *online = NC_BAR_CHART (gtk_widget_get_template_child (data, NC_TYPE_PARENTS_WINDOW, "time_chart"));

  return nc_bar_chart_get_n_bars (chart) > 0 && nc_bar_chart_get_n_bars (online) > 0 &&
         subtitle != NULL && *subtitle != '\0' &&
         !g_str_has_suffix (subtitle, "…");
}

/* The parents' area of a child's account, opened with @pin. */
static int
run_parents (NcStore    *store,
             const char *pin)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, &error);
  g_autoptr(NcRulesSource) source = NULL;
  g_autoptr(GString) line = g_string_new ("session ");
  g_autoptr(GString) online = g_string_new ("online ");
  NcProfileRules *rules = NULL;
  NcParentsWindow *window;
  NcBarChart *chart;
  int result;

  if (bus == NULL)
    {
      g_printerr ("nc-family-app-probe: %s\n", error->message);
      return 1;
    }
  if (g_strcmp0 (g_getenv ("NC_SCREENSHOT_LANGUAGE"), "vi") == 0 && nc_test_use_build_catalogs ())
    {
      textdomain (GETTEXT_PACKAGE);
      g_setenv ("LANGUAGE", "vi", TRUE);
    }
  source = nc_rules_source_family_new (bus, NC_FAMILY_BUS_NAME);
  result = nc_rules_source_check_pin (source, pin, "parents", &error);
  g_print ("pin %d\n", result);
  /* as the app does for its browser before the parents' area opens */
  g_clear_pointer (&rules, nc_profile_rules_unref);
  rules = nc_rules_source_get_rules (source, 0, NULL);
  window = nc_parents_window_new (NULL, store);
  nc_parents_window_set_family_mode (window, TRUE);
  nc_parents_window_set_family_source (window, source);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "activity");
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_until (parents_answered, window, 30))
    {
      g_print ("timeout the parents' area got no answer\n");
      return 1;
    }
  chart = NC_BAR_CHART (gtk_widget_get_template_child (GTK_WIDGET (window), NC_TYPE_PARENTS_WINDOW, "session_chart"));
  for (guint i = 0; i < nc_bar_chart_get_n_bars (chart); i++)
    g_string_append_printf (line, "%s%s=%g", i > 0 ? ";" : "", nc_bar_chart_get_bar_label (chart, i),
                            nc_bar_chart_get_bar_value (chart, i));
  chart = NC_BAR_CHART (gtk_widget_get_template_child (GTK_WIDGET (window), NC_TYPE_PARENTS_WINDOW, "time_chart"));
  for (guint i = 0; i < nc_bar_chart_get_n_bars (chart); i++)
    g_string_append_printf (online, "%s%s=%g", i > 0 ? ";" : "", nc_bar_chart_get_bar_label (chart, i),
                            nc_bar_chart_get_bar_value (chart, i));
  g_clear_pointer (&rules, nc_profile_rules_unref);
  g_print ("%s\n%s\nbrowsers %s\n", line->str, online->str,
           adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                       NC_TYPE_PARENTS_WINDOW,
                                                                                       "browsers_row"))));
  fflush (stdout);
  if (g_getenv ("NC_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      nc_test_web_spin (200);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      nc_test_ui_snap (GTK_WINDOW (window), "parents-family-activity");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_web_spin (100);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(NcTestHttpServer) server = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(NcRulesSource) home = NULL;
  g_autoptr(NcRulesSource) source = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *db = NULL, *proxy = NULL, *uri = NULL;
  NcBrowserView *browser;
  GtkWidget *window;
  const NcBlockedInfo *info;
  NcWebView *view;
  gint64 profile = 0;
  gboolean family;
  Expect expect;
  guint id;

  if (argc != 3 || (!g_str_equal (argv[1], "--family") && !g_str_equal (argv[1], "--choose") &&
                    !g_str_equal (argv[1], "--parents")))
    {
      g_printerr ("Usage: nc-family-app-probe --family|--choose HOST, or --parents PIN\n");
      return 2;
    }
  gtk_init ();
  nc_test_web_use_built_extension ();

  /* The home store (lesson progress, and in home mode every rule). */
  dir = g_dir_make_tmp ("nc-family-app-XXXXXX", &error);
  db = dir != NULL ? g_build_filename (dir, "netconduct.db", NULL) : NULL;
  store = db != NULL ? nc_store_open (db, &error) : NULL;
  if (store == NULL)
    {
      g_printerr ("nc-family-app-probe: %s\n", error->message);
      return 1;
    }
  if (g_str_equal (argv[1], "--parents"))
    return run_parents (store, argv[2]);
  home = nc_rules_source_store_new (store);
  if (g_str_equal (argv[1], "--family"))
    {
      bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, &error);
      if (bus == NULL)
        {
          g_printerr ("nc-family-app-probe: %s\n", error->message);
          return 1;
        }
      source = nc_rules_source_family_new (bus, NC_FAMILY_BUS_NAME);
    }
  else
    source = nc_rules_source_choose (home);
  family = nc_rules_source_is_family (source);
  if (!family)
    {
      NcProfile *p;

      profile = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_13_15, &error);
      p = profile != 0 ? nc_store_get_profile (store, profile, &error) : NULL;
      if (p == NULL)
        {
          g_printerr ("nc-family-app-probe: %s\n", error->message);
          return 1;
        }
      for (int day = 0; day < 7; day++)
        p->allowed_hours[day] = 0xFFFFFF;
      nc_store_update_profile (store, p, NULL);
      nc_profile_free (p);
    }

  server = nc_test_http_server_new ();
  nc_test_http_server_add_host_page (server, argv[2], "/", "text/html", NULL, "<title>Open</title><p>a page");
  proxy = nc_test_http_server_get_proxy_uri (server);
  uri = g_strdup_printf ("http://%s/", argv[2]);

  browser = nc_browser_view_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (browser));
  gtk_window_present (GTK_WINDOW (window));
  nc_browser_view_set_rules_source (browser, source);
  nc_browser_view_set_profile (browser, store, profile);
  nc_test_web_route_through_proxy (nc_browser_context_get_network_session (nc_browser_view_get_context (browser)),
                                   proxy);
  if (!wait_until (context_ready, browser, 60))
    {
      g_print ("timeout the policy did not load\n");
      return 1;
    }
  view = nc_browser_view_get_current (browser);
  nc_web_view_load (view, uri);
  expect = (Expect) { browser, uri };
  if (!wait_until (page_open, &expect, 30))
    {
      g_print ("timeout %s\n", view_uri (browser));
      return 1;
    }
  g_print ("open %s family=%d\n", uri, family);
  fflush (stdout);

  if (!family)
    nc_store_add_host (store, profile, NC_LIST_BLOCK, argv[2], NULL);

  if (!wait_until (page_blocked, browser, 30))
    {
      g_print ("timeout %s\n", view_uri (browser));
      return 1;
    }
  id = 0;
  sscanf (view_uri (browser), "netconduct:blocked?id=%u", &id);
  info = nc_web_view_get_blocked_info (nc_browser_view_get_current (browser), id);
  g_print ("blocked host=%s reason=%s banner=%d\n", info != NULL ? info->host : "?",
           info != NULL ? nc_reason_to_string (info->reason) : "?", banner_shown (GTK_WIDGET (browser)));
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_web_spin (100);
  g_clear_object (&store);
  nc_test_web_spin (100);
  return 0;
}
