/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-bench-browser.c — what the child's browser costs. Prints
 * `name: value` lines:
 *
 *   startup_ms           application start to the main window's first frame
 *                        (target <= 400)
 *   startup_cpu_ms       CPU time of the process until then (from exec)
 *   startup_exec_ms      the same from the process's start (exec): with the
 *                        loading of the libraries before main()
 *   startup_map_ms       application start to the first frame that shows
 *                        the Learn map's lessons (built after the first)
 *   ui_rss_start_mb      the UI process as the window opened (Learn)
 *   startup_floor_ms, startup_floor_cpu_ms, ui_rss_floor_mb: startup_ms,
 *                        startup_cpu_ms and ui_rss_start_mb for
 *                        an empty libadwaita window (a header bar and a
 *                        status page) in a fresh process of this program:
 *                        what GTK, its renderer (software GL under Xvfb)
 *                        and the linked libraries cost before NetConduct
 *                        builds anything
 *   ui_rss_mb            the UI process with the Browse area and its one
 *                        tab open (target <= 150); ui_pss_mb the same
 *                        with shared pages counted by share
 *   load_ratio_guard     the guard's cost at page load: per page, the
 *                        median CPU time of the web process's main thread
 *                        with the guard over the median without, in
 *                        interleaved pairs; the median of the pages'
 *                        ratios (target <= 1.03); _min, _max: the lowest
 *                        and highest page; _pairs_p25, _pairs_p75: the
 *                        quartiles of single pairs; _resampled_p5, _p95:
 *                        the figure's own spread (the rounds drawn again
 *                        at random); _pages: each page, _pages_on_ms and
 *                        _pages_off_ms its two medians.
 *                        load_ratio_guard_process*: the same with all the
 *                        web process's threads (painting too);
 *                        load_ratio_guard_wall*: with the wall-clock time
 *                        to the load's end
 *   guard_debounce_ms    the guard's debounce
 *   nudge_commit_p95_ms  last keystroke + debounce -> warning committed with
 *                        its frame requested (target <= 8)
 *   nudge_visible_p95_ms last keystroke + debounce -> the frame that shows
 *                        it (target <= 50 under Xvfb); nudge_p95_ms is the
 *                        same figure under its old name
 *   nudge_check_p95_ms, nudge_frame_wait_*, nudge_ui_frame_*: the parts
 *
 * Needs a display (xvfb-run). Not a test: the numbers depend on the machine.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <json-glib/json-glib.h>
#include <webkit/webkit.h>

#include "nc-application.h"
#include "nc-learn-view.h"
#include "nc-window.h"
#include "nc-store.h"
#include "nc-browser-context.h"
#include "nc-test-bench.h"
#include "nc-test-http-server.h"
#include "nc-test-web.h"
#include "nc-web-view.h"

#define N_PAGES 6
#define LOAD_ROUNDS 90
#define LOAD_ROUNDS_MAX 150
#define NUDGE_TRIALS 40

static NcBrowserContext *
make_context (NcTestHttpServer *server,
              gboolean          guard)
{
  g_autofree char *proxy = nc_test_http_server_get_proxy_uri (server);
  g_autoptr(NcSitePolicy) policy = nc_site_policy_new_default (NULL);
  g_autoptr(NcChecker) checker = nc_checker_new (NULL);
  NcBrowserContext *context;
  g_autoptr(NcProfileRules) rules = NULL;

  rules = nc_test_web_rules_for_age (NC_AGE_BAND_13_15);
  context = nc_browser_context_new (NULL, rules);
  nc_test_web_route_through_proxy (nc_browser_context_get_network_session (context), proxy);
  nc_browser_context_set_checker (context, checker);
  nc_browser_context_set_policy (context, policy);
  nc_browser_context_set_guard_enabled (context, guard);
  return context;
}

static NcWebView *
show_view (NcBrowserContext  *context,
           GtkWidget        **window)
{
  NcWebView *view = nc_web_view_new (context, NULL);

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (*window));
  return view;
}

static int env_int (const char *name, int fallback);

/* Pages like a social site's: a feed of posts, a compose box, forms;
 * page i has NC_BENCH_ARTICLES (default 150) times i + 1 posts (1: pages
 * of about one post, where the guard's own cost is clearer). */
