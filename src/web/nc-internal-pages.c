/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-internal-pages.c — the netconduct: pages: start, blocked, TLS error
 *
 * Pages are built here, in the child's language, with every piece of
 * outside data (URLs, host names, messages) escaped. They carry a strict
 * Content-Security-Policy: no script at all.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "nc-code-ref.h"
#include "nc-internal-pages.h"

#define PAGE_CSP "default-src 'none'; style-src 'unsafe-inline'; form-action https:"

/* What one view's internal pages show (qdata on the view). */
typedef struct {
  GHashTable *blocked;   /* id -> NcBlockedInfo */
  guint       next_id;
  char       *tls_host;
} ViewPages;

static GQuark
view_pages_quark (void)
{
  return g_quark_from_static_string ("nc-internal-pages");
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

static void
view_pages_free (gpointer data)
{
  ViewPages *pages = data;

  g_hash_table_unref (pages->blocked);
  g_free (pages->tls_host);
  g_free (pages);
}

static ViewPages *
view_pages_of (WebKitWebView *view,
               gboolean       create)
{
  ViewPages *pages = g_object_get_qdata (G_OBJECT (view), view_pages_quark ());

  if (pages == NULL && create)
    {
      pages = g_new0 (ViewPages, 1);
      pages->blocked = g_hash_table_new_full (NULL, NULL, NULL, blocked_info_free);
      g_object_set_qdata_full (G_OBJECT (view), view_pages_quark (), pages, view_pages_free);
    }
  return pages;
}

guint
nc_internal_pages_add_blocked (WebKitWebView *view,
                               NcBlockedInfo *info)
{
  ViewPages *pages;
  guint id;

  g_return_val_if_fail (WEBKIT_IS_WEB_VIEW (view), 0);
  g_return_val_if_fail (info != NULL, 0);

  pages = view_pages_of (view, TRUE);
  id = ++pages->next_id;
  g_hash_table_insert (pages->blocked, GUINT_TO_POINTER (id), info);
  return id;
}

const NcBlockedInfo *
nc_internal_pages_get_blocked (WebKitWebView *view,
                               guint          id)
{
  ViewPages *pages;

  g_return_val_if_fail (WEBKIT_IS_WEB_VIEW (view), NULL);
  pages = view_pages_of (view, FALSE);
  return pages != NULL ? g_hash_table_lookup (pages->blocked, GUINT_TO_POINTER (id)) : NULL;
}

void
nc_internal_pages_set_tls_host (WebKitWebView *view,
                                const char    *host)
{
  ViewPages *pages;

  g_return_if_fail (WEBKIT_IS_WEB_VIEW (view));
  pages = view_pages_of (view, TRUE);
  g_free (pages->tls_host);
  pages->tls_host = g_strdup (host);
}

const char *
nc_internal_pages_get_tls_host (WebKitWebView *view)
{
  ViewPages *pages;

  g_return_val_if_fail (WEBKIT_IS_WEB_VIEW (view), NULL);
  pages = view_pages_of (view, FALSE);
  return pages != NULL ? pages->tls_host : NULL;
}

static void
page_begin (GString    *html,
            const char *title)
{
  g_autoptr(GBytes) css = g_resources_lookup_data ("/io/github/netconduct/NetConduct/pages/nc-pages.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  /* Translators: the language code of internal pages, "vi" in Vietnamese */
  g_autofree char *lang = g_strdup (_("en"));
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);

  g_string_append_printf (html,
                          "<!doctype html><html lang=\"%s\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>%s</title><style>",
                          lang, escaped_title);
  if (css != NULL)
    g_string_append_len (html, g_bytes_get_data (css, NULL), g_bytes_get_size (css));
  g_string_append (html, "</style></head><body><main>");
}

/* Appends @pattern with its one "%s" replaced by @text, escaped. */
static void
append_escaped (GString    *html,
                const char *pattern,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  const char *hole = strstr (pattern, "%s");

  g_assert (hole != NULL);
  g_string_append_len (html, pattern, hole - pattern);
  g_string_append (html, escaped);
  g_string_append (html, hole + 2);
}

/* The four general rules of the Code (Điều 3), as the start page and the
 * social-site banner recall them. */
static void
append_general_rules (GString *html)
{
  static const char * const ids[] = { "3.1", "3.2", "3.3", "3.4" };

  g_string_append (html, "<ul class=\"rules\">");
  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const NcCodeRef *ref = nc_code_ref_lookup (ids[i]);
      if (ref != NULL)
        append_escaped (html, "<li>%s</li>", nc_code_ref_get_title (ref));
    }
  g_string_append (html, "</ul>");
}

