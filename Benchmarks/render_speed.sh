#!/usr/bin/env bash
# Render speed, side by side: `promoflow render --format text` of a 1,000-environment flow against
# `dot -Tplain` on the same graph (whole processes, hyperfine). Needs Debian's graphviz and
# hyperfine: apt-get install -y graphviz hyperfine
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product promoflow >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate_flow.py "${1:-1000}" 1 > "$work/flow.yaml"
.build/release/promoflow render --format dot "$work/flow.yaml" > "$work/flow.dot"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "dot: $(dot -V 2>&1)"
hyperfine -N --warmup 2 --runs "${RUNS:-15}" \
  ".build/release/promoflow render --format text $work/flow.yaml" \
  "dot -Tplain $work/flow.dot"
