/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-family.c — netconductctl family: family mode through the service
 *
 *   netconductctl family enable [--database PATH]
 *   netconductctl family status
 *   netconductctl family add-child USER --profile NAME
 *   netconductctl family remove-child USER
 *   netconductctl family session-end terminate|lock [--grace SECONDS]
 *   netconductctl family import-list FILE --category CATEGORY [--name NAME]
 *   netconductctl family lists
 *   netconductctl family drop-list NUMBER
 *
 * Talks to netconduct-familyd on the system bus (D-Bus activation starts
 * it). The service decides who may: root, or a parent polkit authorises
 * (the desktop's authentication agent asks; in a bare terminal run
 * `pkttyagent --process $$` first, or use sudo). "enable" copies the
 * home-mode settings of this account's database (profiles with their rules
 * and lists, everyone's lists, the imported category lists, the PIN when
 * the service has none) into the service; profiles the service already
 * has are left as they are. A category list goes to the service as a file
 * descriptor this tool opened (the service cannot read a parent's home).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixfdlist.h>

#include "nc-ctl.h"
#include "nc-family-error.h"
#include "nc-list-folder.h"
#include "nc-managed.h"
#include "nc-paths.h"
#include "nc-pin.h"
#include "nc-rules-editor-family.h"

#define FAMILY_PATH  "/io/github/netconduct/Family1"
#define FAMILY_IFACE "io.github.netconduct.Family1"
#define CALL_TIMEOUT_MS (5 * 60 * 1000)   /* a parent may be typing a password */

const NcCtlVerb nc_ctl_family_verbs[] = {
  { "enable", N_("Usage: netconductctl family enable [--database PATH]"),
    N_("Turns on family mode: copies this account’s profiles, lists and parent PIN into the family "
       "service, where a child’s account cannot change them. Profiles the service already has are "
       "left as they are.") },
  { "status", N_("Usage: netconductctl family status"),
    N_("Shows whether the family service runs, and which accounts are children’s accounts with which "
       "profile.") },
  { "add-child", N_("Usage: netconductctl family add-child USER --profile NAME"),
    N_("Makes the account USER a child’s account: from now on its rules, time and PIN checks come from "
       "the family service and the profile NAME.") },
  { "remove-child", N_("Usage: netconductctl family remove-child USER"),
    N_("Makes the account USER an ordinary account again; nothing of the profile is deleted.") },
  { "session-end", N_("Usage: netconductctl family session-end terminate|lock [--grace SECONDS]"),
    N_("When a child’s whole-session time is up, the session is locked at once; after the grace period "
       "(0 to 3600 seconds, 300 unless given) it is ended (terminate) or kept locked (lock).") },
  { "import-list", N_("Usage: netconductctl family import-list FILE --category CATEGORY [--name NAME]"),
    N_("Imports a list of sites into a category in the family service, for every child whose profile blocks "
       "it: a hosts file, a domain a line, or ||domain^ lines (at most 64 MB).") },
  { "lists", N_("Usage: netconductctl family lists"),
    N_("Shows the lists imported into the family service: number, category, name, number of domains and the "
       "file it came from.") },
  { "drop-list", N_("Usage: netconductctl family drop-list NUMBER"),
    N_("Removes a list from the family service, by the number “family lists” shows.") },
  { NULL, NULL, NULL }
};

/* Calls @method; NULL after printing why (see family_fail()). */
static GVariant *
family_call (GDBusConnection  *bus,
             const char       *method,
             GVariant         *parameters,
             GError          **error)
{
  return g_dbus_connection_call_sync (bus, NC_FAMILY_BUS_NAME, FAMILY_PATH, FAMILY_IFACE, method,
                                      parameters, NULL, G_DBUS_CALL_FLAGS_ALLOW_INTERACTIVE_AUTHORIZATION,
                                      CALL_TIMEOUT_MS, NULL, error);
}

/* Calls ImportCategoryList with @fd (not taken) as its data. */
static GVariant *
import_call (GDBusConnection  *bus,
             const char       *category,
             const char       *name,
             const char       *source,
             int               fd,
             GError          **error)
{
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  int handle = g_unix_fd_list_append (fds, fd, error);

  if (handle < 0)
    return NULL;
  return g_dbus_connection_call_with_unix_fd_list_sync (bus, NC_FAMILY_BUS_NAME, FAMILY_PATH, FAMILY_IFACE,
                                                        "ImportCategoryList",
                                                        g_variant_new ("(sssh)", category, name, source, handle),
                                                        G_VARIANT_TYPE ("(xuu)"),
                                                        G_DBUS_CALL_FLAGS_ALLOW_INTERACTIVE_AUTHORIZATION,
                                                        CALL_TIMEOUT_MS, fds, NULL, NULL, error);
}

static int
family_fail (GError *error)
{
  if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER))
    return nc_ctl_fail (NC_CTL_FAILED, _("The family service (netconduct-familyd) is not installed on this computer, "
                                         "or it cannot start. Install the netconduct package, then try again."));
  g_dbus_error_strip_remote_error (error);
  if (g_error_matches (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_AUTHORIZED))
    return nc_ctl_fail (NC_CTL_DENIED, _("Not allowed: run it as root, or as a parent who can authenticate "
                                         "as an administrator. (%s)"), error->message);
  return nc_ctl_fail (NC_CTL_FAILED, _("The family service refused: %s"), error->message);
}

