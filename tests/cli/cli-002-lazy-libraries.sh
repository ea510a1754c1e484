# The big libraries only some commands need (the web server, the calendar,
# archives, and the PDF report's cairo, pango and fontconfig with GLib)
# are opened on first use (src/core/dynlib.h), never linked: each one
# linked would slow every `waymark checkin` down again. The binary itself
# is read, whatever runs it (make valgrind wraps it).
. "$(dirname "$0")/lib.sh"
bin=${WAYMARK_REAL:-$WAYMARK}
needed=$(objdump -p "$bin" | awk '/NEEDED/ { print $2 }')
for lib in microhttpd ical archive cairo pango fontconfig glib gobject harfbuzz; do
	if grep -q "lib$lib" <<<"$needed"; then
		echo "linked: lib$lib"
	else
		echo "not linked: lib$lib"
	fi
done
# and the PDF still comes out, with those libraries opened on the way
"$WAYMARK" checkin --mood 6 --note "a calm day" >/dev/null 2>&1
"$WAYMARK" report --sections mood,notes --pdf report.pdf >/dev/null 2>&1
echo "report exit $?, $(head -c 5 report.pdf)"
