/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-presenter-window.c — see nc-presenter-window.h
 *
 * The slide is one set of widgets whose texts change; a question's vote
 * rows are made anew for each question. Type sizes follow the monitor's
 * height, so the back row of a classroom can read them.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "nc-class-export.h"
#include "nc-presenter-notes.h"
#include "nc-presenter-window.h"

struct _NcPresenterWindow
{
  GtkWindow       parent_instance;

  NcClassSession *session;
  GPtrArray      *deck;          /* NcSlide */
  guint           position;
  guint           stage;
  gboolean        blank;
  gboolean        dark;
  gboolean        one_by_one;    /* students answer in turn */
  guint           student;       /* whose turn it is */

  GtkCssProvider *css;
  GtkWidget      *page;          /* the slide's box */
  GtkWidget      *kicker;
  GtkWidget      *title;
  GtkWidget      *post;
  GtkWidget      *post_author;
  GtkWidget      *post_text;
  GtkWidget      *body;
  GtkWidget      *turn;
  GtkWidget      *options;
  GtkWidget      *chart;
  GtkWidget      *answer;
  GtkWidget      *summary;
  GtkWidget      *summary_box;
  GtkWidget      *timer;
  GtkWidget      *progress;
  GtkWidget      *blank_box;

  NcPresenterNotes *notes;      /* the speaker notes, while shown */

  int             screen_height;
  guint           density;       /* index into densities[] */
  guint           fit_id;        /* tick callback while fitting */
  gboolean        fit_wait;      /* styles not yet validated */
  gint64          started;       /* monotonic, µs */
  guint           tick_id;
};

G_DEFINE_FINAL_TYPE (NcPresenterWindow, nc_presenter_window, GTK_TYPE_WINDOW)

static void show_slide (NcPresenterWindow *self);

static const NcSlide *
current (NcPresenterWindow *self)
{
  return self->deck->pdata[self->position];
}

/* How many reveal steps a slide has: a question shows the chart, then
 * why; others with an answer show it. */
static guint
n_stages (const NcSlide *slide)
{
  if (slide->kind == NC_SLIDE_QUESTION)
    return 2;
  return slide->answer != NULL && *slide->answer ? 1 : 0;
}

/* Timer */

static char *
format_elapsed (NcPresenterWindow *self)
{
  gint64 s = (g_get_monotonic_time () - self->started) / G_USEC_PER_SEC;

  if (s >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (s / 3600), (int) (s / 60 % 60), (int) (s % 60));
  return g_strdup_printf ("%02d:%02d", (int) (s / 60), (int) (s % 60));
}

static gboolean
tick_cb (gpointer user_data)
{
  NcPresenterWindow *self = user_data;
  g_autofree char *text = format_elapsed (self);

  gtk_label_set_text (GTK_LABEL (self->timer), text);
  if (self->notes != NULL)
    nc_presenter_notes_set_time (self->notes, text);
  return G_SOURCE_CONTINUE;
}

/* Style: type sizes from the monitor's height */

/* Type sizes for a density: 0 is the normal size; 1 to 3 are smaller,
 * for slides with much text (see fit_page()); the last one is for the
 * longest, e.g. a post with its explanation in Vietnamese. */
static const double densities[] = { 1.0, 0.82, 0.68, 0.6 };
static const char * const density_classes[] = { NULL, "dense", "denser", "densest" };

