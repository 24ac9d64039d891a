/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-personal-data.c — detectors for personal data in a draft
 *
 * Phone numbers, CCCD/CMND numbers, e-mail addresses, passwords and OTP
 * codes, home addresses, school and class; formats in
 * docs/code-of-conduct.md. Cues found by the lexicon (self
 * disclosure, a shop's hotline, "mật khẩu") raise or lower the severity.
 */
#include "config.h"

#include <string.h>

#include "nc-checker-private.h"

#define CUE_WINDOW 48   /* code points between a cue and what it qualifies */

void
nc_personal_data_context_add (NcPersonalDataContext *ctx,
                    NcPersonalDataCue      cue,
                    guint32       cp_start,
                    guint32       cp_end)
{
  guint32 pair[2] = { cp_start, cp_end };

  if (ctx->cues[cue] == NULL)
    ctx->cues[cue] = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_vals (ctx->cues[cue], pair, 2);
}

void
nc_personal_data_context_reset (NcPersonalDataContext *ctx)
{
  for (int i = 0; i < NC_PERSONAL_DATA_N_CUES; i++)
    if (ctx->cues[i] != NULL)
      g_array_set_size (ctx->cues[i], 0);
}

void
nc_personal_data_context_clear (NcPersonalDataContext *ctx)
{
  for (int i = 0; i < NC_PERSONAL_DATA_N_CUES; i++)
    g_clear_pointer (&ctx->cues[i], g_array_unref);
}

static inline gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

static inline gunichar
cp_at (const NcNormText *nt, gsize i)
{
  return nt->cps[i];
}

/* Whether a cue of @cue ends within CUE_WINDOW code points before @start
 * (or overlaps the span). */
static gboolean
cue_near (const NcPersonalDataContext *ctx, NcPersonalDataCue cue, guint32 start, guint32 end,
          guint32 *cue_start)
{
  GArray *a = ctx->cues[cue];

  if (a == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < a->len; i += 2)
    {
      guint32 cs = g_array_index (a, guint32, i), ce = g_array_index (a, guint32, i + 1);

      if ((ce <= start && start - ce <= CUE_WINDOW) || (cs < end && start < ce))
        {
          if (cue_start != NULL)
            *cue_start = cs;
          return TRUE;
        }
    }
  return FALSE;
}

static void
add_span (GArray *out, NcPersonalDataKind kind, NcSeverity sev, guint32 s, guint32 e)
{
  NcPersonalDataSpan span = { kind, sev, s, e };

  for (guint i = 0; i < out->len; i++)
    {
      NcPersonalDataSpan *o = &g_array_index (out, NcPersonalDataSpan, i);
      if (o->cp_start < e && s < o->cp_end)
        return;
    }
  g_array_append_val (out, span);
}

static gboolean
is_mobile (const char *d, gsize n)
{
  if (n == 10 && d[0] == '0')
    return strchr ("35789", d[1]) != NULL;
  if (n == 11 && d[0] == '8' && d[1] == '4')
    return strchr ("35789", d[2]) != NULL;
  if (n == 11 && d[0] == '0' && d[1] == '2')   /* landline */
    return TRUE;
  return FALSE;
}

static gboolean
is_cccd (const char *d, gsize n)
{
  int province;

  if (n != 12)
    return FALSE;
  province = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
  return province >= 1 && province <= 96 && d[3] >= '0' && d[3] <= '3';
}

/* The first code point at or after @i that is an ASCII digit or '+' (or
 * n_cps): the bytes are searched eight at a time, which skips the words
 * between numbers quickly (an ASCII byte always starts a code point). */
static gsize
next_digit_or_plus (const NcNormText *nt, gsize i)
{
  const guchar *t = (const guchar *) nt->text;
  gsize b, n = nt->n_bytes;

  if (i >= nt->n_cps)
    return nt->n_cps;
  b = nt->cp_byte[i];
  for (; b + 8 <= n; b += 8)
    {
      const guint64 ones7 = G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F);
      const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
      guint64 v, v7, digits, plus, z;

      memcpy (&v, t + b, 8);
      v = GUINT64_FROM_LE (v);
      v7 = v & ones7;
      digits = ((v7 + G_GUINT64_CONSTANT (0x5050505050505050)) &          /* >= '0' */
                ~(v7 + G_GUINT64_CONSTANT (0x4646464646464646)) & high);   /* <= '9' */
      z = v7 ^ G_GUINT64_CONSTANT (0x2B2B2B2B2B2B2B2B);
      plus = ~(z + ones7) & high;
      digits = (digits | plus) & ~v & high;   /* ASCII bytes only */
      if (digits != 0)
        {
          b += (gsize) __builtin_ctzll (digits) / 8;
          goto found;
        }
    }
  for (; b < n; b++)
    if ((t[b] >= '0' && t[b] <= '9') || t[b] == '+')
      goto found;
  return nt->n_cps;

found:
  return nc_norm_text_cp_of_byte (nt, b);
}

/* Runs of digits, possibly grouped by single spaces, dots or dashes, and
 * an optional leading "+". */
