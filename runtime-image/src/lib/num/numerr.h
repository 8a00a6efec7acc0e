/* numerr.h — internal: filling a num_error (copying a message, no libc). */
#ifndef RIVET_NUM_NUMERR_H
#define RIVET_NUM_NUMERR_H

#include "num.h"

num_status num_fail(num_error *err, num_status st, const char *msg);
/* Appends text to err->msg (truncating), for composed messages. */
void num_msg_append(num_error *err, const char *text, size_t n);
void num_msg_append_str(num_error *err, const char *text);
void num_msg_append_u64(num_error *err, uint64_t v);

#endif
