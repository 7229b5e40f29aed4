// Runs the Playwright suite against Debian's Chromium. Without a Chromium it says so in one
// line and skips, unless REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const line = `Browser tests skipped: no Chromium at ${chromium} (install it with: sudo apt-get install chromium, or set CHROMIUM_PATH).`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`${line} REQUIRE_BROWSER=1, so this is a failure.`);
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(result.status ?? 1);
