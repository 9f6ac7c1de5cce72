#!/usr/bin/env bash
# LuuTru report and dashboard benchmark (issue 9).
#
# Seeds N record files (the sweep benchmark's seeder: 10 agencies, mixed retention, years
# 1990-2025) into a fresh MariaDB/MySQL database, starts the server with a small heap, then
#   1. downloads the retention deadline report (every agency, every due date: about 900,000
#      rows over 1,000,000 files) through HTTP as a manager, times it to the last byte,
#      samples the server's heap meanwhile, and counts the detail sheet's rows against the
#      database;
#   2. reads the same rows into memory and writes them with bare SXSSF (no LuuTru code),
#      timed: the baseline, in the same run, on the same machine;
#   3. sends every dashboard request (the JSON, the page, each list it links to, the
#      approvals, the home page) 20 times through HTTP as a manager (province, one agency)
#      and as an agency archivist: median and worst of each.
#
# Usage:
#   bench/report.sh [--files N] [--agencies A] [--xmx-mb M] [--parts report|dashboard|both]
#                   [--skip-build] [--keep]
#   defaults: --files 1000000 --agencies 10 --xmx-mb 256 --parts both
#
# Environment (all optional): BENCH_BUILD_DIR (target-bench), BENCH_TMP,
# MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD (127.0.0.1/3306/root/empty),
# REPORT_DB_NAME (luutru_report, created and dropped), REPORT_SERVER_OPTS (more JVM options
# for the server, e.g. -XX:StartFlightRecording=filename=/tmp/report.jfr).
#
# Needs: JDK 17 (java, javac, jar, jstat) and the mariadb (or mysql) client with a login
# that may create and drop REPORT_DB_NAME. A missed target is reported, not an error.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FILES=1000000 AGENCIES=10 XMX_MB=256 SKIP_BUILD=0 KEEP=0 PARTS=both
while [ $# -gt 0 ]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --agencies) AGENCIES="$2"; shift 2 ;;
    --xmx-mb) XMX_MB="$2"; shift 2 ;;
    --parts) PARTS="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

BUILD_DIR="${BENCH_BUILD_DIR:-target-bench}"
DB_HOST="${MARIADB_HOST:-127.0.0.1}" DB_PORT="${MARIADB_PORT:-3306}"
DB_USER="${MARIADB_USER:-root}" DB_PASSWORD="${MARIADB_PASSWORD:-}"
DB_NAME="${REPORT_DB_NAME:-luutru_report}"
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true&useCursorFetch=true"
SEED_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true"
RUN_ID="$(date +%s)"
ADMIN=report.admin ADMIN_PW="report-admin-$RUN_ID" USER_PW="Bench-$RUN_ID-pw"
WORK="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/luutru-report.XXXXXX")"
RESULTS="$WORK/results.properties"
APP_PID="" FAILED=1 DB_CREATED=0

LOG_TAG=report
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
trap cleanup EXIT

# The drivers and POI (for the bare SXSSF baseline) come out of the application jar: the
# versions the application uses.
build_jar 'mysql-connector-j|poi|poi-ooxml|poi-ooxml-lite|xmlbeans|commons-io|commons-compress|commons-collections4|commons-codec|commons-math3|log4j-api|SparseBitSet|curvesapi'
javac -cp "$WORK/lib/*" -d "$WORK/classes" "$ROOT"/bench/src/{Args,Results,LuuTruClient,HeapWatch}.java \
  "$ROOT"/bench/src/sweep/*.java "$ROOT"/bench/src/report/*.java
sweep() { java -Xmx512m -cp "$WORK/classes:$WORK/lib/*" SweepBench "$@"; }
client() { java -Xmx2g -cp "$WORK/classes:$WORK/lib/*" ReportBench "$@"; }
log_machine
log "database: $(sql "select concat(version(), ', buffer pool ', @@innodb_buffer_pool_size div 1048576, ' MB')" | tail -n 1)"
echo "xmx=$XMX_MB" >"$RESULTS"

fresh_database
APP_CLIENT=sweep start_app report mariadb "$XMX_MB" ${REPORT_SERVER_OPTS:-}

log "seeding $FILES files of $AGENCIES agencies"
sweep seed --jdbc-url "$SEED_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD" --results "$WORK/seed.properties" \
  --files "$FILES" --agencies "$AGENCIES"
COMMON=(--base "http://127.0.0.1:$PORT" --jdbc-url "$DB_URL" --jdbc-user "$DB_USER" --jdbc-password "$DB_PASSWORD"
  --results "$RESULTS" --password "$USER_PW")
client users "${COMMON[@]}" --admin-user "$ADMIN" --admin-password "$ADMIN_PW"
PERIOD=(--from 1990-01-01 --to 2089-12-31)

if [ "$PARTS" != dashboard ]; then
  log "retention deadline report through HTTP (server -Xmx${XMX_MB}m)"
  client deadline "${COMMON[@]}" "${PERIOD[@]}" --out "$WORK/report.xlsx" --pid "$APP_PID" --gc-log "$GC_LOG"
  log "bare SXSSF, the same rows from memory"
  client bare "${COMMON[@]}" "${PERIOD[@]}" --out "$WORK/bare.xlsx"
fi
if [ "$PARTS" != report ]; then
  log "dashboard requests, 20 each"
  client dashboard "${COMMON[@]}" --month "$(date -d "+1 month" +%Y-%m)"
fi

if grep -qE 'OutOfMemoryError' "$APP_LOG"; then
  log "OutOfMemoryError in the server log"
  grep -E 'OutOfMemoryError' "$APP_LOG" | head -n 3
fi
stop_app
log "done; load $(cut -d' ' -f1-3 /proc/loadavg) (another busy process on the machine skews every figure)"
client summary --results "$RESULTS" | tee "$WORK/summary.txt"
FAILED=0
