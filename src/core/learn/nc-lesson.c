/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson.c — one lesson, parsed from its XML file with GMarkup
 *
 * The parser is strict: an unknown element, a missing field, an unknown Code
 * reference or a quiz item without a correct answer is an error that names
 * the file and the line, so a broken lesson is found by the tests and never
 * shown half-read to a child.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nc-code-ref.h"
#include "nc-lesson.h"

struct _NcLesson
{
  GObject     parent_instance;

  char       *id;
  int         order;
  char       *title;
  char       *summary;
  char       *filename;
  GPtrArray  *steps;     /* NcStep */
  GStrv       refs;      /* every ref its steps cite, in first-seen order */
  guint       tracks;    /* NC_TRACK_BIT()s of the ages it suits */
  guint       n_quiz_items;
};

G_DEFINE_FINAL_TYPE (NcLesson, nc_lesson, G_TYPE_OBJECT)
G_DEFINE_QUARK (nc-lesson-error-quark, nc_lesson_error)

static void
option_free (gpointer data)
{
  NcOption *option = data;

  g_free (option->text);
  g_free (option);
}

static void
branch_free (gpointer data)
{
  NcBranch *branch = data;

  g_free (branch->label);
  g_free (branch->feedback);
  g_free (branch->next);
  g_free (branch);
}

static void
node_free (gpointer data)
{
  NcScenarioNode *node = data;

  g_free (node->id);
  g_free (node->text);
  g_clear_pointer (&node->branches, g_ptr_array_unref);
  g_free (node);
}

static void
step_free (gpointer data)
{
  NcStep *step = data;

  g_free (step->id);
  g_strfreev (step->refs);
  g_free (step->heading);
  g_free (step->body);
  g_free (step->picture);
  g_free (step->alt);
  g_free (step->question);
  g_free (step->statement);
  g_free (step->text);
  g_free (step->author);
  g_free (step->place);
  g_free (step->note);
  g_clear_pointer (&step->options, g_ptr_array_unref);
  g_free (step->expect);
  g_free (step->forbid);
  g_free (step->sample);
  g_free (step->explain);
  g_clear_pointer (&step->nodes, g_ptr_array_unref);
  g_free (step);
}

/* ---- parsing ---------------------------------------------------------- */

typedef struct {
  const char     *filename;
  NcLesson       *lesson;
  NcStep         *step;       /* the step being read, or NULL */
  NcScenarioNode *node;
  NcBranch       *branch;
  NcOption       *option;
  GString        *text;       /* the leaf element being read, or NULL */
  char           *leaf;       /* its name */
  gboolean        in_bad;
  int             n_bad;
  GSList         *stack;      /* element names, innermost first (not owned) */
} ParseData;

static const char * const leaf_elements[] = {
  "title", "summary", "heading", "body", "place", "text", "note", "question",
  "option", "explain", "statement", "expect", "forbid", "sample", "label", "feedback", "alt",
};

static gboolean
is_leaf (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (leaf_elements); i++)
    if (g_str_equal (leaf_elements[i], name))
      return TRUE;
  return FALSE;
}

/* The line of the tag just read. GMarkup reports its position after the
 * character that follows the tag, so a tag at the end of a line reads as
 * column 1 of the next line. */
static int
current_line (GMarkupParseContext *context)
{
  int line = 0, column = 0;

  g_markup_parse_context_get_position (context, &line, &column);
  return column <= 1 && line > 1 ? line - 1 : line;
}

static void G_GNUC_PRINTF (5, 6)
set_error_at (GError     **error,
              int          code,
              const char  *filename,
              int          line,
              const char  *format,
              ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, NC_LESSON_ERROR, code, "%s:%d: %s", filename, line, message);
}

/* Collapses runs of white space to one space and trims, as xgettext does
 * for ITS files, so that the msgid we look up is the one in po/. */
