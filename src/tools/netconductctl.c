/* netconductctl.c — NetConduct's command-line tool for administrators
 *
 * Scripts what a parent does in the parents' area, for machines set up in
 * numbers: profiles, the PIN, lists, time limits, export and import.
 * Subcommands are a table; see nc-ctl.h to add one.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <errno.h>
#include <termios.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "nc-ctl.h"
#include "nc-list-folder.h"
#include "nc-category-import.h"
#include "nc-managed.h"
#include "nc-parse.h"
#include "nc-paths.h"
#include "nc-pin.h"
#include "nc-store.h"

/*
 * @free_verbs: the verbs that only read, and so need no PIN ("*": every
 * verb; NULL: none). Any other verb, a mistyped one included, asks for the
 * PIN when one is set: the table fails closed. @pin_flag: an option that
 * needs the PIN even on a free verb (the PIN hash is a secret).
 */
typedef struct {
  const char *name;
  int       (*run) (NcStore *store, int argc, char **argv);
  const char *summary;       /* N_() */
  const char *free_verbs;
  const char *pin_flag;
} NcCtlCommand;

static const NcCtlCommand commands[] = {
  { "status",  nc_ctl_status,  N_("Show the database, the PIN state, the profiles and the administrator’s policy"), "*", NULL },
  { "profile", nc_ctl_profile, N_("profile add|list|remove|set — manage the children’s profiles"), "list", NULL },
  { "pin",     nc_ctl_pin,     N_("pin set|clear|status — set the parent PIN (read from standard input)"), "status", NULL },
  { "list",    nc_ctl_list,    N_("list add|remove|show|import|categories|drop — web site lists"), "show categories", NULL },
  { "time",    nc_ctl_time,    N_("time set|extend|show — daily limits and allowed hours"), "show", NULL },
  { "export",  nc_ctl_export,  N_("export [FILE] [--with-pin-hash] — write all settings as JSON"), "*", "--with-pin-hash" },
  { "import",  nc_ctl_import,  N_("import FILE — replace all settings with a JSON export"), NULL, NULL },
  { "decide",  nc_ctl_decide,  N_("decide URL --profile NAME — print the site policy’s decision as JSON"), "*", NULL },
  { "lessons", nc_ctl_lessons, N_("lessons [--format=json] [--profile NAME] — every lesson, the Code references it teaches and its quiz items; lessons grade LESSON ITEM --answer TEXT — judges a “rewrite it kindly” answer, as JSON"), "*", NULL },
  { "classroom", nc_ctl_classroom, N_("classroom lessons|export --output DIR [--lesson ID]… [--results CSV] [--roster CSV] — handouts, reports, certificates"), "*", NULL },
};

int
nc_ctl_fail (int         status,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("netconductctl: %s\n", message);
  return status;
}

int
nc_ctl_fail_error (const GError *error)
{
  return nc_ctl_fail (NC_CTL_FAILED, "%s", error->message);
}

static void
remove_args (int   *argc,
             char **argv,
             int    at,
             int    count)
{
  for (int i = at; i + count <= *argc; i++)
    argv[i] = argv[i + count];
  *argc -= count;
}

const char *
nc_ctl_take_option (int         *argc,
                    char       **argv,
                    const char  *name)
{
  g_autofree char *flag = g_strconcat ("--", name, NULL);
  g_autofree char *prefix = g_strconcat ("--", name, "=", NULL);

  for (int i = 1; i < *argc; i++)
    {
      if (g_strcmp0 (argv[i], "--") == 0)
        break;
      if (g_str_has_prefix (argv[i], prefix))
        {
          const char *value = argv[i] + strlen (prefix);
          remove_args (argc, argv, i, 1);
          return value;
        }
      if (g_strcmp0 (argv[i], flag) == 0 && i + 1 < *argc)
        {
          const char *value = argv[i + 1];
          remove_args (argc, argv, i, 2);
          return value;
        }
    }
  return NULL;
}

gboolean
nc_ctl_take_flag (int         *argc,
                  char       **argv,
                  const char  *name)
{
  g_autofree char *flag = g_strconcat ("--", name, NULL);

  for (int i = 1; i < *argc; i++)
    if (g_strcmp0 (argv[i], flag) == 0)
      {
        remove_args (argc, argv, i, 1);
        return TRUE;
      }
  return FALSE;
}

