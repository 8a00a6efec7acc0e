/* format.h — the printf engine shared by snprintf (into a buffer) and printf (to the UART). */
#ifndef RIVET_FORMAT_H
#define RIVET_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sink {
    void (*put)(struct sink *self, char c);
    size_t count;           /* characters produced so far, whether or not they were kept */
} sink_t;

int format(sink_t *out, const char *fmt, va_list args);

#endif
