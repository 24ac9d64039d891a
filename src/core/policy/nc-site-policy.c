/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-site-policy.c — decides, for a profile at a moment, whether a URL may
 * load
 *
 * Precedence, first match wins:
 *   1. netconduct: pages always load; other schemes than http(s), and URLs
 *      without a valid host, are blocked (BAD_URL);
 *   2. the block lists, the administrator's and the parents' (PARENT_BLOCK),
 *      beat everything;
 *   3. outside the allowed hours (SCHEDULE);
 *   4. the administrator's locked categories and social setting
 *      (CATEGORY, SOCIAL_NOT_ALLOWED; decision->locked) beat every local
 *      allow list; only the administrator's own allow list passes them;
 *   5. the allow lists (PARENT_ALLOW) beat the profile's categories; a
 *      social site on them still gets the guard;
 *   6. no usable lists: a child is blocked (NO_POLICY), fail closed;
 *   7. allow-list-only mode (ALLOW_LIST_ONLY);
 *   8. a blocked category (CATEGORY);
 *   9. social sites: off for the profile (SOCIAL_NOT_ALLOWED) or allowed
 *      with the guard (GUARD);
 *  10. allowed. Safe search is enforced on what loads, for every profile
 *      but adults.
 * Then mirrors: when a translation front end, web archive, page cache or
 * wildcard-DNS name shows another site whose name is visible in the URL
 * (nc_url_unwrap_mirror()), that site is decided too; if it is blocked,
 * so is the mirror, with the real site's reason.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-site-policy.h"
#include "nc-url-host.h"

#define RESOURCE_LISTS "/io/github/netconduct/NetConduct/blocklists/"

struct _NcSitePolicy
{
  GObject    parent_instance;

  GPtrArray *sets;         /* NcDomainSet*; values are category masks */
  gboolean   fail_closed;  /* no lists: children are blocked */
};

G_DEFINE_FINAL_TYPE (NcSitePolicy, nc_site_policy, G_TYPE_OBJECT)

static const char * const category_names[NC_N_SITE_CATEGORIES] = {
  "adult", "gambling", "violence", "drugs", "dating", "bypass", "malware",
  "phishing", "social", "mirrors",
};

static const char * const category_labels[NC_N_SITE_CATEGORIES] = {
  N_("Adult content"),
  N_("Gambling"),
  N_("Violence and gore"),
  N_("Drugs"),
  N_("Dating"),
  N_("VPNs, proxies and DNS bypass"),
  N_("Malware"),
  N_("Phishing and scams"),
  N_("Social networks"),
  N_("Proxies and mirrors (translators, web archives, page caches)"),
};

/* What the child reads on the blocked page, by category. */
static const char * const category_messages[NC_N_SITE_CATEGORIES] = {
  N_("This site is made for grown-ups, so it is closed for you. Let’s find something else to explore!"),
  N_("This site is about betting money, which is not safe for children, so it is closed for you."),
  N_("This site may show violent or frightening things, so it is closed for you."),
  N_("This site is about drugs, which can hurt your health, so it is closed for you."),
  N_("This is a dating site for grown-ups, so it is closed for you."),
  N_("This site can hide where you go on the web and switch off your protection, so it is closed."),
  N_("This site may harm the computer, so it is closed to keep you safe."),
  N_("This site may try to trick people into giving away passwords or money, so it is closed to keep you safe."),
  N_("Social networks are not turned on for you yet. If you would like to use this one, ask a parent."),
  N_("This site shows other websites under its own name (a translator, a web archive or a saved copy), so it is closed for you. Open the website itself instead."),
};

static void
nc_site_policy_finalize (GObject *object)
{
  NcSitePolicy *self = NC_SITE_POLICY (object);

  g_clear_pointer (&self->sets, g_ptr_array_unref);

  G_OBJECT_CLASS (nc_site_policy_parent_class)->finalize (object);
}

static void
nc_site_policy_class_init (NcSitePolicyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_site_policy_finalize;
}

static void
nc_site_policy_init (NcSitePolicy *self)
{
  self->sets = g_ptr_array_new_with_free_func (g_object_unref);
}

