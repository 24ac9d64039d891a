/* nc-test-http-server.c — a small HTTP/1.1 server on loopback for tests */
#include "nc-test-http-server.h"

#include <string.h>

typedef struct {
  char *content_type;
  char *body;
  guint hits;
} Page;

struct _NcTestHttpServer
{
  GSocketService *service;
  guint16         port;
  GMutex          lock;
  GHashTable     *pages;   /* path -> Page */
};

static void
page_free (gpointer data)
{
  Page *page = data;

  g_free (page->content_type);
  g_free (page->body);
  g_free (page);
}

/* The path of a request target: "/x" stays, "http://host/x" becomes "/x". */
static char *
request_path (const char *target)
{
  const char *path = target;

  if (g_str_has_prefix (target, "http://") || g_str_has_prefix (target, "https://"))
    {
      path = strchr (strstr (target, "://") + 3, '/');
      if (path == NULL)
        path = "/";
    }

  return g_strndup (path, strcspn (path, "?#"));
}

static gboolean
run_cb (GThreadedSocketService *service,
        GSocketConnection      *connection,
        GObject                *source_object,
        gpointer                user_data)
{
  NcTestHttpServer *server = user_data;
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GDataInputStream) data = g_data_input_stream_new (in);
  g_autofree char *request_line = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) response = g_string_new (NULL);
  Page *page;

  request_line = g_data_input_stream_read_line_utf8 (data, NULL, NULL, NULL);
  if (request_line == NULL)
    return TRUE;

  /* Skip the headers up to the empty line. */
  for (;;)
    {
      g_autofree char *header = g_data_input_stream_read_line_utf8 (data, NULL, NULL, NULL);
      if (header == NULL || header[0] == '\0' || g_str_equal (header, "\r"))
        break;
    }

  parts = g_strsplit (g_strstrip (request_line), " ", 3);
  if (g_strv_length (parts) < 2)
    return TRUE;
  path = request_path (parts[1]);

  g_mutex_lock (&server->lock);
  page = g_hash_table_lookup (server->pages, path);
  if (page != NULL)
    {
      page->hits++;
      g_string_append_printf (response,
                              "HTTP/1.1 200 OK\r\n"
                              "Content-Type: %s\r\n"
                              "Content-Length: %zu\r\n"
                              "Cache-Control: no-store\r\n"
                              "Connection: close\r\n\r\n%s",
                              page->content_type, strlen (page->body), page->body);
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

  g_mutex_init (&server->lock);
  server->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, page_free);
  server->service = g_threaded_socket_service_new (8);

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
  g_mutex_clear (&server->lock);
  g_free (server);
}

void
nc_test_http_server_add_page (NcTestHttpServer *server,
                              const char       *path,
                              const char       *content_type,
                              const char       *body)
{
  Page *page = g_new0 (Page, 1);

  page->content_type = g_strdup (content_type);
  page->body = g_strdup (body);

  g_mutex_lock (&server->lock);
  g_hash_table_replace (server->pages, g_strdup (path), page);
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

guint
nc_test_http_server_get_hits (NcTestHttpServer *server,
                              const char       *path)
{
  Page *page;
  guint hits = 0;

  g_mutex_lock (&server->lock);
  page = g_hash_table_lookup (server->pages, path);
  if (page != NULL)
    hits = page->hits;
  g_mutex_unlock (&server->lock);

  return hits;
}
