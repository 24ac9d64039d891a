/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-pin.c — the parent PIN: hashing, checking and lock-outs */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "nc-clock.h"
#include "nc-pin.h"
#include "nc-store-private.h"

G_DEFINE_QUARK (nc-pin-error-quark, nc_pin_error)

static gboolean fast_hash;

typedef struct {
  char   *hash;
  int     failures;
  gint64  lock_remaining_ms;
  char    obs_boot_id[40];
  gint64  obs_boottime;
  gint64  obs_wall;
  gint64  wall_high;
} PinRow;

void
nc_pin_use_fast_hash_for_tests (gboolean fast)
{
  fast_hash = fast;
}

static void
ensure_sodium (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (sodium_init () < 0)
        g_error ("libsodium cannot start");
      g_once_init_leave (&done, 1);
    }
}

static unsigned long long
opslimit (void)
{
  return fast_hash ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

static size_t
memlimit (void)
{
  return fast_hash ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

gint64
nc_pin_lock_seconds (int failures)
{
  int doublings;

  if (failures < NC_PIN_FREE_TRIES)
    return 0;
  doublings = failures - NC_PIN_FREE_TRIES;
  if (doublings >= 20)
    return NC_PIN_MAX_LOCK_SECS;
  return MIN ((gint64) NC_PIN_FIRST_LOCK_SECS << doublings, NC_PIN_MAX_LOCK_SECS);
}

/* The PIN as it is hashed: a passphrase in Unicode NFC, so the same words
 * typed with another Vietnamese input method match. Free with
 * nc_pin_free_secret(). */
static char *
normalize (const char *pin)
{
  return g_utf8_normalize (pin, -1, G_NORMALIZE_NFC);
}

void
nc_pin_free_secret (char *secret)
{
  if (secret == NULL)
    return;
  sodium_memzero (secret, strlen (secret));
  g_free (secret);
}

gboolean
nc_pin_validate (const char  *pin,
                 GError     **error)
{
  const char *problem = NULL;
  gboolean digits = TRUE;
  glong length;

  if (pin == NULL || !g_utf8_validate (pin, -1, NULL))
    {
      g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID, _("The PIN is not valid text."));
      return FALSE;
    }
  for (const char *c = pin; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      digits = FALSE;
  length = g_utf8_strlen (pin, -1);

  /* A PIN is 4 to 8 digits; anything with another character is a
   * passphrase of at least 8 characters. */
  if (length == 0)
    problem = _("Type a PIN of 4 to 8 digits, or a passphrase of at least 8 characters.");
  else if (digits && length < 4)
    problem = _("A PIN needs at least 4 digits.");
  else if (digits && length > 8)
    problem = _("A PIN has at most 8 digits. For something longer, add a letter to make it a passphrase.");
  else if (!digits && length < 8)
    problem = _("A passphrase needs at least 8 characters. A PIN uses digits only.");
  else if (strlen (pin) > 256)
    problem = _("The passphrase is too long.");

  if (problem != NULL)
    {
      g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID, problem);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_row (NcStore  *store,
          PinRow   *row,
          GError  **error)
{
  sqlite3 *db = nc_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  memset (row, 0, sizeof *row);
  if (sqlite3_prepare_v2 (db, "SELECT hash, failures, lock_remaining, obs_boot_id, obs_boottime, "
                              "obs_wall, wall_high FROM pin WHERE id = 1", -1, &stmt, NULL) != SQLITE_OK)
    return nc_store_set_error (store, error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *hash = (const char *) sqlite3_column_text (stmt, 0);
      const char *boot = (const char *) sqlite3_column_text (stmt, 3);

      gint64 failures = sqlite3_column_int64 (stmt, 1);
      gint64 remaining = sqlite3_column_int64 (stmt, 2);

      row->hash = g_strdup (hash);
      /* Whatever the file says, within the documented bounds: a count out
       * of range reads as the most (the wait after it is bounded anyway),
       * a lock longer than the longest as the longest from now. */
      row->failures = failures >= 0 && failures <= NC_PIN_MAX_FAILURES ? (int) failures : NC_PIN_MAX_FAILURES;
      row->lock_remaining_ms = CLAMP (remaining, 0, (gint64) NC_PIN_MAX_LOCK_SECS * 1000);
      g_strlcpy (row->obs_boot_id, boot != NULL ? boot : "", sizeof row->obs_boot_id);
      row->obs_boottime = sqlite3_column_int64 (stmt, 4);
      row->obs_wall = sqlite3_column_int64 (stmt, 5);
      row->wall_high = sqlite3_column_int64 (stmt, 6);
      ok = TRUE;
    }
  else
    nc_store_set_error (store, error);
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
write_row (NcStore       *store,
           const PinRow  *row,
           GError       **error)
{
  sqlite3 *db = nc_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, "UPDATE pin SET hash = ?, failures = ?, lock_remaining = ?, obs_boot_id = ?, "
                              "obs_boottime = ?, obs_wall = ?, wall_high = ? WHERE id = 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return nc_store_set_error (store, error);
  if (row->hash != NULL)
    sqlite3_bind_text (stmt, 1, row->hash, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int (stmt, 2, row->failures);
  sqlite3_bind_int64 (stmt, 3, row->lock_remaining_ms);
  sqlite3_bind_text (stmt, 4, row->obs_boot_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, row->obs_boottime);
  sqlite3_bind_int64 (stmt, 6, row->obs_wall);
  sqlite3_bind_int64 (stmt, 7, row->wall_high);
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  if (!ok)
    nc_store_set_error (store, error);
  sqlite3_finalize (stmt);
  if (ok)
    nc_store_mark_changed (store, "pin");
  return ok;
}

/* Lets the time since the last observation pass on the lock (see the rule
 * in nc-pin.h) and records this observation. */
static void
observe (PinRow *row)
{
  NcClockReading now;
  gint64 elapsed_us;

  nc_clock_read (&now);
  /* The stored times come from the file: an overflow would be undefined,
   * so one reads as no time passed (the lock is bounded on read). */
  if (now.boot_id[0] != '\0' && g_strcmp0 (now.boot_id, row->obs_boot_id) == 0)
    {
      if (__builtin_sub_overflow (now.boottime_us, row->obs_boottime, &elapsed_us))
        elapsed_us = 0;
    }
  else if (__builtin_sub_overflow (now.wall_us, MAX (row->wall_high, row->obs_wall), &elapsed_us))
    elapsed_us = 0;
  elapsed_us = MAX (elapsed_us, 0);

  row->lock_remaining_ms = MAX (row->lock_remaining_ms - elapsed_us / 1000, 0);
  g_strlcpy (row->obs_boot_id, now.boot_id, sizeof row->obs_boot_id);
  row->obs_boottime = now.boottime_us;
  row->obs_wall = now.wall_us;
  row->wall_high = MAX (row->wall_high, now.wall_us);
}

static gint64
wait_seconds_of (const PinRow *row)
{
  return (row->lock_remaining_ms + 999) / 1000;
}

/* Where a new PIN entered twice stands: the forms that create or change
 * the PIN accept it only at NC_PIN_PAIR_READY. NULL counts as empty. */
NcPinPair
nc_pin_check_pair (const char *pin,
                   const char *again)
{
  if (pin == NULL || *pin == '\0')
    return NC_PIN_PAIR_EMPTY;
  if (!nc_pin_validate (pin, NULL))
    return NC_PIN_PAIR_INVALID;
  if (again == NULL || *again == '\0')
    return NC_PIN_PAIR_UNCONFIRMED;
  if (strcmp (pin, again) != 0)
    return NC_PIN_PAIR_DIFFERENT;
  return NC_PIN_PAIR_READY;
}

gboolean
nc_pin_is_set (NcStore *store)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (NC_IS_STORE (store), FALSE);
  hash = nc_pin_get_hash (store);
  return hash != NULL && *hash != '\0';
}

static char *
hash_pin (const char  *pin,
          GError     **error)
{
  char out[crypto_pwhash_STRBYTES];
  char *secret = normalize (pin);
  int rc;

  ensure_sodium ();
  rc = crypto_pwhash_str (out, secret, strlen (secret), opslimit (), memlimit ());
  nc_pin_free_secret (secret);
  if (rc != 0)
    {
      g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_FAILED,
                           _("Not enough memory to protect the PIN."));
      return NULL;
    }
  return g_strdup (out);
}

/* Stores @hash (NULL: no PIN) with no failures and no lock, in one
 * transaction; a new hash starts a new observation of the clock. */
static gboolean
store_hash (NcStore     *store,
            const char  *hash,
            GError     **error)
{
  PinRow row;
  gboolean ok;

  if (!nc_store_begin (store, error))
    return FALSE;
  ok = read_row (store, &row, error);
  if (ok)
    {
      g_free (row.hash);
      row.hash = g_strdup (hash);
      row.failures = 0;
      row.lock_remaining_ms = 0;
      if (hash != NULL)
        observe (&row);
      ok = write_row (store, &row, error);
      g_free (row.hash);
    }
  return nc_store_finish_write (store, ok, error);
}

gboolean
nc_pin_set (NcStore     *store,
            const char  *pin,
            GError     **error)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (NC_IS_STORE (store), FALSE);

  if (!nc_pin_validate (pin, error))
    return FALSE;
  hash = hash_pin (pin, error);
  if (hash == NULL)
    return FALSE;

  return store_hash (store, hash, error);
}

char *
nc_pin_get_hash (NcStore *store)
{
  PinRow row;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  if (!read_row (store, &row, NULL))
    return NULL;
  return row.hash;
}

static gboolean
is_base64 (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isalnum (*text) && *text != '+' && *text != '/')
      return FALSE;
  return TRUE;
}

/* "m=65536,t=2,p=1" into KiB of memory and passes; one lane only. */
static gboolean
parse_params (const char *text,
              guint64    *mem_kib,
              guint64    *passes)
{
  g_auto(GStrv) kv = g_strsplit (text, ",", -1);

  return g_strv_length (kv) == 3 &&
         g_str_has_prefix (kv[0], "m=") && g_ascii_string_to_unsigned (kv[0] + 2, 10, 1, G_MAXUINT32, mem_kib, NULL) &&
         g_str_has_prefix (kv[1], "t=") && g_ascii_string_to_unsigned (kv[1] + 2, 10, 1, G_MAXUINT32, passes, NULL) &&
         g_str_equal (kv[2], "p=1");
}

/*
 * The rule for a hash that comes from outside (an imported file): it must
 * be exactly what crypto_pwhash_str() writes for Argon2id version 19, one
 * lane, with at least today's memory and passes (those nc_pin_set() uses)
 * and at most NC_PIN_HASH_MAX_MEM_KIB and NC_PIN_HASH_MAX_PASSES, so that
 * neither a weak hash (quick to guess offline) nor one that takes minutes
 * and gigabytes for each check gets in. A hash already in the database
 * that is weaker than today's is replaced after the next correct PIN.
 */
static gboolean
check_hash_rule (const char  *hash,
                 GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 mem_kib = 0, passes = 0;

  if (hash != NULL && strlen (hash) < crypto_pwhash_STRBYTES)
    parts = g_strsplit (hash, "$", -1);
  if (parts == NULL || g_strv_length (parts) != 6 || *parts[0] != '\0' ||
      !g_str_equal (parts[1], "argon2id") || !g_str_equal (parts[2], "v=19") ||
      !parse_params (parts[3], &mem_kib, &passes) || !is_base64 (parts[4]) || !is_base64 (parts[5]))
    {
      g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID,
                           _("The PIN hash is not an Argon2id hash written by NetConduct: export it again with "
                             "“netconductctl export --with-pin-hash”, or leave it out and set the PIN with "
                             "“netconductctl pin set”."));
      return FALSE;
    }
  ensure_sodium ();
  if (mem_kib * 1024 < memlimit () || passes < opslimit ())
    {
      g_set_error (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID,
                   _("The PIN hash is weaker (%llu KiB of memory, %llu passes) than NetConduct needs "
                     "(at least %llu KiB, %llu passes): leave “pin_hash” out of the file and set the PIN again "
                     "with “netconductctl pin set”."),
                   (unsigned long long) mem_kib, (unsigned long long) passes,
                   (unsigned long long) (memlimit () / 1024), (unsigned long long) opslimit ());
      return FALSE;
    }
  if (mem_kib > NC_PIN_HASH_MAX_MEM_KIB || passes > NC_PIN_HASH_MAX_PASSES)
    {
      g_set_error (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID,
                   _("The PIN hash asks for more than %d KiB of memory or %d passes, so every check would "
                     "take too long: leave “pin_hash” out of the file and set the PIN again with "
                     "“netconductctl pin set”."), NC_PIN_HASH_MAX_MEM_KIB, NC_PIN_HASH_MAX_PASSES);
      return FALSE;
    }
  if (crypto_pwhash_str_needs_rehash (hash, opslimit (), memlimit ()) < 0)
    {
      g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID,
                           _("The PIN hash is damaged: leave “pin_hash” out of the file and set the PIN again "
                             "with “netconductctl pin set”."));
      return FALSE;
    }
  return TRUE;
}

