/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-settings-json.c — all the settings as one JSON file
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

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include <string.h>

#include "nc-list-folder.h"
#include "nc-managed.h"
#include "nc-parse.h"
#include "nc-pin.h"
#include "nc-settings-json.h"

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

/*
 * The import is strict: every member has one type (a number in quotes is
 * an error, as is a fraction), every string a length limit, names and
 * categories are checked, members the format does not have are refused,
 * and the error names the member ("profiles[1].daily_limit_minutes"). The
 * text is at most NC_SETTINGS_MAX_BYTES and nested at most
 * NC_SETTINGS_MAX_DEPTH deep, checked before the JSON parser sees it (it
 * recurses).
 */

#define MAX_HOST_BYTES  1024
#define MAX_PATH_BYTES  4096
#define MAX_SHORT_BYTES 256

static gboolean invalid (GError    **error,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

/* Sets "The settings file is not valid: DETAIL" and returns FALSE. */
static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
               _("The settings file is not valid: %s"), detail);
  return FALSE;
}

/* "path.member", printable (a member name comes from the file). */
static char *
key_path (const char *path,
          const char *member)
{
  g_autofree char *quoted = nc_parse_quote (member);

  return *path != '\0' ? g_strconcat (path, ".", quoted, NULL) : g_steal_pointer (&quoted);
}

static gboolean
only_members (JsonObject          *obj,
              const char          *path,
              const char * const  *known,
              GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (obj);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        g_autofree char *key = key_path (path, l->data);
        return invalid (error, _("“%s” is not part of a NetConduct settings file: remove it."), key);
      }
  return TRUE;
}

/* @node as a string of at most @max_bytes; @key names it in errors. */
static gboolean
node_string (JsonNode    *node,
             const char  *key,
             gsize        max_bytes,
             const char **out,
             GError     **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, _("“%s” must be text in quotes: correct it, or export the settings again."), key);
  if (strlen (json_node_get_string (node)) > max_bytes)
    return invalid (error, _("“%s” is longer than %d bytes: shorten it."), key, (int) max_bytes);
  *out = json_node_get_string (node);
  return TRUE;
}

/* The member @member of @obj, or NULL when there is none; *@key names it
 * in messages (free it). */
static JsonNode *
member_node (JsonObject  *obj,
             const char  *path,
             const char  *member,
             char       **key)
{
  JsonNode *node = json_object_get_member (obj, member);

  *key = node != NULL ? key_path (path, member) : NULL;
  return node;
}

/* Member @member of @obj as a string; *@out stays as it was (a default)
 * when there is no such member. So do the other member_*() but arrays and
 * objects, which are NULL then. */
static gboolean
member_string (JsonObject  *obj,
               const char  *path,
               const char  *member,
               gsize        max_bytes,
               const char **out,
               GError     **error)
{
  g_autofree char *key = NULL;
  JsonNode *node = member_node (obj, path, member, &key);

  return node == NULL || node_string (node, key, max_bytes, out, error);
}

