/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-browser-view.c — the Browse area: tabs, address bar, banner, and
 * "Ask a parent" on a blocked page (the PIN gate: allow once or always).
 * The daily time limit is its NcTimeLimitPage. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "nc-browser-tab.h"
#include "nc-browser-view.h"
#include "nc-pin-gate.h"
#include "nc-rules-source-store.h"
#include "nc-time-limit-page.h"

struct _NcBrowserView
{
  GtkBox            parent_instance;

  NcBrowserContext *context;
  NcStore          *store;          /* may be NULL */
  NcRulesSource    *rules_source;   /* the application's, or NULL: the store's */
  NcRulesSource    *source;         /* in use: rules, PIN, time, activity */
  const char       *unlocking_pin;  /* while a PIN gate's "unlocked" runs */
  gint64            profile_id;     /* 0: no profile (strictest rules) */
  GHashTable       *banner_days;    /* host -> "YYYY-MM-DD" */
  GCancellable     *cancellable;
  guint             recheck_id;     /* the open tabs decided again */

  GtkButton        *back_button;
  GtkButton        *forward_button;
  GtkButton        *reload_button;
  GtkEntry         *address;
  GtkLabel         *rules_banner;   /* the family service's rules cannot be read */
  AdwTabBar        *tab_bar;
  AdwTabView       *tab_view;
  NcTimeLimitPage  *time_limit_page; /* shown instead of the tabs at zero */
};

G_DEFINE_FINAL_TYPE (NcBrowserView, nc_browser_view, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PROFILE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void add_tab (NcBrowserView *self, NcWebView *view, gboolean select);

NcWebView *
nc_browser_view_get_current (NcBrowserView *self)
{
  AdwTabPage *page;

  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), NULL);

  page = adw_tab_view_get_selected_page (self->tab_view);
  if (page == NULL)
    return NULL;
  return nc_browser_tab_get_web_view (NC_BROWSER_TAB (adw_tab_page_get_child (page)));
}

guint
nc_browser_view_get_n_tabs (NcBrowserView *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), 0);
  return adw_tab_view_get_n_pages (self->tab_view);
}

NcBrowserContext *
nc_browser_view_get_context (NcBrowserView *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), NULL);
  return self->context;
}

/* The profile whose rules apply; 0 for none (the strictest rules). */
gint64
nc_browser_view_get_profile (NcBrowserView *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), 0);
  return self->profile_id;
}

/*
 * Decides every open tab again: a page opened before the allowed hours
 * ended, or before a parent changed the rules, gives way to the blocked
 * page. Returns how many tabs did.
 */
guint
nc_browser_view_recheck_tabs (NcBrowserView *self)
{
  guint n_blocked = 0;

  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), 0);

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *page = adw_tab_view_get_nth_page (self->tab_view, i);
      NcBrowserTab *tab = NC_BROWSER_TAB (adw_tab_page_get_child (page));

      n_blocked += nc_web_view_recheck (nc_browser_tab_get_web_view (tab));
    }
  return n_blocked;
}

static gboolean
recheck_cb (gpointer data)
{
  nc_browser_view_recheck_tabs (data);
  return G_SOURCE_CONTINUE;
}

static NcBrowserTab *
tab_of (NcBrowserView *self,
        NcWebView     *view)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (view));

  return NC_IS_BROWSER_TAB (parent) ? NC_BROWSER_TAB (parent) : NULL;
}

gboolean
nc_browser_view_is_banner_shown (NcBrowserView *self)
{
  NcWebView *view = nc_browser_view_get_current (self);
  NcBrowserTab *tab = view != NULL ? tab_of (self, view) : NULL;

  return tab != NULL && nc_browser_tab_is_banner_shown (tab);
}

