#!/usr/bin/env python3
"""A reference executor of docs/bytecode.md, written from the document alone, in Python.

It reads a Rivet image (checking magic, version, size and CRC as a loader must), then runs a
module's code instruction by instruction with Python objects doing the arithmetic. It exists to
check two things before the C VM can: that the format document is complete enough to implement,
and that what the compiler emits means what the source means (compare its stdout with CPython's:
compiler/scripts/refvm-check.sh). It is a test oracle, not a product: slow, and builtins that
look at the caller's frame (globals, locals, vars, dir, exec, eval) are only partly emulated.

Usage: refvm.py IMAGE [MODULE]   (MODULE: run that module as __main__; default the image's main)
"""
import builtins, os, struct, sys, types, zlib, operator

NULL = object()      # the machine word 0 of the spec
EMPTY = object()     # an unset fast local / empty cell


def fail(msg):
    sys.stderr.write("refvm: bad image: " + msg + "\n")
    sys.exit(122)


# ---- image loading (docs/bytecode.md section 7) ----------------------------------------------

class Code:
    pass


class Image:
    def __init__(self, b):
        if len(b) < 32:
            fail("truncated")
        magic, version, size, crc, strtab, nmod, modtab, main = struct.unpack_from("<8I", b, 0)
        if magic != 0x43425652 or version != 2 or size > len(b):
            fail("magic/version/size")
        if zlib.crc32(b[32:size]) & 0xFFFFFFFF != crc:
            fail("checksum")
        self.b = b
        n = self.u32(strtab)
        self.strings = []
        for i in range(n):
            rec = self.u32(strtab + 4 + 4 * i)
            nbytes, nchars = struct.unpack_from("<2I", b, rec)
            s = b[rec + 8: rec + 8 + nbytes].decode("utf-8", "surrogatepass")
            assert len(s) == nchars and b[rec + 8 + nbytes] == 0
            self.strings.append(s)
        self.codes = {}
        self.modules = {}
        self.main = None
        for i in range(nmod):
            name, flags, code, fname = struct.unpack_from("<4I", b, modtab + 16 * i)
            self.modules[self.strings[name]] = (self.code(code), bool(flags & 1), self.strings[fname])
            if i == main:
                assert flags & 2
                self.main = self.strings[name]

    def u32(self, at):
        return struct.unpack_from("<I", self.b, at)[0]

    def strs(self, at, n):
        return [self.strings[self.u32(at + 4 * i)] for i in range(n)]

    def code(self, at):
        if at in self.codes:
            return self.codes[at]
        b = self.b
        c = Code()
        (c.flags, c.argcount, c.posonly, c.kwonly, nlocals, c.ncells, c.nfrees, c.stacksize, c.ncache, nnames,
         nconsts, c.firstline, name, qualname, fname, bsize, boff, lsize, loff, nexc, eoff, locoff, deroff, namoff,
         conoff) = struct.unpack_from("<I10H14I", b, at)
        c.name, c.qualname, c.filename = self.strings[name], self.strings[qualname], self.strings[fname]
        c.bytecode = b[boff:boff + bsize]
        c.localnames = self.strs(locoff, nlocals)
        c.derefnames = self.strs(deroff, c.ncells + c.nfrees)
        c.names = self.strs(namoff, nnames)
        c.exc = [struct.unpack_from("<3IH", b, eoff + 16 * i) for i in range(nexc)]
        c.lines = b[loff:loff + lsize]
        self.codes[at] = c
        c.consts = [self.const(self.u32(conoff + 4 * i)) for i in range(nconsts)]
        return c

    def const(self, at):
        b = self.b
        tag = self.u32(at)
        if tag < 4:
            return [None, True, False, ...][tag]
        if tag == 4:
            return struct.unpack_from("<q", b, at + 8)[0]
        if tag == 5:
            sign, n = struct.unpack_from("<2I", b, at + 4)
            v = int.from_bytes(b[at + 16:at + 16 + n], "little")
            return -v if sign else v
        if tag == 6:
            return struct.unpack_from("<d", b, at + 8)[0]
        if tag == 7:
            return self.strings[self.u32(at + 4)]
        if tag == 8:
            n = self.u32(at + 4)
            return bytes(b[at + 8:at + 8 + n])
        if tag == 9:
            n = self.u32(at + 4)
            return tuple(self.const(self.u32(at + 8 + 4 * i)) for i in range(n))
        if tag == 10:
            return self.code(self.u32(at + 4))
        if tag == 11:
            return complex(*struct.unpack_from("<2d", b, at + 8))
        fail("constant tag %d" % tag)


