/* Compiled hot paths of index/search/postings.py (issue 23), behind Whoosh's on-disk format.

   Only index/search/fast.py calls this module; when it is missing, or a posting list is not in
   the shape read here (anything unexpected raises ValueError), the engine uses its plain
   Python path. Nothing here writes an index.

   Whoosh 3 (whoosh3 3.54, codec whoosh3.py) stores a term's postings as
     "W3Bl", then blocks: a 4-byte big-endian signed length (negative for the last block), a
     pickled info tuple (count, last id, max weight, compression, min length, max length), and
     the block's data: zlib (when compression > 0) of a protocol-2 pickle of
     (id deltas, weights, values) -- weights None (all 1.0), one float (all the same) or a tuple
     of floats; values (a field with positions) a tuple of bytes, each pickled as
     _codecs.encode(latin-1 text, "latin1").
   A value of Whoosh's Positions format is a 4-byte big-endian count and a protocol-2 pickle of
   the list of position deltas.

   Arrays cross into Python as bytes: document numbers as native uint32, scores and weights as
   native doubles. Scores are computed with the same operations in the same order as the
   Python path, so they are the same doubles (built with -ffp-contract=off: no fused
   multiply-adds). */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>
#include <zlib.h>

/* ---------------------------------------------------------------- a small unpickler ------ */

enum { V_INT, V_FLOAT, V_NONE, V_STR, V_BYTES, V_TUPLE, V_ENCODE, V_BYTES_TYPE, V_MARK };

typedef struct {
    int kind;
    long long i;      /* V_INT */
    double f;         /* V_FLOAT */
    const unsigned char *p; /* V_STR, V_BYTES: UTF-8 text of the latin-1 string */
    Py_ssize_t n;     /* its length in bytes; V_TUPLE: item count */
    Py_ssize_t at;    /* V_TUPLE: first item in the pool */
} Val;

typedef struct {
    Val *v;
    Py_ssize_t len, cap;
} Vals;

typedef struct {
    Vals stack, pool, memo;
    const char *error;
} Unpickler;

static int vals_push(Vals *a, Val x) {
    if (a->len == a->cap) {
        Py_ssize_t cap = a->cap ? a->cap * 2 : 256;
        Val *v = PyMem_Realloc(a->v, cap * sizeof(Val));
        if (!v) return -1;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->len++] = x;
    return 0;
}

static void unpickler_free(Unpickler *u) {
    PyMem_Free(u->stack.v);
    PyMem_Free(u->pool.v);
    PyMem_Free(u->memo.v);
}

static int memo_put(Unpickler *u, Py_ssize_t index, Val x) {
    if (index < 0 || index > 10000000) return -1;
    while (u->memo.len <= index) {
        Val none = {V_NONE};
        if (vals_push(&u->memo, none) < 0) return -1;
    }
    u->memo.v[index] = x;
    return 0;
}

