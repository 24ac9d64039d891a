/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-learn.c — the Learn area under a real display (Xvfb): a learner
 * completes a lesson with the keyboard only, and the score is saved */
#include "config.h"

#include <dlfcn.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>
#include <X11/keysym.h>

#include "nc-browser-view.h"
#include "nc-learn-view.h"
#include "nc-lesson-catalog.h"
#include "nc-lesson-grade.h"
#include "nc-lesson-picture.h"
#include "nc-test-i18n.h"
#include "nc-test-ui.h"
#include "nc-window.h"

/* The language of the screenshots (NC_SCREENSHOT_LANGUAGE), "en" unless
 * set. */
static const char *
screenshot_language (void)
{
  const char *language = g_getenv ("NC_SCREENSHOT_LANGUAGE");

  return language != NULL ? language : "en";
}

/* ---- the keyboard ------------------------------------------------------ */

/* Keys are pressed as a keyboard would: key events from the X server
 * (XTEST, the extension xdotool uses; libXtst is loaded at run time), which
 * GTK receives, routes to the focused widget and handles with its own key
 * bindings. Nothing here calls a widget to answer. */

typedef int (*XTestFakeKeyEventFunc) (Display *, unsigned int, Bool, unsigned long);

static guint n_keys_released;

static void
key_released_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 gpointer               data)
{
  n_keys_released++;
}

static Display *
x_display (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (!GDK_IS_X11_DISPLAY (display))
    g_error ("the keyboard tests need an X display (build-aux/test.sh starts Xvfb)");
  return gdk_x11_display_get_xdisplay (display);
}

static void
fake_key (guint    keysym,
          gboolean press)
{
  static XTestFakeKeyEventFunc fake;
  Display *dpy = x_display ();
  KeyCode code = XKeysymToKeycode (dpy, keysym);

  if (fake == NULL)
    {
      void *xtst = dlopen ("libXtst.so.6", RTLD_NOW);

      if (xtst == NULL || (fake = (XTestFakeKeyEventFunc) dlsym (xtst, "XTestFakeKeyEvent")) == NULL)
        g_error ("cannot load libXtst (installed with xdotool): %s", dlerror ());
    }
  g_assert_cmpuint (code, !=, 0);
  fake (dpy, code, press, CurrentTime);
}

/* Counts the keys that @root (a window or a popover) receives. */
static void
count_keys (GtkWidget *root)
{
  GtkEventController *keys;

  if (g_object_get_data (G_OBJECT (root), "nc-test-keys") != NULL)
    return;
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-released", G_CALLBACK (key_released_cb), NULL);
  gtk_widget_add_controller (root, keys);
  g_object_set_data (G_OBJECT (root), "nc-test-keys", keys);
}

/* Gives @window the X keyboard focus, as a window manager would (Xvfb has
 * none), and counts the keys it receives. */
static void
focus_window (GtkWindow *window)
{
  Display *dpy = x_display ();

  count_keys (GTK_WIDGET (window));
  nc_test_ui_iterate (50);
  XSetInputFocus (dpy, gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))),
                  RevertToParent, CurrentTime);
  XSync (dpy, False);
  nc_test_ui_iterate (100);
}

/* Presses and releases @keysym (with Control or Shift held when asked),
 * and waits until the focused window has handled it. */
static void
press_key (guint           keysym,
           GdkModifierType modifiers)
{
  guint before = n_keys_released;
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  if (modifiers & GDK_CONTROL_MASK)
    fake_key (XK_Control_L, TRUE);
  if (modifiers & GDK_SHIFT_MASK)
    fake_key (XK_Shift_L, TRUE);
  fake_key (keysym, TRUE);
  fake_key (keysym, FALSE);
  if (modifiers & GDK_SHIFT_MASK)
    fake_key (XK_Shift_L, FALSE);
  if (modifiers & GDK_CONTROL_MASK)
    fake_key (XK_Control_L, FALSE);
  XSync (x_display (), False);
  while (n_keys_released == before && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, FALSE);
  if (n_keys_released == before)
    g_error ("the key %s did not reach a window of the app", gdk_keyval_name (keysym));
  /* What the key started at once (idle callbacks); the next frame is
   * drawn when the main loop runs next. */
  for (int i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static gboolean
has_focus_in (GtkWindow *window,
              GtkWidget *target)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target));
}

/* Presses Tab until @target (or, for an entry, its text) has the focus;
 * fails when it cannot be reached from the keyboard. */
static void
tab_to (GtkWindow *window,
        GtkWidget *target)
{
  for (int i = 0; i < 150; i++)
    {
      if (has_focus_in (window, target))
        return;
      press_key (GDK_KEY_Tab, 0);
    }
  g_error ("%s “%s” cannot be reached with Tab", G_OBJECT_TYPE_NAME (target),
           gtk_widget_get_tooltip_text (target) ? gtk_widget_get_tooltip_text (target) : "");
}

/* Enter on the focused widget, or Space on a check or toggle button (as
 * people select an option), and waits for what it starts. */
static void
press_enter (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  g_assert_nonnull (focus);
  press_key (GTK_IS_CHECK_BUTTON (focus) || GTK_IS_TOGGLE_BUTTON (focus) ? GDK_KEY_space : GDK_KEY_Return, 0);
  nc_test_ui_iterate (20);
}

