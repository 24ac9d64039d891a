/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-guard-hostile.c — pages written to switch the guard off or fake
 * it (tests/fixtures/hostile/), served on loopback under a social site's
 * name, in the real browser stack: each must find the guard still there,
 * still holding a post, drawing where the page cannot reach, and never
 * writing into the child's draft. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <webkit/webkit.h>

#include "nc-browser-context.h"
#include "nc-test-http-server.h"
#include "nc-test-web.h"
#include "nc-web-view.h"

static const char * const pages[] = {
  "closed-shadow.html", "document-open.html", "written-frame.html",
  "design-mode.html", "observer.html", "fake-warning.html", "declarative-shadow.html",
  "declarative-post.html", "top-layer.html", "lazy-start.html",
};

typedef NcTestWebFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->server = nc_test_http_server_new ();
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "fixtures", "hostile", pages[i], NULL);
      g_autofree char *body = NULL;
      g_autofree char *path = g_strconcat ("/", pages[i], NULL);
      g_autoptr(GError) error = NULL;

      g_file_get_contents (file, &body, NULL, &error);
      g_assert_no_error (error);
      nc_test_http_server_add_host_page (fixture->server, "www.facebook.com", path,
                                         "text/html; charset=utf-8", NULL, body);
      /* And on a site the guard does not look after. */
      if (g_str_equal (pages[i], "lazy-start.html"))
        nc_test_http_server_add_host_page (fixture->server, "example.org", path,
                                           "text/html; charset=utf-8", NULL, body);
    }

  nc_test_web_open (fixture, NC_AGE_BAND_13_15, TRUE);
}

/* Loads @page from @host. Only the guard's boot runs (nothing here
 * starts the rest of it). */
static void
load_page (Fixture    *fixture,
           const char *host,
           const char *page)
{
  g_autofree char *uri = g_strconcat ("http://", host, "/", page, NULL);

  nc_web_view_load (fixture->view, uri);
  nc_test_web_wait_loaded (nc_test_web_view (fixture));
  g_assert_cmpstr (webkit_web_view_get_uri (nc_test_web_view (fixture)), ==, uri);
}

/* Loads @page from the social site and starts its guard (reading
 * ncGuardProbe does). */
static void
open_page (Fixture    *fixture,
           const char *page)
{
  load_page (fixture, "www.facebook.com", page);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "!!window.ncGuardProbe && window.ncGuardProbe.active", 20));
}

/* Focuses @editor (a page-world expression) with the caret at its end,
 * then types @text as a child would. */
static void
type_into (Fixture    *fixture,
           const char *editor,
           const char *text)
{
  g_autofree char *focus = g_strdup_printf (
    "(() => { const e = %s; e.focus ();"
    " if (e.isContentEditable || e.ownerDocument.designMode === 'on') {"
    "   const s = e.ownerDocument.getSelection (); s.selectAllChildren (e); s.collapseToEnd (); }"
    " return true; }) ()", editor);

  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, focus));
  nc_test_web_type (nc_test_web_view (fixture), text);
}

/* Types @text into @editor and waits until the guard of the frame whose
 * window is @frame (a guard-world expression) has findings. */
static void
type_and_check (Fixture    *fixture,
                const char *editor,
                const char *text,
                const char *frame)
{
  g_autofree char *found = g_strdup_printf ("!!%s.ncGuardProbe && %s.ncGuardProbe.findings.length > 0",
                                            frame, frame);

  type_into (fixture, editor, text);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, found, 20));
}

/* A click on the page's Post button is held with "Are you sure?". */
static void
assert_post_held (Fixture *fixture)
{
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('post').click()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.held () && window.ncGuardProbe.shown ('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));
}

typedef struct {
  GdkTexture *texture;
  gboolean    done;
} Snapshot;

static void
snapshot_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Snapshot *snapshot = user_data;
  g_autoptr(GError) error = NULL;

  snapshot->texture = webkit_web_view_get_snapshot_finish (WEBKIT_WEB_VIEW (source), result, &error);
  g_assert_no_error (error);
  snapshot->done = TRUE;
}

