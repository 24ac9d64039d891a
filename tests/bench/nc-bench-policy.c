/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-bench-policy.c — how fast and how small the site policy is at scale
 *
 * A benchmark program, not a test. Builds a set of 1,000,000 domains (the
 * shared UT1 and hostsVN lists, read from NC_SHARED_DATA, topped up with
 * deterministic generated names), compiles it, then in a fresh process loads
 * it by mmap and decides 1,000,000 queries (a third hits, a third
 * subdomains of hits, a third misses) as raw URLs and as bare hosts. Then
 * the same queries go through @ghostery/adblocker (npm, installed into
 * tests/npm/ghostery/node_modules on first use) with the list as "||domain^" filters;
 * both engines must agree on every query before the speed ratio is given.
 * Prints "name: value" lines.
 *
 * Usage: nc-bench-policy [N_DOMAINS [N_QUERIES]]
 * Environment: NC_SHARED_DATA (the shared lists), NC_BENCH_SKIP_GHOSTERY=1,
 * NC_BENCH_KEEP=1 (keep the generated files).
 *
 * Measured 2026-11-28 on the 2-core shared AMD EPYC VM (load average ~6,
 * so medians vary by about ±15% from run to run), 1,000,000 domains
 * (282,035 from the shared lists) and 1,000,000 queries:
 *   build_ms 1068, bytes_per_domain 8.26, load_ms 1.66 (file in the page
 *   cache), rss_mb 13.7, median_ns_url 841, p99_ns_url 1683,
 *   median_ns_host 330; @ghostery/adblocker 2.18.2 median 7004 ns
 *   (p99 29915, 1158 MB), agreement on all queries (ghostery without
 *   filter fusion; its default configuration missed 5 listed domains),
 *   ratio_vs_ghostery 8.3.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "nc-domain-set.h"
#include "nc-site-policy.h"
#include "nc-test-bench.h"

#ifndef NC_TESTS_SRCDIR
#define NC_TESTS_SRCDIR "."
#endif
/* where npm installs the peer tool, beside its package.json */
#ifndef NC_GHOSTERY_DIR
#define NC_GHOSTERY_DIR NC_TESTS_SRCDIR "/npm/ghostery"
#endif

static int
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static guint64
percentile (guint64 *values,
            gsize    n,
            double   q)
{
  gsize i = (gsize) (q * n);

  qsort (values, n, sizeof *values, compare_u64);
  return values[MIN (i, n - 1)];
}

/* ---- building ---------------------------------------------------------- */

static const char * const syllables[] = {
  "ba", "be", "bi", "bo", "bu", "ca", "co", "cu", "da", "de", "di", "do", "du",
  "ga", "go", "ha", "he", "hi", "ho", "hu", "ka", "ke", "ki", "la", "le", "li",
  "lo", "lu", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu", "pa",
  "pe", "pi", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "su", "ta",
  "te", "ti", "to", "tu", "va", "ve", "vi", "xa", "xe", "xi", "ya", "zo", "ng",
  "th", "tr", "ch", "ph", "kh", "nh", "an", "en", "in", "on", "un", "ar", "er",
};
static const char * const tlds[] = {
  "com", "net", "org", "vn", "com.vn", "info", "xyz", "top", "online", "site",
  "club", "io", "me", "co", "biz", "edu.vn", "net.vn", "store", "live", "fun",
};

/* A deterministic made-up domain; @salt keeps hits and misses apart. */
static char *
generate_name (GRand      *rand,
               const char *salt)
{
  GString *s = g_string_new (NULL);
  int n = g_rand_int_range (rand, 2, 6);

  if (g_rand_int_range (rand, 0, 5) == 0)
    g_string_append_printf (s, "%s%d.", syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))],
                            g_rand_int_range (rand, 0, 100));
  for (int i = 0; i < n; i++)
    g_string_append (s, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  g_string_append (s, salt);
  if (g_rand_int_range (rand, 0, 3) == 0)
    g_string_append_printf (s, "%d", g_rand_int_range (rand, 0, 1000));
  g_string_append_c (s, '.');
  g_string_append (s, tlds[g_rand_int_range (rand, 0, G_N_ELEMENTS (tlds))]);
  return g_string_free (s, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
collect_cb (const char *host,
            gsize       len,
            gpointer    user_data)
{
  GHashTable *set = user_data;

  g_hash_table_add (set, g_strndup (host, len));
}

/* Reads every list under @dir into @set; returns how many files. */
static int
read_lists (const char *dir,
            GHashTable *set)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return 0;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *text = NULL;
      gsize len;

      if (g_file_get_contents (path, &text, &len, NULL))
        nc_domain_list_parse (text, len, collect_cb, set, NULL);
    }
  return names->len;
}

