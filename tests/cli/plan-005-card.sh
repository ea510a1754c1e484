# The one-page crisis card, as text and as a printable web page in which
# everything the person wrote is escaped.
. "$(dirname "$0")/lib.sh"
run plan card
"$WAYMARK" plan edit crisis.signs --add "I stop eating and stay in bed" >/dev/null 2>&1
"$WAYMARK" plan edit crisis.contacts --add "my sister Ann 07700 900789 (not my dad, please)" >/dev/null
"$WAYMARK" plan edit crisis.medicines --add "<script>alert('x')</script> & sertraline" >/dev/null
"$WAYMARK" plan edit crisis.looking-after --add "Ann feeds the cat" >/dev/null
"$WAYMARK" plan edit safety.on-my-own --add "the breathing app" >/dev/null
"$WAYMARK" plan review --done >/dev/null
run plan card --text
run plan card --html "$T/card.html"
grep -c '<script>' "$T/card.html"
grep -o '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; sertraline' "$T/card.html"
stat -c '%a' "$T/card.html"
run plan card --html - | sed -n '/<body>/,$p'