static char *
text_of (GtkWidget *widget)
{
  GtkTextIter start, end;
  GtkTextBuffer *buffer;

  if (GTK_IS_EDITABLE (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A key code the keyboard leaves without a symbol, for typing letters it
 * has no key for. */
static KeyCode
spare_key_code (Display *dpy)
{
  static KeyCode spare;
  int min, max, per_code;

  if (spare != 0)
    return spare;
  XDisplayKeycodes (dpy, &min, &max);
  for (int code = max; code >= min && spare == 0; code--)
    {
      KeySym *syms = XGetKeyboardMapping (dpy, code, 1, &per_code);
      gboolean empty = TRUE;

      for (int i = 0; i < per_code; i++)
        empty &= syms[i] == NoSymbol;
      XFree (syms);
      if (empty)
        spare = code;
    }
  g_assert_cmpuint (spare, !=, 0);
  return spare;
}

static gboolean
gdk_maps_key_cb (gpointer data)
{
  guint keyval = GPOINTER_TO_UINT (data);
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys = 0;

  return gdk_display_map_keyval (gdk_display_get_default (), keyval, &keys, &n_keys) && n_keys > 0;
}

/* Types @keyval: with Shift when the keyboard has it at that level, or on
 * the spare key mapped to it (letters with tone marks), once GTK knows the
 * new mapping. */
static void
type_keyval (guint keyval)
{
  Display *dpy = x_display ();
  KeyCode code = XKeysymToKeycode (dpy, keyval);

  if (code != 0 && XkbKeycodeToKeysym (dpy, code, 0, 0) == keyval)
    press_key (keyval, 0);
  else if (code != 0 && XkbKeycodeToKeysym (dpy, code, 0, 1) == keyval)
    press_key (keyval, GDK_SHIFT_MASK);
  else
    {
      KeySym sym = keyval;

      XChangeKeyboardMapping (dpy, spare_key_code (dpy), 1, &sym, 1);
      XSync (dpy, False);
      g_assert_true (nc_test_ui_iterate_until (gdk_maps_key_cb, GUINT_TO_POINTER (keyval), 5000));
      press_key (keyval, 0);
    }
}

/* Types @text into the focused text view or entry @widget, in place of
 * its text: Ctrl+A, Delete, then a key for every character. */
static void
type_text (GtkWidget  *widget,
           const char *text)
{
  g_autofree char *typed = NULL;

  press_key (GDK_KEY_a, GDK_CONTROL_MASK);
  press_key (GDK_KEY_Delete, 0);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      type_keyval (c == ' ' ? GDK_KEY_space : gdk_unicode_to_keyval (c));
    }
  nc_test_ui_iterate (30);
  typed = text_of (widget);
  if (!g_str_equal (typed, text))
    g_error ("typed “%s”, the %s shows “%s”", text, G_OBJECT_TYPE_NAME (widget), typed);
}

/* Answers the quiz item on show with the keyboard: rightly, or wrongly
 * when @wrong. */
static void
answer_step (GtkWindow      *window,
             NcLessonPlayer *player,
             gboolean        wrong)
{
  const NcStep *step = nc_lesson_player_get_step (player);
  GtkWidget *primary = nc_lesson_player_get_primary_button (player);

  switch (step->kind)
    {
    case NC_STEP_CHOICE:
    case NC_STEP_TRUE_FALSE:
      {
        g_autoptr(GPtrArray) options = nc_test_ui_find_all (GTK_WIDGET (player), GTK_TYPE_CHECK_BUTTON, "nc-option");
        guint pick = 0;

        if (step->kind == NC_STEP_CHOICE)
          {
            for (guint i = 0; i < step->options->len; i++)
              if (((NcOption *) g_ptr_array_index (step->options, i))->correct != wrong)
                pick = i;
            g_assert_cmpuint (options->len, ==, step->options->len);
          }
        else
          pick = (step->answer != wrong) ? 0 : 1;
        tab_to (window, g_ptr_array_index (options, pick));
        press_enter (window);
        g_assert_true (gtk_check_button_get_active (g_ptr_array_index (options, pick)));
        break;
      }

    case NC_STEP_SPOT:
      {
        g_autoptr(GPtrArray) buttons = nc_test_ui_find_all (GTK_WIDGET (player), GTK_TYPE_TOGGLE_BUTTON, "nc-word");
        g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), NULL);
        gsize n_words = 0, n_bad = 0;
        const NcSpan *words = nc_spot_text_get_words (spot, &n_words);
        const NcSpan *bad = nc_spot_text_get_bad_spans (spot, &n_bad);

        g_assert_cmpuint (buttons->len, ==, n_words);
        for (gsize w = 0; w < n_words; w++)
          {
            gboolean is_bad = FALSE;

            for (gsize b = 0; b < n_bad; b++)
              is_bad |= words[w].start < bad[b].end && bad[b].start < words[w].end;
            if (is_bad != wrong)
              {
                tab_to (window, g_ptr_array_index (buttons, w));
                press_enter (window);
              }
          }
        break;
      }

    case NC_STEP_REWRITE:
      {
        g_autoptr(GPtrArray) views = nc_test_ui_find_all (GTK_WIDGET (player), GTK_TYPE_TEXT_VIEW, NULL);
        GtkTextView *view = g_ptr_array_index (views, 0);

        tab_to (window, GTK_WIDGET (view));
        type_text (GTK_WIDGET (view), wrong ? "whatever" : nc_lesson_translate (step->sample));
        break;
      }

    case NC_STEP_SCENARIO:
      /* Walk the story, choosing a good branch at every node. */
      for (int depth = 0; depth < 10; depth++)
        {
          g_autoptr(GPtrArray) branches = nc_test_ui_find_all (GTK_WIDGET (player), GTK_TYPE_BUTTON, "nc-branch");
          GtkWidget *pick = NULL;

          for (guint i = 0; i < branches->len; i++)
            {
              NcBranch *branch = g_object_get_data (G_OBJECT (g_ptr_array_index (branches, i)), "nc-branch");

              if (branch->good != wrong)
                pick = g_ptr_array_index (branches, i);
            }
          g_assert_nonnull (pick);
          tab_to (window, pick);
          press_enter (window);
          /* Feedback shown; the focus is on Continue, which goes to the
           * next node, or on to the next step at the end of the story. */
          g_assert_true (gtk_window_get_focus (window) == primary);
          if (((NcBranch *) g_object_get_data (G_OBJECT (pick), "nc-branch"))->next == NULL)
            return;  /* the end of the story: Continue goes to the next step */
          press_enter (window);
        }
      g_assert_not_reached ();

    case NC_STEP_CARD:
    case NC_STEP_POST:
    default:
      g_assert_not_reached ();
    }

  /* Check. */
  tab_to (window, primary);
  press_enter (window);
}