# ---- run time ----------------------------------------------------------------------------------

def line_of(c, off):
    """docs/bytecode.md 7.6: the line of the instruction at off."""
    p, o, line, result = 0, 0, c.firstline, c.firstline
    t = c.lines

    def uleb():
        nonlocal p
        v = shift = 0
        while True:
            x = t[p]
            p += 1
            v |= (x & 0x7F) << shift
            shift += 7
            if x < 0x80:
                return v
    while p < len(t):
        o += uleb()
        z = uleb()
        line += (z >> 1) ^ -(z & 1)
        if o > off:
            break
        result = line
    return result


class Cell:
    __slots__ = ("v",)

    def __init__(self, v=EMPTY):
        self.v = v


FUNCTION, VARARGS, VARKW, GENERATOR, CLASS_BODY, HAS_DOC = 1, 2, 4, 8, 32, 128


class Function:
    def __init__(self, code, globals_, defaults, kwdefaults, closure):
        self.code, self.globals, self.defaults = code, globals_, defaults or ()
        self.kwdefaults, self.closure = kwdefaults or {}, closure or ()
        self.__name__, self.__qualname__ = code.name, code.qualname
        self.__module__ = globals_.get("__name__")
        self.__doc__ = code.consts[0] if code.flags & HAS_DOC else None

    def __get__(self, obj, objtype=None):
        return self if obj is None else types.MethodType(self, obj)

    def __repr__(self):
        return "<function %s at 0x%x>" % (self.__qualname__, id(self))

    def __call__(self, *args, **kw):
        return call_code(self, args, kw)


class State:
    handled = None     # the current handled exception H (docs 5.2)
    frames = []


def bind(f, args, kw):
    c = f.code
    fast = [EMPTY] * len(c.localnames)
    n, nk = c.argcount, c.kwonly
    for i, a in enumerate(args[:n]):
        fast[i] = a
    slot = n + nk
    if c.flags & VARARGS:
        fast[slot] = tuple(args[n:])
        slot += 1
    elif len(args) > n:
        raise TypeError("%s() takes %d positional arguments but %d were given" % (c.name, n, len(args)))
    kwd = {} if c.flags & VARKW else None
    names = c.localnames[c.posonly:n + nk]
    for k, v in kw.items():
        if k in names:
            i = c.posonly + names.index(k)
            if fast[i] is not EMPTY:
                raise TypeError("%s() got multiple values for argument '%s'" % (c.name, k))
            fast[i] = v
        elif kwd is not None:
            kwd[k] = v
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (c.name, k))
    nd = len(f.defaults)
    for i in range(n):
        if fast[i] is EMPTY:
            if i >= n - nd:
                fast[i] = f.defaults[i - (n - nd)]
            else:
                missing = [c.localnames[k] for k in range(i, n - nd) if fast[k] is EMPTY]
                raise TypeError("%s() missing %d required positional argument%s: %s" % (
                    c.name, len(missing), "s" if len(missing) > 1 else "",
                    " and ".join(", ".join(repr(m) for m in missing[:-1]) and [", ".join(
                        repr(m) for m in missing[:-1]), repr(missing[-1])] or [repr(missing[-1])])))
    for i in range(n, n + nk):
        if fast[i] is EMPTY:
            if c.localnames[i] in f.kwdefaults:
                fast[i] = f.kwdefaults[c.localnames[i]]
            else:
                raise TypeError("%s() missing required keyword-only argument: '%s'" % (c.name, c.localnames[i]))
    if kwd is not None:
        fast[slot] = kwd
    return fast


