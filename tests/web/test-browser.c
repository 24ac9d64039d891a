/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-browser.c — the child's browser with real WebKit, real host names
 * routed to a loopback server through the session's proxy: the site policy
 * on every navigation, held decisions, safe search, TLS failing closed,
 * and the conduct guard in its private world. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-report-json.h"
#include "nc-test-http-server.h"
#include "nc-test-i18n.h"
#include "nc-test-web.h"
#include "nc-web-view.h"

#define STRICT_CSP "Content-Security-Policy: default-src 'self'; script-src 'self'; " \
                   "style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'\r\n"

static const char social_page[] =
  "<!doctype html><meta charset=utf-8><title>Social</title>"
  "<form id=f action=/posted method=get><textarea id=ta name=t></textarea>"
  "<button id=post type=submit>Post</button></form>"
  "<div id=ce contenteditable=true>Chào</div>"
  "<button id=send aria-label=\"Gửi\">&gt;</button>"
  "<button id=share>Chia sẻ</button>"
  "<div id=shadow-host></div>"
  "<script src=/page.js></script>";

static const char social_script[] =
  "window.pageSawWebkit = typeof window.webkit;"
  "window.posts = 0;"
  "document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); window.posts++; });"
  "document.getElementById('send').addEventListener('click', () => { window.posts++; });"
  "document.getElementById('ce').addEventListener('keydown', (e) => { if (e.key === 'Enter') window.posts++; });"
  "const root = document.getElementById('shadow-host').attachShadow({ mode: 'open' });"
  "root.appendChild(document.createElement('textarea'));";

typedef NcTestWebFixture Fixture;

static void
fixture_set_up_with (Fixture   *fixture,
                     NcAgeBand  band,
                     gboolean   load_policy)
{
  fixture->server = nc_test_http_server_new ();
  nc_test_http_server_add_host_page (fixture->server, "www.facebook.com", "/", "text/html; charset=utf-8",
                                     STRICT_CSP, social_page);
  nc_test_http_server_add_host_page (fixture->server, "www.facebook.com", "/page.js",
                                     "text/javascript", NULL, social_script);
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/", "text/html; charset=utf-8",
                                     NULL, "<!doctype html><title>Plain</title><textarea id=ta></textarea>");
  nc_test_http_server_add_host_page (fixture->server, "www.bet365.com", "/", "text/html",
                                     NULL, "<title>Casino</title>");
  nc_test_http_server_add_host_page (fixture->server, "www.google.com", "/search", "text/html",
                                     NULL, "<title>Results</title>");
  nc_test_http_server_add_host_page (fixture->server, "bank.example.com", "/", "text/html",
                                     NULL, "<title>Bank</title>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/popup.html", "text/html", NULL,
                                     "<title>Pop</title><script>window.popup = window.open('http://example.org/');</script>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/file.bin", "application/octet-stream",
                                     "Content-Disposition: attachment; filename=file.bin\r\n", "binary");
  nc_test_http_server_add_host_page (fixture->server, "www.facebook.com", "/framed.html", "text/html", NULL,
                                     "<title>Framed</title><iframe src=http://example.org/ad.html></iframe>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/ad.html", "text/html", NULL,
                                     "<title>Ad</title><textarea autofocus></textarea>");
  nc_test_http_server_add_host_page (fixture->server, "www.youtube.com", "/", "text/html", NULL,
                                     "<title>Videos</title>"
                                     "<script>fetch('/youtubei/v1/next');</script>"
                                     "<iframe src=http://www.youtube-nocookie.com/embed/a></iframe>");
  nc_test_http_server_add_host_page (fixture->server, "www.youtube.com", "/youtubei/v1/next",
                                     "application/json", NULL, "{}");
  nc_test_http_server_add_host_page (fixture->server, "www.youtube-nocookie.com", "/embed/a",
                                     "text/html", NULL, "<title>Player</title>");
  nc_test_http_server_add_host_page (fixture->server, "www.youtube.com", "/embed/b",
                                     "text/html", NULL, "<title>Player</title>");
  nc_test_http_server_add_host_page (fixture->server, "example.org", "/video.html", "text/html", NULL,
                                     "<title>A video</title><iframe src=http://www.youtube.com/embed/b></iframe>");

  nc_test_web_open (fixture, band, load_policy);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_with (fixture, NC_AGE_BAND_13_15, TRUE);
}

static void
fixture_set_up_held (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_set_up_with (fixture, NC_AGE_BAND_13_15, FALSE);
}

