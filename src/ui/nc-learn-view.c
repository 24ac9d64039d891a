/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-learn-view.c — the Learn area
 *
 * A GtkStack of three pages: "map" (every lesson with its state: done, in
 * progress or new), "player" (NcLessonPlayer) and "result" (the score, with
 * what to do next). Each answer goes to the store's spaced review, each
 * finished lesson to the profile's progress (the best score is kept).
 *
 * The map's rows are built after the window's first frame (and after the
 * store and the learner are set, once rather than for each): the first
 * frame shows the page's heading, the learner and the summary with its
 * buttons, the next one the lessons.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-certificate.h"
#include "nc-checker.h"
#include "nc-learn-view.h"
#include "nc-lesson-catalog.h"
#include "nc-profile-ui.h"
#include "nc-ui-dialog.h"

struct _NcLearnView
{
  GtkWidget        parent_instance;

  GtkWidget       *toasts;
  GtkWidget       *stack;
  GtkWidget       *learner_group;
  GtkWidget       *learner_row;      /* AdwActionRow: who is learning */
  GtkWidget       *switch_button;    /* app.choose-profile, with two or more */
  GtkWidget       *learner_avatar;   /* the learner's picture, a prefix of the row */
  GtkWidget       *summary_label;
  GtkWidget       *review_button;
  GtkWidget       *certificate_button;
  GtkWidget       *track_row;        /* AdwComboRow: adults pick a track */
  GtkWidget       *lessons_group;
  GPtrArray       *lesson_rows;
  NcLessonPlayer  *player;
  GtkWidget       *result_page;
  GtkWidget       *next_button;
  GtkWidget       *error_page;

  NcStore         *store;
  gulong           store_changed_id;
  NcLessonCatalog *catalog;
  gint64           profile_id;       /* 0: none, progress is not saved */
  NcTrack          track;            /* the lessons on the map */
  GPtrArray       *track_lessons;    /* NcLesson of the track, in order */
  guint            n_due;
  gboolean         map_deferred;     /* the rows wait for the first frame */
  gulong           after_paint_id;   /* on the frame clock, while waiting */
  GdkFrameClock   *frame_clock;
  guint            build_map_id;     /* idle source that builds them */

  NcChecker       *checker;          /* judges rewrites once built */
  GCancellable    *checker_cancellable;
  gboolean         checker_started;
};

G_DEFINE_FINAL_TYPE (NcLearnView, nc_learn_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh_map (NcLearnView *self);
static void refresh_track (NcLearnView *self,
                           NcProfile   *learner);

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
toast (NcLearnView *self,
       const char  *text)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), adw_toast_new (text));
}

static NcLessonProgress *
get_progress (NcLearnView *self,
              const char  *lesson_id)
{
  g_autoptr(GError) error = NULL;
  NcLessonProgress *progress = NULL;

  if (self->store != NULL && self->profile_id > 0)
    progress = nc_store_get_lesson_progress (self->store, self->profile_id, lesson_id, &error);
  if (error != NULL)
    g_warning ("Cannot read the progress of %s: %s", lesson_id, error->message);
  if (progress == NULL)
    {
      progress = g_new0 (NcLessonProgress, 1);
      progress->lesson_id = g_strdup (lesson_id);
      progress->state = NC_LESSON_NEW;
    }
  return progress;
}

/* ---- the learner ------------------------------------------------------ */

/* Shows who is learning: the profile the application chose (the child at
 * the computer, see NcApplication:profile-id). Switching is the profile
 * chooser's job, so a child cannot save into a sibling's progress by
 * mistake. With no profile (none made yet, or it was removed) lessons still
 * work, but nothing is saved. */
