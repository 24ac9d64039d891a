/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-domain-set.c — millions of domains, compact, loaded by mmap
 *
 * File format, version 1 (little-endian; all offsets multiples of 8):
 *
 *   0  char    magic[8]       "NCDOMSET"
 *   8  u32     version        NC_DOMAIN_SET_FORMAT_VERSION
 *  12  u32     bucket_bits    1..30
 *  16  u64     n_entries
 *  24  u64     file_size
 *  32  u64     checksum       over the whole file, this field read as 0
 *  40  u8      reserved[24]   0
 *  64  u32     buckets[2^bucket_bits + 1]   first entry of each bucket
 *      (padding to 8)
 *      u64     entries[n_entries]           sorted ascending
 *
 * The bucket of a 64-bit hash h is its top bucket_bits bits; its entry is
 * ((h << bucket_bits) & ~0xffff) | value: the rest of the hash (all of it
 * once bucket_bits >= 16, i.e. from a million domains on) and the 16-bit
 * value in one word, so that a hit costs a single cache line.
 */
#include "config.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nc-domain-set.h"
#include "nc-paths.h"
#include "nc-url-host.h"

#define HEADER_SIZE 64
#define VALUE_MASK  G_GUINT64_CONSTANT (0xffff)
#define ENTRY_KEY(h, bits) (((h) << (bits)) & ~VALUE_MASK)
#define MAX_LABELS  (NC_HOST_MAX / 2 + 1)
#ifndef ENTRIES_PER_BUCKET
#define ENTRIES_PER_BUCKET 16
#endif
static const char magic[8] = { 'N', 'C', 'D', 'O', 'M', 'S', 'E', 'T' };

G_DEFINE_QUARK (nc-domain-set-error-quark, nc_domain_set_error)

struct _NcDomainSet
{
  GObject        parent_instance;

  GMappedFile   *mapped;
  GBytes        *bytes;
  gpointer       aligned_copy;

  const guint32 *buckets;
  const guint64 *entries;
  gsize          n_entries;
  guint          bits;
  guint          shift;
  gsize          byte_size;
  const guint8  *data;         /* the whole compiled set, header first */
};

G_DEFINE_FINAL_TYPE (NcDomainSet, nc_domain_set, G_TYPE_OBJECT)

/* ---- hashing ----------------------------------------------------------- */

#define FNV_OFFSET G_GUINT64_CONSTANT (0xcbf29ce484222325)
#define FNV_PRIME  G_GUINT64_CONSTANT (0x100000001b3)

static inline guint64
mix64 (guint64 h)
{
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return h;
}

/* Hashes every domain suffix of @host in one right-to-left pass: "com",
 * "example.com", "www.example.com". Returns how many were written to @out
 * (the whole host last). With @whole_only, only the whole host. */
static inline int
suffix_hashes (const char *host,
               gsize       len,
               gboolean    whole_only,
               guint64     out[MAX_LABELS])
{
  guint64 h = FNV_OFFSET;
  int n = 0;

  for (gsize i = len; i-- > 0;)
    {
      h = (h ^ (guchar) host[i]) * FNV_PRIME;
      if (i == 0 || (!whole_only && host[i - 1] == '.'))
        {
          if (n < MAX_LABELS)
            out[n++] = mix64 (h);
        }
    }

  return n;
}

static inline guint64
host_hash (const char *host,
           gsize       len)
{
  guint64 h = FNV_OFFSET;

  for (gsize i = len; i-- > 0;)
    h = (h ^ (guchar) host[i]) * FNV_PRIME;
  return mix64 (h);
}

/* ---- checksum ---------------------------------------------------------- */

#define P1 G_GUINT64_CONSTANT (0x9E3779B185EBCA87)
#define P2 G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)

static inline guint64
rotl64 (guint64 x,
        int     r)
{
  return (x << r) | (x >> (64 - r));
}

static inline guint64
checksum_round (guint64 acc,
                guint64 word)
{
  acc += word * P2;
  acc = rotl64 (acc, 31);
  return acc * P1;
}

/* A 64-bit checksum of @size bytes (a multiple of 8, at least
 * HEADER_SIZE) at the 8-aligned @data, reading the checksum field as 0. */
