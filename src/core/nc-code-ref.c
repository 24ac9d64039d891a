/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-code-ref.c — the one table of references into the Code of Conduct
 *
 * Numbering follows docs/code-of-conduct.md (Decision 874/QĐ-BTTTT,
 * Điều 1–8) and the rules for children of Decision 88/QĐ-BTTTT (2025):
 * "c88.N" is the N-th of those rules in the decision's order (7–9 added for the scams, footprint and wellbeing
 * lessons, 10 for the respect lesson); their article numbers are not cited.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nc-code-ref.h"

static const NcCodeRef code_refs[] = {
  { "1",     NC_CODE_DOCUMENT_874, 1, 0, N_("Scope and who the Code is for") },
  { "2.1",   NC_CODE_DOCUMENT_874, 2, 1, N_("Healthy growth of social networks in Vietnam") },
  { "2.2",   NC_CODE_DOCUMENT_874, 2, 2, N_("Standards of conduct and a safe, healthy network") },
  { "3.1",   NC_CODE_DOCUMENT_874, 3, 1, N_("Respect and obey the law") },
  { "3.2",   NC_CODE_DOCUMENT_874, 3, 2, N_("Be healthy: follow good values and traditions") },
  { "3.3",   NC_CODE_DOCUMENT_874, 3, 3, N_("Keep information safe and secure") },
  { "3.4",   NC_CODE_DOCUMENT_874, 3, 4, N_("Take responsibility for what you do online") },
  { "4.1",   NC_CODE_DOCUMENT_874, 4, 1, N_("Learn and follow the terms of use") },
  { "4.2",   NC_CODE_DOCUMENT_874, 4, 2, N_("Use your real name") },
  { "4.3",   NC_CODE_DOCUMENT_874, 4, 3, N_("Secure your accounts and report misuse") },
  { "4.4",   NC_CODE_DOCUMENT_874, 4, 4, N_("Share information from official, reliable sources") },
  { "4.5",   NC_CODE_DOCUMENT_874, 4, 5, N_("No words that spread hatred, incite violence or discriminate") },
  { "4.6",   NC_CODE_DOCUMENT_874, 4, 6, N_("Do not post unlawful, offensive or false content") },
  { "4.7",   NC_CODE_DOCUMENT_874, 4, 7, N_("Share positive information and good examples") },
  { "4.8",   NC_CODE_DOCUMENT_874, 4, 8, N_("Help protect children online") },
  { "5.1",   NC_CODE_DOCUMENT_874, 5, 1, N_("Officials apply the rules for everyone") },
  { "5.2",   NC_CODE_DOCUMENT_874, 5, 2, N_("Officials follow their agency's rules") },
  { "5.3",   NC_CODE_DOCUMENT_874, 5, 3, N_("Officials report to their governing body") },
  { "6.1",   NC_CODE_DOCUMENT_874, 6, 1, N_("State agencies manage and secure their accounts") },
  { "6.2",   NC_CODE_DOCUMENT_874, 6, 2, N_("State agencies give accurate, official information") },
  { "7.1",   NC_CODE_DOCUMENT_874, 7, 1, N_("Providers publish clear terms of use") },
  { "7.2",   NC_CODE_DOCUMENT_874, 7, 2, N_("Providers handle unlawful content") },
  { "7.3",   NC_CODE_DOCUMENT_874, 7, 3, N_("No personal data collected or shared without consent") },
  { "7.4",   NC_CODE_DOCUMENT_874, 7, 4, N_("Providers protect vulnerable people") },
  { "7.5",   NC_CODE_DOCUMENT_874, 7, 5, N_("Providers keep children safe") },
  { "8",     NC_CODE_DOCUMENT_874, 8, 0, N_("Putting the Code into practice") },
  { "c88.1", NC_CODE_DOCUMENT_88,  0, 0, N_("Children learn about online risks and stay safe") },
  { "c88.2", NC_CODE_DOCUMENT_88,  0, 0, N_("Children are careful when online and searching") },
  { "c88.3", NC_CODE_DOCUMENT_88,  0, 0, N_("Children communicate civilly and respectfully") },
  { "c88.4", NC_CODE_DOCUMENT_88,  0, 0, N_("Children ask a parent before connecting with strangers") },
  { "c88.5", NC_CODE_DOCUMENT_88,  0, 0, N_("Children tell parents or teachers about problems") },
  { "c88.6", NC_CODE_DOCUMENT_88,  0, 0, N_("Children report abuse and harmful content") },
  { "c88.7", NC_CODE_DOCUMENT_88,  0, 0, N_("Children do not join in or copy harmful or unhealthy content") },
  { "c88.8", NC_CODE_DOCUMENT_88,  0, 0, N_("Children share personal information and pictures with care") },
  { "c88.9", NC_CODE_DOCUMENT_88,  0, 0, N_("Children do not open links from unknown sources") },
  { "c88.10", NC_CODE_DOCUMENT_88, 0, 0, N_("Children do not join in attacking, impersonating or humiliating other children") },
};

/*
 * Returns the reference with @id, or NULL when the table has none: callers
 * treat an unknown id as a data error (lesson loader, checker lexicons).
 */
const NcCodeRef *
nc_code_ref_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (code_refs); i++)
    if (g_str_equal (code_refs[i].id, id))
      return &code_refs[i];

  return NULL;
}

const NcCodeRef *
nc_code_ref_get_all (gsize *n_refs)
{
  g_return_val_if_fail (n_refs != NULL, NULL);

  *n_refs = G_N_ELEMENTS (code_refs);
  return code_refs;
}

/* The title in the current locale's language. */
const char *
nc_code_ref_get_title (const NcCodeRef *ref)
{
  g_return_val_if_fail (ref != NULL, NULL);

  return _(ref->title);
}

/*
 * A short citation for people, such as "Article 4.5, Decision 874/QĐ-BTTTT"
 * or "Điều 4, khoản 5, Quyết định 874/QĐ-BTTTT". Free with g_free().
 */
char *
nc_code_ref_format_citation (const NcCodeRef *ref)
{
  g_return_val_if_fail (ref != NULL, NULL);

  if (ref->document == NC_CODE_DOCUMENT_88)
    return g_strdup (_("Code on protecting children online, Decision 88/QĐ-BTTTT"));

  if (ref->point == 0)
    /* Translators: %d is an article number of the Code of Conduct */
    return g_strdup_printf (_("Article %d, Decision 874/QĐ-BTTTT"), ref->article);

  /* Translators: article and point numbers of the Code of Conduct */
  return g_strdup_printf (_("Article %d, point %d, Decision 874/QĐ-BTTTT"),
                          ref->article, ref->point);
}
