/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-web-view.c — a web view that obeys the site policy; the guard's
 * protocol is NcGuardChannel's */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "nc-guard-channel.h"
#include "nc-url-host.h"
#include "nc-web-view.h"

/* Blocked requests logged per page: one entry per site and category, at
 * most this many (a page could invent endless subdomains). */
#define MAX_BLOCKED_ENTRIES 64

struct _NcWebView
{
  WebKitWebView          parent_instance;

  NcBrowserContext      *context;
  NcGuardChannel        *guard;

  GPtrArray             *held;          /* HeldDecision */
  char                  *native_uri;    /* the URI this view itself is loading */
  GHashTable            *blocked_requests; /* "outcome host" logged for this page */
};

G_DEFINE_FINAL_TYPE (NcWebView, nc_web_view, WEBKIT_TYPE_WEB_VIEW)

enum {
  SIGNAL_OPEN_TAB,
  SIGNAL_ASK_PARENT,
  SIGNAL_GUARD_TIMING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  WebKitPolicyDecision     *decision;
  WebKitPolicyDecisionType  type;
} HeldDecision;

static void
held_decision_free (gpointer data)
{
  HeldDecision *held = data;

  g_object_unref (held->decision);
  g_free (held);
}

static char *
host_of (const char *uri)
{
  g_autoptr(GUri) parsed = uri != NULL ? g_uri_parse (uri, G_URI_FLAGS_NONE, NULL) : NULL;

  return parsed != NULL ? g_strdup (g_uri_get_host (parsed)) : NULL;
}

/* Loads @uri as the view's own navigation (from the address bar, a
 * rewrite, or an internal page), so its decision is known to be for the
 * main frame. */
static void
load_native (NcWebView  *self,
             const char *uri)
{
  g_free (self->native_uri);
  self->native_uri = g_strdup (uri);
  webkit_web_view_load_uri (WEBKIT_WEB_VIEW (self), uri);
}

/* @uri as WebKit will report it once loading starts: default port and
 * empty path normalized, host in lower-case ASCII (punycode). */
static char *
canonical_uri (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  g_autoptr(GUri) rebuilt = NULL;
  g_autofree char *host = NULL;

  if (parsed == NULL)
    return g_strdup (uri);
  if (g_uri_get_host (parsed) != NULL)
    {
      g_autofree char *ascii = g_hostname_to_ascii (g_uri_get_host (parsed));
      host = g_ascii_strdown (ascii != NULL ? ascii : g_uri_get_host (parsed), -1);
    }
  rebuilt = g_uri_build (g_uri_get_flags (parsed), g_uri_get_scheme (parsed),
                         g_uri_get_userinfo (parsed), host, g_uri_get_port (parsed),
                         g_uri_get_path (parsed), g_uri_get_query (parsed),
                         g_uri_get_fragment (parsed));
  return g_uri_to_string (rebuilt);
}

/* Is @uri the load this view started itself (the address bar, a rewrite,
 * an internal page), however WebKit spelled it? */
static gboolean
is_native_load (NcWebView  *self,
                const char *uri)
{
  g_autofree char *native = NULL;
  g_autofree char *requested = NULL;

  if (self->native_uri == NULL || uri == NULL)
    return FALSE;
  if (g_str_equal (uri, self->native_uri))
    return TRUE;
  native = canonical_uri (self->native_uri);
  requested = canonical_uri (uri);
  return g_str_equal (native, requested);
}

static void
show_blocked (NcWebView  *self,
              const char *uri,
              NcDecision *decision)
{
  NcBlockedInfo *info = g_new0 (NcBlockedInfo, 1);
  g_autofree char *page = NULL;
  guint id;

  info->url = g_strdup (uri);
  info->host = g_strdup (decision->host);
  info->reason = decision->reason;
  info->category = decision->category;
  info->message = g_strdup (decision->message);
  id = nc_internal_pages_add_blocked (WEBKIT_WEB_VIEW (self), info);

  page = g_strdup_printf ("netconduct:blocked?id=%u", id);
  load_native (self, page);
}

