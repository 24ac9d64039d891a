/* nc-rendering.c — how NetConduct draws on a computer without a GPU
 *
 * Without a GPU, OpenGL is Mesa's llvmpipe: the CPU runs the shaders.
 * GTK 4.8 still draws every frame through it, which costs the app's
 * process about 120 MB (LLVM, the driver and its heap) and 0.6 s before
 * the first frame, and each frame of the window takes about 10 ms instead
 * of about 1 ms with cairo. There, GTK draws with cairo (GDK_DEBUG=
 * gl-disable), and WebKit, with no GL context from GTK, paints pages
 * without accelerated compositing (no slower: its compositing would run
 * on the CPU too). With a GPU nothing changes.
 */
#include "config.h"

#include <string.h>

#include "nc-rendering.h"

/* TRUE when the computer has a GPU that Mesa or a vendor driver can use:
 * a DRM render node, and software rendering not forced. */
gboolean
nc_rendering_has_gpu (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  const char *software = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  if (software != NULL && *software != '\0' && !g_str_equal (software, "0"))
    return FALSE;
  dir = g_dir_open ("/dev/dri", 0, NULL);
  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

/* Call before GTK opens the display. Leaves alone a renderer or GDK
 * debugging options the user chose. */
void
nc_rendering_choose (void)
{
  if (g_getenv ("GSK_RENDERER") != NULL || g_getenv ("GDK_DEBUG") != NULL)
    return;
  if (!nc_rendering_has_gpu ())
    g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
}
