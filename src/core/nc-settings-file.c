/* nc-settings-file.c — all the settings as one JSON file, and list files
 *
 * Shared by the parents' area (Data page, Web page) and netconductctl.
 *
 * {
 *   "format": "netconduct-settings", "version": 1,
 *   "settings": { "retention-days": "90", … },
 *   "everyone": { "allow": [hosts], "block": [hosts] },
 *   "profiles": [ { "name", "avatar", "age", "language", "social_allowed",
 *                   "post_anyway_allowed", "allow_list_only",
 *                   "blocked_categories": [names], "daily_limit_minutes",
 *                   "allowed_hours": [7 bit masks, Monday first],
 *                   "allow": [hosts], "block": [hosts] } ],
 *   "category_lists": [ { "name", "category", "source_path",
 *                         "domain_count", "compiled_path" } ],
 *   "pin_hash": "$argon2id$…"        (only when asked for)
 * }
 *
 * Activity, time used and lesson progress are the children's, not
 * settings: they are not exported, and an import keeps them for every
 * profile the file names (matched by name). Import replaces everything
 * else in one transaction; any error leaves the database as it was.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "nc-list-folder.h"
#include "nc-managed.h"
#include "nc-pin.h"
#include "nc-settings-file.h"

#define FORMAT_NAME "netconduct-settings"
#define FORMAT_VERSION 1

static void
add_hosts (JsonBuilder *b,
           const char  *member,
           GStrv        hosts)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (gsize i = 0; hosts != NULL && hosts[i] != NULL; i++)
    json_builder_add_string_value (b, hosts[i]);
  json_builder_end_array (b);
}

/* Only what a parent stored, not what the administrator's policy adds. */
static GStrv
own_hosts (NcStore    *store,
           gint64      profile,
           NcListKind  kind,
           GError    **error)
{
  return nc_store_list_hosts (store, profile, kind, error);
}

/* All the settings of @store as JSON text (see the top of this file); the
 * PIN's hash only when @with_pin. NULL with @error set on failure. */
char *
nc_settings_export (NcStore  *store,
                    gboolean  with_pin,
                    GError  **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) settings = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_auto(GStrv) allow = NULL;
  g_auto(GStrv) block = NULL;
  g_autoptr(GList) keys = NULL;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  settings = nc_store_list_settings (store, error);
  profiles = settings != NULL ? nc_store_list_profiles (store, error) : NULL;
  lists = profiles != NULL ? nc_store_list_category_lists (store, error) : NULL;
  allow = lists != NULL ? own_hosts (store, NC_PROFILE_EVERYONE, NC_LIST_ALLOW, error) : NULL;
  block = allow != NULL ? own_hosts (store, NC_PROFILE_EVERYONE, NC_LIST_BLOCK, error) : NULL;
  if (block == NULL)
    return NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, FORMAT_NAME);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, FORMAT_VERSION);

  json_builder_set_member_name (b, "settings");
  json_builder_begin_object (b);
  keys = g_list_sort (g_hash_table_get_keys (settings), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      json_builder_set_member_name (b, l->data);
      json_builder_add_string_value (b, g_hash_table_lookup (settings, l->data));
    }
  json_builder_end_object (b);

  json_builder_set_member_name (b, "everyone");
  json_builder_begin_object (b);
  add_hosts (b, "allow", allow);
  add_hosts (b, "block", block);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "profiles");
  json_builder_begin_array (b);
  for (guint i = 0; i < profiles->len; i++)
    {
      NcProfile *p = profiles->pdata[i];
      g_auto(GStrv) p_allow = nc_store_list_hosts (store, p->id, NC_LIST_ALLOW, NULL);
      g_auto(GStrv) p_block = nc_store_list_hosts (store, p->id, NC_LIST_BLOCK, NULL);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, p->name);
      json_builder_set_member_name (b, "avatar");
      json_builder_add_string_value (b, p->avatar);
      json_builder_set_member_name (b, "age");
      json_builder_add_string_value (b, nc_age_band_to_string (p->age_band));
      json_builder_set_member_name (b, "language");
      json_builder_add_string_value (b, p->language);
      json_builder_set_member_name (b, "social_allowed");
      json_builder_add_boolean_value (b, p->social_allowed);
      json_builder_set_member_name (b, "post_anyway_allowed");
      json_builder_add_boolean_value (b, p->post_anyway_allowed);
      json_builder_set_member_name (b, "allow_list_only");
      json_builder_add_boolean_value (b, p->allow_list_only);
      json_builder_set_member_name (b, "blocked_categories");
      json_builder_begin_array (b);
      for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
        if (p->blocked_categories & (1u << c))
          json_builder_add_string_value (b, nc_managed_category_name (c));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "daily_limit_minutes");
      json_builder_add_int_value (b, p->daily_limit_minutes);
      json_builder_set_member_name (b, "allowed_hours");
      json_builder_begin_array (b);
      for (int d = 0; d < 7; d++)
        json_builder_add_int_value (b, p->allowed_hours[d]);
      json_builder_end_array (b);
      add_hosts (b, "allow", p_allow);
      add_hosts (b, "block", p_block);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "category_lists");
  json_builder_begin_array (b);
  for (guint i = 0; i < lists->len; i++)
    {
      NcCategoryList *l = lists->pdata[i];
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, l->name);
      json_builder_set_member_name (b, "category");
      json_builder_add_string_value (b, nc_managed_category_name (l->category));
      json_builder_set_member_name (b, "source_path");
      json_builder_add_string_value (b, l->source_path);
      json_builder_set_member_name (b, "domain_count");
      json_builder_add_int_value (b, l->domain_count);
      json_builder_set_member_name (b, "compiled_path");
      json_builder_add_string_value (b, l->compiled_path);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (with_pin)
    {
      g_autofree char *hash = nc_pin_get_hash (store);
      if (hash != NULL)
        {
          json_builder_set_member_name (b, "pin_hash");
          json_builder_add_string_value (b, hash);
        }
    }
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}


