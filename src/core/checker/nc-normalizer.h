/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-normalizer.h — turns a draft into the text the checker matches against
 *
 * Internal to libnc-core. The normalized text is a sequence of NcNormChar:
 * words (from ICU's word break iterator) separated by one separator char
 * (' ' for spaces and symbols, '|' for sentence punctuation). Inside a word:
 * NFC (combining marks composed onto their base), simple case folding,
 * emoji and zero-width characters dropped, intra-word dots, dashes and
 * underscores dropped ("n.g.u"), l33t digits mapped in mixed words ("ng0"),
 * runs of one letter collapsed with their length kept ("nguuuu"), single
 * letters split by spaces or dashes joined ("n g u"), and teencode tokens
 * expanded ("ko" -> "không"); before that, what a child types to hide a
 * word is undone, one code point for one (look-alike letters, "kiII",
 * "b!tch", "$tupid", "f*ck": unmask() in nc-normalizer.c), and a wide gap
 * splits spaced letters into words ("M À Y  N G U"). Word boundaries follow ICU's word break
 * rules: ICU's break iterator runs on text in scripts written without
 * spaces; other text takes a table-driven segmenter that gives the same
 * boundaries (checked by tests/unit/test-normalizer.c) at a fraction of the cost. Each char keeps two forms: `folded` (tone
 * marks and đ folded to ASCII) and `marked` (case folded, marks kept), and
 * the span of original code points it came from, so every normalized offset
 * maps back to bytes, UTF-16 units and code points of the original.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_NORM_SPACE ((gunichar) ' ')
#define NC_NORM_STOP  ((gunichar) '|')

typedef struct {
  gunichar folded;      /* tone marks folded, lower case ASCII for Vietnamese */
  gunichar marked;      /* lower case, marks kept */
  guint32  orig_start;  /* original code point span, end exclusive */
  guint32  orig_end;
  guint16  run;         /* how many equal letters were collapsed into this one */
  guint16  word_marked; /* 1 when the word was typed with tone marks */
} NcNormChar;

typedef struct {
  /* the original */
  const char *text;
  gsize       n_bytes;
  gsize       n_cps;
  gunichar   *cps;        /* n_cps code points */
  guint32    *cp_byte;    /* n_cps + 1 entries: byte offset of code point i */
  guint32    *astral;     /* n_astral code point indices, ascending: the code
                           * points beyond the BMP (two UTF-16 units each) */
  gsize       n_astral;
  /* the normalized text */
  NcNormChar *chars;
  gsize       n_chars;
  gsize       n_words;
  guint       has_marks : 1;  /* some word has Vietnamese marks, typed or
                               * from a short form ("k": "không") */
  guint       typed_marks : 1; /* some word was typed with Vietnamese marks */
  guint       has_quotes : 1; /* some quotation mark: " “ ” « » */
  /* private: buffer sizes, and the per-thread scratch that lent it */
  gsize       cap_cps, cap_chars;
  gpointer    owner;
} NcNormText;

typedef struct _NcNormalizer NcNormalizer;

/* @teencode: token -> expansion (both already case folded), may be NULL;
 * the normalizer takes a reference. */
NcNormalizer *nc_normalizer_new       (GHashTable    *teencode);
void          nc_normalizer_free      (NcNormalizer  *self);

/* @text must be valid UTF-8 (checked by the caller; otherwise the result
 * is empty); @text must outlive the result. @expand_teencode is FALSE when normalizing lexicon phrases. */
NcNormText   *nc_normalizer_run       (NcNormalizer  *self,
                                       const char    *text,
                                       gsize          n_bytes,
                                       gboolean       expand_teencode);
/* Like nc_normalizer_run() with teencode, into buffers of this thread
 * that are reused from one call to the next: free the result (which only
 * gives the buffers back) before the next call on this thread. Checks
 * @text: NULL when it is not valid UTF-8 or holds a NUL byte. */
NcNormText   *nc_normalizer_run_scratch (NcNormalizer *self,
                                         const char   *text,
                                         gsize         n_bytes);
/* Like nc_normalizer_run_scratch(), with teencode when @expand_teencode
 * (the lexicon's phrases, read without a buffer of their own each). */
NcNormText   *nc_normalizer_run_scratch_full (NcNormalizer *self,
                                              const char   *text,
                                              gsize         n_bytes,
                                              gboolean      expand_teencode);
void          nc_norm_text_free       (NcNormText    *nt);
/* The code point that starts at byte @b (or n_cps for the end); @b must
 * start a code point. */
gsize         nc_norm_text_cp_of_byte (const NcNormText *nt,
                                       gsize             b);
/* The UTF-16 offset of code point @i, 0 <= @i <= n_cps. */
gsize         nc_norm_text_utf16_offset (const NcNormText *nt,
                                         gsize             i);
/* Tests: nc_normalizer_run() (teencode expanded) with the segmenter
 * forced. It picks the table-driven one for text without scripts that
 * need a dictionary (Thai, CJK, ...), and ICU's otherwise. */
typedef enum {
  NC_SEGMENTER_ICU,        /* ICU's word break iterator */
  NC_SEGMENTER_TABLE,      /* the table-driven segmenter */
  NC_SEGMENTER_REFERENCE,  /* the same without its fast paths: code points
                            * decoded one at a time, every word through
                            * the general path (the same result, slower) */
} NcSegmenter;

NcNormText   *nc_normalizer_run_segmenter (NcNormalizer *self,
                                           const char   *text,
                                           gsize         n_bytes,
                                           NcSegmenter   segmenter);

/* The folded form as UTF-8 (tests and debugging). Free with g_free(). */
char         *nc_norm_text_to_folded  (const NcNormText *nt);
char         *nc_norm_text_to_marked  (const NcNormText *nt);

/* Whether the code point @cp of @nt lies in a user name ("@name") or a
 * web address ("http://…", "www.…"): a word there names no one and is no
 * one's words ("@ShitPussiesSay", "t.co/HoELpcbBg6", "@thangngu"). */
gboolean      nc_norm_text_in_handle_or_link (const NcNormText *nt,
                                              guint32           cp);

/* Words run together ("thằngngu", "urstupid"): @word (one word,
 * normalized without teencode) is an insult word of its language that a
 * calling word or a target may be run into; a known word (a common word)
 * is never split. Splitting starts with nc_normalizer_glue_done(), once
 * the lexicon is read. */
void          nc_normalizer_add_glue_tail (NcNormalizer     *self,
                                           const NcNormText *word,
                                           gboolean          is_vi);
/* An English insult of two words, a put-down adjective and a name ("fat
 * pig", "ugly cow"), that a child may run together ("fatpig",
 * "uglycow"): such a word is read as the two apart, unless it is a known
 * word. Other phrases are not taken ("shut up", "nerd alert": hashtags
 * run them together). */
void          nc_normalizer_add_glue_pair (NcNormalizer     *self,
                                           const NcNormText *phrase);
void          nc_normalizer_add_known_word (NcNormalizer    *self,
                                            const NcNormText *word);
/* Every word of a lexicon @phrase: the words into which letters typed
 * one by one with no gap between words ("d i t m e m a y") may split. */
void          nc_normalizer_add_phrase_words (NcNormalizer     *self,
                                              const NcNormText *phrase);
void          nc_normalizer_glue_done (NcNormalizer *self);

/* The fold of one code point: lower case, tone marks and đ removed. */
gunichar      nc_normalizer_fold_char (gunichar c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcNormText, nc_norm_text_free)

G_END_DECLS
