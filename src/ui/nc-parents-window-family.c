/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-family.c — part of NcParentsWindow
 *
 * Family mode's rows on the Activity page, asked of the family service
 * without blocking (the parents' PIN gate unlocked this connection): this
 * child account's whole-session time for the last 7 days beside its
 * browsing time (GetSessionDays), and whether the other web browsers are
 * held back (GetStatus's app-filters). Hidden in home mode.
 * See nc-parents-window.c and nc-parents-window-private.h.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "nc-parents-window-private.h"
#include "nc-rules-source-family.h"

#define SESSION_DAYS 7

/* What to do with a method's @reply, or its @error (a plain message). */
typedef void (*AnswerFunc) (NcParentsWindow *self,
                            GVariant        *reply,
                            const GError    *error);

typedef struct {
  NcParentsWindow *self;
  AnswerFunc       answer;
} Call;

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autofree Call *call = user_data;
  g_autoptr(NcParentsWindow) self = call->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  /* Cancelled: the window is gone, or asked again. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_dbus_error_strip_remote_error (error);
  call->answer (self, reply, error);
}

static void
session_days_answer (NcParentsWindow *self,
                     GVariant        *reply,
                     const GError    *error)
{
  g_autoptr(GVariantIter) iter = NULL;
  const char *day;
  gint32 seconds;

  nc_bar_chart_clear (self->session_chart);
  if (reply == NULL)
    {
      /* Translators: %s is the family service's reason */
      g_autofree char *text = g_strdup_printf (_("The family service did not give the time on the computer: %s"),
                                               error->message);
      nc_bar_chart_set_empty_text (self->session_chart, text);
      return;
    }
  g_variant_get (reply, "(a(si))", &iter);
  while (g_variant_iter_loop (iter, "(&si)", &day, &seconds))
    {
      g_autofree char *label = nc_parents_window_day_label (day);
      g_autofree char *value = nc_parents_window_format_minutes (MAX (seconds, 0) / 60);

      nc_bar_chart_add_bar (self->session_chart, label, MAX (seconds, 0) / 60, value);
    }
}

/* @counts (a(si), as the service sends NcCount) back as NcCount. */
static GPtrArray *
counts_from_variant (GVariant *counts)
{
  GPtrArray *array = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_count_free);

  for (gsize i = 0; i < g_variant_n_children (counts); i++)
    {
      NcCount *count = g_new0 (NcCount, 1);

      g_variant_get_child (counts, i, "(si)", &count->key, &count->count);
      count->count = MAX (count->count, 0);
      g_ptr_array_add (array, count);
    }
  return array;
}

static void
report_answer (NcParentsWindow *self,
               GVariant        *reply,
               const GError    *error)
{
  g_autoptr(GVariant) by_host = NULL, by_rule = NULL, minutes = NULL;
  g_autoptr(GPtrArray) hosts = NULL, rules = NULL, days = NULL;

  if (reply == NULL)
    {
      /* Translators: %s is the family service's reason */
      g_autofree char *text = g_strdup_printf (_("The family service did not give the report: %s"), error->message);

      nc_bar_chart_set_empty_text (self->time_chart, text);
      return;
    }
  g_variant_get (reply, "(@a(si)@a(si)@a(si))", &by_host, &by_rule, &minutes);
  rules = counts_from_variant (by_rule);
  hosts = counts_from_variant (by_host);
  days = counts_from_variant (minutes);
  if (days->len > NC_PARENTS_CHART_DAYS)        /* oldest first, as from the store */
    g_ptr_array_remove_range (days, 0, days->len - NC_PARENTS_CHART_DAYS);
  nc_parents_window_show_activity (self, rules, hosts, days);
}

/* An app-filters state (nc-family-app-filter.h) in plain words. */
static char *
describe_app_filter (const char *state)
{
  if (state == NULL)
    return g_strdup (_("The family service does not list this account as a child’s."));
  if (g_str_equal (state, "held-back"))
    return g_strdup (_("Held back: Firefox, Chromium and Epiphany do not start in this account and web links "
                       "open in NetConduct (malcontent’s app filter)."));
  if (g_str_equal (state, "pending"))
    return g_strdup (_("Being held back: the family service is setting malcontent’s app filter."));
  if (g_str_equal (state, "restored"))
    return g_strdup (_("Not held back: this account’s earlier app filter was put back."));
  if (g_str_has_prefix (state, "missing:"))
    return g_strdup (_("Not held back: malcontent is not installed on this computer, so Firefox, Chromium and "
                       "Epiphany still work in this account. To hold them back, an administrator runs "
                       "“sudo apt install malcontent”, then adds the child again."));
  /* Translators: %s is the reason, in English, from the family service */
  return g_strdup_printf (_("Not held back: %s"),
                          g_str_has_prefix (state, "failed:") ? g_strchug ((char *) state + 7) : state);
}

