/* nc-test-ui.c — see nc-test-ui.h */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "nc-test-ui.h"

void
nc_test_ui_init (int    *argc,
                 char ***argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

void
nc_test_ui_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
nc_test_ui_iterate_until (NcTestUiCondition condition,
                          gpointer          data,
                          guint             timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () >= end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
    }
  return TRUE;
}

NcApplication *
nc_test_ui_get_app (void)
{
  static NcApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = nc_application_new ();
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  return g_object_ref (app);
}

NcApplication *
nc_test_ui_start_app (guint settle_ms)
{
  NcApplication *app = nc_test_ui_get_app ();

  g_application_activate (G_APPLICATION (app));
  nc_test_ui_iterate (settle_ms);
  return app;
}

gpointer
nc_test_ui_find_window (NcApplication *app,
                        GType          type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

char *
nc_test_ui_use_temp_database (const char *name)
{
  g_autofree char *template = g_strdup_printf ("nc-%s-XXXXXX", name);
  g_autofree char *dir = g_dir_make_tmp (template, NULL);
  g_autofree char *file = g_strdup_printf ("%s-test.db", name);
  char *path;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, file, NULL);
  g_setenv ("NETCONDUCT_DATABASE", path, TRUE);
  return path;
}

NcStore *
nc_test_ui_set_up_database (const char *name)
{
  g_autofree char *path = nc_test_ui_use_temp_database (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (nc_store_set_boolean (store, NC_SETTING_FIRST_RUN_DONE, TRUE, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

gboolean
nc_test_ui_file_contains (const char *path,
                          const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize n = strlen (needle);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

void
nc_test_ui_snap (GtkWindow  *window,
                 const char *name)
{
  const char *dir = g_getenv ("NC_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  nc_test_ui_iterate (400);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}