static void
test_blocked (Fixture       *fixture,
              gconstpointer  data)
{
  nc_test_web_visit_blocked (fixture, "http://www.bet365.com/", "www.bet365.com");
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "www.bet365.com", "/"), ==, 0);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL,
                                        "!!document.querySelector('a[href^=\"netconduct:ask-parent\"]')"));
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_BLOCKED), ==, 1);
}

/* What a child types most often: a bare host name, which WebKit loads
 * spelled differently (https://bet365.com/) — still the blocked page. */
static void
test_blocked_bare_host (Fixture       *fixture,
                        gconstpointer  data)
{
  nc_test_web_visit_blocked (fixture, "BET365.com", "bet365.com");
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_BLOCKED), ==, 1);
}

/* The address bar: a host name goes to HTTPS, words are a safe search. */
static void
test_address_bar (void)
{
  static const struct { const char *text; const char *uri; } cases[] = {
    { "example.org", "https://example.org" },
    { "  http://example.org/a?b=c ", "http://example.org/a?b=c" },
    { "netconduct:start", "netconduct:start" },
    { "", "netconduct:start" },
    { "mèo con dễ thương", "https://www.google.com/search?q=m%C3%A8o%20con%20d%E1%BB%85%20th%C6%B0%C6%A1ng&safe=active" },
    { "cats", "https://www.google.com/search?q=cats&safe=active" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uri = nc_web_view_text_to_uri (cases[i].text);
      g_assert_cmpstr (uri, ==, cases[i].uri);
    }
}

static void
test_allowed_http (Fixture       *fixture,
                   gconstpointer  data)
{
  nc_test_web_visit (fixture, "http://example.org/");

  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/");
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "example.org", "/"), ==, 1);
  g_assert_true (nc_test_web_logged (fixture, "example.org||" NC_OUTCOME_ALLOWED));
  /* No guard on a site the policy does not guard. */
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.active"));
}

static void
test_local_schemes (Fixture       *fixture,
                    gconstpointer  data)
{
  nc_test_web_visit_blocked (fixture, "file:///etc/passwd", NULL);
  /* And no page may ask a parent for a local file. */
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL,
                                         "!!document.querySelector('a[href^=\"netconduct:ask-parent\"]')"));
}

static void
test_held (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;

  nc_web_view_load (fixture->view, "http://example.org/");
  for (int i = 0; i < 1000 && nc_web_view_get_n_held (fixture->view) == 0; i++)
    nc_test_web_spin (20);
  nc_test_web_spin (200);

  /* Held: nothing was fetched, nothing allowed by default. */
  g_assert_cmpuint (nc_web_view_get_n_held (fixture->view), >=, 1);
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "example.org", "/"), ==, 0);

  policy = nc_site_policy_new_default (&error);
  g_assert_no_error (error);
  nc_browser_context_set_policy (fixture->context, policy);
  nc_test_web_wait_loaded (nc_test_web_view (fixture));

  g_assert_cmpuint (nc_web_view_get_n_held (fixture->view), ==, 0);
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/");
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "example.org", "/"), ==, 1);
}

static void
test_safe_search (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *uri;

  nc_test_web_visit (fixture, "http://www.google.com/search?q=cats");

  uri = webkit_web_view_get_uri (nc_test_web_view (fixture));
  g_assert_true (g_str_has_prefix (uri, "http://www.google.com/search?"));
  g_assert_nonnull (strstr (uri, "safe=active"));
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_REWRITTEN), ==, 1);
}

static void
test_tls_fails_closed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;

  nc_test_web_visit (fixture, "https://bank.example.com/");

  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "netconduct:tls-error");
  g_assert_cmpuint (nc_test_http_server_get_tls_handshakes (fixture->server), >=, 1);
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "bank.example.com", "/"), ==, 0);
  text = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "document.body.innerText");
  g_assert_nonnull (strstr (text, "bank.example.com"));
  /* No way on: the only link goes to the start page. */
  g_assert_cmpint (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL,
                                          "[...document.links].every((a) => a.href === 'netconduct:start')"), ==, TRUE);
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_TLS_ERROR), ==, 1);
}

static void
open_social (Fixture *fixture)
{
  nc_test_web_visit (fixture, "http://www.facebook.com/");
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://www.facebook.com/");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.active", 20));
}

/* Types @text at the end of the social page's compose box (the
 * contenteditable #ce), as a child would. */
static void
type_in_compose_box (Fixture    *fixture,
                     const char *text)
{
  nc_test_web_eval (nc_test_web_view (fixture), NULL,
                    "const ce = document.getElementById('ce'); ce.focus();"
                    "getSelection().selectAllChildren(ce); getSelection().collapseToEnd();", NULL);
  nc_test_web_type (nc_test_web_view (fixture), text);
}

