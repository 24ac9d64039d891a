/* nc-ctl.h — shared by the subcommands of netconductctl
 *
 * A subcommand is `int nc_ctl_NAME (NcStore *store, int argc, char **argv)`:
 * argv[0] is the subcommand's name, the rest its arguments (the global
 * --database option already removed). It returns the exit status:
 * NC_CTL_OK, NC_CTL_FAILED (the command could not be done) or NC_CTL_USAGE
 * (bad arguments); main() returns NC_CTL_DENIED before running a command
 * that changes something without the parent PIN (see netconductctl.c). Add one by writing nc-ctl-NAME.c, declaring it here and
 * adding a row to the table in netconductctl.c.
 */
#pragma once

#include <glib.h>

#include "nc-store.h"

G_BEGIN_DECLS

enum {
  NC_CTL_OK = 0,
  NC_CTL_FAILED = 1,
  NC_CTL_USAGE = 2,
  NC_CTL_DENIED = 3,      /* the parent PIN was missing, wrong or locked out */
};

/* Prints "netconductctl: MESSAGE" on stderr and returns @status. */
int         nc_ctl_fail          (int            status,
                                  const char    *format,
                                  ...) G_GNUC_PRINTF (2, 3);
int         nc_ctl_fail_error    (const GError  *error);
/* Removes "--NAME VALUE" or "--NAME=VALUE" from argv; returns the value
 * (owned by argv) or NULL. */
const char *nc_ctl_take_option   (int           *argc,
                                  char         **argv,
                                  const char    *name);
/* Removes "--NAME" from argv; TRUE when it was there. */
gboolean    nc_ctl_take_flag     (int           *argc,
                                  char         **argv,
                                  const char    *name);
/* The profile named by "--profile NAME" (NC_PROFILE_EVERYONE when absent
 * and @everyone_ok), or -1 after printing why. */
gint64      nc_ctl_profile_option (NcStore      *store,
                                   int          *argc,
                                   char        **argv,
                                   gboolean      everyone_ok);

int nc_ctl_status  (NcStore *store, int argc, char **argv);
int nc_ctl_profile (NcStore *store, int argc, char **argv);
int nc_ctl_pin     (NcStore *store, int argc, char **argv);
int nc_ctl_list    (NcStore *store, int argc, char **argv);
int nc_ctl_time    (NcStore *store, int argc, char **argv);
int nc_ctl_export  (NcStore *store, int argc, char **argv);
int nc_ctl_import  (NcStore *store, int argc, char **argv);
int nc_ctl_decide  (NcStore *store, int argc, char **argv);
int nc_ctl_lessons (NcStore *store, int argc, char **argv);
int nc_ctl_classroom (NcStore *store, int argc, char **argv);
/* family mode: through the family service, no local store (nc-ctl-family.c) */
int nc_ctl_family  (int argc, char **argv, const char *database_option);

G_END_DECLS
