/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-presenter-notes.c — see nc-presenter-notes.h */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-presenter-notes.h"

struct _NcPresenterNotes
{
  GtkWindow  parent_instance;

  GtkWidget *timer;
  GtkWidget *notes;
  GtkWidget *next;
};

G_DEFINE_FINAL_TYPE (NcPresenterNotes, nc_presenter_notes, GTK_TYPE_WINDOW)

static void
nc_presenter_notes_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NC_TYPE_PRESENTER_NOTES);
  G_OBJECT_CLASS (nc_presenter_notes_parent_class)->dispose (object);
}

static void
nc_presenter_notes_class_init (NcPresenterNotesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nc_presenter_notes_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-presenter-notes.ui");
  gtk_widget_class_bind_template_child (widget_class, NcPresenterNotes, timer);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterNotes, notes);
  gtk_widget_class_bind_template_child (widget_class, NcPresenterNotes, next);
}

static void
nc_presenter_notes_init (NcPresenterNotes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
nc_presenter_notes_set_slide (NcPresenterNotes *self,
                              const NcSlide    *slide,
                              const NcSlide    *next)
{
  g_autofree char *text = NULL;

  g_return_if_fail (NC_IS_PRESENTER_NOTES (self));
  g_return_if_fail (slide != NULL);

  gtk_label_set_text (GTK_LABEL (self->notes), slide->notes != NULL ? slide->notes : "");
  if (next != NULL)
    text = g_strdup_printf (_("Next: %s"), next->title);
  else
    text = g_strdup (_("This is the last slide."));
  gtk_label_set_text (GTK_LABEL (self->next), text);
}

void
nc_presenter_notes_set_time (NcPresenterNotes *self,
                             const char       *text)
{
  g_return_if_fail (NC_IS_PRESENTER_NOTES (self));
  gtk_label_set_text (GTK_LABEL (self->timer), text);
}