static void
status_answer (NcParentsWindow *self,
               GVariant        *reply,
               const GError    *error)
{
  g_autoptr(GVariant) status = NULL;
  g_autoptr(GVariant) filters = NULL;
  g_autofree char *text = NULL;
  g_autofree char *state = NULL;

  if (reply == NULL)
    {
      /* Translators: %s is the family service's reason */
      text = g_strdup_printf (_("The family service did not say: %s"), error->message);
      adw_action_row_set_subtitle (self->browsers_row, text);
      return;
    }
  status = g_variant_get_child_value (reply, 0);
  filters = g_variant_lookup_value (status, "app-filters", G_VARIANT_TYPE ("a(us)"));
  for (gsize i = 0; filters != NULL && i < g_variant_n_children (filters) && state == NULL; i++)
    {
      guint32 uid;
      const char *value;

      g_variant_get_child (filters, i, "(u&s)", &uid, &value);
      if (uid == (guint32) getuid ())
        state = g_strdup (value);
    }
  text = describe_app_filter (state);
  adw_action_row_set_subtitle (self->browsers_row, text);
}

static void
ask (NcParentsWindow *self,
     NcRulesSource   *source,
     const char      *method,
     GVariant        *parameters,
     const char      *reply_type,
     AnswerFunc       answer)
{
  Call *call = g_new0 (Call, 1);

  call->self = g_object_ref (self);
  call->answer = answer;
  nc_rules_source_family_call_async (NC_RULES_SOURCE_FAMILY (source), method, parameters, reply_type,
                                     self->family_cancellable, call_done_cb, call);
}

/* In family mode, the Activity page's warnings and time online come from
 * the service's report on this account's profile (the store in this home
 * holds none of it); FALSE in home mode, where the caller reads the store. */
gboolean
nc_parents_window_family_refresh_report (NcParentsWindow *self,
                                         int              days)
{
  const char *profile;

  if (self->family_source == NULL)
    return FALSE;
  nc_bar_chart_clear (self->rules_chart);
  nc_bar_chart_clear (self->sites_chart);
  nc_bar_chart_clear (self->time_chart);
  profile = nc_rules_source_family_get_profile_name (NC_RULES_SOURCE_FAMILY (self->family_source));
  if (profile == NULL)
    {
      nc_bar_chart_set_empty_text (self->time_chart, _("The family service has not given this account’s rules yet."));
      return TRUE;
    }
  ask (self, self->family_source, "GetReport", g_variant_new ("(si)", profile, days),
       "(a(si)a(si)a(si))", report_answer);
  return TRUE;
}

/* In family mode: @source (an NcRulesSourceFamily) is asked for this
 * account's week of whole-session time and other browsers; NULL or a home
 * source hides the rows. */
void
nc_parents_window_set_family_source (NcParentsWindow *self,
                                     NcRulesSource   *source)
{
  gboolean family = source != NULL && NC_IS_RULES_SOURCE_FAMILY (source);
  g_autofree char *user = g_strdup_printf ("%u", (guint) getuid ());

  g_return_if_fail (NC_IS_PARENTS_WINDOW (self));

  g_cancellable_cancel (self->family_cancellable);
  g_clear_object (&self->family_cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->session_group), family);
  gtk_widget_set_visible (GTK_WIDGET (self->browsers_group), family);
  g_clear_object (&self->family_source);
  if (family)
    self->family_source = g_object_ref (source);
  if (!family)
    return;

  self->family_cancellable = g_cancellable_new ();
  nc_bar_chart_clear (self->session_chart);
  nc_bar_chart_set_empty_text (self->session_chart, _("Asking the family service…"));
  adw_action_row_set_subtitle (self->browsers_row, _("Asking the family service…"));
  ask (self, source, "GetSessionDays", g_variant_new ("(si)", user, SESSION_DAYS), "(a(si))",
       session_days_answer);
  ask (self, source, "GetStatus", NULL, "(a{sv})", status_answer);
  nc_parents_window_refresh_activity (self);
}

/* Binds the family rows' template children. */
void
nc_parents_window_family_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, session_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, session_chart);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, browsers_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, browsers_row);
}