/* Checks that a card or a post with a picture shows it, drawn, with its
 * alternative text (translated), and only one picture. */
static void
check_card_picture (NcLessonPlayer *player,
                    const NcStep   *step)
{
  g_autoptr(GPtrArray) pictures = nc_test_ui_find_all (GTK_WIDGET (player), NC_TYPE_LESSON_PICTURE, NULL);

  if ((step->kind != NC_STEP_CARD && step->kind != NC_STEP_POST) || step->picture == NULL)
    {
      g_assert_cmpuint (pictures->len, ==, 0);
      return;
    }
  g_assert_cmpuint (pictures->len, ==, 1);
  g_assert_true (nc_lesson_picture_is_loaded (g_ptr_array_index (pictures, 0)));
  g_assert_cmpstr (nc_lesson_picture_get_alternative_text (g_ptr_array_index (pictures, 0)), ==,
                   nc_lesson_translate (step->alt));
}

/* On the 6–9 track no text on show names a decision or an article: the
 * rule a card teaches is named by its title only. */
static void
check_no_legal_citation (NcLessonPlayer *player)
{
  NcLesson *lesson = nc_lesson_player_get_lesson (player);
  g_autoptr(GPtrArray) labels = NULL;

  if (lesson == NULL || nc_lesson_get_tracks (lesson) != NC_TRACK_BIT (NC_TRACK_6_9))
    return;
  labels = nc_test_ui_find_all (GTK_WIDGET (player), GTK_TYPE_LABEL, NULL);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (strstr (text, "QĐ-") != NULL || strstr (text, "Decision ") != NULL ||
          strstr (text, "Quyết định") != NULL || strstr (text, "Article ") != NULL)
        g_error ("a 6-9 lesson shows a legal citation: “%s”", text);
    }
}

/* Plays the lesson on show to its end with the keyboard only, answering
 * rightly, except the first true/false item when @miss_one (its id in
 * @missed). Saves a screenshot of the first card as @snap_name. Returns
 * the number of quiz items. */
static guint
play_with_keyboard (GtkWindow    *window,
                    NcLearnView  *view,
                    gboolean      miss_one,
                    const char  **missed,
                    const char   *snap_name)
{
  NcLessonPlayer *player = nc_learn_view_get_player (view);
  guint n_quiz = 0;

  if (missed != NULL)
    *missed = NULL;
  for (int guard = 0; guard < 100 && g_str_equal (nc_learn_view_get_page (view), "player"); guard++)
    {
      const NcStep *step = nc_lesson_player_get_step (player);
      GtkWidget *primary = nc_lesson_player_get_primary_button (player);

      check_card_picture (player, step);
      check_no_legal_citation (player);
      if (snap_name != NULL && step->kind == NC_STEP_CARD)
        {
          nc_test_ui_iterate (1000);  /* past the cross-fade from the map */
          nc_test_ui_snap (window, snap_name);
          snap_name = NULL;
        }
      /* Every example post, with its picture, for people to look at. */
      if (step->kind == NC_STEP_POST && g_getenv ("NC_SCREENSHOT_DIR") != NULL)
        {
          g_autofree char *name = g_strdup_printf ("learn-%s-post-%s",
                                                   screenshot_language (),
                                                   nc_lesson_get_id (nc_lesson_player_get_lesson (player)));
          nc_test_ui_snap (window, name);
        }
      if (nc_step_is_quiz_item (step))
        {
          gboolean wrong = miss_one && step->kind == NC_STEP_TRUE_FALSE && *missed == NULL;

          n_quiz++;
          if (wrong)
            *missed = step->id;
          answer_step (window, player, wrong);
          check_no_legal_citation (player);
        }
      /* Feedback (or a card) is on show: Continue has the focus. */
      if (gtk_window_get_focus (window) != primary)
        g_error ("after %s “%s” of %s, the focus is on a %s, not on Continue",
                 nc_step_kind_to_string (step->kind), step->id ? step->id : step->heading,
                 nc_lesson_get_id (nc_lesson_player_get_lesson (player)),
                 gtk_window_get_focus (window) ? G_OBJECT_TYPE_NAME (gtk_window_get_focus (window)) : "nothing");
      press_enter (window);
    }
  return n_quiz;
}

