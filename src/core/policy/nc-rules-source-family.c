/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-rules-source-family.c — rules from the family service (family mode) */
#include "config.h"

#include "nc-rules-source-family.h"

#include <string.h>
#include <unistd.h>
#include <gio/gunixfdlist.h>

#include "nc-paths.h"
#include "nc-sealed-fd.h"
#include "nc-store.h"

#define SYSTEM_BUS_ADDRESS "unix:path=/run/dbus/system_bus_socket"
#define CALL_TIMEOUT_MS 10000
#define TIME_LEFT_FRESH_US (60 * G_USEC_PER_SEC)
#define MAX_SETS 64                           /* the service keeps no more */
#define MAX_SET_BYTES (64 * 1024 * 1024)

struct _NcRulesSourceFamily {
  GObject          parent_instance;
  GDBusConnection *connection;
  char            *bus_name;
  GVariant        *cached;          /* a{sv}, until RulesChanged */
  guint            subscription;
  guint            owner_subscription;
  int              time_left;       /* GetTimeLeft's answer, -2 = none */
  int              last_time_left;  /* the last answer, 0 before any */
  gint64           time_left_at;    /* monotonic µs; -1: the last call failed */
  gint64           pin_wait_until;  /* monotonic µs */
  GPtrArray       *sets;            /* the imported lists (NcDomainSet) */
  char            *sets_stamp;      /* their stamp, see GetMyCategoryLists */
};

static void nc_rules_source_family_iface_init (NcRulesSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NcRulesSourceFamily, nc_rules_source_family, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NC_TYPE_RULES_SOURCE, nc_rules_source_family_iface_init))

/* The one place that builds NcProfileRules from the service's answer. */
NcProfileRules *
nc_rules_source_family_parse (GVariant *rules)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(GVariant) hours = NULL;
  g_autofree const char **allow = NULL, **block = NULL;
  const char *band = NULL;
  NcAgeBand age_band;
  gboolean allow_list_only, social_allowed;
  guint32 blocked, locked, hour_bits[7];
  const guint32 *fixed;
  gsize n_hours = 0;

  g_return_val_if_fail (g_variant_is_of_type (rules, G_VARIANT_TYPE_VARDICT), NULL);

  if (!g_variant_lookup (rules, "age-band", "&s", &band) || !nc_age_band_from_string (band, &age_band) ||
      !g_variant_lookup (rules, "allow-list-only", "b", &allow_list_only) ||
      !g_variant_lookup (rules, "social-allowed", "b", &social_allowed) ||
      !g_variant_lookup (rules, "blocked-categories", "u", &blocked) ||
      !g_variant_lookup (rules, "locked-categories", "u", &locked) ||
      !g_variant_lookup (rules, "allow-list", "^a&s", &allow) ||
      !g_variant_lookup (rules, "block-list", "^a&s", &block) ||
      (hours = g_variant_lookup_value (rules, "allowed-hours", G_VARIANT_TYPE ("au"))) == NULL)
    return NULL;
  fixed = g_variant_get_fixed_array (hours, &n_hours, sizeof (guint32));
  if (n_hours != 7)
    return NULL;
  memcpy (hour_bits, fixed, sizeof hour_bits);

  nc_profile_rules_builder_init (&builder, age_band);
  nc_profile_rules_builder_set_allow_list_only (&builder, allow_list_only);
  nc_profile_rules_builder_set_social_allowed (&builder, social_allowed);
  nc_profile_rules_builder_set_blocked_categories (&builder, blocked);
  nc_profile_rules_builder_lock_categories (&builder, locked);
  nc_profile_rules_builder_set_allowed_hours (&builder, hour_bits);
  nc_profile_rules_builder_add_parent_allow (&builder, allow);
  nc_profile_rules_builder_add_parent_block (&builder, block);
  return nc_profile_rules_builder_end (&builder);
}