static uint32_t le32(const unsigned char *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint32_t be32(const unsigned char *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

/* Unpickle buf[*pos:end] up to its STOP, or (stop_after > 0) until that many values stand
   complete on the stack outside any MARK (only safe when none of them is a tuple of 1-3
   items, which are pickled without a MARK). The values are left on u->stack. 0 on success. */
static int unpickle(Unpickler *u, const unsigned char *buf, Py_ssize_t *pos, Py_ssize_t end,
                    int stop_after) {
    Py_ssize_t i = *pos;
    int marks = 0;
#define NEED(k) do { if (i + (k) > end) { u->error = "truncated pickle"; return -1; } } while (0)
#define PUSH(x) do { if (vals_push(&u->stack, (x)) < 0) { u->error = "no memory"; return -1; } } while (0)
    for (;;) {
        if (stop_after > 0 && marks == 0 && u->stack.len >= stop_after) { *pos = i; return 0; }
        NEED(1);
        unsigned char op = buf[i++];
        Val x = {V_NONE};
        switch (op) {
        case 0x80: NEED(1); i++; break; /* PROTO */
        case '(': x.kind = V_MARK; PUSH(x); marks++; break;
        case '.': *pos = i; return 0; /* STOP */
        case 'K': NEED(1); x.kind = V_INT; x.i = buf[i]; i += 1; PUSH(x); break;
        case 'M': NEED(2); x.kind = V_INT; x.i = buf[i] | (buf[i + 1] << 8); i += 2; PUSH(x); break;
        case 'J': NEED(4); x.kind = V_INT; x.i = (int32_t)le32(buf + i); i += 4; PUSH(x); break;
        case 0x8a: { /* LONG1 */
            NEED(1);
            int n = buf[i++];
            if (n > 8) { u->error = "integer too large"; return -1; }
            NEED(n);
            unsigned long long v = 0;
            for (int k = 0; k < n; k++) v |= (unsigned long long)buf[i + k] << (8 * k);
            if (n > 0 && n < 8 && (buf[i + n - 1] & 0x80)) v |= ~0ULL << (8 * n);
            i += n;
            x.kind = V_INT; x.i = (long long)v; PUSH(x);
            break;
        }
        case 0x88: x.kind = V_INT; x.i = 1; PUSH(x); break; /* NEWTRUE */
        case 0x89: x.kind = V_INT; x.i = 0; PUSH(x); break; /* NEWFALSE */
        case 'G': { /* BINFLOAT, big-endian */
            NEED(8);
            unsigned char b[8];
            for (int k = 0; k < 8; k++) b[k] = buf[i + 7 - k];
#if PY_BIG_ENDIAN
            for (int k = 0; k < 8; k++) b[k] = buf[i + k];
#endif
            memcpy(&x.f, b, 8);
            i += 8;
            x.kind = V_FLOAT; PUSH(x);
            break;
        }
        case 'N': x.kind = V_NONE; PUSH(x); break;
        case 'X': { /* BINUNICODE */
            NEED(4);
            Py_ssize_t n = le32(buf + i);
            i += 4;
            NEED(n);
            x.kind = V_STR; x.p = buf + i; x.n = n; i += n; PUSH(x);
            break;
        }
        case 'c': { /* GLOBAL module\nname\n */
            const unsigned char *s = buf + i;
            Py_ssize_t left = end - i;
            const char *want1 = "_codecs\nencode\n", *want2 = "__builtin__\nbytes\n";
            Py_ssize_t n1 = (Py_ssize_t)strlen(want1), n2 = (Py_ssize_t)strlen(want2);
            if (left >= n1 && memcmp(s, want1, n1) == 0) { x.kind = V_ENCODE; i += n1; }
            else if (left >= n2 && memcmp(s, want2, n2) == 0) { x.kind = V_BYTES_TYPE; i += n2; }
            else { u->error = "unexpected global"; return -1; }
            PUSH(x);
            break;
        }
        case 'q': case 'r': { /* BINPUT, LONG_BINPUT */
            Py_ssize_t index;
            if (op == 'q') { NEED(1); index = buf[i]; i += 1; }
            else { NEED(4); index = le32(buf + i); i += 4; }
            if (u->stack.len == 0 || u->stack.v[u->stack.len - 1].kind == V_MARK) {
                u->error = "memo of nothing"; return -1;
            }
            if (memo_put(u, index, u->stack.v[u->stack.len - 1]) < 0) { u->error = "bad memo"; return -1; }
            break;
        }
        case 'h': case 'j': { /* BINGET, LONG_BINGET */
            Py_ssize_t index;
            if (op == 'h') { NEED(1); index = buf[i]; i += 1; }
            else { NEED(4); index = le32(buf + i); i += 4; }
            if (index >= u->memo.len) { u->error = "bad memo"; return -1; }
            PUSH(u->memo.v[index]);
            break;
        }
        case ')': x.kind = V_TUPLE; x.n = 0; x.at = u->pool.len; PUSH(x); break;
        case 't': case 0x85: case 0x86: case 0x87: { /* TUPLE, TUPLE1-3 */
            Py_ssize_t first;
            if (op == 't') {
                first = u->stack.len;
                while (first > 0 && u->stack.v[first - 1].kind != V_MARK) first--;
                if (first == 0) { u->error = "tuple without mark"; return -1; }
            } else {
                first = u->stack.len - (op - 0x84);
                if (first < 0) { u->error = "stack underflow"; return -1; }
                for (Py_ssize_t k = first; k < u->stack.len; k++)
                    if (u->stack.v[k].kind == V_MARK) { u->error = "mark in tuple"; return -1; }
            }
            x.kind = V_TUPLE; x.at = u->pool.len; x.n = u->stack.len - first;
            for (Py_ssize_t k = first; k < u->stack.len; k++)
                if (vals_push(&u->pool, u->stack.v[k]) < 0) { u->error = "no memory"; return -1; }
            u->stack.len = first;
            if (op == 't') { u->stack.len--; marks--; } /* the mark */
            PUSH(x);
            break;
        }
        case 'R': { /* REDUCE: _codecs.encode(text, "latin1") or bytes() */
            if (u->stack.len < 2) { u->error = "stack underflow"; return -1; }
            Val args = u->stack.v[u->stack.len - 1], fn = u->stack.v[u->stack.len - 2];
            if (args.kind != V_TUPLE) { u->error = "reduce without a tuple"; return -1; }
            if (fn.kind == V_ENCODE && args.n == 2) {
                Val text = u->pool.v[args.at], codec = u->pool.v[args.at + 1];
                if (text.kind != V_STR || codec.kind != V_STR || codec.n != 6
                    || memcmp(codec.p, "latin1", 6) != 0) {
                    u->error = "unexpected encode"; return -1;
                }
                x.kind = V_BYTES; x.p = text.p; x.n = text.n;
            } else if (fn.kind == V_BYTES_TYPE && args.n == 0) {
                x.kind = V_BYTES; x.p = NULL; x.n = 0;
            } else { u->error = "unexpected reduce"; return -1; }
            u->stack.len -= 2;
            PUSH(x);
            break;
        }
        default:
            u->error = "unexpected opcode";
            return -1;
        }
    }
#undef NEED
#undef PUSH
}

/* The latin-1 bytes behind a string pickled as UTF-8 (every character below 256). Appends
   to out (grown as needed). -1 when a character is out of range. */
static int latin1_append(const unsigned char *p, Py_ssize_t n, unsigned char **out,
                         Py_ssize_t *len, Py_ssize_t *cap) {
    if (*len + n > *cap) {
        Py_ssize_t c = (*cap ? *cap : 4096);
        while (c < *len + n) c *= 2;
        unsigned char *o = PyMem_Realloc(*out, c);
        if (!o) return -1;
        *out = o;
        *cap = c;
    }
    unsigned char *o = *out + *len;
    Py_ssize_t k = 0, w = 0;
    while (k < n) {
        unsigned char b = p[k];
        if (b < 0x80) { o[w++] = b; k++; }
        else if ((b == 0xC2 || b == 0xC3) && k + 1 < n && (p[k + 1] & 0xC0) == 0x80) {
            o[w++] = (unsigned char)(((b & 0x03) << 6) | (p[k + 1] & 0x3F));
            k += 2;
        } else return -1;
    }
    *len += w;
    return 0;
}

/* ---------------------------------------------------------------- growable outputs ------- */

typedef struct {
    char *p;
    Py_ssize_t len, cap; /* bytes */
} Buf;

static int buf_reserve(Buf *b, Py_ssize_t more) {
    if (b->len + more <= b->cap) return 0;
    Py_ssize_t c = b->cap ? b->cap : 1024;
    while (c < b->len + more) c *= 2;
    char *p = PyMem_Realloc(b->p, c);
    if (!p) return -1;
    b->p = p;
    b->cap = c;
    return 0;
}

static PyObject *buf_bytes(Buf *b) {
    PyObject *o = PyBytes_FromStringAndSize(b->len ? b->p : "", b->len);
    PyMem_Free(b->p);
    b->p = NULL;
    return o;
}

/* ---------------------------------------------------------------- posting blocks -------- */

static PyObject *value_error(const char *what) {
    PyErr_Format(PyExc_ValueError, "postings not in the expected format: %s", what);
    return NULL;
}

/* Inflate a zlib stream into *out (grown as needed); with limit >= 0, stop once that many
   bytes are out (the rest of the stream is not decompressed). The length out, or -1. */
static Py_ssize_t inflate_block(z_stream *zs, const unsigned char *in, Py_ssize_t in_len,
                                unsigned char **out, Py_ssize_t *cap, Py_ssize_t limit) {
    Py_ssize_t want = limit >= 0 ? limit : in_len * 4 + 256;
    if (*cap < want) {
        unsigned char *o = PyMem_Realloc(*out, want);
        if (!o) return -1;
        *out = o;
        *cap = want;
    }
    if (inflateReset(zs) != Z_OK) return -1;
    zs->next_in = (Bytef *)in;
    zs->avail_in = (uInt)in_len;
    Py_ssize_t have = 0;
    for (;;) {
        Py_ssize_t room = (limit >= 0 ? limit : *cap) - have;
        zs->next_out = *out + have;
        zs->avail_out = (uInt)room;
        int rc = inflate(zs, Z_SYNC_FLUSH);
        have += room - zs->avail_out;
        if (rc == Z_STREAM_END) return have;
        if (rc != Z_OK && rc != Z_BUF_ERROR) return -1;
        if (limit >= 0 && have >= limit) return have;
        if (zs->avail_out > 0) return -1; /* no progress: the stream is cut short */
        Py_ssize_t c = *cap * 2;
        unsigned char *o = PyMem_Realloc(*out, c);
        if (!o) return -1;
        *out = o;
        *cap = c;
    }
}

/* What reading a term's blocks needs: the extent, a zlib stream, scratch space, an unpickler;
   and the postings decoded so far (appended block after block). */
typedef struct {
    Py_buffer raw;
    Py_ssize_t next;   /* where the next block's header starts; -1 after the last */
    int opened;        /* raw held, zs initialised */
    z_stream zs;
    unsigned char *scratch;
    Py_ssize_t scratch_cap;
    Unpickler u;
    /* the block at hand */
    Py_ssize_t data, end, count;
    long long maxid, compression;
    int last;
    /* decoded postings: ids (uint32), weights (double), value offsets (uint32, one more than
       postings) into blob */
    Buf ids, weights, offs;
    unsigned char *blob;
    Py_ssize_t blob_len, blob_cap;
    const char *error;
    /* the values scanner's: each value's text in the block's data, and its memo */
    const unsigned char **vp;
    Py_ssize_t *vn, vcap;
    struct Memo *memo;
    Py_ssize_t memo_cap, memo_used;
} Reader;

static int reader_open(Reader *r, PyObject *raw) {
    memset(r, 0, sizeof *r);
    if (PyObject_GetBuffer(raw, &r->raw, PyBUF_SIMPLE) < 0) return -1;
    if (inflateInit(&r->zs) != Z_OK) {
        PyBuffer_Release(&r->raw);
        PyErr_SetString(PyExc_MemoryError, "cannot start zlib");
        return -1;
    }
    r->opened = 1;
    r->maxid = -1;
    if (r->raw.len < 4 || memcmp(r->raw.buf, "W3Bl", 4) != 0) {
        r->error = "no block header";
        r->next = -1;
    } else r->next = 4;
    return 0;
}

static void reader_close(Reader *r) {
    if (!r->opened) return;
    inflateEnd(&r->zs);
    PyBuffer_Release(&r->raw);
    PyMem_Free(r->scratch);
    unpickler_free(&r->u);
    PyMem_Free(r->ids.p);
    PyMem_Free(r->weights.p);
    PyMem_Free(r->offs.p);
    PyMem_Free(r->blob);
    PyMem_Free(r->vp);
    PyMem_Free(r->vn);
    PyMem_Free(r->memo);
    r->opened = 0;
}

/* Move to the next block: read its header. 1 when there is one, 0 after the last, -1 on a
   format error (r->error). */
static int reader_next(Reader *r) {
    if (r->error) return -1;
    if (r->next < 0) return 0;
    const unsigned char *buf = r->raw.buf;
    Py_ssize_t size = r->raw.len, pos = r->next;
    if (pos + 4 > size) { r->error = "truncated block"; return -1; }
    int32_t length = (int32_t)be32(buf + pos);
    pos += 4;
    r->last = length < 0;
    if (length < 0) length = -length;
    Py_ssize_t end = pos + length;
    if (length <= 0 || end > size) { r->error = "bad block length"; return -1; }
    Unpickler *u = &r->u;
    u->stack.len = u->pool.len = u->memo.len = 0;
    if (unpickle(u, buf, &pos, end, 0) < 0) { r->error = u->error; return -1; }
    if (u->stack.len != 1 || u->stack.v[0].kind != V_TUPLE || u->stack.v[0].n != 6) {
        r->error = "unexpected block info"; return -1;
    }
    Val *info = u->pool.v + u->stack.v[0].at;
    if (info[0].kind != V_INT || info[1].kind != V_INT || info[3].kind != V_INT
        || info[0].i <= 0 || info[1].i < 0 || info[1].i <= r->maxid) {
        r->error = "unexpected block info"; return -1;
    }
    r->count = (Py_ssize_t)info[0].i;
    r->maxid = info[1].i;
    r->compression = info[3].i;
    r->data = pos;
    r->end = end;
    if (r->last) {
        if (end != size) { r->error = "data after the last block"; return -1; }
        r->next = -1;
    } else r->next = end;
    return 1;
}

/* The values of a block, read straight from the pickle (much faster than the general
   unpickler): after the ids and weights, a tuple of `count` values, each
   _codecs.encode(text, "latin1") (the callable and "latin1" memoized once, then fetched), or a
   value pickled earlier in the block fetched again. Each value's text (UTF-8 of its latin-1
   characters) is noted in r->vp/r->vn. -1 on anything else: the caller then reads the block
   with the general unpickler. */
enum { M_NONE, M_ENCODE, M_BYTES_TYPE, M_LATIN1, M_BYTES, M_OTHER };
struct Memo { int kind; const unsigned char *p; Py_ssize_t n; };

static int memo_set(Reader *r, Py_ssize_t index, int kind, const unsigned char *p, Py_ssize_t n) {
    if (index < 0 || index > 10000000) return -1;
    if (index >= r->memo_cap) {
        Py_ssize_t cap = r->memo_cap ? r->memo_cap : 1024;
        while (cap <= index) cap *= 2;
        struct Memo *m = PyMem_Realloc(r->memo, cap * sizeof(struct Memo));
        if (!m) return -1;
        memset(m + r->memo_cap, 0, (cap - r->memo_cap) * sizeof(struct Memo));
        r->memo = m;
        r->memo_cap = cap;
    }
    r->memo[index].kind = kind;
    r->memo[index].p = p;
    r->memo[index].n = n;
    if (index + 1 > r->memo_used) r->memo_used = index + 1;
    return 0;
}

static int scan_values(Reader *r, const unsigned char *d, Py_ssize_t *pos, Py_ssize_t end,
                       Py_ssize_t count) {
    Py_ssize_t i = *pos, index;
    const char *encode = "_codecs\nencode\n", *bytes_type = "__builtin__\nbytes\n";
    const Py_ssize_t encode_n = 15, bytes_type_n = 18;
    if (r->memo_used) memset(r->memo, 0, r->memo_used * sizeof(struct Memo));
    r->memo_used = 0;
    if (count > r->vcap) {
        const unsigned char **vp = PyMem_Realloc(r->vp, count * sizeof(*vp));
        if (vp) r->vp = vp;
        Py_ssize_t *vn = PyMem_Realloc(r->vn, count * sizeof(*vn));
        if (vn) r->vn = vn;
        if (!vp || !vn) return -1;
        r->vcap = count;
    }
#define NEED(k) do { if (i + (k) > end) return -1; } while (0)
#define PUT(kind, p, n) do { \
        if (i < end && (d[i] == 'q' || d[i] == 'r')) { \
            if (d[i] == 'q') { NEED(2); index = d[i + 1]; i += 2; } \
            else { NEED(5); index = le32(d + i + 1); i += 5; } \
            if (memo_set(r, index, (kind), (p), (n)) < 0) return -1; \
        } \
    } while (0)
#define GET(kind_out, p_out, n_out) do { \
        if (d[i] == 'h') { NEED(2); index = d[i + 1]; i += 2; } \
        else { NEED(5); index = le32(d + i + 1); i += 5; } \
        if (index >= r->memo_used) return -1; \
        kind_out = r->memo[index].kind; p_out = r->memo[index].p; n_out = r->memo[index].n; \
    } while (0)
    PUT(M_OTHER, NULL, 0); /* the weights' tuple */
    NEED(1);
    if (d[i++] != '(') return -1;
    for (Py_ssize_t k = 0; k < count; k++) {
        int kind;
        const unsigned char *p = NULL;
        Py_ssize_t n = 0;
        NEED(1);
        if (d[i] == 'c') {
            if (i + 1 + encode_n <= end && memcmp(d + i + 1, encode, encode_n) == 0) {
                kind = M_ENCODE; i += 1 + encode_n;
            } else if (i + 1 + bytes_type_n <= end
                       && memcmp(d + i + 1, bytes_type, bytes_type_n) == 0) {
                kind = M_BYTES_TYPE; i += 1 + bytes_type_n;
            } else return -1;
            PUT(kind, NULL, 0);
        } else if (d[i] == 'h' || d[i] == 'j') {
            GET(kind, p, n);
        } else return -1;
        if (kind == M_ENCODE) {
            NEED(5);
            if (d[i] != 'X') return -1;
            n = le32(d + i + 1);
            i += 5;
            NEED(n);
            p = d + i;
            i += n;
            PUT(M_OTHER, NULL, 0);
            NEED(1);
            int codec;
            const unsigned char *cp;
            Py_ssize_t cn;
            if (d[i] == 'X') {
                NEED(11);
                if (memcmp(d + i, "X\x06\x00\x00\x00latin1", 11) != 0) return -1;
                i += 11;
                PUT(M_LATIN1, NULL, 0);
            } else if (d[i] == 'h' || d[i] == 'j') {
                GET(codec, cp, cn);
                (void)cp; (void)cn;
                if (codec != M_LATIN1) return -1;
            } else return -1;
            NEED(1);
            if (d[i++] != 0x86) return -1;
            PUT(M_OTHER, NULL, 0);
        } else if (kind == M_BYTES_TYPE) {
            NEED(1);
            if (d[i++] != ')') return -1;
            PUT(M_OTHER, NULL, 0);
            p = NULL;
            n = 0;
        } else if (kind == M_BYTES) {
            r->vp[k] = p; /* the same value again */
            r->vn[k] = n;
            continue;
        } else return -1;
        NEED(1);
        if (d[i++] != 'R') return -1;
        PUT(M_BYTES, p, n);
        r->vp[k] = p;
        r->vn[k] = n;
    }
    NEED(1);
    if (d[i++] != 't') return -1;
    PUT(M_OTHER, NULL, 0);
    NEED(1);
    if (d[i++] != 0x87) return -1;
    PUT(M_OTHER, NULL, 0);
    NEED(1);
    if (d[i++] != '.' || i != end) return -1;
    *pos = i;
    return 0;
#undef NEED
#undef PUT
#undef GET
}