static void
update_css (NcPresenterWindow *self,
            int                screen_height)
{
  double h = MAX (screen_height, 480) / 100.0;   /* 1% of the height */
  g_autoptr(GString) css = g_string_new (NULL);

  /* Only the sizes: the rest is in style.css. */
  self->screen_height = screen_height;
  g_string_append_printf (css, ".nc-presenter .nc-status { font-size: %.0fpx; }\n", h * 2.6);
  for (guint d = 0; d < G_N_ELEMENTS (densities); d++)
    {
      g_autofree char *page = density_classes[d] != NULL
        ? g_strdup_printf (".nc-presenter .nc-page.%s", density_classes[d])
        : g_strdup (".nc-presenter .nc-page");
      double u = h * densities[d];

      g_string_append_printf (css,
        "%s .nc-kicker { font-size: %.0fpx; }\n"
        "%s .nc-title { font-size: %.0fpx; }\n"
        "%s .nc-body { font-size: %.0fpx; }\n"
        "%s .nc-answer { font-size: %.0fpx; }\n"
        "%s .nc-turn { font-size: %.0fpx; }\n"
        "%s .nc-option { font-size: %.0fpx; }\n"
        "%s .nc-count { font-size: %.0fpx; min-width: %.0fpx; }\n"
        "%s .nc-vote { font-size: %.0fpx; min-width: %.0fpx; min-height: %.0fpx; }\n"
        "%s .nc-post { padding: %.0fpx; }\n"
        "%s .nc-post-author { font-size: %.0fpx; }\n"
        "%s .nc-summary-row { font-size: %.0fpx; }\n",
        page, u * 3.2, page, u * 6.5, page, u * 4.4, page, u * 4.0, page, u * 3.6,
        page, u * 4.2, page, u * 4.2, u * 8, page, u * 3.6, u * 6, u * 6,
        page, u * 2.5, page, u * 3.2, page, u * 3.0);
    }

  gtk_css_provider_load_from_data (self->css, css->str, -1);
}

/* Picks the largest type with which the slide fits in the window. Styles
 * change only when the frame clock validates them, so this measures once
 * per frame, one density a frame, and keeps the page invisible meanwhile. */
/* Drops the sizes GTK keeps for @widget and all below it. A density is
 * a style class on the page that changes type sizes and padding below it,
 * but GTK 4.8 does not always drop the size it keeps for a box whose
 * padding and children change that way: the example post's card went on
 * reporting the minimum height it had at the previous density, and the next
 * layout found the card needing more at any width than its minimum (a
 * Gtk-CRITICAL, "reports a minimum height of 146, but minimum height for
 * width of 1048576 is 156"; in Vietnamese, whose posts wrap onto more
 * lines, on the way back from a smaller density to the normal one). */
static void
queue_resize_tree (GtkWidget *widget)
{
  gtk_widget_queue_resize (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    queue_resize_tree (c);
}

static void
set_density (NcPresenterWindow *self,
             guint              density)
{
  for (guint c = 1; c < G_N_ELEMENTS (density_classes); c++)
    gtk_widget_remove_css_class (self->page, density_classes[c]);
  if (density_classes[density] != NULL)
    gtk_widget_add_css_class (self->page, density_classes[density]);
  self->density = density;
  queue_resize_tree (self->page);
}

static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  NcPresenterWindow *self = NC_PRESENTER_WINDOW (widget);
  int available = gtk_widget_get_height (widget);
  int width = gtk_widget_get_width (widget);
  int min_height;

  /* Tick callbacks run before the frame's layout, which validates styles:
   * measure only in the frame after a change. */
  if (self->fit_wait)
    {
      self->fit_wait = FALSE;
      return G_SOURCE_CONTINUE;
    }

  width -= gtk_widget_get_margin_start (self->page) + gtk_widget_get_margin_end (self->page);
  available -= gtk_widget_get_margin_top (self->page) + gtk_widget_get_margin_bottom (self->page);
  if (width > 0 && self->density + 1 < G_N_ELEMENTS (densities))
    {
      gtk_widget_measure (self->page, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
      if (min_height > available)
        {
          set_density (self, self->density + 1);
          gtk_widget_queue_draw (self->chart);
          self->fit_wait = TRUE;
          return G_SOURCE_CONTINUE;
        }
    }
  gtk_widget_set_opacity (self->page, 1);
  self->fit_id = 0;
  return G_SOURCE_REMOVE;
}

static void
fit_page (NcPresenterWindow *self)
{
  set_density (self, 0);
  self->fit_wait = TRUE;
  if (self->fit_id == 0)
    {
      gtk_widget_set_opacity (self->page, 0);
      self->fit_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fit_tick_cb, NULL, NULL);
    }
}

