/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-player.c — plays a lesson step by step
 *
 * Every step is built from plain GTK widgets that take keyboard focus:
 * options are radio check buttons, the words of a spot-the-problem post are
 * toggle buttons, scenario branches are buttons, and one primary button at
 * the bottom checks the answer and moves on (also Ctrl+Enter). Labels wrap,
 * so large text only makes the page scroll. Text follows the desktop's
 * large-text setting (org.gnome.desktop.interface text-scaling-factor) even
 * where no settings daemon applies it; on the 6-9 track a "Read to me"
 * button reads the step aloud when a speech service is there.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-code-ref.h"
#include "nc-lesson-picture.h"
#include "nc-lesson-player.h"
#include "nc-read-aloud.h"
#include "nc-wrap-layout.h"

struct _NcLessonPlayer
{
  GtkBox          parent_instance;

  GtkWidget      *title_label;
  GtkWidget      *position_label;
  GtkWidget      *progress;
  GtkWidget      *scroller;
  GtkWidget      *step_box;
  GtkWidget      *feedback_box;
  GtkWidget      *secondary_button;
  GtkWidget      *primary_button;
  GtkWidget      *read_button;

  NcReadAloud    *reader;
  GSettings      *interface_settings;  /* NULL without the GNOME schemas */
  GtkCssProvider *text_scale;

  NcLesson       *lesson;        /* lesson mode, else NULL */
  GArray         *items;         /* NcPlayerItem: the steps to play */
  gboolean        review;
  guint           position;
  guint           n_quiz;
  NcTrack         track;         /* whose steps are played */
  guint           n_correct;

  NcRewriteJudge  judge;
  gpointer        judge_data;

  /* the step on show */
  gboolean        answered;
  GPtrArray      *choice_buttons;  /* GtkCheckButton, options or true/false */
  NcSpotText     *spot;
  GPtrArray      *word_buttons;    /* GtkToggleButton, one per word */
  GtkWidget      *text_view;
  GtkWidget      *live_label;
  GtkWidget      *sample_label;
  const NcScenarioNode *node;
  const NcScenarioNode *next_node;
  gboolean        path_good;
  GPtrArray      *branch_buttons;
};

G_DEFINE_FINAL_TYPE (NcLessonPlayer, nc_lesson_player, GTK_TYPE_BOX)

enum {
  SIGNAL_ANSWERED,
  SIGNAL_FINISHED,
  SIGNAL_CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_step (NcLessonPlayer *self);

static const char *
tr (const char *msgid)
{
  return nc_lesson_translate (msgid);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static NcPlayerItem *
current_item (NcLessonPlayer *self)
{
  return &g_array_index (self->items, NcPlayerItem, self->position);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static void
reset_step_state (NcLessonPlayer *self)
{
  self->answered = FALSE;
  g_clear_pointer (&self->choice_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->spot, nc_spot_text_free);
  g_clear_pointer (&self->word_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->branch_buttons, g_ptr_array_unref);
  self->text_view = NULL;
  self->live_label = NULL;
  self->sample_label = NULL;
  self->node = NULL;
  self->next_node = NULL;
  self->path_good = TRUE;
}

/* A post drawn like a social network post: avatar, name, place, text.
 * @body is put in its place (a label, or the words of a spot item). */
static GtkWidget *
post_frame (const NcStep *step,
            GtkWidget    *body)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *avatar = adw_avatar_new (40, step->author, TRUE);
  GtkWidget *author = wrapped_label (step->author, "heading");

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_add_css_class (frame, "nc-post");
  gtk_box_append (GTK_BOX (names), author);
  if (step->place != NULL)
    gtk_box_append (GTK_BOX (names), wrapped_label (tr (step->place), "dim-label"));
  gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (head), avatar);
  gtk_box_append (GTK_BOX (head), names);
  gtk_box_append (GTK_BOX (frame), head);
  gtk_box_append (GTK_BOX (frame), body);
  return frame;
}

static void
set_primary (NcLessonPlayer *self,
             const char     *label,
             gboolean        sensitive)
{
  gtk_button_set_label (GTK_BUTTON (self->primary_button), label);
  gtk_widget_set_sensitive (self->primary_button, sensitive);
}

static void
answer_changed_cb (GtkWidget      *widget,
                   NcLessonPlayer *self)
{
  if (!self->answered)
    gtk_widget_set_sensitive (self->primary_button, TRUE);
}

/* One option at a time: checking one unchecks the others. The options are
 * not a GTK radio group, so that each is its own Tab stop (a group is one
 * stop, reached with the arrow keys, which learners do not expect). */
static void
option_toggled_cb (GtkCheckButton *button,
                   NcLessonPlayer *self)
{
  if (!gtk_check_button_get_active (button))
    return;
  for (guint i = 0; i < self->choice_buttons->len; i++)
    if (g_ptr_array_index (self->choice_buttons, i) != button)
      gtk_check_button_set_active (g_ptr_array_index (self->choice_buttons, i), FALSE);
  answer_changed_cb (GTK_WIDGET (button), self);
}

/* One check button per label (translated), a single answer. */
static void
add_radio_options (NcLessonPlayer *self,
                   const char    **labels,
                   guint           n_labels)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->choice_buttons = g_ptr_array_new ();
  for (guint i = 0; i < n_labels; i++)
    {
      GtkWidget *button = gtk_check_button_new ();
      GtkWidget *label = wrapped_label (labels[i], NULL);

      gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, labels[i], -1);
      gtk_widget_add_css_class (button, "nc-option");
      g_signal_connect (button, "toggled", G_CALLBACK (option_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), button);
      g_ptr_array_add (self->choice_buttons, button);
    }
  gtk_box_append (GTK_BOX (self->step_box), box);
}