/* Decode the block at hand, appending its postings (and, when want_values, its values) to
   the reader's arrays. 0, or -1 on a format error (r->error) or no memory (r->error NULL). */
static int reader_decode(Reader *r, int want_values) {
    const unsigned char *data = (const unsigned char *)r->raw.buf + r->data;
    Py_ssize_t data_len = r->end - r->data, dpos = 0, count = r->count;
    /* the data: whole when its values are wanted (they are the bulk of it), else only as far
       as the ids and weights reach (they come first; more than 3 of each are pickled between
       a MARK and a TUPLE, so the unpickler can stop once both stand on its stack) */
    int partial = !want_values && count > 3;
    int scanned = 0; /* values read by scan_values */
    if (r->compression) {
        Py_ssize_t limit = partial ? count * 14 + 32 : -1;
        data_len = inflate_block(&r->zs, data, data_len, &r->scratch, &r->scratch_cap, limit);
        if (data_len < 0) { r->error = "cannot decompress a block"; return -1; }
        data = r->scratch;
    }
    Unpickler *u = &r->u;
    u->stack.len = u->pool.len = u->memo.len = 0;
    if (partial || (want_values && count > 3)) {
        /* the ids and weights (more than 3 of each: each tuple between a MARK and a TUPLE) */
        if (unpickle(u, data, &dpos, data_len, 2) < 0 || u->stack.len != 2) {
            r->error = u->error ? u->error : "unexpected block data"; return -1;
        }
        if (want_values) scanned = scan_values(r, data, &dpos, data_len, count) == 0;
    }
    if (!partial && !scanned) { /* the general unpickler reads the whole block */
        dpos = 0;
        u->error = NULL;
        u->stack.len = u->pool.len = u->memo.len = 0;
        if (unpickle(u, data, &dpos, data_len, 0) < 0 || dpos != data_len || u->stack.len != 1
            || u->stack.v[0].kind != V_TUPLE || u->stack.v[0].n != 3) {
            r->error = u->error ? u->error : "unexpected block data"; return -1;
        }
    }
    Val *parts = (partial || scanned) ? u->stack.v : u->pool.v + u->stack.v[0].at;
    Val id_deltas = parts[0], w = parts[1];
    if (id_deltas.kind != V_TUPLE || id_deltas.n != count) { r->error = "unexpected ids"; return -1; }
    if (buf_reserve(&r->ids, count * 4) < 0 || buf_reserve(&r->weights, count * 8) < 0) return -1;
    uint32_t *out_ids = (uint32_t *)(r->ids.p + r->ids.len);
    double *out_w = (double *)(r->weights.p + r->weights.len);
    long long id = 0; /* each block's first id is whole, the rest deltas */
    for (Py_ssize_t k = 0; k < count; k++) {
        Val d = u->pool.v[id_deltas.at + k];
        if (d.kind != V_INT || d.i < 0 || (k > 0 && d.i == 0)) { r->error = "unexpected id"; return -1; }
        id += d.i;
        if (id > 0xFFFFFFFFLL) { r->error = "id out of range"; return -1; }
        out_ids[k] = (uint32_t)id;
    }
    if (id != r->maxid) { r->error = "ids do not end at the block's last id"; return -1; }
    if (w.kind == V_NONE) {
        for (Py_ssize_t k = 0; k < count; k++) out_w[k] = 1.0;
    } else if (w.kind == V_FLOAT || w.kind == V_INT) {
        /* Whoosh repeats it through array("f"): a float32 */
        double one = (double)(float)(w.kind == V_FLOAT ? w.f : (double)w.i);
        for (Py_ssize_t k = 0; k < count; k++) out_w[k] = one;
    } else if (w.kind == V_TUPLE && w.n == count) {
        for (Py_ssize_t k = 0; k < count; k++) {
            Val x = u->pool.v[w.at + k];
            if (x.kind == V_FLOAT) out_w[k] = x.f;
            else if (x.kind == V_INT) out_w[k] = (double)x.i;
            else { r->error = "unexpected weight"; return -1; }
        }
    } else { r->error = "unexpected weights"; return -1; }
    if (want_values) {
        Val vs = {V_NONE};
        if (!scanned) vs = parts[2];
        int none = !scanned && vs.kind == V_NONE; /* a format without values: each one empty */
        if (!scanned && !none && (vs.kind != V_TUPLE || vs.n != count)) {
            r->error = "unexpected values"; return -1;
        }
        if (r->offs.len == 0) {
            if (buf_reserve(&r->offs, 4) < 0) return -1;
            memset(r->offs.p, 0, 4);
            r->offs.len = 4;
        }
        if (buf_reserve(&r->offs, count * 4) < 0) return -1;
        uint32_t *o = (uint32_t *)(r->offs.p + r->offs.len);
        for (Py_ssize_t k = 0; k < count; k++) {
            if (!none) {
                Val x = {V_BYTES};
                if (scanned) { x.p = r->vp[k]; x.n = r->vn[k]; }
                else x = u->pool.v[vs.at + k];
                if (x.kind != V_BYTES) { r->error = "unexpected value"; return -1; }
                if (latin1_append(x.p, x.n, &r->blob, &r->blob_len, &r->blob_cap) < 0) {
                    r->error = "unexpected value text"; return -1;
                }
                if (r->blob_len > 0xFFFFFFFFLL) { r->error = "values too long"; return -1; }
            }
            o[k] = (uint32_t)r->blob_len;
        }
        r->offs.len += count * 4;
    }
    r->ids.len += count * 4;
    r->weights.len += count * 8;
    return 0;
}

