/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-pin.c — `netconductctl pin set|clear|status`, and the parent PIN
 * that every command which changes something asks for first
 *
 * The PIN is read from standard input only (never from the command line,
 * where other users could see it), without echo on a terminal.
 */
#include "config.h"

#include <errno.h>
#include <termios.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <sodium.h>

#include "nc-ctl.h"
#include "nc-paths.h"
#include "nc-pin.h"

/* The longest secret read: a passphrase is at most 256 bytes (nc-pin.h);
 * anything much longer is not a PIN, and an endless line must not fill
 * the memory. */
#define SECRET_MAX_BYTES 1024

typedef enum {
  SECRET_READ,
  SECRET_NONE,        /* end of input before anything */
  SECRET_TOO_LONG,
} SecretStatus;

/*
 * Reads one line from standard input, without echo on a terminal, a byte
 * at a time with read(2) so that what follows the line (a new PIN, an
 * import file on "-") stays for the next reader. The caller wipes and
 * frees *@secret with nc_pin_free_secret().
 */
static SecretStatus
read_secret (const char  *prompt,
             char       **secret)
{
  gboolean tty = isatty (STDIN_FILENO);
  struct termios old_mode, quiet;
  char buffer[SECRET_MAX_BYTES + 1];
  gsize len = 0;
  gboolean got_any = FALSE;
  ssize_t n;
  char c;

  *secret = NULL;
  if (tty)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &old_mode);
      quiet = old_mode;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  while ((n = read (STDIN_FILENO, &c, 1)) == 1 || (n < 0 && errno == EINTR))
    {
      if (n < 0)
        continue;
      got_any = TRUE;
      if (c == '\n' || len > SECRET_MAX_BYTES - 1)
        break;
      buffer[len++] = c;
    }
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &old_mode);
      g_printerr ("\n");
    }
  if (len > SECRET_MAX_BYTES - 1)
    {
      sodium_memzero (buffer, sizeof buffer);
      return SECRET_TOO_LONG;
    }
  if (len > 0 && buffer[len - 1] == '\r')
    len--;
  buffer[len] = '\0';
  if (!got_any)
    return SECRET_NONE;
  *secret = g_strdup (buffer);
  sodium_memzero (buffer, sizeof buffer);
  return SECRET_READ;
}

/*
 * Before a command that changes something, when a PIN is set and the
 * caller is not root: reads the PIN (see read_secret()) and checks it with
 * nc_pin_check(), so a wrong one counts towards the same lock-outs as in
 * the app. Returns NC_CTL_OK, or NC_CTL_DENIED after saying why.
 */
int
nc_ctl_require_parent_pin (NcStore *store)
{
  g_autoptr(GError) error = NULL;
  SecretStatus status;
  char *pin = NULL;
  gint64 wait = 0;
  int result;

  if (nc_paths_running_as_root () || !nc_pin_is_set (store))
    return NC_CTL_OK;

  status = read_secret (_("Parent PIN: "), &pin);
  if (status == SECRET_TOO_LONG)
    return nc_ctl_fail (NC_CTL_DENIED, _("The PIN on standard input is longer than %d bytes; nothing was changed. "
                                         "Give the parent PIN alone on the first line."), SECRET_MAX_BYTES - 1);
  if (status == SECRET_NONE || *pin == '\0')
    {
      nc_pin_free_secret (pin);
      return nc_ctl_fail (NC_CTL_DENIED, _("This command changes the settings and needs the parent PIN; nothing was changed. "
                                           "Give the PIN on the first line of standard input "
                                           "(printf '%%s\\n' PIN | netconductctl …), or run it as root."));
    }
  result = nc_pin_check (store, pin, &wait, &error);
  nc_pin_free_secret (pin);
  switch (result)
    {
    case NC_PIN_OK:
      return NC_CTL_OK;
    case NC_PIN_WRONG:
      if (wait > 0)
        return nc_ctl_fail (NC_CTL_DENIED, _("Wrong parent PIN; nothing was changed. Too many wrong tries: "
                                             "wait %lld seconds before the next."), (long long) wait);
      return nc_ctl_fail (NC_CTL_DENIED, _("Wrong parent PIN; nothing was changed. Check the PIN and try again."));
    case NC_PIN_LOCKED:
      return nc_ctl_fail (NC_CTL_DENIED, _("Too many wrong PINs; nothing was changed. Try again in %lld seconds."),
                          (long long) wait);
    default:
      return nc_ctl_fail (NC_CTL_DENIED, _("The parent PIN cannot be checked (%s); nothing was changed. "
                                           "Run `netconductctl status` to see what is wrong."), error->message);
    }
}

