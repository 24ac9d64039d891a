/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-classroom-window.c — see nc-classroom-window.h */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-class-export.h"
#include "nc-csv.h"
#include "nc-classroom-window.h"
#include "nc-lesson-catalog.h"
#include "nc-presenter-window.h"
#include "nc-ui-dialog.h"

struct _NcClassroomWindow
{
  AdwWindow          parent_instance;

  AdwPreferencesGroup *lessons_group;
  AdwToastOverlay   *toasts;
  AdwEntryRow       *class_row;
  AdwEntryRow       *teacher_row;
  AdwEntryRow       *school_row;
  GtkTextView       *roster_view;
  GtkSwitch         *one_by_one_switch;
  GtkSwitch         *dark_switch;
  GtkSwitch         *family_switch; /* export the plans, parents' sheets, agreement */

  NcLessonCatalog   *catalog;   /* not owned: the default catalog */
  GPtrArray         *checks;    /* GtkCheckButton, one per lesson, in catalog order */
  AdwComboRow       *track_row; /* the teacher picks the class's track */
  NcClassSession    *session;
  char              *signature; /* lessons and names the session was made for */
};

G_DEFINE_FINAL_TYPE (NcClassroomWindow, nc_classroom_window, ADW_TYPE_WINDOW)

static void
toast (NcClassroomWindow *self,
       const char        *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (self->toasts, t);
}

static char *
roster_text (NcClassroomWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->roster_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the session is made of: the lessons ticked and the names typed. */
static char *
current_signature (NcClassroomWindow *self)
{
  g_autofree char *names = roster_text (self);
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      g_string_append_printf (signature, "%s\n", nc_lesson_get_id (nc_lesson_catalog_get_lesson (self->catalog, i)));
  g_string_append_printf (signature, "--\n%s", names);
  return g_string_free (signature, FALSE);
}

/* Whether the last presentation counted answers that a new session would
 * drop (the lessons or the names changed since). */
static gboolean
would_lose_votes (NcClassroomWindow *self)
{
  g_autofree char *signature = current_signature (self);

  return self->session != NULL &&
         g_strcmp0 (self->signature, signature) != 0 &&
         nc_class_session_get_percent (self->session, NULL) >= 0;
}

/* The session for the lessons ticked and the names typed: the current one
 * when nothing changed (so votes are kept), else a new one. NULL with
 * @error set when no lesson is ticked or a name is not valid. */
static NcClassSession *
ensure_session (NcClassroomWindow  *self,
                GError            **error)
{
  g_autofree char *names = roster_text (self);
  g_autofree char *signature = current_signature (self);
  g_autoptr(NcClassSession) session = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < self->checks->len; i++)
    any = any || gtk_check_button_get_active (self->checks->pdata[i]);
  if (!any)
    {
      g_set_error_literal (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID,
                           _("Choose at least one lesson."));
      return NULL;
    }
  if (self->session != NULL && g_strcmp0 (self->signature, signature) == 0)
    return self->session;

  session = nc_class_session_new ();
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      nc_class_session_add_lesson (session, nc_lesson_catalog_get_lesson (self->catalog, i));

  lines = g_strsplit (names, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      if (!nc_class_session_add_student (session, lines[i], &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Class list, line %u: %s"), i + 1, local_error->message);
          return NULL;
        }
    }

  g_set_object (&self->session, session);
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);
  return self->session;
}

static void
start_presentation (NcClassroomWindow *self)
{
  g_autoptr(GError) error = NULL;
  NcClassSession *session = ensure_session (self, &error);
  NcPresenterWindow *presenter;

  if (session == NULL)
    {
      toast (self, error->message);
      return;
    }
  presenter = nc_presenter_window_new (gtk_window_get_application (GTK_WINDOW (self)), session,
                                       gtk_switch_get_active (self->one_by_one_switch),
                                       gtk_switch_get_active (self->dark_switch));
  nc_presenter_window_start (presenter);
}

static void
new_count_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  NcClassroomWindow *self = user_data;

  if (g_str_equal (response, "start"))
    start_presentation (self);
  else if (g_str_equal (response, "export"))
    gtk_widget_activate_action (GTK_WIDGET (self), "classroom.export", NULL);
}