static char *
normalize_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char **
parse_refs (const char  *value,
            ParseData   *data,
            int          line,
            GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (value == NULL)
    return g_strv_builder_end (builder);

  parts = g_strsplit_set (value, " ,", -1);
  for (int i = 0; parts[i]; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (nc_code_ref_lookup (parts[i]) == NULL)
        {
          set_error_at (error, NC_LESSON_ERROR_UNKNOWN_REF, data->filename, line,
                        "unknown Code reference “%s”", parts[i]);
          return NULL;
        }
      g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* Turns a GMarkup attribute error into ours, naming the file and line. */
static void
rewrap_error (GError     **error,
              ParseData   *data,
              int          line)
{
  g_autofree char *message = NULL;

  if (error == NULL || *error == NULL)
    return;
  message = g_strdup ((*error)->message);
  g_clear_error (error);
  set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line, "%s", message);
}

static const char *
parent_name (ParseData *data)
{
  return data->stack ? data->stack->data : NULL;
}

static gboolean
parse_bool_attr (const char *value,
                 gboolean   *out)
{
  if (value == NULL || g_str_equal (value, "false") || g_str_equal (value, "no"))
    *out = FALSE;
  else if (g_str_equal (value, "true") || g_str_equal (value, "yes"))
    *out = TRUE;
  else
    return FALSE;
  return TRUE;
}

static NcStepKind
step_kind_from_element (const char *name,
                        gboolean   *found)
{
  static const struct { const char *name; NcStepKind kind; } kinds[] = {
    { "card", NC_STEP_CARD }, { "post", NC_STEP_POST }, { "choice", NC_STEP_CHOICE },
    { "truefalse", NC_STEP_TRUE_FALSE }, { "spot", NC_STEP_SPOT },
    { "rewrite", NC_STEP_REWRITE }, { "scenario", NC_STEP_SCENARIO },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, name))
      {
        *found = TRUE;
        return kinds[i].kind;
      }
  *found = FALSE;
  return NC_STEP_CARD;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **attr_names,
                  const char          **attr_values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseData *data = user_data;
  const char *parent = parent_name (data);
  int line = current_line (context);
  gboolean is_step = FALSE;
  NcStepKind kind = step_kind_from_element (name, &is_step);

  if (data->text != NULL)
    {
      /* Only <bad> may sit inside text, and only in a spot-the-problem post. */
      if (g_str_equal (name, "bad") && data->step && data->step->kind == NC_STEP_SPOT &&
          g_str_equal (data->leaf, "text") && !data->in_bad)
        {
          g_string_append (data->text, "<bad>");
          data->in_bad = TRUE;
          data->n_bad++;
          data->stack = g_slist_prepend (data->stack, (gpointer) "bad");
          return;
        }
      set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                    "element <%s> is not allowed inside <%s>", name, data->leaf);
      return;
    }

  if (parent == NULL)
    {
      const char *id = NULL, *order = NULL, *ages = NULL;
      g_autoptr(GError) ages_error = NULL;

      if (!g_str_equal (name, "lesson"))
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "the root element must be <lesson>, not <%s>", name);
          return;
        }
      if (!g_markup_collect_attributes (name, attr_names, attr_values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING, "order", &order,
                                        G_MARKUP_COLLECT_STRING, "ages", &ages,
                                        G_MARKUP_COLLECT_INVALID))
        {
          rewrap_error (error, data, line);
          return;
        }
      if (!nc_tracks_parse (ages, &data->lesson->tracks, &ages_error))
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "ages: %s", ages_error->message);
          return;
        }
      if (!g_str_has_prefix (id, "lesson-"))
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "a lesson id must start with “lesson-”, not “%s”", id);
          return;
        }
      data->lesson->id = g_strdup (id);
      data->lesson->order = (int) g_ascii_strtoll (order, NULL, 10);
    }
  else if (is_step && g_str_equal (parent, "lesson"))
    {
      const char *id = NULL, *refs = NULL, *author = NULL, *answer = NULL, *picture = NULL, *ages = NULL;
      g_autoptr(GError) ages_error = NULL;
      NcStep *step;
      gboolean quiz = kind != NC_STEP_CARD && kind != NC_STEP_POST;

      if (!g_markup_collect_attributes (name, attr_names, attr_values, error,
                                        (quiz ? G_MARKUP_COLLECT_STRING
                                              : G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL),
                                        "id", &id,
                                        (quiz ? G_MARKUP_COLLECT_STRING
                                              : G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL),
                                        "refs", &refs,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "author", &author,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "answer", &answer,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "picture", &picture,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "ages", &ages,
                                        G_MARKUP_COLLECT_INVALID))
        {
          rewrap_error (error, data, line);
          return;
        }

      step = g_new0 (NcStep, 1);
      step->kind = kind;
      step->line = line;
      step->id = g_strdup (id);
      step->author = g_strdup (author);
      step->picture = g_strdup (picture);
      step->tracks = data->lesson->tracks;
      g_ptr_array_add (data->lesson->steps, step);
      data->step = step;

      /* a step suits some of the lesson's ages, never others */
      if (ages != NULL && !nc_tracks_parse (ages, &step->tracks, &ages_error))
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "ages: %s", ages_error->message);
          return;
        }
      if ((step->tracks & ~data->lesson->tracks) != 0)
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "ages=\"%s\" names a track the lesson is not part of", ages);
          return;
        }

      if (picture != NULL && kind != NC_STEP_CARD && kind != NC_STEP_POST)
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "only a <card> or a <post> takes a picture, not <%s>", name);
          return;
        }

      step->refs = parse_refs (refs, data, line, error);
      if (step->refs == NULL)
        return;
      if (kind == NC_STEP_TRUE_FALSE && (answer == NULL || !parse_bool_attr (answer, &step->answer)))
        {
          set_error_at (error, NC_LESSON_ERROR_NO_ANSWER, data->filename, line,
                        "true/false item “%s” needs answer=\"true\" or answer=\"false\"", id);
          return;
        }
      if (kind == NC_STEP_CHOICE)
        step->options = g_ptr_array_new_with_free_func (option_free);
      if (kind == NC_STEP_SCENARIO)
        step->nodes = g_ptr_array_new_with_free_func (node_free);
    }
  else if (g_str_equal (name, "node") && g_strcmp0 (parent, "scenario") == 0)
    {
      const char *id = NULL;

      if (!g_markup_collect_attributes (name, attr_names, attr_values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_INVALID))
        {
          rewrap_error (error, data, line);
          return;
        }
      data->node = g_new0 (NcScenarioNode, 1);
      data->node->id = g_strdup (id);
      data->node->branches = g_ptr_array_new_with_free_func (branch_free);
      g_ptr_array_add (data->step->nodes, data->node);
    }
  else if (g_str_equal (name, "branch") && g_strcmp0 (parent, "node") == 0)
    {
      const char *next = NULL, *good = NULL;

      if (!g_markup_collect_attributes (name, attr_names, attr_values, error,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "next", &next,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "good", &good,
                                        G_MARKUP_COLLECT_INVALID))
        {
          rewrap_error (error, data, line);
          return;
        }
      data->branch = g_new0 (NcBranch, 1);
      data->branch->next = g_strdup (next);
      if (!parse_bool_attr (good, &data->branch->good))
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "good must be \"true\" or \"false\", not “%s”", good);
          return;
        }
      g_ptr_array_add (data->node->branches, data->branch);
    }
  else if (is_leaf (name) && parent != NULL)
    {
      if (g_str_equal (name, "option"))
        {
          const char *correct = NULL;

          if (g_strcmp0 (parent, "choice") != 0 ||
              !g_markup_collect_attributes (name, attr_names, attr_values, error,
                                            G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                            "correct", &correct,
                                            G_MARKUP_COLLECT_INVALID))
            {
              if (error && *error)
                rewrap_error (error, data, line);
              else
                set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                              "<option> belongs in <choice>, not <%s>", parent);
              return;
            }
          data->option = g_new0 (NcOption, 1);
          if (!parse_bool_attr (correct, &data->option->correct))
            {
              option_free (data->option);
              data->option = NULL;
              set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                            "correct must be \"true\" or \"false\", not “%s”", correct);
              return;
            }
          g_ptr_array_add (data->step->options, data->option);
        }
      else if (attr_names[0] != NULL)
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "<%s> takes no attribute “%s”", name, attr_names[0]);
          return;
        }
      data->text = g_string_new (NULL);
      data->leaf = g_strdup (name);
      data->n_bad = 0;
    }
  else
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                    "unknown element <%s> inside <%s>", name, parent);
      return;
    }

  data->stack = g_slist_prepend (data->stack, (gpointer) g_intern_string (name));
}