static gboolean
is_internal (const char *uri)
{
  return uri != NULL && g_str_has_prefix (uri, "netconduct:");
}

/* The navigation @policy_decision is about, and in *@uri where it goes. */
static WebKitNavigationAction *
navigation_of (WebKitPolicyDecision  *policy_decision,
               const char           **uri)
{
  WebKitNavigationAction *action =
    webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (policy_decision));

  *uri = webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));
  return action;
}

/*
 * Decides one navigation now that the policy is there. Main-frame loads
 * that are blocked show the blocked page; safe-search rewrites load the
 * rewritten URL instead.
 */
static void
apply_policy (NcWebView                *self,
              WebKitPolicyDecision     *policy_decision,
              WebKitPolicyDecisionType  type)
{
  const char *uri;
  WebKitNavigationAction *action = navigation_of (policy_decision, &uri);
  gboolean main_frame = is_native_load (self, uri) ||
                        type == WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION ||
                        webkit_navigation_action_get_navigation_type (action) != WEBKIT_NAVIGATION_TYPE_OTHER ||
                        webkit_navigation_action_is_redirect (action);
  g_autoptr(NcDecision) decision = nc_browser_context_decide (self->context, uri);

  g_assert (decision != NULL);

  if (is_native_load (self, uri))
    g_clear_pointer (&self->native_uri, g_free);

  if (decision->action == NC_ACTION_BLOCK)
    {
      webkit_policy_decision_ignore (policy_decision);
      nc_browser_context_record (self->context, decision->host, NULL, NC_OUTCOME_BLOCKED);
      if (main_frame && type != WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION)
        show_blocked (self, uri, decision);
      return;
    }

  if (decision->url != NULL && g_strcmp0 (decision->url, uri) != 0)
    {
      webkit_policy_decision_ignore (policy_decision);
      nc_browser_context_record (self->context, decision->host, NULL, NC_OUTCOME_REWRITTEN);
      if (main_frame && type != WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION)
        load_native (self, decision->url);
      return;
    }

  if (decision->header_name != NULL && decision->header_value != NULL && main_frame &&
      type != WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION &&
      !nc_browser_context_adds_request_headers (self->context))
    {
      WebKitURIRequest *request = webkit_navigation_action_get_request (action);
      SoupMessageHeaders *headers = webkit_uri_request_get_http_headers (request);
      const char *sent = headers != NULL ? soup_message_headers_get_one (headers, decision->header_name) : NULL;

      if (g_strcmp0 (sent, decision->header_value) != 0)
        {
          /* Restricted mode travels in a header: load the page again with
           * it (the policy sees it then and lets it through). */
          g_autoptr(WebKitURIRequest) with_header = webkit_uri_request_new (uri);

          webkit_policy_decision_ignore (policy_decision);
          soup_message_headers_replace (webkit_uri_request_get_http_headers (with_header),
                                        decision->header_name, decision->header_value);
          g_free (self->native_uri);
          self->native_uri = g_strdup (uri);
          webkit_web_view_load_request (WEBKIT_WEB_VIEW (self), with_header);
          nc_browser_context_record (self->context, decision->host, NULL, NC_OUTCOME_REWRITTEN);
          return;
        }
    }

  if (main_frame)
    nc_browser_context_record (self->context, decision->host, NULL,
                               decision->action == NC_ACTION_GUARD ? NC_OUTCOME_GUARDED
                                                                    : NC_OUTCOME_ALLOWED);
  webkit_policy_decision_use (policy_decision);
}

static gboolean
current_page_is_internal (NcWebView *self)
{
  return is_internal (webkit_web_view_get_uri (WEBKIT_WEB_VIEW (self)));
}

static void
ask_parent (NcWebView  *self,
            const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GHashTable) params = NULL;
  const char *id_text;
  guint64 id = 0;

  if (parsed == NULL || g_uri_get_query (parsed) == NULL)
    return;
  params = g_uri_parse_params (g_uri_get_query (parsed), -1, "&", G_URI_PARAMS_NONE, NULL);
  id_text = params != NULL ? g_hash_table_lookup (params, "id") : NULL;
  if (id_text == NULL || !g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXUINT, &id, NULL))
    return;
  if (nc_web_view_get_blocked_info (self, id) != NULL)
    g_signal_emit (self, signals[SIGNAL_ASK_PARENT], 0, (guint) id);
}