static void
refresh_learner (NcLearnView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  NcProfile *current = NULL;

  if (self->store != NULL)
    profiles = nc_store_list_profiles (self->store, &error);
  if (error != NULL)
    g_warning ("Cannot list the profiles: %s", error->message);

  for (guint i = 0; profiles != NULL && i < profiles->len; i++)
    if (((NcProfile *) g_ptr_array_index (profiles, i))->id == self->profile_id)
      current = g_ptr_array_index (profiles, i);
  if (current == NULL)
    self->profile_id = 0;
  refresh_track (self, current);

  if (self->learner_avatar != NULL)
    adw_action_row_remove (ADW_ACTION_ROW (self->learner_row), self->learner_avatar);
  self->learner_avatar = current != NULL
                         ? nc_profile_ui_new_avatar (current->name, current->avatar, 32)
                         : gtk_image_new_from_icon_name ("avatar-default-symbolic");
  gtk_widget_set_valign (self->learner_avatar, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->learner_row), self->learner_avatar);

  if (current != NULL)
    {
      g_autofree char *title = NULL;

      /* Translators: on the lesson map, %s is the child's name */
      title = g_strdup_printf (_("Learning as %s"), current->name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->learner_row), title);
      /* a child is spoken to as "em", an adult as "bạn": two strings */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->learner_row),
                                   nc_track_for_age_band (current->age_band) != NC_TRACK_ALL
                                   ? C_("child learner", "Progress and scores are saved for you.")
                                   : C_("adult learner", "Progress and scores are saved for you."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->learner_row),
                                     _("Nobody is chosen"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->learner_row),
                                   profiles != NULL && profiles->len > 0
                                   ? _("You can learn, but your progress is not saved. Choose who you are to save it.")
                                   : _("You can learn, but your progress is not saved. A parent can add a profile for you in the Parents’ area."));
    }
  gtk_widget_set_visible (self->switch_button,
                          profiles != NULL && (profiles->len > 1 || (profiles->len == 1 && current == NULL)));
  gtk_widget_set_visible (self->learner_group, self->store != NULL);
}

/* ---- the track ---------------------------------------------------------- */

/* Sets the lessons on the map from the learner: a child sees the track of
 * their age band, with no switcher; adults, self-learners and nobody see
 * the track picked in the switcher (every lesson at first). */
static void
refresh_track (NcLearnView *self,
               NcProfile   *learner)
{
  NcTrack track = learner != NULL ? nc_track_for_age_band (learner->age_band) : NC_TRACK_ALL;
  gboolean child = track != NC_TRACK_ALL;

  if (!child)
    track = adw_combo_row_get_selected (ADW_COMBO_ROW (self->track_row));
  gtk_widget_set_visible (self->track_row, !child);
  if (self->track_lessons != NULL && track == self->track)
    return;
  self->track = track;
  g_clear_pointer (&self->track_lessons, g_ptr_array_unref);
  if (self->catalog != NULL)
    self->track_lessons = nc_lesson_catalog_list_track (self->catalog, track);
}

static void
track_selected_cb (NcLearnView *self)
{
  if (!gtk_widget_get_visible (self->track_row))
    return;
  refresh_track (self, NULL);
  refresh_map (self);
}

/* The switcher of tracks, in NcTrack order. */
static GtkWidget *
new_track_row (NcLearnView *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (NcTrack track = NC_TRACK_ALL; track < NC_N_TRACKS; track++)
    gtk_string_list_append (titles, nc_track_get_title (track));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Lessons for"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (titles));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (track_selected_cb), self);
  return row;
}

/* The track on the map. */
NcTrack
nc_learn_view_get_track (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), NC_TRACK_ALL);
  return self->track;
}

/* ---- the conduct checker, for "rewrite it kindly" ---------------------- */

static void
build_checker_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;
  NcChecker *checker = nc_checker_new (&error);

  if (checker == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, checker, g_object_unref);
}

static void
checker_built_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  NcLearnView *self = NC_LEARN_VIEW (source);
  g_autoptr(GError) error = NULL;
  NcChecker *checker = g_task_propagate_pointer (G_TASK (result), &error);

  if (checker == NULL)
    {
      /* The words of each item keep judging: the lesson still works. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The conduct checker cannot start: %s", error->message);
      return;
    }
  self->checker = checker;
  nc_lesson_player_set_rewrite_judge (self->player, nc_rewrite_judge_checker, self->checker);
}

/* Builds the conduct checker off the main thread the first time a lesson
 * is played; until it is ready, rewrites are judged by each item's own
 * expected and forbidden words. */
static void
ensure_checker (NcLearnView *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->checker_started)
    return;
  self->checker_started = TRUE;
  self->checker_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->checker_cancellable, checker_built_cb, NULL);
  g_task_set_source_tag (task, ensure_checker);
  g_task_run_in_thread (task, build_checker_thread);
}

/* TRUE once rewrites are judged by the conduct checker. */
gboolean
nc_learn_view_has_checker (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), FALSE);
  return self->checker != NULL;
}

/* ---- the map ---------------------------------------------------------- */

