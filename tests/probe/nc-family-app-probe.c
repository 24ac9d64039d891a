/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-app-probe — the child's browser (NcBrowserView, real WebKit)
 * in family or home mode, for tests/check-family-app.py
 *
 *   nc-family-app-probe --family HOST   the family service on
 *                                       $DBUS_SYSTEM_BUS_ADDRESS
 *                                       (NcRulesSourceFamily), as the
 *                                       child's uid
 *   nc-family-app-probe --choose HOST   nc_rules_source_choose() as the app
 *                                       does at start-up (root: the bus of
 *                                       $NETCONDUCT_FAMILY_BUS); in home
 *                                       mode the probe then blocks HOST in
 *                                       its own store
 *
 *   nc-family-app-probe --parents PIN   as the child's uid, the parents'
 *                                       area in family mode, opened with
 *                                       PIN (purpose "parents"); prints
 *                                       "session LABEL=VALUE;..." (the
 *                                       week of whole-session time) and
 *                                       "browsers TEXT" (other browsers);
 *                                       with NC_SCREENSHOT_DIR, a picture
 *                                       of its Activity page (and
 *                                       NC_SCREENSHOT_LANGUAGE=vi)
 *
 *   nc-family-app-probe --edit PIN      as the child's uid, the parents'
 *                                       area in family mode with the
 *                                       family editor
 *                                       (nc_rules_editor_choose()),
 *                                       opened with PIN ("-": no PIN, so
 *                                       only polkit may allow). On its
 *                                       Time page it turns on a daily
 *                                       limit of 45 minutes, then on its
 *                                       Web page it blocks
 *                                       window-block.example, each in a
 *                                       new window, as a parent would;
 *                                       prints "limit switch=0|1
 *                                       minutes=N toast=TEXT" and "block
 *                                       listed=0|1 entry=TEXT toast=TEXT"
 *                                       (the controls after the change:
 *                                       the real values), then "source
 *                                       changed=N blocked=0|1" (the
 *                                       rules source's "changed" and
 *                                       whether its rules now block the
 *                                       host); with NC_SCREENSHOT_DIR,
 *                                       pictures of both pages
 *
 * Serves http://HOST/ from a loopback server (the browser is routed to it),
 * opens it in the view and prints "open URI family=0|1". Then waits (30 s
 * at most) for the open view to show the blocked page without any reload
 * or new navigation, and prints "blocked host=H reason=R banner=0|1"
 * (banner: the "family service cannot be reached" line is on screen),
 * else "timeout URI". Exit status 0 when blocked.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nc-bar-chart.h"
#include "nc-browser-view.h"
#include "nc-internal-pages.h"
#include "nc-parents-window.h"
#include "nc-rules-editor-family.h"
#include "nc-rules-source-store.h"
#include "nc-test-family.h"
#include "nc-test-http-server.h"
#include "nc-test-i18n.h"
#include "nc-test-ui.h"
#include "nc-test-web.h"

static gboolean
wait_until (gboolean (*condition) (gpointer),
            gpointer   data,
            guint      seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      nc_test_web_spin (20);
    }
  return TRUE;
}

static gboolean
context_ready (gpointer data)
{
  return nc_browser_context_is_ready (nc_browser_view_get_context (data));
}

static const char *
view_uri (NcBrowserView *browser)
{
  NcWebView *view = nc_browser_view_get_current (browser);

  return view != NULL ? webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view)) : NULL;
}

typedef struct {
  NcBrowserView *browser;
  const char    *uri;
} Expect;

static gboolean
page_open (gpointer data)
{
  Expect *expect = data;
  NcWebView *view = nc_browser_view_get_current (expect->browser);

  return view != NULL && g_strcmp0 (view_uri (expect->browser), expect->uri) == 0 &&
         !webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view));
}

static gboolean
page_blocked (gpointer data)
{
  return g_str_has_prefix (view_uri (data) ? view_uri (data) : "", "netconduct:blocked");
}

/* The banner is a GtkLabel of the view's template: found by its class. */
static gboolean
banner_shown (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error") && gtk_widget_get_visible (child))
      return TRUE;
  return FALSE;
}

