/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-pin-gate.c — the one prompt for the parent PIN
 *
 * Every PIN prompt is this gate: the parents' area, an older child's
 * profile in the chooser, "Ask a parent" on a blocked page (allow once or
 * always) and more time on the web when time is up (how many minutes).
 *
 * A small modal window: the PIN entry, Cancel and Unlock, or instead of
 * Unlock the caller's choices (nc_pin_gate_add_choice()). A wrong PIN keeps
 * the window open and says so; while the store's lock-out runs, the entry is
 * insensitive and a countdown says how long to wait. On the right PIN the
 * window emits "unlocked" and closes. The PIN is cleared from the entry as
 * soon as it was checked and is never logged.
 *
 * On a computer where no PIN was set yet (an administrator made the
 * profiles with netconductctl but no PIN), the gate asks for a new PIN,
 * typed twice, instead: the parents' area is never open without one.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nc-pin.h"
#include "nc-pin-gate.h"
#include "nc-rules-source-store.h"
#include "nc-ui-dialog.h"

struct _NcPinGate
{
  AdwWindow     parent_instance;

  NcStore      *store;
  NcRulesSource *source;      /* checks the PIN: the store, or the family service */
  char         *pin;          /* the PIN that opened the gate, while "unlocked" runs */
  guint         countdown_id;
  gboolean      creating;     /* no PIN yet: this gate makes one */

  char         *choice;       /* the first choice, then the one taken */
  gboolean      has_choices;

  GtkLabel     *message_label;
  GtkButton    *unlock_button;
  GtkBox       *choices_box;
  GtkEditable  *pin_entry;
  GtkEditable  *pin_again_entry;
  GtkLabel     *status_label;
};

G_DEFINE_FINAL_TYPE (NcPinGate, nc_pin_gate, ADW_TYPE_WINDOW)

enum {
  UNLOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean countdown_cb (gpointer user_data);

static void
show_status (NcPinGate  *self,
             const char *text)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

/* Shows the lock-out, if one runs, and keeps a one-second countdown going
 * until it ends. Returns whether the gate is locked. */
static gboolean
update_lockout (NcPinGate *self)
{
  gint64 wait = nc_rules_source_get_pin_wait (self->source);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  gboolean ready;

  /* The entry must lose the focus before it turns insensitive. */
  if (wait > 0 && focus != NULL &&
      (focus == GTK_WIDGET (self->pin_entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->pin_entry))))
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pin_entry), wait <= 0);
  if (self->creating)
    ready = nc_pin_check_pair (gtk_editable_get_text (self->pin_entry),
                               gtk_editable_get_text (self->pin_again_entry)) == NC_PIN_PAIR_READY;
  else
    ready = wait <= 0 && *gtk_editable_get_text (self->pin_entry) != '\0';
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.unlock", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.choose", ready);

  if (wait > 0)
    {
      g_autofree char *text = NULL;

      if (wait >= 120)
        text = g_strdup_printf (ngettext ("Too many wrong tries. Please wait %d minute before trying again.",
                                          "Too many wrong tries. Please wait %d minutes before trying again.",
                                          (gulong) ((wait + 59) / 60)),
                                (int) ((wait + 59) / 60));
      else
        text = g_strdup_printf (ngettext ("Too many wrong tries. Please wait %d second before trying again.",
                                          "Too many wrong tries. Please wait %d seconds before trying again.",
                                          (gulong) wait),
                                (int) wait);
      show_status (self, text);
      if (self->countdown_id == 0)
        self->countdown_id = g_timeout_add_seconds (1, countdown_cb, self);
      return TRUE;
    }

  return FALSE;
}

static gboolean
countdown_cb (gpointer user_data)
{
  NcPinGate *self = NC_PIN_GATE (user_data);

  if (update_lockout (self))
    return G_SOURCE_CONTINUE;

  self->countdown_id = 0;
  show_status (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->pin_entry));
  return G_SOURCE_REMOVE;
}

