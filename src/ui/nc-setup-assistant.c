/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-setup-assistant.c — the first-run setup: language, PIN, children
 *
 * Five steps in a GtkStack: welcome, language, PIN (typed twice), children
 * (name, picture, age band), summary. Nothing is written until Finish; then
 * the PIN, the language and every profile go to the store in one go and the
 * window emits "finished" and activates the application again, which now
 * opens the main window. Every step is reachable with the actions
 * setup.back / setup.next / setup.add-child, so the keyboard (and the tests)
 * can drive it.
 *
 * Choosing a language applies it at once: the window rebuilds itself in the
 * new language at the same step, keeping what was typed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-language.h"
#include "nc-pin.h"
#include "nc-profile-ui.h"
#include "nc-setup-assistant.h"
#include "nc-ui-dialog.h"

typedef struct
{
  char  *name;
  char  *avatar;
  guint  band;
} ChildDraft;

struct _NcSetupAssistant
{
  AdwApplicationWindow  parent_instance;

  NcStore              *store;      /* NULL: it could not be opened */
  GPtrArray            *children;   /* of ChildDraft, shared when rebuilt */
  gboolean              rebuilding;

  AdwWindowTitle       *window_title;
  GtkWidget            *back_button;
  GtkButton            *next_button;
  GtkStack             *steps;
  AdwStatusPage        *welcome_page;
  GtkCheckButton       *vi_check;
  GtkCheckButton       *en_check;
  AdwEntryRow          *pin_row;
  AdwEntryRow          *pin_confirm_row;
  GtkLabel             *pin_status_label;
  AdwEntryRow          *name_row;
  GtkFlowBox           *avatar_box;
  AdwComboRow          *band_row;
  AdwActionRow         *band_info_row;
  GtkWidget            *children_group;
  GtkListBox           *children_list;
  AdwActionRow         *summary_language_row;
  GtkListBox           *summary_children_list;
};

G_DEFINE_FINAL_TYPE (NcSetupAssistant, nc_setup_assistant, ADW_TYPE_APPLICATION_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const step_names[] = { "welcome", "language", "pin", "children", "summary" };

static void
child_draft_free (gpointer data)
{
  ChildDraft *child = data;

  g_free (child->name);
  g_free (child->avatar);
  g_free (child);
}

static guint
current_step (NcSetupAssistant *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->steps);

  for (guint i = 0; i < G_N_ELEMENTS (step_names); i++)
    if (g_strcmp0 (name, step_names[i]) == 0)
      return i;
  g_assert_not_reached ();
}

/* The name of the step on show: "welcome", "language", "pin", "children"
 * or "summary". */
const char *
nc_setup_assistant_get_step (NcSetupAssistant *self)
{
  g_return_val_if_fail (NC_IS_SETUP_ASSISTANT (self), NULL);
  return gtk_stack_get_visible_child_name (self->steps);
}

static gboolean
pin_ready (NcSetupAssistant *self)
{
  const char *pin = gtk_editable_get_text (GTK_EDITABLE (self->pin_row));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->pin_confirm_row));

  return nc_pin_validate (pin, NULL) && nc_pin_check_pair (pin, again) == NC_PIN_PAIR_READY;
}

static gboolean
step_complete (NcSetupAssistant *self,
               guint             step)
{
  switch (step)
    {
    case 2:
      return pin_ready (self);
    case 3:
      return self->children->len > 0;
    default:
      return TRUE;
    }
}

static void
update_pin_status (NcSetupAssistant *self)
{
  const char *pin = gtk_editable_get_text (GTK_EDITABLE (self->pin_row));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->pin_confirm_row));
  g_autoptr(GError) error = NULL;

  /* The one rule for a PIN is nc_pin_validate()'s. */
  if (!nc_pin_validate (pin, &error))
    {
      gtk_label_set_text (self->pin_status_label, error->message);
      return;
    }
  switch (nc_pin_check_pair (pin, again))
    {
    case NC_PIN_PAIR_UNCONFIRMED:
      gtk_label_set_text (self->pin_status_label, _("Now type the same PIN again, to be sure."));
      break;
    case NC_PIN_PAIR_DIFFERENT:
      gtk_label_set_text (self->pin_status_label, _("The two PINs are not the same. Type them again."));
      break;
    case NC_PIN_PAIR_READY:
      gtk_label_set_text (self->pin_status_label, _("The PIN is ready."));
      break;
    case NC_PIN_PAIR_EMPTY:
    case NC_PIN_PAIR_INVALID:
    default:
      gtk_label_set_text (self->pin_status_label, "");
      break;
    }
}