static gboolean
parents_answered (gpointer data)
{
  NcBarChart *chart = NC_BAR_CHART (gtk_widget_get_template_child (data, NC_TYPE_PARENTS_WINDOW, "session_chart"));
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_template_child (data, NC_TYPE_PARENTS_WINDOW, "browsers_row"));
  const char *subtitle = adw_action_row_get_subtitle (row);

  NcBarChart *online = NC_BAR_CHART (gtk_widget_get_template_child (data, NC_TYPE_PARENTS_WINDOW, "time_chart"));

  return nc_bar_chart_get_n_bars (chart) > 0 && nc_bar_chart_get_n_bars (online) > 0 &&
         subtitle != NULL && *subtitle != '\0' &&
         !g_str_has_suffix (subtitle, "…");
}

/* The text of the toast the window shows (AdwToastWidget's labels),
 * "" when none. */
static char *
toast_labels (GtkWidget *widget)
{
  GType toast_type = g_type_from_name ("AdwToastWidget");
  GString *text = g_string_new (NULL);
  GtkWidget *child;

  if (GTK_IS_LABEL (widget) && toast_type != 0 && gtk_widget_get_ancestor (widget, toast_type) != NULL)
    g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *inner = toast_labels (child);

      if (*inner != '\0' && text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, inner);
    }
  return g_string_free (text, FALSE);
}

/* What @window says after a change: its toast, or the heading and body
 * of its dialog (AdwMessageDialog); "" when nothing. */
static AdwMessageDialog *
find_dialog (GtkWidget *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) dialog = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (dialog) && gtk_window_get_transient_for (dialog) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (dialog);
    }
  return NULL;
}

static char *
toast_text (GtkWidget *window)
{
  g_autofree char *toast = toast_labels (window);
  AdwMessageDialog *dialog = find_dialog (window);

  if (*toast != '\0' || dialog == NULL)
    return g_steal_pointer (&toast);
  return g_strdup_printf ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
}

/* An AdwActionRow titled @title. */
static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
part (gpointer    window,
      const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), NC_TYPE_PARENTS_WINDOW, name));
}

/* A parents' area of the family mode on @page, with @editor. */
static NcParentsWindow *
open_family_parents (NcStore       *store,
                     NcRulesSource *source,
                     NcRulesEditor *editor,
                     const char    *page)
{
  NcParentsWindow *window = nc_parents_window_new (NULL, store);

  nc_parents_window_set_editor (window, editor);
  nc_parents_window_set_family_mode (window, TRUE);
  nc_parents_window_set_family_source (window, source);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  nc_test_web_spin (300);
  return window;
}

/* NC_SCREENSHOT_LANGUAGE=vi: the pictures in Vietnamese. */
static void
use_screenshot_language (void)
{
  if (g_strcmp0 (g_getenv ("NC_SCREENSHOT_LANGUAGE"), "vi") == 0 && nc_test_use_build_catalogs ())
    {
      textdomain (GETTEXT_PACKAGE);
      g_setenv ("LANGUAGE", "vi", TRUE);
    }
}

/* With NC_SCREENSHOT_DIR: @window as NAME.png, and its dialog, if any,
 * as NAME-dialog.png. */
static void
snap_if_asked (NcParentsWindow *window,
               const char      *name)
{
  AdwMessageDialog *dialog = find_dialog (GTK_WIDGET (window));
  g_autofree char *dialog_name = g_strconcat (name, "-dialog", NULL);

  if (g_getenv ("NC_SCREENSHOT_DIR") == NULL)
    return;
  nc_test_ui_snap (GTK_WINDOW (window), name);
  if (dialog != NULL)
    nc_test_ui_snap (GTK_WINDOW (dialog), dialog_name);
}

static void
count_cb (NcRulesSource *source,
          int           *count)
{
  (*count)++;
}

#define EDIT_HOST "window-block.example"

static gboolean
source_changed (gpointer data)
{
  return *(int *) data > 0;
}