static void
lesson_row_activated_cb (AdwActionRow *row,
                         NcLearnView  *self)
{
  nc_learn_view_open_lesson (self, g_object_get_data (G_OBJECT (row), "nc-lesson-id"));
}

static guint
count_due (NcLearnView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  guint n = 0;

  if (self->store == NULL || self->profile_id <= 0)
    return 0;
  due = nc_store_list_due_reviews (self->store, self->profile_id, now_seconds (), &error);
  for (guint i = 0; due && i < due->len; i++)
    {
      NcReviewItem *item = g_ptr_array_index (due, i);
      NcLesson *lesson = nc_lesson_catalog_lookup (self->catalog, item->lesson_id);

      if (lesson != NULL && nc_lesson_find_item (lesson, item->item_id) != NULL)
        n++;
    }
  return n;
}

/* Builds a row for each lesson of the track; the number passed. */
static guint
fill_rows (NcLearnView *self)
{
  guint n_done = 0;

  for (guint i = 0; i < self->lesson_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->lessons_group),
                                  g_ptr_array_index (self->lesson_rows, i));
  g_ptr_array_set_size (self->lesson_rows, 0);

  for (guint i = 0; i < self->track_lessons->len; i++)
    {
      NcLesson *lesson = g_ptr_array_index (self->track_lessons, i);
      g_autoptr(NcLessonProgress) progress = get_progress (self, nc_lesson_get_id (lesson));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *number = gtk_label_new (NULL);
      GtkWidget *state = gtk_label_new (NULL);
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      g_autofree char *number_text = g_strdup_printf ("%u", i + 1);
      g_autofree char *state_text = NULL;
      g_autofree char *accessible = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nc_lesson_translate (nc_lesson_get_title (lesson)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), nc_lesson_translate (nc_lesson_get_summary (lesson)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

      gtk_label_set_text (GTK_LABEL (number), number_text);
      gtk_widget_add_css_class (number, "nc-lesson-number");
      gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

      switch (progress->state)
        {
        case NC_LESSON_DONE:
          /* Translators: a passed lesson on the lesson map, %d is the score */
          state_text = g_strdup_printf (_("Done · %d%%"), progress->score);
          gtk_widget_add_css_class (state, "success");
          n_done++;
          break;
        case NC_LESSON_IN_PROGRESS:
          state_text = progress->score > 0
                       /* Translators: a lesson tried but not passed yet, %d is the best score */
                       ? g_strdup_printf (_("In progress · %d%%"), progress->score)
                       : g_strdup (_("In progress"));
          gtk_widget_add_css_class (state, "warning");
          break;
        case NC_LESSON_NEW:
        default:
          state_text = g_strdup (_("New"));
          gtk_widget_add_css_class (state, "dim-label");
          break;
        }
      gtk_label_set_text (GTK_LABEL (state), state_text);
      gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      accessible = g_strdup_printf ("%s, %s", nc_lesson_translate (nc_lesson_get_title (lesson)), state_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

      g_object_set_data_full (G_OBJECT (row), "nc-lesson-id", g_strdup (nc_lesson_get_id (lesson)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (lesson_row_activated_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->lessons_group), row);
      g_ptr_array_add (self->lesson_rows, row);
    }

  return n_done;
}

/* The number of lessons of the track passed, without the rows. */
static guint
count_done (NcLearnView *self)
{
  guint n_done = 0;

  for (guint i = 0; i < self->track_lessons->len; i++)
    {
      NcLesson *lesson = g_ptr_array_index (self->track_lessons, i);
      g_autoptr(NcLessonProgress) progress = get_progress (self, nc_lesson_get_id (lesson));

      n_done += progress->state == NC_LESSON_DONE;
    }
  return n_done;
}

/* Brings the map up to date: the summary and its buttons at once, the
 * rows too unless they still wait for the window's first frame (they are
 * then built once, from what is set by then). */
static void
refresh_map (NcLearnView *self)
{
  guint n_lessons, n_done;
  g_autofree char *summary = NULL;
  g_autofree char *review_label = NULL;

  if (self->catalog == NULL)
    return;
  n_lessons = self->track_lessons->len;
  n_done = self->map_deferred ? count_done (self) : fill_rows (self);

  /* Translators: on the lesson map, e.g. "3 of 12 lessons passed" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u lesson passed",
                                          "%u of %u lessons passed", n_lessons),
                             n_done, n_lessons);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);

  self->n_due = count_due (self);
  review_label = self->n_due > 0
                 /* Translators: button on the lesson map, %u questions are due for review */
                 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Review %u Question",
                                                 "_Review %u Questions", self->n_due), self->n_due)
                 : g_strdup (_("Nothing to _Review Yet"));
  gtk_button_set_label (GTK_BUTTON (self->review_button), review_label);
  gtk_widget_set_sensitive (self->review_button, self->n_due > 0);
  gtk_widget_set_sensitive (self->certificate_button, n_lessons > 0 && n_done == n_lessons);
  gtk_widget_set_tooltip_text (self->certificate_button,
                               n_done == n_lessons ? NULL
                               /* xgettext:no-c-format */
                               : _("Pass every lesson of the track with 80% or more to get its certificate"));
}