/* Types @text at the end of the social page's textarea #ta, as a child
 * would (focus, then keys). */
static void
type_in_textarea (Fixture    *fixture,
                  const char *text)
{
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('ta').focus()", NULL);
  nc_test_web_type (nc_test_web_view (fixture), text);
}

/* Empties #ta (as a page script would) and types @text in it. */
static void
retype_in_textarea (Fixture    *fixture,
                    const char *text)
{
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('ta').value = ''", NULL);
  nc_test_web_type (nc_test_web_view (fixture), text);
}

/* Waits (up to 20 s) until the guard has found something in the draft. */
static void
wait_for_findings (Fixture *fixture)
{
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.findings.length > 0", 20));
}

static void
test_private_world (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *page_view = NULL;
  g_autofree char *guard_view = NULL;
  g_autofree char *now = NULL;

  open_social (fixture);

  page_view = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.pageSawWebkit");
  g_assert_cmpstr (page_view, ==, "undefined");
  now = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "typeof window.webkit");
  g_assert_cmpstr (now, ==, "undefined");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "typeof window.ncGuardProbe"), ==, "undefined");
  guard_view = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "typeof window.webkit.messageHandlers.netconduct");
  g_assert_cmpstr (guard_view, ==, "object");
}

static void
test_nudge_textarea (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *ref = NULL;

  open_social (fixture);
  type_in_textarea (fixture, "you are stupid");

  wait_for_findings (fixture);
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "document.getElementById('ta').value"),
                   ==, "you are stupid");
  /* The chip is drawn, with the rule and a "Learn why" button. */
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "window.ncGuardProbe.has('chip', 'learn')"));
  ref = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.findings[0].ref");
  g_assert_true (nc_test_web_logged (fixture, g_strdup_printf ("www.facebook.com|%s|warning-shown", ref)));
}

/* The draft is checked in the web process (nc-guard-checker.h): the guard
 * warns even when the UI process has no checker, with the findings the UI
 * process would have given (same rules, explanations and spans), and the
 * page's own world cannot reach that checker. */
static void
test_checked_in_web_process (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *draft = "mày là đồ ngu, you are stupid";
  g_autoptr(NcChecker) checker = nc_checker_new (NULL);
  g_autoptr(NcReport) report = nc_checker_check (checker, draft, -1, NULL, NULL);
  g_autofree char *expected = nc_report_to_json (report, NC_REPORT_OFFSETS_UTF16);
  g_autofree char *found = NULL;
  g_autoptr(JsonNode) expected_root = json_from_string (expected, NULL);
  g_autoptr(JsonNode) found_root = NULL;

  open_social (fixture);
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "typeof ncGuardNative"), ==, "undefined");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "typeof ncGuardNative.check"),
                   ==, "function");

  /* The UI process could not check it now: it would answer an error. */
  nc_browser_context_set_checker (fixture->context, NULL);
  type_in_textarea (fixture, draft);
  wait_for_findings (fixture);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.has('chip', 'learn')"));

  /* The findings of a part of the draft (typed key by key) may come
   * first: those of the whole draft follow within 10 s. */
  for (int i = 0; i < 200; i++)
    {
      g_clear_pointer (&found, g_free);
      g_clear_pointer (&found_root, json_node_unref);
      found = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "JSON.stringify (window.ncGuardProbe.findings)");
      found_root = json_from_string (found, NULL);
      g_assert_nonnull (found_root);
      if (json_node_equal (found_root, json_object_get_member (json_node_get_object (expected_root), "findings")))
        break;
      nc_test_web_spin (50);
    }
  g_assert_true (json_node_equal (found_root,
                                  json_object_get_member (json_node_get_object (expected_root), "findings")));
}

/* The chip follows the draft: it goes when the draft is fixed and comes
 * back with the new findings' rule (it is built once and re-filled);
 * findings below the profile's threshold show only as reminders. */
static void
test_nudge_follows_draft (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *chip_matches = "window.ncGuardProbe.text('chip').includes(window.ncGuardProbe.findings[0].rule)";
  g_autofree char *first_rule = NULL;
  g_autofree char *second_rule = NULL;

  open_social (fixture);
  type_in_textarea (fixture, "you are stupid");
  wait_for_findings (fixture);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, chip_matches));
  first_rule = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.findings[0].rule");

  retype_in_textarea (fixture, "hello friend");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.findings.length === 0", 20));
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown(\'chip\')"));

  /* An offence the checker lowered to info (a negation) is not shown; a
   * link's reminder is, at info too. */
  retype_in_textarea (fixture, "you are not stupid, look at www.example.com");
  wait_for_findings (fixture);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "window.ncGuardProbe.findings.every ((f) => f.category === 'link')"));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, chip_matches));
  second_rule = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.findings[0].rule");
  g_assert_cmpstr (second_rule, !=, first_rule);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('chip')"));
}

