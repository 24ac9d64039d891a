/* nc-managed.c — settings an administrator deploys to managed machines */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-managed.h"
#include "nc-site-policy.h"
#include "nc-store.h"

struct _NcManaged
{
  GHashTable *values;        /* store key -> value */
  GPtrArray  *block;         /* normalized hosts, NULL-terminated */
  GPtrArray  *allow;
  GPtrArray  *files;
};

const char *
nc_managed_category_name (int category)
{
  if (category < 0 || category >= NC_N_SITE_CATEGORIES)
    return NULL;
  return nc_site_category_to_string ((NcSiteCategory) category);
}

gboolean
nc_managed_parse_boolean (const char *value,
                          gboolean    fallback)
{
  if (value == NULL)
    return fallback;
  if (g_ascii_strcasecmp (value, "true") == 0 || g_strcmp0 (value, "1") == 0 ||
      g_ascii_strcasecmp (value, "yes") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (value, "false") == 0 || g_strcmp0 (value, "0") == 0 ||
      g_ascii_strcasecmp (value, "no") == 0)
    return FALSE;
  return fallback;
}

guint32
nc_managed_parse_categories (const char *value)
{
  g_auto(GStrv) names = g_strsplit_set (value != NULL ? value : "", ";, ", -1);
  guint32 bits = 0;

  for (gsize i = 0; names[i] != NULL; i++)
    for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
      if (g_ascii_strcasecmp (g_strstrip (names[i]), nc_managed_category_name (c)) == 0)
        bits |= 1u << c;
  return bits;
}

static void
add_hosts (GPtrArray  *list,
           GKeyFile   *keyfile,
           const char *key)
{
  g_auto(GStrv) hosts = g_key_file_get_string_list (keyfile, "lists", key, NULL, NULL);

  for (gsize i = 0; hosts != NULL && hosts[i] != NULL; i++)
    {
      char *normal = nc_store_normalize_host (hosts[i]);
      if (normal != NULL)
        g_ptr_array_insert (list, list->len - 1, normal);   /* before the NULL */
    }
}

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/*
 * Reads every *.ini in @dir. A missing folder is an empty policy; a file
 * that does not parse is skipped with a message (the other files still
 * apply). Never returns NULL.
 */
NcManaged *
nc_managed_load (const char  *dir,
                 GError     **error)
{
  NcManaged *self = g_new0 (NcManaged, 1);
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->block = g_ptr_array_new_with_free_func (g_free);
  self->allow = g_ptr_array_new_with_free_func (g_free);
  self->files = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->block, NULL);
  g_ptr_array_add (self->allow, NULL);
  g_ptr_array_add (self->files, NULL);

  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return self;
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".ini") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names_cb);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autoptr(GError) local_error = NULL;
      const char *groups[] = { "settings", "profiles" };

      if (!g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &local_error))
        {
          g_message ("NetConduct: ignoring the policy file %s: %s", path, local_error->message);
          continue;
        }
      g_ptr_array_insert (self->files, self->files->len - 1, g_strdup (path));

      for (gsize g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          g_auto(GStrv) keys = g_key_file_get_keys (keyfile, groups[g], NULL, NULL);
          for (gsize k = 0; keys != NULL && keys[k] != NULL; k++)
            {
              char *value = g_key_file_get_string (keyfile, groups[g], keys[k], NULL);
              if (value == NULL)
                continue;
              g_hash_table_replace (self->values,
                                    g == 0 ? g_strdup (keys[k]) : g_strconcat ("profile.", keys[k], NULL),
                                    g_strstrip (value));
            }
        }
      add_hosts (self->block, keyfile, "block");
      add_hosts (self->allow, keyfile, "allow");
    }

  return self;
}

NcManaged *
nc_managed_load_default (GError **error)
{
  const char *dir = g_getenv (NC_MANAGED_DIR_ENV);

  return nc_managed_load (dir != NULL && *dir != '\0' ? dir : NC_MANAGED_DEFAULT_DIR, error);
}

void
nc_managed_free (NcManaged *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->values);
  g_ptr_array_unref (self->block);
  g_ptr_array_unref (self->allow);
  g_ptr_array_unref (self->files);
  g_free (self);
}

const char *
nc_managed_get (NcManaged  *self,
                const char *key)
{
  if (self == NULL || key == NULL)
    return NULL;
  return g_hash_table_lookup (self->values, key);
}

GStrv
nc_managed_list_keys (NcManaged *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GStrv keys;

  if (self != NULL)
    {
      g_autofree const char **list = (const char **) g_hash_table_get_keys_as_array (self->values, NULL);
      for (gsize i = 0; list[i] != NULL; i++)
        g_strv_builder_add (builder, list[i]);
    }
  keys = g_strv_builder_end (builder);
  qsort (keys, g_strv_length (keys), sizeof (char *), compare_names_cb);
  return keys;
}

const char * const *
nc_managed_get_hosts (NcManaged *self,
                      gboolean   block)
{
  if (self == NULL)
    return NULL;
  return (const char * const *) (block ? self->block : self->allow)->pdata;
}

const char * const *
nc_managed_get_files (NcManaged *self)
{
  if (self == NULL)
    return NULL;
  return (const char * const *) self->files->pdata;
}
