/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-web-session.c — one WebKit network session per profile */
#include "config.h"

#include "nc-web-session.h"

/*
 * A network session for one profile: cookies, cache and site data under
 * @profile_dir (created when missing), or nothing kept at all when
 * @profile_dir is NULL (a guest). Tracking prevention is always on.
 */
WebKitNetworkSession *
nc_web_session_new (const char *profile_dir)
{
  WebKitNetworkSession *session;

  if (profile_dir == NULL)
    {
      session = webkit_network_session_new_ephemeral ();
    }
  else
    {
      g_autofree char *data_dir = g_build_filename (profile_dir, "web-data", NULL);
      g_autofree char *cache_dir = g_build_filename (profile_dir, "web-cache", NULL);

      g_mkdir_with_parents (data_dir, 0700);
      g_mkdir_with_parents (cache_dir, 0700);
      session = webkit_network_session_new (data_dir, cache_dir);
    }

  webkit_network_session_set_itp_enabled (session, TRUE);

  return session;
}
