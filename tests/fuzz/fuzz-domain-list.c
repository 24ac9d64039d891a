/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-domain-list.c — libFuzzer harness for the text list parser and the
 * set builder: any list must parse, compile, load and answer lookups. */
#include "config.h"

#include <string.h>

#include "nc-domain-set.h"
#include "nc-url-host.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_cb (const char *host,
          gsize       len,
          gpointer    user_data)
{
  GPtrArray *hosts = user_data;

  g_assert (len > 0 && len < NC_HOST_MAX);
  if (hosts->len < 64)
    g_ptr_array_add (hosts, g_strndup (host, len));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(NcDomainSet) set = NULL;
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);
  NcDomainListStats stats;

  nc_domain_list_parse ((const char *) data, size, check_cb, hosts, &stats);
  g_assert (stats.n_skipped <= stats.n_lines);

  nc_domain_set_builder_add_text (builder, (const char *) data, size, 1, NULL);
  set = nc_domain_set_builder_build (builder);

  /* Every domain the parser found is in the set, with its subdomains. */
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);
      g_autofree char *sub = g_strconcat ("www.", host, NULL);

      g_assert (nc_domain_set_contains (set, host));
      if (host[0] != '[' && !g_hostname_is_ip_address (host))
        g_assert (nc_domain_set_contains (set, sub) || strlen (sub) >= NC_HOST_MAX - 1);
    }

  return 0;
}