static int
checked_option (NcLessonPlayer *self)
{
  for (guint i = 0; self->choice_buttons && i < self->choice_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->choice_buttons, i)))
      return (int) i;
  return -1;
}

/* ---- feedback --------------------------------------------------------- */

/* The rules a step teaches. The 6–9 track names the rule only: a young
 * child reads no decision numbers or article references. */
static void
add_citations (NcLessonPlayer *self,
               GtkWidget      *box,
               const NcStep   *step)
{
  gboolean young = self->lesson != NULL &&
                   nc_lesson_get_tracks (self->lesson) == NC_TRACK_BIT (NC_TRACK_6_9);

  for (int i = 0; step->refs[i]; i++)
    {
      const NcCodeRef *ref = nc_code_ref_lookup (step->refs[i]);
      g_autofree char *citation = NULL;
      g_autofree char *text = NULL;

      if (ref == NULL)
        continue;
      citation = nc_code_ref_format_citation (ref);
      if (young)
        /* Translators: the rule a card teaches, for children of 6 to 9: "Rule: <title>" */
        text = g_strdup_printf (_("Rule: %s"), nc_code_ref_get_title (ref));
      else
        /* Translators: a rule of the Code cited after an answer: "Rule: <title> (<article>)" */
        text = g_strdup_printf (_("Rule: %s (%s)"), nc_code_ref_get_title (ref), citation);
      gtk_box_append (GTK_BOX (box), wrapped_label (text, "nc-citation"));
    }
}

