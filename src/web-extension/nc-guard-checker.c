/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-guard-checker.c — the conduct checker inside the web process, for the
 * guard's private world (see the header) */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "nc-checker.h"
#include "nc-guard-checker.h"
#include "nc-report-json.h"

/* A draft longer than this goes to the UI process, which checks it in a
 * worker thread (what a child types is far shorter). */
#define MAX_DRAFT_BYTES (2 * 1024)

static WebKitScriptWorld *guard_world;
static GHashTable *texts;    /* msgid -> translation */
static GHashTable *rules;    /* reference id -> "citation — title" */
static GMutex texts_lock;    /* texts and rules: replaced from messages */
static GOnce checker_once = G_ONCE_INIT;

static gpointer
load_checker (gpointer data)
{
  g_autoptr(GError) error = NULL;
  NcChecker *checker = nc_checker_new (&error);

  if (checker == NULL)
    g_warning ("the checker could not be loaded: %s", error->message);
  return checker;
}

/* The checker, loaded on first use (75 ms, 18 MB): only a page where
 * the child focused a box pays for it. NULL when it could not load. */
static NcChecker *
get_checker (void)
{
  return g_once (&checker_once, load_checker, NULL);
}

static gpointer
warm_thread (gpointer data)
{
  get_checker ();
  return NULL;
}

/* ncGuardNative.warm (): loads the checker in a thread, so that the first
 * check does not wait for it. */
static void
warm_cb (gpointer user_data)
{
  static gsize started;

  if (g_once_init_enter (&started))
    {
      g_thread_unref (g_thread_new ("nc-checker-load", warm_thread, NULL));
      g_once_init_leave (&started, 1);
    }
}

/* Puts the translation of member @name of @finding in place, from @table
 * (keyed by the member @key names). FALSE when the table lacks it. */
static gboolean
translate_member (JsonObject  *finding,
                  const char  *name,
                  GHashTable  *table,
                  const char  *key)
{
  const char *translation;

  if (key == NULL)
    return TRUE;   /* null: nothing to translate */
  translation = table != NULL ? g_hash_table_lookup (table, key) : NULL;
  if (translation == NULL)
    return FALSE;
  json_object_set_string_member (finding, name, translation);
  return TRUE;
}

/* The report as the UI process would give it (nc-report-json.h), in the
 * language of the texts it sent, or NULL when a text is missing. */
static char *
translated_json (NcReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  JsonArray *findings;

  json_builder_begin_object (builder);
  nc_report_build_json (report, NC_REPORT_OFFSETS_UTF16, builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  findings = json_object_get_array_member (json_node_get_object (root), "findings");

  locker = g_mutex_locker_new (&texts_lock);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      if (!translate_member (finding, "explanation", texts, json_object_get_string_member (finding, "explanation")) ||
          !translate_member (finding, "suggestion", texts, json_object_get_string_member (finding, "suggestion")) ||
          !translate_member (finding, "rule", rules, json_object_get_string_member (finding, "ref")))
        return NULL;
    }
  return json_to_string (root, FALSE);
}

/* ncGuardNative.check (text): the findings as a JSON string, or null when
 * the draft must go to the UI process (too long, no texts, no checker). */
static char *
check_cb (const char *text,
          gpointer    user_data)
{
  g_autoptr(NcReport) report = NULL;
  NcChecker *checker;

  if (text == NULL || strlen (text) > MAX_DRAFT_BYTES || texts == NULL || (checker = get_checker ()) == NULL)
    return NULL;
  report = nc_checker_check (checker, text, -1, NULL, NULL);
  return report != NULL ? translated_json (report) : NULL;
}

#define GUARD_RESOURCES "/io/github/netconduct/NetConduct/guard/"

