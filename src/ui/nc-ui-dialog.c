/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ui-dialog.c — the one way the app asks a yes-or-cancel question, tells
 * something that went wrong, or asks for a file
 *
 * Every question the app asks (remove a profile, replace or erase the
 * settings, add a child, import a list, save a certificate) has the same
 * two answers: "cancel" and one that acts. They are built here so that
 * Enter and Escape answer the same way everywhere. Files (settings, lists
 * of websites, the certificate) are asked for with a modal native chooser
 * that goes away once answered.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ui-dialog.h"

/* Presents a modal AdwMessageDialog over @parent (may be NULL) with
 * @heading, @body and one answer, "close". Returns it (owned by GTK). */
GtkWidget *
nc_ui_dialog_tell (GtkWindow  *parent,
                   const char *heading,
                   const char *body)
{
  GtkWidget *dialog;

  g_return_val_if_fail (heading != NULL, NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Returns a new modal AdwMessageDialog over @parent (not yet presented):
 * @heading, @body (NULL: none; set it later), the answers "cancel" and
 * @answer (labelled @answer_label, drawn as @appearance). Escape answers
 * "cancel". Enter gives @answer when it is suggested and "cancel" when it
 * destroys something. The caller connects "response" (acting only on
 * @answer) and presents it. */
GtkWidget *
nc_ui_dialog_ask (GtkWindow             *parent,
                  const char            *heading,
                  const char            *body,
                  const char            *answer,
                  const char            *answer_label,
                  AdwResponseAppearance  appearance)
{
  GtkWidget *dialog;
  AdwMessageDialog *message;

  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (answer != NULL && answer_label != NULL, NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  message = ADW_MESSAGE_DIALOG (dialog);
  adw_message_dialog_add_responses (message,
                                    "cancel", _("_Cancel"),
                                    answer, answer_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (message, answer, appearance);
  adw_message_dialog_set_default_response (message,
                                           appearance == ADW_RESPONSE_DESTRUCTIVE ? "cancel" : answer);
  adw_message_dialog_set_close_response (message, "cancel");
  return dialog;
}

typedef struct {
  NcUiFileChosenFunc chosen;
  gpointer           user_data;
} Chooser;

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Chooser         *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  chooser->chosen (file, chooser->user_data);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* The window under a chooser went away: the chooser goes too, answered
 * as cancelled, so that @chosen never acts on a window that is gone. */
static void
parent_destroyed_cb (GtkNativeDialog *dialog)
{
  if (gtk_native_dialog_get_visible (dialog))
    g_signal_emit_by_name (dialog, "response", GTK_RESPONSE_CANCEL);
}

/* Returns a new modal native file chooser over @parent, titled @title, its
 * accept button labelled @accept_label; not yet shown: add filters or a
 * suggested name, then gtk_native_dialog_show(). Once answered, @chosen
 * gets the file (NULL: cancelled, or @parent was destroyed first) and
 * @user_data, and the chooser goes away. */
GtkFileChooser *
nc_ui_dialog_file_chooser_new (GtkWindow            *parent,
                               const char           *title,
                               GtkFileChooserAction  action,
                               const char           *accept_label,
                               NcUiFileChosenFunc    chosen,
                               gpointer              user_data)
{
  GtkFileChooserNative *native;
  Chooser *chooser;

  g_return_val_if_fail (chosen != NULL, NULL);

  native = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  chooser = g_new0 (Chooser, 1);
  chooser->chosen = chosen;
  chooser->user_data = user_data;
  g_signal_connect_data (native, "response", G_CALLBACK (chooser_response_cb), chooser,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (parent_destroyed_cb), native, G_CONNECT_SWAPPED);
  return GTK_FILE_CHOOSER (native);
}

/* Adds to @chooser a filter called @name for files of @mime_type (may be
 * NULL) or with one of the suffixes that follow (without the dot; the
 * list ends with NULL); with neither, the filter lets every file through. */
void
nc_ui_dialog_add_filter (GtkFileChooser *chooser,
                         const char     *name,
                         const char     *mime_type,
                         ...)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean any = mime_type == NULL;
  const char *suffix;
  va_list suffixes;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  va_start (suffixes, mime_type);
  while ((suffix = va_arg (suffixes, const char *)) != NULL)
    {
      gtk_file_filter_add_suffix (filter, suffix);
      any = FALSE;
    }
  va_end (suffixes);
  if (any)
    gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
}
