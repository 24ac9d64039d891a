/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl.h — shared by the subcommands of netconductctl
 *
 * A subcommand lives in its own nc-ctl-NAME.c and exports two things:
 *
 *   int nc_ctl_NAME (NcStore *store, int argc, char **argv);
 *   const NcCtlVerb nc_ctl_NAME_verbs[];   (its usage, for --help)
 *
 * argv[0] is the subcommand's name, the rest its arguments (the global
 * --database option already removed; --help never reaches it). It returns
 * the exit status: NC_CTL_OK, NC_CTL_FAILED (the command could not be
 * done) or NC_CTL_USAGE (bad arguments); main() returns NC_CTL_DENIED
 * before running a command that changes something without the parent PIN
 * (see nc-ctl-pin.c). Add one by writing nc-ctl-NAME.c, declaring it here
 * and adding a row to the table in netconductctl.c.
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include <json-glib/json-glib.h>

#include "nc-store.h"

G_BEGIN_DECLS

enum {
  NC_CTL_OK = 0,
  NC_CTL_FAILED = 1,
  NC_CTL_USAGE = 2,
  NC_CTL_DENIED = 3,      /* the parent PIN was missing, wrong or locked out */
};

/*
 * One verb of a subcommand, for `netconductctl NAME [VERB] --help` and for
 * usage errors. @verbs: the verbs it describes, separated by spaces ("add
 * remove"), or NULL for a subcommand used without a verb. @usage: N_(), one
 * line "Usage: netconductctl …" (a second line may list values). @help:
 * N_(), what it does, wrapped when printed. An array ends with an entry
 * whose @usage is NULL. For a subcommand that nc_ctl_run_verb() runs:
 * @run, what runs @verbs (argv[1] is the verb), and @argc, the number of
 * arguments (the subcommand and the verb included) it must be given, or 0
 * when @run checks them.
 */
typedef struct {
  const char *verbs;
  const char *usage;
  const char *help;
  int       (*run) (NcStore *store, int argc, char **argv);
  int         argc;
} NcCtlVerb;

/*
 * A row of the subcommand table. @free_verbs: the verbs that only read,
 * and so need no PIN ("*": every verb; NULL: none). Any other verb, a
 * mistyped one included, asks for the PIN when one is set: the table fails
 * closed. @pin_flag: an option that needs the PIN even on a free verb (the
 * PIN hash is a secret). @verbs: the usage for --help (NULL: the summary
 * only).
 */
typedef struct {
  const char      *name;
  int            (*run) (NcStore *store, int argc, char **argv);
  const char      *summary;       /* N_() */
  const char      *free_verbs;
  const char      *pin_flag;
  const NcCtlVerb *verbs;
} NcCtlCommand;

/* Prints "netconductctl: MESSAGE" on stderr and returns @status. */
int         nc_ctl_fail          (int            status,
                                  const char    *format,
                                  ...) G_GNUC_PRINTF (2, 3);
int         nc_ctl_fail_error    (const GError  *error);
/* Prints @verb's usage line from @verbs on stderr; returns NC_CTL_USAGE. */
int         nc_ctl_usage         (const NcCtlVerb *verbs,
                                  const char    *verb);
/* Runs the verb argv[1] with the entry of @verbs that names it; no verb,
 * an unknown one or the wrong number of arguments: @usage (N_(), the
 * subcommand's verbs) as a usage error. */
int         nc_ctl_run_verb      (const NcCtlVerb *verbs,
                                  const char    *usage,
                                  NcStore       *store,
                                  int            argc,
                                  char         **argv);
/* Removes "--NAME VALUE" or "--NAME=VALUE" from argv; returns the value
 * (owned by argv) or NULL. */
const char *nc_ctl_take_option   (int           *argc,
                                  char         **argv,
                                  const char    *name);
/* Removes "--NAME" from argv; TRUE when it was there. */
gboolean    nc_ctl_take_flag     (int           *argc,
                                  char         **argv,
                                  const char    *name);
/* Refuses options nobody took (a typo must not pass silently): FALSE after
 * saying which. */
gboolean    nc_ctl_check_no_options (int         argc,
                                     char      **argv);
/* Minutes from 0 to @max, in decimal; FALSE on anything else. */
gboolean    nc_ctl_parse_minutes (const char    *text,
                                  int            max,
                                  int           *minutes);
/* The id of the profile called @name, or -1 after printing why. */
gint64      nc_ctl_profile_id    (NcStore       *store,
                                  const char    *name);
