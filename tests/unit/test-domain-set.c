/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-domain-set.c — URL hosts, list parsing and compiled domain sets */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "nc-domain-set.h"
#include "nc-url-host.h"

/* ---- hosts of URLs -------------------------------------------------------- */

typedef struct {
  const char  *url;
  NcUrlScheme  scheme;
  const char  *host;   /* NULL: no valid host */
  NcHostKind   kind;
} UrlCase;

static const UrlCase url_cases[] = {
  { "https://www.Example.COM/path", NC_URL_SCHEME_HTTPS, "www.example.com", NC_HOST_KIND_DOMAIN },
  { "HTTP://EXAMPLE.com", NC_URL_SCHEME_HTTP, "example.com", NC_HOST_KIND_DOMAIN },
  { "https://example.com./", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  { "https://example.com../", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  { "https://example.com:8443/x", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  { "https://user:pw@example.com:80/", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  /* The classic trick: the part before "@" is a user name, not the host. */
  { "http://facebook.com@evil.example/", NC_URL_SCHEME_HTTP, "evil.example", NC_HOST_KIND_DOMAIN },
  { "http://facebook.com:443@evil.example/", NC_URL_SCHEME_HTTP, "evil.example", NC_HOST_KIND_DOMAIN },
  { "http://a@b@evil.example/", NC_URL_SCHEME_HTTP, "evil.example", NC_HOST_KIND_DOMAIN },
  /* "\" ends the authority in http(s), as in browsers. */
  { "http://evil.example\\@facebook.com/", NC_URL_SCHEME_HTTP, "evil.example", NC_HOST_KIND_DOMAIN },
  { "https://evil.example?@facebook.com/", NC_URL_SCHEME_HTTPS, "evil.example", NC_HOST_KIND_DOMAIN },
  { "https://evil.example#@facebook.com/", NC_URL_SCHEME_HTTPS, "evil.example", NC_HOST_KIND_DOMAIN },
  { "https:example.com/", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  { "https:\\\\example.com\\x", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  { "  https://exa\tmple.com/\n", NC_URL_SCHEME_HTTPS, "example.com", NC_HOST_KIND_DOMAIN },
  { "https://%66acebook.com/", NC_URL_SCHEME_HTTPS, "facebook.com", NC_HOST_KIND_DOMAIN },
  /* IDN: Unicode to punycode, full-width letters and dots mapped. */
  { "https://bücher.de/", NC_URL_SCHEME_HTTPS, "xn--bcher-kva.de", NC_HOST_KIND_DOMAIN },
  { "https://BÜCHER.de/", NC_URL_SCHEME_HTTPS, "xn--bcher-kva.de", NC_HOST_KIND_DOMAIN },
  { "https://xn--bcher-kva.de/", NC_URL_SCHEME_HTTPS, "xn--bcher-kva.de", NC_HOST_KIND_DOMAIN },
  { "https://ｆａｃｅｂｏｏｋ．ｃｏｍ/", NC_URL_SCHEME_HTTPS, "facebook.com", NC_HOST_KIND_DOMAIN },
  { "https://tiếngviệt.vn/", NC_URL_SCHEME_HTTPS, "xn--tingvit-5t4cyc.vn", NC_HOST_KIND_DOMAIN },
  { "https://xn--a.com/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  /* IP literals, in every spelling a browser accepts. */
  { "http://127.0.0.1/", NC_URL_SCHEME_HTTP, "127.0.0.1", NC_HOST_KIND_IPV4 },
  { "http://2130706433/", NC_URL_SCHEME_HTTP, "127.0.0.1", NC_HOST_KIND_IPV4 },
  { "http://0x7f.1/", NC_URL_SCHEME_HTTP, "127.0.0.1", NC_HOST_KIND_IPV4 },
  { "http://0177.0.0.01/", NC_URL_SCHEME_HTTP, "127.0.0.1", NC_HOST_KIND_IPV4 },
  { "http://1.1.1.1./", NC_URL_SCHEME_HTTP, "1.1.1.1", NC_HOST_KIND_IPV4 },
  { "http://256.1.1.1/", NC_URL_SCHEME_HTTP, NULL, 0 },
  { "http://1.2.3.4.5/", NC_URL_SCHEME_HTTP, NULL, 0 },
  { "http://[::1]:8080/", NC_URL_SCHEME_HTTP, "[::1]", NC_HOST_KIND_IPV6 },
  { "http://[2001:DB8:0:0::1]/", NC_URL_SCHEME_HTTP, "[2001:db8::1]", NC_HOST_KIND_IPV6 },
  { "http://[::ffff:1.2.3.4]/", NC_URL_SCHEME_HTTP, "1.2.3.4", NC_HOST_KIND_IPV4 },
  { "http://[::ffff:102:304]/", NC_URL_SCHEME_HTTP, "1.2.3.4", NC_HOST_KIND_IPV4 },
  { "http://[::1/", NC_URL_SCHEME_HTTP, NULL, 0 },
  { "http://[zz::1]/", NC_URL_SCHEME_HTTP, NULL, 0 },
  /* Broken ones. */
  { "https:///", NC_URL_SCHEME_HTTPS, NULL, 0 },
  { "https://example.com:99999/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  { "https://example.com:12ab/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  { "https://a..b/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  { "https://exa mple.com/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  { "https://exa%20mple.com/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  { "https://exa<mple.com/", NC_URL_SCHEME_HTTPS, NULL, 0 },
  /* Schemes that never load. */
  { "file:///etc/passwd", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "FILE://localhost/etc/passwd", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "javascript:alert(1)", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "data:text/html,hi", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "ftp://example.com/", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "about:blank", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "example.com", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "", NC_URL_SCHEME_OTHER, NULL, 0 },
  { "netconduct:blocked", NC_URL_SCHEME_NETCONDUCT, NULL, 0 },
  { "NetConduct://lesson/4.5", NC_URL_SCHEME_NETCONDUCT, NULL, 0 },
};

static void
test_url_hosts (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (url_cases); i++)
    {
      const UrlCase *c = &url_cases[i];
      char host[NC_HOST_MAX];
      NcHostKind kind = -1;
      int len;
      NcUrlScheme scheme;

      g_test_message ("url %s", c->url);
      scheme = nc_url_parse_host (c->url, host, &len, &kind);
      g_assert_cmpint (scheme, ==, c->scheme);
      if (c->host == NULL)
        g_assert_cmpint (len, <, 0);
      else
        {
          g_assert_cmpint (len, ==, strlen (c->host));
          g_assert_cmpstr (host, ==, c->host);
          g_assert_cmpint (kind, ==, c->kind);
        }
    }

  {
    char host[NC_HOST_MAX];
    int len = 0;

    g_assert_cmpint (nc_url_parse_host (NULL, host, &len, NULL), ==, NC_URL_SCHEME_OTHER);
    g_assert_cmpint (len, <, 0);
  }
}

static void
test_host_too_long (void)
{
  g_autoptr(GString) s = g_string_new ("https://");
  char host[NC_HOST_MAX];
  int len;

  for (int i = 0; i < 100; i++)
    g_string_append (s, "abc.");
  g_string_append (s, "com/");
  g_assert_cmpint (nc_url_parse_host (s->str, host, &len, NULL), ==, NC_URL_SCHEME_HTTPS);
  g_assert_cmpint (len, <, 0);
}

/* ---- list parsing --------------------------------------------------------- */

static void
collect_cb (const char *host,
            gsize       len,
            gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strndup (host, len));
}

static char *
join_hosts (const char        *text,
            NcDomainListStats *stats)
{
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);

  nc_domain_list_parse (text, strlen (text), collect_cb, hosts, stats);
  g_ptr_array_add (hosts, NULL);
  return g_strjoinv (" ", (char **) hosts->pdata);
}

static void
test_list_formats (void)
{
  const char *text =
    "\xef\xbb\xbf# a comment\n"
    "! adblock comment\n"
    "[Adblock Plus 2.0]\n"
    "\n"
    "plain.example\n"
    "  Spaced.Example.  \r\n"
    "*.wild.example\n"
    "0.0.0.0 hosts.example second.example # trailing comment\n"
    "127.0.0.1 localhost\n"
    "::1 ip6-localhost\n"
    "||adblock.example^\n"
    "||options.example^$document\n"
    "||narrow.example^$script\n"
    "||noseparator.example\n"
    "@@||exception.example^\n"
    "||path.example/ads^\n"
    "https://url.example/some/page\n"
    "bücher.de\n"
    "1.1.1.1\n"
    "ad*.example\n"
    "two words\n"
    "bad..example\n";
  NcDomainListStats stats;
  g_autofree char *hosts = join_hosts (text, &stats);

  g_assert_cmpstr (hosts, ==,
                   "plain.example spaced.example wild.example hosts.example second.example "
                   "adblock.example options.example url.example xn--bcher-kva.de 1.1.1.1");
  g_assert_cmpuint (stats.n_lines, ==, 22);
  /* localhost, ip6-localhost, $script, no separator, @@, path, "*", two
   * words, empty label */
  g_assert_cmpuint (stats.n_skipped, ==, 9);
}

/* ---- sets ----------------------------------------------------------------- */

static NcDomainSet *
build_small_set (void)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  const char *text = "example.com\nfacebook.com\nbücher.de\n1.2.3.4\nxxx\n";

  nc_domain_set_builder_add_text (builder, text, strlen (text), 1, NULL);
  g_assert_true (nc_domain_set_builder_add (builder, "Zalo.ME.", 2));
  g_assert_true (nc_domain_set_builder_add (builder, "example.com", 4));
  g_assert_false (nc_domain_set_builder_add (builder, "bad host", 4));
  return nc_domain_set_builder_build (builder);
}

static void
test_set_matching (void)
{
  g_autoptr(NcDomainSet) set = build_small_set ();

  g_assert_cmpuint (nc_domain_set_get_size (set), ==, 6);

  /* An entry matches itself and every subdomain, nothing else. */
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "example.com"), ==, 1 | 4);
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "www.example.com"), ==, 5);
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "a.b.c.example.com"), ==, 5);
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "WWW.EXAMPLE.COM."), ==, 5);
  g_assert_false (nc_domain_set_contains (set, "badexample.com"));
  g_assert_false (nc_domain_set_contains (set, "example.com.evil.example"));
  g_assert_false (nc_domain_set_contains (set, "com"));
  g_assert_false (nc_domain_set_contains (set, "example.org"));
  g_assert_true (nc_domain_set_contains (set, "m.facebook.com"));
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "chat.zalo.me"), ==, 2);
  g_assert_true (nc_domain_set_contains (set, "www.xn--bcher-kva.de"));
  g_assert_true (nc_domain_set_contains (set, "shop.bücher.de"));
  g_assert_true (nc_domain_set_contains (set, "anything.xxx"));
  /* IP literals match only themselves, in any spelling. */
  g_assert_true (nc_domain_set_contains (set, "1.2.3.4"));
  g_assert_true (nc_domain_set_contains (set, "0x01020304"));
  g_assert_false (nc_domain_set_contains (set, "2.3.4"));
  g_assert_false (nc_domain_set_contains (set, "not a host"));
}

