/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-session-ledger.h — a child account's whole-session time per day
 *
 * Kept in the service's database as one internal key per account
 * ("family-session-<uid>" = "YYYY-MM-DD=seconds;…", the 8 latest days), so
 * that each write is one row, wholly in or out (a SIGKILL loses at most the
 * seconds not yet added). Internal bookkeeping: announced as "time", never
 * as a parent's setting.
 */
#pragma once

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_FAMILY_LEDGER_DAYS 8

/* Seconds counted for @uid on @day ("YYYY-MM-DD"); 0 when none. */
int        nc_family_ledger_get  (NcStore     *store,
                                  guint32      uid,
                                  const char  *day);
/* Adds @seconds (> 0) to @uid's @day; older days beyond the 8 latest go. */
gboolean   nc_family_ledger_add  (NcStore     *store,
                                  guint32      uid,
                                  const char  *day,
                                  int          seconds,
                                  GError     **error);
/* (day, seconds) for @days days ending on @today (oldest first, days
 * without time included as 0): a GVariant "a(si)". */
GVariant  *nc_family_ledger_days (NcStore     *store,
                                  guint32      uid,
                                  GDateTime   *today,
                                  int          days);

G_END_DECLS
