# Shared by bench/capture.sh and bench/sweep.sh (sourced, not run). The caller sets ROOT,
# LOG_TAG, BUILD_DIR, SKIP_BUILD, KEEP, WORK, DB_HOST/PORT/USER/PASSWORD and DB_NAME, and
# starts with APP_PID="" FAILED=1 DB_CREATED=0.

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
