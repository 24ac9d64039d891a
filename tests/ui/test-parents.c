/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-parents.c — the setup assistant, the PIN gate and the parents' area
 * under a real display (Xvfb), on a real SQLite file
 *
 * The tests run in order on one application and one database: the setup
 * assistant creates the PIN and two profiles; the gate then refuses a wrong
 * PIN and opens on the right one; a change in one parents' window shows in
 * another.
 *
 * With NC_SCREENSHOT_DIR set, every screen is also saved there as a PNG
 * (NC_SCREENSHOT_LANGUAGE=vi for Vietnamese, from the build's catalogues).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "nc-bar-chart.h"
#include "nc-code-ref.h"
#include "nc-language.h"
#include "nc-parents-window.h"
#include "nc-pin-gate.h"
#include "nc-pin.h"
#include "nc-profile-chooser.h"
#include "nc-category-import.h"
#include "nc-setup-assistant.h"
#include "nc-test-ui.h"
#include "nc-window.h"

#define TEST_PIN  "73915284"

static char *tmp_dir;
static char *db_path;
static NcApplication *app;
static char *policy_file;     /* the administrator's policy file, with one bad line */

static GtkWindow *
find_window (GType type)
{
  return nc_test_ui_find_window (app, type);
}

#define snap nc_test_ui_snap
#define type_and_enter nc_test_ui_type_and_enter

static GtkWidget *
tchild (gpointer    widget,
        GType       type,
        const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Every AdwActionRow under @root (not inside another row), in order. */
static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (ADW_IS_ACTION_ROW (w))
        g_ptr_array_add (rows, w);
      else
        collect_rows (w, rows);
    }
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (root, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  return NULL;
}

static void
test_setup_assistant (void)
{
  NcSetupAssistant *assistant;
  NcStore *store;
  g_autoptr(GPtrArray) profiles = NULL;
  NcProfileChooser *chooser;
  const char *suffixes[] = { "", "-wal", "-journal", ".backup-1", ".backup-2", ".backup-3" };
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  nc_test_ui_iterate (200);

  g_assert_true (nc_application_needs_setup (app));
  assistant = NC_SETUP_ASSISTANT (find_window (NC_TYPE_SETUP_ASSISTANT));
  g_assert_nonnull (assistant);
  g_assert_null (find_window (NC_TYPE_WINDOW));
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "welcome");
  snap (GTK_WINDOW (assistant), "setup-1-welcome");

  /* Next is off until each step is complete. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL));
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "language");
  snap (GTK_WINDOW (assistant), "setup-2-language");

  /* A language applies at once: the window is rebuilt at the same step. */
  if (g_getenv ("NC_SCREENSHOT_LANGUAGE") == NULL)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (tchild (assistant, NC_TYPE_SETUP_ASSISTANT, "vi_check")), TRUE);
      nc_test_ui_iterate (100);
      g_assert_cmpstr (nc_language_get_current (), ==, "vi");
      g_assert_null (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), assistant));
      assistant = NC_SETUP_ASSISTANT (find_window (NC_TYPE_SETUP_ASSISTANT));
      g_assert_nonnull (assistant);
      g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "language");
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (tchild (assistant, NC_TYPE_SETUP_ASSISTANT,
                                                                              "vi_check"))));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (tchild (assistant, NC_TYPE_SETUP_ASSISTANT, "en_check")), TRUE);
      nc_test_ui_iterate (100);
      g_assert_cmpstr (nc_language_get_current (), ==, "en");
      assistant = NC_SETUP_ASSISTANT (find_window (NC_TYPE_SETUP_ASSISTANT));
      g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "language");
    }
  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "pin");

  /* A PIN too short, then two PINs that differ, do not pass. */
  type_and_enter (GTK_WINDOW (assistant), "123");
  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "pin");

  gtk_widget_grab_focus (tchild (assistant, NC_TYPE_SETUP_ASSISTANT, "pin_row"));
  type_and_enter (GTK_WINDOW (assistant), TEST_PIN);   /* moves to the second row */
  type_and_enter (GTK_WINDOW (assistant), "73915285");
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "pin");
  snap (GTK_WINDOW (assistant), "setup-3-pin-mismatch");

  type_and_enter (GTK_WINDOW (assistant), TEST_PIN);   /* Enter goes on */
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "children");

  /* No child, no next step. */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "children");

  type_and_enter (GTK_WINDOW (assistant), "Lan");      /* Enter adds the child */
  adw_combo_row_set_selected (ADW_COMBO_ROW (tchild (assistant, NC_TYPE_SETUP_ASSISTANT, "band_row")),
                              NC_AGE_BAND_13_15);
  type_and_enter (GTK_WINDOW (assistant), "Minh");
  snap (GTK_WINDOW (assistant), "setup-4-children");

  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  g_assert_cmpstr (nc_setup_assistant_get_step (assistant), ==, "summary");
  snap (GTK_WINDOW (assistant), "setup-5-summary");

  /* Nothing is written before Finish. */
  store = nc_application_get_store (app);
  g_assert_false (nc_pin_is_set (store));

  gtk_widget_activate_action (GTK_WIDGET (assistant), "setup.next", NULL);
  nc_test_ui_iterate (300);

  g_assert_null (find_window (NC_TYPE_SETUP_ASSISTANT));
  g_assert_false (nc_application_needs_setup (app));
  g_assert_true (nc_pin_is_set (store));

  profiles = nc_store_list_profiles (store, NULL);
  g_assert_nonnull (profiles);
  g_assert_cmpuint (profiles->len, ==, 2);
  g_assert_cmpstr (((NcProfile *) profiles->pdata[0])->name, ==, "Lan");
  g_assert_cmpint (((NcProfile *) profiles->pdata[0])->age_band, ==, NC_AGE_BAND_10_12);
  g_assert_cmpstr (((NcProfile *) profiles->pdata[1])->name, ==, "Minh");
  g_assert_cmpint (((NcProfile *) profiles->pdata[1])->age_band, ==, NC_AGE_BAND_13_15);

  /* The PIN is nowhere in clear: not in the file, its WAL or the backups. */
  nc_store_backup_now (store, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);
      g_assert_false (nc_test_ui_file_contains (path, TEST_PIN));
    }
  g_assert_true (nc_test_ui_file_contains (db_path, "$argon2id$") ||
                 nc_test_ui_file_contains (g_strconcat (db_path, "-wal", NULL), "$argon2id$"));

  /* Two children: the main window asks who is using the computer. */
  window = find_window (NC_TYPE_WINDOW);
  g_assert_nonnull (window);
  chooser = NC_PROFILE_CHOOSER (find_window (NC_TYPE_PROFILE_CHOOSER));
  g_assert_nonnull (chooser);
  g_assert_cmpint (nc_application_get_profile_id (app), ==, 0);
  snap (GTK_WINDOW (chooser), "chooser");
  gtk_window_close (GTK_WINDOW (chooser));               /* no way out without a choice */
  nc_test_ui_iterate (50);
  g_assert_true (find_window (NC_TYPE_PROFILE_CHOOSER) == GTK_WINDOW (chooser));
  /* Minh's profile speaks Vietnamese: choosing it switches the language and
   * rebuilds the main window. */
  if (g_getenv ("NC_SCREENSHOT_LANGUAGE") == NULL)
    {
      g_autoptr(NcProfile) minh = nc_profile_copy (profiles->pdata[1]);
      g_free (minh->language);
      minh->language = g_strdup ("vi");
      g_assert_true (nc_store_update_profile (store, minh, NULL));
    }
  /* Minh (13–15) is older than the other child (10–12): his profile opens
   * with the parent PIN only, so that his younger sister cannot take it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.choose", "x",
                                             ((NcProfile *) profiles->pdata[1])->id));
  nc_test_ui_iterate (50);
  {
    GtkWindow *gate = find_window (NC_TYPE_PIN_GATE);

    g_assert_nonnull (gate);
    g_assert_true (find_window (NC_TYPE_PROFILE_CHOOSER) == GTK_WINDOW (chooser));
    g_assert_cmpint (nc_application_get_profile_id (app), ==, 0);
    nc_test_ui_drive_pin_gate (gate, store, TEST_PIN, NULL, "chooser-pin");
    nc_test_ui_iterate (200);
    g_assert_null (find_window (NC_TYPE_PIN_GATE));
  }
  g_assert_null (find_window (NC_TYPE_PROFILE_CHOOSER));
  g_assert_cmpint (nc_application_get_profile_id (app), ==, ((NcProfile *) profiles->pdata[1])->id);
  if (g_getenv ("NC_SCREENSHOT_LANGUAGE") == NULL)
    {
      g_assert_cmpstr (nc_language_get_current (), ==, "vi");
      g_assert_false (find_window (NC_TYPE_WINDOW) == window);
      window = find_window (NC_TYPE_WINDOW);
      g_assert_nonnull (window);
      nc_language_apply ("en");
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "parents");
  snap (window, "main-parents-area");
}

/* The parents' area opens behind the PIN gate, which refuses a wrong PIN,
 * locks after too many, and opens on the right one. */
