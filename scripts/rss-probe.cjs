// Preloaded into a measured process: reports its peak RSS (KiB) and CPU time (ms, all threads) on exit, on fd 3 if open, else stderr.
const fs = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  const line = `maxRSS=${u.maxRSS} cpuMs=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`;
  try {
    fs.writeSync(3, line);
  } catch {
    process.stderr.write(line);
  }
});
