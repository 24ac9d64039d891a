/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-url-host.c — the host of a URL, as the site policy compares it */
#include "config.h"

#include <arpa/inet.h>
#include <string.h>
#include <unicode/uidna.h>

#include "nc-url-host.h"

/* UTS #46 as WHATWG URL uses it: non-transitional, CheckBidi and
 * CheckJoiners on, CheckHyphens and VerifyDnsLength off. The UIDNA object
 * is immutable once opened, so every thread may share it. */
static const UIDNA *
get_uidna (void)
{
  static UIDNA *uidna = NULL;

  if (g_once_init_enter (&uidna))
    {
      UErrorCode status = U_ZERO_ERROR;
      UIDNA *created = uidna_openUTS46 (UIDNA_CHECK_BIDI |
                                        UIDNA_CHECK_CONTEXTJ |
                                        UIDNA_NONTRANSITIONAL_TO_ASCII |
                                        UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                        &status);
      if (U_FAILURE (status))
        g_error ("ICU cannot open UTS #46: %s", u_errorName (status));
      g_once_init_leave (&uidna, created);
    }

  return uidna;
}

/* Errors that WHATWG URL ignores (CheckHyphens and VerifyDnsLength off). */
#define IGNORED_IDNA_ERRORS (UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | \
                             UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN | \
                             UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4)

