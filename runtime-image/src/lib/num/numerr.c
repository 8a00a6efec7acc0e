/* numerr.c — error values: a status plus a CPython message, built without libc. */
#include "numerr.h"

static size_t msg_len(const num_error *err) {
    size_t n = 0;
    while (n < sizeof err->msg && err->msg[n]) n++;
    return n;
}

void num_msg_append(num_error *err, const char *text, size_t n) {
    if (!err) return;
    size_t at = msg_len(err);
    for (size_t i = 0; i < n && at + 1 < sizeof err->msg; i++) err->msg[at++] = text[i];
    err->msg[at] = 0;
}

void num_msg_append_str(num_error *err, const char *text) {
    size_t n = 0;
    while (text[n]) n++;
    num_msg_append(err, text, n);
}

void num_msg_append_u64(num_error *err, uint64_t v) {
    char buf[24];
    size_t i = sizeof buf;
    do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    num_msg_append(err, buf + i, sizeof buf - i);
}

num_status num_fail(num_error *err, num_status st, const char *msg) {
    if (err) {
        err->status = st;
        err->msg[0] = 0;
        num_msg_append_str(err, msg);
    }
    return st;
}