static void
test_pin_gate (void)
{
  NcStore *store = nc_application_get_store (app);
  GtkWindow *gate;

  g_action_group_activate_action (G_ACTION_GROUP (app), "open-parents", NULL);
  nc_test_ui_iterate (100);
  gate = find_window (NC_TYPE_PIN_GATE);
  g_assert_nonnull (gate);
  g_assert_null (find_window (NC_TYPE_PARENTS_WINDOW));

  nc_test_ui_drive_pin_gate (gate, store, TEST_PIN, NULL, "gate");
  nc_test_ui_iterate (200);
  g_assert_null (find_window (NC_TYPE_PIN_GATE));
  g_assert_nonnull (find_window (NC_TYPE_PARENTS_WINDOW));

  /* The parents' area is open: asking for it again only brings it forward. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-parents", NULL);
  nc_test_ui_iterate (100);
  g_assert_null (find_window (NC_TYPE_PIN_GATE));
}

static GtkWidget *
child (GtkWindow  *window,
       const char *name)
{
  return tchild (window, NC_TYPE_PARENTS_WINDOW, name);
}

static void
test_change_reaches_other_window (void)
{
  NcStore *store = nc_application_get_store (app);
  GtkWindow *first = find_window (NC_TYPE_PARENTS_WINDOW);
  GtkWindow *second;
  g_autoptr(NcProfile) lan = nc_store_find_profile (store, "Lan", NULL);

  g_assert_nonnull (first);
  g_assert_nonnull (lan);
  second = GTK_WINDOW (nc_parents_window_new (NULL, store));
  gtk_window_present (second);
  nc_test_ui_iterate (100);

  /* Lan is the first child on the Time page of both windows. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (first, "time_profile_row")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (second, "time_profile_row")), 0);

  gtk_switch_set_active (GTK_SWITCH (child (first, "limit_switch")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (first, "minutes_spin")), 45);
  nc_test_ui_iterate (50);

  {
    g_autoptr(NcProfile) stored = nc_store_get_profile (store, lan->id, NULL);
    g_assert_cmpint (stored->daily_limit_minutes, ==, 45);
  }
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (child (second, "limit_switch"))));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (second, "minutes_spin"))), ==, 45);

  /* A website blocked in the second window shows in the first. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (first, "web_profile_row")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (second, "web_profile_row")), 0);
  gtk_editable_set_text (GTK_EDITABLE (child (second, "block_entry_row")), "https://Games.Example.com/play");
  g_signal_emit_by_name (child (second, "block_entry_row"), "apply");
  nc_test_ui_iterate (50);
  {
    g_auto(GStrv) hosts = nc_store_list_hosts (store, NC_PROFILE_EVERYONE, NC_LIST_BLOCK, NULL);
    g_assert_nonnull (hosts);
    g_assert_cmpstr (hosts[0], ==, "games.example.com");
  }
  g_assert_nonnull (find_row (child (first, "block_group"), "games.example.com"));

  gtk_window_destroy (second);
  nc_test_ui_iterate (50);
}

/* The activity charts: warnings per Code rule, titled through the Code
 * reference table, and minutes per day. */
static void
test_activity_chart (void)
{
  NcStore *store = nc_application_get_store (app);
  GtkWindow *window = find_window (NC_TYPE_PARENTS_WINDOW);
  g_autoptr(NcProfile) minh = nc_store_find_profile (store, "Minh", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = nc_store_day_key (now);
  gsize n_refs = 0;
  const NcCodeRef *refs = nc_code_ref_get_all (&n_refs);
  NcBarChart *rules;
  NcBarChart *time;

  g_assert_cmpuint (n_refs, >=, 12);
  for (int i = 0; i < 3; i++)
    g_assert_true (nc_store_log_activity (store, minh->id, "facebook.com", refs[11].id, "warned", NULL));
  g_assert_true (nc_store_log_activity (store, minh->id, "tiktok.com", refs[10].id, "warned", NULL));
  g_assert_true (nc_store_add_usage (store, minh->id, today, 37 * 60, NULL));
  nc_test_ui_iterate (50);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "activity");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "activity_profile_row")), 2);  /* Minh */
  nc_test_ui_iterate (50);

  rules = NC_BAR_CHART (child (window, "rules_chart"));
  g_assert_cmpuint (nc_bar_chart_get_n_bars (rules), ==, 2);
  g_assert_cmpstr (nc_bar_chart_get_bar_label (rules, 0), ==, nc_code_ref_get_title (&refs[11]));
  g_assert_cmpfloat (nc_bar_chart_get_bar_value (rules, 0), ==, 3);
  g_assert_cmpfloat (nc_bar_chart_get_bar_value (rules, 1), ==, 1);

  time = NC_BAR_CHART (child (window, "time_chart"));
  g_assert_cmpuint (nc_bar_chart_get_n_bars (time), ==, 7);
  g_assert_cmpfloat (nc_bar_chart_get_bar_value (time, 6), ==, 37);
}

