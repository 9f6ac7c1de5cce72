#!/usr/bin/env bash
# LuuTru bulk intake benchmark (issue 10, "Speed").
#
# Builds one ZIP of N documents (metadata.xlsx listing them, N different PDFs of K KB, in
# files of 100), starts the server on MariaDB/MySQL with a small heap, uploads the ZIP as
# a clerk (POST /api/v1/intakes, streamed) and follows the intake until the API reports it
# CAPTURED. The figure is end to end: from the first byte of the upload to the last
# document captured and the files given their history. The server's heap is sampled
# (jstat) and read from its GC log meanwhile; its CPU and the whole machine's are
# reported, with the load average, since other processes on the machine skew the rate.
#
# Usage:
#   bench/intake.sh [--docs N] [--size-kb K] [--xmx-mb M] [--chunk-size C] [--zip F]
#                   [--skip-build] [--keep] [--profile]
#   defaults: --docs 10000 --size-kb 100 --xmx-mb 256 (the targets: >= 200 documents/s,
#   peak heap < 256 MB); --chunk-size passes luutru.intake.chunk-size to the server
#   (default: the application's); --profile records the server with Flight Recorder and
#   prints where its time went; --keep keeps the work directory and the database; --zip F
#   reuses the ZIP at F if it is there (written there and kept otherwise), to save its
#   writing on repeated runs (it must hold --docs documents).
#
# Environment (all optional): BENCH_BUILD_DIR (target-bench), BENCH_TMP (parent of the work
# directory: a real disk, since fsync on tmpfs costs nothing; the ZIP needs N x K KB),
# MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD (127.0.0.1/3306/root/empty),
# INTAKE_DB_NAME (luutru_intake_bench, created and dropped), INTAKE_SERVER_OPTS (more JVM
# options for the server).
#
# Needs: JDK 17 (java, javac, jar, jstat) and the mariadb (or mysql) client with a login
# that may create and drop INTAKE_DB_NAME. A missed target is reported, not an error; the
# exit status is non-zero if the server does not start or the intake does not capture
# every document.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOCS=10000 SIZE_KB=100 XMX_MB=256 CHUNK_SIZE="" ZIP="" SKIP_BUILD=0 KEEP=0 PROFILE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS="$2"; shift 2 ;;
    --size-kb) SIZE_KB="$2"; shift 2 ;;
    --xmx-mb) XMX_MB="$2"; shift 2 ;;
    --chunk-size) CHUNK_SIZE="$2"; shift 2 ;;
    --zip) ZIP="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    --profile) PROFILE=1; shift ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
DB_HOST="${MARIADB_HOST:-127.0.0.1}" DB_PORT="${MARIADB_PORT:-3306}"
DB_USER="${MARIADB_USER:-root}" DB_PASSWORD="${MARIADB_PASSWORD:-}"
DB_NAME="${INTAKE_DB_NAME:-luutru_intake_bench}"
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
RUN_ID="$(date +%s)"
ADMIN=intake.admin ADMIN_PW="intake-admin-$RUN_ID"
WORK="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/luutru-intake.XXXXXX")"
RESULTS="$WORK/results.properties"
APP_PID="" FAILED=1 DB_CREATED=0

LOG_TAG=intake
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
trap cleanup EXIT

# POI (to write the sheet) comes out of the application jar: the version the application uses.
build_jar 'poi|poi-ooxml|poi-ooxml-lite|xmlbeans|commons-io|commons-compress|commons-collections4|commons-codec|commons-math3|log4j-api|SparseBitSet|curvesapi'
javac -cp "$WORK/lib/*" -d "$WORK/classes" "$ROOT"/bench/src/*.java "$ROOT"/bench/src/intake/*.java
cap() { java -Xmx256m -cp "$WORK/classes:$WORK/lib/*" CaptureBench "$@"; }
client() { java -Xmx512m -cp "$WORK/classes:$WORK/lib/*" IntakeBench "$@"; }
log_machine
log "database: $(sql "select concat(version(), ', buffer pool ', @@innodb_buffer_pool_size div 1048576, ' MB')" | tail -n 1)"

[ -n "$ZIP" ] || ZIP="$WORK/intake-$DOCS.zip"
if [ -f "$ZIP" ]; then
  log "reusing the ZIP $ZIP ($(du -m "$ZIP" | cut -f1) MB)"
else
  log "writing the ZIP: $DOCS documents of $SIZE_KB KB"
  client zip --docs "$DOCS" --size-kb "$SIZE_KB" --run-id "$RUN_ID" --out "$ZIP"
fi

# --- the server, through start_app of bench/lib.sh (as capture.sh starts it) --------------
fresh_database
JFR="$WORK/intake.jfr"
java_args=()
if [ "$PROFILE" = 1 ]; then
  cap jfc --out "$WORK/bench.jfc"
  java_args+=("-XX:FlightRecorderOptions:stackdepth=256"
    "-XX:StartFlightRecording=settings=$WORK/bench.jfc,filename=$JFR,dumponexit=true")
fi
# shellcheck disable=SC2206
java_args+=(${INTAKE_SERVER_OPTS:-})
app_args=("--luutru.content.max-upload-size=8GB")
[ -z "$CHUNK_SIZE" ] || app_args+=("--luutru.intake.chunk-size=$CHUNK_SIZE")
APP_CLIENT=cap start_app intake mariadb "$XMX_MB" ${java_args[@]+"${java_args[@]}"} -- "${app_args[@]}"

log "intake of $DOCS documents through HTTP, upload to finished (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
client intake --base "http://127.0.0.1:$PORT" --admin-user "$ADMIN" --admin-password "$ADMIN_PW" \
  --zip "$ZIP" --docs "$DOCS" --pid "$APP_PID" --gc-log "$GC_LOG" --results "$RESULTS" \
  --xmx-mb "$XMX_MB"
log "documents in the database: $(sql "select count(*) from \`$DB_NAME\`.lt_document" | tail -n 1)"

if grep -qE 'OutOfMemoryError' "$APP_LOG"; then
  log "OutOfMemoryError in the server log"
  grep -E 'OutOfMemoryError' "$APP_LOG" | head -n 3
fi
stop_app
log "done; load $(cut -d' ' -f1-3 /proc/loadavg) (another busy process on the machine skews every figure)"
client summary --results "$RESULTS" | tee "$WORK/summary.txt"
if [ "$PROFILE" = 1 ]; then
  cap profile --label mariadb --jfr "$JFR" --results "$RESULTS" | tee "$WORK/profile.txt"
fi
FAILED=0
