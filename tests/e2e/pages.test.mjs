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
