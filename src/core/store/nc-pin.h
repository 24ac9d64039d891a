/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-pin.h — the parent PIN: hashing, checking and lock-outs
 *
 * The PIN is 4 to 8 digits, or a passphrase of at least 8 characters. Only
 * its Argon2id hash (libsodium crypto_pwhash_str, parameters inside the
 * string) is kept, in the store's `pin` table; an outdated hash is
 * replaced after the next correct check.
 *
 * Lock-outs: after 5 wrong PINs in a row the next try must wait 30 s; each
 * further wrong PIN doubles the wait (60 s, 2 min, …), never more than one
 * day. A correct PIN resets the count. The count stops at
 * NC_PIN_MAX_FAILURES (it never wraps round to "no wait"), and on reading
 * the database a count out of range reads as NC_PIN_MAX_FAILURES and a
 * lock longer than NC_PIN_MAX_LOCK_SECS as NC_PIN_MAX_LOCK_SECS from now,
 * so no value written into the file can lock the parent out for longer. Each attempt is counted, and the
 * lock it would earn is saved, BEFORE the PIN is compared, so killing the
 * app during the check gains nothing.
 *
 * How a lock's time passes (the rule):
 *   - The lock is kept as "milliseconds left" plus the moment it was last
 *     observed: the boot id, CLOCK_BOOTTIME and the wall clock.
 *   - Same boot: the time passed is what CLOCK_BOOTTIME says. The wall clock
 *     is ignored, so moving it either way changes nothing (CLOCK_BOOTTIME
 *     also counts time while suspended, and cannot be set).
 *   - After a reboot (another boot id, or none known): the time passed is
 *     how far the wall clock has moved past the HIGHEST wall time ever
 *     observed, and never negative. Moving the clock back therefore never
 *     shortens nor restarts a lock, and putting it right again later does
 *     not credit the time it was wrong.
 *   - Known limit: moving the clock forward while the machine is powered
 *     off (in the firmware, or in the OS as an administrator) is credited;
 *     without a trusted time source it cannot be told from real time.
 */
#pragma once

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_PIN_ERROR (nc_pin_error_quark ())

typedef enum {
  NC_PIN_ERROR_INVALID,     /* not 4–8 digits nor a passphrase of 8+ characters */
  NC_PIN_ERROR_NOT_SET,
  NC_PIN_ERROR_FAILED,      /* hashing failed (out of memory) */
} NcPinError;

typedef enum {
  NC_PIN_OK,
  NC_PIN_WRONG,
  NC_PIN_LOCKED,            /* not compared: wait first */
} NcPinResult;

/* Where a new PIN typed twice (a PIN and its confirmation) stands. */
typedef enum {
  NC_PIN_PAIR_EMPTY,        /* nothing typed yet */
  NC_PIN_PAIR_INVALID,      /* the first is not a valid PIN */
  NC_PIN_PAIR_UNCONFIRMED,  /* valid; the second still empty */
  NC_PIN_PAIR_DIFFERENT,    /* the two are not the same */
  NC_PIN_PAIR_READY,        /* the same valid PIN twice */
} NcPinPair;

#define NC_PIN_FREE_TRIES      5
#define NC_PIN_FIRST_LOCK_SECS 30
#define NC_PIN_MAX_LOCK_SECS   (24 * 60 * 60)
#define NC_PIN_MAX_FAILURES    1000000
#define NC_PIN_HASH_MAX_MEM_KIB (1024 * 1024)   /* 1 GiB */
#define NC_PIN_HASH_MAX_PASSES  16

GQuark      nc_pin_error_quark       (void);

gboolean    nc_pin_validate          (const char  *pin,
                                      GError     **error);
NcPinPair   nc_pin_check_pair        (const char  *pin,
                                      const char  *again);
gboolean    nc_pin_is_set            (NcStore     *store);
/* Sets (or replaces) the PIN and clears any lock-out. */
gboolean    nc_pin_set               (NcStore     *store,
                                      const char  *pin,
                                      GError     **error);
/* For `netconductctl import --with-pin-hash`: the stored hash string, and
 * setting one. The rule for a hash set this way (nc-pin.c,
 * docs/settings-store.md): Argon2id v19, one lane, at least the memory
 * and passes of nc_pin_set() and at most NC_PIN_HASH_MAX_MEM_KIB and
 * NC_PIN_HASH_MAX_PASSES; anything else is NC_PIN_ERROR_INVALID. */
char       *nc_pin_get_hash          (NcStore     *store);
gboolean    nc_pin_set_hash          (NcStore     *store,
                                      const char  *hash,
                                      GError     **error);
gboolean    nc_pin_clear             (NcStore     *store,
                                      GError     **error);
/* Wipes @secret (a PIN as typed, NUL-terminated; may be NULL) and frees it. */
void        nc_pin_free_secret       (char        *secret);
/*
 * Compares @pin with the stored hash. Returns NC_PIN_OK, NC_PIN_WRONG or
 * NC_PIN_LOCKED; on NC_PIN_WRONG and NC_PIN_LOCKED, @wait_seconds (may be
 * NULL) is how long before the next try is accepted (0 = now). Returns -1
 * with @error set when the PIN is not set or the attempt could not be
 * saved (a full disk): fail closed. Never call it inside
 * nc_store_begin() … nc_store_commit(): the attempt must be on disk before
 * the comparison.
 */
int         nc_pin_check             (NcStore     *store,
                                      const char  *pin,
                                      gint64      *wait_seconds,
                                      GError     **error);
gint64      nc_pin_get_wait_seconds  (NcStore     *store);
int         nc_pin_get_failures      (NcStore     *store);
/* The wait after @failures wrong PINs in a row (0 below NC_PIN_FREE_TRIES). */
gint64      nc_pin_lock_seconds      (int          failures);

/* Test hook: the weakest libsodium parameters, so tests run fast. Never
 * called by the app. */
void        nc_pin_use_fast_hash_for_tests (gboolean fast);
gboolean    nc_pin_hash_has_fast_params_for_test (NcStore *store);

G_END_DECLS
