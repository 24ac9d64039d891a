/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-sealed-fd.c — bytes handed to another process as a file descriptor */
#define _GNU_SOURCE             /* memfd_create, F_ADD_SEALS */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "nc-sealed-fd.h"

#define SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)

static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what, g_strerror (saved_errno));
}

/* A memfd that can be sealed; -1 with @error. */
static int
new_memfd (GError **error)
{
  int fd = memfd_create ("netconduct-list", MFD_CLOEXEC | MFD_ALLOW_SEALING);

  if (fd < 0)
    set_errno_error (error, errno, _("Cannot hand over a list"));
  return fd;
}

/* Seals @fd and returns it; closes it and returns -1 with @error when it
 * cannot. */
static int
seal (int      fd,
      GError **error)
{
  if (fcntl (fd, F_ADD_SEALS, SEALS) != 0)
    {
      set_errno_error (error, errno, _("Cannot hand over a list"));
      close (fd);
      return -1;
    }
  return fd;
}

/* fstat()s @fd: a regular file of at most @max_size bytes. */
static gboolean
check_regular (int           fd,
               gsize         max_size,
               struct stat  *st,
               GError      **error)
{
  if (fstat (fd, st) != 0)
    {
      set_errno_error (error, errno, _("Cannot read the list"));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("The list is not a regular file (a pipe or a device is not read)."));
      return FALSE;
    }
  if (st->st_size < 0 || (guint64) st->st_size > max_size)
    {
      g_autofree char *size = g_format_size ((guint64) MAX (st->st_size, 0));
      g_autofree char *max = g_format_size (max_size);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The list is too big: %s, at most %s are taken."),
                   size, max);
      return FALSE;
    }
  return TRUE;
}

static void
unmap_cb (gpointer data)
{
  GMappedFile *mapped = data;

  g_mapped_file_unref (mapped);
}

GBytes *
nc_sealed_fd_map (int      fd,
                  gsize    max_size,
                  GError **error)
{
  GMappedFile *mapped;
  struct stat st;
  int seals;

  if (!check_regular (fd, max_size, &st, error))
    return NULL;
  seals = fcntl (fd, F_GET_SEALS);
  if (seals < 0 || (seals & SEALS) != SEALS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("The list was not handed over sealed: it could change while read."));
      return NULL;
    }
  if (st.st_size == 0)
    return g_bytes_new (NULL, 0);
  mapped = g_mapped_file_new_from_fd (fd, FALSE, error);
  if (mapped == NULL)
    return NULL;
  return g_bytes_new_with_free_func (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped),
                                     unmap_cb, mapped);
}

GBytes *
nc_sealed_fd_read_file (int      fd,
                        gsize    max_size,
                        GError **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize done = 0;

  if (!check_regular (fd, max_size, &st, error))
    return NULL;
  /* One byte more than the size said: a file that grows meanwhile is
   * read no further than the limit. */
  data = g_malloc ((gsize) st.st_size + 1);
  while (done <= (gsize) st.st_size)
    {
      ssize_t n = pread (fd, data + done, (gsize) st.st_size + 1 - done, (off_t) done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno, _("Cannot read the list"));
          return NULL;
        }
      if (n == 0)
        break;
      done += (gsize) n;
    }
  if (done > (gsize) st.st_size && done > max_size)
    {
      g_autofree char *max = g_format_size (max_size);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The list grew beyond %s while it was read."), max);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), done);
}


/* A sealed memfd with a copy of the regular file open as @fd (not taken),
 * at most @max_size bytes, copied by the kernel (no buffer in this
 * process); -1 with @error as nc_sealed_fd_read_file() gives. */
int
nc_sealed_fd_copy (int      fd,
                   gsize    max_size,
                   GError **error)
{
  struct stat st;
  off_t offset = 0;
  int copy;

  if (!check_regular (fd, max_size, &st, error) || (copy = new_memfd (error)) < 0)
    return -1;
  while (offset < st.st_size)
    {
      ssize_t n = sendfile (copy, fd, &offset, (gsize) (st.st_size - offset));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_errno_error (error, n < 0 ? errno : EIO, _("Cannot hand over a list"));
          close (copy);
          return -1;
        }
    }
  return seal (copy, error);
}