static void
test_nudge_contenteditable (Fixture       *fixture,
                            gconstpointer  data)
{
  open_social (fixture);
  type_in_compose_box (fixture, " đồ ngu");

  wait_for_findings (fixture);
  /* The span itself is highlighted, and the highlight covers the words. */
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "CSS.highlights.has(window.ncGuardProbe.highlightName)"));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "(() => { const f = window.ncGuardProbe.findings[0];"
                                        " const r = [...CSS.highlights.get(window.ncGuardProbe.highlightName)][0];"
                                        " const t = document.getElementById('ce').textContent.slice(f.start, f.end);"
                                        " return t.length > 0 && r.toString() === t; })()"));
}

static void
test_post_intercepted (Fixture       *fixture,
                       gconstpointer  data)
{
  open_social (fixture);
  type_in_textarea (fixture, "you are stupid");
  wait_for_findings (fixture);

  /* A click on "Post": stopped, "Are you sure?" asked. */
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('post').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')", 10));
  g_assert_cmpint (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"), ==, TRUE);

  /* Edit: back to the text, nothing posted. */
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.press('dialog', 'edit')"));
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "!window.ncGuardProbe.shown('dialog')", 10));
  g_assert_cmpint (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"), ==, TRUE);

  /* The Vietnamese "Gửi" button is a post button too; Post anyway posts. */
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('send').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.has('dialog', 'post-anyway')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.press('dialog', 'post-anyway')"));
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.posts === 1", 10));

  g_assert_true (nc_test_web_logged (fixture, "www.facebook.com|4.6|post-stopped") ||
                 nc_browser_context_count (fixture->context, "post-stopped") >= 2);
  g_assert_cmpuint (nc_browser_context_count (fixture->context, "edited"), >=, 1);
  g_assert_cmpuint (nc_browser_context_count (fixture->context, "posted-anyway"), >=, 1);
}

static void
test_post_anyway_off (Fixture       *fixture,
                      gconstpointer  data)
{
  nc_browser_context_set_allow_post_anyway (fixture->context, FALSE);
  open_social (fixture);
  type_in_textarea (fixture, "you are stupid");
  wait_for_findings (fixture);
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('post').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')", 10));
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.has('dialog', 'post-anyway')"));
  g_assert_cmpint (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"), ==, TRUE);
}

static void
test_share_reminder (Fixture       *fixture,
                     gconstpointer  data)
{
  open_social (fixture);
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('share').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.panelClass('chip').includes('share')", 10));
  g_assert_true (nc_test_web_logged (fixture, "www.facebook.com|4.4|share-reminder"));
}

/* A message the guard would never send is refused, and none can change a
 * setting. */
static void
test_message_validation (Fixture       *fixture,
                         gconstpointer  data)
{
#define SEND(message) "window.webkit.messageHandlers.netconduct.postMessage(" message ")" \
                      ".then(() => 'accepted', (e) => 'refused')"
  const char *big = SEND ("{kind: 'draft', text: 'a'.repeat(70000)}");
  const char *unknown = SEND ("{kind: 'set-setting', name: 'social', value: true}");
  const char *not_object = SEND ("'hello'");
  const char *ok = SEND ("{kind: 'draft', text: 'hello'}");
#undef SEND

  open_social (fixture);

  /* evaluate_javascript does not wait for promises: use call_async_... */
  for (int i = 0; i < 4; i++)
    {
      const char *scripts[] = { big, unknown, not_object, ok };
      const char *expected[] = { "refused", "refused", "refused", "accepted" };
      g_autofree char *script = g_strdup_printf ("window.ncResult = undefined; %s.then((r) => window.ncResult = r);",
                                                 scripts[i]);
      g_autofree char *result = NULL;

      nc_test_web_eval (nc_test_web_view (fixture), NC_GUARD_WORLD, script, NULL);
      g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult !== undefined", 10));
      result = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult");
      g_assert_cmpstr (result, ==, expected[i]);
    }

  /* A draft that cannot be checked (no checker) is answered with an
   * error, never with "no findings"; short and long drafts alike. */
  nc_browser_context_set_checker (fixture->context, NULL);
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *script = g_strdup_printf (
        "window.ncResult = undefined; window.webkit.messageHandlers.netconduct"
        ".postMessage({kind: 'draft', text: 'you are stupid '.repeat(%d)}).then((r) => window.ncResult = 'accepted ' + r,"
        " (e) => window.ncResult = 'refused: ' + (e && e.message || e));", i == 0 ? 1 : 400);
      g_autofree char *result = NULL;

      /* The error is logged (without the draft). */
      g_test_expect_message ("nc-web", G_LOG_LEVEL_WARNING, "a draft could not be checked: the checker is not loaded");
      nc_test_web_eval (nc_test_web_view (fixture), NC_GUARD_WORLD, script, NULL);
      g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult !== undefined", 10));
      g_test_assert_expected_messages ();
      result = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult");
      g_assert_cmpstr (result, ==, "refused: the draft could not be checked");
    }

  /* On a page the policy does not guard, a draft is refused. */
  nc_test_web_visit (fixture, "http://example.org/");
  nc_test_web_eval (nc_test_web_view (fixture), NC_GUARD_WORLD,
                    "window.ncResult = undefined; window.webkit.messageHandlers.netconduct"
                    ".postMessage({kind: 'draft', text: 'x'}).then(() => window.ncResult = 'accepted',"
                    " () => window.ncResult = 'refused');", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult !== undefined", 10));
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult"), ==, "refused");
}

static void
test_social_blocked_for_young (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(NcProfileRules) rules = NULL;

  rules = nc_test_web_rules_for_age (NC_AGE_BAND_6_9);
  nc_browser_context_set_rules (fixture->context, rules);
  nc_test_web_visit_blocked (fixture, "http://www.facebook.com/", NULL);
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "www.facebook.com", "/"), ==, 0);
}

