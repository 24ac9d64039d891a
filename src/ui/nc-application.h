/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-application.h — the NetConduct application */
#pragma once

#include <adwaita.h>

#include "nc-rules-source.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_APPLICATION (nc_application_get_type ())
G_DECLARE_FINAL_TYPE (NcApplication, nc_application, NC, APPLICATION, AdwApplication)

NcApplication *nc_application_new           (void);
NcStore       *nc_application_get_store     (NcApplication *self);
const GError  *nc_application_get_store_error (NcApplication *self);
NcRulesSource *nc_application_get_rules_source (NcApplication *self);
gint64         nc_application_get_profile_id  (NcApplication *self);
void           nc_application_set_profile_id  (NcApplication *self,
                                               gint64         profile_id);
gboolean       nc_application_needs_setup     (NcApplication *self);
void           nc_application_restart_setup   (NcApplication *self);

G_END_DECLS
