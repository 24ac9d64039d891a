/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window.c — the parents' area, behind the PIN gate
 *
 * An AdwPreferencesWindow with six pages: Children, Web, Time, Activity,
 * Security and Data. Every control writes through the window's
 * NcRulesEditor at once (there is no Save button): the store in home mode,
 * the family service in family mode (nc_rules_editor_choose()). Every page
 * is rebuilt when the editor emits "changed", so a change made in one
 * window (or, in family mode, anywhere) shows at once in every other open
 * window. A change that fails says why (a toast; a dialog when the family
 * service refuses it or cannot be reached) and the page is read again, so
 * the controls show the real values. While a page is being
 * filled, self->loading is set and the controls' handlers write nothing.
 *
 * Settings that an administrator's policy file sets are shown insensitive
 * with "Set by your administrator".
 *
 * The window closes itself after IDLE_CLOSE_SECONDS without a key press,
 * click or pointer move, so that a parents' area left open does not stay
 * open for a child: the next visit goes through the PIN gate again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-parents-window-private.h"
#include "nc-rules-editor-store.h"
#include "nc-ui-dialog.h"

G_DEFINE_FINAL_TYPE (NcParentsWindow, nc_parents_window, ADW_TYPE_PREFERENCES_WINDOW)

#define IDLE_CLOSE_SECONDS (10 * 60)

/* ---- Helpers ------------------------------------------------------------ */

/* The family service refused a change, or cannot be reached: a dialog
 * says so in full (a toast would cut the words short) and what to do. One
 * dialog at a time: a second refusal replaces the first one's words. */
static void
show_refusal (NcParentsWindow *self,
              const char      *message)
{
  if (self->refusal != NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self->refusal), message);
      return;
    }
  self->refusal = nc_ui_dialog_tell (GTK_WINDOW (self), _("Nothing Was Changed"), message);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self->refusal), TRUE);
  g_object_add_weak_pointer (G_OBJECT (self->refusal), (gpointer *) &self->refusal);
}

void
nc_parents_window_show_error (NcParentsWindow *self,
                              const GError    *error)
{
  if (error->domain == NC_RULES_EDITOR_ERROR)
    show_refusal (self, error->message);
  else if (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("This setting is set by your administrator.")));
  else
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_set_timeout (toast, 6);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
    }
}

void
nc_parents_window_toast (NcParentsWindow *self,
                         const char      *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

/* Makes @row insensitive with "Set by your administrator" when @key is
 * locked by a policy file, else gives it @subtitle. */
void
nc_parents_window_apply_lock (NcParentsWindow *self,
                              GtkWidget       *row,
                              const char      *key,
                              const char      *subtitle)
{
  gboolean locked = nc_store_is_locked (self->store, key);

  gtk_widget_set_sensitive (row, !locked);
  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 locked ? _("Set by your administrator") : (subtitle ? subtitle : ""));
}

void
nc_parents_window_clear_rows (AdwPreferencesGroup *group,
                              GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

NcProfile *
nc_parents_window_profile_at (NcParentsWindow *self,
                              guint            index)
{
  return index < self->profiles->len ? g_ptr_array_index (self->profiles, index) : NULL;
}

NcProfile *
nc_parents_window_profile_by_id (NcParentsWindow *self,
                                 gint64           id)
{
  for (guint i = 0; i < self->profiles->len; i++)
    {
      NcProfile *profile = g_ptr_array_index (self->profiles, i);
      if (profile->id == id)
        return profile;
    }
  return NULL;
}

/* A row, switch or dialog about one child carries that child's profile id:
 * _tie_profile() sets it, _tied_profile_id() reads it (0: none), and
 * _tied_profile() finds the profile as last loaded (NULL when it is gone). */
void
nc_parents_window_tie_profile (gpointer object,
                               gint64   id)
{
  g_object_set_data (G_OBJECT (object), "profile-id", GSIZE_TO_POINTER (id));
}

gint64
nc_parents_window_tied_profile_id (gpointer object)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (object), "profile-id"));
}