static void
test_internal_pages_not_reachable (Fixture       *fixture,
                                   gconstpointer  data)
{
  nc_test_web_visit (fixture, "http://example.org/");
  /* A web page cannot navigate to an internal page. */
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "location.href = 'netconduct:start'", NULL);
  nc_test_web_spin (500);
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/");
}

/* The request for @host @path arrives (within 10 s) with YouTube's
 * restricted mode on. */
static void
assert_header_arrives (Fixture    *fixture,
                       const char *host,
                       const char *path)
{
  g_autofree char *header = NULL;

  for (int i = 0; i < 500 && header == NULL; i++)
    {
      nc_test_web_spin (20);
      header = nc_test_http_server_get_last_header (fixture->server, host, path, "YouTube-Restrict");
    }
  g_assert_cmpstr (header, ==, "Strict");
}

static void
test_youtube_restricted (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *header = NULL;

  nc_test_web_visit (fixture, "http://www.youtube.com/");

  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://www.youtube.com/");
  header = nc_test_http_server_get_last_header (fixture->server, "www.youtube.com", "/", "YouTube-Restrict");
  g_assert_cmpstr (header, ==, "Strict");

  /* What the page loads by itself keeps restricted mode: the site's own
   * API calls and the embedded player. */
  assert_header_arrives (fixture, "www.youtube.com", "/youtubei/v1/next");
  assert_header_arrives (fixture, "www.youtube-nocookie.com", "/embed/a");

  /* So does a YouTube player embedded in another site. */
  nc_test_web_visit (fixture, "http://example.org/video.html");
  assert_header_arrives (fixture, "www.youtube.com", "/embed/b");
}

static void
open_tab_cb (NcWebView *view,
             NcWebView *popup,
             gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* A page opening a window by itself, with no click: nothing opens. */
static void
test_popup_needs_gesture (Fixture       *fixture,
                          gconstpointer  data)
{
  gboolean opened = FALSE;

  g_signal_connect (fixture->view, "open-tab", G_CALLBACK (open_tab_cb), &opened);
  nc_test_web_visit (fixture, "http://example.org/popup.html");
  nc_test_web_spin (500);

  g_assert_false (opened);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.popup === null"));
  /* ...and the activity log hears of it. */
  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_POPUP), >=, 1);
}

static void
test_download_blocked (Fixture       *fixture,
                       gconstpointer  data)
{
  nc_test_web_visit (fixture, "http://example.org/");
  nc_web_view_load (fixture->view, "http://example.org/file.bin");
  for (int i = 0; i < 500 && nc_browser_context_count (fixture->context, NC_OUTCOME_DOWNLOAD) == 0; i++)
    nc_test_web_spin (20);

  g_assert_cmpuint (nc_browser_context_count (fixture->context, NC_OUTCOME_DOWNLOAD), ==, 1);
  /* The refused load ends after the decision; then the page is still the
   * one before it. */
  for (int i = 0; i < 500 && webkit_web_view_is_loading (nc_test_web_view (fixture)); i++)
    nc_test_web_spin (20);
  g_assert_false (webkit_web_view_is_loading (nc_test_web_view (fixture)));
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://example.org/");
}