static void
add_pages (NcTestHttpServer *server)
{
  int articles = env_int ("NC_BENCH_ARTICLES", 150);

  for (int i = 0; i < N_PAGES; i++)
    {
      g_autoptr(GString) page = g_string_new ("<!doctype html><meta charset=utf-8><title>Feed</title>"
                                              "<textarea id=compose></textarea><button>Post</button>");
      g_autofree char *path = g_strdup_printf ("/feed%d.html", i);

      for (int j = 0; j < articles * (i + 1); j++)
        g_string_append_printf (page, "<article><h3>Bạn %d</h3><p>Hôm nay trời đẹp quá, "
                                "đi chơi không? Post %d.</p><input placeholder=comment>"
                                "<button>Bình luận</button></article>", j, j);
      nc_test_http_server_add_host_page (server, "www.facebook.com", path,
                                         "text/html; charset=utf-8", NULL, page->str);
    }
}

static double
load_time_ms (NcWebView  *view,
              const char *uri)
{
  gint64 start = g_get_monotonic_time ();

  webkit_web_view_load_uri (WEBKIT_WEB_VIEW (view), uri);
  nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The web processes (WebKit's "WebKitWebProcess", started through the
 * bwrap sandbox) that descend from this process. */
static GArray *
web_processes (void)
{
  g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char *name;
  int self = getpid ();

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *stat = NULL;
      const char *close;
      int pid = atoi (name), ppid;

      if (pid <= 0)
        continue;
      path = g_strdup_printf ("/proc/%d/stat", pid);
      if (!g_file_get_contents (path, &stat, NULL, NULL) || (close = strrchr (stat, ')')) == NULL ||
          sscanf (close + 2, "%*c %d", &ppid) != 1)
        continue;
      g_hash_table_insert (parents, GINT_TO_POINTER (pid), GINT_TO_POINTER (ppid));
      if (strstr (stat, "(WebKitWebProces") != NULL)
        g_array_append_val (candidates, pid);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      int pid = g_array_index (candidates, int, i);

      for (int p = pid; p > 1; p = GPOINTER_TO_INT (g_hash_table_lookup (parents, GINT_TO_POINTER (p))))
        if (p == self)
          {
            g_array_append_val (found, pid);
            break;
          }
    }
  return found;
}

/* The web process that appeared since @before, or 0. */
static int
new_web_process (GArray *before)
{
  g_autoptr(GArray) now = web_processes ();

  for (guint i = 0; i < now->len; i++)
    {
      gboolean old = FALSE;

      for (guint j = 0; j < before->len; j++)
        old = old || g_array_index (before, int, j) == g_array_index (now, int, i);
      if (!old)
        return g_array_index (now, int, i);
    }
  return 0;
}

/* CPU time of process @pid so far, in ms (schedstat: ns): of its main
 * thread when @main_only, else of all its threads. */
static double
process_cpu_ms (int      pid,
                gboolean main_only)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/task", pid);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  double total = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stat_path = g_strdup_printf ("%s/%s/schedstat", path, name);
      g_autofree char *stat = NULL;

      if (main_only && atoi (name) != pid)
        continue;
      if (g_file_get_contents (stat_path, &stat, NULL, NULL))
        total += g_ascii_strtod (stat, NULL) / 1e6;
    }
  return total;
}

typedef struct {
  NcWebView *view;
  int        web_process;
} LoadSide;

/* What one load cost: wall-clock time, CPU time of its web process's main
 * thread and of all its threads. */
typedef struct {
  double wall, main, all;
} LoadCost;

/* Waits until web process @pid's main thread has done nothing for 40 ms
 * (at most 2 s): what a load leaves running (its last frames, the
 * guard's first message) is counted with that load, not the next one. */
static void
settle (int pid)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  double last = process_cpu_ms (pid, TRUE);
  int quiet = 0;

  while (quiet < 4 && g_get_monotonic_time () < end)
    {
      double now;

      nc_test_web_spin (10);
      now = process_cpu_ms (pid, TRUE);
      quiet = now - last < 0.05 ? quiet + 1 : 0;
      last = now;
    }
}

static void
load_side (LoadSide   *side,
           const char *uri,
           LoadCost   *cost)
{
  int pid = side->web_process;
  double main = pid ? process_cpu_ms (pid, TRUE) : 0, all = pid ? process_cpu_ms (pid, FALSE) : 0;

  cost->wall = load_time_ms (side->view, uri);
  if (pid)
    settle (pid);
  cost->main = pid ? process_cpu_ms (pid, TRUE) - main : 0;
  cost->all = pid ? process_cpu_ms (pid, FALSE) - all : 0;
}

/* A figure over many trials: its median, and its value at a low and a
 * high percentile. */
typedef struct {
  double median, low, high;
} Spread;

static Spread spread_of (double *values, int n, double low, double high);
static double percentile (double *values, int n, double q);

/* The guard's cost at page load in one measure (a member of LoadCost):
 * each page's ratio (its median cost with the guard over its median cost
 * without), their median, lowest and highest, and the quartiles of the
 * ratios of single pairs. */
