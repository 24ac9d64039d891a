/* SPDX-License-Identifier: GPL-3.0-or-later */
/* netconduct-familyd — NetConduct's family service on the system bus
 *
 * Runs as its own system user (systemd unit, D-Bus activation), opens the
 * one database of family mode and serves io.github.netconduct.Family1 (see
 * nc-family-service.h and docs/family-mode.md). Exits on SIGTERM or when it
 * loses its name.
 *
 * For tests only (root, or a -Dtest_overrides=true build; see
 * nc_paths_location()): NETCONDUCT_FAMILY_DATABASE moves the database,
 * NETCONDUCT_FAMILY_BUS is the bus address to serve on (else the system
 * bus; DBUS_SYSTEM_BUS_ADDRESS is ignored otherwise), and
 * NETCONDUCT_FAMILY_FAST_PIN=1 hashes new PINs with the weakest parameters,
 * and NETCONDUCT_FAMILY_TEST_CLOCK=FILE moves every clock (wall, monotonic,
 * boot time) forward by the number of seconds written in FILE, read at each
 * reading, so that a test does not wait real minutes.
 */
#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <sys/stat.h>
#include <time.h>

#include "nc-clock.h"
#include "nc-family-service.h"
#include "nc-paths.h"
#include "nc-pin.h"
#include "nc-store.h"

typedef struct {
  GMainLoop *loop;
  int        status;
} Daemon;

/* The test clock: the real clocks plus the seconds in the file @user_data. */
static void
test_clock_cb (NcClockReading *reading,
               gpointer        user_data)
{
  g_autofree char *text = NULL;
  struct timespec ts;
  gint64 offset_us = 0;

  if (g_file_get_contents (user_data, &text, NULL, NULL))
    offset_us = g_ascii_strtoll (g_strstrip (text), NULL, 10) * G_USEC_PER_SEC;
  clock_gettime (CLOCK_BOOTTIME, &ts);
  reading->wall_us = g_get_real_time () + offset_us;
  reading->monotonic_us = g_get_monotonic_time () + offset_us;
  reading->boottime_us = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000 + offset_us;
  g_strlcpy (reading->boot_id, "test-clock", sizeof reading->boot_id);
}

static gboolean
quit_cb (gpointer user_data)
{
  Daemon *daemon = user_data;

  g_main_loop_quit (daemon->loop);
  return G_SOURCE_CONTINUE;
}

static void
name_lost_cb (GDBusConnection *connection,
              const char      *name,
              gpointer         user_data)
{
  Daemon *daemon = user_data;

  g_printerr ("netconduct-familyd: could not own %s on the bus (another instance, or not allowed)\n", name);
  daemon->status = 1;
  g_main_loop_quit (daemon->loop);
}

static GDBusConnection *
connect_bus (GError **error)
{
  const char *address = nc_paths_location ("NETCONDUCT_FAMILY_BUS", "");

  if (*address == '\0')
    return g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, error);
  return g_dbus_connection_new_for_address_sync (address,
                                                 G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                 G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                 NULL, NULL, error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(NcFamilyService) service = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  Daemon daemon = { NULL, 0 };
  const char *path;
  guint owner_id;

  setlocale (LC_ALL, "");
  /* Only the service's own user ever reads its files: the database, its
   * journal and its backups are 0600. */
  umask (0077);

  if (argc > 1)
    {
      g_printerr ("Usage: netconduct-familyd (started by D-Bus activation or systemd)\n");
      return 2;
    }
  /* Outside tests, the bus is the system's, whatever the environment says. */
  if (!nc_paths_overrides_allowed ())
    g_unsetenv ("DBUS_SYSTEM_BUS_ADDRESS");
  if (g_strcmp0 (nc_paths_location ("NETCONDUCT_FAMILY_FAST_PIN", "0"), "1") == 0)
    nc_pin_use_fast_hash_for_tests (TRUE);
  if (*nc_paths_location ("NETCONDUCT_FAMILY_TEST_CLOCK", "") != '\0')
    nc_clock_set_override_for_test (test_clock_cb, (gpointer) nc_paths_location ("NETCONDUCT_FAMILY_TEST_CLOCK", ""));

  path = nc_paths_location ("NETCONDUCT_FAMILY_DATABASE", NC_FAMILY_DATABASE);
  store = nc_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("netconduct-familyd: cannot open %s: %s\n", path, error->message);
      return 1;
    }
  if (nc_store_get_recovery (store) != NC_STORE_RECOVERY_NONE)
    g_printerr ("netconduct-familyd: %s was damaged and has been recovered; "
                "children get the strictest rules until a parent checks the settings\n", path);

  connection = connect_bus (&error);
  if (connection == NULL)
    {
      g_printerr ("netconduct-familyd: cannot connect to the system bus: %s\n", error->message);
      return 1;
    }
  service = nc_family_service_new (store, connection, &error);
  if (service == NULL)
    {
      g_printerr ("netconduct-familyd: cannot serve %s: %s\n", NC_FAMILY_OBJECT_PATH, error->message);
      return 1;
    }

  loop = g_main_loop_new (NULL, FALSE);
  daemon.loop = loop;
  owner_id = g_bus_own_name_on_connection (connection, NC_FAMILY_BUS_NAME, G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE,
                                           NULL, name_lost_cb, &daemon, NULL);
  g_unix_signal_add (SIGTERM, quit_cb, &daemon);
  g_unix_signal_add (SIGINT, quit_cb, &daemon);

  g_main_loop_run (loop);

  g_bus_unown_name (owner_id);
  g_clear_object (&service);
  g_dbus_connection_flush_sync (connection, NULL, NULL);
  return daemon.status;
}
