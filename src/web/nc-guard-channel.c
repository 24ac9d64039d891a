/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-guard-channel.c — the guard's side in the UI process, for one web
 * view (see the header) */
#include "config.h"

#include <string.h>

#include "nc-code-ref.h"
#include "nc-guard-channel.h"
#include "nc-report-json.h"
#include "nc-url-host.h"

#define MAX_MESSAGE_BYTES (64 * 1024)
#define SHORT_DRAFT_BYTES (2 * 1024)
#define HANDLER_NAME "netconduct"

struct _NcGuardChannel
{
  GObject                parent_instance;

  WebKitWebView         *view;            /* weak: the view owns this */
  NcBrowserContext      *context;
  WebKitUserScript      *guard_script;
  WebKitUserScript      *shadow_script;   /* nc-guard-shadow.js, in the page's world */
  WebKitUserStyleSheet  *guard_style;
  char                  *highlight_name;  /* random, for this view */
  GCancellable          *cancellable;     /* checks in worker threads */
};

G_DEFINE_FINAL_TYPE (NcGuardChannel, nc_guard_channel, G_TYPE_OBJECT)

enum {
  SIGNAL_TIMING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char                     *text;
  char                     *host;
  WebKitScriptMessageReply *reply;
  JSCContext               *js_context;
  NcBrowserContext         *context;
} CheckJob;

static void
check_job_free (gpointer data)
{
  CheckJob *job = data;

  g_free (job->text);
  g_free (job->host);
  webkit_script_message_reply_unref (job->reply);
  g_object_unref (job->js_context);
  g_object_unref (job->context);
  g_free (job);
}

/* Answers a message with @value, which it consumes. A draft's findings
 * go back as a JSON string (jsc_value_new_string()), which the guard
 * parses: a few KB of findings built as a JavaScript object here would be
 * parsed into this process's JSC heap and then serialized again for the
 * trip to the web process, which took 0.3–5 ms on a loaded machine; a
 * string crosses as it is. */
static void
reply_value (WebKitScriptMessageReply *reply,
             JSCValue                 *value)
{
  webkit_script_message_reply_return_value (reply, value);
  g_object_unref (value);
}

/* The reply to a draft: its report as JSON (nc-report-json.h), or NULL
 * with @error set when it could not be checked. Runs on any thread. */
static char *
run_check (CheckJob  *job,
           GError   **error)
{
  g_autoptr(NcChecker) checker = nc_browser_context_get_checker (job->context) != NULL
                                 ? g_object_ref (nc_browser_context_get_checker (job->context)) : NULL;
  g_autoptr(NcReport) report = NULL;

  if (checker == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "the checker is not loaded");
      return NULL;
    }
  report = nc_checker_check (checker, job->text, -1, NULL, error);
  if (report == NULL)
    return NULL;
  return nc_report_to_json (report, NC_REPORT_OFFSETS_UTF16);
}

/* Answers the guard: the findings, or the error, which is also logged
 * (never the draft). */
static void
reply_check (CheckJob   *job,
             const char *json,
             GError     *error)
{
  if (json != NULL)
    {
      reply_value (job->reply, jsc_value_new_string (job->js_context, json));
      return;
    }
  g_warning ("a draft could not be checked: %s", error != NULL ? error->message : "?");
  webkit_script_message_reply_return_error_message (job->reply, "the draft could not be checked");
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  char *json = run_check (task_data, &error);

  if (json != NULL)
    g_task_return_pointer (task, json, g_free);
  else
    g_task_return_error (task, error);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CheckJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_task_propagate_pointer (G_TASK (result), &error);

  reply_check (job, json, error);
}

static gboolean
valid_lesson_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '-' && id[i] != '_')
      return FALSE;
  return TRUE;
}

static gboolean
valid_outcome (const char *outcome)
{
  static const char * const outcomes[] = {
    "warning-shown", "post-stopped", "edited", "posted-anyway", "share-reminder",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_str_equal (outcome, outcomes[i]))
      return TRUE;
  return FALSE;
}

static char *
string_member (JSCValue   *value,
               const char *name)
{
  g_autoptr(JSCValue) member = jsc_value_object_get_property (value, name);

  return jsc_value_is_string (member) ? jsc_value_to_string (member) : NULL;
}

/* The frame a message says it comes from must be guarded too (an ad or a
 * video player from another site inside a social page is not watched).
 * The claim can only narrow what the view's own URI allows: a frame with
 * no address, or about:blank / about:srcdoc (editors built in an empty
 * frame), belongs to the page. */
static gboolean
frame_is_guarded (NcGuardChannel *self,
                  JSCValue       *message)
{
  g_autofree char *frame = string_member (message, "frame");

  if (frame == NULL || g_str_has_prefix (frame, "about:"))
    return TRUE;
  return nc_browser_context_guards (self->context, frame);
}