/* Votes */

static void
vote_clicked_cb (GtkButton *button,
                 gpointer   user_data)
{
  NcPresenterWindow *self = user_data;
  int option = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "nc-option"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "nc-delta"));

  if (current (self)->kind != NC_SLIDE_QUESTION)
    return;
  nc_class_session_add_vote (self->session, current (self)->item, option, delta);
  show_slide (self);
}

static GtkWidget *
vote_button (NcPresenterWindow *self,
             const char        *label,
             const char        *tooltip,
             int                option,
             int                delta)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "nc-vote");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "nc-option", GINT_TO_POINTER (option));
  g_object_set_data (G_OBJECT (button), "nc-delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (vote_clicked_cb), self);
  return button;
}

/* The first student, from @from on, who has not answered the item. */
static guint
next_student (NcPresenterWindow *self,
              int                item,
              guint              from)
{
  guint n = nc_class_session_get_n_students (self->session);

  for (guint s = from; s < n; s++)
    if (nc_class_session_get_answer (self->session, s, item) < 0)
      return s;
  return n;
}

static gboolean
students_answer (NcPresenterWindow *self)
{
  return self->one_by_one && nc_class_session_get_n_students (self->session) > 0;
}

static void
record_option (NcPresenterWindow *self,
               guint              option,
               int                delta)
{
  const NcSlide *slide = current (self);
  const NcClassItem *item;

  if (slide->kind != NC_SLIDE_QUESTION || self->stage > 0)
    return;
  item = nc_class_session_get_item (self->session, slide->item);
  if (option >= item->n_options)
    return;

  if (students_answer (self))
    {
      if (delta < 0 || self->student >= nc_class_session_get_n_students (self->session))
        return;
      nc_class_session_set_answer (self->session, self->student, slide->item, option);
      self->student = next_student (self, slide->item, self->student + 1);
    }
  else
    nc_class_session_add_vote (self->session, slide->item, option, delta);
  show_slide (self);
}

static void
build_options (NcPresenterWindow *self,
               const NcSlide     *slide)
{
  const NcClassItem *item = nc_class_session_get_item (self->session, slide->item);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->options)) != NULL)
    gtk_grid_remove (GTK_GRID (self->options), child);

  /* A grid, not a box of boxes: GTK 4.8 measures wrapped labels in nested
   * boxes inconsistently. */
  for (guint o = 0; o < item->n_options; o++)
    {
      g_autofree char *text = g_markup_printf_escaped ("<b>%c</b>   %s", nc_class_option_letter (o),
                                                       nc_class_item_option_text (item, o));
      g_autofree char *count = g_strdup_printf ("%u", nc_class_session_get_votes (self->session, slide->item, o));
      GtkWidget *label = gtk_label_new (NULL);
      GtkWidget *count_label = gtk_label_new (count);

      gtk_label_set_markup (GTK_LABEL (label), text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "nc-option");
      gtk_widget_add_css_class (count_label, "nc-count");
      gtk_label_set_xalign (GTK_LABEL (count_label), 1);

      gtk_grid_attach (GTK_GRID (self->options), label, 0, o, 1, 1);
      if (!students_answer (self))
        {
          gtk_grid_attach (GTK_GRID (self->options), vote_button (self, "−", _("One vote less"), o, -1), 1, o, 1, 1);
          gtk_grid_attach (GTK_GRID (self->options), count_label, 2, o, 1, 1);
          gtk_grid_attach (GTK_GRID (self->options), vote_button (self, "+", _("One vote more"), o, +1), 3, o, 1, 1);
        }
      else
        {
          gtk_grid_attach (GTK_GRID (self->options), count_label, 2, o, 1, 1);
          gtk_grid_attach (GTK_GRID (self->options), vote_button (self, "✓", _("This student’s answer"), o, +1), 3, o, 1, 1);
        }
    }
}

