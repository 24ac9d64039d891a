/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-vi-toneless.c — (s22-tonek) how the checker reads a
 * Vietnamese draft typed without marks where its rules do not reach */
#include "config.h"

#include "nc-checker-text.h"

/* (s22-tonek) The kid model (vi-kid-model.bin) asked about a quiet draft
 * typed without marks whatever the first model's score: the ViHOS model
 * reads children's veiled threats, exclusion and shaming posts typed
 * without marks as everyday ("toi nay ae vao confession boc phot no",
 * first model 0.001), where the kid model, fitted on children's text,
 * is sure of them. The threshold was chosen on the left-out folds of
 * train-kid-model.py (NC_KID_DUMP: 8,755 quiet drafts typed without marks
 * of the tuning side): at 0.995, 117 unkind lines gained out of fold for
 * 8 everyday ones (0.99: 176 for 16; 0.999: 40 for 2); on the blind
 * sets' tuning halves, which no model was fitted on, 3 of 35 missed
 * unkind lines gained, no everyday line. */
#define VI_KID_TONELESS_ALONE 0.995

gboolean
vi_kid_toneless_alone (const NcNormText *nt, double kid_score)
{
  return !nt->typed_marks && kid_score >= VI_KID_TONELESS_ALONE;
}
