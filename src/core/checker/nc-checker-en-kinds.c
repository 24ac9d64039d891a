/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-en-kinds.c — en_kinds(): four kinds of English unkindness that
 * name no rude word: a family's money or a parent's job mocked, a meeting
 * set as a threat, an embarrassing photo of someone sent round, polite
 * exclusion from a group */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* (twenty-second round, s22-enk) Kinds named on the tuning halves of the
 * blind sets, each read as a class of words with a role, not as a phrase:
 *
 * - status: someone aimed at, or their family ("ur dad", "kayla's mum",
 *   "his family", "he"), then, in the same sentence and at most six words
 *   on, a word of low money or a job mocked ("janitor", "cleans",
 *   "food stamps", "goodwill", "jail", "drives a bus"), in a draft that
 *   mocks ("lmao", "💀", "imagine", "no wonder", "beggar", "stop acting",
 *   "so you should", "everyone knows"); or the same said as a future
 *   ("ur gonna be | flipping burgers"), or "ur so | poor|broke";
 * - a meeting set as a threat: a summons ("meet me", "see you", "wait
 *   till", "catch u", "after school" opening the draft) and a clause
 *   that ends with an ominous coda ("come alone", "bring a helmet",
 *   "you'll see", "ur done", "dont tell a teacher", "watch ur back");
 * - a shaming photo: a picture or a film ("pic of", "video of", "record",
 *   "ss") of someone (not "my", "the", "us", a pet), in an embarrassing
 *   state ("crying", "sleeping", "tripping", "puking"), sent round
 *   ("post", "send", "gc", "story", "everyone");
 * - polite exclusion: a group ("table", "group", "squad", "gc", "team")
 *   and a sending away ("try somewhere else", "ask someone else", "not
 *   the vibe", "no room for u", "especially not you"), or a pile-on
 *   rule ("anyone who talks to her | gets kicked out"), or "dont
 *   add|invite him" with a reason said of him ("he ruins everything").
 * - sarcasm: praise said with an eye roll or a grimace ("riveting 🙄")
 *   in a draft aimed at someone, "brave"/"another" with "that face",
 *   "wear that", "u think anyone asked".
 * Not in a draft that praises ("proud", "so cool", "love", "amazing";
 * sarcasm's eye roll and "anyone asked" aside), nor inside quotation
 * marks. Returns whether it added a finding. */
#define EN_KINDS_MAX_WORDS 96

/* Whether the words from @i are phrase @p (words split by spaces, "*"
 * any one word), in one clause; the index past it in *@past. */
static gboolean
kinds_at (const EnWord *ws, guint nw, guint i, const char *p, guint *past)
{
  char buf[24];

  while (*p != '\0')
    {
      gsize n = strcspn (p, " ");

      if (i >= nw || n >= sizeof buf)
        return FALSE;
      memcpy (buf, p, n);
      buf[n] = '\0';
      if (!(buf[0] == '*' && buf[1] == '\0') && !en_word_eq (ws[i].w, buf))
        return FALSE;
      p += n;
      if (*p == ' ')
        {
          p++;
          if (i + 1 < nw && ws[i + 1].stop_before)
            return FALSE;
        }
      i++;
    }
  if (past != NULL)
    *past = i;
  return TRUE;
}

/* The first phrase of @set at word @i: the index past it, 0 if none. */
static guint
kinds_any (const EnWord *ws, guint nw, guint i, const char * const *set)
{
  for (; *set != NULL; set++)
    {
      guint past = 0;

      if (kinds_at (ws, nw, i, *set, &past))
        return past;
    }
  return 0;
}

/* Whether a phrase of @set starts at any word of the draft: its start
 * in *@at (may be NULL). */
static gboolean
kinds_find (const EnWord *ws, guint nw, const char * const *set, guint *at, guint *past)
{
  for (guint i = 0; i < nw; i++)
    {
      guint e = kinds_any (ws, nw, i, set);

      if (e != 0)
        {
          if (at != NULL)
            *at = i;
          if (past != NULL)
            *past = e;
          return TRUE;
        }
    }
  return FALSE;
}

static const char * const kinds_praise[] = {
  "adorable", "epic", "happy tears", "so happy", "proud of", "winning", "scored", "amazing",
  "proud", "so cool", "thats so cool", "love", "amazing", "awesome", "the best", "so good", "respect",
  "so fun", "cute", "so happy", "beautiful", "hard worker", "works so hard", "legend", "congrats", "great",
  "gorgeous", "stunning", "slay", "so pretty", "so proud", "talented", "getting so good", "so kind", NULL
};

/* someone aimed at, or their family, ending at word @i - 1: the first
 * word of it, G_MAXUINT if none */
static guint
kinds_who_before (const EnWord *ws, guint i)
{
  static const char * const poss[] = { "ur", "your", "his", "her", "ya", "yo", "their", NULL };
  static const char * const kin[] = {
    "mom", "mum", "mother", "dad", "father", "parents", "family", "brother", "sister", "uncle", "aunt",
    "grandma", "grandpa", "mama", "papa", "stepdad", "stepmom", "fam", "folks", "house", "home", "moms",
    "mums", "dads", "brothers", "sisters", "parent", NULL
  };
  static const char * const who[] = {
    "you", "u", "ur", "youre", "he", "she", "hes", "shes", "they", "theyre", NULL
  };

  if (i == 0)
    return G_MAXUINT;
  if (en_word_in (ws[i - 1].w, kin) && i >= 2 && !ws[i - 1].stop_before &&
      (en_word_in (ws[i - 2].w, poss) || ws[i - 2].owner))
    return i - 2;
  if (en_word_in (ws[i - 1].w, who))
    return i - 1;
  return G_MAXUINT;
}

/* status: see above; the span in *@from, *@to (word indices, @to past) */
static gboolean
kinds_status (const EnWord *ws, guint nw, const char *text, guint *from, guint *to)
{
  /* low money, a job mocked, worn clothes, a family member locked up */
  static const char * const low[] = {
    "janitor", "cleaner", "cleans", "cleaning", "clean offices", "clean toilets", "clean houses",
    "picks up trash", "garbage", "trash man", "bin man", "bins", "collector", "lunch lady", "cashier",
    "checkout", "walmart", "mcdonalds", "gas station", "car wash", "chip shop", "does nails", "nail salon",
    "drives a bus", "drives a taxi", "drives the bus", "bus driver", "bus guy", "school bus", "taxi",
    "fixes toilets", "food stamps", "welfare", "benefits", "free lunch", "free meals", "free school meals",
    "free school lunch", "food bank", "trailer", "goodwill", "thrift store", "thrift shop", "charity shop",
    "donation bin", "dollar store", "cheap", "cant afford", "cant even afford", "cant pay", "no money",
    "lost his job", "lost her job", "jail", "prison", "homeless", "beggar", "flipping burgers",
    "flip burgers", "cant buy", "second hand", "hand me downs", "old clothes", "one room", "fake shoes",
    "knockoff", "knockoffs", "rent", "locked up", "lost property", "binman", "dustman", "dinner lady",
    "caretaker", "old trainers", "same trainers", "same clothes", "same shoes", "kebab shop", "drive thru",
    "petrol station", "chippy", "secondhand", "grow out of", "grew out of", "works nights", NULL
  };
  /* "poor", "broke" as what someone is ("ur so broke", "they must be
   * poor"; not "she broke the record", "you poor thing") */
  static const char * const is[] = {
    "so", "is", "are", "r", "ur", "was", "were", "be", "hes", "shes", "youre", "theyre", "too", "very",
    "super", "that", "this", "how", NULL
  };
  /* a job's words: mocked by "imagine", "no wonder", not by "lmao"
   * alone ("his mum works at the chip shop, she gave us fries lmao") */
  static const char * const job[] = {
    "janitor", "cleaner", "cleans", "cleaning", "garbage", "trash man", "bin man", "bins", "collector",
    "lunch lady", "cashier", "checkout", "walmart", "mcdonalds", "gas station", "car wash", "chip shop",
    "does nails", "nail salon", "drives a bus", "drives a taxi", "drives the bus", "bus driver", "bus guy",
    "school bus", "taxi", "fixes toilets", "picks up trash", NULL
  };
  static const char * const laugh[] = { "lmao", "lmfao", NULL };
  static const char * const mock[] = {
    "no wonder", "beggar", "stop acting", "so you should", "so u should", "so ur",
    "so youre", "so you will", "so youll", "so ull", "so you", "so u", "everyone knows", "thats why",
    "that why", "oh wait", "runs in the family", "broke boy", "broke girl", "broke kid", "poor kid",
    "figures", "bet", "for the rest of ur life", "for the rest of your life", "forever", "guess", "dont act",
    "we all know", "ull be next", "youll be next", "youre next", "ur next", "must be hard", "must suck",
    "sucks to be", "couldnt be me", "explains the", "explains why", "that explains", "at his age",
    "at her age", "so clean", "so wash", "so serve", "so fetch", "so sweep", "so tidy", "so mop", "so scrub",
    NULL
  };
  /* what mocks a parent's work said in any words ("ur mum stacks
   * shelves at tesco, no wonder", "her dad's a binman thats why") */
  static const char * const sneer[] = {
    "no wonder", "thats why", "that why", "figures", "stop acting", "dont act", "beggar", "everyone knows",
    "we all know", "runs in the family", "poor kid", "broke boy", "broke girl", NULL
  };
  static const char * const not_work[] = {
    "is", "was", "has", "says", "said", "thinks", "loves", "likes", "wants", "knows", "does", "lets",
    "makes", "gets", "always", "never", NULL
  };
  static const char * const parent[] = {
    "mom", "mum", "mother", "dad", "father", "parents", "moms", "mums", "dads", "stepdad", "stepmom", NULL
  };
  static const char * const future[] = {
    "gonna be", "gona be", "going to be", "will be", "gonna end up", "will end up", "end up", "gonna work",
    "will work", NULL
  };
  gboolean mocked = strstr (text, "\xf0\x9f\x92\x80") != NULL || kinds_find (ws, nw, mock, NULL, NULL);
  gboolean laughed = kinds_find (ws, nw, laugh, NULL, NULL);
  guint im = G_MAXUINT - 1;

  /* ("imagine ur mom being...", not "imagine if") */
  if (!mocked && kinds_find (ws, nw, (const char * const[]) { "imagine", NULL }, &im, NULL))
    mocked = im + 1 == nw || !en_word_eq (ws[im + 1].w, "if");
  else if (mocked)
    kinds_find (ws, nw, (const char * const[]) { "imagine", NULL }, &im, NULL);
  for (guint i = 1; i < nw; i++)
    {
      guint e = kinds_any (ws, nw, i, low);

      if (e == 0 && (en_word_eq (ws[i].w, "poor") || en_word_eq (ws[i].w, "broke")) && en_word_in (ws[i - 1].w, is) &&
          !ws[i].stop_before && !(i + 1 < nw && en_word_eq (ws[i + 1].w, "thing")))
        e = i + 1;
      if (e == 0)
        continue;
      /* the one aimed at within six words before, in the sentence */
      for (guint k = i; k > 0 && k + 7 > i; k--)
        {
          guint w = kinds_who_before (ws, k);

          if (w != G_MAXUINT)
            {
              /* ("ur gonna be | flipping burgers", "ur so | poor") */
              gboolean fut = FALSE;

              for (guint f = k; f < i && !fut; f++)
                fut = kinds_any (ws, nw, f, future) != 0;
              if (mocked || fut || (laughed && kinds_any (ws, nw, i, job) == 0) ||
                  (i >= 2 && en_word_eq (ws[i - 1].w, "so") && w + 2 == i))
                {
                  *from = w, *to = e;
                  return TRUE;
                }
            }
          if (ws[k].stop_before)
            break;
        }
    }
  /* "so broke", "too poor" ending a clause of a draft aimed at someone
   * ("he got his phone from a charity shop, so broke"; not "i'm so broke") */
  for (guint i = 1; i < nw; i++)
    if ((en_word_eq (ws[i].w, "broke") || en_word_eq (ws[i].w, "poor")) &&
        (en_word_eq (ws[i - 1].w, "so") || en_word_eq (ws[i - 1].w, "too")) && !ws[i].stop_before &&
        (i + 1 == nw || ws[i + 1].stop_before) &&
        !(i >= 2 && !ws[i - 1].stop_before &&
          en_word_in (ws[i - 2].w, (const char * const[]) { "im", "i", "were", "we", "me", "am", "feel", NULL })))
      for (guint k = 0; k + 1 < i; k++)
        if (en_word_in (ws[k].w, (const char * const[]) { "he", "she", "u", "ur", "you", "youre", "his", "her", NULL }) &&
            kinds_find (ws, nw, low, NULL, NULL))
          {
            *from = k, *to = i + 1;
            return TRUE;
          }
  /* a parent's work in any words: "ur mum | stacks", "her dad's | a" */
  if (strstr (text, "\xf0\x9f\x92\x80") != NULL || kinds_find (ws, nw, sneer, NULL, NULL) ||
      (im < nw && en_word_eq (ws[im].w, "imagine") && (im + 1 == nw || !en_word_eq (ws[im + 1].w, "if"))))
    for (guint i = 2; i + 1 < nw; i++)
      if (!ws[i].stop_before && !ws[i - 1].stop_before && en_word_in (ws[i - 1].w, parent) &&
          (en_word_in (ws[i - 2].w, (const char * const[]) { "ur", "your", "his", "her", "ya", NULL }) ||
           ws[i - 2].owner) &&
          (((ws[i - 1].owner || en_word_eq (ws[i].w, "is")) &&
            (en_word_eq (ws[i].w, "a") || en_word_eq (ws[i + 1].w, "a"))) ||
           (strlen (ws[i].w) >= 4 && ws[i].w[strlen (ws[i].w) - 1] == 's' && !en_word_in (ws[i].w, not_work) &&
            !ws[i].owner)))
        {
          *from = i - 2, *to = MIN (nw, i + 3);
          return TRUE;
        }
  return FALSE;
}

/* a meeting set as a threat */
static gboolean
kinds_meeting (const EnWord *ws, guint nw, guint *from, guint *to)
{
  static const char * const summons[] = {
    "meet me", "see you", "see u", "see ya", "catch you", "catch u", "wait till", "wait until", "wait til",
    "find you", "find u", "waiting at", "waiting for you", "waiting for u", "you and me", "u and me", NULL
  };
  static const char * const opening[] = {
    "after school", "tomorrow", "tonight", "after class", "after pe", "after practice", "after the bell",
    "at recess", "at lunch", "at break", "gym", "lockers", "behind", "outside", "parking lot", "monday",
    "friday", "ill be outside", "ill be waiting", "catch me", NULL
  };
  static const char * const coda[] = {
    "come alone", "alone", "dont bring anyone", "dont tell a teacher", "dont tell anyone", "no teachers there",
    "no teachers around", "no teachers",
    "bring a helmet", "wear a helmet", "bring a band aid", "bring a bandaid", "bring backup",
    "better bring backup", "they wont help", "youll see", "ull see", "u will see", "you will see",
    "ill show you", "ill show u", "il show you", "il show u", "ur getting it", "youre getting it",
    "ur gonna get it", "youre gonna get it", "gonna get it", "just you", "just u", "just the two of us",
    "no one will hear you", "nobody will hear you", "no one will hear", "nobody will hear", "in one piece",
    "leave the same", "settle this", "come find you", "come find u", "tell ur mom u love her",
    "tell your mom you love her", "or else", "see what happens", "ice pack", "bring an ice pack",
    "first aid kit", "ur last day", "your last day", "u know where", "you know where", "no one will save u",
    "nobody will save you", "nobody will save u", "no one can save you", "no one can save u",
    "nobody can help you", "nobody can help u", "isnt there to protect u", "isnt there to protect you",
    "to protect u", "to protect you", "u better not tell anyone", "better not tell anyone",
    "better not tell", "dont tell ur mom", "dont tell your mom", "just u and me", "just you and me",
    "see u then", "see you then",
    "ur done", "youre done", "ur dead", "youre dead", "watch ur back", "watch your back", "watch out",
    "say ur goodbyes", "say your goodbyes", "say ur prayers", "say your prayers", "you know why",
    "u know why", "better not be late", "dont run this time", "better run", "ur gonna regret it",
    "youre gonna regret it", "gonna regret it", "last chance to say sorry", "last chance", "last warning",
    "no one will help", "nobody will help", "no one will save you", NULL
  };
  /* hurt named in a word of its own, anywhere after the summons */
  static const char * const blood[] = {
    "blood", "bleeding", "bleed", "hospital", "ambulance", "first aid", "protect", "save u", "save you", NULL
  };
  static const char * const hurt[] = {
    "smashed", "kicked in", "knocked out", "punched", "beaten", "bashed", "broken", "kicked", "smashed in",
    NULL
  };
  guint s = G_MAXUINT, se = 0;

  if (!kinds_find (ws, nw, summons, &s, &se))
    {
      if (nw > 0 && kinds_any (ws, nw, 0, opening) != 0)
        s = 0, se = kinds_any (ws, nw, 0, opening);
      else
        return FALSE;
    }
  /* the last clause opening with a coda's words ("dont bring ur mum",
   * "come by urself", "think about what u said") */
  {
    static const char * const lead[] = {
      "dont bring", "come by urself", "come by yourself", "come on ur own", "come on your own",
      "think about what u", "think about what you", "hope ur insurance", "hope your insurance",
      "say goodbye", "bring a plaster", "bring plasters", "bring tissues", "ur gonna need ur",
      "youre gonna need your", NULL
    };
    guint l = nw - 1;

    while (l > 0 && !ws[l].stop_before)
      l--;
    if (l > s && kinds_any (ws, nw, l, lead) != 0)
      {
        *from = s, *to = nw;
        return TRUE;
      }
  }
  for (guint i = 0; i < nw; i++)
    {
      guint e = kinds_any (ws, nw, i, coda);

      if (e != 0 && (e == nw || (e + 1 == nw && en_word_in (ws[e].w, (const char * const[]) { "lol", "lmao", "tho", NULL }))) &&
          /* (the draft's last words: "... after school. come alone.",
           * not "wear a helmet for the bike ride", "u know where, the
           * library") */
          (i != s || e > se))
        {
          *from = MIN (s, i), *to = MAX (se, e);
          return TRUE;
        }
      if (i > s && kinds_any (ws, nw, i, blood) != 0 && !en_word_eq (ws[i - 1].w, "my"))
        for (guint k = i; k > s && k + 6 > i && !ws[k].stop_before; k--)
          if (en_word_in (ws[k - 1].w, (const char * const[]) { "u", "you", "ur", "your", "ya", NULL }))
            {
              *from = s, *to = kinds_any (ws, nw, i, blood);
              return TRUE;
            }
      /* "ur getting ur teeth knocked out", "ur face is getting smashed" */
      if ((en_word_eq (ws[i].w, "getting") || en_word_eq (ws[i].w, "get")) && i + 1 < nw)
        for (guint k = i + 1; k < nw && k <= i + 4 && !ws[k].stop_before; k++)
          if (kinds_any (ws, nw, k, hurt) != 0)
            {
              *from = MIN (s, i), *to = MAX (se, k + 1);
              return TRUE;
            }
    }
  return FALSE;
}

/* a shaming photo sent round */
static gboolean
kinds_photo (const EnWord *ws, guint nw, guint *from, guint *to)
{
  static const char * const media[] = {
    "pic", "pics", "picture", "photo", "photos", "vid", "video", "videos", "clip", "screenshot", "footage",
    "recording", "selfie", NULL
  };
  static const char * const capture[] = {
    "record", "recorded", "film", "filmed", "snap", "snapped", "ss", "screenshot", "screenshotted",
    "screenshotting", "recording", "filming", "photograph", "photographed", "caught", NULL
  };
  static const char * const not_person[] = {
    "my", "our", "the", "a", "an", "us", "me", "myself", "this", "that", "it", "his", "their", "dog",
    "cat", "puppy", "kitten", "baby", "team", "class", "game", "goal", "band", "cake", "sunset", NULL
  };
  static const char * const state[] = {
    "crying", "sleeping", "falling", "tripping", "snoring", "drooling", "puking", "throwing up", "picking",
    "changing", "dancing", "singing", "eating", "peeing", "farting", "sweating", "screaming", "begging",
    "slipping", "bawling", "sobbing", "getting", "fell", "cry", "fall", "trip", "sleep", "puke", "pee",
    "asleep", "cried", "tears", "snot", "mouth open", "voice cracking", "cracking", "talking to urself",
    "talking to yourself", "talking to himself", "talking to herself", "with food on", "food on",
    "sweat", "pimple", "zit", "in his underwear", "in her underwear", "in pjs", "without makeup",
    "with that", "when she", "when he", "naked", "vomiting", "wiping out", "wipeout", "begging", "crying",
    "voice", "face", "mouth full", "mouth", "in the toilets", "in the toilet", "in the bathroom",
    "changing room", "food stuck", "braces", "on camera", "nose", NULL
  };
  static const char * const spread[] = {
    "post", "posting", "posted", "share", "sharing", "leak", "leaking", "put it", "drop it", "airdrop",
    "gc", "group chat", "chat", "story", "everyone", "everybody", "the whole school", "the whole grade",
    "the boys", "the girls", "whole class", "the class", "tiktok", "insta", "snap story", "the group",
    "send it to", "send to", "sending to", "send everyone", "send the", "sending the", "send this to",
    "sending it round", "send it round", "sending it around", "send it around", "everywhere", "everyones",
    "dropping", "the year group", "spread it", "spreading it", "uploading", "upload", "want it",
    "going on my", "on my story", "on the story", "on insta", NULL
  };

  for (guint i = 0; i + 2 < nw; i++)
    {
      guint p = 0;

      /* "screenshot her pic ... share it everywhere" */
      if (en_word_in (ws[i].w, capture) && !ws[i + 1].stop_before && !ws[i + 2].stop_before &&
          en_word_in (ws[i + 1].w, (const char * const[]) { "her", "his", "ur", "your", NULL }) &&
          en_word_in (ws[i + 2].w, media))
        {
          guint sa = 0, se = 0;

          if (kinds_find (ws, nw, spread, &sa, &se) && sa > i + 2)
            {
              *from = i, *to = se;
              return TRUE;
            }
        }
      if (en_word_in (ws[i].w, media) && !ws[i + 1].stop_before && en_word_eq (ws[i + 1].w, "of"))
        p = i + 2 < nw && en_word_eq (ws[i + 2].w, "ur") ? i + 3 : i + 2;
      /* ("the pic i took of her") */
      else if (en_word_in (ws[i].w, media) && i + 4 < nw && kinds_at (ws, nw, i + 1, "i took of", NULL))
        p = i + 4;
      else if (en_word_in (ws[i].w, capture))
        p = i + 1;
      else
        continue;
      if (p >= nw || ws[p].stop_before || en_word_in (ws[p].w, not_person) || ws[p].owner)
        continue;
      /* ("ur voice cracking": the one's own thing) */
      if (p == i + 3 && en_word_in (ws[p].w, state))
        p--;
      for (guint k = p + 1; k < nw && k <= p + 4 && !ws[k].stop_before; k++)
        if (kinds_any (ws, nw, k, state) != 0)
          {
            guint sa = 0, se = 0;

            if (kinds_find (ws, nw, spread, &sa, &se))
              {
                *from = MIN (i, sa), *to = MAX (k + 1, se);
                return TRUE;
              }
          }
    }
  return FALSE;
}

/* sarcasm on a kind surface: a frame of praise or wonder ("so brave",
 * "another selfie", "cant wait to see", "because we all needed") and
 * "that" + a feature of the one aimed at ("that face", "that voice";
 * "wear that"), in a draft with no praise (checked by the caller) */
static gboolean
kinds_sarcasm (const EnWord *ws, guint nw, const char *text, gboolean framed, guint *from, guint *to)
{
  static const char * const frame[] = {
    "brave", "another", "cant wait to see", "because we all needed", "we all needed", "thanks for sharing",
    "what a gift", "blessed us", "blessing us", NULL
  };
  /* praise said with an eye roll or a grimace at someone aimed at:
   * "riveting 🙄", "so... brave 😬" */
  static const char * const praise[] = {
    "cool", "brave", "great", "wow", "riveting", "fascinating", "amazing", "nice", "genius", "interesting",
    "love", "congrats", "so good", "groundbreaking", "iconic", "talented", "wonderful", "inspiring",
    "impressive", "incredible", "legendary", "stunning", "proud", NULL
  };
  static const char * const aimed[] = { "u", "ur", "you", "your", "youre", "he", "she", "his", "her", NULL };
  static const char * const dismissed[] = {
    "u think anyone asked", "you think anyone asked", "u think anyone cares", "you think anyone cares",
    "u think ur funny", "you think youre funny", NULL
  };
  static const char * const feature[] = {
    "face", "voice", "hair", "laugh", "outfit", "nose", "body", "singing", "smile", "teeth", "haircut",
    "dancing", "forehead", "fit", "shoes", NULL
  };
  guint a = 0, e = 0;

  if (kinds_find (ws, nw, dismissed, &a, &e))
    {
      *from = a, *to = e;
      return TRUE;
    }
  if ((strstr (text, "\xf0\x9f\x99\x84") != NULL || strstr (text, "\xf0\x9f\x98\xac") != NULL) &&
      kinds_find (ws, nw, praise, &a, &e))
    for (guint i = 0; i < nw; i++)
      if (en_word_in (ws[i].w, aimed))
        {
          *from = MIN (a, i), *to = MAX (e, i + 1);
          return TRUE;
        }
  /* a clap for what took long: "u finally scored, only took 3 years 👏" */
  if (framed && strstr (text, "\xf0\x9f\x91\x8f") != NULL &&
      kinds_find (ws, nw, (const char * const[]) { "only took", "took u long enough", "took you long enough",
                                                   "about time", NULL }, &a, &e))
    {
      *from = a, *to = e;
      return TRUE;
    }
  if (!framed || !kinds_find (ws, nw, frame, &a, &e))
    return FALSE;
  /* (hearts: "so brave of u 😍") */
  if (strstr (text, "\xf0\x9f\x98\x8d") != NULL || strstr (text, "\xf0\x9f\xa5\xb0") != NULL ||
      strstr (text, "\xe2\x9d\xa4") != NULL)
    return FALSE;
  for (guint i = 0; i + 1 < nw; i++)
    if (!ws[i + 1].stop_before &&
        ((en_word_eq (ws[i].w, "that") && en_word_in (ws[i + 1].w, feature)) ||
         ((en_word_eq (ws[i].w, "wear") || en_word_eq (ws[i].w, "wearing")) && en_word_eq (ws[i + 1].w, "that") &&
          (i + 2 == nw || ws[i + 2].stop_before || en_word_eq (ws[i + 2].w, "to")))))
      {
        *from = MIN (a, i), *to = MAX (e, i + 2);
        return TRUE;
      }
  return FALSE;
}

/* polite exclusion */
static gboolean
kinds_exclusion (const EnWord *ws, guint nw, guint *from, guint *to)
{
  static const char * const group[] = {
    "table", "group", "squad", "team", "gc", "chat", "sleepover", "party", "game", "list", "project",
    "crew", "club", "circle", "friends", "tables", "seat", "row", "lunch", "us", NULL
  };
  static const char * const away[] = {
    "somewhere else", "someone else", "anyone else", "another group", "another table", "another one",
    "a different group", "a different table", "the losers table", "not the vibe", "not really the vibe",
    "not the type", "not really the type", "not on the list", "not on it", "no room for you",
    "no room for u", "no space for you", "no space for u", "full for you", "full for u",
    "especially not you", "especially not u", "not friend group material", "not really friend group material",
    "for people we actually like", "only for people we like", "for cool people", "only let cool people",
    "no space at our table for you", "no room at our table for you", "dont need you", "dont need u",
    "no seat for u", "no seat for you", "no spot for u", "no spot for you", "find ur own", "find your own",
    "go sit with", "go sit somewhere", "go sit up front", "maybe next year", "just us", "only us",
    "just the four of us", "just the three of us", "just for the four of us", "just for the three of us",
    "when ur less", "when youre less", "when ur not so", "not in the group anymore", "ur out",
    "youre out", "not welcome", "ur not invited", "youre not invited", "so not u", "so not you",
    "only fits people", "only for people", "only for my real friends", "only for real friends",
    "people who are actually", "dont have a spot for u", "dont have a spot for you", "dont have room for u",
    "dont have room for you", "dont have space for u", "dont have space for you", "no place for u",
    "no place for you", "people like u", "people like you", "esp u", "esp you", "especially u",
    "kinda closed", "group is closed", "squads closed", "groups closed", "team is closed", "for the real ones", "not taking anyone", "sit with the teachers",
    "try someone", "someone less", NULL
  };
  static const char * const kindly[] = {
    "join us", "so you fit", "so u fit", "theres room", "there is room", "want to", "wanna", "thanks",
    "thank you", "ill add", "can sit", "but theres", "but there is", "but u can", "but you can",
    "but theyre", "next table", "anytime", "surprise", "sit with me", NULL
  };
  static const char * const anyone[] = {
    "if anyone", "anyone who", "whoever", "if someone", "if u", "if you", NULL
  };
  static const char * const befriends[] = {
    "talks to", "talk to", "sits with", "sit with", "invites", "invite", "hangs out with", "hang out with",
    "adds", "add", "sits next to", "sit next to", "talks with", "follows", NULL
  };
  static const char * const kicked[] = {
    "out of", "kicked out", "gets kicked", "is out", "theyre out", "ur out", "youre out", "blocked",
    "removed", "gets blocked", "is cancelled", "is canceled", "im not coming", "im leaving", "were leaving",
    "im out", "unfollowed", "getting unfollowed", "gets unfollowed", "ignored", "gets ignored", NULL
  };
  static const char * const dont_add[] = {
    "dont add", "dont invite", "do not add", "do not invite", "never invite", "never add", NULL
  };
  static const char * const third[] = { "he", "she", "hes", "shes", NULL };
  guint a = 0, e = 0;
  gboolean has_group = FALSE;

  for (guint i = 0; i < nw && !has_group; i++)
    has_group = en_word_in (ws[i].w, group);
  if (has_group && kinds_find (ws, nw, away, &a, &e) && !kinds_find (ws, nw, kindly, NULL, NULL) &&
      /* ("just us four", ending its clause; not "just us four for the
       * science fair") */
      (!en_word_eq (ws[e - 1].w, "us") || e == nw || ws[e].stop_before ||
       (e + 1 <= nw && (e + 1 == nw || ws[e + 1].stop_before))))
    {
      *from = a, *to = e;
      return TRUE;
    }
  /* "if anyone talks to her, they're out of our group" */
  if (kinds_find (ws, nw, anyone, &a, &e))
    for (guint i = e; i < nw && i <= e + 1 && !ws[i].stop_before; i++)
      if (kinds_any (ws, nw, i, befriends) != 0)
        for (guint k = i + 2; k < nw && k <= i + 8; k++)
          {
            guint z = kinds_any (ws, nw, k, kicked);

            if (z != 0)
              {
                *from = a, *to = z;
                return TRUE;
              }
          }
  /* "dont add him to the gc, he makes everything weird" */
  if (kinds_find (ws, nw, dont_add, &a, &e) && e < nw)
    for (guint k = e + 1; k < nw && k <= e + 8; k++)
      if (ws[k].stop_before && en_word_in (ws[k].w, third) && k + 1 < nw)
        {
          *from = a, *to = MIN (nw, k + 3);
          return TRUE;
        }
  return FALSE;
}

gboolean
en_kinds (const NcNormText *nt, NcFindings *findings, Quotes *quotes, CheckScratch *scr)
{
  EnWord ws[EN_KINDS_MAX_WORDS];
  guint nw = 0, from = 0, to = 0;
  NcCategory cat = NC_CATEGORY_INSULT;
  const char *say = "calm";

  if (nt->n_chars < 8)
    return FALSE;
  nw = en_words (nt, ws, EN_KINDS_MAX_WORDS, NULL);
  if (nw < 3)
    return FALSE;
  /* (sarcasm is praise said so as to wound: it reads its own praise) */
  if (kinds_find (ws, nw, kinds_praise, NULL, NULL))
    {
      if (!kinds_sarcasm (ws, nw, nt->text, FALSE, &from, &to))
        return FALSE;
    }
  else if (kinds_meeting (ws, nw, &from, &to))
    cat = NC_CATEGORY_VIOLENCE;
  else if (kinds_status (ws, nw, nt->text, &from, &to) || kinds_photo (ws, nw, &from, &to) ||
           kinds_sarcasm (ws, nw, nt->text, TRUE, &from, &to))
    ;
  else if (kinds_exclusion (ws, nw, &from, &to))
    say = "include";
  else
    return FALSE;
  if (to == 0 || to > nw || from >= to)
    return FALSE;
  {
    guint32 a = nt->chars[ws[from].start].orig_start, b = nt->chars[ws[to - 1].end - 1].orig_end;

    if (in_quotes (quotes, scr, a, b))
      return FALSE;
    add_finding (findings, nt, cat, NC_SEVERITY_WARN, a, b, NC_EVIDENCE_CONTEXT, NULL,
                 nc_checker_lexicon_suggestion (say));
  }
  return TRUE;
}