static guint64
compute_checksum (const guint8 *data,
                  gsize         size)
{
  const guint64 *w = (const guint64 *) data;
  gsize n = size / 8;
  guint64 acc[4] = { P1 + P2, P2, 0, -P1 };
  gsize i = 0;
  guint64 h;

  for (; i + 4 <= n; i += 4)
    {
      acc[0] = checksum_round (acc[0], i == 4 ? 0 : GUINT64_FROM_LE (w[i]));
      acc[1] = checksum_round (acc[1], GUINT64_FROM_LE (w[i + 1]));
      acc[2] = checksum_round (acc[2], GUINT64_FROM_LE (w[i + 2]));
      acc[3] = checksum_round (acc[3], GUINT64_FROM_LE (w[i + 3]));
    }
  for (; i < n; i++)
    acc[0] = checksum_round (acc[0], GUINT64_FROM_LE (w[i]));

  h = rotl64 (acc[0], 1) + rotl64 (acc[1], 7) + rotl64 (acc[2], 12) + rotl64 (acc[3], 18);
  return mix64 (h ^ size);
}

/* The checksum a compiled image of @size bytes at @data must carry (at
 * offset 32); for tools, tests and fuzzers that forge files. 0 when @size
 * is not a multiple of 8 of at least the header, or @data is unaligned. */
guint64
nc_domain_set_compute_checksum (gconstpointer data,
                                gsize         size)
{
  if (size < HEADER_SIZE || size % 8 != 0 || ((guintptr) data & 7) != 0)
    return 0;
  return compute_checksum (data, size);
}

/* ---- list parsing ------------------------------------------------------ */

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static gboolean
is_ip_token (const char *s,
             gsize       len)
{
  char buf[64];
  guint8 addr[16];

  if (len == 0 || len >= sizeof buf)
    return FALSE;
  memcpy (buf, s, len);
  buf[len] = '\0';
  return inet_pton (AF_INET, buf, addr) == 1 || inet_pton (AF_INET6, buf, addr) == 1;
}

