/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-list.c — `netconductctl list add|remove|show|import|categories|
 * drop`: a parent's allow and block lists, and imported category lists */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-list-folder.h"
#include "nc-managed.h"
#include "nc-category-import.h"

/*
 * `list import FILE --category CAT`: reads a domain list (plain hosts,
 * hosts-file or Adblock lines; the site policy's parser), compiles it to a
 * domain set next to the database and records it in the store. The site
 * policy loads the compiled file.
 */
static int
list_import (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *category_name = nc_ctl_take_option (&argc, argv, "category");
  const char *name = nc_ctl_take_option (&argc, argv, "name");
  NcDomainListStats stats = { 0 };
  NcSiteCategory category;
  gsize n_domains = 0;
  gint64 id;

  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 3 || category_name == NULL)
    return nc_ctl_usage (nc_ctl_list_verbs, "import");
  if (!nc_ctl_parse_category (category_name, &category))
    return NC_CTL_USAGE;

  id = nc_category_import_file_full (store, argv[2], category, name,
                                              &stats, &n_domains, &error);
  if (id == 0)
    return nc_ctl_fail_error (error);
  nc_ctl_print_imported (id, category_name, (guint) n_domains, (guint) stats.n_skipped);
  return NC_CTL_OK;
}

/* "--profile NAME" (every profile without it), and no other option: the
 * profile's id in *@profile and NC_CTL_OK, or the exit status after saying
 * why. */
static int
take_profile (NcStore  *store,
              int      *argc,
              char    **argv,
              gint64   *profile)
{
  *profile = nc_ctl_profile_option (store, argc, argv, TRUE);
  if (*profile < 0)
    return NC_CTL_FAILED;
  if (!nc_ctl_check_no_options (*argc, argv))
    return NC_CTL_USAGE;
  return NC_CTL_OK;
}

static int
list_change (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  gboolean add = g_str_equal (argv[1], "add");
  gboolean ok = TRUE;
  NcListKind kind;
  gint64 profile;
  int status = take_profile (store, &argc, argv, &profile);

  if (status != NC_CTL_OK)
    return status;
  if (argc < 4 || !nc_list_kind_from_string (argv[2], &kind))
    return nc_ctl_usage (nc_ctl_list_verbs, "add");

  if (!nc_store_begin (store, &error))
    return nc_ctl_fail_error (error);
  for (int i = 3; ok && i < argc; i++)
    ok = add ? nc_store_add_host (store, profile, kind, argv[i], &error)
             : nc_store_remove_host (store, profile, kind, argv[i], &error);
  if (!nc_store_finish_write (store, ok, &error))
    return nc_ctl_fail_error (error);
  return NC_CTL_OK;
}

static int
list_show (NcStore  *store,
           int       argc,
           char    **argv)
{
  g_autoptr(GError) error = NULL;
  NcListKind kind = NC_LIST_ALLOW;
  gint64 profile;
  int status = take_profile (store, &argc, argv, &profile);

  if (status != NC_CTL_OK)
    return status;
  if (argc > 3 || (argc == 3 && !nc_list_kind_from_string (argv[2], &kind)))
    return nc_ctl_usage (nc_ctl_list_verbs, "show");
  for (NcListKind k = 0; k < NC_N_LIST_KINDS; k++)
    {
      g_auto(GStrv) hosts = NULL;

      if (argc == 3 && k != kind)
        continue;
      hosts = nc_store_list_hosts (store, profile, k, &error);
      if (hosts == NULL)
        return nc_ctl_fail_error (error);
      for (gsize i = 0; hosts[i] != NULL; i++)
        g_print ("%s\t%s\n", nc_list_kind_to_string (k), hosts[i]);
    }
  return NC_CTL_OK;
}

static int
list_categories (NcStore  *store,
                 int       argc,
                 char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lists = nc_store_list_category_lists (store, &error);

  if (lists == NULL)
    return nc_ctl_fail_error (error);
  for (guint i = 0; i < lists->len; i++)
    {
      NcCategoryList *l = lists->pdata[i];
      nc_ctl_print_category_list (l->id, nc_managed_category_name (l->category), l->name,
                                  (guint) l->domain_count, l->source_path);
    }
  return NC_CTL_OK;
}

static int
list_drop (NcStore  *store,
           int       argc,
           char    **argv)
{
  g_autoptr(GError) error = NULL;
  guint64 id;

  if (!g_ascii_string_to_unsigned (argv[2], 10, 1, G_MAXINT64, &id, NULL))
    return nc_ctl_fail (NC_CTL_USAGE, _("Give the number of the list, as `list categories` shows it."));
  if (!nc_list_folder_drop (store, (gint64) id, &error))
    return nc_ctl_fail_error (error);
  return NC_CTL_OK;
}

const NcCtlVerb nc_ctl_list_verbs[] = {
  { "add remove", N_("Usage: netconductctl list add|remove allow|block HOST… [--profile NAME]"),
    N_("Adds hosts to, or removes them from, the allow or block list of a profile, or the list for every "
       "profile without --profile."),
    list_change, 0 },
  { "show", N_("Usage: netconductctl list show [allow|block] [--profile NAME]"),
    N_("Prints the allow and block lists (or one of them) of a profile, or those for every profile: a host a "
       "line, after its kind."),
    list_show, 0 },
  { "import", N_("Usage: netconductctl list import FILE --category CATEGORY [--name NAME]"),
    N_("Imports a list of sites into a category, for every profile that blocks it: a hosts file, a domain a "
       "line, or ||domain^ lines. Lines that name no domain are skipped and counted."),
    list_import, 0 },
  { "categories", N_("Usage: netconductctl list categories"),
    N_("Shows the imported lists: number, category, name, number of domains and the file it came from."),
    list_categories, 2 },
  { "drop", N_("Usage: netconductctl list drop NUMBER"),
    N_("Removes an imported list, by the number “list categories” shows, with its compiled file."),
    list_drop, 3 },
  { NULL, NULL, NULL }
};

int
nc_ctl_list (NcStore  *store,
             int       argc,
             char    **argv)
{
  return nc_ctl_run_verb (nc_ctl_list_verbs, N_("Usage: netconductctl list add|remove|show|import|categories|drop …"),
                          store, argc, argv);
}
