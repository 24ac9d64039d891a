/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-request-policy.c — decides the requests a page makes, in the web
 * process (see the header for how they differ from navigations) */
#include "config.h"

#include <string.h>

#include "nc-request-policy.h"
#include "nc-url-host.h"

struct _NcRequestPolicy
{
  GObject         parent_instance;

  NcSitePolicy   *policy;        /* NULL until the lists arrive */
  NcProfileRules *rules;         /* NULL until the rules arrive */
};

G_DEFINE_FINAL_TYPE (NcRequestPolicy, nc_request_policy, G_TYPE_OBJECT)

static void
nc_request_policy_finalize (GObject *object)
{
  NcRequestPolicy *self = NC_REQUEST_POLICY (object);

  g_clear_object (&self->policy);
  g_clear_pointer (&self->rules, nc_profile_rules_unref);

  G_OBJECT_CLASS (nc_request_policy_parent_class)->finalize (object);
}

static void
nc_request_policy_class_init (NcRequestPolicyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_request_policy_finalize;
}

static void
nc_request_policy_init (NcRequestPolicy *self)
{
}

NcRequestPolicy *
nc_request_policy_new (void)
{
  return g_object_new (NC_TYPE_REQUEST_POLICY, NULL);
}

/* The policy's lists: (fail_closed, [compiled domain set, …]). */
GVariant *
nc_request_policy_serialize_lists (NcSitePolicy *policy)
{
  GPtrArray *sets;
  GVariantBuilder builder;

  g_return_val_if_fail (NC_IS_SITE_POLICY (policy), NULL);

  sets = nc_site_policy_get_sets (policy);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aay"));
  for (guint i = 0; i < sets->len; i++)
    {
      g_autoptr(GBytes) bytes = nc_domain_set_get_bytes (g_ptr_array_index (sets, i));

      g_variant_builder_add_value (&builder,
                                   g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, bytes, TRUE));
    }
  return g_variant_new ("(b@aay)", nc_site_policy_is_fail_closed (policy),
                        g_variant_builder_end (&builder));
}

/* The rules: (age band, allow-list-only, social allowed, blocked
 * categories, the administrator's locked categories, allowed hosts,
 * blocked hosts, the administrator's allowed hosts); @also_allowed (may
 * be NULL) joins the allowed hosts (hosts a parent allowed for this
 * session). */
GVariant *
nc_request_policy_serialize_rules (const NcProfileRules *rules,
                                   const char * const   *also_allowed)
{
  GVariantBuilder allow;
  const char * const *parent_allow;

  g_return_val_if_fail (rules != NULL, NULL);

  parent_allow = nc_profile_rules_get_parent_allow (rules);
  g_variant_builder_init (&allow, G_VARIANT_TYPE_STRING_ARRAY);
  for (gsize i = 0; parent_allow[i] != NULL; i++)
    g_variant_builder_add (&allow, "s", parent_allow[i]);
  for (gsize i = 0; also_allowed != NULL && also_allowed[i] != NULL; i++)
    g_variant_builder_add (&allow, "s", also_allowed[i]);

  return g_variant_new ("(ubbuu@as^as^as)", (guint32) nc_profile_rules_get_age_band (rules),
                        nc_profile_rules_is_allow_list_only (rules),
                        nc_profile_rules_is_social_allowed (rules),
                        nc_profile_rules_get_blocked_categories (rules),
                        nc_profile_rules_get_locked_categories (rules),
                        g_variant_builder_end (&allow),
                        nc_profile_rules_get_parent_block (rules),
                        nc_profile_rules_get_admin_allow (rules));
}

gboolean
nc_request_policy_set_lists (NcRequestPolicy  *self,
                             GVariant         *lists,
                             GError          **error)
{
  g_autoptr(GVariant) sets = NULL;
  g_autoptr(GPtrArray) built = g_ptr_array_new_with_free_func (g_object_unref);
  NcSitePolicy *policy;
  gboolean fail_closed;
  GVariantIter iter;
  GVariant *child;

  g_return_val_if_fail (NC_IS_REQUEST_POLICY (self), FALSE);

  if (lists == NULL || !g_variant_is_of_type (lists, G_VARIANT_TYPE (NC_REQUEST_POLICY_LISTS_TYPE)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "lists are not %s",
                   NC_REQUEST_POLICY_LISTS_TYPE);
      return FALSE;
    }
  g_variant_get (lists, "(b@aay)", &fail_closed, &sets);
  if (fail_closed)
    {
      g_clear_object (&self->policy);
      self->policy = nc_site_policy_new_fail_closed ();
      return TRUE;
    }

  /* Each set is checked in full (header, sizes, checksum) as it is read. */
  g_variant_iter_init (&iter, sets);
  while ((child = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr(GVariant) owned = child;
      g_autoptr(GBytes) bytes = g_variant_get_data_as_bytes (child);
      NcDomainSet *set = nc_domain_set_new_from_bytes (bytes, error);

      if (set == NULL)
        return FALSE;
      g_ptr_array_add (built, set);
    }
  if (built->len == 0)
    {
      g_autoptr(NcDomainSetBuilder) empty = nc_domain_set_builder_new ();
      g_ptr_array_add (built, nc_domain_set_builder_build (empty));
    }

  policy = nc_site_policy_new_for_set (g_ptr_array_index (built, 0));
  for (guint i = 1; i < built->len; i++)
    g_ptr_array_add (nc_site_policy_get_sets (policy), g_object_ref (g_ptr_array_index (built, i)));
  g_clear_object (&self->policy);
  self->policy = policy;
  return TRUE;
}

gboolean
nc_request_policy_set_rules (NcRequestPolicy  *self,
                             GVariant         *rules,
                             GError          **error)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  guint32 band, categories, locked;
  gboolean allow_list_only, social;
  g_auto(GStrv) allow = NULL;
  g_auto(GStrv) block = NULL;
  g_auto(GStrv) admin_allow = NULL;

  g_return_val_if_fail (NC_IS_REQUEST_POLICY (self), FALSE);

  if (rules == NULL || !g_variant_is_of_type (rules, G_VARIANT_TYPE (NC_REQUEST_POLICY_RULES_TYPE)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "rules are not %s",
                   NC_REQUEST_POLICY_RULES_TYPE);
      return FALSE;
    }
  g_variant_get (rules, "(ubbuu^as^as^as)", &band, &allow_list_only, &social, &categories,
                 &locked, &allow, &block, &admin_allow);
  if (band > NC_AGE_BAND_ADULT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no such age band: %u", band);
      return FALSE;
    }

  nc_profile_rules_builder_init (&builder, band);
  /* Allow-list-only chooses pages, not what they load (see the header). */
  nc_profile_rules_builder_set_allow_list_only (&builder, FALSE);
  nc_profile_rules_builder_set_social_allowed (&builder, social);
  nc_profile_rules_builder_set_blocked_categories (&builder, categories);
  nc_profile_rules_builder_allow_any_hour (&builder);
  nc_profile_rules_builder_lock_categories (&builder, locked);
  nc_profile_rules_builder_add_parent_allow (&builder, (const char * const *) allow);
  nc_profile_rules_builder_add_parent_block (&builder, (const char * const *) block);
  nc_profile_rules_builder_add_admin_allow (&builder, (const char * const *) admin_allow);
  g_clear_pointer (&self->rules, nc_profile_rules_unref);
  self->rules = nc_profile_rules_builder_end (&builder);
  return TRUE;
}

