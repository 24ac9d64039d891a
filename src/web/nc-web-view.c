/* nc-web-view.c — a web view that obeys the site policy and runs the guard */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "nc-code-ref.h"
#include "nc-url-host.h"
#include "nc-web-view.h"

#define MAX_MESSAGE_BYTES (64 * 1024)
#define SHORT_DRAFT_BYTES (2 * 1024)
#define HANDLER_NAME "netconduct"
/* Blocked requests logged per page: one entry per site and category, at
 * most this many (a page could invent endless subdomains). */
#define MAX_BLOCKED_ENTRIES 64

struct _NcWebView
{
  WebKitWebView          parent_instance;

  NcBrowserContext      *context;
  WebKitUserScript      *guard_script;
  WebKitUserScript      *shadow_script;   /* nc-guard-shadow.js, in the page's world */
  WebKitUserStyleSheet  *guard_style;
  char                  *highlight_name;  /* random, for this view */

  GPtrArray             *held;          /* HeldDecision */
  char                  *native_uri;    /* the URI this view itself is loading */
  GHashTable            *blocked;       /* id -> NcBlockedInfo */
  guint                  next_blocked_id;
  char                  *tls_host;
  GCancellable          *cancellable;
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

static void
blocked_info_free (gpointer data)
{
  NcBlockedInfo *info = data;

  g_free (info->url);
  g_free (info->host);
  g_free (info->message);
  g_free (info);
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
  guint id = ++self->next_blocked_id;

  info->url = g_strdup (uri);
  info->host = g_strdup (decision->host);
  info->reason = decision->reason;
  info->category = decision->category;
  info->message = g_strdup (decision->message);
  g_hash_table_insert (self->blocked, GUINT_TO_POINTER (id), info);

  page = g_strdup_printf ("netconduct:blocked?id=%u", id);
  load_native (self, page);
}

static gboolean
is_internal (const char *uri)
{
  return uri != NULL && g_str_has_prefix (uri, "netconduct:");
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
  WebKitNavigationAction *action =
    webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (policy_decision));
  const char *uri = webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));
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
  WebKitNavigationAction *action =
    webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (policy_decision));
  const char *uri = webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));

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

  g_free (self->tls_host);
  self->tls_host = host_of (failing_uri);
  nc_browser_context_record (self->context, self->tls_host, NULL, NC_OUTCOME_TLS_ERROR);
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

/* The web extension cancelled a request of the page: log it, by site and
 * category (never the path), once per site and category for each page. The
 * host and category are checked, as anything from a web process. */
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

/* A new page: its blocked requests are logged afresh. */
static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 gpointer         user_data)
{
  if (event == WEBKIT_LOAD_COMMITTED)
    g_hash_table_remove_all (NC_WEB_VIEW (view)->blocked_requests);
}

/* Hands the page's web process what it decides requests with, and takes
 * the context's WebSocket filter. */
