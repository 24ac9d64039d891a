/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-export-dns.c — `netconductctl export-dns --profile NAME --format
 * unbound|dnsmasq|hosts|adblock [--output FILE]`: a profile's site rules
 * for the home network's DNS filter (docs/dns-filters.md)
 *
 * The names come from the same places as the browser's: the shipped list of
 * every category the profile blocks, the category lists a parent imported
 * (read again from the files they came from), the parents' and the
 * administrator's lists. The file is written whole or not at all.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-dns-export.h"
#include "nc-site-policy.h"

#define PROGRESS_FROM 100000   /* names; smaller exports finish at once */

const NcCtlVerb nc_ctl_export_dns_verbs[] = {
  { NULL, N_("Usage: netconductctl export-dns --profile NAME --format unbound|dnsmasq|hosts|adblock [--output FILE]"),
    N_("Writes the profile’s site rules for a DNS filter, so that every device on the home network gets "
       "them: its blocked categories, the parents’ and the administrator’s lists (an allow entry opens a "
       "category as in the browser, never one the administrator locked) and safe search. unbound: a "
       "local-zone file; dnsmasq: a configuration file; hosts: a hosts file; adblock: the list syntax "
       "Pi-hole and AdGuard Home import. Without --output the rules go to standard output; with it, "
       "the file is replaced whole or not at all.") },
  { NULL, NULL, NULL }
};

static void
add_hosts (NcDnsExport        *export,
           const char * const *hosts,
           NcDnsRule           rule)
{
  for (gsize i = 0; hosts != NULL && hosts[i] != NULL; i++)
    nc_dns_export_add (export, hosts[i], strlen (hosts[i]), rule);
}

/* The imported lists of @category, read from their files; a list whose
 * file is gone is named on stderr and left out. Returns how many were. */
static guint
add_imported_lists (NcDnsExport    *export,
                    GPtrArray      *lists,
                    NcSiteCategory  category,
                    NcDnsRule       rule)
{
  guint missing = 0;

  for (guint i = 0; lists != NULL && i < lists->len; i++)
    {
      NcCategoryList *list = g_ptr_array_index (lists, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GMappedFile) file = NULL;

      if (list->category != category)
        continue;
      file = g_mapped_file_new (list->source_path, FALSE, &error);
      if (file == NULL)
        {
          g_printerr (_("netconductctl: the list “%s” cannot be read again from %s (%s); "
                        "it is left out. Import it again to include it.\n"),
                      list->name, list->source_path, error->message);
          missing++;
          continue;
        }
      nc_dns_export_add_list (export, g_mapped_file_get_contents (file),
                              g_mapped_file_get_length (file), rule, NULL);
    }
  return missing;
}

static void
show_progress (gsize    done,
               gsize    total,
               gpointer user_data)
{
  if (total < PROGRESS_FROM)
    return;
  /* TRANSLATORS: progress of export-dns; %u is a percentage */
  g_printerr ("\r");
  g_printerr (_("Writing the names: %u%%"), (guint) (done * 100 / MAX (total, 1)));
  if (done == total)
    g_printerr ("\n");
}

static char *
category_names (guint32 mask)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    if (mask & (1u << c))
      g_strv_builder_add (names, nc_site_category_to_string (c));
  strv = g_strv_builder_end (names);
  return strv[0] != NULL ? g_strjoinv (", ", strv) : g_strdup ("-");
}

static int
write_to_stdout (NcDnsExport *export,
                 NcDnsFormat  format)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);
  gsize size;

  if (!nc_dns_export_write (export, format, out, NULL, NULL, NULL, NULL, &error) ||
      !g_output_stream_close (out, NULL, &error))
    return nc_ctl_fail_error (error);
  size = g_memory_output_stream_get_data_size (memory);
  if (fwrite (g_memory_output_stream_get_data (memory), 1, size, stdout) != size || fflush (stdout) != 0)
    return nc_ctl_fail (NC_CTL_FAILED, _("Standard output cannot be written."));
  return NC_CTL_OK;
}

