// Peter's Plan from the guide (seed 000), end to end in a real browser:
// answer the plan's questions in order, look over the SMART check, get a
// kind message and keep every word after bad input, save it, count
// progress for several weeks (back-dated), tick the steps off, see what
// is due on Today and the progress in the diary, subscribe a calendar,
// move the deadline, finish it and be asked about the reward. Then count
// progress with JavaScript turned off.
import { startServer, launch, tempVault, cli, screenshot, ok, done } from "./lib.mjs";

const v = tempVault();
cli(v.path, ["vault", "init"]);
const server = await startServer(v.path);
const browser = await launch();

// a day n days ago, YYYY-MM-DD (UTC is never ahead of the UK's date)
const ago = (n) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);
// days since this week's Monday
const sinceMonday = (new Date().getUTCDay() + 6) % 7;

const peter = {
	title: "To cook at least 2 healthy meals per week for the next 6 months.",
	why: "Cooking 2 healthy meals per week is good for my physical health and cooking can be good for mental wellbeing too.",
	achievable: "My goal is achievable as it's only 2 meals a week and realistic to the time I've got available and it doesn't seem too stressful.",
	prepare: "I'm going to plan how long the meal will take to cook. I'll make sure I leave myself enough time to prepare, cook and eat the meal.",
	deadline: "for the next 6 months",
	deadline_note: "This is realistic and gives me time to get used to cooking. If it goes well I might do more.",
	step: "I am going to find healthy and affordable recipes to cook. I will search on BBC Good Food for this.\n" +
		"I am going to buy the ingredients for this meal when I go shopping with my support worker.",
	reward: "I will acknowledge that I have achieved something which I found difficult. I will reward myself by doing something that I enjoy.",
	if_missed: "I won't be as hard on myself and I will make a new deadline and start again.",
	target: "2 healthy meals per week",
	area: "health",
};