/* A forbidden domain code point (WHATWG), ASCII part. */
static inline gboolean
is_forbidden_domain_char (unsigned char c)
{
  if (c <= 0x20 || c == 0x7f)
    return TRUE;
  switch (c)
    {
    case '#': case '%': case '/': case ':': case '<': case '>': case '?':
    case '@': case '[': case '\\': case ']': case '^': case '|':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Parses one WHATWG IPv4 part (decimal, 0x hex, 0 octal) into @value.
 * Returns FALSE when the part is not a number. */
static gboolean
parse_ipv4_number (const char *s,
                   gsize       len,
                   guint64    *value)
{
  int base = 10;
  guint64 v = 0;

  if (len == 0)
    return FALSE;
  if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    {
      s += 2;
      len -= 2;
      base = 16;
    }
  else if (len >= 2 && s[0] == '0')
    {
      s += 1;
      len -= 1;
      base = 8;
    }

  for (gsize i = 0; i < len; i++)
    {
      int d = hex_value (s[i]);

      if (d < 0 || d >= base)
        return FALSE;
      v = v * base + d;
      if (v > G_MAXUINT32)
        v = (guint64) G_MAXUINT32 + 1;  /* saturate: too big either way */
    }

  *value = v;
  return TRUE;
}

/* TRUE when the last label of @host (no trailing dot) is a number, which
 * makes the whole host an IPv4 address for WHATWG URL. */
static gboolean
ends_in_number (const char *host,
                gsize       len)
{
  const char *last = host;
  gsize last_len;
  gboolean digits = TRUE;

  for (gsize i = 0; i < len; i++)
    if (host[i] == '.')
      last = host + i + 1;
  last_len = len - (last - host);
  if (last_len == 0)
    return FALSE;

  for (gsize i = 0; i < last_len; i++)
    if (last[i] < '0' || last[i] > '9')
      digits = FALSE;
  if (digits)
    return TRUE;

  if (last_len >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X'))
    {
      for (gsize i = 2; i < last_len; i++)
        if (hex_value (last[i]) < 0)
          return FALSE;
      return TRUE;
    }

  return FALSE;
}

/* WHATWG IPv4 parser on @host (no trailing dot); writes dotted decimal. */
static int
normalize_ipv4 (const char *host,
                gsize       len,
                char        out[NC_HOST_MAX])
{
  guint64 parts[4];
  int n_parts = 0;
  gsize start = 0;
  guint64 address;

  for (gsize i = 0; i <= len; i++)
    {
      if (i == len || host[i] == '.')
        {
          if (n_parts == 4)
            return -1;
          if (!parse_ipv4_number (host + start, i - start, &parts[n_parts]))
            return -1;
          n_parts++;
          start = i + 1;
        }
    }

  for (int i = 0; i < n_parts - 1; i++)
    if (parts[i] > 255)
      return -1;
  if (parts[n_parts - 1] >= ((guint64) 1 << (8 * (5 - n_parts))))
    return -1;

  address = parts[n_parts - 1];
  for (int i = 0; i < n_parts - 1; i++)
    address += parts[i] << (8 * (3 - i));

  return g_snprintf (out, NC_HOST_MAX, "%u.%u.%u.%u",
                     (unsigned) (address >> 24) & 0xff, (unsigned) (address >> 16) & 0xff,
                     (unsigned) (address >> 8) & 0xff, (unsigned) address & 0xff);
}

static int
normalize_ipv6 (const char *host,
                gsize       len,
                char        out[NC_HOST_MAX])
{
  char inner[64];
  char text[INET6_ADDRSTRLEN];
  struct in6_addr addr;

  /* host is "[...]" */
  if (len < 3 || len - 2 >= sizeof inner)
    return -1;
  memcpy (inner, host + 1, len - 2);
  inner[len - 2] = '\0';
  if (inet_pton (AF_INET6, inner, &addr) != 1)
    return -1;
  /* An IPv4-mapped address reaches the IPv4 host: name it that way, so
   * that a list entry "1.2.3.4" also covers "[::ffff:1.2.3.4]". */
  if (IN6_IS_ADDR_V4MAPPED (&addr))
    return g_snprintf (out, NC_HOST_MAX, "%u.%u.%u.%u", addr.s6_addr[12], addr.s6_addr[13],
                       addr.s6_addr[14], addr.s6_addr[15]);
  if (inet_ntop (AF_INET6, &addr, text, sizeof text) == NULL)
    return -1;

  return g_snprintf (out, NC_HOST_MAX, "[%s]", text);
}

enum {
  CC_OK,         /* stays as it is */
  CC_UPPER,      /* A–Z: lower-cased */
  CC_SLOW,       /* "%" or a non-ASCII byte: the full path decides */
  CC_FORBIDDEN,  /* never in a host */
};

static guint8 char_classes[256];

static void
init_char_classes (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (int c = 0; c < 256; c++)
        {
          if (c >= 0x80 || c == '%')
            char_classes[c] = CC_SLOW;
          else if (c >= 'A' && c <= 'Z')
            char_classes[c] = CC_UPPER;
          else if (c != '.' && is_forbidden_domain_char (c))
            char_classes[c] = CC_FORBIDDEN;
          else
            char_classes[c] = CC_OK;
        }
      g_once_init_leave (&done, 1);
    }
}

/* The common case: a plain ASCII host with no "%" and no "xn--" label.
 * Returns the length, -1 for an invalid host, or -2 when the full path
 * (percent-decoding, IDNA, IPv6) must decide. */
static int
normalize_fast (const char *host,
                gsize       len,
                char        out[NC_HOST_MAX],
                NcHostKind *kind)
{
  gsize n = 0, start = 0;

  if (len >= NC_HOST_MAX || host[0] == '[')
    return -2;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = host[i];

      switch (char_classes[c])
        {
        case CC_OK:
          out[n++] = c;
          break;
        case CC_UPPER:
          out[n++] = c | 0x20;
          break;
        case CC_SLOW:
          return -2;
        default:
          return -1;
        }
    }

  while (n > 0 && out[n - 1] == '.')
    n--;
  while (start < n && out[start] == '.')
    start++;
  if (start == n)
    return -1;
  if (start > 0)
    {
      memmove (out, out + start, n - start);
      n -= start;
    }
  out[n] = '\0';

  for (gsize i = 0; i + 1 < n; i++)
    {
      if (out[i] == '.' && out[i + 1] == '.')
        return -1;
      if (out[i] == 'x' && i + 3 < n && out[i + 1] == 'n' && out[i + 2] == '-' &&
          out[i + 3] == '-' && (i == 0 || out[i - 1] == '.'))
        return -2;  /* an "xn--" label: IDNA validates it */
    }

  if (ends_in_number (out, n))
    {
      char copy[NC_HOST_MAX];

      memcpy (copy, out, n);
      *kind = NC_HOST_KIND_IPV4;
      return normalize_ipv4 (copy, n, out);
    }

  *kind = NC_HOST_KIND_DOMAIN;
  return (int) n;
}

/*
 * Normalizes the host @host (@len bytes, or NUL-terminated when @len < 0),
 * as found in a URL or a list, into @out: lower-case ASCII, punycode for
 * international names, no trailing dots, IPv4 as dotted decimal and IPv6 in
 * brackets. Returns the length written, or -1 when the host is not valid
 * (empty, forbidden characters, a bad IP literal, an IDNA error, too long).
 */
int
nc_host_normalize (const char *host,
                   gssize      len,
                   char        out[NC_HOST_MAX],
                   NcHostKind *kind)
{
  char decoded[NC_HOST_MAX];
  char mapped[NC_HOST_MAX];
  gboolean ascii = TRUE;
  gboolean needs_idna = FALSE;
  gsize n = 0;
  NcHostKind dummy;

  g_return_val_if_fail (host != NULL, -1);
  g_return_val_if_fail (out != NULL, -1);

  if (kind == NULL)
    kind = &dummy;
  if (len < 0)
    len = strlen (host);
  if (len == 0)
    return -1;

  init_char_classes ();
  {
    int fast = normalize_fast (host, len, out, kind);

    if (fast != -2)
      return fast;
  }

  if (host[0] == '[')
    {
      int ip_len = host[len - 1] == ']' ? normalize_ipv6 (host, len, out) : -1;

      *kind = ip_len > 0 && out[0] != '[' ? NC_HOST_KIND_IPV4 : NC_HOST_KIND_IPV6;
      return ip_len;
    }

  /* Percent-decode and lower-case ASCII in one pass. */
  for (gssize i = 0; i < len; i++)
    {
      unsigned char c = host[i];

      if (c == '%' && i + 2 < len && hex_value (host[i + 1]) >= 0 && hex_value (host[i + 2]) >= 0)
        {
          c = (unsigned char) (hex_value (host[i + 1]) * 16 + hex_value (host[i + 2]));
          i += 2;
        }

      if (n + 1 >= sizeof decoded)
        return -1;
      if (c >= 0x80)
        ascii = FALSE;
      else if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      else if (c != '.' && is_forbidden_domain_char (c))
        return -1;
      decoded[n++] = (char) c;
    }
  decoded[n] = '\0';

  if (ascii)
    {
      /* "xn--" labels need IDNA validation; other ASCII maps to itself. */
      for (gsize i = 0; i + 3 < n; i++)
        if (decoded[i] == 'x' && decoded[i + 1] == 'n' && decoded[i + 2] == '-' &&
            decoded[i + 3] == '-' && (i == 0 || decoded[i - 1] == '.'))
          {
            needs_idna = TRUE;
            break;
          }
    }
  else
    {
      if (!g_utf8_validate (decoded, n, NULL))
        return -1;
      needs_idna = TRUE;
    }

  if (needs_idna)
    {
      UErrorCode status = U_ZERO_ERROR;
      UIDNAInfo info = UIDNA_INFO_INITIALIZER;
      int32_t m;

      m = uidna_nameToASCII_UTF8 (get_uidna (), decoded, (int32_t) n,
                                  mapped, sizeof mapped, &info, &status);
      if (U_FAILURE (status) || m <= 0 || m >= (int32_t) sizeof mapped)
        return -1;
      if ((info.errors & ~IGNORED_IDNA_ERRORS) != 0)
        return -1;
      for (int32_t i = 0; i < m; i++)
        {
          unsigned char c = mapped[i];

          if (c >= 0x80 || (c != '.' && is_forbidden_domain_char (c)))
            return -1;
          if (c >= 'A' && c <= 'Z')
            mapped[i] = (char) (c + 'a' - 'A');
        }
      memcpy (decoded, mapped, m);
      n = m;
      decoded[n] = '\0';
    }

  /* Trailing dots go ("example.com." is example.com); leading ones too,
   * so that lists may write ".example.com". */
  while (n > 0 && decoded[n - 1] == '.')
    n--;
  {
    gsize start = 0;

    while (start < n && decoded[start] == '.')
      start++;
    if (start == n)
      return -1;
    /* No empty label inside. */
    for (gsize i = start; i + 1 < n; i++)
      if (decoded[i] == '.' && decoded[i + 1] == '.')
        return -1;

    if (ends_in_number (decoded + start, n - start))
      {
        *kind = NC_HOST_KIND_IPV4;
        return normalize_ipv4 (decoded + start, n - start, out);
      }

    *kind = NC_HOST_KIND_DOMAIN;
    memcpy (out, decoded + start, n - start);
    out[n - start] = '\0';
    return (int) (n - start);
  }
}

static inline gboolean
is_url_space (unsigned char c)
{
  return c <= 0x20;
}

static gboolean
scheme_equal (const char *s,
              gsize       len,
              const char *name)
{
  return strlen (name) == len && g_ascii_strncasecmp (s, name, len) == 0;
}

/*
 * Finds the scheme and the normalized host of @url. Returns the scheme;
 * for http and https, @out holds the host (@out_len its length) or
 * @out_len is -1 when the URL has no valid host. For other schemes
 * @out_len is -1. Never fails on any input: garbage is NC_URL_SCHEME_OTHER.
 */
NcUrlScheme
nc_url_parse_host (const char *url,
                   char        out[NC_HOST_MAX],
                   int        *out_len,
                   NcHostKind *kind)
{
  g_autofree char *clean = NULL;
  const char *p, *end, *s;
  const char *authority, *host, *host_end;
  NcUrlScheme scheme;

  g_return_val_if_fail (out_len != NULL, NC_URL_SCHEME_OTHER);
  *out_len = -1;
  if (url == NULL)
    return NC_URL_SCHEME_OTHER;

  /* Leading and trailing C0 controls and spaces go. */
  p = url;
  while (*p != '\0' && is_url_space (*p))
    p++;
  end = p + strlen (p);
  while (end > p && is_url_space (end[-1]))
    end--;

  /* Tabs and newlines inside are removed (WHATWG). */
  if (memchr (p, '\t', end - p) || memchr (p, '\n', end - p) || memchr (p, '\r', end - p))
    {
      char *w;

      clean = g_malloc (end - p + 1);
      w = clean;
      for (s = p; s < end; s++)
        if (*s != '\t' && *s != '\n' && *s != '\r')
          *w++ = *s;
      *w = '\0';
      p = clean;
      end = w;
    }

  /* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
  if (p == end || !g_ascii_isalpha (*p))
    return NC_URL_SCHEME_OTHER;
  for (s = p + 1; s < end && (g_ascii_isalnum (*s) || *s == '+' || *s == '-' || *s == '.'); s++)
    ;
  if (s == end || *s != ':')
    return NC_URL_SCHEME_OTHER;

  if (scheme_equal (p, s - p, "http"))
    scheme = NC_URL_SCHEME_HTTP;
  else if (scheme_equal (p, s - p, "https"))
    scheme = NC_URL_SCHEME_HTTPS;
  else if (scheme_equal (p, s - p, "netconduct"))
    return NC_URL_SCHEME_NETCONDUCT;
  else
    return NC_URL_SCHEME_OTHER;

  /* Special schemes skip any run of "/" and "\" before the authority. */
  authority = s + 1;
  while (authority < end && (*authority == '/' || *authority == '\\'))
    authority++;

  host_end = authority;
  while (host_end < end && *host_end != '/' && *host_end != '\\' &&
         *host_end != '?' && *host_end != '#')
    host_end++;

  /* Userinfo ends at the last "@" of the authority. */
  host = authority;
  for (s = authority; s < host_end; s++)
    if (*s == '@')
      host = s + 1;

  /* Port. */
  {
    const char *colon = NULL;

    if (host < host_end && *host == '[')
      {
        const char *close = memchr (host, ']', host_end - host);

        if (close == NULL)
          return scheme;
        if (close + 1 < host_end)
          {
            if (close[1] != ':')
              return scheme;
            colon = close + 1;
          }
      }
    else
      colon = memchr (host, ':', host_end - host);

    if (colon != NULL)
      {
        guint port = 0;

        for (s = colon + 1; s < host_end; s++)
          {
            if (*s < '0' || *s > '9')
              return scheme;
            port = port * 10 + (*s - '0');
            if (port > 65535)
              return scheme;
          }
        host_end = colon;
      }
  }

  if (host == host_end)
    return scheme;

  *out_len = nc_host_normalize (host, host_end - host, out, kind);
  return scheme;
}

/* The normalized host of an http(s) @url, or NULL. */
char *
nc_url_dup_host (const char *url)
{
  char host[NC_HOST_MAX];
  int len;
  NcUrlScheme scheme = nc_url_parse_host (url, host, &len, NULL);

  if ((scheme != NC_URL_SCHEME_HTTP && scheme != NC_URL_SCHEME_HTTPS) || len < 0)
    return NULL;
  return g_strndup (host, len);
}

char *
nc_host_dup_normalized (const char *text)
{
  g_autofree char *copy = NULL;
  const char *host;
  char out[NC_HOST_MAX];
  int len;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (strstr (copy, "://") != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (copy, G_URI_FLAGS_NONE, NULL);

      if (uri == NULL || g_uri_get_host (uri) == NULL)
        return NULL;
      g_free (copy);
      copy = g_strdup (g_uri_get_host (uri));
    }
  host = g_str_has_prefix (copy, "*.") ? copy + 2 : copy;
  if (*host == '\0')
    return NULL;
  len = nc_host_normalize (host, -1, out, NULL);
  if (len <= 0 || len > 253)
    return NULL;
  return g_strndup (out, len);
}

/* ---- mirrors ------------------------------------------------------------ */

/* TRUE when @host is @domain or one of its subdomains (both normalized,
 * lower case): "www.example.com" is in "example.com", "badexample.com" is
 * not. */
gboolean
nc_host_in_domain (const char *host,
                   const char *domain)
{
  gsize hl = strlen (host), dl = strlen (domain);

  if (hl == dl)
    return memcmp (host, domain, hl) == 0;
  return hl > dl && host[hl - dl - 1] == '.' && memcmp (host + hl - dl, domain, dl) == 0;
}

/* "www-example-com" → "www.example.com": how translate.goog and the AMP
 * cache write a host in one label ('-' for '.', "--" for '-'). */
static char *
decode_dashed_host (const char *label,
                    gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      if (label[i] == '-' && i + 1 < len && label[i + 1] == '-')
        {
          g_string_append_c (out, '-');
          i++;
        }
      else if (label[i] == '-')
        g_string_append_c (out, '.');
      else
        g_string_append_c (out, label[i]);
    }
  return g_string_free (out, FALSE);
}

