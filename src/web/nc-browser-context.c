/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-browser-context.c — everything the browser needs for one profile */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "nc-browser-context.h"
#include "nc-code-ref.h"
#include "nc-report-json.h"
#include "nc-internal-pages.h"
#include "nc-paths.h"
#include "nc-request-policy.h"
#include "nc-list-folder.h"
#include "nc-rules-source.h"
#include "nc-socket-filter.h"
#include "nc-web-session.h"

struct _NcBrowserContext
{
  GObject               parent_instance;

  WebKitWebContext     *web_context;
  WebKitNetworkSession *session;
  NcSitePolicy         *policy;       /* NULL while the lists load */
  NcChecker            *checker;      /* NULL while the lexicons load */
  NcStore              *lists_store;  /* weak: whose category lists */
  NcRulesSource        *lists_source; /* weak: whose imported sets */
  GPtrArray            *imported_sets; /* its last answer, NULL: none */
  guint                 lists_generation;
  guint                 lists_serial; /* bumped with each new self->lists */

  NcProfileRules       *rules;
  GHashTable           *allowed_once; /* host -> TRUE, this session only */
  GHashTable           *counts;       /* outcome -> count */
  NcTimeKeeper         *keeper;       /* owned ref, may be NULL: its clock */
  gboolean              extension;    /* the web extension adds request headers */
  GVariant             *lists;        /* the policy's lists for web processes, or NULL */
  WebKitUserContentFilterStore *filter_store;
  WebKitUserContentFilter *socket_filter; /* NULL until compiled */
  char                 *socket_filter_id;
  gboolean              socket_filter_settled; /* compiled once, or failed */
  guint                 filter_serial;
  GCancellable         *cancellable;

  NcSeverity            threshold;
  gboolean              allow_post_anyway;
  gboolean              allow_downloads;
  gboolean              guard_enabled;
  guint                 debounce_ms;
  gboolean              guard_timing; /* benchmarks only */
};

G_DEFINE_FINAL_TYPE (NcBrowserContext, nc_browser_context, G_TYPE_OBJECT)

