/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-en-daily.c — en_everyday(): English everyday senses of
 * words that warn, read by who is aimed at (twentieth round, s20-endaily):
 * a grown-up's "gonna kill you" of trouble at home, "kill it at" a show,
 * "shut up" of amazement, a put-down the writer says of "we" or "i", of a
 * thing or an animal named with "the", one's own brother, sister or pet
 * teased with a laugh, a rude word praising a skill. Each lowers a
 * finding to info; none adds one. */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* Drafts longer than this are not read (chat, not compositions). */
#define DAILY_MAX_CHARS 280
#define DAILY_MAX_WORDS 64

typedef struct {
  char     w[20];      /* folded, apostrophes dropped ("we're" -> "were") */
  gsize    start, end; /* chars of the normalized text */
  guint    clause, sentence;
} DailyWord;

typedef struct {
  DailyWord words[DAILY_MAX_WORDS];
  guint     n;
  gboolean  question[DAILY_MAX_WORDS]; /* (per sentence) it ends with '?' */
} DailyDraft;

/* The draft's words, their clauses and sentences; FALSE when too long. */
static gboolean
daily_read (const NcNormText *nt, DailyDraft *d)
{
  guint clause = 0, sentence = 0;

  d->n = 0;
  memset (d->question, 0, sizeof d->question);
  for (gsize k = 0; k < nt->n_chars;)
    {
      DailyWord *dw;
      gsize e;
      char *o;

      if (is_sep (nt->chars[k].folded))
        {
          if (nt->chars[k].folded == NC_NORM_STOP)
            clause++;
          k++;
          continue;
        }
      if (d->n == DAILY_MAX_WORDS)
        return FALSE;
      dw = &d->words[d->n];
      e = copy_folded_word (nt, k, dw->w, sizeof dw->w);
      o = dw->w;

      for (const char *p = dw->w; *p != '\0'; p++)
        if (*p != '\'')
          *o++ = *p;
      *o = '\0';
      /* (a sentence ends between the last word and this one) */
      if (d->n > 0)
        {
          gboolean ends = FALSE;

          for (guint32 c = nt->chars[d->words[d->n - 1].end - 1].orig_end; c < nt->chars[k].orig_start; c++)
            {
              ends = ends || ends_sentence_cp (nt->cps[c]);
              if (nt->cps[c] == '?')
                d->question[sentence] = TRUE;
            }
          if (ends)
            sentence++, clause++;
        }
      dw->start = k;
      dw->end = e;
      dw->clause = clause;
      dw->sentence = sentence;
      d->n++;
      k = e;
    }
  if (d->n > 0)
    for (guint32 c = nt->chars[d->words[d->n - 1].end - 1].orig_end; c < nt->n_cps; c++)
      if (nt->cps[c] == '?')
        d->question[sentence] = TRUE;
  return d->n > 0;
}

static gboolean
daily_any (const DailyDraft *d, const char * const *words)
{
  for (guint i = 0; i < d->n; i++)
    if (word_among (words, d->words[i].w))
      return TRUE;
  return FALSE;
}

/* The words of @d a finding's span [@cp_start, @cp_end) covers: [*a, *b). */
static gboolean
daily_span (const NcNormText *nt, const DailyDraft *d, const NcFinding *f, guint *a, guint *b)
{
  *a = d->n;
  *b = 0;
  for (guint i = 0; i < d->n; i++)
    if (nt->chars[d->words[i].start].orig_start < f->cp_end && nt->chars[d->words[i].end - 1].orig_end > f->cp_start)
      {
        *a = MIN (*a, i);
        *b = i + 1;
      }
  return *a < *b;
}

/* Whether word @j of @d is in word @a's clause or in a short clause (at
 * most three words) right after it in its sentence ("we're all idiots,
 * especially you"). */
static gboolean
daily_clause_near (const DailyDraft *d, guint a, guint j)
{
  guint n = 0;

  if (d->words[j].clause == d->words[a].clause)
    return TRUE;
  if (d->words[j].clause != d->words[a].clause + 1 || d->words[j].sentence != d->words[a].sentence)
    return FALSE;
  for (guint k = 0; k < d->n; k++)
    n += d->words[k].clause == d->words[j].clause;
  return n <= 3;
}

/* ---- a parent's "gonna kill you": trouble at home -------------------- */

/* The words of killing (folded: a letter typed twice once). */
static const char * const kill_words[] = { "kil", "kils", "kiled", "kiling", "murder", "murders", "murdered",
                                           "dead", "ded", NULL };
/* Grown-ups whose "kill" is trouble at home or school, never a threat
 * ("mom is gonna kill you", "grandma's gonna kill you if you don't call
 * her back lol", "coach will murder us"). */
static const char * const trouble_adults[] = { "mom", "moms", "mum", "mums", "mama", "momy", "dad", "dads", "dady",
  "papa", "mother", "mothers", "father", "fathers", "parents", "grandma", "grandmas", "grandpa", "grandpas", "nana",
  "nanas", "grany", "gran", "teacher", "teachers", "coach", "coaches", "principal", "aunt", "aunts", "auntie",
  "uncle", "uncles", "bos", "mr", "mrs", "ms", NULL };
/* ...and those whose "kill" is trouble only for the writer ("my sister
 * is gonna kill me"; "my brother will kill you" is a threat) */
static const char * const trouble_kin[] = { "brother", "brothers", "sister", "sisters", "bro", "sis", "wife",
                                            "husband", "girlfriend", "boyfriend", "bestie", NULL };
static const char * const trouble_me[] = { "me", "us", NULL };
static const char * const trouble_you[] = { "you", "u", "ya", "him", "her", "them", "youre", "ur", NULL };
/* (what takes it past trouble at home: harm, a place to meet, a tale
 * told) */
static const char * const trouble_beyond[] = { "beat", "hurt", "punch", "smash", "stab", "shot", "knife", "gun",
  "near", "touch", "find", "watch", "snitch", "snitches", "tel", "teling", "told", "report", "wait", "after", "alone",
  "seriously", "promise", "swear", "bury", "hide", "slep", "night", "gang", "everyone", "il", "ima", "help", "finds",
  "found", "said", "says", NULL };
static const char * const trouble_why[] = { "when", "if", "for", "once", "cuz", "because", "bc", NULL };
/* (the writer's own brother or sister "killed" with a laugh or a "jk";
 * not with a time set) */
static const char * const sibling_joked[] = { "lol", "lmao", "lmfao", "haha", "hahaha", "jk", "kiding", NULL };
static const char * const sibling_when[] = { "tonight", "tomorow", "today", "later", "weekend", NULL };
/* "kill it" of a show, a test, a game: doing well ("i'm gonna kill it at
 * the talent show", "you'll kill it tomorrow") */
static const char * const kill_it_when[] = { "at", "in", "on", "today", "tonight", "tomorow", "this", "out", "up",
                                             "again", "onstage", "there", "next", NULL };

