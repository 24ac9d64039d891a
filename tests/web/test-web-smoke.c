/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-web-smoke.c — a real WebKitWebView loads a page from loopback and
 * answers JavaScript. */
#include "config.h"

#include <webkit/webkit.h>

#include "nc-test-http-server.h"
#include "nc-test-web.h"
#include "nc-web-session.h"

/* A fresh view of the app's network session loads a page from loopback,
 * and JavaScript's answers, numbers and UTF-8 text, cross the bridge. */
static void
test_load_and_evaluate (void)
{
  g_autoptr(NcTestHttpServer) server = nc_test_http_server_new ();
  g_autoptr(WebKitNetworkSession) session = nc_web_session_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JSCValue) answer = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window;
  WebKitWebView *view;

  nc_test_http_server_add_page (server, "/smoke.html", "text/html; charset=utf-8",
                                "<!doctype html><title>Xin chào</title>"
                                "<script>window.answer = 6 * 7;</script>");
  uri = nc_test_http_server_get_uri (server, "/smoke.html");

  view = g_object_new (WEBKIT_TYPE_WEB_VIEW, "network-session", session, NULL);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (nc_test_web_load_and_wait (view, uri));
  g_assert_cmpstr (webkit_web_view_get_uri (view), ==, uri);
  g_assert_cmpuint (nc_test_http_server_get_hits (server, "/smoke.html"), ==, 1);

  answer = nc_test_web_eval (view, NULL, "window.answer", &error);
  g_assert_no_error (error);
  g_assert_true (jsc_value_is_number (answer));
  g_assert_cmpint (jsc_value_to_int32 (answer), ==, 42);

  /* Text crosses the bridge intact, in UTF-8. */
  title = nc_test_web_eval_string (view, NULL, "document.title");
  g_assert_cmpstr (title, ==, "Xin chào");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/web/smoke/load-and-evaluate", test_load_and_evaluate);

  return g_test_run ();
}
