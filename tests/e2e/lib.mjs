// Shared helpers for Waymark's browser tests: start `waymark ui` on a
// temporary vault, launch Debian's Chromium through playwright-core, run
// axe-core, take screenshots, and report results as TAP lines
// ("ok N - name" / "not ok N - name") that tests/run.sh counts.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const waymark = process.env.WAYMARK || join(root, "build", "waymark");
export const shots = join(root, process.env.WAYMARK_BUILD ? process.env.WAYMARK_BUILD.replace(/.*\//, "") : "build", "screenshots");
mkdirSync(shots, { recursive: true });

const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

export const env = {
	...process.env,
	TZ: "Europe/London",
	LC_ALL: "C.UTF-8",
	WAYMARK_TEST_WEAK_KDF: "1",
	NO_COLOR: "1",
};

let n = 0;
let failures = 0;
export function ok(cond, name, detail) {
	n++;
	if (cond) {
		console.log(`ok ${n} - ${name}`);
	} else {
		failures++;
		console.log(`not ok ${n} - ${name}`);
		if (detail) console.log("# " + String(detail).split("\n").join("\n# "));
	}
	return cond;
}
export function done() {
	console.log(`1..${n}`);
	process.exitCode = failures ? 1 : 0;
}

export function tempVault() {
	const dir = mkdtempSync(join(tmpdir(), "waymark-e2e-"));
	// never read the machine user's own files (their own measures, say)
	env.XDG_DATA_HOME = join(dir, "xdg");
	return { dir, path: join(dir, "vault.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// Runs the CLI against a vault (for setting up), returning stdout.
export function cli(vault, args, extraEnv = {}) {
	return execFileSync(waymark, args, { env: { ...env, WAYMARK_VAULT: vault, ...extraEnv }, encoding: "utf8" });
}

// Starts `waymark ui --port 0 --no-browser` and resolves with its URL.
export function startServer(vault, extraEnv = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(waymark, ["ui", "--port", "0", "--no-browser"], {
			env: { ...env, WAYMARK_VAULT: vault, ...extraEnv },
			stdio: ["ignore", "pipe", "pipe"],
		});
		let out = "";
		let errors = "";
		const timer = setTimeout(() => reject(new Error("waymark ui did not start: " + out)), 10000);
		child.stdout.on("data", (d) => {
			out += d;
			const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})/);
			if (m) {
				clearTimeout(timer);
				resolve({ url: m[0], base: `http://127.0.0.1:${m[1]}`, token: m[2], child,
					// stops the server and reports whether it closed cleanly
					stop: () => new Promise((r) => {
						child.removeAllListeners("exit");
						child.on("exit", (code) => {
							ok(code === 0, "the server closed cleanly", `exit ${code}`);
							ok(!/AddressSanitizer|LeakSanitizer|runtime error/.test(errors),
								"the server reported no memory errors or undefined behaviour", errors);
							r(code);
						});
						child.kill("SIGTERM");
					}) });
			}
		});
		child.stderr.on("data", (d) => { out += d; errors += d; });
		child.on("exit", (code) => reject(new Error(`waymark ui exited (${code}): ${out}`)));
	});
}

export async function launch() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
		args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
	});
}

// Runs axe-core on the page (WCAG 2.2 A and AA) and returns the violations.
export async function axe(page) {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const r = await window.axe.run(document, {
			runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
		});
		return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((x) => x.target.join(" ")).slice(0, 3).join(", ")})`);
	});
}

export async function screenshot(page, name) {
	const file = join(shots, `${name}.png`);
	await page.screenshot({ path: file, fullPage: true });
	return file;
}
