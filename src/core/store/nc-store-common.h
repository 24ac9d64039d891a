/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-common.h — the store's error domain and setting names
 *
 * Apart from nc-store.h (which includes it) so that what the store itself
 * uses can name them without depending on the store: the parsers of what
 * people type (nc-parse.h) report NC_STORE_ERROR_INVALID, and the
 * administrator's policy (nc-managed.h) checks the settings it locks.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_STORE_ERROR (nc_store_error_quark ())

typedef enum {
  NC_STORE_ERROR_OPEN,        /* the file cannot be created or opened */
  NC_STORE_ERROR_TOO_NEW,     /* written by a newer NetConduct */
  NC_STORE_ERROR_CORRUPT,     /* failed its integrity check */
  NC_STORE_ERROR_SQL,         /* a statement failed */
  NC_STORE_ERROR_DISK_FULL,   /* no space left: nothing was changed */
  NC_STORE_ERROR_NOT_FOUND,   /* no such profile, list or entry */
  NC_STORE_ERROR_INVALID,     /* a value out of range (bad name, host, …) */
  NC_STORE_ERROR_EXISTS,      /* a profile with that name exists already */
  NC_STORE_ERROR_LOCKED,      /* set by the administrator (managed machine) */
} NcStoreError;

GQuark      nc_store_error_quark          (void);

/* Setting names, for nc_store_get_string() and the other accessors. */
#define NC_SETTING_RETENTION_DAYS   "retention-days"     /* int, default 90 */
#define NC_SETTING_FIRST_RUN_DONE   "first-run-done"     /* bool */
#define NC_SETTING_UI_LANGUAGE      "ui-language"        /* string, "" = system */
#define NC_SETTING_PIN_FOR_OLDER    "pin-for-older-profile" /* bool, default TRUE */
#define NC_STORE_DEFAULT_RETENTION_DAYS 90

G_END_DECLS