/* Whether both the lists and the rules are there. */
gboolean
nc_request_policy_is_complete (NcRequestPolicy *self)
{
  g_return_val_if_fail (NC_IS_REQUEST_POLICY (self), FALSE);
  return self->policy != NULL && self->rules != NULL;
}

/* Is @host (normalized, @len) @page_host or one of its subdomains? */
static gboolean
same_site (const char *host,
           int         len,
           const char *page_uri)
{
  char page_host[NC_HOST_MAX];
  NcHostKind kind;
  int page_len;
  NcUrlScheme scheme = nc_url_parse_host (page_uri, page_host, &page_len, &kind);

  if ((scheme != NC_URL_SCHEME_HTTP && scheme != NC_URL_SCHEME_HTTPS) || page_len <= 0 || len <= 0)
    return FALSE;
  if (len == page_len)
    return memcmp (host, page_host, len) == 0;
  return kind == NC_HOST_KIND_DOMAIN && len > page_len && host[len - page_len - 1] == '.' &&
         memcmp (host + len - page_len, page_host, page_len) == 0;
}

static NcDecision *
simple_decision (NcAction    action,
                 NcReason    reason,
                 const char *host,
                 int         len,
                 const char *uri)
{
  NcDecision *d = g_new0 (NcDecision, 1);

  d->action = action;
  d->reason = reason;
  d->category = -1;
  d->host = len > 0 ? g_strndup (host, len) : NULL;
  d->url = g_strdup (uri);
  return d;
}

/*
 * Decides a request for @request_uri made by the page at @page_uri (NULL
 * when not known). Never returns NULL: NC_ACTION_BLOCK means the request
 * must not be sent.
 */
NcDecision *
nc_request_policy_decide (NcRequestPolicy *self,
                          const char      *request_uri,
                          const char      *page_uri)
{
  g_autofree char *web_uri = NULL;
  char host[NC_HOST_MAX];
  NcHostKind kind;
  NcUrlScheme scheme;
  NcDecision *decision;
  int len;

  g_return_val_if_fail (NC_IS_REQUEST_POLICY (self), NULL);
  g_return_val_if_fail (request_uri != NULL, NULL);

  /* WebSockets are decided like the pages of their host. */
  if (g_ascii_strncasecmp (request_uri, "ws:", 3) == 0)
    request_uri = web_uri = g_strconcat ("http:", request_uri + 3, NULL);
  else if (g_ascii_strncasecmp (request_uri, "wss:", 4) == 0)
    request_uri = web_uri = g_strconcat ("https:", request_uri + 4, NULL);

  scheme = nc_url_parse_host (request_uri, host, &len, &kind);
  if (scheme == NC_URL_SCHEME_OTHER || scheme == NC_URL_SCHEME_NETCONDUCT)
    {
      /* data:, blob:, about: — nothing sent to a site. The app's own pages
       * are local: WebKit refuses them to web pages anyway. */
      return simple_decision (NC_ACTION_ALLOW, NC_REASON_NONE, NULL, 0, request_uri);
    }
  if (len <= 0)
    return simple_decision (NC_ACTION_BLOCK, NC_REASON_BAD_URL, NULL, 0, request_uri);

  if (!nc_request_policy_is_complete (self))
    {
      if (self->rules != NULL && nc_profile_rules_get_age_band (self->rules) == NC_AGE_BAND_ADULT)
        return simple_decision (NC_ACTION_ALLOW, NC_REASON_NONE, host, len, request_uri);
      return simple_decision (same_site (host, len, page_uri) ? NC_ACTION_ALLOW : NC_ACTION_BLOCK,
                              NC_REASON_NO_POLICY, host, len, request_uri);
    }

  decision = nc_site_policy_decide (self->policy, request_uri, self->rules, NULL);
  if (decision->action == NC_ACTION_BLOCK && decision->reason == NC_REASON_NO_POLICY &&
      same_site (host, len, page_uri))
    decision->action = NC_ACTION_ALLOW;
  return decision;
}
