-- GET /v/{token}, cycling over the benchmark's open links (viewing does not use a link up).
local tokens = {}
function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  counter = 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", "/v/" .. tokens[(counter % #tokens) + 1])
end
