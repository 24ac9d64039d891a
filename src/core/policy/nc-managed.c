/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-managed.c — settings an administrator deploys to managed machines */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nc-managed.h"
#include "nc-paths.h"
#include "nc-site-policy.h"
#include "nc-store-common.h"
#include "nc-url-host.h"

struct _NcManaged
{
  GHashTable *values;        /* store key -> value */
  GPtrArray  *block;         /* normalized hosts, NULL-terminated */
  GPtrArray  *allow;
  GPtrArray  *files;
  GPtrArray  *problems;      /* "file:line: what", NULL-terminated */
  gboolean    fail_closed;   /* a file could not be read */
};

const char *
nc_managed_category_name (int category)
{
  if (category < 0 || category >= NC_N_SITE_CATEGORIES)
    return NULL;
  return nc_site_category_to_string ((NcSiteCategory) category);
}

gboolean
nc_managed_parse_boolean (const char *value,
                          gboolean    fallback)
{
  if (value == NULL)
    return fallback;
  if (g_ascii_strcasecmp (value, "true") == 0 || g_strcmp0 (value, "1") == 0 ||
      g_ascii_strcasecmp (value, "yes") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (value, "false") == 0 || g_strcmp0 (value, "0") == 0 ||
      g_ascii_strcasecmp (value, "no") == 0)
    return FALSE;
  return fallback;
}

/* Whether every name in @value is a known category; the bits in @bits. */
gboolean
nc_managed_check_categories (const char *value,
                             guint32    *bits_out)
{
  g_auto(GStrv) names = g_strsplit_set (value != NULL ? value : "", ";, ", -1);
  guint32 bits = 0;
  gboolean ok = TRUE;

  for (gsize i = 0; names[i] != NULL; i++)
    {
      gboolean known = FALSE;

      if (*g_strstrip (names[i]) == '\0')
        continue;
      for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
        if (g_ascii_strcasecmp (names[i], nc_managed_category_name (c)) == 0)
          {
            bits |= 1u << c;
            known = TRUE;
          }
      ok = ok && known;
    }
  if (bits_out != NULL)
    *bits_out = bits;
  return ok;
}

/* The known categories named in @value; unknown names are left out. */
guint32
nc_managed_parse_categories (const char *value)
{
  guint32 bits;

  nc_managed_check_categories (value, &bits);
  return bits;
}

/* ---- reading one file, failing closed ------------------------------------ */

#define MAX_POLICY_FILE_SIZE (1024 * 1024)

typedef enum {
  KIND_BOOLEAN,
  KIND_MINUTES,       /* 0 … 1440 */
  KIND_DAYS,          /* 1 … 3650 */
  KIND_CATEGORIES,    /* known names, ';' ',' or ' ' between them */
  KIND_LANGUAGE,      /* "", "vi", "en" */
} ValueKind;

/* The keys whose value is checked, and what applies when it does not
 * parse (docs/managed-machines.md lists the same table). A key marked
 * `always` also takes its strictest value when a file cannot be read at
 * all, since no one can tell what that file said. */
static const struct {
  const char *key;
  ValueKind   kind;
  const char *strictest;
  gboolean    always;
} known_keys[] = {
  { "profile.social-allowed",      KIND_BOOLEAN,    "false",        TRUE },
  { "profile.post-anyway-allowed", KIND_BOOLEAN,    "false",        TRUE },
  { "profile.allow-list-only",     KIND_BOOLEAN,    "true",         TRUE },
  { "profile.daily-limit-minutes", KIND_MINUTES,    "1",            TRUE },
  { "profile.blocked-categories",  KIND_CATEGORIES, NULL /* all */, TRUE },
  { NC_SETTING_PIN_FOR_OLDER,      KIND_BOOLEAN,    "true",         TRUE },
  { NC_SETTING_FIRST_RUN_DONE,     KIND_BOOLEAN,    "true",         FALSE },
  { NC_SETTING_RETENTION_DAYS,     KIND_DAYS,       "1",            FALSE },
  { NC_SETTING_UI_LANGUAGE,        KIND_LANGUAGE,   "",             FALSE },
};

/* The strictest value of known_keys[@i]; for categories, every category
 * there is. Free with g_free(). */
