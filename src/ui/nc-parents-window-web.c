/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-web.c — part of NcParentsWindow
 *
 * The Web page: social access, subjects, parent lists, imported lists.
 * See nc-parents-window.c and nc-parents-window-private.h.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nc-parents-window-private.h"
#include "nc-category-import.h"
#include "nc-ui-dialog.h"

static const struct {
  NcSiteCategory category;
  const char    *title;
  const char    *subtitle;
} category_rows_info[] = {
  { NC_SITE_CATEGORY_ADULT, N_("Adult Content"), N_("Pornography and other sexual content") },
  { NC_SITE_CATEGORY_VIOLENCE, N_("Violence"), N_("Gore, cruelty and weapons") },
  { NC_SITE_CATEGORY_GAMBLING, N_("Gambling"), N_("Betting, casinos and lotteries") },
  { NC_SITE_CATEGORY_DRUGS, N_("Drugs"), N_("Buying or promoting drugs") },
  { NC_SITE_CATEGORY_DATING, N_("Dating"), N_("Meeting strangers") },
  { NC_SITE_CATEGORY_BYPASS, N_("Ways Around the Rules"), N_("Proxies and VPNs that hide where a child goes") },
  { NC_SITE_CATEGORY_MALWARE, N_("Harmful Software"), N_("Viruses and dangerous downloads") },
  { NC_SITE_CATEGORY_PHISHING, N_("Scams"), N_("Fake websites that steal passwords or money") },
  { NC_SITE_CATEGORY_MIRROR, N_("Proxies and Mirrors"),
    N_("Translators, web archives and page caches that show any website under their own name") },
};

/* The subject of a list, for a parent. */
static const char *
category_title (NcSiteCategory category)
{
  if (category == NC_SITE_CATEGORY_SOCIAL)
    return _("Social Networks");
  for (guint i = 0; i < G_N_ELEMENTS (category_rows_info); i++)
    if (category_rows_info[i].category == category)
      return _(category_rows_info[i].title);
  return "";
}

static void
remove_list_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!nc_store_remove_category_list (self->store, g_variant_get_int64 (parameter), &error))
    nc_parents_window_show_error (self, error);
}

static void
import_list_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         NcParentsWindow  *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name-entry");
  GtkDropDown *subject = g_object_get_data (G_OBJECT (dialog), "subject-dropdown");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (name)));
  guint selected = gtk_drop_down_get_selected (subject);
  NcSiteCategory category;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "import") != 0)
    return;

  category = selected < G_N_ELEMENTS (category_rows_info)
             ? category_rows_info[selected].category : NC_SITE_CATEGORY_SOCIAL;
  if (path == NULL)
    {
      nc_parents_window_toast (self, _("This file cannot be read. Copy it to this computer first."));
      return;
    }
  if (nc_category_import_file (self->store, path, category,
                               *title != '\0' ? title : NULL, &error) == 0)
    nc_parents_window_show_error (self, error);
  else
    nc_parents_window_toast (self, _("The list was imported."));
}