static void
render_start (GString *html)
{
  page_begin (html, _("Start"));
  g_string_append (html, "<div class=\"icon\">🌈</div>");
  append_escaped (html, "<h1>%s</h1>", _("Where shall we go today?"));
  g_string_append (html, "<form class=\"search\" method=\"get\" action=\"https://www.google.com/search\">");
  g_string_append (html, "<input type=\"hidden\" name=\"safe\" value=\"active\">");
  append_escaped (html, "<input type=\"search\" name=\"q\" placeholder=\"%s\" autofocus>",
                  _("Search the web safely"));
  append_escaped (html, "<button class=\"suggested\" type=\"submit\">%s</button></form>", _("Search"));
  g_string_append (html, "<div class=\"tiles\">");
  append_escaped (html, "<a href=\"https://vi.wikipedia.org/\">%s</a>", _("Wikipedia"));
  append_escaped (html, "<a href=\"https://www.khanacademy.org/\">%s</a>", _("Khan Academy"));
  append_escaped (html, "<a href=\"https://www.youtube.com/\">%s</a>", _("YouTube"));
  g_string_append (html, "</div>");
  append_escaped (html, "<p>%s</p>", _("Online, remember the four general rules of the Code of Conduct:"));
  append_general_rules (html);
}

static const char *
reason_text (NcReason reason)
{
  switch (reason)
    {
    case NC_REASON_PARENT_BLOCK:
      return _("A parent has put this site on the list of sites to avoid.");
    case NC_REASON_CATEGORY:
      return _("This site is in a group of sites that are not right for you.");
    case NC_REASON_ALLOW_LIST_ONLY:
      return _("For now you can visit only the sites a parent has chosen for you.");
    case NC_REASON_SCHEDULE:
      return _("It is outside your browsing hours. Time for a break!");
    case NC_REASON_SOCIAL_NOT_ALLOWED:
      return _("Social networks are turned off for your profile.");
    case NC_REASON_BAD_URL:
      return _("This kind of address cannot be opened here.");
    case NC_REASON_NO_POLICY:
      return _("The safe browsing lists could not be loaded, so sites stay closed for now.");
    case NC_REASON_NONE:
    case NC_REASON_PARENT_ALLOW:
    default:
      return _("This site is not open for your profile.");
    }
}

static void
render_blocked (GString             *html,
                guint                id,
                const NcBlockedInfo *info)
{
  page_begin (html, _("This Site Is Closed"));
  g_string_append (html, "<div class=\"icon\">🛑</div>");
  append_escaped (html, "<h1>%s</h1>", _("Let’s not go there"));
  if (info == NULL)
    {
      append_escaped (html, "<p class=\"why\">%s</p>", reason_text (NC_REASON_NONE));
    }
  else
    {
      append_escaped (html, "<p class=\"why\">%s</p>",
                      info->message != NULL && info->message[0] != '\0' ? info->message
                                                                          : reason_text (info->reason));
      append_escaped (html, "<p class=\"url\">%s</p>", info->url);
      append_escaped (html, "<p>%s</p>",
                      _("If you think you need this site, ask a parent. They can open it for you "
                        "with their PIN."));
    }
  g_string_append (html, "<div class=\"actions\">");
  if (info != NULL && info->host != NULL && info->reason != NC_REASON_BAD_URL &&
      info->reason != NC_REASON_NO_POLICY)
    {
      g_string_append_printf (html, "<a class=\"button suggested\" href=\"netconduct:ask-parent?id=%u\">", id);
      append_escaped (html, "%s</a>", _("Ask a Parent"));
    }
  g_string_append (html, "<a class=\"button\" href=\"" NC_START_URI "\">");
  append_escaped (html, "%s</a>", _("Go to the Start Page"));
  g_string_append (html, "</div>");
}