static void
send_request_rules (NcWebView *self,
                    gboolean   lists_changed)
{
  WebKitWebView *view = WEBKIT_WEB_VIEW (self);
  WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (view);
  WebKitUserContentFilter *filter = nc_browser_context_get_socket_filter (self->context);
  g_autoptr(GVariant) rules = nc_browser_context_get_request_rules (self->context);
  g_autoptr(GVariant) lists = lists_changed ? nc_browser_context_get_request_lists (self->context) : NULL;

  if (lists != NULL)
    webkit_web_view_send_message_to_page (view, webkit_user_message_new ("lists", lists),
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
  const char *uri = webkit_web_view_get_uri (WEBKIT_WEB_VIEW (self));
  g_autoptr(NcDecision) decision = NULL;

  g_return_val_if_fail (NC_IS_WEB_VIEW (self), FALSE);

  if (uri == NULL || is_internal (uri))
    return FALSE;
  decision = nc_browser_context_decide (self->context, uri);
  return decision != NULL && decision->action == NC_ACTION_GUARD;
}

static gsize
utf16_length (const char *text,
              gsize       n_bytes)
{
  gsize units = 0;

  for (const char *p = text; p < text + n_bytes; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  return units;
}

static void
add_finding (JsonBuilder *builder,
             const char  *ref_id,
             const char  *category,
             const char  *severity,
             gsize        start,
             gsize        end,
             const char  *explanation,
             const char  *suggestion,
             const char  *lesson_id)
{
  const NcCodeRef *ref = nc_code_ref_lookup (ref_id);
  g_autofree char *citation = ref != NULL ? nc_code_ref_format_citation (ref) : g_strdup (ref_id);
  g_autofree char *rule = g_strdup_printf ("%s — %s", citation,
                                           ref != NULL ? nc_code_ref_get_title (ref) : "");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ref");
  json_builder_add_string_value (builder, ref_id);
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, rule);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, category);
  json_builder_set_member_name (builder, "severity");
  json_builder_add_string_value (builder, severity);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, end);
  json_builder_set_member_name (builder, "explanation");
  json_builder_add_string_value (builder, explanation);
  json_builder_set_member_name (builder, "suggestion");
  if (suggestion != NULL)
    json_builder_add_string_value (builder, suggestion);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "lesson");
  json_builder_add_string_value (builder, lesson_id != NULL ? lesson_id : ref_id);
  json_builder_end_object (builder);
}

/* A link in the draft: remind to check the source (4.4), below any
 * threshold, so it never stops a post by itself. */
static void
add_link_reminder (JsonBuilder *builder,
                   const char  *text)
{
  static GRegex *link_regex;
  g_autoptr(GMatchInfo) match = NULL;
  int start, end;

  if (g_once_init_enter (&link_regex))
    g_once_init_leave (&link_regex, g_regex_new ("(https?://|www\\.)[^\\s]+",
                                                 G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));

  if (nc_code_ref_lookup ("4.4") == NULL ||
      !g_regex_match (link_regex, text, 0, &match) ||
      !g_match_info_fetch_pos (match, 0, &start, &end))
    return;

  add_finding (builder, "4.4", "link", "info", utf16_length (text, start), utf16_length (text, end),
               _("Before you share a link, make sure it comes from an official, reliable source. "
                 "If you are not sure, do not share it."),
               NULL, "4.4");
}

typedef struct {
  char                     *text;
  char                     *host;
  WebKitScriptMessageReply *reply;
  JSCContext               *js_context;
  NcBrowserContext         *context;
} CheckJob;

static void
check_job_free (gpointer data)
{
  CheckJob *job = data;

  g_free (job->text);
  g_free (job->host);
  webkit_script_message_reply_unref (job->reply);
  g_object_unref (job->js_context);
  g_object_unref (job->context);
  g_free (job);
}

static void
reply_json (WebKitScriptMessageReply *reply,
            JSCContext               *js_context,
            const char               *json)
{
  g_autoptr(JSCValue) value = jsc_value_new_from_json (js_context, json);

  webkit_script_message_reply_return_value (reply, value);
}

/* A draft's findings go back as a JSON string, which the guard parses:
 * a few KB of findings built as a JavaScript object here would be
 * parsed into this process's JSC heap and then serialized again for the
 * trip to the web process, which took 0.3–5 ms on a loaded machine; a
 * string crosses as it is. */
static void
reply_findings (WebKitScriptMessageReply *reply,
                JSCContext               *js_context,
                const char               *json)
{
  g_autoptr(JSCValue) value = jsc_value_new_string (js_context, json);

  webkit_script_message_reply_return_value (reply, value);
}