/* The value of query parameter @name in @query (up to '#'), decoded. */
static char *
query_param (const char *query,
             const char *name)
{
  gsize name_len = strlen (name);
  const char *p = query;

  while (p != NULL && *p != '\0' && *p != '#')
    {
      gsize len = strcspn (p, "&#");

      if (len > name_len && strncmp (p, name, name_len) == 0 && p[name_len] == '=')
        return g_uri_unescape_segment (p + name_len + 1, p + len, NULL);
      p += len;
      if (*p == '&')
        p++;
    }
  return NULL;
}

/* @text as an absolute http(s) URL: "example.com/x" gets "https://". */
static char *
as_web_url (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;
  if (g_ascii_strncasecmp (text, "http://", 7) == 0 || g_ascii_strncasecmp (text, "https://", 8) == 0)
    return g_strdup (text);
  if (strstr (text, "://") != NULL)
    return NULL;
  return g_strconcat ("https://", text, NULL);
}

/* The first "http://" or "https://" in @path on: how web archives put the
 * archived page's address in theirs. */
static char *
embedded_url (const char *path)
{
  const char *http = strstr (path, "http://");
  const char *https = strstr (path, "https://");
  const char *start = http == NULL ? https : https == NULL ? http : MIN (http, https);
  g_autofree char *text = NULL;

  if (start == NULL)
    {
      g_autofree char *decoded = g_uri_unescape_string (path, NULL);
      /* "http%3A%2F%2F…": decode once and look again. */
      if (decoded != NULL && !g_str_equal (decoded, path) && strstr (decoded, "http") != NULL)
        return embedded_url (decoded);
      return NULL;
    }
  text = g_strndup (start, strcspn (start, "#"));
  return g_strdup (text);
}