/* The profile of @editor named @name, or NULL. */
static NcProfile *
find_profile (NcRulesEditor *editor,
              const char    *name)
{
  g_autoptr(GPtrArray) profiles = nc_rules_editor_list_profiles (editor, NULL);

  for (guint i = 0; profiles != NULL && i < profiles->len; i++)
    {
      NcProfile *profile = g_ptr_array_index (profiles, i);

      if (g_str_equal (profile->name, name))
        return nc_profile_copy (profile);
    }
  return NULL;
}

/* Children: a profile added, renamed and removed, as the Children page's
 * rows do it; prints what the service then lists. */
static void
edit_profiles (NcRulesEditor *editor)
{
  g_autoptr(NcProfile) added = NULL;
  g_autoptr(NcProfile) renamed = NULL;
  g_autoptr(NcProfile) left = NULL;
  gboolean removed = FALSE;

  if (nc_rules_editor_add_profile (editor, "Probe", "", NC_AGE_BAND_6_9, NULL) > 0)
    added = find_profile (editor, "Probe");
  if (added != NULL)
    {
      g_free (added->name);
      added->name = g_strdup ("Probe Renamed");
      if (nc_rules_editor_update_profile (editor, added, NULL))
        renamed = find_profile (editor, "Probe Renamed");
    }
  if (renamed != NULL)
    removed = nc_rules_editor_remove_profile (editor, renamed->id, NULL) &&
              (left = find_profile (editor, "Probe Renamed")) == NULL;
  g_print ("profiles added=%d renamed=%d removed=%d\n", added != NULL, renamed != NULL, removed);

  /* The child's own profile ("An") is in use: refused, with what to do. */
  {
    g_autoptr(NcProfile) used = find_profile (editor, "An");
    g_autoptr(GError) used_error = NULL;

    if (used != NULL)
      nc_rules_editor_remove_profile (editor, used->id, &used_error);
    g_print ("inuse kept=%d\n", used_error != NULL &&
             g_error_matches (used_error, NC_RULES_EDITOR_ERROR, NC_RULES_EDITOR_ERROR_INVALID) &&
             strstr (used_error->message, "remove-child") != NULL);
  }
  fflush (stdout);
}

/* The parents' area of a child's account with the family editor: a daily
 * limit, then a blocked site, as a parent sets them in the window. */
static int
run_edit (NcStore    *store,
          const char *pin)
{
  g_autoptr(NcRulesSource) source = nc_test_family_source_new ("nc-family-app-probe");
  g_autoptr(NcRulesEditor) editor = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autofree char *toast = NULL;
  NcParentsWindow *window;
  GtkEditable *entry;
  gboolean blocked = FALSE;
  int changes = 0;

  if (source == NULL)
    return 1;
  use_screenshot_language ();
  if (!g_str_equal (pin, "-"))
    {
      g_autoptr(GError) pin_error = NULL;

      g_print ("pin %d\n", nc_rules_source_check_pin (source, pin, "parents", &pin_error));
    }
  rules = nc_rules_source_get_rules (source, 0, NULL);   /* as the app's browser has */
  g_clear_pointer (&rules, nc_profile_rules_unref);
  g_signal_connect (source, "changed", G_CALLBACK (count_cb), &changes);
  editor = nc_rules_editor_choose (source, store);

  if (g_getenv ("NC_SCREENSHOT_DIR") != NULL)
    for (guint i = 0; i < 2; i++)
      {
        const char *pages[] = { "children", "security" };
        g_autofree char *name = g_strconcat ("parents-family-", pages[i], NULL);

        window = open_family_parents (store, source, editor, pages[i]);
        snap_if_asked (window, name);
        gtk_window_destroy (GTK_WINDOW (window));
      }

  /* Time: a daily limit of 45 minutes. */
  window = open_family_parents (store, source, editor, "time");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (part (window, "minutes_spin")), 45);
  gtk_switch_set_active (GTK_SWITCH (part (window, "limit_switch")), TRUE);
  nc_test_web_spin (500);
  toast = toast_text (GTK_WIDGET (window));
  g_print ("limit switch=%d minutes=%d toast=%s\n", gtk_switch_get_active (GTK_SWITCH (part (window, "limit_switch"))),
           gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (part (window, "minutes_spin"))), toast);
  fflush (stdout);
  snap_if_asked (window, *toast != '\0' ? "parents-family-time-refused" : "parents-family-time");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_pointer (&toast, g_free);

  /* Web: block a site, typed in the block list's row. */
  window = open_family_parents (store, source, editor, "web");
  adw_combo_row_set_selected (ADW_COMBO_ROW (part (window, "web_profile_row")), 1);   /* the first child */
  entry = GTK_EDITABLE (part (window, "block_entry_row"));
  gtk_editable_set_text (entry, EDIT_HOST);
  g_signal_emit_by_name (entry, "apply");
  nc_test_web_spin (500);
  toast = toast_text (GTK_WIDGET (window));
  g_print ("block listed=%d entry=%s toast=%s\n", nc_test_ui_find_first (part (window, "block_group"), is_row_titled, EDIT_HOST) != NULL,
           gtk_editable_get_text (entry), toast);
  fflush (stdout);
  snap_if_asked (window, *toast != '\0' ? "parents-family-web-refused" : "parents-family-web");
  gtk_window_destroy (GTK_WINDOW (window));

  edit_profiles (editor);

  /* The service's RulesChanged reaches the rules source (the open browser
   * of check-family-app.py's first part follows it). */
  wait_until (source_changed, &changes, 5);
  rules = nc_rules_source_get_rules (source, 0, NULL);
  for (const char * const *host = rules != NULL ? nc_profile_rules_get_parent_block (rules) : NULL;
       host != NULL && *host != NULL; host++)
    blocked |= g_str_equal (*host, EDIT_HOST);
  g_print ("source changed=%d blocked=%d\n", changes, blocked);
  fflush (stdout);
  nc_test_web_spin (100);
  return 0;
}