typedef struct {
  Spread pages;   /* median, lowest, highest page */
  Spread pairs;   /* median, 25th and 75th percentiles */
  Spread again;   /* the figure over rounds drawn again: 5th, 95th */
  double page_ratio[N_PAGES];
  double page_on[N_PAGES], page_off[N_PAGES];   /* each page's medians */
} LoadRatio;

typedef struct {
  LoadRatio main, all, wall;
  int       n;
} LoadFigures;

#define LOAD_RESAMPLES 400

/* The figure from the rounds @pick names (indices, repeats allowed; NULL:
 * each round once): each page's median cost with the guard over its
 * median without, and the median of the pages (of an even number, the
 * mean of the middle two). Fills @ratio's pages when not NULL. */
static double
pages_ratio (LoadCost   costs[2][N_PAGES][LOAD_ROUNDS_MAX],
             int        rounds,
             gsize      member,
             const int *pick,
             LoadRatio *ratio)
{
  double side[2][LOAD_ROUNDS_MAX], pages[N_PAGES];

  for (int i = 0; i < N_PAGES; i++)
    {
      double on, off;

      for (int round = 0; round < rounds; round++)
        for (int s = 0; s < 2; s++)
          side[s][round] = G_STRUCT_MEMBER (double, &costs[s][i][pick != NULL ? pick[round] : round], member);
      on = percentile (side[0], rounds, 0.5);
      off = percentile (side[1], rounds, 0.5);
      pages[i] = on / MAX (off, 1e-9);
      if (ratio != NULL)
        {
          ratio->page_on[i] = on;
          ratio->page_off[i] = off;
          ratio->page_ratio[i] = pages[i];
        }
    }
  qsort (pages, N_PAGES, sizeof pages[0], nc_test_bench_compare_doubles);
  return (pages[N_PAGES / 2 - 1] + pages[N_PAGES / 2]) / 2;
}

/* The figure and its spread: the lowest and highest page, the quartiles
 * of single pairs, and how far the figure moves when the rounds are
 * drawn again at random (a bootstrap, with a fixed seed): the 5th and
 * 95th percentiles of LOAD_RESAMPLES such draws. */
static void
load_ratio_of (LoadCost   costs[2][N_PAGES][LOAD_ROUNDS_MAX],
               int        rounds,
               gsize      member,
               LoadRatio *ratio)
{
  static double pairs[N_PAGES * LOAD_ROUNDS_MAX], again[LOAD_RESAMPLES];
  double pages[N_PAGES];
  int pick[LOAD_ROUNDS_MAX];
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  int n = 0;

  for (int i = 0; i < N_PAGES; i++)
    for (int round = 0; round < rounds; round++)
      {
        double off = G_STRUCT_MEMBER (double, &costs[1][i][round], member);

        if (off > 0)
          pairs[n++] = G_STRUCT_MEMBER (double, &costs[0][i][round], member) / off;
      }
  if (n > 0)
    ratio->pairs = spread_of (pairs, n, 0.25, 0.75);

  ratio->pages.median = pages_ratio (costs, rounds, member, NULL, ratio);
  memcpy (pages, ratio->page_ratio, sizeof pages);
  qsort (pages, N_PAGES, sizeof pages[0], nc_test_bench_compare_doubles);
  ratio->pages.low = pages[0];
  ratio->pages.high = pages[N_PAGES - 1];

  for (int k = 0; k < LOAD_RESAMPLES; k++)
    {
      for (int round = 0; round < rounds; round++)
        pick[round] = g_rand_int_range (rand, 0, rounds);
      again[k] = pages_ratio (costs, rounds, member, pick, NULL);
    }
  ratio->again = spread_of (again, LOAD_RESAMPLES, 0.05, 0.95);
}

/*
 * The guard's cost at page load. Two views, one with the guard and one
 * without, each in its own web process, load each of the six feed pages
 * back to back, in an order that alternates (so neither side always goes
 * first and warms the other's caches), @rounds times after a warm-up.
 * Each page's ratio is its median cost with the guard over its median
 * cost without; the figure is the median of the six page ratios, printed
 * with the lowest and the highest (and the quartiles of single pairs).
 *
 * The cost is measured three ways. The headline is the CPU time of the
 * web process's main thread, where the guard's scripts, its world and its
 * style sheet run, and which other processes on the machine barely move.
 * The web process's other threads paint the page (in software under
 * Xvfb): their time depends on how many frames happened to be drawn while
 * the page loaded, which varies from one load to the next whether the
 * guard is there or not; all threads together are printed beside
 * (_process), with the wall-clock time to WEBKIT_LOAD_FINISHED (_wall),
 * which on a shared machine mostly measures who else runs.
 */
