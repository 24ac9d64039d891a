/* SPDX-License-Identifier: GPL-3.0-or-later */
/* netconduct-check — runs the conduct checker over lines of text
 *
 * Reads UTF-8 text, one item per line, from the files named on the command
 * line or from standard input, and prints one result per line: with
 * --format=jsonl one JSON object per input line (offsets in code points of
 * that line, end exclusive), with --format=text a short readable summary.
 * A line that is not valid UTF-8 (or holds NUL bytes) is reported as such
 * and skipped; the tool goes on with the next line. A line longer than
 * 1 MiB is checked up to there (cut at a character boundary) with a note
 * on stderr; the rest of it is skipped.
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-report-json.h"

static char *opt_format = NULL;
static char *opt_lang = NULL;
static gboolean opt_dump = FALSE;
static gboolean opt_no_model = FALSE;
static gboolean opt_no_span_tagger = FALSE;
static char **opt_files = NULL;

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format, N_("Output format: jsonl or text"), "FORMAT" },
  { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang, N_("Language of the text: vi, en or auto"), "LANG" },
  { "dump-normalized", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_dump, NULL, NULL },
  { "no-model", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_no_model, NULL, NULL },
  { "no-span-tagger", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_no_span_tagger, NULL, NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_files, NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_json (JsonBuilder *b, FILE *out)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *s = NULL;

  json_generator_set_root (gen, root);
  s = json_generator_to_data (gen, NULL);
  fputs (s, out);
  fputc ('\n', out);
}

static void
report_error (gboolean jsonl, gsize line_no, const char *message, FILE *out)
{
  if (jsonl)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "line");
      json_builder_add_int_value (b, (gint64) line_no);
      json_builder_set_member_name (b, "flagged");
      json_builder_add_boolean_value (b, FALSE);
      json_builder_set_member_name (b, "findings");
      json_builder_begin_array (b);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "error");
      json_builder_add_string_value (b, message);
      json_builder_end_object (b);
      print_json (b, out);
    }
  else
    fprintf (out, "%" G_GSIZE_FORMAT ": %s\n", line_no, message);
}

static void
check_line (NcChecker  *checker,
            const char *line,
            gsize       len,
            gsize       line_no,
            gboolean    jsonl,
            const char *lang,
            FILE       *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcReport) report = NULL;
  const NcFinding *f;
  gsize n;

  if (memchr (line, '\0', len) != NULL)
    {
      report_error (jsonl, line_no, _("The line holds NUL bytes; it was not checked."), out);
      return;
    }
  if (!g_utf8_validate_len (line, len, NULL))
    {
      report_error (jsonl, line_no, _("The line is not valid UTF-8; it was not checked."), out);
      return;
    }
  report = nc_checker_check (checker, line, (gssize) len, lang, &error);
  if (report == NULL)
    {
      report_error (jsonl, line_no, error->message, out);
      return;
    }
  f = nc_report_get_findings (report, &n);

  if (jsonl)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "line");
      json_builder_add_int_value (b, (gint64) line_no);
      nc_report_build_json (report, NC_REPORT_OFFSETS_CODE_POINTS, b);
      json_builder_end_object (b);
      print_json (b, out);
    }
  else
    {
      if (n == 0)
        {
          fprintf (out, "%" G_GSIZE_FORMAT ": %s\n", line_no, _("no problem found"));
          return;
        }
      for (gsize i = 0; i < n; i++)
        {
          g_autofree char *span = g_strndup (line + f[i].byte_start, f[i].byte_end - f[i].byte_start);

          fprintf (out, "%" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT ": %s [%s, %s] “%s”: %s\n",
                   line_no, f[i].cp_start, f[i].cp_end,
                   nc_category_to_string (f[i].category), f[i].ref_id,
                   nc_severity_to_string (f[i].severity), span, f[i].explanation);
          if (f[i].suggestion != NULL)
            fprintf (out, "    %s %s\n", _("Try:"), f[i].suggestion);
        }
    }
}

/* Prints "folded<TAB>marked<TAB>spans<TAB>typed" for each line, spans
 * being the original code point span of each word ("0-3 4-7") and typed
 * 1 when some word was typed with Vietnamese marks (0 otherwise): the
 * training script computes the model's features from it, so they match
 * the C code. */