static void reader_clear(Reader *r) {
    r->ids.len = r->weights.len = r->offs.len = 0;
    r->blob_len = 0;
}

/* Set the Python error for a failed reader call. */
static void reader_fail(Reader *r) {
    if (PyErr_Occurred()) return;
    if (r->error) value_error(r->error);
    else PyErr_NoMemory();
}

/* read_term(extent, want_values) -> (ids, weights, blob or None, offsets or None)
   extent: a term's whole posting extent (magic, blocks). ids: uint32 document numbers;
   weights: doubles as Whoosh's matcher gives them; blob: every value's bytes one after
   another, offsets: uint32, one more than there are postings (value k is blob[o[k]:o[k+1]]). */
static PyObject *read_term(PyObject *self, PyObject *args) {
    PyObject *raw;
    int want_values;
    if (!PyArg_ParseTuple(args, "Op", &raw, &want_values)) return NULL;
    Reader r;
    if (reader_open(&r, raw) < 0) return NULL;
    PyObject *result = NULL;
    int rc;
    while ((rc = reader_next(&r)) == 1)
        if (reader_decode(&r, want_values) < 0) { rc = -1; break; }
    if (rc < 0 || r.ids.len == 0) {
        if (rc == 0) r.error = "no postings";
        reader_fail(&r);
    } else {
        PyObject *a = buf_bytes(&r.ids), *b = buf_bytes(&r.weights), *c, *d;
        if (want_values) {
            c = PyBytes_FromStringAndSize(r.blob_len ? (const char *)r.blob : "", r.blob_len);
            d = buf_bytes(&r.offs);
        } else {
            c = Py_NewRef(Py_None);
            d = Py_NewRef(Py_None);
        }
        if (a && b && c && d) result = PyTuple_Pack(4, a, b, c, d);
        Py_XDECREF(a); Py_XDECREF(b); Py_XDECREF(c); Py_XDECREF(d);
    }
    reader_close(&r);
    return result;
}

/* ---------------------------------------------------------------- positions ------------- */

/* Decode a Positions value (4-byte count, pickled list of deltas) into out (cap entries).
   Returns the number of positions, or -1 when the value is not in that shape or too long. */