static void
chart_draw_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  NcPresenterWindow *self = user_data;
  const NcSlide *slide = current (self);
  int screen = gtk_widget_get_height (GTK_WIDGET (self));

  if (slide->kind != NC_SLIDE_QUESTION)
    return;
  nc_class_draw_chart (cr, self->session, slide->item, width, height,
                       MAX (screen, 480) / 100.0 * 3.6 * densities[self->density],
                       self->dark, self->stage >= 2);
}

static void
build_summary (NcPresenterWindow *self)
{
  GtkWidget *child;
  guint answered;
  int percent = nc_class_session_get_percent (self->session, &answered);
  g_autofree char *overall = NULL;

  while ((child = gtk_widget_get_first_child (self->summary_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->summary_box), child);

  if (percent >= 0)
    overall = g_strdup_printf (_("%d%% of the class’s answers were right, over %u questions."), percent, answered);
  else
    overall = g_strdup (_("No answers were counted."));
  gtk_label_set_text (GTK_LABEL (self->body), overall);
  gtk_widget_set_visible (self->body, TRUE);

  for (guint i = 0; i < nc_class_session_get_n_items (self->session); i++)
    {
      const NcClassItem *item = nc_class_session_get_item (self->session, i);
      NcClassItemSummary sum;
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
      GtkWidget *q, *p, *bar;
      g_autofree char *qtext = g_strdup_printf ("%u. %s", i + 1, nc_class_item_question (item));
      g_autofree char *ptext = NULL;

      nc_class_session_summarize_item (self->session, i, &sum);
      ptext = sum.percent >= 0 ? g_strdup_printf (_("%d%% right"), sum.percent) : g_strdup (_("no votes"));
      q = gtk_label_new (qtext);
      gtk_label_set_ellipsize (GTK_LABEL (q), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (q), 0);
      gtk_widget_set_hexpand (q, TRUE);
      p = gtk_label_new (ptext);
      gtk_label_set_width_chars (GTK_LABEL (p), 14);
      gtk_label_set_xalign (GTK_LABEL (p), 1);
      bar = gtk_level_bar_new_for_interval (0, 100);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (sum.percent, 0));
      gtk_widget_set_size_request (bar, 240, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (row, "nc-summary-row");
      gtk_box_append (GTK_BOX (row), q);
      gtk_box_append (GTK_BOX (row), bar);
      gtk_box_append (GTK_BOX (row), p);
      gtk_box_append (GTK_BOX (self->summary_box), row);
    }
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
update_notes (NcPresenterWindow *self)
{
  if (self->notes != NULL)
    nc_presenter_notes_set_slide (self->notes, current (self),
                                  self->position + 1 < self->deck->len
                                  ? self->deck->pdata[self->position + 1] : NULL);
}

static void
show_slide (NcPresenterWindow *self)
{
  const NcSlide *slide = current (self);
  gboolean question = slide->kind == NC_SLIDE_QUESTION;
  gboolean post = slide->author != NULL;
  g_autofree char *progress = g_strdup_printf ("%u / %u", self->position + 1, self->deck->len);

  set_label (self->kicker, slide->kicker);
  set_label (self->title, slide->title);
  set_label (self->body, slide->body);
  gtk_widget_set_visible (self->post, post);
  if (post)
    {
      g_autofree char *who = slide->place != NULL && *slide->place
        ? g_strdup_printf ("%s · %s", slide->author, slide->place) : g_strdup (slide->author);
      gtk_label_set_text (GTK_LABEL (self->post_author), who);
      gtk_label_set_text (GTK_LABEL (self->post_text), slide->body);
      gtk_widget_set_visible (self->body, FALSE);
    }

  set_label (self->answer, self->stage >= (question ? 2u : 1u) ? slide->answer : NULL);
  gtk_widget_set_visible (self->options, question && self->stage == 0);
  gtk_widget_set_visible (self->chart, question && self->stage >= 1);
  gtk_widget_set_visible (self->summary, slide->kind == NC_SLIDE_SUMMARY);
  gtk_widget_set_visible (self->turn, FALSE);

  if (question && self->stage == 0)
    {
      build_options (self, slide);
      if (students_answer (self))
        {
          guint n = nc_class_session_get_n_students (self->session);
          g_autofree char *turn = self->student < n
            /* Translators: whose turn it is to answer: a name, then "3 of 25" */
            ? g_strdup_printf (_("Now answering: %s (%u of %u)"),
                               nc_class_session_get_student (self->session, self->student),
                               self->student + 1, n)
            : g_strdup (_("Everyone has answered. Press → to see the results."));
          set_label (self->turn, turn);
        }
    }
  if (question && self->stage >= 1)
    gtk_widget_queue_draw (self->chart);
  if (slide->kind == NC_SLIDE_SUMMARY)
    build_summary (self);

  gtk_label_set_text (GTK_LABEL (self->progress), progress);
  update_notes (self);
  fit_page (self);
}

static void
go_to (NcPresenterWindow *self,
       guint              position,
       guint              stage)
{
  self->position = MIN (position, self->deck->len - 1);
  self->stage = stage;
  if (current (self)->kind == NC_SLIDE_QUESTION)
    self->student = next_student (self, current (self)->item, 0);
  show_slide (self);
}

/* Actions */

/* A key during a blank screen only brings the slide back: TRUE then. */
static gboolean
end_blank (NcPresenterWindow *self)
{
  if (!self->blank)
    return FALSE;
  self->blank = FALSE;
  gtk_widget_set_visible (self->blank_box, FALSE);
  return TRUE;
}

/* One step on (a reveal, then the next slide) or back. */
static void
step (NcPresenterWindow *self,
      gboolean           forward)
{
  if (end_blank (self))
    return;
  if (forward ? self->stage < n_stages (current (self)) : self->stage > 0)
    {
      self->stage = forward ? self->stage + 1 : self->stage - 1;
      show_slide (self);
    }
  else if (forward ? self->position + 1 < self->deck->len : self->position > 0)
    go_to (self, forward ? self->position + 1 : self->position - 1, 0);
}

static void
switch_theme (NcPresenterWindow *self)
{
  self->dark = !self->dark;
  gtk_widget_remove_css_class (GTK_WIDGET (self), self->dark ? "light" : "dark");
  gtk_widget_add_css_class (GTK_WIDGET (self), self->dark ? "dark" : "light");
  gtk_widget_queue_draw (self->chart);
}

static void
notes_destroy_cb (GtkWidget *window,
                  gpointer   user_data)
{
  NcPresenterWindow *self = user_data;

  self->notes = NULL;
}

static void
open_notes (NcPresenterWindow *self,
            GdkMonitor        *monitor)
{
  self->notes = g_object_new (NC_TYPE_PRESENTER_NOTES,
                              "application", gtk_window_get_application (GTK_WINDOW (self)),
                              NULL);
  g_signal_connect (self->notes, "destroy", G_CALLBACK (notes_destroy_cb), self);
  update_notes (self);
  tick_cb (self);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->notes), monitor);
  gtk_window_present (GTK_WINDOW (self->notes));
}