static gboolean
is_ip (const char *host)
{
  return g_hostname_is_ip_address (host) || host[0] == '[';
}

/* TRUE when @host or one of its parent domains is in @set. */
static gboolean
covered (GHashTable *set,
         const char *host)
{
  for (const char *p = host; p != NULL; p = strchr (p, '.'), p = p ? p + 1 : NULL)
    if (g_hash_table_contains (set, p))
      return TRUE;
  return FALSE;
}

static int
build_phase (const char *self_exe,
             gsize       n_domains,
             gsize       n_queries)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  g_autofree char *shared = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-bench-policy-XXXXXX", NULL);
  g_autofree char *domains_path = g_build_filename (dir, "domains.txt", NULL);
  g_autofree char *set_path = g_build_filename (dir, "set.ncset", NULL);
  g_autofree char *queries_path = g_build_filename (dir, "queries.txt", NULL);
  g_autofree char *hosts_path = g_build_filename (dir, "hosts.txt", NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.bin", NULL);
  g_autoptr(GPtrArray) domains = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) queries = g_string_new (NULL);
  g_autoptr(GString) hosts = g_string_new (NULL);
  g_autofree char *expected = g_malloc (n_queries);
  g_autoptr(GError) error = NULL;
  gsize n_shared;
  guint64 t0;
  int status = 0;

  shared = g_strdup (g_getenv ("NC_SHARED_DATA"));
  if (shared == NULL)
    shared = g_build_filename (NC_TESTS_SRCDIR, "..", "..", "shared", "data", NULL);
  {
    g_autofree char *ut1 = g_build_filename (shared, "blocklists", "ut1", NULL);
    g_autofree char *hostsvn = g_build_filename (shared, "blocklists", "hostsvn", NULL);

    if (read_lists (ut1, set) + read_lists (hostsvn, set) == 0)
      printf ("# shared lists not found under %s: generated names only\n", shared);
  }
  n_shared = g_hash_table_size (set);

  while (g_hash_table_size (set) < n_domains)
    g_hash_table_add (set, generate_name (rand, ""));

  domains = g_ptr_array_sized_new (g_hash_table_size (set));
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, set);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (domains, key);
  }
  g_ptr_array_sort (domains, compare_strings);
  for (guint i = 0; i < domains->len; i++)
    {
      g_string_append (text, g_ptr_array_index (domains, i));
      g_string_append_c (text, '\n');
    }
  if (!g_file_set_contents (domains_path, text->str, text->len, &error))
    g_error ("%s", error->message);

  printf ("n_domains: %u\n", domains->len);
  printf ("n_domains_from_shared_lists: %zu\n", n_shared);

  /* build_ms: text list to compiled file. */
  t0 = nc_test_bench_now_ns ();
  {
    g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();

    if (!nc_domain_set_builder_add_file (builder, domains_path, 1u << NC_SITE_CATEGORY_ADULT, NULL, &error) ||
        !nc_domain_set_builder_write (builder, set_path, &error))
      g_error ("%s", error->message);
  }
  printf ("build_ms: %.0f\n", (nc_test_bench_now_ns () - t0) / 1e6);
  {
    GStatBuf st;

    g_stat (set_path, &st);
    printf ("file_bytes: %lld\n", (long long) st.st_size);
    printf ("bytes_per_domain: %.2f\n", (double) st.st_size / domains->len);
  }

  /* Queries: hits, subdomains of hits, misses, as URLs and bare hosts. */
  for (gsize i = 0; i < n_queries; i++)
    {
      g_autofree char *host = NULL;
      static const char * const prefixes[] = { "www.", "m.", "cdn.", "a.b." };
      static const char * const paths[] = { "/", "/index.html", "/watch?v=abc123", "/search?q=test&page=2" };

      switch (i % 3)
        {
        case 0:
          host = g_strdup (g_ptr_array_index (domains, g_rand_int_range (rand, 0, domains->len)));
          expected[i] = '1';
          break;
        case 1:
          {
            const char *d;

            do
              d = g_ptr_array_index (domains, g_rand_int_range (rand, 0, domains->len));
            while (is_ip (d));
            host = g_strconcat (prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))], d, NULL);
            expected[i] = '1';
          }
          break;
        default:
          do
            {
              g_free (host);
              host = generate_name (rand, "q");
            }
          while (covered (set, host));
          expected[i] = '0';
          break;
        }
      g_string_append_printf (queries, "%s://%s%s\n", (i & 4) ? "http" : "https", host,
                              paths[g_rand_int_range (rand, 0, G_N_ELEMENTS (paths))]);
      g_string_append (hosts, host);
      g_string_append_c (hosts, '\n');
    }
  if (!g_file_set_contents (queries_path, queries->str, queries->len, &error) ||
      !g_file_set_contents (hosts_path, hosts->str, hosts->len, &error) ||
      !g_file_set_contents (expected_path, expected, n_queries, &error))
    g_error ("%s", error->message);

  /* Free the build memory before the measurement: a fresh process. */
  g_clear_pointer (&domains, g_ptr_array_unref);
  g_clear_pointer (&set, g_hash_table_unref);
  fflush (stdout);
  {
    const char *child_argv[] = { self_exe, "--measure", dir, NULL };

    if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                       NULL, NULL, &status, &error))
      g_error ("%s", error->message);
  }

  if (g_getenv ("NC_BENCH_KEEP") != NULL)
    printf ("# files kept in %s\n", dir);
  else
  {
    const char *files[] = { domains_path, set_path, queries_path, hosts_path, expected_path };

    for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
      g_unlink (files[i]);
    {
      g_autofree char *out = g_build_filename (dir, "ghostery.bin", NULL);
      g_autofree char *out_plain = g_build_filename (dir, "ghostery.bin.unoptimized", NULL);

      g_unlink (out);
      g_unlink (out_plain);
    }
    g_rmdir (dir);
  }
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