/* The Children page says where the settings live: in home mode, in this
 * account, what a child could do to them and how to turn on family mode;
 * in family mode, in the family service, with the pages that would only
 * change this account's own file turned off. */
static void
test_mode_wording (void)
{
  GtkWindow *window = find_window (NC_TYPE_PARENTS_WINDOW);
  AdwActionRow *row = ADW_ACTION_ROW (child (window, "mode_row"));
  g_autofree char *home_title = NULL;
  g_autofree char *home_text = NULL;

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "children");
  home_title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  home_text = g_strdup (adw_action_row_get_subtitle (row));
  g_assert_cmpstr (home_title, ==, _("Home Mode: the Settings Live in This Account"));
  g_assert_nonnull (strstr (home_text, "netconduct.db"));
  g_assert_nonnull (strstr (home_text, "netconductctl family enable"));
  g_assert_true (gtk_widget_get_sensitive (child (window, "web_page")));
  /* Home mode: no whole-session time nor other browsers (family mode's,
   * filled from the service: check-family-app.py). */
  g_assert_false (gtk_widget_get_visible (child (window, "session_group")));
  g_assert_false (gtk_widget_get_visible (child (window, "browsers_group")));
  snap (window, "parents-mode-home");

  nc_parents_window_set_family_mode (NC_PARENTS_WINDOW (window), TRUE);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   _("Family Mode: the Rules Live in the Family Service"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "netconductctl family"));
  if (g_getenv ("NC_SCREENSHOT_LANGUAGE") == NULL)   /* (the English wording) */
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "The changes you make here go to the service"));
  /* The pages stay on: what they can change follows the editor (the
   * family service's: check-family-app.py). */
  g_assert_true (gtk_widget_get_sensitive (child (window, "web_page")));
  g_assert_true (gtk_widget_get_sensitive (child (window, "time_page")));
  g_assert_true (gtk_widget_get_sensitive (child (window, "children_list")));
  snap (window, "parents-mode-family");

  nc_parents_window_set_family_mode (NC_PARENTS_WINDOW (window), FALSE);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, home_title);
  g_assert_true (gtk_widget_get_sensitive (child (window, "web_page")));
}

