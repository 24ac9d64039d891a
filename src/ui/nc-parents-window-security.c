/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-security.c — part of NcParentsWindow
 *
 * The Security page: change the PIN, wrong tries, the PIN for an older
 * child's profile, posting after a reminder.
 * See nc-parents-window.c and nc-parents-window-private.h.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-parents-window-private.h"
#include "nc-pin.h"
#include "nc-profile-ui.h"

static void
post_anyway_switch_cb (GtkSwitch       *sw,
                       GParamSpec      *pspec,
                       NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_tied_profile (self, sw);
  g_autoptr(NcProfile) copy = NULL;

  if (self->loading || profile == NULL || gtk_switch_get_active (sw) == profile->post_anyway_allowed)
    return;
  copy = nc_profile_copy (profile);
  copy->post_anyway_allowed = gtk_switch_get_active (sw);
  nc_parents_window_save_profile (self, copy);
}

static void
pin_for_older_switch_cb (NcParentsWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->pin_for_older_switch);

  if (self->loading || active == nc_store_get_boolean (self->store, NC_SETTING_PIN_FOR_OLDER, TRUE))
    return;
  if (!nc_store_set_boolean (self->store, NC_SETTING_PIN_FOR_OLDER, active, &error))
    nc_parents_window_show_error (self, error);
}

/* Enables Change PIN when both rows hold the same valid PIN, and says
 * what is missing otherwise. */
static void
update_new_pin (NcParentsWindow *self)
{
  const char *pin = gtk_editable_get_text (GTK_EDITABLE (self->new_pin_row));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->new_pin_again_row));
  gboolean valid = nc_pin_validate (pin, NULL);
  const char *text;

  if (*pin == '\0')
    text = _("Type the new PIN twice.");
  else if (!valid)
    text = _("Use 4 to 8 digits, or a passphrase of at least 8 characters.");
  else if (g_strcmp0 (pin, again) != 0)
    text = *again == '\0' ? _("Now type the same PIN again.") : _("The two PINs are not the same.");
  else
    text = _("Ready to change.");

  adw_action_row_set_subtitle (self->change_pin_row, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parents.change-pin",
                                 valid && g_strcmp0 (pin, again) == 0);
}

static void
new_pin_changed_cb (NcParentsWindow *self)
{
  update_new_pin (self);
}

static void
new_pin_activated_cb (NcParentsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "parents.change-pin", NULL);
}

static void
change_pin_activated_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!nc_rules_editor_set_pin (self->editor, gtk_editable_get_text (GTK_EDITABLE (self->new_pin_row)), &error))
    {
      nc_parents_window_show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_pin_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_pin_again_row), "");
  nc_parents_window_toast (self, _("The PIN was changed. Use the new PIN from now on."));
}

static void
refresh_lockout (NcParentsWindow *self)
{
  int failures;
  gint64 wait;
  g_autofree char *text = NULL;

  if (!nc_rules_editor_can (self->editor, NC_RULES_EDITOR_PIN_TRIES))
    {
      adw_action_row_set_subtitle (self->lockout_row,
                                   _("The family service counts the wrong tries and makes the next try wait after "
                                     "five of them."));
      return;
    }
  failures = nc_pin_get_failures (self->store);
  wait = nc_pin_get_wait_seconds (self->store);
  if (wait > 0)
    {
      g_autofree char *duration = nc_parents_window_format_minutes ((int) ((wait + 59) / 60));
      /* Translators: "%s" is a duration such as "5 minutes" */
      text = g_strdup_printf (_("Locked after wrong tries. It opens again in %s."), duration);
    }
  else if (failures > 0)
    text = g_strdup_printf (ngettext ("%d wrong try since the PIN was last entered correctly.",
                                      "%d wrong tries since the PIN was last entered correctly.",
                                      (gulong) failures),
                            failures);
  else
    text = g_strdup (_("No wrong tries."));
  adw_action_row_set_subtitle (self->lockout_row, text);
}

void
nc_parents_window_refresh_security (NcParentsWindow *self)
{
  self->loading++;

  refresh_lockout (self);

  gtk_switch_set_active (self->pin_for_older_switch,
                         nc_store_get_boolean (self->store, NC_SETTING_PIN_FOR_OLDER, TRUE));
  nc_parents_window_apply_lock (self, GTK_WIDGET (self->pin_for_older_row), NC_SETTING_PIN_FOR_OLDER,
                                _("A younger child cannot choose an older brother’s or sister’s "
                                  "profile, which has more freedom, without the PIN. The youngest "
                                  "child’s own profile always opens freely."));

  nc_parents_window_clear_rows (self->post_anyway_group, self->post_anyway_rows);
  for (guint i = 0; i < self->profiles->len; i++)
    {
      NcProfile *profile = g_ptr_array_index (self->profiles, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), profile->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 nc_profile_ui_new_avatar (profile->name, profile->avatar, 32));
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (sw), profile->post_anyway_allowed);
      nc_parents_window_tie_profile (sw, profile->id);
      g_signal_connect (sw, "notify::active", G_CALLBACK (post_anyway_switch_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      nc_parents_window_apply_lock (self, row, "profile.post-anyway-allowed",
                                    profile->post_anyway_allowed ? _("May post after a reminder")
                                                                 : _("Must change the post first"));
      adw_preferences_group_add (self->post_anyway_group, row);
      g_ptr_array_add (self->post_anyway_rows, row);
    }

  self->loading--;
}


void
nc_parents_window_security_init (NcParentsWindow *self)
{
  update_new_pin (self);
}

/* Binds the Security page's template children, callbacks and actions. */
void
nc_parents_window_security_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, new_pin_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, new_pin_again_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, change_pin_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, lockout_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, post_anyway_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, pin_for_older_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, pin_for_older_switch);
  gtk_widget_class_bind_template_callback (widget_class, pin_for_older_switch_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_pin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_pin_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.change-pin", NULL, change_pin_activated_cb);
}
