/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-guard-probe.c — loads a page in the real browser stack with the guard,
 * types text into its editor with real input events, optionally tries to
 * post, and prints what the guard did as one JSON object:
 *
 *   nc-guard-probe URL --type TEXT [--selector CSS] [--submit]
 *                  [--proxy http://127.0.0.1:PORT] [--profile-age BAND]
 *
 *   {"guard_active": bool, "findings": [...], "warning_shown": bool,
 *    "submit_blocked": bool, "draft": "the editor's text as the page has it"}
 *
 * What the guard draws lives in closed shadow roots the page cannot see:
 * it is read through the guard's own world (window.ncGuardProbe).
 * The pages in tests/fixtures/hostile/ are written to switch the guard
 * off or fake it; test-guard-hostile runs them all.
 *
 * Needs a display (run it under xvfb-run). */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <json-glib/json-glib.h>
#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-store.h"
#include "nc-test-web.h"
#include "nc-web-view.h"

static char *
js_string (const char *text)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return json_to_string (node, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *text = NULL;
  g_autofree char *selector = NULL;
  g_autofree char *proxy = NULL;
  g_autofree char *age = NULL;
  gboolean submit = FALSE;
  GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &text, "Text to type", "TEXT" },
    { "selector", 0, 0, G_OPTION_ARG_STRING, &selector, "The editor (CSS selector)", "CSS" },
    { "submit", 0, 0, G_OPTION_ARG_NONE, &submit, "Try to post after typing", NULL },
    { "proxy", 0, 0, G_OPTION_ARG_STRING, &proxy, "Route every host through this proxy", "URI" },
    { "profile-age", 0, 0, G_OPTION_ARG_STRING, &age, "Age band: 6-9, 10-12, 13-15, 16-17, adult", "BAND" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(NcChecker) checker = NULL;
  g_autofree char *selector_js = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *findings = NULL;
  g_autofree char *draft_js = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *draft_json = NULL;
  NcAgeBand band = NC_AGE_BAND_13_15;
  g_autoptr(NcProfileRules) rules = NULL;
  gboolean active, warning_shown, submit_blocked = FALSE;
  GtkWidget *window;
  NcWebView *view;

  g_auto(GStrv) args = g_strdupv (argv);

  /* Arguments are UTF-8, even where the locale is plain "C". */
  setlocale (LC_ALL, "");
  if (!g_get_charset (NULL))
    setlocale (LC_CTYPE, "C.UTF-8");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse_strv (options, &args, &error) || g_strv_length (args) != 2 || text == NULL)
    {
      g_printerr ("usage: nc-guard-probe URL --type TEXT [--selector CSS] [--submit] "
                  "[--proxy URI] [--profile-age BAND]%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }
  if (age != NULL && !nc_age_band_from_string (age, &band))
    {
      g_printerr ("unknown age band: %s\n", age);
      return 2;
    }

  gtk_init ();
  nc_test_web_use_built_extension ();

  rules = nc_test_web_rules_for_age (band);
  context = nc_browser_context_new (NULL, rules);
  if (proxy != NULL)
    nc_test_web_route_through_proxy (nc_browser_context_get_network_session (context), proxy);
  policy = nc_site_policy_new_default (&error);
  if (policy != NULL)
    checker = nc_checker_new (&error);
  if (checker == NULL)
    {
      g_printerr ("cannot load the policy or the checker: %s\n", error->message);
      return 1;
    }
  nc_browser_context_set_checker (context, checker);
  nc_browser_context_set_policy (context, policy);

  view = nc_web_view_new (context, NULL);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));

  nc_web_view_load (view, args[1]);
  nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
  nc_test_web_spin (100);
  while (webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view)))
    nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));

  active = nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                 "window.ncGuardProbe && window.ncGuardProbe.active", 5);

  selector_js = js_string (selector != NULL ? selector
                                            : "textarea, input[type=text], input:not([type]), [contenteditable=''], [contenteditable=true]");
  focus = g_strdup_printf ("(() => { const e = document.querySelector (%s); if (!e) return false;"
                           " e.focus (); if (e.isContentEditable) { getSelection ().selectAllChildren (e);"
                           " getSelection ().collapseToEnd (); } return true; }) ()", selector_js);
  if (!nc_test_web_eval_bool (WEBKIT_WEB_VIEW (view), NULL, focus))
    g_printerr ("no editor matches the selector\n");
  nc_test_web_type (WEBKIT_WEB_VIEW (view), text);

  if (active)
    nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD, "window.ncGuardProbe.checks > 0", 10);
  findings = nc_test_web_eval_string (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                      "JSON.stringify ((window.ncGuardProbe ? window.ncGuardProbe.findings : [])"
                                      ".map ((f) => ({ ref: f.ref, category: f.category, severity: f.severity,"
                                      " start: f.start, end: f.end })))");
  warning_shown = nc_test_web_eval_bool (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                         "!!window.ncGuardProbe && window.ncGuardProbe.shown ('chip')");
  draft_js = g_strdup_printf ("(() => { const e = document.querySelector (%s);"
                              " return e ? ('value' in e ? e.value : e.textContent) : ''; }) ()", selector_js);
  draft = nc_test_web_eval_string (WEBKIT_WEB_VIEW (view), NULL, draft_js);

  if (submit)
    {
      /* A post button by its label (English or Vietnamese), else Enter in
       * the editor. */
      g_autofree char *attempt = g_strdup_printf (
        "(() => { const words = ['post', 'send', 'comment', 'reply', 'share', 'publish', 'submit',"
        " 'đăng', 'gửi', 'bình luận', 'trả lời', 'chia sẻ'];"
        " const label = (b) => (b.getAttribute ('aria-label') || b.value || b.textContent || '').trim ().toLowerCase ();"
        " const b = [...document.querySelectorAll ('button, [role=button], input[type=submit]')]"
        "   .find ((b) => words.some ((w) => label (b) === w || label (b).startsWith (w + ' ')));"
        " if (b) { b.click (); return; }"
        " const e = document.querySelector (%s);"
        " e && e.dispatchEvent (new KeyboardEvent ('keydown', { key: 'Enter', code: 'Enter', keyCode: 13,"
        "   bubbles: true, cancelable: true, composed: true })); }) ()", selector_js);

      nc_test_web_eval (WEBKIT_WEB_VIEW (view), NULL, attempt, NULL);
      submit_blocked = nc_test_web_wait_for (WEBKIT_WEB_VIEW (view), NC_GUARD_WORLD,
                                             "window.ncGuardProbe.held () && window.ncGuardProbe.shown ('dialog')", 3);
    }

  draft_json = js_string (draft != NULL ? draft : "");
  printf ("{\"guard_active\": %s, \"findings\": %s, \"warning_shown\": %s, \"submit_blocked\": %s, \"draft\": %s}\n",
          active ? "true" : "false", findings != NULL && findings[0] == '[' ? findings : "[]",
          warning_shown ? "true" : "false", submit_blocked ? "true" : "false", draft_json);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
