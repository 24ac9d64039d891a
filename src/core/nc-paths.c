/* nc-paths.c — where NetConduct keeps its files */
#include "config.h"

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