static void
ask_parent_cb (NcWebView *view,
               guint      id,
               gpointer   user_data)
{
  *(guint *) user_data = id;
}

static void
test_ask_parent (Fixture       *fixture,
                 gconstpointer  data)
{
  guint asked = 0;

  g_signal_connect (fixture->view, "ask-parent", G_CALLBACK (ask_parent_cb), &asked);

  /* A web page cannot ask for a parent's PIN. */
  nc_test_web_visit (fixture, "http://example.org/");
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "location.href = 'netconduct:ask-parent?id=1'", NULL);
  nc_test_web_spin (500);
  g_assert_cmpuint (asked, ==, 0);

  /* The blocked page can; the app checks the PIN, then the site opens
   * for this session. */
  nc_test_web_visit (fixture, "http://www.bet365.com/");
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.querySelector('a[href^=\"netconduct:ask-parent\"]').click()", NULL);
  for (int i = 0; i < 500 && asked == 0; i++)
    nc_test_web_spin (20);
  g_assert_cmpuint (asked, !=, 0);

  nc_web_view_parent_allowed (fixture->view, asked, FALSE);
  nc_test_web_wait_loaded (nc_test_web_view (fixture));
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, "http://www.bet365.com/");
  g_assert_cmpuint (nc_test_http_server_get_host_hits (fixture->server, "www.bet365.com", "/"), ==, 1);
}

static void
test_enter_in_compose_box (Fixture       *fixture,
                           gconstpointer  data)
{
  open_social (fixture);
  type_in_compose_box (fixture, " đồ ngu");
  wait_for_findings (fixture);

  nc_test_web_eval (nc_test_web_view (fixture), NULL,
                    "document.getElementById('ce').dispatchEvent(new KeyboardEvent('keydown',"
                    " { key: 'Enter', bubbles: true, cancelable: true }))", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));
}

static void
test_shadow_root (Fixture       *fixture,
                  gconstpointer  data)
{
  open_social (fixture);
  nc_test_web_eval (nc_test_web_view (fixture), NULL,
                    "document.getElementById('shadow-host').shadowRoot.querySelector('textarea').focus()", NULL);
  nc_test_web_type (nc_test_web_view (fixture), "you are stupid");

  wait_for_findings (fixture);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown(\'chip\')"));
}

/* Sends a draft as the guard in the frame at @frame_uri would and returns
 * the UI process's answer, "accepted" or "refused" (free it). */
static char *
send_draft_from_frame (Fixture    *fixture,
                       const char *frame_uri)
{
  g_autofree char *send = g_strdup_printf ("window.ncResult = undefined; window.webkit.messageHandlers.netconduct"
                                           ".postMessage({kind: 'draft', text: 'you are stupid', frame: '%s'})"
                                           ".then(() => window.ncResult = 'accepted', () => window.ncResult = 'refused');",
                                           frame_uri);

  nc_test_web_eval (nc_test_web_view (fixture), NC_GUARD_WORLD, send, NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult !== undefined", 10));
  return nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncResult");
}

/* A frame from another, unguarded site inside a social page is not
 * watched: its drafts are not checked. */
static void
test_foreign_frame_not_guarded (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *foreign = NULL;
  g_autofree char *own = NULL;

  nc_test_web_visit (fixture, "http://www.facebook.com/framed.html");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.active", 20));

  /* What the guard in that frame would send. */
  foreign = send_draft_from_frame (fixture, "http://example.org/ad.html");
  g_assert_cmpstr (foreign, ==, "refused");
  own = send_draft_from_frame (fixture, "http://www.facebook.com/framed.html");
  g_assert_cmpstr (own, ==, "accepted");
}

static void
learn_cb (NcBrowserContext *context,
          const char       *lesson,
          gpointer          user_data)
{
  *(char **) user_data = g_strdup (lesson);
}

static void
test_learn_why (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *lesson = NULL;

  g_signal_connect (fixture->context, "learn", G_CALLBACK (learn_cb), &lesson);
  open_social (fixture);
  type_in_textarea (fixture, "you are stupid");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.has('chip', 'learn')", 20));

  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.press('chip', 'learn')"));
  for (int i = 0; i < 500 && lesson == NULL; i++)
    nc_test_web_spin (20);
  g_assert_nonnull (lesson);
  g_assert_cmpstr (lesson, ==, nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                                         "window.ncGuardProbe.findings[0].lesson"));
}

static void
care_snapshot_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GdkTexture **texture = user_data;
  g_autoptr(GError) error = NULL;

  *texture = webkit_web_view_get_snapshot_finish (WEBKIT_WEB_VIEW (source), result, &error);
  g_assert_no_error (error);
}

