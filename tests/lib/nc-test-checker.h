/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-checker.h — one checker shared by every case of a test program */
#pragma once

#include "nc-checker.h"

G_BEGIN_DECLS

/* Builds the checker (asserting that it builds) into *@checker, runs the
 * cases added after g_test_init(), then frees it: the status of
 * g_test_run(). */
int nc_test_run_with_checker (NcChecker **checker);

G_END_DECLS
