/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — NetConduct's entry point: i18n, then the application */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "nc-application.h"
#include "nc-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  nc_language_init ();

  app = nc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