static gboolean
decide_navigation (NcWebView                *self,
                   WebKitPolicyDecision     *policy_decision,
                   WebKitPolicyDecisionType  type)
{
  const char *uri;
  WebKitNavigationAction *action = navigation_of (policy_decision, &uri);

  if (type == WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION &&
      !webkit_navigation_action_is_user_gesture (action))
    {
      g_autofree char *host = host_of (uri);

      webkit_policy_decision_ignore (policy_decision);
      nc_browser_context_record (self->context, host, NULL, NC_OUTCOME_POPUP);
      return TRUE;
    }

  if (is_internal (uri))
    {
      /* Only the view itself, or an internal page, opens internal pages;
       * "ask a parent" is a request to the app, never a page. */
      if (g_str_has_prefix (uri, "netconduct:ask-parent"))
        {
          webkit_policy_decision_ignore (policy_decision);
          if (current_page_is_internal (self))
            ask_parent (self, uri);
          return TRUE;
        }
      if (is_native_load (self, uri) || current_page_is_internal (self))
        webkit_policy_decision_use (policy_decision);
      else
        webkit_policy_decision_ignore (policy_decision);
      return TRUE;
    }

  if (g_str_equal (uri, "about:blank") || g_str_equal (uri, "about:srcdoc") ||
      ((g_str_has_prefix (uri, "blob:") || g_str_has_prefix (uri, "data:")) &&
       type == WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION &&
       webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_OTHER &&
       !current_page_is_internal (self) && webkit_web_view_get_uri (WEBKIT_WEB_VIEW (self)) != NULL))
    {
      /* Frames filled by the page that is already allowed. */
      webkit_policy_decision_use (policy_decision);
      return TRUE;
    }

  if (!nc_browser_context_is_ready (self->context))
    {
      HeldDecision *held = g_new0 (HeldDecision, 1);

      held->decision = g_object_ref (policy_decision);
      held->type = type;
      g_ptr_array_add (self->held, held);
      return TRUE;
    }

  apply_policy (self, policy_decision, type);
  return TRUE;
}

/* Schemes a page may show as a whole page: http(s) and the app's own. A
 * page that sends its tab to a data:, blob:, file: … document (WebKit does
 * not ask about navigations of those in a way that tells frames apart) is
 * stopped here, at its response. */
static gboolean
is_page_scheme (const char *uri)
{
  g_autofree char *scheme = uri != NULL ? g_uri_parse_scheme (uri) : NULL;

  return scheme != NULL && (g_str_equal (scheme, "http") || g_str_equal (scheme, "https") ||
                            g_str_equal (scheme, "netconduct"));
}

static gboolean
decide_response (NcWebView            *self,
                 WebKitPolicyDecision *policy_decision)
{
  WebKitResponsePolicyDecision *response = WEBKIT_RESPONSE_POLICY_DECISION (policy_decision);

  /* (What WebKit cannot show is a download, decided below.) */
  if (webkit_response_policy_decision_is_main_frame_main_resource (response) &&
      webkit_response_policy_decision_is_mime_type_supported (response))
    {
      WebKitURIRequest *request = webkit_response_policy_decision_get_request (response);
      const char *uri = webkit_uri_request_get_uri (request);

      if (!is_page_scheme (uri) && g_strcmp0 (uri, "about:blank") != 0)
        {
          webkit_policy_decision_ignore (policy_decision);
          nc_browser_context_record (self->context, NULL, NULL, NC_OUTCOME_BLOCKED);
          return TRUE;
        }
    }

  if (!webkit_response_policy_decision_is_mime_type_supported (response) &&
      !nc_browser_context_get_allow_downloads (self->context))
    {
      WebKitURIRequest *request = webkit_response_policy_decision_get_request (response);
      g_autofree char *host = host_of (webkit_uri_request_get_uri (request));

      webkit_policy_decision_ignore (policy_decision);
      nc_browser_context_record (self->context, host, NULL, NC_OUTCOME_DOWNLOAD);
      return TRUE;
    }

  webkit_policy_decision_use (policy_decision);
  return TRUE;
}

