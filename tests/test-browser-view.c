/* test-browser-view.c — the Browse area with real WebKit: tabs, the address
 * bar, and the rules banner outside the page on social sites, once a day
 * per site. */
#include "config.h"

#include "nc-browser-tab.h"
#include "nc-browser-view.h"
#include "nc-test-http-server.h"
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

static void
test_tabs_and_banner (void)
{
  g_autoptr(NcTestHttpServer) server = nc_test_http_server_new ();
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *proxy = nc_test_http_server_get_proxy_uri (server);
  NcBrowserView *browser = nc_browser_view_new ();
  GtkWidget *window = gtk_window_new ();
  NcProfileRules rules;
  NcWebView *view;

  nc_test_http_server_add_host_page (server, "www.facebook.com", "/", "text/html", NULL,
                                     "<title>Social</title><p>hello");
  nc_test_http_server_add_host_page (server, "example.org", "/", "text/html", NULL,
                                     "<title>Plain</title><p>hello");
  nc_profile_rules_init_for_age (&rules, NC_AGE_BAND_13_15);
  context = nc_browser_context_new (NULL, &rules);
  nc_test_web_route_through_proxy (nc_browser_context_get_network_session (context), proxy);
  policy = nc_site_policy_new_default (&error);
  g_assert_no_error (error);
  nc_browser_context_set_policy (context, policy);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (browser));
  gtk_window_present (GTK_WINDOW (window));

  /* The start page opens in a first tab. */
  nc_browser_view_set_context (browser, context, NULL, 0);
  g_assert_cmpuint (nc_browser_view_get_n_tabs (browser), ==, 1);
  view = nc_browser_view_get_current (browser);
  wait_uri (view, NC_START_URI);
  g_assert_false (nc_browser_view_is_banner_shown (browser));

  /* A plain site: no banner. */
  nc_web_view_load (view, "http://example.org/");
  wait_uri (view, "http://example.org/");
  g_assert_false (nc_browser_view_is_banner_shown (browser));

  /* A social site: the banner, outside the page. */
  nc_web_view_load (view, "http://www.facebook.com/");
  wait_uri (view, "http://www.facebook.com/");
  g_assert_true (nc_browser_view_is_banner_shown (browser));

  /* Leaving the social site takes the banner away. */
  nc_web_view_load (view, "http://example.org/");
  wait_uri (view, "http://example.org/");
  g_assert_false (nc_browser_view_is_banner_shown (browser));

  /* Once a day per site: a second tab on the same site has none. */
  view = nc_browser_view_open_tab (browser, "http://www.facebook.com/");
  g_assert_cmpuint (nc_browser_view_get_n_tabs (browser), ==, 2);
  wait_uri (view, "http://www.facebook.com/");
  g_assert_false (nc_browser_view_is_banner_shown (browser));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/browser-view/tabs-and-banner", test_tabs_and_banner);

  return g_test_run ();
}