/* Whether violence finding [@a, @b) of @d is trouble at home. */
static gboolean
trouble_at_home (const DailyDraft *d, guint a, guint b)
{
  gboolean me, you;
  guint k;

  for (k = a; k < b && !word_among (kill_words, d->words[k].w); k++)
    ;
  if (k == b)
    return FALSE;
  /* (kill it at the show) */
  if (k + 2 < d->n && g_str_equal (d->words[k + 1].w, "it") && d->words[k + 2].clause == d->words[k].clause &&
      word_among (kill_it_when, d->words[k + 2].w))
    return TRUE;
  if (daily_any (d, trouble_beyond))
    return FALSE;
  /* (lead, twenty-second round) "i'm gonna kill my brother if he eats
   * my leftovers again lol jk": the writer's own sibling, said with a
   * laugh; "i'm gonna kill my brother tonight", "i'm gonna kill you lol"
   * and one with a weapon (trouble_beyond) stay threats */
  if (k + 2 < d->n && g_str_equal (d->words[k + 1].w, "my") && d->words[k + 2].clause == d->words[k].clause &&
      word_among (trouble_kin, d->words[k + 2].w) && daily_any (d, sibling_joked) && !daily_any (d, sibling_when))
    for (guint j = k, n = 0; j > 0 && n < 5 && d->words[j - 1].clause == d->words[k].clause; j--, n++)
      if (g_str_equal (d->words[j - 1].w, "i") || g_str_equal (d->words[j - 1].w, "im") ||
          g_str_equal (d->words[j - 1].w, "ima"))
        return TRUE;
  me = k + 1 < d->n && d->words[k + 1].clause == d->words[k].clause &&
                word_among (trouble_me, d->words[k + 1].w);
  you = k + 1 < d->n && d->words[k + 1].clause == d->words[k].clause &&
                 word_among (trouble_you, d->words[k + 1].w);
  /* (the killer: a grown-up at most five words before, in the clause;
   * not the writer) */
  for (guint j = k, n = 0; j > 0 && n < 5 && d->words[j - 1].clause == d->words[k].clause; j--, n++)
    {
      const char *w = d->words[j - 1].w;

      if (g_str_equal (w, "i") || g_str_equal (w, "im") || g_str_equal (w, "il") || g_str_equal (w, "we"))
        return FALSE;
      if (me && word_among (trouble_adults, w))
        return TRUE;
      /* (someone else in trouble: for a deed said after it, "dad is
       * going to kill you for eating his leftovers"; a bare "coach is
       * gonna kill you" is a threat through someone else) */
      if (you && word_among (trouble_adults, w))
        {
          for (guint m = k + 2; m < d->n && d->words[m].sentence == d->words[k].sentence; m++)
            if (word_among (trouble_why, d->words[m].w))
              return TRUE;
          return FALSE;
        }
      if (me && word_among (trouble_kin, w))
        return TRUE;
    }
  /* ("you're so dead when mom sees the wall lol": the grown-up after
   * "when" or "if" in the sentence) */
  if (g_str_equal (d->words[k].w, "dead") && k > 0)
    for (guint j = k + 1; j + 1 < d->n && d->words[j].sentence == d->words[k].sentence; j++)
      if (g_str_equal (d->words[j].w, "when") || g_str_equal (d->words[j].w, "if") ||
          g_str_equal (d->words[j].w, "once"))
        for (guint m = j + 1; m < d->n && m <= j + 3 && d->words[m].sentence == d->words[k].sentence; m++)
          if (word_among (trouble_adults, d->words[m].w))
            return TRUE;
  return FALSE;
}

/* ---- "shut up" of amazement ----------------------------------------- */

static const char * const shut_words[] = { "shut", "up", "stfu", "shutup", NULL };
/* the first word of a question about good news ("you got tickets??",
 * "are you serious??", "did you really meet him??") */
static const char * const amazed_asked[] = { "you", "u", "youre", "ur", "did", "are", "r", "is", "wait", "omg",
                                             "realy", "seriously", "so", "dude", "bro", "girl", "wow", "no",
                                             "fr", "how", NULL };
/* a kind word after it ("ugh shut up you're making me cry, that's so
 * sweet") */
static const char * const amazed_kind[] = { "swet", "cute", "amazing", "awesome", "congrats", "congratulations",
  "hapy", "proud", "jealous", "lucky", "adorable", "beautiful", "gorgeous", "love", "blushing", "cutest", "best",
  "colest", "pretiest", "nicest", "swetest", "col", "incredible", "wow", NULL };
/* (what makes it a silencing: nobody asked, a put-down, a question that
 * sneers) */
static const char * const amazed_beyond[] = {
  "nobody", "none", "asked", "care", "cares", "anyone", "anybody", "stupid", "dumb", "idiot", "anoying",
  "loser", "ugly", "hate", "mouth", "talking", "talk", "think", "who", "why", "what", "fat", "weird", "lame",
  "cringe", "freak", "voice", "already", "never", "stop", "even", "funy", "pathetic", "gros",
  "disgusting", "listen", "opinion", "leave", "away", "out", "go", "bye", "block", NULL };

/* (a laugh right before "shut up") */
static const char * const laughs[] = { "lol", "lmao", "lmfao", "haha", "hahaha", "hehe", "rofl", NULL };

/* Whether finding [@a, @b) of @d, "shut up" alone, is said in amazement. */
static gboolean
shut_up_amazed (const DailyDraft *d, guint a, guint b)
{
  guint s;

  for (guint k = a; k < b; k++)
    if (!word_among (shut_words, d->words[k].w))
      return FALSE;
  if (daily_any (d, amazed_beyond))
    return FALSE;
  if (b >= d->n)
    return a > 0 && word_among (laughs, d->words[a - 1].w);
  /* (a laugh right before it: "lol.. shut up!") */
  if (a > 0 && d->words[a - 1].sentence + 1 >= d->words[a].sentence && word_among (laughs, d->words[a - 1].w))
    return TRUE;
  /* (the sentence after it, or the rest of its own) */
  s = d->words[b].sentence;

  if (d->question[s] && word_among (amazed_asked, d->words[b].w))
    return TRUE;
  for (guint k = b; k < d->n && d->words[k].sentence <= s + 1; k++)
    if (word_among (amazed_kind, d->words[k].w))
      return TRUE;
  return FALSE;
}

/* ---- a put-down the writer says of "we" or "i" ---------------------- */

/* put-downs of the mind said of oneself ("we're so dumb lol", "we're
 * all idiots for staying up till 3", "i drafted like an idiot") */
static const char * const self_mind[] = { "dumb", "dumbest", "stupid", "stupidest", "idiot", "idiots", "idiotic",
                                          "moron", "morons", "clown", "clowns", NULL };
static const char * const self_between[] = { "so", "al", "such", "a", "an", "total", "complete", "absolute", "realy",
  "literaly", "both", "just", "kinda", "being", "like", "the", "bigest", "actual", "bunch", "of", "pair", "two",
  "acting", "masive", NULL };
static const char * const self_be[] = { "am", "are", "was", "were", "fel", "felt", "lok", "loked", "acted",
                                        NULL };
static const char * const self_who[] = { "i", "we", NULL };
static const char * const self_who_be[] = { "im", "were", "weare", "ive", "weve", NULL };
/* (anyone else in the clause takes it off the writer: "we're so dumb
 * for listening to him", "i think you're dumb") */
static const char * const self_others[] = { "you", "u", "ur", "your", "youre", "he", "she", "him", "her", "hes",
                                            "shes", "they", "them", "theyre", "his", "their", NULL };
/* (someone else said to be the same, in the sentence: "i'm stupid, jake
 * too", "we're dumb but you're dumber than us") */
static const char * const self_also[] = { "also", "aswel", "either", "than", "dumber", "stupider", NULL };

/* Whether word @j of @d says someone else is the same: self_also[], or
 * "too" (folded "to") ending its clause. */
static gboolean
daily_also (const DailyDraft *d, guint j)
{
  if (g_str_equal (d->words[j].w, "to") || g_str_equal (d->words[j].w, "too"))
    return j + 1 == d->n || d->words[j + 1].clause != d->words[j].clause;
  return word_among (self_also, d->words[j].w);
}
static const char * const self_openers[] = { "and", "but", "so", "lol", "lmao", "honestly", "ngl", "tbh",
                                             "because", "cuz", "bc", "then", "ok", "okay", "yeah", "gues",
                                             "think", "al", "omg", "bro", "dude", "man", "ugh", NULL };

/* Whether insult [@a, @b) of @d is a put-down of the mind the writer
 * says of "we" or "i". */
