/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-children.c — part of NcParentsWindow
 *
 * The Children page: one expandable row per child.
 * See nc-parents-window.c and nc-parents-window-private.h.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-parents-window-private.h"
#include "nc-profile-ui.h"
#include "nc-ui-dialog.h"

static void
child_name_apply_cb (AdwEntryRow     *row,
                     NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_tied_profile (self, row);
  g_autoptr(NcProfile) copy = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (self->loading || profile == NULL || *name == '\0' || g_strcmp0 (name, profile->name) == 0)
    return;

  copy = nc_profile_copy (profile);
  g_free (copy->name);
  copy->name = g_steal_pointer (&name);
  nc_parents_window_save_profile (self, copy);
}

static void
child_band_changed_cb (AdwComboRow     *row,
                       GParamSpec      *pspec,
                       NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_tied_profile (self, row);
  g_autoptr(NcProfile) copy = NULL;
  NcAgeBand band = adw_combo_row_get_selected (row);

  if (self->loading || profile == NULL || band == profile->age_band)
    return;

  /* A new age brings that age's web and time rules. */
  copy = nc_profile_copy (profile);
  nc_profile_set_age_defaults (copy, band);
  if (nc_parents_window_save_profile (self, copy))
    nc_parents_window_toast (self, _("The web and time rules for this age now apply."));
}

static const char * const language_codes[] = { "", "vi", "en" };

static void
child_language_changed_cb (AdwComboRow     *row,
                           GParamSpec      *pspec,
                           NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_tied_profile (self, row);
  g_autoptr(NcProfile) copy = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || profile == NULL || selected >= G_N_ELEMENTS (language_codes) ||
      g_strcmp0 (profile->language, language_codes[selected]) == 0)
    return;

  copy = nc_profile_copy (profile);
  g_free (copy->language);
  copy->language = g_strdup (language_codes[selected]);
  nc_parents_window_save_profile (self, copy);
}

static void
remove_profile_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            NcParentsWindow  *self)
{
  gint64 id = nc_parents_window_tied_profile_id (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!nc_rules_editor_remove_profile (self->editor, id, &error))
    nc_parents_window_change_failed (self, error);
}

static void
remove_profile_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  NcProfile *profile = nc_parents_window_profile_by_id (self, id);
  GtkWidget *dialog;

  if (profile == NULL)
    return;

  dialog = nc_ui_dialog_ask (GTK_WINDOW (self), _("Remove This Profile?"), NULL,
                             "remove", _("_Remove"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (remove_profile_response_cb), self);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s’s profile, rules, lesson progress and activity counts will be deleted. This cannot be undone."),
                                  profile->name);
  nc_parents_window_tie_profile (dialog, id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
new_child_row (NcParentsWindow *self,
               NcProfile       *profile)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name_row = adw_entry_row_new ();
  GtkWidget *band_row = adw_combo_row_new ();
  GtkWidget *language_row = adw_combo_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove_button = gtk_button_new_with_mnemonic (_("_Remove…"));
  g_autoptr(GtkStringList) bands = nc_profile_ui_new_band_model ();
  const char *languages[] = { _("Same as This Computer"), "Tiếng Việt", "English", NULL };
  g_autoptr(GtkStringList) language_model = gtk_string_list_new (languages);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), profile->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 nc_profile_ui_get_band_title (profile->age_band));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander),
                               nc_profile_ui_new_avatar (profile->name, profile->avatar, 40));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), profile->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name_row), TRUE);
  nc_parents_window_tie_profile (name_row, profile->id);
  g_signal_connect (name_row, "apply", G_CALLBACK (child_name_apply_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (band_row), _("Age"));
  adw_combo_row_set_model (ADW_COMBO_ROW (band_row), G_LIST_MODEL (bands));
  adw_combo_row_set_selected (ADW_COMBO_ROW (band_row), profile->age_band);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (band_row),
                               nc_profile_ui_get_band_description (profile->age_band));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (band_row), 0);
  nc_parents_window_tie_profile (band_row, profile->id);
  g_signal_connect (band_row, "notify::selected", G_CALLBACK (child_band_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), band_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (language_row), _("Language"));
  adw_combo_row_set_model (ADW_COMBO_ROW (language_row), G_LIST_MODEL (language_model));
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    if (g_strcmp0 (profile->language ? profile->language : "", language_codes[i]) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (language_row), i);
  nc_parents_window_tie_profile (language_row, profile->id);
  g_signal_connect (language_row, "notify::selected", G_CALLBACK (child_language_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), language_row);

  /* What the editor cannot change is not offered (family mode: the app's
   * language for the profile, which lives in the parent's own account). */
  gtk_editable_set_editable (GTK_EDITABLE (name_row), nc_rules_editor_can (self->editor, NC_RULES_EDITOR_RENAME));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name_row), nc_rules_editor_can (self->editor, NC_RULES_EDITOR_RENAME));
  gtk_widget_set_visible (language_row, nc_rules_editor_can (self->editor, NC_RULES_EDITOR_LANGUAGE));
  gtk_widget_set_visible (remove_row, nc_rules_editor_can (self->editor, NC_RULES_EDITOR_REMOVE_PROFILE));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove This Profile"));
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "parents.remove-profile");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove_button), "x", profile->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);

  return expander;
}

