/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-lists.c — the category lists a parent imported into the
 * family service */
#include "config.h"

#include <unistd.h>

#include "nc-family-lists.h"

#include "nc-category-import.h"
#include "nc-family-error.h"
#include "nc-list-folder.h"
#include "nc-managed.h"
#include "nc-sealed-fd.h"

guint32
nc_family_lists_categories (const NcProfileRules *rules)
{
  return nc_profile_rules_get_blocked_categories (rules) | nc_profile_rules_get_locked_categories (rules) |
         (1u << NC_SITE_CATEGORY_SOCIAL);
}

/* The lists of @categories, in the store's order. */
static GPtrArray *
lists_of (NcStore  *store,
          guint32   categories,
          GError  **error)
{
  g_autoptr(GPtrArray) lists = nc_store_list_category_lists (store, error);

  if (lists == NULL)
    return NULL;
  for (guint i = lists->len; i-- > 0;)
    if ((categories & (1u << ((NcCategoryList *) lists->pdata[i])->category)) == 0)
      g_ptr_array_remove_index (lists, i);
  return g_steal_pointer (&lists);
}

static char *
stamp_of (GPtrArray *lists)
{
  GString *stamp = g_string_new (NULL);

  for (guint i = 0; i < lists->len; i++)
    g_string_append_printf (stamp, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ((NcCategoryList *) lists->pdata[i])->id);
  return g_string_free (stamp, FALSE);
}

char *
nc_family_lists_stamp (NcStore  *store,
                       guint32   categories,
                       GError  **error)
{
  g_autoptr(GPtrArray) lists = lists_of (store, categories, error);

  return lists != NULL ? stamp_of (lists) : NULL;
}

GVariant *
nc_family_lists_describe (NcStore  *store,
                          GError  **error)
{
  g_autoptr(GPtrArray) lists = nc_store_list_category_lists (store, error);
  GVariantBuilder builder;

  if (lists == NULL)
    return NULL;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xssus)"));
  for (guint i = 0; i < lists->len; i++)
    {
      const NcCategoryList *l = lists->pdata[i];

      g_variant_builder_add (&builder, "(xssus)", l->id, nc_managed_category_name (l->category), l->name,
                             (guint32) MAX (l->domain_count, 0), l->source_path != NULL ? l->source_path : "");
    }
  return g_variant_builder_end (&builder);
}

static void
close_fd (gpointer data)
{
  close (GPOINTER_TO_INT (data));
}

GHashTable *
nc_family_lists_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_fd);
}

/* The sealed memfd of the compiled file @path, made once: every child's
 * app gets a duplicate of the same one (it cannot change), so calls in a
 * loop cost no memory. */
static int
sealed_copy (NcStore     *store,
             GHashTable  *cache,
             const char  *path,
             GError     **error)
{
  gpointer cached;
  int file, sealed;

  if (g_hash_table_lookup_extended (cache, path, NULL, &cached))
    return GPOINTER_TO_INT (cached);
  /* Only a regular file of the service's own lists folder. */
  file = nc_list_folder_open (store, path, error);
  if (file < 0)
    return -1;
  sealed = nc_sealed_fd_copy (file, NC_FAMILY_MAX_LIST_BYTES, error);
  close (file);
  if (sealed >= 0)
    g_hash_table_insert (cache, g_strdup (path), GINT_TO_POINTER (sealed));
  return sealed;
}

/* Drops from @cache the lists no longer in @lists (removed). */
static void
prune (GHashTable *cache,
       GPtrArray  *lists)
{
  GHashTableIter iter;
  gpointer path;

  g_hash_table_iter_init (&iter, cache);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    {
      gboolean kept = FALSE;

      for (guint i = 0; i < lists->len && !kept; i++)
        kept = g_strcmp0 (((NcCategoryList *) lists->pdata[i])->compiled_path, path) == 0;
      if (!kept)
        g_hash_table_iter_remove (&iter);
    }
}