/* The brightness (0–255) of the page as drawn, at (@x, @y). */
static guint
brightness_at (Fixture *fixture,
               int      x,
               int      y)
{
  Snapshot snapshot = { NULL, FALSE };
  g_autofree guchar *pixels = NULL;
  gsize stride;
  int width;
  guchar *pixel;
  guint value;

  webkit_web_view_get_snapshot (nc_test_web_view (fixture), WEBKIT_SNAPSHOT_REGION_VISIBLE, WEBKIT_SNAPSHOT_OPTIONS_NONE,
                                NULL, snapshot_cb, &snapshot);
  while (!snapshot.done)
    g_main_context_iteration (NULL, TRUE);

  width = gdk_texture_get_width (snapshot.texture);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, gdk_texture_get_height (snapshot.texture));
  stride = (gsize) width * 4;
  pixels = g_malloc (stride * gdk_texture_get_height (snapshot.texture));
  gdk_texture_download (snapshot.texture, pixels, stride);
  pixel = pixels + y * stride + x * 4;
  value = (pixel[0] + pixel[1] + pixel[2]) / 3;
  g_object_unref (snapshot.texture);
  return value;
}

/* Editors in shadow roots the page made closed, also with attachShadow
 * taken from a fresh frame's realm, are seen; the page still sees its
 * roots as closed. */
static void
test_closed_shadow_root (Fixture       *fixture,
                         gconstpointer  data)
{
  open_page (fixture, "closed-shadow.html");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.pageView"), ==,
                   "[null,null,\"closed\",\"closed\"]");

  type_and_check (fixture, "window.editorA", "you are stupid", "window");
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')"));
  assert_post_held (fixture);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.press ('dialog', 'edit')"));

  /* The editor made with the fresh frame's attachShadow. */
  nc_test_web_eval (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.findings = []", NULL);
  type_and_check (fixture, "window.editorB", "đồ ngu", "window");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.editorB.textContent"), ==, "đồ ngu");
}

/* The page's own world presses Enter in @editor (a page-world expression). */
static void
press_enter (Fixture    *fixture,
             const char *editor)
{
  g_autofree char *script = g_strdup_printf (
    "%s.dispatchEvent (new KeyboardEvent ('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }))",
    editor);

  nc_test_web_eval (nc_test_web_view (fixture), NULL, script, NULL);
}

/* Boxes in closed shadow roots declared in the HTML, which the parser
 * makes without attachShadow: the guard cannot read them, so it says so
 * and holds a post from them, by the page's button or by Enter. The
 * child's draft is left as typed. */
static void
test_declarative_shadow_root (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *page_view = NULL;
  g_autofree char *guard_view = NULL;
  g_autofree char *chip = NULL;
  g_autofree char *unsafe = NULL;

  open_page (fixture, "declarative-shadow.html");
  page_view = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.pageView");
  guard_view = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
    "JSON.stringify (['host-a', 'host-b', 'host-c', 'host-e'].map ((id) => {"
    " const h = document.getElementById (id); return [!!h.shadowRoot, h.innerText, h.childElementCount]; }))");
  unsafe = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.htmlUnsafe");
  g_test_message ("page world: %s; guard world: %s; setHTMLUnsafe: %s", page_view, guard_view, unsafe);
  /* WebKit makes roots from shadowrootmode (not the older shadowroot),
   * in the parser and in setHTMLUnsafe, never through attachShadow:
   * closed to both worlds. */
  g_assert_cmpstr (unsafe, ==, "function");
  g_assert_cmpstr (page_view, ==, "[[null,\"closed\"],[null,\"closed\"],[null,\"none\"],[null,\"closed\"]]");
  g_assert_cmpstr (guard_view, ==, "[[false,\"\",0],[false,\"\",0],[false,\"\",1],[false,\"\",0]]");

  type_into (fixture, "window.editorA", "you are stupid");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.editorA.value === 'you are stupid'", 10));
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')", 20));
  chip = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.text ('chip')");
  g_assert_nonnull (strstr (chip, "cannot check this box"));
  assert_post_held (fixture);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.has ('dialog', 'post-anyway')"));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.press ('dialog', 'edit')"));
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.editorA.value"), ==, "you are stupid");

  /* Enter in the other box is held too; the page never sees it. */
  type_into (fixture, "window.editorB", "hello");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.editorB.textContent === 'hello'", 10));
  press_enter (fixture, "window.editorB");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.held () && window.ncGuardProbe.shown ('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));

  /* After "Post anyway" the next Enter from that box goes through. */
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "window.ncGuardProbe.press ('dialog', 'post-anyway')"));
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.held ()"));
  press_enter (fixture, "window.editorB");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.posts === 1", 10));
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, "window.editorB.innerHTML"), ==, "hello");
}

/* Clicks @button (a page-world expression) and checks that the post is
 * held with "Are you sure?" and never reaches the page. */
