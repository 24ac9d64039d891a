/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-csv.c — see nc-csv.h */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nc-csv.h"

G_DEFINE_QUARK (nc-csv-error-quark, nc_csv_error)

#define BOM "\xEF\xBB\xBF"

/* The separator of the first line (outside quotes): the most frequent of
 * ',', ';' and tab; ',' when there is none. */
static char
guess_separator (const char *p,
                 const char *end)
{
  int commas = 0, semis = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semis++;
      else if (!quoted && *p == '\t')
        tabs++;
    }
  if (semis > commas && semis >= tabs)
    return ';';
  if (tabs > commas && tabs > semis)
    return '\t';
  return ',';
}

/* A field as read: with the formula guard taken away. */
static char *
finish_field (GString *field)
{
  if (field->len >= 2 && field->str[0] == '\'' && strchr ("=+-@", field->str[1]) != NULL)
    g_string_erase (field, 0, 1);
  return g_strndup (field->str, field->len);
}

static GStrv
finish_row (GPtrArray *row)
{
  g_ptr_array_add (row, NULL);
  return (GStrv) g_ptr_array_free (row, FALSE);
}

GPtrArray *
nc_csv_parse (const char  *data,
              gssize       length,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p, *end, *bad;
  gboolean quoted = FALSE, was_quoted = FALSE;
  int line = 1, quote_line = 0;
  char sep;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (data);
  p = data;
  end = data + length;
  if (length >= 3 && memcmp (p, BOM, 3) == 0)
    p += 3;

  if (!g_utf8_validate (p, end - p, &bad))
    {
      int bad_line = 1;
      for (const char *q = p; q < bad; q++)
        bad_line += *q == '\n';
      g_set_error (error, NC_CSV_ERROR, NC_CSV_ERROR_ENCODING,
                   _("Line %d is not UTF-8 text. Save the file as “CSV UTF-8” and try again."),
                   bad_line);
      return NULL;
    }

  sep = guess_separator (p, end);
  row = g_ptr_array_new_with_free_func (g_free);

  while (p < end)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
              continue;
            }
          if (c == '"')
            quoted = FALSE;
          else
            {
              line += c == '\n';
              g_string_append_c (field, c);
            }
          p++;
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          quote_line = line;
          p++;
        }
      else if (c == '"' || (was_quoted && c != sep && c != '\r' && c != '\n'))
        {
          g_set_error (error, NC_CSV_ERROR, NC_CSV_ERROR_QUOTE,
                       _("Line %d has a quote mark in the middle of a field. Put fields with quote marks in quotes and double the marks inside."),
                       line);
          return NULL;
        }
      else if (c == sep)
        {
          g_ptr_array_add (row, finish_field (field));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          p++;
        }
      else if (c == '\r' || c == '\n')
        {
          g_ptr_array_add (row, finish_field (field));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          g_ptr_array_add (rows, finish_row (g_steal_pointer (&row)));
          row = g_ptr_array_new_with_free_func (g_free);
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
        }
      else
        {
          g_string_append_c (field, c);
          p++;
        }

      if (field->len > NC_CSV_MAX_FIELD)
        {
          g_set_error (error, NC_CSV_ERROR, NC_CSV_ERROR_TOO_LARGE,
                       _("Line %d has a field longer than %d kilobytes."),
                       quoted ? quote_line : line, NC_CSV_MAX_FIELD / 1024);
          return NULL;
        }
      if (rows->len > NC_CSV_MAX_ROWS)
        {
          g_set_error (error, NC_CSV_ERROR, NC_CSV_ERROR_TOO_LARGE,
                       _("The file has more than %d rows."), NC_CSV_MAX_ROWS);
          return NULL;
        }
    }

  if (quoted)
    {
      g_set_error (error, NC_CSV_ERROR, NC_CSV_ERROR_QUOTE,
                   _("The quote mark opened on line %d is never closed."),
                   quote_line);
      return NULL;
    }
  if (field->len > 0 || row->len > 0 || was_quoted)
    {
      g_ptr_array_add (row, finish_field (field));
      g_ptr_array_add (rows, finish_row (g_steal_pointer (&row)));
    }

  return g_steal_pointer (&rows);
}

/* Reads a CSV file whole, refusing one over NC_CSV_MAX_FILE bytes before
 * reading it (a class list is small; a huge file is a mistake). */
gboolean
nc_csv_load_file (const char  *path,
                  char       **contents,
                  gsize       *length,
                  GError     **error)
{
  GStatBuf st;
  g_autofree char *name = g_filename_display_basename (path);

  if (g_stat (path, &st) == 0 && st.st_size > NC_CSV_MAX_FILE)
    {
      g_set_error (error, NC_CSV_ERROR, NC_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d megabytes; a class list or results file is much smaller."),
                   name, NC_CSV_MAX_FILE / (1024 * 1024));
      return FALSE;
    }
  return g_file_get_contents (path, contents, length, error);
}

GPtrArray *
nc_csv_read_file (const char  *path,
                  GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *rows;

  if (!nc_csv_load_file (path, &data, &length, error))
    return NULL;
  rows = nc_csv_parse (data, length, &local_error);
  if (rows == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
    }
  return rows;
}

GString *
nc_csv_new_document (void)
{
  return g_string_new (BOM);
}

void
nc_csv_append_row (GString            *out,
                   const char * const *fields,
                   int                 n_fields)
{
  for (int i = 0; i < n_fields; i++)
    {
      const char *f = fields[i] != NULL ? fields[i] : "";
      gboolean guard = strchr ("=+-@", f[0]) != NULL && f[0] != '\0';
      gboolean quote = guard || strpbrk (f, ",;\t\"\r\n") != NULL || f[0] == ' ';

      if (i > 0)
        g_string_append_c (out, ',');
      if (quote)
        g_string_append_c (out, '"');
      if (guard)
        g_string_append_c (out, '\'');
      for (const char *q = f; *q; q++)
        {
          if (*q == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *q);
        }
      if (quote)
        g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
