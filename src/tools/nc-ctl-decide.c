/* nc-ctl-decide.c — `netconductctl decide URL --profile NAME` */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"

int
nc_ctl_decide (NcStore  *store,
               int       argc,
               char    **argv)
{
  return nc_ctl_fail (NC_CTL_FAILED, _("The site policy is not built into this version yet."));
}