static void
assert_click_held (Fixture    *fixture,
                   const char *button)
{
  g_autofree char *click = g_strdup_printf ("%s.click ()", button);

  nc_test_web_eval (nc_test_web_view (fixture), NULL, click, NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                       "window.ncGuardProbe.held () && window.ncGuardProbe.shown ('dialog')", 10));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));
}

/* Post buttons inside closed roots declared in the HTML, which the guard
 * cannot read: a click there is held while the draft needs it (a box it
 * cannot read, or one with a problem), and goes through after "Post
 * anyway". */
static void
test_declarative_post_button (Fixture       *fixture,
                              gconstpointer  data)
{
  open_page (fixture, "declarative-post.html");
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL,
                                        "!!window.postF && !!window.postG && document.getElementById ('host-f').shadowRoot === null"));

  /* The box and its button share the closed root. */
  type_into (fixture, "window.editorF", "hello there");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')", 20));
  assert_click_held (fixture, "window.postF");
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "window.ncGuardProbe.press ('dialog', 'post-anyway')"));
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "window.postF.click ()", NULL);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.posts === 1", 10));
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "window.posts = 0", NULL);

  /* A box the guard reads, with a problem; the button in its own root. */
  type_and_check (fixture, "document.getElementById ('plain')", "you are stupid", "window");
  assert_click_held (fixture, "window.postG");
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.press ('dialog', 'edit')"));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));
}

/* document.open() erases every listener: the guard is armed again and
 * sees the editor the page wrote, and holds its post. */
static void
test_document_open (Fixture       *fixture,
                    gconstpointer  data)
{
  open_page (fixture, "document-open.html");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.opened === true", 10));

  type_and_check (fixture, "document.getElementById('ta')", "you are stupid", "window");
  assert_post_held (fixture);
}

/* An editor built with document.write in an about:blank frame. */
static void
test_written_frame (Fixture       *fixture,
                    gconstpointer  data)
{
  open_page (fixture, "written-frame.html");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.ready === true", 10));

  type_and_check (fixture, "document.getElementById('f').contentDocument.body", "you are stupid", "frames[0]");
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "frames[0].ncGuardProbe.shown ('chip')"));
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                            "document.getElementById('f').contentDocument.body.innerHTML"),
                   ==, "you are stupid");
}

/* In a designMode frame the chip is drawn outside the frame, and the
 * draft is exactly what was typed. */
static void
test_design_mode_frame (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *frame_doc = "document.getElementById('f').contentDocument";
  g_autofree char *nodes = NULL;
  g_autofree char *editor = g_strdup_printf ("%s.body", frame_doc);
  g_autofree char *count = g_strdup_printf ("String (%s.querySelectorAll ('*').length)", frame_doc);
  g_autofree char *html = g_strdup_printf ("%s.documentElement.outerHTML", frame_doc);
  g_autofree char *typed_all = g_strdup_printf ("%s.body.textContent === 'you are stupid idiot'", frame_doc);

  open_page (fixture, "design-mode.html");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.ready === true", 10));
  nodes = nc_test_web_eval_string (nc_test_web_view (fixture), NULL, count);

  type_and_check (fixture, editor, "you are stupid", "frames[0]");
  nc_test_web_spin (300);

  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, html), ==,
                   "<html><head></head><body>you are stupid</body></html>");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, count), ==, nodes);
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "frames[0].ncGuardProbe.shown ('chip')", 10));

  /* Typing on after the chip came: still exactly the child's text. */
  type_into (fixture, editor, " idiot");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, typed_all, 10));
  nc_test_web_spin (300);
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL, html), ==,
                   "<html><head></head><body>you are stupid idiot</body></html>");
}

/* A page that deletes every new node and every popover: the post stays
 * held, the dialog is still drawn (the page goes dark behind it), and
 * only the guard's own "Post anyway" lets it through. */
static void
test_observer_removes_everything (Fixture       *fixture,
                                  gconstpointer  data)
{
  guint before;

  open_page (fixture, "observer.html");
  before = brightness_at (fixture, 700, 500);
  g_assert_cmpuint (before, >, 240);

  type_and_check (fixture, "document.getElementById('ta')", "you are stupid", "window");
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('post').click()", NULL);
  nc_test_web_spin (1000);

  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));
  g_assert_cmpuint (brightness_at (fixture, 700, 500), <, 200);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.held ()"));
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown ('dialog')"));

  /* Clicking "Post" again while the dialog waits posts nothing. */
  nc_test_web_eval (nc_test_web_view (fixture), NULL, "document.getElementById('post').click()", NULL);
  nc_test_web_spin (200);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "window.posts === 0"));

  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                        "window.ncGuardProbe.press ('dialog', 'post-anyway')"));
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NULL, "window.posts === 1", 10));
  g_assert_false (nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.held ()"));
}

