/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-web-editors.c — the guard in editors built from the real npm
 * packages `lexical` and `draft-js`, installed and bundled at test time
 * (tests/npm/editors/package.json); typed into with real input events, on a page with
 * a strict Content-Security-Policy. Skips when npm cannot reach the
 * registry. */
#include "config.h"

#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-test-http-server.h"
#include "nc-test-web.h"
#include "nc-web-view.h"

static char *bundle_dir;
static char *skip_reason;

static gboolean
run (const char * const *argv,
     const char         *cwd,
     GError            **error)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (cwd, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s failed: %s", argv[0],
                   err != NULL ? err : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_file (const char *from_dir,
           const char *to_dir,
           const char *name)
{
  g_autofree char *from = g_build_filename (from_dir, name, NULL);
  g_autofree char *to = g_build_filename (to_dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (from, &contents, &length, NULL) &&
         g_file_set_contents (to, contents, length, NULL);
}

/* npm install (from the lock file) and esbuild, once, in the build dir. */
static void
prepare_bundles (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *dir = g_build_filename (builddir != NULL ? builddir : ".", "npm-editors", NULL);
  g_autofree char *editors = g_build_filename (srcdir, "npm", "editors", NULL);
  g_autofree char *esbuild = g_build_filename (dir, "node_modules", ".bin", "esbuild", NULL);
  g_autoptr(GError) error = NULL;
  const char *install[] = { "npm", "install", "--no-audit", "--no-fund", "--ignore-scripts",
                            "--fetch-timeout=20000", "--fetch-retries=1", NULL };
  const char *entries[] = { "lexical", "draft" };

  g_mkdir_with_parents (dir, 0755);
  if (!copy_file (editors, dir, "package.json") || !copy_file (editors, dir, "package-lock.json") ||
      !copy_file (editors, dir, "lexical-entry.js") || !copy_file (editors, dir, "draft-entry.js"))
    {
      skip_reason = g_strdup ("cannot copy the editor sources to the build directory");
      return;
    }

  if (!g_file_test (esbuild, G_FILE_TEST_IS_EXECUTABLE) && !run (install, dir, &error))
    {
      skip_reason = g_strdup_printf ("npm cannot install the editors (is the registry reachable?): %s",
                                     error->message);
      return;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autofree char *entry = g_strconcat (entries[i], "-entry.js", NULL);
      g_autofree char *outfile = g_strconcat ("--outfile=", entries[i], ".js", NULL);
      const char *bundle[] = { esbuild, entry, "--bundle", "--format=iife", "--minify",
                               "--define:process.env.NODE_ENV=\"production\"", "--define:global=window", outfile, NULL };

      if (!run (bundle, dir, &error))
        {
          skip_reason = g_strdup_printf ("esbuild cannot bundle %s: %s", entries[i], error->message);
          return;
        }
    }

  bundle_dir = g_steal_pointer (&dir);
}

/* @container: Lexical's core needs a contenteditable root (its React
 * wrapper would make one); Draft.js renders its own inside a plain div. */
static char *
compose_page (const char *container)
{
  return g_strdup_printf ("<!doctype html><meta charset=utf-8><title>Compose</title>"
                          "%s<button id=post>Post</button>"
                          "<script src=/page.js></script><script src=/editor.js></script>",
                          container);
}

static const char page_script[] =
  "window.posts = 0;"
  "document.getElementById('post').addEventListener('click', () => { window.posts++; });";

static void
check_editor (const char *bundle,
              const char *container,
              const char *focus_script)
{
  g_autofree char *page = compose_page (container);
  g_autoptr(NcTestHttpServer) server = nc_test_http_server_new ();
  g_autoptr(NcBrowserContext) context = NULL;
  g_autofree char *proxy = nc_test_http_server_get_proxy_uri (server);
  g_autofree char *path = NULL;
  g_autofree char *script = NULL;
  g_autofree char *text = NULL;
  GtkWidget *window;
  NcWebView *view;

  if (bundle_dir == NULL)
    {
      g_test_skip (skip_reason);
      return;
    }

  path = g_build_filename (bundle_dir, bundle, NULL);
  g_assert_true (g_file_get_contents (path, &script, NULL, NULL));
  nc_test_http_server_add_host_page (server, "www.facebook.com", "/", "text/html; charset=utf-8",
                                     "Content-Security-Policy: default-src 'self'; script-src 'self'\r\n",
                                     page);
  nc_test_http_server_add_host_page (server, "www.facebook.com", "/page.js", "text/javascript", NULL, page_script);
  nc_test_http_server_add_host_page (server, "www.facebook.com", "/editor.js", "text/javascript", NULL, script);

  context = nc_test_web_context_new (NC_AGE_BAND_13_15, proxy, TRUE);

  view = nc_web_view_new (context, NULL);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));

  nc_web_view_load (view, "http://www.facebook.com/");
  nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NULL, "window.editorReady === true", 20));
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD, "window.ncGuardProbe.active", 20));

  nc_test_web_eval (WEBKIT_WEB_VIEW (view), NULL, focus_script, NULL);
  nc_test_web_spin (100);
  nc_test_web_type (WEBKIT_WEB_VIEW (view), "you are stupid");

  /* The editor's own model has the text: the input events were real. */
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NULL,
                                       "window.editorText() === 'you are stupid'", 20));
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.findings.length > 0", 20));
  g_assert_true (nc_test_web_eval_bool (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                        "window.ncGuardProbe.shown(\'chip\')"));
  text = nc_test_web_eval_string (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                  "CSS.highlights.has(window.ncGuardProbe.highlightName) ? "
                                  "[...CSS.highlights.get(window.ncGuardProbe.highlightName)][0].toString() : ''");
  g_assert_cmpstr (text, ==, "you are stupid");   /* the lexicon's phrase, aimed at a person */

  /* Posting is stopped with "Are you sure?". */
  nc_test_web_eval (WEBKIT_WEB_VIEW (view), NULL, "document.getElementById('post').click()", NULL);
  g_assert_true (nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (WEBKIT_WEB_VIEW (view), NULL, "window.posts === 0"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_lexical (void)
{
  check_editor ("lexical.js", "<div id=editor contenteditable=true></div>",
                "document.getElementById('editor').focus()");
}

static void
test_draft (void)
{
  check_editor ("draft.js", "<div id=editor></div>",
                "document.querySelector('[contenteditable=true]').focus()");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  prepare_bundles ();

  g_test_add_func ("/web-editors/lexical", test_lexical);
  g_test_add_func ("/web-editors/draft-js", test_draft);

  status = g_test_run ();
  g_free (bundle_dir);
  g_free (skip_reason);
  return status;
}
