-- GET /dossiers/{case} as that case's own caseworker: lines "cookie-header<TAB>case-id", cycled over.
-- Counts answers other than 200 (a 302 to the sign-in page would otherwise pass as a success).
local workers = {}
local threads = {}
function setup(thread) threads[#threads + 1] = thread end
function init(args)
  for line in io.lines(args[1]) do
    local cookie, case = line:match("^(.-)\t(%S+)$")
    workers[#workers + 1] = { cookie, "/dossiers/" .. case }
  end
  counter = math.random(#workers)
  ok = 0
  other = 0
end
function request()
  counter = counter + 1
  local w = workers[(counter % #workers) + 1]
  return wrk.format("GET", w[2], { ["Cookie"] = w[1] })
end
function response(status)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end
function done()
  local o, x = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); x = x + t:get("other") end
  io.write(string.format("OK_200 %d\nNOT_200 %d\n", o, x))
end
