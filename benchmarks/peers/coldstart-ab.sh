#!/usr/bin/env bash
# W4 (issue 13): the README's main job cold, two builds side by side, one process of each in turn
# (A, B, A, B, ...), so both see the same machine load; on a machine shared with other builds this
# is a fairer before/after than two coldstart.sh runs minutes apart.
#
# Usage: benchmarks/peers/coldstart-ab.sh ROOT_A ROOT_B [PAIRS] [WARMUPS]   (defaults 15 and 2)
#   ROOT_A, ROOT_B: checkouts (or copies holding flopex, cli/target/flopex-cli.jar and
#   examples/fleets/deepseek-2025-01.yaml), each with its own launcher and class-data archive.
# Prints, per root, the median and minimum wall time and the median CPU time (user + system, all
# threads, from /usr/bin/time) of `ROOT/flopex fleet examples/fleets/deepseek-2025-01.yaml`, run
# from ROOT, and every run's wall time; then the load average before and after.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 ROOT_A ROOT_B [PAIRS] [WARMUPS]" >&2
  exit 2
fi
a="$(cd -P "$1" && pwd)"
b="$(cd -P "$2" && pwd)"
pairs="${3:-15}"
warmups="${4:-2}"
fleet_file="examples/fleets/deepseek-2025-01.yaml"
[ -x /usr/bin/time ] || {
  echo "coldstart-ab: needs /usr/bin/time for CPU times" >&2
  exit 1
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# once ROOT: one run of the main job from ROOT; prints "wall_ms cpu_ms"; fails when it does
once() {
  local t0 t1
  t0=$(date +%s%N)
  (cd "$1" && /usr/bin/time -f '%U %S' -o "$tmp/cpu" ./flopex fleet "$fleet_file" >/dev/null 2>&1) || {
    echo "coldstart-ab: the main job failed in $1" >&2
    return 1
  }
  t1=$(date +%s%N)
  echo "$(((t1 - t0) / 1000000)) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$tmp/cpu")"
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "coldstart-ab: $pairs pairs after $warmups warm-ups each; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
# the outputs must agree byte for byte, or the comparison is meaningless
if ! cmp -s <(cd "$a" && ./flopex fleet "$fleet_file" 2>/dev/null) <(cd "$b" && ./flopex fleet "$fleet_file" 2>/dev/null); then
  echo "coldstart-ab: the two builds print different output" >&2
  exit 1
fi
for ((i = 0; i < warmups; i++)); do
  once "$a" >/dev/null
  once "$b" >/dev/null
done
wa=() ca=() wb=() cb=()
for ((i = 0; i < pairs; i++)); do
  r=$(once "$a")
  wa+=("${r% *}")
  ca+=("${r#* }")
  r=$(once "$b")
  wb+=("${r% *}")
  cb+=("${r#* }")
done
for side in a b; do
  if [ "$side" = a ]; then
    root="$a" walls=("${wa[@]}") cpus=("${ca[@]}")
  else
    root="$b" walls=("${wb[@]}") cpus=("${cb[@]}")
  fi
  printf '%s  wall median %5d ms  min %5d ms  | cpu median %5d ms | %s | wall runs: %s\n' \
    "$side" "$(median "${walls[@]}")" "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" \
    "$(median "${cpus[@]}")" "$root" "${walls[*]}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