static Py_ssize_t decode_positions(const unsigned char *v, Py_ssize_t n, long long *out,
                                   Py_ssize_t cap) {
    Py_ssize_t i = 4, count = 0;
    long long base = 0;
    if (n < 7 || v[i] != 0x80 || v[i + 1] != 2 || v[i + 2] != ']') return -1;
    i += 3;
    while (i < n) {
        unsigned char op = v[i++];
        long long d;
        switch (op) {
        case 'q': i += 1; continue;
        case 'r': i += 4; continue;
        case '(': case 'a': case 'e': continue;
        case '.': return i == n ? count : -1;
        case 'K': if (i + 1 > n) return -1; d = v[i]; i += 1; break;
        case 'M': if (i + 2 > n) return -1; d = v[i] | (v[i + 1] << 8); i += 2; break;
        case 'J': if (i + 4 > n) return -1; d = (int32_t)le32(v + i); i += 4; break;
        default: return -1;
        }
        if (count == cap) return -1;
        base += d;
        out[count++] = base;
    }
    return i == n ? count : -1;
}

static int contains(const long long *a, Py_ssize_t n, long long x) {
    for (Py_ssize_t k = 0; k < n; k++)
        if (a[k] == x) return 1;
    return 0;
}

static Py_ssize_t find(const uint32_t *ids, Py_ssize_t n, uint32_t doc) {
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (ids[mid] < doc) lo = mid + 1;
        else hi = mid;
    }
    return (lo < n && ids[lo] == doc) ? lo : -1;
}

/* A word's postings read as far as the documents asked for (in increasing order): blocks
   holding none of them are passed over by their headers, a block is decoded (with its values)
   only when a document asked for falls in it. */
typedef struct {
    Reader r;
    long long shift;
    int have;    /* a block is at hand */
    int decoded; /* and decoded into r's arrays */
} Cursor;

/* The posting of doc in the cursor's word: its index in the decoded block, -1 when the word is
   not in doc, -2 on an error (r.error, or no memory). */
static Py_ssize_t cursor_find(Cursor *c, uint32_t doc) {
    while (!c->have || (long long)doc > c->r.maxid) {
        if (c->have && c->r.last) return -1;
        int rc = reader_next(&c->r);
        if (rc < 0) return -2;
        if (rc == 0) return -1;
        c->have = 1;
        c->decoded = 0;
    }
    if (!c->decoded) {
        reader_clear(&c->r);
        if (reader_decode(&c->r, 1) < 0) return -2;
        c->decoded = 1;
    }
    return find((const uint32_t *)c->r.ids.p, c->r.ids.len / 4, doc);
}

#define MAX_POSITIONS 65536

/* phrase(lead, candidates, others, tick, limit) -> (checked, ids, weights...)
   lead: the posting extent of the phrase's rarest word; candidates: uint32 documents holding
   it, ascending; others: [(extent, shift)], the phrase's other words, rarest first, shift =
   the word's place in the phrase minus the lead's. A candidate matches when some position p
   of the lead has every other word at p + shift. Candidates are checked in order; before the
   first and every CHECK_EVERY-th, tick() is called, and a false answer stops the checking (so
   does reaching limit, when limit >= 0). Returns how many were checked, the matching
   documents (uint32), and each word's weight in them (doubles: the lead's, then the others'
   in the order given). */
#define CHECK_EVERY 256
static PyObject *phrase(PyObject *self, PyObject *args) {
    PyObject *lead, *others, *tick;
    Py_buffer cand;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "Oy*OOn", &lead, &cand, &others, &tick, &limit)) return NULL;
    PyObject *result = NULL, *seq = NULL;
    Cursor *cursors = NULL;
    Py_ssize_t nwords = 0, nopen = 0, checked = 0;
    long long *starts = NULL, *pos = NULL;
    double *weights = NULL;
    Buf *outs = NULL; /* 0: documents; 1..nwords: weights */
    seq = PySequence_Fast(others, "others must be a sequence");
    if (!seq) goto done;
    nwords = PySequence_Fast_GET_SIZE(seq) + 1;
    cursors = PyMem_Calloc(nwords, sizeof(Cursor));
    outs = PyMem_Calloc(nwords + 1, sizeof(Buf));
    weights = PyMem_Calloc(nwords, sizeof(double));
    starts = PyMem_Malloc(MAX_POSITIONS * sizeof(long long));
    pos = PyMem_Malloc(MAX_POSITIONS * sizeof(long long));
    if (!cursors || !outs || !weights || !starts || !pos) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t w = 0; w < nwords; w++) {
        PyObject *raw = lead;
        long long shift = 0;
        if (w > 0 && !PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, w - 1), "OL", &raw, &shift))
            goto done;
        if (reader_open(&cursors[w].r, raw) < 0) goto done;
        nopen++;
        cursors[w].shift = shift;
    }
    const uint32_t *docs = cand.buf;
    Py_ssize_t ncand = cand.len / 4;
    for (checked = 0; checked < ncand; checked++) {
        if (limit >= 0 && checked >= limit) break;
        if (checked % CHECK_EVERY == 0) {
            PyObject *go = PyObject_CallNoArgs(tick);
            if (!go) goto done;
            int yes = PyObject_IsTrue(go);
            Py_DECREF(go);
            if (yes < 0) goto done;
            if (!yes) break;
        }
        uint32_t doc = docs[checked];
        Py_ssize_t nstarts = 0;
        int ok = 1;
        for (Py_ssize_t w = 0; w < nwords && ok; w++) {
            Cursor *c = &cursors[w];
            Py_ssize_t k = cursor_find(c, doc);
            if (k == -2) { reader_fail(&c->r); goto done; }
            if (k < 0) {
                if (w == 0) { PyErr_SetString(PyExc_ValueError, "a candidate not in the lead"); goto done; }
                ok = 0;
                break;
            }
            const uint32_t *offs = (const uint32_t *)c->r.offs.p;
            const unsigned char *value = c->r.blob + offs[k];
            Py_ssize_t n = decode_positions(value, offs[k + 1] - offs[k], w == 0 ? starts : pos,
                                            MAX_POSITIONS);
            if (n < 0) { value_error("unexpected positions"); goto done; }
            weights[w] = ((const double *)c->r.weights.p)[k];
            if (w == 0) { nstarts = n; continue; }
            Py_ssize_t kept = 0;
            for (Py_ssize_t s = 0; s < nstarts; s++)
                if (contains(pos, n, starts[s] + c->shift)) starts[kept++] = starts[s];
            nstarts = kept;
            if (!nstarts) ok = 0;
        }
        if (!ok) continue;
        if (buf_reserve(&outs[0], 4) < 0) { PyErr_NoMemory(); goto done; }
        memcpy(outs[0].p + outs[0].len, &doc, 4);
        outs[0].len += 4;
        for (Py_ssize_t w = 0; w < nwords; w++) {
            if (buf_reserve(&outs[w + 1], 8) < 0) { PyErr_NoMemory(); goto done; }
            memcpy(outs[w + 1].p + outs[w + 1].len, &weights[w], 8);
            outs[w + 1].len += 8;
        }
    }
    result = PyTuple_New(nwords + 2);
    if (!result) goto done;
    PyTuple_SET_ITEM(result, 0, PyLong_FromSsize_t(checked));
    for (Py_ssize_t w = 0; w <= nwords; w++) {
        PyObject *b = buf_bytes(&outs[w]);
        if (!b) { Py_CLEAR(result); goto done; }
        PyTuple_SET_ITEM(result, w + 1, b);
    }
    if (!PyTuple_GET_ITEM(result, 0)) Py_CLEAR(result);