static void
bench_load_ratio (NcTestHttpServer *server,
                  int               rounds,
                  LoadFigures      *figures)
{
  g_autoptr(NcBrowserContext) on = make_context (server, TRUE);
  g_autoptr(NcBrowserContext) off = make_context (server, FALSE);
  GtkWidget *window_on, *window_off;
  LoadSide sides[2];
  static LoadCost costs[2][N_PAGES][LOAD_ROUNDS_MAX];

  rounds = CLAMP (rounds, 1, LOAD_ROUNDS_MAX);
  /* Each view, then its web process (new since the view loaded). */
  for (int s = 0; s < 2; s++)
    {
      g_autoptr(GArray) before = web_processes ();

      sides[s].view = show_view (s == 0 ? on : off, s == 0 ? &window_on : &window_off);
      load_time_ms (sides[s].view, "http://www.facebook.com/feed0.html");
      sides[s].web_process = new_web_process (before);
    }
  if (sides[0].web_process == 0 || sides[1].web_process == 0)
    g_printerr ("no web process found: the CPU ratios are not measured\n");

  /* Warm up both web processes and caches. */
  for (int i = 0; i < N_PAGES; i++)
    {
      g_autofree char *uri = g_strdup_printf ("http://www.facebook.com/feed%d.html", i);
      load_time_ms (sides[0].view, uri);
      load_time_ms (sides[1].view, uri);
    }

  for (int round = 0; round < rounds; round++)
    for (int i = 0; i < N_PAGES; i++)
      {
        g_autofree char *uri = g_strdup_printf ("http://www.facebook.com/feed%d.html", i);
        int first = (round + i) % 2;

        load_side (&sides[first], uri, &costs[first][i][round]);
        load_side (&sides[!first], uri, &costs[!first][i][round]);
        if (g_getenv ("NC_BENCH_VERBOSE") != NULL)
          fprintf (stderr, "load page %d round %d: on %.1f ms (%.1f all, %.0f wall), off %.1f ms (%.1f all, %.0f wall)\n",
                   i, round, costs[0][i][round].main, costs[0][i][round].all, costs[0][i][round].wall,
                   costs[1][i][round].main, costs[1][i][round].all, costs[1][i][round].wall);
      }

  gtk_window_destroy (GTK_WINDOW (window_on));
  gtk_window_destroy (GTK_WINDOW (window_off));
  figures->n = rounds * N_PAGES;
  load_ratio_of (costs, rounds, G_STRUCT_OFFSET (LoadCost, main), &figures->main);
  load_ratio_of (costs, rounds, G_STRUCT_OFFSET (LoadCost, all), &figures->all);
  load_ratio_of (costs, rounds, G_STRUCT_OFFSET (LoadCost, wall), &figures->wall);
}

static void
print_load_ratio (const char      *name,
                  const LoadRatio *ratio,
                  const char      *units)
{
  printf ("%s: %.3f\n", name, ratio->pages.median);
  printf ("%s_min: %.3f\n", name, ratio->pages.low);
  printf ("%s_max: %.3f\n", name, ratio->pages.high);
  printf ("%s_pairs_p25: %.3f\n", name, ratio->pairs.low);
  printf ("%s_pairs_p75: %.3f\n", name, ratio->pairs.high);
  printf ("%s_resampled_p5: %.3f\n", name, ratio->again.low);
  printf ("%s_resampled_p95: %.3f\n", name, ratio->again.high);
  printf ("%s_pages:", name);
  for (int i = 0; i < N_PAGES; i++)
    printf (" %.3f", ratio->page_ratio[i]);
  printf ("\n");
  if (units == NULL)
    return;
  /* The medians themselves: the guard's cost in @units. */
  printf ("%s_pages_on_%s:", name, units);
  for (int i = 0; i < N_PAGES; i++)
    printf (" %.1f", ratio->page_on[i]);
  printf ("\n%s_pages_off_%s:", name, units);
  for (int i = 0; i < N_PAGES; i++)
    printf (" %.1f", ratio->page_off[i]);
  printf ("\n");
}