/* Records an outcome for each valid rule named in the message. */
static void
record_outcome (NcGuardChannel *self,
                JSCValue       *message,
                const char     *host,
                const char     *outcome)
{
  g_autoptr(JSCValue) refs = jsc_value_object_get_property (message, "refs");
  g_autoptr(JSCValue) length = NULL;
  int n;

  if (!jsc_value_is_array (refs))
    return;
  length = jsc_value_object_get_property (refs, "length");
  n = MIN (jsc_value_to_int32 (length), 8);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(JSCValue) item = jsc_value_object_get_property_at_index (refs, i);
      g_autofree char *ref_id = jsc_value_is_string (item) ? jsc_value_to_string (item) : NULL;

      if (ref_id != NULL && nc_code_ref_lookup (ref_id) != NULL)
        nc_browser_context_record (self->context, host, ref_id, outcome);
    }
}

/*
 * Every message from the guard. It is untrusted: the kind must be known,
 * the whole message at most 64 KB, and the page the view shows must be one
 * the policy guards. No message can change a setting: the kinds below only
 * check a draft, count an outcome, or ask the app to open a lesson.
 */
static gboolean
script_message_cb (WebKitUserContentManager *manager,
                   JSCValue                 *message,
                   WebKitScriptMessageReply *reply,
                   gpointer                  user_data)
{
  NcGuardChannel *self = user_data;
  WebKitWebView *view = self->view;
  g_autofree char *json = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *host = NULL;
  JSCContext *js_context = jsc_value_get_context (message);
  gboolean guarded;

  if (!jsc_value_is_object (message) || (kind = string_member (message, "kind")) == NULL)
    {
      webkit_script_message_reply_return_error_message (reply, "bad message");
      return TRUE;
    }

  json = jsc_value_to_json (message, 0);
  if (json == NULL || strlen (json) > MAX_MESSAGE_BYTES)
    {
      webkit_script_message_reply_return_error_message (reply, "message too large");
      return TRUE;
    }

  guarded = view != NULL && nc_browser_context_guards (self->context, webkit_web_view_get_uri (view)) &&
            frame_is_guarded (self, message);
  if (g_str_equal (kind, "hello"))
    {
      reply_value (reply, jsc_value_new_from_json (js_context,
                                                   guarded ? "{\"active\":true}" : "{\"active\":false}"));
      return TRUE;
    }

  if (!guarded)
    {
      webkit_script_message_reply_return_error_message (reply, "not a guarded page");
      return TRUE;
    }

  host = nc_url_dup_host (webkit_web_view_get_uri (view));

  if (g_str_equal (kind, "draft"))
    {
      g_autoptr(GTask) task = NULL;
      CheckJob *job;
      char *text = string_member (message, "text");

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        {
          g_free (text);
          webkit_script_message_reply_return_error_message (reply, "bad draft");
          return TRUE;
        }

      job = g_new0 (CheckJob, 1);
      job->text = text;
      job->host = g_strdup (host);
      job->reply = webkit_script_message_reply_ref (reply);
      job->js_context = g_object_ref (js_context);
      job->context = g_object_ref (self->context);
      /* A short draft (what a child types) is checked at once: a thread
       * hop costs more than the check. Long ones go to a worker. */
      if (strlen (job->text) <= SHORT_DRAFT_BYTES)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *findings = run_check (job, &error);

          reply_check (job, findings, error);
          check_job_free (job);
          return TRUE;
        }
      task = g_task_new (self, self->cancellable, check_done_cb, NULL);
      g_task_set_task_data (task, job, check_job_free);
      g_task_run_in_thread (task, check_thread);
      return TRUE;
    }

  if (g_str_equal (kind, "learn"))
    {
      g_autofree char *lesson = string_member (message, "lesson");

      if (lesson != NULL && valid_lesson_id (lesson))
        nc_browser_context_request_lesson (self->context, lesson);
      reply_value (reply, jsc_value_new_null (js_context));
      return TRUE;
    }

  if (g_str_equal (kind, "outcome"))
    {
      g_autofree char *outcome = string_member (message, "outcome");

      if (outcome != NULL && valid_outcome (outcome))
        record_outcome (self, message, host, outcome);
      reply_value (reply, jsc_value_new_null (js_context));
      return TRUE;
    }

  /* Benchmarks only: accepted when the context asked for it. */
  if (g_str_equal (kind, "timing") && nc_browser_context_get_guard_timing (self->context))
    {
      g_autoptr(JSCValue) phases = jsc_value_object_get_property (message, "phases");
      g_autofree char *phases_json = jsc_value_is_object (phases) ? jsc_value_to_json (phases, 0) : NULL;

      if (phases_json != NULL)
        g_signal_emit (self, signals[SIGNAL_TIMING], 0, phases_json);
      reply_value (reply, jsc_value_new_null (js_context));
      return TRUE;
    }

  webkit_script_message_reply_return_error_message (reply, "unknown message");
  return TRUE;
}

