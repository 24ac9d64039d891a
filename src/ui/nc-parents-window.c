/* nc-parents-window.c — the parents' area, behind the PIN gate
 *
 * An AdwPreferencesWindow with six pages: Children, Web, Time, Activity,
 * Security and Data. Every control writes to the store at once (there is no
 * Save button), and every page is rebuilt from the store when the store
 * emits "changed", so a change made in one window shows at once in every
 * other open window. While a page is being filled from the store,
 * self->loading is set and the controls' handlers write nothing.
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
#include <string.h>

#include "nc-application.h"
#include "nc-bar-chart.h"
#include "nc-code-ref.h"
#include "nc-managed.h"
#include "nc-parents-window.h"
#include "nc-pin.h"
#include "nc-profile-ui.h"
#include "nc-settings-file.h"

struct _NcParentsWindow
{
  AdwPreferencesWindow  parent_instance;

  NcStore              *store;
  GPtrArray            *profiles;        /* of NcProfile, in list order */
  int                   loading;
  gint64                last_activity;   /* monotonic µs */
  guint                 idle_check_id;

  /* Children */
  GtkListBox           *children_list;

  /* Web */
  AdwComboRow          *web_profile_row;
  AdwPreferencesGroup  *social_group;
  AdwComboRow          *social_row;
  GtkWidget            *allow_only_row;
  GtkSwitch            *allow_only_switch;
  AdwPreferencesGroup  *allow_group;
  AdwEntryRow          *allow_entry_row;
  AdwPreferencesGroup  *block_group;
  AdwEntryRow          *block_entry_row;
  AdwPreferencesGroup  *subjects_group;
  AdwPreferencesGroup  *categories_group;
  GPtrArray            *allow_rows;      /* rows to remove on refresh */
  GPtrArray            *block_rows;
  GPtrArray            *subject_rows;
  GPtrArray            *category_rows;

  /* Time */
  AdwComboRow          *time_profile_row;
  AdwPreferencesGroup  *limit_group;
  AdwActionRow         *limit_row;
  GtkSwitch            *limit_switch;
  AdwActionRow         *minutes_row;
  GtkSpinButton        *minutes_spin;
  AdwActionRow         *used_today_row;
  AdwPreferencesGroup  *hours_group;
  GtkSpinButton        *hour_from[7];
  GtkSpinButton        *hour_until[7];
  AdwActionRow         *hour_rows[7];

  /* Activity */
  AdwComboRow          *activity_profile_row;
  AdwComboRow          *activity_period_row;
  NcBarChart           *rules_chart;
  NcBarChart           *sites_chart;
  NcBarChart           *time_chart;

  /* Security */
  AdwEntryRow          *new_pin_row;
  AdwEntryRow          *new_pin_again_row;
  AdwActionRow         *change_pin_row;
  AdwActionRow         *lockout_row;
  AdwPreferencesGroup  *post_anyway_group;
  GPtrArray            *post_anyway_rows;

  /* Data */
  GtkWidget            *notice_group;
  AdwActionRow         *notice_row;
};

G_DEFINE_FINAL_TYPE (NcParentsWindow, nc_parents_window, ADW_TYPE_PREFERENCES_WINDOW)

#define IDLE_CLOSE_SECONDS (10 * 60)

static void refresh_all      (NcParentsWindow *self);
static void refresh_children (NcParentsWindow *self);
static void refresh_web      (NcParentsWindow *self);
static void refresh_time     (NcParentsWindow *self);
static void refresh_activity (NcParentsWindow *self);
static void refresh_security (NcParentsWindow *self);
static void refresh_data     (NcParentsWindow *self);

/* ---- Helpers ------------------------------------------------------------ */

static void
show_error (NcParentsWindow *self,
            const GError    *error)
{
  if (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("This setting is set by your administrator.")));
  else
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_set_timeout (toast, 6);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
    }
}

