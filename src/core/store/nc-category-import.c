/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-category-import.c — a category list file (hosts, URLs, a hosts file)
 * compiled next to the database and recorded in the store
 *
 * Shared by the parents' area (Web page) and netconductctl.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nc-category-import.h"
#include "nc-list-folder.h"
#include "nc-managed.h"

/* Reads the list of web sites in @file (one host or URL a line, hosts-file
 * lines, comments), compiles it next to the database and records it as a
 * list of @category named @name (the file's name when NULL). Returns the
 * list's id, or 0 with @error set. */
gint64
nc_category_import_file (NcStore         *store,
                         const char      *file,
                         NcSiteCategory   category,
                         const char      *name,
                         GError         **error)
{
  return nc_category_import_file_full (store, file, category, name, NULL, NULL, error);
}

/* As nc_category_import_file(), and on success tells what was read:
 * @stats (lines read, skipped) and @n_domains (distinct domains in
 * the compiled list). Either may be NULL. */
gint64
nc_category_import_file_full (NcStore           *store,
                              const char        *file,
                              NcSiteCategory     category,
                              const char        *name,
                              NcDomainListStats *stats_out,
                              gsize             *n_domains,
                              GError           **error)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(NcDomainSet) set = NULL;
  g_autofree char *source = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *compiled = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  NcDomainListStats stats = { 0 };
  gint64 id;

  g_return_val_if_fail (NC_IS_STORE (store), 0);
  g_return_val_if_fail (file != NULL, 0);
  g_return_val_if_fail ((int) category >= 0 && category < NC_N_SITE_CATEGORIES, 0);

  if (!nc_domain_set_builder_add_file (builder, file, 1u << category, &stats, error))
    return 0;
  if (stats.n_added == 0)
    {
      display = g_filename_display_basename (file);
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("“%s” holds no web site addresses."), display);
      return 0;
    }

  source = g_canonicalize_filename (file, NULL);
  folder = nc_list_folder_get_path (store);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return 0;
    }
  basename = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".ncset",
                              nc_managed_category_name (category), g_get_real_time ());
  compiled = g_build_filename (folder, basename, NULL);
  if (!nc_domain_set_builder_write (builder, compiled, error))
    return 0;
  set = nc_domain_set_new_from_file (compiled, error);
  if (set == NULL)
    {
      g_unlink (compiled);
      return 0;
    }

  if (name == NULL)
    display = g_filename_display_basename (file);
  id = nc_store_add_category_list (store, name != NULL ? name : display, category, source,
                                   (int) nc_domain_set_get_size (set), compiled, error);
  if (id == 0)
    {
      g_unlink (compiled);
      return 0;
    }
  if (stats_out != NULL)
    *stats_out = stats;
  if (n_domains != NULL)
    *n_domains = nc_domain_set_get_size (set);
  return id;
}