/* A method of the service for this account, answered with @reply_type. */
static GVariant *
family_call (NcRulesSourceFamily  *self,
             const char           *method,
             GVariant             *parameters,
             const char           *reply_type,
             GError              **error)
{
  return g_dbus_connection_call_sync (self->connection, self->bus_name, NC_FAMILY_DBUS_PATH,
                                      NC_FAMILY_DBUS_INTERFACE, method, parameters,
                                      G_VARIANT_TYPE (reply_type), G_DBUS_CALL_FLAGS_NONE,
                                      CALL_TIMEOUT_MS, NULL, error);
}

static NcProfileRules *
family_get_rules (NcRulesSource  *source,
                  gint64          profile_id,
                  GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  NcProfileRules *rules;

  if (self->cached == NULL)
    {
      g_autoptr(GVariant) reply = family_call (self, "GetMyRules", NULL, "(a{sv})", error);
      if (reply == NULL)
        return NULL;
      self->cached = g_variant_get_child_value (reply, 0);
    }
  rules = nc_rules_source_family_parse (self->cached);
  if (rules == NULL)
    {
      g_clear_pointer (&self->cached, g_variant_unref);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "The family service's rules could not be read.");
    }
  return rules;
}

static gboolean
family_is_family (NcRulesSource *source)
{
  return TRUE;
}

static gboolean
family_get_post_anyway (NcRulesSource *source,
                        gint64         profile_id)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  gboolean allowed = FALSE;

  if (self->cached != NULL)
    g_variant_lookup (self->cached, "post-anyway-allowed", "b", &allowed);
  return allowed;
}

/* The service alone knows whether a PIN is set: CheckPin says
 * Error.PinNotSet when it is not. */
static gboolean
family_pin_is_set (NcRulesSource *source)
{
  return TRUE;
}

/* Reads a (bx) PIN answer; remembers the wait. */
static int
pin_answer (NcRulesSourceFamily *self,
            GVariant            *reply,
            GError             **error)
{
  g_autofree char *remote = NULL;
  gboolean accepted;
  gint64 wait;

  if (reply == NULL && error == NULL)
    return -1;
  if (reply == NULL)
    {
      remote = g_dbus_error_get_remote_error (*error);
      if (g_strcmp0 (remote, NC_FAMILY_DBUS_PIN_NOT_SET) == 0)
        {
          g_clear_error (error);
          g_set_error_literal (error, NC_PIN_ERROR, NC_PIN_ERROR_NOT_SET, "No parent PIN is set yet.");
        }
      else
        g_dbus_error_strip_remote_error (*error);
      return -1;
    }
  g_variant_get (reply, "(bx)", &accepted, &wait);
  self->pin_wait_until = g_get_monotonic_time () + MAX (wait, 0) * G_USEC_PER_SEC;
  return accepted ? NC_PIN_OK : wait > 0 ? NC_PIN_LOCKED : NC_PIN_WRONG;
}

static int
family_check_pin (NcRulesSource  *source,
                  const char     *pin,
                  const char     *purpose,
                  GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  g_autoptr(GVariant) reply = NULL;

  /* The parents' area reads the service's reports on this connection. */
  if (g_strcmp0 (purpose, "parents") == 0)
    reply = family_call (self, "UnlockWithPin", g_variant_new ("(s)", pin), "(bx)", error);
  else
    reply = family_call (self, "CheckPin", g_variant_new ("(ss)", pin, purpose), "(bx)", error);
  return pin_answer (self, reply, error);
}

static gint64
family_get_pin_wait (NcRulesSource *source)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  gint64 left = self->pin_wait_until - g_get_monotonic_time ();

  return left > 0 ? (left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC : 0;
}

/* The service counts its own day; the answer is kept for a minute, or
 * until usage is reported, time granted or the rules change. When the
 * service does not answer: the last answer (the rules, which cannot be
 * read either, close every site and say why), else none at all. */
static int
family_get_time_left (NcRulesSource *source,
                      gint64         profile_id,
                      const char    *day)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  gint64 now = g_get_monotonic_time ();

  if (self->time_left_at != 0 && now - self->time_left_at < TIME_LEFT_FRESH_US && self->time_left != -2)
    return self->time_left;
  reply = family_call (self, "GetTimeLeft", NULL, "(i)", &error);
  if (reply == NULL)
    {
      if (self->time_left_at != -1)
        g_warning ("The family service did not say the time left (%s).", error->message);
      self->time_left_at = -1;        /* warned; asked again next time */
      return self->last_time_left;
    }
  g_variant_get (reply, "(i)", &self->time_left);
  self->last_time_left = self->time_left;
  self->time_left_at = now;
  return self->time_left;
}