static void
test_complete_lesson_with_keyboard (void)
{
  g_autoptr(NcApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NcLessonProgress) progress = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  NcStore *store;
  NcWindow *window;
  NcLearnView *view;
  NcLessonPlayer *player;
  GtkWidget *lesson_row = NULL;
  gint64 profile;
  guint n_quiz = 0, wrong_made = 0;
  const char *wrong_item = NULL;

  app = nc_test_ui_start_app (300);
  store = nc_application_get_store (app);
  g_assert_nonnull (store);
  profile = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_10_12, &error);
  g_assert_no_error (error);

  window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  view = nc_window_get_learn_view (window);
  player = nc_learn_view_get_player (view);
  nc_test_ui_iterate (100);
  focus_window (GTK_WINDOW (window));
  /* A new profile is not the learner until the child is chosen (the
   * profile chooser sets the application's profile-id). */
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, 0);
  nc_application_set_profile_id (app, profile);
  nc_test_ui_iterate (50);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, profile);
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "map");
  nc_test_ui_snap (GTK_WINDOW (window), "learn-1-map");

  /* Reach the fourth lesson ("Check before you share") on the map with Tab. */
  rows = nc_test_ui_find_all (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, NULL);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)), "nc-lesson-id"), "lesson-truth") == 0)
      lesson_row = g_ptr_array_index (rows, i);
  g_assert_nonnull (lesson_row);
  tab_to (GTK_WINDOW (window), lesson_row);
  press_enter (GTK_WINDOW (window));
  nc_test_ui_iterate (100);
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "player");
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (player)), ==, "lesson-truth");

  /* Play every step; get exactly one quiz item wrong. */
  n_quiz = play_with_keyboard (GTK_WINDOW (window), view, TRUE, &wrong_item, NULL);
  wrong_made = wrong_item != NULL;
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "result");
  nc_test_ui_snap (GTK_WINDOW (window), "learn-3-result");
  g_assert_cmpuint (wrong_made, ==, 1);
  g_assert_cmpuint (n_quiz, ==, 10);

  /* The score is in the database: 9 of 10, passed. */
  progress = nc_store_get_lesson_progress (store, profile, "lesson-truth", &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->state, ==, NC_LESSON_DONE);
  g_assert_cmpint (progress->score, ==, 90);
  g_assert_cmpint (progress->completed_at, >, 0);

  /* The missed item comes back for review soon. */
  due = nc_store_list_due_reviews (store, profile, g_get_real_time () / G_USEC_PER_SEC + 3600, &error);
  g_assert_no_error (error);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < due->len; i++)
      {
        NcReviewItem *item = g_ptr_array_index (due, i);
        found |= g_str_equal (item->lesson_id, "lesson-truth") && g_str_equal (item->item_id, wrong_item);
      }
    g_assert_true (found);
  }

  /* Back on the map, the lesson shows as done. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "learn.show-map", NULL));
  nc_test_ui_iterate (50);
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "map");

  /* A worse second try keeps the best score. */
  g_assert_true (nc_learn_view_open_lesson (view, "lesson-truth"));
  g_signal_emit_by_name (player, "finished", 2u, 10u);
  nc_test_ui_iterate (50);
  g_clear_pointer (&progress, nc_lesson_progress_free);
  progress = nc_store_get_lesson_progress (store, profile, "lesson-truth", &error);
  g_assert_cmpint (progress->state, ==, NC_LESSON_DONE);
  g_assert_cmpint (progress->score, ==, 90);

  g_assert_false (nc_learn_view_open_lesson (view, "lesson-does-not-exist"));

  /* "Learn why" in a warning opens the lesson from any area. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "browse"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", "lesson-kind-words"));
  nc_test_ui_iterate (50);
  g_assert_cmpstr (nc_window_get_visible_area (window), ==, "learn");
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (player)), ==, "lesson-kind-words");

  /* The rules banner and the share reminder name a rule of the Code, not
   * a lesson: "4.4" (share from official sources) opens the truth lesson. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "browse"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", "4.4"));
  nc_test_ui_iterate (50);
  g_assert_cmpstr (nc_window_get_visible_area (window), ==, "learn");
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "player");
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (player)), ==, "lesson-truth");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", "3.1"));
  nc_test_ui_iterate (50);
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (player)), ==, "lesson-rules");
  /* Neither a lesson nor a rule: the lesson on show stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lesson", "s", "99.9"));
  nc_test_ui_iterate (50);
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (player)), ==, "lesson-rules");

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

static void
record_answer_cb (NcLessonPlayer *player,
                  const char     *lesson_id,
                  const char     *item_id,
                  gboolean        correct,
                  int            *out)
{
  *out = correct;
}

/* The child at the computer is the learner: when the profile chooser
 * picks another child, Learn saves for that child and Browse applies that
 * child's rules. With nobody chosen, lessons play but nothing is saved. */