/* The text elements each kind of step takes, each kept in the NcStep field
 * of its name. */
static const struct {
  NcStepKind  kind;
  const char *leaf;
  gsize       offset;
} step_leaves[] = {
#define LEAF(kind, name) { NC_STEP_##kind, #name, G_STRUCT_OFFSET (NcStep, name) }
  LEAF (CARD, heading), LEAF (CARD, body), LEAF (CARD, alt),
  LEAF (POST, place), LEAF (POST, text), LEAF (POST, note), LEAF (POST, alt),
  LEAF (CHOICE, question), LEAF (CHOICE, explain),
  LEAF (TRUE_FALSE, statement), LEAF (TRUE_FALSE, explain),
  LEAF (SPOT, question), LEAF (SPOT, place), LEAF (SPOT, text), LEAF (SPOT, explain),
  LEAF (REWRITE, question), LEAF (REWRITE, place), LEAF (REWRITE, text), LEAF (REWRITE, expect),
  LEAF (REWRITE, forbid), LEAF (REWRITE, sample), LEAF (REWRITE, explain),
#undef LEAF
};

/* Where the text of leaf element @leaf inside @parent goes, or NULL when it
 * does not belong there. */
static char **
leaf_field (ParseData  *data,
            const char *parent,
            const char *leaf)
{
  NcStep *step = data->step;

  if (g_str_equal (parent, "lesson"))
    {
      if (g_str_equal (leaf, "title")) return &data->lesson->title;
      if (g_str_equal (leaf, "summary")) return &data->lesson->summary;
      return NULL;
    }
  if (g_str_equal (parent, "node"))
    return g_str_equal (leaf, "text") ? &data->node->text : NULL;
  if (g_str_equal (parent, "branch"))
    {
      if (g_str_equal (leaf, "label")) return &data->branch->label;
      if (g_str_equal (leaf, "feedback")) return &data->branch->feedback;
      return NULL;
    }
  if (g_str_equal (parent, "choice") && g_str_equal (leaf, "option"))
    return &data->option->text;
  if (step == NULL)
    return NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (step_leaves); i++)
    if (step_leaves[i].kind == step->kind && g_str_equal (step_leaves[i].leaf, leaf))
      return G_STRUCT_MEMBER_P (step, step_leaves[i].offset);
  return NULL;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  ParseData *data = user_data;
  int line = current_line (context);

  data->stack = g_slist_delete_link (data->stack, data->stack);

  if (g_str_equal (name, "bad") && data->in_bad)
    {
      g_string_append (data->text, "</bad>");
      data->in_bad = FALSE;
      return;
    }

  if (data->text != NULL)
    {
      const char *parent = parent_name (data);
      char **field = leaf_field (data, parent, name);
      g_autofree char *value = normalize_space (data->text->str);

      g_string_free (data->text, TRUE);
      data->text = NULL;
      g_clear_pointer (&data->leaf, g_free);

      if (field == NULL)
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "<%s> does not belong in <%s>", name, parent);
          return;
        }
      if (*field != NULL)
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "<%s> given twice in <%s>", name, parent);
          return;
        }
      if (*value == '\0')
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename, line,
                        "<%s> is empty", name);
          return;
        }
      if (g_str_equal (name, "text") && data->step && data->step->kind == NC_STEP_SPOT &&
          data->n_bad == 0)
        {
          set_error_at (error, NC_LESSON_ERROR_NO_ANSWER, data->filename, line,
                        "spot-the-problem item “%s” marks no words with <bad>", data->step->id);
          return;
        }
      *field = g_steal_pointer (&value);
      return;
    }

  if (g_str_equal (name, "option"))
    data->option = NULL;
  else if (g_str_equal (name, "branch"))
    data->branch = NULL;
  else if (g_str_equal (name, "node"))
    data->node = NULL;
  else if (data->step != NULL && parent_name (data) != NULL &&
           g_str_equal (parent_name (data), "lesson"))
    data->step = NULL;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  ParseData *data = user_data;

  if (data->text != NULL)
    {
      g_string_append_len (data->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    if (!g_ascii_isspace (text[i]))
      {
        set_error_at (error, NC_LESSON_ERROR_INVALID, data->filename,
                      current_line (context), "text is not allowed inside <%s>",
                      parent_name (data) ? parent_name (data) : "the document");
        return;
      }
}

static const GMarkupParser lesson_parser = {
  start_element_cb, end_element_cb, text_cb, NULL, NULL,
};

/* ---- validation after parsing ---------------------------------------- */

#define REQUIRE(field, what) \
  if ((field) == NULL) \
    { \
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line, \
                    "%s needs <%s>", nc_step_kind_to_string (step->kind), what); \
      return FALSE; \
    }

