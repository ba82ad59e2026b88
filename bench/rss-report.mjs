// Preloaded into every measured child (`node --import bench/rss-report.mjs …`): on exit the child
// writes its own peak resident memory and CPU time, which the parent cannot read portably.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
    } catch {
      // Reporting is best effort: a child that cannot write simply has no RSS figure.
    }
  });
}
