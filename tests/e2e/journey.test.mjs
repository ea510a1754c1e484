// A newcomer's journey through the web UI in a real browser: open the
// printed address, unlock an encrypted vault, check in with one tap, see
// it in the diary, edit it, delete and undo, keep typed text through bad
// input and a reload, see help first after a crisis entry, and check in
// with JavaScript turned off.
import { startServer, launch, tempVault, cli, screenshot, ok, done } from "./lib.mjs";
import { writeFileSync } from "node:fs";

// Opens "Add more" whatever state it is in (a restored draft opens it).
const openMore = (page) => page.evaluate(() => { document.querySelector("details.more").open = true; });
import { join } from "node:path";

const v = tempVault();
writeFileSync(join(v.dir, "pass"), "a long passphrase\n");
cli(v.path, ["vault", "init", "--passphrase"], { WAYMARK_PASSPHRASE_FILE: join(v.dir, "pass") });
cli(v.path, ["checkin", "--mood", "5", "--tag", "walk,work", "--date", "2026-01-10"],
	{ WAYMARK_PASSPHRASE_FILE: join(v.dir, "pass") });
const server = await startServer(v.path);
const browser = await launch();

try {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const errors = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	// a 400 for bad input is expected; script errors and CSP refusals are not
	page.on("console", (m) => { if (m.type() === "error" && !/status of 400/.test(m.text())) errors.push(m.text()); });

	// open the printed address: the token becomes a cookie, the vault asks to be unlocked
	await page.goto(server.url);
	ok(page.url().startsWith(server.base + "/unlock"), "the printed address leads to the unlock page", page.url());
	ok(!page.url().includes("token="), "the token is gone from the address bar");
	await page.fill("#passphrase", "not the passphrase");
	await page.click("button[type=submit]");
	ok(await page.isVisible("text=does not open this vault"), "a wrong passphrase gets a kind message");
	await page.fill("#passphrase", "a long passphrase");
	await page.click("button[type=submit]");
	ok(page.url() === server.base + "/", "the passphrase opens Today", page.url());

	// one tap and Save
	await page.click("label[for=mood-6]");
	await page.click(".actions button.primary >> nth=0");
	ok(await page.isVisible("text=Saved. Thank you for checking in."), "one tap on a mood and Save saves a check-in");
	ok(await page.isVisible(".earlier >> text=fairly good"), "it is listed under Earlier today");

	// more details, with a suggested tag
	await page.click("label[for=mood-4]");
	await openMore(page);
	await page.fill("#note", "Went for a walk after a hard phone call");
	await page.click(".suggest button:has-text('walk')");
	ok((await page.inputValue("#tags")) === "walk", "a suggested tag fills the tags box", await page.inputValue("#tags"));
	await page.check("#company-alone");
	await page.fill("#coped", "a walk");
	await page.check("#helped-a-little");
	await page.click("details.more .actions button.primary");
	ok(await page.isVisible("text=Saved. Thank you for checking in."), "a detailed check-in is saved");

	// see it in the diary
	await page.click("nav >> text=Diary");
	ok(await page.isVisible("text=Went for a walk after a hard phone call"), "the diary shows the new entry");
	await screenshot(page, "journey-diary-1280");

	// edit
	await page.click("text=Went for a walk after a hard phone call");
	ok(await page.isVisible("text=On my own"), "the entry page shows who I was with");
	await page.click("a:has-text('Edit')");
	await page.click("label[for=mood-7]");
	await page.fill("#note", "Went for a walk; it helped in the end");
	await page.click("details.more .actions button.primary");
	ok(await page.isVisible("text=Your changes are saved."), "edit saves the changes");
	ok(await page.isVisible(".badge >> text=7"), "the new mood shows");

	// delete and undo
	await page.click("button:has-text('Delete')");
	ok(await page.isVisible("text=The check-in was deleted."), "delete says so");
	ok(!(await page.isVisible("text=it helped in the end")), "the deleted entry is gone from the diary");
	await page.click("button:has-text('Undo')");
	ok(await page.isVisible("text=it helped in the end"), "Undo brings it back");

	// bad input keeps the typed text
	await page.click("nav >> text=Today");
	await openMore(page);
	await page.fill("#note", "words I do not want to lose");
	await page.fill("#date", "2031-01-01");
	await page.click("details.more .actions button.primary");
	ok(await page.isVisible(".error-summary"), "bad input shows what is wrong");
	ok(await page.isVisible("#date-error"), "the message sits beside the day");
	ok((await page.inputValue("#note")) === "words I do not want to lose", "the typed note is still there");
	await screenshot(page, "journey-bad-input-1280");

	// a draft survives a reload and being locked out
	await page.click("nav >> text=Today");
	await openMore(page);
	await page.fill("#note", "half a thought");
	await page.reload();
	ok((await page.inputValue("#note")) === "half a thought", "a reload keeps the draft of the note");
	await page.click("nav button:has-text('Lock')");
	ok(page.url().startsWith(server.base + "/unlock"), "Lock locks");
	await page.fill("#passphrase", "a long passphrase");
	await page.click("button[type=submit]");
	ok((await page.inputValue("#note")) === "half a thought", "the draft is still there after unlocking");
	await page.fill("#note", "");

	// a crisis entry shows help first
	await openMore(page);
	await page.fill("#note", "I want to end my life");
	await page.click("details.more .actions button.primary");
	const crisis = page.locator(".crisis");
	ok(await crisis.isVisible(), "after a crisis entry the crisis box appears");
	const crisisBox = await crisis.boundingBox();
	const noticeBox = await page.locator(".notice").boundingBox();
	ok(crisisBox && noticeBox && crisisBox.y < noticeBox.y, "the crisis box comes before the saved message");
	ok(await page.isVisible("a[href='tel:116123']"), "Samaritans can be called with one tap");
	ok((await page.inputValue("#note")) === "", "the saved note's draft was forgotten");
	await screenshot(page, "journey-crisis-1280");
	ok(await page.isVisible("a.help-now"), "Need help now? is on the page");
	await page.click("a.help-now");
	ok(await page.isVisible("text=999"), "Need help now? leads to the crisis contacts");

	ok(errors.length === 0, "no script errors or CSP violations", errors.join("\n"));
	await ctx.close();

	// JavaScript turned off: a check-in still works
	const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
	const p2 = await off.newPage();
	await p2.goto(server.url);
	if (p2.url().includes("/unlock")) {
		await p2.fill("#passphrase", "a long passphrase");
		await p2.click("button[type=submit]");
	}
	await p2.click("label[for=mood-3]");
	await p2.click(".actions button.primary >> nth=0");
	ok(await p2.isVisible("text=Saved. Thank you for checking in."), "with JavaScript off, a check-in is saved");
	await p2.goto(server.base + "/diary");
	ok(await p2.isVisible(".badge >> text=3"), "with JavaScript off, the diary shows it");
	await off.close();
} catch (e) {
	ok(false, "the journey ran to the end", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