def call_code(f, args, kw):
    c = f.code
    fast = bind(f, args, kw)
    cells = [Cell() for _ in range(c.ncells)] + list(f.closure)
    frame = Frame(c, f.globals, None, fast, cells, f)
    if c.flags & GENERATOR:
        return run(frame)
    return drive(run(frame))


class _Carry(Exception):
    """Carries a StopIteration out of a (Python-generator) frame that is not a Python generator."""
    def __init__(self, exc):
        self.exc = exc


def drive(gen):
    try:
        next(gen)
    except StopIteration as e:
        return e.value
    except _Carry as c:
        raise c.exc.with_traceback(None)
    raise SystemError("a non-generator frame yielded")


class Frame:
    def __init__(self, code, globals_, locals_, fast, cells, func):
        self.code, self.globals, self.locals, self.fast, self.cells, self.func = \
            code, globals_, locals_, fast, cells, func


BIN = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, pow,
       operator.matmul, operator.lshift, operator.rshift, operator.and_, operator.or_, operator.xor]
INPLACE = [operator.iadd, operator.isub, operator.imul, operator.itruediv, operator.ifloordiv, operator.imod,
           operator.ipow, operator.imatmul, operator.ilshift, operator.irshift, operator.iand, operator.ior,
           operator.ixor]
CMP = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge, operator.is_,
       operator.is_not, lambda a, b: a in b, lambda a, b: a not in b]


def lookup_name(frame, name):
    if frame.locals is not None and name in frame.locals:
        return frame.locals[name]
    return lookup_global(frame, name)


def lookup_global(frame, name):
    if name in frame.globals:
        return frame.globals[name]
    b = frame.globals.get("__builtins__", BUILTINS)
    if isinstance(b, types.ModuleType):
        b = b.__dict__
    if name in b:
        return b[name]
    raise NameError("name '%s' is not defined" % name)


def chain(e):
    h = State.handled
    if h is not None and h is not e:
        x = h
        while x is not None:
            if x.__context__ is e:
                x.__context__ = None
                break
            x = x.__context__
        e.__context__ = h


