/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-read-aloud.c — the lesson player's "Read to me" button and text
 * size under a real display: hidden without a speech service; with a real
 * speech-dispatcher (its own socket, silent audio, full log) the card's
 * text, in English and in Vietnamese, reaches it when the button is
 * pressed; and the player's text grows with the desktop's large-text
 * setting. */
#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>

#include "nc-lesson-catalog.h"
#include "nc-lesson-player.h"
#include "nc-test-files.h"
#include "nc-test-i18n.h"
#include "nc-test-ui.h"

static GtkWidget *
show_player (NcLessonPlayer **player)
{
  GtkWidget *window = gtk_window_new ();

  *player = NC_LESSON_PLAYER (nc_lesson_player_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (*player));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 700);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static NcLesson *
lesson (const char *id)
{
  NcLesson *found = nc_lesson_catalog_lookup (nc_lesson_catalog_get_default (NULL), id);

  g_assert_nonnull (found);
  return found;
}

static gboolean
button_visible (gpointer player)
{
  return gtk_widget_get_visible (nc_lesson_player_get_read_button (player));
}

/* With no speech service (nc_test_ui_init() puts its socket in a folder
 * that does not exist, so that none can be started either), the button
 * never shows. */
static void
test_no_service (void)
{
  if (g_test_subprocess ())
    {
      NcLessonPlayer *player;
      GtkWidget *window;

      window = show_player (&player);  /* nc_test_ui_init() points to no service */
      nc_lesson_player_play_lesson (player, lesson ("lesson-kids-tell"), NC_TRACK_6_9);
      g_assert_false (nc_test_ui_iterate_until (button_visible, player, 3000));
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Presses @button as a click does ("clicked" at once, unlike activation,
 * which shows the button pressed for a moment first). */
static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button) && gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
}

typedef struct {
  const char *log;
  const char *needle;
} LogWait;

static gboolean
log_has (gpointer data)
{
  LogWait *wait = data;

  return nc_test_ui_file_contains (wait->log, wait->needle);
}

static gboolean
socket_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A real speech-dispatcher hears the card: its heading in English, and
 * in Vietnamese with the Vietnamese voice asked for. On the 10-12 track
 * the button stays hidden. */