/* Brings the toolbar in line with the selected tab. */
static void
sync_toolbar (NcBrowserView *self)
{
  NcWebView *view = nc_browser_view_get_current (self);
  WebKitWebView *web = view != NULL ? WEBKIT_WEB_VIEW (view) : NULL;
  gboolean loading = web != NULL && webkit_web_view_is_loading (web);
  const char *uri = web != NULL ? webkit_web_view_get_uri (web) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "browser.back",
                                 web != NULL && webkit_web_view_can_go_back (web));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "browser.forward",
                                 web != NULL && webkit_web_view_can_go_forward (web));
  gtk_button_set_icon_name (self->reload_button, loading ? "process-stop-symbolic"
                                                         : "view-refresh-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reload_button), loading ? _("Stop") : _("Reload"));
  gtk_entry_set_progress_fraction (self->address,
                                   loading && web != NULL ? webkit_web_view_get_estimated_load_progress (web) : 0.0);

  if (view != NULL && uri != NULL && g_str_has_prefix (uri, "netconduct:blocked?id="))
    {
      guint64 id = g_ascii_strtoull (uri + strlen ("netconduct:blocked?id="), NULL, 10);
      const NcBlockedInfo *info = nc_web_view_get_blocked_info (view, (guint) id);

      if (info != NULL)
        uri = info->url;
    }

  if (!gtk_widget_has_focus (GTK_WIDGET (self->address)) &&
      !gtk_widget_has_focus (gtk_widget_get_first_child (GTK_WIDGET (self->address))))
    gtk_editable_set_text (GTK_EDITABLE (self->address),
                           uri == NULL || g_str_equal (uri, NC_START_URI) ? "" : uri);
}

static void
view_notify_cb (NcWebView     *view,
                GParamSpec    *pspec,
                NcBrowserView *self)
{
  NcBrowserTab *tab = tab_of (self, view);
  AdwTabPage *page = tab != NULL ? adw_tab_view_get_page (self->tab_view, GTK_WIDGET (tab)) : NULL;

  if (page != NULL)
    {
      const char *title = webkit_web_view_get_title (WEBKIT_WEB_VIEW (view));
      adw_tab_page_set_title (page, title != NULL && title[0] != '\0' ? title : _("New Tab"));
      adw_tab_page_set_loading (page, webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view)));
    }
  if (view == nc_browser_view_get_current (self))
    sync_toolbar (self);
}

static char *
banner_key (NcBrowserView *self,
            const char    *host)
{
  return g_strdup_printf ("browser.banner-day.%" G_GINT64_FORMAT ".%s", self->profile_id, host);
}

/* On a social site, the rules banner once a day per site; elsewhere none. */
static void
maybe_show_banner (NcBrowserView *self,
                   NcWebView     *view)
{
  const char *uri = webkit_web_view_get_uri (WEBKIT_WEB_VIEW (view));
  g_autoptr(GUri) parsed = uri != NULL ? g_uri_parse (uri, G_URI_FLAGS_NONE, NULL) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *last = NULL;
  g_autofree char *key = NULL;
  NcBrowserTab *tab = tab_of (self, view);
  const char *host;

  if (tab == NULL)
    return;
  if (parsed == NULL || g_uri_get_host (parsed) == NULL || !nc_web_view_is_guarded (view))
    {
      /* The reminder belongs to the social site only. */
      nc_browser_tab_hide_banner (tab);
      return;
    }
  host = g_uri_get_host (parsed);
  key = banner_key (self, host);

  last = g_strdup (g_hash_table_lookup (self->banner_days, host));
  if (last == NULL && self->store != NULL)
    last = nc_store_get_string (self->store, key, NULL);
  if (g_strcmp0 (last, today) == 0)
    return;

  nc_browser_tab_show_banner (tab);
  g_hash_table_insert (self->banner_days, g_strdup (host), g_strdup (today));
  if (self->store != NULL)
    nc_store_set_string (self->store, key, today, NULL);
}

static void
load_changed_cb (NcWebView       *view,
                 WebKitLoadEvent  event,
                 NcBrowserView   *self)
{
  if (event == WEBKIT_LOAD_COMMITTED)
    maybe_show_banner (self, view);
  if (view == nc_browser_view_get_current (self))
    sync_toolbar (self);
}