static void
test_follows_chosen_child (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (300);
  g_autoptr(GError) error = NULL;
  NcStore *store = nc_application_get_store (app);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  NcLearnView *view = nc_window_get_learn_view (window);
  NcBrowserView *browser = NULL;
  NcLessonPlayer *player = nc_learn_view_get_player (view);
  g_autoptr(GPtrArray) browsers = nc_test_ui_find_all (GTK_WIDGET (window), NC_TYPE_BROWSER_VIEW, NULL);
  gint64 minh, an, give_up;

  minh = nc_store_add_profile (store, "Minh", "", NC_AGE_BAND_13_15, &error);
  g_assert_no_error (error);
  an = nc_store_add_profile (store, "An", "", NC_AGE_BAND_6_9, &error);
  g_assert_no_error (error);

  /* Nobody chosen: the lesson plays, nothing is saved, the browser has
   * the strictest rules. */
  nc_application_set_profile_id (app, 0);
  nc_test_ui_iterate (50);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, 0);
  g_assert_true (nc_learn_view_open_lesson (view, "lesson-privacy"));
  g_signal_emit_by_name (player, "finished", 10u, 10u);
  nc_test_ui_iterate (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "learn.show-map", NULL));

  /* The chooser picks Minh. */
  nc_application_set_profile_id (app, minh);
  nc_test_ui_iterate (50);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, minh);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "browse"));
  nc_test_ui_iterate (50);
  g_clear_pointer (&browsers, g_ptr_array_unref);
  browsers = nc_test_ui_find_all (GTK_WIDGET (window), NC_TYPE_BROWSER_VIEW, NULL);
  g_assert_cmpuint (browsers->len, ==, 1);
  browser = g_ptr_array_index (browsers, 0);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, minh);

  g_assert_true (nc_learn_view_open_lesson (view, "lesson-privacy"));
  g_signal_emit_by_name (player, "finished", 9u, 10u);
  nc_test_ui_iterate (50);

  /* Then An sits down: the browser and the lessons are hers. */
  nc_application_set_profile_id (app, an);
  nc_test_ui_iterate (50);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, an);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, an);

  /* In the database file: Minh's 90 %, nothing for An, and the lesson
   * played with nobody chosen left no trace. */
  {
    g_autoptr(NcStore) reopened = nc_store_open (nc_store_get_path (store), &error);
    g_autoptr(NcLessonProgress) minh_progress = NULL;
    g_autoptr(NcLessonProgress) an_progress = NULL;

    g_assert_no_error (error);
    minh_progress = nc_store_get_lesson_progress (reopened, minh, "lesson-privacy", &error);
    g_assert_no_error (error);
    g_assert_nonnull (minh_progress);
    g_assert_cmpint (minh_progress->state, ==, NC_LESSON_DONE);
    g_assert_cmpint (minh_progress->score, ==, 90);
    an_progress = nc_store_get_lesson_progress (reopened, an, "lesson-privacy", &error);
    g_assert_true (an_progress == NULL || an_progress->state == NC_LESSON_NEW);
  }

  /* A profile a parent removed is nobody: nothing more is saved for it,
   * and the browser has the strictest rules again. */
  g_assert_true (nc_store_remove_profile (store, an, &error));
  g_assert_no_error (error);
  /* The application notices from an idle callback. */
  give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (nc_application_get_profile_id (app) != 0 && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  nc_test_ui_iterate (50);
  g_assert_cmpint (nc_application_get_profile_id (app), ==, 0);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, 0);
  g_assert_cmpint (nc_browser_view_get_profile (browser), ==, 0);
  g_assert_true (nc_profile_rules_is_allow_list_only (nc_browser_context_get_rules (nc_browser_view_get_context (browser))));

  /* Minh again, for the next test (two children: nobody chosen would
   * bring up the profile chooser). */
  nc_application_set_profile_id (app, minh);
  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

/* "Rewrite it kindly" is judged by the conduct checker once it is built
 * (in a worker, the first time a lesson is played): a rewrite that has a
 * kind word, and so passes the item's own word lists, but still calls
 * someone a moron, is not accepted. */