enum {
  SIGNAL_READY,
  SIGNAL_ACTIVITY,
  SIGNAL_LEARN,
  SIGNAL_GUARD_CHANGED,
  SIGNAL_ALLOW_ALWAYS,
  SIGNAL_REQUESTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
download_started_cb (WebKitNetworkSession *session,
                     WebKitDownload       *download,
                     gpointer              user_data)
{
  NcBrowserContext *self = user_data;
  WebKitURIRequest *request = webkit_download_get_request (download);
  g_autoptr(GUri) uri = g_uri_parse (webkit_uri_request_get_uri (request), G_URI_FLAGS_NONE, NULL);

  if (self->allow_downloads)
    return;

  webkit_download_cancel (download);
  nc_browser_context_record (self, uri != NULL ? g_uri_get_host (uri) : NULL, NULL, NC_OUTCOME_DOWNLOAD);
}

static void lists_changed_cb (NcStore    *store,
                              const char *what,
                              gpointer    user_data);
static void sets_changed_cb (NcRulesSource *source,
                             gpointer       user_data);

static void
nc_browser_context_finalize (GObject *object)
{
  NcBrowserContext *self = NC_BROWSER_CONTEXT (object);

  g_clear_object (&self->web_context);
  g_clear_object (&self->session);
  g_clear_object (&self->policy);
  g_clear_object (&self->checker);
  g_clear_object (&self->keeper);
  g_clear_pointer (&self->rules, nc_profile_rules_unref);
  g_clear_pointer (&self->allowed_once, g_hash_table_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->lists, g_variant_unref);
  g_clear_object (&self->filter_store);
  g_clear_pointer (&self->socket_filter, webkit_user_content_filter_unref);
  g_clear_pointer (&self->socket_filter_id, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (nc_browser_context_parent_class)->finalize (object);
}

static void
nc_browser_context_dispose (GObject *object)
{
  NcBrowserContext *self = NC_BROWSER_CONTEXT (object);

  g_cancellable_cancel (self->cancellable);
  if (self->lists_store != NULL)
    g_signal_handlers_disconnect_by_func (self->lists_store, lists_changed_cb, self);
  g_clear_weak_pointer (&self->lists_store);
  if (self->lists_source != NULL)
    g_signal_handlers_disconnect_by_func (self->lists_source, sets_changed_cb, self);
  g_clear_weak_pointer (&self->lists_source);
  g_clear_pointer (&self->imported_sets, g_ptr_array_unref);

  G_OBJECT_CLASS (nc_browser_context_parent_class)->dispose (object);
}

static void
nc_browser_context_class_init (NcBrowserContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nc_browser_context_dispose;
  object_class->finalize = nc_browser_context_finalize;

  /* The policy is there: held navigations may go on. */
  signals[SIGNAL_READY] = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* (host, ref_id or NULL, outcome): for the activity log; never text. */
  signals[SIGNAL_ACTIVITY] = g_signal_new ("activity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                           G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
  /* (lesson_id): "Learn why" was pressed; the app opens the lesson. */
  signals[SIGNAL_LEARN] = g_signal_new ("learn", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The guard's settings or strings changed: views rebuild their script. */
  signals[SIGNAL_GUARD_CHANGED] = g_signal_new ("guard-changed", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 0);
  /* (host): a parent allowed @host for good, after the PIN; the owner of
   * the settings store keeps it in the profile's allow list. */
  signals[SIGNAL_ALLOW_ALWAYS] = g_signal_new ("allow-always", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_STRING);
  /* (lists_changed): what web processes decide requests with changed (the
   * rules always, the policy's lists when @lists_changed, the WebSocket
   * filter): views send it to their page and take the new filter. */
  signals[SIGNAL_REQUESTS_CHANGED] = g_signal_new ("requests-changed", G_TYPE_FROM_CLASS (klass),
                                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                   G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
nc_browser_context_init (NcBrowserContext *self)
{
  self->allowed_once = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->threshold = NC_SEVERITY_WARN;
  self->allow_post_anyway = TRUE;
  /* The guard checks a draft once the child pauses for 300 ms: longer
   * than the gap between two keys of a word for most typists (fluent ones
   * average about 240 ms, children more), so a half-typed word is not
   * judged; far under the second after which a warning no longer feels
   * part of what was just typed. A check costs well under a millisecond
   * (docs/browse.md): a shorter debounce would only make the warning
   * flicker. A post attempt never waits for it. */
  self->debounce_ms = 300;
  self->guard_enabled = TRUE;
  self->cancellable = g_cancellable_new ();
}

/* Every web process of @web_context loads the extension that decides every
 * request of a page and puts the policy's request headers on them (see
 * nc-web-extension.c; its data: initialize_extensions_cb()).
 * $NETCONDUCT_WEB_EXTENSIONS_DIR overrides where it is, for running from
 * the build folder, only for root or in a test_overrides build
 * (nc_paths_location()): a child cannot load no extension, or one of
 * their own. Returns whether the extension is
 * there; without it only main-frame loads get the headers (NcWebView
 * reloads them with the headers). */
static gboolean
load_web_extension (WebKitWebContext *web_context)
{
  const char *dir = nc_paths_location ("NETCONDUCT_WEB_EXTENSIONS_DIR", WEB_EXTENSIONS_DIR);
  g_autofree char *module = NULL;

  module = g_build_filename (dir, WEB_EXTENSION_FILE, NULL);
  if (!g_file_test (module, G_FILE_TEST_IS_REGULAR))
    {
      g_warning ("the web extension %s is missing: YouTube's restricted mode will hold "
                 "for whole pages only, not for what they load", module);
      return FALSE;
    }

  webkit_web_context_set_web_process_extensions_directory (web_context, dir);
  return TRUE;
}

/* The hosts a parent allowed for this session, NULL-terminated; free the
 * array only (the strings belong to the table). */
static const char **
allowed_once_hosts (NcBrowserContext *self)
{
  return (const char **) g_hash_table_get_keys_as_array (self->allowed_once, NULL);
}

/* The profile's rules for web processes (nc-request-policy.h). */
GVariant *
nc_browser_context_get_request_rules (NcBrowserContext *self)
{
  g_autofree const char **once = NULL;

  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);

  once = allowed_once_hosts (self);
  return g_variant_ref_sink (nc_request_policy_serialize_rules (self->rules, once));
}

/* The policy's lists for web processes, or NULL while they load. */
GVariant *
nc_browser_context_get_request_lists (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  return self->lists != NULL ? g_variant_ref (self->lists) : NULL;
}

/* Which lists nc_browser_context_get_request_lists() gives: a number
 * that changes with them (web processes compare it with theirs). */
guint
nc_browser_context_get_request_lists_serial (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), 0);
  return self->lists_serial;
}

/* Adds to @data (a{sv}) what a web process translates the checker's
 * findings with (nc-guard-checker.h), in the language of the moment:
 * "guard-texts", every text a finding can carry, and "guard-rules", the
 * "rule" of every reference of the Code. */
void
nc_browser_context_add_guard_texts (GVariantBuilder *data)
{
  g_autofree const char **messages = nc_checker_list_messages ();
  const NcCodeRef *refs;
  GVariantBuilder texts, rules;
  gsize n_refs;

  g_variant_builder_init (&texts, G_VARIANT_TYPE ("a{ss}"));
  for (const char **m = messages; *m != NULL; m++)
    g_variant_builder_add (&texts, "{ss}", *m, g_dgettext (GETTEXT_PACKAGE, *m));
  g_variant_builder_init (&rules, G_VARIANT_TYPE ("a{ss}"));
  refs = nc_code_ref_get_all (&n_refs);
  for (gsize i = 0; i < n_refs; i++)
    {
      g_autofree char *rule = nc_report_format_rule (refs[i].id);

      g_variant_builder_add (&rules, "{ss}", refs[i].id, rule);
    }
  g_variant_builder_add (data, "{sv}", "guard-texts", g_variant_builder_end (&texts));
  g_variant_builder_add (data, "{sv}", "guard-rules", g_variant_builder_end (&rules));
}

/* A new web process starts: its extension gets the request headers, the
 * lists (once loaded) and the profile's rules as they are now, and
 * the guard's world and texts. */
static void
initialize_extensions_cb (WebKitWebContext *web_context,
                          gpointer          user_data)
{
  NcBrowserContext *self = user_data;
  const NcRequestHeader *header = nc_site_policy_get_request_headers ();
  g_autoptr(GVariant) rules = nc_browser_context_get_request_rules (self);
  GVariantBuilder headers, data;

  g_variant_builder_init (&headers, G_VARIANT_TYPE ("a(sss)"));
  for (; header->host != NULL; header++)
    g_variant_builder_add (&headers, "(sss)", header->host, header->name, header->value);
  g_variant_builder_init (&data, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&data, "{sv}", "headers", g_variant_builder_end (&headers));
  g_variant_builder_add (&data, "{sv}", "rules", rules);
  g_variant_builder_add (&data, "{sv}", "guard-world", g_variant_new_string (NC_GUARD_WORLD));
  nc_browser_context_add_guard_texts (&data);
  if (self->lists != NULL)
    {
      g_variant_builder_add (&data, "{sv}", "lists", self->lists);
      g_variant_builder_add (&data, "{sv}", "serial", g_variant_new_uint32 (self->lists_serial));
    }
  webkit_web_context_set_web_process_extensions_initialization_user_data (web_context,
                                                                          g_variant_builder_end (&data));
}

/* The WebSocket filter the views use (nc-socket-filter.h), or NULL until
 * the first one is compiled. */
WebKitUserContentFilter *
nc_browser_context_get_socket_filter (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  return self->socket_filter;
}

typedef struct {
  NcBrowserContext *self;
  char             *id;
  guint             serial;
} FilterJob;

static void
filter_removed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  /* A filter no context uses any more; failing to remove it costs disk
   * space only. */
  webkit_user_content_filter_store_remove_finish (WEBKIT_USER_CONTENT_FILTER_STORE (source), result, NULL);
}

static void
filter_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  FilterJob *job = user_data;
  NcBrowserContext *self = job->self;
  g_autoptr(GError) error = NULL;
  WebKitUserContentFilter *filter =
    webkit_user_content_filter_store_save_finish (WEBKIT_USER_CONTENT_FILTER_STORE (source), result, &error);
  gboolean was_ready = nc_browser_context_is_ready (self);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;
  if (filter == NULL)
    g_warning ("cannot compile the WebSocket filter: %s", error->message);
  if (filter != NULL && job->serial == self->filter_serial)
    {
      if (self->socket_filter_id != NULL && !g_str_equal (self->socket_filter_id, job->id))
        webkit_user_content_filter_store_remove (self->filter_store, self->socket_filter_id,
                                                 NULL, filter_removed_cb, NULL);
      g_clear_pointer (&self->socket_filter, webkit_user_content_filter_unref);
      g_free (self->socket_filter_id);
      self->socket_filter = g_steal_pointer (&filter);
      self->socket_filter_id = g_strdup (job->id);
      g_signal_emit (self, signals[SIGNAL_REQUESTS_CHANGED], 0, FALSE);
    }
  g_clear_pointer (&filter, webkit_user_content_filter_unref);
  self->socket_filter_settled = TRUE;
  if (!was_ready && nc_browser_context_is_ready (self))
    g_signal_emit (self, signals[SIGNAL_READY], 0);
out:
  g_object_unref (job->self);
  g_free (job->id);
  g_free (job);
}

/* Compiles the WebSocket filter for the rules as they are now. */
static void
update_socket_filter (NcBrowserContext *self)
{
  g_autofree const char **once = allowed_once_hosts (self);
  g_autofree char *json = nc_socket_filter_build_json (self->policy, self->rules, once);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, json, -1);
  g_autoptr(GBytes) source = NULL;
  FilterJob *job;
  gsize len;

