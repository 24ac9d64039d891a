/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-ui.h — shared by the tests that run the app under a display:
 * the application, the main loop, a temporary database */
#pragma once

#include <gtk/gtk.h>

#include "nc-application.h"
#include "nc-store.h"

G_BEGIN_DECLS

/* English strings (or, for screenshots, $NC_SCREENSHOT_LANGUAGE from the
 * build's catalogues), GTK and libadwaita ready. */
void           nc_test_ui_init              (int         *argc,
                                             char      ***argv);
/* Runs the default main context for @ms milliseconds. */
void           nc_test_ui_iterate           (guint        ms);
/* Runs the default main context until @condition (data) holds, or
 * @timeout_ms passed (a generous bound for a loaded machine, not a timing
 * assertion); returns whether it holds. */
typedef gboolean (*NcTestUiCondition) (gpointer data);
gboolean       nc_test_ui_iterate_until     (NcTestUiCondition condition,
                                             gpointer          data,
                                             guint             timeout_ms);
/* The test process's one application (D-Bus allows one export of its
 * path), registered; a new reference. */
NcApplication *nc_test_ui_get_app           (void);
/* nc_test_ui_get_app(), activated (which opens a main window), after
 * @settle_ms of the main loop. */
NcApplication *nc_test_ui_start_app         (guint        settle_ms);
/* The first window of @app of @type, or NULL. */
gpointer       nc_test_ui_find_window       (NcApplication *app,
                                             GType        type);
/* The same, or else (for windows that are not the application's, like
 * dialogs and the shortcuts window) the first visible toplevel of @type. */
gpointer       nc_test_ui_find_toplevel     (NcApplication *app,
                                             GType        type);
/* Activates the application action @action and runs the main loop until
 * it shows a window of @type (nc_test_ui_find_toplevel()), which it
 * returns; fails the test when none comes within 10 s. */
gpointer       nc_test_ui_open              (NcApplication *app,
                                             const char  *action,
                                             GType        type);
/* Every mapped widget under @root (itself included) of @type and, unless
 * @css_class is NULL, with that style class; in tree order. */
GPtrArray     *nc_test_ui_find_all          (GtkWidget   *root,
                                             GType        type,
                                             const char  *css_class);
/* Whether @widget is the one looked for (@data: what it must have). */
typedef gboolean (*NcTestUiMatch) (GtkWidget     *widget,
                                   gconstpointer  data);
/* The first widget under @root (itself included), depth first, that
 * @match takes with @data; NULL when none does. */
GtkWidget     *nc_test_ui_find_first        (GtkWidget    *root,
                                             NcTestUiMatch match,
                                             gconstpointer data);
/* Makes a temporary folder and names NAME-test.db in it as the app's
 * database (NETCONDUCT_DATABASE); returns the file's path. */
char          *nc_test_ui_use_temp_database (const char  *name);
/* The same, with the database set up already (as after the setup
 * assistant), so that activating opens the main window; returns it open. */
NcStore       *nc_test_ui_set_up_database   (const char  *name);
/* TRUE when the file at @path holds the bytes of @needle anywhere (it may
 * hold NUL bytes, like a database). */
gboolean       nc_test_ui_file_contains     (const char  *path,
                                             const char  *needle);

/* Saves @window as $NC_SCREENSHOT_DIR/@name.png, when that is set. */
void           nc_test_ui_snap              (GtkWindow   *window,
                                             const char  *name);
/* Types @text into the widget that has the keyboard focus of @window (an
 * editable) and presses Enter there. */
void           nc_test_ui_type_and_enter    (GtkWindow   *window,
                                             const char  *text);
/* Drives the open PIN gate @gate, in front of @store whose PIN is
 * @right_pin and counts no failure yet, through every state: a wrong PIN
 * is refused and wiped from the entry; NC_PIN_FREE_TRIES of them lock the
 * gate, whose entry and buttons then refuse input while a countdown says
 * how long to wait; when the lock-out is over (the PIN set again clears
 * it) the entry comes back, and the right PIN with @choice (NULL: Enter,
 * the first choice) opens the gate, which closes. Screenshots are named
 * after @name. */
void           nc_test_ui_drive_pin_gate    (GtkWindow   *gate,
                                             NcStore     *store,
                                             const char  *right_pin,
                                             const char  *choice,
                                             const char  *name);

G_END_DECLS