static gboolean
nc_web_view_decide_policy (WebKitWebView            *view,
                           WebKitPolicyDecision     *decision,
                           WebKitPolicyDecisionType  type)
{
  NcWebView *self = NC_WEB_VIEW (view);

  switch (type)
    {
    case WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION:
    case WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION:
      return decide_navigation (self, decision, type);
    case WEBKIT_POLICY_DECISION_TYPE_RESPONSE:
      return decide_response (self, decision);
    default:
      webkit_policy_decision_ignore (decision);
      return TRUE;
    }
}

/* The policy arrived: decide what was held, in order. */
static void
context_ready_cb (NcBrowserContext *context,
                  gpointer          user_data)
{
  NcWebView *self = user_data;
  g_autoptr(GPtrArray) held = g_steal_pointer (&self->held);

  self->held = g_ptr_array_new_with_free_func (held_decision_free);
  for (guint i = 0; i < held->len; i++)
    {
      HeldDecision *item = g_ptr_array_index (held, i);
      apply_policy (self, item->decision, item->type);
    }
}

static gboolean
load_failed_with_tls_errors_cb (WebKitWebView        *view,
                                const char           *failing_uri,
                                GTlsCertificate      *certificate,
                                GTlsCertificateFlags  errors,
                                gpointer              user_data)
{
  NcWebView *self = NC_WEB_VIEW (view);
  g_autofree char *host = host_of (failing_uri);

  nc_internal_pages_set_tls_host (view, host);
  nc_browser_context_record (self->context, host, NULL, NC_OUTCOME_TLS_ERROR);
  load_native (self, "netconduct:tls-error");
  return TRUE;
}

static gboolean
permission_request_cb (WebKitWebView           *view,
                       WebKitPermissionRequest *request,
                       gpointer                 user_data)
{
  /* Camera, microphone, location, notifications, pointer lock...: no. */
  webkit_permission_request_deny (request);
  return TRUE;
}

static GtkWidget *
create_cb (WebKitWebView          *view,
           WebKitNavigationAction *action,
           gpointer                user_data)
{
  NcWebView *self = NC_WEB_VIEW (view);
  NcWebView *popup;

  if (!webkit_navigation_action_is_user_gesture (action))
    {
      /* WebKit's own pop-up blocker is off (see nc_web_view_new) so that
       * every window a page opens by itself comes here and is counted. */
      WebKitURIRequest *request = webkit_navigation_action_get_request (action);
      g_autofree char *host = request != NULL ? host_of (webkit_uri_request_get_uri (request)) : NULL;

      nc_browser_context_record (self->context, host, NULL, NC_OUTCOME_POPUP);
      return NULL;
    }

  popup = nc_web_view_new (self->context, self);
  g_signal_emit (self, signals[SIGNAL_OPEN_TAB], 0, popup);
  return GTK_WIDGET (popup);
}

/* A new page in a web process asks what it decides requests with: the
 * reply goes to that process, even one WebKit took from its cache, which
 * missed what send_request_rules() sent while it sat there. The guard's
 * texts go along, in the language of the moment. */
static void
reply_current_rules (NcWebView         *self,
                     WebKitUserMessage *message)
{
  g_autoptr(GVariant) rules = nc_browser_context_get_request_rules (self->context);
  g_autoptr(GVariant) lists = nc_browser_context_get_request_lists (self->context);
  GVariantBuilder data;

  g_variant_builder_init (&data, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&data, "{sv}", "rules", rules);
  nc_browser_context_add_guard_texts (&data);
  if (lists != NULL)
    {
      g_variant_builder_add (&data, "{sv}", "lists", lists);
      g_variant_builder_add (&data, "{sv}", "serial",
                             g_variant_new_uint32 (nc_browser_context_get_request_lists_serial (self->context)));
    }
  webkit_user_message_send_reply (message, webkit_user_message_new ("current-rules",
                                                                    g_variant_builder_end (&data)));
}

