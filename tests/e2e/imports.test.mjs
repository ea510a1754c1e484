// Bringing in Loop Habit Tracker's export through the /import page, as a
// person would: choose Loop and the ZIP, read what would come across
// (habits becoming trackers), bring it in, and find the days in the diary
// with their values and notes. Checked on a phone, with axe on both pages.
// A synthetic export, made here in the shape of Loop's.
import { startServer, launch, tempVault, cli, screenshot, axe, ok, done } from "./lib.mjs";
import { mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const v = tempVault();
cli(v.path, ["vault", "init"]);
const dir = join(v.dir, "loop");
mkdirSync(join(dir, "001 Read"), { recursive: true });
writeFileSync(join(dir, "Habits.csv"),
	"Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n" +
	"001,Read,YES_NO,Did you read?,,1,1,#FF8F00,,,,false\n" +
	"002,Walk,NUMERICAL,How far?,,1,1,#00897B,km,AT_LEAST,2,false\n");
writeFileSync(join(dir, "Checkmarks.csv"),
	"Date,Read,Walk,\n2026-03-03,-1,-1,\n2026-03-02,2,3000,\n2026-03-01,0,1500,\n");
writeFileSync(join(dir, "001 Read", "Checkmarks.csv"),
	"Date,Value,Notes\n2026-03-02,YES_MANUAL,\"\"\"A chapter before bed\"\"\"\n");
const zip = join(v.dir, "Loop Habits CSV 2026-03-03.zip");
execFileSync("zip", ["-qr", zip, "."], { cwd: dir });

const server = await startServer(v.path);
const browser = await launch();
try {
	const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await ctx.newPage();
	await page.goto(server.url);
	await page.goto(server.base + "/import");
	ok(await page.isVisible("label:has-text('Loop Habit Tracker')"), "Loop is one of the apps");
	await page.check("#app-loop");
	await page.setInputFiles("#file", zip);
	await page.click("button:has-text('Show what would come across')");
	const report = await page.textContent("main");
	ok(/2 check-ins, from 2026-03-01 to 2026-03-02/.test(report), "the report counts the days", report.slice(0, 400));
	ok(report.includes("Read (yes or no), Walk (a count)"), "the report says the habits become trackers");
	ok(report.includes("1 note you wrote"), "the report says the note comes across");
	ok(!(await page.isVisible("text=How moods become")), "no mood table for an app without moods");
	const v1 = await axe(page);
	ok(v1.length === 0, "the report page passes axe", v1.join("; "));
	await screenshot(page, "import-loop-report-360");
	ok(!(await page.isVisible("button:has-text('Show again with these moods')")), "no button to change moods it does not have");
	await page.click("button:has-text('Bring them in')");
	ok((await page.textContent("main")).includes("Brought in: 2"), "two check-ins brought in");
	await page.click("a:has-text('Go to your diary')");
	const diary = await page.textContent("main");
	ok(diary.includes("A chapter before bed"), "the note is in the diary", diary.slice(0, 400));
	ok(diary.includes("Read: no \u00b7 Walk: 2 km"), "a day with only habits shows their values", diary.slice(0, 600));
	const v2 = await axe(page);
	ok(v2.length === 0, "the diary with imported days passes axe", v2.join("; "));
	await screenshot(page, "import-loop-diary-360");
	const list = JSON.parse(cli(v.path, ["tracker", "list", "--json"]));
	ok(list.length === 2, "two trackers were made", JSON.stringify(list));
	await ctx.close();
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
}
done();
