/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-web.c — drives a real web view for tests, probe and benchmark */
#include "config.h"

#include <string.h>

#include "nc-test-web.h"
#include "nc-web-view.h"

struct _NcTestInputMethod
{
  WebKitInputMethodContext parent_instance;
};

G_DEFINE_FINAL_TYPE (NcTestInputMethod, nc_test_input_method, WEBKIT_TYPE_INPUT_METHOD_CONTEXT)

static gboolean
filter_key_event (WebKitInputMethodContext *context,
                  GdkEvent                 *key_event)
{
  return FALSE;
}

static void
nc_test_input_method_class_init (NcTestInputMethodClass *klass)
{
  WEBKIT_INPUT_METHOD_CONTEXT_CLASS (klass)->filter_key_event = filter_key_event;
}

static void
nc_test_input_method_init (NcTestInputMethod *self)
{
}

/* Every host, HTTP and HTTPS, goes to @proxy_uri: real host names reach
 * the loopback server, and the site policy sees the real names. */
void
nc_test_web_route_through_proxy (WebKitNetworkSession *session,
                                 const char           *proxy_uri)
{
  WebKitNetworkProxySettings *settings = webkit_network_proxy_settings_new (proxy_uri, NULL);

  webkit_network_session_set_proxy_settings (session, WEBKIT_NETWORK_PROXY_MODE_CUSTOM, settings);
  webkit_network_proxy_settings_free (settings);
}

typedef struct {
  gboolean   done;
  JSCValue  *value;
  GError    *error;
} Wait;

static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 gpointer         user_data)
{
  Wait *wait = user_data;

  if (event == WEBKIT_LOAD_FINISHED)
    wait->done = TRUE;
}

static gboolean
deadline_cb (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

/* Programs run from the build folder (the probe, the benchmark) load the
 * web extension built there, unless $NETCONDUCT_WEB_EXTENSIONS_DIR says
 * otherwise. */
void
nc_test_web_use_built_extension (void)
{
#ifdef NC_WEB_EXTENSION_BUILD_DIR
  g_setenv ("NETCONDUCT_WEB_EXTENSIONS_DIR", NC_WEB_EXTENSION_BUILD_DIR, FALSE);
#endif
}

NcProfileRules *
nc_test_web_rules_for_age (NcAgeBand band)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();

  nc_profile_rules_builder_init (&builder, band);
  nc_profile_rules_builder_allow_any_hour (&builder);
  return nc_profile_rules_builder_end (&builder);
}

/* A browser context for a child of @band whose requests all go to
 * @proxy_uri (the test server), checking typed text 50 ms after the last
 * key; with the default site policy and the checker when @guarded. */
NcBrowserContext *
nc_test_web_context_new (NcAgeBand   band,
                         const char *proxy_uri,
                         gboolean    guarded)
{
  g_autoptr(NcProfileRules) rules = NULL;
  NcBrowserContext *context;

  rules = nc_test_web_rules_for_age (band);
  context = nc_browser_context_new (NULL, rules);
  nc_test_web_route_through_proxy (nc_browser_context_get_network_session (context), proxy_uri);
  nc_browser_context_set_debounce_ms (context, 50);
  if (guarded)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NcSitePolicy) policy = nc_site_policy_new_default (&error);
      g_autoptr(NcChecker) checker = NULL;

      g_assert_no_error (error);
      checker = nc_checker_new (&error);
      g_assert_no_error (error);
      nc_browser_context_set_checker (context, checker);
      nc_browser_context_set_policy (context, policy);
    }
  return context;
}

/* Runs the main loop until the current load finishes (60 s at most: a
 * hang, not a timing check). */
void
nc_test_web_wait_loaded (WebKitWebView *view)
{
  Wait wait = { FALSE, NULL, NULL };
  gboolean expired = FALSE;
  guint deadline = g_timeout_add_seconds (60, deadline_cb, &expired);
  gulong handler = g_signal_connect (view, "load-changed", G_CALLBACK (load_changed_cb), &wait);

  while (!wait.done && !expired)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (view, handler);
  if (!expired)
    g_source_remove (deadline);
  else
    g_error ("the page did not finish loading within 60 s");
}

gboolean
nc_test_web_load_and_wait (WebKitWebView *view,
                           const char    *uri)
{
  webkit_web_view_load_uri (view, uri);
  nc_test_web_wait_loaded (view);
  return TRUE;
}

static void
evaluate_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  wait->value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result,
                                                            &wait->error);
  wait->done = TRUE;
}

/* Evaluates @script in @world (NULL: the page's own world). */
JSCValue *
nc_test_web_eval (WebKitWebView  *view,
                  const char     *world,
                  const char     *script,
                  GError        **error)
{
  Wait wait = { FALSE, NULL, NULL };

  webkit_web_view_evaluate_javascript (view, script, -1, world, NULL, NULL, evaluate_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);

  if (wait.error != NULL)
    {
      g_propagate_error (error, wait.error);
      return NULL;
    }
  return wait.value;
}

gboolean
nc_test_web_eval_bool (WebKitWebView *view,
                       const char    *world,
                       const char    *script)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JSCValue) value = nc_test_web_eval (view, world, script, &error);

  if (value == NULL)
    return FALSE;
  return jsc_value_to_boolean (value);
}