NcProfile *
nc_parents_window_tied_profile (NcParentsWindow *self,
                                gpointer         object)
{
  return nc_parents_window_profile_by_id (self, nc_parents_window_tied_profile_id (object));
}

/* The profile chosen on the Web page, or NULL for "Every child". */
NcProfile *
nc_parents_window_web_profile (NcParentsWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->web_profile_row);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL : nc_parents_window_profile_at (self, selected - 1);
}

NcProfile *
nc_parents_window_time_profile (NcParentsWindow *self)
{
  return nc_parents_window_profile_at (self, adw_combo_row_get_selected (self->time_profile_row));
}

/* Fills @row's model with the profile names (after "Every Child" when
 * @everyone), keeping the same profile selected when it is still there. */
static void
fill_profile_combo (NcParentsWindow *self,
                    AdwComboRow     *row,
                    gboolean         everyone,
                    gint64           keep_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint select = 0;

  if (everyone)
    gtk_string_list_append (names, _("Every Child"));
  for (guint i = 0; i < self->profiles->len; i++)
    {
      NcProfile *profile = g_ptr_array_index (self->profiles, i);

      if (profile->id == keep_id)
        select = i + (everyone ? 1 : 0);
      gtk_string_list_append (names, profile->name);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, select);
}

gint64
nc_parents_window_combo_profile_id (NcParentsWindow *self,
                                    AdwComboRow     *row,
                                    gboolean         everyone)
{
  guint selected = adw_combo_row_get_selected (row);
  NcProfile *profile;

  if (everyone)
    {
      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
        return NC_PROFILE_EVERYONE;
      selected--;
    }
  profile = nc_parents_window_profile_at (self, selected);
  return profile ? profile->id : -1;
}

/* Shows why a change failed (@error) and puts the controls back to the
 * real values; FALSE, for the caller's return. */
gboolean
nc_parents_window_change_failed (NcParentsWindow *self,
                                 const GError    *error)
{
  nc_parents_window_show_error (self, error);
  nc_parents_window_refresh_all (self);
  return FALSE;
}

gboolean
nc_parents_window_save_profile (NcParentsWindow *self,
                                const NcProfile *profile)
{
  g_autoptr(GError) error = NULL;

  if (!nc_rules_editor_update_profile (self->editor, profile, &error))
    return nc_parents_window_change_failed (self, error);
  return TRUE;
}

/* ---- The window ------------------------------------------------------- */

static void
reload_profiles (NcParentsWindow *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *profiles = nc_rules_editor_list_profiles (self->editor, &error);
  gint64 web_id = nc_parents_window_combo_profile_id (self, self->web_profile_row, TRUE);
  gint64 time_id = nc_parents_window_combo_profile_id (self, self->time_profile_row, FALSE);
  gint64 activity_id = nc_parents_window_combo_profile_id (self, self->activity_profile_row, TRUE);

  if (profiles == NULL)
    {
      nc_parents_window_show_error (self, error);
      return;
    }
  g_ptr_array_unref (self->profiles);
  self->profiles = profiles;

  self->loading++;
  fill_profile_combo (self, self->web_profile_row, TRUE, web_id);
  fill_profile_combo (self, self->time_profile_row, FALSE, time_id);
  fill_profile_combo (self, self->activity_profile_row, TRUE, activity_id);
  /* On first opening, show the first child rather than "every child". */
  if (web_id < 0 && self->profiles->len > 0)
    adw_combo_row_set_selected (self->web_profile_row, 1);
  self->loading--;
}

void
nc_parents_window_refresh_all (NcParentsWindow *self)
{
  reload_profiles (self);
  nc_parents_window_refresh_children (self);
  nc_parents_window_refresh_web (self);
  nc_parents_window_refresh_time (self);
  nc_parents_window_refresh_activity (self);
  nc_parents_window_refresh_security (self);
  nc_parents_window_refresh_data (self);
}

