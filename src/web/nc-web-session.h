/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-web-session.h — one WebKit network session per profile */
#pragma once

#include <webkit/webkit.h>

G_BEGIN_DECLS

WebKitNetworkSession *nc_web_session_new (const char *profile_dir);

G_END_DECLS