/* With NC_SCREENSHOT_DIR, saves the page as it shows now there, as
 * @name-LANG.png (@vi: "vi", else "en"). */
static void
save_snapshot (Fixture    *fixture,
               const char *name,
               gboolean    vi)
{
  GdkTexture *texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (g_getenv ("NC_SCREENSHOT_DIR") == NULL)
    return;
  file = g_strdup_printf ("%s-%s.png", name, vi ? "vi" : "en");
  path = g_build_filename (g_getenv ("NC_SCREENSHOT_DIR"), file, NULL);
  nc_test_web_spin (300);
  webkit_web_view_get_snapshot (nc_test_web_view (fixture), WEBKIT_SNAPSHOT_REGION_VISIBLE,
                                WEBKIT_SNAPSHOT_OPTIONS_NONE, NULL, care_snapshot_cb, &texture);
  while (texture == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_object_unref (texture);
}

/* Sends the compose box (#send): a reminder never stops the post, and
 * nothing is asked. */
static void
assert_post_goes (Fixture *fixture)
{
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('send').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.posts === 1", 10));
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')"));
  g_assert_cmpuint (nc_browser_context_count (fixture->context, "post-stopped"), ==, 0);
}

/* (s17-care) A child writing of their own despair: the care reminder is a
 * calm card (its own title and look), marks none of the child's words,
 * never stops the post, and is counted under c88.5 without any text.
 * With NC_SCREENSHOT_DIR, the page with the card is saved there as
 * care-chip-LANG.png (LANGUAGE=vi: typed and shown in Vietnamese). */
static void
test_care_reminder (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  gboolean vi = language != NULL && g_str_has_prefix (language, "vi");
  g_autofree char *title = NULL;

  open_social (fixture);
  type_in_compose_box (fixture, vi ? " chán quá, t nhảy lầu luôn đi cho xong" : " nobody would even notice if i was gone");
  wait_for_findings (fixture);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.panelClass('chip').includes('care')", 10));
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                            "window.ncGuardProbe.findings.map((f) => f.category).join()"), ==, "care");
  title = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.text('chip')");
  g_assert_nonnull (strstr (title, "111"));
  /* no word of the child's is marked */
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "!CSS.highlights.has(window.ncGuardProbe.highlightName)"));
  g_assert_true (nc_test_web_logged (fixture, "www.facebook.com|c88.5|warning-shown"));
  save_snapshot (fixture, "care-chip", vi);

  assert_post_goes (fixture);
}

/* (seventeenth round) A swear word aimed at no one ("phim này hay vl"):
 * the crude-language reminder shows with the word marked, never stops the
 * post, and is counted under 4.6 without any text; said at someone ("dm
 * mày") it is a warning that stops the post. With NC_SCREENSHOT_DIR,
 * saved as crude-chip-LANG.png. */
static void
test_crude_reminder (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  gboolean vi = language != NULL && g_str_has_prefix (language, "vi");

  open_social (fixture);
  type_in_compose_box (fixture, vi ? " phim này hay vl, tối nay xem lại không" : " this movie is fucking awesome, watch it again tonight?");
  wait_for_findings (fixture);
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                            "window.ncGuardProbe.findings.map((f) => f.category).join()"), ==, "crude");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('chip')", 10));
  /* the swear word is marked */
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "CSS.highlights.has(window.ncGuardProbe.highlightName)", 10));
  g_assert_true (nc_test_web_logged (fixture, "www.facebook.com|4.6|warning-shown"));
  save_snapshot (fixture, "crude-chip", vi);

  assert_post_goes (fixture);

  /* said at someone, it stops the post */
  type_in_textarea (fixture, "dm mày");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.findings.some((f) => f.category === 'insult')", 20));
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('post').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 1"));
}

/* (nineteenth round, s19-kinds) A threat with no threat word in it, a
 * condition on what the child does and a consequence for them ("mày mà
 * mách cô thì đừng trách tao"): the guard marks it and stops the post,
 * asking first (its look-alikes, a parent's "con mà về muộn thì nhớ gọi
 * cho mẹ nhé", are test-checker's /checker/kinds-r19). With
 * NC_SCREENSHOT_DIR, the page with the warning is saved as
 * veiled-threat-LANG.png. */