static void
open_tab_cb (NcWebView     *opener,
             NcWebView     *popup,
             NcBrowserView *self)
{
  add_tab (self, popup, TRUE);
}

static void
parent_allowed_cb (NcPinGate     *gate,
                   NcBrowserView *self)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (gate), "blocked-id"));
  NcWebView *view = g_object_get_data (G_OBJECT (gate), "web-view");

  /* "allow-always" is emitted from here: the PIN goes with it to the
   * family service, which checks it again. */
  self->unlocking_pin = nc_pin_gate_get_pin (gate);
  nc_web_view_parent_allowed (view, id, g_str_equal (nc_pin_gate_get_choice (gate), "always"));
  self->unlocking_pin = NULL;
}

/* "Ask a parent" on a blocked page: the PIN, then allow once or always. */
static void
ask_parent_cb (NcWebView     *view,
               guint          id,
               NcBrowserView *self)
{
  const NcBlockedInfo *info = nc_web_view_get_blocked_info (view, id);
  g_autofree char *body = NULL;
  NcPinGate *gate;

  if (info == NULL)
    return;

  body = g_strdup_printf (_("A parent can open %s with their PIN."), info->host);
  gate = nc_pin_gate_new_for_child (GTK_WIDGET (self), self->store, self->source, _("Ask a Parent"), body,
                                    _("A parent needs to set a PIN in the Parents area before sites can be opened."));
  if (gate == NULL)
    return;
  nc_pin_gate_add_choice (gate, "once", _("Allow _Once"));
  nc_pin_gate_add_choice (gate, "always", _("_Always Allow"));
  g_object_set_data (G_OBJECT (gate), "blocked-id", GUINT_TO_POINTER (id));
  g_object_set_data_full (G_OBJECT (gate), "web-view", g_object_ref (view), g_object_unref);
  g_signal_connect_object (gate, "unlocked", G_CALLBACK (parent_allowed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (gate));
}

static void
add_tab (NcBrowserView *self,
         NcWebView     *view,
         gboolean       select)
{
  NcBrowserTab *tab = nc_browser_tab_new (view);
  AdwTabPage *page;

  g_signal_connect_object (view, "notify::title", G_CALLBACK (view_notify_cb), self, 0);
  g_signal_connect_object (view, "notify::uri", G_CALLBACK (view_notify_cb), self, 0);
  g_signal_connect_object (view, "notify::is-loading", G_CALLBACK (view_notify_cb), self, 0);
  g_signal_connect_object (view, "notify::estimated-load-progress", G_CALLBACK (view_notify_cb), self, 0);
  g_signal_connect_object (view, "load-changed", G_CALLBACK (load_changed_cb), self, 0);
  g_signal_connect_object (view, "open-tab", G_CALLBACK (open_tab_cb), self, 0);
  g_signal_connect_object (view, "ask-parent", G_CALLBACK (ask_parent_cb), self, 0);

  page = adw_tab_view_append (self->tab_view, GTK_WIDGET (tab));
  adw_tab_page_set_title (page, _("New Tab"));
  if (select)
    adw_tab_view_set_selected_page (self->tab_view, page);
}

/* Opens a tab with what the child typed (a URL or a search; NULL or "" for
 * the start page). NULL before a context is set. */
NcWebView *
nc_browser_view_open_tab (NcBrowserView *self,
                          const char    *text)
{
  NcWebView *view;

  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), NULL);

  if (self->context == NULL || nc_browser_view_is_time_up (self))
    return NULL;

  view = nc_web_view_new (self->context, NULL);
  add_tab (self, view, TRUE);
  nc_web_view_load (view, text != NULL ? text : "");
  return view;
}

static void
address_activate_cb (NcBrowserView *self)
{
  NcWebView *view = nc_browser_view_get_current (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->address));

  if (view == NULL)
    view = nc_browser_view_open_tab (self, text);
  else
    nc_web_view_load (view, text);
  if (view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (view));
}

static void
selected_page_cb (NcBrowserView *self)
{
  sync_toolbar (self);
}

