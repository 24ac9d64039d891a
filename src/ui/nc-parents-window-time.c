/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-time.c — part of NcParentsWindow
 *
 * The Time and Activity pages: daily limit, allowed hours, charts.
 * See nc-parents-window.c and nc-parents-window-private.h.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "nc-code-ref.h"
#include "nc-parents-window-private.h"

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
  NcProfile *profile = nc_parents_window_time_profile (self);
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
  nc_parents_window_save_profile (self, copy);
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
  NcProfile *profile = nc_parents_window_time_profile (self);
  g_autoptr(NcProfile) copy = NULL;
  int minutes = gtk_switch_get_active (self->limit_switch)
                ? gtk_spin_button_get_value_as_int (self->minutes_spin) : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_spin), gtk_switch_get_active (self->limit_switch));
  if (self->loading || profile == NULL || minutes == profile->daily_limit_minutes)
    return;
  copy = nc_profile_copy (profile);
  copy->daily_limit_minutes = minutes;
  nc_parents_window_save_profile (self, copy);
}

char *
nc_parents_window_format_minutes (int minutes)
{
  if (minutes >= 60 && minutes % 60 == 0)
    return g_strdup_printf (ngettext ("%d hour", "%d hours", (gulong) (minutes / 60)),
                            minutes / 60);
  if (minutes >= 60)
    /* Translators: a duration, e.g. "1 h 25 min" */
    return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
  return g_strdup_printf (ngettext ("%d minute", "%d minutes", (gulong) minutes), minutes);
}

void
nc_parents_window_refresh_time (NcParentsWindow *self)
{
  NcProfile *profile = nc_parents_window_time_profile (self);
  g_autofree char *used = NULL;
  int seconds, extension;

  gtk_widget_set_sensitive (GTK_WIDGET (self->limit_group), profile != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->hours_group), profile != NULL);
  if (profile == NULL)
    return;

  self->loading++;

  gtk_switch_set_active (self->limit_switch, profile->daily_limit_minutes > 0);
  if (profile->daily_limit_minutes > 0)
    gtk_spin_button_set_value (self->minutes_spin, profile->daily_limit_minutes);
  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_spin), profile->daily_limit_minutes > 0);
  nc_parents_window_apply_lock (self, GTK_WIDGET (self->limit_row), "profile.daily-limit-minutes",
                                _("When it is off, there is no daily limit."));
  nc_parents_window_apply_lock (self, GTK_WIDGET (self->minutes_row), "profile.daily-limit-minutes", NULL);

  seconds = nc_rules_editor_get_used_today (self->editor, profile->id, &extension);
  used = seconds >= 0 ? nc_parents_window_format_minutes (seconds / 60)
                      : g_strdup (_("Not known: the family service did not say."));
  if (extension == NC_EXTENSION_NO_LIMIT)
    {
      g_autofree char *text = g_strdup_printf (_("%s (no limit today)"), used);
      adw_action_row_set_subtitle (self->used_today_row, text);
    }
  else if (extension > 0)
    {
      g_autofree char *extra = nc_parents_window_format_minutes (extension);
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
    nc_parents_window_refresh_time (self);
}


static const int period_days[] = { 7, 30, 90 };

