/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-lists.c — the parents' host lists and category lists, and the
 * rules the site policy gets for a profile */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-managed.h"
#include "nc-parse.h"
#include "nc-store-private.h"
#include "nc-url-host.h"

/* A host as the lists keep it: see nc_host_dup_normalized() ("www." is
 * kept: a parent may mean it). */
char *
nc_store_normalize_host (const char *host)
{
  return nc_host_dup_normalized (host);
}

static const char * const list_kinds[NC_N_LIST_KINDS] = {
  [NC_LIST_ALLOW] = "allow",
  [NC_LIST_BLOCK] = "block",
};

const char *
nc_list_kind_to_string (NcListKind kind)
{
  g_return_val_if_fail (kind < NC_N_LIST_KINDS, NULL);
  return list_kinds[kind];
}

gboolean
nc_list_kind_from_string (const char *text,
                          NcListKind *kind)
{
  for (gsize i = 0; i < G_N_ELEMENTS (list_kinds); i++)
    if (g_strcmp0 (text, list_kinds[i]) == 0)
      {
        *kind = (NcListKind) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
check_scope (NcStore  *self,
             gint64    profile_id,
             GError  **error)
{
  g_autoptr(NcProfile) profile = NULL;

  if (profile_id == NC_PROFILE_EVERYONE)
    return TRUE;
  profile = nc_store_get_profile (self, profile_id, error);
  return profile != NULL;
}

static gboolean
not_a_host (const char  *host,
            GError     **error)
{
  g_autofree char *quoted = nc_parse_quote (host);

  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
               _("“%s” is not a web site address: write a name such as example.org."), quoted);
  return FALSE;
}

/* Adds @host to (@add) or removes it from a list, in one transaction
 * that announces "lists". */
static gboolean
change_host (NcStore     *self,
             gint64       profile_id,
             NcListKind   kind,
             const char  *host,
             gboolean     add,
             GError     **error)
{
  g_autofree char *normal = nc_store_normalize_host (host);
  int block = kind == NC_LIST_BLOCK ? 1 : 0;
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (normal == NULL)
    return not_a_host (host, error);
  if (add && !check_scope (self, profile_id, error))
    return FALSE;

  if (!nc_store_begin (self, error))
    return FALSE;
  if (add)
    ok = nc_store_run (self, error, "DELETE FROM host_rules WHERE ifnull (profile_id, 0) = ? AND host = ?",
                       "Is", profile_id, normal) &&
         nc_store_run (self, error, "INSERT INTO host_rules (profile_id, host, kind) VALUES (?, ?, ?)",
                       "psi", profile_id, normal, block);
  else
    ok = nc_store_run (self, error, "DELETE FROM host_rules WHERE ifnull (profile_id, 0) = ? AND host = ? AND kind = ?",
                       "Isi", profile_id, normal, block) &&
         nc_store_changed_a_row (self, error, _("“%s” is not on that list: check the spelling."), normal);
  return nc_store_finish_change (self, ok, "lists", error);
}

gboolean
nc_store_add_host (NcStore     *self,
                   gint64       profile_id,
                   NcListKind   kind,
                   const char  *host,
                   GError     **error)
{
  return change_host (self, profile_id, kind, host, TRUE, error);
}

gboolean
nc_store_remove_host (NcStore     *self,
                      gint64       profile_id,
                      NcListKind   kind,
                      const char  *host,
                      GError     **error)
{
  return change_host (self, profile_id, kind, host, FALSE, error);
}

/* The hosts a parent put on one list, sorted (the administrator's are in
 * nc_store_list_locked_hosts()). */
GStrv
nc_store_list_hosts (NcStore     *self,
                     gint64       profile_id,
                     NcListKind   kind,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = nc_store_query (self, error, "SELECT host FROM host_rules WHERE ifnull (profile_id, 0) = ? AND kind = ? ORDER BY host",
                         "Ii", profile_id, kind == NC_LIST_BLOCK ? 1 : 0);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (!nc_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_strv_builder_end (builder);
}

GStrv
nc_store_list_locked_hosts (NcStore    *self,
                            NcListKind  kind)
{
  const char * const *managed;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  managed = nc_managed_get_hosts (self->managed, kind == NC_LIST_BLOCK);
  return g_strdupv ((GStrv) (managed != NULL ? managed : (const char * const []) { NULL }));
}

void
nc_category_list_free (NcCategoryList *list)
{
  if (list == NULL)
    return;
  g_free (list->name);
  g_free (list->source_path);
  g_free (list->compiled_path);
  g_free (list);
}

/* What nc_store_add_category_list() takes, checked without writing. */
gboolean
nc_store_check_category_list (const char      *name,
                              NcSiteCategory   category,
                              int              domain_count,
                              GError         **error)
{
  if (!nc_parse_is_clean_name (name, NC_STORE_MAX_LIST_NAME_CHARS) || category >= NC_N_SITE_CATEGORIES || domain_count < 0)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("A category list needs a name of 1 to %d characters without control characters, "
                     "a known category and its domains: give it another name."), NC_STORE_MAX_LIST_NAME_CHARS);
      return FALSE;
    }
  return TRUE;
}

