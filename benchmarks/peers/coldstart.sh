#!/usr/bin/env bash
# W4 (issue 13): the cold start of the command line, measured as whole processes.
#
# Times, each as N fresh processes after W warm-up runs (the file cache and, for the launcher, its
# class-data archive are warm; the JVM is cold every time, as it is for a user):
#   hello      a JVM hello-world compiled into a temp dir: the floor any Java command line pays
#   version    java -jar cli/target/flopex-cli.jar --version
#   help       java -jar cli/target/flopex-cli.jar --help
#   fleet-jar  java -jar cli/target/flopex-cli.jar fleet examples/fleets/deepseek-2025-01.yaml
#   fleet      ./flopex fleet examples/fleets/deepseek-2025-01.yaml  (the README's main job, with
#              whatever the launcher adds: JVM flags, the class-data archive)
# and prints each one's median and minimum wall time and median CPU time (user + system) in ms,
# then main job / hello-world.
#
# Usage: benchmarks/peers/coldstart.sh [RUNS] [WARMUPS]   (defaults 10 and 2)
# Needs a built jar: ./mvnw -o -q package -pl cli -am -DskipTests -DskipPitest
# Wall time of a busy machine is noisy: run it twice and quote the medians.
set -euo pipefail

runs="${1:-10}"
warmups="${2:-2}"
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/flopex-cli.jar"
fleet_file="examples/fleets/deepseek-2025-01.yaml"
java_cmd="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
javac_cmd="$(dirname "$(readlink -f "$(command -v "$java_cmd")")")/javac"
[ -x "$javac_cmd" ] || javac_cmd="javac"

if [ ! -f "$jar" ]; then
  echo "coldstart: $jar is missing; build it first:" >&2
  echo "  ./mvnw -o -q package -pl cli -am -DskipTests -DskipPitest" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Hello.java" <<'EOF'
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
EOF
"$javac_cmd" -d "$tmp" "$tmp/Hello.java"

# time_ms CMD...: runs the command once (stdout and stderr discarded), prints its wall time and its
# CPU time (user + system, all threads; from /usr/bin/time when present, else 0) in ms; fails when
# the command does
time_ms() {
  local t0 t1 cpu=0
  t0=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S' -o "$tmp/cpu" "$@" >/dev/null 2>&1 || {
      echo "coldstart: command failed: $*" >&2
      return 1
    }
    cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$tmp/cpu")
  else
    "$@" >/dev/null 2>&1 || {
      echo "coldstart: command failed: $*" >&2
      return 1
    }
  fi
  t1=$(date +%s%N)
  echo "$(((t1 - t0) / 1000000)) $cpu"
}

# median N...: the median of the numbers (the mean of the middle two for an even count)
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A median_of
# bench NAME CMD...: warm-ups, then RUNS timed runs; prints the wall median and min, the CPU median
# and every run's wall time
bench() {
  local name="$1"
  shift
  local i r walls=() cpus=()
  for ((i = 0; i < warmups; i++)); do
    time_ms "$@" >/dev/null
  done
  for ((i = 0; i < runs; i++)); do
    r=$(time_ms "$@")
    walls+=("${r% *}")
    cpus+=("${r#* }")
  done
  local med min cpu
  med=$(median "${walls[@]}")
  min=$(printf '%s\n' "${walls[@]}" | sort -n | head -1)
  cpu=$(median "${cpus[@]}")
  median_of[$name]=$med
  printf '%-10s wall median %5d ms  min %5d ms  | cpu median %5d ms | wall runs: %s\n' \
    "$name" "$med" "$min" "$cpu" "${walls[*]}"
}

cd "$root"
echo "coldstart: $runs runs after $warmups warm-ups each; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$java_cmd" -version 2>&1 | head -1)"
bench hello "$java_cmd" -cp "$tmp" Hello
bench version "$java_cmd" -jar "$jar" --version
bench help "$java_cmd" -jar "$jar" --help
bench fleet-jar "$java_cmd" -jar "$jar" fleet "$fleet_file"
bench fleet "$root/flopex" fleet "$fleet_file"
awk -v f="${median_of[fleet]}" -v h="${median_of[hello]}" \
  'BEGIN { printf "main job (./flopex fleet %s) / hello-world: %.1fx (medians %d / %d ms)\n", "'"$fleet_file"'", f / h, f, h }'