static void
test_veiled_threat (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  gboolean vi = language != NULL && g_str_has_prefix (language, "vi");

  open_social (fixture);
  type_in_compose_box (fixture, vi ? " mày mà mách cô thì đừng trách tao" : " if you tell mr davis you'll regret it");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.findings.some((f) => f.category === 'violence')", 20));
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "CSS.highlights.has(window.ncGuardProbe.highlightName)", 10));
  save_snapshot (fixture, "veiled-threat", vi);
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('send').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));
}

/* (s20-naming) A draft whose only evidence is a naming word ("mày ăn nói
 * cho cẩn thận"): the warning shows in the whole draft's wording and marks
 * none of the child's words (before, "mày" alone was marked: it taught
 * nothing). With NC_SCREENSHOT_DIR, saved as naming-word-LANG.png. */
static void
test_naming_word (Fixture       *fixture,
                  gconstpointer  data)
{
  open_social (fixture);
  type_in_compose_box (fixture, " mày ăn nói cho cẩn thận");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.findings.some((f) => f.category === 'insult')", 20));
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown('chip')", 10));
  save_snapshot (fixture, "naming-word", TRUE);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "!CSS.highlights.has(window.ncGuardProbe.highlightName)"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* (screenshots only) the guard's words in LANGUAGE, from the build */
  if (g_getenv ("NC_SCREENSHOT_DIR") != NULL && g_getenv ("NC_BUILD_ROOT") != NULL)
    if (nc_test_use_build_catalogs ())
      textdomain (GETTEXT_PACKAGE);   /* (the app's own domain, as the app sets it) */

#define ADD NC_TEST_WEB_ADD

  ADD ("/browser/policy/blocked", test_blocked, fixture_set_up);
  ADD ("/browser/policy/blocked-bare-host", test_blocked_bare_host, fixture_set_up);
  g_test_add_func ("/browser/address-bar", test_address_bar);
  ADD ("/browser/policy/allowed-http", test_allowed_http, fixture_set_up);
  ADD ("/browser/policy/local-schemes", test_local_schemes, fixture_set_up);
  ADD ("/browser/policy/held", test_held, fixture_set_up_held);
  ADD ("/browser/policy/safe-search", test_safe_search, fixture_set_up);
  ADD ("/browser/policy/tls-fails-closed", test_tls_fails_closed, fixture_set_up);
  ADD ("/browser/policy/social-blocked-for-young", test_social_blocked_for_young, fixture_set_up);
  ADD ("/browser/policy/internal-pages-not-reachable", test_internal_pages_not_reachable, fixture_set_up);
  ADD ("/browser/policy/youtube-restricted", test_youtube_restricted, fixture_set_up);
  ADD ("/browser/policy/popup-needs-gesture", test_popup_needs_gesture, fixture_set_up);
  ADD ("/browser/policy/download-blocked", test_download_blocked, fixture_set_up);
  ADD ("/browser/policy/ask-parent", test_ask_parent, fixture_set_up);
  ADD ("/browser/guard/private-world", test_private_world, fixture_set_up);
  ADD ("/browser/guard/enter-in-compose-box", test_enter_in_compose_box, fixture_set_up);
  ADD ("/browser/guard/shadow-root", test_shadow_root, fixture_set_up);
  ADD ("/browser/guard/learn-why", test_learn_why, fixture_set_up);
  ADD ("/browser/guard/foreign-frame-not-guarded", test_foreign_frame_not_guarded, fixture_set_up);
  ADD ("/browser/guard/nudge-textarea", test_nudge_textarea, fixture_set_up);
  ADD ("/browser/guard/checked-in-web-process", test_checked_in_web_process, fixture_set_up);
  ADD ("/browser/guard/nudge-follows-draft", test_nudge_follows_draft, fixture_set_up);
  ADD ("/browser/guard/nudge-contenteditable", test_nudge_contenteditable, fixture_set_up);
  ADD ("/browser/guard/post-intercepted", test_post_intercepted, fixture_set_up);
  ADD ("/browser/guard/post-anyway-off", test_post_anyway_off, fixture_set_up);
  ADD ("/browser/guard/share-reminder", test_share_reminder, fixture_set_up);
  ADD ("/browser/guard/care-reminder", test_care_reminder, fixture_set_up);
  ADD ("/browser/guard/crude-reminder", test_crude_reminder, fixture_set_up);
  ADD ("/browser/guard/veiled-threat", test_veiled_threat, fixture_set_up);
  ADD ("/browser/guard/naming-word", test_naming_word, fixture_set_up);
  ADD ("/browser/guard/message-validation", test_message_validation, fixture_set_up);

  return g_test_run ();
}
