-- Prints one line wrk's own summary lacks: requests, seconds, p50/p95/p99 in ms, bytes per answer.
done = function(summary, latency, requests)
  io.write(string.format("WRK %d %.2f %.1f %.1f %.1f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
