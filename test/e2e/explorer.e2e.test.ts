import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { readXlsx } from '../support/xlsx';
import { useExplorerSession } from './explorer-session';

// The explorer in Chromium against the real service on the reference seed: the three users'
// paths of issue 15, GraphiQL, accessibility of every page, and no request to another host.
jest.setTimeout(180_000);

const session = useExplorerSession(600_000);

afterEach(() => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

async function expectAccessible(page: Page): Promise<void> {
  expect(await session.accessibilityViolations(page)).toEqual([]);
}

/** Where a node of the lineage map is on the page, from the handle LineageMap leaves on its container. */
function nodePoint(map: Locator, number: string): Promise<{ x: number; y: number }> {
  return map.evaluate((element, id) => {
    // No DOM types in the tests' tsconfig.
    const map = element as unknown as {
      cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
      getBoundingClientRect(): { left: number; top: number };
    };
    const position = map.cy.getElementById(id).renderedPosition();
    const box = map.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, number);
}

async function clickLineageNode(page: Page, number: string): Promise<void> {
  const map = page.getByTestId('lineage-map');
  await map.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid=lineage-map][data-drawn=true]');
  // Sections of the page that fill in after the map is drawn can still move it: click the node
  // once it stands still (two readings 250 ms apart), not where it was a moment ago.
  let point = await nodePoint(map, number);
  for (let reading = 0; reading < 40; reading++) {
    await page.waitForTimeout(250);
    const now = await nodePoint(map, number);
    if (now.x === point.x && now.y === point.y) break;
    point = now;
  }
  await page.mouse.click(point.x, point.y);
}

async function download(page: Page, linkName: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

async function downloadText(page: Page, linkName: RegExp): Promise<{ name: string; text: string }> {
  const { name, bytes } = await download(page, linkName);
  return { name, text: bytes.toString('utf8') };
}

async function hitNumbers(page: Page): Promise<string[]> {
  return page.getByTestId('hits').locator('li strong').allTextContents();
}

describe('the explorer in Chromium', () => {
  it('researcher: finds 20-22 by "kompressionsstrømpe", follows a lineage on the map to a predecessor repealed on 2020-01-01', async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/`);
    await page.getByLabel('Søgeord').fill('kompressionsstrømpe');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const hit = page.getByTestId('hits').locator('li', { hasText: '20-22' });
    await hit.waitFor();
    await expect(hit.locator('.badge').textContent()).resolves.toBe('Gældende');
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/^kompressionsstrømper$/i);
    await expectAccessible(page);
    await session.screenshot(page, 'search');

    await hit.getByRole('link').click();
    await page.waitForURL(/\/ruling\/20-22/);
    await page.getByRole('heading', { level: 1, name: /20-22/ }).waitFor();
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Gældende');
    await page.getByText('SEL § 112', { exact: true }).waitFor();
    await expect(page.getByTestId('complaint-case-count').textContent()).resolves.toMatch(/^\d+ klagesager/);
    // In the seed 20-22 replaces nothing; 51-19 is the ruling with a lineage, reached the same way.
    await page.getByText('Afgørelsen hverken erstatter eller er erstattet af andre.').waitFor();

    // Paging with the API's cursors both ways: the page before the second is the first again.
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId('hits').locator('li').first().waitFor();
    const firstPage = await hitNumbers(page);
    await page.getByRole('button', { name: 'Næste side' }).click();
    await page.waitForURL(/after=/);
    await page.getByRole('button', { name: 'Forrige side' }).waitFor();
    await expect(hitNumbers(page)).resolves.not.toEqual(firstPage);
    await page.getByRole('button', { name: 'Forrige side' }).click();
    await page.waitForURL(/before=/);
    await page.getByRole('button', { name: 'Forrige side' }).waitFor({ state: 'detached' });
    await expect(hitNumbers(page)).resolves.toEqual(firstPage);

    await page.goto(`${session.baseUrl}/?q=redning`);
    await page.getByTestId('hits').getByRole('link', { name: /51-19/ }).click();
    await page.waitForURL(/\/ruling\/51-19/);
    const lineage = page.getByTestId('lineage-list');
    for (const predecessor of ['10-18', 'U-10-08', '182-12', 'U-16-00']) {
      await lineage.getByRole('link', { name: predecessor, exact: true }).waitFor();
    }
    await expect(lineage.textContent()).resolves.toContain('2019-51 · sammenskrivning');
    await page.waitForSelector('[data-testid=lineage-map][data-drawn=true]');
    await expectAccessible(page);
    await session.screenshot(page, 'ruling');

    await clickLineageNode(page, 'U-10-08');
    await page.waitForURL(/\/ruling\/U-10-08/);
    await page.getByLabel('Status på dato').fill('2020-01-01');
    await page.waitForURL(/asOf=2020-01-01/);
    const status = await session.api.query(
      `{ ruling(number: "U-10-08") { status(asOf: "2020-01-01") { reasons { code label } } } }`,
    );
    const reasons: { code: string; label: string }[] = status.body.data!.ruling.status.reasons;
    expect(reasons.map((reason) => reason.code)).toContain('REPEALED_BY');
    for (const reason of reasons)
      await page.getByTestId('status-reasons').getByText(reason.label, { exact: true }).waitFor();
    await expect(page.getByTestId('status-reasons').textContent()).resolves.toContain('2019-51');
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Ophævet');
    await expect(page.getByTestId('status-reasons').textContent()).resolves.toContain('Praksis videreføres af 51-19');
    await expectAccessible(page);
  });

  it('front end: BL § 86 on 2024-06-01 lists 10-14 via SEL § 41, with the renumbering SEL § 41 → BL § 86', async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/paragraph/${encodeURIComponent('barnets lov §86')}?asOf=2024-06-01`);
    const row = page.getByTestId('applicable').locator('tr', { hasText: '10-14' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('via SEL § 41');
    // The timeline comes with a query of its own: read it once both entries are there.
    await page.getByTestId('timeline').locator('li').nth(1).waitFor();
    await expect(page.getByTestId('timeline').locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('SEL § 41'),
      expect.stringContaining('BL § 86'),
    ]);
    await expectAccessible(page);
    await session.screenshot(page, 'paragraph');

    await page.getByRole('link', { name: /Paragrafoversigt/ }).click();
    await page.waitForURL(/\/law\/BL/);
    await page.getByTestId('overview').locator('tr', { hasText: 'BL § 86' }).waitFor();
    const csv = await downloadText(page, /Hent paragrafoversigt \(CSV\)/);
    expect(csv.name).toBe('paragraph-overview-BL-2024-06-01.csv');
    expect(csv.text).toContain('BL § 86');
    const xlsx = await download(page, /Hent paragrafoversigt \(XLSX\)/);
    expect(xlsx.name).toBe('paragraph-overview-BL-2024-06-01.xlsx');
    const paragraphs = (await readXlsx(xlsx.bytes)).worksheets[0].getColumn(2).values;
    expect(paragraphs).toContain('BL § 86');
    await expectAccessible(page);
    await session.screenshot(page, 'law');
  });

  it('policy: practice for BL § 86 shows the rate, draws the charts, sorts authorities by rate and downloads the table', async () => {
    const expected = await session.api.query(`{ practice(filter: { paragraph: "BL § 86" }) {
      decided reversalRate byAuthority(first: 500, orderBy: DECIDED_DESC, minOnMerits: 0) { authority { code } decided } } }`);
    const { decided, reversalRate, byAuthority } = expected.body.data!.practice;
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/practice`);
    await page.getByLabel('Paragraf').fill('BL § 86');
    await page.getByRole('button', { name: 'Vis' }).click();
    const shown = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 1 }).format(reversalRate);
    // The page first shows national practice; wait for the answer to the filter before looking further.
    await page.waitForURL(/paragraph=BL/);
    await page.getByTestId('reversal-rate').getByText(shown).waitFor();
    await page.waitForSelector('[data-chart=by-year][data-drawn=true]');
    await page.waitForSelector('[data-chart=outcomes][data-drawn=true]');
    await page.waitForSelector('[data-chart=reasons][data-drawn=true]');

    const table = page.getByTestId('authorities');
    await table.getByRole('button', { name: /Omgørelsesprocent/ }).click();
    await expect(table.locator('th[aria-sort=descending]').textContent()).resolves.toContain('Omgørelsesprocent');
    const rates = (
      await table
        .locator('tbody td[data-rate]')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-rate')))
    ).map((rate) => (rate === '' ? -1 : Number(rate)));
    expect(rates).toHaveLength(byAuthority.length);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));

    // The CSV is the service's /practice.csv of the same filter (Danish: semicolons, code first).
    const csv = await downloadText(page, /Hent myndigheder \(CSV\)/);
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(byAuthority.length + 1);
    const codes = lines.slice(1).map((line) => line.split(';')[0]);
    expect(new Set(codes)).toEqual(
      new Set(byAuthority.map((row: { authority: { code: string } }) => row.authority.code)),
    );

    // The XLSX (every table, a sheet each), read back cell by cell against the API.
    const xlsx = await download(page, /Hent alle praksistabeller \(XLSX\)/);
    expect(xlsx.name).toMatch(/^practice-.*\.xlsx$/);
    const workbook = await readXlsx(xlsx.bytes);
    const summary = workbook.getWorksheet('Oversigt')!;
    expect(summary.getCell('A1').value).toBe('Afgjorte sager');
    expect(summary.getCell('A2').value).toBe(decided);
    expect(summary.getCell('D2').value).toBeCloseTo(reversalRate, 10);
    const authorities = workbook.getWorksheet('Myndigheder')!;
    expect(authorities.rowCount).toBe(byAuthority.length + 1);
    expect(authorities.getCell('A2').value).toBe(byAuthority[0].authority.code);
    expect(authorities.getCell('C2').value).toBe(byAuthority[0].decided);
    await expectAccessible(page);
    await session.screenshot(page, 'practice');
  });

  it('GraphiQL at /graphql runs a preloaded README operation with nothing loaded from another host', async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/graphql`);
    await expectAccessible(page);
    await page.getByRole('tab', { name: /LineageAndStatus/ }).waitFor();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.result-window').getByText('"U-10-08"').first().waitFor();
    await session.screenshot(page, 'graphiql');
    // The API at the same path answers GraphQL as before.
    const response = await fetch(
      `${session.baseUrl}/graphql?query=${encodeURIComponent('{ ruling(number: "51-19") { number } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect(await response.json()).toEqual({ data: { ruling: { number: '51-19' } } });
  });

  it('ruling page: notes an approximate date where the API says the status on it is approximate', async () => {
    // 51-19 is known only to its year (2019); within 2019 its status rests on the first day of it.
    const answer = await session.api.query(
      `{ ruling(number: "51-19") { datePrecision status(asOf: "2019-01-15") { dateApproximate } } }`,
    );
    expect(answer.body.data!.ruling).toEqual({ datePrecision: 'YEAR', status: { dateApproximate: true } });
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/ruling/51-19?asOf=2019-01-15`);
    await page
      .getByTestId('date-approximate')
      .getByText(/kan være truffet senere i perioden/)
      .waitFor();
    await expectAccessible(page);
  });

  it('serves client routes to browsers (history fallback) and leaves the service routes alone', async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/ruling/10-14`);
    await page.getByRole('heading', { level: 1, name: /10-14/ }).waitFor();
    await expect(page.getByTestId('date-approximate').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Lineage', exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const health = await fetch(`${session.baseUrl}/health`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});