int
nc_ctl_export_dns (NcStore  *store,
                   int       argc,
                   char    **argv)
{
  const char *format_name = nc_ctl_take_option (&argc, argv, "format");
  const char *output = nc_ctl_take_option (&argc, argv, "output");
  gint64 profile_id = nc_ctl_profile_option (store, &argc, argv, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfile) profile = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(NcDnsExport) export = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format_iso8601 (now);
  g_autofree char *comment = NULL;
  g_autofree char *categories = NULL;
  NcDnsFormat format;
  guint32 blocked;
  guint missing = 0;
  gsize n_blocked = 0;

  if (profile_id < 0)
    return NC_CTL_USAGE;
  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 1 || format_name == NULL)
    return nc_ctl_usage (nc_ctl_export_dns_verbs, NULL);
  if (!nc_dns_format_from_string (format_name, &format))
    return nc_ctl_fail (NC_CTL_USAGE, _("Unknown format “%s” (use unbound, dnsmasq, hosts or adblock)."),
                        format_name);
  if (output != NULL && *output == '\0')
    return nc_ctl_fail (NC_CTL_USAGE, _("Name the file with --output FILE."));

  profile = nc_store_get_profile (store, profile_id, &error);
  rules = profile != NULL ? nc_store_get_profile_rules (store, profile_id, &error) : NULL;
  lists = rules != NULL ? nc_store_list_category_lists (store, &error) : NULL;
  if (lists == NULL)
    return nc_ctl_fail_error (error);
  if (nc_profile_rules_is_allow_list_only (rules))
    return nc_ctl_fail (NC_CTL_FAILED,
                        _("“%s” only opens the sites on the allow list. A DNS filter shared by the "
                          "home network cannot do that without closing every other site for every "
                          "device; nothing was written. Export a profile that blocks by category."),
                        profile->name);

  export = nc_dns_export_new ();
  blocked = nc_profile_rules_get_blocked_categories (rules) | nc_profile_rules_get_locked_categories (rules) |
            (nc_profile_rules_is_social_allowed (rules) ? 0 : 1u << NC_SITE_CATEGORY_SOCIAL);
  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    {
      NcDnsRule rule = (nc_profile_rules_get_locked_categories (rules) & (1u << c)) ? NC_DNS_CATEGORY_LOCKED : NC_DNS_CATEGORY;
      g_autoptr(GBytes) shipped = NULL;

      if (!(blocked & (1u << c)))
        continue;
      shipped = nc_site_category_get_shipped_list (c, &error);
      if (shipped == NULL)
        return nc_ctl_fail_error (error);
      nc_dns_export_add_list (export, g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped),
                              rule, NULL);
      missing += add_imported_lists (export, lists, c, rule);
    }
  add_hosts (export, nc_profile_rules_get_parent_block (rules), NC_DNS_BLOCK_LIST);
  add_hosts (export, nc_profile_rules_get_parent_allow (rules), NC_DNS_ALLOW);
  add_hosts (export, nc_profile_rules_get_admin_allow (rules), NC_DNS_ALLOW_ADMIN);
  nc_dns_export_set_safe_search (export, nc_profile_rules_get_age_band (rules) != NC_AGE_BAND_ADULT);

  comment = g_strdup_printf ("NetConduct %s: profile \"%s\" (%s), %s", PACKAGE_VERSION,
                             profile->name, nc_age_band_to_string (nc_profile_rules_get_age_band (rules)), date);
  nc_dns_export_add_comment (export, comment);
  categories = category_names (blocked);
  g_free (comment);
  comment = g_strdup_printf ("categories: %s; lists left out: %u", categories, missing);
  nc_dns_export_add_comment (export, comment);

  if (output == NULL)
    return write_to_stdout (export, format);

  /* A new file beside the old one, renamed over it only once whole. */
  file = g_file_new_for_commandline_arg (output);
  out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                         NULL, &error));
  if (out == NULL ||
      !nc_dns_export_write (export, format, out, &n_blocked,
                            isatty (STDERR_FILENO) ? show_progress : NULL, NULL, NULL, &error))
    {
      if (out != NULL)
        {
          g_autoptr(GCancellable) abandon = g_cancellable_new ();

          g_cancellable_cancel (abandon);   /* closing a cancelled stream keeps the old file */
          g_output_stream_close (out, abandon, NULL);
        }
      return nc_ctl_fail (NC_CTL_FAILED, _("%s; nothing was written."), error->message);
    }
  if (!g_output_stream_close (out, NULL, &error))
    return nc_ctl_fail (NC_CTL_FAILED, _("%s; nothing was written."), error->message);
  g_printerr (_("Wrote %zu blocked names for “%s” to %s.\n"),
                n_blocked, profile->name, output);
  return NC_CTL_OK;
}
