// Every page, light and dark: no axe-core violations (WCAG 2.2 A and AA),
// and screenshots at 360 px and 1280 px wide in build/screenshots/.
import { startServer, launch, tempVault, cli, screenshot, axe, ok, done } from "./lib.mjs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const v = tempVault();
const pass = join(v.dir, "pass");
writeFileSync(pass, "a long passphrase\n");
cli(v.path, ["vault", "init", "--passphrase"], { WAYMARK_PASSPHRASE_FILE: pass });
for (const args of [["Energy", "--scale", "1-5"], ["Took my medication", "--yes-no"],
	["Exercise", "--count", "--unit", "minutes"]])
	cli(v.path, ["tracker", "add", ...args], { WAYMARK_PASSPHRASE_FILE: pass });
const days = [[6, "work,rain", "Felt calmer after the walk"], [3, "work", "A hard day at work"],
	[7, "walk,park", null], [5, null, "Quiet evening in"], [4, "rain", null], [8, "friends", "Lunch with Sam"]];
days.forEach(([mood, tags, note], i) => {
	const args = ["checkin", "--mood", String(mood), "--date", `2026-11-${String(10 + i * 2).padStart(2, "0")}`, "--time", "19:30"];
	if (tags) args.push("--tag", tags);
	if (note) args.push("--note", note);
	cli(v.path, args, { WAYMARK_PASSPHRASE_FILE: pass });
});
cli(v.path, ["checkin", "--mood", "6", "--slept", "23:30-07:10", "--quality", "4", "--with", "Sam",
	"--coped", "a walk", "--helped", "a-lot", "--tag", "work,rain", "--note", "Felt calmer\nafter the walk",
	"--win", "Made breakfast"], { WAYMARK_PASSPHRASE_FILE: pass });
// support and safety: two people (ids 11, 12), a plan (13), a check-in
// that ticked the daily list (14)
cli(v.path, ["people", "add", "Sam", "--role", "friend", "--phone", "07700 900123", "--helps",
	"a walk and a chat", "--remind-weeks", "1", "--contacted", "2026-10-01"], { WAYMARK_PASSPHRASE_FILE: pass });
cli(v.path, ["people", "add", "Dr Patel", "--role", "gp", "--phone", "0161 496 0000",
	"--email", "surgery@example.org"], { WAYMARK_PASSPHRASE_FILE: pass });
for (const [part, items] of [["daily", ["Take my tablets with breakfast", "A short walk"]],
	["triggers", ["work", "money worries"]], ["triggers.actions", ["Talk it over with Sam"]],
	["safety.on-my-own", ["A cold shower", "The breathing app"]], ["safety.people", ["Sam 07700 900123"]],
	["safety.reasons", ["My cat Pip"]], ["crisis.medicines", ["Sertraline 100 mg in the morning"]]])
	cli(v.path, ["plan", "edit", part, ...items.flatMap((i) => ["--add", i])], { WAYMARK_PASSPHRASE_FILE: pass });
cli(v.path, ["checkin", "--mood", "5", "--done", "A short walk"], { WAYMARK_PASSPHRASE_FILE: pass });

// life areas, questionnaires (the latest PHQ-9 with item 9 above 0) and the
// person's words, for the areas, measures and recovery pages
const withPass = { WAYMARK_PASSPHRASE_FILE: pass };
cli(v.path, ["areas", "rate", "Money=4", "Where I live=7", "Looking after=5", "People close=6",
	"--date", "2026-11-10", "--note", "Money=rent went up"], withPass);
cli(v.path, ["areas", "rate", "Money=6", "Where I live=6", "Looking after=7", "People close=6", "Routine=3",
	"Body=5", "Social=4", "Work=5", "How I feel=5", "Hope=6", "--date", "2026-11-20"], withPass);
cli(v.path, ["areas", "rate", "--set", "chime", "Connectedness=6", "Hope=4", "Identity=5", "--date", "2026-11-20"], withPass);
cli(v.path, ["areas", "focus", "Routine"], withPass);
cli(v.path, ["measure", "take", "gad7", "--answers", "2,2,1,1,1,1,1", "--date", "2026-11-10"], withPass);
cli(v.path, ["measure", "take", "phq9", "--answers", "2,2,2,1,1,2,1,1,0", "--date", "2026-11-10"], withPass);
cli(v.path, ["measure", "take", "gad7", "--answers", "1,0,0,0,1,0,0", "--date", "2026-11-20"], withPass);
cli(v.path, ["measure", "take", "phq9", "--answers", "1,1,1,0,0,1,0,0,1", "--date", "2026-11-20"], withPass);
cli(v.path, ["recovery", "statement", "Enjoying Sundays with my kids again, symptoms or not."], withPass);
const history = JSON.parse(cli(v.path, ["measure", "history", "--json"], withPass));
const result = history.entries[history.entries.length - 1].id;