static void
update_navigation (NcSetupAssistant *self)
{
  guint step = current_step (self);
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (self->back_button, step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.back", step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.next", step_complete (self, step));
  gtk_button_set_label (self->next_button,
                        step == G_N_ELEMENTS (step_names) - 1 ? _("_Finish") : _("_Next"));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), step > 0);

  /* Translators: the position in the setup assistant, e.g. "Step 2 of 5" */
  subtitle = g_strdup_printf (_("Step %u of %u"), step + 1, (guint) G_N_ELEMENTS (step_names));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
fill_child_list (NcSetupAssistant *self,
                 GtkListBox       *list,
                 gboolean          removable)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);

  for (guint i = 0; i < self->children->len; i++)
    {
      ChildDraft *child = g_ptr_array_index (self->children, i);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), child->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   removable ? nc_profile_ui_get_band_title (child->band)
                                             : nc_profile_ui_get_band_description (child->band));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 nc_profile_ui_new_avatar (child->name, child->avatar, 40));
      if (removable)
        {
          GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          /* Translators: a tooltip on the button that removes a child from the list */
          gtk_widget_set_tooltip_text (remove, _("Remove"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "setup.remove-child");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", i);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
        }
      gtk_list_box_append (list, row);
    }

  if (self->children->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No child added yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (list, row);
    }
}

static void
update_summary (NcSetupAssistant *self)
{
  adw_action_row_set_subtitle (self->summary_language_row,
                               gtk_check_button_get_active (self->vi_check) ? "Tiếng Việt" : "English");
  fill_child_list (self, self->summary_children_list, FALSE);
}

static void
go_to_step (NcSetupAssistant *self,
            guint             step)
{
  g_assert (step < G_N_ELEMENTS (step_names));

  if (step == G_N_ELEMENTS (step_names) - 1)
    update_summary (self);
  gtk_stack_set_visible_child_name (self->steps, step_names[step]);

  switch (step)
    {
    case 2:
      gtk_widget_grab_focus (GTK_WIDGET (self->pin_row));
      break;
    case 3:
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      break;
    default:
      gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
      break;
    }
  update_navigation (self);
}

/* Writes everything to the store. The PIN is handed to the store, which
 * keeps only its hash; it is never logged. */
static gboolean
save_setup (NcSetupAssistant  *self,
            GError           **error)
{
  NcStore *store = self->store;

  if (store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The settings cannot be opened."));
      return FALSE;
    }

  if (!nc_store_begin (store, error))
    return FALSE;

  if (!nc_pin_set (store, gtk_editable_get_text (GTK_EDITABLE (self->pin_row)), error) ||
      !nc_store_set_string (store, NC_SETTING_UI_LANGUAGE,
                            gtk_check_button_get_active (self->vi_check) ? "vi" : "en", error))
    goto fail;

  for (guint i = 0; i < self->children->len; i++)
    {
      ChildDraft *child = g_ptr_array_index (self->children, i);

      if (nc_store_add_profile (store, child->name, child->avatar, child->band, error) == 0)
        goto fail;
    }

  if (!nc_store_set_boolean (store, NC_SETTING_FIRST_RUN_DONE, TRUE, error))
    goto fail;

  /* After a damaged file was replaced by a fresh one, the parent was told
   * on the first page and has now set everything up again: the strict
   * recovery rules give way to the ones just chosen. */
  if (nc_store_get_recovery (store) == NC_STORE_RECOVERY_FRESH &&
      !nc_store_clear_recovery (store, error))
    goto fail;

  /* A failed commit rolls back by itself. */
  return nc_store_commit (store, error);

fail:
  nc_store_rollback (store);
  return FALSE;
}

static void
back_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NcSetupAssistant *self = NC_SETUP_ASSISTANT (widget);
  guint step = current_step (self);

  if (step > 0)
    go_to_step (self, step - 1);
}

