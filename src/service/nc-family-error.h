/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-error.h — the family service's D-Bus errors
 *
 * Each code travels as io.github.netconduct.Family1.Error.<Name>
 * (registered with g_dbus_error_register_error_domain(), so a client that
 * calls nc_family_error_quark() once gets them back as NC_FAMILY_ERROR).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NC_FAMILY_ERROR (nc_family_error_quark ())

typedef enum {
  NC_FAMILY_ERROR_NOT_AUTHORIZED,  /* polkit said no (or no polkit) */
  NC_FAMILY_ERROR_NOT_A_CHILD,     /* the caller's account is not a child's */
  NC_FAMILY_ERROR_NOT_FOUND,       /* no such profile */
  NC_FAMILY_ERROR_UNKNOWN_ACCOUNT, /* no such Unix account, or root */
  NC_FAMILY_ERROR_INVALID_ARGS,    /* a value out of range, a string too long */
  NC_FAMILY_ERROR_PIN_LOCKED,      /* too many wrong PINs: wait */
  NC_FAMILY_ERROR_PIN_NOT_SET,     /* no parent's PIN yet */
  NC_FAMILY_ERROR_BUSY,            /* too many checks waiting for polkit */
  NC_FAMILY_ERROR_FAILED,          /* the database could not do it */
} NcFamilyError;

#define NC_FAMILY_N_ERRORS (NC_FAMILY_ERROR_FAILED + 1)

GQuark nc_family_error_quark (void);

G_END_DECLS