/* The web extension cancelled a request of the page: log it, by site and
 * category (never the path), once per site and category for each page. The
 * host and category are checked, as anything from a web process. Also
 * answers "current-rules". */
static gboolean
user_message_received_cb (WebKitWebView     *view,
                          WebKitUserMessage *message,
                          gpointer           user_data)
{
  NcWebView *self = NC_WEB_VIEW (view);
  GVariant *params = webkit_user_message_get_parameters (message);
  const char *host, *category;
  g_autofree char *outcome = NULL;
  g_autofree char *key = NULL;
  char norm[NC_HOST_MAX];
  NcHostKind kind;
  int len;

  if (g_str_equal (webkit_user_message_get_name (message), "current-rules"))
    {
      reply_current_rules (self, message);
      return TRUE;
    }
  if (!g_str_equal (webkit_user_message_get_name (message), "request-blocked"))
    return FALSE;
  if (params == NULL || !g_variant_is_of_type (params, G_VARIANT_TYPE ("(ss)")))
    return TRUE;
  g_variant_get (params, "(&s&s)", &host, &category);
  len = nc_host_normalize (host, -1, norm, &kind);
  if (*category != '\0')
    {
      for (int c = 0; c < NC_N_SITE_CATEGORIES && outcome == NULL; c++)
        if (g_str_equal (category, nc_site_category_to_string (c)))
          outcome = g_strconcat (NC_OUTCOME_REQUEST_BLOCKED ":", category, NULL);
      if (outcome == NULL)
        return TRUE;
    }
  if (outcome == NULL)
    outcome = g_strdup (NC_OUTCOME_REQUEST_BLOCKED);
  key = g_strconcat (outcome, " ", len > 0 ? norm : "", NULL);
  if (g_hash_table_size (self->blocked_requests) >= MAX_BLOCKED_ENTRIES ||
      !g_hash_table_add (self->blocked_requests, g_steal_pointer (&key)))
    return TRUE;
  nc_browser_context_record (self->context, len > 0 ? norm : NULL, NULL, outcome);
  return TRUE;
}

static void send_request_rules (NcWebView *self,
                                gboolean   lists_changed);

/* A new page: its blocked requests are logged afresh. It may live in a
 * process WebKit kept aside (the back-forward cache, or its process
 * cache), which missed what was sent while it waited there: the rules,
 * and the lists' serial (the page asks for the lists when its differ). */
static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 gpointer         user_data)
{
  if (event != WEBKIT_LOAD_COMMITTED)
    return;
  g_hash_table_remove_all (NC_WEB_VIEW (view)->blocked_requests);
  send_request_rules (NC_WEB_VIEW (view), FALSE);
}

/* Hands the page's web process what it decides requests with (the rules,
 * and the serial of the lists), and takes the context's WebSocket filter;
 * @lists_changed is kept for the signal's sake, the serial tells. */
static void
send_request_rules (NcWebView *self,
                    gboolean   lists_changed)
{
  WebKitWebView *view = WEBKIT_WEB_VIEW (self);
  WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (view);
  WebKitUserContentFilter *filter = nc_browser_context_get_socket_filter (self->context);
  g_autoptr(GVariant) rules = nc_browser_context_get_request_rules (self->context);
  guint serial = nc_browser_context_get_request_lists_serial (self->context);

  /* The lists can be large: the page asks for them ("current-rules")
   * only when its serial differs. */
  webkit_web_view_send_message_to_page (view, webkit_user_message_new ("lists-serial", g_variant_new_uint32 (serial)),
                                        NULL, NULL, NULL);
  webkit_web_view_send_message_to_page (view, webkit_user_message_new ("rules", rules),
                                        NULL, NULL, NULL);
  if (filter != NULL)
    {
      webkit_user_content_manager_remove_all_filters (manager);
      webkit_user_content_manager_add_filter (manager, filter);
    }
}

static void
requests_changed_cb (NcBrowserContext *context,
                     gboolean          lists_changed,
                     gpointer          user_data)
{
  send_request_rules (NC_WEB_VIEW (user_data), lists_changed);
}