/*
 * The nudge, from the last keystroke (after the debounce) to the warning.
 * With nc_browser_context_set_guard_timing() the guard posts, once the
 * warning's frame is rendered, its performance.now() (the web process's
 * clock, to the 1 ms WebKit gives) at each step: the last input event,
 * the debounce timer, the draft sent, the reply, the warning committed,
 * its frame requested, that frame's requestAnimationFrame and the end of
 * its rendering update ("painted"). Nothing is read from the guard's or
 * the page's DOM, so this holds wherever the guard keeps its warning.
 *
 *   nudge_commit_*     input + debounce -> warning committed with its
 *                      frame requested: the guard's own path (timer
 *                      lateness, draft read, the check — in the web
 *                      process, or the round trip to the UI process's
 *                      checker for a draft it cannot take — highlight,
 *                      DOM work)
 *   nudge_visible_*    input + debounce -> the frame that shows it: the
 *                      end of the web process's rendering update of that
 *                      frame, plus the UI process's wait from the timing
 *                      message to the end of its next frame (which
 *                      composites the web view's new buffer; the message's
 *                      own trip is counted too, so this errs long)
 *   nudge_check_*      draft sent -> findings back (the check)
 *   nudge_frame_wait_* frame requested -> its requestAnimationFrame
 *   nudge_ui_frame_*   timing message in the UI process -> its next frame
 *
 * The input event is the keystroke as the page sees it: the test types
 * faster than the web process takes keys in, so the time the UI process
 * sent the key is no measure of anything.
 */
typedef struct {
  double commit, visible, check, frame_wait, ui_frame;
  double timer_late, dom;  /* the rest of commit: the debounce timer's lateness, reply -> requested */
} NudgeTrial;

typedef struct {
  char    *phases;      /* the guard's JSON, NULL until it came */
  gint64   received;    /* g_get_monotonic_time() then */
  gint64   ui_painted;  /* end of the UI process's next frame, or 0 */
  gulong   paint_id;
  GdkFrameClock *clock;
} NudgeWait;

static double
percentile (double *values,
            int     n,
            double  q)
{
  qsort (values, n, sizeof values[0], nc_test_bench_compare_doubles);
  return values[MIN (n - 1, (int) (q * n))];
}

static Spread
spread_of (double *values,
           int     n,
           double  low,
           double  high)
{
  Spread spread = { percentile (values, n, 0.5), percentile (values, n, low), percentile (values, n, high) };

  return spread;
}

static void
nudge_after_paint_cb (GdkFrameClock *clock,
                      NudgeWait     *wait)
{
  if (wait->ui_painted != 0)
    return;
  wait->ui_painted = g_get_monotonic_time ();
}

static void
guard_timing_cb (NcWebView  *view,
                 const char *phases,
                 NudgeWait  *wait)
{
  if (wait->phases != NULL)
    return;
  wait->phases = g_strdup (phases);
  wait->received = g_get_monotonic_time ();
  /* The end of the UI process's next frame; a draw is queued so that a
   * frame comes even when the web view's buffer was already taken. */
  wait->clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  if (wait->clock != NULL)
    {
      wait->paint_id = g_signal_connect (wait->clock, "after-paint",
                                         G_CALLBACK (nudge_after_paint_cb), wait);
      gtk_widget_queue_draw (GTK_WIDGET (view));
    }
}

static double
member (JsonObject *object,
        const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_double_member (object, name) : -1;
}

/* Types @text into the emptied compose box and waits for the guard's
 * timing. FALSE when no warning came within 5 s. */
