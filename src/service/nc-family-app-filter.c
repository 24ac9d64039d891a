/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-app-filter.c — other web browsers held back through malcontent */
#include "config.h"

#include "nc-family-app-filter.h"

#include <string.h>
#include <sys/utsname.h>

#ifdef HAVE_MALCONTENT
#include <libmalcontent/malcontent.h>
#endif

#include "nc-family-children.h"
#include "nc-store-private.h"

#define MISSING       "missing: malcontent (or AccountsService) is not installed on this computer, so other " \
                      "web browsers stay usable in this account; install it with “sudo apt install malcontent”, " \
                      "then add the child's account again"

/* Programs and content types of the other web browsers (malcontent matches
 * programs by their exact path). */
static const char * const browser_entries[] = {
  "/usr/bin/firefox-esr", "/usr/lib/firefox-esr/firefox-esr",
  "/usr/bin/firefox", "/usr/lib/firefox/firefox",
  "/usr/bin/chromium", "/usr/lib/chromium/chromium",
  "/usr/bin/epiphany-browser", "/usr/bin/epiphany",
  "x-scheme-handler/http", "x-scheme-handler/https",
  NULL
};
/* …and their Flatpaks, as "app/ID/ARCH/stable". */
static const char * const browser_flatpaks[] = {
  "org.mozilla.firefox", "org.chromium.Chromium", "org.gnome.Epiphany", NULL
};

struct _NcFamilyAppFilter {
  GObject          parent_instance;
  NcStore         *store;
  GDBusConnection *connection;
  GQueue           queue;          /* of Job, the first one running */
  GCancellable    *cancellable;
#ifdef HAVE_MALCONTENT
  MctManager      *manager;
#endif
};

typedef struct {
  guint32  uid;
  gboolean hold_back;
} Job;

G_DEFINE_FINAL_TYPE (NcFamilyAppFilter, nc_family_app_filter, G_TYPE_OBJECT)

gboolean
nc_family_app_filter_is_built (void)
{
#ifdef HAVE_MALCONTENT
  return TRUE;
#else
  return FALSE;
#endif
}

/* The store's keys: the account's state, and the filter it had before. */
static char *
key_for (gboolean previous,
         guint32  uid)
{
  return previous ? g_strdup_printf ("family-appfilter-previous-%u", uid)
                  : g_strdup_printf ("family-appfilter-%u", uid);
}

static void
put (NcFamilyAppFilter *self,
     gboolean           previous,
     guint32            uid,
     const char        *value)
{
  g_autofree char *key = key_for (previous, uid);
  g_autoptr(GError) error = NULL;

  if (!nc_store_put_internal (self->store, key, value, "family", &error))
    g_warning ("Cannot save the app filter of uid %u: %s", uid, error->message);
}

char *
nc_family_app_filter_get_state (NcFamilyAppFilter *self,
                                guint32            uid)
{
  g_autofree char *key = key_for (FALSE, uid);

  g_return_val_if_fail (NC_IS_FAMILY_APP_FILTER (self), NULL);
  return nc_store_get_string (self->store, key, "");
}

static void run_next (NcFamilyAppFilter *self);

/* The current job is done with @state. */
static void
finish (NcFamilyAppFilter *self,
        const char        *state)
{
  Job *job = g_queue_pop_head (&self->queue);

  put (self, FALSE, job->uid, state);
  g_free (job);
  run_next (self);
}

#ifdef HAVE_MALCONTENT

static char *
flatpak_ref (const char *app_id)
{
  struct utsname names;
  const char *arch = "x86_64";

  if (uname (&names) == 0)
    arch = g_str_equal (names.machine, "i686") ? "i386" : names.machine;
  return g_strdup_printf ("app/%s/%s/stable", app_id, arch);
}

