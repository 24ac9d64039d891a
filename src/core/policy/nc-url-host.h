/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-url-host.h — the host of a URL, as the site policy compares it
 *
 * Follows the WHATWG URL rules that matter for deciding a navigation the way
 * WebKit will load it: the scheme decides whether a page may load at all;
 * userinfo and port are dropped; "\" counts as "/" in http(s) URLs; the host
 * is percent-decoded, mapped with UTS #46 (ICU uidna, non-transitional) to
 * lower-case ASCII (punycode "xn--" labels), stripped of trailing dots, and
 * IPv4 numbers in any WHATWG spelling (0x7f.1, 2130706433) become dotted
 * decimal. The functions allocate nothing on the common path (ASCII host).
 *
 * nc_url_unwrap_mirror() finds the site a translation front end, web
 * archive, page cache or wildcard-DNS name shows, where its URL names it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Room for a normalized host with its NUL; longer hosts are refused. */
#define NC_HOST_MAX 256

typedef enum {
  NC_URL_SCHEME_OTHER,       /* file:, data:, javascript:, ftp:, ... : never loaded */
  NC_URL_SCHEME_HTTP,
  NC_URL_SCHEME_HTTPS,
  NC_URL_SCHEME_NETCONDUCT,  /* the app's own internal pages */
} NcUrlScheme;

typedef enum {
  NC_HOST_KIND_DOMAIN,
  NC_HOST_KIND_IPV4,         /* dotted decimal, e.g. "127.0.0.1" */
  NC_HOST_KIND_IPV6,         /* in brackets, e.g. "[::1]" */
} NcHostKind;

int          nc_host_normalize   (const char  *host,
                                  gssize       len,
                                  char         out[NC_HOST_MAX],
                                  NcHostKind  *kind);

NcUrlScheme  nc_url_parse_host   (const char  *url,
                                  char         out[NC_HOST_MAX],
                                  int         *out_len,
                                  NcHostKind  *kind);

char        *nc_url_dup_host     (const char  *url);

/* A host as a person or a list writes it: a host name or address,
 * "*.example.org", or a URL (its host is kept), with spaces around; made
 * what nc_host_normalize() makes of it. The one normalizer of the parents'
 * lists, the administrator's policy and the settings file. A new string,
 * or NULL when @text names no host (or a host over 253 bytes). */
char        *nc_host_dup_normalized (const char *text);

char        *nc_url_unwrap_mirror (const char *url);
gboolean     nc_host_in_domain   (const char  *host,
                                  const char  *domain);

G_END_DECLS