static GBytes *
guard_resource (const char *name)
{
  g_autofree char *path = g_strconcat (GUARD_RESOURCES, name, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

typedef struct {
  char *script;   /* (function (NC_UI_CSS) { return make; }), see load_cb() */
  char *css;      /* nc-guard-ui.css */
} GuardSource;

static gpointer
load_source (gpointer data)
{
  g_autoptr(GBytes) ui = guard_resource ("nc-guard-ui.js");
  g_autoptr(GBytes) guard = guard_resource ("nc-guard.js");
  g_autoptr(GBytes) css = guard_resource ("nc-guard-ui.css");
  GuardSource *source;

  if (ui == NULL || guard == NULL || css == NULL)
    {
      g_warning ("the guard's script is missing from the resources");
      return NULL;
    }
  source = g_new0 (GuardSource, 1);
  source->script = g_strdup_printf ("(function (NC_UI_CSS) {\nreturn function (NC_CONFIG, NC_HIGHLIGHT) {\n"
                                    "%.*s\n%.*s\nreturn ncGuardStart;\n};\n})",
                                    (int) g_bytes_get_size (ui), (const char *) g_bytes_get_data (ui, NULL),
                                    (int) g_bytes_get_size (guard), (const char *) g_bytes_get_data (guard, NULL));
  source->css = g_strndup (g_bytes_get_data (css, NULL), g_bytes_get_size (css));
  return source;
}

/* Whether @context has an exception: logged (never anything of the
 * page's) and cleared, so that it does not reach the caller's script. */
static gboolean
failed (JSCContext *context,
        const char *what)
{
  JSCException *exception = jsc_context_get_exception (context);

  if (exception == NULL)
    return FALSE;
  g_warning ("the guard's script %s: %s", what, jsc_exception_get_message (exception));
  jsc_context_clear_exception (context);
  return TRUE;
}

/* ncGuardNative.load (): the rest of the guard, evaluated now in the
 * calling frame's guard world (the boot calls it once per window, when
 * it first needs the guard): a function (NC_CONFIG, NC_HIGHLIGHT) that
 * returns ncGuardStart (nc-guard.js), with nc-guard-ui.js and
 * nc-guard-ui.css inside. null when it could not be made: the boot then
 * holds what it would have handed over (fail closed). */
static JSCValue *
load_cb (gpointer user_data)
{
  static GOnce source_once = G_ONCE_INIT;
  JSCContext *context = jsc_context_get_current ();
  const GuardSource *source = g_once (&source_once, load_source, NULL);
  g_autoptr(JSCValue) outer = NULL;
  JSCValue *make;

  if (source == NULL)
    return jsc_value_new_null (context);
  outer = jsc_context_evaluate_with_source_uri (context, source->script, -1,
                                                "resource://" GUARD_RESOURCES "nc-guard.js", 1);
  if (failed (context, "did not compile") || !jsc_value_is_function (outer))
    return jsc_value_new_null (context);
  make = jsc_value_function_call (outer, G_TYPE_STRING, source->css, G_TYPE_NONE);
  if (failed (context, "did not start") || !jsc_value_is_function (make))
    {
      g_clear_object (&make);
      return jsc_value_new_null (context);
    }
  return make;
}

/* Each frame's guard world gets ncGuardNative, before the guard's boot
 * runs there. */
static void
guard_world_cleared_cb (WebKitScriptWorld *world,
                        WebKitWebPage     *page,
                        WebKitFrame       *frame)
{
  JSCContext *context = webkit_frame_get_js_context_for_script_world (frame, world);
  JSCValue *native = jsc_value_new_object (context, NULL, NULL);
  JSCValue *function;

  function = jsc_value_new_function (context, "check", G_CALLBACK (check_cb), NULL, NULL, G_TYPE_STRING, 1, G_TYPE_STRING);
  jsc_value_object_set_property (native, "check", function);
  g_object_unref (function);
  function = jsc_value_new_function (context, "warm", G_CALLBACK (warm_cb), NULL, NULL, G_TYPE_NONE, 0);
  jsc_value_object_set_property (native, "warm", function);
  g_object_unref (function);
  function = jsc_value_new_function (context, "load", G_CALLBACK (load_cb), NULL, NULL, JSC_TYPE_VALUE, 0);
  jsc_value_object_set_property (native, "load", function);
  g_object_unref (function);
  jsc_context_set_value (context, "ncGuardNative", native);
  g_object_unref (native);
  g_object_unref (context);
}

static GHashTable *
table_from (GVariant *value)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GVariantIter iter;
  const char *key, *text;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &text))
    g_hash_table_insert (table, g_strdup (key), g_strdup (text));
  return table;
}

void
nc_guard_checker_take_texts (GVariant *data)
{
  g_autoptr(GVariant) new_texts = g_variant_lookup_value (data, "guard-texts", G_VARIANT_TYPE ("a{ss}"));
  g_autoptr(GVariant) new_rules = g_variant_lookup_value (data, "guard-rules", G_VARIANT_TYPE ("a{ss}"));
  g_autoptr(GMutexLocker) locker = NULL;

  if (new_texts == NULL || new_rules == NULL)
    return;
  locker = g_mutex_locker_new (&texts_lock);
  g_clear_pointer (&texts, g_hash_table_unref);
  g_clear_pointer (&rules, g_hash_table_unref);
  texts = table_from (new_texts);
  rules = table_from (new_rules);
}

void
nc_guard_checker_init (const char *world_name)
{
  g_return_if_fail (guard_world == NULL);
  /* Findings come out of the checker untranslated (msgids): they are
   * translated with the texts of the UI process, whose language may be
   * changed while it runs and whose catalogues this sandbox may not see. */
  bindtextdomain (GETTEXT_PACKAGE, "/dev/null");
  guard_world = webkit_script_world_new_with_name (world_name);
  g_signal_connect (guard_world, "window-object-cleared", G_CALLBACK (guard_world_cleared_cb), NULL);
}