static gboolean
is_browser_entry (const char *entry)
{
  if (g_strv_contains (browser_entries, entry))
    return TRUE;
  for (guint i = 0; browser_flatpaks[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("app/%s/", browser_flatpaks[i]);

      if (g_str_has_prefix (entry, prefix))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_netconduct_entry (const char *entry)
{
  return g_str_equal (entry, BINDIR "/netconduct") || g_str_has_prefix (entry, "app/" APPLICATION_ID "/");
}

/* @previous (malcontent's a{sv}) with the browsers held back. */
static GVariant *
held_back (GVariant *previous)
{
  g_autofree const char **list = NULL;
  gboolean allow_list = FALSE;
  GVariantBuilder dict, entries;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  if (!g_variant_lookup (previous, "AppFilter", "(b^a&s)", &allow_list, &list))
    list = g_new0 (const char *, 1);
  g_variant_builder_init (&entries, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint i = 0; list[i] != NULL; i++)
    if (allow_list ? !is_browser_entry (list[i]) : !is_netconduct_entry (list[i]))
      g_variant_builder_add (&entries, "s", list[i]);
  if (allow_list)
    {
      g_autofree char *ref = flatpak_ref (APPLICATION_ID);

      g_variant_builder_add (&entries, "s", BINDIR "/netconduct");
      g_variant_builder_add (&entries, "s", ref);
    }
  else
    {
      for (guint i = 0; browser_entries[i] != NULL; i++)
        if (!g_strv_contains (list, browser_entries[i]))
          g_variant_builder_add (&entries, "s", browser_entries[i]);
      for (guint i = 0; browser_flatpaks[i] != NULL; i++)
        {
          g_autofree char *ref = flatpak_ref (browser_flatpaks[i]);

          if (!g_strv_contains (list, ref))
            g_variant_builder_add (&entries, "s", ref);
        }
    }

  g_variant_builder_init (&dict, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&dict, "{sv}", "AppFilter", g_variant_new ("(b@as)", allow_list,
                                                                   g_variant_builder_end (&entries)));
  g_variant_iter_init (&iter, previous);
  while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
    if (!g_str_equal (key, "AppFilter"))
      g_variant_builder_add (&dict, "{sv}", key, value);
  return g_variant_builder_end (&dict);
}

static void
fail (NcFamilyAppFilter *self,
      const GError      *error)
{
  g_autofree char *state = NULL;

  if (g_error_matches (error, MCT_MANAGER_ERROR, MCT_MANAGER_ERROR_DISABLED))
    state = g_strdup (MISSING);
  else
    state = g_strdup_printf ("failed: %s", error->message);
  finish (self, state);
}

static void
set_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  NcFamilyAppFilter *self = user_data;
  g_autoptr(GError) error = NULL;
  Job *job;

  if (!mct_manager_set_app_filter_finish (MCT_MANAGER (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, error);
      g_object_unref (self);
      return;
    }
  job = g_queue_peek_head (&self->queue);
  if (!job->hold_back)
    put (self, TRUE, job->uid, "");
  finish (self, job->hold_back ? "held-back" : "restored");
  g_object_unref (self);
}

static void
set_filter (NcFamilyAppFilter *self,
            guint32            uid,
            GVariant          *serialized)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MctAppFilter) filter = mct_app_filter_deserialize (serialized, uid, &error);

  if (filter == NULL)
    {
      fail (self, error);
      return;
    }
  mct_manager_set_app_filter_async (self->manager, uid, filter, MCT_MANAGER_SET_VALUE_FLAGS_NONE,
                                    self->cancellable, set_done_cb, g_object_ref (self));
}

static void
got_filter_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  NcFamilyAppFilter *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MctAppFilter) filter = mct_manager_get_app_filter_finish (MCT_MANAGER (source), result, &error);
  g_autoptr(GVariant) previous = NULL;
  g_autoptr(GVariant) next = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *key = NULL;
  Job *job;

  if (filter == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, error);
      g_object_unref (self);
      return;
    }
  job = g_queue_peek_head (&self->queue);
  key = key_for (TRUE, job->uid);
  saved = nc_store_get_string (self->store, key, "");
  previous = g_variant_ref_sink (mct_app_filter_serialize (filter));
  /* Held back already (added again): the filter from before stays saved. */
  if (*saved == '\0')
    {
      g_autofree char *text = g_variant_print (previous, TRUE);

      put (self, TRUE, job->uid, text);
    }
  next = g_variant_ref_sink (held_back (previous));
  set_filter (self, job->uid, next);
  g_object_unref (self);
}

