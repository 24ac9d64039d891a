/* nc-store.h — the SQLite database that holds everything a parent sets
 *
 * NcStore is the only code that opens the database file. It applies the
 * schema migrations at open time and hands typed accessors to the layers
 * above.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NC_STORE_ERROR (nc_store_error_quark ())

typedef enum {
  NC_STORE_ERROR_OPEN,        /* the file cannot be created or opened */
  NC_STORE_ERROR_TOO_NEW,     /* written by a newer NetConduct */
  NC_STORE_ERROR_CORRUPT,     /* failed its integrity check */
  NC_STORE_ERROR_SQL,         /* a statement failed */
} NcStoreError;

#define NC_TYPE_STORE (nc_store_get_type ())
G_DECLARE_FINAL_TYPE (NcStore, nc_store, NC, STORE, GObject)

GQuark      nc_store_error_quark          (void);
NcStore    *nc_store_open                 (const char  *path,
                                           GError     **error);
const char *nc_store_get_path             (NcStore     *self);
int         nc_store_get_schema_version   (NcStore     *self);
int         nc_store_get_latest_version   (void);

G_END_DECLS
