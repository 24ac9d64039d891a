/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-pin-gate.h — the one prompt for the parent PIN: the parents' area, an
 * older child's profile, ask a parent, more time */
#pragma once

#include <adwaita.h>

#include "nc-rules-source.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_PIN_GATE (nc_pin_gate_get_type ())
G_DECLARE_FINAL_TYPE (NcPinGate, nc_pin_gate, NC, PIN_GATE, AdwWindow)

NcPinGate *nc_pin_gate_new         (GtkWindow  *parent,
                                    NcStore    *store);
NcPinGate *nc_pin_gate_new_with_source (GtkWindow     *parent,
                                        NcStore       *store,
                                        NcRulesSource *source);
NcPinGate *nc_pin_gate_new_for_child (GtkWidget  *widget,
                                      NcStore    *store,
                                      NcRulesSource *source,
                                      const char *title,
                                      const char *message,
                                      const char *no_pin_message);
void       nc_pin_gate_set_message (NcPinGate  *self,
                                    const char *message);
void       nc_pin_gate_add_choice  (NcPinGate  *self,
                                    const char *choice_id,
                                    const char *label);
const char *nc_pin_gate_get_choice (NcPinGate  *self);
const char *nc_pin_gate_get_pin    (NcPinGate  *self);

G_END_DECLS