/* Whether the rules, activity and time belong to someone: a profile of
 * the store, or this account in family mode. */
static gboolean
has_owner (NcBrowserView *self)
{
  return self->source != NULL && (self->profile_id != 0 || nc_rules_source_is_family (self->source));
}

static void
activity_cb (NcBrowserContext *context,
             const char       *host,
             const char       *ref_id,
             const char       *outcome,
             NcBrowserView    *self)
{
  if (has_owner (self))
    nc_rules_source_record (self->source, self->profile_id, host, ref_id, outcome);
}

static void
allow_always_cb (NcBrowserContext *context,
                 const char       *host,
                 NcBrowserView    *self)
{
  g_autoptr(GError) error = NULL;

  if (!has_owner (self))
    return;
  if (!nc_rules_source_allow_always (self->source, self->profile_id, host, self->unlocking_pin, &error))
    g_warning ("cannot keep %s on the allow list: %s", host, error->message);
}

static void
learn_cb (NcBrowserContext *context,
          const char       *lesson_id,
          NcBrowserView    *self)
{
  /* The Learn area, and in it the lesson @lesson_id names (a lesson id
   * from the checker, or a Code reference id such as "3.1" from the
   * banner) when the window knows "win.open-lesson". */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-area", "s", "learn");
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-lesson", "s", lesson_id);
}

/* The rules of the child at the computer from the source; when they
 * cannot be read: the strictest rules without a profile, and in family
 * mode none at all (every site closed, and the banner says why). */
static NcProfileRules *
read_rules (NcBrowserView *self,
            NcRulesSource *source,
            gint64         profile_id)
{
  g_autoptr(GError) error = NULL;
  NcProfileRules *rules = NULL;
  gboolean family = source != NULL && nc_rules_source_is_family (source);

  if (source != NULL && (profile_id != 0 || family))
    rules = nc_rules_source_get_rules (source, profile_id, &error);
  if (rules == NULL && family)
    g_warning ("The family service's rules cannot be read (%s): every site is closed.", error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->rules_banner), rules == NULL && family);
  if (rules == NULL)
    rules = family ? nc_rules_source_closed_rules () : nc_profile_rules_new_for_age (NC_AGE_BAND_6_9);
  return rules;
}

/* A parent changed this child's rules or lists (in the Parents' area, or
 * through the family service from anywhere), or allowed a site "always":
 * the open tabs are decided again at once; a site just blocked gives way
 * to the blocked page. */
static void
source_changed_cb (NcRulesSource *source,
                   NcBrowserView *self)
{
  g_autoptr(NcProfileRules) rules = NULL;

  if (self->context == NULL || !has_owner (self))
    return;
  rules = read_rules (self, source, self->profile_id);
  nc_browser_context_set_rules (self->context, rules);
  nc_browser_context_set_allow_post_anyway (self->context, nc_rules_source_get_post_anyway (source, self->profile_id));
  nc_browser_view_recheck_tabs (self);
}

/* The application's rules source (family mode's, or the home store's);
 * without one each store's own. Takes effect at the next
 * nc_browser_view_set_profile(). */
void
nc_browser_view_set_rules_source (NcBrowserView *self,
                                  NcRulesSource *source)
{
  g_return_if_fail (NC_IS_BROWSER_VIEW (self));
  g_return_if_fail (source == NULL || NC_IS_RULES_SOURCE (source));
  g_set_object (&self->rules_source, source);
}

static NcRulesSource *
source_for_store (NcBrowserView *self,
                  NcStore       *store)
{
  if (self->rules_source != NULL)
    return g_object_ref (self->rules_source);
  return store != NULL ? nc_rules_source_store_new (store) : NULL;
}

/* Time is up (the page shows): every tab closes, so no page keeps
 * playing, and the chrome is off; time given back opens the start page. */
