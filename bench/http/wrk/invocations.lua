-- POSTs CSV bodies to /invocations, cycling through the lines of the file named by $BODIES (one
-- body per line, names separated by commas). Each wrk thread starts at a different line.
local bodies = {}
local next_body = 1

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
  next_body = (math.random(#bodies))
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/invocations", { ["Content-Type"] = "text/csv" }, body)
end