static gint64
profile_id_by_name (NcStore    *store,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfile) profile = nc_store_find_profile (store, name, &error);

  if (profile == NULL)
    {
      nc_ctl_fail_error (error);
      return -1;
    }
  return profile->id;
}

gint64
nc_ctl_profile_option (NcStore  *store,
                       int      *argc,
                       char    **argv,
                       gboolean  everyone_ok)
{
  const char *name = nc_ctl_take_option (argc, argv, "profile");

  if (name == NULL)
    {
      if (everyone_ok)
        return NC_PROFILE_EVERYONE;
      nc_ctl_fail (NC_CTL_USAGE, _("Name the profile with --profile NAME."));
      return -1;
    }
  return profile_id_by_name (store, name);
}

/* Refuses options nobody took (a typo must not pass silently). */
static gboolean
check_no_options (int    argc,
                  char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--"))
      {
        nc_ctl_fail (NC_CTL_USAGE, _("Unknown option “%s”."), argv[i]);
        return FALSE;
      }
  return TRUE;
}

/* ---- status ---------------------------------------------------------------- */

int
nc_ctl_status (NcStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_auto(GStrv) locked = NULL;
  const char * const *files;
  const char * const *problems;
  const char *recovery[] = { N_("fine"), N_("restored from a backup"), N_("damaged and started afresh; strictest settings until a parent checks") };

  if (argc > 1)
    return nc_ctl_fail (NC_CTL_USAGE, _("“status” takes no arguments."));

  profiles = nc_store_list_profiles (store, &error);
  if (profiles == NULL)
    return nc_ctl_fail_error (error);

  g_print (_("Database: %s\n"), nc_store_get_path (store));
  g_print (_("Schema version: %d\n"), nc_store_get_schema_version (store));
  g_print (_("State: %s\n"), _(recovery[nc_store_get_recovery (store)]));
  if (!nc_pin_is_set (store))
    g_print (_("Parent PIN: not set\n"));
  else if (nc_pin_get_wait_seconds (store) > 0)
    g_print (_("Parent PIN: set; locked for %lld more seconds after %d wrong tries\n"),
             (long long) nc_pin_get_wait_seconds (store), nc_pin_get_failures (store));
  else
    g_print (_("Parent PIN: set\n"));
  g_print (_("First-run setup done: %s\n"),
           nc_store_get_boolean (store, NC_SETTING_FIRST_RUN_DONE, FALSE) ? _("yes") : _("no"));
  g_print (_("Profiles: %u\n"), profiles->len);
  for (guint i = 0; i < profiles->len; i++)
    {
      NcProfile *p = profiles->pdata[i];
      g_print ("  %s (%s)\n", p->name, nc_age_band_to_string (p->age_band));
    }

  files = nc_store_get_policy_files (store);
  locked = nc_store_list_locked_keys (store);
  problems = nc_store_get_policy_problems (store);
  g_print (_("Policy folder: %s\n"), nc_managed_get_default_dir ());
  if (problems[0] != NULL)
    {
      g_print (_("Problems in the administrator’s policy (the strictest value applies):\n"));
      for (gsize i = 0; problems[i] != NULL; i++)
        g_print ("  %s\n", problems[i]);
    }
  if (files[0] != NULL || locked[0] != NULL)
    {
      g_print (_("Administrator’s policy files:\n"));
      for (gsize i = 0; files[i] != NULL; i++)
        g_print ("  %s\n", files[i]);
      g_print (_("Locked settings:\n"));
      for (gsize i = 0; locked[i] != NULL; i++)
        {
          g_autofree char *value = nc_store_get_string (store, locked[i], "");
          g_print ("  %s=%s\n", locked[i], value);
        }
      for (int k = 0; k < 2; k++)
        {
          g_auto(GStrv) hosts = nc_store_list_locked_hosts (store, k == 0 ? NC_LIST_ALLOW : NC_LIST_BLOCK);
          for (gsize i = 0; hosts[i] != NULL; i++)
            g_print ("  %s %s\n", k == 0 ? "allow" : "block", hosts[i]);
        }
    }
  return NC_CTL_OK;
}

/* ---- profile --------------------------------------------------------------- */