static void
test_rewrite_judged_by_checker (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (300);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  NcLearnView *view = nc_window_get_learn_view (window);
  NcLessonPlayer *player = nc_learn_view_get_player (view);
  NcLesson *lesson = nc_lesson_catalog_lookup (nc_lesson_catalog_get_default (NULL), "lesson-respect");
  const NcStep *step = nc_lesson_find_item (lesson, "respect-feedback");
  const char *hurtful = "Thank you Lan, but you are a moron.";
  NcPlayerItem item = { lesson, step };
  g_autoptr(GPtrArray) views = NULL;
  gint64 give_up;
  int correct = -1;

  g_assert_nonnull (step);
  /* The item's own words alone would let it through. */
  g_assert_cmpint (nc_grade_rewrite (step, hurtful, NULL, NULL), ==, NC_REWRITE_OK);

  g_assert_true (nc_learn_view_open_lesson (view, "lesson-respect"));
  give_up = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (!nc_learn_view_has_checker (view) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (nc_learn_view_has_checker (view));

  nc_lesson_player_play_review (player, &item, 1);
  nc_test_ui_iterate (50);
  g_assert_true (nc_lesson_player_get_step (player) == step);
  views = nc_test_ui_find_all (GTK_WIDGET (player), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_cmpuint (views->len, ==, 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_ptr_array_index (views, 0)), hurtful, -1);
  nc_test_ui_iterate (30);
  g_signal_connect (player, "answered", G_CALLBACK (record_answer_cb), &correct);
  g_assert_true (gtk_widget_activate (nc_lesson_player_get_primary_button (player)));
  /* The button shows itself pressed for a moment before "clicked". */
  give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (correct == -1 && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (player, record_answer_cb, &correct);
  g_assert_cmpint (correct, ==, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

/* Missed items come back in review mode; answering them right there
 * schedules them days later. */
static void
test_review_mode (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (300);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  NcStore *store = nc_application_get_store (app);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  NcLearnView *view = nc_window_get_learn_view (window);
  NcLessonPlayer *player = nc_learn_view_get_player (view);
  gint64 profile = nc_learn_view_get_profile (view);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_answered = 0;

  g_assert_cmpint (profile, >, 0);
  focus_window (GTK_WINDOW (window));
  /* Two items missed an hour ago are due now. */
  g_assert_true (nc_store_record_answer (store, profile, "lesson-kind-words", "kind-gender", FALSE, now - 3600, &error));
  g_assert_true (nc_store_record_answer (store, profile, "lesson-kind-words", "kind-accent", FALSE, now - 3600, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "learn.show-map", NULL));
  nc_test_ui_iterate (50);
  g_assert_cmpuint (nc_learn_view_get_n_due (view), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "learn.review", NULL));
  nc_test_ui_iterate (100);
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "player");
  g_assert_true (nc_lesson_player_is_review (player));
  while (g_str_equal (nc_learn_view_get_page (view), "player"))
    {
      const NcStep *step = nc_lesson_player_get_step (player);

      g_assert_true (g_str_equal (step->id, "kind-gender") || g_str_equal (step->id, "kind-accent"));
      answer_step (GTK_WINDOW (window), player, FALSE);
      press_enter (GTK_WINDOW (window));
      g_assert_cmpuint (++n_answered, <=, 2);
    }
  g_assert_cmpuint (n_answered, ==, 2);
  g_assert_cmpstr (nc_learn_view_get_page (view), ==, "result");

  /* Right this time: nothing due now, both due again within two days. */
  due = nc_store_list_due_reviews (store, profile, now + 60, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = nc_store_list_due_reviews (store, profile, now + 2 * 86400, &error);
  g_assert_cmpuint (due->len, >=, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

/* The lesson rows on the map, in order. */
static GPtrArray *
map_rows (NcLearnView *view)
{
  g_autoptr(GPtrArray) rows = nc_test_ui_find_all (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, NULL);
  GPtrArray *lessons = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)), "nc-lesson-id") != NULL)
      g_ptr_array_add (lessons, g_ptr_array_index (rows, i));
  return lessons;
}

/* The map shows exactly the lessons of @track, in order. */
static void
assert_map_shows_track (NcLearnView *view,
                        NcTrack      track)
{
  g_autoptr(GPtrArray) rows = map_rows (view);
  g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (nc_lesson_catalog_get_default (NULL), track);

  g_assert_cmpint (nc_learn_view_get_track (view), ==, track);
  g_assert_cmpuint (rows->len, ==, lessons->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)), "nc-lesson-id"), ==,
                     nc_lesson_get_id (g_ptr_array_index (lessons, i)));
}

static GtkWidget *
find_by_action (GtkWidget  *root,
                GType       type,
                const char *action)
{
  g_autoptr(GPtrArray) all = nc_test_ui_find_all (root, type, NULL);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (all, i)), action) == 0)
      return g_ptr_array_index (all, i);
  return NULL;
}

static gboolean
toplevel_shown_cb (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_mapped (l->data))
      return TRUE;
  return FALSE;
}

/* The window of @type on show, once it is; fails after 10 s. */
static GtkWindow *
wait_for_toplevel (GType type)
{
  g_autoptr(GList) toplevels = NULL;

  g_assert_true (nc_test_ui_iterate_until (toplevel_shown_cb, GSIZE_TO_POINTER (type), 10000));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_mapped (l->data))
      return l->data;
  g_assert_not_reached ();
}