/* Names that hosts files map to themselves; never a site to block. */
static gboolean
is_local_name (const char *s,
               gsize       len)
{
  static const char * const names[] = {
    "localhost", "localhost.localdomain", "local", "broadcasthost",
    "ip6-localhost", "ip6-loopback", "ip6-localnet", "ip6-mcastprefix",
    "ip6-allnodes", "ip6-allrouters", "ip6-allhosts", "0.0.0.0",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (strlen (names[i]) == len && memcmp (names[i], s, len) == 0)
      return TRUE;
  return FALSE;
}

/* One token naming a domain: "example.com", "*.example.com",
 * ".example.com", "http://example.com/". Calls @func when usable. */
static gboolean
parse_domain_token (const char       *s,
                    gsize             len,
                    NcDomainListFunc  func,
                    gpointer          user_data)
{
  char host[NC_HOST_MAX];
  int n;

  if (len >= 3 && memchr (s, ':', len) != NULL)
    {
      char url[1024];
      NcUrlScheme scheme;

      if (len >= sizeof url)
        return FALSE;
      memcpy (url, s, len);
      url[len] = '\0';
      scheme = nc_url_parse_host (url, host, &n, NULL);
      if ((scheme != NC_URL_SCHEME_HTTP && scheme != NC_URL_SCHEME_HTTPS) || n < 0)
        {
          /* "::1"-style IPv6 in a plain list. */
          if (is_ip_token (s, len) && len + 3 < sizeof url)
            {
              url[0] = '[';
              memcpy (url + 1, s, len);
              url[len + 1] = ']';
              n = nc_host_normalize (url, len + 2, host, NULL);
            }
          if (n < 0)
            return FALSE;
        }
      func (host, n, user_data);
      return TRUE;
    }

  if (len >= 2 && s[0] == '*' && s[1] == '.')
    {
      s += 2;
      len -= 2;
    }
  if (len == 0 || memchr (s, '*', len) != NULL || memchr (s, '/', len) != NULL)
    return FALSE;
  if (is_local_name (s, len))
    return FALSE;

  n = nc_host_normalize (s, len, host, NULL);
  if (n < 0)
    return FALSE;
  func (host, n, user_data);
  return TRUE;
}

/* "$document", "$all", "$important" (comma-separated) keep the rule
 * a whole-site block; any other option narrows it, so the line is skipped. */
static gboolean
adblock_options_ok (const char *s,
                    gsize       len)
{
  gsize start = 0;

  for (gsize i = 0; i <= len; i++)
    if (i == len || s[i] == ',')
      {
        const char *opt = s + start;
        gsize olen = i - start;

        if (!((olen == 8 && memcmp (opt, "document", 8) == 0) ||
              (olen == 3 && memcmp (opt, "all", 3) == 0) ||
              (olen == 9 && memcmp (opt, "important", 9) == 0) ||
              (olen == 3 && memcmp (opt, "doc", 3) == 0)))
          return FALSE;
        start = i + 1;
      }
  return TRUE;
}

/*
 * Parses one line of a domain list (@len bytes, no newline needed) and calls
 * @func for every domain it names. Understands hosts files ("0.0.0.0
 * example.com", several names per line, local names skipped), one domain
 * per line ("example.com", "*.example.com", a URL), adblock host rules
 * ("||example.com^", with $document/$all/$important) and comments ("#",
 * "!", "[Adblock ...]", trailing "# ..."). Returns FALSE when a line that is
 * not blank or a comment held nothing usable (exceptions "@@", paths,
 * wildcards, invalid hosts), so callers can count skipped lines.
 */
gboolean
nc_domain_list_parse_line (const char       *line,
                           gsize             len,
                           NcDomainListFunc  func,
                           gpointer          user_data)
{
  const char *s = line;
  const char *end = line + len;
  const char *tokens[2];
  gsize token_len[2];
  int n_tokens = 0;
  gboolean any = FALSE;

  g_return_val_if_fail (line != NULL || len == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  while (s < end && is_blank (*s))
    s++;
  while (end > s && is_blank (end[-1]))
    end--;
  if (s == end || *s == '#' || *s == '!' || *s == '[')
    return TRUE;

  if (end - s >= 2 && s[0] == '@' && s[1] == '@')
    return FALSE;

  if (end - s >= 2 && s[0] == '|' && s[1] == '|')
    {
      const char *domain = s + 2;
      const char *caret = domain;

      while (caret < end && *caret != '^')
        caret++;
      if (caret == end)
        {
          /* "||example.com" with no separator also matches longer names
           * ("example.community"): not a whole-domain rule. */
          return FALSE;
        }
      if (caret + 1 < end)
        {
          const char *rest = caret + 1;

          if (*rest == '|' && rest + 1 == end)
            ;
          else if (*rest == '$')
            {
              if (!adblock_options_ok (rest + 1, end - rest - 1))
                return FALSE;
            }
          else
            return FALSE;
        }
      return parse_domain_token (domain, caret - domain, func, user_data);
    }

  /* A trailing comment starts with "#" after a blank. */
  for (const char *c = s + 1; c < end; c++)
    if (*c == '#' && is_blank (c[-1]))
      {
        end = c;
        while (end > s && is_blank (end[-1]))
          end--;
        break;
      }

  while (s < end)
    {
      const char *t = s;

      while (t < end && !is_blank (*t))
        t++;

      if (n_tokens < 2)
        {
          tokens[n_tokens] = s;
          token_len[n_tokens] = t - s;
        }
      n_tokens++;

      /* Hosts format: the address first, then the names. */
      if (n_tokens >= 2)
        {
          if (!is_ip_token (tokens[0], token_len[0]))
            return FALSE;
          if (parse_domain_token (s, t - s, func, user_data))
            any = TRUE;
        }

      s = t;
      while (s < end && is_blank (*s))
        s++;
    }

  if (n_tokens == 1)
    return parse_domain_token (tokens[0], token_len[0], func, user_data);

  return any;
}

/* Calls nc_domain_list_parse_line() on every line of @text; fills @stats
 * (may be NULL). */
void
nc_domain_list_parse (const char        *text,
                      gsize              len,
                      NcDomainListFunc   func,
                      gpointer           user_data,
                      NcDomainListStats *stats)
{
  const char *p = text;
  const char *end = text + len;
  NcDomainListStats dummy;

  g_return_if_fail (text != NULL || len == 0);

  if (stats == NULL)
    stats = &dummy;
  memset (stats, 0, sizeof *stats);

  /* A UTF-8 byte order mark is not part of the first line. */
  if (len >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl != NULL ? nl : end;

      stats->n_lines++;
      if (!nc_domain_list_parse_line (p, line_end - p, func, user_data))
        stats->n_skipped++;
      p = nl != NULL ? nl + 1 : end;
    }
}

/* ---- the set ----------------------------------------------------------- */

static void
nc_domain_set_finalize (GObject *object)
{
  NcDomainSet *self = NC_DOMAIN_SET (object);

  g_clear_pointer (&self->mapped, g_mapped_file_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->aligned_copy, g_free);

  G_OBJECT_CLASS (nc_domain_set_parent_class)->finalize (object);
}

static void
nc_domain_set_class_init (NcDomainSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_domain_set_finalize;
}

static void
nc_domain_set_init (NcDomainSet *self)
{
}

static inline gsize
pad8 (gsize n)
{
  return (n + 7) & ~(gsize) 7;
}

static inline guint32
read_u32 (const guint8 *p)
{
  guint32 v;

  memcpy (&v, p, 4);
  return GUINT32_FROM_LE (v);
}

static inline guint64
read_u64 (const guint8 *p)
{
  guint64 v;

  memcpy (&v, p, 8);
  return GUINT64_FROM_LE (v);
}

/* Checks @data (@size bytes, 8-aligned) completely and, when it is a sound
 * set, points @self's tables into it. */
static gboolean
attach (NcDomainSet  *self,
        const guint8 *data,
        gsize         size,
        const char   *name,
        GError      **error)
{
  guint32 version, bits;
  guint64 n, file_size, stored_sum, expected_size;
  gsize n_buckets, buckets_size;
  const guint32 *buckets;

  if (G_BYTE_ORDER != G_LITTLE_ENDIAN)
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_VERSION,
                   _("Domain list “%s” cannot be read on this computer (byte order)"), name);
      return FALSE;
    }
  if (size < HEADER_SIZE)
    {
      if (size >= sizeof magic && memcmp (data, magic, sizeof magic) != 0)
        g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_NOT_A_SET,
                     _("“%s” is not a compiled domain list"), name);
      else
        g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_TRUNCATED,
                     _("Domain list “%s” is cut short (%zu bytes)"), name, size);
      return FALSE;
    }
  if (memcmp (data, magic, sizeof magic) != 0)
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_NOT_A_SET,
                   _("“%s” is not a compiled domain list"), name);
      return FALSE;
    }

  version = read_u32 (data + 8);
  bits = read_u32 (data + 12);
  n = read_u64 (data + 16);
  file_size = read_u64 (data + 24);
  stored_sum = read_u64 (data + 32);

  if (version != NC_DOMAIN_SET_FORMAT_VERSION)
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_VERSION,
                   _("Domain list “%s” has format version %u; this version of NetConduct reads version %u"),
                   name, version, NC_DOMAIN_SET_FORMAT_VERSION);
      return FALSE;
    }
  if (file_size > size)
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_TRUNCATED,
                   _("Domain list “%s” is cut short (%zu of %zu bytes)"),
                   name, size, (gsize) file_size);
      return FALSE;
    }
  if (file_size != size || size % 8 != 0)
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_CORRUPT,
                   _("Domain list “%s” is damaged (unexpected size)"), name);
      return FALSE;
    }
  if (compute_checksum (data, size) != stored_sum)
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_CHECKSUM,
                   _("Domain list “%s” is damaged (checksum mismatch)"), name);
      return FALSE;
    }

  /* A matching checksum is no proof: every size and index is checked so
   * that no lookup can read outside the file. */
  if (bits < 1 || bits > 30 || n > G_MAXUINT32)
    goto corrupt;
  n_buckets = (gsize) 1 << bits;
  buckets_size = pad8 (4 * (n_buckets + 1));
  expected_size = HEADER_SIZE + buckets_size + 8 * n;
  if (expected_size != size)
    goto corrupt;

  buckets = (const guint32 *) (data + HEADER_SIZE);
  if (buckets[0] != 0 || buckets[n_buckets] != n)
    goto corrupt;
  for (gsize i = 0; i < n_buckets; i++)
    if (buckets[i] > buckets[i + 1])
      goto corrupt;

  self->buckets = buckets;
  self->entries = (const guint64 *) (data + HEADER_SIZE + buckets_size);
  self->n_entries = n;
  self->bits = bits;
  self->shift = 64 - bits;
  self->byte_size = size;
  self->data = data;
  return TRUE;