static void
render_tls_error (GString    *html,
                  const char *host)
{
  page_begin (html, _("This Connection Is Not Safe"));
  g_string_append (html, "<div class=\"icon\">🔒</div>");
  append_escaped (html, "<h1>%s</h1>", _("This connection is not safe"));
  g_string_append (html, "<div class=\"why tls\">");
  append_escaped (html, "<p>%s</p>",
                  _("The site could not prove who it is, so someone could be reading or "
                    "changing what you see and send. NetConduct stopped here to keep you safe."));
  if (host != NULL)
    append_escaped (html, "<p class=\"url\">%s</p>", host);
  g_string_append (html, "</div>");
  append_escaped (html, "<p>%s</p>", _("Try again later, or tell a parent or a teacher."));
  g_string_append (html, "<div class=\"actions\"><a class=\"button suggested\" href=\"" NC_START_URI "\">");
  append_escaped (html, "%s</a></div>", _("Go to the Start Page"));
}

/*
 * The HTML for the internal page @uri as @view would show it (blocked pages
 * are looked up in the view, by id). NULL for an unknown page.
 */
char *
nc_internal_pages_render (const char    *uri,
                          WebKitWebView *view)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GHashTable) params = NULL;
  GString *html = g_string_new (NULL);
  const char *path;

  if (parsed == NULL)
    return NULL;
  path = g_uri_get_path (parsed);
  if (g_uri_get_query (parsed) != NULL)
    params = g_uri_parse_params (g_uri_get_query (parsed), -1, "&", G_URI_PARAMS_NONE, NULL);

  if (g_str_equal (path, "start"))
    {
      render_start (html);
    }
  else if (g_str_equal (path, "blocked"))
    {
      const char *id_text = params != NULL ? g_hash_table_lookup (params, "id") : NULL;
      guint64 id = 0;
      const NcBlockedInfo *info = NULL;

      if (id_text != NULL && g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXUINT, &id, NULL) &&
          view != NULL)
        info = nc_internal_pages_get_blocked (view, id);
      render_blocked (html, id, info);
    }
  else if (g_str_equal (path, "tls-error"))
    {
      render_tls_error (html, view != NULL ? nc_internal_pages_get_tls_host (view) : NULL);
    }
  else
    {
      g_string_free (html, TRUE);
      return NULL;
    }

  g_string_append (html, "</main></body></html>");
  return g_string_free (html, FALSE);
}

void
nc_internal_pages_handle_request (WebKitURISchemeRequest *request,
                                  gpointer                user_data)
{
  g_autofree char *html = nc_internal_pages_render (webkit_uri_scheme_request_get_uri (request),
                                                    webkit_uri_scheme_request_get_web_view (request));
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(WebKitURISchemeResponse) response = NULL;
  SoupMessageHeaders *headers;
  gsize length;

  if (html == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no such page");
      webkit_uri_scheme_request_finish_error (request, error);
      return;
    }

  length = strlen (html);
  stream = g_memory_input_stream_new_from_data (g_steal_pointer (&html), length, g_free);
  response = webkit_uri_scheme_response_new (stream, length);
  webkit_uri_scheme_response_set_content_type (response, "text/html; charset=utf-8");
  headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  soup_message_headers_append (headers, "Content-Security-Policy", PAGE_CSP);
  webkit_uri_scheme_response_set_http_headers (response, headers);
  webkit_uri_scheme_request_finish_with_response (request, response);
}
