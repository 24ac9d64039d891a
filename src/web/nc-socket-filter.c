/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-socket-filter.c — the WebSocket rules of a profile, as a WebKit
 * content filter */
#include "config.h"

#include <string.h>

#include "nc-socket-filter.h"
#include "nc-url-host.h"

#define RESOURCE_LISTS "/io/github/netconduct/NetConduct/blocklists/"

/* One rule on the host @host (normalized: a-z 0-9 . - [ ] :) and its
 * subdomains, for WebSockets of any scheme. */
static void
add_rule (GString    *json,
          const char *host,
          gsize       len,
          const char *action)
{
  if (json->len > 1)
    g_string_append_c (json, ',');
  g_string_append (json, "{\"trigger\":{\"url-filter\":\"^[a-z]+://([^/:]*\\\\.)?");
  for (gsize i = 0; i < len; i++)
    {
      char c = host[i];

      if (c == '.' || c == '[' || c == ']')
        g_string_append (json, "\\\\");
      if (g_ascii_isalnum (c) || c == '.' || c == '-' || c == '[' || c == ']' || c == ':')
        g_string_append_c (json, c);
    }
  g_string_append_printf (json, "[:/]\",\"resource-type\":[\"websocket\"]},"
                                "\"action\":{\"type\":\"%s\"}}", action);
}

static void
add_listed_cb (const char *host,
               gsize       len,
               gpointer    user_data)
{
  add_rule (user_data, host, len, "block");
}

static void
add_hosts (GString            *json,
           const char * const *hosts,
           const char         *action)
{
  for (gsize i = 0; hosts != NULL && hosts[i] != NULL; i++)
    {
      const char *entry = hosts[i];
      g_autofree char *host = NULL;

      if (strstr (entry, "://") != NULL)
        host = nc_url_dup_host (entry);
      else
        {
          char norm[NC_HOST_MAX];
          NcHostKind kind;
          int n;

          if (entry[0] == '*' && entry[1] == '.')
            entry += 2;
          n = nc_host_normalize (entry, -1, norm, &kind);
          host = n > 0 ? g_strndup (norm, n) : NULL;
        }
      if (host != NULL)
        add_rule (json, host, strlen (host), action);
    }
}

/*
 * The content filter source for @rules, with @policy (NULL while it loads)
 * and the hosts @also_allowed for this session (may be NULL). Free with
 * g_free().
 */
char *
nc_socket_filter_build_json (NcSitePolicy         *policy,
                             const NcProfileRules *rules,
                             const char * const   *also_allowed)
{
  GString *json = g_string_new ("[");
  guint32 blocked;

  g_return_val_if_fail (rules != NULL, NULL);

  if (policy == NULL || nc_site_policy_is_fail_closed (policy))
    {
      if (nc_profile_rules_get_age_band (rules) != NC_AGE_BAND_ADULT)
        g_string_append (json, "{\"trigger\":{\"url-filter\":\".*\",\"resource-type\":[\"websocket\"],"
                               "\"load-type\":[\"third-party\"]},\"action\":{\"type\":\"block\"}}");
    }
  else
    {
      blocked = nc_profile_rules_get_blocked_categories (rules);
      if (!nc_profile_rules_is_social_allowed (rules))
        blocked |= 1u << NC_SITE_CATEGORY_SOCIAL;
      for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
        {
          g_autofree char *path = NULL;
          g_autoptr(GBytes) bytes = NULL;

          if (!(blocked & (1u << c)))
            continue;
          path = g_strconcat (RESOURCE_LISTS, nc_site_category_to_string (c), ".txt", NULL);
          bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
          if (bytes != NULL)
            nc_domain_list_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  add_listed_cb, json, NULL);
        }
    }
  /* Exceptions, then the parent's block list, which beats them. */
  add_hosts (json, nc_profile_rules_get_parent_allow (rules), "ignore-previous-rules");
  add_hosts (json, also_allowed, "ignore-previous-rules");
  add_hosts (json, nc_profile_rules_get_parent_block (rules), "block");

  /* WebKit refuses an empty list: a rule that never matches. */
  if (json->len == 1)
    g_string_append (json, "{\"trigger\":{\"url-filter\":\"^nc-none:\",\"resource-type\":[\"websocket\"]},"
                           "\"action\":{\"type\":\"block\"}}");
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}
