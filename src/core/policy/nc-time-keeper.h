/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-time-keeper.h — a profile's daily time limit while browsing
 *
 * Usage is counted on the monotonic clock, and only while the browser is in
 * use (nc_time_keeper_set_browsing()); lessons never count. The keeper
 * saves usage in the store at least every 30 seconds and when browsing
 * stops. It emits "warning" with 5 and then 1 minute left, and "locked" at
 * zero; the browser then asks a parent, whose PIN grants 15, 30 or 60 more
 * minutes or no limit today (nc_time_keeper_extend()), and "unlocked"
 * follows. A keeper made when today's time is already used up starts
 * locked: ask nc_time_keeper_is_locked() after creating it.
 *
 * Which day it is: the wall clock is trusted only as far as the boot-time
 * clock agrees (the same rule as the PIN lock-outs, see nc-pin.h). Within
 * one boot the day advances only as real time passes, however the clock is
 * set; after a reboot the day never goes back before the latest day seen.
 * Moving the clock therefore never grants a fresh day.
 */
#pragma once

#include <glib-object.h>

#include "nc-rules-source.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_TIME_KEEPER (nc_time_keeper_get_type ())
G_DECLARE_FINAL_TYPE (NcTimeKeeper, nc_time_keeper, NC, TIME_KEEPER, GObject)

/* The limit, usage and extensions of @profile_id in @store (home mode). */
NcTimeKeeper *nc_time_keeper_new                   (NcStore      *store,
                                                    gint64        profile_id);
/* The same from @source (either mode); @store keeps the clock's
 * observation (see above). */
NcTimeKeeper *nc_time_keeper_new_for_source        (NcStore       *store,
                                                    NcRulesSource *source,
                                                    gint64         profile_id);
void          nc_time_keeper_set_browsing          (NcTimeKeeper *self,
                                                    gboolean      browsing);
gboolean      nc_time_keeper_get_browsing          (NcTimeKeeper *self);
/* Seconds left today, or -1 when there is no limit. */
int           nc_time_keeper_get_remaining_seconds (NcTimeKeeper *self);
gboolean      nc_time_keeper_is_locked             (NcTimeKeeper *self);
/* The time the keeper trusts (the wall clock as far as the boot-time
 * clock agrees; see above), local. Pass it to nc_site_policy_decide() so
 * that moving the clock does not open the allowed hours either. */
GDateTime    *nc_time_keeper_get_trusted_now       (NcTimeKeeper *self);
/* The day the keeper counts for, "YYYY-MM-DD". */
const char   *nc_time_keeper_get_day               (NcTimeKeeper *self);
/* After a parent's PIN: @minutes more today, or NC_EXTENSION_NO_LIMIT. */
gboolean      nc_time_keeper_extend                (NcTimeKeeper *self,
                                                    int           minutes,
                                                    GError      **error);
/* The same with the parent's @pin, which the family service checks again. */
gboolean      nc_time_keeper_extend_with_pin       (NcTimeKeeper *self,
                                                    int           minutes,
                                                    const char   *pin,
                                                    GError      **error);
/* Counts the time since the last tick; the keeper's own timer calls it
 * every second while browsing. */
void          nc_time_keeper_tick                  (NcTimeKeeper *self);
/* Saves the usage counted so far. */
gboolean      nc_time_keeper_flush                 (NcTimeKeeper *self,
                                                    GError      **error);

G_END_DECLS
