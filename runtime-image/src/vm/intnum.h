/* intnum.h — the bridge between int objects and the numeric library (lib/num), owned by int.c:
 * a bigint view of any int value, and a library status turned into its Python exception. */
#ifndef RIVET_INTNUM_H
#define RIVET_INTNUM_H
#include "obj.h"
#include "../lib/num/bigint.h"

/* a view of v (small int, bool or big int); small values live in the caller's 2-limb tmp */
bigint int_view(val_t v, num_limb tmp[2]);
/* returns on NUM_OK, else raises MemoryError, ZeroDivisionError(zero_div_msg), OverflowError or
 * ValueError with the library's message */
void int_raise_status(num_status st, num_error *err, const char *zero_div_msg);
#endif
