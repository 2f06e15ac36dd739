// Preloaded into a measured process: reports its peak RSS (KiB) on exit, on fd 3 if open, else stderr.
const fs = require('node:fs');
process.on('exit', () => {
  const line = `maxRSS=${process.resourceUsage().maxRSS}\n`;
  try {
    fs.writeSync(3, line);
  } catch {
    process.stderr.write(line);
  }
});