static void
stop_waiting_for_frame (NcLearnView *self)
{
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  g_clear_handle_id (&self->build_map_id, g_source_remove);
}

/* Builds the map's rows now if they were still waiting. */
static void
build_deferred_map (NcLearnView *self)
{
  if (!self->map_deferred)
    return;
  stop_waiting_for_frame (self);
  self->map_deferred = FALSE;
  refresh_map (self);
  gtk_widget_set_visible (self->lessons_group, TRUE);
}

static gboolean
build_map_cb (gpointer user_data)
{
  NcLearnView *self = user_data;

  self->build_map_id = 0;
  build_deferred_map (self);
  return G_SOURCE_REMOVE;
}

/* The first frame is on screen: the rows next, from the main loop, so that
 * what the frame clock does after painting is not held up. */
static void
after_first_paint_cb (GdkFrameClock *clock,
                      NcLearnView   *self)
{
  g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  if (self->build_map_id == 0)
    self->build_map_id = g_idle_add_full (G_PRIORITY_DEFAULT, build_map_cb, self, NULL);
}

static void
nc_learn_view_map (GtkWidget *widget)
{
  NcLearnView *self = NC_LEARN_VIEW (widget);

  GTK_WIDGET_CLASS (nc_learn_view_parent_class)->map (widget);
  if (self->map_deferred && self->frame_clock == NULL && self->build_map_id == 0)
    {
      self->frame_clock = gtk_widget_get_frame_clock (widget);
      if (self->frame_clock == NULL)
        {
          build_deferred_map (self);
          return;
        }
      g_object_ref (self->frame_clock);
      self->after_paint_id = g_signal_connect (self->frame_clock, "after-paint",
                                               G_CALLBACK (after_first_paint_cb), self);
    }
}

static void
store_changed_cb (NcStore     *store,
                  const char  *detail,
                  NcLearnView *self)
{
  if (g_strcmp0 (detail, "profiles") == 0)
    refresh_learner (self);
  if (g_str_equal (gtk_stack_get_visible_child_name (GTK_STACK (self->stack)), "map"))
    refresh_map (self);
}

/* ---- playing ---------------------------------------------------------- */

/* Opens in the player the lesson @id names: a lesson id ("lesson-truth"),
 * or a Code reference id ("4.4"), which opens the lesson of the learner's
 * track that teaches that rule most. FALSE when there is no such lesson. */
gboolean
nc_learn_view_open_lesson (NcLearnView *self,
                           const char  *id)
{
  NcLesson *lesson;
  const char *lesson_id;

  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->catalog == NULL)
    return FALSE;
  lesson = nc_lesson_catalog_lookup (self->catalog, id);
  if (lesson == NULL)
    lesson = nc_lesson_catalog_find_lesson_for_ref_in_track (self->catalog, id, self->track);
  if (lesson == NULL)
    return FALSE;
  lesson_id = nc_lesson_get_id (lesson);
  ensure_checker (self);
  /* The player first: saving "in progress" below rebuilds the map when it
   * is on show, which would take the keyboard focus away with its row. */
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "player");

  if (self->store != NULL && self->profile_id > 0)
    {
      g_autoptr(NcLessonProgress) progress = get_progress (self, lesson_id);
      g_autoptr(GError) error = NULL;

      if (progress->state == NC_LESSON_NEW &&
          !nc_store_set_lesson_progress (self->store, self->profile_id, lesson_id,
                                         NC_LESSON_IN_PROGRESS, 0, 0, &error))
        toast (self, error->message);
    }

  nc_lesson_player_play_lesson (self->player, lesson, self->track);
  return TRUE;
}

