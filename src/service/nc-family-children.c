/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-children.c — which Unix accounts are children, and their profile */
#include "nc-family-children.h"

#include <stdlib.h>
#include <string.h>

#define KEY_PREFIX "family-child-"

static char *
child_key (guint32 uid)
{
  return g_strdup_printf (KEY_PREFIX "%u", uid);
}

gint64
nc_family_children_lookup (NcStore *store,
                           guint32  uid)
{
  g_autofree char *key = child_key (uid);
  gint64 id;

  if (uid == 0)
    return 0;
  id = nc_store_get_int (store, key, 0);
  return id > 0 ? id : 0;
}

gboolean
nc_family_children_set (NcStore   *store,
                        guint32    uid,
                        gint64     profile_id,
                        GError   **error)
{
  g_autofree char *key = child_key (uid);

  g_return_val_if_fail (uid != 0 && profile_id > 0, FALSE);
  return nc_store_set_int (store, key, profile_id, error);
}

gboolean
nc_family_children_remove (NcStore  *store,
                           guint32   uid,
                           GError  **error)
{
  g_autofree char *key = child_key (uid);

  if (nc_family_children_lookup (store, uid) == 0)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND,
                   "The account with uid %u is not a child's account.", uid);
      return FALSE;
    }
  return nc_store_unset (store, key, error);
}

static int
compare_uid (gconstpointer a,
             gconstpointer b)
{
  const NcFamilyChild *x = a, *y = b;

  return x->uid < y->uid ? -1 : x->uid > y->uid;
}

GArray *
nc_family_children_list (NcStore  *store,
                         GError  **error)
{
  g_autoptr(GHashTable) settings = nc_store_list_settings (store, error);
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (NcFamilyChild));
  GHashTableIter iter;
  gpointer key, value;

  if (settings == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      NcFamilyChild child;
      guint64 uid;
      gint64 id;

      if (!g_str_has_prefix (key, KEY_PREFIX) ||
          !g_ascii_string_to_unsigned ((const char *) key + strlen (KEY_PREFIX), 10, 1, G_MAXUINT32, &uid, NULL) ||
          !g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &id, NULL))
        continue;
      child.uid = (guint32) uid;
      child.profile_id = id;
      g_array_append_val (children, child);
    }
  g_array_sort (children, compare_uid);
  return g_steal_pointer (&children);
}
