/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-profile-chooser.c — "Who is using the computer?"
 *
 * A modal window over the main window with one big button per profile
 * (picture and name). Choosing one emits "chosen" with the profile's id and
 * closes the window. It cannot be dismissed without a choice: a child's
 * rules must always be known. The list follows the store's "changed::profiles".
 *
 * An older child's profile (see nc_store_profile_needs_pin()) shows a lock
 * and opens only after the parent PIN, so that a younger brother or sister
 * cannot take its freedom.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-pin-gate.h"
#include "nc-profile-chooser.h"
#include "nc-profile-ui.h"

struct _NcProfileChooser
{
  AdwWindow   parent_instance;

  NcStore    *store;
  GtkFlowBox *flow;
};

G_DEFINE_FINAL_TYPE (NcProfileChooser, nc_profile_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choose (NcProfileChooser *self,
        gint64            profile_id)
{
  g_signal_emit (self, signals[CHOSEN], 0, profile_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
gate_unlocked_cb (NcPinGate        *gate,
                  NcProfileChooser *self)
{
  choose (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (gate), "profile-id")));
}

static void
choose_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcProfileChooser *self = NC_PROFILE_CHOOSER (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(NcProfile) profile = NULL;
  g_autofree char *message = NULL;
  NcPinGate *gate;

  if (!nc_store_profile_needs_pin (self->store, id))
    {
      choose (self, id);
      return;
    }

  profile = nc_store_get_profile (self->store, id, NULL);
  if (profile == NULL)
    return;
  gate = nc_pin_gate_new (GTK_WINDOW (self), self->store);
  gtk_window_set_modal (GTK_WINDOW (gate), TRUE);
  /* Translators: "%s" is a child's name */
  message = g_strdup_printf (_("%s’s profile opens with the parent PIN. Ask a parent to type it."),
                             profile->name);
  nc_pin_gate_set_message (gate, message);
  g_object_set_data (G_OBJECT (gate), "profile-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (gate, "unlocked", G_CALLBACK (gate_unlocked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (gate));
}

static void
fill (NcProfileChooser *self)
{
  g_autoptr(GPtrArray) profiles = nc_store_list_profiles (self->store, NULL);
  NcAgeBand free_band;
  gboolean known = nc_store_get_band_without_pin (self->store, &free_band);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow))) != NULL)
    gtk_flow_box_remove (self->flow, child);

  for (guint i = 0; profiles != NULL && i < profiles->len; i++)
    {
      NcProfile *profile = g_ptr_array_index (profiles, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *label = gtk_label_new (profile->name);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_widget_add_css_class (label, "title-4");
      gtk_box_append (GTK_BOX (box), nc_profile_ui_new_avatar (profile->name, profile->avatar, 96));
      gtk_box_append (GTK_BOX (box), label);
      if (!known || profile->age_band > free_band)   /* nc_store_profile_needs_pin() */
        {
          GtkWidget *lock = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          GtkWidget *caption = gtk_label_new (_("With a parent’s PIN"));

          gtk_widget_set_halign (lock, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (caption, "caption");
          gtk_box_append (GTK_BOX (lock), gtk_image_new_from_icon_name ("system-lock-screen-symbolic"));
          gtk_box_append (GTK_BOX (lock), caption);
          gtk_widget_add_css_class (lock, "dim-label");
          gtk_box_append (GTK_BOX (box), lock);
        }
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "nc-profile-button");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "chooser.choose");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", profile->id);
      gtk_flow_box_append (self->flow, button);
    }
}

static void
profiles_changed_cb (NcStore          *store,
                     const char       *what,
                     NcProfileChooser *self)
{
  fill (self);
}

/* Shows the profiles of @store over @parent; connect to "chosen". */
NcProfileChooser *
nc_profile_chooser_new (GtkWindow *parent,
                        NcStore   *store)
{
  NcProfileChooser *self;

  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  self = g_object_new (NC_TYPE_PROFILE_CHOOSER, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed::profiles", G_CALLBACK (profiles_changed_cb), self, 0);
  fill (self);

  return self;
}

/* No way out without a choice (gtk_window_destroy still works). */
static gboolean
nc_profile_chooser_close_request (GtkWindow *window)
{
  return TRUE;
}

static void
nc_profile_chooser_dispose (GObject *object)
{
  NcProfileChooser *self = NC_PROFILE_CHOOSER (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_PROFILE_CHOOSER);

  G_OBJECT_CLASS (nc_profile_chooser_parent_class)->dispose (object);
}

static void
nc_profile_chooser_class_init (NcProfileChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_profile_chooser_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = nc_profile_chooser_close_request;

  /* Emitted with the chosen profile's id, just before the window closes. */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-profile-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, NcProfileChooser, flow);
  gtk_widget_class_install_action (widget_class, "chooser.choose", "x", choose_activated_cb);
}

static void
nc_profile_chooser_init (NcProfileChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