static gboolean
parse_bool (const char *text,
            gboolean   *value)
{
  const char *yes[] = { "true", "yes", "on", "1" };
  const char *no[] = { "false", "no", "off", "0" };

  for (gsize i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (text, yes[i]) == 0)
        return *value = TRUE, TRUE;
      if (g_ascii_strcasecmp (text, no[i]) == 0)
        return *value = FALSE, TRUE;
    }
  return FALSE;
}

static gboolean
parse_minutes (const char *text,
               int         max,
               int        *minutes)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, &value, NULL))
    return FALSE;
  *minutes = (int) value;
  return TRUE;
}

static char *
format_categories (guint32 bits)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    if (bits & (1u << c))
      g_strv_builder_add (builder, nc_managed_category_name (c));
  names = g_strv_builder_end (builder);
  return g_strjoinv (",", names);
}

static void
print_profile (NcProfile *p)
{
  g_autofree char *categories = format_categories (p->blocked_categories);

  g_print ("%s\n", p->name);
  g_print ("  id: %" G_GINT64_FORMAT "\n", p->id);
  g_print ("  age: %s\n", nc_age_band_to_string (p->age_band));
  g_print ("  avatar: %s\n", p->avatar);
  g_print ("  language: %s\n", *p->language != '\0' ? p->language : "system");
  g_print ("  social: %s\n", p->social_allowed ? "true" : "false");
  g_print ("  post-anyway: %s\n", p->post_anyway_allowed ? "true" : "false");
  g_print ("  allow-list-only: %s\n", p->allow_list_only ? "true" : "false");
  g_print ("  blocked-categories: %s\n", categories);
  g_print ("  daily-limit: %d\n", p->daily_limit_minutes);
  for (int d = 0; d < 7; d++)
    {
      g_autofree char *hours = nc_format_hours (p->allowed_hours[d]);
      g_print ("  hours %s: %s\n", nc_day_name (d), hours);
    }
}

/* Applies one KEY=VALUE of `profile set` to @p. */
static gboolean
apply_profile_field (NcStore    *store,
                     NcProfile  *p,
                     const char *assignment,
                     GError    **error)
{
  g_auto(GStrv) kv = g_strsplit (assignment, "=", 2);
  const char *key = kv[0], *value = kv[1];
  g_autofree char *locked_key = NULL;
  gboolean flag;

  if (value == NULL)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("Write KEY=VALUE, not “%s”."), assignment);
      return FALSE;
    }
  /* The administrator's policy names the fields in full. */
  if (g_str_equal (key, "social"))
    locked_key = g_strdup ("profile.social-allowed");
  else if (g_str_equal (key, "post-anyway"))
    locked_key = g_strdup ("profile.post-anyway-allowed");
  else if (g_str_equal (key, "daily-limit"))
    locked_key = g_strdup ("profile.daily-limit-minutes");
  else
    locked_key = g_strconcat ("profile.", key, NULL);
  if (nc_store_is_locked (store, locked_key))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED,
                   _("“%s” is set by the administrator of this computer."), key);
      return FALSE;
    }

  if (g_str_equal (key, "name"))
    g_free (p->name), p->name = g_strdup (value);
  else if (g_str_equal (key, "avatar"))
    g_free (p->avatar), p->avatar = g_strdup (value);
  else if (g_str_equal (key, "language"))
    g_free (p->language), p->language = g_strdup (g_str_equal (value, "system") ? "" : value);
  else if (g_str_equal (key, "age") || g_str_equal (key, "defaults"))
    {
      NcAgeBand band;
      if (!nc_age_band_from_string (value, &band))
        {
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("Unknown age band “%s” (use 6-9, 10-12, 13-15, 16-17 or adult)."), value);
          return FALSE;
        }
      if (g_str_equal (key, "defaults"))
        nc_profile_set_age_defaults (p, band);
      else
        p->age_band = band;
    }
  else if (g_str_equal (key, "social") || g_str_equal (key, "social-allowed") ||
           g_str_equal (key, "post-anyway") || g_str_equal (key, "post-anyway-allowed") ||
           g_str_equal (key, "allow-list-only"))
    {
      if (!parse_bool (value, &flag))
        {
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("“%s” must be true or false."), key);
          return FALSE;
        }
      if (g_str_has_prefix (key, "social"))
        p->social_allowed = flag;
      else if (g_str_has_prefix (key, "post"))
        p->post_anyway_allowed = flag;
      else
        p->allow_list_only = flag;
    }
  else if (g_str_equal (key, "daily-limit") || g_str_equal (key, "daily-limit-minutes"))
    {
      if (!parse_minutes (value, 24 * 60, &p->daily_limit_minutes))
        {
          g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                               _("The daily limit must be between 0 (no limit) and 1440 minutes."));
          return FALSE;
        }
    }
  else if (g_str_equal (key, "hours"))
    return nc_parse_hours (value, p->allowed_hours, error);
  else if (g_str_equal (key, "blocked-categories"))
    {
      guint32 bits;
      if (!nc_parse_categories (value, &bits, error))
        return FALSE;
      p->blocked_categories = bits;
    }
  else
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("Unknown profile setting “%s”."), key);
      return FALSE;
    }
  return TRUE;
}

