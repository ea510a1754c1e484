// The Report page in a real browser, as pages.test.mjs does for the other
// pages: no axe-core violations (WCAG 2.2 A and AA) in light and dark, at
// 360 px and 1280 px, nothing wider than the screen, and screenshots in
// build/screenshots/. Then a journey: tick parts, see only those, add a
// question (and keep it through a mistake), download the PDF, flag an
// entry from its page, and print only the report.
import { startServer, launch, tempVault, cli, screenshot, axe, ok, done, env, root, waymark } from "./lib.mjs";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

// A made-up person's five weeks, with the clock at 2026-03-14 09:30.
const now = { WAYMARK_TEST_NOW: "2026-03-14T09:30:00" };
const v = tempVault();
const pass = join(v.dir, "pass");
writeFileSync(pass, "a long passphrase\n");
cli(v.path, ["vault", "init", "--passphrase"], { WAYMARK_PASSPHRASE_FILE: pass, ...now });
execFileSync("bash", ["-c", `. "${join(root, "tests", "data", "report", "fill.sh")}"`], {
	env: { ...env, WAYMARK: waymark, WAYMARK_VAULT: v.path, WAYMARK_PASSPHRASE_FILE: pass, ...now },
	stdio: ["ignore", "ignore", "inherit"],
});
const flagged = JSON.parse(cli(v.path, ["diary", "--json"], { WAYMARK_PASSPHRASE_FILE: pass, ...now }))
	.find((e) => e.for_appointment && e.date === "2026-03-10").id;

const all = "show=1&section=mood&section=sleep&section=measures&section=goals&section=plan"
	+ "&section=notes&section=areas&section=questions";
const pages = [
	["report", "/report"],
	["report-all", `/report?${all}`],
	["report-error", "/report?show=1&from=2026-03-20&to=2026-03-01&section=mood"],
	["entry-flagged", `/diary/${flagged}`],
];

const server = await startServer(v.path, now);
const browser = await launch();

try {
	for (const scheme of ["light", "dark"]) {
		for (const width of [360, 1280]) {
			// axe's page run needs its script injected: bypass CSP for the check only
			const ctx = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme,
				bypassCSP: true, reducedMotion: "reduce" });
			const page = await ctx.newPage();
			await page.goto(server.url);
			await page.fill("#passphrase", "a long passphrase");
			await page.click("button[type=submit]");
			for (const [name, path] of pages) {
				await page.goto(server.base + path);
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

	// a journey, with the strict CSP in force
	const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
	const page = await ctx.newPage();
	const errors = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("console", (m) => { if (m.type() === "error" && !/status of 400/.test(m.text())) errors.push(m.text()); });
	await page.goto(server.url);
	await page.fill("#passphrase", "a long passphrase");
	await page.click("button[type=submit]");
	await page.click("nav >> text=Report");
	ok(page.url() === server.base + "/report", "the Report page is in the navigation", page.url());
	ok(!(await page.isVisible("article.report")), "nothing is shown before the person chooses");
	ok((await page.locator("input[name=section]:checked").count()) === 0, "no part is ticked for them");

	await page.click("button:has-text('Show the report')");
	ok(await page.isVisible(".error-summary >> text=please tick at least one part"), "asking with nothing ticked says what to do");

	await page.check("#section-notes");
	await page.check("#section-questions");
	await page.click("button:has-text('Show the report')");
	ok(await page.isVisible("article.report"), "the report is shown");
	ok(await page.isVisible("article.report >> text=Check-ins I flagged"), "with the flagged check-ins");
	ok(await page.isVisible("article.report >> text=like walking through fog"), "holding the flagged note");
	ok(!(await page.isVisible("article.report >> text=Questionnaires")), "and not the questionnaires, which were not ticked");
	ok(!(await page.isVisible("article.report >> text=Mood, week by week")), "nor the mood");
	ok(await page.isVisible("article.report >> text=15 February to 14 March 2026"), "it says the period");
	ok(await page.isVisible("article.report >> text=Made on Saturday 14 March 2026"), "and when it was made");
	ok(await page.isVisible("button[data-print]"), "the script offers a Print button");

	// a question, kept through a mistake
	await page.fill("#question", "x".repeat(520));
	await page.click("button:has-text('Add the question')");
	ok(await page.isVisible("#question-error"), "a question that is too long gets a message beside it");
	ok((await page.inputValue("#question")).length === 520, "and the typing is kept");
	await page.fill("#question", "Can we look at the plan together?");
	await page.click("button:has-text('Add the question')");
	ok(await page.isVisible("article.report >> text=Can we look at the plan together?"), "a new question joins the report");
	ok(await page.isChecked("#section-notes"), "and the choices are still ticked");

	// the PDF
	const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download as PDF")]);
	ok(/^waymark-report-2026-02-15-to-2026-03-14\.pdf$/.test(download.suggestedFilename()),
		"the PDF downloads with the period in its name", download.suggestedFilename());
	const file = join(v.dir, "report.pdf");
	await download.saveAs(file);
	const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
	ok(text.includes("Can we look at the plan together?") && !text.includes("Questionnaires"),
		"the PDF holds the chosen parts only");

	// printing leaves only the report
	await page.emulateMedia({ media: "print" });
	ok(!(await page.isVisible(".report-tools")) && await page.isVisible("article.report"),
		"the print style shows the report and nothing else");
	await screenshot(page, "report-print");
	await page.emulateMedia({ media: "screen" });

	// flag from an entry's page, without JavaScript's help
	await page.goto(`${server.base}/diary/${flagged}`);
	await page.click("button:has-text('Take off the appointment flag')");
	ok(await page.isVisible("text=The appointment flag is off."), "the flag can be taken off on the entry's page");
	await page.click("button:has-text('Flag for my appointment')");
	ok(await page.isVisible("text=Flagged for your appointment"), "and put back");
	ok(errors.length === 0, "no script errors or refused resources", errors.join("\n"));
	await ctx.close();
} catch (e) {
	ok(false, "every report page was checked", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