/* Whether the chip is drawn: a point of its background is light (the
 * page's covers are black). */
static gboolean
chip_drawn (Fixture *fixture)
{
  g_autofree char *middle = nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                                     "String (window.ncGuardProbe.backgroundPoint ('chip'))");
  g_auto(GStrv) xy = g_strsplit (middle, ",", 2);
  guint value;

  g_assert_cmpuint (g_strv_length (xy), ==, 2);
  value = brightness_at (fixture, atoi (xy[0]), atoi (xy[1]));
  g_test_message ("chip background at %s: %u", middle, value);
  return value > 200;
}

/* A page that shows its own elements in the top layer after the chip (a
 * popover, a modal dialog, a popover put back on top twenty times a
 * second) covers the whole view but never the chip; the post stays held. */
static void
test_top_layer_cover (Fixture       *fixture,
                      gconstpointer  data)
{
  open_page (fixture, "top-layer.html");
  type_and_check (fixture, "document.getElementById('ta')", "you are stupid", "window");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')", 10));
  nc_test_web_spin (200);
  g_assert_true (chip_drawn (fixture));
  g_assert_cmpuint (brightness_at (fixture, 100, 400), >, 240);

  nc_test_web_eval (nc_test_web_view (fixture), NULL, "window.coverWithPopover ()", NULL);
  nc_test_web_spin (300);
  g_assert_cmpuint (brightness_at (fixture, 100, 400), <, 30);
  g_assert_true (chip_drawn (fixture));

  nc_test_web_eval (nc_test_web_view (fixture), NULL, "window.coverWithDialog ()", NULL);
  nc_test_web_spin (300);
  g_assert_true (nc_test_web_eval_bool (nc_test_web_view (fixture), NULL, "document.getElementById ('modal').matches (':modal')"));
  g_assert_cmpuint (brightness_at (fixture, 100, 400), <, 30);
  g_assert_true (chip_drawn (fixture));

  nc_test_web_eval (nc_test_web_view (fixture), NULL, "window.coverForEver ()", NULL);
  for (int i = 0; i < 5; i++)
    {
      nc_test_web_spin (170);
      g_assert_true (chip_drawn (fixture));
    }
  assert_post_held (fixture);
}

/* Page elements with the guard's old class names get no style from the
 * guard, nor does a highlight under its old name; the guard's own chip
 * has its look. */
static void
test_fake_class_names (Fixture       *fixture,
                       gconstpointer  data)
{
  open_page (fixture, "fake-warning.html");

  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                            "getComputedStyle (document.getElementById ('fake-chip')).position"),
                   ==, "static");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                            "getComputedStyle (document.getElementById ('fake-chip')).backgroundColor"),
                   ==, "rgba(0, 0, 0, 0)");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                            "getComputedStyle (document.getElementById ('fake-dialog')).position"),
                   ==, "static");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                            "getComputedStyle (document.querySelector ('.nc-guard-learn')).backgroundColor"),
                   !=, "rgb(38, 162, 105)");
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.highlightName"),
                   !=, "nc-guard-problem");

  type_into (fixture, "document.getElementById('ta')", "you are stupid");
  g_assert_true (nc_test_web_wait_for (nc_test_web_view (fixture), NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')", 20));
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NC_GUARD_WORLD,
                                            "window.ncGuardProbe.panelStyle ('chip', 'backgroundColor')"),
                   ==, "rgb(255, 248, 225)");
  /* The page cannot find the guard's chip. */
  g_assert_cmpstr (nc_test_web_eval_string (nc_test_web_view (fixture), NULL,
                                            "String (document.querySelectorAll ('[popover], [role=status]').length)"),
                   ==, "0");
}

/* At load only the guard's boot runs. The rest starts at the first box
 * that may take text, and sees it, even on a page whose first script
 * stops every focus and typing event at the window and the document,
 * and makes a box an editor only as it gets the focus. */