static void
toast (NcParentsWindow *self,
       const char      *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

/* Makes @row insensitive with "Set by your administrator" when @key is
 * locked by a policy file, else gives it @subtitle. */
static void
apply_lock (NcParentsWindow *self,
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

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static NcProfile *
profile_at (NcParentsWindow *self,
            guint            index)
{
  return index < self->profiles->len ? g_ptr_array_index (self->profiles, index) : NULL;
}

static NcProfile *
profile_by_id (NcParentsWindow *self,
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

/* The profile chosen on the Web page, or NULL for "Every child". */
static NcProfile *
web_profile (NcParentsWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->web_profile_row);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL : profile_at (self, selected - 1);
}

static NcProfile *
time_profile (NcParentsWindow *self)
{
  return profile_at (self, adw_combo_row_get_selected (self->time_profile_row));
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

static gint64
combo_profile_id (NcParentsWindow *self,
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
  profile = profile_at (self, selected);
  return profile ? profile->id : -1;
}

static gboolean
save_profile (NcParentsWindow *self,
              const NcProfile *profile)
{
  g_autoptr(GError) error = NULL;

  if (!nc_store_update_profile (self->store, profile, &error))
    {
      show_error (self, error);
      /* Put the controls back to what the store holds. */
      refresh_all (self);
      return FALSE;
    }
  return TRUE;
}

/* ---- Children ----------------------------------------------------------- */

static void
child_name_apply_cb (AdwEntryRow     *row,
                     NcParentsWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "profile-id"));
  NcProfile *profile = profile_by_id (self, id);
  g_autoptr(NcProfile) copy = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (self->loading || profile == NULL || *name == '\0' || g_strcmp0 (name, profile->name) == 0)
    return;

  copy = nc_profile_copy (profile);
  g_free (copy->name);
  copy->name = g_steal_pointer (&name);
  save_profile (self, copy);
}

static void
child_band_changed_cb (AdwComboRow     *row,
                       GParamSpec      *pspec,
                       NcParentsWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "profile-id"));
  NcProfile *profile = profile_by_id (self, id);
  g_autoptr(NcProfile) copy = NULL;
  NcAgeBand band = adw_combo_row_get_selected (row);

  if (self->loading || profile == NULL || band == profile->age_band)
    return;

  /* A new age brings that age's web and time rules. */
  copy = nc_profile_copy (profile);
  nc_profile_set_age_defaults (copy, band);
  if (save_profile (self, copy))
    toast (self, _("The web and time rules for this age now apply."));
}

static const char * const language_codes[] = { "", "vi", "en" };

static void
child_language_changed_cb (AdwComboRow     *row,
                           GParamSpec      *pspec,
                           NcParentsWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "profile-id"));
  NcProfile *profile = profile_by_id (self, id);
  g_autoptr(NcProfile) copy = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || profile == NULL || selected >= G_N_ELEMENTS (language_codes) ||
      g_strcmp0 (profile->language, language_codes[selected]) == 0)
    return;

  copy = nc_profile_copy (profile);
  g_free (copy->language);
  copy->language = g_strdup (language_codes[selected]);
  save_profile (self, copy);
}

static void
remove_profile_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            NcParentsWindow  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "profile-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!nc_store_remove_profile (self->store, id, &error))
    show_error (self, error);
}

static void
remove_profile_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  NcProfile *profile = profile_by_id (self, id);
  GtkWidget *dialog;

  if (profile == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remove This Profile?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s’s profile, rules, lesson progress and activity counts will be deleted. This cannot be undone."),
                                  profile->name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "profile-id", GSIZE_TO_POINTER (id));
  g_signal_connect (dialog, "response", G_CALLBACK (remove_profile_response_cb), self);
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
  gpointer id = GSIZE_TO_POINTER (profile->id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), profile->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 nc_profile_ui_get_band_title (profile->age_band));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander),
                               nc_profile_ui_new_avatar (profile->name, profile->avatar, 40));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), profile->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name_row), TRUE);
  g_object_set_data (G_OBJECT (name_row), "profile-id", id);
  g_signal_connect (name_row, "apply", G_CALLBACK (child_name_apply_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (band_row), _("Age"));
  adw_combo_row_set_model (ADW_COMBO_ROW (band_row), G_LIST_MODEL (bands));
  adw_combo_row_set_selected (ADW_COMBO_ROW (band_row), profile->age_band);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (band_row),
                               nc_profile_ui_get_band_description (profile->age_band));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (band_row), 0);
  g_object_set_data (G_OBJECT (band_row), "profile-id", id);
  g_signal_connect (band_row, "notify::selected", G_CALLBACK (child_band_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), band_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (language_row), _("Language"));
  adw_combo_row_set_model (ADW_COMBO_ROW (language_row), G_LIST_MODEL (language_model));
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    if (g_strcmp0 (profile->language ? profile->language : "", language_codes[i]) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (language_row), i);
  g_object_set_data (G_OBJECT (language_row), "profile-id", id);
  g_signal_connect (language_row, "notify::selected", G_CALLBACK (child_language_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), language_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove This Profile"));
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "parents.remove-profile");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove_button), "x", profile->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);

  return expander;
}