static char *
strictest_value (gsize i)
{
  g_autoptr(GStrvBuilder) names = NULL;
  g_auto(GStrv) all = NULL;

  if (known_keys[i].kind != KIND_CATEGORIES)
    return g_strdup (known_keys[i].strictest);
  names = g_strv_builder_new ();
  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    g_strv_builder_add (names, nc_managed_category_name (c));
  all = g_strv_builder_end (names);
  return g_strjoinv (";", all);
}

static gboolean
parse_strict_boolean (const char *value)
{
  return nc_managed_parse_boolean (value, 2) != 2;
}

static gboolean
value_parses (ValueKind   kind,
              const char *value)
{
  guint64 number;

  switch (kind)
    {
    case KIND_BOOLEAN:
      return parse_strict_boolean (value);
    case KIND_MINUTES:
      return g_ascii_string_to_unsigned (value, 10, 0, 24 * 60, &number, NULL);
    case KIND_DAYS:
      return g_ascii_string_to_unsigned (value, 10, 1, 3650, &number, NULL);
    case KIND_CATEGORIES:
      return nc_managed_check_categories (value, NULL);
    case KIND_LANGUAGE:
      return *value == '\0' || g_str_equal (value, "vi") || g_str_equal (value, "en");
    default:
      g_assert_not_reached ();
    }
}

static void
add_problem (NcManaged  *self,
             const char *path,
             int         line,
             char       *message)   /* taken */
{
  char *text = line > 0 ? g_strdup_printf ("%s:%d: %s", path, line, message)
                        : g_strdup_printf ("%s: %s", path, message);

  g_message ("NetConduct policy: %s", text);
  g_ptr_array_insert (self->problems, self->problems->len - 1, text);
  g_free (message);
}

/* Line numbers of "key=" lines, by "group\nkey" (the last one wins, as
 * in GKeyFile), and of the first line GKeyFile cannot read, in @first_bad. */
static GHashTable *
scan_lines (const char *data,
            gsize       len,
            int        *first_bad)
{
  GHashTable *lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *group = g_strdup ("");
  const char *p = data, *end = data + len;
  int number = 0;

  *first_bad = 0;
  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      g_autofree char *line = g_strndup (p, (eol != NULL ? eol : end) - p);
      const char *eq;

      number++;
      p = eol != NULL ? eol + 1 : end;
      g_strstrip (line);
      if (*line == '\0' || *line == '#')
        continue;
      if (*line == '[')
        {
          const char *close = strchr (line, ']');
          if (close == NULL || close[1] != '\0')
            {
              if (*first_bad == 0)
                *first_bad = number;
              continue;
            }
          g_free (group);
          group = g_strndup (line + 1, close - line - 1);
          continue;
        }
      eq = strchr (line, '=');
      if (eq == NULL || eq == line)
        {
          if (*first_bad == 0)
            *first_bad = number;
          continue;
        }
      {
        g_autofree char *key = g_strndup (line, eq - line);
        g_strchomp (key);
        g_hash_table_replace (lines, g_strconcat (group, "\n", key, NULL), GINT_TO_POINTER (number));
      }
    }
  return lines;
}

static int
line_of (GHashTable *lines,
         const char *group,
         const char *key)
{
  g_autofree char *id = g_strconcat (group, "\n", key, NULL);

  return GPOINTER_TO_INT (g_hash_table_lookup (lines, id));
}

static void
add_hosts (NcManaged  *self,
           GPtrArray  *list,
           GKeyFile   *keyfile,
           const char *key,
           const char *path,
           GHashTable *lines)
{
  g_auto(GStrv) hosts = g_key_file_get_string_list (keyfile, "lists", key, NULL, NULL);

  for (gsize i = 0; hosts != NULL && hosts[i] != NULL; i++)
    {
      char *normal;

      if (*g_strstrip (hosts[i]) == '\0')
        continue;
      normal = nc_host_dup_normalized (hosts[i]);
      if (normal != NULL)
        g_ptr_array_insert (list, list->len - 1, normal);   /* before the NULL */
      else
        add_problem (self, path, line_of (lines, "lists", key),
                     g_strdup_printf (_("“%s” is not a web site address; it is left out of the %s list."),
                                      hosts[i], key));
    }
}