static void
detect_numbers (const NcNormText *nt, const NcPersonalDataContext *ctx, GArray *out)
{
  gsize i = 0;

  while ((i = next_digit_or_plus (nt, i)) < nt->n_cps)
    {
      gunichar c = cp_at (nt, i);
      char digits[32];
      gsize nd = 0, j, last = i;
      gboolean plus = FALSE;
      guint32 start = (guint32) i;

      if (!(is_digit (c) || (c == '+' && i + 1 < nt->n_cps && is_digit (cp_at (nt, i + 1)))))
        {
          i++;
          continue;
        }
      if (i > 0 && (g_unichar_isalpha (cp_at (nt, i - 1)) || is_digit (cp_at (nt, i - 1))))
        {
          /* part of a word such as "mp3" or "a1b2": skip the whole token */
          i++;
          while (i < nt->n_cps && g_unichar_isalnum (cp_at (nt, i)))
            i++;
          continue;
        }
      if (c == '+')
        {
          plus = TRUE;
          i++;
        }
      for (j = i; j < nt->n_cps; j++)
        {
          gunichar d = cp_at (nt, j);

          if (is_digit (d))
            {
              if (nd < sizeof digits - 1)
                digits[nd] = (char) d;
              nd++;
              last = j;
            }
          else if ((d == ' ' || d == '.' || d == '-') && j + 1 < nt->n_cps &&
                   is_digit (cp_at (nt, j + 1)) && j > 0 && is_digit (cp_at (nt, j - 1)))
            continue;
          else
            break;
        }
      i = last + 1;
      if (i < nt->n_cps && g_unichar_isalpha (cp_at (nt, i)))
        continue;  /* "20k", "3cm": not a number we care about */
      if (nd >= sizeof digits)
        continue;
      digits[nd] = '\0';

      if (is_mobile (digits, nd) && (!plus || digits[0] == '8'))
        {
          NcSeverity sev = NC_SEVERITY_WARN;

          if (cue_near (ctx, NC_PERSONAL_DATA_CUE_SHOP, start, (guint32) i, NULL))
            sev = NC_SEVERITY_INFO;
          else if (cue_near (ctx, NC_PERSONAL_DATA_CUE_SELF, start, (guint32) i, NULL))
            sev = NC_SEVERITY_BLOCK;
          add_span (out, NC_PERSONAL_DATA_PHONE, sev, start, (guint32) i);
        }
      else if (is_cccd (digits, nd) && !plus)
        add_span (out, NC_PERSONAL_DATA_ID, NC_SEVERITY_BLOCK, start, (guint32) i);
      else if (nd == 9 && !plus && cue_near (ctx, NC_PERSONAL_DATA_CUE_ID, start, (guint32) i, NULL))
        add_span (out, NC_PERSONAL_DATA_ID, NC_SEVERITY_BLOCK, start, (guint32) i);
    }
}

static inline gboolean
is_local_char (gunichar c)
{
  return c < 0x80 && (g_ascii_isalnum ((char) c) || strchr ("._%+-", (int) c) != NULL);
}

static void
detect_emails (const NcNormText *nt, GArray *out)
{
  for (gsize i = 1; i + 1 < nt->n_cps; i++)
    {
      gsize s = i, e = i + 1;
      gboolean dot = FALSE;

      if (cp_at (nt, i) != '@')
        continue;
      while (s > 0 && is_local_char (cp_at (nt, s - 1)))
        s--;
      while (e < nt->n_cps && (cp_at (nt, e) < 0x80) &&
             (g_ascii_isalnum (cp_at (nt, e)) || cp_at (nt, e) == '.' || cp_at (nt, e) == '-'))
        {
          if (cp_at (nt, e) == '.')
            dot = TRUE;
          e++;
        }
      while (e > i + 1 && cp_at (nt, e - 1) == '.')
        e--;
      if (s < i && dot && e > i + 3 && cp_at (nt, e - 1) != '.')
        add_span (out, NC_PERSONAL_DATA_EMAIL, NC_SEVERITY_WARN, (guint32) s, (guint32) e);
    }
}

/* The code point index where the next token after @from begins, skipping
 * spaces, ':' and '='; the token ends at the next space. */
static gboolean
next_token (const NcNormText *nt, gsize from, gsize *ts, gsize *te)
{
  gsize i = from;

  while (i < nt->n_cps && (g_unichar_isspace (cp_at (nt, i)) || cp_at (nt, i) == ':' ||
                           cp_at (nt, i) == '='))
    i++;
  if (i >= nt->n_cps)
    return FALSE;
  *ts = i;
  while (i < nt->n_cps && !g_unichar_isspace (cp_at (nt, i)))
    i++;
  *te = i;
  while (*te > *ts && strchr (".,!?;)", (int) MIN (cp_at (nt, *te - 1), 0x7F)) && cp_at (nt, *te - 1) < 0x80)
    (*te)--;
  return *te > *ts;
}

