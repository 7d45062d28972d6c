#!/bin/sh
# Regenerate the shipped recordings (Linux only). Run from anywhere:
#   sh testdata/recordings/make-recordings.sh
# Inputs are generated deterministically; the recordings themselves are not
# (they depend on timing and scheduling), so every run gives slightly different files.
# PYTHON and NODE choose the interpreters (default /usr/bin/python3 if present, and node).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PYTHON=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3 )}
NODE=${NODE:-node}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
record() { node "$root/bin/epochlab.js" record "$@"; }

# gzip: compress 14.9 MB of decimal numbers, one per line.
seq 1 2000000 > "$work/numbers.txt"
record --epochs 12 --out "$here/gzip.rec" -- gzip -6 -c "$work/numbers.txt"

# sort: shuffle 25000 pseudo-random lines by a hash of each line (sort -R), with a fixed random source.
"$PYTHON" -c '
x = 1
for i in range(1, 25001):
    x = x * 48271 % 2147483647
    print("%010d line %d" % (x, i))
' > "$work/lines.txt"
head -c 4096 "$work/numbers.txt" > "$work/random-source"
record --epochs 30 --out "$here/sort.rec" -- sort -R --random-source="$work/random-source" "$work/lines.txt"

# python3: count 5000 distinct words in a dict, 3 million updates.
record --epochs 22 --out "$here/python-dict.rec" -- "$PYTHON" -S -c '
x = 1
counts = {}
for i in range(3000000):
    x = x * 48271 % 2147483647
    w = "w%d" % (x % 5000)
    counts[w] = counts.get(w, 0) + 1
'

# node: count 2000 integer keys in a Map; the first snapshot after 200 ms, past start-up.
record --start-ms 200 --epochs 6 --out "$here/node-map.rec" -- "$NODE" --single-threaded -e '
let x = 1
const counts = new Map()
for (let i = 0; i < 3e7; i++) {
  x = (x * 48271) % 2147483647
  const k = x % 2000
  counts.set(k, (counts.get(k) ?? 0) + 1)
}'

ls -l "$here"/*.rec

# gcc: the compiler proper (cc1) at -O2 on a generated C file of 200 small functions, the first 8 snapshots.
"$PYTHON" -c '
lines = ["#include <stddef.h>", "static unsigned mix(unsigned x) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x; }"]
for i in range(200):
    lines.append(f"unsigned f{i}(const unsigned *a, size_t n) {{ unsigned s = {i}u; for (size_t k = 0; k < n; k++) {{ s = mix(s + a[k] * {2*i+1}u); if (s % {i+3}u == 0) s ^= {i*7919 % 65536}u; }} return s; }}")
lines.append("typedef unsigned (*fn)(const unsigned *, size_t);")
lines.append("fn table[] = {" + ", ".join(f"f{i}" for i in range(200)) + "};")
print("\n".join(lines))
' > "$work/gen.c"
record --epochs 8 --out "$here/gcc-cc1.rec" -- "$(gcc -print-prog-name=cc1)" -quiet -O2 "$work/gen.c" -o "$work/gen.s"