done:
    for (Py_ssize_t w = 0; w < nopen; w++) reader_close(&cursors[w].r);
    if (outs) for (Py_ssize_t w = 0; w <= nwords; w++) PyMem_Free(outs[w].p);
    PyMem_Free(outs);
    PyMem_Free(cursors);
    PyMem_Free(weights);
    PyMem_Free(starts);
    PyMem_Free(pos);
    Py_XDECREF(seq);
    PyBuffer_Release(&cand);
    return result;
}

/* positions(value) -> list of int, or ValueError: one Positions value decoded (for tests). */
static PyObject *positions(PyObject *self, PyObject *args) {
    Py_buffer v;
    if (!PyArg_ParseTuple(args, "y*", &v)) return NULL;
    long long *out = PyMem_Malloc(MAX_POSITIONS * sizeof(long long));
    PyObject *list = NULL;
    if (!out) { PyErr_NoMemory(); goto done; }
    Py_ssize_t n = decode_positions(v.buf, v.len, out, MAX_POSITIONS);
    if (n < 0) { value_error("unexpected positions"); goto done; }
    list = PyList_New(n);
    for (Py_ssize_t k = 0; list && k < n; k++) {
        PyObject *x = PyLong_FromLongLong(out[k]);
        if (!x) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, k, x);
    }
done:
    PyMem_Free(out);
    PyBuffer_Release(&v);
    return list;
}

/* ---------------------------------------------------------------- scoring ---------------- */

/* bm25(ids, weights, lengths, table, idf, avgfl, B, K1, boost, mode) -> scores
   As index/search/postings.py's _Scorer: mode 0 weight * boost (a field Whoosh does not
   score); 1 idf * ((w * (K1 + 1)) / (w + K1 * ((1 - B) + B * L / avgfl))); 2 the same times
   boost. L = table[lengths[doc]] (the field's length byte of the document, decoded). */
static PyObject *bm25(PyObject *self, PyObject *args) {
    Py_buffer ids, weights, lengths, table;
    double idf, avgfl, B, K1, boost;
    int mode;
    if (!PyArg_ParseTuple(args, "y*y*y*y*dddddi", &ids, &weights, &lengths, &table, &idf, &avgfl,
                          &B, &K1, &boost, &mode)) return NULL;
    PyObject *out = NULL;
    Py_ssize_t n = ids.len / 4;
    if (weights.len / 8 != n || table.len != 256 * 8) {
        PyErr_SetString(PyExc_ValueError, "array sizes");
        goto done;
    }
    out = PyBytes_FromStringAndSize(NULL, n * 8);
    if (!out) goto done;
    {
        const uint32_t *d = ids.buf;
        const double *w = weights.buf, *t = table.buf;
        const unsigned char *len = lengths.buf;
        double *s = (double *)PyBytes_AS_STRING(out);
        double k1p1 = K1 + 1;
        for (Py_ssize_t k = 0; k < n; k++) {
            if (mode == 0) { s[k] = w[k] * boost; continue; }
            if (d[k] >= (uint32_t)lengths.len) {
                Py_CLEAR(out);
                PyErr_SetString(PyExc_ValueError, "document past the length column");
                goto done;
            }
            double L = t[len[d[k]]];
            double v = idf * ((w[k] * k1p1) / (w[k] + K1 * ((1 - B) + B * L / avgfl)));
            s[k] = mode == 2 ? v * boost : v;
        }
    }
done:
    PyBuffer_Release(&ids); PyBuffer_Release(&weights); PyBuffer_Release(&lengths);
    PyBuffer_Release(&table);
    return out;
}

/* ---------------------------------------------------------------- sets of documents ------ */

typedef struct {
    Py_buffer ids, scores;
    Py_ssize_t n;
} Set;

static int set_open(PyObject *ids, PyObject *scores, Set *s) {
    if (PyObject_GetBuffer(ids, &s->ids, PyBUF_SIMPLE) < 0) return -1;
    if (scores == Py_None) {
        s->scores.obj = NULL;
        s->scores.buf = NULL;
        s->scores.len = 0;
    } else if (PyObject_GetBuffer(scores, &s->scores, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&s->ids);
        return -1;
    }
    s->n = s->ids.len / 4;
    if (scores != Py_None && s->scores.len != s->n * 8) {
        PyBuffer_Release(&s->ids);
        PyBuffer_Release(&s->scores);
        PyErr_SetString(PyExc_ValueError, "array sizes");
        return -1;
    }
    return 0;
}

static void set_close(Set *s) {
    PyBuffer_Release(&s->ids);
    if (s->scores.obj) PyBuffer_Release(&s->scores);
}

static PyObject *pair(PyObject *a, PyObject *b) {
    PyObject *t = (a && b) ? PyTuple_Pack(2, a, b) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    return t;
}

/* combine(a_ids, a_scores, b_ids, b_scores or None, how) -> (ids, scores)
   how 0 union: every document of either, a's score + b's where both hold it;
   how 1 intersection: documents of both, a's score + b's;
   how 2 keep: a's documents that b holds, a's scores;
   how 3 drop: a's documents that b does not hold, a's scores.
   Both inputs ascending. */
static PyObject *combine(PyObject *self, PyObject *args) {
    PyObject *ai, *as, *bi, *bs;
    int how;
    if (!PyArg_ParseTuple(args, "OOOOi", &ai, &as, &bi, &bs, &how)) return NULL;
    Set a, b;
    if (set_open(ai, as, &a) < 0) return NULL;
    if (set_open(bi, bs, &b) < 0) { set_close(&a); return NULL; }
    if ((how <= 1 && !b.scores.obj) || !a.scores.obj) {
        set_close(&a); set_close(&b);
        PyErr_SetString(PyExc_ValueError, "scores needed");
        return NULL;
    }
    Py_ssize_t cap = how == 0 ? a.n + b.n : a.n;
    PyObject *oi = PyBytes_FromStringAndSize(NULL, cap * 4);
    PyObject *os = PyBytes_FromStringAndSize(NULL, cap * 8);
    if (!oi || !os) { Py_XDECREF(oi); Py_XDECREF(os); set_close(&a); set_close(&b); return NULL; }
    const uint32_t *x = a.ids.buf, *y = b.ids.buf;
    const double *xs = a.scores.buf, *ys = b.scores.buf;
    uint32_t *o = (uint32_t *)PyBytes_AS_STRING(oi);
    double *os_ = (double *)PyBytes_AS_STRING(os);
    Py_ssize_t i = 0, j = 0, k = 0;
    while (i < a.n && j < b.n) {
        if (x[i] < y[j]) {
            if (how == 0 || how == 3) { o[k] = x[i]; os_[k++] = xs[i]; }
            i++;
        } else if (x[i] > y[j]) {
            if (how == 0) { o[k] = y[j]; os_[k++] = ys[j]; }
            j++;
        } else {
            if (how == 0 || how == 1) { o[k] = x[i]; os_[k++] = xs[i] + ys[j]; }
            else if (how == 2) { o[k] = x[i]; os_[k++] = xs[i]; }
            i++; j++;
        }
    }
    if (how == 0 || how == 3) for (; i < a.n; i++) { o[k] = x[i]; os_[k++] = xs[i]; }
    if (how == 0) for (; j < b.n; j++) { o[k] = y[j]; os_[k++] = ys[j]; }
    set_close(&a); set_close(&b);
    if (_PyBytes_Resize(&oi, k * 4) < 0) { Py_XDECREF(os); return NULL; }
    if (_PyBytes_Resize(&os, k * 8) < 0) { Py_DECREF(oi); return NULL; }
    return pair(oi, os);
}

/* affine(scores, factor, add) -> scores: s * factor when factor != 1, then + add when add != 0
   (as _boosted and the AND-NOT's s + len(negative) compute them). */