static void
time_up_changed_cb (NcBrowserView *self)
{
  const char *actions[] = { "browser.back", "browser.forward", "browser.reload", "browser.home",
                            "browser.new-tab", "browser.close-tab", "browser.focus-address" };
  gboolean time_up = nc_time_limit_page_is_time_up (self->time_limit_page);

  if (time_up)
    while (adw_tab_view_get_n_pages (self->tab_view) > 0)
      adw_tab_view_close_page (self->tab_view, adw_tab_view_get_nth_page (self->tab_view, 0));

  for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !time_up);
  gtk_widget_set_sensitive (GTK_WIDGET (self->address), !time_up);
  gtk_widget_set_visible (GTK_WIDGET (self->tab_bar), !time_up);
  gtk_widget_set_visible (GTK_WIDGET (self->tab_view), !time_up);

  if (!time_up && self->context != NULL && adw_tab_view_get_n_pages (self->tab_view) == 0)
    nc_browser_view_open_tab (self, NULL);
}

/* Whether today's time is used up, so the tabs are closed. */
gboolean
nc_browser_view_is_time_up (NcBrowserView *self)
{
  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), FALSE);
  return nc_time_limit_page_is_time_up (self->time_limit_page);
}

/* After a parent's PIN: @minutes more today, or NC_EXTENSION_NO_LIMIT. */
gboolean
nc_browser_view_extend_time (NcBrowserView  *self,
                             int             minutes,
                             GError        **error)
{
  g_return_val_if_fail (NC_IS_BROWSER_VIEW (self), FALSE);
  return nc_time_limit_page_extend (self->time_limit_page, minutes, error);
}

/* The time of the profile in use counts while the Browse area is on
 * screen (mapped); lessons never count. */
static void
nc_browser_view_map (GtkWidget *widget)
{
  NcBrowserView *self = NC_BROWSER_VIEW (widget);

  GTK_WIDGET_CLASS (nc_browser_view_parent_class)->map (widget);
  nc_time_limit_page_set_browsing (self->time_limit_page, TRUE);
}

static void
nc_browser_view_unmap (GtkWidget *widget)
{
  NcBrowserView *self = NC_BROWSER_VIEW (widget);

  nc_time_limit_page_set_browsing (self->time_limit_page, FALSE);
  GTK_WIDGET_CLASS (nc_browser_view_parent_class)->unmap (widget);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* On error the policy stays missing and every navigation stays held:
   * nothing opens. Fail closed. */
  if (!nc_browser_context_load_finish (NC_BROWSER_CONTEXT (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("the browser cannot start: %s", error->message);
}

/*
 * Uses @context (whose policy may still be loading) for every tab, closes
 * the tabs of any earlier profile, and opens the start page. @store (may
 * be NULL) receives the activity of @profile_id and a parent's "always".
 */
void
nc_browser_view_set_context (NcBrowserView    *self,
                             NcBrowserContext *context,
                             NcStore          *store,
                             gint64            profile_id)
{
  g_return_if_fail (NC_IS_BROWSER_VIEW (self));
  g_return_if_fail (NC_IS_BROWSER_CONTEXT (context));

  while (adw_tab_view_get_n_pages (self->tab_view) > 0)
    adw_tab_view_close_page (self->tab_view, adw_tab_view_get_nth_page (self->tab_view, 0));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  g_set_object (&self->store, store);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, source_changed_cb, self);
  g_clear_object (&self->source);
  self->source = source_for_store (self, store);
  if (self->source != NULL)
    g_signal_connect_object (self->source, "changed", G_CALLBACK (source_changed_cb), self, 0);
  self->profile_id = profile_id;
  g_hash_table_remove_all (self->banner_days);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE_ID]);

  g_signal_connect_object (context, "activity", G_CALLBACK (activity_cb), self, 0);
  g_signal_connect_object (context, "allow-always", G_CALLBACK (allow_always_cb), self, 0);
  g_signal_connect_object (context, "learn", G_CALLBACK (learn_cb), self, 0);
  /* A policy built again (a list imported or removed) decides the open
   * tabs again too. */
  g_signal_connect_object (context, "ready", G_CALLBACK (nc_browser_view_recheck_tabs), self, G_CONNECT_SWAPPED);

  nc_time_limit_page_set_profile (self->time_limit_page, store, self->source, profile_id);
  nc_time_limit_page_set_browsing (self->time_limit_page, gtk_widget_get_mapped (GTK_WIDGET (self)));
  nc_browser_context_set_time_keeper (context, nc_time_limit_page_get_keeper (self->time_limit_page));
  /* The start page, unless time is up. */
  time_up_changed_cb (self);
}