/* Stores one value of @path, checked: a known key whose value does not
 * parse gets its strictest value and a notice. */
static void
add_value (NcManaged  *self,
           const char *store_key,
           char       *value,     /* taken */
           const char *path,
           int         line)
{
  g_strstrip (value);
  for (gsize i = 0; i < G_N_ELEMENTS (known_keys); i++)
    if (g_str_equal (store_key, known_keys[i].key) && !value_parses (known_keys[i].kind, value))
      {
        char *strictest = strictest_value (i);

        add_problem (self, path, line,
                     g_strdup_printf (_("“%s” is not a valid value for %s; the strictest value (“%s”) applies."),
                                      value, store_key, strictest));
        g_free (value);
        value = strictest;
        break;
      }
  g_hash_table_replace (self->values, g_strdup (store_key), value);
}

/* A file that exists but cannot be read: every key marked `always` takes
 * its strictest value once all files are read (see nc_managed_load()). */
static void
fail_closed (NcManaged  *self,
             const char *path,
             int         line,
             const char *why)
{
  add_problem (self, path, line,
               g_strdup_printf (_("%s; the strictest values apply to every locked setting until it is fixed."), why));
  self->fail_closed = TRUE;
}

static void
apply_fail_closed (NcManaged *self)
{
  if (!self->fail_closed)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (known_keys); i++)
    if (known_keys[i].always)
      g_hash_table_replace (self->values, g_strdup (known_keys[i].key), strictest_value (i));
}

static const char * const profile_keys[] = {
  "social-allowed", "post-anyway-allowed", "allow-list-only", "daily-limit-minutes",
  "blocked-categories",
};

/* Reads one policy file's text, named @path in notices. */
static void
add_data (NcManaged  *self,
          const char *path,
          const char *data,
          gsize       len)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) lines = NULL;
  const char *groups[] = { "settings", "profiles" };
  int first_bad;

  lines = scan_lines (data, len, &first_bad);
  if (memchr (data, '\0', len) != NULL || !g_utf8_validate (data, len, NULL))
    {
      fail_closed (self, path, 0, _("The file is not UTF-8 text"));
      return;
    }
  if (!g_key_file_load_from_data (keyfile, data, len, G_KEY_FILE_NONE, &local_error))
    {
      g_autofree char *why = g_strdup_printf (_("The file cannot be read as a policy file (%s)"),
                                              local_error->message);
      fail_closed (self, path, first_bad, why);
      return;
    }
  g_ptr_array_insert (self->files, self->files->len - 1, g_strdup (path));

  for (gsize g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_auto(GStrv) keys = g_key_file_get_keys (keyfile, groups[g], NULL, NULL);
      for (gsize k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          char *value = g_key_file_get_string (keyfile, groups[g], keys[k], NULL);
          int line = line_of (lines, groups[g], keys[k]);
          g_autofree char *store_key = NULL;

          if (g == 1 && !g_strv_contains (profile_keys, keys[k]))
            {
              add_problem (self, path, line,
                           g_strdup_printf (_("There is no profile setting “%s”; it is ignored."), keys[k]));
              g_free (value);
              continue;
            }
          store_key = g == 0 ? g_strdup (keys[k]) : g_strconcat ("profile.", keys[k], NULL);
          if (value == NULL)
            value = g_strdup ("");   /* not valid UTF-8 or escapes: checked as empty */
          add_value (self, store_key, value, path, line);
        }
    }
  add_hosts (self, self->block, keyfile, "block", path, lines);
  add_hosts (self, self->allow, keyfile, "allow", path, lines);
}

