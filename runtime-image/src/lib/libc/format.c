/* format.c — parses printf conversions and renders integers and strings into a sink.
 * Deliberately small: runtime messages need integers, strings and pointers, never floats. */
#include <stdint.h>
#include "format.h"

typedef struct spec {
    int left;           /* '-' flag */
    int zero;           /* '0' flag */
    int width;
    int precision;      /* -1: none */
    int length;         /* -2 char, -1 short, 0 int, 1 long, 2 long long/size_t/ptrdiff/intmax */
} spec_t;

static void emit(sink_t *out, char c) {
    out->put(out, c);
    out->count++;
}

static void pad(sink_t *out, char c, int n) {
    while (n-- > 0) {
        emit(out, c);
    }
}

static void emit_string(sink_t *out, const spec_t *sp, const char *s) {
    if (!s) {
        s = "(null)";
    }
    int len = 0;
    while (s[len] && (sp->precision < 0 || len < sp->precision)) {
        len++;
    }
    if (!sp->left) {
        pad(out, ' ', sp->width - len);
    }
    for (int i = 0; i < len; i++) {
        emit(out, s[i]);
    }
    if (sp->left) {
        pad(out, ' ', sp->width - len);
    }
}

static void emit_number(sink_t *out, const spec_t *sp, uint64_t value, int negative,
                        unsigned base, int upper, const char *prefix) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[24];
    int n = 0;
    do {
        buf[n++] = digits[value % base];
        value /= base;
    } while (value);
    int prefix_len = negative ? 1 : 0;
    for (const char *p = prefix; *p; p++) {
        prefix_len++;
    }
    int zeros = sp->precision > n ? sp->precision - n : 0;
    int body = prefix_len + zeros + n;
    if (sp->zero && !sp->left && sp->precision < 0 && sp->width > body) {
        zeros += sp->width - body;
        body = sp->width;
    }
    if (!sp->left) {
        pad(out, ' ', sp->width - body);
    }
    if (negative) {
        emit(out, '-');
    }
    for (const char *p = prefix; *p; p++) {
        emit(out, *p);
    }
    pad(out, '0', zeros);
    while (n) {
        emit(out, buf[--n]);
    }
    if (sp->left) {
        pad(out, ' ', sp->width - body);
    }
}

static int64_t signed_arg(va_list *args, int length) {
    switch (length) {
    case -2: return (signed char)va_arg(*args, int);
    case -1: return (short)va_arg(*args, int);
    case 0: return va_arg(*args, int);
    case 1: return va_arg(*args, long);
    default: return va_arg(*args, long long);
    }
}

static uint64_t unsigned_arg(va_list *args, int length) {
    switch (length) {
    case -2: return (unsigned char)va_arg(*args, unsigned);
    case -1: return (unsigned short)va_arg(*args, unsigned);
    case 0: return va_arg(*args, unsigned);
    case 1: return va_arg(*args, unsigned long);
    default: return va_arg(*args, unsigned long long);
    }
}

static const char *parse_spec(const char *f, spec_t *sp, va_list *args) {
    *sp = (spec_t){.precision = -1};
    for (;; f++) {
        if (*f == '-') {
            sp->left = 1;
        } else if (*f == '0') {
            sp->zero = 1;
        } else {
            break;
        }
    }
    if (*f == '*') {
        sp->width = va_arg(*args, int);
        if (sp->width < 0) {
            sp->left = 1;
            sp->width = -sp->width;
        }
        f++;
    }
    while (*f >= '0' && *f <= '9') {
        sp->width = sp->width * 10 + (*f++ - '0');
    }
    if (*f == '.') {
        f++;
        sp->precision = 0;
        if (*f == '*') {
            sp->precision = va_arg(*args, int);
            f++;
        }
        while (*f >= '0' && *f <= '9') {
            sp->precision = sp->precision * 10 + (*f++ - '0');
        }
    }
    if (*f == 'h') {
        sp->length = -1;
        if (*++f == 'h') {
            sp->length = -2;
            f++;
        }
    } else if (*f == 'l') {
        sp->length = 1;
        if (*++f == 'l') {
            sp->length = 2;
            f++;
        }
    } else if (*f == 'z' || *f == 't' || *f == 'j') {
        sp->length = 2;
        f++;
    }
    return f;
}

int format(sink_t *out, const char *fmt, va_list args) {
    va_list ap;
    va_copy(ap, args);
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            emit(out, *f);
            continue;
        }
        spec_t sp;
        f = parse_spec(f + 1, &sp, &ap);
        switch (*f) {
        case 'd':
        case 'i': {
            int64_t v = signed_arg(&ap, sp.length);
            emit_number(out, &sp, v < 0 ? -(uint64_t)v : (uint64_t)v, v < 0, 10, 0, "");
            break;
        }
        case 'u': emit_number(out, &sp, unsigned_arg(&ap, sp.length), 0, 10, 0, ""); break;
        case 'x': emit_number(out, &sp, unsigned_arg(&ap, sp.length), 0, 16, 0, ""); break;
        case 'X': emit_number(out, &sp, unsigned_arg(&ap, sp.length), 0, 16, 1, ""); break;
        case 'o': emit_number(out, &sp, unsigned_arg(&ap, sp.length), 0, 8, 0, ""); break;
        case 'p': emit_number(out, &sp, (uintptr_t)va_arg(ap, void *), 0, 16, 0, "0x"); break;
        case 'c': {
            char s[2] = {(char)va_arg(ap, int), 0};
            sp.precision = 1;
            emit_string(out, &sp, s);
            break;
        }
        case 's': emit_string(out, &sp, va_arg(ap, const char *)); break;
        case '%': emit(out, '%'); break;
        case 0:
            f--;        /* a lone '%' at the end: stop at the NUL */
            break;
        default:        /* unknown conversion: show it as written */
            emit(out, '%');
            emit(out, *f);
            break;
        }
    }
    va_end(ap);
    return (int)out->count;
}