def run(f):
    """One frame: a Python generator that yields exactly where the bytecode yields."""
    c, b = f.code, f.code.bytecode
    stack, fast, cells = [], f.fast, f.cells
    push, pop = stack.append, stack.pop
    ip = 0
    is_gen = bool(c.flags & GENERATOR)
    my_handled = State.handled if not is_gen else None
    caller_handled = None
    if is_gen:
        caller_handled, State.handled = State.handled, None
    State.frames.append(f)
    try:
        while True:
            at = ip
            op = b[ip]
            try:
                if op < 0x50:
                    ip += 1
                    if op == 0x00:
                        pass
                    elif op == 0x01:
                        pop()
                    elif op == 0x02:
                        push(+pop())
                    elif op == 0x03:
                        push(-pop())
                    elif op == 0x04:
                        push(not pop())
                    elif op == 0x05:
                        push(~pop())
                    elif op == 0x06:
                        push(iter(pop()))
                    elif op == 0x07:
                        x = pop()
                        push(x if isinstance(x, types.GeneratorType) else iter(x))
                    elif op == 0x08:
                        return pop()
                    elif op == 0x09:
                        v = pop()
                        if is_gen:
                            mine, State.handled = State.handled, caller_handled
                        State.frames.pop()
                        try:
                            sent = yield v
                        finally:
                            State.frames.append(f)
                            if is_gen:
                                caller_handled, State.handled = State.handled, mine
                        push(sent)
                    elif op == 0x0A:
                        # YIELD_FROM: the doc's "ip stays here, re-executes on resume" as a loop
                        arg = pop()
                        it = stack[-1]
                        throwing = False
                        while True:
                            try:
                                if throwing:
                                    y = it.throw(arg)
                                else:
                                    y = next(it) if arg is None else it.send(arg)
                            except StopIteration as e:
                                pop()
                                push(e.value)
                                break
                            if is_gen:
                                mine, State.handled = State.handled, caller_handled
                            State.frames.pop()
                            try:
                                arg = yield y
                                throwing = False
                            except BaseException as thrown:
                                arg, throwing = thrown, True
                            State.frames.append(f)
                            if is_gen:
                                caller_handled, State.handled = State.handled, mine
                            if throwing and isinstance(arg, GeneratorExit):
                                if hasattr(it, "close"):
                                    it.close()
                                raise arg
                            if throwing and not hasattr(it, "throw"):
                                raise arg
                    elif op == 0x0B:
                        push(build_class)
                    elif op == 0x0C:
                        push(AssertionError)
                    elif op == 0x0D:
                        e = pop()
                        e._rv_chained = True
                        e._rv_reraised = True
                        raise e
                    elif op == 0x0E:
                        e = pop()
                        push(State.handled)
                        push(e)
                        State.handled = e
                    elif op == 0x0F:
                        State.handled = pop()
                    elif op == 0x10:
                        t = pop()
                        push(isinstance(stack[-1], t))
                    elif op == 0x11:
                        m = pop()
                        exit_ = type(m).__exit__.__get__(m)
                        push(exit_)
                        push(type(m).__enter__(m))
                    elif op == 0x12:
                        e = stack[-1]
                        push(stack[-3](type(e), e, e.__traceback__))
                    elif op == 0x13:
                        m = pop()
                        names = getattr(m, "__all__", None) or [k for k in vars(m) if not k.startswith("_")]
                        for k in names:
                            f.locals[k] = getattr(m, k)
                    elif op == 0x14:
                        x = pop()
                        if x is not None:
                            print(repr(x))
                    elif op == 0x15:
                        k = pop()
                        push(pop()[k])
                    elif op == 0x16:
                        k, o, v = pop(), pop(), pop()
                        o[k] = v
                    elif op == 0x17:
                        k = pop()
                        del pop()[k]
                    elif op == 0x18:
                        push(tuple(pop()))
                    elif 0x20 <= op <= 0x2C:
                        y = pop()
                        push(BIN[op - 0x20](pop(), y))
                    elif 0x30 <= op <= 0x3C:
                        y = pop()
                        push(INPLACE[op - 0x30](pop(), y))
                    elif 0x40 <= op <= 0x49:
                        y = pop()
                        push(CMP[op - 0x40](pop(), y))
                    else:
                        raise SystemError("bad opcode %#x" % op)
                elif op < 0xA0:
                    a = b[ip + 1] | b[ip + 2] << 8
                    ip += 3
                    if op == 0x50 or op == 0x7D:
                        push(c.consts[a])
                    elif op == 0x51 or op == 0x79 or op == 0x7A or op == 0x7C:
                        # LOAD_FAST and the pairs that start with it (3.2): the compiler proved
                        # the local bound, so an empty slot here is the compiler's bug
                        v = fast[a]
                        if v is EMPTY:
                            sys.stderr.write("refvm: LOAD_FAST of unbound local '%s'\n" % c.localnames[a])
                            sys.stdout.flush()
                            os._exit(123)
                        push(v)
                    elif op == 0x78:
                        v = fast[a]
                        if v is EMPTY:
                            raise UnboundLocalError("cannot access local variable '%s' where it is not associated "
                                                    "with a value" % c.localnames[a])
                        push(v)
                    elif op == 0x52 or op == 0x7B:
                        fast[a] = pop()
                    elif op == 0x53:
                        if fast[a] is EMPTY:
                            raise UnboundLocalError("cannot access local variable '%s' where it is not associated "
                                                    "with a value" % c.localnames[a])
                        fast[a] = EMPTY
                    elif op == 0x54 or op == 0x58:
                        name = c.derefnames[a]
                        if op == 0x58 and name in f.locals:
                            push(f.locals[name])
                            continue
                        v = cells[a].v
                        if v is EMPTY:
                            if a < c.ncells:
                                raise UnboundLocalError("cannot access local variable '%s' where it is not "
                                                        "associated with a value" % name)
                            raise NameError("cannot access free variable '%s' where it is not associated with a "
                                            "value in enclosing scope" % name)
                        push(v)
                    elif op == 0x55:
                        cells[a].v = pop()
                    elif op == 0x56:
                        cells[a].v = EMPTY
                    elif op == 0x57:
                        push(cells[a])
                    elif op == 0x59:
                        f.locals[c.names[a]] = pop()
                    elif op == 0x5A:
                        try:
                            del f.locals[c.names[a]]
                        except KeyError:
                            raise NameError("name '%s' is not defined" % c.names[a]) from None
                    elif op == 0x5B:
                        f.globals[c.names[a]] = pop()
                    elif op == 0x5C:
                        del f.globals[c.names[a]]
                    elif op == 0x5D:
                        delattr(pop(), c.names[a])
                    elif op == 0x5E:
                        fromlist = pop()
                        level = pop()
                        push(do_import(c.names[a], f.globals, fromlist, level))
                    elif op == 0x5F:
                        m = stack[-1]
                        name = c.names[a]
                        try:
                            push(getattr(m, name))
                        except AttributeError:
                            full = m.__name__ + "." + name
                            if full in sys.modules:
                                push(sys.modules[full])
                            else:
                                raise ImportError("cannot import name '%s' from '%s'" % (name, m.__name__)) from None
                    elif op == 0x60:
                        args = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        push(pop()(*args))
                    elif op == 0x61:
                        names = pop()
                        args = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        k = len(names)
                        kw = dict(zip(names, args[a - k:]))
                        push(pop()(*args[:a - k], **kw))
                    elif op == 0x62:
                        kw = pop() if a & 1 else {}
                        args = pop()
                        push(pop()(*args, **kw))
                    elif op == 0x63:
                        args = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        s = pop()
                        m = pop()
                        push(m(*args) if s is NULL else m(s, *args))
                    elif op == 0x64:
                        code = pop()
                        closure = pop() if a & 8 else None
                        kwd = pop() if a & 2 else None
                        dfl = pop() if a & 1 else None
                        push(Function(code, f.globals, dfl, kwd, closure))
                    elif op == 0x65:
                        x = tuple(stack[len(stack) - a:])
                        del stack[len(stack) - a:]
                        push(x)
                    elif op == 0x66:
                        x = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        push(x)
                    elif op == 0x67:
                        x = set(stack[len(stack) - a:])
                        del stack[len(stack) - a:]
                        push(x)
                    elif op == 0x68:
                        x = stack[len(stack) - 2 * a:]
                        del stack[len(stack) - 2 * a:]
                        d = {}
                        for i in range(a):
                            d[x[2 * i]] = x[2 * i + 1]
                        push(d)
                    elif op == 0x69:
                        keys = pop()
                        x = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        push(dict(zip(keys, x)))
                    elif op == 0x6A:
                        x = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        push(slice(*x))
                    elif op == 0x6B:
                        x = stack[len(stack) - a:]
                        del stack[len(stack) - a:]
                        push("".join(x))
                    elif op == 0x6C:
                        spec = pop() if a & 4 else ""
                        v = pop()
                        v = [v, str(v) if a & 3 == 1 else v, repr(v), ascii(v)][a & 3] if a & 3 else v
                        push(format(v, spec))
                    elif op in (0x6D, 0x6E, 0x70, 0x71, 0x72, 0x73):
                        v = pop()
                        t = stack[-a]
                        if op == 0x6D:
                            t.append(v)
                        elif op == 0x6E:
                            t.add(v)
                        elif op == 0x70:
                            t.extend(v)
                        elif op == 0x71:
                            t.update(v)
                        elif op == 0x72:
                            t.update(v)
                        else:
                            for k in v.keys():
                                if k in t:
                                    raise TypeError("got multiple values for keyword argument '%s'" % k)
                                t[k] = v[k]
                    elif op == 0x6F:
                        v = pop()
                        k = pop()
                        stack[-a][k] = v
                    elif op == 0x74:
                        x = list(pop())
                        if len(x) != a:
                            if len(x) < a:
                                raise ValueError("not enough values to unpack (expected %d, got %d)" % (a, len(x)))
                            raise ValueError("too many values to unpack (expected %d)" % a)
                        stack.extend(reversed(x))
                    elif op == 0x75:
                        if a == 0:
                            if State.handled is None:
                                raise RuntimeError("No active exception to reraise")
                            e = State.handled
                            e._rv_chained = True
                            e._rv_reraised = True
                            raise e
                        cause = pop() if a == 2 else NULL
                        e = pop()
                        if isinstance(e, type) and issubclass(e, BaseException):
                            e = e()
                        if not isinstance(e, BaseException):
                            raise TypeError("exceptions must derive from BaseException")
                        if cause is not NULL:
                            if isinstance(cause, type):
                                cause = cause()
                            e.__cause__ = cause
                        chain(e)
                        e._rv_chained = True
                        raise e
                    elif op == 0x76:
                        push(stack[-a])
                    elif op == 0x77:
                        stack[-1], stack[-a] = stack[-a], stack[-1]
                    else:
                        raise SystemError("bad opcode %#x" % op)
                elif op < 0xC0:
                    a = b[ip + 1] | b[ip + 2] << 8
                    bb = b[ip + 3] | b[ip + 4] << 8
                    ip += 5
                    if op == 0xA0 or op == 0xA6:
                        push(lookup_name(f, c.names[a]))
                    elif op == 0xA1:
                        push(lookup_global(f, c.names[a]))
                    elif op == 0xA2:
                        push(getattr(pop(), c.names[a]))
                    elif op == 0xA3:
                        o = pop()
                        setattr(o, c.names[a], pop())
                    elif op == 0xA4:
                        push(getattr(pop(), c.names[a]))
                        push(NULL)
                    elif op == 0xA5:
                        x = list(pop())
                        if len(x) < a + bb:
                            raise ValueError("not enough values to unpack (expected at least %d, got %d)"
                                             % (a + bb, len(x)))
                        mid = x[a:len(x) - bb]
                        stack.extend(reversed(x[len(x) - bb:]))
                        push(mid)
                        stack.extend(reversed(x[:a]))
                    else:
                        raise SystemError("bad opcode %#x" % op)
                else:
                    j = b[ip + 1] | b[ip + 2] << 8 | b[ip + 3] << 16 | b[ip + 4] << 24
                    ip += 5
                    if op == 0xC0:
                        ip = j
                    elif op == 0xC1:
                        if not pop():
                            ip = j
                    elif op == 0xC2:
                        if pop():
                            ip = j
                    elif op == 0xC3:
                        if not stack[-1]:
                            ip = j
                        else:
                            pop()
                    elif op == 0xC4:
                        if stack[-1]:
                            ip = j
                        else:
                            pop()
                    elif op == 0xC5:
                        try:
                            push(next(stack[-1]))
                        except StopIteration:
                            pop()
                            ip = j
                    else:
                        raise SystemError("bad opcode %#x" % op)
            except BaseException as e:
                if not getattr(e, "_rv_reraised", False):
                    try:
                        e._rv_tb = getattr(e, "_rv_tb", []) + [(c, line_of(c, at))]
                    except AttributeError:
                        pass
                try:
                    e._rv_reraised = False
                except AttributeError:
                    pass
                if not getattr(e, "_rv_chained", False):
                    chain(e)
                    try:
                        e._rv_chained = True
                    except AttributeError:
                        pass
                for start, end, handler, depth in c.exc:
                    if start <= at < end:
                        del stack[depth:]
                        push(e)
                        ip = handler
                        break
                else:
                    if isinstance(e, StopIteration) and not is_gen:
                        raise _Carry(e)
                    raise
    finally:
        if State.frames and State.frames[-1] is f:
            State.frames.pop()
        if is_gen:
            State.handled = caller_handled