static gboolean
family_add_usage (NcRulesSource  *source,
                  gint64          profile_id,
                  const char     *day,
                  int             seconds,
                  GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);

  self->time_left = -2;
  while (seconds > 0)
    {
      guint32 part = MIN (seconds, 3600);
      g_autoptr(GVariant) reply = family_call (self, "ReportUsage", g_variant_new ("(u)", part), "()", error);

      if (reply == NULL)
        return FALSE;
      seconds -= part;
    }
  return TRUE;
}

/* Says why a PIN answer is not "accepted". */
static gboolean
pin_accepted (NcRulesSourceFamily *self,
              GVariant            *reply,
              GError             **error)
{
  int result = pin_answer (self, reply, error);

  if (result == NC_PIN_OK)
    return TRUE;
  if (result >= 0)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                         "The family service did not accept the PIN.");
  return FALSE;
}

static gboolean
family_extend_time (NcRulesSource  *source,
                    gint64          profile_id,
                    const char     *day,
                    int             minutes,
                    const char     *pin,
                    GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  g_autoptr(GVariant) reply = NULL;

  g_return_val_if_fail (pin != NULL, FALSE);
  self->time_left = -2;
  reply = family_call (self, "MoreTime", g_variant_new ("(si)", pin, minutes), "(bx)", error);
  return pin_accepted (self, reply, error);
}

/* The PIN unlocks this connection for a parent's change (UnlockWithPin),
 * then the host joins the profile's allow list. */
static gboolean
family_allow_always (NcRulesSource  *source,
                     gint64          profile_id,
                     const char     *host,
                     const char     *pin,
                     GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  g_autoptr(GVariant) unlocked = NULL;
  g_autoptr(GVariant) added = NULL;
  const char *profile = NULL;

  g_return_val_if_fail (pin != NULL, FALSE);
  if (self->cached == NULL || !g_variant_lookup (self->cached, "profile", "&s", &profile))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The family service's rules are not read yet.");
      return FALSE;
    }
  unlocked = family_call (self, "UnlockWithPin", g_variant_new ("(s)", pin), "(bx)", error);
  if (!pin_accepted (self, unlocked, error))
    return FALSE;
  added = family_call (self, "AddHost", g_variant_new ("(sss)", profile, "allow", host), "()", error);
  if (added == NULL)
    g_dbus_error_strip_remote_error (*error);
  return added != NULL;
}

const char *
nc_rules_source_family_get_profile_name (NcRulesSourceFamily *self)
{
  const char *profile = NULL;

  g_return_val_if_fail (NC_IS_RULES_SOURCE_FAMILY (self), NULL);
  if (self->cached == NULL || !g_variant_lookup (self->cached, "profile", "&s", &profile))
    return NULL;
  return profile;
}

static void
record_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  if (reply == NULL)
    g_debug ("The family service did not count an outcome: %s", error->message);
}

/* Sent without waiting: a navigation never waits for the count. */
static void
family_record (NcRulesSource *source,
               gint64         profile_id,
               const char    *host,
               const char    *ref_id,
               const char    *outcome)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  /* The service takes a word of [a-z0-9._-]: "request-blocked:gambling"
   * becomes "request-blocked.gambling". */
  g_autofree char *word = g_strdelimit (g_strdup (outcome), ":", '.');

  nc_rules_source_family_call_async (self, "ReportOutcome",
                                     g_variant_new ("(sss)", host != NULL ? host : "", ref_id != NULL ? ref_id : "",
                                                    word),
                                     "()", NULL, record_done_cb, NULL);
}