/* The right PIN: remember @choice, say so, close. */
static void
open_gate (NcPinGate  *self,
           const char *choice,
           char       *pin)
{
  g_autofree char *taken = g_strdup (choice);

  g_free (self->choice);
  self->choice = g_steal_pointer (&taken);
  self->pin = pin;
  g_signal_emit (self, signals[UNLOCKED], 0);
  self->pin = NULL;
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Checks (or, with no PIN yet, creates) the PIN typed; on success opens
 * the gate with @choice. */
static void
try_unlock (NcPinGate  *self,
            const char *choice)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pin = g_strdup (gtk_editable_get_text (self->pin_entry));
  int result;

  if (self->creating)
    {
      if (nc_pin_check_pair (pin, gtk_editable_get_text (self->pin_again_entry)) != NC_PIN_PAIR_READY)
        return;
      if (!nc_pin_set (self->store, pin, &error))
        {
          show_status (self, error->message);
          return;
        }
      open_gate (self, choice, pin);
      memset (pin, 0, strlen (pin));
      return;
    }

  if (update_lockout (self) || *pin == '\0')
    return;

  /* A gate with no choices opens the parents' area ("parents": in family
   * mode, this connection may then read the service's reports). */
  result = nc_rules_source_check_pin (self->source, pin, self->has_choices ? "unlock" : "parents", &error);
  gtk_editable_set_text (self->pin_entry, "");

  /* Wipe our copy at once, right or wrong (after the handlers of
   * "unlocked", which may hand it on to the family service). */
  if (result == NC_PIN_OK)
    open_gate (self, choice, pin);
  memset (pin, 0, strlen (pin));
  if (result == NC_PIN_OK)
    return;

  if (result < 0)
    show_status (self, error->message);
  else if (!update_lockout (self))
    {
      int left = nc_rules_source_is_family (self->source) ? 0 : NC_PIN_FREE_TRIES - nc_pin_get_failures (self->store);
      g_autofree char *text = NULL;

      if (left > 0 && left < NC_PIN_FREE_TRIES)
        text = g_strdup_printf (ngettext ("That PIN is not right. %d more try before a short wait.",
                                          "That PIN is not right. %d more tries before a short wait.",
                                          (gulong) left),
                                left);
      else
        text = g_strdup (_("That PIN is not right. Please try again."));
      show_status (self, text);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->pin_entry));
}

/* "gate.unlock": the Unlock button, or Enter: the first choice. */
static void
unlock_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcPinGate *self = NC_PIN_GATE (widget);
  g_autofree char *choice = g_strdup (self->choice);

  try_unlock (self, choice);
}

/* "gate.choose" (s): one of the choices' buttons. */
static void
choose_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  try_unlock (NC_PIN_GATE (widget), g_variant_get_string (parameter, NULL));
}

static void
pin_activate_cb (NcPinGate *self)
{
  if (self->creating)
    gtk_widget_grab_focus (GTK_WIDGET (self->pin_again_entry));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "gate.unlock", NULL);
}

static void
pin_again_activate_cb (NcPinGate *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "gate.unlock", NULL);
}

static void
pin_changed_cb (NcPinGate *self)
{
  update_lockout (self);
}

/* A gate in front of @parent. Connect to "unlocked" and present it. */
NcPinGate *
nc_pin_gate_new (GtkWindow *parent,
                 NcStore   *store)
{
  return nc_pin_gate_new_with_source (parent, store, NULL);
}

/* The same, checking the PIN through @source (NULL: @store's own). In
 * family mode the service keeps the PIN: the gate never creates one. */
NcPinGate *
nc_pin_gate_new_with_source (GtkWindow     *parent,
                             NcStore       *store,
                             NcRulesSource *source)
{
  NcPinGate *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  g_return_val_if_fail (source == NULL || NC_IS_RULES_SOURCE (source), NULL);

  self = g_object_new (NC_TYPE_PIN_GATE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->source = source != NULL ? g_object_ref (source) : nc_rules_source_store_new (store);
  if (!nc_rules_source_is_family (self->source) && !nc_pin_is_set (store))
    {
      self->creating = TRUE;
      gtk_label_set_text (self->message_label,
                          _("No parent PIN has been set on this computer yet. Choose one now, and type it twice: 4 to 8 digits, or a passphrase of at least 8 characters."));
      gtk_button_set_label (self->unlock_button, _("_Create PIN"));
      gtk_widget_set_visible (GTK_WIDGET (self->pin_again_entry), TRUE);
      g_object_set (self->pin_entry, "placeholder-text", _("New PIN"), NULL);
    }
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  update_lockout (self);

  return self;
}

/*
 * A gate a child opens (ask a parent, more time), over @widget's window.
 * A child must not choose the PIN: when none is set yet, this says
 * @no_pin_message in a dialog instead and returns NULL. Otherwise the gate,
 * titled @title and saying @message; add the choices, connect to
 * "unlocked" and present it.
 */
NcPinGate *
nc_pin_gate_new_for_child (GtkWidget     *widget,
                           NcStore       *store,
                           NcRulesSource *source,
                           const char    *title,
                           const char    *message,
                           const char    *no_pin_message)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  NcPinGate *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (store == NULL || NC_IS_STORE (store), NULL);

  if (store == NULL || (source != NULL ? !nc_rules_source_pin_is_set (source) : !nc_pin_is_set (store)))
    {
      nc_ui_dialog_tell (parent, _("No Parent PIN Yet"), no_pin_message);
      return NULL;
    }

  self = nc_pin_gate_new_with_source (parent, store, source);
  gtk_window_set_title (GTK_WINDOW (self), title);
  nc_pin_gate_set_message (self, message);
  return self;
}

