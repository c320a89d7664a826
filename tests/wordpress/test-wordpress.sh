#!/usr/bin/env bash
# `thidua publish` against a real WordPress (Debian's wordpress, MariaDB, PHP's built-in server), all
# on 127.0.0.1 in a throwaway folder and stopped on exit; the checks are in tests/browser/wordpress.test.mjs.
#
#   bash tests/wordpress/test-wordpress.sh build/thidua
set -euo pipefail
thidua=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
for tool in mariadbd mariadb-install-db php node; do
  command -v "$tool" >/dev/null || { echo "test-wordpress: $tool is missing (bash scripts/setup.sh --test)" >&2; exit 1; }
done
[[ -f /usr/share/wordpress/wp-settings.php ]] || { echo "test-wordpress: Debian's wordpress is missing (bash scripts/setup.sh --test)" >&2; exit 1; }

work=$(mktemp -d /tmp/thidua-wordpress-XXXXXX)
db_pid=""
cleanup() {
  # The PHP server may have been restarted by the checks: its pid is kept in php.pid.
  if [[ -f "$work/php.pid" ]]; then kill "$(cat "$work/php.pid")" 2>/dev/null || true; fi
  if [[ -n "$db_pid" ]]; then kill "$db_pid" 2>/dev/null || true; wait "$db_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# MariaDB: a fresh data folder, reached only through its socket (no TCP port at all).
mkdir -p "$work/db"
mariadb-install-db --no-defaults --datadir="$work/db" --user="$(id -un)" --auth-root-authentication-method=normal \
  --skip-test-db >"$work/db-install.log" 2>&1 || { cat "$work/db-install.log" >&2; exit 1; }
mariadbd --no-defaults --datadir="$work/db" --socket="$work/db.sock" --skip-networking --user="$(id -un)" \
  --pid-file="$work/db.pid" --log-error="$work/db.log" --innodb-buffer-pool-size=32M &
db_pid=$!
for _ in $(seq 100); do
  [[ -S "$work/db.sock" ]] && mariadb --no-defaults --socket="$work/db.sock" -uroot -e 'select 1' >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb --no-defaults --socket="$work/db.sock" -uroot -e 'create database wordpress character set utf8mb4'

# WordPress: a copy of Debian's, with its own configuration and content folder.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
site="http://127.0.0.1:$port"
cp -r /usr/share/wordpress "$work/wp"
rm -f "$work/wp/wp-config.php" "$work/wp/.htaccess"
mkdir -p "$work/wp/wp-content/uploads" "$work/wp/wp-content/mu-plugins"
cp "$here/switches.php" "$work/wp/wp-content/mu-plugins/"
cat >"$work/wp/wp-config.php" <<EOF
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$work/db.sock');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '$site');
define('WP_SITEURL', '$site');
define('WP_CONTENT_DIR', '$work/wp/wp-content');
// Application passwords over plain HTTP need a local environment.
define('WP_ENVIRONMENT_TYPE', 'local');
// No requests to wordpress.org (updates, news): the test talks to 127.0.0.1 only.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
EOF
php "$here/install.php" "$work/wp" "$site" "$work"

export THIDUA="$thidua" WP_SITE="$site" WP_ROOT="$work/wp" WP_WORK="$work" WP_ROUTER="$here/router.php" WP_PORT="$port"
cd "$repo"
node --test --test-reporter=spec "$repo/tests/browser/wordpress.test.mjs"
