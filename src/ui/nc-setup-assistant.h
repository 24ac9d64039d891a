/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-setup-assistant.h — the first-run setup: language, PIN, children */
#pragma once

#include <adwaita.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_SETUP_ASSISTANT (nc_setup_assistant_get_type ())
G_DECLARE_FINAL_TYPE (NcSetupAssistant, nc_setup_assistant, NC, SETUP_ASSISTANT, AdwApplicationWindow)

NcSetupAssistant *nc_setup_assistant_new      (GtkApplication   *application,
                                               NcStore          *store);
const char       *nc_setup_assistant_get_step (NcSetupAssistant *self);

G_END_DECLS