/* Shows whether the answer was right, why, and the rule it teaches. */
static void
show_feedback (NcLessonPlayer *self,
               gboolean        correct,
               const char     *explanation,
               const char     *right_answer)
{
  const NcStep *step = current_item (self)->step;
  GtkWidget *heading;

  clear_box (self->feedback_box);
  gtk_widget_remove_css_class (self->feedback_box, "nc-good");
  gtk_widget_remove_css_class (self->feedback_box, "nc-bad");
  gtk_widget_add_css_class (self->feedback_box, correct ? "nc-good" : "nc-bad");

  heading = wrapped_label (correct ? _("That’s right!") : _("Not quite."), "title-4");
  gtk_box_append (GTK_BOX (self->feedback_box), heading);
  if (right_answer != NULL)
    {
      /* Translators: shown after a wrong answer, %s is the right one */
      g_autofree char *text = g_strdup_printf (_("The right answer: %s"), right_answer);
      gtk_box_append (GTK_BOX (self->feedback_box), wrapped_label (text, "heading"));
    }
  if (explanation != NULL)
    gtk_box_append (GTK_BOX (self->feedback_box), wrapped_label (explanation, NULL));
  add_citations (self, self->feedback_box, step);
  gtk_widget_set_visible (self->feedback_box, TRUE);

  /* Screen readers hear the verdict; keyboard users press Enter to go on. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->feedback_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  correct ? _("That’s right!") : _("Not quite."), -1);
}

static gboolean
is_last_step (NcLessonPlayer *self)
{
  return self->position + 1 >= self->items->len;
}

static const char *
continue_label (NcLessonPlayer *self)
{
  return is_last_step (self) ? _("See My Score") : _("Continue");
}

/* Records a quiz answer and turns the primary button into "Continue". */
static void
finish_item (NcLessonPlayer *self,
             gboolean        correct)
{
  NcPlayerItem *item = current_item (self);

  self->answered = TRUE;
  self->n_correct += correct ? 1 : 0;
  g_signal_emit (self, signals[SIGNAL_ANSWERED], 0,
                 nc_lesson_get_id (item->lesson), item->step->id, correct);
  set_primary (self, continue_label (self), TRUE);
  gtk_widget_grab_focus (self->primary_button);
}

static void
freeze_widgets (GPtrArray *widgets)
{
  for (guint i = 0; widgets && i < widgets->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (widgets, i), FALSE);
}

/* ---- checking each kind of quiz item ---------------------------------- */

static void
check_choice (NcLessonPlayer *self)
{
  const NcStep *step = current_item (self)->step;
  int chosen = checked_option (self);
  gboolean correct;
  const char *right = NULL;

  if (chosen < 0)
    return;
  correct = nc_grade_choice (step, chosen);
  if (!correct)
    for (guint i = 0; i < step->options->len; i++)
      {
        NcOption *option = g_ptr_array_index (step->options, i);

        if (option->correct)
          {
            right = tr (option->text);
            break;
          }
      }
  freeze_widgets (self->choice_buttons);
  show_feedback (self, correct, tr (step->explain), right);
  finish_item (self, correct);
}

static void
check_true_false (NcLessonPlayer *self)
{
  const NcStep *step = current_item (self)->step;
  int chosen = checked_option (self);
  gboolean correct;

  if (chosen < 0)
    return;
  correct = nc_grade_true_false (step, chosen == 0);
  freeze_widgets (self->choice_buttons);
  show_feedback (self, correct, tr (step->explain),
                 correct ? NULL : (step->answer ? _("True") : _("False")));
  finish_item (self, correct);
}

static void
check_spot (NcLessonPlayer *self)
{
  const NcStep *step = current_item (self)->step;
  g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (NcSpan));
  gsize n_words = 0, n_bad = 0;
  const NcSpan *words = nc_spot_text_get_words (self->spot, &n_words);
  const NcSpan *bad = nc_spot_text_get_bad_spans (self->spot, &n_bad);
  const char *text = nc_spot_text_get_text (self->spot);
  g_autoptr(GString) right = g_string_new (NULL);
  gboolean correct;

  for (guint i = 0; i < self->word_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->word_buttons, i)))
      g_array_append_val (selected, words[i]);
  if (selected->len == 0)
    return;

  correct = nc_grade_spot (self->spot, (NcSpan *) selected->data, selected->len, NULL, NULL);

  /* Mark the words that break the rule, so the learner sees them. */
  for (guint i = 0; i < self->word_buttons->len; i++)
    for (gsize b = 0; b < n_bad; b++)
      if (words[i].start < bad[b].end && bad[b].start < words[i].end)
        gtk_widget_add_css_class (g_ptr_array_index (self->word_buttons, i), "nc-word-bad");
  for (gsize b = 0; b < n_bad; b++)
    {
      if (right->len > 0)
        g_string_append (right, " … ");
      g_string_append_printf (right, "“%.*s”", (int) (bad[b].end - bad[b].start), text + bad[b].start);
    }

  freeze_widgets (self->word_buttons);
  show_feedback (self, correct, tr (step->explain), correct ? NULL : right->str);
  finish_item (self, correct);
}

static char *
text_view_get_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static NcRewriteVerdict
judge_rewrite (NcLessonPlayer *self)
{
  g_autofree char *text = text_view_get_text (self->text_view);

  return nc_grade_rewrite (current_item (self)->step, text, self->judge, self->judge_data);
}

static void
rewrite_changed_cb (GtkTextBuffer  *buffer,
                    NcLessonPlayer *self)
{
  NcRewriteVerdict verdict;

  if (self->answered || self->live_label == NULL)
    return;
  verdict = judge_rewrite (self);
  gtk_label_set_text (GTK_LABEL (self->live_label), nc_rewrite_verdict_get_message (verdict));
  gtk_widget_remove_css_class (self->live_label, "success");
  gtk_widget_remove_css_class (self->live_label, "warning");
  gtk_widget_add_css_class (self->live_label, verdict == NC_REWRITE_OK ? "success" : "warning");
}