static void
test_set_empty (void)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(NcDomainSet) set = nc_domain_set_builder_build (builder);

  g_assert_cmpuint (nc_domain_set_get_size (set), ==, 0);
  g_assert_false (nc_domain_set_contains (set, "example.com"));
}

/* A bigger set: every entry found, with its subdomains, and misses missed. */
static void
test_set_many (void)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(NcDomainSet) set = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  const int n = 50000;

  for (int i = 0; i < n; i++)
    {
      g_autofree char *host = g_strdup_printf ("site%d-%u.example", i, g_rand_int (rand));

      g_assert_true (nc_domain_set_builder_add (builder, host, 1 + (i % 7)));
    }
  set = nc_domain_set_builder_build (builder);
  g_assert_cmpuint (nc_domain_set_get_size (set), ==, n);
  /* The layout stays compact: about 11 bytes per domain. */
  g_assert_cmpuint (nc_domain_set_get_byte_size (set), <=, (gsize) n * 24);

  g_rand_set_seed (rand, 42);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *host = g_strdup_printf ("site%d-%u.example", i, g_rand_int (rand));
      g_autofree char *sub = g_strconcat ("www.", host, NULL);
      g_autofree char *miss = g_strconcat ("x", host, NULL);

      g_assert_cmpuint (nc_domain_set_lookup_host (set, host), ==, 1 + (i % 7));
      g_assert_cmpuint (nc_domain_set_lookup_host (set, sub), ==, 1 + (i % 7));
      g_assert_cmpuint (nc_domain_set_lookup_host (set, miss), ==, 0);
    }
}