// goals: Peter's Plan with progress, one without a date or a measure (the
// SMART check speaks), one whose deadline has passed, and one just done
const goalId = (out) => out.match(/Saved goal (\d+)/)[1];
const day = (daysAgo) => new Date(Date.now() - daysAgo * 86400000).toISOString().slice(0, 10);
const peter = goalId(cli(v.path, ["goal", "new", "--title", "To cook at least 2 healthy meals per week for the next 6 months",
	"--why", "Cooking 2 healthy meals per week is good for my physical health and cooking can be good for mental wellbeing too.",
	"--achievable", "It is only 2 meals a week and realistic to the time I have got.",
	"--prepare", "Plan how long the meal will take, and leave enough time to prepare, cook and eat it.",
	"--deadline", "in 6 months", "--step", "Find healthy and affordable recipes on BBC Good Food",
	"--step", "Buy the ingredients when I go shopping with my support worker",
	"--target", "2 healthy meals per week", "--reward", "Do something I enjoy, and think about cooking more meals a week.",
	"--if-missed", "I won't be as hard on myself and I will make a new deadline and start again.", "--area", "health"], withPass));
for (const d of [1, 3, 8, 10, 15, 22, 24, 29])
	cli(v.path, ["goal", "log", peter, "--date", day(d), "--note", d === 1 ? "Vegetable curry" : "pasta bake"], withPass);
if (day(0) >= "2026-11-20") /* a day the diary shows, with a check-in */
	cli(v.path, ["goal", "log", peter, "--date", "2026-11-20", "--note", "soup with Sam"], withPass);
cli(v.path, ["goal", "step", "done", peter, "1"], withPass);
const vague = goalId(cli(v.path, ["goal", "new", "--title", "Feel more at home in my flat"], withPass));
const passed = goalId(cli(v.path, ["goal", "new", "--title", "Walk to the park", "--deadline", "2026-01-15",
	"--target", "3 per week", "--if-missed", "Be kind to myself and pick a new date."], withPass));
const finished = goalId(cli(v.path, ["goal", "new", "--title", "Call Sam every Sunday", "--step", "Put it in my calendar",
	"--reward", "A film night"], withPass));
cli(v.path, ["goal", "done", finished], withPass);

const server = await startServer(v.path);
const browser = await launch();
const pages = [
	["help-locked", "/help"],
	["unlock", "/unlock"],
	["today", "/"],
	["today-error", null],
	["today-saved", "/?saved=10"],
	["diary", "/diary"],
	["diary-search", "/diary?q=walk"],
	["entry", "/diary/10"],
	["edit", "/diary/10/edit"],
	["mood", "/mood"],
	["insights", "/insights?days=all"],
	["help", "/help"],
	["help-filtered", "/help?age=20&for=men"],
	["help-error", "/help?age=twenty"],
	["people", "/people"],
	["people-new", "/people/new"],
	["people-edit", "/people/11/edit"],
	["people-error", null],
	["plan", "/plan"],
	["plan-edit", "/plan/edit?part=safety"],
	["plan-edit-error", null],
	["plan-card", "/plan/card"],
	["entry-done", "/diary/14"],
	["settings", "/settings"],
	["not-found", "/diary/999"],
	["areas", "/areas"],
	["areas-chime", "/areas?set=chime"],
	["areas-error", null],
	["areas-history", "/areas/history"],
	["areas-edit", "/areas/edit"],
	["measures", "/measures"],
	["measures-take", "/measures/take?m=phq9"],
	["measures-take-error", null],
	["measures-result", `/measures/${result}?saved=1`],
	["measures-history", "/measures/history"],
	["recovery", "/recovery"],
	["goals", "/goals"],
	["goals-calendar", null],
	["goal-new", "/goals/new"],
	["goal-new-error", null],
	["goal-new-check", null],
	["goal", `/goals/${peter}`],
	["goal-suggestions", `/goals/${vague}?saved=new`],
	["goal-passed", `/goals/${passed}`],
	["goal-log-error", null],
	["goal-edit", `/goals/${peter}/edit`],
	["goal-done", `/goals/${finished}?done=1`],
];

