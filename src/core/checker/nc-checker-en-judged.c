/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-en-judged.c — en_judged(): an English judgement of someone in words no list
 * holds (looks, smell, taste, a skill, a low rating) */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* (eighteenth round, s18-en) A judgement of someone in words no list
 * holds: who is aimed at, then a class of judgement read by the words'
 * roles, not by fixed phrases.
 *
 * Who: "you", "u", "ur", "he", "she", "bro", "this kid", a name before
 * "is", "looks" (a target of the lexicon covering the word before the
 * verb or the verb itself), or something of theirs ("ur backpack", "his
 * new shoes", "tyler's mom": "ur", "your", "his", "her", a word typed
 * with "'s", and at most two words); never "i", "my", "our", "the",
 * "this" thing ("my baby cousin's"), a pet, nor someone's words told
 * ("julian says he looks like an orc").
 * Judgements:
 * - likened: a verb of looks, sound, smell, taste or a skill ("looks",
 *   "sounds", "throws", "sings"), "is like", "reminds me of" + "a|an"
 *   (or "my dead grandma") + anything but praise ("a pro", "an angel",
 *   "a model", "a million bucks"): "bro looks like a melted candle",
 *   "she looks like a toad in a wig", "ur laugh is like a hyena";
 * - an ironic simile: "as ADJ as a|an N" right after who: a flattering
 *   quality likened to a thing that has none ("ur as useful as a
 *   chocolate teapot"; "as sharp as a tack", "as strong as an ox" are
 *   praise), any "about as ... as" ("ur about as interesting as a
 *   plank");
 * - a smell or a taste: who + "smells", "stinks", "tastes" + "so bad",
 *   "awful", or "like" + anything but a pleasant thing or a clause ("ur
 *   backpack smells like old milk", "lily smells so bad"; "ur house
 *   smells like cookies" is praise, "he smells like he ran" no thing);
 * - praise taken back: "..., said nobody (ever)" ending a draft aimed
 *   at someone before it;
 * - a low rating (0 to 4 out of 10, "/10") in a sentence that aims at
 *   someone, or followed by "would not talk to|date|... again" ("2/10
 *   would not talk to again", "ur haircut is a solid 3 out of 10"; "the
 *   movie was like 2/10", "i got 3/10 on the quiz" say nothing).
 * Not in a draft that praises or dotes ("so cute", "love", "adorable"),
 * nor in quotation marks. Words are compared as the normalizer folds
 * them, a doubled letter once ("smel", "loks"). Returns whether it added
 * a finding (at warn, category insult, evidence context). */
#define EN_JUDGED_MAX_WORDS 128

typedef EnWord JudgedWord;

static const char * const judged_praise[] = {
  "pro", "angel", "model", "princess", "prince", "queen", "king", "star", "rockstar", "celebrity",
  "hero", "superhero", "legend", "boss", "genius", "champ", "champion", "natural", "professional",
  "athlete", "movie", "million", "dream", "goddess", "god", "doll", "beauty", "cheetah", "lion",
  "tiger", "eagle", "bird", "butterfly", "machine", "beast", "rocket", "ninja", "lot",
  "blast", "masterpiece", "painting", "photo", "picture", "castle", "palace", "mansion", "teddy",
  "tack", "whip", "ox", "button", "fiddle", "bee", "owl", "cucumber", "horse", "bull", "fox",
  "feather", "hawk", "bullet", "flash", "daisy", "bell", "diamond", "kitten", "puppy", "bunny",
  "real", "grown", "adult", "teacher", "professor", "doctor", "mermaid", "fairy", "unicorn",
  "snack", "meal", "whole", "new", "different", "completely", "fun", "good", "great", "nice",
  "happy", "wizard", "artist", "singer", "dancer", "player", "chef", "gamer", "rapper", "idol",
  "actor", "actress", "kpop", "anime", "character", "cartoon", "barbie", "disney", "sister",
  "brother", "mom", "mother", "dad", "father", "friend", "family", "blanket", "warm", "hug", "sunshine",
  "ray", "breath", "gift", "treasure", "song", "superpower", "second", "young", "younger", NULL
};
static const char * const judged_pleasant[] = {
  "cookies", "cookie", "roses", "rose", "flowers", "flower", "vanilla", "candy", "perfume", "cake",
  "strawberries", "strawberry", "chocolate", "lavender", "heaven", "popcorn", "coconut", "soap",
  "shampoo", "fresh", "home", "christmas", "summer", "rain", "ocean", "beach", "sunshine", "lemon",
  "lemons", "mint", "apples", "apple", "cinnamon", "bakery", "bread", "good", "nice", "amazing",
  "expensive", "money", "spring", "pie", "cupcakes", "peaches", "mango", "bubblegum", "cotton",
  "laundry", "pancakes", "coffee", "restaurant", "grandma", "mom", "candy", "caramel", "honey", NULL
};
static const char * const judged_kind[] = {
  "cute", "cutest", "adorable", "beautiful", "pretty", "gorgeous", "handsome", "awesome", "amazing",
  "love", "proud", "slay", "iconic", "congrats", "stunning", "lovely", "sweet", "aww", "awww", NULL
};

/* Whether one of the two words before word @w of its clause is "my",
 * "the", "a" ...: "my baby cousin's", "the dog's", not "tyler's". */
static gboolean
judged_owned (const JudgedWord *ws, guint w)
{
  static const char * const det[] = { "the", "a", "an", "my", "our", "this", "that", NULL };

  for (guint k = w; k > 0 && k + 2 > w && !ws[k].stop_before; k--)
    if (en_word_in (ws[k - 1].w, det))
      return TRUE;
  return FALSE;
}

static gboolean
judged_who_at (const JudgedWord *ws, guint v, const Hit *hits, guint n_hits)
{
  static const char * const who[] = {
    "you", "u", "ya", "ur", "youre", "he", "she", "hes", "shes", "bro", "dude", "bruh", "kid",
    "girl", "boy", "guy", NULL
  };
  static const char * const adverbs[] = {
    "always", "really", "literally", "kinda", "lowkey", "still", "actually", "just", "honestly",
    "totally", "even", "seriously", "legit", "lowkey", "deadass", "fr", NULL
  };
  static const char * const poss[] = { "ur", "your", "his", "her", "ya", "yo", NULL };
  static const char * const pets[] = {
    "dog", "cat", "puppy", "kitten", "pet", "bunny", "hamster", "baby", "fish", "parrot", "bird",
    "horse", "doggo", "pup", "kitty", NULL
  };
  static const char * const told[] = {
    "says", "said", "say", "tells", "told", "calls", "called", "thinks", "thought", "claims", NULL
  };
  guint s = v;

  /* (not someone's words told: "says he looks like an orc") */
  if (v >= 2 && !ws[v - 1].stop_before && !ws[v].stop_before && en_word_in (ws[v - 2].w, told))
    return FALSE;
  /* the verb itself or the word before it in a target of the lexicon
   * ("jake looks", "ur"; a name before "is") */
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_TARGET && !hits[k].dropped && hits[k].end == ws[v].end &&
        hits[k].start < ws[v].start)
      return TRUE;
  while (s > 0 && !ws[s].stop_before && en_word_in (ws[s - 1].w, adverbs))
    s--;
  if (s == 0 || ws[s].stop_before)
    return FALSE;
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_TARGET && !hits[k].dropped && hits[k].end == ws[s - 1].end)
      return TRUE;
  if (en_word_in (ws[s - 1].w, who))
    return !(s >= 2 && !ws[s - 1].stop_before && g_str_equal (ws[s - 2].w, "my"));
  /* something of theirs: "ur backpack", "his new shoes"; not a pet
   * ("your dog looks like a little bear") */
  if (en_word_in (ws[s - 1].w, pets))
    return FALSE;
  for (guint n = 2; n <= 3 && n <= s; n++)
    {
      gboolean stop = FALSE;

      for (guint k = s - n + 1; k <= s - 1; k++)
        stop = stop || ws[k].stop_before;
      if (!stop && (en_word_in (ws[s - n].w, poss) ||
                    /* ("tyler's mom"; not "the dog's bed", "my friend's") */
                    (ws[s - n].owner && !en_word_in (ws[s - n].w, pets) &&
                     !judged_owned (ws, s - n))))
        return TRUE;
    }
  return FALSE;
}

/* Whether @text (of @n bytes) rates something low, 0 to 4 of 10 or
 * below 0 ("2/10", "3 out of 10", "-5/10"): where, in *@at, and its
 * length, *@len, in bytes. */
static gboolean
judged_low_rating (const char *text, gsize n, gsize *at, gsize *len)
{
  for (gsize i = 0; i < n; i++)
    {
      gsize j = i, d;
      long v = 0;

      if (!g_ascii_isdigit (text[i]) || (i > 0 && g_ascii_isdigit (text[i - 1])))
        continue;
      for (; j < n && g_ascii_isdigit (text[j]) && j - i < 3; j++)
        v = v * 10 + (text[j] - '0');
      if (j < n && g_ascii_isdigit (text[j]))
        continue;
      d = j;
      if (d < n && text[d] == '.' && d + 1 < n && g_ascii_isdigit (text[d + 1]))
        d += 2;
      if (d + 3 <= n && text[d] == '/' && text[d + 1] == '1' && text[d + 2] == '0' &&
          (d + 3 == n || !g_ascii_isdigit (text[d + 3])))
        d += 3;
      else if (d + 11 <= n && g_ascii_strncasecmp (text + d, " out of 10", 10) == 0 &&
               (d + 10 == n || !g_ascii_isdigit (text[d + 10])))
        d += 10;
      else
        continue;
      if (v > 4 && !(i > 0 && text[i - 1] == '-'))
        continue;
      *at = i > 0 && text[i - 1] == '-' ? i - 1 : i;
      *len = d - *at;
      return TRUE;
    }
  return FALSE;
}

/* Whether every offensive finding of @list that warns is a swear word's
 * (its wording "wow": swearing_as_reminder() may make it a reminder);
 * a word of it only at info ("clown" unaimed) lets a judgement warn. */
gboolean
only_swearing (GArray *list)
{
  const char *wow = nc_checker_lexicon_suggestion ("wow");

  for (guint i = 0; i < list->len; i++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);

      if (is_offensive (f->category) && f->suggestion != wow && f->severity >= NC_SEVERITY_WARN)
        return FALSE;
    }
  return TRUE;
}