/* ---- import ---------------------------------------------------------------- */

static gboolean
bad (GError    **error,
     const char *what)
{
  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
               _("The settings file is not valid: %s."), what);
  return FALSE;
}

static gboolean
add_host_array (NcStore    *store,
                gint64      profile,
                NcListKind  kind,
                JsonObject *obj,
                const char *member,
                GError    **error)
{
  JsonArray *array;

  if (!json_object_has_member (obj, member))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, member)))
    return bad (error, member);
  array = json_object_get_array_member (obj, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return bad (error, member);
      if (!nc_store_add_host (store, profile, kind, json_node_get_string (node), error))
        return FALSE;
    }
  return TRUE;
}

static const char *
get_string (JsonObject *obj,
            const char *member,
            const char *fallback)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fallback;
  return json_node_get_string (node);
}

static gboolean
get_bool (JsonObject *obj,
          const char *member,
          gboolean    fallback)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

static gint64
get_int (JsonObject *obj,
         const char *member,
         gint64      fallback)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;
  return json_node_get_int (node);
}

static gboolean
import_profile (NcStore     *store,
                JsonObject  *obj,
                GError     **error)
{
  const char *name = get_string (obj, "name", NULL);
  const char *age = get_string (obj, "age", NULL);
  g_autoptr(NcProfile) p = NULL;
  NcAgeBand band;
  gint64 id;

  if (name == NULL)
    return bad (error, "profiles[].name");
  if (age == NULL || !nc_age_band_from_string (age, &band))
    return bad (error, "profiles[].age");

  /* A profile that exists keeps its id, so the child's lesson progress
   * and time survive an import of the same machine's settings. */
  p = nc_store_find_profile (store, name, NULL);
  if (p == NULL)
    {
      id = nc_store_add_profile (store, name, get_string (obj, "avatar", ""), band, error);
      if (id == 0)
        return FALSE;
      p = nc_store_get_profile (store, id, error);
      if (p == NULL)
        return FALSE;
    }
  id = p->id;
  nc_profile_set_age_defaults (p, band);
  g_free (p->avatar);
  p->avatar = g_strdup (get_string (obj, "avatar", ""));
  g_free (p->language);
  p->language = g_strdup (get_string (obj, "language", ""));
  p->social_allowed = get_bool (obj, "social_allowed", p->social_allowed);
  p->post_anyway_allowed = get_bool (obj, "post_anyway_allowed", p->post_anyway_allowed);
  p->allow_list_only = get_bool (obj, "allow_list_only", p->allow_list_only);
  p->daily_limit_minutes = (int) CLAMP (get_int (obj, "daily_limit_minutes", p->daily_limit_minutes), -1, 100000);
  if (json_object_has_member (obj, "blocked_categories"))
    {
      JsonNode *node = json_object_get_member (obj, "blocked_categories");
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return bad (error, "profiles[].blocked_categories");
      array = json_node_get_array (node);
      p->blocked_categories = 0;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *cat = json_node_get_string (json_array_get_element (array, i));
          guint32 bit = nc_managed_parse_categories (cat);
          if (bit == 0)
            return bad (error, "profiles[].blocked_categories");
          p->blocked_categories |= bit;
        }
    }
  if (json_object_has_member (obj, "allowed_hours"))
    {
      JsonNode *node = json_object_get_member (obj, "allowed_hours");
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 7)
        return bad (error, "profiles[].allowed_hours");
      array = json_node_get_array (node);
      for (int d = 0; d < 7; d++)
        {
          gint64 mask = json_array_get_int_element (array, d);
          if (mask < 0 || mask > 0xffffff)
            return bad (error, "profiles[].allowed_hours");
          p->allowed_hours[d] = (guint32) mask;
        }
    }
  if (!nc_store_update_profile (store, p, error))
    return FALSE;
  return add_host_array (store, id, NC_LIST_ALLOW, obj, "allow", error) &&
         add_host_array (store, id, NC_LIST_BLOCK, obj, "block", error);
}

