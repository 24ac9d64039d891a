/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-track.c — the learning tracks and the age bands they serve */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "nc-track.h"

static const struct {
  const char *name;
  const char *title;
} tracks[NC_N_TRACKS] = {
  [NC_TRACK_ALL]     = { "all",   N_("Every lesson") },
  [NC_TRACK_6_9]     = { "6-9",   N_("Ages 6 to 9") },
  [NC_TRACK_10_12]   = { "10-12", N_("Ages 10 to 12") },
  [NC_TRACK_13_PLUS] = { "13+",   N_("Ages 13 and up") },
  [NC_TRACK_ADULT]   = { "adult", N_("Adults and parents") },
};

/* The name used in lesson files and on the command line. */
const char *
nc_track_to_string (NcTrack track)
{
  g_return_val_if_fail (track < NC_N_TRACKS, NULL);
  return tracks[track].name;
}

gboolean
nc_track_from_string (const char *text,
                      NcTrack    *track)
{
  g_return_val_if_fail (track != NULL, FALSE);

  for (guint i = 0; text != NULL && i < NC_N_TRACKS; i++)
    if (g_str_equal (text, tracks[i].name))
      {
        *track = i;
        return TRUE;
      }
  return FALSE;
}

/* The name people read, in the current locale's language. */
const char *
nc_track_get_title (NcTrack track)
{
  g_return_val_if_fail (track < NC_N_TRACKS, NULL);
  return _(tracks[track].title);
}

/* The track of a child of @band. Teenagers of 13 to 17 share one track;
 * adults see every lesson. */
NcTrack
nc_track_for_age_band (NcAgeBand band)
{
  switch (band)
    {
    case NC_AGE_BAND_6_9:
      return NC_TRACK_6_9;
    case NC_AGE_BAND_10_12:
      return NC_TRACK_10_12;
    case NC_AGE_BAND_13_15:
    case NC_AGE_BAND_16_17:
      return NC_TRACK_13_PLUS;
    case NC_AGE_BAND_ADULT:
    default:
      return NC_TRACK_ALL;
    }
}

/*
 * Reads a list of track names separated by spaces ("6-9 10-12") into a set
 * of NC_TRACK_BIT()s. "all" is not a track a lesson can name. FALSE with
 * @error (G_IO_ERROR_INVALID_DATA) on an unknown name or an empty list.
 */
gboolean
nc_tracks_parse (const char  *text,
                 guint       *out,
                 GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint set = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  parts = g_strsplit_set (text != NULL ? text : "", " ,", -1);
  for (int i = 0; parts[i]; i++)
    {
      NcTrack track;

      if (*parts[i] == '\0')
        continue;
      if (!nc_track_from_string (parts[i], &track) || track == NC_TRACK_ALL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "unknown track “%s” (use 6-9, 10-12, 13+ or adult)", parts[i]);
          return FALSE;
        }
      set |= NC_TRACK_BIT (track);
    }
  if (set == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "no track given (use 6-9, 10-12, 13+ or adult)");
      return FALSE;
    }
  *out = set;
  return TRUE;
}
