/* nc-pin-gate.c — asks for the parent PIN before the parents' area
 *
 * A small modal window: the PIN entry, Cancel and Unlock. A wrong PIN keeps
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

struct _NcPinGate
{
  AdwWindow     parent_instance;

  NcStore      *store;
  guint         countdown_id;
  gboolean      creating;     /* no PIN yet: this gate makes one */

  GtkLabel     *message_label;
  GtkButton    *unlock_button;
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
  gint64 wait = nc_pin_get_wait_seconds (self->store);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  /* The entry must lose the focus before it turns insensitive. */
  if (wait > 0 && focus != NULL &&
      (focus == GTK_WIDGET (self->pin_entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->pin_entry))))
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pin_entry), wait <= 0);
  if (self->creating)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.unlock",
                                   nc_pin_check_pair (gtk_editable_get_text (self->pin_entry),
                                                      gtk_editable_get_text (self->pin_again_entry)) == NC_PIN_PAIR_READY);
  else
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.unlock",
                                   wait <= 0 && *gtk_editable_get_text (self->pin_entry) != '\0');

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

static void
unlock_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcPinGate *self = NC_PIN_GATE (widget);
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
      memset (pin, 0, strlen (pin));
      g_signal_emit (self, signals[UNLOCKED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (update_lockout (self) || *pin == '\0')
    return;

  result = nc_pin_check (self->store, pin, NULL, &error);
  /* Wipe our copy and the entry at once, right or wrong. */
  memset (pin, 0, strlen (pin));
  gtk_editable_set_text (self->pin_entry, "");

  if (result == NC_PIN_OK)
    {
      g_signal_emit (self, signals[UNLOCKED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (result < 0)
    show_status (self, error->message);
  else if (!update_lockout (self))
    {
      int left = NC_PIN_FREE_TRIES - nc_pin_get_failures (self->store);
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
  NcPinGate *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NC_IS_STORE (store), NULL);

  self = g_object_new (NC_TYPE_PIN_GATE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (!nc_pin_is_set (store))
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

  G_OBJECT_CLASS (nc_pin_gate_parent_class)->dispose (object);
}

static void
nc_pin_gate_class_init (NcPinGateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_pin_gate_dispose;

  /* Emitted when the right PIN was entered, just before the gate closes. */
  signals[UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-pin-gate.ui");
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, message_label);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, pin_again_entry);
  gtk_widget_class_bind_template_child (widget_class, NcPinGate, status_label);
  gtk_widget_class_bind_template_callback (widget_class, pin_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_again_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_changed_cb);

  gtk_widget_class_install_action (widget_class, "gate.unlock", NULL, unlock_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nc_pin_gate_init (NcPinGate *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->pin_entry));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gate.unlock", FALSE);
}