/* The real lists in ../shared/data: nearly every line parses, and every
 * domain found is matched with its subdomains. */
static void
test_shared_lists (void)
{
  const char *shared = g_getenv ("NC_SHARED_DATA");
  const char * const folders[] = { "ut1", "hostsvn" };
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NcDomainSet) set = NULL;
  gsize n_lines = 0, n_skipped = 0, n_files = 0;

  for (gsize f = 0; shared != NULL && f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *dir_path = g_build_filename (shared, "blocklists", folders[f], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);
          g_autofree char *text = NULL;
          NcDomainListStats stats;
          gsize len;

          if (!g_str_has_suffix (name, ".txt") || !g_file_get_contents (path, &text, &len, NULL))
            continue;
          n_files++;
          nc_domain_list_parse (text, len, collect_cb, hosts, &stats);
          nc_domain_set_builder_add_text (builder, text, len, 1, NULL);
          n_lines += stats.n_lines;
          n_skipped += stats.n_skipped;
        }
    }

  if (n_files == 0)
    {
      g_test_skip ("shared block lists not found (NC_SHARED_DATA/blocklists): nothing to check");
      return;
    }

  set = nc_domain_set_builder_build (builder);
  g_test_message ("%zu files, %zu lines, %zu skipped, %u domains, %zu in the set",
                  n_files, n_lines, n_skipped, hosts->len, nc_domain_set_get_size (set));
  g_assert_cmpuint (n_skipped * 1000, <, n_lines);

  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);
      g_autofree char *sub = g_strconcat ("x1.", host, NULL);

      g_assert_true (nc_domain_set_contains (set, host));
      if (!g_hostname_is_ip_address (host))
        g_assert_true (nc_domain_set_contains (set, sub));
    }
}

