/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-dns-export.c — a profile's site rules as configuration for a DNS filter
 *
 * Every name is kept once with the rules that named it. A name is blocked
 * when the site policy would block it (the rules on it and on its parent
 * domains, with the policy's precedence). A file then holds, for every
 * engine but hosts files, only the names where the answer changes: a block
 * where the parent domain is open, an exception where the parent domain is
 * blocked. Engines answer a name by its most specific entry, so that is
 * the whole policy. Hosts files match exact names only and get every
 * blocked name.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-dns-export.h"

#define FLUSH_BYTES (64 * 1024)
#define PROGRESS_EVERY 65536
#define MAX_NAME 253         /* characters of a DNS name, without the last dot */

struct _NcDnsExport
{
  GHashTable   *rules;      /* name -> GUINT_TO_POINTER (NcDnsRule mask) */
  GStringChunk *names;      /* the keys of rules */
  GPtrArray  *comments;
  gboolean    safe_search;
};

/* The addresses the engines publish for forcing safe search by DNS. A NULL
 * address: the engine publishes none (the name only). */
typedef struct {
  const char *host;
  const char *target;
  const char *ipv4;
  const char *ipv6;
} SafeSearchHost;

static const SafeSearchHost safe_search_hosts[] = {
  { "www.google.com",           "forcesafesearch.google.com", "216.239.38.120", "2001:4860:4802:32::78" },
  { "www.google.com.vn",        "forcesafesearch.google.com", "216.239.38.120", "2001:4860:4802:32::78" },
  { "www.youtube.com",          "restrict.youtube.com",       "216.239.38.120", "2001:4860:4802:32::78" },
  { "m.youtube.com",            "restrict.youtube.com",       "216.239.38.120", "2001:4860:4802:32::78" },
  { "youtubei.googleapis.com",  "restrict.youtube.com",       "216.239.38.120", "2001:4860:4802:32::78" },
  { "youtube.googleapis.com",   "restrict.youtube.com",       "216.239.38.120", "2001:4860:4802:32::78" },
  { "www.youtube-nocookie.com", "restrict.youtube.com",       "216.239.38.120", "2001:4860:4802:32::78" },
  { "www.bing.com",             "strict.bing.com",            "204.79.197.220", NULL },
  { "duckduckgo.com",           "safe.duckduckgo.com",        NULL,             NULL },
  { "www.duckduckgo.com",       "safe.duckduckgo.com",        NULL,             NULL },
};

static const char * const format_names[] = { "unbound", "dnsmasq", "hosts", "adblock" };

gboolean
nc_dns_format_from_string (const char  *text,
                           NcDnsFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (text, format_names[i]) == 0)
      {
        *format = (NcDnsFormat) i;
        return TRUE;
      }
  return FALSE;
}

NcDnsExport *
nc_dns_export_new (void)
{
  NcDnsExport *self = g_new0 (NcDnsExport, 1);

  self->rules = g_hash_table_new (g_str_hash, g_str_equal);
  self->names = g_string_chunk_new (1024 * 1024);
  self->comments = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
nc_dns_export_free (NcDnsExport *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->rules);
  g_string_chunk_free (self->names);
  g_ptr_array_unref (self->comments);
  g_free (self);
}

void
nc_dns_export_add (NcDnsExport *self,
                   const char  *host,
                   gsize        len,
                   NcDnsRule    rule)
{
  char name[MAX_NAME + 1];
  gpointer key, value;

  g_return_if_fail (self != NULL);

  /* longer is no DNS name: no engine would take it */
  if (len == 0 || len > MAX_NAME)
    return;
  memcpy (name, host, len);
  name[len] = '\0';
  if (g_hostname_is_ip_address (name))
    return;
  if (g_hash_table_lookup_extended (self->rules, name, &key, &value))
    g_hash_table_insert (self->rules, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | rule));
  else
    g_hash_table_insert (self->rules, g_string_chunk_insert_len (self->names, name, len),
                         GUINT_TO_POINTER (rule));
}

typedef struct {
  NcDnsExport *self;
  NcDnsRule    rule;
} AddListData;