/* Each sealed memfd of @handles in @fds as a domain set. */
static GPtrArray *
sets_from_fds (GVariant     *handles,
               GUnixFDList  *fds,
               GError      **error)
{
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func (g_object_unref);
  GVariantIter iter;
  gint32 handle;

  if (g_variant_n_children (handles) > MAX_SETS ||
      (g_variant_n_children (handles) > 0 && fds == NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "The family service handed over too many lists, or none it named.");
      return NULL;
    }
  g_variant_iter_init (&iter, handles);
  while (g_variant_iter_next (&iter, "h", &handle))
    {
      g_autoptr(GBytes) bytes = NULL;
      NcDomainSet *set;
      int fd = handle >= 0 && handle < g_unix_fd_list_get_length (fds) ? g_unix_fd_list_get (fds, handle, error) : -1;

      if (fd < 0)
        {
          if (error != NULL && *error == NULL)
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                 "The family service named a list it did not hand over.");
          return NULL;
        }
      bytes = nc_sealed_fd_map (fd, MAX_SET_BYTES, error);
      close (fd);
      set = bytes != NULL ? nc_domain_set_new_from_bytes (bytes, error) : NULL;
      if (set == NULL)
        return NULL;
      g_ptr_array_add (sets, set);
    }
  return g_steal_pointer (&sets);
}

/* The rules' "category-lists" stamp says whether the lists kept are still
 * the service's; else they are fetched again (GetMyCategoryLists). */
static GPtrArray *
family_get_imported_sets (NcRulesSource  *source,
                          GError        **error)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (source);
  g_autoptr(NcProfileRules) rules = family_get_rules (source, 0, error);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) handles = NULL;
  g_autoptr(GUnixFDList) fds = NULL;
  const char *stamp = NULL;
  GPtrArray *sets;

  if (rules == NULL)
    return NULL;
  if (!g_variant_lookup (self->cached, "category-lists", "&s", &stamp))
    stamp = "";
  if (self->sets != NULL && g_strcmp0 (stamp, self->sets_stamp) == 0)
    return g_ptr_array_ref (self->sets);

  reply = g_dbus_connection_call_with_unix_fd_list_sync (self->connection, self->bus_name, NC_FAMILY_DBUS_PATH,
                                                         NC_FAMILY_DBUS_INTERFACE, "GetMyCategoryLists", NULL,
                                                         G_VARIANT_TYPE ("(sah)"), G_DBUS_CALL_FLAGS_NONE,
                                                         CALL_TIMEOUT_MS, NULL, &fds, NULL, error);
  if (reply == NULL)
    return NULL;
  handles = g_variant_get_child_value (reply, 1);
  sets = sets_from_fds (handles, fds, error);
  if (sets == NULL)
    return NULL;
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_free (self->sets_stamp);
  g_variant_get_child (reply, 0, "s", &self->sets_stamp);
  self->sets = sets;
  return g_ptr_array_ref (sets);
}

static void
nc_rules_source_family_iface_init (NcRulesSourceInterface *iface)
{
  iface->get_imported_sets = family_get_imported_sets;
  iface->get_rules = family_get_rules;
  iface->is_family = family_is_family;
  iface->get_post_anyway = family_get_post_anyway;
  iface->pin_is_set = family_pin_is_set;
  iface->check_pin = family_check_pin;
  iface->get_pin_wait = family_get_pin_wait;
  iface->get_time_left = family_get_time_left;
  iface->add_usage = family_add_usage;
  iface->extend_time = family_extend_time;
  iface->allow_always = family_allow_always;
  iface->record = family_record;
}

static void
rules_changed_cb (GDBusConnection *connection,
                  const char      *sender,
                  const char      *path,
                  const char      *interface,
                  const char      *signal,
                  GVariant        *parameters,
                  gpointer         user_data)
{
  NcRulesSourceFamily *self = user_data;

  g_clear_pointer (&self->cached, g_variant_unref);
  self->time_left = -2;
  g_signal_emit_by_name (self, "changed");
}

static void
nc_rules_source_family_dispose (GObject *object)
{
  NcRulesSourceFamily *self = NC_RULES_SOURCE_FAMILY (object);

  if (self->subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->connection, self->subscription);
  if (self->owner_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->connection, self->owner_subscription);
  self->subscription = self->owner_subscription = 0;
  g_clear_object (&self->connection);
  g_clear_pointer (&self->cached, g_variant_unref);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->sets_stamp, g_free);
  g_clear_pointer (&self->bus_name, g_free);
  G_OBJECT_CLASS (nc_rules_source_family_parent_class)->dispose (object);
}

