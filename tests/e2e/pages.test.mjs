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

// goals: Peter's Plan with progress, one without a date or a measure (the
// SMART check speaks), one whose deadline has passed, and one just done
const P = { WAYMARK_PASSPHRASE_FILE: pass };
const goalId = (out) => out.match(/Saved goal (\d+)/)[1];
const day = (daysAgo) => new Date(Date.now() - daysAgo * 86400000).toISOString().slice(0, 10);
const peter = goalId(cli(v.path, ["goal", "new", "--title", "To cook at least 2 healthy meals per week for the next 6 months",
	"--why", "Cooking 2 healthy meals per week is good for my physical health and cooking can be good for mental wellbeing too.",
	"--achievable", "It is only 2 meals a week and realistic to the time I have got.",
	"--prepare", "Plan how long the meal will take, and leave enough time to prepare, cook and eat it.",
	"--deadline", "in 6 months", "--step", "Find healthy and affordable recipes on BBC Good Food",
	"--step", "Buy the ingredients when I go shopping with my support worker",
	"--target", "2 healthy meals per week", "--reward", "Do something I enjoy, and think about cooking more meals a week.",
	"--if-missed", "I won't be as hard on myself and I will make a new deadline and start again.", "--area", "health"], P));
for (const d of [1, 3, 8, 10, 15, 22, 24, 29])
	cli(v.path, ["goal", "log", peter, "--date", day(d), "--note", d === 1 ? "Vegetable curry" : "pasta bake"], P);
if (day(0) >= "2026-11-20") /* a day the diary shows, with a check-in */
	cli(v.path, ["goal", "log", peter, "--date", "2026-11-20", "--note", "soup with Sam"], P);
cli(v.path, ["goal", "step", "done", peter, "1"], P);
const vague = goalId(cli(v.path, ["goal", "new", "--title", "Feel more at home in my flat"], P));
const passed = goalId(cli(v.path, ["goal", "new", "--title", "Walk to the park", "--deadline", "2026-01-15",
	"--target", "3 per week", "--if-missed", "Be kind to myself and pick a new date."], P));
const finished = goalId(cli(v.path, ["goal", "new", "--title", "Call Sam every Sunday", "--step", "Put it in my calendar",
	"--reward", "A film night"], P));
cli(v.path, ["goal", "done", finished], P);

const server = await startServer(v.path);
const browser = await launch();
const pages = [
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
	["settings", "/settings"],
	["not-found", "/diary/999"],
	["goals", "/goals"],
	["goals-calendar", null],
	["goal-new", "/goals/new"],
	["goal-new-error", null],
	["goal-new-check", null],
	["goal", `/goals/${peter}`],
	["goal-suggestions", `/goals/${vague}?saved=1`],
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
					await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
				await screenshot(page, `${name}-${width}-${scheme}`);
				const violations = await axe(page);
				ok(violations.length === 0, `${name} (${scheme}, ${width}px): no accessibility violations`,
					violations.join("\n"));
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				ok(overflow <= 0, `${name} (${scheme}, ${width}px): nothing wider than the screen`, `overflow ${overflow}px`);
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