/* The reply to a draft: its findings as JSON. Runs on any thread. */
static char *
run_check (CheckJob *job)
{
  NcChecker *checker = nc_browser_context_get_checker (job->context);
  g_autoptr(NcReport) report = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  const NcFinding *findings = NULL;
  gsize n_findings = 0;

  if (checker != NULL)
    report = nc_checker_check (checker, job->text, -1, NULL, &error);
  if (report != NULL)
    findings = nc_report_get_findings (report, &n_findings);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (gsize i = 0; i < n_findings; i++)
    add_finding (builder, findings[i].ref_id, nc_category_to_string (findings[i].category),
                 nc_severity_to_string (findings[i].severity),
                 findings[i].utf16_start, findings[i].utf16_end,
                 findings[i].explanation, findings[i].suggestion, findings[i].lesson_id);
  add_link_reminder (builder, job->text);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_pointer (task, run_check (task_data), g_free);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CheckJob *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *json = g_task_propagate_pointer (G_TASK (result), NULL);

  reply_findings (job->reply, job->js_context, json != NULL ? json : "{\"findings\":[]}");
}

static gboolean
valid_lesson_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '-' && id[i] != '_')
      return FALSE;
  return TRUE;
}

static gboolean
valid_outcome (const char *outcome)
{
  static const char * const outcomes[] = {
    "warning-shown", "post-stopped", "edited", "posted-anyway", "share-reminder",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_str_equal (outcome, outcomes[i]))
      return TRUE;
  return FALSE;
}

static char *
string_member (JSCValue   *value,
               const char *name)
{
  g_autoptr(JSCValue) member = jsc_value_object_get_property (value, name);

  return jsc_value_is_string (member) ? jsc_value_to_string (member) : NULL;
}

/* The frame a message says it comes from must be guarded too (an ad or a
 * video player from another site inside a social page is not watched).
 * The claim can only narrow what the view's own URI allows: a frame with
 * no address, or about:blank / about:srcdoc (editors built in an empty
 * frame), belongs to the page. */
static gboolean
frame_is_guarded (NcWebView *self,
                  JSCValue  *message)
{
  g_autofree char *frame = string_member (message, "frame");
  g_autoptr(NcDecision) decision = NULL;

  if (frame == NULL || g_str_has_prefix (frame, "about:"))
    return TRUE;
  decision = nc_browser_context_decide (self->context, frame);
  return decision != NULL && decision->action == NC_ACTION_GUARD;
}

/* Records an outcome for each valid rule named in the message. */
static void
record_outcome (NcWebView  *self,
                JSCValue   *message,
                const char *host,
                const char *outcome)
{
  g_autoptr(JSCValue) refs = jsc_value_object_get_property (message, "refs");
  g_autoptr(JSCValue) length = NULL;
  int n;

  if (!jsc_value_is_array (refs))
    return;
  length = jsc_value_object_get_property (refs, "length");
  n = MIN (jsc_value_to_int32 (length), 8);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(JSCValue) item = jsc_value_object_get_property_at_index (refs, i);
      g_autofree char *ref_id = jsc_value_is_string (item) ? jsc_value_to_string (item) : NULL;

      if (ref_id != NULL && nc_code_ref_lookup (ref_id) != NULL)
        nc_browser_context_record (self->context, host, ref_id, outcome);
    }
}

/*
 * Every message from the guard. It is untrusted: the kind must be known,
 * the whole message at most 64 KB, and the page the view shows must be one
 * the policy guards. No message can change a setting: the kinds below only
 * check a draft, count an outcome, or ask the app to open a lesson.
 */