static void
refresh_children (NcParentsWindow *self)
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

  if (nc_store_add_profile (self->store, name, avatar, gtk_drop_down_get_selected (band), &error) == 0)
    show_error (self, error);
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
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add a Child"),
                                              _("The age sets sensible rules, which you can change afterwards."));
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
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_object_set_data (G_OBJECT (dialog), "name-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "band-dropdown", band);
  g_signal_connect (entry, "changed", G_CALLBACK (add_child_name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (add_child_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ---- Web ---------------------------------------------------------------- */

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
    show_error (self, error);
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
      toast (self, _("This file cannot be read. Copy it to this computer first."));
      return;
    }
  if (nc_settings_import_category_list (self->store, path, category,
                                        *title != '\0' ? title : NULL, &error) == 0)
    show_error (self, error);
  else
    toast (self, _("The list was imported."));
}

/* Asks what the chosen list file is about, then imports it. */
static void
ask_list_subject (NcParentsWindow *self,
                  GFile           *file)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("What Is This List About?"),
                                              _("The websites in the list are blocked for every child whose rules block this subject."));
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
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "name-entry", name);
  g_object_set_data (G_OBJECT (dialog), "subject-dropdown", subject);
  g_signal_connect (dialog, "response", G_CALLBACK (import_list_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_list_chooser_cb (GtkNativeDialog *chooser,
                        int              response,
                        NcParentsWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ask_list_subject (self, file);
    }
  g_object_unref (chooser);
}

static void
import_list_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import a List of Websites"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (text, _("Lists of websites (text files)"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_filter_add_suffix (text, "list");
  gtk_file_filter_add_suffix (text, "hosts");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_list_chooser_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
social_changed_cb (NcParentsWindow *self)
{
  NcProfile *profile = web_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  gboolean allowed = adw_combo_row_get_selected (self->social_row) == 1;

  if (self->loading || profile == NULL || allowed == profile->social_allowed)
    return;
  copy = nc_profile_copy (profile);
  copy->social_allowed = allowed;
  save_profile (self, copy);
}

static void
allow_only_changed_cb (NcParentsWindow *self)
{
  NcProfile *profile = web_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  gboolean active = gtk_switch_get_active (self->allow_only_switch);

  if (self->loading || profile == NULL || active == profile->allow_list_only)
    return;
  copy = nc_profile_copy (profile);
  copy->allow_list_only = active;
  save_profile (self, copy);
}

static void
category_switch_cb (GtkSwitch       *sw,
                    GParamSpec      *pspec,
                    NcParentsWindow *self)
{
  NcProfile *profile = web_profile (self);
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
  save_profile (self, copy);
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
      toast (self, _("That is not a website address. Type something like example.com."));
      return;
    }

  if (!nc_store_add_host (self->store, combo_profile_id (self, self->web_profile_row, TRUE),
                          kind, host, &error))
    {
      show_error (self, error);
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
  if (!nc_store_remove_host (self->store, profile_id, kind, host, &error))
    show_error (self, error);
}

static void
add_host_rows (NcParentsWindow     *self,
               AdwPreferencesGroup *group,
               GPtrArray           *rows,
               gint64               profile_id,
               NcListKind           kind)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) hosts = nc_store_list_hosts (self->store, profile_id, kind, &error);
  g_autoptr(NcManaged) policy = NULL;
  const char * const *managed = NULL;

  if (hosts == NULL && error != NULL)
    {
      show_error (self, error);
      return;
    }

  /* The store adds the administrator's hosts to everyone's lists. */
  if (profile_id == NC_PROFILE_EVERYONE)
    {
      policy = nc_managed_load_default (NULL);
      managed = nc_managed_get_hosts (policy, kind == NC_LIST_BLOCK);
    }

  for (guint i = 0; hosts != NULL && hosts[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      if (managed != NULL && g_strv_contains (managed, hosts[i]))
        {
          gtk_widget_set_sensitive (row, FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Set by your administrator"));
        }

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
}

static void
refresh_web (NcParentsWindow *self)
{
  NcProfile *profile = web_profile (self);
  gint64 profile_id = profile ? profile->id : NC_PROFILE_EVERYONE;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GError) error = NULL;

  self->loading++;

  clear_rows (self->allow_group, self->allow_rows);
  clear_rows (self->block_group, self->block_rows);
  clear_rows (self->subjects_group, self->subject_rows);
  clear_rows (self->categories_group, self->category_rows);

  /* Social access and the subjects are per child. */
  gtk_widget_set_visible (GTK_WIDGET (self->social_group), profile != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->subjects_group), profile != NULL);
  if (profile != NULL)
    {
      adw_combo_row_set_selected (self->social_row, profile->social_allowed ? 1 : 0);
      apply_lock (self, GTK_WIDGET (self->social_row), "profile.social-allowed",
                  profile->social_allowed
                  ? _("Facebook, TikTok, Zalo and the like open, with the kindness guard, which reminds your child of the rules before posting.")
                  : _("Facebook, TikTok, Zalo and the like do not open."));
      gtk_switch_set_active (self->allow_only_switch, profile->allow_list_only);
      apply_lock (self, self->allow_only_row, "profile.allow-list-only",
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
          apply_lock (self, row, "profile.blocked-categories", _(category_rows_info[i].subtitle));
          adw_preferences_group_add (self->subjects_group, row);
          g_ptr_array_add (self->subject_rows, row);
        }
    }

  add_host_rows (self, self->allow_group, self->allow_rows, profile_id, NC_LIST_ALLOW);
  add_host_rows (self, self->block_group, self->block_rows, profile_id, NC_LIST_BLOCK);
  self->loading--;

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
    refresh_web (self);
}