/* Screenshots of each page of the parents' area (only with NC_SCREENSHOT_DIR). */
static void
test_screenshots (void)
{
  GtkWindow *window = find_window (NC_TYPE_PARENTS_WINDOW);
  const char *pages[] = { "children", "web", "time", "activity", "security", "data" };

  if (g_getenv ("NC_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("NC_SCREENSHOT_DIR is not set");
      return;
    }

  {
    /* A school's list, so that the Web page shows one. */
    g_autofree char *list = g_build_filename (tmp_dir, "school-gambling.txt", NULL);
    g_assert_true (g_file_set_contents (list, "casino.example\nbets.example\n", -1, NULL));
    g_assert_cmpint (nc_category_import_file (nc_application_get_store (app), list,
                                              NC_SITE_CATEGORY_GAMBLING, NULL, NULL), >, 0);
  }
  gtk_window_set_default_size (window, 900, 1000);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "web_profile_row")), 2);  /* Minh */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "time_profile_row")), 1);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("parents-%u-%s", i + 1, pages[i]);

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), pages[i]);
      if (i == 0)
        {
          GtkWidget *list = child (window, "children_list");
          GtkWidget *first = gtk_widget_get_first_child (list);
          if (ADW_IS_EXPANDER_ROW (first))
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
        }
      snap (window, name);
      if (i == 1)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "web_profile_row")), 0);
          snap (window, "parents-2b-web-every-child");
        }
    }
}