static gboolean
nudge_trial (NcWebView  *view,
             const char *text,
             double      debounce,
             NudgeTrial *trial)
{
  NudgeWait wait = { 0 };
  gulong handler;
  gint64 end;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *p;
  double input, timer, sent, reply, requested, frame, painted;

  /* Each trial starts from an empty box (the page's own DOM). */
  if (!nc_test_web_eval_bool (WEBKIT_WEB_VIEW (view), NULL,
                              "(() => { const c = document.getElementById('compose'); c.value = '';"
                              " c.focus(); return c.value === ''; })();"))
    g_error ("could not empty the compose box");
  /* Let the emptied box's own check pass (it shows no warning). */
  nc_test_web_spin (debounce + 50);

  handler = g_signal_connect (view, "guard-timing", G_CALLBACK (guard_timing_cb), &wait);
  nc_test_web_type (WEBKIT_WEB_VIEW (view), text);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((wait.phases == NULL || wait.ui_painted == 0) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (view, handler);
  if (wait.paint_id != 0)
    g_signal_handler_disconnect (wait.clock, wait.paint_id);
  if (wait.phases == NULL || wait.ui_painted == 0 ||
      !json_parser_load_from_data (parser, wait.phases, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_free (wait.phases);
      return FALSE;
    }
  g_free (wait.phases);

  p = json_node_get_object (json_parser_get_root (parser));
  input = member (p, "input");
  timer = member (p, "timer");
  sent = member (p, "sent");
  reply = member (p, "reply");
  requested = member (p, "requested");
  frame = member (p, "frame");
  painted = member (p, "painted");
  if (input < 0 || sent < 0 || reply < 0 || requested < 0 || frame < 0 || painted < 0)
    return FALSE;

  trial->commit = requested - input - debounce;
  trial->ui_frame = (wait.ui_painted - wait.received) / 1000.0;
  trial->visible = painted - input - debounce + trial->ui_frame;
  trial->check = reply - sent;
  trial->frame_wait = frame - requested;
  trial->timer_late = timer - input - debounce;
  trial->dom = requested - reply;
  return TRUE;
}

typedef struct {
  Spread commit, visible, check, frame_wait, ui_frame;   /* 5th and 95th percentiles */
  int    n;
} NudgeFigures;

static void
bench_nudge (NcTestHttpServer *server,
             NudgeFigures     *figures)
{
  g_autoptr(NcBrowserContext) context = make_context (server, TRUE);
  double commit[NUDGE_TRIALS], visible[NUDGE_TRIALS], check[NUDGE_TRIALS];
  double frame_wait[NUDGE_TRIALS], ui_frame[NUDGE_TRIALS];
  double debounce = nc_browser_context_get_debounce_ms (context);
  gboolean verbose = g_getenv ("NC_BENCH_VERBOSE") != NULL;
  NudgeTrial trial;
  GtkWidget *window;
  NcWebView *view;
  gint64 end;
  int n = 0;

  nc_browser_context_set_guard_timing (context, TRUE);
  view = show_view (context, &window);
  nc_web_view_load (view, "http://www.facebook.com/feed0.html");
  nc_test_web_wait_loaded (WEBKIT_WEB_VIEW (view));

  /* Warm-up, until the guard is active on the page (not counted). */
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!nudge_trial (view, "đồ ngu", debounce, &trial))
    if (g_get_monotonic_time () > end)
      g_error ("the guard never warned");

  for (int i = 0; i < NUDGE_TRIALS; i++)
    {
      if (!nudge_trial (view, i % 2 ? "you are stupid" : "mày là đồ ngốc", debounce, &trial))
        continue;
      commit[n] = trial.commit;
      visible[n] = trial.visible;
      check[n] = trial.check;
      frame_wait[n] = trial.frame_wait;
      ui_frame[n] = trial.ui_frame;
      n++;
      if (verbose)
        fprintf (stderr, "nudge commit %.1f (timer late %.1f, check %.1f, dom %.1f) visible %.1f"
                 " (frame wait %.1f, ui frame %.1f)\n", trial.commit, trial.timer_late, trial.check,
                 trial.dom, trial.visible, trial.frame_wait, trial.ui_frame);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  figures->n = n;
  if (n == 0)
    return;
  figures->commit = spread_of (commit, n, 0.05, 0.95);
  figures->visible = spread_of (visible, n, 0.05, 0.95);
  figures->check = spread_of (check, n, 0.05, 0.95);
  figures->frame_wait = spread_of (frame_wait, n, 0.05, 0.95);
  figures->ui_frame = spread_of (ui_frame, n, 0.05, 0.95);
}

typedef struct {
  gint64  start;
  double  first_frame_ms;
  double  exec_frame_ms;
  double  map_frame_ms;
  double  rss_mb;
  double  rss_learn_mb;
  double  pss_mb;
  double  first_frame_cpu_ms;
  GSourceFunc after_first_frame;  /* 2 s after it */
} Startup;

/* Milliseconds since this process started (exec), from its start time in
 * /proc (a 10 ms resolution) and the boot-time clock; -1 if unknown. */
static double
ms_since_exec (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *end;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (end = strrchr (stat, ')')) == NULL)
    return -1;
  /* after "pid (comm) ": state is field 3, starttime field 22 */
  fields = g_strsplit (end + 2, " ", 0);
  if (g_strv_length (fields) < 20 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 -
         g_ascii_strtod (fields[19], NULL) * 1000.0 / sysconf (_SC_CLK_TCK);
}

/* NC_BENCH_VERBOSE: where the RSS is, by mapping (the heap, each library,
 * each file), largest first, on stderr. */
static void
print_mappings (void)
{
  g_autofree char *smaps = NULL;
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GList) keys = NULL;
  g_auto(GStrv) lines = NULL;
  const char *name = "?";

  if (!g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL))
    return;
  lines = g_strsplit (smaps, "\n", -1);
  for (char **line = lines; *line != NULL; line++)
    {
      const char *space = strchr (*line, ' ');

      if (space != NULL && memchr (*line, '-', space - *line) != NULL && g_ascii_isxdigit (**line))
        {
          char **fields = g_strsplit_set (*line, " ", -1);
          guint n = g_strv_length (fields);

          name = n >= 6 && *fields[n - 1] != '\0' ? g_intern_string (fields[n - 1]) : "[anon]";
          g_strfreev (fields);
        }
      else if (g_str_has_prefix (*line, "Rss:") || g_str_has_prefix (*line, "Private_Dirty:"))
        {
          gboolean dirty = **line == 'P';
          g_autofree char *key = g_strconcat (dirty ? "dirty " : "rss   ", name, NULL);
          gsize kb = GPOINTER_TO_SIZE (g_hash_table_lookup (sizes, key)) +
                     g_ascii_strtoull (strchr (*line, ':') + 1, NULL, 10);

          g_hash_table_insert (sizes, g_steal_pointer (&key), GSIZE_TO_POINTER (kb));
        }
    }
  keys = g_hash_table_get_keys (sizes);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      gsize kb = GPOINTER_TO_SIZE (g_hash_table_lookup (sizes, l->data));

      if (kb >= 2048)
        fprintf (stderr, "%6.1f MB  %s\n", kb / 1024.0, (const char *) l->data);
    }
}