static gboolean
token_is_glue (const NcNormText *nt, gsize ts, gsize te)
{
  static const char * const glue[] = { "là", "la", "is", "của", "cua", "mình", "minh",
                                       "tao", "tớ", "to", "em", "my", "mới", "moi", "new",
                                       "code", "mã", "ma", "nè", "ne", "đây", "day", NULL };
  g_autofree char *tok = g_utf8_casefold (nt->text + nt->cp_byte[ts],
                                          (gssize) (nt->cp_byte[te] - nt->cp_byte[ts]));
  return g_strv_contains (glue, tok);
}

static gboolean
token_has_digit (const NcNormText *nt, gsize ts, gsize te)
{
  for (gsize i = ts; i < te; i++)
    if (is_digit (cp_at (nt, i)))
      return TRUE;
  return FALSE;
}

/* A number with a unit of measure ("85%", "5000mAh", "20W"): what a seller
 * says of a phone's battery ("pin 85%"), never a PIN or a password. */
static gboolean
token_is_measure (const NcNormText *nt, gsize ts, gsize te)
{
  static const char * const units[] = { "%", "mah", "wh", "w", "v", "h", NULL };
  g_autofree char *unit = NULL;
  gsize i = ts;

  while (i < te && (is_digit (cp_at (nt, i)) || cp_at (nt, i) == '.' || cp_at (nt, i) == ','))
    i++;
  if (i == ts || i == te || !is_digit (cp_at (nt, ts)))
    return FALSE;
  unit = g_utf8_casefold (nt->text + nt->cp_byte[i], (gssize) (nt->cp_byte[te] - nt->cp_byte[i]));
  return g_strv_contains (units, unit);
}

/* After "mật khẩu"/"OTP": the secret itself. */
static void
detect_secrets (const NcNormText *nt, const NcPersonalDataContext *ctx, GArray *out)
{
  GArray *a = ctx->cues[NC_PERSONAL_DATA_CUE_SECRET];

  if (a == NULL)
    return;
  for (guint k = 0; k + 1 < a->len; k += 2)
    {
      guint32 cs = g_array_index (a, guint32, k), ce = g_array_index (a, guint32, k + 1);
      gsize ts, te, from = ce;
      int hops = 0;

      while (next_token (nt, from, &ts, &te) && token_is_glue (nt, ts, te) && hops < 3)
        {
          from = te;
          hops++;
        }
      if (next_token (nt, from, &ts, &te) && !token_is_measure (nt, ts, te) &&
          (te - ts >= 4 || token_has_digit (nt, ts, te)) &&
          (te - ts) <= 64 && (token_has_digit (nt, ts, te) || hops > 0 || cp_at (nt, ce) == ':'))
        add_span (out, NC_PERSONAL_DATA_SECRET, NC_SEVERITY_BLOCK, cs, (guint32) te);
    }
}

/* "phường 3", "đường Lê Lợi", "lớp 6A": a cue followed by a number or a
 * capitalized name. Severity rises with a self-disclosure cue. */
static void
detect_places (const NcNormText *nt, const NcPersonalDataContext *ctx, GArray *out,
               NcPersonalDataCue cue, NcPersonalDataKind kind)
{
  GArray *a = ctx->cues[cue];

  if (a == NULL)
    return;
  for (guint k = 0; k + 1 < a->len; k += 2)
    {
      guint32 cs = g_array_index (a, guint32, k), ce = g_array_index (a, guint32, k + 1);
      gsize ts, te, end = 0;
      guint32 self_start = cs;
      gboolean self;
      gsize from = ce;
      int words = 0;

      while (words < 4 && next_token (nt, from, &ts, &te))
        {
          gunichar c = cp_at (nt, ts);

          if (is_digit (c) || (words > 0 || cue == NC_PERSONAL_DATA_CUE_ADDRESS ? g_unichar_isupper (c) : FALSE) ||
              (cue == NC_PERSONAL_DATA_CUE_SCHOOL && words == 0 && token_has_digit (nt, ts, te)) ||
              (cue == NC_PERSONAL_DATA_CUE_SCHOOL && g_unichar_isupper (c)))
            {
              end = te;
              from = te;
              words++;
              if (te < nt->n_cps && cp_at (nt, te) != ' ')
                break;
            }
          else
            break;
        }
      if (end == 0)
        continue;
      self = cue_near (ctx, NC_PERSONAL_DATA_CUE_SELF, cs, (guint32) end, &self_start);
      add_span (out, kind, self ? NC_SEVERITY_WARN : NC_SEVERITY_INFO,
                self ? MIN (self_start, cs) : cs, (guint32) end);
    }
}

void
nc_personal_data_detect (const NcNormText   *nt,
               const NcPersonalDataContext *ctx,
               GArray             *spans)
{
  g_array_set_size (spans, 0);
  detect_secrets (nt, ctx, spans);
  if (memchr (nt->text, '@', nt->n_bytes) != NULL)
    detect_emails (nt, spans);
  detect_numbers (nt, ctx, spans);
  detect_places (nt, ctx, spans, NC_PERSONAL_DATA_CUE_ADDRESS, NC_PERSONAL_DATA_ADDRESS);
  detect_places (nt, ctx, spans, NC_PERSONAL_DATA_CUE_SCHOOL, NC_PERSONAL_DATA_SCHOOL);
}
