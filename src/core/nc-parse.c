/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parse.c — strict parsers for what people type (see nc-parse.h) */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-parse.h"
#include "nc-store-common.h"

static const char * const day_names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

int
nc_parse_day (const char *name)
{
  for (int d = 0; name != NULL && d < 7; d++)
    if (g_ascii_strcasecmp (name, day_names[d]) == 0)
      return d;
  return -1;
}

const char *
nc_day_name (int day)
{
  g_return_val_if_fail (day >= 0 && day < 7, NULL);
  return day_names[day];
}

char *
nc_parse_quote (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (out->len >= 60)
        {
          g_string_append (out, "…");
          break;
        }
      if (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
          type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR)
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
nc_parse_is_clean_name (const char *text,
                        glong       max_chars)
{
  gboolean blank = TRUE;
  glong n = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR ||
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
          c == 0x200E || c == 0x200F || c == 0x061C)
        return FALSE;
      if (!g_unichar_isspace (c))
        blank = FALSE;
      if (++n > max_chars)
        return FALSE;
    }
  return !blank;
}

/* ---- hours ----------------------------------------------------------------- */

/* H or H:00, H from 0 to 23 (to 24 for an end). */
static gboolean
parse_time (const char *text,
            gboolean    is_end,
            guint      *hour)
{
  guint h = 0;
  int digits = 0;
  const char *p = text;

  while (g_ascii_isdigit (*p) && digits < 2)
    h = h * 10 + (guint) (*p++ - '0'), digits++;
  if (digits == 0)
    return FALSE;
  if (*p == ':')
    {
      if (strcmp (p, ":00") != 0)
        return FALSE;
      p += 3;
    }
  if (*p != '\0' || h > 24 || (h == 24 && !is_end))
    return FALSE;
  *hour = h;
  return TRUE;
}

/* Sets @problem (translated) and returns FALSE. The spec holds no control
 * character by then, so its parts print as they are. */
static gboolean hours_problem (char       **problem,
                               const char  *format,
                               ...) G_GNUC_PRINTF (2, 3);