  if (self->filter_store == NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "netconduct",
                                                "content-filters", NULL);
      self->filter_store = webkit_user_content_filter_store_new (path);
    }
  job = g_new0 (FilterJob, 1);
  job->self = g_object_ref (self);
  job->id = g_strdup_printf ("websockets-%.24s", sum);
  job->serial = ++self->filter_serial;
  len = strlen (json);
  source = g_bytes_new_take (g_steal_pointer (&json), len);
  webkit_user_content_filter_store_save (self->filter_store, job->id, source, self->cancellable,
                                         filter_saved_cb, job);
}

/* What web processes decide with changed: tell the views, compile a new
 * WebSocket filter. */
static void
requests_changed (NcBrowserContext *self,
                  gboolean          lists_changed)
{
  g_signal_emit (self, signals[SIGNAL_REQUESTS_CHANGED], 0, lists_changed);
  update_socket_filter (self);
}

/* Whether the web processes put the policy's request headers on every
 * request themselves (so a main-frame load needs no reload for them). */
gboolean
nc_browser_context_adds_request_headers (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);
  return self->extension;
}

/*
 * A context for the profile whose data lives in @profile_dir (NULL: a guest,
 * nothing kept), with a reference to @rules. The policy and the checker are not
 * loaded: call nc_browser_context_load_async() or set them.
 */
