// A full disk, in the browser: the Today form comes back with the
// message, every word still in it (the long note, the win, the tags, the
// chosen mood), and nothing saved; axe-core finds no problems, light and
// dark, at 360 px and 1280 px (screenshots today-disk-full-*). The disk
// is made full with SQLite's own size limit (WAYMARK_TEST_DISK_FULL, see
// src/db/db.c), so the note is long enough to need a new page.
import { startServer, launch, tempVault, cli, screenshot, axe, ok, done } from "./lib.mjs";

const v = tempVault();
cli(v.path, ["vault", "init"]);
cli(v.path, ["checkin", "--mood", "6", "--note", "A calm day"]);
const note = "A long day, and I want to keep every word of it. ".repeat(90).trim();

const server = await startServer(v.path, { WAYMARK_TEST_DISK_FULL: "1" });
const browser = await launch();
try {
	for (const scheme of ["light", "dark"]) {
		for (const width of [360, 1280]) {
			const ctx = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme,
				bypassCSP: true, reducedMotion: "reduce" });
			const page = await ctx.newPage();
			await page.goto(server.url);
			await page.check("#mood-4", { force: true });
			await page.evaluate(() => { document.querySelector("details.more").open = true; });
			await page.fill("#note", note);
			await page.fill("#win", "Made tea");
			await page.fill("#tags", "work, rain");
			const [resp] = await Promise.all([
				page.waitForResponse((r) => r.url().endsWith("/checkin")),
				page.click("details.more .actions button.primary"),
			]);
			const tag = `(${scheme}, ${width}px)`;
			ok(resp.status() === 503, `disk full ${tag}: the answer is 503`, `status ${resp.status()}`);
			ok(await page.isVisible("text=the disk is full; free some space and try again"),
				`disk full ${tag}: the message is shown`);
			ok(await page.inputValue("#note") === note, `disk full ${tag}: the long note is still there`);
			ok(await page.inputValue("#win") === "Made tea", `disk full ${tag}: the win is still there`);
			ok(await page.inputValue("#tags") === "work, rain", `disk full ${tag}: the tags are still there`);
			ok(await page.isChecked("#mood-4"), `disk full ${tag}: the mood is still chosen`);
			await page.evaluate(() => document.querySelectorAll("main details").forEach((d) => { d.open = true; }));
			await screenshot(page, `today-disk-full-${width}-${scheme}`);
			const violations = await axe(page);
			ok(violations.length === 0, `disk full ${tag}: no accessibility violations`, violations.join("\n"));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			ok(overflow <= 0, `disk full ${tag}: nothing wider than the screen`, `overflow ${overflow}px`);
			await ctx.close();
		}
	}
	const list = JSON.parse(cli(v.path, ["diary", "--json"]));
	ok(list.length === 1, "disk full: nothing was saved", `${list.length} check-ins`);
} catch (e) {
	ok(false, "the disk-full form was checked", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