gint64
nc_store_add_category_list (NcStore        *self,
                            const char     *name,
                            NcSiteCategory  category,
                            const char     *source_path,
                            int             domain_count,
                            const char     *compiled_path,
                            GError        **error)
{
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (NC_IS_STORE (self), 0);

  if (!nc_store_check_category_list (name, category, domain_count, error))
    return 0;

  if (!nc_store_begin (self, error))
    return 0;
  ok = nc_store_run (self, error, "INSERT INTO category_lists (name, category, source_path, domain_count, compiled_path) "
                                  "VALUES (?, ?, ?, ?, ?)",
                     "sisis", name, (int) category, source_path != NULL ? source_path : "",
                     domain_count, compiled_path != NULL ? compiled_path : "");
  if (ok)
    id = sqlite3_last_insert_rowid (self->db);
  if (!nc_store_finish_change (self, ok, "lists", error))
    return 0;
  return id;
}

gboolean
nc_store_remove_category_list (NcStore  *self,
                               gint64    id,
                               GError  **error)
{
  g_autofree char *missing = g_strdup_printf (_("There is no category list number %lld."), (long long) id);

  return nc_store_delete_by_id (self, "DELETE FROM category_lists WHERE id = ?", id, "lists", missing, error);
}

/* An NcStoreRowFunc: id, name, category, source_path, domain_count,
 * compiled_path. */
static gpointer
category_list_from_row (sqlite3_stmt *stmt,
                        gpointer      user_data)
{
  NcCategoryList *list = g_new0 (NcCategoryList, 1);

  list->id = sqlite3_column_int64 (stmt, 0);
  list->name = nc_store_column_dup (stmt, 1);
  list->category = CLAMP (sqlite3_column_int (stmt, 2), 0, NC_N_SITE_CATEGORIES - 1);
  list->source_path = nc_store_column_dup (stmt, 3);
  list->domain_count = sqlite3_column_int (stmt, 4);
  list->compiled_path = nc_store_column_dup (stmt, 5);
  return list;
}

GPtrArray *
nc_store_list_category_lists (NcStore  *self,
                              GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  return nc_store_collect_rows (self,
                                nc_store_query (self, error, "SELECT id, name, category, source_path, domain_count, "
                                                             "compiled_path FROM category_lists ORDER BY id", ""),
                                category_list_from_row, NULL, (GDestroyNotify) nc_category_list_free, error);
}

/* Adds everyone's list (the administrator's and the parents') and one
 * profile's to the parents' list of @kind in @builder. */
static gboolean
add_merged_hosts (NcStore               *self,
                  gint64                 profile_id,
                  NcListKind             kind,
                  NcProfileRulesBuilder *builder,
                  GError               **error)
{
  void (*add) (NcProfileRulesBuilder *, const char * const *) =
    kind == NC_LIST_BLOCK ? nc_profile_rules_builder_add_parent_block
                          : nc_profile_rules_builder_add_parent_allow;
  g_auto(GStrv) everyone = nc_store_list_hosts (self, NC_PROFILE_EVERYONE, kind, error);
  g_auto(GStrv) locked = nc_store_list_locked_hosts (self, kind);
  g_auto(GStrv) own = NULL;

  if (everyone == NULL)
    return FALSE;
  own = nc_store_list_hosts (self, profile_id, kind, error);
  if (own == NULL)
    return FALSE;
  add (builder, (const char * const *) locked);
  add (builder, (const char * const *) everyone);
  add (builder, (const char * const *) own);
  return TRUE;
}

/* What no local list may undo: the administrator's blocked categories and
 * social setting, and their own allow list (which alone may open a host in
 * a locked category). */
static void
add_locked_rules (NcStore               *self,
                  NcProfileRulesBuilder *builder)
{
  g_auto(GStrv) allow = nc_store_list_locked_hosts (self, NC_LIST_ALLOW);
  g_auto(GStrv) block = nc_store_list_locked_hosts (self, NC_LIST_BLOCK);
  const char *v;

  if ((v = nc_managed_get (self->managed, "profile.blocked-categories")) != NULL)
    nc_profile_rules_builder_lock_categories (builder, nc_managed_parse_categories (v));
  if ((v = nc_managed_get (self->managed, "profile.social-allowed")) != NULL &&
      !nc_managed_parse_boolean (v, FALSE))
    nc_profile_rules_builder_lock_categories (builder, 1u << NC_SITE_CATEGORY_SOCIAL);
  nc_profile_rules_builder_add_admin_allow (builder, (const char * const *) allow);
  nc_profile_rules_builder_add_admin_block (builder, (const char * const *) block);
}

NcProfileRules *
nc_store_get_profile_rules (NcStore  *self,
                            gint64    profile_id,
                            GError  **error)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(NcProfile) profile = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  profile = nc_store_get_profile (self, profile_id, error);
  if (profile == NULL)
    return NULL;
  if (self->recovery == NC_STORE_RECOVERY_FRESH)
    nc_profile_set_age_defaults (profile, NC_AGE_BAND_6_9);

  nc_profile_rules_builder_init (&builder, profile->age_band);
  nc_profile_rules_builder_set_allow_list_only (&builder, profile->allow_list_only);
  nc_profile_rules_builder_set_social_allowed (&builder, profile->social_allowed);
  nc_profile_rules_builder_set_blocked_categories (&builder, profile->blocked_categories);
  nc_profile_rules_builder_set_allowed_hours (&builder, profile->allowed_hours);
  if (!add_merged_hosts (self, profile_id, NC_LIST_ALLOW, &builder, error) ||
      !add_merged_hosts (self, profile_id, NC_LIST_BLOCK, &builder, error))
    return NULL;
  add_locked_rules (self, &builder);
  return nc_profile_rules_builder_end (&builder);
}

void
nc_store_profile_rules_free (NcProfileRules *rules)
{
  if (rules != NULL)
    nc_profile_rules_unref (rules);
}