# ---- builtins that need the VM -------------------------------------------------------------------

def build_class(func, name, *bases, metaclass=None, **kw):
    meta = metaclass if metaclass is not None else (type(bases[0]) if bases else type)
    ns = meta.__prepare__(name, bases, **kw) if hasattr(meta, "__prepare__") else {}
    frame = Frame(func.code, func.globals, ns, [], [Cell() for _ in range(func.code.ncells)] + list(func.closure),
                  func)
    cell = drive(run(frame))
    ns.pop("__classcell__", None)
    cls = meta(name, bases, ns, **kw)
    if isinstance(cell, Cell):
        cell.v = cls
    return cls


class RvSuper:
    pass


def rv_super(*args):
    if args:
        return builtins.super(*args)
    f = State.frames[-1]
    c = f.code
    if "__class__" not in c.derefnames or not f.fast:
        raise RuntimeError("super(): __class__ cell not found")
    cls = f.cells[c.derefnames.index("__class__")].v
    return builtins.super(cls, f.fast[0])


def rv_globals():
    return State.frames[-1].globals


def rv_locals():
    f = State.frames[-1]
    if f.locals is not None:
        return f.locals
    return {n: v for n, v in zip(f.code.localnames, f.fast) if v is not EMPTY}


BUILTINS = dict(vars(builtins))
BUILTINS.update(super=rv_super, globals=rv_globals, locals=rv_locals, __build_class__=build_class)

