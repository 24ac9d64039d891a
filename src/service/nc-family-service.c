/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-service.c — the object io.github.netconduct.Family1 on the bus */
#include "config.h"

#include <malloc.h>
#include <pwd.h>
#include <string.h>

#include "nc-family-service.h"

#include "nc-family-app-filter.h"
#include "nc-family-auth.h"
#include "nc-family-children.h"
#include "nc-family-error.h"
#include "nc-family-generated.h"
#include "nc-family-lists.h"
#include "nc-family-rules.h"
#include "nc-family-sessions.h"
#include "nc-list-folder.h"
#include "nc-parse.h"
#include "nc-pin.h"
#include "nc-time-keeper.h"

#define MAX_VALUES_PER_CALL 256   /* strings, numbers, … in one call's arguments */
#define MAX_USAGE_REPORT_SECONDS 3600
#define MAX_REPORT_DAYS 366
#define MAX_WORD_BYTES 64

struct _NcFamilyService {
  GObject          parent_instance;
  NcStore         *store;
  GDBusConnection *connection;
  NcFamilyAuth    *auth;
  NcFamilySessions  *sessions;
  NcFamilyAppFilter *app_filter;
  guint            registration_id;
  gulong           changed_id;
  GHashTable      *sealed_lists;   /* nc_family_lists_cache_new() */
  guint            importing;      /* lists being read and compiled */
};

G_DEFINE_FINAL_TYPE (NcFamilyService, nc_family_service, G_TYPE_OBJECT)

/* One call of a method, from one call. */
typedef struct {
  GDBusMethodInvocation *invocation;  /* answered by run(), or by its handler */
  GVariant              *parameters;
  guint32                uid;
  gint64                 profile_id;  /* the caller's own profile (a child's methods) */
  const char            *sender;
  GVariant              *reply;       /* the handler's answer (floating); NULL: none */
} Call;

/*
 * A method's work, once its caller may call it. TRUE: done, and
 * @call->reply (left NULL by a method that returns nothing) is the answer.
 * FALSE with @error: the call fails with it (see return_error()). FALSE
 * without @error: the handler replied to @call->invocation itself (later,
 * or with file descriptors).
 */
typedef gboolean (*Handler) (NcFamilyService  *self,
                             Call             *call,
                             GError          **error);

typedef enum {
  NEED_CHILD,                     /* the caller's account is a child's */
  NEED_NOTHING,                   /* anyone (the PIN decides) */
  NEED_MANAGE,                    /* polkit: io.github.netconduct.Family.manage */
  NEED_READ,                      /* polkit: io.github.netconduct.Family.read-reports */
} Need;

typedef struct {
  const char *name;
  Need        need;
  Handler     handler;
} Method;

/* ---- errors ----------------------------------------------------------------- */

static void
return_error (GDBusMethodInvocation *invocation,
              const GError          *error)
{
  NcFamilyError code = NC_FAMILY_ERROR_FAILED;

  if (error->domain == NC_FAMILY_ERROR)
    code = error->code;
  else if (error->domain == NC_STORE_ERROR)
    code = error->code == NC_STORE_ERROR_NOT_FOUND ? NC_FAMILY_ERROR_NOT_FOUND :
           error->code == NC_STORE_ERROR_INVALID || error->code == NC_STORE_ERROR_EXISTS ? NC_FAMILY_ERROR_INVALID_ARGS :
           error->code == NC_STORE_ERROR_LOCKED ? NC_FAMILY_ERROR_NOT_AUTHORIZED :
           NC_FAMILY_ERROR_FAILED;
  else if (error->domain == NC_PIN_ERROR)
    code = error->code == NC_PIN_ERROR_NOT_SET ? NC_FAMILY_ERROR_PIN_NOT_SET :
           error->code == NC_PIN_ERROR_INVALID ? NC_FAMILY_ERROR_INVALID_ARGS :
           NC_FAMILY_ERROR_FAILED;
  g_dbus_method_invocation_return_error_literal (invocation, NC_FAMILY_ERROR, code, error->message);
}

/* Sets @error to NC_FAMILY_ERROR_INVALID_ARGS with @message; FALSE. */
static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_INVALID_ARGS, message);
  return FALSE;
}

/* Keeps @value as @call's answer; whether it is not NULL. */
static gboolean
answer (Call     *call,
        GVariant *value)
{
  call->reply = value;
  return value != NULL;
}

/* ---- checks on values -------------------------------------------------------- */

/* FALSE when a string in @value is longer than NC_FAMILY_MAX_STRING_BYTES
 * or @value holds more than *budget values. */
