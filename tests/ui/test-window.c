/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c — the main window under a real display (Xvfb) */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "nc-browser-view.h"
#include "nc-learn-view.h"
#include "nc-lesson-catalog.h"
#include "nc-setup-assistant.h"
#include "nc-test-ui.h"
#include "nc-window.h"

static void
test_three_areas (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (200);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_nonnull (nc_application_get_store (app));
  g_assert_cmpstr (nc_window_get_visible_area (window), ==, "learn");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "browse"));
  g_assert_cmpstr (nc_window_get_visible_area (window), ==, "browse");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "parents"));
  g_assert_cmpstr (nc_window_get_visible_area (window), ==, "parents");

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

/* The views follow the application's :store and :profile-id, bound to
 * them, with no call from anyone; a closed window's views no longer do. */
static void
test_views_follow_profile (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (200);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  NcLearnView *learn = nc_window_get_learn_view (window);
  NcBrowserView *browser = NC_BROWSER_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), NC_TYPE_WINDOW,
                                                                           "browser_view"));
  g_autoptr(NcStore) app_store = NULL;
  g_autoptr(NcStore) learn_store = NULL;
  gint64 lan = nc_application_get_profile_id (app);
  gint64 minh;

  g_object_get (app, "store", &app_store, NULL);
  g_assert_nonnull (app_store);
  g_assert_true (app_store == nc_application_get_store (app));
  g_object_get (learn, "store", &learn_store, NULL);
  g_assert_true (learn_store == app_store);

  /* The only child, Lan, was chosen at start. */
  g_assert_cmpint (lan, >, 0);
  g_assert_cmpint (nc_learn_view_get_profile (learn), ==, lan);
  /* Browse starts when first shown, with the child's rules. */
  g_assert_null (nc_browser_view_get_context (browser));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "browse"));
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, lan);

  minh = nc_store_add_profile (app_store, "Minh", "", NC_AGE_BAND_13_15, NULL);
  g_assert_cmpint (minh, >, 0);
  nc_application_set_profile_id (app, minh);
  g_assert_cmpint (nc_learn_view_get_profile (learn), ==, minh);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, minh);
  nc_application_set_profile_id (app, 0);
  g_assert_cmpint (nc_learn_view_get_profile (learn), ==, 0);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, 0);

  g_object_ref (learn);
  g_object_ref (browser);
  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
  nc_application_set_profile_id (app, lan);
  g_assert_cmpint (nc_learn_view_get_profile (learn), ==, 0);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, 0);
  g_object_unref (learn);
  g_object_unref (browser);

  g_assert_true (nc_store_remove_profile (app_store, minh, NULL));
}

/* The Learn map's rows at the window's first frame (-1: no frame yet). */
static int rows_at_first_frame = -1;

static void
first_paint_cb (GdkFrameClock *clock,
                NcLearnView   *view)
{
  if (rows_at_first_frame < 0)
    rows_at_first_frame = (int) nc_learn_view_get_n_rows (view);
}

static void
learn_window_realize_cb (GtkWidget   *window,
                         NcLearnView *view)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_paint_cb), view, 0);
}

static gboolean
rows_built (gpointer data)
{
  return nc_learn_view_get_n_rows (data) > 0;
}

/* The lesson map's rows are built once, after the window's first frame,
 * for the learner set by then; the summary is right from the start; a map
 * never shown builds none. */
static void
test_learn_rows_after_first_frame (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (200);
  NcStore *store = nc_application_get_store (app);
  gint64 lan = nc_application_get_profile_id (app);
  g_autoptr(NcLessonCatalog) catalog = g_object_ref (nc_lesson_catalog_get_default (NULL));
  NcLearnView *hidden = NC_LEARN_VIEW (g_object_ref_sink (nc_learn_view_new ()));
  NcLearnView *view = NC_LEARN_VIEW (nc_learn_view_new ());
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GPtrArray) track = NULL;

  g_assert_cmpint (lan, >, 0);
  g_object_set (view, "store", store, "profile-id", lan, NULL);
  g_object_set (hidden, "store", store, "profile-id", lan, NULL);
  track = nc_lesson_catalog_list_track (catalog, nc_learn_view_get_track (view));
  g_assert_cmpuint (track->len, >, 0);
  g_assert_cmpuint (nc_learn_view_get_n_rows (view), ==, 0);
  g_assert_cmpuint (nc_learn_view_get_n_due (view), ==, 0);
  {
    GObject *summary = gtk_widget_get_template_child (GTK_WIDGET (view), NC_TYPE_LEARN_VIEW,
                                                      "summary_label");
    g_autofree char *count = g_strdup_printf ("%u", track->len);

    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), count));
  }

  rows_at_first_frame = -1;
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  g_signal_connect (window, "realize", G_CALLBACK (learn_window_realize_cb), view);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nc_test_ui_iterate_until (rows_built, view, 10000));
  g_assert_cmpint (rows_at_first_frame, ==, 0);
  g_assert_cmpuint (nc_learn_view_get_n_rows (view), ==, track->len);

  nc_test_ui_iterate (100);
  g_assert_cmpuint (nc_learn_view_get_n_rows (hidden), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (hidden);
  nc_test_ui_iterate (50);
}