static void
test_lazy_start (Fixture       *fixture,
                 gconstpointer  data)
{
  WebKitWebView *view = nc_test_web_view (fixture);

  load_page (fixture, "www.facebook.com", "lazy-start.html");
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardBoot.started === false"));
  /* A focus on what is not an editor yet does not start it... */
  g_assert_true (nc_test_web_eval_bool (view, NULL, "(document.getElementById ('late').focus (),"
                                        " document.getElementById ('late').isContentEditable)"));
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardBoot.started === false"));
  /* ...typing there does, and the draft gets its warning. */
  type_into (fixture, "document.getElementById ('late')", "you are stupid");
  g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, "window.ncGuardBoot.started", 20));
  g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, "window.ncGuardProbe.findings.length > 0", 20));
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')"));
  g_assert_true (nc_test_web_eval_bool (view, NULL, "window.stopped > 0"));
  assert_post_held (fixture);

  /* A textarea on a fresh page: its focus starts the guard. */
  load_page (fixture, "www.facebook.com", "lazy-start.html");
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardBoot.started === false"));
  type_into (fixture, "document.getElementById ('ta')", "đồ ngu");
  g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, "window.ncGuardBoot.started", 20));
  g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, "window.ncGuardProbe.findings.length > 0", 20));
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardProbe.shown ('chip')"));
}

/* Puts @text in the box with id @id (the starting event when the focus
 * did not start the guard) and presses Enter, all in one task: before
 * the native side can say whether the page is guarded. TRUE when the
 * Enter was held. */
static gboolean
post_at_once (Fixture    *fixture,
              const char *id,
              const char *text)
{
  g_autofree char *script = g_strdup_printf (
    "(() => { const box = document.getElementById ('%s');"
    " box.focus ();"
    " if ('value' in box) box.value = '%s'; else box.textContent = '%s';"
    " box.dispatchEvent (new InputEvent ('input', { bubbles: true, composed: true }));"
    " if (!window.ncGuardBoot.started) throw new Error ('not started');"
    " return !box.dispatchEvent (new KeyboardEvent ('keydown', { key: 'Enter', code: 'Enter', keyCode: 13,"
    "                                                            bubbles: true, cancelable: true, composed: true }));"
    " }) ()", id, text, text);

  return nc_test_web_eval_bool (nc_test_web_view (fixture), NC_GUARD_WORLD, script);
}

/* A draft sent with Enter in the same task as the event that started the
 * guard (the focus of an input; the first input of a box that was no
 * editor when it got the focus), before the native side could say
 * whether the page is guarded: held until it said, then asked about on
 * the social site, and let through on a site the guard does not look
 * after. */
static void
test_post_before_hello (Fixture       *fixture,
                        gconstpointer  data)
{
  WebKitWebView *view = nc_test_web_view (fixture);
  const char *held = "window.ncGuardProbe.held () && window.ncGuardProbe.shown ('dialog')";

  for (int i = 0; i < 2; i++)
    {
      load_page (fixture, "www.facebook.com", "lazy-start.html");
      g_assert_true (post_at_once (fixture, i == 0 ? "line" : "late", "you are stupid"));
      g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, held, 10));
      g_assert_true (nc_test_web_eval_bool (view, NULL, "window.submits === 0"));
    }

  for (int i = 0; i < 2; i++)
    {
      load_page (fixture, "example.org", "lazy-start.html");
      g_assert_true (post_at_once (fixture, i == 0 ? "line" : "late", "you are stupid"));
      g_assert_true (nc_test_web_wait_for (view, NULL, "window.submits === 1", 10));
      g_assert_false (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardProbe.active || window.ncGuardProbe.held ()"));
    }
}

/* The rest of the guard is not in what every frame gets at load: the
 * boot's block is small, and only ncGuardNative.load () (guard world
 * only) makes it, once the boot needs it. */
static void
test_lazy_script (Fixture       *fixture,
                  gconstpointer  data)
{
  WebKitWebView *view = nc_test_web_view (fixture);
  g_autofree char *script = nc_browser_context_build_guard_script (fixture->context, "nctest");

  g_assert_cmpuint (strlen (script), <, 16 * 1024);
  g_assert_null (strstr (script, "const ncGuardUiParts"));
  g_assert_null (strstr (script, "const ncGuardStart"));

  load_page (fixture, "www.facebook.com", "lazy-start.html");
  g_assert_true (nc_test_web_eval_bool (view, NULL, "typeof ncGuardNative === 'undefined'"));
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD,
                                        "typeof ncGuardNative.load () ({}, 'x') === 'function'"));
  g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardBoot.started === false"));
}