NcBrowserContext *
nc_browser_context_new (const char     *profile_dir,
                        NcProfileRules *rules)
{
  NcBrowserContext *self;
  WebKitSecurityManager *security;

  g_return_val_if_fail (rules != NULL, NULL);

  self = g_object_new (NC_TYPE_BROWSER_CONTEXT, NULL);
  self->session = nc_web_session_new (profile_dir);
  webkit_network_session_set_tls_errors_policy (self->session, WEBKIT_TLS_ERRORS_POLICY_FAIL);
  g_signal_connect_object (self->session, "download-started",
                           G_CALLBACK (download_started_cb), self, 0);

  self->web_context = webkit_web_context_new ();
  g_signal_connect_object (self->web_context, "initialize-web-process-extensions",
                           G_CALLBACK (initialize_extensions_cb), self, 0);
  self->extension = load_web_extension (self->web_context);
  webkit_web_context_set_cache_model (self->web_context, WEBKIT_CACHE_MODEL_WEB_BROWSER);
  webkit_web_context_register_uri_scheme (self->web_context, "netconduct",
                                          nc_internal_pages_handle_request, NULL, NULL);
  security = webkit_web_context_get_security_manager (self->web_context);
  /* Local: no web page may link to, frame or read an internal page. */
  webkit_security_manager_register_uri_scheme_as_local (security, "netconduct");
  webkit_security_manager_register_uri_scheme_as_secure (security, "netconduct");

  nc_browser_context_set_rules (self, rules);

  return self;
}

WebKitWebContext *
nc_browser_context_get_web_context (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  return self->web_context;
}

WebKitNetworkSession *
nc_browser_context_get_network_session (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  return self->session;
}

typedef struct {
  NcSitePolicy *policy;
  NcChecker    *checker;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_object (&loaded->policy);
  g_clear_object (&loaded->checker);
  g_free (loaded);
}

/* What the load thread reads besides the shipped lists. */
typedef struct {
  GStrv      paths;      /* imported lists' compiled files, may be NULL */
  GPtrArray *sets;       /* the rules source's imported sets, may be NULL */
  gboolean   broken;     /* they could not be listed */
  gboolean   policy_only; /* a reload: the checker is there already */
  guint      generation; /* of the reload, see reload_policy() */
} Imports;

/* The paths and sets are read on the main thread: the store and the rules
 * source are not shared with the load thread (the sets are immutable). */