static gboolean
said_of_us (const DailyDraft *d, guint a, guint b)
{
  gboolean mind = FALSE, like = FALSE;
  guint k;

  for (k = a; k < b; k++)
    {
      if (word_among (self_mind, d->words[k].w))
        mind = TRUE;
      else if (!word_among (self_between, d->words[k].w))
        return FALSE;
    }
  if (!mind)
    return FALSE;
  for (k = a; k > 0 && d->words[k - 1].clause == d->words[a].clause && word_among (self_between, d->words[k - 1].w);
       k--)
    like = like || g_str_equal (d->words[k - 1].w, "like");
  if (k == 0 || d->words[k - 1].clause != d->words[a].clause)
    return FALSE;
  k--;   /* (the word before the put-down and its qualifiers) */
  if (word_among (self_who_be, d->words[k].w))
    {
      /* ("we were so dumb") */
      if (k > 0 && d->words[k - 1].clause == d->words[a].clause && word_among (self_who, d->words[k - 1].w))
        k--;
    }
  else if (k > 0 && d->words[k - 1].clause == d->words[a].clause &&
           (word_among (self_be, d->words[k].w) || like) && word_among (self_who, d->words[k - 1].w))
    k--;
  else
    return FALSE;
  if (k > 0 && d->words[k - 1].clause == d->words[a].clause && !word_among (self_openers, d->words[k - 1].w))
    return FALSE;
  for (guint j = 0; j < d->n; j++)
    if ((daily_clause_near (d, a, j) && word_among (self_others, d->words[j].w)) ||
        (d->words[j].sentence == d->words[a].sentence && daily_also (d, j)))
      return FALSE;
  return TRUE;
}

/* ---- a put-down of a thing, by its grammar ------------------------- */

/* The put-downs said of things too ("the stupid cat knocked my water
 * over", "the new rule about phones at lunch is dumb", "the monster in
 * the cartoon was stupid but funny"), and the words of degree beside
 * them. */
static const char * const thing_putdowns[] = { "stupid", "stupidest", "dumb", "dumbest", "ugliest", "lame",
                                               NULL };
static const char * const thing_degree[] = { "so", "realy", "kinda", "prety", "actualy", "super", "just", "to",
                                             "very", "literaly", "lowkey", "highkey", "honestly", "kind", "of",
                                             "sort", "a", "bit", "litle", NULL };
static const char * const thing_dets[] = { "the", "this", "that", "these", "those", NULL };
static const char * const thing_be[] = { "is", "was", "are", "were", "loks", "lok", "loked", "sounds", "sounded",
  "sems", "semed", "got", "gets", NULL };
/* People, never a thing: a put-down of "the new kid" or "that girl" is
 * said of someone ("the new kid is so stupid", "that dumb boy"). */
static const char * const thing_people[] = {
  "kid", "kids", "boy", "boys", "girl", "girls", "guy", "guys", "man", "men", "woman", "women", "people", "person",
  "teacher", "teachers", "coach", "ref", "refere", "refs", "umpire", "player", "players", "team", "clas",
  "student", "students", "brother", "sister", "mom", "dad", "friend", "friends", "cousin", "neighbor",
  "neighbour", "baby", "child", "children", "lady", "dude", "bro", "sis", "everyone", "ten", "tens",
  "parents", "family", "crowd", "fans", "fan", "judge", "goalie", "keper", "driver", "principal", "staf",
  "gang", "squad", "group", "club", "crew", "twins", "twin", "one", "ones", "nerd", "nerds", "freshman",
  "freshmen", "seniors", "juniors", "sub", "grade", "grader", "graders", "cashier", "waiter", "waitres",
  "lifeguard", "nurse", "doctor", "coworker", "bos", "uncle", "aunt", "grandma", "grandpa", "husband", "wife",
  "boyfriend", "girlfriend", "bf", "gf", "ex", "bestie", "clasmate", "clasmates", "mate", "mates", "someone",
  "somebody", "idiot", "loser", NULL };

static gboolean
thing_person_in (const NcNormText *nt, const DailyDraft *d, guint a, guint b)
{
  for (guint j = a; j < b; j++)
    if (word_among (thing_people, d->words[j].w) || word_among (self_others, d->words[j].w) ||
        word_among (self_who, d->words[j].w) || word_among (self_who_be, d->words[j].w) ||
        (j > 0 && g_unichar_isupper (nt->cps[nt->chars[d->words[j].start].orig_start])))
      return TRUE;
  return FALSE;
}

/* (s20-endaily) An animal of a farm, a fair or a zoo named with "the",
 * and what is said of its body ("the fat pig at the county fair won a
 * blue ribbon", "the pig at the farm was huge and so stinky"): an animal
 * word then a place, "is" or a deed, never a name ("that cow sara is so
 * fat"), and no person in the clause ("the fat pig in our class"). */
static const char * const animal_words[] = { "pig", "pigs", "cow", "cows", "goat", "goats", "shep", "horse", "horses",
  "donkey", "donkeys", "chicken", "chickens", "hen", "hens", "turkey", "duck", "ducks", "bul", "ox", "lama", "camel",
  "hipo", "elephant", "whale", "seal", "walrus", "gorila", "monkey", "monkeys", "ape", "rat", "rats", "skunk", "boar",
  "hog", "piglet", NULL };
static const char * const animal_body[] = { "fat", "fatest", "stinky", "smely", "ugly", "ugliest", "huge",
                                            "chuby", "gros", "dirty", "nasty", NULL };
static const char * const animal_after[] = { "at", "in", "on", "from", "near", "by", "with", "is", "was", "are",
                                             "were", "had", "has", "won", "ate", "got", "just", "sat", "ran",
                                             "roled", "gave", "and", "that", "who", "which", "did", "does",
                                             NULL };

/* (the writer, and the places of children: "the fat cow at school") */
static const char * const animal_me[] = { "me", "us", "my", "our", "schol", "clas", "bus", "lunch", "gym", "reces",
                                          "homerom", "practice", "cafeteria", "canten", "playground", "hal",
                                          "leson", "math", "party", NULL };

/* Whether word @k of @d names an animal, followed by a place, "is" or a
 * deed, or ending its clause. */
static gboolean
animal_at (const DailyDraft *d, guint k)
{
  return word_among (animal_words, d->words[k].w) &&
         (k + 1 == d->n || d->words[k + 1].clause != d->words[k].clause ||
          word_among (animal_after, d->words[k + 1].w));
}

/* Whether insult [@a, @b) of @d is a put-down said of a thing named with
 * "the", "this", "that": right after it and before a noun no person is
 * ("the stupid cat"), or after the thing and "is" or "was" ("the new
 * rule about phones is dumb"); no one is aimed at in the clause. A body
 * word and the animal names count so when an animal is what is named
 * (animal_at()). */
