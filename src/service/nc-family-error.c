/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-error.c — the family service's D-Bus errors */
#include "nc-family-error.h"

static const GDBusErrorEntry entries[] = {
  { NC_FAMILY_ERROR_NOT_AUTHORIZED,  "io.github.netconduct.Family1.Error.NotAuthorized" },
  { NC_FAMILY_ERROR_NOT_A_CHILD,     "io.github.netconduct.Family1.Error.NotAChild" },
  { NC_FAMILY_ERROR_NOT_FOUND,       "io.github.netconduct.Family1.Error.NotFound" },
  { NC_FAMILY_ERROR_UNKNOWN_ACCOUNT, "io.github.netconduct.Family1.Error.UnknownAccount" },
  { NC_FAMILY_ERROR_INVALID_ARGS,    "io.github.netconduct.Family1.Error.InvalidArgs" },
  { NC_FAMILY_ERROR_PIN_LOCKED,      "io.github.netconduct.Family1.Error.PinLocked" },
  { NC_FAMILY_ERROR_PIN_NOT_SET,     "io.github.netconduct.Family1.Error.PinNotSet" },
  { NC_FAMILY_ERROR_BUSY,            "io.github.netconduct.Family1.Error.Busy" },
  { NC_FAMILY_ERROR_FAILED,          "io.github.netconduct.Family1.Error.Failed" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (entries) == NC_FAMILY_N_ERRORS);

GQuark
nc_family_error_quark (void)
{
  static gsize quark = 0;

  g_dbus_error_register_error_domain ("nc-family-error-quark", &quark,
                                      entries, G_N_ELEMENTS (entries));
  return (GQuark) quark;
}
