/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-time-limit-page.c — the Browse area's daily time limit
 *
 * Owns the profile's NcTimeKeeper. The keeper counts while the Browse area
 * is on screen (nc_time_limit_page_set_browsing(), from the browser's map
 * and unmap); lessons never count. With 5 and 1 minutes left a dialog says
 * so; at zero the page shows itself ("time-up" turns TRUE, and the browser
 * closes every tab) and its button asks a parent: the PIN gate with 15, 30
 * or 60 more minutes or no limit today.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "nc-pin-gate.h"
#include "nc-time-limit-page.h"
#include "nc-ui-dialog.h"

struct _NcTimeLimitPage
{
  AdwBin        parent_instance;

  NcStore      *store;
  NcRulesSource *source;         /* the PIN, time used and granted */
  NcTimeKeeper *keeper;          /* NULL without a profile */

  GtkButton    *ask_button;
};

G_DEFINE_FINAL_TYPE (NcTimeLimitPage, nc_time_limit_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TIME_UP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_time_up (NcTimeLimitPage *self,
             gboolean         time_up)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self)) == time_up)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self), time_up);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_UP]);
}

/* Whether today's time is used up (the page is on show). */
gboolean
nc_time_limit_page_is_time_up (NcTimeLimitPage *self)
{
  g_return_val_if_fail (NC_IS_TIME_LIMIT_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self));
}

/* The keeper of the profile in use, or NULL without one. */
NcTimeKeeper *
nc_time_limit_page_get_keeper (NcTimeLimitPage *self)
{
  g_return_val_if_fail (NC_IS_TIME_LIMIT_PAGE (self), NULL);
  return self->keeper;
}

/* Whether the Browse area is on screen, so that the time counts. */
void
nc_time_limit_page_set_browsing (NcTimeLimitPage *self,
                                 gboolean         browsing)
{
  g_return_if_fail (NC_IS_TIME_LIMIT_PAGE (self));
  if (self->keeper != NULL)
    nc_time_keeper_set_browsing (self->keeper, browsing);
}

/* After a parent's PIN: @minutes more today, or NC_EXTENSION_NO_LIMIT. */
gboolean
nc_time_limit_page_extend (NcTimeLimitPage  *self,
                           int               minutes,
                           GError          **error)
{
  g_return_val_if_fail (NC_IS_TIME_LIMIT_PAGE (self), FALSE);
  g_return_val_if_fail (self->keeper != NULL, FALSE);

  return nc_time_keeper_extend (self->keeper, minutes, error);
}

static void
show_message (NcTimeLimitPage *self,
              const char      *heading,
              const char      *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  nc_ui_dialog_tell (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
}

static void
time_warning_cb (NcTimeKeeper    *keeper,
                 int              minutes,
                 NcTimeLimitPage *self)
{
  g_autofree char *body = g_strdup_printf (ngettext ("You have %d minute left on the web today. "
                                                     "A good moment to finish what you are doing.",
                                                     "You have %d minutes left on the web today. "
                                                     "A good moment to finish what you are doing.",
                                                     minutes), minutes);

  show_message (self, _("Almost Time to Stop"), body);
}

static void
time_locked_cb (NcTimeKeeper    *keeper,
                NcTimeLimitPage *self)
{
  set_time_up (self, TRUE);
}

static void
time_unlocked_cb (NcTimeKeeper    *keeper,
                  NcTimeLimitPage *self)
{
  set_time_up (self, FALSE);
}

static void
more_time_unlocked_cb (NcPinGate       *gate,
                       NcTimeLimitPage *self)
{
  const char *choice = nc_pin_gate_get_choice (gate);
  int minutes = g_str_equal (choice, "no-limit") ? NC_EXTENSION_NO_LIMIT : atoi (choice);
  g_autoptr(GError) error = NULL;

  if (self->keeper == NULL)
    return;
  if (!nc_time_keeper_extend_with_pin (self->keeper, minutes, nc_pin_gate_get_pin (gate), &error))
    show_message (self, _("More Time Cannot Be Given"), error->message);
}

/* "time.ask-parent": the PIN gate, with how much more time. */
static void
ask_parent_activated_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NcTimeLimitPage *self = NC_TIME_LIMIT_PAGE (widget);
  NcPinGate *gate;

  gate = nc_pin_gate_new_for_child (widget, self->store, self->source, _("More Time Today"),
                                    _("A parent can give more time on the web today with their PIN."),
                                    _("A parent needs to set a PIN in the Parents area before giving more time."));
  if (gate == NULL)
    return;
  nc_pin_gate_add_choice (gate, "15", _("_15 Minutes"));
  nc_pin_gate_add_choice (gate, "30", _("_30 Minutes"));
  nc_pin_gate_add_choice (gate, "60", _("_60 Minutes"));
  nc_pin_gate_add_choice (gate, "no-limit", _("_No Limit Today"));
  g_signal_connect_object (gate, "unlocked", G_CALLBACK (more_time_unlocked_cb), self, 0);
  gtk_window_present (GTK_WINDOW (gate));
}

/* Saves the time counted so far and lets the keeper go. */
static void
stop_tracking (NcTimeLimitPage *self)
{
  if (self->keeper == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->keeper, self);
  nc_time_keeper_set_browsing (self->keeper, FALSE);
  g_clear_object (&self->keeper);
}

/* A new keeper for @profile_id with @source's limits (none for profile 0,
 * except in family mode, or without a store); the page shows at once
 * when today's time is already used up. Browsing is off until
 * nc_time_limit_page_set_browsing(). */
void
nc_time_limit_page_set_profile (NcTimeLimitPage *self,
                                NcStore         *store,
                                NcRulesSource   *source,
                                gint64           profile_id)
{
  g_return_if_fail (NC_IS_TIME_LIMIT_PAGE (self));
  g_return_if_fail (source == NULL || NC_IS_RULES_SOURCE (source));

  stop_tracking (self);
  g_set_object (&self->store, store);
  g_set_object (&self->source, source);
  if (store != NULL && source != NULL && (profile_id != 0 || nc_rules_source_is_family (source)))
    {
      self->keeper = nc_time_keeper_new_for_source (store, source, profile_id);
      g_signal_connect (self->keeper, "warning", G_CALLBACK (time_warning_cb), self);
      g_signal_connect (self->keeper, "locked", G_CALLBACK (time_locked_cb), self);
      g_signal_connect (self->keeper, "unlocked", G_CALLBACK (time_unlocked_cb), self);
    }
  set_time_up (self, self->keeper != NULL && nc_time_keeper_is_locked (self->keeper));
}

static void
nc_time_limit_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NcTimeLimitPage *self = NC_TIME_LIMIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_TIME_UP:
      g_value_set_boolean (value, nc_time_limit_page_is_time_up (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_time_limit_page_dispose (GObject *object)
{
  NcTimeLimitPage *self = NC_TIME_LIMIT_PAGE (object);

  stop_tracking (self);
  g_clear_object (&self->store);
  g_clear_object (&self->source);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_TIME_LIMIT_PAGE);

  G_OBJECT_CLASS (nc_time_limit_page_parent_class)->dispose (object);
}

static void
nc_time_limit_page_class_init (NcTimeLimitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_time_limit_page_dispose;
  object_class->get_property = nc_time_limit_page_get_property;

  /* Whether today's time is used up; the page shows then. */
  properties[PROP_TIME_UP] =
    g_param_spec_boolean ("time-up", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-time-limit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NcTimeLimitPage, ask_button);
  gtk_widget_class_install_action (widget_class, "time.ask-parent", NULL, ask_parent_activated_cb);
}

static void
nc_time_limit_page_init (NcTimeLimitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