/* add_finding() of an insult at warn for en_judged(): a swear word's
 * finding it joins takes its wording (a judgement, no "wow") */
static void
judged_add (NcFindings *findings, const NcNormText *nt, guint32 cp_start, guint32 cp_end, const char *say)
{
  const char *wow = nc_checker_lexicon_suggestion ("wow");

  add_finding (findings, nt, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, cp_start, cp_end, NC_EVIDENCE_CONTEXT,
               NULL, nc_checker_lexicon_suggestion (say));
  for (guint i = 0; i < findings->list->len; i++)
    {
      NcFinding *o = &g_array_index (findings->list, NcFinding, i);

      if (o->category == NC_CATEGORY_INSULT && o->suggestion == wow && o->cp_start < cp_end &&
          cp_start < o->cp_end)
        {
          o->suggestion = nc_checker_lexicon_suggestion (say);
          o->explanation = category_info[NC_CATEGORY_INSULT].explanation;
        }
    }
}

guint
en_words (const NcNormText *nt, EnWord *ws, guint max, const char * const *quit)
{
  guint nw = 0;
  gboolean stop = TRUE;

  for (gsize i = 0; i < nt->n_chars && nw < max;)
    {
      if (is_sep (nt->chars[i].folded))
        {
          stop = stop || nt->chars[i].folded == NC_NORM_STOP;
          i++;
          continue;
        }
      ws[nw].start = i;
      ws[nw].stop_before = stop;
      ws[nw].end = copy_folded_word (nt, i, ws[nw].w, sizeof ws[nw].w);
      /* ("you're", "it's": the apostrophe's word as one) */
      {
        char *p = ws[nw].w, *q = p;
        guint32 e = nt->chars[ws[nw].end - 1].orig_end;

        for (; *p != '\0'; p++)
          if (*p != '\'')
            *q++ = *p;
        *q = '\0';
        /* (the normalizer drops the apostrophe: read it as typed) */
        ws[nw].owner = q - ws[nw].w >= 3 && q[-1] == 's' && e >= 2 && e <= nt->n_cps &&
                       (nt->cps[e - 2] == '\'' || nt->cps[e - 2] == 0x2019);
      }
      i = ws[nw].end;
      stop = FALSE;
      if (quit != NULL && en_word_in (ws[nw].w, quit))
        return G_MAXUINT;
      nw++;
    }
  return nw;
}

