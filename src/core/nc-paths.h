/* nc-paths.h — where NetConduct keeps its files */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_DATABASE_ENV "NETCONDUCT_DATABASE"

char *nc_paths_get_default_database (void);
char *nc_paths_resolve_database     (const char *option_value);

G_END_DECLS
