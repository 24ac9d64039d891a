/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-domain-set.h — millions of domains, compact, loaded by mmap
 *
 * A domain set maps domains to a 16-bit value (the site policy uses one bit
 * per category). An entry matches itself and every subdomain: an entry
 * "example.com" matches "www.example.com" but not "badexample.com". IP
 * literals match only themselves.
 *
 * Layout: every domain is stored as a 64-bit hash of its labels read from
 * the right (so the hashes of "com", "example.com", "www.example.com" come
 * out of one right-to-left pass over a host), sorted, with a bucket index on
 * the top bits; each entry is one 64-bit word holding the rest of the hash
 * and the value: about 8.3 bytes per domain. The chance that a miss
 * collides with an entry is about n_suffixes * n / 2^64 per query (2e-13
 * for a million domains; sets under a million keep 48 + bucket bits of
 * the hash).
 *
 * Sets are built from text lists (NcDomainSetBuilder) and compiled to a
 * binary file with a versioned header and a checksum, which loads by mmap
 * and is fully validated first: a damaged file gives an NC_DOMAIN_SET_ERROR,
 * never a crash. A set is immutable, so lookups may run on any thread.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NC_DOMAIN_SET_ERROR (nc_domain_set_error_quark ())

typedef enum {
  NC_DOMAIN_SET_ERROR_IO,           /* the file cannot be read or written */
  NC_DOMAIN_SET_ERROR_TRUNCATED,    /* shorter than its header says */
  NC_DOMAIN_SET_ERROR_NOT_A_SET,    /* wrong magic: not a compiled set */
  NC_DOMAIN_SET_ERROR_VERSION,      /* a format version this build cannot read */
  NC_DOMAIN_SET_ERROR_CHECKSUM,     /* the contents do not match the checksum */
  NC_DOMAIN_SET_ERROR_CORRUPT,      /* inconsistent sizes or index */
} NcDomainSetError;

#define NC_DOMAIN_SET_FORMAT_VERSION 1

/* Statistics of one text list read into a builder. */
typedef struct {
  gsize n_lines;      /* lines read */
  gsize n_added;      /* domains added (before de-duplication) */
  gsize n_skipped;    /* lines that held no usable domain (not comments) */
} NcDomainListStats;

/* One domain found in a list line; @host is normalized, not NUL-terminated. */
typedef void (*NcDomainListFunc) (const char *host,
                                  gsize       len,
                                  gpointer    user_data);

gboolean     nc_domain_list_parse_line     (const char       *line,
                                            gsize             len,
                                            NcDomainListFunc  func,
                                            gpointer          user_data);
void         nc_domain_list_parse          (const char        *text,
                                            gsize              len,
                                            NcDomainListFunc   func,
                                            gpointer           user_data,
                                            NcDomainListStats *stats);

#define NC_TYPE_DOMAIN_SET (nc_domain_set_get_type ())
G_DECLARE_FINAL_TYPE (NcDomainSet, nc_domain_set, NC, DOMAIN_SET, GObject)

GQuark       nc_domain_set_error_quark     (void);

NcDomainSet *nc_domain_set_new_from_file   (const char   *path,
                                            GError      **error);
NcDomainSet *nc_domain_set_new_from_bytes  (GBytes       *bytes,
                                            GError      **error);
gsize        nc_domain_set_get_size        (NcDomainSet  *self);
gsize        nc_domain_set_get_byte_size   (NcDomainSet  *self);
GBytes      *nc_domain_set_get_bytes       (NcDomainSet  *self);
guint64      nc_domain_set_compute_checksum (gconstpointer data,
                                            gsize         size);

guint16      nc_domain_set_lookup          (NcDomainSet  *self,
                                            const char   *host,
                                            gsize         len,
                                            gboolean      is_ip);
guint16      nc_domain_set_lookup_host     (NcDomainSet  *self,
                                            const char   *raw_host);
gboolean     nc_domain_set_contains        (NcDomainSet  *self,
                                            const char   *raw_host);
guint16      nc_domain_set_get_values      (NcDomainSet  *self);
gboolean     nc_domain_set_is_compiled     (gconstpointer data,
                                            gsize         size);

typedef struct _NcDomainSetBuilder NcDomainSetBuilder;

NcDomainSetBuilder *nc_domain_set_builder_new       (void);
void         nc_domain_set_builder_free    (NcDomainSetBuilder *builder);
gboolean     nc_domain_set_builder_add     (NcDomainSetBuilder *builder,
                                            const char         *raw_host,
                                            guint16             value);
void         nc_domain_set_builder_add_text (NcDomainSetBuilder *builder,
                                            const char         *text,
                                            gsize               len,
                                            guint16             value,
                                            NcDomainListStats  *stats);
gboolean     nc_domain_set_builder_add_file (NcDomainSetBuilder *builder,
                                            const char         *path,
                                            guint16             value,
                                            NcDomainListStats  *stats,
                                            GError            **error);
GBytes      *nc_domain_set_builder_compile (NcDomainSetBuilder *builder);
gboolean     nc_domain_set_builder_write   (NcDomainSetBuilder *builder,
                                            const char         *path,
                                            GError            **error);
NcDomainSet *nc_domain_set_builder_build   (NcDomainSetBuilder *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcDomainSetBuilder, nc_domain_set_builder_free)

G_END_DECLS