static gboolean
hours_problem (char       **problem,
               const char  *format,
               ...)
{
  va_list args;

  g_free (*problem);
  va_start (args, format);
  *problem = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

static gboolean
parse_days (const char  *text,
            int         *first,
            int         *last,
            char       **problem)
{
  g_auto(GStrv) span = NULL;

  if (g_ascii_strcasecmp (text, "all") == 0)
    return *first = 0, *last = 6, TRUE;
  span = g_strsplit (text, "-", -1);
  if (g_strv_length (span) > 2 || (*first = nc_parse_day (span[0])) < 0 ||
      (*last = span[1] != NULL ? nc_parse_day (span[1]) : *first) < 0)
    return hours_problem (problem, _("“%s” is not a day: use mon, tue, wed, thu, fri, sat, sun, "
                                     "a range such as mon-fri, or all."), text);
  if (*last < *first)
    return hours_problem (problem, _("The days “%s” run backwards: write the earlier day first, "
                                     "such as mon-fri."), text);
  return TRUE;
}

static gboolean
parse_ranges (const char  *text,
              guint32     *mask,
              char       **problem)
{
  g_auto(GStrv) parts = NULL;

  *mask = 0;
  if (g_ascii_strcasecmp (text, "none") == 0)
    return TRUE;
  parts = g_strsplit (text, "+", -1);
  for (gsize r = 0; parts[r] != NULL; r++)
    {
      g_auto(GStrv) ends = g_strsplit (parts[r], "-", -1);
      guint from, to;

      if (g_strv_length (ends) != 2)
        return hours_problem (problem, _("“%s” is not a range of hours: write START-END, such as 7-20, "
                                         "or none."), parts[r]);
      if (!parse_time (ends[0], FALSE, &from))
        return hours_problem (problem, _("“%s” is not a start time: use a whole hour from 0 to 23, "
                                         "such as 7 or 7:00."), ends[0]);
      if (!parse_time (ends[1], TRUE, &to))
        return hours_problem (problem, _("“%s” is not an end time: use a whole hour from 1 to 24, "
                                         "such as 20 or 20:00."), ends[1]);
      if (to <= from)
        return hours_problem (problem, _("“%s” ends before it starts: put the earlier hour first, "
                                         "such as 7-20."), parts[r]);
      for (guint h = from; h < to; h++)
        *mask |= 1u << h;
    }
  return TRUE;
}

static gboolean
parse_hours_into (const char  *spec,
                  guint32      hours[7],
                  char       **problem)
{
  g_auto(GStrv) groups = NULL;
  gboolean named[7] = { FALSE };

  if (strlen (spec) > NC_PARSE_HOURS_MAX_BYTES)
    {
      *problem = g_strdup_printf (_("It is longer than %d characters."), NC_PARSE_HOURS_MAX_BYTES);
      return FALSE;
    }
  if (!g_utf8_validate (spec, -1, NULL))
    return hours_problem (problem, "%s", _("It is not valid UTF-8 text."));
  for (const char *p = spec; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      return hours_problem (problem, "%s", _("It holds a control character (a tab, a new line…): remove it."));
  groups = g_strsplit (spec, ",", -1);
  for (gsize g = 0; groups[g] != NULL; g++)
    {
      g_auto(GStrv) sides = g_strsplit (groups[g], "=", -1);
      const char *days, *ranges;
      guint32 mask = 0;
      int first = 0, last = -1;

      for (gsize i = 0; sides[i] != NULL; i++)
        g_strstrip (sides[i]);
      if (sides[0] == NULL || (sides[1] == NULL && *sides[0] == '\0'))
        return hours_problem (problem, "%s", _("A part between two commas is empty: remove the extra comma."));
      if (g_strv_length (sides) > 2)
        return hours_problem (problem, _("“%s” has more than one “=”: write DAYS=HOURS, such as mon-fri=7-20."),
                              groups[g]);
      days = sides[1] != NULL ? sides[0] : "all";
      ranges = sides[1] != NULL ? sides[1] : sides[0];
      if (*days == '\0' || *ranges == '\0')
        return hours_problem (problem, _("“%s” lacks the days or the hours: write DAYS=HOURS, such as "
                                         "mon-fri=7-20."), groups[g]);
      if (!parse_days (days, &first, &last, problem) || !parse_ranges (ranges, &mask, problem))
        return FALSE;
      for (int d = first; d <= last; d++)
        {
          if (named[d])
            return hours_problem (problem, _("The day %s is named twice: name each day once."), day_names[d]);
          named[d] = TRUE;
          hours[d] = mask;
        }
    }
  return TRUE;
}

gboolean
nc_parse_hours (const char  *spec,
                guint32      hours[7],
                GError     **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *quoted = NULL;
  guint32 parsed[7];

  g_return_val_if_fail (hours != NULL, FALSE);

  memcpy (parsed, hours, sizeof parsed);
  if (spec != NULL && *spec != '\0' && parse_hours_into (spec, parsed, &problem))
    {
      memcpy (hours, parsed, sizeof parsed);
      return TRUE;
    }
  if (problem == NULL)
    problem = g_strdup (_("No hours are given."));
  quoted = nc_parse_quote (spec);
  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
               _("Cannot read the hours “%s”: %s Write for example 7-20, or mon-fri=7-20,sat-sun=8-21, "
                 "or sun=none."), quoted, problem);
  return FALSE;
}

char *
nc_format_hours (guint32 mask)
{
  GString *text = g_string_new (NULL);
  int h = 0;

  while (h < 24)
    {
      int from;

      if (!(mask & (1u << h)))
        {
          h++;
          continue;
        }
      from = h;
      while (h < 24 && (mask & (1u << h)))
        h++;
      g_string_append_printf (text, "%s%d-%d", text->len > 0 ? "+" : "", from, h);
    }
  if (text->len == 0)
    g_string_append (text, "none");
  return g_string_free (text, FALSE);
}

/* ---- categories ------------------------------------------------------------ */

gboolean
nc_parse_category (const char     *name,
                   NcSiteCategory *category)
{
  for (int c = 0; name != NULL && c < NC_N_SITE_CATEGORIES; c++)
    if (g_ascii_strcasecmp (name, nc_site_category_to_string ((NcSiteCategory) c)) == 0)
      return *category = (NcSiteCategory) c, TRUE;
  return FALSE;
}

char *
nc_parse_list_categories (void)
{
  GString *text = g_string_new (NULL);

  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    g_string_append_printf (text, "%s%s", c > 0 ? ", " : "", nc_site_category_to_string ((NcSiteCategory) c));
  return g_string_free (text, FALSE);
}

gboolean
nc_parse_categories (const char  *text,
                     guint32     *bits,
                     GError     **error)
{
  g_auto(GStrv) names = NULL;
  guint32 parsed = 0;

  g_return_val_if_fail (bits != NULL, FALSE);

  if (text == NULL || *text == '\0' || g_ascii_strcasecmp (text, "none") == 0)
    return *bits = 0, TRUE;
  names = g_strsplit_set (text, ",;", -1);
  for (gsize i = 0; names[i] != NULL; i++)
    {
      NcSiteCategory category;

      if (!nc_parse_category (g_strstrip (names[i]), &category))
        {
          g_autofree char *quoted = nc_parse_quote (names[i]);
          g_autofree char *known = nc_parse_list_categories ();
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("Unknown category “%s”: use %s, separated by commas, or none."), quoted, known);
          return FALSE;
        }
      parsed |= 1u << category;
    }
  *bits = parsed;
  return TRUE;
}
