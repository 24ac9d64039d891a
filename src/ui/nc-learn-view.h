/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-learn-view.h — the Learn area: the lesson map, the player, review of
 * missed questions and the certificate
 *
 * Progress is saved per profile in the NcStore given to it. Actions (prefix
 * "learn."): open-lesson (s), review, certificate, show-map.
 */
#pragma once

#include <adwaita.h>

#include "nc-lesson-player.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_LEARN_VIEW (nc_learn_view_get_type ())
G_DECLARE_FINAL_TYPE (NcLearnView, nc_learn_view, NC, LEARN_VIEW, GtkWidget)

GtkWidget      *nc_learn_view_new              (void);
void            nc_learn_view_set_store        (NcLearnView *self,
                                                NcStore     *store);
void            nc_learn_view_set_profile      (NcLearnView *self,
                                                gint64       profile_id);
gint64          nc_learn_view_get_profile      (NcLearnView *self);
gboolean        nc_learn_view_open_lesson      (NcLearnView *self,
                                                const char  *id);
const char     *nc_learn_view_get_page         (NcLearnView *self);
NcLessonPlayer *nc_learn_view_get_player       (NcLearnView *self);
guint           nc_learn_view_get_n_due        (NcLearnView *self);
guint           nc_learn_view_get_n_rows       (NcLearnView *self);
gboolean        nc_learn_view_has_checker      (NcLearnView *self);
NcTrack         nc_learn_view_get_track        (NcLearnView *self);

G_END_DECLS
