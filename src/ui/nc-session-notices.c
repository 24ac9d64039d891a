/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-session-notices.c — the family service's whole-session time, shown */
#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "nc-session-notices.h"

#define FAMILY_NAME  "io.github.netconduct.Family1"
#define FAMILY_PATH  "/io/github/netconduct/Family1"
#define FAMILY_IFACE "io.github.netconduct.Family1"

struct _NcSessionNotices {
  GObject          parent_instance;
  GApplication    *app;               /* not owned: it owns us */
  GDBusConnection *bus;
  GCancellable    *cancellable;
  guint            subscriptions[2];
  gboolean         learning;
};

G_DEFINE_FINAL_TYPE (NcSessionNotices, nc_session_notices, G_TYPE_OBJECT)

static void
show (NcSessionNotices *self,
      const char       *title,
      const char       *body,
      gboolean          urgent)
{
  g_autoptr(GNotification) notification = g_notification_new (title);

  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, urgent ? G_NOTIFICATION_PRIORITY_URGENT
                                                    : G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (self->app, "session-time", notification);
}

static void
signal_cb (GDBusConnection *connection,
           const char      *sender,
           const char      *path,
           const char      *interface,
           const char      *signal,
           GVariant        *parameters,
           gpointer         user_data)
{
  NcSessionNotices *self = user_data;
  g_autofree char *body = NULL;
  const char *end;
  guint32 uid, grace;
  gint32 minutes;

  if (g_str_equal (signal, "SessionTimeWarning") && g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ui)")))
    {
      g_variant_get (parameters, "(ui)", &uid, &minutes);
      if (uid != getuid ())
        return;
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%d minute of computer time is left today. Save your work.",
                                           "%d minutes of computer time are left today. Save your work.",
                                           minutes), minutes);
      show (self, _("Computer time is nearly over"), body, minutes <= 1);
    }
  else if (g_str_equal (signal, "SessionTimeUp") && g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(usu)")))
    {
      g_variant_get (parameters, "(u&su)", &uid, &end, &grace);
      if (uid != getuid ())
        return;
      body = g_strdup_printf (g_str_equal (end, "terminate")
                                ? _("The screen locks now. Ask a parent for more time; without it the session "
                                    "ends in %u seconds.")
                                : _("The screen locks now. Ask a parent for more time (%u seconds before it "
                                    "locks again)."), grace);
      show (self, _("Computer time is up for today"), body, TRUE);
    }
}

static void
report_learning (NcSessionNotices *self)
{
  if (self->bus != NULL)
    g_dbus_connection_call (self->bus, FAMILY_NAME, FAMILY_PATH, FAMILY_IFACE, "ReportLearning",
                            g_variant_new ("(b)", self->learning), NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START,
                            -1, self->cancellable, NULL, NULL);
}

void
nc_session_notices_set_learning (NcSessionNotices *self,
                                 gboolean          learning)
{
  g_return_if_fail (NC_IS_SESSION_NOTICES (self));

  if (self->learning == !!learning)
    return;
  self->learning = !!learning;
  report_learning (self);
}

static void
got_bus_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, NULL);
  NcSessionNotices *self;
  const char *names[] = { "SessionTimeWarning", "SessionTimeUp" };

  if (bus == NULL)
    return;                           /* no system bus: nothing to show */
  self = NC_SESSION_NOTICES (user_data);
  self->bus = g_steal_pointer (&bus);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    self->subscriptions[i] = g_dbus_connection_signal_subscribe (self->bus, FAMILY_NAME, FAMILY_IFACE, names[i],
                                                                 FAMILY_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                                 signal_cb, self, NULL);
  if (self->learning)
    report_learning (self);
}

static void
nc_session_notices_dispose (GObject *object)
{
  NcSessionNotices *self = NC_SESSION_NOTICES (object);

  g_cancellable_cancel (self->cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (self->subscriptions); i++)
    if (self->subscriptions[i] != 0)
      {
        g_dbus_connection_signal_unsubscribe (self->bus, self->subscriptions[i]);
        self->subscriptions[i] = 0;
      }
  g_clear_object (&self->bus);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (nc_session_notices_parent_class)->dispose (object);
}

static void
nc_session_notices_class_init (NcSessionNoticesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_session_notices_dispose;
}

static void
nc_session_notices_init (NcSessionNotices *self)
{
  self->cancellable = g_cancellable_new ();
}

NcSessionNotices *
nc_session_notices_new (GApplication *app)
{
  NcSessionNotices *self;

  g_return_val_if_fail (G_IS_APPLICATION (app), NULL);

  self = g_object_new (NC_TYPE_SESSION_NOTICES, NULL);
  self->app = app;
  /* The callback holds no reference: a cancelled call still calls back,
   * after dispose, with an error and no bus, and returns at once. */
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, got_bus_cb, self);
  return self;
}