static char *
guard_resource_text (const char *name)
{
  g_autofree char *path = g_strconcat ("/io/github/netconduct/NetConduct/guard/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/*
 * Installs the guard in the view: its script in the private world, the small script in the
 * page's own world that leaves no shadow root closed to it (both at
 * document start in every frame, before the page's scripts), and the user
 * style sheet of the problem highlight, whose name is random for this
 * view (a page cannot paint with it by name). Run again when the guard's
 * settings change.
 */
void
nc_guard_channel_install (NcGuardChannel *self)
{
  WebKitUserContentManager *manager;
  g_autofree char *script = NULL;

  g_return_if_fail (NC_IS_GUARD_CHANNEL (self));
  if (self->view == NULL)
    return;
  manager = webkit_web_view_get_user_content_manager (self->view);

  if (self->highlight_name == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_auto(GStrv) parts = g_strsplit (uuid, "-", -1);
      g_autofree char *hex = g_strjoinv ("", parts);

      self->highlight_name = g_strconcat ("nc", hex, NULL);
    }

  if (self->guard_script != NULL)
    webkit_user_content_manager_remove_script (manager, self->guard_script);
  if (self->shadow_script != NULL)
    webkit_user_content_manager_remove_script (manager, self->shadow_script);
  g_clear_pointer (&self->guard_script, webkit_user_script_unref);
  g_clear_pointer (&self->shadow_script, webkit_user_script_unref);
  if (!nc_browser_context_get_guard_enabled (self->context))
    return;

  {
    g_autofree char *shadow = guard_resource_text ("nc-guard-shadow.js");

    self->shadow_script = webkit_user_script_new (shadow, WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                  WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_START, NULL, NULL);
    webkit_user_content_manager_add_script (manager, self->shadow_script);
  }

  script = nc_browser_context_build_guard_script (self->context, self->highlight_name);
  self->guard_script = webkit_user_script_new_for_world (script,
                                                         WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                         WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_START,
                                                         NC_GUARD_WORLD, NULL, NULL);
  webkit_user_content_manager_add_script (manager, self->guard_script);

  if (self->guard_style == NULL)
    {
      g_autofree char *css = guard_resource_text ("nc-guard.css");
      g_auto(GStrv) pieces = g_strsplit (css, "NC_HIGHLIGHT", -1);
      g_autofree char *named = g_strjoinv (self->highlight_name, pieces);

      self->guard_style = webkit_user_style_sheet_new (named, WEBKIT_USER_CONTENT_INJECT_ALL_FRAMES,
                                                       WEBKIT_USER_STYLE_LEVEL_USER, NULL, NULL);
      webkit_user_content_manager_add_style_sheet (manager, self->guard_style);
    }
}

static void
guard_changed_cb (NcBrowserContext *context,
                  gpointer          user_data)
{
  nc_guard_channel_install (NC_GUARD_CHANNEL (user_data));
}

static void
nc_guard_channel_dispose (GObject *object)
{
  NcGuardChannel *self = NC_GUARD_CHANNEL (object);

  g_cancellable_cancel (self->cancellable);
  if (self->view != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (nc_guard_channel_parent_class)->dispose (object);
}

static void
nc_guard_channel_finalize (GObject *object)
{
  NcGuardChannel *self = NC_GUARD_CHANNEL (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->guard_script, webkit_user_script_unref);
  g_clear_pointer (&self->shadow_script, webkit_user_script_unref);
  g_clear_pointer (&self->guard_style, webkit_user_style_sheet_unref);
  g_clear_pointer (&self->highlight_name, g_free);

  G_OBJECT_CLASS (nc_guard_channel_parent_class)->finalize (object);
}

static void
nc_guard_channel_class_init (NcGuardChannelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nc_guard_channel_dispose;
  object_class->finalize = nc_guard_channel_finalize;

  /* (const char *phases): benchmarks only, see NcWebView::guard-timing. */
  signals[SIGNAL_TIMING] = g_signal_new ("timing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
nc_guard_channel_init (NcGuardChannel *self)
{
  self->cancellable = g_cancellable_new ();
}

/*
 * The guard for @view (an NcWebView, which keeps the returned channel and
 * drops it before it goes) with @context's checker and settings: installs
 * it and answers it from now on, and installs it again when the context's
 * guard settings change.
 */
NcGuardChannel *
nc_guard_channel_new (WebKitWebView    *view,
                      NcBrowserContext *context)
{
  NcGuardChannel *self;
  WebKitUserContentManager *manager;

  g_return_val_if_fail (WEBKIT_IS_WEB_VIEW (view), NULL);
  g_return_val_if_fail (NC_IS_BROWSER_CONTEXT (context), NULL);

  self = g_object_new (NC_TYPE_GUARD_CHANNEL, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  self->context = g_object_ref (context);

  manager = webkit_web_view_get_user_content_manager (view);
  g_signal_connect_object (manager, "script-message-with-reply-received::" HANDLER_NAME,
                           G_CALLBACK (script_message_cb), self, 0);
  webkit_user_content_manager_register_script_message_handler_with_reply (manager, HANDLER_NAME,
                                                                          NC_GUARD_WORLD);
  nc_guard_channel_install (self);
  g_signal_connect_object (context, "guard-changed", G_CALLBACK (guard_changed_cb), self, 0);
  return self;
}