static gboolean
said_of_the_thing (const NcNormText *nt, const DailyDraft *d, guint a, guint b)
{
  guint c = d->words[a].clause, k, be, c0 = 0, c1 = 0;
  gboolean put = FALSE, body = FALSE, animal = FALSE;

  for (k = a; k < b; k++)
    {
      if (word_among (thing_putdowns, d->words[k].w))
        put = TRUE;
      else if (word_among (animal_body, d->words[k].w))
        body = TRUE;
      else if (animal_at (d, k))
        animal = TRUE;
      else if (!word_among (thing_degree, d->words[k].w))
        return FALSE;
    }
  if (!put && !body && !animal)
    return FALSE;
  for (guint j = 0; j < d->n; j++)
    {
      if (daily_clause_near (d, a, j) && (word_among (self_others, d->words[j].w) || daily_also (d, j)))
        return FALSE;
      if (d->words[j].clause == c)
        c1 = j + 1;
      else if (d->words[j].clause < c)
        c0 = j + 1;
    }
  /* (an animal: no person anywhere in its clause, not the writer, no
   * class named "5b") */
  if ((body || animal) && (thing_person_in (nt, d, c0, a) || thing_person_in (nt, d, b, c1)))
    return FALSE;
  for (k = c0; (body || animal) && k < c1; k++)
    if (word_among (animal_me, d->words[k].w) || strpbrk (d->words[k].w, "0123456789") != NULL)
      return FALSE;
  /* ("the stupid cat knocked my water over", "the fat pig at the fair") */
  if (a > 0 && d->words[a - 1].clause == c && word_among (thing_dets, d->words[a - 1].w))
    {
      if (body && !animal)
        return b < d->n && d->words[b].clause == c && animal_at (d, b);
      if (animal)
        return TRUE;
      return b < d->n && d->words[b].clause == c && !thing_person_in (nt, d, b, MIN (b + 2, d->n));
    }
  if (animal)
    return FALSE;
  /* ("the monster in the cartoon was stupid"): back over degree words to
   * "is", then at most six words to "the" starting the clause */
  for (k = a; k > 0 && d->words[k - 1].clause == c &&
              (word_among (thing_degree, d->words[k - 1].w) || g_str_equal (d->words[k - 1].w, "and") ||
               (body && word_among (animal_body, d->words[k - 1].w))); k--)
    ;
  if (k == 0 || d->words[k - 1].clause != c || !word_among (thing_be, d->words[k - 1].w))
    return FALSE;
  be = k - 1;
  for (k = be; k > 0 && be - k < 7 && d->words[k - 1].clause == c; k--)
    if (word_among (thing_dets, d->words[k - 1].w) && (k == 1 || d->words[k - 2].clause != c))
      {
        if (be <= k || thing_person_in (nt, d, k, be))
          return FALSE;
        if (!body)
          return TRUE;
        /* (a body word: the animal right after "the") */
        return animal_at (d, k) || (k + 1 < be && animal_at (d, k + 1));
      }
  return FALSE;
}

/* ---- one's own family or pet teased ------------------------------- */

/* Mild names for a brother, a sister or a pet, said with a laugh ("my
 * little sister is a crybaby sometimes lol", "my brother is a weirdo
 * sometimes but i love him"); a pet may be called fat or lazy too ("look
 * at my cat hes so lazy"). */
static const char * const kin_mild[] = { "idiot", "weirdo", "crybaby", "cry", "baby", "dork", "gof", "gofbal", "nerd",
  "menace", "gremlin", "brat", "anoying", "weird", "lazy", "sily", "clown", "dofus", "dumy", "drama", "quen", "nuts",
  "crazy", "derp", "derpy", "wierd", NULL };
static const char * const pet_body[] = { "fat", "chuby", "chonky", "chunky", "lazy", "gredy", "stinky",
                                         "smely", NULL };
static const char * const kin_words[] = { "brother", "brothers", "sister", "sisters", "bro", "sis", "cousin",
  "cousins", "dad", "mom", "mum", "grandpa", "grandma", "twin", "uncle", "aunt", "family", NULL };
static const char * const pet_words[] = { "cat", "cats", "dog", "dogs", "pupy", "kiten", "kity", "hamster",
                                          "buny", "rabit", "parot", "bird", "pup", "dogo", "puper", "fish",
                                          "guinea", "pig", "horse", "pony", "turtle", "feret", NULL };
static const char * const kin_my[] = { "my", "our", NULL };
static const char * const kin_small[] = { "litle", "lil", "big", "baby", "older", "younger", "old", "new", "twin",
  "kid", "dumb", NULL };
static const char * const kin_laugh[] = { "lol", "lmao", "lmfao", "haha", "hahaha", "hehe", "rofl", "sometimes",
  "love", "cute", "adorable", "funy", "hilarious", NULL };
/* (a laugh no longer: hate, a wish of harm, a put-down past teasing, or
 * "you" teased beside) */
static const char * const kin_beyond[] = { "hate", "hates", "ugly", "kil", "die", "dead", "shut", "nobody",
  "everyone", "everybody", "stupid", "dumbest", "worst", "disgusting", "gros", "whale", "cow", "loser", "you", "u",
  "ur", "your", "youre", "ya", "retard", "retarded", "slut", "bitch", "wish", "deserve", "deserves", "post", "video",
  "record", "pic", "picture", "photo", "schol", "clas", NULL };

/* Whether insult [@a, @b) of @d is a mild name the writer calls their own
 * brother, sister or pet with a laugh. */
static gboolean
kin_teased (const NcNormText *nt, const DailyDraft *d, guint a, guint b)
{
  gboolean mild = FALSE, body = FALSE, laugh = FALSE;
  guint c = d->words[a].clause;

  for (guint k = a; k < b; k++)
    {
      mild = mild || word_among (kin_mild, d->words[k].w);
      body = body || word_among (pet_body, d->words[k].w);
    }
  if (!mild && !body)
    return FALSE;
  for (guint j = 0; j < d->n; j++)
    {
      if (word_among (kin_beyond, d->words[j].w))
        return FALSE;
      laugh = laugh || word_among (kin_laugh, d->words[j].w);
    }
  if (!laugh && !draft_laughs_emoji (nt))
    return FALSE;
  /* ("my" or "our", a word of size at most, then the brother or the cat,
   * at most six words before the put-down, in its clause) */
  for (guint j = a, n = 0; j > 0 && n < 7 && d->words[j - 1].clause == c; j--, n++)
    {
      const char *w = d->words[j - 1].w;
      guint m = j;   /* (the word after the one owned) */

      if (!word_among (kin_my, w))
        continue;
      if (m < a && word_among (kin_small, d->words[m].w))
        m++;
      if (m >= a)
        continue;
      if (word_among (pet_words, d->words[m].w))
        return TRUE;
      if (word_among (kin_words, d->words[m].w))
        return mild && !body;
    }
  return FALSE;
}

/* (s22-daily) A pet's body or habits said of "she", "he" or "it" whose
 * nearest being named before is the pet ("grandpa im bringing the cat to
 * show you. shes gotten so fat lol", "my cat is so fat she can't jump on
 * the couch anymore lol"): back from the pronoun, at most twelve words
 * and one sentence, every word common (en-common.txt) until a pet word
 * (pet_words[]) after "my", "the", "our" (pet_owned[]); a person's word on the way (a brother, a friend, a
 * teacher: pet_person[]) or a word not common (a name: "the cat sleeps
 * and lily, shes so fat") ends the search with no pet. Not with "you" in
 * the put-down's clause, nor a word taking it past teasing anywhere
 * (pet_beyond[]). */
static const char * const pet_pronouns[] = { "she", "he", "it", "shes", "hes", "its", NULL };
static const char * const pet_person[] = {
  "friend", "friends", "girl", "boy", "teacher", "kid", "kids", "guy", "man", "woman", "lady", "classmate",
  "neighbor", "neighbour", "coach", "student", "people", "person", "someone", "somebody", "everyone", "he", "she",
  "him", "her", "they", "them", NULL };
static const char * const pet_beyond[] = {
  "hate", "hates", "ugly", "kil", "die", "dead", "stupid", "dumbest", "disgusting", "gros", "loser", "retard",
  "retarded", "slut", "bitch", "nobody", "everyone", "video", "post", "photo", "pic", "picture", NULL };
static const char * const pet_owned[] = { "my", "our", "the", "his", "her", "their", "this", "that", "grandmas",
                                          "grandpas", "moms", "dads", NULL };
static const char * const pet_you[] = { "you", "u", "ur", "your", "youre", "ya", NULL };

