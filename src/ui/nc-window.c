/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-window.c — the main window: Learn, Browse and Parents
 *
 * Its size and maximized state are kept in GSettings and restored on the
 * next start. The browser (its WebKit context, network session, web and
 * network processes, the site policy and the checker) is set up the first
 * time the Browse area shows, not with the window: the first frame does
 * not need it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-learn-view.h"
#include "nc-browser-view.h"
#include "nc-window.h"

struct _NcWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  NcStore              *store;
  gint64                profile_id;

  AdwViewStack         *stack;
  AdwStatusPage        *store_error_page;
  NcLearnView          *learn_view;
  NcBrowserView        *browser_view;
  gboolean              browser_started;
  GBinding             *learner_binding;   /* profile-id -> Learn */
  GBinding             *browser_binding;   /* profile-id -> Browse, once started */
};

G_DEFINE_FINAL_TYPE (NcWindow, nc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROFILE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* The name of the area on show: "learn", "browse" or "parents". */
const char *
nc_window_get_visible_area (NcWindow *self)
{
  g_return_val_if_fail (NC_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

/* The Learn area, e.g. to open the lesson a warning links to. */
NcLearnView *
nc_window_get_learn_view (NcWindow *self)
{
  g_return_val_if_fail (NC_IS_WINDOW (self), NULL);
  return self->learn_view;
}

static void
show_area_activated_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NcWindow *self = NC_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));
}

/* "win.open-lesson" (s): shows the Learn area with the lesson a warning
 * links to ("Learn why"): a lesson id from the guard, or a Code reference
 * id ("3.1" from the rules banner, "4.4" from the share reminder), which
 * opens the lesson that teaches that rule most. */
static void
open_lesson_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NcWindow *self = NC_WINDOW (widget);

  if (nc_learn_view_open_lesson (self->learn_view, g_variant_get_string (parameter, NULL)))
    adw_view_stack_set_visible_child_name (self->stack, "learn");
}

/* Without its settings NetConduct must not guess (children fail closed):
 * every area gives way to the error, which says what to do. */
static void
show_store_error (NcWindow     *self,
                  const GError *error)
{
  const char *areas[] = { "learn", "browse", "parents" };
  g_autofree char *description = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->stack, areas[i]);
      adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack, child), FALSE);
    }

  description = g_strdup_printf ("%s\n\n%s", error->message,
                                 _("Ask the person who set up this computer to repair or "
                                   "restore the settings, or start NetConduct with "
                                   "--database and another file."));
  adw_status_page_set_description (self->store_error_page, description);
  adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack,
                                                            GTK_WIDGET (self->store_error_page)),
                                   TRUE);
  adw_view_stack_set_visible_child_name (self->stack, "store-error");
}

/* The first time the Browse area shows, the browser starts. */
static void
visible_area_changed_cb (AdwViewStack *stack,
                         GParamSpec   *pspec,
                         NcWindow     *self)
{
  if (self->browser_started || self->store == NULL ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "browse") != 0)
    return;
  self->browser_started = TRUE;
  /* From now on Browse applies the rules of the child at the computer
   * (the strictest ones while nobody is chosen). */
  nc_browser_view_set_profile (self->browser_view, self->store, self->profile_id);
  self->browser_binding = g_object_bind_property (self, "profile-id",
                                                  self->browser_view, "profile-id", G_BINDING_DEFAULT);
}

/*
 * The main window of @application on @store, or, when the store could not
 * be opened, one that shows @store_error and nothing else. Its
 * NcWindow:profile-id (the child at the computer) is the caller's to keep
 * up to date.
 */
NcWindow *
nc_window_new (GtkApplication *application,
               NcStore        *store,
               const GError   *store_error)
{
  NcWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store != NULL || store_error != NULL, NULL);

  self = g_object_new (NC_TYPE_WINDOW, "application", application, NULL);
  if (store_error != NULL)
    {
      show_store_error (self, store_error);
    }
  else
    {
      self->store = g_object_ref (store);
      /* Browse takes the rules from the application's source (family
       * mode's or the store's): NcApplication:rules-source. */
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (application), "rules-source") != NULL)
        {
          g_autoptr(NcRulesSource) source = NULL;

          g_object_get (application, "rules-source", &source, NULL);
          nc_browser_view_set_rules_source (self->browser_view, source);
        }
      /* Learn saves progress for the child at the computer. */
      g_object_set (self->learn_view, "store", store, NULL);
      self->learner_binding = g_object_bind_property (self, "profile-id",
                                                      self->learn_view, "profile-id", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->stack, "notify::visible-child-name",
                               G_CALLBACK (visible_area_changed_cb), self, 0);
      visible_area_changed_cb (self->stack, NULL, self);
    }

  return self;
}

static void
nc_window_dispose (GObject *object)
{
  NcWindow *self = NC_WINDOW (object);

  /* The application outlives the window: no more updates to its views. */
  g_clear_pointer (&self->learner_binding, g_binding_unbind);
  g_clear_pointer (&self->browser_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nc_window_parent_class)->dispose (object);
}

static void
nc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NcWindow *self = NC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE_ID:
      g_value_set_int64 (value, self->profile_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  NcWindow *self = NC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE_ID:
      if (self->profile_id != g_value_get_int64 (value))
        {
          self->profile_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_window_class_init (NcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_window_dispose;
  object_class->get_property = nc_window_get_property;
  object_class->set_property = nc_window_set_property;

  /* The child at the computer (0: nobody chosen), for Learn and Browse. */
  properties[PROP_PROFILE_ID] =
    g_param_spec_int64 ("profile-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NC_TYPE_LEARN_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NcWindow, store_error_page);
  gtk_widget_class_bind_template_child (widget_class, NcWindow, learn_view);
  gtk_widget_class_bind_template_child (widget_class, NcWindow, browser_view);

  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", "s", open_lesson_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-area", "s", "learn");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-area", "s", "browse");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-area", "s", "parents");
}

static void
nc_window_init (NcWindow *self)
{
  g_type_ensure (NC_TYPE_BROWSER_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}