/* Appends the bars of @window's chart @name to @out as
 * "LABEL=VALUE;LABEL=VALUE...", and returns the chart. */
static NcBarChart *
append_bars (GString         *out,
             NcParentsWindow *window,
             const char      *name)
{
  NcBarChart *chart = NC_BAR_CHART (gtk_widget_get_template_child (GTK_WIDGET (window), NC_TYPE_PARENTS_WINDOW, name));

  for (guint i = 0; i < nc_bar_chart_get_n_bars (chart); i++)
    g_string_append_printf (out, "%s%s=%g", i > 0 ? ";" : "", nc_bar_chart_get_bar_label (chart, i),
                            nc_bar_chart_get_bar_value (chart, i));
  return chart;
}

/* The parents' area of a child's account, opened with @pin. */
static int
run_parents (NcStore    *store,
             const char *pin)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcRulesSource) source = nc_test_family_source_new ("nc-family-app-probe");
  g_autoptr(NcRulesEditor) editor = NULL;
  g_autoptr(GString) line = g_string_new ("session ");
  g_autoptr(GString) online = g_string_new ("online ");
  NcProfileRules *rules = NULL;
  NcParentsWindow *window;
  NcBarChart *chart;
  int result;

  if (source == NULL)
    return 1;
  use_screenshot_language ();
  result = nc_rules_source_check_pin (source, pin, "parents", &error);
  g_print ("pin %d\n", result);
  /* as the app does for its browser before the parents' area opens */
  g_clear_pointer (&rules, nc_profile_rules_unref);
  rules = nc_rules_source_get_rules (source, 0, NULL);
  editor = nc_rules_editor_choose (source, store);
  window = open_family_parents (store, source, editor, "activity");
  if (!wait_until (parents_answered, window, 30))
    {
      g_print ("timeout the parents' area got no answer\n");
      return 1;
    }
  append_bars (line, window, "session_chart");
  chart = append_bars (online, window, "time_chart");
  g_clear_pointer (&rules, nc_profile_rules_unref);
  g_print ("%s\n%s\nbrowsers %s\n", line->str, online->str,
           adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                       NC_TYPE_PARENTS_WINDOW,
                                                                                       "browsers_row"))));
  fflush (stdout);
  if (g_getenv ("NC_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      nc_test_web_spin (200);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      nc_test_ui_snap (GTK_WINDOW (window), "parents-family-activity");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_web_spin (100);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(NcTestHttpServer) server = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(NcRulesSource) home = NULL;
  g_autoptr(NcRulesSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *db = NULL, *proxy = NULL, *uri = NULL;
  NcBrowserView *browser;
  GtkWidget *window;
  const NcBlockedInfo *info;
  NcWebView *view;
  gint64 profile = 0;
  gboolean family;
  Expect expect;
  guint id;

  if (argc != 3 || (!g_str_equal (argv[1], "--family") && !g_str_equal (argv[1], "--choose") &&
                    !g_str_equal (argv[1], "--parents") && !g_str_equal (argv[1], "--edit")))
    {
      g_printerr ("Usage: nc-family-app-probe --family|--choose HOST, or --parents|--edit PIN\n");
      return 2;
    }
  gtk_init ();
  nc_test_web_use_built_extension ();

  /* The home store (lesson progress, and in home mode every rule). */
  dir = g_dir_make_tmp ("nc-family-app-XXXXXX", &error);
  db = dir != NULL ? g_build_filename (dir, "netconduct.db", NULL) : NULL;
  store = db != NULL ? nc_store_open (db, &error) : NULL;
  if (store == NULL)
    {
      g_printerr ("nc-family-app-probe: %s\n", error->message);
      return 1;
    }
  if (g_str_equal (argv[1], "--parents"))
    return run_parents (store, argv[2]);
  if (g_str_equal (argv[1], "--edit"))
    return run_edit (store, argv[2]);
  home = nc_rules_source_store_new (store);
  if (g_str_equal (argv[1], "--family"))
    {
      source = nc_test_family_source_new ("nc-family-app-probe");
      if (source == NULL)
        return 1;
    }
  else
    source = nc_rules_source_choose (home);
  family = nc_rules_source_is_family (source);
  if (!family)
    {
      NcProfile *p;

      profile = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_13_15, &error);
      p = profile != 0 ? nc_store_get_profile (store, profile, &error) : NULL;
      if (p == NULL)
        {
          g_printerr ("nc-family-app-probe: %s\n", error->message);
          return 1;
        }
      for (int day = 0; day < 7; day++)
        p->allowed_hours[day] = 0xFFFFFF;
      nc_store_update_profile (store, p, NULL);
      nc_profile_free (p);
    }

  server = nc_test_http_server_new ();
  nc_test_http_server_add_host_page (server, argv[2], "/", "text/html", NULL, "<title>Open</title><p>a page");
  proxy = nc_test_http_server_get_proxy_uri (server);
  uri = g_strdup_printf ("http://%s/", argv[2]);

  browser = nc_browser_view_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (browser));
  gtk_window_present (GTK_WINDOW (window));
  nc_browser_view_set_rules_source (browser, source);
  nc_browser_view_set_profile (browser, store, profile);
  nc_test_web_route_through_proxy (nc_browser_context_get_network_session (nc_browser_view_get_context (browser)),
                                   proxy);
  if (!wait_until (context_ready, browser, 60))
    {
      g_print ("timeout the policy did not load\n");
      return 1;
    }
  view = nc_browser_view_get_current (browser);
  nc_web_view_load (view, uri);
  expect = (Expect) { browser, uri };
  if (!wait_until (page_open, &expect, 30))
    {
      g_print ("timeout %s\n", view_uri (browser));
      return 1;
    }
  g_print ("open %s family=%d\n", uri, family);
  fflush (stdout);

  if (!family)
    nc_store_add_host (store, profile, NC_LIST_BLOCK, argv[2], NULL);

  if (!wait_until (page_blocked, browser, 30))
    {
      g_print ("timeout %s\n", view_uri (browser));
      return 1;
    }
  id = 0;
  sscanf (view_uri (browser), "netconduct:blocked?id=%u", &id);
  info = nc_web_view_get_blocked_info (nc_browser_view_get_current (browser), id);
  g_print ("blocked host=%s reason=%s banner=%d\n", info != NULL ? info->host : "?",
           info != NULL ? nc_reason_to_string (info->reason) : "?", banner_shown (GTK_WIDGET (browser)));
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_web_spin (100);
  g_clear_object (&store);
  nc_test_web_spin (100);
  return 0;
}