static gboolean
pet_pronoun (NcChecker *self, const NcNormText *nt, const DailyDraft *d, guint a, guint b)
{
  guint c = d->words[a].clause, p = b, sentence;

  if (self->model_en == NULL)
    return FALSE;
  /* (the pronoun: in the put-down or before it in its clause) */
  for (guint k = b; k-- > 0 && d->words[k].clause == c;)
    if (word_among (pet_pronouns, d->words[k].w))
      {
        p = k;
        break;
      }
  if (p == b)
    return FALSE;
  for (guint j = 0; j < d->n; j++)
    if ((d->words[j].clause == c && word_among (pet_you, d->words[j].w)) ||
        word_among (pet_beyond, d->words[j].w))
      return FALSE;
  sentence = d->words[p].sentence;
  for (guint k = p, n = 0; k > 0 && n < 12 && d->words[k - 1].sentence + 1 >= sentence; k--, n++)
    {
      const DailyWord *w = &d->words[k - 1];

      /* (a pet named as one: "my cat", "the dog", not a likening, "i
       * look like a pig lol, she looks like a cow") */
      if (word_among (pet_words, w->w))
        return k >= 2 && word_among (pet_owned, d->words[k - 2].w);
      if (word_among (pet_person, w->w) || word_among (kin_words, w->w) ||
          !nc_offence_model_is_common_word (self->model_en, nt, w->start, w->end))
        return FALSE;
    }
  return FALSE;
}

/* ---- slang praise of a skill ---------------------------------------- */

/* A rude word that praises a skill shown ("bro your jump shot is nasty,
 * teach me", "that beat is disgusting", "that dunk was filthy"): said of
 * a move, a shot, a song's beat, nothing else in its span but "your",
 * "that", "is" and words of degree; not of a face, a voice, a drawing or
 * cooking ("your breath is nasty", "your cooking is disgusting"), and no
 * put-down beside it. */
static const char * const skill_slang[] = { "nasty", "disgusting", "filthy", "sick", "insane", "ilegal", "dirty",
                                            "evil", "wicked", "criminal", "vile", NULL };
static const char * const skill_nouns[] = {
  "shot", "shots", "jumpshot", "jumper", "beat", "beats", "dunk", "dunks", "crosover", "combo", "combos", "trick",
  "tricks", "save", "saves", "serve", "goal", "goals", "pas", "move", "moves", "handles", "flow", "verse", "drop",
  "rif", "rifs", "solo", "kickflip", "spin", "swing", "throw", "pitch", "curvebal", "bars", "skils", "aim",
  "fotwork", "drible", "dribling", "layup", "tackle", "finish", "edit", "edits", "frestyle", "remix", "bas",
  "chorus", "hok", "breakdown", "headshot", "clutch", "play", "plays", "voley", "header", "backflip", "olie",
  "grind", "slam", "smash", "spike", "bowling", "delivery", "shoting", "technique", "strum", "drums", "guitar",
  "vocals", "spedrun", "setup", "build", NULL };
static const char * const skill_ok[] = { "your", "ur", "you", "that", "this", "the", "his", "her", "their",
                                         "those", "these", "is", "was", "are", "were", "so", "realy", "lowkey",
                                         "actualy", "straight", "kinda", "jump", "thre", "fre", "throw", "left",
                                         "right", "first", "last", "new", "of", "bro", "lol", "just", NULL };
static const char * const skill_beyond[] = {
  "ugly", "hate", "stupid", "dumb", "loser", "trash", "worst", "bad", "terible", "awful", "never", "quit",
  "nobody", "cringe", "embarasing", "sucks", "suck", "face", "breath", "smel", "smels", "voice", "body", "hair",
  "fat", "pathetic", "garbage", "kil", "die", "shut", "everyone", NULL };

static const char * const tease_you_words[] = { "you", "u", "ur", "youre", "ya", NULL };

static gboolean
skill_praised (const DailyDraft *d, guint a, guint b)
{
  guint slang = 0, noun = 0;

  for (guint k = a; k < b; k++)
    if (word_among (skill_slang, d->words[k].w))
      slang++;
    else if (word_among (skill_nouns, d->words[k].w))
      noun++;
    else if (!word_among (skill_ok, d->words[k].w))
      return FALSE;
  if (slang != 1 || daily_any (d, skill_beyond))
    return FALSE;
  /* (the rude word turned on the person after it: "and so are you") */
  for (guint k = b; k < d->n && d->words[k].sentence == d->words[a].sentence; k++)
    if (word_among (tease_you_words, d->words[k].w) || daily_also (d, k))
      return FALSE;
  if (noun > 0)
    return TRUE;
  /* (the slang word alone: the skill right before it, "that dunk was
   * disgusting") */
  for (guint k = a, n = 0; k > 0 && n < 4 && d->words[k - 1].clause == d->words[a].clause; k--, n++)
    if (word_among (skill_nouns, d->words[k - 1].w))
      return TRUE;
    else if (!word_among (skill_ok, d->words[k - 1].w))
      return FALSE;
  return FALSE;
}

/* ---- trash talk of a game between friends (s22-daily) -------------- */

/* A put-down of play said to "you" over a game ("u r so bad at this game
 * lmao gg tho", "ur aim is trash today bro, u ok? lol", "your team is
 * trash ... dont be sad tho, ill buy you boba", "u suck at uno lmao ur
 * turn"), or a game's threat with the game in its clause ("imma wreck u in
 * mario kart", "bro ur dead meat in the next round"): every word of the
 * finding's span is "you", a word of play's faults or a game's (play_span[]),
 * one of them a fault (play_fault[]); the draft names a game (play_game[],
 * in the threat's own clause), an insult is said with a player's word or
 * amends (play_made_up[]: "gg", "rematch", "tho", "love", "ill teach
 * you"; a laugh alone is not enough), and no word anywhere
 * takes it past the game (play_past[]: a put-down of the person, the
 * body, the family, "nobody", "uninstall", "quit", a place or a time met
 * outside the game, "after school", "recess"). The put-down is shown at
 * info. Still warned: "ur so bad at this game just uninstall lol", "u
 * suck at everything lmao nobody wants u", "ur dead after school lol", "gg
 * noob go cry to ur mom 😂", "you play fortnite like a pig lol", "lmao ur
 * so bad at this game". */
static const char * const play_fault[] = {
  "bad", "suck", "sucks", "trash", "nob", "nobs", "nub", "bot", "cheater", "dead", "crush", "wreck", "destroy",
  "rekt", "like", "own", "smoke", "bury", NULL };
static const char * const play_span[] = {
  "you", "u", "ur", "your", "youre", "ya", "is", "are", "r", "roi", "so", "realy", "literaly", "lowkey", "at", "this",
  "that", "the", "team", "aim", "today", "game", "games", "get", "got", "il", "ill", "ima", "im", "i", "gona",
  "wil", "play", "plays", "playing", "a", "grandma", "grandpa", "baby", "toddler", "meat", "next", "round", "in",
  "such", "kinda", "lmao", "lol", "bro", "again", NULL };
static const char * const play_game[] = {
  "game", "games", "g", "match", "round", "rematch", "uno", "ches", "checkers", "fifa", "fortnite", "minecraft",
  "valorant", "mario", "kart", "pubg", "roblox", "team", "tower", "ranked", "rank", "level", "bos", "aim", "lane",
  "jungle", "tic", "tac", "pong", "cards", "monopoly", "smash", "overwatch", "apex", "league",
  "tetris", "pokemon", "zelda", "xbox", "ps5", "switch", "console", "controler", "spawn", "respawn",
  "score", "scored", "points", "lap", "race", NULL };
/* (a player's word or amends: "gg", "rematch", "tho", "ur turn", "u ok",
 * "i love u", "ill teach you", "ill buy you boba", "dont be sad"; a laugh
 * alone is not: "lmao ur so bad at this game" still warns) */
static const char * const play_made_up[] = {
  "g", "wp", "rematch", "tho", "love", "ok", "turn", "teach", "buy", "sad", "practice", "help", NULL };
