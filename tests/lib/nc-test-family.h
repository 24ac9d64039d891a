/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-family.h — a child's client of the family service, for the
 * probes and benchmarks that stand in for one */
#pragma once

#include "nc-rules-source-family.h"

G_BEGIN_DECLS

/* The family service's rules on the system bus ($DBUS_SYSTEM_BUS_ADDRESS),
 * as a child's app reads them; NULL, with "@program: MESSAGE" on stderr,
 * when the bus cannot be reached. */
NcRulesSource *nc_test_family_source_new (const char *program);

G_END_DECLS
