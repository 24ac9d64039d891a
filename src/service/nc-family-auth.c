/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-auth.c — who is calling the family service, and may they */
#include "nc-family-auth.h"

#include "nc-family-error.h"

#define MAX_UNLOCKED 64

struct _NcFamilyAuth {
  GObject          parent_instance;
  GDBusConnection *connection;
  GHashTable      *unlocked;     /* sender -> gint64* monotonic expiry (µs) */
  guint            pending;      /* checks waiting for polkit */
};

G_DEFINE_FINAL_TYPE (NcFamilyAuth, nc_family_auth, G_TYPE_OBJECT)

static void
nc_family_auth_finalize (GObject *object)
{
  NcFamilyAuth *self = NC_FAMILY_AUTH (object);

  g_clear_object (&self->connection);
  g_clear_pointer (&self->unlocked, g_hash_table_unref);
  G_OBJECT_CLASS (nc_family_auth_parent_class)->finalize (object);
}

static void
nc_family_auth_class_init (NcFamilyAuthClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_family_auth_finalize;
}

static void
nc_family_auth_init (NcFamilyAuth *self)
{
  self->unlocked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

NcFamilyAuth *
nc_family_auth_new (GDBusConnection *connection)
{
  NcFamilyAuth *self = g_object_new (NC_TYPE_FAMILY_AUTH, NULL);

  self->connection = g_object_ref (connection);
  return self;
}

gboolean
nc_family_auth_get_uid (NcFamilyAuth  *self,
                        const char    *sender,
                        guint32       *uid,
                        GError       **error)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (NC_IS_FAMILY_AUTH (self), FALSE);

  if (sender == NULL)
    {
      g_set_error_literal (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_AUTHORIZED,
                           "The caller is not on a message bus.");
      return FALSE;
    }
  reply = g_dbus_connection_call_sync (self->connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetConnectionUnixUser",
                                       g_variant_new ("(s)", sender), G_VARIANT_TYPE ("(u)"),
                                       G_DBUS_CALL_FLAGS_NONE, 5000, NULL, &local_error);
  if (reply == NULL)
    {
      g_set_error (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_AUTHORIZED,
                   "The bus could not tell who the caller is: %s", local_error->message);
      return FALSE;
    }
  g_variant_get (reply, "(u)", uid);
  return TRUE;
}

/* Drops expired unlocks. */
static void
prune_unlocked (NcFamilyAuth *self)
{
  gint64 now = g_get_monotonic_time ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->unlocked);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (*(gint64 *) value <= now)
      g_hash_table_iter_remove (&iter);
}

void
nc_family_auth_unlock (NcFamilyAuth *self,
                       const char   *sender)
{
  gint64 *expiry;

  g_return_if_fail (NC_IS_FAMILY_AUTH (self));
  g_return_if_fail (sender != NULL);

  prune_unlocked (self);
  if (g_hash_table_size (self->unlocked) >= MAX_UNLOCKED)
    g_hash_table_remove_all (self->unlocked);   /* bounded: the oldest go with the rest */
  expiry = g_new (gint64, 1);
  *expiry = g_get_monotonic_time () + (gint64) NC_FAMILY_UNLOCK_SECONDS * G_USEC_PER_SEC;
  g_hash_table_insert (self->unlocked, g_strdup (sender), expiry);
}

static gboolean
is_unlocked (NcFamilyAuth *self,
             const char   *sender)
{
  gint64 *expiry = g_hash_table_lookup (self->unlocked, sender);

  return expiry != NULL && *expiry > g_get_monotonic_time ();
}

static void
polkit_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  NcFamilyAuth *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  gboolean authorized = FALSE, challenge = FALSE;

  self->pending--;
  if (reply == NULL)
    {
      g_task_return_new_error (task, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_AUTHORIZED,
                               "polkit could not be asked (%s), so nothing was changed.", error->message);
      return;
    }
  g_variant_get (reply, "((bb@a{ss}))", &authorized, &challenge, NULL);
  if (!authorized)
    {
      g_task_return_new_error (task, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_AUTHORIZED,
                               challenge ? "Not authorized: a parent must authenticate first (%s)."
                                         : "Not authorized: this account may not do that (%s).",
                               (const char *) g_task_get_task_data (task));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
nc_family_auth_check_async (NcFamilyAuth          *self,
                            GDBusMethodInvocation *invocation,
                            guint32                uid,
                            const char            *action_id,
                            GAsyncReadyCallback    callback,
                            gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  const char *sender = g_dbus_method_invocation_get_sender (invocation);
  GDBusMessage *message = g_dbus_method_invocation_get_message (invocation);
  GVariantBuilder subject;
  guint32 flags = 0;

  g_task_set_task_data (task, g_strdup (action_id), g_free);

  if (uid == 0 || (sender != NULL && is_unlocked (self, sender)))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (sender == NULL)
    {
      g_task_return_new_error (task, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_AUTHORIZED,
                               "The caller is not on a message bus.");
      return;
    }
  if (self->pending >= NC_FAMILY_AUTH_MAX_PENDING)
    {
      g_task_return_new_error (task, NC_FAMILY_ERROR, NC_FAMILY_ERROR_BUSY,
                               "Too many requests are waiting for authorization; try again.");
      return;
    }

  if (g_dbus_message_get_flags (message) & G_DBUS_MESSAGE_FLAGS_ALLOW_INTERACTIVE_AUTHORIZATION)
    flags |= 1;   /* CheckAuthorizationFlags.AllowUserInteraction */
  g_variant_builder_init (&subject, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&subject, "{sv}", "name", g_variant_new_string (sender));

  self->pending++;
  g_dbus_connection_call (self->connection, "org.freedesktop.PolicyKit1",
                          "/org/freedesktop/PolicyKit1/Authority",
                          "org.freedesktop.PolicyKit1.Authority", "CheckAuthorization",
                          g_variant_new ("((sa{sv})sa{ss}us)", "system-bus-name", &subject,
                                         action_id, NULL, flags, ""),
                          G_VARIANT_TYPE ("((bba{ss}))"), G_DBUS_CALL_FLAGS_NONE,
                          G_MAXINT, NULL, polkit_done, g_steal_pointer (&task));
}

gboolean
nc_family_auth_check_finish (NcFamilyAuth  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
