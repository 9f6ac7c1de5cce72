#!/usr/bin/env bash
# PRONOM identification cost per document (bench/pronom/PronomBench.java) against one SHA-256
# pass over the same files, measured in the same run, and one big PDF identified under a 64 MB
# heap (fails if identification read the whole file into memory).
#
#   bench/pronom.sh [--docs N] [--size-kb KB] [--big-mb MB] [--skip-build]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOCS=200 SIZE_KB=100 BIG_MB=512 SKIP_BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS="$2"; shift 2 ;;
    --size-kb) SIZE_KB="$2"; shift 2 ;;
    --big-mb) BIG_MB="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
BUILD="${BENCH_BUILD_DIR:-$ROOT/target-bench}"
WORK="$(mktemp -d "${BENCH_TMP:-/tmp}/luutru-pronom-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
if [ "$SKIP_BUILD" = 0 ]; then
  ./mvnw -q -B -Dluutru.build.dir="$BUILD" compile dependency:build-classpath \
    -Dmdep.outputFile="$BUILD/runtime.classpath" -Dmdep.includeScope=runtime
fi
CP="$BUILD/classes:$(cat "$BUILD/runtime.classpath")"
mkdir -p "$WORK/classes" "$WORK/files"
javac -d "$WORK/classes" -cp "$CP" bench/src/BenchPdf.java bench/pronom/PronomBench.java
echo "[pronom] $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java -Xmx64m -cp "$WORK/classes:$CP" PronomBench "$WORK/files" "$DOCS" "$SIZE_KB" "$BIG_MB"
echo "[pronom] load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