gboolean
en_judged (const NcNormText *nt, const Hit *hits, guint n_hits, NcFindings *findings,
           Quotes *quotes, CheckScratch *scr)
{
  static const char * const like_verbs[] = {
    "look", "looks", "looked", "sound", "sounds", "smell", "smells", "taste", "tastes", "play",
    "plays", "run", "runs", "throw", "throws", "dance", "dances", "sing", "sings", "talk", "talks",
    "walk", "walks", "eat", "eats", "dress", "dresses", "act", "acts", "swim", "swims", "kick",
    "kicks", "draw", "draws", "write", "writes", "laugh", "laughs", "smile", "smiles", NULL
  };
  static const char * const smell_verbs[] = {
    "smell", "smells", "smelled", "stink", "stinks", "reek", "reeks", "taste", "tastes", "tasted", NULL
  };
  static const char * const kin[] = { "my", "ur", "your", "his", "her", NULL };
  static const char * const be_verbs[] = { "is", "was", "are", "were", NULL };
  static const char * const remind[] = { "remind", "reminds", NULL };
  static const char * const worn[] = { "dead", "old", "baby", "blind", "drunk", "grandma", "grandpa", "granny", NULL };
  static const char * const foul[] = {
    "bad", "awful", "terrible", "gross", "nasty", "horrible", "funky", "rank", "sour", "weird", NULL
  };
  static const char * const qualities[] = {
    "useful", "smart", "interesting", "helpful", "fun", "funny", "bright", "sharp", "clever",
    "exciting", "cool", "pretty", "attractive", "talented", "fast", "quick", "strong", "brave",
    "tough", "good", "entertaining", "popular", "handsome", "charming", "needed", "wanted", NULL
  };
  static const char * const low[] = { "dumb", "stupid", "thick", "slow", "ugly", "boring", "dull", "dense", NULL };
  JudgedWord ws[EN_JUDGED_MAX_WORDS];
  guint nw = 0;
  gsize from = 0, to = 0;
  const char *say = "looks";

  nw = en_words (nt, ws, EN_JUDGED_MAX_WORDS, judged_kind);
  if (nw == G_MAXUINT)
    return FALSE;

  for (guint v = 1; v < nw && to == 0; v++)
    {
      /* the word after the likening: "looks like | a", "reminds me of |
       * a", "ur laugh is like | a" */
      guint o = en_word_in (ws[v].w, like_verbs) || en_word_in (ws[v].w, be_verbs) ? v + 2 :
                en_word_in (ws[v].w, remind) && v + 1 < nw && g_str_equal (ws[v + 1].w, "me") ? v + 3 : 0;

      if (o != 0 && o < nw && g_str_equal (ws[o - 1].w, o == v + 2 ? "like" : "of") &&
          !ws[o - 1].stop_before && !ws[o].stop_before && (o == v + 2 || !ws[v + 1].stop_before) &&
          (g_str_equal (ws[o].w, "a") || g_str_equal (ws[o].w, "an") ||
           /* ("like my dead grandma", "like ur baby brother") */
           (en_word_in (ws[o].w, kin) && o + 1 < nw && !ws[o + 1].stop_before &&
            en_word_in (ws[o + 1].w, worn))) &&
          judged_who_at (ws, v, hits, n_hits))
        {
          gboolean praised = FALSE;
          guint k;

          for (k = o + 1; k < nw && k <= o + 4 && !ws[k].stop_before; k++)
            praised = praised || en_word_in (ws[k].w, judged_praise);
          if (!praised && k > o + 1)
            from = ws[v].start, to = ws[k - 1].end;
        }
      else if (en_word_in (ws[v].w, smell_verbs) && v + 1 < nw && !ws[v + 1].stop_before &&
               judged_who_at (ws, v, hits, n_hits))
        {
          guint k = v + 1;

          if (g_str_equal (ws[k].w, "so") && k + 1 < nw && !ws[k + 1].stop_before)
            k++;
          if (en_word_in (ws[k].w, foul))
            from = ws[v].start, to = ws[k].end;
          else if (g_str_equal (ws[k].w, "like") && k + 1 < nw && !ws[k + 1].stop_before)
            {
              gboolean nice = FALSE;
              guint m;

              static const char * const clause[] = {
                "he", "she", "you", "u", "they", "we", "i", "it", "hes", "shes", "youre", "ur", "its", NULL
              };

              /* ("smells like he ran a marathon": a clause, no thing) */
              nice = en_word_in (ws[k + 1].w, clause);
              for (m = k + 1; m < nw && m <= k + 3 && !ws[m].stop_before; m++)
                nice = nice || en_word_in (ws[m].w, judged_pleasant);
              if (!nice)
                from = ws[v].start, to = ws[m - 1].end;
            }
        }
      else if (g_str_equal (ws[v].w, "as") && v + 3 < nw && !ws[v + 1].stop_before &&
               !ws[v + 2].stop_before && !ws[v + 3].stop_before && g_str_equal (ws[v + 2].w, "as") &&
               (g_str_equal (ws[v + 3].w, "a") || g_str_equal (ws[v + 3].w, "an")))
        {
          /* who right before: "ur as", "u are about as", "she's as" */
          guint s = v;
          gboolean about = FALSE, praised = FALSE;
          guint k;

          if (s >= 2 && g_str_equal (ws[s - 1].w, "about") && !ws[s].stop_before)
            s--, about = TRUE;
          if (s >= 2 && !ws[s].stop_before &&
              (g_str_equal (ws[s - 1].w, "are") || g_str_equal (ws[s - 1].w, "is") ||
               g_str_equal (ws[s - 1].w, "r")))
            s--;
          if (!judged_who_at (ws, s, hits, n_hits))
            continue;
          for (k = v + 4; k < nw && k <= v + 6 && !ws[k].stop_before; k++)
            praised = praised || en_word_in (ws[k].w, judged_praise);
          if (k > v + 4 &&
              (about || en_word_in (ws[v + 1].w, low) || (en_word_in (ws[v + 1].w, qualities) && !praised)))
            {
              from = ws[s].start, to = ws[k - 1].end;
              say = "disagree";
            }
        }
    }

  /* praise taken back at the draft's end, "said nobody (ever)", of
   * someone aimed at before it ("wow ur so good at football, said
   * nobody"; "i love mondays, said no one ever" is the writer's joke) */
  if (to == 0 && nw >= 4)
    {
      guint e = nw - (g_str_equal (ws[nw - 1].w, "ever") ? 1 : 0), said = 0;

      if (e >= 3 && g_str_equal (ws[e - 1].w, "nobody"))
        said = e - 2;
      else if (e >= 4 && g_str_equal (ws[e - 1].w, "one") && g_str_equal (ws[e - 2].w, "no"))
        said = e - 3;
      if (said > 0 && g_str_equal (ws[said].w, "said"))
        for (guint k = 0; k < n_hits && to == 0; k++)
          if (hits[k].kind == ENTRY_TARGET && !hits[k].dropped && hits[k].end <= ws[said].start)
            from = ws[said].start, to = ws[nw - 1].end, say = "calm";
    }

  /* a low rating in a draft that aims at someone */
  if (to == 0 && memchr (nt->text, '1', nt->n_bytes) != NULL)
    {
      gsize at, len;

      if (judged_low_rating (nt->text, nt->n_bytes, &at, &len))
        {
          gboolean aimed = FALSE, scored = FALSE;
          guint32 cp = (guint32) nc_norm_text_cp_of_byte (nt, at);
          guint r = 0;

          /* (the words before it: at most seven back, a clause's break
           * allowed, "rating ur outfit: 1/10") */
          while (r < nw && nt->chars[ws[r].start].orig_start < cp)
            r++;
          for (guint k = r > 7 ? r - 7 : 0; k < nw; k++)
            {
              static const char * const scored_words[] = { "got", "get", "scored", "score", "gets", NULL };
              static const char * const person_again[] = {
                "talk", "date", "hang", "sit", "text", "invite", "kiss", "befriend", NULL
              };
              static const char * const third[] = { "he", "she", "his", "her", "shes", "hes", NULL };

              if (k < r && en_word_in (ws[k].w, scored_words))
                scored = TRUE;
              if (k < r && en_word_in (ws[k].w, third))
                aimed = TRUE;
              if (k >= r && k <= r + 6 && en_word_in (ws[k].w, person_again))
                aimed = TRUE;
              for (guint t = 0; k < r && t < n_hits; t++)
                if (hits[t].kind == ENTRY_TARGET && !hits[t].dropped && hits[t].start >= ws[k].start &&
                    hits[t].start < ws[k].end)
                  aimed = TRUE;
            }
          if (aimed && !scored)
            {
              if (!in_quotes (quotes, scr, cp, cp + (guint32) len))
                judged_add (findings, nt, cp, cp + (guint32) len, "looks");
              return TRUE;
            }
        }
    }
  if (to == 0 || in_quotes (quotes, scr, nt->chars[from].orig_start, nt->chars[to - 1].orig_end))
    return FALSE;
  judged_add (findings, nt, nt->chars[from].orig_start, nt->chars[to - 1].orig_end, say);
  return TRUE;
}