/* CPU time (user + system) of this process so far: unlike the wall clock,
 * little moved by other processes on a busy machine. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static gboolean
measure_rss_cb (gpointer user_data)
{
  GApplication *app = user_data;
  Startup *startup = g_object_get_data (G_OBJECT (app), "startup");

  startup->rss_mb = nc_test_bench_rss_mb ();
  startup->pss_mb = nc_test_bench_pss_mb ();
  if (g_getenv ("NC_BENCH_VERBOSE") != NULL)
    print_mappings ();
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

/* The window as it opens has settled: its RSS, then the Browse area with
 * its one tab, which settles in its turn. */
static gboolean
show_browse_cb (gpointer user_data)
{
  GApplication *app = user_data;
  Startup *startup = g_object_get_data (G_OBJECT (app), "startup");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  startup->rss_learn_mb = nc_test_bench_rss_mb ();
  if (g_getenv ("NC_BENCH_VERBOSE") != NULL)
    print_mappings ();
  if (window == NULL || !gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "browse"))
    g_error ("the main window did not open");
  g_timeout_add_seconds (3, measure_rss_cb, app);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  Startup *startup = g_object_get_data (G_OBJECT (app), "startup");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  double now = (g_get_monotonic_time () - startup->start) / 1000.0;

  if (startup->map_frame_ms == 0 && NC_IS_WINDOW (window) &&
      nc_learn_view_get_n_rows (nc_window_get_learn_view (NC_WINDOW (window))) > 0)
    startup->map_frame_ms = now;
  if (startup->first_frame_ms > 0)
    return;
  startup->first_frame_ms = now;
  startup->exec_frame_ms = ms_since_exec ();
  startup->first_frame_cpu_ms = cpu_ms ();
  g_timeout_add_seconds (2, startup->after_first_frame, app);
}

static void
window_realize_cb (GtkWidget    *window,
                   GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (GTK_WIDGET (window), G_APPLICATION (app));
  else
    g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), app);
}

/* --startup-floor: an empty window as NetConduct's opens (same size, a
 * header bar and a status page), timed like the application. */
static void
floor_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), "NetConduct");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "accessories-dictionary-symbolic");
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

static void
bench_startup_floor (void)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.netconduct.BenchFloor",
                                                       G_APPLICATION_NON_UNIQUE);
  char *argv[] = { (char *) "nc-bench-browser", NULL };
  Startup startup = { .after_first_frame = measure_rss_cb };

  startup.start = g_get_monotonic_time ();
  g_object_set_data (G_OBJECT (app), "startup", &startup);
  g_signal_connect (app, "activate", G_CALLBACK (floor_activate_cb), NULL);
  g_application_run (G_APPLICATION (app), 1, argv);
  printf ("startup_floor_ms: %.0f\n", startup.first_frame_ms);
  printf ("startup_floor_cpu_ms: %.0f\n", startup.first_frame_cpu_ms);
  printf ("ui_rss_floor_mb: %.1f\n", startup.rss_mb);
}