int
nc_ctl_profile (NcStore  *store,
                int       argc,
                char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *verb = argc > 1 ? argv[1] : "";

  if (g_str_equal (verb, "add"))
    {
      const char *age = nc_ctl_take_option (&argc, argv, "age");
      const char *avatar = nc_ctl_take_option (&argc, argv, "avatar");
      const char *language = nc_ctl_take_option (&argc, argv, "language");
      NcAgeBand band;
      gint64 id;

      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc != 3 || age == NULL)
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl profile add NAME --age 6-9|10-12|13-15|16-17|adult [--avatar ICON] [--language vi|en]"));
      if (!nc_age_band_from_string (age, &band))
        return nc_ctl_fail (NC_CTL_USAGE, _("Unknown age band “%s” (use 6-9, 10-12, 13-15, 16-17 or adult)."), age);

      if (!nc_store_begin (store, &error))
        return nc_ctl_fail_error (error);
      id = nc_store_add_profile (store, argv[2], avatar, band, &error);
      if (id > 0 && language != NULL)
        {
          g_autoptr(NcProfile) p = nc_store_get_profile (store, id, &error);
          g_free (p->language);
          p->language = g_strdup (language);
          if (!nc_store_update_profile (store, p, &error))
            id = 0;
        }
      if (id <= 0)
        {
          nc_store_rollback (store);
          return nc_ctl_fail_error (error);
        }
      if (!nc_store_commit (store, &error))
        return nc_ctl_fail_error (error);
      g_print (_("Added the profile “%s”.\n"), argv[2]);
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "list"))
    {
      gboolean brief = nc_ctl_take_flag (&argc, argv, "names");
      g_autoptr(GPtrArray) profiles = NULL;

      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc != 2)
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl profile list [--names]"));
      profiles = nc_store_list_profiles (store, &error);
      if (profiles == NULL)
        return nc_ctl_fail_error (error);
      for (guint i = 0; i < profiles->len; i++)
        {
          if (brief)
            g_print ("%s\n", ((NcProfile *) profiles->pdata[i])->name);
          else
            print_profile (profiles->pdata[i]);
        }
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "remove"))
    {
      gint64 id;

      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc != 3)
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl profile remove NAME"));
      id = profile_id_by_name (store, argv[2]);
      if (id < 0)
        return NC_CTL_FAILED;
      if (!nc_store_remove_profile (store, id, &error))
        return nc_ctl_fail_error (error);
      g_print (_("Removed the profile “%s”.\n"), argv[2]);
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "set"))
    {
      g_autoptr(NcProfile) p = NULL;

      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc < 4)
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl profile set NAME KEY=VALUE…\n"
                                            "Keys: name, avatar, language, age, defaults (an age band: resets every rule), "
                                            "social, post-anyway, allow-list-only, daily-limit, hours, blocked-categories"));
      p = nc_store_find_profile (store, argv[2], &error);
      if (p == NULL)
        return nc_ctl_fail_error (error);
      for (int i = 3; i < argc; i++)
        if (!apply_profile_field (store, p, argv[i], &error))
          return nc_ctl_fail (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED)
                              ? NC_CTL_FAILED : NC_CTL_USAGE, "%s", error->message);
      if (!nc_store_update_profile (store, p, &error))
        return nc_ctl_fail_error (error);
      return NC_CTL_OK;
    }

  return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl profile add|list|remove|set …"));
}

