/* SPDX-License-Identifier: GPL-3.0-or-later */
/* netconductctl.c — NetConduct's command-line tool for administrators
 *
 * Scripts what a parent does in the parents' area, for machines set up in
 * numbers: profiles, the PIN, lists, time limits, export and import. Each
 * subcommand lives in its own nc-ctl-NAME.c; this file holds their table,
 * the global --database and --help, and the PIN check before a change.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-paths.h"
#include "nc-store.h"

/* The subcommands; see nc-ctl.h for the columns. */
static const NcCtlCommand commands[] = {
  { "status",  nc_ctl_status,  N_("Show the database, the PIN state, the profiles and the administrator’s policy"), "*", NULL, nc_ctl_status_verbs },
  { "profile", nc_ctl_profile, N_("profile add|list|remove|set — manage the children’s profiles"), "list", NULL, nc_ctl_profile_verbs },
  { "pin",     nc_ctl_pin,     N_("pin set|clear|status — set the parent PIN (read from standard input)"), "status", NULL, nc_ctl_pin_verbs },
  { "list",    nc_ctl_list,    N_("list add|remove|show|import|categories|drop — web site lists"), "show categories", NULL, nc_ctl_list_verbs },
  { "time",    nc_ctl_time,    N_("time set|extend|show — daily limits and allowed hours"), "show", NULL, nc_ctl_time_verbs },
  { "export",  nc_ctl_export,  N_("export [FILE] [--with-pin-hash] — write all settings as JSON"), "*", "--with-pin-hash", nc_ctl_export_verbs },
  { "import",  nc_ctl_import,  N_("import FILE — replace all settings with a JSON export"), NULL, NULL, nc_ctl_import_verbs },
  { "decide",  nc_ctl_decide,  N_("decide URL --profile NAME — print the site policy’s decision as JSON"), "*", NULL, nc_ctl_decide_verbs },
  { "lessons", nc_ctl_lessons, N_("lessons [--format=json] [--profile NAME] — every lesson, the Code references it teaches and its quiz items; lessons grade LESSON ITEM --answer TEXT — judges a “rewrite it kindly” answer, as JSON"), "*", NULL, nc_ctl_lessons_verbs },
  { "export-dns", nc_ctl_export_dns, N_("export-dns --profile NAME --format unbound|dnsmasq|hosts|adblock [--output FILE] — the profile’s site rules for a DNS filter"), "*", NULL, nc_ctl_export_dns_verbs },
  /* no store of its own: the family service (run is NULL, see main()) */
  { "family", NULL, N_("family enable|status|add-child USER --profile NAME|remove-child USER — family mode"), NULL, NULL, nc_ctl_family_verbs },
  { "classroom", nc_ctl_classroom, N_("classroom lessons|export --output DIR [--lesson ID]… [--results CSV] [--roster CSV] — handouts, reports, certificates"), "*", NULL, nc_ctl_classroom_verbs },
};

static const NcCtlCommand *
find_command (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      return &commands[i];
  return NULL;
}

static void
print_usage (FILE *to)
{
  fprintf (to, "%s\n\n", _("Usage: netconductctl [--database PATH] COMMAND [ARGUMENTS…]"));
  fprintf (to, "%s\n", _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-9s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (to, "\n%s\n", _("“netconductctl COMMAND --help” (or “netconductctl help COMMAND”) shows how to use a command."));
  fprintf (to, "\n%s\n", _("The database is --database PATH, else $NETCONDUCT_DATABASE, else the user’s default."));
  fprintf (to, "\n%s\n", _("When a parent PIN is set, every command that changes something asks for it first "
                            "(on the first line of standard input, or at a prompt that does not show it), "
                            "unless it runs as root; a wrong PIN counts towards the same waits as in the app. "
                            "These need no PIN: status, profile list, pin status, list show, list categories, "
                            "time show, export without --with-pin-hash, decide, lessons, classroom. "
                            "“pin set” and “pin clear” need the current PIN (then the new one on the next line); "
                            "root may reset a forgotten PIN without it."));
  fprintf (to, "\n%s\n", _("Exit status: 0 done, 1 failed, 2 bad arguments, 3 the parent PIN was missing, "
                            "wrong or locked out."));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autofree char *path = NULL;
  const char *option;
  const NcCtlCommand *command = NULL;
  gboolean help;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  option = nc_ctl_take_option (&argc, argv, "database");
  if (argc < 2)
    {
      print_usage (stderr);
      return NC_CTL_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      (g_str_equal (argv[1], "help") && argc < 3))
    {
      print_usage (stdout);
      return NC_CTL_OK;
    }

  /* `help COMMAND [VERB]` is `COMMAND [VERB] --help`. Help needs no
   * database: nothing is opened, no PIN asked. */
  help = g_str_equal (argv[1], "help");
  if (help)
    argc--, argv++;
  command = find_command (argv[1]);
  if (command == NULL)
    {
      nc_ctl_fail (NC_CTL_USAGE, _("Unknown command “%s”."), argv[1]);
      print_usage (stderr);
      return NC_CTL_USAGE;
    }
  if (help || nc_ctl_wants_help (argc - 1, argv + 1))
    {
      nc_ctl_print_help (command, argc > 2 && argv[2][0] != '-' ? argv[2] : NULL, stdout);
      return NC_CTL_OK;
    }

  /* family mode: the family service decides who may (nc-ctl-family.c) */
  if (command->run == NULL)
    return nc_ctl_family (argc - 1, argv + 1, option);

  path = nc_paths_resolve_database (option);
  store = nc_store_open (path, &error);
  if (store == NULL)
    return nc_ctl_fail_error (error);
  if (nc_store_get_recovery (store) != NC_STORE_RECOVERY_NONE)
    g_printerr (_("netconductctl: note: the database was damaged and has been recovered; "
                  "a parent should check the settings in the parents’ area.\n"));

  if (nc_ctl_command_changes (command, argc - 1, argv + 1))
    {
      int status = nc_ctl_require_parent_pin (store);
      if (status != NC_CTL_OK)
        return status;
    }
  return command->run (store, argc - 1, argv + 1);
}