static void
add_list_cb (const char *host,
             gsize       len,
             gpointer    user_data)
{
  AddListData *data = user_data;

  nc_dns_export_add (data->self, host, len, data->rule);
}

void
nc_dns_export_add_list (NcDnsExport       *self,
                        const char        *text,
                        gsize              len,
                        NcDnsRule          rule,
                        NcDomainListStats *stats)
{
  AddListData data = { self, rule };

  nc_domain_list_parse (text, len, add_list_cb, &data, stats);
}

void
nc_dns_export_set_safe_search (NcDnsExport *self,
                               gboolean     safe_search)
{
  self->safe_search = safe_search;
}

void
nc_dns_export_add_comment (NcDnsExport *self,
                           const char  *comment)
{
  char *line = g_strdup (comment);

  /* one line, whatever a profile's name holds */
  for (char *p = line; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  g_ptr_array_add (self->comments, line);
}

/* ---- the decision for one name ------------------------------------------ */

static const char *
parent_domain (const char *name)
{
  const char *dot = strchr (name, '.');

  return dot != NULL ? dot + 1 : NULL;
}

/* The rules on @name and every parent domain of it, or-ed. */
static guint
rules_on (NcDnsExport *self,
          const char  *name)
{
  guint rules = 0;

  for (const char *p = name; p != NULL; p = parent_domain (p))
    rules |= GPOINTER_TO_UINT (g_hash_table_lookup (self->rules, p));
  return rules;
}

/* The site policy's precedence for the rules that match a name. */
static gboolean
rules_block (guint rules)
{
  if (rules & NC_DNS_BLOCK_LIST)
    return TRUE;
  if (rules & NC_DNS_CATEGORY_LOCKED)
    return !(rules & NC_DNS_ALLOW_ADMIN);
  if (rules & NC_DNS_CATEGORY)
    return !(rules & (NC_DNS_ALLOW | NC_DNS_ALLOW_ADMIN));
  return FALSE;
}

static gboolean
is_blocked (NcDnsExport *self,
            const char  *name)
{
  return name != NULL && rules_block (rules_on (self, name));
}

/* ---- what a file holds ---------------------------------------------------- */

typedef struct {
  GPtrArray *blocks;       /* const char *, owned by the table */
  GPtrArray *exceptions;
  GPtrArray *important;    /* blocks below an exception (adblock's $important) */
  GPtrArray *owned;        /* names made up here (hosts files' "www.") */
} Entries;

static void
entries_clear (Entries *entries)
{
  g_clear_pointer (&entries->blocks, g_ptr_array_unref);
  g_clear_pointer (&entries->exceptions, g_ptr_array_unref);
  g_clear_pointer (&entries->important, g_ptr_array_unref);
  g_clear_pointer (&entries->owned, g_ptr_array_unref);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
has_exception_above (NcDnsExport *self,
                     const char  *name)
{
  for (const char *p = parent_domain (name); p != NULL; p = parent_domain (p))
    {
      guint rules = GPOINTER_TO_UINT (g_hash_table_lookup (self->rules, p));

      if ((rules & (NC_DNS_ALLOW | NC_DNS_ALLOW_ADMIN)) != 0 &&
          !is_blocked (self, p) && is_blocked (self, parent_domain (p)))
        return TRUE;
    }
  return FALSE;
}

static void
collect_entries (NcDnsExport *self,
                 NcDnsFormat  format,
                 Entries     *entries)
{
  GHashTableIter iter;
  gpointer key, value;

  entries->blocks = g_ptr_array_new ();
  entries->exceptions = g_ptr_array_new ();
  entries->important = g_ptr_array_new ();
  entries->owned = g_ptr_array_new_with_free_func (g_free);

  g_hash_table_iter_init (&iter, self->rules);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *name = key;
      const char *parent = parent_domain (name);
      guint parent_rules = parent != NULL ? rules_on (self, parent) : 0;
      gboolean blocked = rules_block (GPOINTER_TO_UINT (value) | parent_rules);
      gboolean parent_blocked = parent != NULL && rules_block (parent_rules);

      if (format == NC_DNS_FORMAT_HOSTS)
        {
          /* exact names: every blocked name that a list holds, and its
           * "www." name, as hosts lists do */
          if (blocked && (GPOINTER_TO_UINT (value) & (NC_DNS_BLOCK_LIST | NC_DNS_CATEGORY |
                                                      NC_DNS_CATEGORY_LOCKED)) != 0)
            {
              char *www = g_strconcat ("www.", name, NULL);
              guint www_rules = GPOINTER_TO_UINT (g_hash_table_lookup (self->rules, www));

              g_ptr_array_add (entries->blocks, key);
              if (!g_str_has_prefix (name, "www.") && is_blocked (self, www) &&
                  (www_rules & (NC_DNS_BLOCK_LIST | NC_DNS_CATEGORY | NC_DNS_CATEGORY_LOCKED)) == 0)
                {
                  g_ptr_array_add (entries->owned, www);
                  g_ptr_array_add (entries->blocks, www);
                }
              else
                g_free (www);
            }
        }
      else if (blocked && !parent_blocked)
        {
          if (format == NC_DNS_FORMAT_ADBLOCK && has_exception_above (self, name))
            g_ptr_array_add (entries->important, key);
          else
            g_ptr_array_add (entries->blocks, key);
        }
      else if (!blocked && parent_blocked)
        g_ptr_array_add (entries->exceptions, key);
    }

  g_ptr_array_sort (entries->blocks, compare_names);
  g_ptr_array_sort (entries->exceptions, compare_names);
  g_ptr_array_sort (entries->important, compare_names);
}

/* ---- writing -------------------------------------------------------------- */

typedef struct {
  GOutputStream     *out;
  GString           *buffer;
  GCancellable      *cancellable;
  NcDnsProgressFunc  progress;
  gpointer           progress_data;
  gsize              done;
  gsize              total;
} Writer;

static gboolean
writer_flush (Writer  *w,
              GError **error)
{
  gboolean ok = g_output_stream_write_all (w->out, w->buffer->str, w->buffer->len,
                                           NULL, w->cancellable, error);

  g_string_truncate (w->buffer, 0);
  return ok;
}

static gboolean
writer_line (Writer  *w,
             GError **error,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static gboolean
writer_line (Writer     *w,
             GError    **error,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (w->buffer, format, args);
  va_end (args);
  g_string_append_c (w->buffer, '\n');
  return w->buffer->len < FLUSH_BYTES || writer_flush (w, error);
}

/* A line around a name: what comes before it and after it. */
typedef struct {
  const char *before;
  const char *after;
} LineShape;

/* One line per name of @names. */
static gboolean
write_names (Writer          *w,
             GPtrArray       *names,
             const LineShape *shape,
             GError         **error)
{
  for (guint i = 0; i < names->len; i++)
    {
      g_string_append (w->buffer, shape->before);
      g_string_append (w->buffer, g_ptr_array_index (names, i));
      g_string_append (w->buffer, shape->after);
      g_string_append_c (w->buffer, '\n');
      if (w->buffer->len >= FLUSH_BYTES && !writer_flush (w, error))
        return FALSE;
      if (++w->done % PROGRESS_EVERY == 0 && w->progress != NULL)
        w->progress (w->done, w->total, w->progress_data);
    }
  return TRUE;
}

static const char *
comment_prefix (NcDnsFormat format)
{
  return format == NC_DNS_FORMAT_ADBLOCK ? "!" : "#";
}

static gboolean
write_safe_search (NcDnsExport  *self,
                   Writer       *w,
                   NcDnsFormat   format,
                   GError      **error)
{
  if (!self->safe_search)
    return TRUE;

  if (format != NC_DNS_FORMAT_UNBOUND &&
      !writer_line (w, error, "%s safe search", comment_prefix (format)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (safe_search_hosts); i++)
    {
      const SafeSearchHost *s = &safe_search_hosts[i];
      gboolean ok = TRUE;

      if (is_blocked (self, s->host))
        continue;   /* a block beats safe search */

      switch (format)
        {
        case NC_DNS_FORMAT_UNBOUND:
          if (s->ipv4 == NULL)
            break;
          ok = writer_line (w, error, "  local-zone: \"%s.\" redirect", s->host) &&
               writer_line (w, error, "  local-data: \"%s. A %s\"", s->host, s->ipv4) &&
               (s->ipv6 == NULL ||
                writer_line (w, error, "  local-data: \"%s. AAAA %s\"", s->host, s->ipv6));
          break;
        case NC_DNS_FORMAT_DNSMASQ:
          if (s->ipv4 == NULL)
            break;
          ok = writer_line (w, error, "address=/%s/%s", s->host, s->ipv4) &&
               (s->ipv6 != NULL
                ? writer_line (w, error, "address=/%s/%s", s->host, s->ipv6)
                : writer_line (w, error, "local=/%s/", s->host));   /* no AAAA: no data */
          break;
        case NC_DNS_FORMAT_HOSTS:
          if (s->ipv4 == NULL)
            break;
          ok = writer_line (w, error, "%s %s", s->ipv4, s->host) &&
               (s->ipv6 == NULL || writer_line (w, error, "%s %s", s->ipv6, s->host));
          break;
        case NC_DNS_FORMAT_ADBLOCK:
          /* AdGuard Home's rewrite; Pi-hole skips the line */
          ok = writer_line (w, error, "|%s^$dnsrewrite=NOERROR;CNAME;%s", s->host, s->target);
          break;
        default:
          g_assert_not_reached ();
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

gboolean
nc_dns_export_write (NcDnsExport        *self,
                     NcDnsFormat         format,
                     GOutputStream      *out,
                     gsize              *n_blocked,
                     NcDnsProgressFunc   progress,
                     gpointer            user_data,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr(GString) buffer = g_string_sized_new (FLUSH_BYTES + 1024);
  Entries entries = { NULL, };
  Writer w = { out, buffer, cancellable, progress, user_data, 0, 0 };
  static const LineShape shapes[][3] = {
    /* block, exception, block below an exception */
    [NC_DNS_FORMAT_UNBOUND] = { { "  local-zone: \"", ".\" always_nxdomain" },
                                { "  local-zone: \"", ".\" transparent" },
                                { "  local-zone: \"", ".\" always_nxdomain" } },
    /* NXDOMAIN for the name and below; the usual upstream servers */
    [NC_DNS_FORMAT_DNSMASQ] = { { "address=/", "/" }, { "server=/", "/#" }, { "address=/", "/" } },
    /* exact names only, and no exceptions */
    [NC_DNS_FORMAT_HOSTS]   = { { "0.0.0.0 ", "" }, { NULL, NULL }, { "0.0.0.0 ", "" } },
    /* $important beats an exception above the name */
    [NC_DNS_FORMAT_ADBLOCK] = { { "||", "^" }, { "@@||", "^" }, { "||", "^$important" } },
  };
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (shapes), FALSE);

  collect_entries (self, format, &entries);
  w.total = entries.blocks->len + entries.exceptions->len + entries.important->len;

  for (guint i = 0; ok && i < self->comments->len; i++)
    ok = writer_line (&w, error, "%s %s", comment_prefix (format),
                      (const char *) g_ptr_array_index (self->comments, i));
  if (ok && format == NC_DNS_FORMAT_UNBOUND)
    ok = writer_line (&w, error, "server:");

  ok = ok && write_names (&w, entries.blocks, &shapes[format][0], error);
  ok = ok && write_names (&w, entries.important, &shapes[format][2], error);
  if (ok && shapes[format][1].before != NULL)
    ok = write_names (&w, entries.exceptions, &shapes[format][1], error);
  ok = ok && write_safe_search (self, &w, format, error);
  ok = ok && writer_flush (&w, error);

  if (ok && progress != NULL)
    progress (w.total, w.total, user_data);
  if (n_blocked != NULL)
    *n_blocked = entries.blocks->len + entries.important->len;
  entries_clear (&entries);
  return ok;
}