void
nc_parents_window_refresh_children (NcParentsWindow *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->children_list))) != NULL)
    gtk_list_box_remove (self->children_list, row);

  for (guint i = 0; i < self->profiles->len; i++)
    gtk_list_box_append (self->children_list, new_child_row (self, g_ptr_array_index (self->profiles, i)));

  if (self->profiles->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No profile yet. Add one for each child."));
      gtk_list_box_append (self->children_list, row);
    }
}

static void
add_child_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       NcParentsWindow  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "name-entry");
  GtkDropDown *band = g_object_get_data (G_OBJECT (dialog), "band-dropdown");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  const char *avatar = nc_profile_ui_get_avatar (self->profiles->len % nc_profile_ui_get_n_avatars ());

  if (g_strcmp0 (response, "add") != 0 || *name == '\0')
    return;

  if (nc_rules_editor_add_profile (self->editor, name, avatar, gtk_drop_down_get_selected (band), &error) == 0)
    nc_parents_window_change_failed (self, error);
}

static void
add_child_name_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", *name != '\0');
}

static void
add_child_band_changed_cb (GtkDropDown *band,
                           GParamSpec  *pspec,
                           GtkLabel    *label)
{
  gtk_label_set_text (label, nc_profile_ui_get_band_description (gtk_drop_down_get_selected (band)));
}

static void
add_child_activated_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkWidget *dialog = nc_ui_dialog_ask (GTK_WINDOW (self), _("Add a Child"),
                                        _("The age sets sensible rules, which you can change afterwards."),
                                        "add", _("_Add"), ADW_RESPONSE_SUGGESTED);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *entry = gtk_entry_new ();
  g_autoptr(GtkStringList) bands = nc_profile_ui_new_band_model ();
  GtkWidget *band = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (bands)), NULL);
  GtkWidget *info = gtk_label_new (NULL);

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Child’s name"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (band), NC_AGE_BAND_10_12);
  gtk_label_set_wrap (GTK_LABEL (info), TRUE);
  gtk_label_set_xalign (GTK_LABEL (info), 0);
  gtk_widget_add_css_class (info, "dim-label");
  add_child_band_changed_cb (GTK_DROP_DOWN (band), NULL, GTK_LABEL (info));
  g_signal_connect (band, "notify::selected", G_CALLBACK (add_child_band_changed_cb), info);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), band);
  gtk_box_append (GTK_BOX (box), info);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_object_set_data (G_OBJECT (dialog), "name-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "band-dropdown", band);
  g_signal_connect (entry, "changed", G_CALLBACK (add_child_name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (add_child_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}


/* Binds the Children page's template children, callbacks and actions. */
void
nc_parents_window_children_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, children_list);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, mode_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, mode_icon);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, web_page);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, time_page);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, security_page);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, data_page);
  gtk_widget_class_install_action (widget_class, "parents.add-child", NULL, add_child_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.remove-profile", "x", remove_profile_activated_cb);
}