try {
	for (const scheme of ["light", "dark"]) {
		for (const width of [360, 1280]) {
			// axe's page run needs its script injected: bypass CSP for the check only
			const ctx = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme,
				bypassCSP: true, reducedMotion: "reduce" });
			const page = await ctx.newPage();
			await page.goto(server.url);
			for (const [name, path] of pages) {
				if (name === "unlock") {
					await page.goto(server.base + "/unlock");
				} else if (name === "today-error") {
					await page.goto(server.base + "/");
					await page.evaluate(() => { document.querySelector("details.more").open = true; });
					await page.fill("#note", "kept");
					await page.fill("#date", "2031-01-01");
					await page.click("details.more .actions button.primary");
				} else if (name === "areas-error") {
					/* a note with no rating comes back with the message */
					await page.goto(server.base + "/areas");
					await page.click("fieldset.area-rate details.note summary");
					await page.fill("#note-mental-health", "kept");
					await page.click("form.rate .actions button.primary");
				} else if (name === "measures-take-error") {
					/* a question left out comes back marked, answers kept */
					await page.goto(server.base + "/measures/take?m=phq9");
					await page.click("label[for=item-1-o1]");
					await page.click("label[for=item-2-o2]");
					await page.click("form.measure .actions button.primary");
				} else if (name === "goals-calendar") {
					await page.goto(server.base + "/goals");
					const make = page.locator("button:has-text('Make a calendar address')");
					if (await make.count()) await make.click();
					await page.locator("#feed-url").scrollIntoViewIfNeeded();
				} else if (name === "goal-new-error") {
					await page.goto(server.base + "/goals/new");
					await page.fill("#title", "Cook more");
					await page.fill("#deadline", "next tuesdayish");
					await page.fill("#target", "lots");
					await page.click("button:has-text('Save my goal')");
				} else if (name === "goal-new-check") {
					await page.goto(server.base + "/goals/new");
					await page.fill("#title", "Cook more");
					/* the words typed just before are kept as a draft: clear them */
					await page.fill("#deadline", "");
					await page.fill("#target", "");
					await page.click("button:has-text('Check my plan first')");
				} else if (name === "goal-log-error") {
					await page.goto(server.base + `/goals/${peter}`);
					await page.fill("#count", "0");
					await page.fill("#note", "kept");
					await page.evaluate(() => document.querySelector("form.log-form").noValidate = true);
					await page.click("button:has-text('Count it')");
				} else if (name === "people-error") {
					await page.goto(server.base + "/people/new");
					await page.fill("#name", "sam");
					await page.fill("#helps", "kept");
					await page.click("button.primary");
				} else if (name === "plan-edit-error") {
					await page.goto(server.base + "/plan/edit?part=triggers");
					await page.fill("#a3", "a trigger far too long to be one of the tags in a diary");
					await page.click("button.primary >> nth=0");
				} else {
					await page.goto(server.base + path);
				}
				if (name === "unlock") {
					await screenshot(page, `${name}-${width}-${scheme}`);
					const va = await axe(page);
					ok(va.length === 0, `${name} (${scheme}, ${width}px): no accessibility violations`, va.join("\n"));
					await page.fill("#passphrase", "a long passphrase");
					await page.click("button[type=submit]");
					continue;
				}
				if (name.startsWith("today") || name === "edit")
					await page.evaluate(() => document.querySelectorAll("main details").forEach((d) => { d.open = true; }));
				await screenshot(page, `${name}-${width}-${scheme}`);
				const violations = await axe(page);
				ok(violations.length === 0, `${name} (${scheme}, ${width}px): no accessibility violations`,
					violations.join("\n"));
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				const wide = overflow <= 0 ? [] : await page.evaluate(() => [...document.querySelectorAll("body *")]
					.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
					.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`));
				ok(overflow <= 0, `${name} (${scheme}, ${width}px): nothing wider than the screen`,
					`overflow ${overflow}px: ${wide.join(", ")}`);
			}
			await page.goto(server.base + "/");
			await page.click("nav button:has-text('Lock')"); /* the next context starts locked */
			await ctx.close();
		}
	}
	// the print style of the diary
	const ctx = await browser.newContext({ viewport: { width: 800, height: 1000 } });
	const page = await ctx.newPage();
	await page.goto(server.url);
	await page.fill("#passphrase", "a long passphrase");
	await page.click("button[type=submit]");
	await page.goto(server.base + "/diary");
	await page.emulateMedia({ media: "print" });
	ok(!(await page.isVisible("nav")) && !(await page.isVisible("form.search")), "the print style hides navigation and forms");
	ok(await page.isVisible("text=Felt calmer"), "the print style keeps the entries");
	await screenshot(page, "diary-print");
	await ctx.close();
} catch (e) {
	ok(false, "every page was checked", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