try {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const errors = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("console", (m) => { if (m.type() === "error" && !/status of 400/.test(m.text())) errors.push(m.text()); });

	await page.goto(server.url);
	await page.click("nav >> text=Goals");
	ok(await page.isVisible("h1:has-text('Your goals')"), "Goals is in the navigation");
	await page.click("text=Set a new goal");

	// the questions, in the guide's order
	const labels = await page.$$eval("form.plan label", (ls) => ls.map((l) => l.textContent));
	ok(labels.slice(0, 8).join("|") === ["What is your specific goal?", "Why is this goal meaningful to you?",
		"Is this goal achievable? Why?", "How are you going to prepare for this activity?", "What is your deadline?",
		"Anything you want to say about the deadline?", "How will you do this activity?",
		"What will you do when you have finished your task?"].join("|"), "the plan's questions come in the guide's order", labels.join("|"));

	// bad input: every word kept, a kind message beside the field
	for (const [k, val] of Object.entries(peter)) await page.fill(`#${k}`, val);
	await page.fill("#deadline", "next tuesdayish");
	await page.fill("#target", "lots");
	await page.click("button:has-text('Save my goal')");
	ok(await page.isVisible("#deadline-error"), "a deadline of 'next tuesdayish' gets a message beside it");
	ok(await page.evaluate(() => document.activeElement.classList.contains("error-summary")), "the message summary takes the focus");
	ok((await page.inputValue("#why")) === peter.why && (await page.inputValue("#step")) === peter.step &&
		(await page.inputValue("#target")) === "lots", "everything typed is still there");
	await page.fill("#deadline", peter.deadline);
	await page.click("button:has-text('Save my goal')");
	ok(await page.isVisible("#target-error"), "a target of 'lots' gets a message beside it");
	await screenshot(page, "journey-goal-bad-input-1280");
	await page.fill("#target", peter.target);

	// the SMART check, before saving: this plan is clear
	await page.click("button:has-text('Check my plan first')");
	ok(await page.isVisible("text=Your plan looks clear"), "Check my plan first: a clear plan is called clear");
	ok((await page.inputValue("#reward")) === peter.reward, "... and the answers are still there to save");
	await page.click("button:has-text('Save my goal')");
	ok(await page.isVisible("text=Your goal is saved."), "Peter's Plan is saved");
	const goalUrl = page.url().replace(/\?.*/, "");
	ok(await page.isVisible("h1:has-text('To cook at least 2 healthy meals')"), "its page shows the goal");
	ok(await page.isVisible("text=2 of 2 steps done") === false && await page.isVisible("text=0 of 2 steps done"), "its page shows the two steps");

	// progress over four weeks, back-dated: a Tuesday and a Thursday each
	const days = [4, 3, 2, 1].flatMap((w) => [ago(sinceMonday + 7 * w - 1), ago(sinceMonday + 7 * w - 3)]);
	let said = "";
	for (const [i, d] of days.entries()) {
		await page.fill("#date", d);
		await page.fill("#note", i % 2 ? "Vegetable curry" : "Pasta bake");
		await page.click("button:has-text('Count it')");
		said = await page.textContent(".notice");
	}
	ok(/Counted 1 on .*\. That week: 2 of 2 healthy meals\./.test(said), "the notice says how that week went", said);
	ok(await page.isVisible("text=8 healthy meals in all") && await page.isVisible("text=Weeks at your target: 4."),
		"eight meals in all, four weeks at the target");
	const reached = await page.$$eval("table.data .tick", (t) => t.length);
	ok(reached === 4, "the table shows the four weeks at the target", `${reached} weeks`);
	ok(await page.isVisible("svg.chart rect.s-count"), "the chart draws the weeks as bars");
	await screenshot(page, "journey-goal-progress-1280");

	// steps
	await page.click("ol.steps li:nth-child(1) button:has-text('Done')");
	ok(await page.isVisible("text=Step done: 1 of 2 steps done."), "the first step is ticked off");
	await page.click("ol.steps li:nth-child(2) button:has-text('Done')");
	ok(await page.isVisible("text=That was the last step."), "the last step says so");

	// what is due, on Today; the progress, in the diary
	cli(v.path, ["checkin", "--mood", "6", "--date", days[7], "--note", "Cooked tonight"]);
	await page.click("nav >> text=Today");
	const due = await page.isVisible("section.due");
	ok(due && await page.isVisible("section.due >> text=To cook at least 2"), "Today shows the goal's week so far");
	await page.click("nav >> text=Diary");
	ok(await page.isVisible(".goal-events >> text=Counted 1: Vegetable curry") &&
		await page.isVisible(".goal-events a:has-text('To cook at least 2')"), "the diary shows the meal under its day, with its goal");

	// a calendar address, and what a calendar app would get
	await page.goto(goalUrl.replace(/\/goals\/\d+$/, "/goals"));
	await page.click("button:has-text('Make a calendar address')");
	const feed = await page.inputValue("#feed-url");
	let r = await fetch(feed);
	const ics = await r.text();
	ok(r.status === 200 && /text\/calendar/.test(r.headers.get("content-type")) && /BEGIN:VCALENDAR/.test(ics) &&
		/SUMMARY:Goal deadline: To cook at least 2/.test(ics), "the calendar address answers with the deadline", `${r.status} ${ics.slice(0, 80)}`);
	r = await fetch(feed.replace(/key=.*/, "key=" + "0".repeat(64)));
	ok(r.status === 403, "a wrong key is refused", r.status);

	// a new date: no penalty
	await page.goto(goalUrl);
	await page.fill("#deadline", "in 7 months");
	await page.click("button:has-text('Set the date')");
	ok(await page.isVisible("text=Moving a date is part of planning"), "a new deadline, said calmly");

	// done, and the reward
	await page.click("button:has-text('I have done it')");
	ok(await page.isVisible("text=You did it!"), "marking it done celebrates");
	ok(await page.isVisible(`blockquote >> text=${peter.reward.slice(0, 30)}`), "it shows the reward as planned");
	ok(await page.isVisible("text=Have you had your reward yet?"), "it asks whether they have had their reward");
	await screenshot(page, "journey-goal-done-1280");
	await page.click("button:has-text('Yes, I have')");
	ok(await page.isVisible("text=Lovely. You earned it."), "having had it is met warmly");
	await page.click("text=Back to your goals");
	ok(await page.isVisible("#state-done") && await page.isVisible(".goal-card >> text=To cook at least 2"), "the list shows it under Done");
	ok(errors.length === 0, "no script errors or CSP refusals", errors.join("\n"));
	await ctx.close();

	// without JavaScript
	const nojs = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
	const p2 = await nojs.newPage();
	await p2.goto(server.url);
	await p2.goto(server.base + "/goals/new");
	await p2.fill("#title", "Walk to the park");
	await p2.fill("#target", "3 per week");
	await p2.click("button:has-text('Save my goal')");
	ok(await p2.isVisible("text=Your goal is saved."), "without JavaScript: a goal is saved");
	await p2.fill("#count", "2");
	await p2.click("button:has-text('Count it')");
	ok(await p2.isVisible("text=Counted 2 today."), "without JavaScript: progress is counted");
	await screenshot(p2, "journey-goal-nojs-360");
	await nojs.close();
} catch (e) {
	ok(false, "the goals journey ran to the end", e.stack);
} finally {
	await browser.close();
	await server.stop();
	v.cleanup();
	done();
}