/* ---- measuring --------------------------------------------------------- */

static char **
read_lines (const char *path,
            gsize      *n)
{
  g_autofree char *text = NULL;
  char **lines;
  gsize len;

  if (!g_file_get_contents (path, &text, &len, NULL))
    g_error ("cannot read %s", path);
  if (len > 0 && text[len - 1] == '\n')
    text[len - 1] = '\0';
  lines = g_strsplit (text, "\n", -1);
  *n = g_strv_length (lines);
  return lines;
}

/* Runs the ghostery side; returns its median (ns) or 0 when skipped. */
static double
run_ghostery (const char *dir,
              const char *ours,
              const char *expected,
              gsize       n_queries,
              char      **urls,
              double      our_median)
{
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *npm = g_find_program_in_path ("npm");
  g_autofree char *module = g_build_filename (NC_GHOSTERY_DIR, "node_modules", "@ghostery", "adblocker", NULL);
  g_autofree char *script = g_build_filename (NC_GHOSTERY_DIR, "nc-bench-ghostery.mjs", NULL);
  g_autofree char *domains = g_build_filename (dir, "domains.txt", NULL);
  g_autofree char *queries = g_build_filename (dir, "queries.txt", NULL);
  g_autofree char *out = g_build_filename (dir, "ghostery.bin", NULL);
  g_autofree char *out_plain = g_build_filename (dir, "ghostery.bin.unoptimized", NULL);
  g_autofree char *plain = NULL;
  gsize plain_len = 0, n_fused_misses = 0, n_fused_other = 0;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autofree char *theirs = NULL;
  g_autoptr(GError) error = NULL;
  gsize theirs_len = 0, n_differ = 0;
  const char *median_line;
  double median;
  int status;

  if (g_getenv ("NC_BENCH_SKIP_GHOSTERY") != NULL)
    {
      printf ("# ghostery: skipped: NC_BENCH_SKIP_GHOSTERY is set\n");
      return 0;
    }
  if (node == NULL || npm == NULL)
    {
      printf ("# ghostery: skipped: %s not found; install Node.js and npm to compare with @ghostery/adblocker\n",
              node == NULL ? "node" : "npm");
      return 0;
    }

  if (!g_file_test (module, G_FILE_TEST_IS_DIR))
    {
      const char *npm_argv[] = { npm, "install", "--no-audit", "--no-fund", "--silent", NULL };

      printf ("# ghostery: installing @ghostery/adblocker into %s/node_modules\n", NC_GHOSTERY_DIR);
      fflush (stdout);
      if (!g_spawn_sync (NC_GHOSTERY_DIR, (char **) npm_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, NULL) || !g_file_test (module, G_FILE_TEST_IS_DIR))
        {
          printf ("# ghostery: skipped: npm install failed%s%s\n",
                  error ? ": " : "", error ? error->message : "");
          return 0;
        }
    }

  {
    const char *node_argv[] = { node, "--max-old-space-size=8192", "--expose-gc", script, domains, queries, out, NULL };

    if (!g_spawn_sync (NC_GHOSTERY_DIR, (char **) node_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                       &stdout_text, &stderr_text, &status, &error) ||
        !g_spawn_check_wait_status (status, NULL))
      {
        printf ("# ghostery: skipped: the node script failed: %s\n",
                error ? error->message : stderr_text);
        return 0;
      }
  }
  fputs (stdout_text, stdout);

  if (!g_file_get_contents (out_plain, &plain, &plain_len, NULL) || plain_len != n_queries ||
      !g_file_get_contents (out, &theirs, &theirs_len, NULL) || theirs_len != n_queries)
    {
      printf ("# ghostery: skipped: no answers from the node script\n");
      return 0;
    }

  /* The agreement check: ours against ghostery without filter fusion. */
  for (gsize i = 0; i < n_queries; i++)
    if (plain[i] != ours[i])
      {
        if (n_differ < 5)
          printf ("# differ: %s ours=%c ghostery=%c\n", urls[i], ours[i], plain[i]);
        n_differ++;
      }
  if (n_differ > 0)
    {
      printf ("agreement: %zu of %zu queries differ\n", n_differ, n_queries);
      printf ("ratio_vs_ghostery: n/a (the engines disagree)\n");
      return 0;
    }
  printf ("agreement: both engines agree on all %zu queries\n", n_queries);

  /* Ghostery's default configuration fuses filters and loses some. */
  for (gsize i = 0; i < n_queries; i++)
    if (theirs[i] != ours[i])
      {
        if (n_fused_misses < 3)
          printf ("# ghostery default config: %s ours=%c expected=%c ghostery=%c\n",
                  urls[i], ours[i], expected[i], theirs[i]);
        if (ours[i] == expected[i])
          n_fused_misses++;
        else
          n_fused_other++;
      }
  printf ("ghostery_default_config_misses: %zu (its filter fusion; ours right on all of them: %s)\n",
          n_fused_misses, n_fused_other == 0 ? "yes" : "no");

  median_line = strstr (stdout_text, "ghostery_median_ns_url: ");
  if (median_line == NULL)
    return 0;
  median = g_ascii_strtod (median_line + strlen ("ghostery_median_ns_url: "), NULL);
  printf ("ratio_vs_ghostery: %.1f\n", median / our_median);
  median_line = strstr (stdout_text, "ghostery_unoptimized_median_ns_url: ");
  if (median_line != NULL)
    printf ("ratio_vs_ghostery_unoptimized: %.1f\n",
            g_ascii_strtod (median_line + strlen ("ghostery_unoptimized_median_ns_url: "), NULL) / our_median);
  return median;
}