/* Calls @method and keeps its answer in *@reply (when @reply is not
 * NULL): NC_CTL_OK, or family_fail()'s status after saying why. */
static int
family_run (GDBusConnection  *bus,
            const char       *method,
            GVariant         *parameters,
            GVariant        **reply)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) answer = family_call (bus, method, parameters, &error);

  if (answer == NULL)
    return family_fail (error);
  if (reply != NULL)
    *reply = g_steal_pointer (&answer);
  return NC_CTL_OK;
}

/* Whole-session time's end, and each child's other browsers (malcontent). */
static void
print_session_status (GVariant *dict,
                      GVariant *children)
{
  g_autoptr(GVariant) filters = g_variant_lookup_value (dict, "app-filters", G_VARIANT_TYPE ("a(us)"));
  const char *end = "terminate", *user, *profile, *state;
  guint32 grace = 0, uid, filter_uid;
  GVariantIter iter, states;

  g_variant_lookup (dict, "session-end", "&s", &end);
  g_variant_lookup (dict, "session-grace-seconds", "u", &grace);
  g_print ("session-end: %s, grace %u s\n", end, grace);
  if (filters == NULL)
    return;
  g_variant_iter_init (&iter, children);
  while (g_variant_iter_next (&iter, "(u&s&s)", &uid, &user, &profile))
    {
      g_variant_iter_init (&states, filters);
      while (g_variant_iter_next (&states, "(u&s)", &filter_uid, &state))
        if (filter_uid == uid)
          {
            if (g_str_equal (state, "held-back"))
              g_print ("other-browsers: %s: held back (malcontent)\n", *user != '\0' ? user : "?");
            else
              g_print ("other-browsers: %s: not held back (%s)\n", *user != '\0' ? user : "?",
                       *state != '\0' ? state : "not set yet");
          }
    }
}

