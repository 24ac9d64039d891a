/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window-private.h — shared by the files of NcParentsWindow
 *
 * nc-parents-window.c holds the window, the helpers below and the editor
 * wiring; each page has its own file (-children, -web, -time for Time and
 * Activity, -security, -data) with a class-init part that binds its template
 * children, callbacks and actions, and a refresh function that rebuilds the
 * page from the editor (NcRulesEditor: the store in home mode, the family
 * service in family mode). A page asks the editor what it can change
 * (nc_rules_editor_can()), never which mode it is in.
 */
#pragma once

#include <adwaita.h>

#include "nc-bar-chart.h"
#include "nc-parents-window.h"
#include "nc-rules-editor.h"

G_BEGIN_DECLS

struct _NcParentsWindow
{
  AdwPreferencesWindow  parent_instance;

  NcStore              *store;           /* this account's: the administrator's locks */
  NcRulesEditor        *editor;          /* every change and the rules shown */
  GPtrArray            *profiles;        /* of NcProfile, in list order */
  int                   loading;
  gint64                last_activity;   /* monotonic µs */
  GtkWidget            *refusal;         /* the service's refusal, while shown */
  guint                 idle_check_id;

  /* Children */
  AdwActionRow         *mode_row;        /* where the settings live */
  GtkImage             *mode_icon;
  GtkWidget            *web_page;        /* off in family mode */
  GtkWidget            *time_page;
  GtkWidget            *security_page;
  GtkWidget            *data_page;
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
  AdwPreferencesGroup  *session_group;   /* family mode only */
  NcBarChart           *session_chart;
  AdwPreferencesGroup  *browsers_group;  /* family mode only */
  AdwActionRow         *browsers_row;
  GCancellable         *family_cancellable;
  NcRulesSource        *family_source;   /* NULL in home mode */

  /* Security */
  AdwEntryRow          *new_pin_row;
  AdwEntryRow          *new_pin_again_row;
  AdwActionRow         *change_pin_row;
  AdwActionRow         *lockout_row;
  AdwActionRow         *pin_for_older_row;
  GtkSwitch            *pin_for_older_switch;
  AdwPreferencesGroup  *post_anyway_group;
  GPtrArray            *post_anyway_rows;

  /* Data */
  GtkWidget            *notice_group;
  AdwActionRow         *notice_row;
  AdwPreferencesGroup  *policy_group;   /* on the Children page */
  GPtrArray            *policy_rows;
};

/* Helpers (nc-parents-window.c) */
void        nc_parents_window_show_error       (NcParentsWindow     *self,
                                                const GError        *error);
void        nc_parents_window_toast            (NcParentsWindow     *self,
                                                const char          *text);
void        nc_parents_window_apply_lock       (NcParentsWindow     *self,
                                                GtkWidget           *row,
                                                const char          *key,
                                                const char          *subtitle);
void        nc_parents_window_clear_rows       (AdwPreferencesGroup *group,
                                                GPtrArray           *rows);
NcProfile  *nc_parents_window_profile_at       (NcParentsWindow     *self,
                                                guint                index);
NcProfile  *nc_parents_window_profile_by_id    (NcParentsWindow     *self,
                                                gint64               id);
void        nc_parents_window_tie_profile      (gpointer             object,
                                                gint64               id);
gint64      nc_parents_window_tied_profile_id  (gpointer             object);
NcProfile  *nc_parents_window_tied_profile     (NcParentsWindow     *self,
                                                gpointer             object);
NcProfile  *nc_parents_window_web_profile      (NcParentsWindow     *self);
NcProfile  *nc_parents_window_time_profile     (NcParentsWindow     *self);
gint64      nc_parents_window_combo_profile_id (NcParentsWindow     *self,
                                                AdwComboRow         *row,
                                                gboolean             everyone);
gboolean    nc_parents_window_save_profile     (NcParentsWindow     *self,
                                                const NcProfile     *profile);
gboolean    nc_parents_window_change_failed    (NcParentsWindow     *self,
                                                const GError        *error);
void        nc_parents_window_refresh_all      (NcParentsWindow     *self);

/* "Mon 23/11" for a day key "2026-11-23" (the key itself when malformed). */
char       *nc_parents_window_day_label        (const char          *key);

/* Pages */
void        nc_parents_window_family_class_init (GtkWidgetClass *widget_class);
gboolean    nc_parents_window_family_refresh_report (NcParentsWindow *self,
                                                     int              days);

void        nc_parents_window_children_class_init (GtkWidgetClass *widget_class);
void        nc_parents_window_refresh_children    (NcParentsWindow *self);

void        nc_parents_window_web_class_init      (GtkWidgetClass *widget_class);
void        nc_parents_window_web_init            (NcParentsWindow *self);
void        nc_parents_window_refresh_web         (NcParentsWindow *self);

void        nc_parents_window_time_class_init     (GtkWidgetClass *widget_class);
void        nc_parents_window_time_init           (NcParentsWindow *self);
void        nc_parents_window_refresh_time        (NcParentsWindow *self);
void        nc_parents_window_refresh_activity    (NcParentsWindow *self);
/* The chart of time per day shows at most this many days, today last. */
#define NC_PARENTS_CHART_DAYS 14
void        nc_parents_window_show_activity       (NcParentsWindow *self,
                                                   GPtrArray       *by_ref,
                                                   GPtrArray       *by_host,
                                                   GPtrArray       *per_day);
char       *nc_parents_window_format_minutes      (int              minutes);

void        nc_parents_window_security_class_init (GtkWidgetClass *widget_class);
void        nc_parents_window_security_init       (NcParentsWindow *self);
void        nc_parents_window_refresh_security    (NcParentsWindow *self);

void        nc_parents_window_data_class_init     (GtkWidgetClass *widget_class);
void        nc_parents_window_refresh_data        (NcParentsWindow *self);

G_END_DECLS
