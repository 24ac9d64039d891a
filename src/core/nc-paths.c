/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-paths.c — where NetConduct keeps its files */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "nc-paths.h"

/* $XDG_DATA_HOME/netconduct/netconduct.db. Free with g_free(). */
char *
nc_paths_get_default_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "netconduct", "netconduct.db", NULL);
}

/*
 * The database every program uses: @option_value (from --database) when set,
 * else $NETCONDUCT_DATABASE when set and not empty, else the default.
 * Free with g_free().
 */
char *
nc_paths_resolve_database (const char *option_value)
{
  const char *from_env;

  if (option_value != NULL && *option_value != '\0')
    return g_strdup (option_value);

  from_env = g_getenv (NC_DATABASE_ENV);
  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);

  return nc_paths_get_default_database ();
}

gboolean
nc_paths_running_as_root (void)
{
  return getuid () == 0 && geteuid () == 0;
}

gboolean
nc_paths_overrides_allowed (void)
{
  return NC_TEST_OVERRIDES || nc_paths_running_as_root ();
}

const char *
nc_paths_location (const char *env_name,
                   const char *built_in)
{
  const char *value;

  g_return_val_if_fail (env_name != NULL && built_in != NULL, built_in);

  if (!nc_paths_overrides_allowed ())
    return built_in;
  value = g_getenv (env_name);
  return value != NULL && *value != '\0' ? value : built_in;
}

int
nc_paths_open_regular (int          dir_fd,
                       const char  *name,
                       gboolean     follow,
                       const char **why)
{
  struct stat st;
  int fd = openat (dir_fd, name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));

  if (fd < 0)
    {
      *why = errno == ELOOP ? _("it is a symbolic link") : g_strerror (errno);
      return -1;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      *why = _("it is not a regular file");
      return -1;
    }
  return fd;
}
