/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-list-folder.c — the app's own folder of compiled category lists */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "nc-list-folder.h"
#include "nc-paths.h"

char *
nc_list_folder_get_path (NcStore *store)
{
  g_autofree char *db_folder = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  db_folder = g_path_get_dirname (nc_store_get_path (store));
  folder = g_build_filename (db_folder, "lists", NULL);
  return g_canonicalize_filename (folder, NULL);
}

static gboolean
refuse (GError     **error,
        const char  *path,
        const char  *folder,
        const char  *why)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
               _("“%s” is not one of NetConduct’s list files (%s; they are regular files in %s); it was left alone."),
               display, why, folder);
  return FALSE;
}

/* The file name of @path inside the folder, or NULL with @error set. The
 * folder is opened into @dir_fd (O_NOFOLLOW: the folder itself is not a
 * symlink either) and its path given in @folder_out. */
static char *
name_in_folder (NcStore     *store,
                const char  *path,
                int         *dir_fd,
                char       **folder_out,
                GError     **error)
{
  g_autofree char *folder = nc_list_folder_get_path (store);
  g_autofree char *dirname = NULL;
  g_autofree char *canonical_dir = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *name = NULL;

  *dir_fd = -1;
  if (path == NULL || *path == '\0')
    {
      refuse (error, "", folder, _("an empty path"));
      return NULL;
    }
  parts = g_strsplit (path, "/", -1);
  for (gsize i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      {
        refuse (error, path, folder, _("it goes up with “..”"));
        return NULL;
      }
  name = g_path_get_basename (path);
  dirname = g_path_get_dirname (path);
  canonical_dir = g_canonicalize_filename (dirname, NULL);
  if (!g_path_is_absolute (path) || g_strcmp0 (canonical_dir, folder) != 0 ||
      g_str_equal (name, ".") || g_str_equal (name, "/") || g_str_has_suffix (path, "/"))
    {
      refuse (error, path, folder, _("it is outside the lists folder"));
      return NULL;
    }

  *dir_fd = open (folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (*dir_fd < 0)
    {
      int saved_errno = errno;
      refuse (error, path, folder, g_strerror (saved_errno));
      return NULL;
    }
  *folder_out = g_steal_pointer (&folder);
  return g_steal_pointer (&name);
}

int
nc_list_folder_open (NcStore     *store,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  const char *why = NULL;
  int dir_fd, fd;

  g_return_val_if_fail (NC_IS_STORE (store), -1);

  name = name_in_folder (store, path, &dir_fd, &folder, error);
  if (name == NULL)
    return -1;
  fd = nc_paths_open_regular (dir_fd, name, FALSE, &why);
  close (dir_fd);
  if (fd < 0)
    refuse (error, path, folder, why);
  return fd;
}

gboolean
nc_list_folder_check (NcStore     *store,
                      const char  *path,
                      GError     **error)
{
  int fd = nc_list_folder_open (store, path, error);

  if (fd < 0)
    return FALSE;
  close (fd);
  return TRUE;
}

gboolean
nc_list_folder_unlink (NcStore     *store,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  struct stat st;
  int dir_fd;
  gboolean ok = TRUE;

  g_return_val_if_fail (NC_IS_STORE (store), FALSE);

  name = name_in_folder (store, path, &dir_fd, &folder, error);
  if (name == NULL)
    return FALSE;
  if (fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    {
      int saved_errno = errno;
      if (saved_errno != ENOENT)
        ok = refuse (error, path, folder, g_strerror (saved_errno));
    }
  else if (S_ISLNK (st.st_mode))
    ok = refuse (error, path, folder, _("it is a symbolic link"));
  else if (!S_ISREG (st.st_mode))
    ok = refuse (error, path, folder, _("it is not a regular file"));
  else if (unlinkat (dir_fd, name, 0) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      ok = refuse (error, path, folder, g_strerror (saved_errno));
    }
  close (dir_fd);
  return ok;
}

/* The compiled files of every imported category list, each checked as
 * nc_list_folder_check() does (NULL-terminated, may be empty; free with
 * g_strfreev()). NULL with @error set when the database cannot say or a
 * path is not one of ours: the caller then fails closed. */
GStrv
nc_list_folder_list_compiled (NcStore  *store,
                              GError  **error)
{
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();

  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  lists = nc_store_list_category_lists (store, error);
  if (lists == NULL)
    return NULL;
  for (guint i = 0; i < lists->len; i++)
    {
      const char *path = ((NcCategoryList *) lists->pdata[i])->compiled_path;

      if (!nc_list_folder_check (store, path, error))
        return NULL;
      g_strv_builder_add (paths, path);
    }
  return g_strv_builder_end (paths);
}

/* Removes the imported list @id: its row, then its compiled file when it
 * is a regular file of the folder (a row may have been written by anyone).
 * FALSE with @error (NC_STORE_ERROR_NOT_FOUND for no such list). */
gboolean
nc_list_folder_drop (NcStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(GPtrArray) lists = NULL;

  g_return_val_if_fail (NC_IS_STORE (store), FALSE);

  lists = nc_store_list_category_lists (store, error);
  if (lists == NULL || !nc_store_remove_category_list (store, id, error))
    return FALSE;
  for (guint i = 0; i < lists->len; i++)
    if (((NcCategoryList *) lists->pdata[i])->id == id)
      return nc_list_folder_unlink (store, ((NcCategoryList *) lists->pdata[i])->compiled_path, error);
  return TRUE;
}