/* The presenter.* actions, which the keys below name. */
static void
action_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  NcPresenterWindow *self = NC_PRESENTER_WINDOW (widget);
  const char *name = action_name + strlen ("presenter.");

  if (g_str_equal (name, "next") || g_str_equal (name, "previous"))
    step (self, g_str_equal (name, "next"));
  else if (g_str_equal (name, "blank"))
    {
      self->blank = !self->blank;
      gtk_widget_set_visible (self->blank_box, self->blank);
    }
  else if (g_str_equal (name, "leave") && !end_blank (self))
    gtk_window_close (GTK_WINDOW (self));
  else if (g_str_equal (name, "theme"))
    switch_theme (self);
  else if (g_str_equal (name, "timer"))
    {
      self->started = g_get_monotonic_time ();
      tick_cb (self);
    }
  else if (g_str_equal (name, "notes") && self->notes != NULL)
    gtk_window_destroy (GTK_WINDOW (self->notes));
  else if (g_str_equal (name, "notes"))
    open_notes (self, NULL);
  else if (g_str_equal (name, "first") || g_str_equal (name, "last"))
    go_to (self, g_str_equal (name, "first") ? 0 : self->deck->len - 1, 0);
}

static const char * const actions[] = {
  "presenter.next", "presenter.previous", "presenter.blank", "presenter.leave", "presenter.theme",
  "presenter.notes", "presenter.timer", "presenter.first", "presenter.last",
};