corrupt:
  g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_CORRUPT,
               _("Domain list “%s” is damaged (inconsistent index)"), name);
  return FALSE;
}

/*
 * Maps the compiled set at @path (read-only mmap) after checking its
 * header, checksum and index. Returns NULL with an NC_DOMAIN_SET_ERROR
 * (or _IO) when the file is missing or damaged.
 */
/* Maps @path if it is a regular file, without ever blocking (a FIFO is
 * refused, not waited on); @follow: whether a symlink may be followed. */
static GMappedFile *
map_regular_file (const char  *path,
                  gboolean     follow,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  GMappedFile *mapped = NULL;
  const char *why = NULL;
  int fd = nc_paths_open_regular (AT_FDCWD, path, follow, &why);

  if (fd >= 0)
    {
      mapped = g_mapped_file_new_from_fd (fd, FALSE, NULL);
      close (fd);
      why = g_strerror (EIO);
    }
  if (mapped == NULL)
    g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_IO,
                 _("Cannot read domain list “%s”: %s"), name, why);
  return mapped;
}

NcDomainSet *
nc_domain_set_new_from_file (const char  *path,
                             GError     **error)
{
  g_autoptr(NcDomainSet) self = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_name (path);
  self = g_object_new (NC_TYPE_DOMAIN_SET, NULL);
  self->mapped = map_regular_file (path, FALSE, error);
  if (self->mapped == NULL)
    return NULL;

  if (!attach (self, (const guint8 *) g_mapped_file_get_contents (self->mapped),
               g_mapped_file_get_length (self->mapped), name, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Like nc_domain_set_new_from_file(), on bytes in memory (e.g. from a
 * GResource); keeps a reference to @bytes, or an aligned copy. */
NcDomainSet *
nc_domain_set_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(NcDomainSet) self = NULL;
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (NC_TYPE_DOMAIN_SET, NULL);
  data = g_bytes_get_data (bytes, &size);
  if (((guintptr) data & 7) != 0)
    {
      self->aligned_copy = g_memdup2 (data, size);
      data = self->aligned_copy;
    }
  else
    self->bytes = g_bytes_ref (bytes);

  if (!attach (self, data, size, "(memory)", error))
    return NULL;

  return g_steal_pointer (&self);
}

gsize
nc_domain_set_get_size (NcDomainSet *self)
{
  g_return_val_if_fail (NC_IS_DOMAIN_SET (self), 0);

  return self->n_entries;
}

/* Bytes of the compiled image (file size). */
gsize
nc_domain_set_get_byte_size (NcDomainSet *self)
{
  g_return_val_if_fail (NC_IS_DOMAIN_SET (self), 0);

  return self->byte_size;
}

/* The compiled set, as nc_domain_set_new_from_bytes() reads it (to hand
 * it to another process). The bytes keep @self alive. */
GBytes *
nc_domain_set_get_bytes (NcDomainSet *self)
{
  g_return_val_if_fail (NC_IS_DOMAIN_SET (self), NULL);

  return g_bytes_new_with_free_func (self->data, self->byte_size, g_object_unref,
                                     g_object_ref (self));
}

/*
 * The OR of the values of every entry that matches the normalized host
 * @host (@len bytes): the host itself and each parent domain; for an IP
 * literal (@is_ip), the host only. 0 when nothing matches.
 */
guint16
nc_domain_set_lookup (NcDomainSet *self,
                      const char  *host,
                      gsize        len,
                      gboolean     is_ip)
{
  guint64 hashes[MAX_LABELS];
  guint32 lo[MAX_LABELS], hi[MAX_LABELS];
  guint16 value = 0;
  int n;

  if (self->n_entries == 0 || len == 0)
    return 0;

  n = suffix_hashes (host, len, is_ip, hashes);

  /* Three passes so that the cache misses of all suffixes overlap: fetch
   * the buckets, then the first hash of each bucket, then compare. */
  for (int i = 0; i < n; i++)
    __builtin_prefetch (&self->buckets[hashes[i] >> self->shift]);
  for (int i = 0; i < n; i++)
    {
      guint64 b = hashes[i] >> self->shift;

      lo[i] = self->buckets[b];
      hi[i] = self->buckets[b + 1];
      __builtin_prefetch (&self->entries[lo[i]]);
    }
  for (int i = 0; i < n; i++)
    {
      guint64 key = ENTRY_KEY (hashes[i], self->bits);

      for (guint32 j = lo[i]; j < hi[i]; j++)
        {
          guint64 e = self->entries[j];

          if ((e & ~VALUE_MASK) == key)
            {
              value |= (guint16) (e & VALUE_MASK);
              break;
            }
          if (e > key)
            break;
        }
    }

  return value;
}

/* nc_domain_set_lookup() on a host as written anywhere (normalizes it). */
guint16
nc_domain_set_lookup_host (NcDomainSet *self,
                           const char  *raw_host)
{
  char host[NC_HOST_MAX];
  NcHostKind kind;
  int len;

  g_return_val_if_fail (NC_IS_DOMAIN_SET (self), 0);
  g_return_val_if_fail (raw_host != NULL, 0);

  len = nc_host_normalize (raw_host, -1, host, &kind);
  if (len < 0)
    return 0;
  return nc_domain_set_lookup (self, host, len, kind != NC_HOST_KIND_DOMAIN);
}

gboolean
nc_domain_set_contains (NcDomainSet *self,
                        const char  *raw_host)
{
  return nc_domain_set_lookup_host (self, raw_host) != 0;
}

/* Whether @data starts as a compiled set does (its magic), so that it
 * should be read as one rather than as a text list. */
gboolean
nc_domain_set_is_compiled (gconstpointer data,
                           gsize         size)
{
  return size >= sizeof magic && memcmp (data, magic, sizeof magic) == 0;
}

/* The OR of every entry's value (0 for an empty set): which categories a
 * set of category masks touches. One pass over the entries. */
guint16
nc_domain_set_get_values (NcDomainSet *self)
{
  guint64 values = 0;

  g_return_val_if_fail (NC_IS_DOMAIN_SET (self), 0);

  for (gsize i = 0; i < self->n_entries; i++)
    values |= self->entries[i] & VALUE_MASK;
  return (guint16) values;
}

/* ---- builder ----------------------------------------------------------- */

typedef struct {
  guint64 hash;
  guint64 value;
} Entry;

struct _NcDomainSetBuilder
{
  GArray *entries;
  guint16 current_value;
};

NcDomainSetBuilder *
nc_domain_set_builder_new (void)
{
  NcDomainSetBuilder *builder = g_new0 (NcDomainSetBuilder, 1);

  builder->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  return builder;
}

void
nc_domain_set_builder_free (NcDomainSetBuilder *builder)
{
  if (builder == NULL)
    return;
  g_array_unref (builder->entries);
  g_free (builder);
}

static void
builder_add_normalized (NcDomainSetBuilder *builder,
                        const char         *host,
                        gsize               len,
                        guint16             value)
{
  Entry e = { host_hash (host, len), value };

  g_array_append_val (builder->entries, e);
}

/* Adds @raw_host (normalized here) with @value, which must not be 0.
 * Returns FALSE when the host is not valid. */
gboolean
nc_domain_set_builder_add (NcDomainSetBuilder *builder,
                           const char         *raw_host,
                           guint16             value)
{
  char host[NC_HOST_MAX];
  int len;

  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (raw_host != NULL, FALSE);
  g_return_val_if_fail (value != 0, FALSE);

  len = nc_host_normalize (raw_host, -1, host, NULL);
  if (len < 0)
    return FALSE;
  builder_add_normalized (builder, host, len, value);
  return TRUE;
}

static void
add_from_list_cb (const char *host,
                  gsize       len,
                  gpointer    user_data)
{
  NcDomainSetBuilder *builder = user_data;

  builder_add_normalized (builder, host, len, builder->current_value);
}

/* Adds every domain of the list @text (see nc_domain_list_parse_line())
 * with @value; @stats may be NULL. */
void
nc_domain_set_builder_add_text (NcDomainSetBuilder *builder,
                                const char         *text,
                                gsize               len,
                                guint16             value,
                                NcDomainListStats  *stats)
{
  gsize before;
  NcDomainListStats local;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (value != 0);

  before = builder->entries->len;
  builder->current_value = value;
  nc_domain_list_parse (text, len, add_from_list_cb, builder, &local);
  local.n_added = builder->entries->len - before;
  if (stats != NULL)
    *stats = local;
}

gboolean
nc_domain_set_builder_add_file (NcDomainSetBuilder *builder,
                                const char         *path,
                                guint16             value,
                                NcDomainListStats  *stats,
                                GError            **error)
{
  g_autoptr(GMappedFile) mapped = NULL;

  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  mapped = map_regular_file (path, TRUE, error);
  if (mapped == NULL)
    return FALSE;

  nc_domain_set_builder_add_text (builder, g_mapped_file_get_contents (mapped),
                                  g_mapped_file_get_length (mapped), value, stats);
  return TRUE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  return ea->hash < eb->hash ? -1 : ea->hash > eb->hash;
}

/* Compiles the builder's domains into the binary format (sorted, merged:
 * a domain added twice keeps the OR of its values). */
GBytes *
nc_domain_set_builder_compile (NcDomainSetBuilder *builder)
{
  GArray *entries;
  gsize n = 0, n_buckets, buckets_size, size;
  guint bits = 1;
  guint8 *data;
  guint32 *buckets;
  guint64 *words;
  guint64 sum;

  g_return_val_if_fail (builder != NULL, NULL);

  entries = builder->entries;
  g_array_sort (entries, compare_entries);

  /* A bucket index small enough to stay in the CPU cache. */
  while (bits < 30 && ((gsize) ENTRIES_PER_BUCKET << bits) < entries->len)
    bits++;

  /* Merge duplicates in place: the same bucket and key. */
  for (gsize i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);

      if (n > 0 && g_array_index (entries, Entry, n - 1).hash >> (64 - bits) == e->hash >> (64 - bits) &&
          ENTRY_KEY (g_array_index (entries, Entry, n - 1).hash, bits) == ENTRY_KEY (e->hash, bits))
        g_array_index (entries, Entry, n - 1).value |= e->value;
      else
        g_array_index (entries, Entry, n++) = *e;
    }
  g_array_set_size (entries, n);

  n_buckets = (gsize) 1 << bits;
  buckets_size = pad8 (4 * (n_buckets + 1));
  size = HEADER_SIZE + buckets_size + 8 * n;

  data = g_malloc0 (size);
  memcpy (data, magic, sizeof magic);
  {
    guint32 v32 = GUINT32_TO_LE (NC_DOMAIN_SET_FORMAT_VERSION);
    guint64 v64;

    memcpy (data + 8, &v32, 4);
    v32 = GUINT32_TO_LE (bits);
    memcpy (data + 12, &v32, 4);
    v64 = GUINT64_TO_LE ((guint64) n);
    memcpy (data + 16, &v64, 8);
    v64 = GUINT64_TO_LE ((guint64) size);
    memcpy (data + 24, &v64, 8);
  }

  buckets = (guint32 *) (data + HEADER_SIZE);
  words = (guint64 *) (data + HEADER_SIZE + buckets_size);

  for (gsize i = 0; i < n; i++)
    {
      const Entry *e = &g_array_index (entries, Entry, i);

      buckets[(e->hash >> (64 - bits)) + 1]++;
      words[i] = ENTRY_KEY (e->hash, bits) | (e->value & VALUE_MASK);
    }
  for (gsize b = 0; b < n_buckets; b++)
    buckets[b + 1] += buckets[b];

  sum = GUINT64_TO_LE (compute_checksum (data, size));
  memcpy (data + 32, &sum, 8);

  return g_bytes_new_take (data, size);
}

/* Compiles and writes the set to @path atomically. */
gboolean
nc_domain_set_builder_write (NcDomainSetBuilder *builder,
                             const char         *path,
                             GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = nc_domain_set_builder_compile (builder);
  data = g_bytes_get_data (bytes, &size);
  /* Readable by its owner alone, like the database next to it. */
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_set_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_IO,
                   _("Cannot write domain list: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Compiles the builder into a set in memory. */
NcDomainSet *
nc_domain_set_builder_build (NcDomainSetBuilder *builder)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  NcDomainSet *set;

  g_return_val_if_fail (builder != NULL, NULL);

  bytes = nc_domain_set_builder_compile (builder);
  set = nc_domain_set_new_from_bytes (bytes, &error);
  g_assert_no_error (error);  /* we just wrote it */
  return set;
}