void
nc_decision_free (NcDecision *decision)
{
  if (decision == NULL)
    return;
  g_free (decision->host);
  g_free (decision->url);
  g_free (decision->message);
  g_free (decision->header_name);
  g_free (decision->header_value);
  g_free (decision);
}

/*
 * The policy with the lists the app ships (resources/blocklists/, one per
 * category). Fails only when a list is missing from the build.
 */
/* The list shipped with the app for @category (one domain a line). */
GBytes *
nc_site_category_get_shipped_list (NcSiteCategory   category,
                                   GError         **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail ((guint) category < NC_N_SITE_CATEGORIES, NULL);

  path = g_strconcat (RESOURCE_LISTS, category_names[category], ".txt", NULL);
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

NcSitePolicy *
nc_site_policy_new_default (GError **error)
{
  return nc_site_policy_new_from_files (NULL, error);
}

/*
 * The shipped lists plus the compiled sets at @paths (NULL-terminated, may
 * be NULL), whose values are category masks (bit 1 << NcSiteCategory), as
 * written by nc_domain_set_builder_write(). Returns NULL with the error of
 * the first file that is missing or damaged: the caller then uses
 * nc_site_policy_new_fail_closed(), so that children stay protected.
 */
NcSitePolicy *
nc_site_policy_new_from_files (const char * const  *paths,
                               GError             **error)
{
  return nc_site_policy_new_with_sets (paths, NULL, error);
}

/* As nc_site_policy_new_from_files(), and with @sets (NcDomainSet*, values
 * are category masks; may be NULL) already loaded: the lists the family
 * service hands over (nc_rules_source_get_imported_sets()). */
NcSitePolicy *
nc_site_policy_new_with_sets (const char * const  *paths,
                              GPtrArray           *sets,
                              GError             **error)
{
  g_autoptr(NcSitePolicy) self = g_object_new (NC_TYPE_SITE_POLICY, NULL);
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    {
      g_autoptr(GBytes) bytes = nc_site_category_get_shipped_list (c, error);
      gsize size;
      const char *text;

      if (bytes == NULL)
        return NULL;
      text = g_bytes_get_data (bytes, &size);
      nc_domain_set_builder_add_text (builder, text, size, 1u << c, NULL);
    }
  g_ptr_array_add (self->sets, nc_domain_set_builder_build (builder));

  for (gsize i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      NcDomainSet *set = nc_domain_set_new_from_file (paths[i], error);

      if (set == NULL)
        return NULL;
      g_ptr_array_add (self->sets, set);
    }
  for (guint i = 0; sets != NULL && i < sets->len; i++)
    g_ptr_array_add (self->sets, g_object_ref (g_ptr_array_index (sets, i)));

  return g_steal_pointer (&self);
}

/* A policy on @set alone (values are category masks); for tests, the
 * benchmark and tools. */
NcSitePolicy *
nc_site_policy_new_for_set (NcDomainSet *set)
{
  NcSitePolicy *self;

  g_return_val_if_fail (NC_IS_DOMAIN_SET (set), NULL);

  self = g_object_new (NC_TYPE_SITE_POLICY, NULL);
  g_ptr_array_add (self->sets, g_object_ref (set));
  return self;
}

/* The policy to use when the lists cannot be loaded: for children it
 * allows only netconduct: pages and the parent's allow list; everything
 * else is blocked with NC_REASON_NO_POLICY. */
NcSitePolicy *
nc_site_policy_new_fail_closed (void)
{
  NcSitePolicy *self = g_object_new (NC_TYPE_SITE_POLICY, NULL);

  self->fail_closed = TRUE;
  return self;
}

gboolean
nc_site_policy_is_fail_closed (NcSitePolicy *self)
{
  g_return_val_if_fail (NC_IS_SITE_POLICY (self), TRUE);

  return self->fail_closed;
}

static guint32
lookup_categories (NcSitePolicy *self,
                   const char   *host,
                   gsize         len,
                   gboolean      is_ip)
{
  guint32 mask = 0;

  for (guint i = 0; i < self->sets->len; i++)
    mask |= nc_domain_set_lookup (g_ptr_array_index (self->sets, i), host, len, is_ip);
  return mask;
}

/* The categories (bit 1 << NcSiteCategory) of a host as written anywhere. */
guint32
nc_site_policy_get_categories (NcSitePolicy *self,
                               const char   *raw_host)
{
  char host[NC_HOST_MAX];
  NcHostKind kind;
  int len;

  g_return_val_if_fail (NC_IS_SITE_POLICY (self), 0);
  g_return_val_if_fail (raw_host != NULL, 0);

  len = nc_host_normalize (raw_host, -1, host, &kind);
  if (len < 0)
    return 0;
  return lookup_categories (self, host, len, kind != NC_HOST_KIND_DOMAIN);
}

/* The policy's domain sets (NcDomainSet*, values are category masks), in
 * lookup order; for handing the policy to a web process. */
GPtrArray *
nc_site_policy_get_sets (NcSitePolicy *self)
{
  g_return_val_if_fail (NC_IS_SITE_POLICY (self), NULL);
  return self->sets;
}

/* TRUE when the normalized @host is on @list (entries as a parent typed
 * them: "example.com", "*.example.com", "https://example.com/") or is a
 * subdomain of an entry. IP literals match only exactly. */
static gboolean
host_on_list (const char * const *list,
              const char         *host,
              gsize               len,
              gboolean            is_ip)
{
  for (gsize i = 0; list != NULL && list[i] != NULL; i++)
    {
      const char *entry = list[i];
      char norm[NC_HOST_MAX];
      NcHostKind kind;
      int n;

      if (strstr (entry, "://") != NULL)
        {
          if (nc_url_parse_host (entry, norm, &n, &kind) == NC_URL_SCHEME_OTHER)
            continue;
        }
      else
        {
          if (entry[0] == '*' && entry[1] == '.')
            entry += 2;
          n = nc_host_normalize (entry, -1, norm, &kind);
        }
      if (n <= 0)
        continue;

      if ((gsize) n == len && memcmp (norm, host, len) == 0)
        return TRUE;
      if (!is_ip && kind == NC_HOST_KIND_DOMAIN && (gsize) n < len &&
          host[len - n - 1] == '.' && memcmp (norm, host + len - n, n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
in_allowed_hours (const NcProfileRules *rules,
                  GDateTime            *now)
{
  int day = g_date_time_get_day_of_week (now) - 1;  /* 0 = Monday */
  int hour = g_date_time_get_hour (now);

  return (nc_profile_rules_get_allowed_hours (rules, day) & (1u << hour)) != 0;
}

/* ---- safe search -------------------------------------------------------- */

/* google.com, www.google.com.vn, images.google.co.uk, ... */
static gboolean
is_google_host (const char *host)
{
  const char *p = host;
  const char *rest;
  int labels = 0, label_len = 0;

  if (g_str_has_prefix (p, "www."))
    p += 4;
  else if (g_str_has_prefix (p, "images."))
    p += 7;
  if (!g_str_has_prefix (p, "google."))
    return FALSE;

  rest = p + 7;
  for (const char *c = rest; ; c++)
    {
      if (*c == '.' || *c == '\0')
        {
          if (label_len < 2 || label_len > 3)
            return FALSE;
          labels++;
          label_len = 0;
          if (*c == '\0')
            break;
        }
      else if (g_ascii_islower (*c))
        label_len++;
      else
        return FALSE;
    }
  return labels >= 1 && labels <= 2;
}

/* Returns @query without any @name parameter (any letter case), with
 * @name=@value appended. */
static char *
force_param (const char *query,
             const char *name,
             const char *value)
{
  GString *out = g_string_new (NULL);
  gsize name_len = strlen (name);

  if (query != NULL)
    {
      g_auto(GStrv) params = g_strsplit (query, "&", -1);

      for (int i = 0; params[i] != NULL; i++)
        {
          const char *p = params[i];
          gsize key_len = strcspn (p, "=");

          if (*p == '\0')
            continue;
          if (key_len == name_len && g_ascii_strncasecmp (p, name, name_len) == 0)
            continue;
          if (out->len > 0)
            g_string_append_c (out, '&');
          g_string_append (out, p);
        }
    }

  if (out->len > 0)
    g_string_append_c (out, '&');
  g_string_append_printf (out, "%s=%s", name, value);
  return g_string_free (out, FALSE);
}

typedef enum {
  ENGINE_NONE,
  ENGINE_GOOGLE,
  ENGINE_BING,
  ENGINE_DUCKDUCKGO,
  ENGINE_YAHOO,
  ENGINE_COCCOC,
  ENGINE_YOUTUBE,
} SearchEngine;

/* YouTube's restricted mode: the header Google documents for networks that
 * enforce it, on the hosts that serve YouTube's pages, player and API. */
static const NcRequestHeader request_headers[] = {
  { "youtube.com", "YouTube-Restrict", "Strict" },
  { "youtube-nocookie.com", "YouTube-Restrict", "Strict" },
  { "youtubei.googleapis.com", "YouTube-Restrict", "Strict" },
  { "youtube.googleapis.com", "YouTube-Restrict", "Strict" },
  { NULL, NULL, NULL },
};

const NcRequestHeader *
nc_site_policy_get_request_headers (void)
{
  return request_headers;
}

/* Which search engine (or YouTube) @host belongs to; cheap, so that the
 * common case costs no allocation. */
static SearchEngine
search_engine_for_host (const char *host)
{
  if (strstr (host, "google.") != NULL && is_google_host (host))
    return ENGINE_GOOGLE;
  if (strstr (host, "youtu") != NULL &&
      (nc_host_in_domain (host, "youtube.com") || nc_host_in_domain (host, "youtube-nocookie.com") ||
       nc_host_in_domain (host, "youtu.be")))
    return ENGINE_YOUTUBE;
  if (g_str_equal (host, "bing.com") || g_str_equal (host, "www.bing.com") ||
      g_str_equal (host, "cn.bing.com"))
    return ENGINE_BING;
  if (nc_host_in_domain (host, "duckduckgo.com"))
    return ENGINE_DUCKDUCKGO;
  if (nc_host_in_domain (host, "search.yahoo.com"))
    return ENGINE_YAHOO;
  if (g_str_equal (host, "coccoc.com") || g_str_equal (host, "www.coccoc.com"))
    return ENGINE_COCCOC;
  return ENGINE_NONE;
}

/*
 * The safe-search form of @url (host @host, already normalized) or NULL
 * when it needs none. Sets the header for YouTube's restricted mode. The
 * rewritten URL drops userinfo and port and keeps path and fragment.
 */
static char *
safe_search_rewrite (const char  *url,
                     const char  *host,
                     char       **header_name,
                     char       **header_value)
{
  SearchEngine engine = search_engine_for_host (host);
  const char *param = NULL, *value = NULL;
  const char *colon, *p, *end;
  g_autofree char *path = NULL;
  g_autofree char *query = NULL;
  g_autofree char *fragment = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *new_query = NULL;
  const char *q, *h;

  if (engine == ENGINE_NONE)
    return NULL;

  if (engine == ENGINE_YOUTUBE)
    {
      *header_name = g_strdup (request_headers[0].name);
      *header_value = g_strdup (request_headers[0].value);
      return NULL;
    }

  /* Split the URL the way nc_url_parse_host() found the host. */
  while (*url != '\0' && (guchar) *url <= 0x20)
    url++;
  colon = strchr (url, ':');
  if (colon == NULL)
    return NULL;
  scheme = g_ascii_strdown (url, colon - url);
  p = colon + 1;
  while (*p == '/' || *p == '\\')
    p++;
  p += strcspn (p, "/\\?#");
  end = p + strlen (p);
  while (end > p && (guchar) end[-1] <= 0x20)
    end--;

  h = memchr (p, '#', end - p);
  if (h != NULL)
    {
      fragment = g_strndup (h + 1, end - h - 1);
      end = h;
    }
  q = memchr (p, '?', end - p);
  if (q != NULL)
    {
      query = g_strndup (q + 1, end - q - 1);
      end = q;
    }
  path = g_strndup (p, end - p);
  g_strdelimit (path, "\\", '/');
  if (*path == '\0')
    {
      g_free (path);
      path = g_strdup ("/");
    }

  switch (engine)
    {
    case ENGINE_GOOGLE:
      if (g_str_equal (path, "/") || g_str_has_prefix (path, "/search") ||
          g_str_has_prefix (path, "/webhp") || g_str_has_prefix (path, "/imghp") ||
          g_str_has_prefix (path, "/images") || g_str_has_prefix (path, "/videohp"))
        param = "safe", value = "active";
      break;
    case ENGINE_BING:
      if (g_str_equal (path, "/") || g_str_has_prefix (path, "/search") ||
          g_str_has_prefix (path, "/images") || g_str_has_prefix (path, "/videos") ||
          g_str_has_prefix (path, "/news"))
        param = "adlt", value = "strict";
      break;
    case ENGINE_DUCKDUCKGO:
      param = "kp", value = "1";
      break;
    case ENGINE_YAHOO:
      param = "vm", value = "r";
      break;
    case ENGINE_COCCOC:
      /* Cốc Cốc search; its safe-search parameter is not documented
       * publicly: "safe=1" is to be checked against the live site. */
      if (g_str_has_prefix (path, "/search"))
        param = "safe", value = "1";
      break;
    case ENGINE_NONE:
    case ENGINE_YOUTUBE:
    default:
      break;
    }

  if (param == NULL)
    return NULL;

  new_query = force_param (query, param, value);
  if (query != NULL && g_str_equal (query, new_query))
    return NULL;  /* already safe */

  return g_strconcat (scheme, "://", host, path, "?", new_query,
                      fragment != NULL ? "#" : "", fragment != NULL ? fragment : "", NULL);
}

/* ---- decisions ---------------------------------------------------------- */

static const char *
reason_message (NcReason reason,
                int      category)
{
  switch (reason)
    {
    case NC_REASON_PARENT_BLOCK:
      return _("Your parent has closed this site. If you need it, for school or anything else, ask a parent.");
    case NC_REASON_CATEGORY:
      return _(category_messages[category]);
    case NC_REASON_ALLOW_LIST_ONLY:
      return _("For now you can visit the sites your parent has chosen for you. Would you like this one? Ask a parent to add it.");
    case NC_REASON_SCHEDULE:
      return _("It is time for a break from the web. You can come back during your browsing hours.");
    case NC_REASON_SOCIAL_NOT_ALLOWED:
      return _(category_messages[NC_SITE_CATEGORY_SOCIAL]);
    case NC_REASON_BAD_URL:
      return _("This kind of address cannot be opened here. Try a web address that starts with https://.");
    case NC_REASON_NO_POLICY:
      return _("The safety settings need a parent’s check before you can keep browsing. Please ask a parent.");
    case NC_REASON_NONE:
    case NC_REASON_PARENT_ALLOW:
    default:
      return NULL;
    }
}

static NcDecision *
make_decision (NcAction    action,
               NcReason    reason,
               int         category,
               const char *host,
               gsize       host_len,
               const char *uri)
{
  NcDecision *d = g_new0 (NcDecision, 1);
  const char *message;

  d->action = action;
  d->reason = reason;
  d->category = category;
  d->host = host != NULL ? g_strndup (host, host_len) : NULL;
  d->url = g_strdup (uri != NULL ? uri : "");
  if (action == NC_ACTION_GUARD)
    message = _("This is a social network. NetConduct will help you post kindly and safely here.");
  else if (action == NC_ACTION_BLOCK)
    message = reason_message (reason, category);
  else
    message = NULL;
  d->message = g_strdup (message);
  return d;
}

static int
first_category (guint32 mask)
{
  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    if (mask & (1u << c))
      return c;
  return -1;
}

static NcDecision *
decide_parsed (NcSitePolicy         *self,
               const char           *uri,
               NcUrlScheme           scheme,
               const char           *host,
               int                   len,
               NcHostKind            kind,
               const NcProfileRules *rules,
               GDateTime            *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  gboolean is_ip = kind != NC_HOST_KIND_DOMAIN;
  gboolean child = nc_profile_rules_get_age_band (rules) != NC_AGE_BAND_ADULT;
  guint32 locked = nc_profile_rules_get_locked_categories (rules);
  guint32 blocked = nc_profile_rules_get_blocked_categories (rules) & ~(1u << NC_SITE_CATEGORY_SOCIAL);
  gboolean social_blocked = !nc_profile_rules_is_social_allowed (rules) ||
                            (nc_profile_rules_get_blocked_categories (rules) & (1u << NC_SITE_CATEGORY_SOCIAL));
  guint32 mask;
  NcDecision *d;

  if (scheme == NC_URL_SCHEME_NETCONDUCT)
    return make_decision (NC_ACTION_ALLOW, NC_REASON_NONE, -1, NULL, 0, uri);
  if (scheme == NC_URL_SCHEME_OTHER || len <= 0)
    return make_decision (NC_ACTION_BLOCK, NC_REASON_BAD_URL, -1, NULL, 0, uri);

  if (host_on_list (nc_profile_rules_get_parent_block (rules), host, len, is_ip))
    {
      d = make_decision (NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, -1, host, len, uri);
      d->locked = host_on_list (nc_profile_rules_get_admin_block (rules), host, len, is_ip);
      return d;
    }

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  if (!in_allowed_hours (rules, now))
    return make_decision (NC_ACTION_BLOCK, NC_REASON_SCHEDULE, -1, host, len, uri);

  mask = lookup_categories (self, host, len, is_ip);

  if ((mask & locked) != 0 && !host_on_list (nc_profile_rules_get_admin_allow (rules), host, len, is_ip))
    {
      int category = first_category (mask & locked & ~(1u << NC_SITE_CATEGORY_SOCIAL));

      d = category >= 0
        ? make_decision (NC_ACTION_BLOCK, NC_REASON_CATEGORY, category, host, len, uri)
        : make_decision (NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, NC_SITE_CATEGORY_SOCIAL,
                         host, len, uri);
      d->locked = TRUE;
      return d;
    }

  if (host_on_list (nc_profile_rules_get_parent_allow (rules), host, len, is_ip))
    {
      gboolean social = (mask & (1u << NC_SITE_CATEGORY_SOCIAL)) != 0;

      d = make_decision (social ? NC_ACTION_GUARD : NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW,
                         social ? NC_SITE_CATEGORY_SOCIAL : -1, host, len, uri);
    }
  else if (self->fail_closed && child)
    return make_decision (NC_ACTION_BLOCK, NC_REASON_NO_POLICY, -1, host, len, uri);
  else if (nc_profile_rules_is_allow_list_only (rules))
    return make_decision (NC_ACTION_BLOCK, NC_REASON_ALLOW_LIST_ONLY, first_category (mask),
                          host, len, uri);
  else if (mask & blocked)
    return make_decision (NC_ACTION_BLOCK, NC_REASON_CATEGORY, first_category (mask & blocked),
                          host, len, uri);
  else if (mask & (1u << NC_SITE_CATEGORY_SOCIAL))
    {
      if (social_blocked)
        return make_decision (NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, NC_SITE_CATEGORY_SOCIAL,
                              host, len, uri);
      d = make_decision (NC_ACTION_GUARD, NC_REASON_NONE, NC_SITE_CATEGORY_SOCIAL, host, len, uri);
    }
  else
    d = make_decision (NC_ACTION_ALLOW, NC_REASON_NONE, first_category (mask), host, len, uri);

  if (child)
    {
      char *rewritten = safe_search_rewrite (uri, d->host, &d->header_name, &d->header_value);

      if (rewritten != NULL)
        {
          g_free (d->url);
          d->url = rewritten;
        }
    }

  return d;
}

/*
 * Decides whether @uri may load as a top-level page for a profile with
 * @rules at @now (local time; NULL for the current time). Never returns
 * NULL; see the precedence at the top of this file.
 */
static NcDecision *
decide_unwrapped (NcSitePolicy         *self,
                  const char           *uri,
                  const NcProfileRules *rules,
                  GDateTime            *now,
                  int                   depth)
{
  char host[NC_HOST_MAX];
  NcHostKind kind = NC_HOST_KIND_DOMAIN;
  NcUrlScheme scheme;
  g_autofree char *real_uri = NULL;
  g_autoptr(NcDecision) real = NULL;
  NcDecision *decision;
  int len;

  scheme = nc_url_parse_host (uri, host, &len, &kind);
  decision = decide_parsed (self, uri, scheme, host, len, kind, rules, now);

  /* A mirror is decided on the site it shows, too (a mirror of a mirror
   * as deep as three). */
  if (depth >= 3 || decision->reason == NC_REASON_BAD_URL ||
      (real_uri = nc_url_unwrap_mirror (uri)) == NULL)
    return decision;
  real = decide_unwrapped (self, real_uri, rules, now, depth + 1);
  if (real->action == NC_ACTION_BLOCK && real->reason != NC_REASON_BAD_URL)
    {
      /* Blocked with the real site's reason, under the mirror's name (what
       * the child typed, and what a parent would allow). */
      decision->action = NC_ACTION_BLOCK;
      decision->reason = real->reason;
      decision->category = real->category;
      decision->locked = decision->locked || real->locked;
      g_free (decision->message);
      decision->message = g_strdup (real->message);
      g_free (decision->url);
      decision->url = g_strdup (uri);
    }
  else if (real->action == NC_ACTION_GUARD && decision->action == NC_ACTION_ALLOW)
    {
      decision->action = NC_ACTION_GUARD;
      decision->category = NC_SITE_CATEGORY_SOCIAL;
    }
  return decision;
}

NcDecision *
nc_site_policy_decide (NcSitePolicy         *self,
                       const char           *uri,
                       const NcProfileRules *rules,
                       GDateTime            *now)
{
  g_return_val_if_fail (NC_IS_SITE_POLICY (self), NULL);
  g_return_val_if_fail (rules != NULL, NULL);

  return decide_unwrapped (self, uri, rules, now, 0);
}

/* nc_site_policy_decide() for a bare host, as if for https://HOST/. */
NcDecision *
nc_site_policy_decide_host (NcSitePolicy         *self,
                            const char           *raw_host,
                            const NcProfileRules *rules,
                            GDateTime            *now)
{
  char host[NC_HOST_MAX];
  g_autofree char *uri = NULL;
  NcHostKind kind = NC_HOST_KIND_DOMAIN;
  int len;

  g_return_val_if_fail (NC_IS_SITE_POLICY (self), NULL);
  g_return_val_if_fail (raw_host != NULL, NULL);
  g_return_val_if_fail (rules != NULL, NULL);

  len = nc_host_normalize (raw_host, -1, host, &kind);
  if (len <= 0)
    return decide_parsed (self, raw_host, NC_URL_SCHEME_HTTPS, host, len, kind, rules, now);
  uri = g_strconcat ("https://", host, "/", NULL);
  return decide_unwrapped (self, uri, rules, now, 0);
}

const char *
nc_site_category_to_string (NcSiteCategory category)
{
  g_return_val_if_fail (category < NC_N_SITE_CATEGORIES, NULL);

  return category_names[category];
}

const char *
nc_site_category_get_label (NcSiteCategory category)
{
  g_return_val_if_fail (category < NC_N_SITE_CATEGORIES, NULL);

  return _(category_labels[category]);
}

const char *
nc_action_to_string (NcAction action)
{
  switch (action)
    {
    case NC_ACTION_ALLOW: return "allow";
    case NC_ACTION_GUARD: return "guard";
    case NC_ACTION_BLOCK: return "block";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
nc_reason_to_string (NcReason reason)
{
  switch (reason)
    {
    case NC_REASON_NONE: return "none";
    case NC_REASON_PARENT_BLOCK: return "parent-block";
    case NC_REASON_PARENT_ALLOW: return "parent-allow";
    case NC_REASON_CATEGORY: return "category";
    case NC_REASON_ALLOW_LIST_ONLY: return "allow-list-only";
    case NC_REASON_SCHEDULE: return "schedule";
    case NC_REASON_SOCIAL_NOT_ALLOWED: return "social-not-allowed";
    case NC_REASON_BAD_URL: return "bad-url";
    case NC_REASON_NO_POLICY: return "no-policy";
    default: g_return_val_if_reached (NULL);
    }
}