static gboolean
script_message_cb (WebKitUserContentManager *manager,
                   JSCValue                 *message,
                   WebKitScriptMessageReply *reply,
                   gpointer                  user_data)
{
  NcWebView *self = user_data;
  g_autofree char *json = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *host = NULL;
  JSCContext *js_context = jsc_value_get_context (message);
  gboolean guarded;

  if (!jsc_value_is_object (message) || (kind = string_member (message, "kind")) == NULL)
    {
      webkit_script_message_reply_return_error_message (reply, "bad message");
      return TRUE;
    }

  json = jsc_value_to_json (message, 0);
  if (json == NULL || strlen (json) > MAX_MESSAGE_BYTES)
    {
      webkit_script_message_reply_return_error_message (reply, "message too large");
      return TRUE;
    }

  guarded = nc_web_view_is_guarded (self) && frame_is_guarded (self, message);
  if (g_str_equal (kind, "hello"))
    {
      reply_json (reply, js_context, guarded ? "{\"active\":true}" : "{\"active\":false}");
      return TRUE;
    }

  if (!guarded)
    {
      webkit_script_message_reply_return_error_message (reply, "not a guarded page");
      return TRUE;
    }

  host = host_of (webkit_web_view_get_uri (WEBKIT_WEB_VIEW (self)));

  if (g_str_equal (kind, "draft"))
    {
      g_autoptr(GTask) task = NULL;
      CheckJob *job;
      char *text = string_member (message, "text");

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        {
          g_free (text);
          webkit_script_message_reply_return_error_message (reply, "bad draft");
          return TRUE;
        }

      job = g_new0 (CheckJob, 1);
      job->text = text;
      job->host = g_strdup (host);
      job->reply = webkit_script_message_reply_ref (reply);
      job->js_context = g_object_ref (js_context);
      job->context = g_object_ref (self->context);
      /* A short draft (what a child types) is checked at once: a thread
       * hop costs more than the check. Long ones go to a worker. */
      if (strlen (job->text) <= SHORT_DRAFT_BYTES)
        {
          g_autofree char *findings = run_check (job);

          reply_findings (job->reply, job->js_context, findings);
          check_job_free (job);
          return TRUE;
        }
      task = g_task_new (self, self->cancellable, check_done_cb, NULL);
      g_task_set_task_data (task, job, check_job_free);
      g_task_run_in_thread (task, check_thread);
      return TRUE;
    }

  if (g_str_equal (kind, "learn"))
    {
      g_autofree char *lesson = string_member (message, "lesson");

      if (lesson != NULL && valid_lesson_id (lesson))
        nc_browser_context_request_lesson (self->context, lesson);
      reply_json (reply, js_context, "null");
      return TRUE;
    }

  if (g_str_equal (kind, "outcome"))
    {
      g_autofree char *outcome = string_member (message, "outcome");

      if (outcome != NULL && valid_outcome (outcome))
        record_outcome (self, message, host, outcome);
      reply_json (reply, js_context, "null");
      return TRUE;
    }

  /* Benchmarks only: accepted when the context asked for it. */
  if (g_str_equal (kind, "timing") && nc_browser_context_get_guard_timing (self->context))
    {
      g_autoptr(JSCValue) phases = jsc_value_object_get_property (message, "phases");
      g_autofree char *phases_json = jsc_value_is_object (phases) ? jsc_value_to_json (phases, 0) : NULL;

      if (phases_json != NULL)
        g_signal_emit (self, signals[SIGNAL_GUARD_TIMING], 0, phases_json);
      reply_json (reply, js_context, "null");
      return TRUE;
    }

  webkit_script_message_reply_return_error_message (reply, "unknown message");
  return TRUE;
}