static int
family_status (GDBusConnection  *bus,
               int               argc,
               char            **argv,
               const char       *database_option)
{
  g_autoptr(GVariant) status = NULL, children = NULL;
  g_autoptr(GVariant) dict = NULL, list = NULL;
  g_autofree const char **profiles = NULL;
  GVariantIter iter;
  const char *user, *profile, *database = "";
  gboolean pin_set = FALSE;
  guint32 uid;
  int failed;

  if ((failed = family_run (bus, "GetStatus", NULL, &status)) != NC_CTL_OK ||
      (failed = family_run (bus, "ListChildren", NULL, &children)) != NC_CTL_OK)
    return failed;
  dict = g_variant_get_child_value (status, 0);
  g_variant_lookup (dict, "pin-set", "b", &pin_set);
  g_variant_lookup (dict, "database", "&s", &database);
  g_variant_lookup (dict, "profiles", "^a&s", &profiles);

  g_print ("family-mode: on\n");
  g_print ("database: %s\n", database);
  g_print ("pin: %s\n", pin_set ? "set" : "not-set");
  for (gsize i = 0; profiles != NULL && profiles[i] != NULL; i++)
    g_print ("profile: %s\n", profiles[i]);
  list = g_variant_get_child_value (children, 0);
  g_variant_iter_init (&iter, list);
  while (g_variant_iter_next (&iter, "(u&s&s)", &uid, &user, &profile))
    g_print ("child: %s (uid %u) → %s\n", *user != '\0' ? user : "?", uid, profile);
  print_session_status (dict, list);
  if (!pin_set)
    g_print ("%s\n", _("Set the parent PIN in the parents’ area, or move this account’s settings with "
                       "“netconductctl family enable”."));
  return NC_CTL_OK;
}

