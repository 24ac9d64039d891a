/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-checker.c — one checker shared by every case of a test program */
#include "config.h"

#include "nc-test-checker.h"

int
nc_test_run_with_checker (NcChecker **checker)
{
  g_autoptr(GError) error = NULL;
  int status;

  *checker = nc_checker_new (&error);
  g_assert_no_error (error);
  status = g_test_run ();
  g_clear_object (checker);
  return status;
}