static gboolean
file_exists_cb (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The learner's certificate, saved with the keyboard only: Tab to the
 * button, Enter; Enter in the name dialog (the learner's name is there);
 * the path typed in the file chooser, Enter. Returns the PDF's text. */
static char *
save_certificate_with_keyboard (NcWindow    *window,
                                NcLearnView *view)
{
  GtkWidget *button = find_by_action (GTK_WIDGET (view), GTK_TYPE_BUTTON, "learn.certificate");
  g_autofree char *dir = g_dir_make_tmp ("nc-certificate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "certificate.pdf", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  GtkWindow *dialog, *chooser;
  GtkWidget *entry;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (gtk_widget_get_sensitive (button));
  tab_to (GTK_WINDOW (window), button);
  press_enter (GTK_WINDOW (window));

  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  focus_window (dialog);
  entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  tab_to (dialog, entry);
  press_key (GDK_KEY_Return, 0);   /* the entry activates the default: Save as PDF */

  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  focus_window (chooser);
  g_assert_true (GTK_IS_EDITABLE (gtk_window_get_focus (chooser)));
  type_text (gtk_window_get_focus (chooser), path);
  press_key (GDK_KEY_Return, 0);
  g_assert_true (nc_test_ui_iterate_until (file_exists_cb, path, 20000));
  nc_test_ui_iterate (500);
  focus_window (GTK_WINDOW (window));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
  return g_steal_pointer (&text);
}

/* The learner @profile completes every lesson of the track on the map
 * with the keyboard only: Tab to the lesson, Enter, every step answered
 * rightly (the rewrites typed), back to the map from the result page;
 * every lesson is saved as passed at 100 %, and the track's certificate is
 * saved, with the keyboard too: a PDF naming the learner and the track.
 * With NC_SCREENSHOT_DIR, the first card of the track is saved. */
static void
certify_track_with_keyboard (NcWindow    *window,
                             NcLearnView *view,
                             NcStore     *store,
                             gint64       profile)
{
  const char *language = screenshot_language ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfile) learner = nc_store_get_profile (store, profile, &error);
  NcTrack track = nc_learn_view_get_track (view);
  GtkWidget *certificate = find_by_action (GTK_WIDGET (view), GTK_TYPE_BUTTON, "learn.certificate");
  g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (nc_lesson_catalog_get_default (NULL), track);
  g_autoptr(GPtrArray) first_rows = map_rows (view);
  g_autofree char *pdf_text = NULL;
  guint n_lessons = first_rows->len;

  g_assert_no_error (error);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, profile);
  g_assert_cmpint (track, !=, NC_TRACK_ALL);
  g_assert_false (gtk_widget_get_sensitive (certificate));
  g_assert_cmpuint (n_lessons, ==, lessons->len);
  for (guint l = 0; l < n_lessons; l++)
    {
      g_autoptr(GPtrArray) rows = map_rows (view);
      GtkWidget *row = g_ptr_array_index (rows, l);
      /* The map is rebuilt when the lesson ends: keep a copy of its id. */
      g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "nc-lesson-id"));
      g_autofree char *snap_name = l == 0 ? g_strdup_printf ("learn-%s-%s-card", language, nc_track_to_string (track)) : NULL;
      g_autoptr(NcLessonProgress) progress = NULL;

      g_assert_cmpstr (id, ==, nc_lesson_get_id (g_ptr_array_index (lessons, l)));
      tab_to (GTK_WINDOW (window), row);
      press_enter (GTK_WINDOW (window));
      g_assert_cmpstr (nc_learn_view_get_page (view), ==, "player");
      g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (nc_learn_view_get_player (view))), ==, id);
      g_assert_cmpuint (play_with_keyboard (GTK_WINDOW (window), view, FALSE, NULL, snap_name), >=, 5);
      g_assert_cmpstr (nc_learn_view_get_page (view), ==, "result");
      progress = nc_store_get_lesson_progress (store, profile, id, &error);
      g_assert_no_error (error);
      g_assert_nonnull (progress);
      g_assert_cmpint (progress->state, ==, NC_LESSON_DONE);
      g_assert_cmpint (progress->score, ==, 100);
      /* Back to the map from the result page. */
      tab_to (GTK_WINDOW (window), find_by_action (GTK_WIDGET (view), GTK_TYPE_BUTTON, "learn.show-map"));
      press_enter (GTK_WINDOW (window));
      g_assert_cmpstr (nc_learn_view_get_page (view), ==, "map");
      g_assert_cmpint (nc_learn_view_get_track (view), ==, track);
      /* Only the last lesson opens the certificate. */
      g_assert_true (gtk_widget_get_sensitive (certificate) == (l + 1 == n_lessons));
    }

  pdf_text = save_certificate_with_keyboard (window, view);
  if (strstr (pdf_text, learner->name) == NULL || strstr (pdf_text, nc_track_get_title (track)) == NULL)
    g_error ("the certificate does not name %s and the track “%s”:\n%s", learner->name,
             nc_track_get_title (track), pdf_text);
}

/* A child of 6 to 9 sees the 6-9 track, without a switcher, and completes
 * it with the keyboard only: every card shows its picture, every lesson is
 * passed, and the certificate is offered. An adult sees every lesson and
 * picks a track. With NC_SCREENSHOT_DIR, the map of each track and a card
 * are saved (NC_SCREENSHOT_LANGUAGE=vi for Vietnamese). */
static void
test_track_for_age (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_start_app (300);
  g_autoptr(GError) error = NULL;
  NcStore *store = nc_application_get_store (app);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  NcLearnView *view = nc_window_get_learn_view (window);
  const char *language = screenshot_language ();
  g_autoptr(GPtrArray) switchers = NULL;
  GtkWidget *track_row;
  GtkWidget *certificate;
  gint64 na, hoa;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  focus_window (GTK_WINDOW (window));
  na = nc_store_add_profile (store, "Na", "", NC_AGE_BAND_6_9, &error);
  g_assert_no_error (error);
  hoa = nc_store_add_profile (store, "Hoa", "", NC_AGE_BAND_ADULT, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "learn"));

  /* Na, 7 years old: her track, and no switcher. */
  nc_application_set_profile_id (app, na);
  nc_test_ui_iterate (100);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, na);
  assert_map_shows_track (view, NC_TRACK_6_9);
  switchers = nc_test_ui_find_all (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, NULL);
  g_assert_cmpuint (switchers->len, ==, 0);
  certificate = find_by_action (GTK_WIDGET (view), GTK_TYPE_BUTTON, "learn.certificate");
  g_assert_false (gtk_widget_get_sensitive (certificate));
  {
    g_autofree char *name = g_strdup_printf ("learn-%s-child-6-9-map", language);
    nc_test_ui_snap (GTK_WINDOW (window), name);
  }

  /* "Learn why" on a rule opens the lesson of her track that teaches it. */
  g_assert_true (nc_learn_view_open_lesson (view, "4.5"));
  g_assert_cmpstr (nc_lesson_get_id (nc_lesson_player_get_lesson (nc_learn_view_get_player (view))), ==,
                   "lesson-kids-kind");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "learn.show-map", NULL));
  nc_test_ui_iterate (50);

  certify_track_with_keyboard (window, view, store, na);

  /* Hoa, an adult: every lesson, and a switcher of tracks. */
  nc_application_set_profile_id (app, hoa);
  nc_test_ui_iterate (100);
  assert_map_shows_track (view, NC_TRACK_ALL);
  g_clear_pointer (&switchers, g_ptr_array_unref);
  switchers = nc_test_ui_find_all (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, NULL);
  g_assert_cmpuint (switchers->len, ==, 1);
  track_row = g_ptr_array_index (switchers, 0);
  for (NcTrack track = NC_TRACK_6_9; track < NC_N_TRACKS; track++)
    {
      g_autofree char *name = g_strdup_printf ("learn-%s-%s-map", language, nc_track_to_string (track));

      adw_combo_row_set_selected (ADW_COMBO_ROW (track_row), track);
      nc_test_ui_iterate (50);
      assert_map_shows_track (view, track);
      /* Hoa has passed nothing: her certificate waits. */
      g_assert_false (gtk_widget_get_sensitive (certificate));
      nc_test_ui_snap (GTK_WINDOW (window), name);
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (track_row), NC_TRACK_ALL);
  nc_test_ui_iterate (50);
  assert_map_shows_track (view, NC_TRACK_ALL);

  /* Back to Na: her track again, whatever the adult picked. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (track_row), NC_TRACK_13_PLUS);
  nc_application_set_profile_id (app, na);
  nc_test_ui_iterate (100);
  assert_map_shows_track (view, NC_TRACK_6_9);

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

/* The popover under @widget, shown or not. */
static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