/* ---- Time --------------------------------------------------------------- */

static const char * const weekdays[7] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
  N_("Friday"), N_("Saturday"), N_("Sunday"),
};

/* The allowed hours of a day as one span [from, until); a day with no
 * allowed hour gives from == until == 0. Gaps inside the span are shown as
 * allowed; writing the span back closes them. */
static void
hours_to_span (guint32  bits,
               int     *from,
               int     *until)
{
  *from = *until = 0;
  for (int h = 0; h < 24; h++)
    if (bits & (1u << h))
      {
        if (*until == 0)
          *from = h;
        *until = h + 1;
      }
}

static guint32
span_to_hours (int from,
               int until)
{
  guint32 bits = 0;

  for (int h = from; h < until && h < 24; h++)
    bits |= 1u << h;
  return bits;
}

static void
update_hour_row_subtitle (NcParentsWindow *self,
                          int              day)
{
  int from = gtk_spin_button_get_value_as_int (self->hour_from[day]);
  int until = gtk_spin_button_get_value_as_int (self->hour_until[day]);
  g_autofree char *text = NULL;

  if (until <= from)
    text = g_strdup (_("No browsing on this day"));
  else if (from == 0 && until == 24)
    text = g_strdup (_("All day"));
  else
    /* Translators: allowed browsing hours, e.g. "From 7:00 to 21:00" */
    text = g_strdup_printf (_("From %d:00 to %d:00"), from, until);
  adw_action_row_set_subtitle (self->hour_rows[day], text);
}

static void
hours_changed_cb (GtkSpinButton   *spin,
                  NcParentsWindow *self)
{
  NcProfile *profile = time_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  int day = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "day"));
  guint32 bits;

  update_hour_row_subtitle (self, day);
  if (self->loading || profile == NULL)
    return;

  bits = span_to_hours (gtk_spin_button_get_value_as_int (self->hour_from[day]),
                        gtk_spin_button_get_value_as_int (self->hour_until[day]));
  if (bits == profile->allowed_hours[day])
    return;
  copy = nc_profile_copy (profile);
  copy->allowed_hours[day] = bits;
  save_profile (self, copy);
}