static void
nc_rules_source_family_class_init (NcRulesSourceFamilyClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_rules_source_family_dispose;
}

static void
nc_rules_source_family_init (NcRulesSourceFamily *self)
{
  self->time_left = -2;
}

NcRulesSource *
nc_rules_source_family_new (GDBusConnection *connection,
                            const char      *bus_name)
{
  NcRulesSourceFamily *self;

  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);
  g_return_val_if_fail (bus_name != NULL, NULL);

  self = g_object_new (NC_TYPE_RULES_SOURCE_FAMILY, NULL);
  self->connection = g_object_ref (connection);
  self->bus_name = g_strdup (bus_name);
  self->subscription = g_dbus_connection_signal_subscribe (connection, bus_name, NC_FAMILY_DBUS_INTERFACE,
                                                           "RulesChanged", NC_FAMILY_DBUS_PATH, NULL,
                                                           G_DBUS_SIGNAL_FLAGS_NONE, rules_changed_cb,
                                                           self, NULL);
  /* The service went away (its rules cannot be read: closed) or came
   * back (read them again). */
  self->owner_subscription = g_dbus_connection_signal_subscribe (connection, "org.freedesktop.DBus",
                                                                 "org.freedesktop.DBus", "NameOwnerChanged",
                                                                 "/org/freedesktop/DBus", bus_name,
                                                                 G_DBUS_SIGNAL_FLAGS_NONE, rules_changed_cb,
                                                                 self, NULL);
  return NC_RULES_SOURCE (self);
}

GDBusConnection *
nc_rules_source_family_connect (GError **error)
{
  const char *address = nc_paths_location ("NETCONDUCT_FAMILY_BUS", SYSTEM_BUS_ADDRESS);

  return g_dbus_connection_new_for_address_sync (address,
                                                 G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                 G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                 NULL, NULL, error);
}

NcRulesSource *
nc_rules_source_choose (NcRulesSource *home)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) connection = nc_rules_source_family_connect (&error);
  g_autoptr(NcRulesSource) family = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autofree char *remote = NULL;

  g_return_val_if_fail (NC_IS_RULES_SOURCE (home), NULL);

  if (connection == NULL)
    return g_object_ref (home);       /* no system bus: no family mode */
  family = nc_rules_source_family_new (connection, NC_FAMILY_BUS_NAME);
  rules = nc_rules_source_get_rules (family, 0, &error);
  if (rules != NULL)
    return g_steal_pointer (&family);
  remote = g_dbus_error_get_remote_error (error);
  /* Not a child's account, or no family service installed: home mode. */
  if (g_strcmp0 (remote, NC_FAMILY_DBUS_NOT_A_CHILD) == 0 ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER))
    return g_object_ref (home);
  g_warning ("The family service did not answer (%s): this account's rules fail closed.", error->message);
  return g_steal_pointer (&family);
}

void
nc_rules_source_family_call_async (NcRulesSourceFamily *self,
                                   const char          *method,
                                   GVariant            *parameters,
                                   const char          *reply_type,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (NC_IS_RULES_SOURCE_FAMILY (self));

  g_dbus_connection_call (self->connection, self->bus_name, NC_FAMILY_DBUS_PATH, NC_FAMILY_DBUS_INTERFACE,
                          method, parameters, G_VARIANT_TYPE (reply_type), G_DBUS_CALL_FLAGS_NONE,
                          CALL_TIMEOUT_MS, cancellable, callback, user_data);
}

GVariant *
nc_rules_source_family_call (NcRulesSourceFamily  *self,
                             const char           *method,
                             GVariant             *parameters,
                             const char           *reply_type,
                             GError              **error)
{
  g_return_val_if_fail (NC_IS_RULES_SOURCE_FAMILY (self), NULL);
  return family_call (self, method, parameters, reply_type, error);
}