/* ---- files ---------------------------------------------------------------- */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("nc-domain-set-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "lists.ncset", NULL);
  for (int i = 0; i < 1000; i++)
    {
      g_autofree char *host = g_strdup_printf ("host%d.example", i);

      nc_domain_set_builder_add (builder, host, 1);
    }
  nc_domain_set_builder_add (builder, "facebook.com", 2);
  g_assert_true (nc_domain_set_builder_write (builder, fixture->path, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The bytes of the file at @path, a copy to change (*@size of them). */
static guint8 *
read_copy (const char *path,
           gsize      *size)
{
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, size, NULL));
  return (guint8 *) data;
}

static GBytes *
read_file (const char *path)
{
  gsize size = 0;
  guint8 *data = read_copy (path, &size);

  return g_bytes_new_take (data, size);
}

static void
write_file (const char *path,
            const void *data,
            gsize       size)
{
  g_assert_true (g_file_set_contents (path, data, size, NULL));
}

static void
test_file_roundtrip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcDomainSet) set = nc_domain_set_new_from_file (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (set);
  g_assert_cmpuint (nc_domain_set_get_size (set), ==, 1001);
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "www.facebook.com"), ==, 2);
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "a.host999.example"), ==, 1);
  g_assert_cmpuint (nc_domain_set_lookup_host (set, "host1000.example"), ==, 0);
}

static void
expect_error (const char *path,
              int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcDomainSet) set = nc_domain_set_new_from_file (path, &error);

  g_assert_null (set);
  g_assert_error (error, NC_DOMAIN_SET_ERROR, code);
  g_test_message ("error: %s", error->message);
}

static void
test_file_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "absent.ncset", NULL);

  expect_error (path, NC_DOMAIN_SET_ERROR_IO);
}

static void
test_file_truncated (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_file (fixture->path);
  gsize size;
  const guint8 *d = g_bytes_get_data (bytes, &size);
  const gsize cuts[] = { 0, 4, 8, 63, 64, 100, size / 2, size - 8, size - 1 };

  for (gsize i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      write_file (fixture->path, d, cuts[i]);
      expect_error (fixture->path, NC_DOMAIN_SET_ERROR_TRUNCATED);
    }
}