/* A setting the administrator's policy sets is shown, insensitive, as set
 * by the administrator; the others stay open to the parent. */
static void
test_administrator_lock (void)
{
  NcStore *store = nc_application_get_store (app);
  GtkWindow *window = find_window (NC_TYPE_PARENTS_WINDOW);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *admin;

  g_assert_true (nc_store_is_locked (store, "profile.post-anyway-allowed"));
  g_assert_false (nc_store_is_locked (store, "profile.social-allowed"));

  collect_rows (child (window, "post_anyway_group"), rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_false (gtk_widget_get_sensitive (rows->pdata[i]));
      g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[i]), ==,
                       dgettext (GETTEXT_PACKAGE, "Set by your administrator"));
    }
  g_assert_true (gtk_widget_get_sensitive (child (window, "social_row")));

  /* The administrator's blocked site is in everyone's list, and locked. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "web_profile_row")), 0);
  admin = find_row (child (window, "block_group"), "admin-blocked.example");
  g_assert_nonnull (admin);
  g_assert_false (gtk_widget_get_sensitive (admin));
  g_assert_true (gtk_widget_get_sensitive (find_row (child (window, "block_group"), "games.example.com")));
}

/* What the administrator's policy gets wrong is shown to the parent at
 * the top of the Children page, naming the file and the line. */
static void
test_policy_problems (void)
{
  GtkWindow *window = find_window (NC_TYPE_PARENTS_WINDOW);
  GtkWidget *group = child (window, "policy_group");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *where = g_strdup_printf ("%s:3: ", policy_file);
  const char *title;

  g_assert_true (gtk_widget_get_visible (group));
  collect_rows (group, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  title = adw_preferences_row_get_title (rows->pdata[0]);
  g_assert_true (g_str_has_prefix (title, where));
  g_assert_nonnull (strstr (title, "colour<b>"));   /* shown as written, not as markup */
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_WINDOW (w);
    }
  return NULL;
}

/* Erase everything: asks first; then no profile and no PIN are left, and
 * the setup assistant is back. */
static gboolean
setup_assistant_shown_cb (gpointer data)
{
  return find_window (NC_TYPE_SETUP_ASSISTANT) != NULL;
}

static void
test_erase_everything (void)
{
  NcStore *store = nc_application_get_store (app);
  GtkWindow *window = find_window (NC_TYPE_PARENTS_WINDOW);
  GtkWindow *dialog;
  g_autoptr(GPtrArray) profiles = NULL;

  g_assert_nonnull (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "parents.reset", NULL));
  nc_test_ui_iterate (100);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  snap (dialog, "parents-7-erase-dialog");

  /* Cancel erases nothing. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  nc_test_ui_iterate (100);
  profiles = nc_store_list_profiles (store, NULL);
  g_assert_cmpuint (profiles->len, ==, 2);
  g_assert_true (nc_pin_is_set (store));

  gtk_widget_activate_action (GTK_WIDGET (window), "parents.reset", NULL);
  nc_test_ui_iterate (100);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "erase");
  g_assert_true (nc_test_ui_iterate_until (setup_assistant_shown_cb, NULL, 20000));
  nc_test_ui_iterate (100);

  g_clear_pointer (&profiles, g_ptr_array_unref);
  profiles = nc_store_list_profiles (store, NULL);
  g_assert_cmpuint (profiles->len, ==, 0);
  g_assert_false (nc_pin_is_set (store));
  g_assert_true (nc_application_needs_setup (app));
  g_assert_null (find_window (NC_TYPE_PARENTS_WINDOW));
  g_assert_null (find_window (NC_TYPE_WINDOW));
  g_assert_nonnull (find_window (NC_TYPE_SETUP_ASSISTANT));
  g_assert_cmpint (nc_application_get_profile_id (app), ==, 0);
}

/* With no PIN set (profiles made by an administrator's tool), the gate asks
 * for a new PIN twice rather than letting anyone in. */