/* nip.io, sslip.io…: the IPv4 address written in @labels ("a.10.0.0.1",
 * "10-0-0-1", "app-10-0-0-1", "0a000001"), as "http://A.B.C.D/". */
static char *
wildcard_dns_ip (const char *labels,
                 gsize       len)
{
  g_autofree char *copy = g_strndup (labels, len);
  guint parts[4];
  int n = 0;

  /* Read numbers from the right, across '.' and '-'. */
  for (char *end = copy + len; end > copy && n < 4; )
    {
      char *start = end;
      char number[4];
      guint64 value;

      while (start > copy && start[-1] != '.' && start[-1] != '-')
        start--;
      if (start == end || end - start > 3)
        break;
      memcpy (number, start, end - start);
      number[end - start] = '\0';
      if (!g_ascii_string_to_unsigned (number, 10, 0, 255, &value, NULL))
        break;
      parts[3 - n++] = (guint) value;
      end = start > copy ? start - 1 : start;
    }
  if (n == 4)
    return g_strdup_printf ("http://%u.%u.%u.%u/", parts[0], parts[1], parts[2], parts[3]);

  /* One label of eight hex digits. */
  {
    const char *last = strrchr (copy, '.');
    const char *hex = last != NULL ? last + 1 : copy;
    const char *dash = strrchr (hex, '-');
    guint64 value;

    if (dash != NULL)
      hex = dash + 1;
    if (strlen (hex) == 8 && g_ascii_string_to_unsigned (hex, 16, 0, G_MAXUINT32, &value, NULL))
      return g_strdup_printf ("http://%u.%u.%u.%u/", (guint) (value >> 24) & 255,
                              (guint) (value >> 16) & 255, (guint) (value >> 8) & 255,
                              (guint) value & 255);
  }
  return NULL;
}

