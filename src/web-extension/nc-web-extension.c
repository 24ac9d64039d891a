/* nc-web-extension.c — runs inside each web process of a child's browser
 *
 * Adds the headers the site policy asks for to every request a page makes:
 * frames, scripts' fetch and XHR calls, media. The UI process only sees
 * main-frame navigations, so without this YouTube's restricted mode
 * (the YouTube-Restrict header) would hold for the first page only: the
 * site's own API calls (/youtubei/v1/…) and embedded players went without.
 *
 * The rules come from the UI process as initialization data, a(sss):
 * (host, header name, header value); a rule's host matches itself and its
 * subdomains. Nothing here reads or sends what the child types.
 */
#include "config.h"

#include <string.h>
#include <webkit/webkit-web-process-extension.h>

typedef struct {
  char *host;
  char *name;
  char *value;
} HeaderRule;

static GArray *rules;   /* HeaderRule, for the life of the process */

/* Is @host (lower case) @domain or one of its subdomains? */
static gboolean
host_in_domain (const char *host,
                const char *domain)
{
  size_t host_len = strlen (host), domain_len = strlen (domain);

  if (host_len < domain_len || strcmp (host + host_len - domain_len, domain) != 0)
    return FALSE;
  return host_len == domain_len || host[host_len - domain_len - 1] == '.';
}

static gboolean
send_request_cb (WebKitWebPage     *page,
                 WebKitURIRequest  *request,
                 WebKitURIResponse *redirected_response,
                 gpointer           user_data)
{
  SoupMessageHeaders *headers = webkit_uri_request_get_http_headers (request);
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;

  if (headers == NULL)
    return FALSE;
  uri = g_uri_parse (webkit_uri_request_get_uri (request), G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return FALSE;
  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  if (g_str_has_suffix (host, "."))
    host[strlen (host) - 1] = '\0';

  for (guint i = 0; i < rules->len; i++)
    {
      const HeaderRule *rule = &g_array_index (rules, HeaderRule, i);

      if (host_in_domain (host, rule->host))
        soup_message_headers_replace (headers, rule->name, rule->value);
    }
  /* FALSE: the request goes on, to other handlers and to the network. */
  return FALSE;
}

static void
page_created_cb (WebKitWebProcessExtension *extension,
                 WebKitWebPage             *page,
                 gpointer                   user_data)
{
  g_signal_connect (page, "send-request", G_CALLBACK (send_request_cb), NULL);
}

/* The entry point WebKit looks for. */
G_MODULE_EXPORT void webkit_web_process_extension_initialize_with_user_data (WebKitWebProcessExtension *extension,
                                                                             GVariant                  *user_data);

G_MODULE_EXPORT void
webkit_web_process_extension_initialize_with_user_data (WebKitWebProcessExtension *extension,
                                                        GVariant                  *user_data)
{
  GVariantIter iter;
  const char *host, *name, *value;

  rules = g_array_new (FALSE, FALSE, sizeof (HeaderRule));
  if (user_data == NULL || !g_variant_is_of_type (user_data, G_VARIANT_TYPE ("a(sss)")))
    {
      g_warning ("started without its rules: no request headers will be added");
      return;
    }
  g_variant_iter_init (&iter, user_data);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &host, &name, &value))
    {
      HeaderRule rule = { g_ascii_strdown (host, -1), g_strdup (name), g_strdup (value) };

      g_array_append_val (rules, rule);
    }
  g_signal_connect (extension, "page-created", G_CALLBACK (page_created_cb), NULL);
}
