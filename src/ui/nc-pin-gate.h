/* nc-pin-gate.h — asks for the parent PIN before the parents' area or an
 * older child's profile */
#pragma once

#include <adwaita.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_PIN_GATE (nc_pin_gate_get_type ())
G_DECLARE_FINAL_TYPE (NcPinGate, nc_pin_gate, NC, PIN_GATE, AdwWindow)

NcPinGate *nc_pin_gate_new         (GtkWindow  *parent,
                                    NcStore    *store);
void       nc_pin_gate_set_message (NcPinGate  *self,
                                    const char *message);

G_END_DECLS