static PyObject *affine(PyObject *self, PyObject *args) {
    Py_buffer s;
    double factor, add;
    if (!PyArg_ParseTuple(args, "y*dd", &s, &factor, &add)) return NULL;
    Py_ssize_t n = s.len / 8;
    PyObject *out = PyBytes_FromStringAndSize(NULL, n * 8);
    if (out) {
        const double *x = s.buf;
        double *o = (double *)PyBytes_AS_STRING(out);
        for (Py_ssize_t k = 0; k < n; k++) {
            double v = x[k];
            if (factor != 1.0) v = v * factor;
            if (add != 0.0) v = v + add;
            o[k] = v;
        }
    }
    PyBuffer_Release(&s);
    return out;
}

/* gather(values, indices, width) -> the width-byte items of values at these uint32 indices. */
static PyObject *gather(PyObject *self, PyObject *args) {
    Py_buffer v, idx;
    int width;
    if (!PyArg_ParseTuple(args, "y*y*i", &v, &idx, &width)) return NULL;
    PyObject *out = NULL;
    Py_ssize_t n = idx.len / 4, have = width > 0 ? v.len / width : 0;
    if (width != 4 && width != 8) { PyErr_SetString(PyExc_ValueError, "width"); goto done; }
    out = PyBytes_FromStringAndSize(NULL, n * width);
    if (!out) goto done;
    const uint32_t *ix = idx.buf;
    char *o = PyBytes_AS_STRING(out);
    for (Py_ssize_t k = 0; k < n; k++) {
        if (ix[k] >= have) { Py_CLEAR(out); PyErr_SetString(PyExc_ValueError, "index"); goto done; }
        memcpy(o + k * width, (const char *)v.buf + (Py_ssize_t)ix[k] * width, width);
    }
done:
    PyBuffer_Release(&v);
    PyBuffer_Release(&idx);
    return out;
}

/* shift(ids, offset) -> uint32 ids + offset (a segment's document numbers made global). */
static PyObject *shift(PyObject *self, PyObject *args) {
    Py_buffer a;
    unsigned long offset;
    if (!PyArg_ParseTuple(args, "y*k", &a, &offset)) return NULL;
    Py_ssize_t n = a.len / 4;
    PyObject *out = PyBytes_FromStringAndSize(NULL, n * 4);
    if (out) {
        const uint32_t *x = a.buf;
        uint32_t *o = (uint32_t *)PyBytes_AS_STRING(out);
        for (Py_ssize_t k = 0; k < n; k++) {
            unsigned long long v = (unsigned long long)x[k] + offset;
            if (v > 0xFFFFFFFFULL) {
                Py_CLEAR(out);
                PyErr_SetString(PyExc_ValueError, "document number out of range");
                break;
            }
            o[k] = (uint32_t)v;
        }
    }
    PyBuffer_Release(&a);
    return out;
}

/* members(ids, where_ids) -> uint32 indices k of ids (ascending) such that where_ids holds
   ids[k]. */
static PyObject *members(PyObject *self, PyObject *args) {
    Py_buffer a, b;
    if (!PyArg_ParseTuple(args, "y*y*", &a, &b)) return NULL;
    Py_ssize_t na = a.len / 4, nb = b.len / 4, i = 0, j = 0, k = 0;
    PyObject *out = PyBytes_FromStringAndSize(NULL, na * 4);
    if (out) {
        const uint32_t *x = a.buf, *y = b.buf;
        uint32_t *o = (uint32_t *)PyBytes_AS_STRING(out);
        while (i < na && j < nb) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else { o[k++] = (uint32_t)i; i++; j++; }
        }
        if (_PyBytes_Resize(&out, k * 4) < 0) out = NULL;
    }
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    return out;
}

/* ---------------------------------------------------------------- ranking ---------------- */

typedef struct { double s; uint32_t d; } Scored;

/* a better than b: higher score, then lower document number (Whoosh's collector's order) */
static int better(Scored a, Scored b) { return a.s > b.s || (a.s == b.s && a.d < b.d); }

static void sift_down(Scored *h, Py_ssize_t n, Py_ssize_t i) { /* min-heap by "better" */
    for (;;) {
        Py_ssize_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && better(h[m], h[l])) m = l;
        if (r < n && better(h[m], h[r])) m = r;
        if (m == i) return;
        Scored t = h[i]; h[i] = h[m]; h[m] = t;
        i = m;
    }
}

static int by_better(const void *a, const void *b) {
    Scored x = *(const Scored *)a, y = *(const Scored *)b;
    return better(x, y) ? -1 : (better(y, x) ? 1 : 0);
}

/* top(ids, scores, k) -> [(score, doc)], the best k, best first (ties: lower doc first). */
static PyObject *top(PyObject *self, PyObject *args) {
    PyObject *ai, *as;
    Py_ssize_t k;
    if (!PyArg_ParseTuple(args, "OOn", &ai, &as, &k)) return NULL;
    Set a;
    if (set_open(ai, as, &a) < 0) return NULL;
    if (k < 0) k = 0;
    if (k > a.n) k = a.n;
    Scored *h = PyMem_Malloc((k ? k : 1) * sizeof(Scored));
    PyObject *list = NULL;
    if (!h) { PyErr_NoMemory(); goto done; }
    const uint32_t *d = a.ids.buf;
    const double *s = a.scores.buf;
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < a.n; i++) {
        Scored x = {s[i], d[i]};
        if (n < k) {
            h[n++] = x;
            if (n == k) for (Py_ssize_t j = k / 2; j >= 0; j--) sift_down(h, n, j);
        } else if (k > 0 && better(x, h[0])) {
            h[0] = x;
            sift_down(h, n, 0);
        }
    }
    qsort(h, n, sizeof(Scored), by_better);
    list = PyList_New(n);
    for (Py_ssize_t i = 0; list && i < n; i++) {
        PyObject *t = Py_BuildValue("(dk)", h[i].s, (unsigned long)h[i].d);
        if (!t) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, i, t);
    }
done:
    PyMem_Free(h);
    set_close(&a);
    return list;
}

/* at_least(ids, scores, floor) -> [doc] every document scoring floor or more, ascending. */
static PyObject *at_least(PyObject *self, PyObject *args) {
    PyObject *ai, *as;
    double floor;
    if (!PyArg_ParseTuple(args, "OOd", &ai, &as, &floor)) return NULL;
    Set a;
    if (set_open(ai, as, &a) < 0) return NULL;
    PyObject *list = PyList_New(0);
    const uint32_t *d = a.ids.buf;
    const double *s = a.scores.buf;
    for (Py_ssize_t i = 0; list && i < a.n; i++) {
        if (s[i] >= floor) {
            PyObject *x = PyLong_FromUnsignedLong(d[i]);
            if (!x || PyList_Append(list, x) < 0) { Py_XDECREF(x); Py_CLEAR(list); break; }
            Py_DECREF(x);
        }
    }
    set_close(&a);
    return list;
}

/* bits(ids, start, size) -> bytes: a little-endian bit set of the documents in
   [start, start + size), bit (doc - start); ids ascending. */
static PyObject *bits(PyObject *self, PyObject *args) {
    Py_buffer ids;
    unsigned long long start, size;
    if (!PyArg_ParseTuple(args, "y*KK", &ids, &start, &size)) return NULL;
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)((size + 7) / 8));
    if (out) {
        unsigned char *o = (unsigned char *)PyBytes_AS_STRING(out);
        memset(o, 0, (size + 7) / 8);
        const uint32_t *d = ids.buf;
        for (Py_ssize_t i = 0; i < ids.len / 4; i++) {
            unsigned long long x = d[i];
            if (x < start || x >= start + size) continue;
            x -= start;
            o[x >> 3] |= (unsigned char)(1u << (x & 7));
        }
    }
    PyBuffer_Release(&ids);
    return out;
}

/* ---------------------------------------------------------------- facets ---------------- */

