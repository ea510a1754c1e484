// Support and safety in a real browser: write a safety plan and a daily
// list item by item, tick the daily list at a check-in, make a crisis
// check-in and see the plan's own steps first in the crisis box, keep in
// touch with someone in one tap, remove and undo, filter the Support
// page, print the crisis card, and edit the plan with JavaScript off.
import { startServer, launch, tempVault, cli, screenshot, ok, done } from "./lib.mjs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const v = tempVault();
const pass = join(v.dir, "pass");
writeFileSync(pass, "a long passphrase\n");
cli(v.path, ["vault", "init", "--passphrase"], { WAYMARK_PASSPHRASE_FILE: pass });
const server = await startServer(v.path);
const browser = await launch();

try {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const errors = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("console", (m) => { if (m.type() === "error" && !/status of 400/.test(m.text())) errors.push(m.text()); });
	await page.goto(server.url);
	await page.fill("#passphrase", "a long passphrase");
	await page.click("button[type=submit]");

	// write a safety plan, one step at a time
	await page.click("nav >> text=Plan");
	ok(await page.isVisible("h1:has-text('Your wellness and crisis plan')"), "the Plan is in the navigation");
	await page.click("a[aria-label='Write this part: My safety plan']");
	await page.fill("#a18", "a cold shower");
	await page.click("#list-18 button:has-text('Add')");
	ok(await page.inputValue("#i18-1") === "a cold shower", "Add puts the step in the list");
	await page.fill("#a18", "the breathing app");
	await page.press("#a18", "Enter"); // Enter is Save, and Save adds what is typed
	ok(page.url().includes("/plan?saved=safety"), "Enter saves the part", page.url());
	ok(await page.isVisible("text=Saved: My safety plan."), "the plan says it was saved");
	await page.goto(server.base + "/plan/edit?part=safety");
	await page.click("#list-18 button:has-text('Move up')");
	ok(await page.inputValue("#i18-1") === "the breathing app", "Move up reorders the steps");
	await page.fill("#a23", "my cat Pip");
	await page.click("#list-23 button:has-text('Add')");
	await page.fill("#i18-2", "");
	await page.click("button.primary >> nth=0");
	ok(await page.isVisible("#safety >> text=the breathing app") && !(await page.isVisible("#safety >> text=a cold shower")),
		"an emptied box is taken out when saving");
	await page.goto(server.base + "/plan/edit?part=safety");
	await page.fill("#a18", "a cold shower");
	await page.click("button.primary >> nth=0");
	await page.goto(server.base + "/plan/edit?part=daily");
	await page.fill("#a2", "Take my tablets");
	await page.click("#list-2 button:has-text('Add')");
	await page.fill("#a2", "A short walk");
	await page.click("button.primary >> nth=0");

	// bad input keeps everything typed
	await page.goto(server.base + "/plan/edit?part=triggers");
	await page.fill("#a3", "a trigger far too long to be one of the tags in a diary");
	await page.fill("#a4", "ring Sam");
	await page.click("button.primary >> nth=0");
	ok(await page.isVisible(".error-summary"), "a tag too long shows what is wrong");
	ok(await page.isVisible("#a3-error"), "the message sits beside the box");
	ok((await page.inputValue("#a4")) === "ring Sam", "what else was typed is still there");
	await screenshot(page, "journey-plan-error-1280");

	// tick the daily list at a check-in
	await page.click("nav >> text=Today");
	ok(await page.isVisible("legend:has-text('Your daily list')"), "Today offers the daily list");
	await page.click("label[for=done-1]");
	await page.click("label[for=mood-6]");
	await page.click(".actions button.primary >> nth=0");
	ok(await page.isVisible("text=Saved. Thank you for checking in."), "the check-in with a ticked item is saved");
	await page.click("text=See it");
	ok(await page.isVisible(".done-list >> text=take my tablets"), "the entry shows what was done");

	// a crisis check-in: the person's own steps first
	await page.click("nav >> text=Today");
	await page.click("label[for=mood-0]");
	await page.click(".actions button.primary >> nth=0");
	const box = page.locator(".crisis");
	ok(await box.isVisible(), "after a crisis check-in the crisis box appears");
	const steps = await page.locator(".crisis .steps").boundingBox();
	const call = await page.locator(".crisis a.call").boundingBox();
	const lines = await page.locator(".crisis .contacts").boundingBox();
	ok(steps && call && lines && steps.y < call.y && call.y < lines.y,
		"the plan's steps come first, then 999, then the lines open now");
	ok(await page.isVisible(".crisis .steps >> text=Things I can do on my own: the breathing app; a cold shower"),
		"the steps are the person's own, in their order");
	ok(await page.isVisible(".crisis .steps >> text=My reasons for living: my cat Pip"), "reasons for living are there");
	ok(await page.isVisible(".crisis a[href='tel:116123']"), "Samaritans is one tap away");
	ok(await page.isVisible(".crisis a[href='tel:999']"), "999 is one tap away");
	await screenshot(page, "journey-crisis-plan-1280");

	// my people: add, one tap, remove and undo
	await page.click("nav >> text=People");
	await page.click("text=Add someone");
	await page.fill("#name", "Sam");
	await page.selectOption("#role", "friend");
	await page.fill("#phone", "07700 900123");
	await page.selectOption("#remind", "3");
	await page.click("button:has-text('Add them')");
	ok(await page.isVisible("text=Saved what you hold about Sam."), "adding someone says so");
	ok(await page.isVisible(".person a[href='tel:07700900123']"), "their number is one tap");
	await page.click("button[aria-label='I was in touch today with Sam']");
	ok(await page.isVisible("text=Noted: you were in touch today with Sam."), "one tap notes being in touch");
	ok(await page.isVisible(".person >> text=(today)"), "the card says today");
	await page.click("button[aria-label='Remove Sam']");
	ok(await page.isVisible("text=They were removed from your people."), "remove says so");
	ok(!(await page.isVisible(".person")), "they are gone from the list");
	await page.click("button:has-text('Undo')");
	ok(await page.isVisible(".person >> text=Sam"), "Undo brings them back");

	// the Support page, filtered
	await page.click("a.help-now");
	ok(await page.isVisible("h1:has-text('Need help now?')"), "Need help now? opens the Support page");
	ok(await page.isVisible(".crisis .steps"), "the Support page starts with the person's own steps");
	await page.fill("#age", "20");
	await page.selectOption("#for", "men");
	await page.click("form.filter button:has-text('Show')");
	ok(await page.isVisible("text=Only lines right for you (age 20, men) are shown."), "the filter says what it shows");
	ok(await page.isVisible(".lines >> text=CALM"), "CALM is shown to a man of 20");
	ok(!(await page.isVisible("text=The Silver Line")), "the Silver Line (55 and over) is not");
	await page.fill("#age", "twenty");
	await page.click("form.filter button:has-text('Show')");
	ok(await page.isVisible("#age-error"), "a bad age is explained beside the box");
	ok((await page.inputValue("#age")) === "twenty", "and what was typed is kept");

	// the card: a page of the site, printed plainly
	await page.goto(server.base + "/plan/card");
	ok(await page.isVisible("button[data-print]"), "with JavaScript on, the card offers a Print button");
	await page.emulateMedia({ media: "print" });
	ok(!(await page.isVisible("header.top")) && !(await page.isVisible(".screen-only")),
		"printed, the card leaves out the header and the buttons");
	ok(await page.isVisible("article.card >> text=my cat Pip"), "printed, the card keeps the plan");
	await screenshot(page, "plan-card-print");
	await page.emulateMedia({ media: "screen" });

	ok(errors.length === 0, "no script errors or CSP violations", errors.join("\n"));
	await ctx.close();

	// JavaScript off: the plan still edits, the card has no Print button
	const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
	const p2 = await off.newPage();
	await p2.goto(server.url);
	if (p2.url().includes("/unlock")) {
		await p2.fill("#passphrase", "a long passphrase");
		await p2.click("button[type=submit]");
	}
	await p2.goto(server.base + "/plan/edit?part=toolbox");
	await p2.fill("#a0", "music");
	await p2.click("#list-0 button:has-text('Add')");
	ok((await p2.inputValue("#i0-1")) === "music", "with JavaScript off, Add works");
	await p2.goto(server.base + "/plan/card");
	ok(!(await p2.isVisible("button[data-print]")), "with JavaScript off, no Print button that could not work");
	const overflow = await p2.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	ok(overflow <= 0, "the card fits a 360 px screen", `overflow ${overflow}px`);
	await off.close();
} catch (e) {
	ok(false, "the journey ran to the end", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
