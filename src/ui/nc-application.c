/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-application.c — the NetConduct application
 *
 * Owns what every window shares: the settings database (:store) and the
 * profile in use (:profile-id), properties the views bind to. Opens the database at start-up from --database, $NETCONDUCT_DATABASE
 * or the XDG data folder, and applies its interface language.
 *
 * Start-up flow: while nothing is set up (no profile, first run not done)
 * activating shows the setup assistant; afterwards the main window, and over
 * it the profile chooser when more than one child has a profile.
 * app.open-parents puts the PIN gate in front of the parents' area.
 *
 * The rules source (:rules-source, nc-rules-source.h) is chosen once at
 * start-up: the family service's when it runs and this account is a
 * child's (family mode: no setup assistant, no profile chooser; the store
 * keeps only lesson progress, for a learner profile of its own), else the
 * store's (home mode, as always).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-application.h"
#include "nc-classroom-window.h"
#include "nc-language.h"
#include "nc-parents-window.h"
#include "nc-rules-editor-family.h"
#include "nc-paths.h"
#include "nc-pin-gate.h"
#include "nc-profile-chooser.h"
#include "nc-rules-source-family.h"
#include "nc-rules-source-store.h"
#include "nc-session-notices.h"
#include "nc-setup-assistant.h"
#include "nc-window.h"

struct _NcApplication
{
  AdwApplication  parent_instance;

  char           *database_option;
  NcStore        *store;
  GError         *store_error;
  NcRulesSource  *rules_source;  /* NULL without a store */
  gint64          profile_id;    /* 0 = none chosen yet */
  guint           check_profile_source;
  NcSessionNotices *session_notices;  /* family mode's whole-session time */
};

G_DEFINE_FINAL_TYPE (NcApplication, nc_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_PROFILE_ID,
  PROP_STORE,
  PROP_RULES_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* Where the rules, the PIN, time and activity go: the family service in
 * family mode, else the store. NULL when the store could not be opened. */
NcRulesSource *
nc_application_get_rules_source (NcApplication *self)
{
  g_return_val_if_fail (NC_IS_APPLICATION (self), NULL);
  return self->rules_source;
}

static gboolean
is_family (NcApplication *self)
{
  return self->rules_source != NULL && nc_rules_source_is_family (self->rules_source);
}

const GError *
nc_application_get_store_error (NcApplication *self)
{
  g_return_val_if_fail (NC_IS_APPLICATION (self), NULL);
  return self->store_error;
}

/* The id of the profile (child) using the computer, or 0 before one is
 * chosen. Areas that depend on it listen to notify::profile-id. */
gint64
nc_application_get_profile_id (NcApplication *self)
{
  g_return_val_if_fail (NC_IS_APPLICATION (self), 0);
  return self->profile_id;
}

void
nc_application_set_profile_id (NcApplication *self,
                               gint64         profile_id)
{
  g_return_if_fail (NC_IS_APPLICATION (self));

  if (self->profile_id == profile_id)
    return;
  self->profile_id = profile_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE_ID]);
}

/* TRUE until a parent went through the setup assistant (or an
 * administrator created profiles with netconductctl). */