/* `profile set NAME KEY=VALUE…` (nc-ctl-profile.c): applies the @n
 * @fields to the profile @name and saves it; an exit status (a locked
 * field NC_CTL_FAILED, a bad value NC_CTL_USAGE), after printing why. */
int         nc_ctl_profile_apply (NcStore       *store,
                                  const char    *name,
                                  int            n,
                                  char         **fields);
/* The profile named by "--profile NAME" (NC_PROFILE_EVERYONE when absent
 * and @everyone_ok), or -1 after printing why. */
gint64      nc_ctl_profile_option (NcStore      *store,
                                   int          *argc,
                                   char        **argv,
                                   gboolean      everyone_ok);

/* The category @name (`list import`, `family import-list`); FALSE after
 * saying which names there are (a usage error). */
gboolean    nc_ctl_parse_category (const char    *name,
                                   NcSiteCategory *category);
/* What an import did: "Imported N addresses into the list ID (CATEGORY)…". */
void        nc_ctl_print_imported (gint64         id,
                                   const char    *category,
                                   guint          n_domains,
                                   guint          n_skipped);
/* One imported list as a line of `list categories` and `family lists`:
 * number, category, name, number of domains and the file it came from. */
void        nc_ctl_print_category_list (gint64      id,
                                        const char *category,
                                        const char *name,
                                        guint       n_domains,
                                        const char *source);

/* Whether @argv (a subcommand and its arguments) asks for help: -h or
 * --help anywhere before "--", except as the value of an option. */
gboolean    nc_ctl_wants_help    (int            argc,
                                  char         **argv);
/* Whether @command run with @argv may change something, and so needs
 * the parent PIN when one is set. */
gboolean    nc_ctl_command_changes (const NcCtlCommand *command,
                                    int           argc,
                                    char        **argv);
/* `netconductctl NAME [VERB] --help`: @verb's usage, or every verb's
 * when @verb is NULL or unknown, with what needs the PIN. */
void        nc_ctl_print_help    (const NcCtlCommand *command,
                                  const char    *verb,
                                  FILE          *to);
/* A member @name of the object @builder is building, with its value. */
void        nc_ctl_json_string   (JsonBuilder *builder, const char *name, const char *value);
void        nc_ctl_json_int      (JsonBuilder *builder, const char *name, gint64 value);
void        nc_ctl_json_bool     (JsonBuilder *builder, const char *name, gboolean value);
/* Prints what @builder built as JSON, then a newline. */
void        nc_ctl_print_json    (JsonBuilder   *builder,
                                  gboolean       pretty);

/* Before a command that changes something (see nc-ctl-pin.c): NC_CTL_OK,
 * or NC_CTL_DENIED after saying why. */
int         nc_ctl_require_parent_pin (NcStore *store);

int nc_ctl_status    (NcStore *store, int argc, char **argv);
int nc_ctl_profile   (NcStore *store, int argc, char **argv);
int nc_ctl_pin       (NcStore *store, int argc, char **argv);
int nc_ctl_list      (NcStore *store, int argc, char **argv);
int nc_ctl_time      (NcStore *store, int argc, char **argv);
int nc_ctl_export    (NcStore *store, int argc, char **argv);
int nc_ctl_import    (NcStore *store, int argc, char **argv);
int nc_ctl_decide    (NcStore *store, int argc, char **argv);
int nc_ctl_lessons   (NcStore *store, int argc, char **argv);
int nc_ctl_classroom (NcStore *store, int argc, char **argv);
int nc_ctl_export_dns (NcStore *store, int argc, char **argv);

extern const NcCtlVerb nc_ctl_status_verbs[];
extern const NcCtlVerb nc_ctl_profile_verbs[];
extern const NcCtlVerb nc_ctl_pin_verbs[];
extern const NcCtlVerb nc_ctl_list_verbs[];
extern const NcCtlVerb nc_ctl_time_verbs[];
extern const NcCtlVerb nc_ctl_export_verbs[];
extern const NcCtlVerb nc_ctl_import_verbs[];
extern const NcCtlVerb nc_ctl_decide_verbs[];
extern const NcCtlVerb nc_ctl_lessons_verbs[];
extern const NcCtlVerb nc_ctl_classroom_verbs[];
extern const NcCtlVerb nc_ctl_export_dns_verbs[];
extern const NcCtlVerb nc_ctl_family_verbs[];

/* family mode: through the family service, no local store (nc-ctl-family.c) */
int nc_ctl_family  (int argc, char **argv, const char *database_option);

G_END_DECLS
