/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-web-extension.c — runs inside each web process of a child's browser
 *
 * Sees every request a page makes (frames, images, scripts, fetch, XHR,
 * beacons, media) in WebKitWebPage::send-request, which the UI process
 * cannot see, and:
 *  - cancels the ones the profile blocks (NcRequestPolicy: the policy's
 *    lists and the profile's rules, handed over by the UI process), and
 *    tells the view (a "request-blocked" user message with the host and
 *    the category, never the path), which counts it in the activity log;
 *  - puts the headers the site policy asks for on the others (YouTube's
 *    restricted mode, the YouTube-Restrict header, on the site's own API
 *    calls and embedded players too).
 * WebSocket handshakes never reach send-request (WebKitGTK 2.50). They are
 * decided here too, before any script of a frame runs: the frame's
 * WebSocket constructor is replaced (window-object-cleared, in the page's
 * world) by one that asks NcRequestPolicy about the absolute URL it then
 * opens, throws a SecurityError when blocked, and is logged like any other
 * request. Workers have a WebSocket of their own that no hook reaches: the
 * UI process's content filter (nc-socket-filter.h) still blocks what it can
 * name there (shipped lists, the parent's lists), not imported lists.
 *
 * Data from the UI process: the initialization data, a{sv} with "headers"
 * a(sss) (host, header name, value; a rule's host matches itself and its
 * subdomains), "lists" and "rules" (nc-request-policy.h) and "serial" (u,
 * of the lists); later the user message "rules" with the same value, and
 * "lists-serial" (u) whenever the view commits a page or the lists change.
 * A page whose serial differs (or a new page) asks with "current-rules"
 * and takes the reply, a{sv} with "lists", "rules" and "serial": a process
 * WebKit kept aside (its cache, the back-forward cache) missed what was
 * sent while it waited there.
 * Until both arrive, a child's page loads only from its own host (fail
 * closed). "guard-world" (s) names the guard's private world, where
 * nc-guard-checker.h checks the child's drafts in this process; with the
 * "guard-texts" and "guard-rules" it translates the findings with. Nothing
 * here stores or sends what the child types.
 */
#include "config.h"

#include <string.h>
#include <webkit/webkit-web-process-extension.h>

#include "nc-guard-checker.h"
#include "nc-request-policy.h"
#include "nc-url-host.h"

#define MESSAGE_BLOCKED "request-blocked"

typedef struct {
  char *host;
  char *name;
  char *value;
} HeaderRule;

static GArray *header_rules;      /* HeaderRule, for the life of the process */
static NcRequestPolicy *policy;   /* this profile's; one profile per process */
static WebKitWebProcessExtension *the_extension;
static guint lists_serial;        /* of the lists policy has, 0: none */

static void ask_current_rules (WebKitWebPage *page);

static void
add_headers (WebKitURIRequest *request)
{
  SoupMessageHeaders *headers = webkit_uri_request_get_http_headers (request);
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;

  if (headers == NULL || header_rules->len == 0)
    return;
  uri = g_uri_parse (webkit_uri_request_get_uri (request), G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return;
  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  if (g_str_has_suffix (host, "."))
    host[strlen (host) - 1] = '\0';

  for (guint i = 0; i < header_rules->len; i++)
    {
      const HeaderRule *rule = &g_array_index (header_rules, HeaderRule, i);

      if (nc_host_in_domain (host, rule->host))
        soup_message_headers_replace (headers, rule->name, rule->value);
    }
}

/* Decides a request of @page to @uri; when it is blocked, tells the view
 * (host and category only) and returns TRUE. */
static gboolean
block_request (WebKitWebPage *page,
               const char    *uri)
{
  g_autoptr(NcDecision) decision = nc_request_policy_decide (policy, uri, webkit_web_page_get_uri (page));
  const char *category;
  GVariant *params;

  if (decision->action != NC_ACTION_BLOCK)
    return FALSE;
  category = decision->category >= 0 && decision->category < NC_N_SITE_CATEGORIES
             ? nc_site_category_to_string (decision->category) : "";
  params = g_variant_new ("(ss)", decision->host != NULL ? decision->host : "", category);
  webkit_web_page_send_message_to_view (page, webkit_user_message_new (MESSAGE_BLOCKED, params),
                                        NULL, NULL, NULL);
  return TRUE;
}

static gboolean
send_request_cb (WebKitWebPage     *page,
                 WebKitURIRequest  *request,
                 WebKitURIResponse *redirected_response,
                 gpointer           user_data)
{
  /* TRUE: the request is cancelled, nothing is sent. */
  if (block_request (page, webkit_uri_request_get_uri (request)))
    return TRUE;

  add_headers (request);
  /* FALSE: the request goes on, to other handlers and to the network. */
  return FALSE;
}

/* Takes "lists" or "rules" from @data (a{sv}, or the parameters of a user
 * message named @name); a bad value leaves what was there. */
static void
take (const char *name,
      GVariant   *value)
{
  g_autoptr(GError) error = NULL;

  if (value == NULL)
    return;
  if (g_str_equal (name, "lists"))
    nc_request_policy_set_lists (policy, value, &error);
  else if (g_str_equal (name, "rules"))
    nc_request_policy_set_rules (policy, value, &error);
  if (error != NULL)
    g_warning ("ignored bad %s from the UI process: %s", name, error->message);
}

static gboolean
user_message_received_cb (WebKitWebPage     *page,
                          WebKitUserMessage *message,
                          gpointer           user_data)
{
  const char *name = webkit_user_message_get_name (message);
  GVariant *params = webkit_user_message_get_parameters (message);

  if (g_str_equal (name, "lists-serial"))
    {
      if (params != NULL && g_variant_is_of_type (params, G_VARIANT_TYPE_UINT32) &&
          g_variant_get_uint32 (params) != lists_serial)
        ask_current_rules (page);
      return TRUE;
    }
  if (!g_str_equal (name, "rules"))
    return FALSE;
  take (name, params);
  return TRUE;
}

/* The frame's own WebSocket, wrapped: the URL is made absolute once (a
 * page's toString or base URI cannot change it between the decision and
 * the connection), decided, and only that string is opened. Everything it
 * uses is taken before the page's scripts run. */
static const char socket_wrapper[] =
  "(function (allowed) {"
  "  'use strict';"
  "  const Native = globalThis.WebSocket;"
  "  if (typeof Native !== 'function') return;"
  "  const construct = Reflect.construct, apply = Reflect.apply, str = String, Url = URL;"
  "  const Denied = DOMException, doc = document;"
  "  const base = Object.getOwnPropertyDescriptor (Node.prototype, 'baseURI').get;"
  "  const define = Object.defineProperty, describe = Object.getOwnPropertyDescriptor;"
  "  function WebSocket (url, protocols) {"
  "    if (new.target === undefined) throw new TypeError (\"Constructor WebSocket requires 'new'\");"
  "    let href = str (url);"
  "    try { href = new Url (href, apply (base, doc, [])).href; } catch (e) { /* the socket's own error */ }"
  "    if (!allowed (href)) throw new Denied ('NetConduct blocked this connection.', 'SecurityError');"
  "    return construct (Native, arguments.length > 1 ? [href, protocols] : [href], new.target);"
  "  }"
  "  for (const key of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'])"
  "    define (WebSocket, key, describe (Native, key));"
  "  define (WebSocket, 'prototype', { value: Native.prototype });"
  "  Object.setPrototypeOf (WebSocket, Object.getPrototypeOf (Native));"
  "  define (Native.prototype, 'constructor', { ...describe (Native.prototype, 'constructor'), value: WebSocket });"
  "  define (globalThis, 'WebSocket', { ...describe (globalThis, 'WebSocket'), value: WebSocket });"
  "})";

static gboolean
socket_allowed_cb (const char *url,
                   gpointer    user_data)
{
  WebKitWebPage *page = webkit_web_process_extension_get_page (the_extension, GPOINTER_TO_UINT (user_data));

  /* No page any more, or no URL: nothing is opened. */
  return page != NULL && url != NULL && !block_request (page, url);
}

static void
window_object_cleared_cb (WebKitScriptWorld *world,
                          WebKitWebPage     *page,
                          WebKitFrame       *frame,
                          gpointer           user_data)
{
  g_autoptr(JSCContext) context = webkit_frame_get_js_context_for_script_world (frame, world);
  g_autoptr(JSCValue) wrap = jsc_context_evaluate (context, socket_wrapper, -1);
  g_autoptr(JSCValue) allowed = NULL;
  g_autoptr(JSCValue) result = NULL;

  if (!jsc_value_is_function (wrap))
    {
      g_warning ("the WebSocket wrapper did not compile");
      return;
    }
  allowed = jsc_value_new_function (context, NULL, G_CALLBACK (socket_allowed_cb),
                                    GUINT_TO_POINTER ((guint) webkit_web_page_get_id (page)), NULL,
                                    G_TYPE_BOOLEAN, 1, G_TYPE_STRING);
  result = jsc_value_function_call (wrap, JSC_TYPE_VALUE, allowed, G_TYPE_NONE);
}

/* Takes "lists" (with its "serial") and "rules" from @data, a{sv}. */
static void
take_all (GVariant *data)
{
  g_autoptr(GVariant) lists = g_variant_lookup_value (data, "lists", NULL);
  g_autoptr(GVariant) rules = g_variant_lookup_value (data, "rules", NULL);
  guint32 serial;

  if (lists != NULL && g_variant_lookup (data, "serial", "u", &serial))
    {
      take ("lists", lists);
      lists_serial = serial;
    }
  take ("rules", rules);
  nc_guard_checker_take_texts (data);
}

static void
current_rules_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(WebKitUserMessage) reply = webkit_web_page_send_message_to_view_finish (WEBKIT_WEB_PAGE (source),
                                                                                    result, NULL);
  GVariant *data = reply != NULL ? webkit_user_message_get_parameters (reply) : NULL;

  if (data == NULL || !g_variant_is_of_type (data, G_VARIANT_TYPE_VARDICT))
    return;
  take_all (data);
}

static void
ask_current_rules (WebKitWebPage *page)
{
  webkit_web_page_send_message_to_view (page, webkit_user_message_new ("current-rules", NULL),
                                        NULL, current_rules_cb, NULL);
}

static void
page_created_cb (WebKitWebProcessExtension *extension,
                 WebKitWebPage             *page,
                 gpointer                   user_data)
{
  ask_current_rules (page);
  g_signal_connect (page, "send-request", G_CALLBACK (send_request_cb), NULL);
  g_signal_connect (page, "user-message-received", G_CALLBACK (user_message_received_cb), NULL);
}

/* The entry point WebKit looks for. */
G_MODULE_EXPORT void webkit_web_process_extension_initialize_with_user_data (WebKitWebProcessExtension *extension,
                                                                             GVariant                  *user_data);

G_MODULE_EXPORT void
webkit_web_process_extension_initialize_with_user_data (WebKitWebProcessExtension *extension,
                                                        GVariant                  *user_data)
{
  g_autoptr(GVariant) headers = NULL;
  const char *guard_world;

  the_extension = extension;
  header_rules = g_array_new (FALSE, FALSE, sizeof (HeaderRule));
  policy = nc_request_policy_new ();
  /* Connected even without data: every request is then decided fail
   * closed, and messages may still bring the rules. */
  g_signal_connect (extension, "page-created", G_CALLBACK (page_created_cb), NULL);
  g_signal_connect (webkit_script_world_get_default (), "window-object-cleared",
                    G_CALLBACK (window_object_cleared_cb), NULL);

  if (user_data == NULL || !g_variant_is_of_type (user_data, G_VARIANT_TYPE_VARDICT))
    {
      g_warning ("started without its data: a child's pages load only from their own host");
      return;
    }
  if (g_variant_lookup (user_data, "guard-world", "&s", &guard_world))
    nc_guard_checker_init (guard_world);
  headers = g_variant_lookup_value (user_data, "headers", G_VARIANT_TYPE ("a(sss)"));
  if (headers != NULL)
    {
      GVariantIter iter;
      const char *host, *name, *value;

      g_variant_iter_init (&iter, headers);
      while (g_variant_iter_next (&iter, "(&s&s&s)", &host, &name, &value))
        {
          HeaderRule rule = { g_ascii_strdown (host, -1), g_strdup (name), g_strdup (value) };

          g_array_append_val (header_rules, rule);
        }
    }
  take_all (user_data);
}