/* Keys. They are handled before any widget sees them (GtkWindow binds
 * the arrows and space to moving the focus), so a clicker always works. */
static const struct {
  guint       keyval;
  const char *action;
} key_actions[] = {
  { GDK_KEY_Right, "presenter.next" },
  { GDK_KEY_Page_Down, "presenter.next" },
  { GDK_KEY_space, "presenter.next" },
  { GDK_KEY_Return, "presenter.next" },
  { GDK_KEY_KP_Enter, "presenter.next" },
  { GDK_KEY_Down, "presenter.next" },
  { GDK_KEY_KP_Right, "presenter.next" },
  { GDK_KEY_KP_Page_Down, "presenter.next" },
  { GDK_KEY_Left, "presenter.previous" },
  { GDK_KEY_Page_Up, "presenter.previous" },
  { GDK_KEY_BackSpace, "presenter.previous" },
  { GDK_KEY_Up, "presenter.previous" },
  { GDK_KEY_KP_Left, "presenter.previous" },
  { GDK_KEY_KP_Page_Up, "presenter.previous" },
  { GDK_KEY_b, "presenter.blank" },
  { GDK_KEY_period, "presenter.blank" },
  { GDK_KEY_Escape, "presenter.leave" },
  { GDK_KEY_d, "presenter.theme" },
  { GDK_KEY_n, "presenter.notes" },
  { GDK_KEY_t, "presenter.timer" },
  { GDK_KEY_Home, "presenter.first" },
  { GDK_KEY_End, "presenter.last" },
};

/* Digits count votes (1 for A, 2 for B…; with Ctrl, one less); the other
 * keys are in the table above. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  NcPresenterWindow *self = user_data;
  guint lower = gdk_keyval_to_lower (keyval);
  int digit = -1;

  if (state & GDK_ALT_MASK)
    return FALSE;

  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_1;
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_1;
  if (digit >= 0 && current (self)->kind == NC_SLIDE_QUESTION)
    {
      record_option (self, digit, (state & GDK_CONTROL_MASK) ? -1 : +1);
      return TRUE;
    }
  if (state & GDK_CONTROL_MASK)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (key_actions); i++)
    if (key_actions[i].keyval == lower)
      {
        gtk_widget_activate_action (GTK_WIDGET (self), key_actions[i].action, NULL);
        return TRUE;
      }
  return FALSE;
}

/* Construction */

static void
nc_presenter_window_realize (GtkWidget *widget)
{
  NcPresenterWindow *self = NC_PRESENTER_WINDOW (widget);
  GdkDisplay *display = gtk_widget_get_display (widget);
  GListModel *monitors = gdk_display_get_monitors (display);
  g_autoptr(GdkMonitor) first = g_list_model_get_item (monitors, 0);
  g_autoptr(GdkMonitor) second = g_list_model_get_n_items (monitors) > 1 ? g_list_model_get_item (monitors, 1) : NULL;
  GdkRectangle geometry = { 0, 0, 1280, 720 };

  GTK_WIDGET_CLASS (nc_presenter_window_parent_class)->realize (widget);

  /* On two monitors the class sees the second and the teacher the notes. */
  if (first != NULL)
    gdk_monitor_get_geometry (second != NULL ? second : first, &geometry);
  update_css (self, geometry.height);
  /* Fill the screen even where nothing honours the full-screen request. */
  gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
  if (second != NULL && self->notes == NULL)
    open_notes (self, first);
}