/* Is the page this view shows one the guard looks after? Asked again for
 * every message, from the view's own URI, never from what the page says. */
gboolean
nc_web_view_is_guarded (NcWebView *self)
{
  g_return_val_if_fail (NC_IS_WEB_VIEW (self), FALSE);

  return nc_browser_context_guards (self->context, webkit_web_view_get_uri (WEBKIT_WEB_VIEW (self)));
}

static void
guard_timing_cb (NcGuardChannel *guard,
                 const char     *phases,
                 gpointer        user_data)
{
  g_signal_emit (user_data, signals[SIGNAL_GUARD_TIMING], 0, phases);
}

static void
nc_web_view_constructed (GObject *object)
{
  NcWebView *self = NC_WEB_VIEW (object);
  WebKitWebView *view = WEBKIT_WEB_VIEW (object);
  WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (view);

  G_OBJECT_CLASS (nc_web_view_parent_class)->constructed (object);

  self->guard = nc_guard_channel_new (view, self->context);
  g_signal_connect_object (self->guard, "timing", G_CALLBACK (guard_timing_cb), self, 0);

  g_signal_connect_object (self->context, "ready", G_CALLBACK (context_ready_cb), self, 0);
  g_signal_connect_object (self->context, "requests-changed", G_CALLBACK (requests_changed_cb), self, 0);
  g_signal_connect (self, "user-message-received", G_CALLBACK (user_message_received_cb), NULL);
  g_signal_connect (self, "load-changed", G_CALLBACK (load_changed_cb), NULL);
  if (nc_browser_context_get_socket_filter (self->context) != NULL)
    webkit_user_content_manager_add_filter (manager, nc_browser_context_get_socket_filter (self->context));
  g_signal_connect (self, "load-failed-with-tls-errors", G_CALLBACK (load_failed_with_tls_errors_cb), NULL);
  g_signal_connect (self, "permission-request", G_CALLBACK (permission_request_cb), NULL);
  g_signal_connect (self, "create", G_CALLBACK (create_cb), NULL);
}

static void
nc_web_view_dispose (GObject *object)
{
  NcWebView *self = NC_WEB_VIEW (object);

  g_clear_object (&self->guard);
  if (self->held != NULL)
    {
      /* Held decisions are never allowed by default. */
      for (guint i = 0; i < self->held->len; i++)
        webkit_policy_decision_ignore (((HeldDecision *) g_ptr_array_index (self->held, i))->decision);
      g_ptr_array_set_size (self->held, 0);
    }

  G_OBJECT_CLASS (nc_web_view_parent_class)->dispose (object);
}

static void
nc_web_view_finalize (GObject *object)
{
  NcWebView *self = NC_WEB_VIEW (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->held, g_ptr_array_unref);
  g_clear_pointer (&self->blocked_requests, g_hash_table_unref);
  g_free (self->native_uri);

  G_OBJECT_CLASS (nc_web_view_parent_class)->finalize (object);
}

