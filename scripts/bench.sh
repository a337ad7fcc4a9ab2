#!/usr/bin/env bash
# End-to-end benchmark: builds a realistic corpus by shuffling the sentences
# of real articles (seeds and the development set) into many files, runs
# chidao with 1 thread and with all cores, and a grep reference over the
# same bytes. Usage: SIZE_MB=200 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${SIZE_MB:-200}
CORPUS=${CORPUS:-/tmp/chidao-corpus-$SIZE_MB}
OUT=/tmp/chidao-bench-out
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

if [ ! -d "$CORPUS" ]; then
  python3 - "$CORPUS" "$SIZE_MB" <<'PY'
import os, random, sys, glob
out, size = sys.argv[1], int(sys.argv[2]) * 1_000_000
random.seed(42)
lines = []
for p in sorted(glob.glob("seeds/*.txt") + glob.glob("tests/gold/dev/*.txt")):
    lines += [l for l in open(p, encoding="utf-8").read().splitlines() if l.strip()]
os.makedirs(out)
total, n = 0, 0
while total < size:
    k = random.randint(4, 30)
    text = "\n\n".join(random.choice(lines) for _ in range(k)) + "\n"
    sub = os.path.join(out, f"{n // 1000:04d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"{n:07d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    total += len(text.encode()); n += 1
print(f"corpus: {n} files, {total/1e6:.1f} MB in {out}")
PY
fi
cargo build --release -q
BYTES=$(find "$CORPUS" -name '*.txt' -print0 | xargs -0 cat | wc -c)
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)
MB=$(python3 -c "print($BYTES/1e6)")
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o /tmp/chidao-time "$@" >/dev/null 2>/tmp/chidao-stderr || true
  read -r secs rss < /tmp/chidao-time
  python3 -c "print(f'$label: {$MB/$secs:7.1f} MB/s  {$FILES/$secs:8.0f} files/s  {$secs:6.2f} s  peak RSS {$rss/1024:6.0f} MB')"
  echo "$secs" > "/tmp/chidao-secs-$label"
}
echo "corpus: $FILES files, $MB MB; $(nproc) cores"
# The reference: every dictionary surface, fixed-string grep, one core.
awk -F'\t' 'FNR==1{seen=0} /^#/ || $1=="" {next} !seen{seen=1; entry=($1=="surface"); next} entry{print $1}' dictionaries/*.tsv | sort -u > /tmp/chidao-surfaces.txt
run grep bash -c "find '$CORPUS' -name '*.txt' -print0 | xargs -0 cat | LC_ALL=C grep -o -F -f /tmp/chidao-surfaces.txt | wc -l"
run threads-1 target/release/chidao extract "$CORPUS" -o "$OUT" -q --threads 1
run threads-all target/release/chidao extract "$CORPUS" -o "$OUT" -q
python3 -c "
g=float(open('/tmp/chidao-secs-grep').read()); t1=float(open('/tmp/chidao-secs-threads-1').read()); tn=float(open('/tmp/chidao-secs-threads-all').read())
print(f'chidao 1 thread / grep speed ratio: {g/t1:.2f}; scaling 1 -> $(nproc) threads: {t1/tn:.2f}x')"