char *
nc_test_web_eval_string (WebKitWebView *view,
                         const char    *world,
                         const char    *script)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JSCValue) value = nc_test_web_eval (view, world, script, &error);

  if (value == NULL)
    return g_strdup_printf ("error: %s", error->message);
  return jsc_value_to_string (value);
}

void
nc_test_web_spin (guint ms)
{
  gboolean expired = FALSE;

  g_timeout_add (ms, deadline_cb, &expired);
  while (!expired)
    g_main_context_iteration (NULL, TRUE);
}

/* Waits until @condition is true in @world, checking every 20 ms, for at
 * most @max_seconds (a hang guard). Returns whether it became true. */
gboolean
nc_test_web_wait_for (WebKitWebView *view,
                      const char    *world,
                      const char    *condition,
                      guint          max_seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) max_seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      if (nc_test_web_eval_bool (view, world, condition))
        return TRUE;
      nc_test_web_spin (20);
    }
  return FALSE;
}

/* Types @text into the focused editor, one character at a time, through
 * the view's input method: WebKit turns each commit into the keyboard's
 * beforeinput and input events, as for a child typing. */
void
nc_test_web_type (WebKitWebView *view,
                  const char    *text)
{
  WebKitInputMethodContext *im = webkit_web_view_get_input_method_context (view);

  if (!NC_TEST_IS_INPUT_METHOD (im))
    {
      g_autoptr(NcTestInputMethod) own = g_object_new (NC_TEST_TYPE_INPUT_METHOD, NULL);
      webkit_web_view_set_input_method_context (view, WEBKIT_INPUT_METHOD_CONTEXT (own));
      im = WEBKIT_INPUT_METHOD_CONTEXT (own);
    }

  gtk_widget_grab_focus (GTK_WIDGET (view));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char buffer[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), buffer);
      g_signal_emit_by_name (im, "committed", buffer);
      /* Let the web process see each keystroke. */
      for (int i = 0; i < 5 && g_main_context_pending (NULL); i++)
        g_main_context_iteration (NULL, FALSE);
    }
}

static void
log_activity_cb (NcBrowserContext *context,
                 const char       *host,
                 const char       *ref_id,
                 const char       *outcome,
                 gpointer          user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("%s|%s|%s", host ? host : "", ref_id ? ref_id : "",
                                               outcome));
}

/* Appends "host|ref|outcome" to @log (strings freed by its owner) for each
 * activity of @context while @log lives as long as @context. */
void
nc_test_web_log_activity (NcBrowserContext *context,
                          GPtrArray        *log)
{
  g_signal_connect (context, "activity", G_CALLBACK (log_activity_cb), log);
}

gboolean
nc_test_web_activity_has (GPtrArray  *log,
                          const char *entry)
{
  return g_ptr_array_find_with_equal_func (log, entry, g_str_equal, NULL);
}

/* Loads what the child typed and waits for the page it ends on (internal
 * pages included: a blocked page or a rewrite is a second load). */
void
nc_test_web_go (NcWebView  *view,
                const char *text)
{
  nc_web_view_load (view, text);
  nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
  nc_test_web_spin (100);
  while (webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view)))
    nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
}

/* A presented 800×600 window that shows @view. */
GtkWidget *
nc_test_web_window_new (NcWebView *view)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A child's browser for @band on @fixture->server's proxy
 * (nc_test_web_context_new()), one view in a presented window, and its
 * activity logged. Undo with nc_test_web_close(), which also frees the
 * server. */
void
nc_test_web_open (NcTestWebFixture *fixture,
                  NcAgeBand         band,
                  gboolean          guarded)
{
  g_autofree char *proxy = nc_test_http_server_get_proxy_uri (fixture->server);

  fixture->context = nc_test_web_context_new (band, proxy, guarded);
  fixture->activity = g_ptr_array_new_with_free_func (g_free);
  nc_test_web_log_activity (fixture->context, fixture->activity);
  fixture->view = nc_web_view_new (fixture->context, NULL);
  fixture->window = nc_test_web_window_new (fixture->view);
}

void
nc_test_web_close (NcTestWebFixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->activity, g_ptr_array_unref);
  g_clear_pointer (&fixture->server, nc_test_http_server_free);
}

void
nc_test_web_tear_down (NcTestWebFixture *fixture,
                       gconstpointer     data)
{
  nc_test_web_close (fixture);
}

WebKitWebView *
nc_test_web_view (NcTestWebFixture *fixture)
{
  return WEBKIT_WEB_VIEW (fixture->view);
}

void
nc_test_web_visit (NcTestWebFixture *fixture,
                   const char       *text)
{
  nc_test_web_go (fixture->view, text);
}

void
nc_test_web_visit_blocked (NcTestWebFixture *fixture,
                           const char       *text,
                           const char       *says)
{
  WebKitWebView *view = nc_test_web_view (fixture);

  nc_test_web_visit (fixture, text);
  g_assert_true (g_str_has_prefix (webkit_web_view_get_uri (view), "netconduct:blocked"));
  if (says != NULL)
    {
      g_autofree char *page = nc_test_web_eval_string (view, NULL, "document.body.innerText");

      g_assert_nonnull (strstr (page, says));
    }
}

gboolean
nc_test_web_logged (NcTestWebFixture *fixture,
                    const char       *entry)
{
  return nc_test_web_activity_has (fixture->activity, entry);
}