static Imports *
imports_read (NcStore       *store,
              NcRulesSource *source)
{
  g_autoptr(GError) error = NULL;
  Imports *imports = g_new0 (Imports, 1);

  if (store != NULL)
    {
      imports->paths = nc_list_folder_list_compiled (store, &error);
      imports->broken = imports->paths == NULL;
      if (imports->broken)
        g_warning ("the imported lists cannot be listed: %s", error->message);
    }
  if (source != NULL && !imports->broken)
    {
      imports->sets = nc_rules_source_get_imported_sets (source, &error);
      imports->broken = imports->sets == NULL;
      if (imports->broken)
        g_warning ("the imported lists cannot be read: %s", error->message);
    }
  return imports;
}

static void
imports_free (gpointer data)
{
  Imports *imports = data;

  g_strfreev (imports->paths);
  g_clear_pointer (&imports->sets, g_ptr_array_unref);
  g_free (imports);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Imports *imports = task_data;
  Loaded *loaded = g_new0 (Loaded, 1);
  GError *error = NULL;

  /* The shipped lists, then the imported ones; an imported list that
   * cannot be read gives the fail-closed policy (nc-site-policy.h). */
  if (!imports->broken)
    loaded->policy = nc_site_policy_new_with_sets ((const char * const *) imports->paths, imports->sets, &error);
  if (imports->broken || (loaded->policy == NULL && imports->paths != NULL && imports->paths[0] != NULL &&
                          !g_error_matches (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND)))
    {
      g_warning ("an imported list cannot be read: sites are decided fail closed");
      g_clear_error (&error);
      loaded->policy = nc_site_policy_new_fail_closed ();
    }
  if (loaded->policy != NULL && !imports->policy_only)
    loaded->checker = nc_checker_new (&error);

  if (error != NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, loaded, loaded_free);
}

static void
reloaded_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  NcBrowserContext *self = NC_BROWSER_CONTEXT (source);
  Imports *imports = g_task_get_task_data (G_TASK (result));
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Only the latest reload counts: an earlier one may finish later. */
  if (loaded != NULL && imports->generation == self->lists_generation)
    nc_browser_context_set_policy (self, loaded->policy);
  if (loaded != NULL)
    loaded_free (loaded);
}

/* The policy is built again in a worker thread; the old one decides
 * until the new one is there. */
static void
reload_policy (NcBrowserContext *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, reloaded_cb, NULL);
  Imports *imports = imports_read (self->lists_store, self->lists_source);

  imports->policy_only = TRUE;
  imports->generation = ++self->lists_generation;
  g_task_set_task_data (task, imports, imports_free);
  g_task_run_in_thread (task, load_thread);
}

/* A parent imported or removed a category list of the store. */
static void
lists_changed_cb (NcStore    *store,
                  const char *what,
                  gpointer    user_data)
{
  reload_policy (user_data);
}

/* Whether @a and @b hold the same sets (the source hands back the same
 * array while its lists are unchanged). */
static gboolean
same_sets (GPtrArray *a,
           GPtrArray *b)
{
  return a == b || (a != NULL && b != NULL && a->len == 0 && b->len == 0);
}

/* The rules source changed (in family mode, the service's RulesChanged):
 * the policy is built again only when its imported lists did. */
static void
sets_changed_cb (NcRulesSource *source,
                 gpointer       user_data)
{
  NcBrowserContext *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sets = nc_rules_source_get_imported_sets (source, &error);

  if (sets != NULL && same_sets (sets, self->imported_sets))
    return;
  g_clear_pointer (&self->imported_sets, g_ptr_array_unref);
  self->imported_sets = g_steal_pointer (&sets);
  reload_policy (self);
}

/* Builds the site policy (the shipped lists and, with @store, the lists
 * imported into it) and the checker in a worker thread; when done, sets
 * them (and held navigations go on). On error nothing is set, so every
 * navigation stays blocked: fail closed. With @store, the policy is built
 * again whenever its category lists change; with @source, its imported
 * sets (nc_rules_source_get_imported_sets()) are added, and the policy is
 * built again when they change. */