static void
present_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NcClassroomWindow *self = NC_CLASSROOM_WINDOW (widget);
  GtkWidget *dialog;

  if (!would_lose_votes (self))
    {
      start_presentation (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Start a New Count?"),
                                   _("The lessons or the class list changed since the last presentation. "
                                     "Its answers will be lost unless you export them first."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export First"),
                                    "start", _("_Start Anew"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (new_count_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
nc_classroom_window_export_to (NcClassroomWindow  *self,
                               const char         *folder,
                               GError            **error)
{
  NcClassSession *session;
  NcClassExportInfo info = { 0 };
  g_autoptr(GPtrArray) written = NULL;

  g_return_val_if_fail (NC_IS_CLASSROOM_WINDOW (self), FALSE);

  /* After a presentation, export what it counted, even when the lessons or
   * names were edited since. */
  session = would_lose_votes (self) ? self->session : ensure_session (self, error);
  if (session == NULL)
    return FALSE;
  info.class_name = gtk_editable_get_text (GTK_EDITABLE (self->class_row));
  info.teacher = gtk_editable_get_text (GTK_EDITABLE (self->teacher_row));
  info.school = gtk_editable_get_text (GTK_EDITABLE (self->school_row));
  info.track = self->track_row != NULL ? adw_combo_row_get_selected (self->track_row) : NC_TRACK_ALL;
  return nc_class_export_to_folder (session, &info,
                                    NC_CLASS_EXPORT_ALL |
                                    (gtk_switch_get_active (self->family_switch) ? NC_CLASS_EXPORT_FAMILY : 0),
                                    folder, &written, error);
}

static void
export_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  NcClassroomWindow *self = user_data;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;
  if (nc_classroom_window_export_to (self, path, &error))
    {
      g_autofree char *name = g_filename_display_name (path);
      g_autofree char *message = g_strdup_printf (_("Saved in “%s”."), name);
      toast (self, message);
    }
  else
    toast (self, error->message);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NcClassroomWindow *self = NC_CLASSROOM_WINDOW (widget);
  GtkFileChooser *chooser;
  g_autoptr(GError) error = NULL;

  if (!would_lose_votes (self) && ensure_session (self, &error) == NULL)
    {
      toast (self, error->message);
      return;
    }
  chooser = nc_ui_dialog_file_chooser_new (GTK_WINDOW (self), _("Choose a Folder for the Files"),
                                           GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Save Here"),
                                           export_chosen_cb, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Puts the names of a roster file into the list, one per line. */
static gboolean
load_roster_file (NcClassroomWindow  *self,
                  const char         *path,
                  GError            **error)
{
  g_autoptr(NcClassSession) probe = nc_class_session_new ();
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *data = NULL;
  gsize length;

  if (!nc_csv_load_file (path, &data, &length, error) ||
      !nc_class_session_load_roster (probe, data, length, error))
    return FALSE;
  for (guint i = 0; i < nc_class_session_get_n_students (probe); i++)
    g_string_append_printf (names, "%s\n", nc_class_session_get_student (probe, i));
  nc_classroom_window_set_roster (self, names->str);
  return TRUE;
}

static void
import_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  NcClassroomWindow *self = user_data;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;

  if (path != NULL && !load_roster_file (self, path, &error))
    toast (self, error->message);
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NcClassroomWindow *self = NC_CLASSROOM_WINDOW (widget);
  GtkFileChooser *chooser = nc_ui_dialog_file_chooser_new (GTK_WINDOW (self), _("Import a Class List"),
                                                           GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                                           import_chosen_cb, self);

  nc_ui_dialog_add_filter (chooser, _("Spreadsheet (CSV)"), NULL, "csv", "txt", NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Shows the lessons of the track the teacher picked, all ticked; the
 * others are hidden and unticked. "Every lesson" shows them all and
 * leaves the ticks as they are. */
static void
track_selected_cb (NcClassroomWindow *self)
{
  NcTrack track = adw_combo_row_get_selected (self->track_row);

  for (guint i = 0; i < self->checks->len; i++)
    {
      gboolean in_track = nc_lesson_suits_track (nc_lesson_catalog_get_lesson (self->catalog, i), track);

      gtk_widget_set_visible (g_object_get_data (self->checks->pdata[i], "nc-row"), in_track);
      if (track != NC_TRACK_ALL)
        gtk_check_button_set_active (self->checks->pdata[i], in_track);
    }
}

static void
add_track_row (NcClassroomWindow *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  for (NcTrack track = NC_TRACK_ALL; track < NC_N_TRACKS; track++)
    gtk_string_list_append (titles, nc_track_get_title (track));
  self->track_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->track_row), _("Track"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->track_row), _("The lessons that suit the class’s age"));
  adw_combo_row_set_model (self->track_row, G_LIST_MODEL (titles));
  g_signal_connect_swapped (self->track_row, "notify::selected", G_CALLBACK (track_selected_cb), self);
  adw_preferences_group_add (self->lessons_group, GTK_WIDGET (self->track_row));
}

/* Picks the class's track, as the teacher does in the window. */
void
nc_classroom_window_set_track (NcClassroomWindow *self,
                               NcTrack            track)
{
  g_return_if_fail (NC_IS_CLASSROOM_WINDOW (self));
  g_return_if_fail (track < NC_N_TRACKS);
  if (self->track_row != NULL)
    adw_combo_row_set_selected (self->track_row, track);
}

static void
nc_classroom_window_dispose (GObject *object)
{
  NcClassroomWindow *self = NC_CLASSROOM_WINDOW (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->signature, g_free);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_CLASSROOM_WINDOW);

  G_OBJECT_CLASS (nc_classroom_window_parent_class)->dispose (object);
}

static void
nc_classroom_window_class_init (NcClassroomWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_classroom_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-classroom-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, lessons_group);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, class_row);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, teacher_row);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, school_row);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, roster_view);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, one_by_one_switch);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, dark_switch);
  gtk_widget_class_bind_template_child (widget_class, NcClassroomWindow, family_switch);

  gtk_widget_class_install_action (widget_class, "classroom.present", NULL, present_action_cb);
  gtk_widget_class_install_action (widget_class, "classroom.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "classroom.import-roster", NULL, import_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "classroom.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nc_classroom_window_init (NcClassroomWindow *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();

  self->catalog = nc_lesson_catalog_get_default (&error);
  if (self->catalog == NULL)
    {
      adw_preferences_group_set_description (self->lessons_group, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "classroom.present", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "classroom.export", FALSE);
      return;
    }

  add_track_row (self);
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (self->catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (self->catalog, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *title = g_markup_escape_text (nc_lesson_translate (nc_lesson_get_title (lesson)), -1);
      g_autofree char *summary = g_markup_escape_text (nc_lesson_translate (nc_lesson_get_summary (lesson)), -1);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->lessons_group, row);
      g_object_set_data (G_OBJECT (check), "nc-row", row);
      g_ptr_array_add (self->checks, check);
    }
}

NcClassroomWindow *
nc_classroom_window_new (GtkApplication *application)
{
  return g_object_new (NC_TYPE_CLASSROOM_WINDOW, "application", application, NULL);
}

gboolean
nc_classroom_window_select_lesson (NcClassroomWindow *self,
                                   const char        *lesson_id,
                                   gboolean           selected)
{
  g_return_val_if_fail (NC_IS_CLASSROOM_WINDOW (self), FALSE);

  for (guint i = 0; i < self->checks->len; i++)
    if (g_strcmp0 (nc_lesson_get_id (nc_lesson_catalog_get_lesson (self->catalog, i)), lesson_id) == 0)
      {
        gtk_check_button_set_active (self->checks->pdata[i], selected);
        return TRUE;
      }
  return FALSE;
}

void
nc_classroom_window_set_roster (NcClassroomWindow *self,
                                const char        *names)
{
  g_return_if_fail (NC_IS_CLASSROOM_WINDOW (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->roster_view), names, -1);
}

NcClassSession *
nc_classroom_window_get_session (NcClassroomWindow *self)
{
  g_return_val_if_fail (NC_IS_CLASSROOM_WINDOW (self), NULL);
  return self->session;
}