static gboolean
within_bounds (GVariant *value,
               int      *budget)
{
  if (--*budget < 0)
    return FALSE;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ||
      g_variant_is_of_type (value, G_VARIANT_TYPE_OBJECT_PATH) ||
      g_variant_is_of_type (value, G_VARIANT_TYPE_SIGNATURE))
    return g_variant_get_size (value) <= NC_FAMILY_MAX_STRING_BYTES + 1;
  if (g_variant_is_container (value))
    {
      GVariantIter iter;
      GVariant *child;

      g_variant_iter_init (&iter, value);
      while ((child = g_variant_iter_next_value (&iter)) != NULL)
        {
          gboolean ok = within_bounds (child, budget);

          g_variant_unref (child);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

/* A short machine word: [a-z0-9._-], 0 (when @empty_ok) to 64 bytes. */
static gboolean
is_word (const char *text,
         gboolean    empty_ok)
{
  size_t n = strlen (text);

  if (n > MAX_WORD_BYTES || (n == 0 && !empty_ok))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* The uid of @user (a name, or a number for an account already deleted);
 * FALSE with NC_FAMILY_ERROR_UNKNOWN_ACCOUNT. Root is never a child. */
static gboolean
resolve_account (const char  *user,
                 gboolean     numeric_ok,
                 guint32     *uid,
                 GError     **error)
{
  struct passwd *pw;
  guint64 number;

  if (numeric_ok && g_ascii_string_to_unsigned (user, 10, 1, G_MAXUINT32 - 1, &number, NULL))
    {
      *uid = (guint32) number;
      return TRUE;
    }
  pw = *user != '\0' && strlen (user) <= 256 ? getpwnam (user) : NULL;
  if (pw == NULL || pw->pw_uid == 0)
    {
      g_autofree char *shown = g_utf8_make_valid (user, MIN (strlen (user), 64));

      g_set_error (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_UNKNOWN_ACCOUNT,
                   pw == NULL ? "There is no account “%s” on this computer."
                              : "“%s” is the administrator's account; it cannot be a child's.", shown);
      return FALSE;
    }
  *uid = pw->pw_uid;
  return TRUE;
}

/* The id of the profile named @name; "" = everyone (0) when @everyone_ok. */
static gboolean
resolve_profile (NcFamilyService  *self,
                 const char       *name,
                 gboolean          everyone_ok,
                 gint64           *id,
                 GError          **error)
{
  g_autoptr(NcProfile) profile = NULL;

  if (everyone_ok && *name == '\0')
    {
      *id = NC_PROFILE_EVERYONE;
      return TRUE;
    }
  profile = nc_store_find_profile (self->store, name, NULL);
  if (profile == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (name, MIN (strlen (name), 64));

      g_set_error (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_FOUND, "There is no profile “%s”.", shown);
      return FALSE;
    }
  *id = profile->id;
  return TRUE;
}


/* ---- the caller's own account ------------------------------------------------- */

static gboolean
handle_get_my_rules (NcFamilyService  *self,
                     Call             *call,
                     GError          **error)
{
  GVariant *rules = nc_family_rules_to_variant (self->store, call->profile_id, error);

  return answer (call, rules != NULL ? g_variant_new ("(@a{sv})", rules) : NULL);
}

static gboolean
handle_get_time_left (NcFamilyService  *self,
                      Call             *call,
                      GError          **error)
{
  g_autoptr(NcTimeKeeper) keeper = nc_time_keeper_new (self->store, call->profile_id);

  return answer (call, g_variant_new ("(i)", nc_time_keeper_get_remaining_seconds (keeper)));
}

static gboolean
handle_report_usage (NcFamilyService  *self,
                     Call             *call,
                     GError          **error)
{
  g_autoptr(NcTimeKeeper) keeper = NULL;
  guint32 seconds;

  g_variant_get (call->parameters, "(u)", &seconds);
  if (seconds < 1 || seconds > MAX_USAGE_REPORT_SECONDS)
    return invalid (error, "Usage is reported in steps of 1 to 3600 seconds.");
  keeper = nc_time_keeper_new (self->store, call->profile_id);
  return nc_store_add_usage (self->store, call->profile_id, nc_time_keeper_get_day (keeper), (int) seconds, error);
}

static gboolean
handle_report_outcome (NcFamilyService  *self,
                       Call             *call,
                       GError          **error)
{
  g_autofree char *normalized = NULL;
  const char *host, *rule, *outcome;

  g_variant_get (call->parameters, "(&s&s&s)", &host, &rule, &outcome);
  normalized = nc_store_normalize_host (host);
  if (normalized == NULL)
    return invalid (error, "The host is not a host name.");
  if (!is_word (rule, TRUE) || !is_word (outcome, FALSE))
    return invalid (error, "The rule and the outcome are short words (letters, digits, “.”, “_”, “-”), never text.");
  return nc_store_log_activity (self->store, call->profile_id, normalized, *rule != '\0' ? rule : NULL, outcome,
                                error);
}

/* Checks the PIN with its lock-outs (the attempt is saved first, inside
 * nc_pin_check()). FALSE with @error when it cannot be checked. */
static gboolean
check_pin (NcFamilyService  *self,
           const char       *pin,
           gboolean         *accepted,
           gint64           *wait_seconds,
           GError          **error)
{
  int result;

  *wait_seconds = 0;
  result = nc_pin_check (self->store, pin, wait_seconds, error);
  *accepted = result == NC_PIN_OK;
  return result >= 0;
}

static gboolean
handle_check_pin (NcFamilyService  *self,
                  Call             *call,
                  GError          **error)
{
  const char *pin, *purpose;
  gboolean accepted;
  gint64 wait;

  g_variant_get (call->parameters, "(&s&s)", &pin, &purpose);
  if (!is_word (purpose, TRUE))
    return invalid (error, "The purpose is a short word such as “allow-once”.");
  return check_pin (self, pin, &accepted, &wait, error) && answer (call, g_variant_new ("(bx)", accepted, wait));
}

static gboolean
handle_more_time (NcFamilyService  *self,
                  Call             *call,
                  GError          **error)
{
  const char *pin;
  gboolean accepted;
  gint32 minutes;
  gint64 wait;

  g_variant_get (call->parameters, "(&si)", &pin, &minutes);
  if (minutes != NC_EXTENSION_NO_LIMIT && (minutes < 1 || minutes > 720))
    return invalid (error, "More time is 1 to 720 minutes, or -1 for no limit today.");
  if (!check_pin (self, pin, &accepted, &wait, error))
    return FALSE;
  if (accepted)
    {
      g_autoptr(NcTimeKeeper) keeper = nc_time_keeper_new (self->store, call->profile_id);

      if (!nc_time_keeper_extend (keeper, minutes, error))
        return FALSE;
    }
  return answer (call, g_variant_new ("(bx)", accepted, wait));
}

static gboolean
handle_unlock_with_pin (NcFamilyService  *self,
                        Call             *call,
                        GError          **error)
{
  const char *pin;
  gboolean accepted;
  gint64 wait;

  g_variant_get (call->parameters, "(&s)", &pin);
  if (!check_pin (self, pin, &accepted, &wait, error))
    return FALSE;
  if (accepted)
    nc_family_auth_unlock (self->auth, call->sender);
  return answer (call, g_variant_new ("(bx)", accepted, wait));
}

/* ---- parents ------------------------------------------------------------------ */

/* GetStatus's keys for whole-session time and other browsers:
 * session-end s, session-grace-seconds u, malcontent-built b, and
 * app-filters a(us): each child account's state (nc-family-app-filter.h). */
static void
add_session_status (NcFamilyService *self,
                    GVariantBuilder *status,
                    GArray          *children)
{
  GVariantBuilder filters;
  const char *end;
  int grace;

  end = nc_family_sessions_get_end (self->sessions, &grace);
  g_variant_builder_add (status, "{sv}", "session-end", g_variant_new_string (end));
  g_variant_builder_add (status, "{sv}", "session-grace-seconds", g_variant_new_uint32 ((guint32) grace));
  g_variant_builder_add (status, "{sv}", "malcontent-built", g_variant_new_boolean (nc_family_app_filter_is_built ()));
  g_variant_builder_init (&filters, G_VARIANT_TYPE ("a(us)"));
  for (guint i = 0; i < children->len; i++)
    {
      guint32 uid = g_array_index (children, NcFamilyChild, i).uid;
      g_autofree char *state = nc_family_app_filter_get_state (self->app_filter, uid);

      g_variant_builder_add (&filters, "(us)", uid, state);
    }
  g_variant_builder_add (status, "{sv}", "app-filters", g_variant_builder_end (&filters));
}

static gboolean
handle_get_status (NcFamilyService  *self,
                   Call             *call,
                   GError          **error)
{
  g_autoptr(GPtrArray) profiles = nc_store_list_profiles (self->store, error);
  g_autoptr(GArray) children = profiles != NULL ? nc_family_children_list (self->store, error) : NULL;
  GVariantBuilder status, names;

  if (children == NULL)
    return FALSE;
  g_variant_builder_init (&names, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint i = 0; i < profiles->len; i++)
    g_variant_builder_add (&names, "s", ((NcProfile *) profiles->pdata[i])->name);
  g_variant_builder_init (&status, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&status, "{sv}", "pin-set", g_variant_new_boolean (nc_pin_is_set (self->store)));
  g_variant_builder_add (&status, "{sv}", "profiles", g_variant_builder_end (&names));
  g_variant_builder_add (&status, "{sv}", "children", g_variant_new_uint32 (children->len));
  g_variant_builder_add (&status, "{sv}", "database", g_variant_new_string (nc_store_get_path (self->store)));
  add_session_status (self, &status, children);
  return answer (call, g_variant_new ("(a{sv})", &status));
}

static gboolean
handle_add_profile (NcFamilyService  *self,
                    Call             *call,
                    GError          **error)
{
  const char *name, *band_text;
  NcAgeBand band;
  gint64 id;

  g_variant_get (call->parameters, "(&s&s)", &name, &band_text);
  if (!nc_age_band_from_string (band_text, &band))
    return invalid (error, "The age band is one of 6-9, 10-12, 13-15, 16-17, adult.");
  id = nc_store_add_profile (self->store, name, "", band, error);
  return id != 0 && answer (call, g_variant_new ("(x)", id));
}

static gboolean
handle_set_rules (NcFamilyService  *self,
                  Call             *call,
                  GError          **error)
{
  g_autoptr(GVariant) rules = NULL;
  g_autoptr(NcProfile) profile = NULL;
  const char *name;
  gint64 id;

  g_variant_get (call->parameters, "(&s@a{sv})", &name, &rules);
  return resolve_profile (self, name, FALSE, &id, error) &&
         (profile = nc_store_get_profile (self->store, id, error)) != NULL &&
         nc_family_rules_apply (profile, rules, error) &&
         nc_store_update_profile (self->store, profile, error);
}

/* The list word "allow" or "block" as @kind; FALSE with @error when it is
 * neither. */
static gboolean
list_kind (const char  *list,
           NcListKind  *kind,
           GError     **error)
{
  return nc_list_kind_from_string (list, kind) || invalid (error, "The list is “allow” or “block”.");
}

static gboolean
handle_list_hosts (NcFamilyService  *self,
                   Call             *call,
                   GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) hosts = NULL;
  const char *name, *list;
  NcListKind kind;
  gint64 id;

  g_variant_get (call->parameters, "(&s&s)", &name, &list);
  if (!list_kind (list, &kind, error) || !resolve_profile (self, name, TRUE, &id, error))
    return FALSE;
  hosts = nc_store_list_hosts (self->store, id, kind, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return answer (call, g_variant_new ("(^as)", hosts != NULL ? hosts : (char *[]) { NULL }));
}

/* AddHost and RemoveHost. */
static gboolean
handle_change_host (NcFamilyService  *self,
                    Call             *call,
                    GError          **error)
{
  gboolean add = g_str_equal (g_dbus_method_invocation_get_method_name (call->invocation), "AddHost");
  const char *name, *list, *host;
  NcListKind kind;
  gint64 id;

  g_variant_get (call->parameters, "(&s&s&s)", &name, &list, &host);
  return list_kind (list, &kind, error) &&
         resolve_profile (self, name, TRUE, &id, error) &&
         (add ? nc_store_add_host (self->store, id, kind, host, error)
              : nc_store_remove_host (self->store, id, kind, host, error));
}

/* SetPin (the PIN) and SetPinHash (its hash, from home mode). */
static gboolean
handle_set_pin (NcFamilyService  *self,
                Call             *call,
                GError          **error)
{
  gboolean hash = g_str_equal (g_dbus_method_invocation_get_method_name (call->invocation), "SetPinHash");
  const char *text;

  g_variant_get (call->parameters, "(&s)", &text);
  return hash ? nc_pin_set_hash (self->store, text, error) : nc_pin_set (self->store, text, error);
}

static gboolean
handle_add_child (NcFamilyService  *self,
                  Call             *call,
                  GError          **error)
{
  const char *user, *profile;
  guint32 uid;
  gint64 id;

  g_variant_get (call->parameters, "(&s&s)", &user, &profile);
  if (!resolve_account (user, FALSE, &uid, error) ||
      !resolve_profile (self, profile, FALSE, &id, error) ||
      !nc_family_children_set (self->store, uid, id, error))
    return FALSE;
  nc_family_app_filter_hold_back (self->app_filter, uid);
  return TRUE;
}

static gboolean
handle_remove_child (NcFamilyService  *self,
                     Call             *call,
                     GError          **error)
{
  const char *user;
  guint32 uid;

  g_variant_get (call->parameters, "(&s)", &user);
  if (!resolve_account (user, TRUE, &uid, error) ||
      !nc_family_children_remove (self->store, uid, error))
    return FALSE;
  nc_family_app_filter_restore (self->app_filter, uid);
  return TRUE;
}

/* A profile that a child's account uses is not removed: the account would
 * be left without rules (not restricted at all). */
static gboolean
handle_remove_profile (NcFamilyService  *self,
                       Call             *call,
                       GError          **error)
{
  g_autoptr(GArray) children = NULL;
  const char *name;
  gint64 id;

  g_variant_get (call->parameters, "(&s)", &name);
  if (!resolve_profile (self, name, FALSE, &id, error) ||
      (children = nc_family_children_list (self->store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < children->len; i++)
    if (g_array_index (children, NcFamilyChild, i).profile_id == id)
      return invalid (error, "A child’s account uses this profile: link the account to another "
                             "profile or remove it from family mode first "
                             "(netconductctl family remove-child USER).");
  return nc_store_remove_profile (self->store, id, error);
}

static gboolean
handle_list_children (NcFamilyService  *self,
                      Call             *call,
                      GError          **error)
{
  g_autoptr(GArray) children = nc_family_children_list (self->store, error);
  GVariantBuilder list;

  if (children == NULL)
    return FALSE;
  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(uss)"));
  for (guint i = 0; i < children->len; i++)
    {
      const NcFamilyChild *child = &g_array_index (children, NcFamilyChild, i);
      g_autoptr(NcProfile) profile = nc_store_get_profile (self->store, child->profile_id, NULL);
      struct passwd *pw = getpwuid (child->uid);

      g_variant_builder_add (&list, "(uss)", child->uid,
                             pw != NULL && g_utf8_validate (pw->pw_name, -1, NULL) ? pw->pw_name : "",
                             profile != NULL ? profile->name : "");
    }
  return answer (call, g_variant_new ("(a(uss))", &list));
}

static gboolean
handle_get_rules (NcFamilyService  *self,
                  Call             *call,
                  GError          **error)
{
  const char *name;
  GVariant *rules;
  gint64 id;

  g_variant_get (call->parameters, "(&s)", &name);
  if (!resolve_profile (self, name, FALSE, &id, error) ||
      (rules = nc_family_rules_to_variant (self->store, id, error)) == NULL)
    return FALSE;
  return answer (call, g_variant_new ("(@a{sv})", rules));
}

static GVariant *
counts_variant (GPtrArray *counts)
{
  GVariantBuilder list;

  g_variant_builder_init (&list, G_VARIANT_TYPE ("a(si)"));
  for (guint i = 0; i < counts->len; i++)
    {
      const NcCount *count = counts->pdata[i];
      g_variant_builder_add (&list, "(si)", count->key, count->count);
    }
  return g_variant_builder_end (&list);
}

static gboolean
handle_get_report (NcFamilyService  *self,
                   Call             *call,
                   GError          **error)
{
  g_autoptr(GPtrArray) by_host = NULL, by_rule = NULL, minutes = NULL;
  const char *name;
  gint32 days;
  gint64 id;

  g_variant_get (call->parameters, "(&si)", &name, &days);
  if (days < 1 || days > MAX_REPORT_DAYS)
    return invalid (error, "A report covers 1 to 366 days.");
  if (!resolve_profile (self, name, TRUE, &id, error) ||
      (by_host = nc_store_count_warnings_by_host (self->store, id, days, error)) == NULL ||
      (by_rule = nc_store_count_warnings_by_ref (self->store, id, days, error)) == NULL ||
      (minutes = nc_store_minutes_per_day (self->store, id, days, error)) == NULL)
    return FALSE;
  return answer (call, g_variant_new ("(@a(si)@a(si)@a(si))", counts_variant (by_host),
                                       counts_variant (by_rule), counts_variant (minutes)));
}

/* ---- whole-session time --------------------------------------------------------- */

static gboolean
handle_get_session_time (NcFamilyService  *self,
                         Call             *call,
                         GError          **error)
{
  int left, used;

  nc_family_sessions_get_today (self->sessions, call->uid, call->profile_id, &left, &used);
  return answer (call, g_variant_new ("(ii)", left, used));
}

static gboolean
handle_report_learning (NcFamilyService  *self,
                        Call             *call,
                        GError          **error)
{
  gboolean learning;

  g_variant_get (call->parameters, "(b)", &learning);
  if (nc_family_sessions_set_learning (self->sessions, call->uid, call->sender, learning))
    return TRUE;
  g_set_error_literal (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_BUSY, "Too many apps report the Learn area at once.");
  return FALSE;
}

static gboolean
handle_set_session_end (NcFamilyService  *self,
                        Call             *call,
                        GError          **error)
{
  const char *end;
  guint32 grace;

  g_variant_get (call->parameters, "(&su)", &end, &grace);
  if ((!g_str_equal (end, "terminate") && !g_str_equal (end, "lock")) || grace > NC_FAMILY_SESSION_GRACE_MAX)
    return invalid (error, "The end is “terminate” or “lock”, the grace period 0 to 3600 seconds.");
  return nc_store_set_string (self->store, NC_FAMILY_SESSION_END_KEY, end, error) &&
         nc_store_set_int (self->store, NC_FAMILY_SESSION_GRACE_KEY, grace, error);
}

static gboolean
handle_get_session_days (NcFamilyService  *self,
                         Call             *call,
                         GError          **error)
{
  const char *user;
  gint32 days;
  guint32 uid;

  g_variant_get (call->parameters, "(&si)", &user, &days);
  if (days < 1 || days > 8)
    return invalid (error, "Whole-session time is kept for 1 to 8 days.");
  return resolve_account (user, TRUE, &uid, error) &&
         answer (call, g_variant_new ("(@a(si))", nc_family_sessions_get_days (self->sessions, uid, days)));
}

/* netconductctl family enable: a profile's time used and activity from
 * home mode (nc_store_import_history(): checked, one transaction, and
 * again changes nothing). */
static gboolean
handle_import_history (NcFamilyService  *self,
                       Call             *call,
                       GError          **error)
{
  g_autoptr(GVariant) history = NULL;
  const char *name;
  gint64 id;

  g_variant_get (call->parameters, "(&s@(a(si)a(xsss)))", &name, &history);
  return resolve_profile (self, name, FALSE, &id, error) &&
         nc_store_import_history (self->store, id, history, error);
}

/* netconductctl family enable: the settings of home mode that the service
 * uses (only "retention-days": the others are the app's own). */
static gboolean
handle_set_setting (NcFamilyService  *self,
                    Call             *call,
                    GError          **error)
{
  const char *key, *value;
  guint64 days;

  g_variant_get (call->parameters, "(&s&s)", &key, &value);
  if (!g_str_equal (key, NC_SETTING_RETENTION_DAYS))
    return invalid (error, "The family service keeps only the setting “retention-days”.");
  if (!g_ascii_string_to_unsigned (value, 10, 1, 3650, &days, NULL))
    return invalid (error, "“retention-days” is a whole number of days from 1 to 3650.");
  return nc_store_set_int (self->store, key, (gint64) days, error);
}

/* ---- imported category lists (nc-family-lists.h) ------------------------------ */

#define MAX_SOURCE_BYTES 4096
#define MAX_IMPORTS 2             /* lists read and compiled at once */

/* A list imported (or not): one fewer being read. */
typedef struct {
  NcFamilyService       *self;
  GDBusMethodInvocation *invocation;
} Importing;

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Importing *importing = user_data;
  g_autoptr(NcFamilyService) self = importing->self;
  g_autoptr(GDBusMethodInvocation) invocation = importing->invocation;
  g_autoptr(GError) error = NULL;
  guint32 domains = 0, skipped = 0;
  gint64 id = nc_family_lists_import_finish (NC_STORE (source), result, &domains, &skipped, &error);

  g_free (importing);
  self->importing--;
  /* The list was read and compiled in a worker thread's arena: hand that
   * memory back, the service stays small between imports. */
  malloc_trim (0);
  if (id == 0)
    return_error (invocation, error);
  else
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(xuu)", id, domains, skipped));
}

/* manage: a list handed over as a descriptor (a file the parent opened: the
 * service never reads their home), read and compiled in a worker thread,
 * which replies (imported_cb()). */
static gboolean
handle_import_category_list (NcFamilyService  *self,
                             Call             *call,
                             GError          **error)
{
  GUnixFDList *fds = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (call->invocation));
  const char *category_name, *name, *source;
  Importing *importing;
  NcSiteCategory category;
  gint32 handle;
  int fd;

  g_variant_get (call->parameters, "(&s&s&sh)", &category_name, &name, &source, &handle);
  if (!nc_parse_category (category_name, &category))
    return invalid (error, "Unknown category: use one of adult, gambling, violence, drugs, dating, "
                           "bypass, malware, phishing, social, mirror.");
  if (!nc_store_check_category_list (name, category, 0, error))
    return FALSE;
  if (strlen (source) > MAX_SOURCE_BYTES)
    return invalid (error, "The name of the list's file is longer than 4096 bytes.");
  if (fds == NULL || handle < 0 || handle >= g_unix_fd_list_get_length (fds))
    return invalid (error, "The list was not handed over: give it as a file descriptor.");
  if (self->importing >= MAX_IMPORTS)
    {
      g_set_error_literal (error, NC_FAMILY_ERROR, NC_FAMILY_ERROR_BUSY,
                           "Other lists are being imported: try again when they are done.");
      return FALSE;
    }
  fd = g_unix_fd_list_get (fds, handle, error);
  if (fd < 0)
    return FALSE;
  importing = g_new0 (Importing, 1);
  importing->self = g_object_ref (self);
  importing->invocation = g_object_ref (call->invocation);
  self->importing++;
  nc_family_lists_import_async (self->store, fd, category, name, source, imported_cb, importing);
  return FALSE;                 /* imported_cb() replies */
}

static gboolean
handle_list_category_lists (NcFamilyService  *self,
                            Call             *call,
                            GError          **error)
{
  GVariant *lists = nc_family_lists_describe (self->store, error);

  return answer (call, lists != NULL ? g_variant_new ("(@a(xssus))", lists) : NULL);
}

static gboolean
handle_remove_category_list (NcFamilyService  *self,
                             Call             *call,
                             GError          **error)
{
  gint64 id;

  g_variant_get (call->parameters, "(x)", &id);
  return nc_list_folder_drop (self->store, id, error);
}

/* The caller's own profile's lists: those of the categories its rules
 * block (nc_family_lists_categories()), never another's; the reply
 * carries their descriptors. */
static gboolean
handle_get_my_category_lists (NcFamilyService  *self,
                              Call             *call,
                              GError          **error)
{
  g_autoptr(NcProfileRules) rules = nc_store_get_profile_rules (self->store, call->profile_id, error);
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  GVariant *lists = rules != NULL ? nc_family_lists_hand_over (self->store, nc_family_lists_categories (rules),
                                                               self->sealed_lists, fds, error) : NULL;

  if (lists != NULL)
    g_dbus_method_invocation_return_value_with_unix_fd_list (call->invocation, lists, fds);
  return FALSE;
}

static const Method methods[] = {
  { "GetMyRules",    NEED_CHILD,   handle_get_my_rules },
  { "GetTimeLeft",   NEED_CHILD,   handle_get_time_left },
  { "ReportUsage",   NEED_CHILD,   handle_report_usage },
  { "ReportOutcome", NEED_CHILD,   handle_report_outcome },
  { "CheckPin",      NEED_NOTHING, handle_check_pin },
  { "MoreTime",      NEED_CHILD,   handle_more_time },
  { "UnlockWithPin", NEED_NOTHING, handle_unlock_with_pin },
  { "GetStatus",     NEED_READ,    handle_get_status },
  { "AddProfile",    NEED_MANAGE,  handle_add_profile },
  { "SetRules",      NEED_MANAGE,  handle_set_rules },
  { "AddHost",       NEED_MANAGE,  handle_change_host },
  { "RemoveHost",    NEED_MANAGE,  handle_change_host },
  { "SetPin",        NEED_MANAGE,  handle_set_pin },
  { "SetPinHash",    NEED_MANAGE,  handle_set_pin },
  { "AddChild",      NEED_MANAGE,  handle_add_child },
  { "RemoveChild",   NEED_MANAGE,  handle_remove_child },
  { "ImportHistory", NEED_MANAGE,  handle_import_history },
  { "SetSetting",    NEED_MANAGE,  handle_set_setting },
  { "ListChildren",  NEED_READ,    handle_list_children },
  { "GetRules",      NEED_READ,    handle_get_rules },
  { "GetReport",     NEED_READ,    handle_get_report },
  { "GetSessionTime", NEED_CHILD,  handle_get_session_time },
  { "ReportLearning", NEED_CHILD,  handle_report_learning },
  { "SetSessionEnd",  NEED_MANAGE, handle_set_session_end },
  { "GetSessionDays", NEED_READ,   handle_get_session_days },
  { "ListHosts",      NEED_READ,   handle_list_hosts },
  { "ImportCategoryList", NEED_MANAGE, handle_import_category_list },
  { "ListCategoryLists",  NEED_READ,   handle_list_category_lists },
  { "RemoveCategoryList", NEED_MANAGE, handle_remove_category_list },
  { "GetMyCategoryLists", NEED_CHILD,  handle_get_my_category_lists },
  { "RemoveProfile",      NEED_MANAGE, handle_remove_profile },
};

/* ---- dispatch ----------------------------------------------------------------- */

/* Runs @method for @call and replies: its answer, or its error (unless
 * it replies itself, see Handler). */
static void
run (NcFamilyService *self,
     const Method    *method,
     Call            *call)
{
  g_autoptr(GError) error = NULL;

  if (method->handler (self, call, &error))
    g_dbus_method_invocation_return_value (call->invocation, call->reply);
  else if (error != NULL)
    return_error (call->invocation, error);
}

/* A parent's call waiting for polkit. */
typedef struct {
  NcFamilyService *self;
  const Method    *method;
  Call             call;          /* holds a reference on its invocation */
} Pending;

static void
authorized_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  if (nc_family_auth_check_finish (NC_FAMILY_AUTH (source), result, &error))
    run (pending->self, pending->method, &pending->call);
  else
    return_error (pending->call.invocation, error);
  g_object_unref (pending->call.invocation);
  g_object_unref (pending->self);
  g_free (pending);
}

static void
method_call (GDBusConnection       *connection,
             const char            *sender,
             const char            *object_path,
             const char            *interface_name,
             const char            *method_name,
             GVariant              *parameters,
             GDBusMethodInvocation *invocation,
             gpointer               user_data)
{
  NcFamilyService *self = user_data;
  g_autoptr(GError) error = NULL;
  const Method *method = NULL;
  Call call = { invocation, parameters, 0, 0, sender, NULL };
  int budget = MAX_VALUES_PER_CALL;
  Pending *pending;

  for (gsize i = 0; i < G_N_ELEMENTS (methods) && method == NULL; i++)
    if (g_str_equal (methods[i].name, method_name))
      method = &methods[i];
  if (method == NULL)
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                             "No method %s.", method_name);
      return;
    }
  if (!within_bounds (parameters, &budget))
    invalid (&error, "A string is longer than 64 KiB, or the call holds too many values.");
  else
    nc_family_auth_get_uid (self->auth, sender, &call.uid, &error);
  if (error != NULL)
    {
      return_error (invocation, error);
      return;
    }

  switch (method->need)
    {
    case NEED_CHILD:
      call.profile_id = nc_family_children_lookup (self->store, call.uid);
      if (call.profile_id == 0)
        {
          g_dbus_method_invocation_return_error (invocation, NC_FAMILY_ERROR, NC_FAMILY_ERROR_NOT_A_CHILD,
                                                 "The account with uid %u is not a child's account in family mode.",
                                                 call.uid);
          return;
        }
      G_GNUC_FALLTHROUGH;
    case NEED_NOTHING:
      run (self, method, &call);
      return;
    case NEED_MANAGE:
    case NEED_READ:
    default:
      pending = g_new0 (Pending, 1);
      pending->self = g_object_ref (self);
      pending->method = method;
      pending->call = call;
      pending->call.sender = g_dbus_method_invocation_get_sender (invocation);
      pending->call.invocation = g_object_ref (invocation);
      nc_family_auth_check_async (self->auth, invocation, call.uid,
                                  method->need == NEED_MANAGE ? NC_FAMILY_ACTION_MANAGE
                                                              : NC_FAMILY_ACTION_READ_REPORTS,
                                  authorized_cb, pending);
      return;
    }
}