/* The rules changed, from this window or elsewhere: rebuild what shows
 * them. */
static void
editor_changed_cb (NcRulesEditor   *editor,
                   const char      *what,
                   NcParentsWindow *self)
{
  if (g_strcmp0 (what, "profiles") == 0)
    nc_parents_window_refresh_all (self);
  else if (g_strcmp0 (what, "lists") == 0)
    nc_parents_window_refresh_web (self);
  else if (g_strcmp0 (what, "time") == 0)
    {
      nc_parents_window_refresh_time (self);
      nc_parents_window_refresh_activity (self);
    }
  else if (g_strcmp0 (what, "activity") == 0)
    nc_parents_window_refresh_activity (self);
  else if (g_strcmp0 (what, "pin") == 0)
    nc_parents_window_refresh_security (self);
  else if (g_strcmp0 (what, "settings") == 0)
    {
      nc_parents_window_refresh_security (self);
      nc_parents_window_refresh_data (self);
    }
  else
    nc_parents_window_refresh_all (self);
}

/* The parents' area for @store, changing it (home mode) until
 * nc_parents_window_set_editor(). Open it only after the PIN gate. */
NcParentsWindow *
nc_parents_window_new (GtkWindow *parent,
                       NcStore   *store)
{
  NcParentsWindow *self;
  g_autoptr(NcRulesEditor) editor = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  self = g_object_new (NC_TYPE_PARENTS_WINDOW, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);
  editor = nc_rules_editor_store_new (store);
  nc_parents_window_set_editor (self, editor);
  nc_parents_window_set_family_mode (self, FALSE);

  return self;
}

/* What @editor cannot change is hidden or off: a profile's name, language
 * and removal (Children), imported lists (Web), the app's own setting and
 * the count of wrong tries (Security), the Data page. */
static void
apply_features (NcParentsWindow *self)
{
  gboolean data = nc_rules_editor_can (self->editor, NC_RULES_EDITOR_DATA);

  gtk_widget_set_visible (GTK_WIDGET (self->categories_group),
                          nc_rules_editor_can (self->editor, NC_RULES_EDITOR_IMPORT_LISTS));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parents.import-list",
                                 nc_rules_editor_can (self->editor, NC_RULES_EDITOR_IMPORT_LISTS));
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->pin_for_older_row), ADW_TYPE_PREFERENCES_GROUP),
                          nc_rules_editor_can (self->editor, NC_RULES_EDITOR_APP_SETTINGS));
  gtk_widget_set_sensitive (self->data_page, data);
}

/* Every change and every rule shown go through @editor from now on (the
 * family service's: nc_rules_editor_choose()). */
void
nc_parents_window_set_editor (NcParentsWindow *self,
                              NcRulesEditor   *editor)
{
  g_return_if_fail (NC_IS_PARENTS_WINDOW (self));
  g_return_if_fail (NC_IS_RULES_EDITOR (editor));

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_set_object (&self->editor, editor);
  g_signal_connect_object (editor, "changed", G_CALLBACK (editor_changed_cb), self, 0);
  apply_features (self);
  nc_parents_window_refresh_all (self);
}

/* Says where the settings live. Home mode: in this account, what a child
 * with this account could do to them, and how to turn on family mode.
 * Family mode (@family): in the family service, which this account cannot
 * change, and that this window changes them there (with the PIN). What
 * can be changed follows the editor (nc_parents_window_set_editor()). */