/* ---- pin ------------------------------------------------------------------- */

/* The longest secret read: a passphrase is at most 256 bytes (nc-pin.h);
 * anything much longer is not a PIN, and an endless line must not fill
 * the memory. */
#define SECRET_MAX_BYTES 1024

typedef enum {
  SECRET_READ,
  SECRET_NONE,        /* end of input before anything */
  SECRET_TOO_LONG,
} SecretStatus;

/*
 * Reads one line from standard input, without echo on a terminal, a byte
 * at a time with read(2) so that what follows the line (a new PIN, an
 * import file on "-") stays for the next reader. The caller wipes and
 * frees *@secret with free_secret().
 */
static SecretStatus
read_secret (const char  *prompt,
             char       **secret)
{
  gboolean tty = isatty (STDIN_FILENO);
  struct termios old_mode, quiet;
  char buffer[SECRET_MAX_BYTES + 1];
  gsize len = 0;
  gboolean got_any = FALSE;
  ssize_t n;
  char c;

  *secret = NULL;
  if (tty)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &old_mode);
      quiet = old_mode;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  while ((n = read (STDIN_FILENO, &c, 1)) == 1 || (n < 0 && errno == EINTR))
    {
      if (n < 0)
        continue;
      got_any = TRUE;
      if (c == '\n' || len > SECRET_MAX_BYTES - 1)
        break;
      buffer[len++] = c;
    }
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &old_mode);
      g_printerr ("\n");
    }
  if (len > SECRET_MAX_BYTES - 1)
    {
      sodium_memzero (buffer, sizeof buffer);
      return SECRET_TOO_LONG;
    }
  if (len > 0 && buffer[len - 1] == '\r')
    len--;
  buffer[len] = '\0';
  if (!got_any)
    return SECRET_NONE;
  *secret = g_strdup (buffer);
  sodium_memzero (buffer, sizeof buffer);
  return SECRET_READ;
}

static void
free_secret (char *secret)
{
  if (secret == NULL)
    return;
  sodium_memzero (secret, strlen (secret));
  g_free (secret);
}

/*
 * Before a command that changes something, when a PIN is set and the
 * caller is not root: reads the PIN (see read_secret()) and checks it with
 * nc_pin_check(), so a wrong one counts towards the same lock-outs as in
 * the app. Returns NC_CTL_OK, or NC_CTL_DENIED after saying why.
 */
static int
require_parent_pin (NcStore *store)
{
  g_autoptr(GError) error = NULL;
  SecretStatus status;
  char *pin = NULL;
  gint64 wait = 0;
  int result;

  if (nc_paths_running_as_root () || !nc_pin_is_set (store))
    return NC_CTL_OK;

  status = read_secret (_("Parent PIN: "), &pin);
  if (status == SECRET_TOO_LONG)
    return nc_ctl_fail (NC_CTL_DENIED, _("The PIN on standard input is longer than %d bytes; nothing was changed. "
                                         "Give the parent PIN alone on the first line."), SECRET_MAX_BYTES - 1);
  if (status == SECRET_NONE || *pin == '\0')
    {
      free_secret (pin);
      return nc_ctl_fail (NC_CTL_DENIED, _("This command changes the settings and needs the parent PIN; nothing was changed. "
                                           "Give the PIN on the first line of standard input "
                                           "(printf '%%s\\n' PIN | netconductctl …), or run it as root."));
    }
  result = nc_pin_check (store, pin, &wait, &error);
  free_secret (pin);
  switch (result)
    {
    case NC_PIN_OK:
      return NC_CTL_OK;
    case NC_PIN_WRONG:
      if (wait > 0)
        return nc_ctl_fail (NC_CTL_DENIED, _("Wrong parent PIN; nothing was changed. Too many wrong tries: "
                                             "wait %lld seconds before the next."), (long long) wait);
      return nc_ctl_fail (NC_CTL_DENIED, _("Wrong parent PIN; nothing was changed. Check the PIN and try again."));
    case NC_PIN_LOCKED:
      return nc_ctl_fail (NC_CTL_DENIED, _("Too many wrong PINs; nothing was changed. Try again in %lld seconds."),
                          (long long) wait);
    default:
      return nc_ctl_fail (NC_CTL_DENIED, _("The parent PIN cannot be checked (%s); nothing was changed. "
                                           "Run `netconductctl status` to see what is wrong."), error->message);
    }
}

