/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-http-server.h — a small HTTP/1.1 server on loopback for tests
 *
 * Serves fixed pages from worker threads, so a test's main loop can drive a
 * real WebKitWebView against it. It also works as a proxy: it answers
 * proxy-style requests ("GET http://host/path"), so real host names can be
 * routed to it, and "CONNECT host:443" by speaking TLS itself with a
 * self-signed certificate (so HTTPS to any host fails certificate checks).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _NcTestHttpServer NcTestHttpServer;

NcTestHttpServer *nc_test_http_server_new      (void);
void              nc_test_http_server_free     (NcTestHttpServer *server);
void              nc_test_http_server_add_page (NcTestHttpServer *server,
                                                const char       *path,
                                                const char       *content_type,
                                                const char       *body);
void              nc_test_http_server_add_host_page (NcTestHttpServer *server,
                                                const char       *host,
                                                const char       *path,
                                                const char       *content_type,
                                                const char       *headers,
                                                const char       *body);
guint16           nc_test_http_server_get_port (NcTestHttpServer *server);
char             *nc_test_http_server_get_uri  (NcTestHttpServer *server,
                                                const char       *path);
char             *nc_test_http_server_get_proxy_uri (NcTestHttpServer *server);
guint             nc_test_http_server_get_hits (NcTestHttpServer *server,
                                                const char       *path);
guint             nc_test_http_server_get_host_hits (NcTestHttpServer *server,
                                                const char       *host,
                                                const char       *path);
char             *nc_test_http_server_get_last_header (NcTestHttpServer *server,
                                                const char       *host,
                                                const char       *path,
                                                const char       *name);
guint             nc_test_http_server_get_tls_handshakes (NcTestHttpServer *server);
guint             nc_test_http_server_get_host_requests (NcTestHttpServer *server,
                                                const char       *host);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcTestHttpServer, nc_test_http_server_free)

G_END_DECLS