gboolean
nc_application_needs_setup (NcApplication *self)
{
  g_autoptr(GPtrArray) profiles = NULL;

  g_return_val_if_fail (NC_IS_APPLICATION (self), FALSE);

  if (self->store == NULL || is_family (self) || nc_store_get_boolean (self->store, NC_SETTING_FIRST_RUN_DONE, FALSE))
    return FALSE;
  profiles = nc_store_list_profiles (self->store, NULL);
  return profiles == NULL || profiles->len == 0;
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

/* A parent removed the profile in use: nobody is chosen any more, so the
 * browser falls back to the strictest rules and nothing is saved. Checked
 * from an idle callback, after the store's writer (e.g. "Erase
 * everything", which then restarts the setup) has finished. */
static gboolean
check_profile_exists_cb (gpointer user_data)
{
  NcApplication *self = NC_APPLICATION (user_data);
  g_autoptr(NcProfile) profile = NULL;

  self->check_profile_source = 0;
  if (self->profile_id == 0 || self->store == NULL)
    return G_SOURCE_REMOVE;
  profile = nc_store_get_profile (self->store, self->profile_id, NULL);
  if (profile == NULL)
    nc_application_set_profile_id (self, 0);
  return G_SOURCE_REMOVE;
}

static void
store_profiles_changed_cb (NcStore       *store,
                           const char    *what,
                           NcApplication *self)
{
  if (self->profile_id != 0 && self->check_profile_source == 0)
    self->check_profile_source = g_idle_add_full (G_PRIORITY_DEFAULT, check_profile_exists_cb, self, NULL);
}

/* Family mode: the rules are the service's, but lessons are saved in this
 * account's store, for a learner profile of its own (made once, with the
 * age band of the service's rules). 0 when it cannot be made: lessons
 * are then not saved. */
static gint64
learner_profile (NcApplication *self)
{
  g_autoptr(GPtrArray) profiles = nc_store_list_profiles (self->store, NULL);
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = g_get_real_name ();
  gint64 id;

  if (profiles != NULL && profiles->len > 0)
    return ((NcProfile *) g_ptr_array_index (profiles, 0))->id;
  rules = nc_rules_source_get_rules (self->rules_source, 0, NULL);
  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  id = nc_store_add_profile (self->store, name, NULL,
                             rules != NULL ? nc_profile_rules_get_age_band (rules) : NC_AGE_BAND_6_9, &error);
  if (id == 0)
    g_message ("Lessons will not be saved: %s", error->message);
  return id;
}

static void
nc_application_startup (GApplication *app)
{
  NcApplication *self = NC_APPLICATION (app);
  g_autoptr(NcRulesSource) home = NULL;
  g_autofree char *path = NULL;
  g_autofree char *language = NULL;

  G_APPLICATION_CLASS (nc_application_parent_class)->startup (app);
  self->session_notices = nc_session_notices_new (app);

  path = nc_paths_resolve_database (self->database_option);
  self->store = nc_store_open (path, &self->store_error);
  if (self->store == NULL)
    {
      g_message ("%s", self->store_error->message);
      return;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  g_signal_connect_object (self->store, "changed::profiles",
                           G_CALLBACK (store_profiles_changed_cb), self, 0);

  home = nc_rules_source_store_new (self->store);
  self->rules_source = nc_rules_source_choose (home);
  if (is_family (self))
    {
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "choose-profile")),
                                   FALSE);
      nc_application_set_profile_id (self, learner_profile (self));
    }

  language = nc_store_get_string (self->store, NC_SETTING_UI_LANGUAGE, "");
  if (language != NULL && *language != '\0')
    nc_language_apply (language);
}