/* When the rest of the guard cannot be had (the web extension's load
 * throws, or gives nothing), a frame fails closed: a post of something
 * typed is held on the social site, before and after it says the page is
 * guarded; on a site the guard does not look after it goes through once
 * that is known. */
static void
test_load_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  WebKitWebView *view = nc_test_web_view (fixture);
  static const char * const breaks[] = {
    "ncGuardNative.load = () => { throw new Error ('broken'); }, true",
    "ncGuardNative.load = () => null, true",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (breaks); i++)
    {
      load_page (fixture, "www.facebook.com", "lazy-start.html");
      g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, breaks[i]));
      g_assert_true (post_at_once (fixture, "line", "you are stupid"));
      g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, "window.ncGuardProbe.failed"));
      /* The answer came: still held. */
      g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, "window.ncGuardProbe.active", 10));
      g_assert_true (post_at_once (fixture, "line", "you are stupid"));
      nc_test_web_eval (view, NULL, "document.getElementById ('post').click ()", NULL);
      g_assert_true (nc_test_web_eval_bool (view, NULL, "window.submits === 0 && window.posts === 0"));

      load_page (fixture, "example.org", "lazy-start.html");
      g_assert_true (nc_test_web_eval_bool (view, NC_GUARD_WORLD, breaks[i]));
      post_at_once (fixture, "line", "you are stupid");
      g_assert_true (nc_test_web_wait_for (view, NC_GUARD_WORLD, "!window.ncGuardProbe.held ()", 10));
      g_assert_false (post_at_once (fixture, "line", "you are stupid"));
      g_assert_true (nc_test_web_eval_bool (view, NULL, "window.submits >= 1"));
    }
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* nc-guard-probe, run as a program against the deleting observer's
 * page, reports what the guard did. */
static void
test_probe_reports (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *build_root = g_getenv ("NC_BUILD_ROOT");
  g_autofree char *probe = NULL;
  g_autofree char *proxy = nc_test_http_server_get_proxy_uri (fixture->server);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *report;

  if (build_root == NULL)
    {
      g_test_skip ("NC_BUILD_ROOT is not set");
      return;
    }
  probe = g_build_filename (build_root, "tests", "nc-guard-probe", NULL);
  {
    /* The test server answers from this main loop: run it meanwhile. */
    g_autoptr(GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                                       &error, probe, "http://www.facebook.com/observer.html",
                                                       "--type", "you are stupid", "--selector", "#ta", "--submit",
                                                       "--proxy", proxy, NULL);
    g_autoptr(GAsyncResult) result = NULL;

    g_assert_no_error (error);
    g_subprocess_communicate_utf8_async (process, NULL, NULL, store_result_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_subprocess_communicate_utf8_finish (process, result, &out, &err, &error);
    g_assert_no_error (error);
    if (!g_subprocess_get_successful (process))
      g_error ("nc-guard-probe failed: %s", err);
  }
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  report = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_boolean_member (report, "guard_active"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "findings")), >, 0);
  g_assert_true (json_object_get_boolean_member (report, "warning_shown"));
  g_assert_true (json_object_get_boolean_member (report, "submit_blocked"));
  g_assert_cmpstr (json_object_get_string_member (report, "draft"), ==, "you are stupid");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) NC_TEST_WEB_ADD (path, func, fixture_set_up)

  ADD ("/guard-hostile/closed-shadow-root", test_closed_shadow_root);
  ADD ("/guard-hostile/declarative-shadow-root", test_declarative_shadow_root);
  ADD ("/guard-hostile/declarative-post-button", test_declarative_post_button);
  ADD ("/guard-hostile/document-open", test_document_open);
  ADD ("/guard-hostile/written-frame", test_written_frame);
  ADD ("/guard-hostile/design-mode-frame", test_design_mode_frame);
  ADD ("/guard-hostile/observer-removes-everything", test_observer_removes_everything);
  ADD ("/guard-hostile/fake-class-names", test_fake_class_names);
  ADD ("/guard-hostile/top-layer-cover", test_top_layer_cover);
  ADD ("/guard-hostile/probe-reports", test_probe_reports);
  ADD ("/guard-hostile/lazy-start", test_lazy_start);
  ADD ("/guard-hostile/post-before-hello", test_post_before_hello);
  ADD ("/guard-hostile/lazy-script", test_lazy_script);
  ADD ("/guard-hostile/load-fails", test_load_fails);

  return g_test_run ();
}