static void
build_hour_rows (NcParentsWindow *self)
{
  for (int day = 0; day < 7; day++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *dash = gtk_label_new ("–");

      self->hour_from[day] = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 24, 1));
      self->hour_until[day] = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 24, 1));
      self->hour_rows[day] = ADW_ACTION_ROW (row);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(weekdays[day]));
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hour_from[day]));
      gtk_box_append (GTK_BOX (box), dash);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hour_until[day]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->hour_from[day]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("From hour"), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->hour_until[day]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Until hour"), -1);
      for (int i = 0; i < 2; i++)
        {
          GtkSpinButton *spin = i == 0 ? self->hour_from[day] : self->hour_until[day];
          g_object_set_data (G_OBJECT (spin), "day", GINT_TO_POINTER (day));
          g_signal_connect (spin, "value-changed", G_CALLBACK (hours_changed_cb), self);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      adw_preferences_group_add (self->hours_group, row);
    }
}

static void
limit_changed_cb (NcParentsWindow *self)
{
  NcProfile *profile = time_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  int minutes = gtk_switch_get_active (self->limit_switch)
                ? gtk_spin_button_get_value_as_int (self->minutes_spin) : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_spin), gtk_switch_get_active (self->limit_switch));
  if (self->loading || profile == NULL || minutes == profile->daily_limit_minutes)
    return;
  copy = nc_profile_copy (profile);
  copy->daily_limit_minutes = minutes;
  save_profile (self, copy);
}

static char *
format_minutes (int minutes)
{
  if (minutes >= 60 && minutes % 60 == 0)
    return g_strdup_printf (ngettext ("%d hour", "%d hours", (gulong) (minutes / 60)),
                            minutes / 60);
  if (minutes >= 60)
    /* Translators: a duration, e.g. "1 h 25 min" */
    return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
  return g_strdup_printf (ngettext ("%d minute", "%d minutes", (gulong) minutes), minutes);
}

static void
refresh_time (NcParentsWindow *self)
{
  NcProfile *profile = time_profile (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = nc_store_day_key (now);
  g_autofree char *used = NULL;
  int extension;

  gtk_widget_set_sensitive (GTK_WIDGET (self->limit_group), profile != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->hours_group), profile != NULL);
  if (profile == NULL)
    return;

  self->loading++;

  gtk_switch_set_active (self->limit_switch, profile->daily_limit_minutes > 0);
  if (profile->daily_limit_minutes > 0)
    gtk_spin_button_set_value (self->minutes_spin, profile->daily_limit_minutes);
  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_spin), profile->daily_limit_minutes > 0);
  apply_lock (self, GTK_WIDGET (self->limit_row), "profile.daily-limit-minutes",
              _("When it is off, there is no daily limit."));
  apply_lock (self, GTK_WIDGET (self->minutes_row), "profile.daily-limit-minutes", NULL);

  used = format_minutes (nc_store_get_usage (self->store, profile->id, day) / 60);
  extension = nc_store_get_extension (self->store, profile->id, day);
  if (extension == NC_EXTENSION_NO_LIMIT)
    {
      g_autofree char *text = g_strdup_printf (_("%s (no limit today)"), used);
      adw_action_row_set_subtitle (self->used_today_row, text);
    }
  else if (extension > 0)
    {
      g_autofree char *extra = format_minutes (extension);
      /* Translators: "25 minutes (10 minutes more given today)" */
      g_autofree char *text = g_strdup_printf (_("%s (%s more given today)"), used, extra);
      adw_action_row_set_subtitle (self->used_today_row, text);
    }
  else
    adw_action_row_set_subtitle (self->used_today_row, used);

  for (int d = 0; d < 7; d++)
    {
      int from, until;

      hours_to_span (profile->allowed_hours[d], &from, &until);
      gtk_spin_button_set_value (self->hour_from[d], from);
      gtk_spin_button_set_value (self->hour_until[d], until);
      update_hour_row_subtitle (self, d);
    }

  self->loading--;
}

static void
time_profile_changed_cb (NcParentsWindow *self)
{
  if (!self->loading)
    refresh_time (self);
}

/* ---- Activity ----------------------------------------------------------- */

static const int period_days[] = { 7, 30, 90 };

