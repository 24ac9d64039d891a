/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-domain-set-file.c — libFuzzer harness for compiled set files: any
 * bytes give a set or a GError, never a crash; a second try with the
 * checksum made to match reaches the structural checks. */
#include "config.h"

#include <string.h>

#include "nc-domain-set.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
try_load (const guint8 *data,
          size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(NcDomainSet) set = nc_domain_set_new_from_bytes (bytes, &error);

  if (set == NULL)
    {
      g_assert (error != NULL && error->domain == NC_DOMAIN_SET_ERROR);
      return;
    }
  nc_domain_set_lookup_host (set, "www.example.com");
  nc_domain_set_lookup_host (set, "a.b.c.d.e.f.example.org");
  nc_domain_set_lookup_host (set, "1.2.3.4");
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  try_load (data, size);

  if (size >= 64 && size % 8 == 0)
    {
      g_autofree guint64 *copy = g_new (guint64, size / 8);
      guint64 sum, file_size = GUINT64_TO_LE ((guint64) size);

      memcpy (copy, data, size);
      memcpy ((guint8 *) copy + 24, &file_size, 8);
      sum = GUINT64_TO_LE (nc_domain_set_compute_checksum (copy, size));
      memcpy ((guint8 *) copy + 32, &sum, 8);
      try_load ((const guint8 *) copy, size);
    }

  return 0;
}
