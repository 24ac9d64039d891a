/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-csv.h — reading and writing CSV (RFC 4180) for class rosters and results
 *
 * The reader takes what spreadsheet programs write: UTF-8 with or without a
 * byte-order mark, comma, semicolon or tab separators (guessed from the
 * first line), quoted fields with doubled quotes and line breaks, CRLF or LF.
 * It refuses, with an error naming the line, invalid UTF-8, an unbalanced
 * quote, a field over NC_CSV_MAX_FIELD bytes or more than NC_CSV_MAX_ROWS rows.
 *
 * The writer quotes where needed and defuses cells that a spreadsheet would
 * run as a formula (a leading = + - @) by putting a ' in front; the reader
 * takes that ' away again, so names round-trip.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_CSV_ERROR (nc_csv_error_quark ())
#define NC_CSV_MAX_FIELD (64 * 1024)
#define NC_CSV_MAX_ROWS  10000
#define NC_CSV_MAX_FILE  (16 * 1024 * 1024)

typedef enum {
  NC_CSV_ERROR_ENCODING,   /* not UTF-8 */
  NC_CSV_ERROR_QUOTE,      /* a quote that never closes, or text after one */
  NC_CSV_ERROR_TOO_LARGE,  /* a field or the file is too large */
} NcCsvError;

GQuark     nc_csv_error_quark  (void);
GPtrArray *nc_csv_parse        (const char          *data,
                                gssize               length,
                                GError             **error); /* of GStrv */
gboolean   nc_csv_load_file    (const char          *path,
                                char               **contents,
                                gsize               *length,
                                GError             **error);
GPtrArray *nc_csv_read_file    (const char          *path,
                                GError             **error);
void       nc_csv_append_row   (GString             *out,
                                const char * const  *fields,
                                int                  n_fields);
/* A new string with the UTF-8 byte-order mark, ready for rows. */
GString   *nc_csv_new_document (void);

G_END_DECLS