GVariant *
nc_family_lists_hand_over (NcStore      *store,
                           guint32       categories,
                           GHashTable   *cache,
                           GUnixFDList  *fds,
                           GError      **error)
{
  g_autoptr(GPtrArray) all = nc_store_list_category_lists (store, error);
  g_autoptr(GPtrArray) lists = all != NULL ? lists_of (store, categories, error) : NULL;
  g_autofree char *stamp = NULL;
  GVariantBuilder handles;

  if (lists == NULL)
    return NULL;
  prune (cache, all);
  stamp = stamp_of (lists);
  g_variant_builder_init (&handles, G_VARIANT_TYPE ("ah"));
  for (guint i = 0; i < lists->len; i++)
    {
      int sealed = sealed_copy (store, cache, ((NcCategoryList *) lists->pdata[i])->compiled_path, error);
      int index = sealed >= 0 ? g_unix_fd_list_append (fds, sealed, error) : -1;

      if (index < 0)
        {
          g_variant_builder_clear (&handles);
          return NULL;
        }
      g_variant_builder_add (&handles, "h", index);
    }
  return g_variant_new ("(s@ah)", stamp, g_variant_builder_end (&handles));
}

/* ---- importing ------------------------------------------------------------ */

typedef struct {
  int                fd;
  NcSiteCategory     category;
  char              *name;
  char              *source;
  GBytes            *compiled;      /* the thread's result */
  NcDomainListStats  stats;
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  if (import->fd >= 0)
    close (import->fd);
  g_free (import->name);
  g_free (import->source);
  g_clear_pointer (&import->compiled, g_bytes_unref);
  g_free (import);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Import *import = task_data;
  g_autoptr(GBytes) data = NULL;
  GError *error = NULL;

  data = nc_sealed_fd_read_file (import->fd, NC_FAMILY_MAX_LIST_BYTES, &error);
  if (data != NULL)
    import->compiled = nc_category_compile (data, import->category, &import->stats, &error);
  if (import->compiled == NULL)
    {
      /* Every reason a list is not taken is the caller's to fix. */
      GError *invalid = g_error_new_literal (NC_FAMILY_ERROR, NC_FAMILY_ERROR_INVALID_ARGS, error->message);

      g_error_free (error);
      g_task_return_error (task, invalid);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* Takes @fd. */
void
nc_family_lists_import_async (NcStore             *store,
                              int                  fd,
                              NcSiteCategory       category,
                              const char          *name,
                              const char          *source,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, NULL, callback, user_data);
  Import *import = g_new0 (Import, 1);

  import->fd = fd;
  import->category = category;
  import->name = g_strdup (name);
  import->source = g_strdup (source);
  g_task_set_source_tag (task, nc_family_lists_import_async);
  g_task_set_task_data (task, import, import_free);
  g_task_run_in_thread (task, import_thread);
}

gint64
nc_family_lists_import_finish (NcStore       *store,
                               GAsyncResult  *result,
                               guint32       *n_domains,
                               guint32       *n_skipped,
                               GError       **error)
{
  Import *import = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) lists = NULL;
  gsize domains = 0;
  gint64 id;

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return 0;
  /* Checked again here, on the store's thread: two imports may race. */
  lists = nc_store_list_category_lists (store, error);
  if (lists == NULL)
    return 0;
  if (lists->len >= NC_FAMILY_MAX_LISTS)
    {
      g_set_error (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_INVALID_ARGS,
                   "The family service keeps at most %d imported lists: remove one first.", NC_FAMILY_MAX_LISTS);
      return 0;
    }
  id = nc_category_import_compiled (store, import->compiled, import->category, import->name, import->source,
                                    &domains, error);
  *n_domains = (guint32) MIN (domains, G_MAXUINT32);
  *n_skipped = (guint32) MIN (import->stats.n_skipped, G_MAXUINT32);
  return id;
}