static void
check_rewrite (NcLessonPlayer *self)
{
  const NcStep *step = current_item (self)->step;
  NcRewriteVerdict verdict = judge_rewrite (self);
  gboolean correct = verdict == NC_REWRITE_OK;
  g_autofree char *explanation = NULL;

  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_widget_set_visible (self->secondary_button, FALSE);
  if (correct)
    explanation = g_strdup (tr (step->explain));
  else
    /* Translators: after a rewrite that is not kind yet: the reason, then why it matters */
    explanation = g_strdup_printf (_("%s %s"), nc_rewrite_verdict_get_message (verdict), tr (step->explain));
  show_feedback (self, correct, explanation, correct ? NULL : tr (step->sample));
  finish_item (self, correct);
}

/* ---- building each kind of step --------------------------------------- */

static void
build_card (NcLessonPlayer *self,
            const NcStep   *step)
{
  if (step->picture != NULL)
    gtk_box_append (GTK_BOX (self->step_box), nc_lesson_picture_new (step->picture, tr (step->alt)));
  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->heading), "title-2"));
  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->body), "nc-body"));
  add_citations (self, self->step_box, step);
  set_primary (self, continue_label (self), TRUE);
}

static void
build_post (NcLessonPlayer *self,
            const NcStep   *step)
{
  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (_("An Example Post"), "title-2"));
  if (step->picture != NULL)
    gtk_box_append (GTK_BOX (self->step_box), nc_lesson_picture_new (step->picture, tr (step->alt)));
  gtk_box_append (GTK_BOX (self->step_box), post_frame (step, wrapped_label (tr (step->text), "nc-body")));
  if (step->note != NULL)
    gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->note), "nc-body"));
  add_citations (self, self->step_box, step);
  set_primary (self, continue_label (self), TRUE);
}

static void
build_choice (NcLessonPlayer *self,
              const NcStep   *step)
{
  g_autofree const char **labels = g_new0 (const char *, step->options->len);

  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->question), "title-3"));
  for (guint i = 0; i < step->options->len; i++)
    labels[i] = tr (((NcOption *) g_ptr_array_index (step->options, i))->text);
  add_radio_options (self, labels, step->options->len);
  set_primary (self, _("Check"), FALSE);
}

static void
build_true_false (NcLessonPlayer *self,
                  const NcStep   *step)
{
  const char *labels[] = { _("True"), _("False") };

  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (_("True or false?"), "dim-label"));
  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->statement), "title-3"));
  add_radio_options (self, labels, G_N_ELEMENTS (labels));
  set_primary (self, _("Check"), FALSE);
}

static void
build_spot (NcLessonPlayer *self,
            const NcStep   *step)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *flow;
  gsize n_words = 0;
  const NcSpan *words;
  const char *text;

  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->question), "title-3"));
  gtk_box_append (GTK_BOX (self->step_box),
                  wrapped_label (_("Press the words to select them, then check."), "dim-label"));

  self->spot = nc_spot_text_parse (tr (step->text), &error);
  if (self->spot == NULL)
    {
      /* A translation lost its marks: fall back to the original text. */
      g_warning ("%s: %s", step->id, error->message);
      self->spot = nc_spot_text_parse (step->text, NULL);
    }
  g_assert (self->spot != NULL);

  /* The words flow and wrap like the text of a post; each is a toggle
   * button, so Tab reaches it and Space selects it. A plain box with our
   * layout keeps Tab order = reading order. */
  flow = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_layout_manager (flow, nc_wrap_layout_new (2, 2));
  gtk_widget_add_css_class (flow, "nc-words");

  self->word_buttons = g_ptr_array_new ();
  words = nc_spot_text_get_words (self->spot, &n_words);
  text = nc_spot_text_get_text (self->spot);
  for (gsize i = 0; i < n_words; i++)
    {
      g_autofree char *word = g_strndup (text + words[i].start, words[i].end - words[i].start);
      GtkWidget *button = gtk_toggle_button_new_with_label (word);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "nc-word");
      g_signal_connect (button, "toggled", G_CALLBACK (answer_changed_cb), self);
      gtk_box_append (GTK_BOX (flow), button);
      g_ptr_array_add (self->word_buttons, button);
    }

  gtk_box_append (GTK_BOX (self->step_box), post_frame (step, flow));
  set_primary (self, _("Check"), FALSE);
}

