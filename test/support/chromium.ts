import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Browser tests drive the machine's Chromium (Debian's `chromium` package), never a browser that
 * a test tool downloads: this machine reaches no host but the package registries.
 * CHROMIUM_PATH points elsewhere when Chromium lives somewhere else.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return path;
}

/**
 * Headless and quiet: without the background-networking switches Chromium tries to reach
 * Google's hosts at every start, which a closed network refuses many times over.
 * --no-sandbox because CI runs as root, where Chromium's sandbox will not start.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
