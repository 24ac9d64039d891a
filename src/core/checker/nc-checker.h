/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker.h — reads a draft post and says which rules of the Code it may
 * break, where, and why
 *
 * The checker is built once (lexicons from the GResource compiled into one
 * multi-pattern matcher) and is then immutable: nc_checker_check() may be
 * called from any thread. A report is immutable and reference counted.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  NC_CATEGORY_INSULT,         /* offensive language and insults (4.6) */
  NC_CATEGORY_HATE,           /* hate, discrimination by region, gender, religion, ethnicity (4.5) */
  NC_CATEGORY_VIOLENCE,       /* violence, threats, incitement (4.5) */
  NC_CATEGORY_SEXUAL,         /* sexual content (4.6) */
  NC_CATEGORY_PERSONAL_DATA,  /* phone, CCCD/CMND, e-mail, address, school, passwords, OTP (3.3) */
  NC_CATEGORY_FAKE_NEWS,      /* sensational and unverified markers (4.4, 4.6) */
  NC_CATEGORY_SCAM,           /* scams and illegal advertising (4.6) */
  NC_CATEGORY_LINK,           /* a link shared: check its source (4.4); only
                               * ever NC_SEVERITY_INFO, a reminder */
  NC_CATEGORY_CRUDE,          /* a swear word aimed at no one ("hay vl", "this
                               * is fucking awesome"): crude language (4.6);
                               * only ever NC_SEVERITY_INFO, a reminder */
  NC_CATEGORY_CARE,           /* the writer's own despair ("i want to die",
                               * "tao chán sống lắm rồi"): tell an adult you
                               * trust (Decision 88, children's point 5);
                               * only ever NC_SEVERITY_INFO, a reminder */
  NC_N_CATEGORIES
} NcCategory;

/* What produced a finding. */
typedef enum {
  NC_EVIDENCE_LEXICON,   /* a lexicon entry: the words carry the offence */
  NC_EVIDENCE_NGRAM,     /* a strongly weighted word or pair of the model */
  NC_EVIDENCE_CONTEXT,   /* a word that counts only beside other evidence */
  NC_EVIDENCE_MODEL,     /* the model's score of the whole draft: no span */
  NC_EVIDENCE_PII,       /* the personal-data detectors */
  NC_EVIDENCE_LINK,      /* a web address in the draft (the share reminder) */
  NC_EVIDENCE_SPAN,      /* a word the span tagger marks in a draft already judged offensive */
} NcEvidence;

typedef enum {
  NC_SEVERITY_INFO,
  NC_SEVERITY_WARN,
  NC_SEVERITY_BLOCK,
} NcSeverity;

/* One finding. Offsets are into the text given to nc_checker_check(), end
 * exclusive, in three units: bytes (C), UTF-16 code units (JavaScript) and
 * code points (the command-line tool). Strings are owned by the report;
 * explanation and suggestion are translated (in the language of the first
 * nc_report_get_findings() call on the report); suggestion may be NULL. */
typedef struct {
  NcCategory  category;
  const char *ref_id;        /* a Code reference id, see nc-code-ref.h */
  NcSeverity  severity;
  gsize       byte_start, byte_end;
  gsize       utf16_start, utf16_end;
  gsize       cp_start, cp_end;
  const char *explanation;
  const char *suggestion;
  const char *lesson_id;
  NcEvidence  evidence;      /* a finding from NC_EVIDENCE_MODEL has an
                              * empty span (start == end == 0): it is about
                              * the draft as a whole */
} NcFinding;

#define NC_TYPE_REPORT (nc_report_get_type ())
typedef struct _NcReport NcReport;

GType            nc_report_get_type      (void) G_GNUC_CONST;
NcReport        *nc_report_ref           (NcReport   *report);
void             nc_report_unref         (NcReport   *report);
const NcFinding *nc_report_get_findings  (NcReport   *report,
                                          gsize      *n_findings);
NcSeverity       nc_report_get_max_severity (NcReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcReport, nc_report_unref)

#define NC_CHECKER_ERROR (nc_checker_error_quark ())
typedef enum {
  NC_CHECKER_ERROR_LEXICON,   /* a lexicon file is missing or malformed */
  NC_CHECKER_ERROR_INPUT,     /* the text is not valid UTF-8 */
} NcCheckerError;

#define NC_TYPE_CHECKER (nc_checker_get_type ())
G_DECLARE_FINAL_TYPE (NcChecker, nc_checker, NC, CHECKER, GObject)

GQuark      nc_checker_error_quark (void);
NcChecker  *nc_checker_new         (GError     **error);
NcReport   *nc_checker_check       (NcChecker   *self,
                                    const char  *text,
                                    gssize       length,
                                    const char  *lang_hint,   /* "vi", "en" or NULL for auto */
                                    GError     **error);

const char *nc_category_to_string  (NcCategory   category);  /* stable id, e.g. "insult" */
const char *nc_severity_to_string  (NcSeverity   severity);  /* "info", "warn", "block" */
/* "lexicon", "ngram", "context", "model", "pii", "link" */
const char *nc_evidence_to_string  (NcEvidence   evidence);

/* Additions. */
/* TRUE when some finding is at least NC_SEVERITY_WARN. */
gboolean    nc_report_is_flagged      (NcReport   *report);
/* The statistical model's probability that the draft is offensive, or -1
 * when the model did not run (English, no model). */
double      nc_report_get_score       (NcReport   *report);
const char *nc_category_get_ref_id    (NcCategory  category);
const char *nc_category_get_lesson_id (NcCategory  category);
/* How long nc_checker_new() took to load and build the matcher. */
double      nc_checker_get_build_ms   (NcChecker  *self);
/* Every explanation and suggestion a finding can carry, untranslated
 * (msgids), NULL-terminated: for a process that checks without the
 * translations (the web extension), so another can hand it them. Free
 * the array with g_free(), not its strings. */
const char **nc_checker_list_messages (void);

G_END_DECLS