static void
show_sample_cb (GtkButton      *button,
                NcLessonPlayer *self)
{
  if (self->sample_label != NULL)
    gtk_widget_set_visible (self->sample_label, TRUE);
}

static void
build_rewrite (NcLessonPlayer *self,
               const NcStep   *step)
{
  GtkTextBuffer *buffer;
  GtkWidget *frame;
  g_autofree char *sample = NULL;

  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (step->question), "title-3"));
  gtk_box_append (GTK_BOX (self->step_box), post_frame (step, wrapped_label (tr (step->text), "nc-body")));
  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (_("Your kinder version:"), "heading"));

  self->text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_widget_set_size_request (self->text_view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your kinder version"), -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_set_text (buffer, tr (step->text), -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), self->text_view);
  gtk_box_append (GTK_BOX (self->step_box), frame);

  self->live_label = wrapped_label (nc_rewrite_verdict_get_message (NC_REWRITE_UNCHANGED), "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->live_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("What the checker says"), -1);
  gtk_box_append (GTK_BOX (self->step_box), self->live_label);
  g_signal_connect (buffer, "changed", G_CALLBACK (rewrite_changed_cb), self);

  /* Translators: followed by an example of a kind rewrite */
  sample = g_strdup_printf (_("One kind way to write it: %s"), tr (step->sample));
  self->sample_label = wrapped_label (sample, "dim-label");
  gtk_widget_set_visible (self->sample_label, FALSE);
  gtk_box_append (GTK_BOX (self->step_box), self->sample_label);

  gtk_button_set_label (GTK_BUTTON (self->secondary_button), _("Show an _Example"));
  gtk_widget_set_visible (self->secondary_button, TRUE);
  set_primary (self, _("Check"), TRUE);
}

static void branch_clicked_cb (GtkButton      *button,
                               NcLessonPlayer *self);

static void
build_scenario_node (NcLessonPlayer       *self,
                     const NcScenarioNode *node)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->node = node;
  self->next_node = NULL;
  clear_box (self->step_box);
  gtk_widget_set_visible (self->feedback_box, FALSE);

  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (_("What would you do?"), "dim-label"));
  gtk_box_append (GTK_BOX (self->step_box), wrapped_label (tr (node->text), "title-3"));

  g_clear_pointer (&self->branch_buttons, g_ptr_array_unref);
  self->branch_buttons = g_ptr_array_new ();
  for (guint i = 0; i < node->branches->len; i++)
    {
      NcBranch *branch = g_ptr_array_index (node->branches, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = wrapped_label (tr (branch->label), NULL);

      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tr (branch->label), -1);
      gtk_widget_add_css_class (button, "nc-branch");
      g_object_set_data (G_OBJECT (button), "nc-branch", branch);
      g_signal_connect (button, "clicked", G_CALLBACK (branch_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
      g_ptr_array_add (self->branch_buttons, button);
    }
  gtk_box_append (GTK_BOX (self->step_box), box);
  set_primary (self, _("Choose an answer above"), FALSE);
}

static void
branch_clicked_cb (GtkButton      *button,
                   NcLessonPlayer *self)
{
  NcBranch *branch = g_object_get_data (G_OBJECT (button), "nc-branch");
  const NcStep *step = current_item (self)->step;

  if (self->answered)
    return;
  self->path_good &= branch->good;
  freeze_widgets (self->branch_buttons);
  gtk_widget_add_css_class (GTK_WIDGET (button), branch->good ? "nc-branch-good" : "nc-branch-bad");
  show_feedback (self, branch->good, tr (branch->feedback), NULL);

  self->next_node = branch->next ? nc_step_get_node (step, branch->next) : NULL;
  if (self->next_node != NULL)
    {
      set_primary (self, _("Continue"), TRUE);
      gtk_widget_grab_focus (self->primary_button);
    }
  else
    finish_item (self, self->path_good);
}

/* Shows the step at self->position. */
/* ---- read aloud and text size -------------------------------------------- */

/* The 6-9 track, where children may not read fluently yet. */
static gboolean
reads_aloud (NcLessonPlayer *self)
{
  NcLesson *lesson = self->items->len > 0 ? current_item (self)->lesson : NULL;

  if (lesson == NULL)
    return FALSE;
  return self->review ? nc_lesson_get_tracks (lesson) == NC_TRACK_BIT (NC_TRACK_6_9)
                      : self->track == NC_TRACK_6_9;
}

/* The read-aloud button, once the speech service answered. The service is
 * reached (and started) the first time a lesson is read aloud, not with
 * the window. */
static void
update_read_button (NcLessonPlayer *self)
{
  gboolean reads = reads_aloud (self);

  if (reads && self->reader == NULL)
    {
      self->reader = g_object_ref (nc_read_aloud_get_default ());
      g_signal_connect_swapped (self->reader, "notify::available", G_CALLBACK (update_read_button), self);
    }
  gtk_widget_set_visible (self->read_button,
                          reads && nc_read_aloud_get_available (self->reader));
}

/* What the step on show says, translated, in reading order: the card, or
 * the question and then the answers to choose from. */
static char *
step_speech (NcLessonPlayer *self)
{
  const NcStep *step = current_item (self)->step;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *parts[] = { step->heading, step->body, step->question, step->statement };

  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (out, "%s\n", tr (parts[i]));
  if (step->kind == NC_STEP_POST || step->kind == NC_STEP_REWRITE)
    g_string_append_printf (out, "%s\n", tr (step->text));
  if (step->kind == NC_STEP_SPOT && self->spot != NULL)
    g_string_append_printf (out, "%s\n", nc_spot_text_get_text (self->spot));
  if (step->kind == NC_STEP_TRUE_FALSE)
    g_string_append_printf (out, "%s\n%s\n%s\n", _("True or false?"), _("True"), _("False"));
  for (guint o = 0; step->options != NULL && o < step->options->len; o++)
    g_string_append_printf (out, "%s\n", tr (((NcOption *) g_ptr_array_index (step->options, o))->text));
  if (self->node != NULL)
    {
      g_string_append_printf (out, "%s\n", tr (self->node->text));
      for (guint b = 0; b < self->node->branches->len; b++)
        g_string_append_printf (out, "%s\n", tr (((NcBranch *) g_ptr_array_index (self->node->branches, b))->label));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
read_clicked_cb (GtkButton      *button,
                 NcLessonPlayer *self)
{
  g_autofree char *text = NULL;

  if (self->reader == NULL)
    return;
  text = step_speech (self);

  /* Translators: the language of the voice that reads lessons aloud, as
   * Speech Dispatcher names it ("vi" for Vietnamese) */
  nc_read_aloud_say (self->reader, text, C_("speech language", "en"));
}

/* Makes the player's text as large as the desktop asks, for the part of
 * text-scaling-factor that GTK does not apply already (through Xft/DPI,
 * where GNOME's settings daemon runs). */
static void
update_text_scale (NcLessonPlayer *self)
{
  double factor = 1.0, applied = 1.0;
  int dpi = 0;
  g_autofree char *css = NULL;

  if (self->interface_settings != NULL)
    factor = g_settings_get_double (self->interface_settings, "text-scaling-factor");
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  if (dpi > 0)
    applied = dpi / (96.0 * 1024);
  /* -gtk-dpi scales every size in points below the player, the
   * libadwaita title classes too (a percentage would miss them) */
  css = factor / applied > 1.01
        ? g_strdup_printf ("nc-lesson-player { -gtk-dpi: %.0f; }", 96.0 * CLAMP (factor, 1.0, 3.0))
        : g_strdup ("");
  gtk_css_provider_load_from_data (self->text_scale, css, -1);
}

static void
show_step (NcLessonPlayer *self)
{
  NcPlayerItem *item = current_item (self);
  const NcStep *step = item->step;
  g_autofree char *position = NULL;

  reset_step_state (self);
  clear_box (self->step_box);
  clear_box (self->feedback_box);
  gtk_widget_set_visible (self->feedback_box, FALSE);
  gtk_widget_set_visible (self->secondary_button, FALSE);

  gtk_label_set_text (GTK_LABEL (self->title_label),
                      self->review ? _("Review") : tr (nc_lesson_get_title (self->lesson)));
  /* Translators: the step on show and the number of steps, e.g. "Step 3 of 14" */
  position = g_strdup_printf (_("Step %u of %u"), self->position + 1, self->items->len);
  gtk_label_set_text (GTK_LABEL (self->position_label), position);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                 (double) self->position / MAX (self->items->len, 1));

  if (self->review)
    gtk_box_append (GTK_BOX (self->step_box),
                    wrapped_label (tr (nc_lesson_get_title (item->lesson)), "dim-label"));

  switch (step->kind)
    {
    case NC_STEP_CARD: build_card (self, step); break;
    case NC_STEP_POST: build_post (self, step); break;
    case NC_STEP_CHOICE: build_choice (self, step); break;
    case NC_STEP_TRUE_FALSE: build_true_false (self, step); break;
    case NC_STEP_SPOT: build_spot (self, step); break;
    case NC_STEP_REWRITE: build_rewrite (self, step); break;
    case NC_STEP_SCENARIO:
      build_scenario_node (self, g_ptr_array_index (step->nodes, 0));
      break;
    default:
      g_assert_not_reached ();
    }

  update_read_button (self);
  if (self->reader != NULL)
    nc_read_aloud_stop (self->reader);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  /* Keyboard users start at the first thing to answer, or at Continue. */
  if (!gtk_widget_child_focus (self->step_box, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (self->primary_button);
}

static void
primary_clicked_cb (GtkButton      *button,
                    NcLessonPlayer *self)
{
  const NcStep *step = current_item (self)->step;

  if (!nc_step_is_quiz_item (step) || self->answered)
    {
      if (is_last_step (self))
        {
          g_signal_emit (self, signals[SIGNAL_FINISHED], 0, self->n_correct, self->n_quiz);
          return;
        }
      self->position++;
      show_step (self);
      return;
    }

  switch (step->kind)
    {
    case NC_STEP_CHOICE: check_choice (self); break;
    case NC_STEP_TRUE_FALSE: check_true_false (self); break;
    case NC_STEP_SPOT: check_spot (self); break;
    case NC_STEP_REWRITE: check_rewrite (self); break;
    case NC_STEP_SCENARIO:
      if (self->next_node != NULL)
        build_scenario_node (self, self->next_node);
      gtk_widget_child_focus (self->step_box, GTK_DIR_TAB_FORWARD);
      break;
    case NC_STEP_CARD:
    case NC_STEP_POST:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
primary_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  NcLessonPlayer *self = user_data;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || !gtk_widget_is_sensitive (self->primary_button))
    return FALSE;
  gtk_widget_activate (self->primary_button);
  return TRUE;
}

static void
back_clicked_cb (GtkButton      *button,
                 NcLessonPlayer *self)
{
  g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
}

static void
start (NcLessonPlayer *self)
{
  self->position = 0;
  self->n_correct = 0;
  self->n_quiz = 0;
  for (guint i = 0; i < self->items->len; i++)
    if (nc_step_is_quiz_item (g_array_index (self->items, NcPlayerItem, i).step))
      self->n_quiz++;
  show_step (self);
}

/* Plays @lesson from the start: the steps that suit a learner of @track
 * (NC_TRACK_ALL: the lesson's oldest track, see nc_lesson_resolve_track()). */
void
nc_lesson_player_play_lesson (NcLessonPlayer *self,
                              NcLesson       *lesson,
                              NcTrack         track)
{
  g_return_if_fail (NC_IS_LESSON_PLAYER (self));
  g_return_if_fail (NC_IS_LESSON (lesson));
  g_return_if_fail (track < NC_N_TRACKS);

  g_set_object (&self->lesson, lesson);
  self->review = FALSE;
  self->track = nc_lesson_resolve_track (lesson, track);
  g_array_set_size (self->items, 0);
  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      NcPlayerItem item = { lesson, nc_lesson_get_step (lesson, i) };

      if (nc_step_suits_track (item.step, self->track))
        g_array_append_val (self->items, item);
    }
  start (self);
}

/* Asks the quiz items @items again, in order (at least one). The lessons
 * must outlive the review (they do: the catalog keeps them). */
void
nc_lesson_player_play_review (NcLessonPlayer     *self,
                              const NcPlayerItem *items,
                              guint               n_items)
{
  g_return_if_fail (NC_IS_LESSON_PLAYER (self));
  g_return_if_fail (n_items > 0);

  g_clear_object (&self->lesson);
  self->review = TRUE;
  g_array_set_size (self->items, 0);
  g_array_append_vals (self->items, items, n_items);
  start (self);
}

/* Plugs in the judge of "rewrite it kindly" (the conduct checker); NULL
 * goes back to the item's own expected and forbidden words. */
void
nc_lesson_player_set_rewrite_judge (NcLessonPlayer *self,
                                    NcRewriteJudge  judge,
                                    gpointer        user_data)
{
  g_return_if_fail (NC_IS_LESSON_PLAYER (self));
  self->judge = judge;
  self->judge_data = user_data;
}

gboolean
nc_lesson_player_is_review (NcLessonPlayer *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PLAYER (self), FALSE);
  return self->review;
}

NcLesson *
nc_lesson_player_get_lesson (NcLessonPlayer *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PLAYER (self), NULL);
  return self->lesson;
}

guint
nc_lesson_player_get_position (NcLessonPlayer *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PLAYER (self), 0);
  return self->position;
}

