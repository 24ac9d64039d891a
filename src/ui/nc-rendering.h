/* nc-rendering.h — how NetConduct draws on a computer without a GPU */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean nc_rendering_has_gpu (void);
void     nc_rendering_choose  (void);

G_END_DECLS
