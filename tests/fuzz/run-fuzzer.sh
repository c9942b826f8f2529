#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the CSV reader with libFuzzer (needs clang and its runtime: on Debian 13,
# `apt-get install clang libclang-rt-19-dev` inside `build-aux/dev shell`):
#   tests/fuzz/run-fuzzer.sh BUILD-DIR [libFuzzer options, e.g. -max_total_time=600]
# BUILD-DIR is a configured meson build folder (for config.h). Crashers are
# written to tests/fuzz/crashes/; copy the ones worth keeping to
# tests/fuzz/corpus/csv/ so that `meson test fuzz-csv` replays them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${1:?usage: run-fuzzer.sh BUILD-DIR [libFuzzer options]}
shift
out="$build/fuzz-csv-libfuzzer"
mkdir -p "$here/crashes" "$build/fuzz-corpus"
cp "$here"/corpus/csv/* "$build/fuzz-corpus/"
${CC:-clang} -g -O1 -fsanitize=fuzzer,address,undefined \
  -I"$build" -I"$top/src/core" \
  "$here/fuzz-csv.c" "$top/src/core/pre-csv.c" \
  $(pkg-config --cflags --libs glib-2.0 gio-2.0) \
  -o "$out"
exec "$out" -artifact_prefix="$here/crashes/" -max_len=4096 "$@" "$build/fuzz-corpus"