IMAGE = None


def do_import(name, globals_, fromlist, level):
    full = name
    if level > 0:
        pkg = globals_.get("__package__") or ""
        parts = pkg.split(".") if pkg else []
        if level - 1 > len(parts):
            raise ImportError("attempted relative import beyond top-level package")
        base = ".".join(parts[:len(parts) - (level - 1)])
        full = base + ("." + name if name else "") if base else name
    if not any(m == full or m.startswith(full + ".") for m in IMAGE.modules) and full.split(".")[0] not in \
            {m.split(".")[0] for m in IMAGE.modules}:
        return builtins.__import__(full, globals_, None, fromlist, 0)
    parts = full.split(".")
    for i in range(1, len(parts) + 1):
        load_module(".".join(parts[:i]))
    m = sys.modules[full]
    if fromlist:
        for x in fromlist:
            if x != "*" and not hasattr(m, x) and full + "." + x in IMAGE.modules:
                load_module(full + "." + x)
        return m
    return sys.modules[parts[0]] if level == 0 else m


def load_module(name, as_main=False):
    if not as_main and name in sys.modules and getattr(sys.modules[name], "__rivet__", False):
        return sys.modules[name]
    if name not in IMAGE.modules:
        raise ModuleNotFoundError("No module named '%s'" % name)
    code, is_pkg, fname = IMAGE.modules[name]
    m = types.ModuleType("__main__" if as_main else name)
    m.__rivet__ = True
    m.__file__ = fname
    m.__builtins__ = BUILTINS
    m.__package__ = name if is_pkg else name.rpartition(".")[0]
    if is_pkg:
        m.__path__ = []
    sys.modules["__main__" if as_main else name] = m
    if "." in name and not as_main:
        parent, _, child = name.rpartition(".")
        setattr(sys.modules[parent], child, m)
    d = m.__dict__
    drive(run(Frame(code, d, d, [], [], None)))
    return m


