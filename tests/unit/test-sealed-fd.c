/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sealed-fd.c — lists handed between processes as file descriptors
 * (nc-sealed-fd.h) and compiled from what a parent hands over
 * (nc_category_compile()) */
#define _GNU_SOURCE
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "nc-category-import.h"
#include "nc-sealed-fd.h"

/* A temporary regular file holding @data; its descriptor (unlinked). */
static int
temp_file_with (gconstpointer data,
                gsize         size)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("nc-sealed-XXXXXX", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, data, size), ==, (gssize) size);
  g_unlink (path);
  return fd;
}

static GBytes *
compiled_list (const char *text,
               guint16     value)
{
  NcDomainSetBuilder *builder = nc_domain_set_builder_new ();
  GBytes *bytes;

  nc_domain_set_builder_add_text (builder, text, strlen (text), value, NULL);
  bytes = nc_domain_set_builder_compile (builder);
  nc_domain_set_builder_free (builder);
  return bytes;
}

static void
test_copy_and_map (void)
{
  g_autoptr(GBytes) compiled = compiled_list ("casino.example\nbet.example\n", 1u << NC_SITE_CATEGORY_GAMBLING);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) mapped = NULL;
  g_autoptr(NcDomainSet) set = NULL;
  int file = temp_file_with (g_bytes_get_data (compiled, NULL), g_bytes_get_size (compiled));
  int sealed = nc_sealed_fd_copy (file, 1 << 20, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sealed, >=, 0);
  /* sealed: it can be neither written nor shrunk */
  g_assert_cmpint (write (sealed, "x", 1), ==, -1);
  g_assert_cmpint (ftruncate (sealed, 0), ==, -1);
  mapped = nc_sealed_fd_map (sealed, 1 << 20, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (mapped, compiled));
  close (sealed);
  close (file);

  set = nc_domain_set_new_from_bytes (mapped, &error);
  g_assert_no_error (error);
  g_assert_true (nc_domain_set_contains (set, "www.casino.example"));
  g_assert_false (nc_domain_set_contains (set, "school.example"));
  g_assert_cmpuint (nc_domain_set_get_values (set), ==, 1u << NC_SITE_CATEGORY_GAMBLING);
}

static void
test_unsealed_refused (void)
{
  g_autoptr(GError) error = NULL;
  int memfd = memfd_create ("test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  int file = temp_file_with ("abc", 3);

  g_assert_cmpint (write (memfd, "abc", 3), ==, 3);
  g_assert_null (nc_sealed_fd_map (memfd, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (nc_sealed_fd_map (file, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  close (memfd);
  close (file);
}

static void
test_not_regular (void)
{
  g_autoptr(GError) error = NULL;
  int pipe_fds[2];

  g_assert_cmpint (pipe (pipe_fds), ==, 0);
  /* never waits for a writer */
  g_assert_null (nc_sealed_fd_read_file (pipe_fds[0], 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_cmpint (nc_sealed_fd_copy (pipe_fds[0], 100, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_null (nc_sealed_fd_map (pipe_fds[0], 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  close (pipe_fds[0]);
  close (pipe_fds[1]);
}

static void
test_too_big (void)
{
  char data[101] = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) read = NULL;
  int file = temp_file_with (data, sizeof data);

  g_assert_null (nc_sealed_fd_read_file (file, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpint (nc_sealed_fd_copy (file, 100, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  read = nc_sealed_fd_read_file (file, 101, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (read), ==, sizeof data);
  close (file);
}

static void
test_compile (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("0.0.0.0 casino.example\n||bet.example^\nno domain here\n", 53);
  g_autoptr(GBytes) gambling = compiled_list ("casino.example\n", 1u << NC_SITE_CATEGORY_GAMBLING);
  g_autoptr(GBytes) mixed = compiled_list ("casino.example\n", (1u << NC_SITE_CATEGORY_GAMBLING) | 1);
  g_autoptr(GBytes) damaged = g_bytes_new_static ("NCDOMSET and then nothing a set holds", 37);
  g_autoptr(GBytes) empty = g_bytes_new_static ("# nothing\n", 10);
  g_autoptr(GBytes) compiled = NULL, same = NULL;
  g_autoptr(NcDomainSet) set = NULL;
  g_autoptr(GError) error = NULL;
  NcDomainListStats stats = { 0 };

  compiled = nc_category_compile (text, NC_SITE_CATEGORY_GAMBLING, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_added, ==, 2);
  g_assert_cmpuint (stats.n_skipped, ==, 1);
  set = nc_domain_set_new_from_bytes (compiled, &error);
  g_assert_no_error (error);
  g_assert_true (nc_domain_set_contains (set, "a.bet.example"));

  /* a compiled set of the category is taken as it is (family enable) */
  same = nc_category_compile (gambling, NC_SITE_CATEGORY_GAMBLING, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (same, gambling));

  g_assert_null (nc_category_compile (gambling, NC_SITE_CATEGORY_DATING, NULL, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (nc_category_compile (mixed, NC_SITE_CATEGORY_GAMBLING, NULL, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (nc_category_compile (damaged, NC_SITE_CATEGORY_GAMBLING, NULL, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (nc_category_compile (empty, NC_SITE_CATEGORY_GAMBLING, NULL, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sealed-fd/copy-and-map", test_copy_and_map);
  g_test_add_func ("/sealed-fd/unsealed-refused", test_unsealed_refused);
  g_test_add_func ("/sealed-fd/not-regular", test_not_regular);
  g_test_add_func ("/sealed-fd/too-big", test_too_big);
  g_test_add_func ("/category/compile", test_compile);

  return g_test_run ();
}