/* Follows every path from @node; FALSE on a loop. @state: 0 unseen,
 * 1 on the current path, 2 done. */
static gboolean
scenario_has_no_loop (const NcStep   *step,
                      guint           index,
                      guint8         *state)
{
  NcScenarioNode *node = g_ptr_array_index (step->nodes, index);

  if (state[index] == 1)
    return FALSE;
  if (state[index] == 2)
    return TRUE;
  state[index] = 1;
  for (guint b = 0; b < node->branches->len; b++)
    {
      NcBranch *branch = g_ptr_array_index (node->branches, b);

      if (branch->next == NULL)
        continue;
      for (guint n = 0; n < step->nodes->len; n++)
        {
          NcScenarioNode *other = g_ptr_array_index (step->nodes, n);

          if (g_str_equal (other->id, branch->next) &&
              !scenario_has_no_loop (step, n, state))
            return FALSE;
        }
    }
  state[index] = 2;
  return TRUE;
}

/* A card's or a post's picture: an SVG of resources/pictures/, described
 * by its <alt>. */
static gboolean
validate_picture (const char    *file,
                  const NcStep  *step,
                  GError       **error)
{
  if (step->picture != NULL)
    REQUIRE (step->alt, "alt");
  if (step->picture != NULL &&
      (strchr (step->picture, '/') != NULL || !g_str_has_suffix (step->picture, ".svg")))
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                    "picture “%s” must be the name of an .svg file in resources/pictures/",
                    step->picture);
      return FALSE;
    }
  if (step->alt != NULL && step->picture == NULL)
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                    "<alt> describes a picture, but the %s has no picture attribute",
                    nc_step_kind_to_string (step->kind));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_step (const char    *file,
               const NcStep  *step,
               GError       **error)
{
  switch (step->kind)
    {
    case NC_STEP_CARD:
      REQUIRE (step->heading, "heading");
      REQUIRE (step->body, "body");
      return validate_picture (file, step, error);

    case NC_STEP_POST:
      REQUIRE (step->author, "author attribute");
      REQUIRE (step->text, "text");
      return validate_picture (file, step, error);

    case NC_STEP_CHOICE:
      {
        gboolean any_correct = FALSE;

        REQUIRE (step->question, "question");
        REQUIRE (step->explain, "explain");
        if (step->options->len < 2)
          {
            set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                          "choice item “%s” needs at least two options", step->id);
            return FALSE;
          }
        for (guint i = 0; i < step->options->len; i++)
          any_correct |= ((NcOption *) g_ptr_array_index (step->options, i))->correct;
        if (!any_correct)
          {
            set_error_at (error, NC_LESSON_ERROR_NO_ANSWER, file, step->line,
                          "choice item “%s” has no correct answer", step->id);
            return FALSE;
          }
        break;
      }

    case NC_STEP_TRUE_FALSE:
      REQUIRE (step->statement, "statement");
      REQUIRE (step->explain, "explain");
      break;

    case NC_STEP_SPOT:
      REQUIRE (step->author, "author attribute");
      REQUIRE (step->question, "question");
      REQUIRE (step->text, "text");
      REQUIRE (step->explain, "explain");
      break;

    case NC_STEP_REWRITE:
      REQUIRE (step->author, "author attribute");
      REQUIRE (step->question, "question");
      REQUIRE (step->text, "text");
      REQUIRE (step->sample, "sample");
      REQUIRE (step->explain, "explain");
      if (step->expect == NULL && step->forbid == NULL)
        {
          set_error_at (error, NC_LESSON_ERROR_NO_ANSWER, file, step->line,
                        "rewrite item “%s” needs <expect> or <forbid> to grade it", step->id);
          return FALSE;
        }
      break;

    case NC_STEP_SCENARIO:
      {
        g_autofree guint8 *state = NULL;

        if (step->nodes->len == 0)
          {
            set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                          "scenario “%s” has no <node>", step->id);
            return FALSE;
          }
        for (guint n = 0; n < step->nodes->len; n++)
          {
            NcScenarioNode *node = g_ptr_array_index (step->nodes, n);
            gboolean any_good = FALSE;

            if (node->text == NULL || node->branches->len == 0)
              {
                set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                              "scenario “%s”: node “%s” needs <text> and a <branch>",
                              step->id, node->id);
                return FALSE;
              }
            for (guint b = 0; b < node->branches->len; b++)
              {
                NcBranch *branch = g_ptr_array_index (node->branches, b);

                any_good |= branch->good;
                if (branch->label == NULL || branch->feedback == NULL)
                  {
                    set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                                  "scenario “%s”: a branch of node “%s” needs <label> and <feedback>",
                                  step->id, node->id);
                    return FALSE;
                  }
                if (branch->next != NULL && nc_step_get_node (step, branch->next) == NULL)
                  {
                    set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                                  "scenario “%s”: node “%s” leads to unknown node “%s”",
                                  step->id, node->id, branch->next);
                    return FALSE;
                  }
              }
            if (!any_good)
              {
                set_error_at (error, NC_LESSON_ERROR_NO_ANSWER, file, step->line,
                              "scenario “%s”: node “%s” has no good branch", step->id, node->id);
                return FALSE;
              }
          }
        state = g_new0 (guint8, step->nodes->len);
        if (!scenario_has_no_loop (step, 0, state))
          {
            set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                          "scenario “%s” goes round in a loop", step->id);
            return FALSE;
          }
        break;
      }

    default:
      g_assert_not_reached ();
    }

  if (step->refs[0] == NULL)
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                    "quiz item “%s” cites no Code reference (refs)", step->id);
      return FALSE;
    }
  return TRUE;
}