static const char * const short_weekdays[7] = {
  /* Translators: short weekday names, for the chart of time per day */
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

static void
refresh_activity (NcParentsWindow *self)
{
  gint64 profile_id = combo_profile_id (self, self->activity_profile_row, TRUE);
  guint period = adw_combo_row_get_selected (self->activity_period_row);
  int days = period_days[MIN (period, G_N_ELEMENTS (period_days) - 1)];
  g_autoptr(GPtrArray) by_ref = NULL;
  g_autoptr(GPtrArray) by_host = NULL;
  g_autoptr(GPtrArray) per_day = NULL;
  g_autoptr(GError) error = NULL;

  if (profile_id < 0)
    return;

  nc_bar_chart_clear (self->rules_chart);
  nc_bar_chart_clear (self->sites_chart);
  nc_bar_chart_clear (self->time_chart);

  by_ref = nc_store_count_warnings_by_ref (self->store, profile_id, days, &error);
  for (guint i = 0; by_ref != NULL && i < by_ref->len; i++)
    {
      NcCount *count = g_ptr_array_index (by_ref, i);
      const NcCodeRef *ref = nc_code_ref_lookup (count->key);
      g_autofree char *value = g_strdup_printf ("%d", count->count);

      nc_bar_chart_add_bar (self->rules_chart,
                            ref != NULL ? nc_code_ref_get_title (ref) : count->key,
                            count->count, value);
    }

  by_host = nc_store_count_warnings_by_host (self->store, profile_id, days, NULL);
  for (guint i = 0; by_host != NULL && i < by_host->len && i < 10; i++)
    {
      NcCount *count = g_ptr_array_index (by_host, i);
      g_autofree char *value = g_strdup_printf ("%d", count->count);

      nc_bar_chart_add_bar (self->sites_chart, count->key, count->count, value);
    }

  per_day = nc_store_minutes_per_day (self->store, profile_id, MIN (days, 14), NULL);
  for (guint i = 0; per_day != NULL && i < per_day->len; i++)
    {
      NcCount *count = g_ptr_array_index (per_day, i);
      int y, m, d;
      g_autofree char *label = NULL;
      g_autofree char *value = format_minutes (count->count);

      if (sscanf (count->key, "%d-%d-%d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
        {
          GDate date;

          g_date_set_dmy (&date, d, m, y);
          /* Translators: a day in the chart of time per day: weekday, day/month, e.g. "Mon 23/11" */
          label = g_strdup_printf (_("%s %d/%d"), _(short_weekdays[g_date_get_weekday (&date) - 1]), d, m);
        }
      else
        label = g_strdup (count->key);
      nc_bar_chart_add_bar (self->time_chart, label, count->count, value);
    }

  if (error != NULL)
    show_error (self, error);
}

static void
activity_changed_cb (NcParentsWindow *self)
{
  if (!self->loading)
    refresh_activity (self);
}

/* ---- Security ----------------------------------------------------------- */

static void
post_anyway_switch_cb (GtkSwitch       *sw,
                       GParamSpec      *pspec,
                       NcParentsWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (sw), "profile-id"));
  NcProfile *profile = profile_by_id (self, id);
  g_autoptr(NcProfile) copy = NULL;

  if (self->loading || profile == NULL || gtk_switch_get_active (sw) == profile->post_anyway_allowed)
    return;
  copy = nc_profile_copy (profile);
  copy->post_anyway_allowed = gtk_switch_get_active (sw);
  save_profile (self, copy);
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

  if (!nc_pin_set (self->store, gtk_editable_get_text (GTK_EDITABLE (self->new_pin_row)), &error))
    {
      show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_pin_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_pin_again_row), "");
  toast (self, _("The PIN was changed. Use the new PIN from now on."));
}