/* One profile of the home store into the service. FALSE after @error. */
static gboolean
move_profile (GDBusConnection  *bus,
              NcStore          *store,
              const NcProfile  *p,
              GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GVariant) existing = family_call (bus, "GetRules", g_variant_new ("(s)", p->name), &local_error);
  g_autoptr(GVariant) added = NULL, set = NULL;

  if (existing != NULL)
    {
      g_print (_("Profile “%s”: already in the family service, left as it is there.\n"), p->name);
      return TRUE;
    }
  if (!g_error_matches (local_error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  added = family_call (bus, "AddProfile", g_variant_new ("(ss)", p->name, nc_age_band_to_string (p->age_band)), error);
  if (added == NULL)
    return FALSE;
  set = family_call (bus, "SetRules", nc_rules_editor_family_set_rules_args (p, p->name), error);
  if (set == NULL)
    return FALSE;
  g_print (_("Profile “%s”: moved into the family service.\n"), p->name);
  return TRUE;
}

/* The allow and block lists of @profile_id ("" = everyone in the service). */
static gboolean
move_lists (GDBusConnection  *bus,
            NcStore          *store,
            gint64            profile_id,
            const char       *name,
            GError          **error)
{
  for (NcListKind kind = 0; kind < NC_N_LIST_KINDS; kind++)
    {
      g_auto(GStrv) hosts = nc_store_list_hosts (store, profile_id, kind, error);

      if (hosts == NULL)
        return FALSE;
      for (gsize i = 0; hosts[i] != NULL; i++)
        {
          g_autoptr(GVariant) reply = family_call (bus, "AddHost",
                                                   g_variant_new ("(sss)", name, nc_list_kind_to_string (kind), hosts[i]), error);
          if (reply == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

/* Sends @n rows of @rows (of @row_type) from @start as one ImportHistory
 * call: usage when @usage, else activity. */
static gboolean
send_history_part (GDBusConnection  *bus,
                   const char       *name,
                   GVariant         *rows,
                   gboolean          usage,
                   gsize             start,
                   gsize             n,
                   GError          **error)
{
  GVariantBuilder part, none;
  g_autoptr(GVariant) reply = NULL;
  const GVariantType *type = usage ? G_VARIANT_TYPE ("a(si)") : G_VARIANT_TYPE ("a(xsss)");

  g_variant_builder_init (&part, type);
  for (gsize i = start; i < start + n; i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);

      g_variant_builder_add_value (&part, row);
    }
  g_variant_builder_init (&none, usage ? G_VARIANT_TYPE ("a(xsss)") : G_VARIANT_TYPE ("a(si)"));
  reply = family_call (bus, "ImportHistory",
                       usage ? g_variant_new ("(s(@a(si)@a(xsss)))", name, g_variant_builder_end (&part),
                                              g_variant_builder_end (&none))
                             : g_variant_new ("(s(@a(si)@a(xsss)))", name, g_variant_builder_end (&none),
                                              g_variant_builder_end (&part)),
                       error);
  return reply != NULL;
}

/* A profile's time used and activity, in parts the service takes (it
 * refuses more than 256 values in one call). */
static gboolean
move_history (GDBusConnection  *bus,
              NcStore          *store,
              const NcProfile  *p,
              GError          **error)
{
  g_autoptr(GVariant) history = nc_store_export_history (store, p->id, error);
  g_autoptr(GVariant) usage = NULL;
  g_autoptr(GVariant) activity = NULL;

  if (history == NULL)
    return FALSE;
  usage = g_variant_get_child_value (history, 0);
  activity = g_variant_get_child_value (history, 1);
  for (gsize i = 0; i < g_variant_n_children (usage); i += 80)
    if (!send_history_part (bus, p->name, usage, TRUE, i, MIN (80, g_variant_n_children (usage) - i), error))
      return FALSE;
  for (gsize i = 0; i < g_variant_n_children (activity); i += 48)
    if (!send_history_part (bus, p->name, activity, FALSE, i, MIN (48, g_variant_n_children (activity) - i), error))
      return FALSE;
  g_print (_("Profile “%s”: %zu days of time used and %zu activity entries moved.\n"), p->name,
           g_variant_n_children (usage), g_variant_n_children (activity));
  return TRUE;
}

/* The home-mode settings the service uses, when this account set them. */
static gboolean
move_settings (GDBusConnection  *bus,
               NcStore          *store,
               GError          **error)
{
  g_autofree char *days = nc_store_get_string (store, NC_SETTING_RETENTION_DAYS, NULL);
  g_autoptr(GVariant) reply = NULL;

  if (days == NULL)
    return TRUE;
  reply = family_call (bus, "SetSetting", g_variant_new ("(ss)", NC_SETTING_RETENTION_DAYS, days), error);
  return reply != NULL;
}

/* Whether @lists (ListCategoryLists's answer) holds @l already. */
static gboolean
list_is_moved (GVariant             *lists,
               const NcCategoryList *l)
{
  GVariantIter iter;
  const char *category, *name, *source;
  guint32 domains;
  gint64 id;

  g_variant_iter_init (&iter, lists);
  while (g_variant_iter_next (&iter, "(x&s&su&s)", &id, &category, &name, &domains, &source))
    if (g_str_equal (category, nc_managed_category_name (l->category)) && g_str_equal (name, l->name) &&
        g_strcmp0 (source, l->source_path) == 0 && (int) domains == l->domain_count)
      return TRUE;
  return FALSE;
}

/* The imported category lists of home mode: each compiled set, as it is,
 * handed to the service (a list already there is left). */
static gboolean
move_category_lists (GDBusConnection  *bus,
                     NcStore          *store,
                     GError          **error)
{
  g_autoptr(GPtrArray) lists = nc_store_list_category_lists (store, error);
  g_autoptr(GVariant) there = NULL, moved = NULL;

  if (lists == NULL)
    return FALSE;
  if (lists->len == 0)
    return TRUE;
  there = family_call (bus, "ListCategoryLists", NULL, error);
  if (there == NULL)
    return FALSE;
  moved = g_variant_get_child_value (there, 0);
  for (guint i = 0; i < lists->len; i++)
    {
      const NcCategoryList *l = lists->pdata[i];
      g_autoptr(GVariant) reply = NULL;
      int fd;

      if (list_is_moved (moved, l))
        {
          g_print (_("List “%s”: already in the family service.\n"), l->name);
          continue;
        }
      fd = nc_list_folder_open (store, l->compiled_path, error);
      if (fd < 0)
        return FALSE;
      reply = import_call (bus, nc_managed_category_name (l->category), l->name,
                           l->source_path != NULL ? l->source_path : "", fd, error);
      close (fd);
      if (reply == NULL)
        return FALSE;
      g_print (_("List “%s”: moved into the family service.\n"), l->name);
    }
  return TRUE;
}

static int
family_enable (GDBusConnection  *bus,
               int               argc,
               char            **argv,
               const char       *database_option)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = nc_paths_resolve_database (database_option);
  g_autoptr(GVariant) status = NULL, dict = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  gboolean pin_set = FALSE;
  int failed = family_run (bus, "GetStatus", NULL, &status);

  if (failed != NC_CTL_OK)
    return failed;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_print (_("Family mode is on. There are no home-mode settings in %s to move.\n"), path);
      return NC_CTL_OK;
    }
  store = nc_store_open (path, &error);
  if (store == NULL || (profiles = nc_store_list_profiles (store, &error)) == NULL)
    return nc_ctl_fail_error (error);

  for (guint i = 0; i < profiles->len; i++)
    {
      const NcProfile *p = profiles->pdata[i];

      if (!move_profile (bus, store, p, &error) || !move_lists (bus, store, p->id, p->name, &error) ||
          !move_history (bus, store, p, &error))
        return family_fail (error);
    }
  if (!move_lists (bus, store, NC_PROFILE_EVERYONE, "", &error) || !move_category_lists (bus, store, &error) ||
      !move_settings (bus, store, &error))
    return family_fail (error);

  dict = g_variant_get_child_value (status, 0);
  g_variant_lookup (dict, "pin-set", "b", &pin_set);
  if (!pin_set && nc_pin_is_set (store))
    {
      g_autofree char *hash = nc_pin_get_hash (store);

      failed = family_run (bus, "SetPinHash", g_variant_new ("(s)", hash), NULL);
      if (failed != NC_CTL_OK)
        return failed;
      g_print ("%s\n", _("The parent PIN: moved into the family service."));
    }
  g_print (_("Family mode is on. Now add each child’s account: netconductctl family add-child USER --profile NAME\n"));
  return NC_CTL_OK;
}

static int
family_child (GDBusConnection  *bus,
              int               argc,
              char            **argv,
              const char       *database_option)
{
  gboolean add = g_str_equal (argv[1], "add-child");
  const char *profile = add ? nc_ctl_take_option (&argc, argv, "profile") : NULL;
  int failed;

  if (argc != 3 || (add && profile == NULL))
    return nc_ctl_usage (nc_ctl_family_verbs, add ? "add-child" : "remove-child");
  failed = add ? family_run (bus, "AddChild", g_variant_new ("(ss)", argv[2], profile), NULL)
               : family_run (bus, "RemoveChild", g_variant_new ("(s)", argv[2]), NULL);
  if (failed != NC_CTL_OK)
    return failed;
  if (add)
    g_print (_("The account “%s” is now a child’s account with the profile “%s”.\n"), argv[2], profile);
  else
    g_print (_("The account “%s” is no longer a child’s account.\n"), argv[2]);
  return NC_CTL_OK;
}

static int
family_session_end (GDBusConnection  *bus,
                    int               argc,
                    char            **argv,
                    const char       *database_option)
{
  const char *grace_text = nc_ctl_take_option (&argc, argv, "grace");
  guint64 grace = 300;
  int failed;

  if (argc != 3 || !(g_str_equal (argv[2], "terminate") || g_str_equal (argv[2], "lock")) ||
      (grace_text != NULL && !g_ascii_string_to_unsigned (grace_text, 10, 0, 3600, &grace, NULL)))
    return nc_ctl_usage (nc_ctl_family_verbs, "session-end");
  failed = family_run (bus, "SetSessionEnd", g_variant_new ("(su)", argv[2], (guint32) grace), NULL);
  if (failed != NC_CTL_OK)
    return failed;
  if (g_str_equal (argv[2], "terminate"))
    g_print (_("When a child’s time is up, the session is locked, then ended after %u seconds.\n"), (guint) grace);
  else
    g_print (_("When a child’s time is up, the session is locked, and locked again after %u seconds "
               "whenever it is unlocked.\n"), (guint) grace);
  return NC_CTL_OK;
}

/* `family import-list FILE --category CATEGORY [--name NAME]`: this tool
 * opens FILE (with the caller's rights), the service reads the descriptor. */
static int
family_import_list (GDBusConnection  *bus,
                    int               argc,
                    char            **argv,
                    const char       *database_option)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *source = NULL, *display = NULL;
  const char *category_name = nc_ctl_take_option (&argc, argv, "category");
  const char *name = nc_ctl_take_option (&argc, argv, "name");
  NcSiteCategory category;
  guint32 domains, skipped;
  gint64 id;
  int fd;

  if (argc != 3 || category_name == NULL)
    return nc_ctl_usage (nc_ctl_family_verbs, "import-list");
  if (!nc_ctl_parse_category (category_name, &category))
    return NC_CTL_USAGE;
  fd = g_open (argv[2], O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      return nc_ctl_fail (NC_CTL_FAILED, _("Cannot open “%s”: %s"), argv[2], g_strerror (saved));
    }
  source = g_canonicalize_filename (argv[2], NULL);
  display = g_filename_display_basename (argv[2]);
  reply = import_call (bus, nc_managed_category_name (category), name != NULL ? name : display, source, fd, &error);
  close (fd);
  if (reply == NULL)
    return family_fail (error);
  g_variant_get (reply, "(xuu)", &id, &domains, &skipped);
  nc_ctl_print_imported (id, category_name, domains, skipped);
  return NC_CTL_OK;
}

static int
family_lists (GDBusConnection  *bus,
              int               argc,
              char            **argv,
              const char       *database_option)
{
  g_autoptr(GVariant) reply = NULL, lists = NULL;
  GVariantIter iter;
  const char *category, *name, *source;
  guint32 domains;
  gint64 id;
  int failed = family_run (bus, "ListCategoryLists", NULL, &reply);

  if (failed != NC_CTL_OK)
    return failed;
  lists = g_variant_get_child_value (reply, 0);
  g_variant_iter_init (&iter, lists);
  while (g_variant_iter_next (&iter, "(x&s&su&s)", &id, &category, &name, &domains, &source))
    nc_ctl_print_category_list (id, category, name, domains, source);
  return NC_CTL_OK;
}

static int
family_drop_list (GDBusConnection  *bus,
                  int               argc,
                  char            **argv,
                  const char       *database_option)
{
  guint64 id;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 1, G_MAXINT64, &id, NULL))
    return nc_ctl_usage (nc_ctl_family_verbs, "drop-list");
  return family_run (bus, "RemoveCategoryList", g_variant_new ("(x)", (gint64) id), NULL);
}