/* Orders reference ids as the Code does (the table's order). */
static int
compare_refs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  gsize n = 0;
  const NcCodeRef *all = nc_code_ref_get_all (&n);
  const NcCodeRef *ra = nc_code_ref_lookup (*(const char **) a);
  const NcCodeRef *rb = nc_code_ref_lookup (*(const char **) b);

  g_assert (ra != NULL && rb != NULL);
  return (ra - all > rb - all) - (ra - all < rb - all);
}

static gboolean
validate_lesson (NcLesson  *self,
                 GError   **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) refs = g_strv_builder_new ();
  g_autoptr(GHashTable) seen_refs = g_hash_table_new (g_str_hash, g_str_equal);
  const char *file = self->filename;

  if (self->title == NULL)
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, 1, "the lesson needs a title element");
      return FALSE;
    }
  if (self->summary == NULL)
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, 1, "the lesson needs a summary element");
      return FALSE;
    }

  for (guint i = 0; i < self->steps->len; i++)
    {
      NcStep *step = g_ptr_array_index (self->steps, i);

      if (!validate_step (file, step, error))
        return FALSE;
      if (step->kind == NC_STEP_CARD && step->picture == NULL &&
          (self->tracks & NC_TRACK_BIT (NC_TRACK_6_9)))
        {
          set_error_at (error, NC_LESSON_ERROR_INVALID, file, step->line,
                        "every card of a lesson for ages 6-9 needs a picture");
          return FALSE;
        }
      if (step->id != NULL)
        {
          if (g_hash_table_contains (ids, step->id))
            {
              set_error_at (error, NC_LESSON_ERROR_DUPLICATE, file, step->line,
                            "two items are called “%s”", step->id);
              return FALSE;
            }
          g_hash_table_add (ids, step->id);
        }
      if (nc_step_is_quiz_item (step))
        self->n_quiz_items++;
      for (int r = 0; step->refs[r]; r++)
        if (g_hash_table_add (seen_refs, step->refs[r]))
          g_strv_builder_add (refs, step->refs[r]);
    }

  if (self->n_quiz_items == 0)
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, file, 1, "the lesson has no quiz item");
      return FALSE;
    }
  for (NcTrack track = NC_TRACK_ALL + 1; track < NC_N_TRACKS; track++)
    if ((self->tracks & NC_TRACK_BIT (track)) && nc_lesson_count_quiz_items (self, track) == 0)
      {
        set_error_at (error, NC_LESSON_ERROR_INVALID, file, 1,
                      "the lesson has no quiz item for ages %s", nc_track_to_string (track));
        return FALSE;
      }

  self->refs = g_strv_builder_end (refs);
  g_qsort_with_data (self->refs, g_strv_length (self->refs), sizeof (char *), compare_refs, NULL);
  return TRUE;
}

