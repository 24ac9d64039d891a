/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-ui.c — see nc-test-ui.h */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "nc-pin.h"
#include "nc-pin-gate.h"
#include "nc-test-ui.h"

void
nc_test_ui_init (int    *argc,
                 char ***argv)
{
  const char *language = g_getenv ("NC_SCREENSHOT_LANGUAGE");
  const char *build_root = g_getenv ("NC_BUILD_ROOT");

  /* Screenshots in another language read the build's catalogues. */
  if (language != NULL && build_root != NULL)
    {
      g_autofree char *po_dir = g_build_filename (build_root, "po", NULL);

      bindtextdomain (GETTEXT_PACKAGE, po_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      g_setenv ("LANGUAGE", language, TRUE);
    }
  else
    g_setenv ("LANGUAGE", "C", TRUE);
  /* No speech service unless a test starts its own: the lesson player
   * would otherwise start the user's (test-read-aloud.c). */
  g_setenv ("SPEECHD_ADDRESS", "unix_socket:/nonexistent/netconduct-test/speechd.sock", FALSE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  if (language != NULL)
    setlocale (LC_MESSAGES, "C.UTF-8");
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

gpointer
nc_test_ui_find_toplevel (NcApplication *app,
                          GType          type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer window = nc_test_ui_find_window (app, type);

  for (guint i = 0; window == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        window = w;
    }
  return window;
}

typedef struct {
  NcApplication *app;
  GType          type;
  gpointer       window;
} Opening;

static gboolean
opened (gpointer data)
{
  Opening *opening = data;

  opening->window = nc_test_ui_find_toplevel (opening->app, opening->type);
  return opening->window != NULL && gtk_widget_get_mapped (opening->window);
}

gpointer
nc_test_ui_open (NcApplication *app,
                 const char    *action,
                 GType          type)
{
  Opening opening = { app, type, NULL };

  g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
  if (!nc_test_ui_iterate_until (opened, &opening, 10000))
    g_error ("the action %s showed no %s", action, g_type_name (type));
  nc_test_ui_iterate (100);
  return opening.window;
}

static void
collect (GtkWidget  *widget,
         GType       type,
         const char *css_class,
         GPtrArray  *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect (c, type, css_class, out);
}

GPtrArray *
nc_test_ui_find_all (GtkWidget  *root,
                     GType       type,
                     const char *css_class)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, type, css_class, out);
  return out;
}

GtkWidget *
nc_test_ui_find_first (GtkWidget    *root,
                       NcTestUiMatch match,
                       gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = nc_test_ui_find_first (c, match, data);

      if (found != NULL)
        return found;
    }
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

void
nc_test_ui_type_and_enter (GtkWindow  *window,
                           const char *text)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  g_assert_nonnull (focus);
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  nc_test_ui_iterate (20);
  if (GTK_IS_TEXT (focus))
    g_signal_emit_by_name (focus, "activate");
  else
    g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (focus)), "activate");
  nc_test_ui_iterate (50);
}

static gboolean
window_is_open (GtkWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  return g_list_find (toplevels, window) != NULL;
}

static gboolean
window_closed_cb (gpointer data)
{
  return !window_is_open (data);
}

static gboolean
label_changed_cb (gpointer data)
{
  GtkLabel *label = data;

  return g_strcmp0 (gtk_label_get_text (label), g_object_get_data (data, "before")) != 0;
}

static gboolean
widget_sensitive_cb (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

/* The gate's buttons that open it (Unlock, or the choices), on show. */
static void
collect_open_buttons (GtkWidget *root,
                      GPtrArray *buttons)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      const char *action = GTK_IS_ACTIONABLE (w) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) : NULL;

      if (action != NULL && g_str_has_prefix (action, "gate.") && gtk_widget_get_visible (w))
        g_ptr_array_add (buttons, w);
      else
        collect_open_buttons (w, buttons);
    }
}

/* Presses every button that would open @gate, and Enter in its entry. */
static void
try_everything (GtkWindow *gate)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gate), NC_TYPE_PIN_GATE, "pin_entry"));

  collect_open_buttons (GTK_WIDGET (gate), buttons);
  g_assert_cmpuint (buttons->len, >, 0);
  for (guint i = 0; i < buttons->len; i++)
    {
      g_assert_false (gtk_widget_is_sensitive (buttons->pdata[i]));
      g_signal_emit_by_name (buttons->pdata[i], "clicked");
    }
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  gtk_widget_activate_action (GTK_WIDGET (gate), "gate.unlock", NULL);
  nc_test_ui_iterate (50);
}