def main():
    global IMAGE
    with open(sys.argv[1], "rb") as fh:
        IMAGE = Image(fh.read())
    name = sys.argv[2] if len(sys.argv) > 2 else IMAGE.main
    sys.setrecursionlimit(20000)
    try:
        load_module(name, as_main=True)
    except SystemExit:
        raise
    except BaseException as e:
        sys.stdout.flush()
        print_exception(e, set())
        sys.exit(1)


def print_exception(e, seen):
    """CPython's uncaught-exception report without source lines (what the corpus .exp files hold)."""
    seen.add(id(e))
    if e.__cause__ is not None and id(e.__cause__) not in seen:
        print_exception(e.__cause__, seen)
        sys.stderr.write("\nThe above exception was the direct cause of the following exception:\n\n")
    elif e.__context__ is not None and not e.__suppress_context__ and id(e.__context__) not in seen:
        print_exception(e.__context__, seen)
        sys.stderr.write("\nDuring handling of the above exception, another exception occurred:\n\n")
    tb = getattr(e, "_rv_tb", [])
    if tb:
        sys.stderr.write("Traceback (most recent call last):\n")
        for code, line in reversed(tb):
            sys.stderr.write('  File "%s", line %d, in %s\n' % (code.filename, line, code.name))
    name = type(e).__qualname__
    mod = type(e).__module__
    if mod not in ("builtins", "__main__"):
        name = mod + "." + name
    msg = str(e)
    sys.stderr.write(name + (": " + msg if msg else "") + "\n")


if __name__ == "__main__":
    main()