static const char * const short_weekdays[7] = {
  /* Translators: short weekday names, for the chart of time per day */
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

char *
nc_parents_window_day_label (const char *key)
{
  int y, m, d;
  GDate date;

  if (sscanf (key, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return g_strdup (key);
  g_date_set_dmy (&date, d, m, y);
  /* Translators: a day in the chart of time per day: weekday, day/month, e.g. "Mon 23/11" */
  return g_strdup_printf (_("%s %d/%d"), _(short_weekdays[g_date_get_weekday (&date) - 1]), d, m);
}

/* The Activity page's charts from counts (NcCount; NULL for none):
 * warnings by Code reference, by site (the first 10), minutes per day. */
void
nc_parents_window_show_activity (NcParentsWindow *self,
                                 GPtrArray       *by_ref,
                                 GPtrArray       *by_host,
                                 GPtrArray       *per_day)
{
  nc_bar_chart_clear (self->rules_chart);
  nc_bar_chart_clear (self->sites_chart);
  nc_bar_chart_clear (self->time_chart);

  for (guint i = 0; by_ref != NULL && i < by_ref->len; i++)
    {
      NcCount *count = g_ptr_array_index (by_ref, i);
      const NcCodeRef *ref = nc_code_ref_lookup (count->key);
      g_autofree char *value = g_strdup_printf ("%d", count->count);

      nc_bar_chart_add_bar (self->rules_chart,
                            ref != NULL ? nc_code_ref_get_title (ref) : count->key,
                            count->count, value);
    }

  for (guint i = 0; by_host != NULL && i < by_host->len && i < 10; i++)
    {
      NcCount *count = g_ptr_array_index (by_host, i);
      g_autofree char *value = g_strdup_printf ("%d", count->count);

      nc_bar_chart_add_bar (self->sites_chart, count->key, count->count, value);
    }

  for (guint i = 0; per_day != NULL && i < per_day->len; i++)
    {
      NcCount *count = g_ptr_array_index (per_day, i);
      g_autofree char *label = nc_parents_window_day_label (count->key);
      g_autofree char *value = nc_parents_window_format_minutes (count->count);

      nc_bar_chart_add_bar (self->time_chart, label, count->count, value);
    }
}

void
nc_parents_window_refresh_activity (NcParentsWindow *self)
{
  gint64 profile_id = nc_parents_window_combo_profile_id (self, self->activity_profile_row, TRUE);
  guint period = adw_combo_row_get_selected (self->activity_period_row);
  int days = period_days[MIN (period, G_N_ELEMENTS (period_days) - 1)];
  g_autoptr(GPtrArray) by_ref = NULL;
  g_autoptr(GPtrArray) by_host = NULL;
  g_autoptr(GPtrArray) per_day = NULL;
  g_autoptr(GError) error = NULL;

  if (nc_parents_window_family_refresh_report (self, days))
    return;
  if (profile_id < 0)
    return;

  by_ref = nc_store_count_warnings_by_ref (self->store, profile_id, days, &error);
  by_host = nc_store_count_warnings_by_host (self->store, profile_id, days, NULL);
  per_day = nc_store_minutes_per_day (self->store, profile_id, MIN (days, NC_PARENTS_CHART_DAYS), NULL);
  nc_parents_window_show_activity (self, by_ref, by_host, per_day);
  if (error != NULL)
    nc_parents_window_show_error (self, error);
}

static void
activity_changed_cb (NcParentsWindow *self)
{
  if (!self->loading)
    nc_parents_window_refresh_activity (self);
}


/* Builds the Time page's rows for each weekday and the Activity page's
 * period choices. */
void
nc_parents_window_time_init (NcParentsWindow *self)
{
  const char *periods[] = { _("Last 7 days"), _("Last 30 days"), _("Last 90 days"), NULL };
  g_autoptr(GtkStringList) period_model = gtk_string_list_new (periods);

  adw_combo_row_set_model (self->activity_period_row, G_LIST_MODEL (period_model));
  build_hour_rows (self);
  nc_bar_chart_set_empty_text (self->rules_chart, _("No reminders in this period."));
  nc_bar_chart_set_empty_text (self->sites_chart, _("No reminders in this period."));
  nc_bar_chart_set_empty_text (self->time_chart, _("No time online in this period."));
}

/* Binds the Time and Activity pages' template children, callbacks and actions. */
void
nc_parents_window_time_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, time_profile_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, limit_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, limit_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, limit_switch);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, used_today_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, hours_group);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, activity_profile_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, activity_period_row);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, rules_chart);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, sites_chart);
  gtk_widget_class_bind_template_child (widget_class, NcParentsWindow, time_chart);
  gtk_widget_class_bind_template_callback (widget_class, time_profile_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, limit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activity_changed_cb);
}