/*
 * Parses one lesson file. @filename is only used in error messages
 * ("lesson-x.xml:12: ..."). Returns NULL with @error set when the file is
 * not well-formed or breaks a rule of the format.
 */
NcLesson *
nc_lesson_new_from_data (const char  *data,
                         gssize       length,
                         const char  *filename,
                         GError     **error)
{
  g_autoptr(NcLesson) self = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseData parse = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (NC_TYPE_LESSON, NULL);
  self->filename = g_strdup (filename);
  parse.filename = self->filename;
  parse.lesson = self;

  context = g_markup_parse_context_new (&lesson_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &parse, NULL);
  ok = g_markup_parse_context_parse (context, data, length, error) &&
       g_markup_parse_context_end_parse (context, error);

  if (parse.text)
    g_string_free (parse.text, TRUE);
  g_free (parse.leaf);
  g_slist_free (parse.stack);

  if (!ok)
    {
      /* GMarkup's own errors already say the line; ours start with the file. */
      if ((*error)->domain != NC_LESSON_ERROR)
        {
          int line = current_line (context);
          g_autofree char *message = g_strdup ((*error)->message);

          g_clear_error (error);
          g_set_error (error, NC_LESSON_ERROR, NC_LESSON_ERROR_PARSE, "%s:%d: %s",
                       filename, line, message);
        }
      return NULL;
    }

  if (self->id == NULL)
    {
      set_error_at (error, NC_LESSON_ERROR_INVALID, filename, 1, "the file holds no <lesson>");
      return NULL;
    }

  if (!validate_lesson (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* ---- accessors -------------------------------------------------------- */

const char *
nc_lesson_get_id (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  return self->id;
}

int
nc_lesson_get_order (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), 0);
  return self->order;
}

/* The title as written (a msgid): show it with nc_lesson_translate(). */
const char *
nc_lesson_get_title (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  return self->title;
}

const char *
nc_lesson_get_summary (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  return self->summary;
}

const char *
nc_lesson_get_filename (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  return self->filename;
}

guint
nc_lesson_get_n_steps (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), 0);
  return self->steps->len;
}

