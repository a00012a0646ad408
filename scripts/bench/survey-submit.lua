-- POST /v/{token}: submit a full parent questionnaire. Each thread takes its own slice of the links
-- so no link is submitted twice; 302 (to the thank-you page) means stored.
local threads = {}
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end
function init(args)
  tokens = {}
  local all = {}
  for line in io.lines(args[1]) do all[#all + 1] = line end
  local n = tonumber(args[4])
  for i = id + 1, #all, n do tokens[#tokens + 1] = all[i] end
  cookie, af = args[2], args[3]
  i, stored, other, ran_out = 0, 0, 0, 0
  local answers = {}
  for k = 1, 14 do answers[#answers + 1] = string.format("a.p%02d=%d", k, (k % 5) + 1) end
  body = table.concat(answers, "&") .. "&consent=false&action=submit&__RequestVerificationToken=" .. af
end
function request()
  i = i + 1
  if i > #tokens then
    ran_out = ran_out + 1
    return wrk.format("GET", "/v/bedankt")
  end
  return wrk.format("POST", "/v/" .. tokens[i], {
    ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
end
function response(status, headers, body)
  if i <= #tokens then
    if status == 302 then stored = stored + 1 else other = other + 1 end
  end
end
function done(summary, latency, requests)
  local s, o, r = 0, 0, 0
  for _, t in ipairs(threads) do s = s + t:get("stored"); o = o + t:get("other"); r = r + t:get("ran_out") end
  io.write(string.format("SUBMITTED_OK %d\nSUBMITTED_OTHER %d\nRAN_OUT %d\n", s, o, r))
end
