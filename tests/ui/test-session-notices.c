/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-session-notices.c — the child's app shows the family service's
 * whole-session warnings as desktop notifications, and reports the Learn area
 *
 * Runs on the D-Bus session bus of build-aux/test.sh, which stands in for
 * the system bus too (DBUS_SYSTEM_BUS_ADDRESS): this test owns
 * io.github.netconduct.Family1 there (emits SessionTimeWarning and
 * SessionTimeUp, answers ReportLearning) and org.freedesktop.Notifications
 * (records what GApplication's notification backend sends).
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "nc-session-notices.h"

#define FAMILY_NAME  "io.github.netconduct.Family1"
#define FAMILY_PATH  "/io/github/netconduct/Family1"
#define FAMILY_IFACE "io.github.netconduct.Family1"

static const char introspection[] =
  "<node>"
  "  <interface name='io.github.netconduct.Family1'>"
  "    <method name='ReportLearning'><arg direction='in' type='b'/></method>"
  "  </interface>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg direction='in' type='s'/><arg direction='in' type='u'/><arg direction='in' type='s'/>"
  "      <arg direction='in' type='s'/><arg direction='in' type='s'/><arg direction='in' type='as'/>"
  "      <arg direction='in' type='a{sv}'/><arg direction='in' type='i'/>"
  "      <arg direction='out' type='u'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct {
  GDBusConnection *bus;
  GPtrArray       *notifications;   /* "summary\nbody" */
  GArray          *learning;        /* gboolean, in order */
} Fixture;

static void
method_call (GDBusConnection       *connection,
             const char            *sender,
             const char            *path,
             const char            *interface,
             const char            *method,
             GVariant              *parameters,
             GDBusMethodInvocation *invocation,
             gpointer               user_data)
{
  Fixture *fixture = user_data;

  if (g_str_equal (method, "ReportLearning"))
    {
      gboolean learning;

      g_variant_get (parameters, "(b)", &learning);
      g_array_append_val (fixture->learning, learning);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      const char *summary, *body;

      g_variant_get (parameters, "(&su&s&s&s@as@a{sv}i)", NULL, NULL, NULL, &summary, &body, NULL, NULL, NULL);
      g_ptr_array_add (fixture->notifications, g_strdup_printf ("%s\n%s", summary, body));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", fixture->notifications->len));
    }
}

static const GDBusInterfaceVTable vtable = { method_call, NULL, NULL, { 0 } };

static void
spin (int milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
}

/* Spins until @count notifications came, at most 5 s. */
static void
wait_for (Fixture *fixture,
          guint    count)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (fixture->notifications->len < count && g_get_monotonic_time () < end)
    spin (10);
}

static void
emit (Fixture    *fixture,
      const char *signal,
      GVariant   *parameters)
{
  g_dbus_connection_emit_signal (fixture->bus, NULL, FAMILY_PATH, FAMILY_IFACE, signal, parameters, NULL);
  g_dbus_connection_flush_sync (fixture->bus, NULL, NULL);
}

static void
own (GDBusConnection *bus,
     const char      *name)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "RequestName",
                                                           g_variant_new ("(su)", name, 4 /* do not queue */),
                                                           G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                                           NULL, NULL);
  guint32 result = 0;

  if (reply != NULL)
    g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1);   /* primary owner */
}

static void
test_notices (void)
{
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (introspection, NULL);
  g_autoptr(GApplication) app = NULL;
  g_autoptr(NcSessionNotices) notices = NULL;
  Fixture fixture = { NULL, g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (gboolean)) };
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");
  guint ids[2];

  if (address == NULL)
    {
      g_test_skip ("no D-Bus session bus (run through build-aux/test.sh)");
      return;
    }
  /* The service's "system bus" is this test's session bus. */
  g_setenv ("DBUS_SYSTEM_BUS_ADDRESS", address, TRUE);
  fixture.bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_assert_nonnull (fixture.bus);
  ids[0] = g_dbus_connection_register_object (fixture.bus, FAMILY_PATH, node->interfaces[0], &vtable, &fixture, NULL, NULL);
  ids[1] = g_dbus_connection_register_object (fixture.bus, "/org/freedesktop/Notifications", node->interfaces[1],
                                              &vtable, &fixture, NULL, NULL);
  own (fixture.bus, FAMILY_NAME);
  own (fixture.bus, "org.freedesktop.Notifications");

  app = g_application_new ("io.github.netconduct.TestSessionNotices", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, NULL));
  notices = nc_session_notices_new (app);
  spin (300);                                   /* it connects to the "system bus" */

  emit (&fixture, "SessionTimeWarning", g_variant_new ("(ui)", getuid () + 1, 5));
  emit (&fixture, "SessionTimeWarning", g_variant_new ("(ui)", getuid (), 5));
  wait_for (&fixture, 1);
  spin (200);
  g_assert_cmpuint (fixture.notifications->len, ==, 1);      /* another account's warning is not shown */
  g_assert_nonnull (strstr (fixture.notifications->pdata[0], "Computer time is nearly over"));
  g_assert_nonnull (strstr (fixture.notifications->pdata[0], "5 minutes of computer time"));

  emit (&fixture, "SessionTimeUp", g_variant_new ("(usu)", getuid (), "terminate", 300));
  wait_for (&fixture, 2);
  g_assert_cmpuint (fixture.notifications->len, ==, 2);
  g_assert_nonnull (strstr (fixture.notifications->pdata[1], "Computer time is up for today"));
  g_assert_nonnull (strstr (fixture.notifications->pdata[1], "ends in 300 seconds"));

  emit (&fixture, "SessionTimeWarning", g_variant_new ("(s)", "not the signal's type"));
  spin (200);
  g_assert_cmpuint (fixture.notifications->len, ==, 2);      /* a malformed signal is ignored */

  nc_session_notices_set_learning (notices, TRUE);
  nc_session_notices_set_learning (notices, TRUE);           /* no change: not sent again */
  nc_session_notices_set_learning (notices, FALSE);
  for (int i = 0; i < 500 && fixture.learning->len < 2; i++)
    spin (10);
  g_assert_cmpuint (fixture.learning->len, ==, 2);
  g_assert_true (g_array_index (fixture.learning, gboolean, 0));
  g_assert_false (g_array_index (fixture.learning, gboolean, 1));

  g_clear_object (&notices);
  g_dbus_connection_unregister_object (fixture.bus, ids[0]);
  g_dbus_connection_unregister_object (fixture.bus, ids[1]);
  g_ptr_array_unref (fixture.notifications);
  g_array_unref (fixture.learning);
  g_object_unref (fixture.bus);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/session-notices/warnings-and-learn", test_notices);
  return g_test_run ();
}