/* Picks @track in the adult's switcher of tracks with the keyboard: Tab
 * to it, Enter opens the list, arrows, Enter. */
static void
pick_track_with_keyboard (NcWindow    *window,
                          NcLearnView *view,
                          NcTrack      track)
{
  g_autoptr(GPtrArray) switchers = nc_test_ui_find_all (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, NULL);
  GtkWidget *row, *popover;
  guint selected;

  g_assert_cmpuint (switchers->len, ==, 1);
  row = g_ptr_array_index (switchers, 0);
  popover = nc_test_ui_find_first (row, is_popover, NULL);
  g_assert_nonnull (popover);
  /* Once open, the list takes the keys (the release of Enter too). */
  count_keys (popover);
  tab_to (GTK_WINDOW (window), row);
  press_key (GDK_KEY_Return, 0);
  nc_test_ui_iterate (200);
  g_assert_true (gtk_widget_get_mapped (popover));
  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  for (; selected < (guint) track; selected++)
    press_key (GDK_KEY_Down, 0);
  for (; selected > (guint) track; selected--)
    press_key (GDK_KEY_Up, 0);
  press_key (GDK_KEY_Return, 0);
  nc_test_ui_iterate (200);
  g_assert_false (gtk_widget_get_mapped (popover));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, track);
}

typedef struct {
  const char *name;
  NcAgeBand   band;
  NcTrack     track;
} TrackCase;

static const TrackCase track_cases[] = {
  { "Tuấn", NC_AGE_BAND_10_12, NC_TRACK_10_12 },
  { "Mai", NC_AGE_BAND_16_17, NC_TRACK_13_PLUS },
  { "Hà", NC_AGE_BAND_ADULT, NC_TRACK_ADULT },
};

/* A learner of the case's age band completes the track with the keyboard
 * only and saves its certificate (a child: the track of their age, with
 * no switcher; an adult picks the track with the keyboard first). */
static void
test_certify_track (gconstpointer data)
{
  const TrackCase *track_case = data;
  g_autoptr(NcApplication) app = nc_test_ui_start_app (300);
  g_autoptr(GError) error = NULL;
  NcStore *store = nc_application_get_store (app);
  NcWindow *window = NC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  NcLearnView *view = nc_window_get_learn_view (window);
  g_autoptr(GPtrArray) switchers = NULL;
  gint64 learner;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  focus_window (GTK_WINDOW (window));
  learner = nc_store_add_profile (store, track_case->name, "", track_case->band, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "learn"));
  nc_application_set_profile_id (app, learner);
  nc_test_ui_iterate (100);
  g_assert_cmpint (nc_learn_view_get_profile (view), ==, learner);
  switchers = nc_test_ui_find_all (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, NULL);
  g_assert_cmpuint (switchers->len, ==, track_case->band == NC_AGE_BAND_ADULT ? 1 : 0);
  if (track_case->band == NC_AGE_BAND_ADULT)
    pick_track_with_keyboard (window, view, track_case->track);
  assert_map_shows_track (view, track_case->track);

  certify_track_with_keyboard (window, view, store, learner);

  gtk_window_destroy (GTK_WINDOW (window));
  nc_test_ui_iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  nc_test_ui_init (&argc, &argv);
  /* Screenshots in Vietnamese: the catalogs of the build. */
  if (g_strcmp0 (g_getenv ("NC_SCREENSHOT_LANGUAGE"), "vi") == 0 && nc_test_use_build_catalogs ())
    {
      textdomain (GETTEXT_PACKAGE);   /* the app's _() strings too, as main.c does */
      g_setenv ("LANGUAGE", "vi", TRUE);
    }
  /* Set up already, so that activating opens the main window rather than
   * the setup assistant. */
  g_object_unref (nc_test_ui_set_up_database ("learn"));

  g_test_add_func ("/learn/complete-lesson-with-keyboard", test_complete_lesson_with_keyboard);
  g_test_add_func ("/learn/review-mode", test_review_mode);
  g_test_add_func ("/learn/follows-chosen-child", test_follows_chosen_child);
  g_test_add_func ("/learn/rewrite-judged-by-checker", test_rewrite_judged_by_checker);
  g_test_add_func ("/learn/track-for-age", test_track_for_age);
  for (guint i = 0; i < G_N_ELEMENTS (track_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/learn/certify-track/%s", nc_track_to_string (track_cases[i].track));

      g_test_add_data_func (path, &track_cases[i], test_certify_track);
    }

  return g_test_run ();
}
