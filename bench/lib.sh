# Shared by bench/capture.sh, bench/sweep.sh and bench/report.sh (sourced, not run). The
# caller sets ROOT, LOG_TAG, BUILD_DIR, SKIP_BUILD, KEEP, WORK, DB_HOST/PORT/USER/PASSWORD,
# DB_NAME, DB_URL, ADMIN and ADMIN_PW, and starts with APP_PID="" FAILED=1 DB_CREATED=0.

log() { echo "[$LOG_TAG $(date +%H:%M:%S)] $*"; }

sql() {
  local client; client="$(command -v mariadb || command -v mysql)"
  "$client" -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e "$1"
}

# A new, empty bench database (dropped again by cleanup unless the run failed or --keep).
fresh_database() {
  sql "drop database if exists \`$DB_NAME\`; create database \`$DB_NAME\` character set utf8mb4 collate utf8mb4_unicode_ci"
  DB_CREATED=1
}

# start_app <label> <h2|mariadb> <xmx MB> [java option ...] [-- application argument ...]
# Starts the application jar ($APP_JAR, else $JAR) on a free port with its own data folder
# ($WORK/data-<label>), temporary folder and GC log, as the bench admin; h2 runs the
# default profile (no demo data), mariadb the mysql profile on $DB_URL. Waits until it
# answers (exits with its log's tail if it does not) and sets PORT, DATA, APP_LOG, GC_LOG
# and APP_PID. The caller's function named by $APP_CLIENT (default: client) runs the bench
# client's free-port and wait commands. BENCH_SERVER_JAVA_OPTS (split on spaces) adds JVM
# options to the server only, e.g. a profiler agent:
#   BENCH_SERVER_JAVA_OPTS=-agentpath:/path/libasyncProfiler.so=start,event=itimer,file=/tmp/p.collapsed
start_app() {
  local label="$1" db="$2" xmx="$3" bench_client="${APP_CLIENT:-client}"
  shift 3
  local java_args=() app_args=()
  # shellcheck disable=SC2206
  [ -z "${BENCH_SERVER_JAVA_OPTS:-}" ] || java_args+=(${BENCH_SERVER_JAVA_OPTS})
  while [ $# -gt 0 ] && [ "$1" != -- ]; do java_args+=("$1"); shift; done
  [ $# -eq 0 ] || { shift; app_args=("$@"); }
  PORT="$("$bench_client" free-port)"
  DATA="$WORK/data-$label" GC_LOG="$WORK/gc-$label.log" APP_LOG="$WORK/app-$label.log"
  mkdir -p "$DATA" "$WORK/tmp-$label"
  local args=("-Xmx${xmx}m" "-Xlog:gc:file=$GC_LOG" "-Djava.io.tmpdir=$WORK/tmp-$label"
    ${java_args[@]+"${java_args[@]}"} -jar "${APP_JAR:-$JAR}"
    "--server.port=$PORT" "--luutru.data-dir=$DATA"
    "--camunda.bpm.admin-user.id=$ADMIN" "--camunda.bpm.admin-user.password=$ADMIN_PW"
    "--camunda.bpm.admin-user.first-name=Bench" "--camunda.bpm.admin-user.last-name=Admin"
    ${app_args[@]+"${app_args[@]}"})
  if [ "$db" = h2 ]; then
    java "${args[@]}" --spring.profiles.default=default >"$APP_LOG" 2>&1 &
  else
    LUUTRU_DB_URL="$DB_URL" LUUTRU_DB_USER="$DB_USER" LUUTRU_DB_PASSWORD="$DB_PASSWORD" \
      java "${args[@]}" --spring.profiles.active=mysql >"$APP_LOG" 2>&1 &
  fi
  APP_PID=$!
  log "$label: server pid $APP_PID on port $PORT (-Xmx${xmx}m), log $APP_LOG"
  if ! "$bench_client" wait --base "http://127.0.0.1:$PORT" --pid "$APP_PID" --timeout 300; then
    tail -n 60 "$APP_LOG" >&2
    exit 1
  fi
  log "$label: server answers"
}

stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

cleanup() {
  stop_app
  if [ "$FAILED" = 1 ] || [ "$KEEP" = 1 ]; then
    local kept=""
    [ "$DB_CREATED" = 1 ] && kept=" (database $DB_NAME kept; drop it with: drop database $DB_NAME)"
    log "work directory kept: $WORK$kept"
  else
    [ "$DB_CREATED" = 1 ] && sql "drop database if exists \`$DB_NAME\`" || true
    rm -rf "$WORK"
  fi
}

# build_jar <regex of the driver jars to take>: builds the application jar unless
# --skip-build, sets JAR, and copies the JDBC drivers out of it into $WORK/lib, so that the
# bench client uses the versions the application uses.
build_jar() {
  cd "$ROOT"
  if [ "$SKIP_BUILD" = 0 ]; then
    log "building the jar (./mvnw -q -B -DskipTests package, into $BUILD_DIR)"
    ./mvnw -q -B -DskipTests -Dluutru.build.dir="$BUILD_DIR" package
  fi
  local out_dir drivers
  case "$BUILD_DIR" in /*) out_dir="$BUILD_DIR" ;; *) out_dir="$ROOT/$BUILD_DIR" ;; esac
  JAR="$(ls "$out_dir"/luutru-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
  [ -n "$JAR" ] || { echo "no jar in $BUILD_DIR: run without --skip-build" >&2; exit 1; }
  mkdir -p "$WORK/classes" "$WORK/lib" "$WORK/x"
  drivers="$(jar tf "$JAR" | grep -E "^BOOT-INF/lib/($1)-[0-9][^/]*\.jar$")"
  (cd "$WORK/x" && jar xf "$JAR" $drivers && mv BOOT-INF/lib/*.jar "$WORK/lib/")
}

log_machine() {
  log "work directory $WORK; $(nproc) cores; $(free -g | awk '/^Mem:/ {print $2 " GB"}') memory; load $(cut -d' ' -f1-3 /proc/loadavg)"
}