static const char * const play_past[] = {
  "stupid", "stupidest", "dumb", "dumbest", "idiot", "moron", "ugly", "ugliest", "fat", "fatty", "loser", "losers",
  "hate", "hates", "nobody", "noone", "everyone", "everybody", "everything", "alone", "die", "kys", "yourself",
  "urself", "uninstal", "quit", "delete", "mom", "mum", "mother", "dad", "father", "family", "poor", "worthless",
  "pathetic", "useless", "garbage", "shut", "stfu", "schol", "reces", "after", "outside", "irl", "real", "life",
  "face", "retard", "retarded", "gay", "bitch", "slut", "cry", "crying", "video", "record", "post", "worst", "pig",
  "cow", "dog", "monkey", "rat", "clown", "freak", "disgusting", "gros", "smel", "smels", "stinks", "lunch", "bus",
  "home", "house", "wait", "find", "hurt", "beat", "punch", "watch", "back", NULL };

static gboolean
play_trash_talk (const DailyDraft *d, guint a, guint b, gboolean threat)
{
  gboolean fault = FALSE, game = FALSE, amends = FALSE;

  for (guint k = a; k < b; k++)
    if (word_among (play_fault, d->words[k].w))
      fault = TRUE;
    else if (!word_among (play_span, d->words[k].w) && !word_among (play_game, d->words[k].w))
      return FALSE;
  if (!fault)
    return FALSE;
  for (guint j = 0; j < d->n; j++)
    {
      if (word_among (play_past, d->words[j].w))
        return FALSE;
      /* (a threat: the game in its own clause, "in mario kart") */
      if (word_among (play_game, d->words[j].w) && (!threat || d->words[j].clause == d->words[a].clause))
        game = TRUE;
      amends = amends || word_among (play_made_up, d->words[j].w);
    }
  return game && (threat || amends);
}

/* ---- a put-down denied, a put-down reported (s21-ennot) ------------- */

/* Whether folded word @w is one of @list, each written plainly: both read
 * with a letter typed twice once and apostrophes dropped ("tell" is
 * "tel", "don't" "dont"). */
static gboolean
nw_among (const char * const *list, const char *w)
{
  for (; *list != NULL; list++)
    {
      const char *p = *list, *q = w;
      char last = '\0';

      for (;;)
        {
          while (*p == '\'' || (*p != '\0' && *p == last))
            p++;
          if (*p == '\0' || *q == '\0')
            break;
          if (*p != *q)
            break;
          last = *p;
          p++;
          q++;
        }
      if (*p == '\0' && *q == '\0')
        return TRUE;
    }
  return FALSE;
}

static const char * const deny_words[] = { "not", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
                                           "werent", "wont", "cant", "couldnt", "wouldnt", "shouldnt", "aint",
                                           "nobody", "noone", "nt", NULL };
/* (a word after "no": "no one", "no body") */
static const char * const deny_after_no[] = { "one", "ones", "body", NULL };
/* (a word after "stop": "stop saying ur fat") */
static const char * const deny_after_stop[] = { "saying", "calling", "thinking", "telling", NULL };
/* what may stand between a denial and the put-down it denies: who is
 * aimed at, a verb of being, saying or thinking, an article, a degree */
static const char * const deny_bridge[] = {
  "you", "u", "ur", "youre", "your", "ya", "yourself", "urself", "r", "are", "is", "be", "been", "being", "was",
  "were", "am", "a", "an", "the", "so", "that", "really", "rly", "very", "think", "thinks", "thought", "say",
  "says", "said", "saying", "tell", "tells", "told", "telling", "call", "calls", "called", "calling", "find",
  "finds", "mean", "meant", "consider", "gonna", "going", "to", "will", "would", "could", "can", "should", "let",
  "anyone", "anybody", "one", "ones", "body", "look", "looks", "looked", "seem", "seems", "sound", "sounds",
  "act", "acting", "ever", "kind", "of", "kinda", "sorta", "at", "all", "thinking", "feel", "like", "i", "im",
  "do", "does", "did", "believe", "even", "just", "only", NULL };
/* what a denial turns into a put-down ("no one likes you", "ur not
 * smart", "you don't belong here"): praise, liking, a place among others */
static const char * const deny_praise[] = {
  "smart", "pretty", "cute", "funny", "cool", "welcome", "wanted", "liked", "loved", "invited", "good", "nice",
  "kind", "clever", "special", "talented", "beautiful", "handsome", "attractive", "interesting", "important",
  "popular", "real", "worth", "worthy", "enough", "needed", "missed", "friend", "friends", "human", "normal",
  "allowed", "brave", "strong", "fun", "better", "best", "great", "amazing", "awesome", "able", "likes", "like",
  "love", "loves", "care", "cares", "cared", "want", "wants", "need", "needs", "miss", "misses", "trust",
  "trusts", "believe", "believes", "respect", "respects", "listen", "listens", "remember", "remembers",
  "invite", "invites", "inviting", "help", "helps", "save", "saves", "deserve", "deserves", "belong", "belongs",
  "matter", "matters", "count", "counts", "fit", "fits", "sit", "play", "talk", "talks", "win", "wins", "safe",
  "right", "wanna", "fine", "ok", "okay", "sane", "bright", "capable", "qualified", "ready", "have", "has",
  "get", "make", "amount", "pas", "succeed", "achieve", "date", "pick", "picked", "come", "came", "coming", "show",
  "showed", "stand", "afford", "sing", "do", "wish", "met", "meet", "join", "joining", "going",
  "ned", "chosen", "our", "my", "their", "his", "her", "type", "vibe", NULL };
/* what keeps the put-down said after all ("not as dumb as you look",
 * "no one is uglier than you", "not just ugly", "you don't know how
 * ugly you are", "nobody thinks ur annoying but me") */
static const char * const deny_keeps[] = { "as", "than", "how", "what", "but", "except", "besides", "just", "only",
                                           "even", "anymore", "yet", "more", "les", "know", "realize", "realise",
                                           "se", "notice", "admit", "understand", "get", NULL };
/* what ends a denial's reach in its clause ("ur not a loser bc u lost") */
static const char * const deny_ends[] = { "bc", "because", "cuz", "coz", "since", "and", "or", "when", "if",
                                          "so", NULL };
static const char * const deny_subjects[] = { "i", "im", "he", "hes", "she", "shes", "they", "theyre", "we",
                                              "were", "it", "its", NULL };
static const char * const deny_thinking[] = { "think", "thinks", "thought", "say", "says", "said", "saying",
                                              "tell", "tells", "told", "telling", "call", "calls", "called",
                                              "calling", "find", "finds", "mean", "meant", "consider", "thinking",
                                              "feel", NULL };

static const char * const deny_imperative[] = { "dont", "never", "stop", NULL };

/* what follows a thing of "you" said to be so ("ur face is weird") */
static const char * const deny_is[] = { "is", "are", "r", "was", "looks", "look", "seems", "smells", "sounds",
                                        NULL };
static const char * const deny_you_subject[] = { "you", "u", "ur", "youre", "ya", NULL };

static const char * const deny_copula[] = { "be", "am", "were", "sem", "sound", "act", "acting", "gona",
                                            NULL };
static const char * const deny_copula_neg[] = { "isnt", "arent", "wasnt", "werent", "aint", NULL };
static const char * const deny_copula_before[] = { "ur", "youre", "r", "are", "is", "be", "was", "were", "am",
                                                   "im", "its", NULL };
static const char * const deny_nobody[] = { "nobody", "noone", "no", "none", NULL };

/* Whether a denial at @i (its words to @next) of @d reaching word @head
 * denies a thing said of someone, not a deed: an opinion or a saying
 * denied ("no one thinks ur annoying", "stop saying ur fat", "i dont
 * think ur mean": @said), or, for "not", "never", "n't", what someone is
 * or looks ("ur not slow", "u aren't a burden", "u dont look weird":
 * @copula), or a child told not to cry ("dont cry"). "Nobody" denies only
 * an opinion: "nobody likes you", "no one would cry" say the put-down;
 * so does "you can't sing", a deed denied. */
