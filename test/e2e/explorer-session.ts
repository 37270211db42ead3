import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ApiClient } from '../support/api-client';
import { launchChromium } from '../support/chromium';
import { useTestBed } from '../support/test-bed';
import { ensureWebBuild } from '../support/web-build';

export const SCREENSHOT_DIR = join(__dirname, 'screenshots');

/**
 * The built explorer and Chromium, in front of the service of the calling file's test bed. Every
 * page runs in a context that refuses and records any request to another host.
 */
export class ExplorerSession {
  readonly foreignRequests: string[] = [];
  readonly pageErrors: string[] = [];
  private contexts: BrowserContext[] = [];
  private launched?: Browser;

  constructor(readonly api: ApiClient) {}

  get baseUrl(): string {
    return this.api.baseUrl;
  }

  private get browser(): Browser {
    if (!this.launched) throw new Error('Chromium is not running (use the session inside a test)');
    return this.launched;
  }

  async open(): Promise<void> {
    ensureWebBuild();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    this.launched = await launchChromium();
  }

  async newPage(): Promise<Page> {
    const context = await this.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
    });
    this.contexts.push(context);
    const origin = new URL(this.baseUrl).origin;
    const ownUrl = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:');
    context.on('request', (request) => {
      if (!ownUrl(request.url())) this.foreignRequests.push(request.url());
    });
    await context.route('**/*', (route) =>
      ownUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    // The shared 2-core machine can take long over a cold Neo4j's first queries.
    page.setDefaultTimeout(90_000);
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    return page;
  }

  /** Serious and critical WCAG 2.1 A/AA violations found by axe-core, as readable lines. */
  async accessibilityViolations(page: Page): Promise<string[]> {
    // GraphiQL's tab bar puts each tab's close button inside its role="tab" element
    // (nested-interactive); that markup is GraphiQL's own, so axe skips that one bar.
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('.graphiql-tabs')
      .analyze();
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  }

  async screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.launched?.close();
  }
}

/**
 * Registers the session's jest hooks in the calling file: the web build and Chromium, then the
 * test bed (the real service on the reference seed in the test Neo4j). Jest runs afterAll hooks
 * in the order they were registered, so Chromium closes before the service stops.
 */
export function useExplorerSession(timeoutMs: number): ExplorerSession {
  beforeAll(() => session.open(), timeoutMs);
  afterAll(() => session.close());
  const session = new ExplorerSession(useTestBed({ seed: true, timeoutMs }).api);
  return session;
}