static void
next_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NcSetupAssistant *self = NC_SETUP_ASSISTANT (widget);
  guint step = current_step (self);
  g_autoptr(GError) error = NULL;

  if (!step_complete (self, step))
    return;

  if (step + 1 < G_N_ELEMENTS (step_names))
    {
      go_to_step (self, step + 1);
      return;
    }

  if (!save_setup (self, &error))
    {
      nc_ui_dialog_tell (GTK_WINDOW (self), _("The Settings Could Not Be Saved"), error->message);
      return;
    }

  /* The application sees that setup is done and opens what comes next. */
  g_signal_emit (self, signals[FINISHED], 0);
  g_application_activate (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
update_child_form (NcSetupAssistant *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.add-child", *name != '\0');
  adw_action_row_set_subtitle (self->band_info_row,
                               nc_profile_ui_get_band_description (adw_combo_row_get_selected (self->band_row)));
}

static void
add_child_activated_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NcSetupAssistant *self = NC_SETUP_ASSISTANT (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autoptr(GList) selected = gtk_flow_box_get_selected_children (self->avatar_box);
  ChildDraft *child;

  if (*name == '\0')
    return;

  child = g_new0 (ChildDraft, 1);
  child->name = g_steal_pointer (&name);
  child->band = adw_combo_row_get_selected (self->band_row);
  child->avatar = g_strdup (nc_profile_ui_get_avatar (selected != NULL
                                                      ? (guint) gtk_flow_box_child_get_index (selected->data)
                                                      : self->children->len % nc_profile_ui_get_n_avatars ()));
  g_ptr_array_add (self->children, child);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_flow_box_unselect_all (self->avatar_box);
  fill_child_list (self, self->children_list, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  update_navigation (self);
}

static void
remove_child_activated_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NcSetupAssistant *self = NC_SETUP_ASSISTANT (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->children->len)
    return;
  g_ptr_array_remove_index (self->children, index);
  fill_child_list (self, self->children_list, TRUE);
  update_navigation (self);
}

static void
pin_changed_cb (NcSetupAssistant *self)
{
  update_pin_status (self);
  update_navigation (self);
}

static void
pin_activated_cb (NcSetupAssistant *self)
{
  if (nc_pin_validate (gtk_editable_get_text (GTK_EDITABLE (self->pin_row)), NULL))
    gtk_widget_grab_focus (GTK_WIDGET (self->pin_confirm_row));
}

static void
pin_confirm_activated_cb (NcSetupAssistant *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "setup.next", NULL);
}

static void
child_form_changed_cb (NcSetupAssistant *self)
{
  update_child_form (self);
}

static void
name_activated_cb (NcSetupAssistant *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "setup.add-child", NULL);
}

static void
band_changed_cb (NcSetupAssistant *self)
{
  update_child_form (self);
}

static NcSetupAssistant *
setup_assistant_new_full (GtkApplication *application,
                          NcStore        *store,
                          GPtrArray      *children,
                          const char     *pin,
                          const char     *pin_again,
                          const char     *step);

/* Rebuilds the window in the newly chosen language, at the same step. */
static gboolean
rebuild_in_language_cb (gpointer user_data)
{
  NcSetupAssistant *self = NC_SETUP_ASSISTANT (user_data);
  NcSetupAssistant *next;

  next = setup_assistant_new_full (gtk_window_get_application (GTK_WINDOW (self)), self->store,
                                   self->children,
                                   gtk_editable_get_text (GTK_EDITABLE (self->pin_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->pin_confirm_row)),
                                   nc_setup_assistant_get_step (self));
  gtk_window_present (GTK_WINDOW (next));
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);

  return G_SOURCE_REMOVE;
}

static void
language_toggled_cb (NcSetupAssistant *self,
                     GtkCheckButton   *check)
{
  const char *code;

  if (self->rebuilding || !gtk_check_button_get_active (check))
    return;

  code = check == self->vi_check ? "vi" : "en";
  if (g_strcmp0 (code, nc_language_get_current ()) == 0)
    return;

  nc_language_apply (code);
  self->rebuilding = TRUE;
  /* Not from inside the toggle handler: the button is still in use. */
  g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_in_language_cb, g_object_ref (self), NULL);
}