/* The floor in a process of its own, as clean as the application's. */
static void
print_startup_floor (void)
{
  const char *argv[] = { "/proc/self/exe", "--startup-floor", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("the empty window did not run: %s", error->message);
  fputs (out, stdout);
}

/* The real application, on a database set up with one child (so it opens
 * its main window, as every day after the first), from nc_application_new()
 * to the window's first frame; then its RSS as it opened (Learn) and with
 * the Browse area's one tab open. */
static void
bench_startup (Startup *startup)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-bench-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(NcApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  char *argv[] = { (char *) "netconduct", NULL };

  {
    g_autoptr(NcStore) store = nc_store_open (db, &error);

    if (store == NULL ||
        nc_store_add_profile (store, "Minh", "avatar-default-symbolic", NC_AGE_BAND_13_15, &error) == 0 ||
        !nc_store_set_boolean (store, NC_SETTING_FIRST_RUN_DONE, TRUE, &error))
      g_error ("could not set up the database: %s", error->message);
  }

  g_setenv ("NETCONDUCT_DATABASE", db, TRUE);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  startup->after_first_frame = show_browse_cb;
  startup->start = g_get_monotonic_time ();
  app = nc_application_new ();
  g_object_set_data (G_OBJECT (app), "startup", startup);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  g_application_run (G_APPLICATION (app), 1, argv);
}

static int
env_int (const char *name,
         int         fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && atoi (value) > 0 ? atoi (value) : fallback;
}

/*
 * nc-bench-browser [--nudge-only | --load-only | --startup-only | --startup-floor]
 * NC_BENCH_LOAD_ROUNDS (default 90): rounds of the six pages for the load
 * ratio; NC_BENCH_ARTICLES (default 150): posts per feed page, times its
 * number; NC_BENCH_VERBOSE: every nudge trial on stderr.
 */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(NcTestHttpServer) server = NULL;
  g_autoptr(NcBrowserContext) defaults = NULL;
  const char *only = argc > 1 ? argv[1] : "";
  gboolean startup_part = !*only || g_str_equal (only, "--startup-only");
  gboolean load_part = !*only || g_str_equal (only, "--load-only");
  gboolean nudge_part = !*only || g_str_equal (only, "--nudge-only");
  g_autoptr(NcProfileRules) rules = NULL;
  Startup startup = { 0 };

  if (g_str_equal (only, "--startup-floor"))
    {
      bench_startup_floor ();
      return 0;
    }
  nc_test_web_use_built_extension ();

  /* Startup first, in a clean process state. */
  if (startup_part)
    {
      bench_startup (&startup);
      printf ("startup_ms: %.0f\n", startup.first_frame_ms);
      printf ("startup_cpu_ms: %.0f\n", startup.first_frame_cpu_ms);
      printf ("startup_exec_ms: %.0f\n", startup.exec_frame_ms);
      printf ("startup_map_ms: %.0f\n", startup.map_frame_ms);
      printf ("ui_rss_start_mb: %.1f\n", startup.rss_learn_mb);
      printf ("ui_rss_mb: %.1f\n", startup.rss_mb);
      printf ("ui_pss_mb: %.1f\n", startup.pss_mb);
      fflush (stdout);
      print_startup_floor ();
      fflush (stdout);
    }
  else
    gtk_init ();

  server = nc_test_http_server_new ();
  add_pages (server);
  rules = nc_test_web_rules_for_age (NC_AGE_BAND_13_15);
  defaults = nc_browser_context_new (NULL, rules);

  if (load_part)
    {
      LoadFigures load = { 0 };

      bench_load_ratio (server, env_int ("NC_BENCH_LOAD_ROUNDS", LOAD_ROUNDS), &load);
      print_load_ratio ("load_ratio_guard", &load.main, "ms");
      print_load_ratio ("load_ratio_guard_process", &load.all, "ms");
      print_load_ratio ("load_ratio_guard_wall", &load.wall, NULL);
      printf ("load_ratio_pairs: %d\n", load.n);
      fflush (stdout);
    }

  if (nudge_part)
    {
      NudgeFigures nudge = { 0 };

      bench_nudge (server, &nudge);
      printf ("guard_debounce_ms: %u\n", nc_browser_context_get_debounce_ms (defaults));
      printf ("nudge_commit_p95_ms: %.1f\n", nudge.commit.high);
      printf ("nudge_commit_median_ms: %.1f\n", nudge.commit.median);
      printf ("nudge_visible_p95_ms: %.1f\n", nudge.visible.high);
      printf ("nudge_visible_median_ms: %.1f\n", nudge.visible.median);
      printf ("nudge_p95_ms: %.1f\n", nudge.visible.high);
      printf ("nudge_check_p95_ms: %.1f\n", nudge.check.high);
      printf ("nudge_frame_wait_median_ms: %.1f\n", nudge.frame_wait.median);
      printf ("nudge_frame_wait_p95_ms: %.1f\n", nudge.frame_wait.high);
      printf ("nudge_ui_frame_median_ms: %.1f\n", nudge.ui_frame.median);
      printf ("nudge_ui_frame_p95_ms: %.1f\n", nudge.ui_frame.high);
      printf ("nudge_trials: %d\n", nudge.n);
    }
  return 0;
}
