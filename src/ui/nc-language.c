/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-language.c — switching the interface language while running
 *
 * NetConduct speaks Vietnamese ("vi") and English ("en"). The language is
 * chosen in the setup assistant and per profile, and applies at once: this
 * sets LANGUAGE and tells gettext to drop its caches; windows built after
 * the call speak the new language.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "nc-language.h"

/* GNU gettext's catalogue counter; bumping it invalidates cached lookups. */
extern int _nl_msg_cat_cntr;

/* Call once at start-up, after textdomain(). GLib decides once per process
 * whether g_dgettext() (used by the core's and the toolkit's strings)
 * translates at all, from the locale at its first call: in C.UTF-8 with no
 * Vietnamese yet it would decide "never", and a later switch to Vietnamese
 * would leave those strings in English. Making that first call in the "C"
 * locale settles it as "translate". */
void
nc_language_init (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));

  setlocale (LC_MESSAGES, "C");
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  setlocale (LC_MESSAGES, saved);
}

/* Applies @code ("vi", "en", or NULL/"" for the system's language). gettext
 * ignores LANGUAGE in the "C" locale, so messages move to C.UTF-8 then. */
void
nc_language_apply (const char *code)
{
  const char *messages_locale = setlocale (LC_MESSAGES, NULL);

  if (code == NULL || *code == '\0')
    g_unsetenv ("LANGUAGE");
  else
    g_setenv ("LANGUAGE", code, TRUE);

  if (code != NULL && *code != '\0' && messages_locale != NULL &&
      (strcmp (messages_locale, "C") == 0 || strcmp (messages_locale, "POSIX") == 0))
    setlocale (LC_MESSAGES, "C.UTF-8");

  ++_nl_msg_cat_cntr;
}

/* "vi" when the interface speaks Vietnamese, else "en". */
const char *
nc_language_get_current (void)
{
  const char * const *names = g_get_language_names ();

  for (gsize i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "vi"))
        return "vi";
      if (g_str_has_prefix (names[i], "en") || strcmp (names[i], "C") == 0)
        return "en";
    }
  return "en";
}