static gboolean
deny_of_being (const DailyDraft *d, guint i, guint next, guint head, gboolean said, gboolean copula)
{
  if (said || (next == i + 2 && strcmp (d->words[i].w, "stop") == 0))
    return TRUE;
  if (nw_among (deny_nobody, d->words[i].w))
    return FALSE;
  if (copula || nw_among (deny_copula_neg, d->words[i].w) ||
      (i > 0 && d->words[i - 1].clause == d->words[i].clause && nw_among (deny_copula_before, d->words[i - 1].w)))
    return TRUE;
  /* (an imperative: "dont cry", "never give up") */
  return (i == 0 || d->words[i - 1].clause != d->words[i].clause) && head == next &&
         nw_among (deny_imperative, d->words[i].w);
}

/* The word at which a denial starts at @i of @d, its first word after
 * it in *@next; FALSE when @i opens none. */
static gboolean
deny_at (const DailyDraft *d, guint i, guint *next)
{
  if (nw_among (deny_words, d->words[i].w))
    *next = i + 1;
  else if (i + 1 < d->n && d->words[i + 1].clause == d->words[i].clause &&
           ((strcmp (d->words[i].w, "no") == 0 && nw_among (deny_after_no, d->words[i + 1].w)) ||
            (strcmp (d->words[i].w, "stop") == 0 && nw_among (deny_after_stop, d->words[i + 1].w))))
    *next = i + 2;
  else
    return FALSE;
  return TRUE;
}

/* Whether a clause of @d with a denial holds a word aimed at "you". */
static gboolean
deny_aims_you (const DailyDraft *d, guint clause)
{
  static const char * const you[] = { "you", "u", "ur", "youre", "your", "ya", "yourself", "urself", NULL };

  for (guint k = 0; k < d->n; k++)
    if (d->words[k].clause == clause && nw_among (you, d->words[k].w))
      return TRUE;
  return FALSE;
}

/* The first word a denial at @n (its words end before @from) denies:
 * the first word after it that is no bridge, or @d->n when the denial
 * reaches no word; G_MAXUINT when it is kept said (a bridge word of
 * "keeps", a subject after the denial with no saying or thinking
 * between: "i dont care ur a loser"). After "ur"/"your" two words may
 * stand ("nobody thinks ur face is weird"). */
static guint
deny_head (const DailyDraft *d, guint n, guint from, gboolean *said, gboolean *copula)
{
  gboolean thinking = FALSE;

  *said = *copula = FALSE;

  for (guint k = from; k < d->n && d->words[k].clause == d->words[n].clause; k++)
    {
      const char *w = d->words[k].w;

      if (nw_among (deny_ends, w) && strcmp (w, "so") != 0)
        return d->n;
      if (nw_among (deny_keeps, w))
        return G_MAXUINT;
      if (nw_among (deny_thinking, w))
        thinking = *said = TRUE;
      if (nw_among (deny_is, w) || nw_among (deny_copula, w))
        *copula = TRUE;
      if (k > from && !thinking && nw_among (deny_subjects, w))
        return G_MAXUINT;
      if ((strcmp (w, "ur") == 0 || strcmp (w, "your") == 0) && k + 2 < d->n &&
          d->words[k + 2].clause == d->words[n].clause && !nw_among (deny_bridge, d->words[k + 1].w))
        {
          guint j = k + 2;

          if (!nw_among (deny_is, d->words[j].w) && j + 1 < d->n && d->words[j + 1].clause == d->words[n].clause)
            j++;
          if (nw_among (deny_is, d->words[j].w))
            {
              k = j;
              continue;
            }
        }
      if (!nw_among (deny_bridge, w))
        return k;
    }
  return d->n;
}

/* (lead, twenty-first round) Whether the denial at @i of @d stops a
 * saying ("stop saying ur ugly") that a later clause then agrees with,
 * seeing or knowing "it" ("…, everyone can already see it"): the
 * put-down is said after all. */
static const char * const deny_seen[] = { "see", "sees", "saw", "know", "knows", "knew", "notice", "noticed",
                                          NULL };
static const char * const deny_seen_what[] = { "it", "that", NULL };

static gboolean
stopped_saying_agreed (const DailyDraft *d, guint i)
{
  if (strcmp (d->words[i].w, "stop") != 0)
    return FALSE;
  for (guint k = i + 1; k + 1 < d->n; k++)
    if (d->words[k].clause != d->words[i].clause && d->words[k + 1].clause == d->words[k].clause &&
        nw_among (deny_seen, d->words[k].w) && nw_among (deny_seen_what, d->words[k + 1].w))
      return TRUE;
  return FALSE;
}

/* Whether the put-down of words [@a, @b) of @d is denied in its clause
 * ("no one thinks ur annoying", "u aren't a burden", "ur not weak", "stop
 * saying ur fat"): a denial, in the clause of "you", before the first
 * word it denies, which is in the span and no praise; nothing after it in
 * the clause that keeps it said ("but me", "than"). With @by_entry (a
 * lexicon entry's finding), the denial stands before the span. */
static gboolean
put_down_denied (const DailyDraft *d, guint a, guint b, gboolean by_entry)
{
  for (guint i = 0; i < b; i++)
    {
      guint next, head;
      gboolean said, copula;

      if (d->words[i].clause != d->words[b - 1].clause || !deny_at (d, i, &next))
        continue;
      /* (an entry that holds its denial says it: "nobody asked you", "u
       * cant do anything right"; a rule of "you" and a put-down reads
       * through "aren't": "u aren't a burden") */
      if (i >= a && by_entry)
        return FALSE;
      head = deny_head (d, i, next, &said, &copula);
      if (head == G_MAXUINT || head < a || head >= b || nw_among (deny_praise, d->words[head].w) ||
          !deny_aims_you (d, d->words[i].clause) || !deny_of_being (d, i, next, head, said, copula))
        continue;
      /* (nothing after it keeps it said) */
      for (guint k = head + 1; k < d->n && d->words[k].clause == d->words[i].clause && !nw_among (deny_ends, d->words[k].w);
           k++)
        if (nw_among (deny_keeps, d->words[k].w) && strcmp (d->words[k].w, "just") != 0)
          return FALSE;
      return !stopped_saying_agreed (d, i);
    }
  return FALSE;
}

/* A put-down told of the writer by someone else, to a parent or a
 * teacher ("he called me a loser today", "mom, jake keeps saying i'm
 * fat", "dad they keep calling me dumbo"): a saying verb before it in its
 * sentence, its subject not "i", "we" or "you", and "me", "i'm", "my"
 * after it, before the span; no "you" between, no word that agrees. */
static const char * const told_verbs[] = { "called", "calls", "calling", "call", "said", "says", "saying", "say",
                                           "told", "tells", "telling", "yelled", "yeling", "wrote", "texted",
                                           NULL };
static const char * const told_me[] = { "me", "im", "i", "my", NULL };
static const char * const told_not_reporter[] = { "i", "we", "you", "u", "ya", "ur", "youre", NULL };
static const char * const told_agrees[] = { "right", "true", "agree", "agreed", "deserve", "deserved", "too",
                                            "also", "lol", "lmao", "haha", NULL };

static const char * const told_turns[] = { "he", "hes", "she", "shes", "they", "theyre", "so", "but", "him",
                                           "her", "them", "told", "said", NULL };

