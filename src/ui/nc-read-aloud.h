/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-read-aloud.h — reads text aloud through Speech Dispatcher
 *
 * One connection for the application, opened off the main thread the first
 * time it is asked for (Speech Dispatcher may be started for it, which
 * takes a moment). Until it is open, and for good when there is no speech
 * service (none installed, none running and none can be started, or
 * NetConduct built without libspeechd), :available is FALSE and callers
 * hide their "Read to me" button. Nothing is spoken unless asked; the text
 * goes to the local speech service only.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NC_TYPE_READ_ALOUD (nc_read_aloud_get_type ())
G_DECLARE_FINAL_TYPE (NcReadAloud, nc_read_aloud, NC, READ_ALOUD, GObject)

NcReadAloud *nc_read_aloud_get_default   (void);
gboolean     nc_read_aloud_get_available (NcReadAloud *self);
gboolean     nc_read_aloud_say           (NcReadAloud *self,
                                          const char  *text,
                                          const char  *language);
void         nc_read_aloud_stop          (NcReadAloud *self);

G_END_DECLS