static void
review_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  NcLearnView *self = NC_LEARN_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (NcPlayerItem));

  if (self->store == NULL || self->profile_id <= 0)
    return;
  due = nc_store_list_due_reviews (self->store, self->profile_id, now_seconds (), &error);
  for (guint i = 0; due && i < due->len; i++)
    {
      NcReviewItem *review = g_ptr_array_index (due, i);
      NcLesson *lesson = nc_lesson_catalog_lookup (self->catalog, review->lesson_id);
      const NcStep *step = lesson ? nc_lesson_find_item (lesson, review->item_id) : NULL;

      if (step != NULL)
        {
          NcPlayerItem item = { lesson, step };
          g_array_append_val (items, item);
        }
    }
  if (items->len == 0)
    {
      toast (self, _("Nothing to review right now. Well done!"));
      return;
    }
  ensure_checker (self);
  nc_lesson_player_play_review (self->player, (NcPlayerItem *) items->data, items->len);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "player");
}

static void
answered_cb (NcLessonPlayer *player,
             const char     *lesson_id,
             const char     *item_id,
             gboolean        correct,
             NcLearnView    *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->profile_id <= 0)
    return;
  if (!nc_store_record_answer (self->store, self->profile_id, lesson_id, item_id, correct,
                               now_seconds (), &error))
    toast (self, error->message);
}

/* Saves the score of a finished lesson, keeping the best one. */
static void
save_lesson_score (NcLearnView *self,
                   NcLesson    *lesson,
                   int          percent)
{
  g_autoptr(NcLessonProgress) before = get_progress (self, nc_lesson_get_id (lesson));
  g_autoptr(GError) error = NULL;
  gboolean passed = nc_grade_is_pass (percent);

  if (self->store == NULL || self->profile_id <= 0)
    return;
  if (before->state == NC_LESSON_DONE && before->score >= percent)
    return;
  if (!passed && before->score > percent)
    percent = before->score;
  if (!nc_store_set_lesson_progress (self->store, self->profile_id, nc_lesson_get_id (lesson),
                                     passed ? NC_LESSON_DONE : NC_LESSON_IN_PROGRESS, percent,
                                     passed ? now_seconds () : 0, &error))
    toast (self, error->message);
}

static NcLesson *
next_lesson (NcLearnView *self,
             NcLesson    *lesson)
{
  for (guint i = 0; i + 1 < self->track_lessons->len; i++)
    if (g_ptr_array_index (self->track_lessons, i) == lesson)
      return g_ptr_array_index (self->track_lessons, i + 1);
  return NULL;
}

static void
finished_cb (NcLessonPlayer *player,
             guint           n_correct,
             guint           n_items,
             NcLearnView    *self)
{
  int percent = nc_grade_percent (n_correct, n_items);
  NcLesson *lesson = nc_lesson_player_get_lesson (player);
  g_autofree char *title = NULL;
  const char *description;

  if (nc_lesson_player_is_review (player))
    {
      /* Translators: after a review, e.g. "7 of 9 right" */
      title = g_strdup_printf (_("%u of %u right"), n_correct, n_items);
      description = n_correct == n_items
                    ? _("Every answer was right. These questions will come back in a few days, to help you remember.")
                    : _("The ones you missed will come back soon for another try.");
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->result_page), "view-refresh-symbolic");
      gtk_widget_set_visible (self->next_button, FALSE);
    }
  else
    {
      save_lesson_score (self, lesson, percent);
      /* Translators: the score at the end of a lesson, %d is a percentage */
      title = g_strdup_printf (_("You scored %d%%"), percent);
      description = nc_grade_is_pass (percent)
                    ? _("Lesson passed. Well done!")
                    /* xgettext:no-c-format */
                    : _("You need 80% to pass. Read the explanations again and have another go.");
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->result_page),
                                     nc_grade_is_pass (percent) ? "emblem-ok-symbolic" : "view-refresh-symbolic");
      gtk_widget_set_visible (self->next_button, next_lesson (self, lesson) != NULL);
    }

  adw_status_page_set_title (ADW_STATUS_PAGE (self->result_page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->result_page), description);
  refresh_map (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "result");
  gtk_widget_child_focus (self->result_page, GTK_DIR_TAB_FORWARD);
}