static gboolean
put_down_told (const DailyDraft *d, guint a, guint b)
{
  static const char * const you[] = { "you", "u", "ur", "youre", "your", "ya", NULL };

  if (daily_any (d, told_agrees))
    return FALSE;
  for (guint v = 1; v < a; v++)
    {
      guint k;

      if (d->words[v].sentence != d->words[a].sentence || !nw_among (told_verbs, d->words[v].w) ||
          nw_among (told_not_reporter, d->words[v - 1].w) || !nw_among (told_me, d->words[v + 1].w))
        continue;
      /* (who says it: a word before the verb, "they keep", "jake") */
      if (v >= 2 && strcmp (d->words[v - 1].w, "keps") != 0 && strcmp (d->words[v - 1].w, "keep") != 0 &&
          nw_among (told_not_reporter, d->words[v - 2].w))
        continue;
      if (v >= 2 && (strcmp (d->words[v - 1].w, "keps") == 0 || strcmp (d->words[v - 1].w, "keep") == 0) &&
          nw_among (told_not_reporter, d->words[v - 2].w))
        continue;
      /* (in the verb's clause, nobody else said to be so between: "he
       * called me fat so i told him he's a fat pig") */
      for (k = v + 1; k < b && d->words[k].clause == d->words[v].clause && !nw_among (you, d->words[k].w) &&
                      !nw_among (told_turns, d->words[k].w);
           k++)
        ;
      if (k == b)
        return TRUE;
    }
  return FALSE;
}

/* (s21-ennot, nc-checker.c) Marks in @mask (nt->n_chars + 1 bytes) the
 * characters of the words a denial aimed at "you" denies, to the end of
 * its clause ("ur not [slow]", "dont [cry]", "no one thinks ur
 * [annoying]"), 1 (bridge words left out); the denial and every word
 * aimed at "you" 2; the number of words denied, 0 for none or a draft
 * that keeps its put-down said. */
guint
en_denied_words (const NcNormText *nt, guint8 *mask)
{
  DailyDraft d;
  guint n = 0;

  if (nt->n_chars > DAILY_MAX_CHARS || !daily_read (nt, &d))
    return 0;
  for (guint i = 0; i < d.n; i++)
    {
      guint next, head;
      gboolean said, copula;

      if (!deny_at (&d, i, &next) ||
          !(deny_aims_you (&d, d.words[i].clause) ||
            /* (an imperative: "dont cry", "never give up") */
            ((i == 0 || d.words[i - 1].clause != d.words[i].clause) && nw_among (deny_imperative, d.words[i].w))))
        continue;
      head = deny_head (&d, i, next, &said, &copula);
      /* (kept said, or a denial that is the put-down: "ur not a human",
       * "nobody thinks ur funny", "no one likes you", "u cant sing") */
      if (head == G_MAXUINT ||
          (head < d.n && (nw_among (deny_praise, d.words[head].w) ||
                          !deny_of_being (&d, i, next, head, said, copula))))
        return 0;
      if (head == d.n || d.words[head].clause != d.words[i].clause)
        continue;
      /* (the denial's own words: 2) */
      for (guint k = i; k < next; k++)
        memset (mask + d.words[k].start, 2, d.words[k].end - d.words[k].start);
      for (guint k = head; k < d.n && d.words[k].clause == d.words[i].clause; k++)
        {
          if (nw_among (deny_ends, d.words[k].w))
            break;
          if ((nw_among (deny_keeps, d.words[k].w) && strcmp (d.words[k].w, "just") != 0) ||
              nw_among (deny_praise, d.words[k].w))
            return 0;
          /* (a new subject says the rest: "ur not a human ur an animal") */
          if (k > head && (nw_among (deny_subjects, d.words[k].w) || nw_among (deny_you_subject, d.words[k].w)))
            break;
          if (!nw_among (deny_bridge, d.words[k].w))
            memset (mask + d.words[k].start, 1, d.words[k].end - d.words[k].start);
          n++;
        }
    }
  /* (who is aimed at, anywhere: 2) */
  if (n > 0)
    for (guint k = 0; k < d.n; k++)
      if (nw_among (deny_you_subject, d.words[k].w) || strcmp (d.words[k].w, "your") == 0)
        memset (mask + d.words[k].start, 2, d.words[k].end - d.words[k].start);
  return n;
}

/* Whether finding @f covers a crude word or a swear word of the lexicon
 * ("bitch", "hoe"): crude language still, denied or told. */
static gboolean
daily_crude (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits, const NcFinding *f)
{
  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];
      const Entry *e = &g_array_index (self->entries, Entry, h->entry);

      if (!h->dropped && (e->crude || e->oath) && nt->chars[h->start].orig_start < f->cp_end &&
          nt->chars[h->end - 1].orig_end > f->cp_start)
        return TRUE;
    }
  return FALSE;
}

void
en_everyday (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits, GArray *list)
{
  DailyDraft d;
  gboolean any = FALSE;
  guint warned = 0, shut = 0;
  guint8 lower[64] = { 0 };
  const char *wow;

  if (nt->n_chars > DAILY_MAX_CHARS || list->len > G_N_ELEMENTS (lower))
    return;
  for (const NcFinding *f = (const NcFinding *) list->data; f < (const NcFinding *) list->data + list->len && !any;
       f++)
    any = is_offensive (f->category) && f->severity >= NC_SEVERITY_WARN;
  if (!any || !daily_read (nt, &d))
    return;
  wow = nc_checker_lexicon_suggestion ("wow");
  /* (each warned finding read on its own; "shut up" only when it is
   * all that warns) */
  for (guint i = 0; i < list->len; i++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);
      guint a, b;

      if (!is_offensive (f->category) || f->severity < NC_SEVERITY_WARN)
        continue;
      warned++;
      if (f->evidence == NC_EVIDENCE_MODEL || !daily_span (nt, &d, f, &a, &b))
        continue;
      if ((f->category == NC_CATEGORY_VIOLENCE || f->category == NC_CATEGORY_INSULT) && trouble_at_home (&d, a, b))
        lower[i] = 1;
      else if (f->category == NC_CATEGORY_INSULT && f->severity == NC_SEVERITY_WARN && said_of_us (&d, a, b))
        lower[i] = 1;
      else if (f->category == NC_CATEGORY_INSULT && f->severity == NC_SEVERITY_WARN &&
               said_of_the_thing (nt, &d, a, b))
        lower[i] = 1;
      else if (f->category == NC_CATEGORY_INSULT && f->severity == NC_SEVERITY_WARN &&
               kin_teased (nt, &d, a, b))
        lower[i] = 1;
      else if (f->category == NC_CATEGORY_INSULT && f->severity == NC_SEVERITY_WARN && skill_praised (&d, a, b))
        lower[i] = 1;
      /* (s22-daily) a pet's body said of "she", the pet named before */
      else if (f->category == NC_CATEGORY_INSULT && f->severity == NC_SEVERITY_WARN && f->suggestion != wow &&
               pet_pronoun (self, nt, &d, a, b))
        lower[i] = 1;
      /* (s21-ennot) a put-down denied to "you", one told of the writer */
      /* (not a swear word's or a crude word's: crude still, denied or
       * told) */
      else if (f->category == NC_CATEGORY_INSULT && f->severity == NC_SEVERITY_WARN && f->suggestion != wow &&
               (put_down_denied (&d, a, b, f->evidence == NC_EVIDENCE_LEXICON) || put_down_told (&d, a, b)) &&
               !daily_crude (self, nt, hits, n_hits, f))
        lower[i] = 1;
      /* (s22-daily) trash talk of a game between friends */
      else if ((f->category == NC_CATEGORY_INSULT || f->category == NC_CATEGORY_VIOLENCE) &&
               f->severity == NC_SEVERITY_WARN && f->suggestion != wow &&
               play_trash_talk (&d, a, b, f->category == NC_CATEGORY_VIOLENCE))
        lower[i] = 1;
      else if (f->category == NC_CATEGORY_INSULT && shut_up_amazed (&d, a, b))
        lower[i] = 2, shut++;
    }
  for (guint i = 0; i < list->len; i++)
    if (lower[i] == 1 || (lower[i] == 2 && shut == warned))
      {
        NcFinding *f = &g_array_index (list, NcFinding, i);

        f->severity = NC_SEVERITY_INFO;
      }
}