static void
build_avatar_choices (NcSetupAssistant *self)
{
  for (guint i = 0; i < nc_profile_ui_get_n_avatars (); i++)
    {
      GtkWidget *image = gtk_image_new_from_icon_name (nc_profile_ui_get_avatar (i));

      g_autofree char *label = NULL;

      gtk_image_set_pixel_size (GTK_IMAGE (image), 24);
      gtk_widget_set_size_request (image, 40, 40);
      gtk_flow_box_append (self->avatar_box, image);
      /* Translators: the accessible name of the n-th picture a child can choose */
      label = g_strdup_printf (_("Picture %u"), i + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (image)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static NcSetupAssistant *
setup_assistant_new_full (GtkApplication *application,
                          NcStore        *store,
                          GPtrArray      *children,
                          const char     *pin,
                          const char     *pin_again,
                          const char     *step)
{
  NcSetupAssistant *self = g_object_new (NC_TYPE_SETUP_ASSISTANT, "application", application, NULL);

  self->store = store != NULL ? g_object_ref (store) : NULL;

  /* The settings file was damaged and nothing could be saved from it: say
   * so to the parent, who is the one to set things up again. Until then no
   * child can browse (there is no profile; the main window does not open),
   * and after Finish the store keeps the strictest rules only until now. */
  if (store != NULL && nc_store_get_recovery (store) == NC_STORE_RECOVERY_FRESH)
    {
      adw_status_page_set_icon_name (self->welcome_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->welcome_page, _("The Settings Were Damaged"));
      adw_status_page_set_description (self->welcome_page,
                                       _("NetConduct’s settings file was damaged and no good copy "
                                         "was found, so NetConduct started again from the beginning. "
                                         "The children’s profiles, rules and the parent PIN are gone. "
                                         "Until you set things up again, nobody can browse.\n\n"
                                         "Please choose a language, create a parent PIN and add your "
                                         "children again."));
    }

  if (children != NULL)
    {
      g_ptr_array_unref (self->children);
      self->children = g_ptr_array_ref (children);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->pin_row), pin ? pin : "");
  gtk_editable_set_text (GTK_EDITABLE (self->pin_confirm_row), pin_again ? pin_again : "");
  update_pin_status (self);
  fill_child_list (self, self->children_list, TRUE);

  gtk_stack_set_transition_type (self->steps, GTK_STACK_TRANSITION_TYPE_NONE);
  go_to_step (self, 0);
  for (guint i = 0; step != NULL && i < G_N_ELEMENTS (step_names); i++)
    if (g_strcmp0 (step, step_names[i]) == 0)
      go_to_step (self, i);
  gtk_stack_set_transition_type (self->steps, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);

  return self;
}

/* The setup of @application, saved to @store (NULL when it could not be
 * opened: Finish then says so). */
NcSetupAssistant *
nc_setup_assistant_new (GtkApplication *application,
                        NcStore        *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || NC_IS_STORE (store), NULL);
  return setup_assistant_new_full (application, store, NULL, NULL, NULL, NULL);
}

static void
nc_setup_assistant_dispose (GObject *object)
{
  NcSetupAssistant *self = NC_SETUP_ASSISTANT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_SETUP_ASSISTANT);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nc_setup_assistant_parent_class)->dispose (object);
}

static void
nc_setup_assistant_class_init (NcSetupAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_setup_assistant_dispose;

  /* Emitted once everything was saved, just before the window closes. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-setup-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, steps);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, vi_check);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, en_check);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, pin_row);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, pin_confirm_row);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, pin_status_label);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, name_row);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, avatar_box);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, band_row);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, band_info_row);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, children_group);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, children_list);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, summary_language_row);
  gtk_widget_class_bind_template_child (widget_class, NcSetupAssistant, summary_children_list);
  gtk_widget_class_bind_template_callback (widget_class, language_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_confirm_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, child_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, band_changed_cb);

  gtk_widget_class_install_action (widget_class, "setup.back", NULL, back_activated_cb);
  gtk_widget_class_install_action (widget_class, "setup.next", NULL, next_activated_cb);
  gtk_widget_class_install_action (widget_class, "setup.add-child", NULL, add_child_activated_cb);
  gtk_widget_class_install_action (widget_class, "setup.remove-child", "u", remove_child_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "setup.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "setup.next", NULL);
}

static void
nc_setup_assistant_init (NcSetupAssistant *self)
{
  g_autoptr(GtkStringList) bands = NULL;

  self->children = g_ptr_array_new_with_free_func (child_draft_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  bands = nc_profile_ui_new_band_model ();
  adw_combo_row_set_model (self->band_row, G_LIST_MODEL (bands));
  adw_combo_row_set_selected (self->band_row, 1);
  build_avatar_choices (self);

  /* Set without rebuilding: this is the language already in use. */
  self->rebuilding = TRUE;
  gtk_check_button_set_active (g_strcmp0 (nc_language_get_current (), "vi") == 0
                               ? self->vi_check : self->en_check, TRUE);
  self->rebuilding = FALSE;

  update_child_form (self);
}