/* Asks what the chosen list file is about, then imports it. */
static void
ask_list_subject (NcParentsWindow *self,
                  GFile           *file)
{
  GtkWidget *dialog = nc_ui_dialog_ask (GTK_WINDOW (self), _("What Is This List About?"),
                                        _("The websites in the list are blocked for every child whose rules block this subject."),
                                        "import", _("_Import"), ADW_RESPONSE_SUGGESTED);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *name = gtk_entry_new ();
  g_autoptr(GtkStringList) subjects = gtk_string_list_new (NULL);
  GtkWidget *subject;
  g_autofree char *basename = g_file_get_basename (file);
  char *dot;

  for (guint i = 0; i < G_N_ELEMENTS (category_rows_info); i++)
    gtk_string_list_append (subjects, _(category_rows_info[i].title));
  gtk_string_list_append (subjects, _("Social Networks"));
  subject = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (subjects)), NULL);

  if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
    *dot = '\0';
  gtk_editable_set_text (GTK_EDITABLE (name), basename);
  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Name of the list"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the list"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (subject), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Subject"), -1);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), subject);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "name-entry", name);
  g_object_set_data (G_OBJECT (dialog), "subject-dropdown", subject);
  g_signal_connect (dialog, "response", G_CALLBACK (import_list_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_list_chosen_cb (GFile    *file,
                       gpointer  user_data)
{
  if (file != NULL)
    ask_list_subject (NC_PARENTS_WINDOW (user_data), file);
}

static void
import_list_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkFileChooser *chooser = nc_ui_dialog_file_chooser_new (GTK_WINDOW (self), _("Import a List of Websites"),
                                                           GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                           import_list_chosen_cb, self);

  nc_ui_dialog_add_filter (chooser, _("Lists of websites (text files)"), "text/plain",
                           "txt", "list", "hosts", NULL);
  nc_ui_dialog_add_filter (chooser, _("All files"), NULL, NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
social_changed_cb (NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_web_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  gboolean allowed = adw_combo_row_get_selected (self->social_row) == 1;

  if (self->loading || profile == NULL || allowed == profile->social_allowed)
    return;
  copy = nc_profile_copy (profile);
  copy->social_allowed = allowed;
  nc_parents_window_save_profile (self, copy);
}

static void
allow_only_changed_cb (NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_web_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  gboolean active = gtk_switch_get_active (self->allow_only_switch);

  if (self->loading || profile == NULL || active == profile->allow_list_only)
    return;
  copy = nc_profile_copy (profile);
  copy->allow_list_only = active;
  nc_parents_window_save_profile (self, copy);
}

static void
category_switch_cb (GtkSwitch       *sw,
                    GParamSpec      *pspec,
                    NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_web_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  guint32 bit = 1u << GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sw), "category"));
  guint32 categories;

  if (self->loading || profile == NULL)
    return;
  categories = gtk_switch_get_active (sw) ? profile->blocked_categories | bit
                                          : profile->blocked_categories & ~bit;
  if (categories == profile->blocked_categories)
    return;
  copy = nc_profile_copy (profile);
  copy->blocked_categories = categories;
  nc_parents_window_save_profile (self, copy);
}

