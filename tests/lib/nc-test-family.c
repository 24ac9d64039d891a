/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-family.c — a child's client of the family service */
#include "config.h"

#include "nc-test-family.h"

NcRulesSource *
nc_test_family_source_new (const char *program)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, &error);

  if (bus == NULL)
    {
      g_printerr ("%s: %s\n", program, error->message);
      return NULL;
    }
  return nc_rules_source_family_new (bus, NC_FAMILY_BUS_NAME);
}