static void
run_next (NcFamilyAppFilter *self)
{
  Job *job = g_queue_peek_head (&self->queue);
  g_autofree char *key = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GVariant) previous = NULL;

  if (job == NULL)
    return;
  if (job->hold_back)
    {
      mct_manager_get_app_filter_async (self->manager, job->uid, MCT_MANAGER_GET_VALUE_FLAGS_NONE,
                                        self->cancellable, got_filter_cb, g_object_ref (self));
      return;
    }
  key = key_for (TRUE, job->uid);
  saved = nc_store_get_string (self->store, key, "");
  if (*saved == '\0')
    {
      finish (self, "restored");         /* never held back: nothing to put back */
      return;
    }
  previous = g_variant_parse (G_VARIANT_TYPE_VARDICT, saved, NULL, NULL, NULL);
  if (previous == NULL)
    {
      finish (self, "failed: the saved filter cannot be read");
      return;
    }
  set_filter (self, job->uid, previous);
}

#else /* !HAVE_MALCONTENT */

static void
run_next (NcFamilyAppFilter *self)
{
  while (!g_queue_is_empty (&self->queue))
    finish (self, MISSING);
}

#endif

static void
enqueue (NcFamilyAppFilter *self,
         guint32            uid,
         gboolean           hold_back)
{
  Job *job = g_new0 (Job, 1);
  gboolean idle = g_queue_is_empty (&self->queue);

  job->uid = uid;
  job->hold_back = hold_back;
  g_queue_push_tail (&self->queue, job);
  put (self, FALSE, uid, "pending");
  if (idle)
    run_next (self);
}

void
nc_family_app_filter_hold_back (NcFamilyAppFilter *self,
                                guint32            uid)
{
  g_return_if_fail (NC_IS_FAMILY_APP_FILTER (self));
  enqueue (self, uid, TRUE);
}

void
nc_family_app_filter_restore (NcFamilyAppFilter *self,
                              guint32            uid)
{
  g_return_if_fail (NC_IS_FAMILY_APP_FILTER (self));
  enqueue (self, uid, FALSE);
}

void
nc_family_app_filter_resume (NcFamilyAppFilter *self)
{
  g_autoptr(GHashTable) settings = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (NC_IS_FAMILY_APP_FILTER (self));

  settings = nc_store_list_settings (self->store, NULL);
  if (settings == NULL)
    return;
  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint64 uid;
      gboolean child;

      if (!g_str_has_prefix (key, "family-appfilter-") ||
          !g_ascii_string_to_unsigned ((const char *) key + strlen ("family-appfilter-"), 10, 1, G_MAXUINT32,
                                       &uid, NULL))
        continue;
      child = nc_family_children_lookup (self->store, (guint32) uid) != 0;
      if (child && !g_str_equal (value, "held-back"))
        enqueue (self, (guint32) uid, TRUE);
      else if (!child && g_str_equal (value, "pending"))
        enqueue (self, (guint32) uid, FALSE);
    }
}

static void
nc_family_app_filter_dispose (GObject *object)
{
  NcFamilyAppFilter *self = NC_FAMILY_APP_FILTER (object);

  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->queue, g_free);
#ifdef HAVE_MALCONTENT
  g_clear_object (&self->manager);
#endif
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->connection);
  G_OBJECT_CLASS (nc_family_app_filter_parent_class)->dispose (object);
}

static void
nc_family_app_filter_class_init (NcFamilyAppFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_family_app_filter_dispose;
}

static void
nc_family_app_filter_init (NcFamilyAppFilter *self)
{
  g_queue_init (&self->queue);
  self->cancellable = g_cancellable_new ();
}

NcFamilyAppFilter *
nc_family_app_filter_new (NcStore         *store,
                          GDBusConnection *connection)
{
  NcFamilyAppFilter *self;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);

  self = g_object_new (NC_TYPE_FAMILY_APP_FILTER, NULL);
  self->store = g_object_ref (store);
  self->connection = g_object_ref (connection);
#ifdef HAVE_MALCONTENT
  self->manager = mct_manager_new (connection);
#endif
  return self;
}