/*
 * The address of the site that a translation front end, web archive, page
 * cache or wildcard-DNS service shows at @url, when @url makes it visible:
 * "https://www-example-com.translate.goog/x" → "https://www.example.com/";
 * "https://web.archive.org/web/2020*\/https://example.com/x" →
 * "https://example.com/x"; "http://10.0.0.1.nip.io/" → "http://10.0.0.1/".
 * NULL when @url is not such a front end, or hides the site (a short id).
 * The result is a URL for nc_url_parse_host(), not necessarily a page.
 */
char *
nc_url_unwrap_mirror (const char *url)
{
  char host[NC_HOST_MAX];
  NcHostKind kind = NC_HOST_KIND_DOMAIN;
  NcUrlScheme scheme;
  const char *rest;
  int len;

  scheme = nc_url_parse_host (url, host, &len, &kind);
  if ((scheme != NC_URL_SCHEME_HTTP && scheme != NC_URL_SCHEME_HTTPS) || len <= 0 ||
      kind != NC_HOST_KIND_DOMAIN)
    return NULL;

  /* What follows the authority: path, query, fragment. */
  rest = strstr (url, "://");
  rest = rest != NULL ? rest + 3 : url;
  rest += strcspn (rest, "/?#");

  /* A host in one label: www-example-com.translate.goog, and the AMP
   * cache, www-example-com.cdn.ampproject.org. */
  {
    static const char * const dashed[] = { ".translate.goog", ".cdn.ampproject.org", NULL };

    for (int i = 0; dashed[i] != NULL; i++)
      {
        gsize suffix = strlen (dashed[i]);
        const char *label;

        if ((gsize) len <= suffix || strcmp (host + len - suffix, dashed[i]) != 0)
          continue;
        label = host + len - suffix;
        while (label > host && label[-1] != '.')
          label--;
        {
          g_autofree char *real = decode_dashed_host (label, host + len - suffix - label);
          return g_strconcat ("https://", real, "/", NULL);
        }
      }
  }

  /* translate.google.com/translate?u=…, translate.yandex.*?url=… */
  if (g_str_has_prefix (host, "translate.google.") || g_str_equal (host, "translate.googleusercontent.com") ||
      g_str_has_prefix (host, "translate.yandex.") ||
      g_str_has_prefix (host, "www.translatetheweb.com") || g_str_equal (host, "translatetheweb.com"))
    {
      const char *query = strchr (rest, '?');
      g_autofree char *target = NULL;

      if (query == NULL)
        return NULL;
      target = query_param (query + 1, "u");
      if (target == NULL)
        target = query_param (query + 1, "url");
      return as_web_url (target);
    }

  /* webcache.googleusercontent.com/search?q=cache:ID:example.com/x */
  if (g_str_equal (host, "webcache.googleusercontent.com"))
    {
      const char *query = strchr (rest, '?');
      g_autofree char *q = query != NULL ? query_param (query + 1, "q") : NULL;
      const char *target;

      if (q == NULL || !g_str_has_prefix (q, "cache:"))
        return NULL;
      target = q + 6;
      /* An optional id before the address: "cache:AbC123xyz:example.com". */
      if (strchr (target, ':') != NULL && strcspn (target, ":") < strcspn (target, "/.") &&
          !g_str_has_prefix (target, "http"))
        target = strchr (target, ':') + 1;
      return as_web_url (target);
    }

  /* Web archives: the archived page's address in the path. */
  if (nc_host_in_domain (host, "web.archive.org") || g_str_equal (host, "wayback.archive.org") ||
      nc_host_in_domain (host, "archive.today") || nc_host_in_domain (host, "archive.ph") ||
      nc_host_in_domain (host, "archive.is") || nc_host_in_domain (host, "archive.li") ||
      nc_host_in_domain (host, "archive.vn") || nc_host_in_domain (host, "archive.md") ||
      nc_host_in_domain (host, "archive.fo") || nc_host_in_domain (host, "cachedview.nl") ||
      nc_host_in_domain (host, "cachedview.com") || nc_host_in_domain (host, "webcitation.org"))
    {
      const char *path_start = rest;

      /* web.archive.org/web/2020*\/example.com/x: the host may come bare. */
      if (g_str_has_prefix (path_start, "/web/"))
        {
          const char *after = strchr (path_start + 5, '/');
          g_autofree char *found = embedded_url (path_start);

          if (found != NULL)
            return g_steal_pointer (&found);
          if (after != NULL && after[1] != '\0')
            return as_web_url (after + 1);
          return NULL;
        }
      return embedded_url (path_start);
    }

  /* Wildcard DNS: the address is in the name. */
  {
    static const char * const wildcard[] = { "nip.io", "sslip.io", "xip.io", "traefik.me",
                                             "lvh.me", "localtest.me", "vcap.me",
                                             "lacolhost.com", NULL };

    for (int i = 0; wildcard[i] != NULL; i++)
      {
        gsize wl = strlen (wildcard[i]);
        char *ip;

        if (!nc_host_in_domain (host, wildcard[i]))
          continue;
        if ((gsize) len == wl)
          return NULL;
        ip = wildcard_dns_ip (host, len - wl - 1);
        /* The last four always answer with the loopback address. */
        if (ip == NULL && i >= 4)
          ip = g_strdup ("http://127.0.0.1/");
        return ip;
      }
  }

  return NULL;
}
