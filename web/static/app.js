/* Waymark's only script. Every page works without it; it only helps:
 * - offers the person's own past tags as buttons beside the tags box;
 * - keeps a draft of what is typed in a form (in this tab only, in
 *   sessionStorage) so a reload or an expired session never loses it,
 *   and forgets the draft once the form has been saved;
 * - on a questionnaire, shows the crisis box at once when a risk question
 *   (PHQ-9 item 9) is answered above its lowest answer (without the
 *   script, the result page shows it first, before the score);
 * - shows a Print button where a page offers one (the browser's own print
 *   does the same without it). */
(function () {
	"use strict";

	function draftKey(form, field) {
		return "waymark-draft:" + form.getAttribute("data-draft") + ":" + field.name;
	}

	function fields(form) {
		return Array.prototype.filter.call(form.elements, function (el) {
			return (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && el.type === "text")) && el.name;
		});
	}

	function keepDrafts(form) {
		var restored = false;
		fields(form).forEach(function (el) {
			var key = draftKey(form, el), saved;
			try { saved = sessionStorage.getItem(key); } catch (e) { return; }
			if (saved && !el.value) {
				el.value = saved;
				restored = true;
			}
			el.addEventListener("input", function () {
				try {
					if (el.value) sessionStorage.setItem(key, el.value);
					else sessionStorage.removeItem(key);
				} catch (e) { /* storage full or off: nothing to do */ }
			});
		});
		if (restored) {
			var more = form.querySelector("details.more");
			if (more) more.open = true;
			var note = document.createElement("p");
			note.className = "draft-note";
			note.setAttribute("role", "status");
			note.textContent = "We kept what you were writing before. It is not saved until you press Save.";
			form.insertBefore(note, form.firstChild.nextSibling);
		}
	}

	function forgetDrafts(action) {
		try {
			var prefix = "waymark-draft:" + action + ":";
			for (var i = sessionStorage.length - 1; i >= 0; i--) {
				var k = sessionStorage.key(i);
				if (k && k.indexOf(prefix) === 0) sessionStorage.removeItem(k);
			}
		} catch (e) { /* nothing to forget */ }
	}

	function suggestTags(input) {
		var tags;
		try { tags = JSON.parse(input.getAttribute("data-suggest")); } catch (e) { return; }
		if (!tags || !tags.length) return;
		var box = document.createElement("div");
		box.className = "suggest";
		box.setAttribute("aria-label", "Tags you have used before");
		box.setAttribute("role", "group");
		tags.forEach(function (tag) {
			var b = document.createElement("button");
			b.type = "button";
			b.textContent = tag;
			b.setAttribute("aria-pressed", "false");
			b.addEventListener("click", function () {
				var have = input.value.split(",").map(function (s) { return s.trim().toLowerCase(); })
					.filter(function (s) { return s; });
				var i = have.indexOf(tag);
				if (i < 0) have.push(tag); else have.splice(i, 1);
				input.value = have.join(", ");
				b.setAttribute("aria-pressed", i < 0 ? "true" : "false");
				input.dispatchEvent(new Event("input"));
			});
			box.appendChild(b);
		});
		input.insertAdjacentElement("afterend", box);
	}

	function safetyNow(box) {
		var item = document.getElementById(box.getAttribute("data-risk-for"));
		var lowest = Number(box.getAttribute("data-lowest"));
		if (!item) return;
		var radios = item.querySelectorAll("input[type=radio]");
		function update() {
			var show = false;
			Array.prototype.forEach.call(radios, function (r) {
				if (r.checked && Number(r.value) > lowest) show = true;
			});
			box.hidden = !show;
		}
		Array.prototype.forEach.call(radios, function (r) { r.addEventListener("change", update); });
		update();
	}

	document.addEventListener("DOMContentLoaded", function () {
		document.querySelectorAll("[data-saved]").forEach(function (el) {
			forgetDrafts(el.getAttribute("data-saved"));
		});
		document.querySelectorAll("form[data-draft]").forEach(keepDrafts);
		document.querySelectorAll("input[data-suggest]").forEach(suggestTags);
		document.querySelectorAll("button[data-print]").forEach(function (b) {
			b.hidden = false;
			b.addEventListener("click", function () { window.print(); });
		});
		document.querySelectorAll("[data-risk-for]").forEach(safetyNow);
		var summary = document.querySelector(".error-summary");
		if (summary) summary.focus();
	});
})();