static void
add_host (NcParentsWindow *self,
          AdwEntryRow     *row,
          NcListKind       kind)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *host = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GUri) uri = NULL;

  if (*stripped == '\0')
    return;

  /* Parents paste whole addresses; keep the host only. */
  uri = g_uri_parse (stripped, G_URI_FLAGS_NONE, NULL);
  host = nc_store_normalize_host (uri && g_uri_get_host (uri) ? g_uri_get_host (uri) : stripped);
  if (host == NULL)
    {
      nc_parents_window_toast (self, _("That is not a website address. Type something like example.com."));
      return;
    }

  /* On failure the typed address stays in the row, to try again. */
  if (!nc_rules_editor_add_host (self->editor, nc_parents_window_combo_profile_id (self, self->web_profile_row, TRUE),
                                 kind, host, &error))
    {
      nc_parents_window_change_failed (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
allow_apply_cb (NcParentsWindow *self)
{
  add_host (self, self->allow_entry_row, NC_LIST_ALLOW);
}

static void
block_apply_cb (NcParentsWindow *self)
{
  add_host (self, self->block_entry_row, NC_LIST_BLOCK);
}

static void
remove_host_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 profile_id;
  guint32 kind;
  const char *host;

  g_variant_get (parameter, "(xu&s)", &profile_id, &kind, &host);
  if (!nc_rules_editor_remove_host (self->editor, profile_id, kind, host, &error))
    nc_parents_window_change_failed (self, error);
}

/* Lists @profile_id's hosts of @kind, each with a button that removes it;
 * for everyone's lists, the administrator's hosts follow, locked. */
static void
add_host_rows (NcParentsWindow     *self,
               AdwPreferencesGroup *group,
               GPtrArray           *rows,
               gint64               profile_id,
               NcListKind           kind)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) hosts = nc_rules_editor_list_hosts (self->editor, profile_id, kind, &error);
  g_auto(GStrv) locked = NULL;

  if (hosts == NULL && error != NULL)
    {
      nc_parents_window_show_error (self, error);
      return;
    }

  for (guint i = 0; hosts != NULL && hosts[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hosts[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove from the list"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "parents.remove-host");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "(xus)", profile_id, (guint32) kind, hosts[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }

  if (profile_id != NC_PROFILE_EVERYONE)
    return;

  locked = nc_store_list_locked_hosts (self->store, kind);
  for (guint i = 0; locked != NULL && locked[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), locked[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Set by your administrator"));
      gtk_widget_set_sensitive (row, FALSE);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
}

void
nc_parents_window_refresh_web (NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_web_profile (self);
  gint64 profile_id = profile ? profile->id : NC_PROFILE_EVERYONE;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GError) error = NULL;

  self->loading++;

  nc_parents_window_clear_rows (self->allow_group, self->allow_rows);
  nc_parents_window_clear_rows (self->block_group, self->block_rows);
  nc_parents_window_clear_rows (self->subjects_group, self->subject_rows);
  nc_parents_window_clear_rows (self->categories_group, self->category_rows);

  /* Social access and the subjects are per child. */
  gtk_widget_set_visible (GTK_WIDGET (self->social_group), profile != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->subjects_group), profile != NULL);
  if (profile != NULL)
    {
      adw_combo_row_set_selected (self->social_row, profile->social_allowed ? 1 : 0);
      nc_parents_window_apply_lock (self, GTK_WIDGET (self->social_row), "profile.social-allowed",
                                    profile->social_allowed
                                    ? _("Facebook, TikTok, Zalo and the like open, with the kindness guard, which reminds your child of the rules before posting.")
                                    : _("Facebook, TikTok, Zalo and the like do not open."));
      gtk_switch_set_active (self->allow_only_switch, profile->allow_list_only);
      nc_parents_window_apply_lock (self, self->allow_only_row, "profile.allow-list-only",
                                    _("Only the always allowed websites below will open."));

      for (guint i = 0; i < G_N_ELEMENTS (category_rows_info); i++)
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *sw = gtk_switch_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(category_rows_info[i].title));
          gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
          gtk_switch_set_active (GTK_SWITCH (sw),
                                 (profile->blocked_categories & (1u << category_rows_info[i].category)) != 0);
          g_object_set_data (G_OBJECT (sw), "category", GUINT_TO_POINTER (category_rows_info[i].category));
          g_signal_connect (sw, "notify::active", G_CALLBACK (category_switch_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
          nc_parents_window_apply_lock (self, row, "profile.blocked-categories", _(category_rows_info[i].subtitle));
          adw_preferences_group_add (self->subjects_group, row);
          g_ptr_array_add (self->subject_rows, row);
        }
    }

  add_host_rows (self, self->allow_group, self->allow_rows, profile_id, NC_LIST_ALLOW);
  add_host_rows (self, self->block_group, self->block_rows, profile_id, NC_LIST_BLOCK);
  self->loading--;

  if (!nc_rules_editor_can (self->editor, NC_RULES_EDITOR_IMPORT_LISTS))
    return;
  lists = nc_store_list_category_lists (self->store, &error);
  for (guint i = 0; lists != NULL && i < lists->len; i++)
    {
      NcCategoryList *list = g_ptr_array_index (lists, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      /* Translators: a list of websites: its subject, then its size, e.g. "Gambling · 1200 websites" */
      subtitle = g_strdup_printf (ngettext ("%s · %d website", "%s · %d websites", (gulong) list->domain_count),
                                  category_title (list->category), list->domain_count);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), list->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (row, list->source_path);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove this list"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "parents.remove-list");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", list->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->categories_group, row);
      g_ptr_array_add (self->category_rows, row);
    }
}

static void
web_profile_changed_cb (NcParentsWindow *self)
{
  if (!self->loading)
    nc_parents_window_refresh_web (self);
}


/* Fills what the Web page's template cannot: the social-access choices. */
void
nc_parents_window_web_init (NcParentsWindow *self)
{
  const char *social[] = { _("Blocked"), _("Allowed, with reminders"), NULL };
  g_autoptr(GtkStringList) social_model = gtk_string_list_new (social);

  adw_combo_row_set_model (self->social_row, G_LIST_MODEL (social_model));
}

/* Binds the Web page's template children, callbacks and actions. */
void
nc_parents_window_web_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, web_profile_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, social_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, social_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, allow_only_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, allow_only_switch);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, allow_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, allow_entry_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, block_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, block_entry_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, subjects_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, categories_group);
  gtk_widget_class_bind_template_callback (widget_class, web_profile_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, social_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, allow_only_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, allow_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, block_apply_cb);
  gtk_widget_class_install_action (widget_class, "parents.remove-host", "(xus)", remove_host_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.import-list", NULL, import_list_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.remove-list", "x", remove_list_activated_cb);
}
