/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-web-smoke.c — a real WebKitWebView loads a page from loopback and
 * answers JavaScript. */
#include "config.h"

#include <webkit/webkit.h>

#include "nc-test-http-server.h"
#include "nc-web-session.h"

typedef struct {
  GMainLoop *loop;
  JSCValue  *result;
  GError    *error;
} Wait;

static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 gpointer         user_data)
{
  Wait *wait = user_data;

  if (event == WEBKIT_LOAD_FINISHED)
    g_main_loop_quit (wait->loop);
}

static gboolean
load_failed_cb (WebKitWebView   *view,
                WebKitLoadEvent  event,
                const char      *uri,
                GError          *error,
                gpointer         user_data)
{
  g_error ("loading %s failed: %s", uri, error->message);
  return FALSE;
}

static void
evaluate_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source),
                                                             result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("the web view did not finish in time");
  return G_SOURCE_REMOVE;
}

static void
test_load_and_evaluate (void)
{
  g_autoptr(NcTestHttpServer) server = nc_test_http_server_new ();
  g_autoptr(WebKitNetworkSession) session = nc_web_session_new (NULL);
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window;
  WebKitWebView *view;
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL, NULL };
  guint timeout;

  nc_test_http_server_add_page (server, "/smoke.html", "text/html; charset=utf-8",
                                "<!doctype html><title>Xin chào</title>"
                                "<script>window.answer = 6 * 7;</script>");
  uri = nc_test_http_server_get_uri (server, "/smoke.html");

  view = g_object_new (WEBKIT_TYPE_WEB_VIEW, "network-session", session, NULL);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));

  timeout = g_timeout_add_seconds (60, timeout_cb, NULL);
  g_signal_connect (view, "load-changed", G_CALLBACK (load_changed_cb), &wait);
  g_signal_connect (view, "load-failed", G_CALLBACK (load_failed_cb), NULL);
  webkit_web_view_load_uri (view, uri);
  g_main_loop_run (wait.loop);

  g_assert_cmpstr (webkit_web_view_get_uri (view), ==, uri);
  g_assert_cmpuint (nc_test_http_server_get_hits (server, "/smoke.html"), ==, 1);

  webkit_web_view_evaluate_javascript (view, "window.answer", -1, NULL, NULL, NULL,
                                       evaluate_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_no_error (wait.error);
  g_assert_true (jsc_value_is_number (wait.result));
  g_assert_cmpint (jsc_value_to_int32 (wait.result), ==, 42);
  g_clear_object (&wait.result);

  /* Text crosses the bridge intact, in UTF-8. */
  webkit_web_view_evaluate_javascript (view, "document.title", -1, NULL, NULL, NULL,
                                       evaluate_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_no_error (wait.error);
  title = jsc_value_to_string (wait.result);
  g_assert_cmpstr (title, ==, "Xin chào");

  g_source_remove (timeout);
  g_clear_object (&wait.result);
  g_main_loop_unref (wait.loop);
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
