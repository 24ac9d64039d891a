/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-app-filter.h — other web browsers held back through malcontent
 *
 * When an account becomes a child's, its malcontent app filter (kept by
 * AccountsService, set through libmalcontent on the service's bus) also
 * holds back the other web browsers: Firefox ESR, Firefox, Chromium,
 * Epiphany (their programs and Flatpaks) and the x-scheme-handler/http and
 * https content types; NetConduct stays allowed. The filter the account had
 * before is kept in the service's database and put back when the account
 * stops being a child's. A filter that already lists apps keeps them (in an
 * allow list, the browsers are taken out and NetConduct put in).
 *
 * Work is queued and done one account at a time, without blocking the
 * service. Each account's state is a short text:
 *   "held-back", "restored", "pending",
 *   "missing: …" (malcontent or AccountsService is not on this computer),
 *   "failed: …" (anything else, with the reason).
 * Without libmalcontent at build time every state is "missing: …".
 */
#pragma once

#include <gio/gio.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_FAMILY_APP_FILTER (nc_family_app_filter_get_type ())
G_DECLARE_FINAL_TYPE (NcFamilyAppFilter, nc_family_app_filter, NC, FAMILY_APP_FILTER, GObject)

NcFamilyAppFilter *nc_family_app_filter_new        (NcStore           *store,
                                                    GDBusConnection   *connection);
/* @uid became a child's account: hold the other browsers back. */
void               nc_family_app_filter_hold_back  (NcFamilyAppFilter *self,
                                                    guint32            uid);
/* @uid is no longer a child's: put its previous filter back. */
void               nc_family_app_filter_restore    (NcFamilyAppFilter *self,
                                                    guint32            uid);
/* At the service's start: work a SIGKILL interrupted ("pending") is done
 * again, and a child whose browsers are not held back yet ("missing: …",
 * "failed: …": malcontent installed since, say) is tried again. */
void               nc_family_app_filter_resume     (NcFamilyAppFilter *self);
/* @uid's state (see above); "" when nothing was ever done. */
char              *nc_family_app_filter_get_state  (NcFamilyAppFilter *self,
                                                    guint32            uid);
/* TRUE when the service was built with libmalcontent. */
gboolean           nc_family_app_filter_is_built   (void);

G_END_DECLS
