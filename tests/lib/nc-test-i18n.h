/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-i18n.h — core tests that read the translations of the build */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Binds the gettext domain to the build's catalogues (NC_BUILD_ROOT/po)
 * in the C.UTF-8 locale, where LANGUAGE picks the language. FALSE, with
 * the test skipped and the reason said, when they are not there. */
gboolean nc_test_use_build_catalogs (void);

G_END_DECLS