int
nc_ctl_pin (NcStore  *store,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *verb = argc > 1 ? argv[1] : "";

  if (g_str_equal (verb, "set"))
    {
      char *pin = NULL, *again = NULL;
      SecretStatus status;
      gboolean ok;

      if (argc != 2)
        return nc_ctl_fail (NC_CTL_USAGE, _("The PIN is read from standard input, never from the command line: "
                                            "echo PIN | netconductctl pin set"));
      status = read_secret (_("New parent PIN: "), &pin);
      if (status == SECRET_TOO_LONG)
        return nc_ctl_fail (NC_CTL_USAGE, _("The new PIN is longer than %d bytes: choose a PIN of 4 to 8 digits "
                                            "or a passphrase of 8 to 256 characters."), SECRET_MAX_BYTES - 1);
      if (status == SECRET_NONE)
        return nc_ctl_fail (NC_CTL_USAGE, _("No PIN on standard input."));
      if (isatty (STDIN_FILENO))
        {
          read_secret (_("The same PIN again: "), &again);
          if (g_strcmp0 (pin, again) != 0)
            {
              free_secret (pin);
              free_secret (again);
              return nc_ctl_fail (NC_CTL_USAGE, _("The two PINs differ; nothing was changed."));
            }
        }
      ok = nc_pin_set (store, pin, &error);
      free_secret (pin);
      free_secret (again);
      if (!ok)
        return nc_ctl_fail (g_error_matches (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID) ? NC_CTL_USAGE : NC_CTL_FAILED,
                            "%s", error->message);
      g_print (_("The parent PIN is set.\n"));
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "clear") && argc == 2)
    {
      if (!nc_pin_clear (store, &error))
        return nc_ctl_fail_error (error);
      g_print (_("The parent PIN is removed; the setup assistant will ask for a new one.\n"));
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "status") && argc == 2)
    {
      if (!nc_pin_is_set (store))
        g_print (_("not set\n"));
      else
        g_print (_("set; %d wrong tries in a row; locked for %lld s\n"),
                 nc_pin_get_failures (store), (long long) nc_pin_get_wait_seconds (store));
      return NC_CTL_OK;
    }

  return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl pin set|clear|status"));
}

/* ---- list ------------------------------------------------------------------ */

static gboolean
parse_kind (const char *text,
            NcListKind *kind)
{
  if (g_strcmp0 (text, "allow") == 0)
    return *kind = NC_LIST_ALLOW, TRUE;
  if (g_strcmp0 (text, "block") == 0)
    return *kind = NC_LIST_BLOCK, TRUE;
  return FALSE;
}

/*
 * `list import FILE --category CAT`: reads a domain list (plain hosts,
 * hosts-file or Adblock lines; the site policy's parser), compiles it to a
 * domain set next to the database and records it in the store. The site
 * policy loads the compiled file.
 */
static int
list_import (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *category_name = nc_ctl_take_option (&argc, argv, "category");
  const char *name = nc_ctl_take_option (&argc, argv, "name");
  NcDomainListStats stats = { 0 };
  NcSiteCategory category;
  gsize n_domains = 0;
  gint64 id;

  if (!check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 3 || category_name == NULL)
    return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl list import FILE --category CATEGORY [--name NAME]"));
  if (!nc_parse_category (category_name, &category))
    {
      g_autofree char *known = nc_parse_list_categories ();
      return nc_ctl_fail (NC_CTL_USAGE, _("Unknown category “%s”: use one of %s."), category_name, known);
    }

  id = nc_category_import_file_full (store, argv[2], category, name,
                                     &stats, &n_domains, &error);
  if (id == 0)
    return nc_ctl_fail_error (error);
  g_print (_("Imported %u addresses into the list %lld (%s); %u lines skipped.\n"),
           (guint) n_domains, (long long) id, category_name, (guint) stats.n_skipped);
  return NC_CTL_OK;
}