const NcStep *
nc_lesson_player_get_step (NcLessonPlayer *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PLAYER (self), NULL);
  if (self->items->len == 0)
    return NULL;
  return current_item (self)->step;
}

GtkWidget *
nc_lesson_player_get_primary_button (NcLessonPlayer *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PLAYER (self), NULL);
  return self->primary_button;
}

/* The "Read to me" button (visible on the 6-9 track with a speech service). */
GtkWidget *
nc_lesson_player_get_read_button (NcLessonPlayer *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PLAYER (self), NULL);
  return self->read_button;
}

GtkWidget *
nc_lesson_player_new (void)
{
  return g_object_new (NC_TYPE_LESSON_PLAYER, NULL);
}

static void
nc_lesson_player_dispose (GObject *object)
{
  NcLessonPlayer *self = NC_LESSON_PLAYER (object);

  reset_step_state (self);
  g_clear_object (&self->lesson);
  if (self->reader != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->reader, self);
      nc_read_aloud_stop (self->reader);
      g_clear_object (&self->reader);
    }
  if (self->interface_settings != NULL)
    g_signal_handlers_disconnect_by_data (self->interface_settings, self);
  g_clear_object (&self->interface_settings);
  if (self->text_scale != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->text_scale));
      g_clear_object (&self->text_scale);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_LESSON_PLAYER);
  G_OBJECT_CLASS (nc_lesson_player_parent_class)->dispose (object);
}

