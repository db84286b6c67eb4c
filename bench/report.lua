-- wrk's report as one line bench/run reads:
-- RESULT requests requests/s p50 p95 p99 (microseconds) errors (non-2xx/3xx, socket errors)
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.1f %d %d %d %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(95), latency:percentile(99), errors))
end