void
nc_browser_context_load_async (NcBrowserContext    *self,
                               NcStore             *store,
                               NcRulesSource       *source,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  Imports *imports;

  g_task_set_source_tag (task, nc_browser_context_load_async);
  if (store != self->lists_store)
    {
      if (self->lists_store != NULL)
        g_signal_handlers_disconnect_by_func (self->lists_store, lists_changed_cb, self);
      g_set_weak_pointer (&self->lists_store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed::lists", G_CALLBACK (lists_changed_cb), self, 0);
    }
  if (source != self->lists_source)
    {
      if (self->lists_source != NULL)
        g_signal_handlers_disconnect_by_func (self->lists_source, sets_changed_cb, self);
      g_set_weak_pointer (&self->lists_source, source);
      if (source != NULL)
        g_signal_connect_object (source, "changed", G_CALLBACK (sets_changed_cb), self, 0);
    }
  imports = imports_read (store, source);
  g_clear_pointer (&self->imported_sets, g_ptr_array_unref);
  if (imports->sets != NULL)
    self->imported_sets = g_ptr_array_ref (imports->sets);
  g_task_set_task_data (task, imports, imports_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
nc_browser_context_load_finish (NcBrowserContext  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  Loaded *loaded;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;

  nc_browser_context_set_checker (self, loaded->checker);
  nc_browser_context_set_policy (self, loaded->policy);
  loaded_free (loaded);

  return TRUE;
}

void
nc_browser_context_set_policy (NcBrowserContext *self,
                               NcSitePolicy     *policy)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_return_if_fail (NC_IS_SITE_POLICY (policy));

  g_set_object (&self->policy, policy);
  g_clear_pointer (&self->lists, g_variant_unref);
  self->lists = g_variant_ref_sink (nc_request_policy_serialize_lists (policy));
  self->lists_serial++;
  /* Pages get the lists before held navigations go on. */
  requests_changed (self, TRUE);
  if (nc_browser_context_is_ready (self))
    g_signal_emit (self, signals[SIGNAL_READY], 0);
}

void
nc_browser_context_set_checker (NcBrowserContext *self,
                                NcChecker        *checker)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_set_object (&self->checker, checker);
}

/* The policy is there, and a first WebSocket filter (the fail-closed one
 * at least) was compiled. */
gboolean
nc_browser_context_is_ready (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);
  return self->policy != NULL && self->socket_filter_settled;
}

NcChecker *
nc_browser_context_get_checker (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  return self->checker;
}

/* Takes a reference to @rules. */
void
nc_browser_context_set_rules (NcBrowserContext *self,
                              NcProfileRules   *rules)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_return_if_fail (rules != NULL);

  nc_profile_rules_ref (rules);
  g_clear_pointer (&self->rules, nc_profile_rules_unref);
  self->rules = rules;
  requests_changed (self, FALSE);
}

NcProfileRules *
nc_browser_context_get_rules (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  return self->rules;
}

void
nc_browser_context_set_threshold (NcBrowserContext *self,
                                  NcSeverity        threshold)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  self->threshold = threshold;
  g_signal_emit (self, signals[SIGNAL_GUARD_CHANGED], 0);
}

NcSeverity
nc_browser_context_get_threshold (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NC_SEVERITY_WARN);
  return self->threshold;
}

void
nc_browser_context_set_allow_post_anyway (NcBrowserContext *self,
                                          gboolean          allow)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  self->allow_post_anyway = !!allow;
  g_signal_emit (self, signals[SIGNAL_GUARD_CHANGED], 0);
}

gboolean
nc_browser_context_get_allow_post_anyway (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);
  return self->allow_post_anyway;
}

void
nc_browser_context_set_allow_downloads (NcBrowserContext *self,
                                        gboolean          allow)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  self->allow_downloads = !!allow;
}

gboolean
nc_browser_context_get_allow_downloads (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);
  return self->allow_downloads;
}

/* Whether views inject the guard at all (on by default; the benchmark
 * turns it off to measure what it costs). */
void
nc_browser_context_set_guard_enabled (NcBrowserContext *self,
                                      gboolean          enabled)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  self->guard_enabled = !!enabled;
  g_signal_emit (self, signals[SIGNAL_GUARD_CHANGED], 0);
}

gboolean
nc_browser_context_get_guard_enabled (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);
  return self->guard_enabled;
}

void
nc_browser_context_set_debounce_ms (NcBrowserContext *self,
                                    guint             debounce_ms)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  self->debounce_ms = MIN (debounce_ms, 5000);
  g_signal_emit (self, signals[SIGNAL_GUARD_CHANGED], 0);
}

guint
nc_browser_context_get_debounce_ms (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), 0);
  return self->debounce_ms;
}

/*
 * Benchmarks only: the guard reports the steps of each check that drew a
 * warning (NcWebView::guard-timing). Off in the app; a page cannot turn
 * it on (the setting is written into the guard's script).
 */
void
nc_browser_context_set_guard_timing (NcBrowserContext *self,
                                     gboolean          timing)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  self->guard_timing = !!timing;
  g_signal_emit (self, signals[SIGNAL_GUARD_CHANGED], 0);
}

gboolean
nc_browser_context_get_guard_timing (NcBrowserContext *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);
  return self->guard_timing;
}