gboolean
nc_pin_set_hash (NcStore     *store,
                 const char  *hash,
                 GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (store), FALSE);

  if (!check_hash_rule (hash, error))
    return FALSE;
  return store_hash (store, hash, error);
}

gboolean
nc_pin_clear (NcStore  *store,
              GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (store), FALSE);
  return store_hash (store, NULL, error);
}

int
nc_pin_check (NcStore     *store,
              const char  *pin,
              gint64      *wait_seconds,
              GError     **error)
{
  PinRow row;
  char *secret = NULL;
  gboolean ok;
  int verdict;

  g_return_val_if_fail (NC_IS_STORE (store), -1);
  g_return_val_if_fail (pin != NULL, -1);
  /* Inside the caller's transaction the attempt would not be durable
   * before the comparison. */
  g_return_val_if_fail (!nc_store_in_transaction (store), -1);

  if (wait_seconds != NULL)
    *wait_seconds = 0;
  ensure_sodium ();

  /* 1. Locked? Then nothing is compared. Otherwise count this attempt,
   *    and put on the lock it would earn, durably, before comparing. */
  if (!nc_store_begin (store, error))
    return -1;
  if (!read_row (store, &row, error))
    {
      nc_store_rollback (store);
      return -1;
    }
  if (row.hash == NULL || *row.hash == '\0')
    {
      nc_store_rollback (store);
      g_free (row.hash);
      g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_NOT_SET, _("No parent PIN has been set yet."));
      return -1;
    }
  observe (&row);
  if (row.lock_remaining_ms > 0)
    {
      if (wait_seconds != NULL)
        *wait_seconds = wait_seconds_of (&row);
      ok = write_row (store, &row, error);
      g_free (row.hash);
      return nc_store_finish_write (store, ok, error) ? NC_PIN_LOCKED : -1;
    }
  if (row.failures < NC_PIN_MAX_FAILURES)
    row.failures++;          /* saturates: never wraps to "no lock" */
  row.lock_remaining_ms = nc_pin_lock_seconds (row.failures) * 1000;
  if (!write_row (store, &row, error))
    {
      nc_store_rollback (store);
      g_free (row.hash);
      return -1;
    }
  if (!nc_store_commit (store, error))
    {
      g_free (row.hash);
      return -1;
    }

  /* 2. Compare (slow, on purpose). */
  secret = normalize (pin);
  verdict = crypto_pwhash_str_verify (row.hash, secret, strlen (secret));

  /* 3. Right: clear the count and the lock, and bring an outdated hash up
   *    to date. Wrong: the lock saved above stands. */
  if (verdict == 0)
    {
      if (!nc_store_begin (store, error))
        {
          nc_pin_free_secret (secret);
          g_free (row.hash);
          return -1;
        }
      g_clear_pointer (&row.hash, g_free);
      ok = read_row (store, &row, error);
      if (ok)
        {
          row.failures = 0;
          row.lock_remaining_ms = 0;
          if (crypto_pwhash_str_needs_rehash (row.hash, opslimit (), memlimit ()) != 0)
            {
              char fresh[crypto_pwhash_STRBYTES];
              if (crypto_pwhash_str (fresh, secret, strlen (secret), opslimit (), memlimit ()) == 0)
                {
                  g_free (row.hash);
                  row.hash = g_strdup (fresh);
                }
            }
          observe (&row);
          ok = write_row (store, &row, error);
        }
      nc_pin_free_secret (secret);
      g_free (row.hash);
      return nc_store_finish_write (store, ok, error) ? NC_PIN_OK : -1;
    }

  nc_pin_free_secret (secret);
  if (wait_seconds != NULL)
    *wait_seconds = wait_seconds_of (&row);
  g_free (row.hash);
  return NC_PIN_WRONG;
}

/* The row's counters, without its hash; FALSE when it cannot be read. */
static gboolean
read_counters (NcStore *store,
               PinRow  *row)
{
  g_return_val_if_fail (NC_IS_STORE (store), FALSE);
  if (!read_row (store, row, NULL))
    return FALSE;
  g_clear_pointer (&row->hash, g_free);
  return TRUE;
}

gint64
nc_pin_get_wait_seconds (NcStore *store)
{
  PinRow row;

  if (!read_counters (store, &row))
    return 0;
  observe (&row);
  return wait_seconds_of (&row);
}

int
nc_pin_get_failures (NcStore *store)
{
  PinRow row;

  return read_counters (store, &row) ? row.failures : 0;
}

gboolean
nc_pin_hash_has_fast_params_for_test (NcStore *store)
{
  PinRow row;
  gboolean fast;

  if (!read_row (store, &row, NULL) || row.hash == NULL)
    return FALSE;
  fast = crypto_pwhash_str_needs_rehash (row.hash, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) == 0;
  g_free (row.hash);
  return fast;
}