/* tally(ids, offset, column, combos) -> (order, counts) or ValueError
   ids: uint32 document numbers, ascending; column: uint32, for each document of a segment
   starting at document offset, the number of its combination of facet values (< combos).
   counts: uint32, for each combination, how many of the ids in [offset, offset + len(column))
   hold it; order: uint32, the combinations held, in the order of the first document holding
   each (the order collections.Counter gives them in). */
static PyObject *tally(PyObject *self, PyObject *args) {
    Py_buffer ids, column;
    unsigned long long offset;
    Py_ssize_t ncombos;
    if (!PyArg_ParseTuple(args, "y*Ky*n", &ids, &offset, &column, &ncombos)) return NULL;
    PyObject *result = NULL;
    uint32_t *counts = NULL, *order = NULL;
    Py_ssize_t norder = 0;
    const uint32_t *d = ids.buf, *c = column.buf;
    Py_ssize_t n = ids.len / 4, size = column.len / 4;
    if (ncombos <= 0 || ncombos > 0x7FFFFFFF) { value_error("bad number of combinations"); goto done; }
    counts = PyMem_Calloc((size_t)ncombos, 4);
    order = PyMem_Malloc((size_t)ncombos * 4);
    if (!counts || !order) { PyErr_NoMemory(); goto done; }
    Py_ssize_t lo = 0, hi = n; /* the first id >= offset */
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if ((unsigned long long)d[mid] < offset) lo = mid + 1;
        else hi = mid;
    }
    for (Py_ssize_t i = lo; i < n; i++) {
        unsigned long long x = (unsigned long long)d[i] - offset;
        if (x >= (unsigned long long)size) break;
        uint32_t combo = c[x];
        if ((Py_ssize_t)combo >= ncombos) { value_error("a combination out of range"); goto done; }
        if (counts[combo]++ == 0) order[norder++] = combo;
    }
    result = Py_BuildValue("(y#y#)", (const char *)order, norder * 4, (const char *)counts,
                           ncombos * 4);
done:
    PyMem_Free(counts);
    PyMem_Free(order);
    PyBuffer_Release(&ids);
    PyBuffer_Release(&column);
    return result;
}

/* column_max(column) -> the largest uint32 of the array (0 when empty). */
static PyObject *column_max(PyObject *self, PyObject *args) {
    Py_buffer column;
    if (!PyArg_ParseTuple(args, "y*", &column)) return NULL;
    const uint32_t *c = column.buf;
    uint32_t best = 0;
    for (Py_ssize_t i = 0; i < column.len / 4; i++)
        if (c[i] > best) best = c[i];
    PyBuffer_Release(&column);
    return PyLong_FromUnsignedLong(best);
}

/* ---------------------------------------------------------------- spelling -------------- */

/* The optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions,
   each substring edited once) between a and b, code point by code point, as whoosh's
   support.levenshtein.damerau_levenshtein computes it; stops early, returning limit + 1, once
   a whole row exceeds limit (no later row can be smaller than the least of a row). */
static Py_ssize_t osa(const Py_UCS4 *a, Py_ssize_t m, const Py_UCS4 *b, Py_ssize_t n,
                      Py_ssize_t limit, Py_ssize_t *rows) {
    Py_ssize_t *two = rows, *one = rows + (n + 1), *cur = rows + 2 * (n + 1);
    for (Py_ssize_t j = 0; j <= n; j++) one[j] = j;
    for (Py_ssize_t i = 1; i <= m; i++) {
        cur[0] = i;
        Py_ssize_t least = cur[0];
        for (Py_ssize_t j = 1; j <= n; j++) {
            Py_ssize_t cost = a[i - 1] != b[j - 1];
            Py_ssize_t v = one[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            if (one[j - 1] + cost < v) v = one[j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && cost
                && two[j - 2] + 1 < v)
                v = two[j - 2] + 1;
            cur[j] = v;
            if (v < least) least = v;
        }
        if (least > limit) return limit + 1;
        Py_ssize_t *t = two; two = one; one = cur; cur = t;
    }
    return one[n];
}

/* within(words, text, maxdist) -> list of int: the indices of the words (a sequence of str)
   within maxdist edits of text (see osa). */
static PyObject *within(PyObject *self, PyObject *args) {
    PyObject *words, *text;
    Py_ssize_t maxdist;
    if (!PyArg_ParseTuple(args, "OUn", &words, &text, &maxdist)) return NULL;
    if (maxdist < 0) return value_error("a negative distance");
    PyObject *seq = PySequence_Fast(words, "words must be a sequence"), *out = NULL;
    if (!seq) return NULL;
    Py_UCS4 *t = PyUnicode_AsUCS4Copy(text), *w = NULL;
    Py_ssize_t tn = PyUnicode_GET_LENGTH(text), wcap = 0, *rows = NULL;
    if (!t) goto done;
    rows = PyMem_Malloc(3 * (tn + 1) * sizeof(Py_ssize_t));
    out = PyList_New(0);
    if (!rows || !out) { if (!rows) PyErr_NoMemory(); Py_CLEAR(out); goto done; }
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(seq); k++) {
        PyObject *word = PySequence_Fast_GET_ITEM(seq, k);
        if (!PyUnicode_Check(word)) { PyErr_SetString(PyExc_TypeError, "words must be str"); Py_CLEAR(out); goto done; }
        Py_ssize_t wn = PyUnicode_GET_LENGTH(word);
        if (wn - tn > maxdist || tn - wn > maxdist) continue; /* each edit changes the length by one at most */
        if (wn >= wcap) {
            PyMem_Free(w);
            wcap = wn * 2 + 16;
            w = PyMem_Malloc(wcap * sizeof(Py_UCS4));
            if (!w) { PyErr_NoMemory(); Py_CLEAR(out); goto done; }
        }
        if (!PyUnicode_AsUCS4(word, w, wcap, 0)) { Py_CLEAR(out); goto done; }
        if (osa(w, wn, t, tn, maxdist, rows) <= maxdist) {
            PyObject *index = PyLong_FromSsize_t(k);
            if (!index || PyList_Append(out, index) < 0) { Py_XDECREF(index); Py_CLEAR(out); goto done; }
            Py_DECREF(index);
        }
    }
done:
    PyMem_Free(t);
    PyMem_Free(w);
    PyMem_Free(rows);
    Py_DECREF(seq);
    return out;
}

static PyMethodDef methods[] = {
    {"read_term", read_term, METH_VARARGS, "A term's posting extent decoded: (ids, weights, blob, offsets)."},
    {"phrase", phrase, METH_VARARGS, "Phrase candidates checked for consecutive positions."},
    {"positions", positions, METH_VARARGS, "One Positions value decoded."},
    {"bm25", bm25, METH_VARARGS, "BM25F contributions of a term's postings."},
    {"combine", combine, METH_VARARGS, "Union, intersection, keep or drop of two document sets."},
    {"affine", affine, METH_VARARGS, "Scores times a factor plus a constant."},
    {"gather", gather, METH_VARARGS, "Items of an array at indices."},
    {"shift", shift, METH_VARARGS, "Document numbers plus an offset."},
    {"members", members, METH_VARARGS, "Indices of ids that another id array holds."},
    {"top", top, METH_VARARGS, "The best k (score, doc), best first."},
    {"at_least", at_least, METH_VARARGS, "Documents scoring at least a floor."},
    {"bits", bits, METH_VARARGS, "A bit set of documents in a range."},
    {"tally", tally, METH_VARARGS, "Facet combinations held by documents in a segment."},
    {"column_max", column_max, METH_VARARGS, "The largest number of a uint32 array."},
    {"within", within, METH_VARARGS, "Indices of the words within an edit distance of a text."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_postings",
                                    "Compiled hot paths of index.search.postings.", -1, methods};

PyMODINIT_FUNC PyInit__postings(void) {
    return PyModule_Create(&module);
}