void
nc_parents_window_set_family_mode (NcParentsWindow *self,
                                   gboolean         family)
{
  g_return_if_fail (NC_IS_PARENTS_WINDOW (self));

  if (family)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->mode_row), _("Family Mode: the Rules Live in the Family Service"));
      adw_action_row_set_subtitle (self->mode_row,
                                   _("This is a child’s account in family mode. The rules, the PIN, the time used "
                                     "and the activity are kept by the NetConduct family service on this computer, "
                                     "which this account cannot change or delete. The changes you make here go to "
                                     "the service, which checked your PIN: it lets this window change the rules for "
                                     "ten minutes. An administrator can also use “netconductctl family”. Only lesson "
                                     "progress and window settings stay in this account."));
      gtk_image_set_from_icon_name (self->mode_icon, "channel-secure-symbolic");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->mode_row), _("Home Mode: the Settings Live in This Account"));
      adw_action_row_set_subtitle (self->mode_row,
                                   _("Every setting here, the PIN and the activity are kept in one file in this "
                                     "computer account (~/.local/share/netconduct/netconduct.db). Anyone who uses "
                                     "this account, a child too, can delete that file and start again with no rules "
                                     "and a PIN of their own, or edit it to change their own limits. That is fine "
                                     "for self-study or a shared account. On a child’s own account, turn on family "
                                     "mode: an administrator installs the NetConduct package with its family "
                                     "service, then runs “sudo netconductctl family enable” in this account and "
                                     "“sudo netconductctl family add-child ACCOUNT --profile NAME”. The rules then "
                                     "live where the child’s account cannot change them."));
      gtk_image_set_from_icon_name (self->mode_icon, "dialog-warning-symbolic");
    }
}

static void
activity_seen_cb (NcParentsWindow *self)
{
  self->last_activity = g_get_monotonic_time ();
}

static gboolean
idle_check_cb (gpointer user_data)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (user_data);

  if (g_get_monotonic_time () - self->last_activity < IDLE_CLOSE_SECONDS * G_USEC_PER_SEC)
    return G_SOURCE_CONTINUE;

  self->idle_check_id = 0;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
watch_activity (NcParentsWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (activity_seen_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (activity_seen_cb), self);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (activity_seen_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->last_activity = g_get_monotonic_time ();
  self->idle_check_id = g_timeout_add_seconds (30, idle_check_cb, self);
}

static void
nc_parents_window_dispose (GObject *object)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (object);

  g_clear_handle_id (&self->idle_check_id, g_source_remove);
  if (self->refusal != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->refusal), (gpointer *) &self->refusal);
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->refusal)));
    }
  g_cancellable_cancel (self->family_cancellable);
  g_clear_object (&self->family_cancellable);
  g_clear_object (&self->family_source);

  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_PARENTS_WINDOW);
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_object (&self->editor);
  g_clear_object (&self->store);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_clear_pointer (&self->allow_rows, g_ptr_array_unref);
  g_clear_pointer (&self->block_rows, g_ptr_array_unref);
  g_clear_pointer (&self->subject_rows, g_ptr_array_unref);
  g_clear_pointer (&self->category_rows, g_ptr_array_unref);
  g_clear_pointer (&self->post_anyway_rows, g_ptr_array_unref);
  g_clear_pointer (&self->policy_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (nc_parents_window_parent_class)->dispose (object);
}

static void
nc_parents_window_class_init (NcParentsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_parents_window_dispose;

  /* The settings were loaded from a file: the profiles are new, so the
   * application asks again who is using the computer. */
  g_signal_new ("settings-replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Everything was erased: the application starts again with the setup
   * (emitted from the dialog: restart once it is done). */
  g_signal_new ("erased", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (NC_TYPE_BAR_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-parents-window.ui");
  nc_parents_window_children_class_init (widget_class);
  nc_parents_window_web_class_init (widget_class);
  nc_parents_window_time_class_init (widget_class);
  nc_parents_window_family_class_init (widget_class);
  nc_parents_window_security_class_init (widget_class);
  nc_parents_window_data_class_init (widget_class);

}

static void
nc_parents_window_init (NcParentsWindow *self)
{
  self->profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_profile_free);
  self->allow_rows = g_ptr_array_new ();
  self->block_rows = g_ptr_array_new ();
  self->subject_rows = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();
  self->post_anyway_rows = g_ptr_array_new ();
  self->policy_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading++;
  nc_parents_window_web_init (self);
  nc_parents_window_time_init (self);
  nc_parents_window_security_init (self);
  self->loading--;

  watch_activity (self);
}