static void
test_file_bad_checksum (Fixture       *fixture,
                        gconstpointer  data)
{
  gsize size;
  g_autofree guint8 *d = read_copy (fixture->path, &size);

  /* One flipped bit anywhere: the index, a hash, a value, the header. */
  const gsize offsets[] = { 70, size / 2, size - 3, 40 };

  for (gsize i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      d[offsets[i]] ^= 0x10;
      write_file (fixture->path, d, size);
      expect_error (fixture->path, NC_DOMAIN_SET_ERROR_CHECKSUM);
      d[offsets[i]] ^= 0x10;
    }
}

static void
test_file_wrong_version (Fixture       *fixture,
                         gconstpointer  data)
{
  gsize size;
  g_autofree guint8 *d = read_copy (fixture->path, &size);

  d[8] = NC_DOMAIN_SET_FORMAT_VERSION + 1;
  write_file (fixture->path, d, size);
  expect_error (fixture->path, NC_DOMAIN_SET_ERROR_VERSION);
}

static void
test_file_garbage (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 junk[4096];
  const char *text = "example.com\nfacebook.com\n";

  for (gsize i = 0; i < sizeof junk; i++)
    junk[i] = g_rand_int (rand);
  write_file (fixture->path, junk, sizeof junk);
  expect_error (fixture->path, NC_DOMAIN_SET_ERROR_NOT_A_SET);

  /* A text list where a compiled one is expected. */
  write_file (fixture->path, text, strlen (text));
  expect_error (fixture->path, NC_DOMAIN_SET_ERROR_NOT_A_SET);

  write_file (fixture->path, "", 0);
  expect_error (fixture->path, NC_DOMAIN_SET_ERROR_TRUNCATED);
}

/* A file with a right checksum but a lying index is still refused: a
 * matching checksum is no proof. */
static void
test_file_forged_index (Fixture       *fixture,
                        gconstpointer  data)
{
  gsize size;
  g_autofree guint8 *d = read_copy (fixture->path, &size);
  const guint32 big = 0x7fffffff;
  const guint32 bits = 29;
  guint64 sum;

  /* A bucket pointing past the tables, checksum made to match. */
  memcpy (d + 64 + 4, &big, 4);
  sum = GUINT64_TO_LE (nc_domain_set_compute_checksum (d, size));
  memcpy (d + 32, &sum, 8);
  write_file (fixture->path, d, size);
  expect_error (fixture->path, NC_DOMAIN_SET_ERROR_CORRUPT);

  /* More buckets than the file holds. */
  memcpy (d + 12, &bits, 4);
  sum = GUINT64_TO_LE (nc_domain_set_compute_checksum (d, size));
  memcpy (d + 32, &sum, 8);
  write_file (fixture->path, d, size);
  expect_error (fixture->path, NC_DOMAIN_SET_ERROR_CORRUPT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/url-host/cases", test_url_hosts);
  g_test_add_func ("/url-host/too-long", test_host_too_long);
  g_test_add_func ("/domain-list/formats", test_list_formats);
  g_test_add_func ("/domain-set/matching", test_set_matching);
  g_test_add_func ("/domain-set/empty", test_set_empty);
  g_test_add_func ("/domain-set/many", test_set_many);
  g_test_add_func ("/domain-set/shared-lists", test_shared_lists);
  g_test_add ("/domain-set/file/roundtrip", Fixture, NULL, fixture_setup, test_file_roundtrip, fixture_teardown);
  g_test_add ("/domain-set/file/missing", Fixture, NULL, fixture_setup, test_file_missing, fixture_teardown);
  g_test_add ("/domain-set/file/truncated", Fixture, NULL, fixture_setup, test_file_truncated, fixture_teardown);
  g_test_add ("/domain-set/file/bad-checksum", Fixture, NULL, fixture_setup, test_file_bad_checksum, fixture_teardown);
  g_test_add ("/domain-set/file/wrong-version", Fixture, NULL, fixture_setup, test_file_wrong_version, fixture_teardown);
  g_test_add ("/domain-set/file/garbage", Fixture, NULL, fixture_setup, test_file_garbage, fixture_teardown);
  g_test_add ("/domain-set/file/forged-index", Fixture, NULL, fixture_setup, test_file_forged_index, fixture_teardown);

  return g_test_run ();
}
