#!/usr/bin/env bash
# Builds promoflow-fuzz with libFuzzer (coverage on promoflow, Yams and libyaml) and runs it over
# the seed corpus: read → validate → fmt → re-read → edit, checking the round-trip properties of
# Tests/TestSupport/RoundTripCheck.swift on every input.
#
#   Tests/Fuzz/run.sh [SECONDS] [libFuzzer flags…]     (default 30 s; e.g. -jobs=2 -workers=2)
#
# New interesting inputs go to .build-fuzz/corpus (kept between runs); a failing input is saved
# as .build-fuzz/crash-*; replay one with a normal build: swift run promoflow-fuzz FILE. With
# -jobs=N each job logs to .build-fuzz/fuzz-N.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift || true
swift build -c release --scratch-path .build-fuzz --product promoflow-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link
mkdir -p .build-fuzz/corpus
cd .build-fuzz  # where -jobs=N writes its fuzz-N.log files
SWIFT_BACKTRACE=enable=no release/promoflow-fuzz corpus ../Tests/Fuzz/Corpus \
  -dict=../Tests/Fuzz/yaml.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=./ "$@"
