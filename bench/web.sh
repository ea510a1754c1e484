#!/bin/bash
# P3: the diary page and the Today page under wrk (64 connections, 10 s),
# against nginx serving the very same bytes as a static file, in this same
# run. Prints requests per second, their ratio, and p99 latency.
set -u
BUILD=${1:-build}
WAYMARK=${WAYMARK:-$PWD/$BUILD/waymark}
DURATION=${DURATION:-10s}
T=$(mktemp -d)
NGINX_PID=
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER; [ -n "$NGINX_PID" ] && kill $NGINX_PID; rm -rf "$T"' EXIT
export TZ=Europe/London WAYMARK_VAULT="$T/vault.db"
"$WAYMARK" vault init >/dev/null
# a month of check-ins, two a day
for d in $(seq 1 30); do
	for t in 09:00 21:00; do
		"$WAYMARK" checkin --mood $((d % 11)) --tag work,walk,rain --note "Day $d: a note of ordinary length about how the day went, who I saw and what helped." \
			--date "$(date -d "-$d days" +%F)" --time "$t" >/dev/null 2>&1
	done
done
"$WAYMARK" ui --port 0 --no-browser >"$T/ui.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do grep -q token= "$T/ui.out" && break; sleep 0.05; done
URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' "$T/ui.out")
BASE=${URL%%/?token=*}
curl -s -c "$T/jar" -o /dev/null "$URL"
COOKIE=$(awk '$6 ~ /^waymark_/ { print $6 "=" $7 }' "$T/jar")

NPORT=$((20000 + RANDOM % 20000))
mkdir -p "$T/www" "$T/nginx"
chmod 755 "$T" "$T/www" # nginx's workers run as another user
cat >"$T/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $T/nginx/nginx.pid;
error_log $T/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $T/nginx; proxy_temp_path $T/nginx; fastcgi_temp_path $T/nginx;
	uwsgi_temp_path $T/nginx; scgi_temp_path $T/nginx;
	default_type text/html;
	server { listen 127.0.0.1:$NPORT; root $T/www; location / { try_files \$uri =404; } }
}
CONF
nginx -c "$T/nginx.conf" -p "$T" &
NGINX_PID=$!
sleep 0.3

run_wrk() { # url [cookie] -> "rps p99ms"
	local out
	if [ -n "${2:-}" ]; then
		out=$(wrk -t2 -c64 -d"$DURATION" --latency -H "Cookie: $2" "$1")
	else
		out=$(wrk -t2 -c64 -d"$DURATION" --latency "$1")
	fi
	local rps p99 errs
	rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) sub(/ms/, "", v); else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; print v }' <<<"$out")
	errs=$(awk '/Non-2xx|Socket errors/ { print }' <<<"$out" | tr '\n' ' ')
	echo "$rps $p99 ${errs:-}"
}

for page in diary today; do
	path=/diary
	[ "$page" = today ] && path=/
	curl -s -H "Cookie: $COOKIE" "$BASE$path" >"$T/www/$page.html"
	chmod 644 "$T/www/$page.html"
	read -r w_rps w_p99 w_err < <(run_wrk "$BASE$path" "$COOKIE")
	read -r n_rps n_p99 n_err < <(run_wrk "http://127.0.0.1:$NPORT/$page.html")
	printf '%-44s %8.0f/s  %8.0f/s %7.2fx   p99 %.2f ms (nginx %.2f ms) %s\n' \
		"P3 $page page ($(wc -c <"$T/www/$page.html") bytes) vs nginx" "$w_rps" "$n_rps" \
		"$(awk -v a="$w_rps" -v b="$n_rps" 'BEGIN { print a / b }')" "$w_p99" "$n_p99" "${w_err}${n_err}"
done
