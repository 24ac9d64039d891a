/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-browser-tab.c — one tab: the reminder banner and the web view */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-browser-tab.h"
#include "nc-code-ref.h"

/* The rule the banner's button teaches: the general rules start here. */
#define GENERAL_RULES_REF "3.1"

struct _NcBrowserTab
{
  GtkBox       parent_instance;

  NcWebView   *view;
  GtkRevealer *banner;
  GtkLabel    *banner_label;
};

G_DEFINE_FINAL_TYPE (NcBrowserTab, nc_browser_tab, GTK_TYPE_BOX)

static void
banner_learn_clicked_cb (NcBrowserTab *self)
{
  nc_browser_context_request_lesson (nc_web_view_get_context (self->view), GENERAL_RULES_REF);
}

static void
banner_close_clicked_cb (NcBrowserTab *self)
{
  gtk_revealer_set_reveal_child (self->banner, FALSE);
}

/* The four general rules of the Code (Điều 3), in one friendly line. The
 * banner lives outside the page: no page can hide or fake it. */
void
nc_browser_tab_show_banner (NcBrowserTab *self)
{
  static const char * const ids[] = { "3.1", "3.2", "3.3", "3.4" };
  g_autoptr(GString) text = g_string_new (_("On social networks, remember the four general rules:"));

  g_return_if_fail (NC_IS_BROWSER_TAB (self));

  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const NcCodeRef *ref = nc_code_ref_lookup (ids[i]);
      if (ref != NULL)
        g_string_append_printf (text, "%s%s", i == 0 ? " " : " · ", nc_code_ref_get_title (ref));
    }
  gtk_label_set_text (self->banner_label, text->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->banner_label), text->str);
  gtk_revealer_set_reveal_child (self->banner, TRUE);
}

void
nc_browser_tab_hide_banner (NcBrowserTab *self)
{
  g_return_if_fail (NC_IS_BROWSER_TAB (self));
  gtk_revealer_set_reveal_child (self->banner, FALSE);
}

gboolean
nc_browser_tab_is_banner_shown (NcBrowserTab *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_TAB (self), FALSE);
  return gtk_revealer_get_reveal_child (self->banner);
}

static void
nc_browser_tab_dispose (GObject *object)
{
  NcBrowserTab *self = NC_BROWSER_TAB (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_BROWSER_TAB);
  if (self->view != NULL)
    gtk_box_remove (GTK_BOX (self), GTK_WIDGET (self->view));
  g_clear_object (&self->view);

  G_OBJECT_CLASS (nc_browser_tab_parent_class)->dispose (object);
}

static void
nc_browser_tab_class_init (NcBrowserTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_browser_tab_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-browser-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, NcBrowserTab, banner);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserTab, banner_label);
  gtk_widget_class_bind_template_callback (widget_class, banner_learn_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, banner_close_clicked_cb);
}

static void
nc_browser_tab_init (NcBrowserTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

NcBrowserTab *
nc_browser_tab_new (NcWebView *view)
{
  NcBrowserTab *self;

  g_return_val_if_fail (NC_IS_WEB_VIEW (view), NULL);

  self = g_object_new (NC_TYPE_BROWSER_TAB, NULL);
  self->view = g_object_ref_sink (view);
  gtk_widget_set_vexpand (GTK_WIDGET (view), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (view));
  return self;
}

NcWebView *
nc_browser_tab_get_web_view (NcBrowserTab *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_TAB (self), NULL);
  return self->view;
}
