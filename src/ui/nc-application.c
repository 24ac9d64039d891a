/* nc-application.c — the NetConduct application
 *
 * Owns what every window shares: the settings database. Opens it at start-up
 * from --database, $NETCONDUCT_DATABASE or the XDG data folder.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-application.h"
#include "nc-classroom-window.h"
#include "nc-paths.h"
#include "nc-window.h"

struct _NcApplication
{
  AdwApplication  parent_instance;

  char           *database_option;
  NcStore        *store;
  GError         *store_error;
};

G_DEFINE_FINAL_TYPE (NcApplication, nc_application, ADW_TYPE_APPLICATION)

NcApplication *
nc_application_new (void)
{
  return g_object_new (NC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/netconduct/NetConduct",
                       NULL);
}

/* The open database, or NULL when it could not be opened (see
 * nc_application_get_store_error()). */
NcStore *
nc_application_get_store (NcApplication *self)
{
  g_return_val_if_fail (NC_IS_APPLICATION (self), NULL);
  return self->store;
}

const GError *
nc_application_get_store_error (NcApplication *self)
{
  g_return_val_if_fail (NC_IS_APPLICATION (self), NULL);
  return self->store_error;
}

static int
nc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  NcApplication *self = NC_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("netconduct %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^ay", &self->database_option);

  return G_APPLICATION_CLASS (nc_application_parent_class)->handle_local_options (app, options);
}

static void
nc_application_startup (GApplication *app)
{
  NcApplication *self = NC_APPLICATION (app);
  g_autofree char *path = NULL;

  G_APPLICATION_CLASS (nc_application_parent_class)->startup (app);

  path = nc_paths_resolve_database (self->database_option);
  self->store = nc_store_open (path, &self->store_error);
  if (self->store == NULL)
    g_message ("%s", self->store_error->message);
}

static void
nc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (nc_window_new (NC_APPLICATION (app)));

  gtk_window_present (window);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The NetConduct team", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("NetConduct"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The NetConduct team"),
                        "version", PACKAGE_VERSION,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments",
                        _("Learn Vietnam’s Code of Conduct on Social Networks and "
                          "live by it while you browse."),
                        NULL);

  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("The Code of Conduct"),
                                      _("Bộ Quy tắc ứng xử trên mạng xã hội, issued with "
                                        "Decision 874/QĐ-BTTTT of the Ministry of Information "
                                        "and Communications on 17 June 2021 (the ministry has "
                                        "since been merged into the Ministry of Science and "
                                        "Technology). The Code recommends conduct; it does not "
                                        "replace the law. NetConduct is not an official "
                                        "publication."),
                                      GTK_LICENSE_UNKNOWN, NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The teacher's Classroom: one window, raised when already open. */
static void
classroom_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (NC_IS_CLASSROOM_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }
  gtk_window_present (GTK_WINDOW (nc_classroom_window_new (app)));
}

static const GActionEntry app_actions[] = {
  { "about", about_activated_cb },
  { "classroom", classroom_activated_cb },
  { "quit", quit_activated_cb },
};

static void
nc_application_finalize (GObject *object)
{
  NcApplication *self = NC_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->database_option, g_free);

  G_OBJECT_CLASS (nc_application_parent_class)->finalize (object);
}

static void
nc_application_class_init (NcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = nc_application_finalize;
  app_class->handle_local_options = nc_application_handle_local_options;
  app_class->startup = nc_application_startup;
  app_class->activate = nc_application_activate;
}

static void
nc_application_init (NcApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the settings database at PATH (default: $NETCONDUCT_DATABASE, "
         "else the XDG data folder)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };
  const char *quit_accels[] = { "<Control>q", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn the Code of Conduct on Social Networks and browse safely."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}