/*
 * The browser for profile @profile_id of @store: its rules (from the
 * rules source: the store's, or in family mode the family service's for
 * this account, whatever @profile_id), its own web data folder, its "Post
 * anyway" setting. With no store or no such profile, the strictest rules
 * and nothing kept.
 */
void
nc_browser_view_set_profile (NcBrowserView *self,
                             NcStore       *store,
                             gint64         profile_id)
{
  g_autoptr(NcBrowserContext) context = NULL;
  g_autoptr(NcRulesSource) source = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(NcProfile) profile = NULL;
  g_autofree char *profile_dir = NULL;
  gboolean family;

  g_return_if_fail (NC_IS_BROWSER_VIEW (self));

  source = source_for_store (self, store);
  family = source != NULL && nc_rules_source_is_family (source);
  if (store != NULL && profile_id != 0 && !family)
    profile = nc_store_get_profile (store, profile_id, NULL);
  if (profile != NULL || family)
    rules = read_rules (self, source, profile_id);

  if (rules != NULL)
    {
      g_autofree char *id = family ? g_strdup ("family") : g_strdup_printf ("%" G_GINT64_FORMAT, profile_id);

      profile_dir = g_build_filename (g_get_user_data_dir (), "netconduct", "profiles", id, NULL);
      context = nc_browser_context_new (profile_dir, rules);
      nc_browser_context_set_allow_post_anyway (context, nc_rules_source_get_post_anyway (source, profile_id));
    }
  else
    {
      rules = nc_profile_rules_new_for_age (NC_AGE_BAND_6_9);
      context = nc_browser_context_new (NULL, rules);
      nc_browser_context_set_allow_post_anyway (context, FALSE);
      profile_id = 0;
    }

  /* In family mode the lists imported into this account's own store are
   * not the parent's to trust: the built-in ones apply, and those the
   * parent imported into the family service (the source's). */
  nc_browser_context_load_async (context, family ? NULL : store, source, self->cancellable, loaded_cb, NULL);
  nc_browser_view_set_context (self, context, store, profile_id);
}

static void
back_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NcWebView *view = nc_browser_view_get_current (NC_BROWSER_VIEW (widget));

  if (view != NULL)
    webkit_web_view_go_back (WEBKIT_WEB_VIEW (view));
}

static void
forward_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NcWebView *view = nc_browser_view_get_current (NC_BROWSER_VIEW (widget));

  if (view != NULL)
    webkit_web_view_go_forward (WEBKIT_WEB_VIEW (view));
}

static void
reload_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NcWebView *view = nc_browser_view_get_current (NC_BROWSER_VIEW (widget));

  if (view == NULL)
    return;
  if (webkit_web_view_is_loading (WEBKIT_WEB_VIEW (view)))
    webkit_web_view_stop_loading (WEBKIT_WEB_VIEW (view));
  else
    webkit_web_view_reload (WEBKIT_WEB_VIEW (view));
}

static void
home_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NcWebView *view = nc_browser_view_get_current (NC_BROWSER_VIEW (widget));

  if (view != NULL)
    nc_web_view_load (view, NC_START_URI);
}

static void
new_tab_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NcBrowserView *self = NC_BROWSER_VIEW (widget);

  nc_browser_view_open_tab (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->address));
}

static void
close_tab_activated_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NcBrowserView *self = NC_BROWSER_VIEW (widget);
  AdwTabPage *page = adw_tab_view_get_selected_page (self->tab_view);

  if (page != NULL)
    adw_tab_view_close_page (self->tab_view, page);
}