static void
nc_presenter_window_dispose (GObject *object)
{
  NcPresenterWindow *self = NC_PRESENTER_WINDOW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->fit_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_id);
  self->fit_id = 0;
  if (self->notes != NULL)
    gtk_window_destroy (GTK_WINDOW (self->notes));
  if (self->css != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->css));
      g_clear_object (&self->css);
    }
  g_clear_pointer (&self->deck, g_ptr_array_unref);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_PRESENTER_WINDOW);

  G_OBJECT_CLASS (nc_presenter_window_parent_class)->dispose (object);
}

static void
nc_presenter_window_class_init (NcPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_presenter_window_dispose;
  widget_class->realize = nc_presenter_window_realize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, page);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, kicker);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, title);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, post);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, post_author);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, post_text);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, body);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, turn);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, options);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, chart);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, answer);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, timer);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterWindow, blank_box);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, action_cb);
}

static void
nc_presenter_window_init (NcPresenterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), chart_draw_cb, self, NULL);

  self->css = gtk_css_provider_new ();
  update_css (self, 720);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->started = g_get_monotonic_time ();
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
}

/* A presentation of every lesson of @session; the votes go into it. */
NcPresenterWindow *
nc_presenter_window_new (GtkApplication *application,
                         NcClassSession *session,
                         gboolean        students_one_by_one,
                         gboolean        dark)
{
  NcPresenterWindow *self;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (session), NULL);
  g_return_val_if_fail (nc_class_session_get_n_lessons (session) > 0, NULL);

  self = g_object_new (NC_TYPE_PRESENTER_WINDOW, "application", application, NULL);
  self->session = g_object_ref (session);
  self->deck = nc_slides_build (session);
  self->one_by_one = students_one_by_one;
  self->dark = dark;
  gtk_widget_add_css_class (GTK_WIDGET (self), dark ? "dark" : "light");
  tick_cb (self);
  go_to (self, 0, 0);
  return self;
}

/* Shows the slides full screen: on the second monitor when there is one
 * (the speaker notes then take the first). */
void
nc_presenter_window_start (NcPresenterWindow *self)
{
  GListModel *monitors;

  g_return_if_fail (NC_IS_PRESENTER_WINDOW (self));

  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  if (g_list_model_get_n_items (monitors) > 1)
    {
      g_autoptr(GdkMonitor) second = g_list_model_get_item (monitors, 1);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), second);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
}

guint
nc_presenter_window_get_n_slides (NcPresenterWindow *self)
{
  g_return_val_if_fail (NC_IS_PRESENTER_WINDOW (self), 0);
  return self->deck->len;
}

guint
nc_presenter_window_get_position (NcPresenterWindow *self)
{
  g_return_val_if_fail (NC_IS_PRESENTER_WINDOW (self), 0);
  return self->position;
}

guint
nc_presenter_window_get_stage (NcPresenterWindow *self)
{
  g_return_val_if_fail (NC_IS_PRESENTER_WINDOW (self), 0);
  return self->stage;
}

gboolean
nc_presenter_window_get_blank (NcPresenterWindow *self)
{
  g_return_val_if_fail (NC_IS_PRESENTER_WINDOW (self), FALSE);
  return self->blank;
}

const NcSlide *
nc_presenter_window_get_slide (NcPresenterWindow *self)
{
  g_return_val_if_fail (NC_IS_PRESENTER_WINDOW (self), NULL);
  return current (self);
}

GtkWindow *
nc_presenter_window_get_notes_window (NcPresenterWindow *self)
{
  g_return_val_if_fail (NC_IS_PRESENTER_WINDOW (self), NULL);
  return GTK_WINDOW (self->notes);
}