/*
 * The decision for @uri now, or NULL while the policy is still loading (the
 * caller holds the navigation). A host a parent allowed once (after the PIN)
 * is allowed for the rest of this session, unless it is a social site, which
 * keeps its guard.
 */
NcDecision *
nc_browser_context_decide (NcBrowserContext *self,
                           const char       *uri)
{
  g_autoptr(GDateTime) now = NULL;
  NcDecision *decision;

  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  g_return_val_if_fail (uri != NULL, NULL);

  if (self->policy == NULL)
    return NULL;

  /* The keeper's trusted time, so that moving the clock does not open
   * the allowed hours. */
  now = self->keeper != NULL ? nc_time_keeper_get_trusted_now (self->keeper)
                             : g_date_time_new_now_local ();
  decision = nc_site_policy_decide (self->policy, uri, self->rules, now);

  if (decision->action == NC_ACTION_BLOCK && decision->host != NULL && !decision->locked &&
      decision->reason != NC_REASON_BAD_URL && decision->reason != NC_REASON_NO_POLICY &&
      g_hash_table_contains (self->allowed_once, decision->host))
    {
      decision->action = decision->category == NC_SITE_CATEGORY_SOCIAL ? NC_ACTION_GUARD
                                                                        : NC_ACTION_ALLOW;
      decision->reason = NC_REASON_PARENT_ALLOW;
    }

  return decision;
}

/* Does the guard look after the page or frame at @uri now? Never an
 * internal netconduct: page, nor while the policy loads. */
gboolean
nc_browser_context_guards (NcBrowserContext *self,
                           const char       *uri)
{
  g_autoptr(NcDecision) decision = NULL;

  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), FALSE);

  if (uri == NULL || g_str_has_prefix (uri, "netconduct:"))
    return FALSE;
  decision = nc_browser_context_decide (self, uri);
  return decision != NULL && decision->action == NC_ACTION_GUARD;
}

/* The clock the allowed hours are read on: @keeper's trusted time (NULL:
 * the wall clock, for a browser without a profile). */
void
nc_browser_context_set_time_keeper (NcBrowserContext *self,
                                    NcTimeKeeper     *keeper)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_return_if_fail (keeper == NULL || NC_IS_TIME_KEEPER (keeper));

  g_set_object (&self->keeper, keeper);
}

/* A parent allowed @host for this session (the PIN was checked by the
 * caller; no page can reach this). */
void
nc_browser_context_allow_once (NcBrowserContext *self,
                               const char       *host)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_return_if_fail (host != NULL);

  g_hash_table_add (self->allowed_once, g_strdup (host));
  requests_changed (self, FALSE);
}

/* A parent allowed @host for this profile for good (the PIN was checked by
 * the caller): it joins the rules' allow list, and "allow-always" tells the
 * store. */
void
nc_browser_context_allow_always (NcBrowserContext *self,
                                 const char       *host)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(NcProfileRules) rules = NULL;

  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_return_if_fail (host != NULL);

  nc_profile_rules_builder_init_from (&builder, self->rules);
  nc_profile_rules_builder_add_parent_allow (&builder, (const char * const []) { host, NULL });
  rules = nc_profile_rules_builder_end (&builder);
  nc_browser_context_set_rules (self, rules);
  g_signal_emit (self, signals[SIGNAL_ALLOW_ALWAYS], 0, host);
}

/* Counts @outcome and tells the activity log: (host, rule, outcome), never
 * any text the child wrote. */
void
nc_browser_context_record (NcBrowserContext *self,
                           const char       *host,
                           const char       *ref_id,
                           const char       *outcome)
{
  guint count;

  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_return_if_fail (outcome != NULL);

  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, outcome));
  g_hash_table_insert (self->counts, g_strdup (outcome), GUINT_TO_POINTER (count + 1));
  g_signal_emit (self, signals[SIGNAL_ACTIVITY], 0, host, ref_id, outcome);
}

/* How many times @outcome was recorded since the context was made. */
guint
nc_browser_context_count (NcBrowserContext *self,
                          const char       *outcome)
{
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, outcome));
}

void
nc_browser_context_request_lesson (NcBrowserContext *self,
                                   const char       *lesson_id)
{
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (self));
  g_signal_emit (self, signals[SIGNAL_LEARN], 0, lesson_id);
}

static void
add_strings (JsonBuilder *builder,
             const char  *name,
             const char  *words)
{
  g_auto(GStrv) list = g_strsplit (words, "|", -1);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (int i = 0; list[i] != NULL; i++)
    json_builder_add_string_value (builder, list[i]);
  json_builder_end_array (builder);
}