static gboolean
remove_hosts (NcStore  *store,
              gint64    profile,
              GError  **error)
{
  const NcListKind kinds[] = { NC_LIST_ALLOW, NC_LIST_BLOCK };

  for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_auto(GStrv) hosts = nc_store_list_hosts (store, profile, kinds[k], error);
      if (hosts == NULL)
        return FALSE;
      for (gsize i = 0; hosts[i] != NULL; i++)
        if (!nc_store_remove_host (store, profile, kinds[k], hosts[i], error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
named_in (JsonObject *root,
          const char *name)
{
  JsonNode *node = json_object_get_member (root, "profiles");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      if (JSON_NODE_HOLDS_OBJECT (item) &&
          g_strcmp0 (get_string (json_node_get_object (item), "name", NULL), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Clears what the file replaces: settings, lists, and the profiles it does
 * not name (those it names are updated in place). */
static gboolean
clear_settings (NcStore     *store,
                JsonObject  *root,
                GError     **error)
{
  g_autoptr(GHashTable) settings = nc_store_list_settings (store, error);
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  GHashTableIter iter;
  gpointer key;

  if (settings == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!nc_store_is_locked (store, key) && !nc_store_unset (store, key, error))
      return FALSE;

  if (!remove_hosts (store, NC_PROFILE_EVERYONE, error))
    return FALSE;
  lists = nc_store_list_category_lists (store, error);
  if (lists == NULL)
    return FALSE;
  for (guint i = 0; i < lists->len; i++)
    if (!nc_store_remove_category_list (store, ((NcCategoryList *) lists->pdata[i])->id, error))
      return FALSE;

  profiles = nc_store_list_profiles (store, error);
  if (profiles == NULL)
    return FALSE;
  for (guint i = 0; i < profiles->len; i++)
    {
      NcProfile *p = profiles->pdata[i];
      if (named_in (root, p->name) ? !remove_hosts (store, p->id, error)
                                   : !nc_store_remove_profile (store, p->id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_all (NcStore     *store,
            JsonObject  *root,
            GError     **error)
{
  JsonNode *node;

  if (g_strcmp0 (get_string (root, "format", NULL), FORMAT_NAME) != 0)
    return bad (error, "format");
  if (get_int (root, "version", 0) < 1)
    return bad (error, "version");
  if (get_int (root, "version", 0) > FORMAT_VERSION)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_TOO_NEW,
                           _("The settings file comes from a newer NetConduct."));
      return FALSE;
    }

  if (!clear_settings (store, root, error))
    return FALSE;

  node = json_object_get_member (root, "settings");
  if (node != NULL)
    {
      g_autoptr(GList) members = NULL;
      JsonObject *settings;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return bad (error, "settings");
      settings = json_node_get_object (node);
      members = json_object_get_members (settings);
      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *value = get_string (settings, l->data, NULL);
          if (value == NULL)
            return bad (error, "settings");
          if (nc_store_is_locked (store, l->data))
            continue;               /* the administrator's value stands */
          if (!nc_store_set_string (store, l->data, value, error))
            return FALSE;
        }
    }

  node = json_object_get_member (root, "everyone");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return bad (error, "everyone");
      if (!add_host_array (store, NC_PROFILE_EVERYONE, NC_LIST_ALLOW, json_node_get_object (node), "allow", error) ||
          !add_host_array (store, NC_PROFILE_EVERYONE, NC_LIST_BLOCK, json_node_get_object (node), "block", error))
        return FALSE;
    }

  node = json_object_get_member (root, "profiles");
  if (node != NULL)
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return bad (error, "profiles");
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          if (!JSON_NODE_HOLDS_OBJECT (item))
            return bad (error, "profiles");
          if (!import_profile (store, json_node_get_object (item), error))
            return FALSE;
        }
    }

  node = json_object_get_member (root, "category_lists");
  if (node != NULL)
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return bad (error, "category_lists");
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          JsonObject *obj;
          guint32 bits;
          int category = -1;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            return bad (error, "category_lists");
          obj = json_node_get_object (item);
          bits = nc_managed_parse_categories (get_string (obj, "category", ""));
          for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
            if (bits == (1u << c))
              category = c;
          if (category < 0)
            return bad (error, "category_lists[].category");
          /* A path from a file is only taken for one of our own lists. */
          if (!nc_list_folder_check (store, get_string (obj, "compiled_path", ""), error))
            {
              g_prefix_error (error, _("The settings file is not valid: category_lists[%u].compiled_path: "), i);
              return FALSE;
            }
          if (nc_store_add_category_list (store, get_string (obj, "name", ""), category,
                                          get_string (obj, "source_path", ""),
                                          (int) get_int (obj, "domain_count", 0),
                                          get_string (obj, "compiled_path", ""), error) == 0)
            return FALSE;
        }
    }

  if (json_object_has_member (root, "pin_hash"))
    {
      const char *hash = get_string (root, "pin_hash", NULL);
      if (!nc_pin_set_hash (store, hash, error))
        return FALSE;
    }
  return TRUE;
}

/* Replaces every setting of @store with those in the JSON text @data, in
 * one transaction: on any error nothing changes. */
gboolean
nc_settings_import (NcStore     *store,
                    const char  *data,
                    gssize       length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (NC_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("The settings file is not valid: %s."), parse_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return bad (error, "root");

  if (!nc_store_begin (store, error))
    return FALSE;
  if (!import_all (store, json_node_get_object (root), error))
    {
      nc_store_rollback (store);
      return FALSE;
    }
  return nc_store_commit (store, error);
}


/* ---- category lists -------------------------------------------------------- */

/* Reads the list of web sites in @file (one host or URL a line, hosts-file
 * lines, comments), compiles it next to the database and records it as a
 * list of @category named @name (the file's name when NULL). Returns the
 * list's id, or 0 with @error set. */
gint64
nc_settings_import_category_list (NcStore         *store,
                                  const char      *file,
                                  NcSiteCategory   category,
                                  const char      *name,
                                  GError         **error)
{
  return nc_settings_import_category_list_full (store, file, category, name, NULL, NULL, error);
}

/* As nc_settings_import_category_list(), and on success tells what was
 * read: @stats (lines read, skipped) and @n_domains (distinct domains in
 * the compiled list). Either may be NULL. */
gint64
nc_settings_import_category_list_full (NcStore           *store,
                                       const char        *file,
                                       NcSiteCategory     category,
                                       const char        *name,
                                       NcDomainListStats *stats_out,
                                       gsize             *n_domains,
                                       GError           **error)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(NcDomainSet) set = NULL;
  g_autofree char *source = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *compiled = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  NcDomainListStats stats = { 0 };
  gint64 id;

  g_return_val_if_fail (NC_IS_STORE (store), 0);
  g_return_val_if_fail (file != NULL, 0);
  g_return_val_if_fail ((int) category >= 0 && category < NC_N_SITE_CATEGORIES, 0);

  if (!nc_domain_set_builder_add_file (builder, file, 1u << category, &stats, error))
    return 0;
  if (stats.n_added == 0)
    {
      display = g_filename_display_basename (file);
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("“%s” holds no web site addresses."), display);
      return 0;
    }

  source = g_canonicalize_filename (file, NULL);
  folder = nc_list_folder_get_path (store);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return 0;
    }
  basename = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".ncset",
                              nc_managed_category_name (category), g_get_real_time ());
  compiled = g_build_filename (folder, basename, NULL);
  if (!nc_domain_set_builder_write (builder, compiled, error))
    return 0;
  set = nc_domain_set_new_from_file (compiled, error);
  if (set == NULL)
    {
      g_unlink (compiled);
      return 0;
    }

  if (name == NULL)
    display = g_filename_display_basename (file);
  id = nc_store_add_category_list (store, name != NULL ? name : display, category, source,
                                   (int) nc_domain_set_get_size (set), compiled, error);
  if (id == 0)
    {
      g_unlink (compiled);
      return 0;
    }
  if (stats_out != NULL)
    *stats_out = stats;
  if (n_domains != NULL)
    *n_domains = nc_domain_set_get_size (set);
  return id;
}