static void
show_map (NcLearnView *self)
{
  if (self->map_deferred)
    build_deferred_map (self);
  else
    refresh_map (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "map");
}

static void
player_closed_cb (NcLessonPlayer *player,
                  NcLearnView    *self)
{
  show_map (self);
}

static void
show_map_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_map (NC_LEARN_VIEW (widget));
}

static void
open_lesson_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  nc_learn_view_open_lesson (NC_LEARN_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
again_clicked_cb (GtkButton   *button,
                  NcLearnView *self)
{
  NcLesson *lesson = nc_lesson_player_get_lesson (self->player);

  if (lesson != NULL)
    nc_learn_view_open_lesson (self, nc_lesson_get_id (lesson));
  else
    show_map (self);
}

static void
next_clicked_cb (GtkButton   *button,
                 NcLearnView *self)
{
  NcLesson *lesson = nc_lesson_player_get_lesson (self->player);
  NcLesson *next = lesson ? next_lesson (self, lesson) : NULL;

  if (next != NULL)
    nc_learn_view_open_lesson (self, nc_lesson_get_id (next));
}

/* ---- the certificate -------------------------------------------------- */

typedef struct {
  NcLearnView *self;
  char        *name;
} CertificateData;

static void
certificate_data_free (CertificateData *data)
{
  g_object_unref (data->self);
  g_free (data->name);
  g_free (data);
}

static void
certificate_file_cb (GFile    *file,
                     gpointer  user_data)
{
  CertificateData *data = user_data;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_now_local ();
  NcLearnView *self = data->self;

  if (path != NULL)
    {
      NcCertificate cert = { .learner_name = data->name, .all_passed = TRUE, .date = date,
                             .track = self->track != NC_TRACK_ALL ? nc_track_get_title (self->track) : NULL };

      for (guint i = 0; i < self->track_lessons->len; i++)
        g_strv_builder_add (titles, nc_lesson_translate (nc_lesson_get_title (g_ptr_array_index (self->track_lessons, i))));
      strv = g_strv_builder_end (titles);
      cert.lesson_titles = (const char * const *) strv;
      if (nc_certificate_write_pages (path, &cert, 1, &error))
        toast (self, _("Certificate saved"));
      else
        toast (self, error->message);
    }

  certificate_data_free (data);
}

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  NcLearnView      *self)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), "nc-entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  GtkFileChooser *chooser;
  CertificateData *data;

  if (!g_str_equal (response, "save") || *name == '\0')
    return;

  data = g_new0 (CertificateData, 1);
  data->self = g_object_ref (self);
  data->name = g_steal_pointer (&name);
  chooser = nc_ui_dialog_file_chooser_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                           _("Save the Certificate"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                           certificate_file_cb, data);
  /* Translators: the file name suggested for the certificate */
  gtk_file_chooser_set_current_name (chooser, _("NetConduct certificate.pdf"));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
certificate_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NcLearnView *self = NC_LEARN_VIEW (widget);
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  g_autoptr(NcProfile) profile = NULL;

  if (self->store != NULL && self->profile_id > 0)
    profile = nc_store_get_profile (self->store, self->profile_id, NULL);

  dialog = nc_ui_dialog_ask (GTK_WINDOW (gtk_widget_get_root (widget)),
                             _("Your Certificate"),
                             _("Every lesson of the track is passed. Which name should the certificate show?"),
                             "save", _("_Save as PDF…"), ADW_RESPONSE_SUGGESTED);
  g_signal_connect (dialog, "response", G_CALLBACK (name_response_cb), self);
  gtk_editable_set_text (GTK_EDITABLE (entry), profile ? profile->name : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "nc-entry", entry);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- public API ------------------------------------------------------- */

GtkWidget *
nc_learn_view_new (void)
{
  return g_object_new (NC_TYPE_LEARN_VIEW, NULL);
}

/* The database where progress goes; NULL means progress is not saved. */
void
nc_learn_view_set_store (NcLearnView *self,
                         NcStore     *store)
{
  g_return_if_fail (NC_IS_LEARN_VIEW (self));
  g_return_if_fail (store == NULL || NC_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->store_changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  refresh_learner (self);
  refresh_map (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Whose progress is shown and saved (a profile id of the store; 0 for
 * nobody, then nothing is saved). The window binds it to the
 * application's profile-id. A lesson being played goes back to the map:
 * its answers belong to the learner who started it. */
void
nc_learn_view_set_profile (NcLearnView *self,
                           gint64       profile_id)
{
  g_return_if_fail (NC_IS_LEARN_VIEW (self));

  if (self->profile_id == profile_id)
    return;
  if (self->catalog != NULL &&
      !g_str_equal (gtk_stack_get_visible_child_name (GTK_STACK (self->stack)), "map"))
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "map");
  self->profile_id = profile_id;
  refresh_learner (self);
  refresh_map (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE_ID]);
}

gint64
nc_learn_view_get_profile (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), 0);
  return self->profile_id;
}