static int
pin_set (NcStore  *store,
         int       argc,
         char    **argv)
{
  g_autoptr(GError) error = NULL;
  char *pin = NULL, *again = NULL;
  SecretStatus status;
  gboolean ok;

  if (argc != 2)
    return nc_ctl_fail (NC_CTL_USAGE, _("The PIN is read from standard input, never from the command line: "
                                        "echo PIN | netconductctl pin set"));
  status = read_secret (_("New parent PIN: "), &pin);
  if (status == SECRET_TOO_LONG)
    return nc_ctl_fail (NC_CTL_USAGE, _("The new PIN is longer than %d bytes: choose a PIN of 4 to 8 digits "
                                        "or a passphrase of 8 to 256 characters."), SECRET_MAX_BYTES - 1);
  if (status == SECRET_NONE)
    return nc_ctl_fail (NC_CTL_USAGE, _("No PIN on standard input."));
  if (isatty (STDIN_FILENO))
    {
      read_secret (_("The same PIN again: "), &again);
      if (g_strcmp0 (pin, again) != 0)
        {
          nc_pin_free_secret (pin);
          nc_pin_free_secret (again);
          return nc_ctl_fail (NC_CTL_USAGE, _("The two PINs differ; nothing was changed."));
        }
    }
  ok = nc_pin_set (store, pin, &error);
  nc_pin_free_secret (pin);
  nc_pin_free_secret (again);
  if (!ok)
    return nc_ctl_fail (g_error_matches (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID) ? NC_CTL_USAGE : NC_CTL_FAILED,
                        "%s", error->message);
  g_print (_("The parent PIN is set.\n"));
  return NC_CTL_OK;
}

static int
pin_clear (NcStore  *store,
           int       argc,
           char    **argv)
{
  g_autoptr(GError) error = NULL;

  if (!nc_pin_clear (store, &error))
    return nc_ctl_fail_error (error);
  g_print (_("The parent PIN is removed; the setup assistant will ask for a new one.\n"));
  return NC_CTL_OK;
}

static int
pin_status (NcStore  *store,
            int       argc,
            char    **argv)
{
  if (!nc_pin_is_set (store))
    g_print (_("not set\n"));
  else
    g_print (_("set; %d wrong tries in a row; locked for %lld s\n"),
             nc_pin_get_failures (store), (long long) nc_pin_get_wait_seconds (store));
  return NC_CTL_OK;
}

const NcCtlVerb nc_ctl_pin_verbs[] = {
  { "set", N_("Usage: netconductctl pin set"),
    N_("Sets the parent PIN, read from the first line of standard input (asked twice, without echo, at a "
       "terminal): 4 to 8 digits, or a passphrase of 8 to 256 characters. When a PIN is already set and you "
       "are not root, give the current PIN on the first line and the new one on the next."),
    pin_set, 0 },
  { "clear", N_("Usage: netconductctl pin clear"),
    N_("Removes the parent PIN; the setup assistant asks for a new one at the next start."),
    pin_clear, 2 },
  { "status", N_("Usage: netconductctl pin status"),
    N_("Says whether a PIN is set, how many wrong tries in a row were made and how long the wait is."),
    pin_status, 2 },
  { NULL, NULL, NULL }
};

int
nc_ctl_pin (NcStore  *store,
            int       argc,
            char    **argv)
{
  return nc_ctl_run_verb (nc_ctl_pin_verbs, N_("Usage: netconductctl pin set|clear|status"), store, argc, argv);
}