static void
dump_line (NcNormalizer *norm, const char *line, gsize len, FILE *out)
{
  g_autoptr(NcNormText) nt = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *marked = NULL;

  if (memchr (line, '\0', len) != NULL || !g_utf8_validate_len (line, len, NULL))
    {
      fputs ("\t\n", out);
      return;
    }
  nt = nc_normalizer_run (norm, line, len, TRUE);
  folded = nc_norm_text_to_folded (nt);
  marked = nc_norm_text_to_marked (nt);
  fprintf (out, "%s\t%s\t", folded, marked);
  for (gsize i = 0; i < nt->n_chars;)
    {
      gsize j = i;

      while (j < nt->n_chars && nt->chars[j].folded != NC_NORM_SPACE && nt->chars[j].folded != NC_NORM_STOP)
        j++;
      if (j > i)
        fprintf (out, "%s%u-%u", i > 0 ? " " : "", nt->chars[i].orig_start, nt->chars[j - 1].orig_end);
      i = j + 1;
    }
  fprintf (out, "\t%d\n", nt->typed_marks ? 1 : 0);
}

/* The longest line checked: the rest of a longer line is read and
 * dropped, with a note on stderr, so an endless line cannot fill the
 * memory. */
#define MAX_LINE_BYTES (1024 * 1024)

/* Where a line cut at @len bytes may end without splitting a UTF-8
 * sequence. */
static gsize
utf8_cut (const char *buf,
          gsize       len)
{
  gsize start = len;
  guchar lead;
  gsize need;

  while (start > 0 && len - start < 4 && ((guchar) buf[start - 1] & 0xC0) == 0x80)
    start--;
  if (start == 0)
    return len;
  lead = (guchar) buf[start - 1];
  need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return (len - (start - 1) < need) ? start - 1 : len;
}

static gboolean
run_stream (NcChecker *checker, NcNormalizer *norm, FILE *in, gsize *line_no,
            gboolean jsonl, const char *lang)
{
  g_autofree char *buf = g_malloc (MAX_LINE_BYTES + 1);
  gboolean more = TRUE;

  while (more)
    {
      gsize len = 0, dropped = 0;
      int c;

      while ((c = getc_unlocked (in)) != EOF && c != '\n')
        {
          if (len < MAX_LINE_BYTES)
            buf[len++] = (char) c;
          else
            dropped++;
        }
      more = c != EOF;
      if (!more && len == 0 && dropped == 0)
        break;
      (*line_no)++;
      if (dropped > 0)
        {
          len = utf8_cut (buf, len);
          g_printerr (_("netconduct-check: line %lu is longer than %d MiB; only its first "
                        "%lu bytes were checked. Split long text into several lines.\n"),
                      (unsigned long) *line_no, MAX_LINE_BYTES / (1024 * 1024), (unsigned long) len);
        }
      else if (len > 0 && buf[len - 1] == '\r')
        len--;
      buf[len] = '\0';
      if (norm != NULL)
        dump_line (norm, buf, len, stdout);
      else
        check_line (checker, buf, len, *line_no, jsonl, lang, stdout);
    }
  return !ferror (in);
}

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NcChecker) checker = NULL;
  NcNormalizer *norm = NULL;
  gboolean jsonl;
  const char *lang = NULL;
  gsize line_no = 0;
  int status = 0;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Checks text against the Code of Conduct on Social Networks, one item per line."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (opt_format == NULL || g_str_equal (opt_format, "text"))
    jsonl = FALSE;
  else if (g_str_equal (opt_format, "jsonl"))
    jsonl = TRUE;
  else
    {
      g_printerr (_("Unknown format “%s”: use jsonl or text.\n"), opt_format);
      return 2;
    }
  if (opt_lang == NULL || g_str_equal (opt_lang, "auto"))
    lang = NULL;
  else if (g_str_equal (opt_lang, "vi") || g_str_equal (opt_lang, "en"))
    lang = opt_lang;
  else
    {
      g_printerr (_("Unknown language “%s”: use vi, en or auto.\n"), opt_lang);
      return 2;
    }

  checker = nc_checker_new (&error);
  if (checker == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (opt_dump)
    norm = nc_checker_get_normalizer (checker);
  if (opt_no_model)
    nc_checker_disable_model (checker);
  if (opt_no_span_tagger)
    nc_checker_disable_span_tagger (checker);

  if (opt_files == NULL || opt_files[0] == NULL)
    {
      if (!run_stream (checker, norm, stdin, &line_no, jsonl, lang))
        status = 1;
    }
  else
    for (int i = 0; opt_files[i] != NULL; i++)
      {
        FILE *in = g_str_equal (opt_files[i], "-") ? stdin : fopen (opt_files[i], "rb");

        if (in == NULL)
          {
            g_printerr (_("Cannot open %s: %s\n"), opt_files[i], g_strerror (errno));
            status = 1;
            continue;
          }
        if (!run_stream (checker, norm, in, &line_no, jsonl, lang))
          status = 1;
        if (in != stdin)
          fclose (in);
      }
  fflush (stdout);
  return status;
}