const NcStep *
nc_lesson_get_step (NcLesson *self,
                    guint     index)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);
  return g_ptr_array_index (self->steps, index);
}

/* The quiz item called @item_id, or NULL. */
const NcStep *
nc_lesson_find_item (NcLesson   *self,
                     const char *item_id)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const NcStep *step = g_ptr_array_index (self->steps, i);

      if (step->id && g_str_equal (step->id, item_id))
        return step;
    }
  return NULL;
}

guint
nc_lesson_get_n_quiz_items (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), 0);
  return self->n_quiz_items;
}

/* Every Code reference id the lesson's steps cite, each once, in the
 * Code's order. */
const char * const *
nc_lesson_get_refs (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NULL);
  return (const char * const *) self->refs;
}

/* The tracks the lesson belongs to, as NC_TRACK_BIT()s. */
guint
nc_lesson_get_tracks (NcLesson *self)
{
  g_return_val_if_fail (NC_IS_LESSON (self), 0);
  return self->tracks;
}

/* TRUE when the lesson is part of @track; every lesson is part of
 * NC_TRACK_ALL. */
gboolean
nc_lesson_suits_track (NcLesson *self,
                       NcTrack   track)
{
  g_return_val_if_fail (NC_IS_LESSON (self), FALSE);
  g_return_val_if_fail (track < NC_N_TRACKS, FALSE);
  return track == NC_TRACK_ALL || (self->tracks & NC_TRACK_BIT (track)) != 0;
}

