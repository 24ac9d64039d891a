/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parse.h — strict parsers for what people type: allowed hours, site
 * categories and short names
 *
 * Shared by netconductctl, the settings file import and the store, so the
 * app, the tool and the fuzzers (tests/fuzz/fuzz-hours.c) read a value the
 * same way. Every parser either takes the whole text or fails with an
 * NC_STORE_ERROR_INVALID error that says what to write instead; none
 * guesses, none accepts a prefix ("monkey" is not Monday).
 *
 * Allowed hours (the grammar; spaces are allowed only around "," and "="):
 *
 *   spec   = group *("," group)
 *   group  = [days "="] ranges          no days: every day
 *   days   = "all" | day | day "-" day  mon, tue, wed, thu, fri, sat, sun,
 *                                       a range from the earlier day
 *   ranges = "none" | range *("+" range)
 *   range  = time "-" time              start before end
 *   time   = H | H ":00"                H from 0 to 24 (24 only as an end)
 *
 * Days a spec does not name keep their hours; a day named twice is an
 * error. At most NC_PARSE_HOURS_MAX_BYTES bytes.
 */
#pragma once

#include <glib.h>

#include "nc-site-policy.h"

G_BEGIN_DECLS

#define NC_PARSE_HOURS_MAX_BYTES 512

/* Parses @spec into @hours ([0] = Monday, bit h = hour h allowed). On
 * error @hours is left as it was. */
gboolean    nc_parse_hours      (const char      *spec,
                                 guint32          hours[7],
                                 GError         **error);
/* "7-12+14-20", or "none"; parses back to @mask. */
char       *nc_format_hours     (guint32          mask);
/* 0 (mon) … 6 (sun), or -1; the whole name, in any case. */
int         nc_parse_day        (const char      *name);
const char *nc_day_name         (int              day);

/* One category by its exact name (any case). */
gboolean    nc_parse_category   (const char      *name,
                                 NcSiteCategory  *category);
/* Names separated by "," or ";" (spaces around them allowed), "none" or
 * "" for no category, into bits (1 << NcSiteCategory). An unknown or empty
 * name is an error naming it. */
gboolean    nc_parse_categories (const char      *text,
                                 guint32         *bits,
                                 GError         **error);
/* "adult, gambling, …": every category name, for messages. */
char       *nc_parse_list_categories (void);

/* TRUE when @text is valid UTF-8 of 1 to @max_chars characters, not all
 * spaces, with no control character, line or paragraph separator, or
 * bidirectional override (which would let a name print as another). */
gboolean    nc_parse_is_clean_name (const char   *text,
                                    glong         max_chars);
/* A short, printable copy of untrusted @text for a message: escaped,
 * at most 60 bytes and "…". */
char       *nc_parse_quote      (const char      *text);

G_END_DECLS
