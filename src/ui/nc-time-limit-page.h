/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-time-limit-page.h — the Browse area's daily time limit: the warnings,
 * the "time is up" page and more time with a parent's PIN */
#pragma once

#include <adwaita.h>

#include "nc-store.h"
#include "nc-time-keeper.h"

G_BEGIN_DECLS

#define NC_TYPE_TIME_LIMIT_PAGE (nc_time_limit_page_get_type ())
G_DECLARE_FINAL_TYPE (NcTimeLimitPage, nc_time_limit_page, NC, TIME_LIMIT_PAGE, AdwBin)

void          nc_time_limit_page_set_profile  (NcTimeLimitPage *self,
                                               NcStore         *store,
                                               NcRulesSource   *source,
                                               gint64           profile_id);
NcTimeKeeper *nc_time_limit_page_get_keeper   (NcTimeLimitPage *self);
void          nc_time_limit_page_set_browsing (NcTimeLimitPage *self,
                                               gboolean         browsing);
gboolean      nc_time_limit_page_is_time_up   (NcTimeLimitPage *self);
gboolean      nc_time_limit_page_extend       (NcTimeLimitPage *self,
                                               int              minutes,
                                               GError         **error);

G_END_DECLS