static GBytes *
guard_resource (const char *name)
{
  g_autofree char *path = g_strconcat ("/io/github/netconduct/NetConduct/guard/", name, NULL);
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

static char *
js_string_literal (const char *text)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return json_to_string (node, FALSE);
}

/*
 * The guard's user script, one block (so that WebKit may inject it again
 * into the same window, as it does on document.open()): `NC_CONFIG` with
 * the translated strings and this profile's settings, `NC_HIGHLIGHT` (the
 * name of the problem highlight, @highlight_name, a plain CSS identifier)
 * and nc-guard-boot.js, the only part that runs at page load. The rest
 * of the guard (nc-guard-ui.js, nc-guard.js, nc-guard-ui.css) is not in
 * it: the web extension evaluates it in the same world when the boot
 * first needs it (`ncGuardNative.load ()`, nc-guard-checker.h), so a page
 * that never takes a draft does not parse 45 KB of script in every frame.
 */
char *
nc_browser_context_build_guard_script (NcBrowserContext *self,
                                       const char       *highlight_name)
{
  static const struct { const char *key; const char *text; } strings[] = {
    { "chipTitle",  N_("Think before you post") },
    /* (s17-care) the card for the writer's own despair, shown alone */
    { "careTitle",  N_("You are not alone") },
    { "careMore",   N_("Where to find help") },
    { "tryInstead", N_("Try instead:") },
    { "learnWhy",   N_("Learn why") },
    { "close",      N_("Close") },
    { "sureTitle",  N_("Are you sure?") },
    { "sureBody",   N_("What you are about to post could hurt someone or break a rule of the "
                       "Code of Conduct on Social Networks.") },
    { "edit",       N_("Edit") },
    { "postAnyway", N_("Post anyway") },
    { "shareTitle", N_("Check the source first") },
    { "shareBody",  N_("Before you share a link, make sure it comes from an official, "
                       "reliable source. If you are not sure, do not share it.") },
    { "uncheckedTitle", N_("NetConduct cannot check this box") },
    { "uncheckedBody",  N_("This page hides what you type here, so NetConduct cannot warn you "
                           "about it. Read your words again before you post: you will be asked first.") },
  };
  const NcCodeRef *share_ref = nc_code_ref_lookup ("4.4");
  /* A box the guard cannot read (see nc-guard.js): counted under
   * "take responsibility for what you do online". */
  const NcCodeRef *unchecked_ref = nc_code_ref_lookup ("3.4");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GBytes) boot_source = NULL;
  g_autofree char *name_literal = NULL;

  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (self), NULL);
  g_return_val_if_fail (highlight_name != NULL, NULL);

  boot_source = guard_resource ("nc-guard-boot.js");
  name_literal = js_string_literal (highlight_name);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "strings");
  json_builder_begin_object (builder);
  for (gsize i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      json_builder_set_member_name (builder, strings[i].key);
      json_builder_add_string_value (builder, _(strings[i].text));
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "threshold");
  json_builder_add_string_value (builder, nc_severity_to_string (self->threshold));
  json_builder_set_member_name (builder, "allowPostAnyway");
  json_builder_add_boolean_value (builder, self->allow_post_anyway);
  json_builder_set_member_name (builder, "debounceMs");
  json_builder_add_int_value (builder, self->debounce_ms);
  if (self->guard_timing)
    {
      json_builder_set_member_name (builder, "timing");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_set_member_name (builder, "shareRef");
  json_builder_add_string_value (builder, share_ref != NULL ? share_ref->id : "");
  json_builder_set_member_name (builder, "shareLesson");
  json_builder_add_string_value (builder, share_ref != NULL ? share_ref->id : "");
  json_builder_set_member_name (builder, "uncheckedRef");
  json_builder_add_string_value (builder, unchecked_ref != NULL ? unchecked_ref->id : "");
  /* Button labels that post, in both languages whatever the UI language:
   * matched against the page, never shown. */
  add_strings (builder, "postLabels",
               "post|send|comment|reply|publish|tweet|submit|đăng|đăng bài|gửi|bình luận|trả lời");
  add_strings (builder, "shareLabels", "share|chia sẻ");
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);

  return g_strdup_printf ("{\nconst NC_CONFIG = %s;\nconst NC_HIGHLIGHT = %s;\n%.*s\n}\n", json, name_literal,
                          (int) g_bytes_get_size (boot_source), (const char *) g_bytes_get_data (boot_source, NULL));
}
