/* test-window.c — the main window under a real display (Xvfb) */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-test-ui.h"
#include "nc-window.h"

static GtkWindow *
find_window_of_type (NcApplication *app,
                     GType          type)
{
  GtkWindow *window = nc_test_ui_find_window (app, type);

  if (window != NULL)
    return window;

  /* The shortcuts window is not an application window; look at all. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (gtk_window_get_toplevels (), i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_WINDOW (w);
    }
  return NULL;
}

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

static void
test_about_and_shortcuts (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (200);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWindow *about;
  GtkWindow *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  nc_test_ui_iterate (200);
  about = find_window_of_type (app, ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (about);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  nc_test_ui_iterate (200);
  shortcuts = find_window_of_type (app, GTK_TYPE_SHORTCUTS_WINDOW);
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

  window = GTK_WINDOW (nc_window_new (app));
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

static void
test_bad_database_shows_error (void)
{
  if (g_test_subprocess ())
    {
      bad_database_child ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A database that was set up already, with one child, so that activating
 * opens the main window rather than the setup assistant. */
static void
database_env_setup (void)
{
  g_autoptr(NcStore) store = nc_test_ui_set_up_database ("window");

  g_assert_cmpint (nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_10_12, NULL), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  nc_test_ui_init (&argc, &argv);
  database_env_setup ();

  g_test_add_func ("/window/three-areas", test_three_areas);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/window/size-remembered", test_size_remembered);
  g_test_add_func ("/window/bad-database-shows-error", test_bad_database_shows_error);

  return g_test_run ();
}