static void
test_reads_card (void)
{
  g_autofree char *server = g_find_program_in_path ("speech-dispatcher");
  g_autofree char *dir = NULL, *conf = NULL, *logs = NULL, *socket = NULL, *address = NULL, *pid = NULL;
  g_autofree char *conf_file = NULL, *conf_text = NULL;
  g_autoptr(GRegex) audio = NULL;
  g_autoptr(GSubprocess) daemon = NULL;
  g_autoptr(GError) error = NULL;
  NcLessonPlayer *player;
  GtkWidget *window;
  g_autofree char *log = NULL, *vietnamese = NULL;
  const NcStep *card;

  if (server == NULL || !g_file_test ("/etc/speech-dispatcher/speechd.conf", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("speech-dispatcher is not installed");
      return;
    }
  if (g_test_subprocess () == FALSE)
    {
      g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* its own configuration: the system's, with silent audio */
  dir = g_dir_make_tmp ("nc-speechd-XXXXXX", &error);
  g_assert_no_error (error);
  conf = g_build_filename (dir, "conf", NULL);
  logs = g_build_filename (dir, "log", NULL);
  socket = g_build_filename (dir, "speechd.sock", NULL);
  pid = g_build_filename (dir, "speechd.pid", NULL);
  g_assert_cmpint (g_mkdir (logs, 0700), ==, 0);
  {
    const char *copy[] = { "cp", "-r", "/etc/speech-dispatcher", conf, NULL };
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) copy, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  conf_file = g_build_filename (conf, "speechd.conf", NULL);
  g_assert_true (g_file_get_contents (conf_file, &conf_text, NULL, NULL));
  audio = g_regex_new ("^#?\\s*AudioOutputMethod.*$", G_REGEX_MULTILINE, 0, NULL);
  {
    g_autofree char *silent = g_regex_replace_literal (audio, conf_text, -1, 0, "", 0, NULL);
    g_autofree char *text = g_strconcat (silent, "\nAudioOutputMethod \"dummy\"\n", NULL);
    g_assert_true (g_file_set_contents (conf_file, text, -1, NULL));
  }
  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                             server, "--run-single", "--timeout", "60", "--log-level", "5",
                             "--log-dir", logs, "--config-dir", conf, "--socket-path", socket,
                             "--pid-file", pid, NULL);
  g_assert_no_error (error);
  g_assert_true (nc_test_ui_iterate_until (socket_exists, socket, 20000));
  address = g_strconcat ("unix_socket:", socket, NULL);
  g_setenv ("SPEECHD_ADDRESS", address, TRUE);
  log = g_build_filename (logs, "speech-dispatcher.log", NULL);

  window = show_player (&player);
  nc_lesson_player_play_lesson (player, lesson ("lesson-kids-tell"), NC_TRACK_6_9);
  card = nc_lesson_player_get_step (player);
  g_assert_cmpint (card->kind, ==, NC_STEP_CARD);
  g_assert_true (nc_test_ui_iterate_until (button_visible, player, 20000));

  /* English, then Vietnamese with the Vietnamese voice: spd_say() returns
   * once the service has queued the text */
  press (nc_lesson_player_get_read_button (player));
  if (nc_test_use_build_catalogs ())
    {
      textdomain (GETTEXT_PACKAGE);  /* the player's own strings, as in the app */
      g_setenv ("LANGUAGE", "vi", TRUE);
      nc_lesson_player_play_lesson (player, lesson ("lesson-kids-tell"), NC_TRACK_6_9);
      press (nc_lesson_player_get_read_button (player));
      vietnamese = g_strdup (nc_lesson_translate (card->heading));
      g_assert_cmpstr (vietnamese, !=, card->heading);
      g_setenv ("LANGUAGE", "C", TRUE);
    }

  /* older children read for themselves */
  nc_lesson_player_play_lesson (player, lesson ("lesson-safety"), NC_TRACK_10_12);
  nc_test_ui_iterate (50);
  g_assert_false (button_visible (player));

  gtk_window_destroy (GTK_WINDOW (window));

  /* what the service received, from its log (it may not finish stopping
   * with its audio silenced: it is killed once the log is read) */
  {
    const char *needles[] = { card->heading, "SET SELF LANGUAGE en", vietnamese, "SET SELF LANGUAGE vi" };

    for (gsize i = 0; i < G_N_ELEMENTS (needles) && (i < 2 || vietnamese != NULL); i++)
      {
        LogWait wait = { log, needles[i] };

        if (!nc_test_ui_iterate_until (log_has, &wait, 15000))
          g_error ("speech-dispatcher was not sent “%s” (its log: %s)", needles[i], log);
      }
  }
  g_subprocess_force_exit (daemon);
  g_subprocess_wait (daemon, NULL, NULL);
  nc_test_remove_tree (dir);
}

static int
label_height (GtkWidget *label)
{
  int height;

  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 600, NULL, &height, NULL, NULL);
  return height;
}

/* The first label of the step on show. */
static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget));
}

/* org.gnome.desktop.interface text-scaling-factor 1.5 makes the player's
 * text half as large again; back to 1.0, it is as before. */
static void
test_large_text (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL
    ? g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  NcLessonPlayer *player;
  GtkWidget *window, *label;
  int normal, large;

  if (schema == NULL)
    {
      g_test_skip ("gsettings-desktop-schemas is not installed");
      return;
    }
  settings = g_settings_new ("org.gnome.desktop.interface");
  g_settings_set_double (settings, "text-scaling-factor", 1.0);
  window = show_player (&player);
  nc_lesson_player_play_lesson (player, lesson ("lesson-kids-tell"), NC_TRACK_6_9);
  nc_test_ui_iterate (100);
  label = nc_test_ui_find_first (GTK_WIDGET (player), is_label_with_text, NULL);
  g_assert_nonnull (label);
  normal = label_height (label);

  g_settings_set_double (settings, "text-scaling-factor", 1.5);
  nc_test_ui_iterate (100);
  large = label_height (label);
  g_test_message ("label height %d at 1.0, %d at 1.5", normal, large);
  g_assert_cmpint (large, >=, normal * 13 / 10);

  g_settings_set_double (settings, "text-scaling-factor", 1.0);
  nc_test_ui_iterate (100);
  g_assert_cmpint (label_height (label), ==, normal);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  nc_test_ui_init (&argc, &argv);

  g_test_add_func ("/read-aloud/no-service", test_no_service);
  g_test_add_func ("/read-aloud/reads-card", test_reads_card);
  g_test_add_func ("/read-aloud/large-text", test_large_text);
  return g_test_run ();
}