static const GDBusInterfaceVTable vtable = { method_call, NULL, NULL, { 0 } };

/* ---- the object ----------------------------------------------------------------- */

static void
store_changed_cb (NcStore    *store,
                  const char *what,
                  gpointer    user_data)
{
  NcFamilyService *self = user_data;

  if (g_strcmp0 (what, "profiles") != 0 && g_strcmp0 (what, "lists") != 0 &&
      g_strcmp0 (what, "settings") != 0)
    return;
  g_dbus_connection_emit_signal (self->connection, NULL, NC_FAMILY_OBJECT_PATH, NC_FAMILY_INTERFACE,
                                 "RulesChanged", g_variant_new ("(x)", (gint64) 0), NULL);
}

static void
session_warning_cb (NcFamilySessions *sessions,
                    guint             uid,
                    int               minutes,
                    gpointer          user_data)
{
  NcFamilyService *self = user_data;

  g_dbus_connection_emit_signal (self->connection, NULL, NC_FAMILY_OBJECT_PATH, NC_FAMILY_INTERFACE,
                                 "SessionTimeWarning", g_variant_new ("(ui)", uid, minutes), NULL);
}

static void
session_time_up_cb (NcFamilySessions *sessions,
                    guint             uid,
                    const char       *end,
                    int               grace_seconds,
                    gpointer          user_data)
{
  NcFamilyService *self = user_data;

  g_dbus_connection_emit_signal (self->connection, NULL, NC_FAMILY_OBJECT_PATH, NC_FAMILY_INTERFACE,
                                 "SessionTimeUp", g_variant_new ("(usu)", uid, end, (guint32) grace_seconds), NULL);
}

