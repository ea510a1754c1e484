// The navigation on a phone and on a wide screen: on a phone Today and the
// Diary sit beside "More", which opens (without JavaScript too) onto every
// other section and marks the one you are on; the check-in's mood scale
// is on the first screen even with goals due and people to get in touch
// with, which come after the form. On a wide screen every section is in
// sight and "More" is not there.
import { startServer, launch, tempVault, cli, screenshot, ok, done } from "./lib.mjs";

const v = tempVault();
cli(v.path, ["vault", "init"]);
cli(v.path, ["goal", "new", "--title", "Walk to the park", "--target", "3 per week"]);
cli(v.path, ["people", "add", "Sam", "--remind-weeks", "1", "--contacted", "2026-01-01"]);
const server = await startServer(v.path);
const browser = await launch();
const sections = ["Mood", "Insights", "Goals", "Life areas", "Questionnaires", "Recovery", "Plan", "People", "Settings"];

try {
	for (const js of [true, false]) {
		const how = js ? "" : " (JavaScript off)";
		const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: js });
		const page = await ctx.newPage();
		await page.goto(server.url);
		const box = await page.locator("label[for=mood-5]").boundingBox();
		ok(box && box.y + box.height <= 740, `phone${how}: the mood scale is on the first screen`, JSON.stringify(box));
		const form = await page.locator("form.checkin, main form").first().boundingBox();
		const goals = await page.locator("text=Walk to the park").first().boundingBox();
		ok(form && goals && goals.y > form.y, `phone${how}: goals due come after the check-in form`);
		ok(await page.isVisible("nav a:has-text('Diary')"), `phone${how}: Diary is in the row`);
		ok(!(await page.isVisible("nav li.wide-only a:has-text('Goals')")), `phone${how}: the other sections wait under More`);
		await page.click("nav summary:has-text('More')");
		for (const name of sections)
			ok(await page.isVisible(`nav li.nav-more a:has-text('${name}')`), `phone${how}: More opens onto ${name}`);
		if (js)
			await screenshot(page, "nav-more-360");
		await page.click("nav li.nav-more a:has-text('Goals')");
		ok(await page.isVisible("h1:has-text('goals')") || page.url().endsWith("/goals"), `phone${how}: More leads to Goals`);
		ok(await page.locator("nav summary.current").count() === 1, `phone${how}: More is marked while on Goals`);
		ok(await page.locator("nav li.nav-more a[aria-current=page]:has-text('Goals')").count() === 1,
			`phone${how}: Goals is the current page inside More`);
		await ctx.close();
	}
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await ctx.newPage();
	await page.goto(server.url);
	for (const name of ["Today", "Diary", ...sections])
		ok(await page.isVisible(`nav li:not(.nav-more) > a:has-text('${name}')`), `wide: ${name} is in sight`);
	ok(!(await page.isVisible("nav summary:has-text('More')")), "wide: no More");
	await ctx.close();
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
}
done();