static GtkWindow *
find_window (NcApplication *self,
             GType          type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

/* The Learn area in front of the child or not: in family mode its time does
 * not count against the whole-session limit (nc-session-notices.h). Only
 * while the window is the active one: a Learn page left open behind a game
 * or a minimised window is not learning. */
static void
report_learning (NcApplication *self,
                 GtkRoot       *root)
{
  gboolean learning = FALSE;

  if (NC_IS_WINDOW (root))
    learning = gtk_window_is_active (GTK_WINDOW (root))
               && gtk_widget_get_mapped (GTK_WIDGET (nc_window_get_learn_view (NC_WINDOW (root))));
  nc_session_notices_set_learning (self->session_notices, learning);
}

static void
learn_mapped_cb (GtkWidget     *learn_view,
                 NcApplication *self)
{
  report_learning (self, gtk_widget_get_root (learn_view));
}

static void
window_active_cb (GtkWindow     *window,
                  GParamSpec    *pspec,
                  NcApplication *self)
{
  report_learning (self, GTK_ROOT (window));
}

/* The main window, which follows the child at the computer. */
static GtkWindow *
new_main_window (NcApplication *self)
{
  NcWindow *window = nc_window_new (GTK_APPLICATION (self), self->store, self->store_error);
  GtkWidget *learn_view = GTK_WIDGET (nc_window_get_learn_view (window));

  g_object_bind_property (self, "profile-id", window, "profile-id", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (learn_view, "map", G_CALLBACK (learn_mapped_cb), self, G_CONNECT_AFTER);
  g_signal_connect_object (learn_view, "unmap", G_CALLBACK (learn_mapped_cb), self, G_CONNECT_AFTER);
  g_signal_connect_object (window, "notify::is-active", G_CALLBACK (window_active_cb), self, 0);
  return GTK_WINDOW (window);
}

/* A child's profile may speak its own language: switch to it, and rebuild
 * the main window so that it speaks it too. */
static void
apply_profile_language (NcApplication *self,
                        gint64         profile_id)
{
  g_autoptr(NcProfile) profile = nc_store_get_profile (self->store, profile_id, NULL);
  g_autofree char *language = NULL;
  GtkWindow *window;

  if (profile != NULL && profile->language != NULL && *profile->language != '\0')
    language = g_strdup (profile->language);
  else
    language = nc_store_get_string (self->store, NC_SETTING_UI_LANGUAGE, "");

  if (language == NULL || *language == '\0' || g_strcmp0 (language, nc_language_get_current ()) == 0)
    return;

  nc_language_apply (language);
  window = find_window (self, NC_TYPE_WINDOW);
  if (window != NULL)
    {
      GtkWindow *rebuilt = new_main_window (self);

      gtk_window_present (rebuilt);
      gtk_window_destroy (window);
    }
}

static void
profile_chosen_cb (NcProfileChooser *chooser,
                   gint64            profile_id,
                   NcApplication    *self)
{
  apply_profile_language (self, profile_id);
  nc_application_set_profile_id (self, profile_id);
}

/* Picks the profile in use: the only one, or the child's choice. */
static void
choose_profile (NcApplication *self,
                GtkWindow     *window,
                gboolean       always_ask)
{
  g_autoptr(GPtrArray) profiles = NULL;
  NcProfileChooser *chooser;

  if (self->store == NULL)
    return;
  profiles = nc_store_list_profiles (self->store, NULL);
  if (profiles == NULL || profiles->len == 0 || is_family (self))
    return;
  if (profiles->len == 1 && !always_ask)
    {
      nc_application_set_profile_id (self, ((NcProfile *) g_ptr_array_index (profiles, 0))->id);
      return;
    }

  chooser = NC_PROFILE_CHOOSER (find_window (self, NC_TYPE_PROFILE_CHOOSER));
  if (chooser == NULL)
    {
      chooser = nc_profile_chooser_new (window, self->store);
      gtk_window_set_application (GTK_WINDOW (chooser), GTK_APPLICATION (self));
      g_signal_connect_object (chooser, "chosen", G_CALLBACK (profile_chosen_cb), self, 0);
    }
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
nc_application_activate (GApplication *app)
{
  NcApplication *self = NC_APPLICATION (app);
  GtkWindow *window;

  if (nc_application_needs_setup (self))
    {
      window = find_window (self, NC_TYPE_SETUP_ASSISTANT);
      if (window == NULL)
        window = GTK_WINDOW (nc_setup_assistant_new (GTK_APPLICATION (self), self->store));
      gtk_window_present (window);
      return;
    }

  window = find_window (self, NC_TYPE_WINDOW);
  if (window == NULL)
    window = new_main_window (self);
  gtk_window_present (window);

  if (self->profile_id == 0)
    choose_profile (self, window, FALSE);
}

/* After everything was erased: closes every window and starts again with
 * the setup assistant. */
void
nc_application_restart_setup (NcApplication *self)
{
  GList *windows;

  g_return_if_fail (NC_IS_APPLICATION (self));

  /* Keep the application alive while it has no window. */
  g_application_hold (G_APPLICATION (self));
  nc_application_set_profile_id (self, 0);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
  g_application_activate (G_APPLICATION (self));
  g_application_release (G_APPLICATION (self));
}

static void
choose_profile_activated_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  NcApplication *self = NC_APPLICATION (user_data);

  choose_profile (self, gtk_application_get_active_window (GTK_APPLICATION (self)), TRUE);
}

/* The profiles are new: ask again who is using the computer. */
static void
settings_replaced_cb (NcParentsWindow *parents,
                      NcApplication   *self)
{
  nc_application_set_profile_id (self, 0);
  g_application_activate (G_APPLICATION (self));
}

static gboolean
restart_setup_cb (gpointer user_data)
{
  nc_application_restart_setup (NC_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

/* Nothing is set up any more: start again with the setup assistant, once
 * the parents' dialog is done (restarting closes every window). */
static void
erased_cb (NcParentsWindow *parents,
           NcApplication   *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, restart_setup_cb, g_object_ref (self), g_object_unref);
}

static void
parents_unlocked_cb (NcPinGate     *gate,
                     NcApplication *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (gate));
  NcParentsWindow *parents = nc_parents_window_new (parent, self->store);
  /* The family service's editor on the connection the gate just unlocked,
   * or the store's. */
  g_autoptr(NcRulesEditor) editor = nc_rules_editor_choose (self->rules_source, self->store);

  nc_parents_window_set_editor (parents, editor);
  nc_parents_window_set_family_mode (parents, is_family (self));
  nc_parents_window_set_family_source (parents, self->rules_source);
  gtk_window_set_application (GTK_WINDOW (parents), GTK_APPLICATION (self));
  g_signal_connect_object (parents, "settings-replaced", G_CALLBACK (settings_replaced_cb), self, 0);
  g_signal_connect_object (parents, "erased", G_CALLBACK (erased_cb), self, 0);
  gtk_window_present (GTK_WINDOW (parents));
}

/* The parents' area, behind the PIN gate. */
static void
open_parents_activated_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  NcApplication *self = NC_APPLICATION (user_data);
  GtkWindow *parent = GTK_WINDOW (find_window (self, NC_TYPE_WINDOW));
  GtkWindow *gate;

  if (self->store == NULL)
    return;

  /* Already unlocked and open: bring it forward. */
  gate = find_window (self, NC_TYPE_PARENTS_WINDOW);
  if (gate != NULL)
    {
      gtk_window_present (gate);
      return;
    }

  gate = find_window (self, NC_TYPE_PIN_GATE);
  if (gate == NULL)
    {
      gate = GTK_WINDOW (nc_pin_gate_new_with_source (parent, self->store, self->rules_source));
      gtk_window_set_application (gate, GTK_APPLICATION (self));
      g_signal_connect_object (gate, "unlocked", G_CALLBACK (parents_unlocked_cb), self, 0);
    }
  gtk_window_present (gate);
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
  NcApplication *self = NC_APPLICATION (user_data);
  GtkWindow *window = find_window (self, NC_TYPE_CLASSROOM_WINDOW);

  if (window == NULL)
    window = GTK_WINDOW (nc_classroom_window_new (GTK_APPLICATION (self)));
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "about", about_activated_cb },
  { "classroom", classroom_activated_cb },
  { "open-parents", open_parents_activated_cb },
  { "choose-profile", choose_profile_activated_cb },
  { "quit", quit_activated_cb },
};

