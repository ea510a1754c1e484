-- tests/soak/mix.lua: what wrk sends in tests/soak/soak.sh, a person's day
-- at speed: mostly page views (Today, the diary, the mood chart,
-- insights, help, the API list), and about one request in ten a check-in
-- posted through the Today form with its CSRF token. The session cookie
-- and the token come from the environment (WAYMARK_COOKIE, WAYMARK_CSRF).
-- Every answer that is not 2xx or 3xx is counted and printed at the end,
-- with the first few statuses, so soak.sh can require none.

local cookie = os.getenv("WAYMARK_COOKIE")
local csrf = os.getenv("WAYMARK_CSRF")
local pages = {
	{ 30, "/" }, { 20, "/diary" }, { 10, "/mood" }, { 8, "/insights" },
	{ 5, "/help" }, { 7, "/api/v1/checkins?limit=20" }, { 5, "/diary?q=walk" },
	{ 5, "/import" },
}
local post_weight = 10
local total = post_weight
for _, p in ipairs(pages) do total = total + p[1] end

local threads = {}
function setup(thread)
	table.insert(threads, thread)
end

local notes = {
	"a walk by the river", "hard morning, better after lunch", "tea with Sam",
	"slept badly", "work was a lot", "rain all day, stayed in",
}

local function checkin()
	local day = os.time() - math.random(0, 200) * 86400
	local body = string.format(
		"csrf=%s&mood=%d&note=%s&tags=soak%%2C+test&date=%s&time=%02d%%3A%02d",
		csrf, math.random(0, 10), notes[math.random(#notes)]:gsub(" ", "+"):gsub(",", "%%2C"),
		os.date("!%Y-%m-%d", day), math.random(0, 23), math.random(0, 59))
	return wrk.format("POST", "/checkin", {
		["Cookie"] = cookie,
		["Content-Type"] = "application/x-www-form-urlencoded",
	}, body)
end

function init(args)
	math.randomseed(os.time() + math.floor(os.clock() * 1000000))
	bad = 0
	statuses = {}
end

function request()
	local r = math.random(total)
	if r <= post_weight then
		return checkin()
	end
	r = r - post_weight
	for _, p in ipairs(pages) do
		if r <= p[1] then
			return wrk.format("GET", p[2], { ["Cookie"] = cookie })
		end
		r = r - p[1]
	end
	return wrk.format("GET", "/", { ["Cookie"] = cookie })
end

function response(status, headers, body)
	if status >= 400 then
		bad = bad + 1
		if #statuses < 5 then table.insert(statuses, status) end
	end
end

function done(summary, latency, requests)
	local n, seen = 0, {}
	for _, t in ipairs(threads) do
		n = n + t:get("bad")
		for _, s in ipairs(t:get("statuses")) do table.insert(seen, s) end
	end
	io.write(string.format("soak: bad answers %d%s\n", n,
		#seen > 0 and (" (" .. table.concat(seen, ", ") .. ")") or ""))
	io.write(string.format("soak: requests %d, socket errors %d, p50 %.2f ms, p99 %.2f ms\n",
		summary.requests,
		summary.errors.connect + summary.errors.read + summary.errors.write +
		summary.errors.status + summary.errors.timeout,
		latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
