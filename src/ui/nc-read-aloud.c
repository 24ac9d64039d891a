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

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  NcReadAloud *self = NC_READ_ALOUD (source);

  self->connection = g_task_propagate_pointer (G_TASK (result), NULL);
  if (self->connection != NULL)
    {
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
 * with a voice of that language where the service has one. FALSE when
 * there is no service or it refused the text. */
gboolean
nc_read_aloud_say (NcReadAloud *self,
                   const char  *text,
                   const char  *language)
{
  g_return_val_if_fail (NC_IS_READ_ALOUD (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

#ifdef HAVE_SPEECHD
  if (self->connection == NULL)
    return FALSE;
  spd_cancel (self->connection);
  if (language != NULL)
    spd_set_language (self->connection, language);
  return spd_say (self->connection, SPD_TEXT, text) >= 0;
#else
  return FALSE;
#endif
}

void
nc_read_aloud_stop (NcReadAloud *self)
{
  g_return_if_fail (NC_IS_READ_ALOUD (self));
#ifdef HAVE_SPEECHD
  if (self->connection != NULL)
    spd_cancel (self->connection);
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

  g_clear_pointer (&self->connection, spd_close);
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
