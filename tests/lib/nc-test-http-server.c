/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-http-server.c — a small HTTP/1.1 server (and proxy) on loopback */
#include "nc-test-http-server.h"

#include <string.h>

typedef struct {
  char *content_type;
  char *headers;
  char *body;
  guint hits;
  char *last_request_headers;   /* "Name: value\n" lines, lower-case names */
} Page;

struct _NcTestHttpServer
{
  GSocketService  *service;
  guint16          port;
  GMutex           lock;
  GHashTable      *pages;   /* "host/path" or "/path" -> Page */
  GTlsCertificate *certificate;
  guint            tls_handshakes;
  GHashTable      *host_requests;  /* host -> count of every request, 404s and CONNECTs too */
};

static void
count_host_request (NcTestHttpServer *server,
                    const char       *host)
{
  g_mutex_lock (&server->lock);
  if (host != NULL)
    g_hash_table_insert (server->host_requests, g_strdup (host),
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (server->host_requests, host)) + 1));
  g_mutex_unlock (&server->lock);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_free (page->content_type);
  g_free (page->headers);
  g_free (page->body);
  g_free (page->last_request_headers);
  g_free (page);
}

/* The host and path of a request target: "/x" has no host, "http://h/x"
 * becomes ("h", "/x"). */
static void
split_target (const char  *target,
              char       **host,
              char       **path)
{
  const char *rest = target;

  *host = NULL;
  if (g_str_has_prefix (target, "http://") || g_str_has_prefix (target, "https://"))
    {
      const char *start = strstr (target, "://") + 3;
      rest = strchr (start, '/');
      if (rest == NULL)
        rest = "/";
      *host = g_strndup (start, strcspn (start, ":/"));
    }

  *path = g_strndup (rest, strcspn (rest, "?#"));
}

static Page *
lookup_page (NcTestHttpServer *server,
             const char       *host,
             const char       *path)
{
  Page *page = NULL;

  if (host != NULL)
    {
      g_autofree char *key = g_strconcat (host, path, NULL);
      page = g_hash_table_lookup (server->pages, key);
    }
  if (page == NULL)
    page = g_hash_table_lookup (server->pages, path);
  return page;
}

/* Reads one request from @stream and answers it; @default_host is the host
 * of a CONNECT tunnel. Returns the CONNECT target if the request was one. */
static char *
serve_one (NcTestHttpServer *server,
           GIOStream        *stream,
           const char       *default_host)
{
  GInputStream *in = g_io_stream_get_input_stream (stream);
  GOutputStream *out = g_io_stream_get_output_stream (stream);
  g_autoptr(GDataInputStream) data = g_data_input_stream_new (in);
  g_autofree char *request_line = NULL;
  g_autofree char *host = NULL;
  g_autofree char *path = NULL;
  g_autofree char *header_host = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) response = g_string_new (NULL);
  g_autoptr(GString) request_headers = g_string_new (NULL);
  Page *page;

  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (data), FALSE);
  request_line = g_data_input_stream_read_line_utf8 (data, NULL, NULL, NULL);
  if (request_line == NULL)
    return NULL;

  /* The headers up to the empty line; only Host matters. */
  for (;;)
    {
      g_autofree char *header = g_data_input_stream_read_line_utf8 (data, NULL, NULL, NULL);
      if (header == NULL || header[0] == '\0' || g_str_equal (header, "\r"))
        break;
      g_strchomp (header);
      if (strchr (header, ':') != NULL)
        {
          g_autofree char *name = g_ascii_strdown (header, strchr (header, ':') - header);
          g_string_append_printf (request_headers, "%s:%s\n", name, strchr (header, ':') + 1);
        }
      if (g_ascii_strncasecmp (header, "Host:", 5) == 0)
        {
          g_autofree char *value = g_strstrip (g_strdup (header + 5));
          header_host = g_strndup (value, strcspn (value, ":"));
        }
    }

  parts = g_strsplit (g_strstrip (request_line), " ", 3);
  if (g_strv_length (parts) < 2)
    return NULL;

  if (g_str_equal (parts[0], "CONNECT"))
    {
      static const char established[] = "HTTP/1.1 200 Connection established\r\n\r\n";
      g_autofree char *target = g_strndup (parts[1], strcspn (parts[1], ":"));

      count_host_request (server, target);
      g_output_stream_write_all (out, established, strlen (established), NULL, NULL, NULL);
      return g_strndup (parts[1], strcspn (parts[1], ":"));
    }

  split_target (parts[1], &host, &path);
  if (host == NULL)
    host = g_strdup (default_host != NULL ? default_host : header_host);
  if (default_host == NULL)
    count_host_request (server, host);

  g_mutex_lock (&server->lock);
  page = lookup_page (server, host, path);
  if (page != NULL)
    {
      page->hits++;
      g_free (page->last_request_headers);
      page->last_request_headers = g_strdup (request_headers->str);
      g_string_append_printf (response,
                              "HTTP/1.1 200 OK\r\n"
                              "Content-Type: %s\r\n"
                              "Content-Length: %zu\r\n"
                              "Cache-Control: no-store\r\n"
                              "%s"
                              "Connection: close\r\n\r\n%s",
                              page->content_type, strlen (page->body),
                              page->headers != NULL ? page->headers : "", page->body);
    }
  else
    {
      g_string_append (response,
                       "HTTP/1.1 404 Not Found\r\n"
                       "Content-Type: text/plain\r\n"
                       "Content-Length: 9\r\n"
                       "Connection: close\r\n\r\nnot found");
    }
  g_mutex_unlock (&server->lock);

  g_output_stream_write_all (out, response->str, response->len, NULL, NULL, NULL);
  return NULL;
}