static void
focus_address_activated_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  NcBrowserView *self = NC_BROWSER_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->address));
}

static void
nc_browser_view_dispose (GObject *object)
{
  NcBrowserView *self = NC_BROWSER_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), NC_TYPE_BROWSER_VIEW);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, source_changed_cb, self);
  g_clear_object (&self->source);
  g_clear_object (&self->rules_source);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->banner_days, g_hash_table_unref);
  g_clear_handle_id (&self->recheck_id, g_source_remove);

  G_OBJECT_CLASS (nc_browser_view_parent_class)->dispose (object);
}

static void
nc_browser_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NcBrowserView *self = NC_BROWSER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE_ID:
      g_value_set_int64 (value, self->profile_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_browser_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NcBrowserView *self = NC_BROWSER_VIEW (object);
  gint64 profile_id;

  switch (prop_id)
    {
    case PROP_PROFILE_ID:
      profile_id = g_value_get_int64 (value);
      if (self->context == NULL || profile_id != self->profile_id)
        nc_browser_view_set_profile (self, self->store, profile_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_browser_view_class_init (NcBrowserViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_browser_view_dispose;
  object_class->get_property = nc_browser_view_get_property;
  object_class->set_property = nc_browser_view_set_property;

  /* The profile whose rules apply (0: none, the strictest rules). Setting
   * it starts that child's browser in the store of the last
   * nc_browser_view_set_profile() (or _set_context()). */
  properties[PROP_PROFILE_ID] =
    g_param_spec_int64 ("profile-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = nc_browser_view_map;
  widget_class->unmap = nc_browser_view_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/netconduct/NetConduct/ui/nc-browser-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, back_button);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, forward_button);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, reload_button);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, rules_banner);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, address);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, tab_bar);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, tab_view);
  gtk_widget_class_bind_template_child (widget_class, NcBrowserView, time_limit_page);
  gtk_widget_class_bind_template_callback (widget_class, address_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_up_changed_cb);

  gtk_widget_class_install_action (widget_class, "browser.back", NULL, back_activated_cb);
  gtk_widget_class_install_action (widget_class, "browser.forward", NULL, forward_activated_cb);
  gtk_widget_class_install_action (widget_class, "browser.reload", NULL, reload_activated_cb);
  gtk_widget_class_install_action (widget_class, "browser.home", NULL, home_activated_cb);
  gtk_widget_class_install_action (widget_class, "browser.new-tab", NULL, new_tab_activated_cb);
  gtk_widget_class_install_action (widget_class, "browser.close-tab", NULL, close_tab_activated_cb);
  gtk_widget_class_install_action (widget_class, "browser.focus-address", NULL, focus_address_activated_cb);

}

/* The browser's keys work wherever the focus is, the page included: a web
 * view takes every key it is given, so they are caught on the way down
 * (capture phase), before the page sees them. */
static void
add_shortcuts (NcBrowserView *self)
{
  static const struct { const char *trigger; const char *action; } keys[] = {
    { "<Alt>Left", "browser.back" },
    { "<Alt>Right", "browser.forward" },
    { "F5", "browser.reload" },
    { "<Control>r", "browser.reload" },
    { "<Control>t", "browser.new-tab" },
    { "<Control>w", "browser.close-tab" },
    { "<Control>l", "browser.focus-address" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
nc_browser_view_init (NcBrowserView *self)
{
  g_type_ensure (NC_TYPE_TIME_LIMIT_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_shortcuts (self);

  self->banner_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cancellable = g_cancellable_new ();
  /* Hours end on the hour: every open tab is decided again twice a minute. */
  self->recheck_id = g_timeout_add_seconds (30, recheck_cb, self);

  g_signal_connect_object (self->tab_view, "notify::selected-page",
                           G_CALLBACK (selected_page_cb), self, G_CONNECT_SWAPPED);
}

NcBrowserView *
nc_browser_view_new (void)
{
  return g_object_new (NC_TYPE_BROWSER_VIEW, NULL);
}
