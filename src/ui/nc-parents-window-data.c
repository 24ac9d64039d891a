/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-data.c — part of NcParentsWindow
 *
 * The Data page: save and load the settings, backups, erase everything.
 * See nc-parents-window.c and nc-parents-window-private.h.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nc-parents-window-private.h"
#include "nc-pin.h"
#include "nc-settings-json.h"
#include "nc-ui-dialog.h"


/* The administrator's policy files or values that could not be read: one
 * row each, "FILE:LINE" and what is wrong (the strictest value applies). */
static void
refresh_policy_problems (NcParentsWindow *self)
{
  const char * const *problems = nc_store_get_policy_problems (self->store);

  nc_parents_window_clear_rows (self->policy_group, self->policy_rows);
  for (gsize i = 0; problems[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      /* File names and values are the file's text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problems[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_preferences_group_add (self->policy_group, row);
      g_ptr_array_add (self->policy_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->policy_group), problems[0] != NULL);
}

void
nc_parents_window_refresh_data (NcParentsWindow *self)
{
  refresh_policy_problems (self);
  switch (nc_store_get_recovery (self->store))
    {
    case NC_STORE_RECOVERY_RESTORED_BACKUP:
      adw_action_row_set_subtitle (self->notice_row,
                                   _("The settings file was damaged, so NetConduct went back to the latest good copy. Changes made since then may be missing: please check each child’s rules."));
      gtk_widget_set_visible (self->notice_group, TRUE);
      break;
    case NC_STORE_RECOVERY_FRESH:
      adw_action_row_set_subtitle (self->notice_row,
                                   _("The settings file was damaged and no good copy was found. NetConduct started again with the strictest rules. Please set up each child’s rules again."));
      gtk_widget_set_visible (self->notice_group, TRUE);
      break;
    default:
      gtk_widget_set_visible (self->notice_group, FALSE);
      break;
    }
}

static void
dismiss_notice_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!nc_store_clear_recovery (self->store, &error))
    nc_parents_window_show_error (self, error);
  nc_parents_window_refresh_data (self);
}

static void
backup_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!nc_store_backup_now (self->store, &error))
    nc_parents_window_show_error (self, error);
  else
    nc_parents_window_toast (self, _("A backup was made."));
}

static void
export_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  NcParentsWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (file == NULL)
    return;

  text = nc_settings_export (self->store, FALSE, &error);
  if (text == NULL ||
      !g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    nc_parents_window_show_error (self, error);
  else
    nc_parents_window_toast (self, _("The settings were saved."));
}

static void
export_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkFileChooser *chooser = nc_ui_dialog_file_chooser_new (GTK_WINDOW (self), _("Save Settings to a File"),
                                                           GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                                           export_chosen_cb, self);

  /* Translators: the suggested name of a saved settings file; keep .json */
  gtk_file_chooser_set_current_name (chooser, _("netconduct-settings.json"));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NcParentsWindow  *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_strcmp0 (response, "replace") != 0)
    return;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error) ||
      !nc_settings_import (self->store, contents, (gssize) length, &error))
    {
      nc_parents_window_show_error (self, error);
      return;
    }
  nc_parents_window_toast (self, _("The settings were loaded."));

  g_signal_emit_by_name (self, "settings-replaced");
}

static void
import_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  NcParentsWindow *self = user_data;
  GtkWidget *dialog;

  if (file == NULL)
    return;

  dialog = nc_ui_dialog_ask (GTK_WINDOW (self), _("Replace All Settings?"),
                             _("The profiles, rules and lists on this computer will be replaced by those in the file. The parent PIN stays the same."),
                             "replace", _("_Replace"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), self);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkFileChooser *chooser = nc_ui_dialog_file_chooser_new (GTK_WINDOW (self), _("Load Settings from a File"),
                                                           GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                           import_chosen_cb, self);

  nc_ui_dialog_add_filter (chooser, _("NetConduct settings"), "application/json", "json", NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
reset_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   NcParentsWindow  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "erase") != 0)
    return;

  if (!nc_store_reset (self->store, &error) || !nc_pin_clear (self->store, &error))
    {
      nc_parents_window_show_error (self, error);
      return;
    }

  /* Nothing is set up any more: the application starts again. */
  g_signal_emit_by_name (self, "erased");
}

static void
reset_activated_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkWidget *dialog = nc_ui_dialog_ask (GTK_WINDOW (self), _("Erase Everything?"),
                                        _("Every child’s profile, rules, lesson progress and activity counts, and the parent PIN, will be deleted. This cannot be undone. Save the settings to a file first if you may want them back."),
                                        "erase", _("_Erase Everything"), ADW_RESPONSE_DESTRUCTIVE);

  g_signal_connect (dialog, "response", G_CALLBACK (reset_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Binds the Data page's template children, callbacks and actions. */
void
nc_parents_window_data_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, notice_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, notice_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, policy_group);
  gtk_widget_class_install_action (widget_class, "parents.export", NULL, export_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.import", NULL, import_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.backup", NULL, backup_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.reset", NULL, reset_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.dismiss-notice", NULL, dismiss_notice_activated_cb);
}
