/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl.c — what the subcommands of netconductctl share: messages,
 * options, profiles by name, and the help every subcommand prints
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-parse.h"

/* The width --help wraps its text at, and the options that take no value
 * (every other "--NAME" is followed by its value, which may be "--help"). */
#define HELP_WIDTH 78
static const char * const flags[] = { "--names", "--with-pin-hash", NULL };

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

/* The entry of @verbs that describes @verb (NULL: the one without a verb),
 * or NULL. */
static const NcCtlVerb *
find_verb (const NcCtlVerb *verbs,
           const char      *verb)
{
  for (const NcCtlVerb *v = verbs; v != NULL && v->usage != NULL; v++)
    {
      g_auto(GStrv) names = NULL;

      if (v->verbs == NULL || verb == NULL)
        {
          if (v->verbs == verb)
            return v;
          continue;
        }
      names = g_strsplit (v->verbs, " ", -1);
      if (g_strv_contains ((const char * const *) names, verb))
        return v;
    }
  return NULL;
}

int
nc_ctl_usage (const NcCtlVerb *verbs,
              const char      *verb)
{
  const NcCtlVerb *v = find_verb (verbs, verb);

  g_return_val_if_fail (v != NULL, NC_CTL_USAGE);
  return nc_ctl_fail (NC_CTL_USAGE, "%s", _(v->usage));
}

int
nc_ctl_run_verb (const NcCtlVerb  *verbs,
                 const char       *usage,
                 NcStore          *store,
                 int               argc,
                 char            **argv)
{
  const NcCtlVerb *v = argc > 1 ? find_verb (verbs, argv[1]) : NULL;

  if (v == NULL || v->run == NULL || (v->argc != 0 && v->argc != argc))
    return nc_ctl_fail (NC_CTL_USAGE, "%s", _(usage));
  return v->run (store, argc, argv);
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

gboolean
nc_ctl_check_no_options (int    argc,
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

gboolean
nc_ctl_parse_minutes (const char *text,
                      int         max,
                      int        *minutes)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, &value, NULL))
    return FALSE;
  *minutes = (int) value;
  return TRUE;
}

gint64
nc_ctl_profile_id (NcStore    *store,
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
  return nc_ctl_profile_id (store, name);
}

gboolean
nc_ctl_parse_category (const char     *name,
                       NcSiteCategory *category)
{
  g_autofree char *known = NULL;

  if (nc_parse_category (name, category))
    return TRUE;
  known = nc_parse_list_categories ();
  nc_ctl_fail (NC_CTL_USAGE, _("Unknown category “%s”: use one of %s."), name, known);
  return FALSE;
}

void
nc_ctl_print_imported (gint64      id,
                       const char *category,
                       guint       n_domains,
                       guint       n_skipped)
{
  g_print (_("Imported %u addresses into the list %lld (%s); %u lines skipped.\n"),
           n_domains, (long long) id, category, n_skipped);
}

void
nc_ctl_print_category_list (gint64      id,
                            const char *category,
                            const char *name,
                            guint       n_domains,
                            const char *source)
{
  g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%s\n", id, category, name, n_domains, source);
}

/* ---- help ------------------------------------------------------------------ */

gboolean
nc_ctl_wants_help (int    argc,
                   char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        return FALSE;
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        return TRUE;
      if (g_str_has_prefix (argv[i], "--") && strchr (argv[i], '=') == NULL &&
          !g_strv_contains (flags, argv[i]))
        i++;    /* its value */
    }
  return FALSE;
}

gboolean
nc_ctl_command_changes (const NcCtlCommand  *command,
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

/* Prints @text indented by two spaces, its words wrapped at HELP_WIDTH
 * characters (not bytes: Vietnamese is mostly two-byte letters). */
static void
print_wrapped (FILE       *to,
               const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (gsize l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) words = g_strsplit (lines[l], " ", -1);
      glong column = 0;

      for (gsize w = 0; words[w] != NULL; w++)
        {
          glong length = g_utf8_strlen (words[w], -1);

          if (length == 0)
            continue;
          if (column > 0 && column + 1 + length > HELP_WIDTH)
            {
              fputc ('\n', to);
              column = 0;
            }
          fputs (column == 0 ? "  " : " ", to);
          fputs (words[w], to);
          column += (column == 0 ? 2 : 1) + length;
        }
      fputc ('\n', to);
    }
}

/* Which of @v's verbs need the parent PIN, as one line (NULL: none). */
static char *
describe_pin (const NcCtlCommand *command,
              const NcCtlVerb    *v)
{
  g_auto(GStrv) names = v->verbs != NULL ? g_strsplit (v->verbs, " ", 2) : NULL;
  char *argv[] = { (char *) command->name, names != NULL ? names[0] : NULL, NULL };

  if (nc_ctl_command_changes (command, names != NULL ? 2 : 1, argv))
    return g_strdup (_("It changes the settings: it needs the parent PIN when one is set, unless it runs as root."));
  if (command->pin_flag != NULL)
    return g_strdup_printf (_("With %s, it needs the parent PIN when one is set, unless it runs as root."),
                            command->pin_flag);
  return NULL;
}

void
nc_ctl_print_help (const NcCtlCommand *command,
                   const char         *verb,
                   FILE               *to)
{
  const NcCtlVerb *only = verb != NULL ? find_verb (command->verbs, verb) : NULL;
  gboolean first = TRUE;

  if (only == NULL)
    {
      fprintf (to, "%s\n", _(command->summary));
      first = FALSE;
    }
  for (const NcCtlVerb *v = command->verbs; v != NULL && v->usage != NULL; v++)
    {
      g_autofree char *pin = NULL;

      if (only != NULL && v != only)
        continue;
      fprintf (to, first ? "%s\n" : "\n%s\n", _(v->usage));
      first = FALSE;
      print_wrapped (to, _(v->help));
      pin = describe_pin (command, v);
      if (pin != NULL)
        print_wrapped (to, pin);
    }
  fprintf (to, "\n");
  print_wrapped (to, _("Every command takes --database PATH. “netconductctl --help” lists the commands, "
                       "when they need the parent PIN and the exit statuses."));
}

void
nc_ctl_json_string (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

void
nc_ctl_json_int (JsonBuilder *builder,
                 const char  *name,
                 gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
nc_ctl_json_bool (JsonBuilder *builder,
                  const char  *name,
                  gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

void
nc_ctl_print_json (JsonBuilder *builder,
                   gboolean     pretty)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, pretty);
  text = json_generator_to_data (gen, NULL);
  g_print ("%s\n", text);
}