static gboolean
member_bool (JsonObject  *obj,
             const char  *path,
             const char  *member,
             gboolean    *out,
             GError     **error)
{
  g_autofree char *key = NULL;
  JsonNode *node = member_node (obj, path, member, &key);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return invalid (error, _("“%s” must be true or false, without quotes."), key);
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
node_int (JsonNode    *node,
          const char  *key,
          gint64       min,
          gint64       max,
          gint64      *out,
          GError     **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    return invalid (error, _("“%s” must be a whole number from %lld to %lld, without quotes."),
                    key, (long long) min, (long long) max);
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
member_int (JsonObject  *obj,
            const char  *path,
            const char  *member,
            gint64       min,
            gint64       max,
            gint64      *out,
            GError     **error)
{
  g_autofree char *key = NULL;
  JsonNode *node = member_node (obj, path, member, &key);

  return node == NULL || node_int (node, key, min, max, out, error);
}

/* @node as an object in *@out (NULL, with @error set, when it is not one). */
static gboolean
node_object (JsonNode    *node,
             const char  *key,
             JsonObject **out,
             GError     **error)
{
  *out = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (*out == NULL)
    return invalid (error, _("“%s” must be an object in { }."), key);
  return TRUE;
}

static gboolean
member_array (JsonObject  *obj,
              const char  *path,
              const char  *member,
              JsonArray  **out,
              GError     **error)
{
  g_autofree char *key = NULL;
  JsonNode *node = member_node (obj, path, member, &key);

  *out = NULL;
  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, _("“%s” must be a list in [ ]."), key);
  *out = node != NULL ? json_node_get_array (node) : NULL;
  return TRUE;
}

static gboolean
member_object (JsonObject  *obj,
               const char  *path,
               const char  *member,
               JsonObject **out,
               GError     **error)
{
  g_autofree char *key = NULL;
  JsonNode *node = member_node (obj, path, member, &key);

  *out = NULL;
  return node == NULL || node_object (node, key, out, error);
}

static gboolean
required (const char  *value,
          const char  *path,
          const char  *member,
          GError     **error)
{
  g_autofree char *key = NULL;

  if (value != NULL)
    return TRUE;
  key = key_path (path, member);
  return invalid (error, _("“%s” is missing: add it, or export the settings again."), key);
}

static gboolean
add_host_array (NcStore    *store,
                gint64      profile,
                NcListKind  kind,
                JsonObject *obj,
                const char *path,
                const char *member,
                GError    **error)
{
  JsonArray *array;

  if (!member_array (obj, path, member, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s%s%s[%u]", path, *path != '\0' ? "." : "", member, i);
      const char *host;

      if (!node_string (json_array_get_element (array, i), key, MAX_HOST_BYTES, &host, error) ||
          !nc_store_add_host (store, profile, kind, host, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_blocked_categories (JsonObject  *obj,
                          const char  *path,
                          guint32     *bits,
                          GError     **error)
{
  JsonArray *array;

  if (!member_array (obj, path, "blocked_categories", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  *bits = 0;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s.blocked_categories[%u]", path, i);
      const char *name;
      NcSiteCategory category;

      if (!node_string (json_array_get_element (array, i), key, MAX_SHORT_BYTES, &name, error))
        return FALSE;
      if (!nc_parse_category (name, &category))
        {
          g_autofree char *quoted = nc_parse_quote (name);
          g_autofree char *known = nc_parse_list_categories ();
          return invalid (error, _("“%s” holds the unknown category “%s”: use one of %s."), key, quoted, known);
        }
      *bits |= 1u << category;
    }
  return TRUE;
}

static gboolean
parse_allowed_hours (JsonObject  *obj,
                     const char  *path,
                     guint32      hours[7],
                     GError     **error)
{
  JsonArray *array;

  if (!member_array (obj, path, "allowed_hours", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (json_array_get_length (array) != 7)
    return invalid (error, _("“%s.allowed_hours” must list 7 days, Monday first."), path);
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *key = g_strdup_printf ("%s.allowed_hours[%u]", path, d);
      gint64 mask;

      if (!node_int (json_array_get_element (array, d), key, 0, 0xffffff, &mask, error))
        return FALSE;
      hours[d] = (guint32) mask;
    }
  return TRUE;
}

static gboolean
import_profile (NcStore     *store,
                JsonObject  *obj,
                const char  *path,
                GError     **error)
{
  static const char * const known[] = {
    "name", "avatar", "age", "language", "social_allowed", "post_anyway_allowed", "allow_list_only",
    "blocked_categories", "daily_limit_minutes", "allowed_hours", "allow", "block", NULL
  };
  const char *name = NULL, *age = NULL, *avatar = "", *language = "";
  g_autoptr(NcProfile) p = NULL;
  gint64 daily;
  NcAgeBand band;
  gint64 id;

  if (!only_members (obj, path, known, error) ||
      !member_string (obj, path, "name", MAX_SHORT_BYTES, &name, error) ||
      !required (name, path, "name", error) ||
      !member_string (obj, path, "age", MAX_SHORT_BYTES, &age, error) ||
      !required (age, path, "age", error) ||
      !member_string (obj, path, "avatar", MAX_SHORT_BYTES, &avatar, error) ||
      !member_string (obj, path, "language", MAX_SHORT_BYTES, &language, error))
    return FALSE;
  if (!nc_age_band_from_string (age, &band))
    return invalid (error, _("“%s.age” must be an age band: 6-9, 10-12, 13-15, 16-17 or adult."), path);

  /* A profile that exists keeps its id, so the child's lesson progress
   * and time survive an import of the same machine's settings. */
  p = nc_store_find_profile (store, name, NULL);
  if (p == NULL)
    {
      id = nc_store_add_profile (store, name, avatar, band, error);
      if (id == 0)
        return FALSE;
      p = nc_store_get_profile (store, id, error);
      if (p == NULL)
        return FALSE;
    }
  id = p->id;
  nc_profile_set_age_defaults (p, band);
  g_free (p->avatar);
  p->avatar = g_strdup (avatar);
  g_free (p->language);
  p->language = g_strdup (language);
  daily = p->daily_limit_minutes;
  if (!member_bool (obj, path, "social_allowed", &p->social_allowed, error) ||
      !member_bool (obj, path, "post_anyway_allowed", &p->post_anyway_allowed, error) ||
      !member_bool (obj, path, "allow_list_only", &p->allow_list_only, error) ||
      !member_int (obj, path, "daily_limit_minutes", 0, 24 * 60, &daily, error) ||
      !parse_blocked_categories (obj, path, &p->blocked_categories, error) ||
      !parse_allowed_hours (obj, path, p->allowed_hours, error))
    return FALSE;
  p->daily_limit_minutes = (int) daily;
  if (!nc_store_update_profile (store, p, error))
    return FALSE;
  return add_host_array (store, id, NC_LIST_ALLOW, obj, path, "allow", error) &&
         add_host_array (store, id, NC_LIST_BLOCK, obj, path, "block", error);
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

/* The profile names in the file, checked: objects with a name, each once. */
static GHashTable *
profile_names (JsonObject  *root,
               GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!member_array (root, "", "profiles", &array, error))
    return NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("profiles[%u]", i);
      JsonObject *item;
      const char *name = NULL;

      if (!node_object (json_array_get_element (array, i), path, &item, error) ||
          !member_string (item, path, "name", MAX_SHORT_BYTES, &name, error) ||
          !required (name, path, "name", error))
        return NULL;
      if (!g_hash_table_add (names, (gpointer) name))
        {
          g_autofree char *quoted = nc_parse_quote (name);
          invalid (error, _("the profile “%s” is in the file twice: keep one."), quoted);
          return NULL;
        }
    }
  return g_steal_pointer (&names);
}

/* Clears what the file replaces: settings, lists, and the profiles it does
 * not name (those it names are updated in place). */
static gboolean
clear_settings (NcStore     *store,
                GHashTable  *named,
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
      if (g_hash_table_contains (named, p->name) ? !remove_hosts (store, p->id, error)
                                                 : !nc_store_remove_profile (store, p->id, error))
        return FALSE;
    }
  return TRUE;
}

/* The settings NetConduct itself reads, with the values each may take;
 * other keys (per-site notes the app keeps) are stored as they are. */
static gboolean
check_setting (const char  *key,
               const char  *value,
               GError     **error)
{
  guint64 days;

  if (g_str_equal (key, NC_SETTING_RETENTION_DAYS) &&
      !g_ascii_string_to_unsigned (value, 10, 1, 3650, &days, NULL))
    return invalid (error, _("“settings.%s” must be a whole number of days from 1 to 3650, in quotes."), key);
  if ((g_str_equal (key, NC_SETTING_FIRST_RUN_DONE) || g_str_equal (key, NC_SETTING_PIN_FOR_OLDER)) &&
      !g_str_equal (value, "true") && !g_str_equal (value, "false"))
    return invalid (error, _("“settings.%s” must be \"true\" or \"false\"."), key);
  if (g_str_equal (key, NC_SETTING_UI_LANGUAGE) &&
      !g_str_equal (value, "") && !g_str_equal (value, "vi") && !g_str_equal (value, "en"))
    return invalid (error, _("“settings.%s” must be \"vi\", \"en\" or \"\" (the system’s language)."), key);
  return TRUE;
}

static gboolean
import_settings (NcStore     *store,
                 JsonObject  *settings,
                 GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (settings);

  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *key = key_path ("settings", l->data);
      const char *value = NULL;

      if (strlen (l->data) > NC_STORE_MAX_KEY_BYTES || !nc_parse_is_clean_name (l->data, NC_STORE_MAX_KEY_BYTES))
        return invalid (error, _("“%s” is not a setting’s name (at most %d bytes, no control characters): "
                                 "remove it."), key, NC_STORE_MAX_KEY_BYTES);
      if (!member_string (settings, "settings", l->data, NC_STORE_MAX_VALUE_BYTES, &value, error) ||
          !check_setting (l->data, value, error))
        return FALSE;
      if (nc_store_is_locked (store, l->data))
        continue;               /* the administrator's value stands */
      if (!nc_store_set_string (store, l->data, value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_category_list (NcStore     *store,
                      JsonObject  *obj,
                      const char  *path,
                      GError     **error)
{
  static const char * const known[] = {
    "name", "category", "source_path", "domain_count", "compiled_path", NULL
  };
  const char *name = NULL, *category_name = NULL, *source = "", *compiled = "";
  NcSiteCategory category;
  gint64 count = 0;

  if (!only_members (obj, path, known, error) ||
      !member_string (obj, path, "name", MAX_SHORT_BYTES, &name, error) ||
      !required (name, path, "name", error) ||
      !member_string (obj, path, "category", MAX_SHORT_BYTES, &category_name, error) ||
      !required (category_name, path, "category", error) ||
      !member_string (obj, path, "source_path", MAX_PATH_BYTES, &source, error) ||
      !member_string (obj, path, "compiled_path", MAX_PATH_BYTES, &compiled, error) ||
      !member_int (obj, path, "domain_count", 0, G_MAXINT, &count, error))
    return FALSE;
  if (!nc_parse_category (category_name, &category))
    {
      g_autofree char *quoted = nc_parse_quote (category_name);
      g_autofree char *known_names = nc_parse_list_categories ();
      return invalid (error, _("“%s.category” holds the unknown category “%s”: use one of %s."),
                      path, quoted, known_names);
    }
  /* A path from a file is only taken for one of our own lists. */
  if (!nc_store_check_category_list (name, category, (int) count, error))
    return FALSE;
  if (!nc_list_folder_check (store, compiled, error))
    {
      g_prefix_error (error, _("The settings file is not valid: %s.compiled_path: "), path);
      return FALSE;
    }
  return nc_store_add_category_list (store, name, category, source, (int) count, compiled, error) != 0;
}

static gboolean
import_all (NcStore     *store,
            JsonObject  *root,
            GError     **error)
{
  static const char * const known[] = {
    "format", "version", "settings", "everyone", "profiles", "category_lists", "pin_hash", NULL
  };
  static const char * const everyone_known[] = { "allow", "block", NULL };
  g_autoptr(GHashTable) named = NULL;
  const char *format = NULL, *pin_hash = NULL;
  JsonObject *settings, *everyone;
  JsonArray *profiles, *lists;
  gint64 version = 0;

  if (!member_string (root, "", "format", MAX_SHORT_BYTES, &format, error))
    return FALSE;
  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    return invalid (error, _("“format” must be “%s”: this is not a NetConduct settings file."), FORMAT_NAME);
  if (!member_int (root, "", "version", 1, G_MAXINT, &version, error))
    return FALSE;
  if (version == 0)
    return required (NULL, "", "version", error);
  if (version > FORMAT_VERSION)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_TOO_NEW,
                           _("The settings file comes from a newer NetConduct."));
      return FALSE;
    }
  if (!only_members (root, "", known, error) ||
      !member_object (root, "", "settings", &settings, error) ||
      !member_object (root, "", "everyone", &everyone, error) ||
      (everyone != NULL && !only_members (everyone, "everyone", everyone_known, error)) ||
      !member_array (root, "", "profiles", &profiles, error) ||
      !member_array (root, "", "category_lists", &lists, error) ||
      !member_string (root, "", "pin_hash", MAX_SHORT_BYTES, &pin_hash, error) ||
      (json_object_has_member (root, "pin_hash") && !required (pin_hash, "", "pin_hash", error)))
    return FALSE;
  named = profile_names (root, error);
  if (named == NULL)
    return FALSE;

  if (!clear_settings (store, named, error))
    return FALSE;

  if (settings != NULL && !import_settings (store, settings, error))
    return FALSE;

  if (everyone != NULL &&
      (!add_host_array (store, NC_PROFILE_EVERYONE, NC_LIST_ALLOW, everyone, "everyone", "allow", error) ||
       !add_host_array (store, NC_PROFILE_EVERYONE, NC_LIST_BLOCK, everyone, "everyone", "block", error)))
    return FALSE;

  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("profiles[%u]", i);
      if (!import_profile (store, json_array_get_object_element (profiles, i), path, error))
        return FALSE;
    }

  for (guint i = 0; lists != NULL && i < json_array_get_length (lists); i++)
    {
      g_autofree char *path = g_strdup_printf ("category_lists[%u]", i);
      JsonObject *item;

      if (!node_object (json_array_get_element (lists, i), path, &item, error) ||
          !import_category_list (store, item, path, error))
        return FALSE;
    }

  if (pin_hash != NULL && !nc_pin_set_hash (store, pin_hash, error))
    return FALSE;
  return TRUE;
}

/*
 * Checks the size of @data and how deep its arrays and objects nest,
 * without parsing it (strings are skipped, escapes included).
 */
static gboolean
check_shape (const char  *data,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  int depth = 0;

  if (length > NC_SETTINGS_MAX_BYTES)
    return invalid (error, _("it is larger than %d MiB, so it is not a NetConduct settings file: "
                             "choose the file that “Export” wrote."), NC_SETTINGS_MAX_BYTES / (1024 * 1024));
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > NC_SETTINGS_MAX_DEPTH)
            return invalid (error, _("it nests lists and objects more than %d deep, so it is not a NetConduct "
                                     "settings file: choose the file that “Export” wrote."), NC_SETTINGS_MAX_DEPTH);
        }
      else if (c == ']' || c == '}')
        depth--;
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
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (NC_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (length < 0)
    length = (gssize) strlen (data);
  if (!check_shape (data, (gsize) length, error))
    return FALSE;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    return invalid (error, _("%s. Choose the file that “Export” wrote."), parse_error->message);
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, _("it does not hold a JSON object { }: choose the file that “Export” wrote."));

  if (!nc_store_begin (store, error))
    return FALSE;
  return nc_store_finish_write (store, import_all (store, json_node_get_object (root), error), error);
}
