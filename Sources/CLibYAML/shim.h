#ifndef SHOPPER_CLIBYAML_SHIM_H
#define SHOPPER_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