static void
test_about_and_shortcuts (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (200);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWindow *about;
  GtkWindow *shortcuts;

  about = nc_test_ui_open (app, "about", ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (about);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  nc_test_ui_iterate (200);
  shortcuts = nc_test_ui_find_toplevel (app, GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_destroy (shortcuts);

  gtk_window_destroy (window);
  nc_test_ui_iterate (50);
}

static void
test_size_remembered (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (200);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  int width = 0, height = 0;

  gtk_window_set_default_size (window, 812, 555);
  nc_test_ui_iterate (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 555);
  gtk_window_destroy (window);
  nc_test_ui_iterate (50);

  window = GTK_WINDOW (nc_window_new (GTK_APPLICATION (app), nc_application_get_store (app), NULL));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 812);
  g_assert_cmpint (height, ==, 555);
  gtk_window_destroy (window);
  nc_test_ui_iterate (50);
}

/* Runs in a child process, which starts its own application on a database
 * it cannot open (a damaged file is recovered by the store, so use a place
 * that cannot hold one): the window must say so instead of crashing. */
static void
bad_database_child (void)
{
  g_autoptr(NcApplication) app = NULL;
  NcWindow *window;

  g_setenv ("NETCONDUCT_DATABASE", "/proc/nc-cannot-exist/netconduct.db", TRUE);
  app = nc_test_ui_start_app (200);
  window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  g_assert_null (nc_application_get_store (app));
  g_assert_nonnull (nc_application_get_store_error (app));
  g_assert_cmpstr (nc_window_get_visible_area (window), ==, "store-error");
}

/* A mapped AdwStatusPage titled @title. */
static gboolean
is_status_page_titled (GtkWidget     *widget,
                       gconstpointer  title)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

/* In a child process: a settings file so damaged that nothing could be
 * saved from it. The store starts a fresh one; the parent sees what
 * happened on the first page of the setup assistant; no child can browse
 * (there is no main window), and the browser for nobody, or for a profile
 * made before a parent sets things up, has the strictest rules. */
static void
damaged_database_child (void)
{
  g_autofree char *path = nc_test_ui_use_temp_database ("damaged");
  g_autofree char *garbage = g_strnfill (8192, 'x');
  g_autoptr(NcApplication) app = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  NcBrowserView *browser;
  GtkWindow *assistant = NULL;
  NcStore *store;
  gint64 id;

  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  app = nc_test_ui_start_app (200);
  store = nc_application_get_store (app);
  g_assert_nonnull (store);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_FRESH);

  g_assert_null (nc_test_ui_find_toplevel (app, NC_TYPE_WINDOW));
  assistant = nc_test_ui_find_toplevel (app, NC_TYPE_SETUP_ASSISTANT);
  g_assert_nonnull (assistant);
  g_assert_nonnull (nc_test_ui_find_first (GTK_WIDGET (assistant), is_status_page_titled, "The Settings Were Damaged"));

  browser = g_object_ref_sink (nc_browser_view_new ());
  nc_browser_view_set_profile (browser, store, 0);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, 0);
  g_assert_true (nc_profile_rules_is_allow_list_only (nc_browser_context_get_rules (nc_browser_view_get_context (browser))));
  g_object_unref (browser);

  id = nc_store_add_profile (store, "Minh", "", NC_AGE_BAND_16_17, NULL);
  g_assert_cmpint (id, >, 0);
  rules = nc_store_get_profile_rules (store, id, NULL);
  g_assert_nonnull (rules);
  g_assert_true (nc_profile_rules_is_allow_list_only (rules));
}

/* A database that was set up already, with one child, so that activating
 * opens the main window rather than the setup assistant. */
static void
database_env_setup (void)
{
  g_autoptr(NcStore) store = nc_test_ui_set_up_database ("window");

  g_assert_cmpint (nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_10_12, NULL), >, 0);
}

/* Runs the test function @data in a subprocess of its own, which opens
 * its own database. */
static void
test_in_subprocess (gconstpointer data)
{
  GTestFunc child = (GTestFunc) data;

  if (g_test_subprocess ())
    {
      child ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  nc_test_ui_init (&argc, &argv);
  database_env_setup ();

  g_test_add_func ("/window/three-areas", test_three_areas);
  g_test_add_func ("/window/views-follow-profile", test_views_follow_profile);
  g_test_add_func ("/window/learn-rows-after-first-frame", test_learn_rows_after_first_frame);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/window/size-remembered", test_size_remembered);
  g_test_add_data_func ("/window/bad-database-shows-error", (gconstpointer) bad_database_child,
                        test_in_subprocess);
  g_test_add_data_func ("/window/damaged-database-starts-setup", (gconstpointer) damaged_database_child,
                        test_in_subprocess);

  return g_test_run ();
}