static int
measure_phase (const char *dir)
{
  g_autofree char *set_path = g_build_filename (dir, "set.ncset", NULL);
  g_autofree char *queries_path = g_build_filename (dir, "queries.txt", NULL);
  g_autofree char *hosts_path = g_build_filename (dir, "hosts.txt", NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.bin", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NcDomainSet) set = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 25, 10, 0, 0);
  g_auto(GStrv) urls = NULL;
  g_auto(GStrv) hosts = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *ours = NULL;
  g_autofree guint64 *times = NULL;
  gsize n_urls, n_hosts, expected_len, n_wrong = 0;
  g_autoptr(NcProfileRules) rules = NULL;
  guint64 t0;
  double median_url;

  t0 = nc_test_bench_now_ns ();
  set = nc_domain_set_new_from_file (set_path, &error);
  if (set == NULL)
    g_error ("%s", error->message);
  printf ("load_ms: %.2f\n", (nc_test_bench_now_ns () - t0) / 1e6);
  printf ("rss_mb: %.1f\n", nc_test_bench_rss_mb ());

  policy = nc_site_policy_new_for_set (set);
  {
    g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();

    nc_profile_rules_builder_init (&builder, NC_AGE_BAND_10_12);
    nc_profile_rules_builder_allow_any_hour (&builder);
    rules = nc_profile_rules_builder_end (&builder);
  }

  urls = read_lines (queries_path, &n_urls);
  hosts = read_lines (hosts_path, &n_hosts);
  if (!g_file_get_contents (expected_path, &expected, &expected_len, NULL) ||
      n_urls != n_hosts || expected_len != n_urls)
    g_error ("query files do not match");
  printf ("n_queries: %zu\n", n_urls);

  ours = g_malloc (n_urls);
  times = g_new (guint64, n_urls);

  /* Warm up the caches and the ICU data. */
  for (gsize i = 0; i < MIN (n_urls, 20000); i++)
    nc_decision_free (nc_site_policy_decide (policy, urls[i], rules, now));

  for (gsize i = 0; i < n_urls; i++)
    {
      guint64 start = nc_test_bench_now_ns ();
      NcDecision *d = nc_site_policy_decide (policy, urls[i], rules, now);
      gboolean blocked = d->action == NC_ACTION_BLOCK;

      nc_decision_free (d);
      times[i] = nc_test_bench_now_ns () - start;
      ours[i] = blocked ? '1' : '0';
      if (ours[i] != expected[i])
        {
          if (n_wrong < 5)
            printf ("# wrong: %s expected %c\n", urls[i], expected[i]);
          n_wrong++;
        }
    }
  median_url = percentile (times, n_urls, 0.5);
  printf ("median_ns_url: %.0f\n", median_url);
  printf ("p99_ns_url: %" G_GUINT64_FORMAT "\n", percentile (times, n_urls, 0.99));
  printf ("wrong_vs_ground_truth: %zu\n", n_wrong);

  for (gsize i = 0; i < n_hosts; i++)
    {
      guint64 start = nc_test_bench_now_ns ();
      guint32 mask = nc_site_policy_get_categories (policy, hosts[i]);

      times[i] = nc_test_bench_now_ns () - start;
      if ((mask != 0) != (expected[i] == '1'))
        n_wrong++;
    }
  printf ("median_ns_host: %" G_GUINT64_FORMAT "\n", percentile (times, n_hosts, 0.5));
  printf ("p99_ns_host: %" G_GUINT64_FORMAT "\n", percentile (times, n_hosts, 0.99));
  fflush (stdout);

  run_ghostery (dir, ours, expected, n_urls, urls, median_url);
  return n_wrong == 0 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self_exe = NULL;
  gsize n_domains = 1000000, n_queries = 1000000;

  setlocale (LC_ALL, "C");
  if (argc == 3 && g_str_equal (argv[1], "--measure"))
    return measure_phase (argv[2]);

  if (argc > 1)
    n_domains = g_ascii_strtoull (argv[1], NULL, 10);
  if (argc > 2)
    n_queries = g_ascii_strtoull (argv[2], NULL, 10);
  if (n_domains == 0 || n_queries == 0)
    {
      fprintf (stderr, "Usage: %s [N_DOMAINS [N_QUERIES]]\n", argv[0]);
      return 2;
    }

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  return build_phase (self_exe != NULL ? self_exe : argv[0], n_domains, n_queries);
}