static void
refresh_lockout (NcParentsWindow *self)
{
  int failures = nc_pin_get_failures (self->store);
  gint64 wait = nc_pin_get_wait_seconds (self->store);
  g_autofree char *text = NULL;

  if (wait > 0)
    {
      g_autofree char *duration = format_minutes ((int) ((wait + 59) / 60));
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

static void
refresh_security (NcParentsWindow *self)
{
  self->loading++;

  refresh_lockout (self);

  clear_rows (self->post_anyway_group, self->post_anyway_rows);
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
      g_object_set_data (G_OBJECT (sw), "profile-id", GSIZE_TO_POINTER (profile->id));
      g_signal_connect (sw, "notify::active", G_CALLBACK (post_anyway_switch_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      apply_lock (self, row, "profile.post-anyway-allowed",
                  profile->post_anyway_allowed ? _("May post after a reminder")
                                               : _("Must change the post first"));
      adw_preferences_group_add (self->post_anyway_group, row);
      g_ptr_array_add (self->post_anyway_rows, row);
    }

  self->loading--;
}

/* ---- Data --------------------------------------------------------------- */

static void
refresh_data (NcParentsWindow *self)
{
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
    show_error (self, error);
  refresh_data (self);
}

static void
backup_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!nc_store_backup_now (self->store, &error))
    show_error (self, error);
  else
    toast (self, _("A backup was made."));
}

static void
export_chooser_cb (GtkNativeDialog *chooser,
                   int              response,
                   NcParentsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  text = nc_settings_export (self->store, FALSE, &error);
  if (text == NULL ||
      !g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    show_error (self, error);
  else
    toast (self, _("The settings were saved."));

out:
  g_object_unref (chooser);
}

static void
export_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Settings to a File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the suggested name of a saved settings file; keep .json */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("netconduct-settings.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NcParentsWindow  *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_strcmp0 (response, "replace") != 0)
    return;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error) ||
      !nc_settings_import (self->store, contents, (gssize) length, &error))
    {
      show_error (self, error);
      return;
    }
  toast (self, _("The settings were loaded."));

  /* The profiles are new: ask again who is using the computer. */
  if (NC_IS_APPLICATION (app))
    {
      nc_application_set_profile_id (NC_APPLICATION (app), 0);
      g_application_activate (G_APPLICATION (app));
    }
}

