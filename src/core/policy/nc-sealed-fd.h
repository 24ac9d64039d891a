/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-sealed-fd.h — bytes handed to another process as a file descriptor
 *
 * The family service gives a child's app its compiled category lists as
 * sealed memfds over D-Bus (a GUnixFDList): the receiver maps one only
 * after it has checked the seals (no write, no shrink, no grow, no more
 * seals), so the sender can neither change the bytes under it nor make a
 * read fault. A parent gives a list to import as a descriptor of a
 * regular file (or a memfd), read whole with a limit on its size: a FIFO
 * or a device is refused, never waited on.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A sealed memfd with a copy of the regular file open as @fd (not taken),
 * at most @max_size bytes, copied by the kernel; -1 with @error. */
int     nc_sealed_fd_copy       (int             fd,
                                 gsize           max_size,
                                 GError        **error);
/* The bytes of the sealed memfd @fd (not taken: close it yourself),
 * mapped read-only; NULL with a G_IO_ERROR when @fd is not a sealed
 * regular file or holds more than @max_size bytes. */
GBytes *nc_sealed_fd_map        (int             fd,
                                 gsize           max_size,
                                 GError        **error);
/* The contents of the regular file open as @fd (not taken), read from
 * its start; NULL with a G_IO_ERROR when @fd is no regular file
 * (G_IO_ERROR_NOT_REGULAR_FILE) or holds more than @max_size bytes
 * (G_IO_ERROR_NO_SPACE). */
GBytes *nc_sealed_fd_read_file  (int             fd,
                                 gsize           max_size,
                                 GError        **error);

G_END_DECLS