void
nc_test_ui_drive_pin_gate (GtkWindow  *gate,
                           NcStore    *store,
                           const char *right_pin,
                           const char *choice,
                           const char *name)
{
  const char *wrong_pin = "11112222";
  GtkWidget *entry;
  GtkWidget *status;
  g_autofree char *shot = NULL;

  g_assert_true (NC_IS_PIN_GATE (gate));
  g_assert_true (window_is_open (gate));
  g_assert_cmpint (nc_pin_get_failures (store), ==, 0);
  g_object_ref (gate);
  entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gate), NC_TYPE_PIN_GATE, "pin_entry"));
  status = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gate), NC_TYPE_PIN_GATE, "status_label"));
  shot = g_strdup_printf ("%s-1", name);
  nc_test_ui_snap (gate, shot);

  /* A wrong PIN: refused, said so, wiped. */
  gtk_widget_grab_focus (entry);
  nc_test_ui_type_and_enter (gate, wrong_pin);
  g_assert_true (window_is_open (gate));
  g_assert_cmpint (nc_pin_get_failures (store), ==, 1);
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_free (shot);
  shot = g_strdup_printf ("%s-2-wrong", name);
  nc_test_ui_snap (gate, shot);

  /* Enough wrong ones lock it. */
  for (int i = 1; i < NC_PIN_FREE_TRIES; i++)
    {
      gtk_widget_grab_focus (entry);
      nc_test_ui_type_and_enter (gate, wrong_pin);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
    }
  g_assert_true (window_is_open (gate));
  g_assert_cmpint (nc_pin_get_wait_seconds (store), >, 0);
  g_assert_false (gtk_widget_get_sensitive (entry));
  g_assert_true (gtk_widget_get_visible (status));
  {
    /* It says how long to wait (the countdown shows the second it last
     * counted, so it may be one more than now). */
    int wait = (int) nc_pin_get_wait_seconds (store);
    g_autofree char *seconds = g_strdup_printf ("%d", wait);
    g_autofree char *one_more = g_strdup_printf ("%d", wait + 1);
    const char *text = gtk_label_get_text (GTK_LABEL (status));

    g_assert_true (strstr (text, seconds) != NULL || strstr (text, one_more) != NULL);
  }
  g_free (shot);
  shot = g_strdup_printf ("%s-3-locked", name);
  nc_test_ui_snap (gate, shot);

  /* Nothing gets through while it is locked, the right PIN included:
   * no check is even made. */
  gtk_editable_set_text (GTK_EDITABLE (entry), right_pin);
  try_everything (gate);
  g_assert_true (window_is_open (gate));
  g_assert_cmpint (nc_pin_get_failures (store), ==, NC_PIN_FREE_TRIES);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");

  /* The countdown counts down. */
  g_object_set_data_full (G_OBJECT (status), "before", g_strdup (gtk_label_get_text (GTK_LABEL (status))), g_free);
  g_assert_true (nc_test_ui_iterate_until (label_changed_cb, status, 5000));
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_false (gtk_widget_get_sensitive (entry));

  /* The lock-out ends: the entry comes back, the message goes. */
  g_assert_true (nc_pin_set (store, right_pin, NULL));
  g_assert_true (nc_test_ui_iterate_until (widget_sensitive_cb, entry, 5000));
  g_assert_false (gtk_widget_get_visible (status));

  /* The right PIN opens. */
  gtk_widget_grab_focus (entry);
  if (choice == NULL)
    nc_test_ui_type_and_enter (gate, right_pin);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), right_pin);
      nc_test_ui_iterate (20);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gate), "gate.choose", "s", choice));
    }
  g_assert_true (nc_test_ui_iterate_until (window_closed_cb, gate, 5000));
  g_assert_cmpint (nc_pin_get_failures (store), ==, 0);
  if (choice != NULL)
    g_assert_cmpstr (nc_pin_gate_get_choice (NC_PIN_GATE (gate)), ==, choice);
  g_object_unref (gate);
}