static void
import_chooser_cb (GtkNativeDialog *chooser,
                   int              response,
                   NcParentsWindow *self)
{
  GtkWidget *dialog;
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace All Settings?"),
                                   _("The profiles, rules and lists on this computer will be replaced by those in the file. The parent PIN stays the same."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_steal_pointer (&file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Load Settings from a File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("NetConduct settings"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
restart_setup_cb (gpointer user_data)
{
  nc_application_restart_setup (NC_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static void
reset_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   NcParentsWindow  *self)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (g_strcmp0 (response, "erase") != 0)
    return;

  if (!nc_store_reset (self->store, &error) || !nc_pin_clear (self->store, &error))
    {
      show_error (self, error);
      return;
    }

  /* Nothing is set up any more: start again with the setup assistant, once
   * this dialog is done (restarting closes every window). */
  if (NC_IS_APPLICATION (app))
    g_idle_add_full (G_PRIORITY_DEFAULT, restart_setup_cb, g_object_ref (app), g_object_unref);
}

static void
reset_activated_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NcParentsWindow *self = NC_PARENTS_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Erase Everything?"),
                                              _("Every child’s profile, rules, lesson progress and activity counts, and the parent PIN, will be deleted. This cannot be undone. Save the settings to a file first if you may want them back."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase Everything"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (reset_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Everything --------------------------------------------------------- */

static void
reload_profiles (NcParentsWindow *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *profiles = nc_store_list_profiles (self->store, &error);
  gint64 web_id = combo_profile_id (self, self->web_profile_row, TRUE);
  gint64 time_id = combo_profile_id (self, self->time_profile_row, FALSE);
  gint64 activity_id = combo_profile_id (self, self->activity_profile_row, TRUE);

  if (profiles == NULL)
    {
      show_error (self, error);
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

static void
refresh_all (NcParentsWindow *self)
{
  reload_profiles (self);
  refresh_children (self);
  refresh_web (self);
  refresh_time (self);
  refresh_activity (self);
  refresh_security (self);
  refresh_data (self);
}

/* The store changed, from this window or another: rebuild what shows it. */
static void
store_changed_cb (NcStore         *store,
                  const char      *what,
                  NcParentsWindow *self)
{
  if (g_strcmp0 (what, "profiles") == 0)
    refresh_all (self);
  else if (g_strcmp0 (what, "lists") == 0)
    refresh_web (self);
  else if (g_strcmp0 (what, "time") == 0)
    {
      refresh_time (self);
      refresh_activity (self);
    }
  else if (g_strcmp0 (what, "activity") == 0)
    refresh_activity (self);
  else if (g_strcmp0 (what, "pin") == 0)
    refresh_security (self);
  else if (g_strcmp0 (what, "settings") == 0)
    refresh_data (self);
  else
    refresh_all (self);
}

/* The parents' area for @store. Open it only after the PIN gate. */
NcParentsWindow *
nc_parents_window_new (GtkWindow *parent,
                       NcStore   *store)
{
  NcParentsWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  self = g_object_new (NC_TYPE_PARENTS_WINDOW, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  refresh_all (self);

  return self;
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

  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_PARENTS_WINDOW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_clear_pointer (&self->allow_rows, g_ptr_array_unref);
  g_clear_pointer (&self->block_rows, g_ptr_array_unref);
  g_clear_pointer (&self->subject_rows, g_ptr_array_unref);
  g_clear_pointer (&self->category_rows, g_ptr_array_unref);
  g_clear_pointer (&self->post_anyway_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (nc_parents_window_parent_class)->dispose (object);
}

static void
nc_parents_window_class_init (NcParentsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_parents_window_dispose;

  g_type_ensure (NC_TYPE_BAR_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-parents-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, name)
  BIND (children_list);
  BIND (web_profile_row);
  BIND (social_group);
  BIND (social_row);
  BIND (allow_only_row);
  BIND (allow_only_switch);
  BIND (allow_group);
  BIND (allow_entry_row);
  BIND (block_group);
  BIND (block_entry_row);
  BIND (subjects_group);
  BIND (categories_group);
  BIND (time_profile_row);
  BIND (limit_group);
  BIND (limit_row);
  BIND (limit_switch);
  BIND (minutes_row);
  BIND (minutes_spin);
  BIND (used_today_row);
  BIND (hours_group);
  BIND (activity_profile_row);
  BIND (activity_period_row);
  BIND (rules_chart);
  BIND (sites_chart);
  BIND (time_chart);
  BIND (new_pin_row);
  BIND (new_pin_again_row);
  BIND (change_pin_row);
  BIND (lockout_row);
  BIND (post_anyway_group);
  BIND (notice_group);
  BIND (notice_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, web_profile_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, social_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, allow_only_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, allow_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, block_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_profile_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, limit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_pin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_pin_activated_cb);

  gtk_widget_class_install_action (widget_class, "parents.add-child", NULL, add_child_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.remove-profile", "x", remove_profile_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.remove-host", "(xus)", remove_host_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.change-pin", NULL, change_pin_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.import-list", NULL, import_list_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.remove-list", "x", remove_list_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.export", NULL, export_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.import", NULL, import_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.backup", NULL, backup_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.reset", NULL, reset_activated_cb);
  gtk_widget_class_install_action (widget_class, "parents.dismiss-notice", NULL, dismiss_notice_activated_cb);
}

static void
nc_parents_window_init (NcParentsWindow *self)
{
  const char *social[] = { _("Blocked"), _("Allowed, with reminders"), NULL };
  const char *periods[] = { _("Last 7 days"), _("Last 30 days"), _("Last 90 days"), NULL };
  g_autoptr(GtkStringList) social_model = gtk_string_list_new (social);
  g_autoptr(GtkStringList) period_model = gtk_string_list_new (periods);

  self->profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_profile_free);
  self->allow_rows = g_ptr_array_new ();
  self->block_rows = g_ptr_array_new ();
  self->subject_rows = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();
  self->post_anyway_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading++;
  adw_combo_row_set_model (self->social_row, G_LIST_MODEL (social_model));
  adw_combo_row_set_model (self->activity_period_row, G_LIST_MODEL (period_model));
  build_hour_rows (self);
  nc_bar_chart_set_empty_text (self->rules_chart, _("No reminders in this period."));
  nc_bar_chart_set_empty_text (self->sites_chart, _("No reminders in this period."));
  nc_bar_chart_set_empty_text (self->time_chart, _("No time online in this period."));
  self->loading--;

  update_new_pin (self);
  watch_activity (self);
}