static void
nc_application_finalize (GObject *object)
{
  NcApplication *self = NC_APPLICATION (object);

  g_clear_handle_id (&self->check_profile_source, g_source_remove);
  g_clear_object (&self->rules_source);
  g_clear_object (&self->session_notices);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->database_option, g_free);

  G_OBJECT_CLASS (nc_application_parent_class)->finalize (object);
}

static void
nc_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NcApplication *self = NC_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_PROFILE_ID:
      g_value_set_int64 (value, self->profile_id);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_RULES_SOURCE:
      g_value_set_object (value, self->rules_source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NcApplication *self = NC_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_PROFILE_ID:
      nc_application_set_profile_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_application_class_init (NcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = nc_application_finalize;
  object_class->get_property = nc_application_get_property;
  object_class->set_property = nc_application_set_property;

  /* The child at the computer; 0 before one is chosen. The views bind to it. */
  properties[PROP_PROFILE_ID] =
    g_param_spec_int64 ("profile-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The settings database, opened at start-up; NULL when it cannot be
   * opened (see nc_application_get_store_error()). The views bind to it. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NC_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Where the rules come from, chosen at start-up (NULL without a store). */
  properties[PROP_RULES_SOURCE] =
    g_param_spec_object ("rules-source", NULL, NULL, NC_TYPE_RULES_SOURCE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