static void
nc_lesson_player_finalize (GObject *object)
{
  NcLessonPlayer *self = NC_LESSON_PLAYER (object);

  g_array_unref (self->items);
  G_OBJECT_CLASS (nc_lesson_player_parent_class)->finalize (object);
}

static void
nc_lesson_player_class_init (NcLessonPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_lesson_player_dispose;
  object_class->finalize = nc_lesson_player_finalize;

  /* (lesson_id, item_id, correct) after every quiz item */
  signals[SIGNAL_ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                           G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /* (n_correct, n_quiz_items) after the last step */
  signals[SIGNAL_FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                           G_TYPE_UINT, G_TYPE_UINT);
  /* the learner went back to the map */
  signals[SIGNAL_CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "nc-lesson-player");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-lesson-player.ui");
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, title_label);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, position_label);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, progress);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, scroller);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, step_box);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, feedback_box);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, secondary_button);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, primary_button);
  gtk_widget_class_bind_template_child (widget_class, NcLessonPlayer, read_button);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_sample_cb);
  gtk_widget_class_bind_template_callback (widget_class, primary_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, read_clicked_cb);
}

static void
nc_lesson_player_init (NcLessonPlayer *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  GSettingsSchemaSource *schemas = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) interface = NULL;

  self->items = g_array_new (FALSE, FALSE, sizeof (NcPlayerItem));
  gtk_widget_init_template (GTK_WIDGET (self));

  if (schemas != NULL)
    interface = g_settings_schema_source_lookup (schemas, "org.gnome.desktop.interface", TRUE);
  if (interface != NULL && g_settings_schema_has_key (interface, "text-scaling-factor"))
    {
      self->interface_settings = g_settings_new ("org.gnome.desktop.interface");
      g_signal_connect_swapped (self->interface_settings, "changed::text-scaling-factor",
                                G_CALLBACK (update_text_scale), self);
    }
  self->text_scale = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->text_scale),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  update_text_scale (self);

  /* Ctrl+Enter checks or continues from anywhere, even from the text box. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_callback_action_new (primary_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