/* The track whose steps a learner of @track is shown: @track itself when
 * the lesson is part of it, else the lesson's oldest track (an adult
 * looking at every lesson sees a 6-9 lesson as a child of 6-9 does, and a
 * lesson of the whole Code in its adult words). */
NcTrack
nc_lesson_resolve_track (NcLesson *self,
                         NcTrack   track)
{
  g_return_val_if_fail (NC_IS_LESSON (self), NC_TRACK_ALL);
  g_return_val_if_fail (track < NC_N_TRACKS, NC_TRACK_ALL);

  if (track != NC_TRACK_ALL && (self->tracks & NC_TRACK_BIT (track)))
    return track;
  for (NcTrack t = NC_N_TRACKS - 1; t > NC_TRACK_ALL; t--)
    if (self->tracks & NC_TRACK_BIT (t))
      return t;
  g_assert_not_reached ();
}

/* How many quiz items a learner of @track is asked (every item for
 * NC_TRACK_ALL). */
guint
nc_lesson_count_quiz_items (NcLesson *self,
                            NcTrack   track)
{
  guint n = 0;

  g_return_val_if_fail (NC_IS_LESSON (self), 0);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const NcStep *step = g_ptr_array_index (self->steps, i);

      n += nc_step_is_quiz_item (step) && nc_step_suits_track (step, track);
    }
  return n;
}

/* TRUE when a learner of @track is shown @step: every step is shown to
 * NC_TRACK_ALL (adults looking at everything); a step without its own
 * ages="…" is shown to every track of its lesson. */
gboolean
nc_step_suits_track (const NcStep *step,
                     NcTrack       track)
{
  g_return_val_if_fail (step != NULL, FALSE);
  g_return_val_if_fail (track < NC_N_TRACKS, FALSE);
  return track == NC_TRACK_ALL || (step->tracks & NC_TRACK_BIT (track)) != 0;
}

gboolean
nc_step_is_quiz_item (const NcStep *step)
{
  g_return_val_if_fail (step != NULL, FALSE);
  return step->kind != NC_STEP_CARD && step->kind != NC_STEP_POST;
}

const NcScenarioNode *
nc_step_get_node (const NcStep *step,
                  const char   *node_id)
{
  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (node_id != NULL, NULL);

  if (step->nodes == NULL)
    return NULL;
  for (guint i = 0; i < step->nodes->len; i++)
    {
      NcScenarioNode *node = g_ptr_array_index (step->nodes, i);

      if (g_str_equal (node->id, node_id))
        return node;
    }
  return NULL;
}

/* A stable name of the kind, as in the file ("choice", "spot", ...). */
const char *
nc_step_kind_to_string (NcStepKind kind)
{
  static const char * const names[] = {
    "card", "post", "choice", "truefalse", "spot", "rewrite", "scenario",
  };

  g_return_val_if_fail (kind <= NC_STEP_SCENARIO, NULL);
  return names[kind];
}

/* The text of @msgid in the current locale's language (po/ holds the
 * translations of every lesson file). */
const char *
nc_lesson_translate (const char *msgid)
{
  if (msgid == NULL || *msgid == '\0')
    return msgid;
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static void
nc_lesson_finalize (GObject *object)
{
  NcLesson *self = NC_LESSON (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->filename);
  g_ptr_array_unref (self->steps);
  g_strfreev (self->refs);

  G_OBJECT_CLASS (nc_lesson_parent_class)->finalize (object);
}

static void
nc_lesson_class_init (NcLessonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_lesson_finalize;
}

static void
nc_lesson_init (NcLesson *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}