int
nc_ctl_list (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *verb = argc > 1 ? argv[1] : "";
  NcListKind kind = NC_LIST_ALLOW;

  if (g_str_equal (verb, "add") || g_str_equal (verb, "remove"))
    {
      gint64 profile = nc_ctl_profile_option (store, &argc, argv, TRUE);
      gboolean add = g_str_equal (verb, "add");

      if (profile < 0)
        return NC_CTL_FAILED;
      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc < 4 || !parse_kind (argv[2], &kind))
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl list add|remove allow|block HOST… [--profile NAME]"));

      if (!nc_store_begin (store, &error))
        return nc_ctl_fail_error (error);
      for (int i = 3; i < argc; i++)
        if (!(add ? nc_store_add_host (store, profile, kind, argv[i], &error)
                  : nc_store_remove_host (store, profile, kind, argv[i], &error)))
          {
            nc_store_rollback (store);
            return nc_ctl_fail_error (error);
          }
      if (!nc_store_commit (store, &error))
        return nc_ctl_fail_error (error);
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "show"))
    {
      gint64 profile = nc_ctl_profile_option (store, &argc, argv, TRUE);
      const NcListKind kinds[] = { NC_LIST_ALLOW, NC_LIST_BLOCK };

      if (profile < 0)
        return NC_CTL_FAILED;
      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc > 3 || (argc == 3 && !parse_kind (argv[2], &kind)))
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl list show [allow|block] [--profile NAME]"));
      for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_auto(GStrv) hosts = NULL;
          if (argc == 3 && kinds[k] != kind)
            continue;
          hosts = nc_store_list_hosts (store, profile, kinds[k], &error);
          if (hosts == NULL)
            return nc_ctl_fail_error (error);
          for (gsize i = 0; hosts[i] != NULL; i++)
            g_print ("%s\t%s\n", kinds[k] == NC_LIST_ALLOW ? "allow" : "block", hosts[i]);
        }
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "import"))
    return list_import (store, argc, argv);

  if (g_str_equal (verb, "categories") && argc == 2)
    {
      g_autoptr(GPtrArray) lists = nc_store_list_category_lists (store, &error);
      if (lists == NULL)
        return nc_ctl_fail_error (error);
      for (guint i = 0; i < lists->len; i++)
        {
          NcCategoryList *l = lists->pdata[i];
          g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%d\t%s\n", l->id, nc_managed_category_name (l->category),
                   l->name, l->domain_count, l->source_path);
        }
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "drop") && argc == 3)
    {
      guint64 id;
      g_autoptr(GPtrArray) lists = NULL;

      if (!g_ascii_string_to_unsigned (argv[2], 10, 1, G_MAXINT64, &id, NULL))
        return nc_ctl_fail (NC_CTL_USAGE, _("Give the number of the list, as `list categories` shows it."));
      lists = nc_store_list_category_lists (store, &error);
      if (!nc_store_remove_category_list (store, (gint64) id, &error))
        return nc_ctl_fail_error (error);
      /* The row is gone; its file only if it is a regular file in our
       * own lists folder (a row may have been written by anyone). */
      for (guint i = 0; lists != NULL && i < lists->len; i++)
        if (((NcCategoryList *) lists->pdata[i])->id == (gint64) id &&
            !nc_list_folder_unlink (store, ((NcCategoryList *) lists->pdata[i])->compiled_path, &error))
          return nc_ctl_fail_error (error);
      return NC_CTL_OK;
    }

  return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl list add|remove|show|import|categories|drop …"));
}

/* ---- time ------------------------------------------------------------------ */

