// Both recoveries in a real browser: rate life areas with a few taps (and a
// note), rate again and see the distance travelled on the wheel and in its
// table, choose a focus and rename an area; take a PHQ-9 with item 9 above
// 0 and see the crisis box at once beside the question, then first on the
// result, before the score (and the same with JavaScript off); leave a
// question out and keep every answer; write what recovery means and see it
// beside both on one time line.
import { startServer, launch, tempVault, cli, screenshot, ok, done } from "./lib.mjs";

const v = tempVault();
cli(v.path, ["vault", "init"]);
cli(v.path, ["areas", "rate", "Money=4", "Where I live=7", "--date", "2026-01-05"]);
cli(v.path, ["measure", "take", "phq9", "--answers", "2,2,2,1,1,2,1,1,0", "--date", "2026-01-05"]);
const server = await startServer(v.path);
const browser = await launch();

// The top of an element on the page, to compare what comes first.
const top = async (page, sel) => (await page.locator(sel).first().boundingBox()).y;

try {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const errors = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("console", (m) => { if (m.type() === "error" && !/status of 400/.test(m.text())) errors.push(m.text()); });
	await page.goto(server.url);

	// rate with a few taps, a note and a skipped area
	await page.click("nav >> text=Life areas");
	ok(await page.isVisible("text=How are things going in each area"), "the nav leads to the life areas");
	await page.click("label[for=score-money-6]");
	await page.click("label[for=score-where-i-live-8]");
	await page.click("label[for=score-mental-health-5]");
	await page.click("label[for=score-mental-health-skip]");
	await page.click("fieldset:has(#score-money-6) details.note summary");
	await page.fill("#note-money", "paid off a bill");
	await page.click("form.rate .actions button.primary");
	ok(await page.isVisible("text=Saved. Thank you for rating your areas."), "a rating is saved with one Save");
	ok(await page.isVisible("svg.radar"), "the wheel is drawn");
	const now = await page.$$eval("svg.radar circle.s-now", (c) => c.map((x) => x.getAttribute("data-value")));
	const cells = await page.$$eval("table.distance td.now:not(.none)", (c) => c.map((x) => x.textContent));
	ok(JSON.stringify(now) === JSON.stringify(cells), "the wheel and its table show the same numbers", `${now} / ${cells}`);
	ok(JSON.stringify(cells) === JSON.stringify(["6", "8"]), "the skipped area is left out, the others are there", cells);
	ok(await page.isVisible("td.change >> text=+2"), "Money went up 2 since the first rating");
	ok(await page.isVisible("text=Across the 2 areas you rated both times: 3 points up in all"), "the distance travelled overall");
	ok(await page.isVisible("text=paid off a bill"), "the note is in the history");
	await screenshot(page, "journey-areas-history-1280");

	// a focus, and a name of my own
	await page.click(".subnav a:has-text('Rate')");
	await page.selectOption("#focus-area", "money");
	await page.click("button:has-text('Focus on this area')");
	ok(await page.isVisible("text=Your focus area is now"), "choosing a focus says so");
	await page.click(".subnav a:has-text('Change your areas')");
	await page.fill("#name-money", "Money and bills");
	await page.click("#area-money button:has-text('Save')");
	ok(await page.isVisible("text=Your areas are saved."), "renaming an area saves");
	await page.click(".subnav a:has-text('How far you have come')");
	ok(await page.isVisible("th >> text=Money and bills"), "the history is kept under the new name");

	// a PHQ-9 with item 9 above 0: the crisis box at once, then first
	await page.click("nav >> text=Questionnaires");
	await page.click("a:has-text('Take the PHQ-9')");
	ok(!(await page.isVisible(".safety-now")), "the crisis box waits for an answer");
	for (let i = 1; i <= 8; i++) await page.click(`label[for=item-${i}-o1]`);
	await page.click("label[for=item-9-o0]");
	ok(!(await page.isVisible(".safety-now")), "'Not at all' on item 9 brings no box");
	await page.click("label[for=item-9-o1]");
	ok(await page.isVisible(".safety-now .crisis"), "item 9 above 0 shows the crisis box at once, beside it");
	await screenshot(page, "journey-phq9-item9-1280");
	await page.click("form.measure .actions button.primary");
	ok(await page.isVisible("section.crisis"), "the result shows the crisis box");
	ok(await top(page, "section.crisis") < await top(page, ".result"), "the crisis box comes before the score");
	ok(await page.isVisible("text=9 out of 27"), "the score follows");
	ok(!(await page.isVisible("text=/risk level/i")), "and never a risk level");
	await screenshot(page, "journey-phq9-result-1280");

	// a question left out: the answers stay, then keep them without a total
	await page.click("a:has-text('Take it again')");
	await page.click("label[for=item-1-o2]");
	await page.click("label[for=item-2-o3]");
	await page.click("form.measure .actions button.primary");
	ok(await page.isVisible(".error-summary >> text=7 questions have no answer yet"), "a gap is named, never guessed");
	ok(await page.isChecked("#item-2-o3"), "every answer given is kept");
	ok(await page.evaluate(() => document.activeElement.classList.contains("error-summary")), "the summary takes the focus");
	await page.click("button:has-text('Save without a total')");
	ok(await page.isVisible("text=Saved without a total"), "the answers can be kept without a total");

	// both recoveries, beside my words
	await page.click("nav >> text=Recovery");
	await page.fill("#statement", "Enjoying Sundays with my kids again, symptoms or not.");
	await page.click("button:has-text('Save my words')");
	ok(await page.isVisible("blockquote >> text=Enjoying Sundays"), "my words are there");
	ok(await page.locator("svg.chart").count() === 2, "both recoveries are drawn on one time line");
	const dots = (await page.$$eval("figure.timeline circle", (c) => c.map((x) => Number(x.getAttribute("data-value"))))).sort((a, b) => a - b);
	const vals = (await page.$$eval("table.timeline td.value", (c) => c.map((x) => Number(x.textContent)))).sort((a, b) => a - b);
	ok(JSON.stringify(dots) === JSON.stringify(vals), "the time line's charts and table show the same numbers", `${dots} / ${vals}`);
	await screenshot(page, "journey-recovery-1280");
	ok(errors.length === 0, "no script errors or CSP refusals", errors.join("\n"));
	await ctx.close();

	// without JavaScript the result still puts the crisis box first
	const off = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
	const p2 = await off.newPage();
	await p2.goto(server.url);
	await p2.goto(server.base + "/measures/take?m=phq9");
	for (let i = 1; i <= 8; i++) await p2.click(`label[for=item-${i}-o0]`);
	await p2.click("label[for=item-9-o2]");
	await p2.click("form.measure .actions button.primary");
	ok(await top(p2, "section.crisis") < await top(p2, ".result"), "without JavaScript: the crisis box before the score");
	await screenshot(p2, "journey-phq9-result-nojs-360");
	await off.close();
} catch (e) {
	ok(false, "the journey ran to the end", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