/* "map", "player", "result" or "error". */
const char *
nc_learn_view_get_page (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
}

NcLessonPlayer *
nc_learn_view_get_player (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), NULL);
  return self->player;
}

/* How many lessons the map shows now: 0 while its rows wait for the
 * window's first frame. */
guint
nc_learn_view_get_n_rows (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), 0);
  return self->lesson_rows->len;
}

/* How many review questions are due now. */
guint
nc_learn_view_get_n_due (NcLearnView *self)
{
  g_return_val_if_fail (NC_IS_LEARN_VIEW (self), 0);
  return self->n_due;
}

/* ---- construction ----------------------------------------------------- */

static void
nc_learn_view_dispose (GObject *object)
{
  NcLearnView *self = NC_LEARN_VIEW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  g_clear_object (&self->store);
  stop_waiting_for_frame (self);
  if (self->checker_cancellable != NULL)
    g_cancellable_cancel (self->checker_cancellable);
  g_clear_object (&self->checker_cancellable);
  g_clear_pointer (&self->lesson_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_LEARN_VIEW);
  g_clear_pointer (&self->track_lessons, g_ptr_array_unref);

  G_OBJECT_CLASS (nc_learn_view_parent_class)->dispose (object);
}

/* The checker outlives the player, which judges rewrites with it until
 * it is disposed with this view. */
static void
nc_learn_view_finalize (GObject *object)
{
  NcLearnView *self = NC_LEARN_VIEW (object);

  g_clear_object (&self->checker);

  G_OBJECT_CLASS (nc_learn_view_parent_class)->finalize (object);
}

static void
nc_learn_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NcLearnView *self = NC_LEARN_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PROFILE_ID:
      g_value_set_int64 (value, self->profile_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_learn_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  NcLearnView *self = NC_LEARN_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      nc_learn_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_PROFILE_ID:
      nc_learn_view_set_profile (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_learn_view_class_init (NcLearnViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_learn_view_dispose;
  object_class->finalize = nc_learn_view_finalize;
  object_class->get_property = nc_learn_view_get_property;
  object_class->set_property = nc_learn_view_set_property;
  widget_class->map = nc_learn_view_map;

  /* Where progress goes; NULL: nowhere. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whose progress is shown and saved; 0: nobody's. */
  properties[PROP_PROFILE_ID] =
    g_param_spec_int64 ("profile-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nc-learn-view");

  g_type_ensure (NC_TYPE_LESSON_PLAYER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-learn-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, toasts);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, stack);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, learner_group);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, learner_row);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, switch_button);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, review_button);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, certificate_button);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, lessons_group);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, player);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, result_page);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, next_button);
  gtk_widget_class_bind_template_child (widget_class, NcLearnView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, answered_cb);
  gtk_widget_class_bind_template_callback (widget_class, finished_cb);
  gtk_widget_class_bind_template_callback (widget_class, player_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, again_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);

  gtk_widget_class_install_action (widget_class, "learn.open-lesson", "s", open_lesson_cb);
  gtk_widget_class_install_action (widget_class, "learn.review", NULL, review_cb);
  gtk_widget_class_install_action (widget_class, "learn.certificate", NULL, certificate_cb);
  gtk_widget_class_install_action (widget_class, "learn.show-map", NULL, show_map_cb);
}

static void
nc_learn_view_init (NcLearnView *self)
{
  g_autoptr(GError) error = NULL;

  self->lesson_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->track_row = new_track_row (self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->learner_group), self->track_row);

  self->catalog = nc_lesson_catalog_get_default (&error);
  if (self->catalog == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
      return;
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "map");
  /* until its rows are built: no "Lessons" heading over nothing */
  gtk_widget_set_visible (self->lessons_group, FALSE);
  self->map_deferred = TRUE;
  refresh_learner (self);
  refresh_map (self);
}