static void
test_pin_gate_without_pin (void)
{
  NcStore *store = nc_application_get_store (app);
  GtkWindow *gate;

  g_assert_false (nc_pin_is_set (store));
  g_assert_cmpint (nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_6_9, NULL), >, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-parents", NULL);
  nc_test_ui_iterate (100);
  gate = find_window (NC_TYPE_PIN_GATE);
  g_assert_nonnull (gate);
  g_assert_true (gtk_widget_get_visible (tchild (gate, NC_TYPE_PIN_GATE, "pin_again_entry")));
  snap (gate, "gate-4-create");

  type_and_enter (gate, "2468");          /* moves to the second entry */
  g_assert_true (find_window (NC_TYPE_PIN_GATE) == gate);
  type_and_enter (gate, "2469");          /* not the same: nothing */
  g_assert_true (find_window (NC_TYPE_PIN_GATE) == gate);
  g_assert_false (nc_pin_is_set (store));

  gtk_editable_set_text (GTK_EDITABLE (tchild (gate, NC_TYPE_PIN_GATE, "pin_again_entry")), "2468");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gate), "gate.unlock", NULL));
  nc_test_ui_iterate (200);
  g_assert_null (find_window (NC_TYPE_PIN_GATE));
  g_assert_true (nc_pin_is_set (store));
  g_assert_cmpint (nc_pin_check (store, "2468", NULL, NULL), ==, NC_PIN_OK);
  g_assert_nonnull (find_window (NC_TYPE_PARENTS_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("NC_SCREENSHOT_LANGUAGE");
  g_autofree char *policy_dir = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  nc_language_init ();
  nc_test_ui_init (&argc, &argv);
  /* Screens are checked (and saved) at once, not halfway through a slide. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (language != NULL)
    nc_language_apply (language);
  nc_pin_use_fast_hash_for_tests (TRUE);

  db_path = nc_test_ui_use_temp_database ("parents");
  tmp_dir = g_path_get_dirname (db_path);
  /* An administrator's policy: "post anyway" is off and locked. */
  policy_dir = g_build_filename (tmp_dir, "policy.d", NULL);
  g_mkdir (policy_dir, 0700);
  policy_file = g_build_filename (policy_dir, "50-school.ini", NULL);
  g_assert_true (g_file_set_contents (policy_file, "[profiles]\npost-anyway-allowed=false\ncolour<b>=blue & green\n[lists]\nblock=admin-blocked.example\n", -1, NULL));
  g_setenv ("NETCONDUCT_POLICY_DIR", policy_dir, TRUE);

  app = nc_test_ui_get_app ();
  g_assert_nonnull (nc_application_get_store (app));

  g_test_add_func ("/parents/setup-assistant", test_setup_assistant);
  g_test_add_func ("/parents/pin-gate", test_pin_gate);
  g_test_add_func ("/parents/change-reaches-other-window", test_change_reaches_other_window);
  g_test_add_func ("/parents/activity-chart", test_activity_chart);
  g_test_add_func ("/parents/administrator-lock", test_administrator_lock);
  g_test_add_func ("/parents/policy-problems", test_policy_problems);
  g_test_add_func ("/parents/mode-wording", test_mode_wording);
  g_test_add_func ("/parents/screenshots", test_screenshots);
  g_test_add_func ("/parents/erase-everything", test_erase_everything);
  g_test_add_func ("/parents/pin-gate-without-pin", test_pin_gate_without_pin);

  return g_test_run ();
}
