/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-read-aloud.c — see nc-read-aloud.h */
#include "config.h"

#include "nc-read-aloud.h"

#ifdef HAVE_SPEECHD
#include <libspeechd.h>
#endif

struct _NcReadAloud
{
  GObject        parent_instance;

#ifdef HAVE_SPEECHD
  SPDConnection *connection;   /* NULL until open, or when there is none */
  GThreadPool   *speaker;      /* one thread: the calls that may block */
#endif
  gboolean       available;
};

G_DEFINE_FINAL_TYPE (NcReadAloud, nc_read_aloud, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#ifdef HAVE_SPEECHD
/* In a worker thread: connects to the service at SPEECHD_ADDRESS or the
 * user's default one, starting it when it can be started. */
static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  char *error_text = NULL;
  SPDConnectionAddress *address = spd_get_default_address (&error_text);
  SPDConnection *connection = NULL;

  if (address != NULL)
    connection = spd_open2 ("netconduct", "lesson", NULL, SPD_MODE_THREADED, address, TRUE, &error_text);
  if (connection == NULL)
    g_debug ("No speech service: %s", error_text != NULL ? error_text : "unknown error");
  free (error_text);
  if (address != NULL)
    SPDConnectionAddress__free (address);
  g_task_return_pointer (task, connection, NULL);
}

/* What the speaker thread does next: stop, then read @text (when set). */
typedef struct {
  char *text;
  char *language;
} Request;

static void
request_free (Request *request)
{
  g_free (request->text);
  g_free (request->language);
  g_free (request);
}

/* In the speaker thread, in the order asked: libspeechd's calls wait for
 * the service's answer, which a stuck service may never give; the window
 * must not wait with them. */
static void
speak_thread (gpointer data,
              gpointer user_data)
{
  Request *request = data;
  SPDConnection *connection = user_data;

  spd_cancel (connection);
  if (request->text != NULL)
    {
      if (request->language != NULL)
        spd_set_language (connection, request->language);
      if (spd_say (connection, SPD_TEXT, request->text) < 0)
        g_debug ("The speech service refused the text");
    }
  request_free (request);
}

/* Hands @text (NULL: only stop) to the speaker thread. FALSE without a
 * service, or while it has not answered the last few requests. */
static gboolean
request (NcReadAloud *self,
         const char  *text,
         const char  *language)
{
  Request *next;

  if (self->speaker == NULL || g_thread_pool_unprocessed (self->speaker) >= 4)
    return FALSE;
  next = g_new0 (Request, 1);
  next->text = g_strdup (text);
  next->language = g_strdup (language);
  return g_thread_pool_push (self->speaker, next, NULL);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  NcReadAloud *self = NC_READ_ALOUD (source);

  self->connection = g_task_propagate_pointer (G_TASK (result), NULL);
  if (self->connection != NULL)
    {
      self->speaker = g_thread_pool_new (speak_thread, self->connection, 1, FALSE, NULL);
      self->available = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
    }
}
#endif

/* The application's reader; starts connecting on the first call. */
NcReadAloud *
nc_read_aloud_get_default (void)
{
  static NcReadAloud *reader;

  if (reader == NULL)
    {
      reader = g_object_new (NC_TYPE_READ_ALOUD, NULL);
      g_object_add_weak_pointer (G_OBJECT (reader), (gpointer *) &reader);
#ifdef HAVE_SPEECHD
      {
        g_autoptr(GTask) task = g_task_new (reader, NULL, opened_cb, NULL);

        g_task_set_source_tag (task, nc_read_aloud_get_default);
        g_task_run_in_thread (task, open_thread);
      }
#endif
    }
  return reader;
}

gboolean
nc_read_aloud_get_available (NcReadAloud *self)
{
  g_return_val_if_fail (NC_IS_READ_ALOUD (self), FALSE);
  return self->available;
}

/* Stops what is being read and reads @text in @language ("vi", "en"),
 * with a voice of that language where the service has one; returns at
 * once. FALSE when there is no service or it is not answering. */
gboolean
nc_read_aloud_say (NcReadAloud *self,
                   const char  *text,
                   const char  *language)
{
  g_return_val_if_fail (NC_IS_READ_ALOUD (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

#ifdef HAVE_SPEECHD
  return request (self, text, language);
#else
  return FALSE;
#endif
}

void
nc_read_aloud_stop (NcReadAloud *self)
{
  g_return_if_fail (NC_IS_READ_ALOUD (self));
#ifdef HAVE_SPEECHD
  request (self, NULL, NULL);
#endif
}

static void
nc_read_aloud_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NcReadAloud *self = NC_READ_ALOUD (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nc_read_aloud_finalize (GObject *object)
{
#ifdef HAVE_SPEECHD
  NcReadAloud *self = NC_READ_ALOUD (object);

  /* A speaker thread stuck on the service keeps the connection. */
  if (self->speaker != NULL && g_thread_pool_unprocessed (self->speaker) == 0
      && g_thread_pool_get_num_threads (self->speaker) == 0)
    {
      g_thread_pool_free (self->speaker, FALSE, TRUE);
      g_clear_pointer (&self->connection, spd_close);
    }
  else if (self->speaker != NULL)
    g_thread_pool_free (self->speaker, TRUE, FALSE);
#endif
  G_OBJECT_CLASS (nc_read_aloud_parent_class)->finalize (object);
}

static void
nc_read_aloud_class_init (NcReadAloudClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = nc_read_aloud_get_property;
  object_class->finalize = nc_read_aloud_finalize;

  /* TRUE once a speech service is connected */
  properties[PROP_AVAILABLE] = g_param_spec_boolean ("available", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nc_read_aloud_init (NcReadAloud *self)
{
}