/* The verbs of `family`; @bare: it takes nothing after the verb. */
static const struct {
  const char *verb;
  gboolean    bare;
  int       (*run) (GDBusConnection *bus, int argc, char **argv, const char *database_option);
} family_verbs[] = {
  { "enable",       TRUE,  family_enable },
  { "status",       TRUE,  family_status },
  { "add-child",    FALSE, family_child },
  { "remove-child", FALSE, family_child },
  { "session-end",  FALSE, family_session_end },
  { "import-list",  FALSE, family_import_list },
  { "lists",        TRUE,  family_lists },
  { "drop-list",    FALSE, family_drop_list },
};

int
nc_ctl_family (int          argc,
               char       **argv,
               const char  *database_option)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;

  for (gsize i = 0; argc >= 2 && i < G_N_ELEMENTS (family_verbs); i++)
    {
      if (!g_str_equal (argv[1], family_verbs[i].verb))
        continue;
      nc_family_error_quark ();
      bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, &error);
      if (bus == NULL)
        return nc_ctl_fail (NC_CTL_FAILED, _("Cannot reach the system bus: %s"), error->message);
      if (family_verbs[i].bare && argc != 2)
        return nc_ctl_usage (nc_ctl_family_verbs, argv[1]);
      return family_verbs[i].run (bus, argc, argv, database_option);
    }
  return nc_ctl_usage (nc_ctl_family_verbs, NULL);
}