/* Reads @path without blocking (a FIFO is refused) and up to a size. */
static void
add_file (NcManaged  *self,
          const char *path)
{
  g_autofree char *data = NULL;
  struct stat st;
  gssize got;
  gsize len = 0;
  int fd;

  fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *why = g_strdup_printf (_("The file cannot be opened (%s)"), g_strerror (saved_errno));
      fail_closed (self, path, 0, why);
      return;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      fail_closed (self, path, 0, _("This is not a regular file"));
      return;
    }
  data = g_malloc (MAX_POLICY_FILE_SIZE + 1);
  while (len <= MAX_POLICY_FILE_SIZE && (got = read (fd, data + len, MAX_POLICY_FILE_SIZE + 1 - len)) != 0)
    {
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;
          g_autofree char *why = g_strdup_printf (_("The file cannot be read (%s)"), g_strerror (saved_errno));
          close (fd);
          fail_closed (self, path, 0, why);
          return;
        }
      len += got;
    }
  close (fd);
  if (len > MAX_POLICY_FILE_SIZE)
    {
      fail_closed (self, path, 0, _("The file is too big"));
      return;
    }
  add_data (self, path, data, len);
}

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static NcManaged *
managed_new (void)
{
  NcManaged *self = g_new0 (NcManaged, 1);

  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->block = g_ptr_array_new_with_free_func (g_free);
  self->allow = g_ptr_array_new_with_free_func (g_free);
  self->files = g_ptr_array_new_with_free_func (g_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->block, NULL);
  g_ptr_array_add (self->allow, NULL);
  g_ptr_array_add (self->files, NULL);
  g_ptr_array_add (self->problems, NULL);
  return self;
}

/*
 * Reads every *.ini in @dir, in name order. A missing folder is an empty
 * policy. Fails closed: a file (or the folder) that exists but cannot be
 * read, or a value that does not parse, makes the strictest value apply
 * (see known_keys) and adds a notice naming the file and line
 * (nc_managed_get_problems()). Never returns NULL; @error is not set.
 */
NcManaged *
nc_managed_load (const char  *dir,
                 GError     **error)
{
  NcManaged *self = managed_new ();
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  const char *name;

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_autofree char *why = g_strdup_printf (_("The policy folder cannot be read (%s)"),
                                                  local_error->message);
          fail_closed (self, dir, 0, why);
          apply_fail_closed (self);
        }
      return self;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".ini") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names_cb);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      add_file (self, path);
    }
  apply_fail_closed (self);
  return self;
}

/* The policy of one file's text (tests and the fuzzer). */
NcManaged *
nc_managed_new_from_data (const char *name,
                          const char *data,
                          gsize       len)
{
  NcManaged *self = managed_new ();

  g_return_val_if_fail (name != NULL, self);
  g_return_val_if_fail (data != NULL || len == 0, self);

  add_data (self, name, data != NULL ? data : "", len);
  apply_fail_closed (self);
  return self;
}

/* The build's folder (NC_POLICY_DIR); $NETCONDUCT_POLICY_DIR only for
 * root or in a test_overrides build. */
const char *
nc_managed_get_default_dir (void)
{
  return nc_paths_location (NC_MANAGED_DIR_ENV, NC_MANAGED_DEFAULT_DIR);
}

NcManaged *
nc_managed_load_default (GError **error)
{
  return nc_managed_load (nc_managed_get_default_dir (), error);
}

const char * const *
nc_managed_get_problems (NcManaged *self)
{
  if (self == NULL)
    return NULL;
  return (const char * const *) self->problems->pdata;
}

void
nc_managed_free (NcManaged *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->values);
  g_ptr_array_unref (self->block);
  g_ptr_array_unref (self->allow);
  g_ptr_array_unref (self->files);
  g_ptr_array_unref (self->problems);
  g_free (self);
}

const char *
nc_managed_get (NcManaged  *self,
                const char *key)
{
  if (self == NULL || key == NULL)
    return NULL;
  return g_hash_table_lookup (self->values, key);
}

GStrv
nc_managed_list_keys (NcManaged *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GStrv keys;

  if (self != NULL)
    {
      g_autofree const char **list = (const char **) g_hash_table_get_keys_as_array (self->values, NULL);
      for (gsize i = 0; list[i] != NULL; i++)
        g_strv_builder_add (builder, list[i]);
    }
  keys = g_strv_builder_end (builder);
  qsort (keys, g_strv_length (keys), sizeof (char *), compare_names_cb);
  return keys;
}

const char * const *
nc_managed_get_hosts (NcManaged *self,
                      gboolean   block)
{
  if (self == NULL)
    return NULL;
  return (const char * const *) (block ? self->block : self->allow)->pdata;
}

const char * const *
nc_managed_get_files (NcManaged *self)
{
  if (self == NULL)
    return NULL;
  return (const char * const *) self->files->pdata;
}