static gboolean
accept_any_cb (GTlsConnection       *connection,
               GTlsCertificate      *peer,
               GTlsCertificateFlags  errors,
               gpointer              user_data)
{
  return TRUE;
}

static gboolean
run_cb (GThreadedSocketService *service,
        GSocketConnection      *connection,
        GObject                *source_object,
        gpointer                user_data)
{
  NcTestHttpServer *server = user_data;
  g_autofree char *tunnel_host = serve_one (server, G_IO_STREAM (connection), NULL);

  if (tunnel_host != NULL && server->certificate != NULL)
    {
      g_autoptr(GIOStream) tls = g_tls_server_connection_new (G_IO_STREAM (connection),
                                                             server->certificate, NULL);
      if (tls != NULL)
        {
          g_signal_connect (tls, "accept-certificate", G_CALLBACK (accept_any_cb), NULL);
          g_mutex_lock (&server->lock);
          server->tls_handshakes++;
          g_mutex_unlock (&server->lock);
          /* The client refuses the self-signed certificate: the handshake
           * fails, which is the point. Should it succeed, serve the page. */
          if (g_tls_connection_handshake (G_TLS_CONNECTION (tls), NULL, NULL))
            {
              g_free (serve_one (server, tls, tunnel_host));
              g_io_stream_close (tls, NULL, NULL);
            }
        }
    }

  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

/* Starts a server on 127.0.0.1 at a free port. */
NcTestHttpServer *
nc_test_http_server_new (void)
{
  NcTestHttpServer *server = g_new0 (NcTestHttpServer, 1);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *pem = g_build_filename (srcdir != NULL ? srcdir : ".", "fixtures", "tls",
                                           "server.pem", NULL);

  g_mutex_init (&server->lock);
  server->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, page_free);
  server->host_requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  server->service = g_threaded_socket_service_new (16);
  server->certificate = g_tls_certificate_new_from_file (pem, NULL);

  if (!g_socket_listener_add_address (G_SOCKET_LISTENER (server->service), address,
                                      G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                      NULL, &bound, &error))
    g_error ("cannot listen on loopback: %s", error->message);

  server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_signal_connect (server->service, "run", G_CALLBACK (run_cb), server);
  g_socket_service_start (server->service);

  return server;
}

