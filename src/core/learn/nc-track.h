/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-track.h — the learning tracks: which lessons suit which ages
 *
 * Every lesson file says which tracks it belongs to (ages="6-9 10-12"). A
 * child's track comes from the age band of their profile; adults and
 * self-learners see every lesson and may pick any track. A track is
 * certified when every lesson in it is passed.
 */
#pragma once

#include <glib.h>

#include "nc-site-policy.h"

G_BEGIN_DECLS

typedef enum {
  NC_TRACK_ALL,      /* every lesson: adults, self-learners, no profile */
  NC_TRACK_6_9,
  NC_TRACK_10_12,
  NC_TRACK_13_PLUS,  /* the whole Code */
  NC_TRACK_ADULT,    /* the whole Code and the lessons for parents */
  NC_N_TRACKS,
} NcTrack;

/* A set of tracks, one bit per NcTrack (NC_TRACK_ALL is never a bit). */
#define NC_TRACK_BIT(track) (1u << (track))

const char *nc_track_to_string     (NcTrack      track);   /* "6-9", "all", … */
gboolean    nc_track_from_string   (const char  *text,
                                    NcTrack     *track);
const char *nc_track_get_title     (NcTrack      track);   /* translated */
NcTrack     nc_track_for_age_band  (NcAgeBand    band);
gboolean    nc_tracks_parse        (const char  *text,
                                    guint       *tracks,
                                    GError     **error);

G_END_DECLS