int
nc_ctl_time (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *verb = argc > 1 ? argv[1] : "";

  if (g_str_equal (verb, "set"))
    {
      const char *daily = nc_ctl_take_option (&argc, argv, "daily");
      const char *hours = nc_ctl_take_option (&argc, argv, "hours");
      g_autoptr(NcProfile) p = NULL;

      if (!check_no_options (argc, argv))
        return NC_CTL_USAGE;
      if (argc != 3 || (daily == NULL && hours == NULL))
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl time set NAME [--daily MINUTES] [--hours mon-fri=7-20,sat-sun=8-21]"));
      p = nc_store_find_profile (store, argv[2], &error);
      if (p == NULL)
        return nc_ctl_fail_error (error);
      if (daily != NULL && nc_store_is_locked (store, "profile.daily-limit-minutes"))
        return nc_ctl_fail (NC_CTL_FAILED, _("“%s” is set by the administrator of this computer."), "daily-limit-minutes");
      if (daily != NULL && !parse_minutes (daily, 24 * 60, &p->daily_limit_minutes))
        return nc_ctl_fail (NC_CTL_USAGE, _("The daily limit must be between 0 (no limit) and 1440 minutes."));
      if (hours != NULL && !nc_parse_hours (hours, p->allowed_hours, &error))
        return nc_ctl_fail (NC_CTL_USAGE, "%s", error->message);
      if (!nc_store_update_profile (store, p, &error))
        return nc_ctl_fail_error (error);
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "extend"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = nc_store_day_key (now);
      gint64 id;
      int minutes;

      if (argc != 4)
        return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl time extend NAME MINUTES|unlimited"));
      if (g_str_equal (argv[3], "unlimited"))
        minutes = NC_EXTENSION_NO_LIMIT;
      else if (!parse_minutes (argv[3], 720, &minutes) || minutes == 0)
        return nc_ctl_fail (NC_CTL_USAGE, _("More time must be between 1 and 720 minutes."));
      id = profile_id_by_name (store, argv[2]);
      if (id < 0)
        return NC_CTL_FAILED;
      if (!nc_store_grant_extension (store, id, day, minutes, &error))
        return nc_ctl_fail_error (error);
      return NC_CTL_OK;
    }

  if (g_str_equal (verb, "show") && argc == 3)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = nc_store_day_key (now);
      g_autoptr(NcProfile) p = nc_store_find_profile (store, argv[2], &error);
      int extension;

      if (p == NULL)
        return nc_ctl_fail_error (error);
      extension = nc_store_get_extension (store, p->id, day);
      g_print ("daily-limit: %d\n", p->daily_limit_minutes);
      g_print ("used-today: %d\n", nc_store_get_usage (store, p->id, day) / 60);
      if (extension == NC_EXTENSION_NO_LIMIT)
        g_print ("extension-today: unlimited\n");
      else
        g_print ("extension-today: %d\n", extension);
      for (int d = 0; d < 7; d++)
        {
          g_autofree char *text = nc_format_hours (p->allowed_hours[d]);
          g_print ("hours %s: %s\n", nc_day_name (d), text);
        }
      return NC_CTL_OK;
    }

  return nc_ctl_fail (NC_CTL_USAGE, _("Usage: netconductctl time set|extend|show …"));
}

/* ---- main ------------------------------------------------------------------ */

/* Whether @command with its arguments may change something (and so
 * needs the PIN): see the table's @free_verbs and @pin_flag. */
static gboolean
command_changes (const NcCtlCommand  *command,
                 int                  argc,
                 char               **argv)
{
  g_auto(GStrv) free_verbs = NULL;

  for (int i = 1; command->pin_flag != NULL && i < argc; i++)
    if (g_str_equal (argv[i], command->pin_flag))
      return TRUE;
  if (command->free_verbs == NULL)
    return TRUE;
  if (g_str_equal (command->free_verbs, "*"))
    return FALSE;
  free_verbs = g_strsplit (command->free_verbs, " ", -1);
  return argc < 2 || !g_strv_contains ((const char * const *) free_verbs, argv[1]);
}

static void
print_usage (FILE *to)
{
  fprintf (to, "%s\n\n", _("Usage: netconductctl [--database PATH] COMMAND [ARGUMENTS…]"));
  fprintf (to, "%s\n", _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
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

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  option = nc_ctl_take_option (&argc, argv, "database");
  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? NC_CTL_USAGE : NC_CTL_OK;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      command = &commands[i];
  if (command == NULL)
    {
      nc_ctl_fail (NC_CTL_USAGE, _("Unknown command “%s”."), argv[1]);
      print_usage (stderr);
      return NC_CTL_USAGE;
    }

  path = nc_paths_resolve_database (option);
  store = nc_store_open (path, &error);
  if (store == NULL)
    return nc_ctl_fail_error (error);
  if (nc_store_get_recovery (store) != NC_STORE_RECOVERY_NONE)
    g_printerr (_("netconductctl: note: the database was damaged and has been recovered; "
                  "a parent should check the settings in the parents’ area.\n"));

  if (command_changes (command, argc - 1, argv + 1))
    {
      int status = require_parent_pin (store);
      if (status != NC_CTL_OK)
        return status;
    }
  return command->run (store, argc - 1, argv + 1);
}