static char *
guard_resource_text (const char *name)
{
  g_autofree char *path = g_strconcat ("/io/github/netconduct/NetConduct/guard/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/*
 * The guard: its script in the private world, the small script in the
 * page's own world that leaves no shadow root closed to it (both at
 * document start in every frame, before the page's scripts), and the user
 * style sheet of the problem highlight, whose name is random for this
 * view (a page cannot paint with it by name). Run again when the guard's
 * settings change.
 */
static void
install_guard (NcWebView *self)
{
  WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (WEBKIT_WEB_VIEW (self));
  g_autofree char *script = NULL;

  if (self->highlight_name == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_auto(GStrv) parts = g_strsplit (uuid, "-", -1);
      g_autofree char *hex = g_strjoinv ("", parts);

      self->highlight_name = g_strconcat ("nc", hex, NULL);
    }

  if (self->guard_script != NULL)
    webkit_user_content_manager_remove_script (manager, self->guard_script);
  if (self->shadow_script != NULL)
    webkit_user_content_manager_remove_script (manager, self->shadow_script);
  g_clear_pointer (&self->guard_script, webkit_user_script_unref);
  g_clear_pointer (&self->shadow_script, webkit_user_script_unref);
  if (!nc_browser_context_get_guard_enabled (self->context))
    return;

  {
    g_autofree char *shadow = guard_resource_text ("nc-guard-shadow.js");

    self->shadow_script = webkit_user_script_new (shadow, WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                  WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_START, NULL, NULL);
    webkit_user_content_manager_add_script (manager, self->shadow_script);
  }

  script = nc_browser_context_build_guard_script (self->context, self->highlight_name);
  self->guard_script = webkit_user_script_new_for_world (script,
                                                         WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                         WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_START,
                                                         NC_GUARD_WORLD, NULL, NULL);
  webkit_user_content_manager_add_script (manager, self->guard_script);

  if (self->guard_style == NULL)
    {
      g_autofree char *css = guard_resource_text ("nc-guard.css");
      g_auto(GStrv) pieces = g_strsplit (css, "NC_HIGHLIGHT", -1);
      g_autofree char *named = g_strjoinv (self->highlight_name, pieces);

      self->guard_style = webkit_user_style_sheet_new (named, WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                       WEBKIT_USER_STYLE_LEVEL_USER, NULL, NULL);
      webkit_user_content_manager_add_style_sheet (manager, self->guard_style);
    }
}

static void
guard_changed_cb (NcBrowserContext *context,
                  gpointer          user_data)
{
  install_guard (NC_WEB_VIEW (user_data));
}

static void
nc_web_view_constructed (GObject *object)
{
  NcWebView *self = NC_WEB_VIEW (object);
  WebKitWebView *view = WEBKIT_WEB_VIEW (object);
  WebKitUserContentManager *manager = webkit_web_view_get_user_content_manager (view);

  G_OBJECT_CLASS (nc_web_view_parent_class)->constructed (object);

  g_signal_connect_object (manager, "script-message-with-reply-received::" HANDLER_NAME,
                           G_CALLBACK (script_message_cb), self, 0);
  webkit_user_content_manager_register_script_message_handler_with_reply (manager, HANDLER_NAME,
                                                                          NC_GUARD_WORLD);
  install_guard (self);

  g_signal_connect_object (self->context, "ready", G_CALLBACK (context_ready_cb), self, 0);
  g_signal_connect_object (self->context, "guard-changed", G_CALLBACK (guard_changed_cb), self, 0);
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

  g_cancellable_cancel (self->cancellable);
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
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->guard_script, webkit_user_script_unref);
  g_clear_pointer (&self->shadow_script, webkit_user_script_unref);
  g_clear_pointer (&self->guard_style, webkit_user_style_sheet_unref);
  g_clear_pointer (&self->highlight_name, g_free);
  g_clear_pointer (&self->held, g_ptr_array_unref);
  g_clear_pointer (&self->blocked, g_hash_table_unref);
  g_clear_pointer (&self->blocked_requests, g_hash_table_unref);
  g_free (self->native_uri);
  g_free (self->tls_host);

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
  self->blocked = g_hash_table_new_full (NULL, NULL, NULL, blocked_info_free);
  self->cancellable = g_cancellable_new ();
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
  return g_hash_table_lookup (self->blocked, GUINT_TO_POINTER (id));
}

const char *
nc_web_view_get_tls_host (NcWebView *self)
{
  g_return_val_if_fail (NC_IS_WEB_VIEW (self), NULL);
  return self->tls_host;
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
