/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-player.h — plays the steps of one lesson, or a review of
 * missed quiz items, and says after each answer why, citing the rule
 *
 * The player only grades; the owner saves. It emits "answered" after every
 * quiz item and "finished" after the last step.
 */
#pragma once

#include <adwaita.h>

#include "nc-lesson-catalog.h"
#include "nc-lesson-grade.h"

G_BEGIN_DECLS

#define NC_TYPE_LESSON_PLAYER (nc_lesson_player_get_type ())
G_DECLARE_FINAL_TYPE (NcLessonPlayer, nc_lesson_player, NC, LESSON_PLAYER, GtkBox)

/* One quiz item to review. */
typedef struct {
  NcLesson     *lesson;
  const NcStep *step;
} NcPlayerItem;

GtkWidget  *nc_lesson_player_new              (void);
void        nc_lesson_player_play_lesson      (NcLessonPlayer *self,
                                               NcLesson       *lesson,
                                               NcTrack         track);
void        nc_lesson_player_play_review      (NcLessonPlayer *self,
                                               const NcPlayerItem *items,
                                               guint           n_items);
void        nc_lesson_player_set_rewrite_judge (NcLessonPlayer *self,
                                                NcRewriteJudge  judge,
                                                gpointer        user_data);
gboolean    nc_lesson_player_is_review        (NcLessonPlayer *self);
NcLesson   *nc_lesson_player_get_lesson       (NcLessonPlayer *self);
guint       nc_lesson_player_get_position     (NcLessonPlayer *self);
const NcStep *nc_lesson_player_get_step       (NcLessonPlayer *self);
GtkWidget  *nc_lesson_player_get_primary_button (NcLessonPlayer *self);
GtkWidget  *nc_lesson_player_get_read_button    (NcLessonPlayer *self);

G_END_DECLS