void
nc_test_http_server_free (NcTestHttpServer *server)
{
  g_socket_service_stop (server->service);
  g_socket_listener_close (G_SOCKET_LISTENER (server->service));
  g_object_unref (server->service);
  g_hash_table_unref (server->pages);
  g_hash_table_unref (server->host_requests);
  g_clear_object (&server->certificate);
  g_mutex_clear (&server->lock);
  g_free (server);
}

void
nc_test_http_server_add_page (NcTestHttpServer *server,
                              const char       *path,
                              const char       *content_type,
                              const char       *body)
{
  nc_test_http_server_add_host_page (server, NULL, path, content_type, NULL, body);
}

/* A page served for @host only (any host when NULL), with @headers (each
 * line ending in "\r\n") added to the response. */
void
nc_test_http_server_add_host_page (NcTestHttpServer *server,
                                   const char       *host,
                                   const char       *path,
                                   const char       *content_type,
                                   const char       *headers,
                                   const char       *body)
{
  Page *page = g_new0 (Page, 1);

  page->content_type = g_strdup (content_type);
  page->headers = g_strdup (headers);
  page->body = g_strdup (body);

  g_mutex_lock (&server->lock);
  g_hash_table_replace (server->pages, g_strconcat (host != NULL ? host : "", path, NULL), page);
  g_mutex_unlock (&server->lock);
}

guint16
nc_test_http_server_get_port (NcTestHttpServer *server)
{
  return server->port;
}

char *
nc_test_http_server_get_uri (NcTestHttpServer *server,
                             const char       *path)
{
  return g_strdup_printf ("http://127.0.0.1:%u%s", server->port, path);
}

/* The URI to give WebKit as its HTTP and HTTPS proxy. */
char *
nc_test_http_server_get_proxy_uri (NcTestHttpServer *server)
{
  return g_strdup_printf ("http://127.0.0.1:%u", server->port);
}

guint
nc_test_http_server_get_hits (NcTestHttpServer *server,
                              const char       *path)
{
  return nc_test_http_server_get_host_hits (server, NULL, path);
}

guint
nc_test_http_server_get_host_hits (NcTestHttpServer *server,
                                   const char       *host,
                                   const char       *path)
{
  g_autofree char *key = g_strconcat (host != NULL ? host : "", path, NULL);
  Page *page;
  guint hits = 0;

  g_mutex_lock (&server->lock);
  page = g_hash_table_lookup (server->pages, key);
  if (page != NULL)
    hits = page->hits;
  g_mutex_unlock (&server->lock);

  return hits;
}

guint
nc_test_http_server_get_tls_handshakes (NcTestHttpServer *server)
{
  guint n;

  g_mutex_lock (&server->lock);
  n = server->tls_handshakes;
  g_mutex_unlock (&server->lock);
  return n;
}

/* The value of header @name (any case) in the last request for @host and
 * @path, or NULL. Free with g_free(). */
char *
nc_test_http_server_get_last_header (NcTestHttpServer *server,
                                     const char       *host,
                                     const char       *path,
                                     const char       *name)
{
  g_autofree char *key = g_strconcat (host != NULL ? host : "", path, NULL);
  g_autofree char *wanted = g_strconcat (name, ":", NULL);
  g_autofree char *lower = g_ascii_strdown (wanted, -1);
  char *value = NULL;
  Page *page;

  g_mutex_lock (&server->lock);
  page = g_hash_table_lookup (server->pages, key);
  if (page != NULL && page->last_request_headers != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (page->last_request_headers, "\n", -1);
      for (int i = 0; lines[i] != NULL && value == NULL; i++)
        if (g_str_has_prefix (lines[i], lower))
          value = g_strstrip (g_strdup (lines[i] + strlen (lower)));
    }
  g_mutex_unlock (&server->lock);

  return value;
}

/* How many requests of any kind (any path, 404s, CONNECT tunnels, WebSocket
 * handshakes) reached the server for @host. */
guint
nc_test_http_server_get_host_requests (NcTestHttpServer *server,
                                       const char       *host)
{
  guint n;

  g_mutex_lock (&server->lock);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (server->host_requests, host));
  g_mutex_unlock (&server->lock);
  return n;
}
