#!/usr/bin/env bash
# W3 against its numpy peer, in one run: flopex's MonteCarloBenchmark (JMH, exact and tabulated
# quantiles) and benchmarks/peers/w3_numpy.py (the same model, inputs and random numbers in
# vectorised numpy), then both medians and the ratios. The peer first checks that it computes
# flopex's numbers (the first samples to 1e-9 relative) and refuses to time otherwise.
#
# Needs: the benchmarks jar (./mvnw -q -pl benchmarks -am package -DskipTests) and Debian's
# python3-numpy and python3-scipy (apt-get install -y python3-numpy python3-scipy).
# Usage: benchmarks/peers/w3-vs-numpy.sh [PEER_RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=benchmarks/target/benchmarks.jar
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "build the benchmarks first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
python3 -c 'import numpy, scipy' || { echo "needs python3-numpy and python3-scipy" >&2; exit 1; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" dev.flopex.benchmarks.W3PeerModel > "$work/model.json"
java -jar "$jar" MonteCarloBenchmark -rf json -rff "$work/jmh.json" > "$work/jmh.log" 2>&1
python3 benchmarks/peers/w3_numpy.py "$work/model.json" "$runs" > "$work/peer.json"
python3 - "$work/jmh.json" "$work/peer.json" <<'PY'
import json, statistics, sys
jmh = json.load(open(sys.argv[1]))
peer = json.load(open(sys.argv[2]))
flopex = {}
for r in jmh:
    raw = [x for it in r["primaryMetric"]["rawData"] for x in it]
    flopex[r["params"]["quantiles"]] = statistics.median(raw)
print(f"W3: {peer['samples']:,} samples, 8 inputs, percentiles; medians (flopex: JMH, ms/op; numpy {peer['numpy']}: {len(peer['EXACT']['runs_ms'])} runs)")
for method in ("EXACT", "TABULATED"):
    p = peer[method]
    if not p["agrees_to_1e-9"]:
        sys.exit(f"{method}: the peer does not compute flopex's numbers ({p['worst_relative_difference_first_samples']:.1e}); no ratio")
    f = flopex[method]
    print(f"  {method:9}  flopex {f:9.1f} ms   numpy {p['median_ms']:9.1f} ms   numpy/flopex {p['median_ms'] / f:6.1f}x"
          f"   (peer phases {p['phases_median_ms']}; first samples agree to {p['worst_relative_difference_first_samples']:.1e})")
print(f"  numpy's table build, once: {peer['table_build_ms']} ms (flopex builds its table once per distribution too)")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