/*
 * Puts a button @label (with a mnemonic) for @choice_id in place of
 * Unlock; the first one added is the suggested one, which Enter takes.
 * After "unlocked", nc_pin_gate_get_choice() says which one opened.
 */
void
nc_pin_gate_add_choice (NcPinGate  *self,
                        const char *choice_id,
                        const char *label)
{
  GtkWidget *button;

  g_return_if_fail (NC_IS_PIN_GATE (self));
  g_return_if_fail (choice_id != NULL && label != NULL);

  button = gtk_button_new_with_mnemonic (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "gate.choose");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", choice_id);
  gtk_widget_add_css_class (button, "pill");
  if (!self->has_choices)
    {
      gtk_widget_add_css_class (button, "suggested-action");
      g_free (self->choice);
      self->choice = g_strdup (choice_id);
      self->has_choices = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self->unlock_button), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->choices_box), TRUE);
    }
  gtk_box_append (self->choices_box, button);
}

/* Which choice the right PIN opened: a choice id, or "unlock" for a gate
 * without choices. Meaningful in and after "unlocked". */
const char *
nc_pin_gate_get_choice (NcPinGate *self)
{
  g_return_val_if_fail (NC_IS_PIN_GATE (self), NULL);
  return self->choice;
}

/* The PIN that opened the gate, only while "unlocked" is emitted (it is
 * wiped afterwards); for a change the family service checks again. */
const char *
nc_pin_gate_get_pin (NcPinGate *self)
{
  g_return_val_if_fail (NC_IS_PIN_GATE (self), NULL);
  return self->pin;
}

/* Says what the PIN opens, instead of the general "Enter the parent PIN
 * to continue." (not when the gate asks for a new PIN). */
void
nc_pin_gate_set_message (NcPinGate  *self,
                         const char *message)
{
  g_return_if_fail (NC_IS_PIN_GATE (self));
  g_return_if_fail (message != NULL);

  if (!self->creating)
    gtk_label_set_text (self->message_label, message);
}

static void
nc_pin_gate_dispose (GObject *object)
{
  NcPinGate *self = NC_PIN_GATE (object);

  g_clear_handle_id (&self->countdown_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_PIN_GATE);
  g_clear_object (&self->store);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (nc_pin_gate_parent_class)->dispose (object);
}

static void
nc_pin_gate_finalize (GObject *object)
{
  NcPinGate *self = NC_PIN_GATE (object);

  g_free (self->choice);

  G_OBJECT_CLASS (nc_pin_gate_parent_class)->finalize (object);
}

static void
nc_pin_gate_class_init (NcPinGateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_pin_gate_dispose;
  object_class->finalize = nc_pin_gate_finalize;

  /* Emitted when the right PIN was entered, just before the gate closes. */
  signals[UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-pin-gate.ui");
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, message_label);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, choices_box);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, pin_again_entry);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, status_label);
  gtk_widget_class_bind_template_callback (widget_class, pin_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_again_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_changed_cb);

  gtk_widget_class_install_action (widget_class, "gate.unlock", NULL, unlock_activated_cb);
  gtk_widget_class_install_action (widget_class, "gate.choose", "s", choose_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nc_pin_gate_init (NcPinGate *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choice = g_strdup ("unlock");
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->pin_entry));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.unlock", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.choose", FALSE);
}
