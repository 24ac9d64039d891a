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

/* Writes @compiled (a compiled set whose values are 1 << @category, from
 * nc_category_compile()) into the lists folder, readable by its owner
 * alone, and records it as @name from @source. Returns the list's id, or
 * 0 with @error (nothing written). */
gint64
nc_category_import_compiled (NcStore        *store,
                 GBytes         *compiled,
                 NcSiteCategory  category,
                 const char     *name,
                 const char     *source,
                 gsize          *n_domains,
                 GError        **error)
{
  g_autoptr(NcDomainSet) set = NULL;
  g_autofree char *folder = nc_list_folder_get_path (store);
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;
  gconstpointer data;
  gsize size;
  gint64 id;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return 0;
    }
  basename = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".ncset",
                              nc_managed_category_name (category), g_get_real_time ());
  path = g_build_filename (folder, basename, NULL);
  data = g_bytes_get_data (compiled, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return 0;
  set = nc_domain_set_new_from_file (path, error);
  id = set != NULL ? nc_store_add_category_list (store, name, category, source,
                                                 (int) nc_domain_set_get_size (set), path, error) : 0;
  if (id == 0)
    {
      g_unlink (path);
      return 0;
    }
  if (n_domains != NULL)
    *n_domains = nc_domain_set_get_size (set);
  return id;
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
  g_autoptr(GBytes) compiled = NULL;
  g_autofree char *source = NULL;
  g_autofree char *display = NULL;
  NcDomainListStats stats = { 0 };
  gint64 id;

  g_return_val_if_fail (NC_IS_STORE (store), 0);
  g_return_val_if_fail (file != NULL, 0);
  g_return_val_if_fail ((int) category >= 0 && category < NC_N_SITE_CATEGORIES, 0);

  display = g_filename_display_basename (file);
  if (!nc_domain_set_builder_add_file (builder, file, 1u << category, &stats, error))
    return 0;
  if (stats.n_added == 0)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("“%s” holds no web site addresses."), display);
      return 0;
    }

  source = g_canonicalize_filename (file, NULL);
  compiled = nc_domain_set_builder_compile (builder);
  id = nc_category_import_compiled (store, compiled, category, name != NULL ? name : display, source, n_domains, error);
  if (id != 0 && stats_out != NULL)
    *stats_out = stats;
  return id;
}

/*
 * A list given as bytes (the family service: what a parent hands over),
 * compiled: a text list as nc_category_import_file() reads, or a compiled
 * set whose every value is 1 << @category (what `family enable` moves from
 * home mode). Needs no store: may run in a worker thread. Returns the
 * compiled set, or NULL with NC_STORE_ERROR_INVALID for data that is no
 * list of @category.
 */
GBytes *
nc_category_compile (GBytes            *data,
                     NcSiteCategory     category,
                     NcDomainListStats *stats_out,
                     GError           **error)
{
  g_autoptr(NcDomainSetBuilder) builder = NULL;
  NcDomainListStats stats = { 0 };
  gconstpointer text;
  gsize size;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail ((int) category >= 0 && category < NC_N_SITE_CATEGORIES, NULL);

  text = g_bytes_get_data (data, &size);
  if (nc_domain_set_is_compiled (text, size))
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(NcDomainSet) set = nc_domain_set_new_from_bytes (data, &local_error);

      if (set == NULL)
        {
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("The compiled list cannot be read: %s"), local_error->message);
          return NULL;
        }
      if (nc_domain_set_get_values (set) != (1u << category))
        {
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("The compiled list holds no sites, or sites of other categories than “%s”."),
                       nc_managed_category_name (category));
          return NULL;
        }
      if (stats_out != NULL)
        stats_out->n_lines = stats_out->n_added = nc_domain_set_get_size (set), stats_out->n_skipped = 0;
      return g_bytes_ref (data);
    }
  builder = nc_domain_set_builder_new ();
  nc_domain_set_builder_add_text (builder, text, size, 1u << category, &stats);
  if (stats.n_added == 0)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("The list holds no web site addresses."));
      return NULL;
    }
  if (stats_out != NULL)
    *stats_out = stats;
  return nc_domain_set_builder_compile (builder);
}