static void
nc_family_service_dispose (GObject *object)
{
  NcFamilyService *self = NC_FAMILY_SERVICE (object);

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_signal_handler (&self->changed_id, self->store);
  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_data (self->sessions, self);
  g_clear_object (&self->sessions);
  g_clear_object (&self->app_filter);
  g_clear_object (&self->auth);
  g_clear_pointer (&self->sealed_lists, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->connection);
  G_OBJECT_CLASS (nc_family_service_parent_class)->dispose (object);
}

static void
nc_family_service_class_init (NcFamilyServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nc_family_service_dispose;
}

static void
nc_family_service_init (NcFamilyService *self)
{
  self->sealed_lists = nc_family_lists_cache_new ();
}

NcFamilyService *
nc_family_service_new (NcStore          *store,
                       GDBusConnection  *connection,
                       GError          **error)
{
  g_autoptr(NcFamilyService) self = g_object_new (NC_TYPE_FAMILY_SERVICE, NULL);

  g_return_val_if_fail (NC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);

  nc_family_error_quark ();
  self->store = g_object_ref (store);
  self->connection = g_object_ref (connection);
  self->auth = nc_family_auth_new (connection);
  self->sessions = nc_family_sessions_new (store, connection);
  g_signal_connect (self->sessions, "warning", G_CALLBACK (session_warning_cb), self);
  g_signal_connect (self->sessions, "time-up", G_CALLBACK (session_time_up_cb), self);
  self->app_filter = nc_family_app_filter_new (store, connection);
  nc_family_app_filter_resume (self->app_filter);
  self->registration_id = g_dbus_connection_register_object (connection, NC_FAMILY_OBJECT_PATH,
                                                             nc_family1_interface_info (),
                                                             &vtable, self, NULL, error);
  if (self->registration_id == 0)
    return NULL;
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  return g_steal_pointer (&self);
}
