/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-dns-export.h — a profile's site rules as configuration for a DNS filter
 *
 * The same rules the browser applies, written for engines that already
 * filter names for a whole network or one computer: an Unbound local-zone
 * file, a dnsmasq file, a hosts file, and the adblock list syntax that
 * Pi-hole and AdGuard Home import. Precedence is the site policy's
 * (nc-site-policy.c): a block list beats everything; an allow list opens a
 * name in a blocked category, except a category the administrator locked,
 * which only the administrator's allow list opens. Safe search is forced by
 * DNS where the engines publish an address for it (Google, YouTube's strict
 * mode, Bing; DuckDuckGo only by name, so only in the adblock format).
 *
 * Core only: the caller gathers the names (lists, store) and writes where
 * it likes; nothing here touches the settings store.
 */
#pragma once

#include <gio/gio.h>

#include "nc-domain-set.h"

G_BEGIN_DECLS

typedef enum {
  NC_DNS_FORMAT_UNBOUND,
  NC_DNS_FORMAT_DNSMASQ,
  NC_DNS_FORMAT_HOSTS,
  NC_DNS_FORMAT_ADBLOCK,
} NcDnsFormat;

/* How a name entered the export. */
typedef enum {
  NC_DNS_BLOCK_LIST       = 1 << 0,  /* a parent's or the administrator's block list */
  NC_DNS_CATEGORY         = 1 << 1,  /* a blocked category */
  NC_DNS_CATEGORY_LOCKED  = 1 << 2,  /* a category the administrator locked */
  NC_DNS_ALLOW            = 1 << 3,  /* a parent's allow list */
  NC_DNS_ALLOW_ADMIN      = 1 << 4,  /* the administrator's allow list */
} NcDnsRule;

/* Called now and then while writing: @done of @total names written. */
typedef void (*NcDnsProgressFunc) (gsize    done,
                                   gsize    total,
                                   gpointer user_data);

typedef struct _NcDnsExport NcDnsExport;

gboolean     nc_dns_format_from_string  (const char   *text,
                                         NcDnsFormat  *format);

NcDnsExport *nc_dns_export_new          (void);
void         nc_dns_export_free         (NcDnsExport  *self);

/* @host is normalized (nc_host_normalize()); IP literals are skipped, a
 * DNS filter cannot block them. */
void         nc_dns_export_add          (NcDnsExport  *self,
                                         const char   *host,
                                         gsize         len,
                                         NcDnsRule     rule);
/* Every domain of a list's text (the format nc_domain_list_parse() reads). */
void         nc_dns_export_add_list     (NcDnsExport       *self,
                                         const char        *text,
                                         gsize              len,
                                         NcDnsRule          rule,
                                         NcDomainListStats *stats);
void         nc_dns_export_set_safe_search (NcDnsExport *self,
                                            gboolean     safe_search);
/* A comment line for the file's head (the profile, the date). */
void         nc_dns_export_add_comment  (NcDnsExport  *self,
                                         const char   *comment);

/* Writes the file; @n_blocked (may be NULL) gets how many block entries it
 * holds: after the allow lists and, but in hosts files, without names a
 * blocked parent domain already covers. */
gboolean     nc_dns_export_write        (NcDnsExport        *self,
                                         NcDnsFormat         format,
                                         GOutputStream      *out,
                                         gsize              *n_blocked,
                                         NcDnsProgressFunc   progress,
                                         gpointer            user_data,
                                         GCancellable       *cancellable,
                                         GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcDnsExport, nc_dns_export_free)

G_END_DECLS