static void
nc_web_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NcWebView *self = NC_WEB_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_web_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NcWebView *self = NC_WEB_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_web_view_class_init (NcWebViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WebKitWebViewClass *view_class = WEBKIT_WEB_VIEW_CLASS (klass);

  object_class->set_property = nc_web_view_set_property;
  object_class->get_property = nc_web_view_get_property;

  object_class->constructed = nc_web_view_constructed;
  object_class->dispose = nc_web_view_dispose;
  object_class->finalize = nc_web_view_finalize;
  view_class->decide_policy = nc_web_view_decide_policy;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, NC_TYPE_BROWSER_CONTEXT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (NcWebView *popup): a page opened a window after a click; show it as
   * a new tab. */
  signals[SIGNAL_OPEN_TAB] = g_signal_new ("open-tab", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, NC_TYPE_WEB_VIEW);
  /* (guint id): the child pressed "Ask a parent" on blocked page @id; the
   * app asks for the PIN, then calls nc_web_view_parent_allowed(). */
  signals[SIGNAL_ASK_PARENT] = g_signal_new ("ask-parent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* (const char *phases): benchmarks only, with
   * nc_browser_context_set_guard_timing(): a JSON object of the guard's
   * performance.now() at each step of a check that drew a warning
   * (input, timer, sent, reply, chip, requested, frame, painted). */
  signals[SIGNAL_GUARD_TIMING] = g_signal_new ("guard-timing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
nc_web_view_init (NcWebView *self)
{
  self->held = g_ptr_array_new_with_free_func (held_decision_free);
  self->blocked_requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* A view of @context's profile; a pop-up is @related to its opener. */
NcWebView *
nc_web_view_new (NcBrowserContext *context,
                 NcWebView        *related)
{
  g_autoptr(WebKitUserContentManager) manager = webkit_user_content_manager_new ();
  g_autoptr(WebKitSettings) settings = webkit_settings_new_with_settings (
    /* Pop-ups are decided in create_cb (only after a click, and counted
     * otherwise); WebKit's own blocker would drop them uncounted. */
    "javascript-can-open-windows-automatically", TRUE,
    "allow-file-access-from-file-urls", FALSE,
    "allow-universal-access-from-file-urls", FALSE,
    "enable-developer-extras", FALSE,
    NULL);
  NcWebView *self;

  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (context), NULL);

  if (related != NULL)
    self = g_object_new (NC_TYPE_WEB_VIEW,
                         "context", context,
                         "related-view", related,
                         "user-content-manager", manager,
                         "settings", settings,
                         NULL);
  else
    self = g_object_new (NC_TYPE_WEB_VIEW,
                         "context", context,
                         "web-context", nc_browser_context_get_web_context (context),
                         "network-session", nc_browser_context_get_network_session (context),
                         "user-content-manager", manager,
                         "settings", settings,
                         NULL);
  return self;
}

NcBrowserContext *
nc_web_view_get_context (NcWebView *self)
{
  g_return_val_if_fail (NC_IS_WEB_VIEW (self), NULL);
  return self->context;
}

/* Does @text (trimmed, no white space) start with a scheme other than
 * http, https and netconduct (javascript:, data:, file:, blob:, about:…)?
 * "localhost:8080" and "example.com:8080/x" are a host and a port. */
static gboolean
has_refused_scheme (const char *text)
{
  g_autofree char *scheme = NULL;
  const char *p = text, *after;

  if (!g_ascii_isalpha (*p))
    return FALSE;
  for (p++; g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.'; p++)
    ;
  if (*p != ':')
    return FALSE;
  scheme = g_ascii_strdown (text, p - text);
  if (g_str_equal (scheme, "http") || g_str_equal (scheme, "https") ||
      g_str_equal (scheme, "netconduct"))
    return FALSE;
  for (after = p + 1; g_ascii_isdigit (*after); after++)
    ;
  if (after > p + 1 && (*after == '\0' || *after == '/' || *after == '?' || *after == '#'))
    return FALSE;
  return TRUE;
}

/*
 * What the address bar means: a web address (http, https, netconduct:; a
 * bare host name becomes https://) or else a search, with safe search on.
 * NULL for an address of any other kind (javascript:, data:, file:…),
 * which is never opened. Free with g_free().
 */
char *
nc_web_view_text_to_uri (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *query = NULL;
  gboolean spaces;

  if (trimmed[0] == '\0')
    return g_strdup (NC_START_URI);

  spaces = strpbrk (trimmed, " \t\n\r\f\v") != NULL;
  if (!spaces && has_refused_scheme (trimmed))
    return NULL;

  if (g_uri_is_valid (trimmed, G_URI_FLAGS_NONE, NULL) && strstr (trimmed, ":") != NULL &&
      !spaces && (strstr (trimmed, "://") != NULL || is_internal (trimmed)))
    return g_strdup (trimmed);

  if (!spaces && strchr (trimmed, '.') != NULL && trimmed[strlen (trimmed) - 1] != '.')
    {
      g_autofree char *candidate = g_strconcat ("https://", trimmed, NULL);
      if (g_uri_is_valid (candidate, G_URI_FLAGS_NONE, NULL))
        return g_steal_pointer (&candidate);
    }

  query = g_uri_escape_string (trimmed, NULL, FALSE);
  return g_strdup_printf ("https://www.google.com/search?q=%s&safe=active", query);
}

/* Loads what the child typed in the address bar. An address that is not
 * a web address is not opened: the blocked page says so. */
void
nc_web_view_load (NcWebView  *self,
                  const char *text)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (NC_IS_WEB_VIEW (self));

  uri = nc_web_view_text_to_uri (text);
  if (uri == NULL)
    {
      NcDecision refused = {
        .action = NC_ACTION_BLOCK,
        .reason = NC_REASON_BAD_URL,
        .category = -1,
        .message = (char *) _("Only web addresses (http and https) can be opened here."),
      };
      g_autofree char *shown = g_strstrip (g_utf8_make_valid (text, -1));

      /* Shown (escaped) on the blocked page: a line, not a whole script. */
      if (g_utf8_strlen (shown, -1) > 80)
        {
          g_autofree char *head = g_utf8_substring (shown, 0, 80);

          g_free (shown);
          shown = g_strconcat (head, "…", NULL);
        }

      webkit_web_view_stop_loading (WEBKIT_WEB_VIEW (self));
      nc_browser_context_record (self->context, NULL, NULL, NC_OUTCOME_BLOCKED);
      show_blocked (self, shown, &refused);
      return;
    }
  load_native (self, uri);
}

/*
 * Decides the page on screen again, for when the allowed hours end or a
 * parent changes the rules while it is open (a page that plays or scrolls
 * on never navigates again). A web page that is now blocked gives way to
 * the blocked page, with "ask a parent". Returns whether it did.
 */
gboolean
nc_web_view_recheck (NcWebView *self)
{
  g_autoptr(NcDecision) decision = NULL;
  const char *uri;

  g_return_val_if_fail (NC_IS_WEB_VIEW (self), FALSE);

  uri = webkit_web_view_get_uri (WEBKIT_WEB_VIEW (self));
  if (uri == NULL || !(g_str_has_prefix (uri, "http://") || g_str_has_prefix (uri, "https://")))
    return FALSE;
  decision = nc_browser_context_decide (self->context, uri);
  if (decision == NULL || decision->action != NC_ACTION_BLOCK)
    return FALSE;

  webkit_web_view_stop_loading (WEBKIT_WEB_VIEW (self));
  nc_browser_context_record (self->context, decision->host, NULL, NC_OUTCOME_BLOCKED);
  show_blocked (self, uri, decision);
  return TRUE;
}

const NcBlockedInfo *
nc_web_view_get_blocked_info (NcWebView *self,
                              guint      id)
{
  g_return_val_if_fail (NC_IS_WEB_VIEW (self), NULL);
  return nc_internal_pages_get_blocked (WEBKIT_WEB_VIEW (self), id);
}

const char *
nc_web_view_get_tls_host (NcWebView *self)
{
  g_return_val_if_fail (NC_IS_WEB_VIEW (self), NULL);
  return nc_internal_pages_get_tls_host (WEBKIT_WEB_VIEW (self));
}

/* How many navigations wait for the policy. */
guint
nc_web_view_get_n_held (NcWebView *self)
{
  g_return_val_if_fail (NC_IS_WEB_VIEW (self), 0);
  return self->held->len;
}

/*
 * A parent entered the PIN for blocked page @id: the site is allowed for
 * this session (and, when @always, the context tells the store to keep it),
 * and the view goes there.
 */
void
nc_web_view_parent_allowed (NcWebView *self,
                            guint      id,
                            gboolean   always)
{
  const NcBlockedInfo *info;
  g_autofree char *url = NULL;

  g_return_if_fail (NC_IS_WEB_VIEW (self));

  info = nc_web_view_get_blocked_info (self, id);
  if (info == NULL || info->host == NULL)
    return;

  url = g_strdup (info->url);
  nc_browser_context_allow_once (self->context, info->host);
  if (always)
    nc_browser_context_allow_always (self->context, info->host);
  load_native (self, url);
}
