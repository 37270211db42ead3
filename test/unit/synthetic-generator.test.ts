import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArguments, UsageError } from '../../seed/synthetic/generate';
import {
  generateSynthetic,
  syntheticRecords,
  type SyntheticOptions,
  type SyntheticRecord,
} from '../../seed/synthetic/index';
import { NdjsonWriter } from '../../seed/synthetic/ndjson-writer';
import type {
  ComplaintCaseRecord,
  ConsolidationRecord,
  Outcome,
  ParagraphRecord,
  RulingRecord,
} from '../../seed/synthetic/records';

// Shapes the importer accepts (seed/FORMAT.md), restated here so the generator is held to the
// contract rather than to its own code.
const RULING_NUMBER = /^[A-Z]-[1-9]\d{0,2}-\d{2}$/;
const PARAGRAPH_REF = /^(?<law>[A-Z]{2,8}) § [1-9]\d{0,3}(?: stk\. [1-9]\d{0,2})?$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CPR_LIKE = /(?<!\d)\d{6}[-\s]?\d{4}(?!\d)/;
const REAL_LAW_IDS = ['SEL', 'BL', 'ASL', 'BUYL', 'LAS', 'ALM', 'LAB', 'RSL'];
const PRECEDENCE: readonly Outcome[] = ['UPHELD', 'REMANDED', 'ANNULLED', 'CHANGED'];

async function hashOf(options: SyntheticOptions): Promise<string> {
  const hash = createHash('sha256');
  await generateSynthetic(options, (line) => {
    hash.update(line);
    hash.update('\n');
  });
  return hash.digest('hex');
}

function registeredOutcome(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.length === 1) return outcomes[0];
  return outcomes.reduce((best, o) => (PRECEDENCE.indexOf(o) > PRECEDENCE.indexOf(best) ? o : best));
}

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

describe('synthetic generator: determinism', () => {
  it('gives byte-identical output for the same options and different output for another seed', async () => {
    const options = { rulings: 600, cases: 3000, seed: 7 };
    const first = await hashOf(options);
    expect(await hashOf(options)).toBe(first);
    expect(await hashOf({ ...options, seed: 8 })).not.toBe(first);
  });

  it('keeps the rulings of a seed when only the number of cases changes', () => {
    const rulingsOf = (cases: number) =>
      [...syntheticRecords({ rulings: 300, cases, seed: 3 })].filter(
        (r) => r.kind === 'ruling' || r.kind === 'consolidation',
      );
    expect(rulingsOf(10)).toEqual(rulingsOf(500));
  });
});

describe('synthetic generator: a 2,000-ruling, 20,000-case data set', () => {
  let records: SyntheticRecord[];
  let rulings: RulingRecord[];
  let consolidations: ConsolidationRecord[];
  let cases: ComplaintCaseRecord[];
  let paragraphs: Map<string, ParagraphRecord>;

  beforeAll(() => {
    records = [...syntheticRecords({ rulings: 2000, cases: 20_000, seed: 1 })];
    rulings = records.filter((r): r is RulingRecord => r.kind === 'ruling');
    consolidations = records.filter((r): r is ConsolidationRecord => r.kind === 'consolidation');
    cases = records.filter((r): r is ComplaintCaseRecord => r.kind === 'complaintCase');
    paragraphs = new Map(records.filter((r): r is ParagraphRecord => r.kind === 'paragraph').map((p) => [p.ref, p]));
  });

  it('has the requested counts and its own laws, authorities and reversal reasons', () => {
    expect(rulings).toHaveLength(2000);
    expect(cases).toHaveLength(20_000);
    const laws = records.filter((r) => r.kind === 'law');
    expect(laws.length).toBe(20);
    for (const law of laws) expect(REAL_LAW_IDS).not.toContain(law.id);
    const municipalities = records.filter((r) => r.kind === 'authority' && r.type === 'MUNICIPALITY');
    expect(municipalities).toHaveLength(98);
    expect(records.some((r) => r.kind === 'authority' && r.type !== 'MUNICIPALITY')).toBe(true);
    expect(paragraphs.size).toBeGreaterThanOrEqual(360);
    expect(paragraphs.size).toBeLessThanOrEqual(440);
  });

  it('references only records earlier in the stream, in the shapes the importer accepts', () => {
    const seen = {
      law: new Set<string>(),
      paragraph: new Set<string>(),
      ruling: new Set<string>(),
      authority: new Set<string>(),
      reason: new Set<string>(),
    };
    const consolidationIds = new Set<string>();
    const caseIds = new Set<string>();
    const problems: string[] = [];
    const expectSeen = (set: Set<string>, key: string, where: string) => {
      if (!set.has(key)) problems.push(`${where}: ${key} not defined earlier`);
    };
    records.forEach((r, line) => {
      const where = `record ${line + 1} (${r.kind})`;
      switch (r.kind) {
        case 'reversalReason':
          seen.reason.add(r.code);
          break;
        case 'authority':
          if (!/^S\d{3}$/.test(r.code)) problems.push(`${where}: bad code ${r.code}`);
          seen.authority.add(r.code);
          break;
        case 'law':
          seen.law.add(r.id);
          break;
        case 'paragraph': {
          const m = PARAGRAPH_REF.exec(r.ref);
          if (!m?.groups) problems.push(`${where}: bad ref ${r.ref}`);
          else expectSeen(seen.law, m.groups.law, where);
          for (const old of r.replaces ?? []) expectSeen(seen.paragraph, old, where);
          if (seen.paragraph.has(r.ref)) problems.push(`${where}: ${r.ref} twice`);
          seen.paragraph.add(r.ref);
          break;
        }
        case 'ruling':
          if (!RULING_NUMBER.test(r.number)) problems.push(`${where}: bad number ${r.number}`);
          if (r.number.slice(-2) !== r.decidedOn.slice(2, 4))
            problems.push(`${where}: ${r.number} decided ${r.decidedOn}`);
          if (seen.ruling.has(r.number)) problems.push(`${where}: ${r.number} twice`);
          for (const p of r.paragraphs) expectSeen(seen.paragraph, p, where);
          for (const c of r.cites) expectSeen(seen.ruling, c, where);
          seen.ruling.add(r.number);
          break;
        case 'consolidation':
          if (consolidationIds.has(r.id)) problems.push(`${where}: ${r.id} twice`);
          consolidationIds.add(r.id);
          for (const n of r.issued) expectSeen(seen.ruling, n, where);
          for (const x of r.repeals) expectSeen(seen.ruling, x.ruling, where);
          break;
        case 'complaintCase':
          if (caseIds.has(r.id)) problems.push(`${where}: ${r.id} twice`);
          caseIds.add(r.id);
          if (!/^SK-\d{4}-\d{7}$/.test(r.id) || r.id.slice(3, 7) !== r.decidedOn.slice(0, 4))
            problems.push(`${where}: bad id ${r.id}`);
          expectSeen(seen.authority, r.authority, where);
          for (const p of r.paragraphs) expectSeen(seen.paragraph, p, where);
          for (const n of r.applied) expectSeen(seen.ruling, n, where);
          for (const code of r.reasons) expectSeen(seen.reason, code, where);
          break;
      }
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('writes ISO dates and no text shaped like a CPR number', () => {
    const text = records.map((r) => JSON.stringify(r)).join('\n');
    expect(text).not.toMatch(CPR_LIKE);
    for (const r of rulings) expect(r.decidedOn).toMatch(ISO_DATE);
  });

  it('dates rulings 1990-2025 and cases 2015-2025, received 1-8 months before decision', () => {
    expect(rulings.filter((r) => !(r.decidedOn >= '1990-01-01' && r.decidedOn <= '2025-12-31'))).toEqual([]);
    const offCases = cases.filter((c) => {
      const days = (Date.parse(c.decidedOn) - Date.parse(c.receivedOn)) / 86_400_000;
      return !(c.decidedOn >= '2015-01-01' && c.decidedOn <= '2025-12-31' && days >= 28 && days <= 245);
    });
    expect(offCases).toEqual([]);
  });

  it('has rulings and cases concern only paragraphs in force on their decision date', () => {
    const inForce = (ref: string, day: string) => {
      const p = paragraphs.get(ref)!;
      return p.validFrom <= day && (p.validTo === undefined || p.validTo >= day);
    };
    const offenders = [
      ...rulings.filter((r) => !r.paragraphs.every((p) => inForce(p, r.decidedOn))).map((r) => r.number),
      ...cases.filter((c) => !c.paragraphs.every((p) => inForce(p, c.decidedOn))).map((c) => c.id),
    ];
    expect(offenders).toEqual([]);
  });

  it('renumbers paragraphs without gaps or cycles: a successor starts the day after its predecessor ends', () => {
    const successors = [...paragraphs.values()].filter((p) => p.replaces);
    expect(successors.length / paragraphs.size).toBeGreaterThan(0.1);
    for (const p of successors) {
      for (const old of p.replaces!) expect(paragraphs.get(old)!.validTo).toBe(dayBefore(p.validFrom));
    }
    // Some provisions were renumbered two or three times over.
    const generation = new Map<string, number>();
    for (const p of paragraphs.values())
      generation.set(p.ref, p.replaces ? 1 + Math.max(...p.replaces.map((r) => generation.get(r)!)) : 0);
    expect(Math.max(...generation.values())).toBeGreaterThanOrEqual(2);
    // A law-wide move into another law, as serviceloven to barnets lov.
    expect(
      [...paragraphs.values()].some((p) => p.replaces?.some((old) => old.split(' ')[0] !== p.ref.split(' ')[0])),
    ).toBe(true);
  });

  it('cites only earlier rulings and never cites a ruling twice', () => {
    const decided = new Map(rulings.map((r) => [r.number, r.decidedOn]));
    for (const r of rulings) {
      expect(new Set(r.cites).size).toBe(r.cites.length);
      for (const c of r.cites) expect(decided.get(c)! <= r.decidedOn).toBe(true);
    }
  });

  it('never repeals a ruling before its date or fully twice, and dates issued rulings on the consolidation', () => {
    const decided = new Map(rulings.map((r) => [r.number, r.decidedOn]));
    const fullyRepealed = new Set<string>();
    for (const c of consolidations) {
      expect(c.repeals.length).toBeGreaterThan(0);
      expect(c.issued.length).toBe(c.type === 'REPEAL' ? 0 : 1);
      if (c.type === 'REWRITE') expect(c.repeals).toHaveLength(1);
      if (c.type === 'MERGE') expect(c.repeals.length).toBeGreaterThanOrEqual(2);
      for (const n of c.issued) expect(decided.get(n)).toBe(c.decidedOn);
      for (const x of c.repeals) {
        expect(decided.get(x.ruling)! <= c.decidedOn).toBe(true);
        if (x.extent === 'FULL') {
          expect(fullyRepealed.has(x.ruling)).toBe(false);
          fullyRepealed.add(x.ruling);
        }
      }
    }
  });

  it('repeals about 15 % of rulings, about 10 % of repeals partial, mostly without new practice', () => {
    const repeals = consolidations.flatMap((c) => c.repeals);
    const repealed = new Set(repeals.map((x) => x.ruling));
    expect(repealed.size / rulings.length).toBeGreaterThan(0.1);
    expect(repealed.size / rulings.length).toBeLessThan(0.2);
    const partial = repeals.filter((x) => x.extent === 'PARTIAL').length / repeals.length;
    expect(partial).toBeGreaterThan(0.04);
    expect(partial).toBeLessThan(0.16);
    expect(consolidations.filter((c) => c.containsNewPractice).length / consolidations.length).toBeLessThan(0.25);
    expect(new Set(consolidations.map((c) => c.type))).toEqual(new Set(['MERGE', 'REWRITE', 'REPEAL']));
  });

  it('builds lineage chains of depth 8 and none deeper', () => {
    const depth = new Map<string, number>();
    for (const c of consolidations) {
      const d = 1 + Math.max(...c.repeals.map((x) => depth.get(x.ruling) ?? 0));
      for (const n of c.issued) depth.set(n, d);
    }
    const depths = [...depth.values()];
    expect(Math.max(...depths)).toBe(8);
    expect(depths.filter((d) => d === 8).length).toBeGreaterThanOrEqual(3);
  });

  it('matches the outcome calibration: 5 % dismissed, 30 % of merits reversed, 60 % of reversals remanded', () => {
    const registered = cases.map((c) => registeredOutcome(c.outcomes));
    const count = (o: Outcome) => registered.filter((r) => r === o).length;
    const dismissed = count('DISMISSED');
    const merits = cases.length - dismissed;
    const reversed = count('CHANGED') + count('ANNULLED') + count('REMANDED');
    expect(dismissed / cases.length).toBeGreaterThan(0.03);
    expect(dismissed / cases.length).toBeLessThan(0.07);
    expect(reversed / merits).toBeGreaterThan(0.25);
    expect(reversed / merits).toBeLessThan(0.35);
    expect(count('REMANDED') / reversed).toBeGreaterThan(0.5);
    expect(count('REMANDED') / reversed).toBeLessThan(0.7);
    const several = cases.filter((c) => c.outcomes.length > 1);
    expect(several.length / cases.length).toBeGreaterThan(0.015);
    expect(several.length / cases.length).toBeLessThan(0.05);
    for (const c of several) expect(c.outcomes).not.toContain('DISMISSED');
  });

  it('gives reasons only for reversed cases from 2019, INFO in about 74 % of them', () => {
    const withReasons = cases.filter((c) => c.reasons.length > 0);
    const misplaced = withReasons.filter(
      (c) =>
        ['UPHELD', 'DISMISSED'].includes(registeredOutcome(c.outcomes)) ||
        c.decidedOn < '2019-01-01' ||
        c.reasons.length > 2,
    );
    expect(misplaced).toEqual([]);
    const reversedSince2019 = cases.filter(
      (c) => c.decidedOn >= '2019-01-01' && !['UPHELD', 'DISMISSED'].includes(registeredOutcome(c.outcomes)),
    );
    expect(reversedSince2019.filter((c) => c.reasons.length === 0)).toEqual([]);
    const info = withReasons.filter((c) => c.reasons.includes('INFO')).length / withReasons.length;
    expect(info).toBeGreaterThan(0.68);
    expect(info).toBeLessThan(0.8);
  });

  it('varies reversal rates widely between authorities', () => {
    const tally = new Map<string, { merits: number; reversed: number }>();
    for (const c of cases) {
      const outcome = registeredOutcome(c.outcomes);
      if (outcome === 'DISMISSED') continue;
      const t = tally.get(c.authority) ?? { merits: 0, reversed: 0 };
      t.merits++;
      if (outcome !== 'UPHELD') t.reversed++;
      tally.set(c.authority, t);
    }
    const rates = [...tally.values()].filter((t) => t.merits >= 50).map((t) => t.reversed / t.merits);
    expect(rates.length).toBeGreaterThan(40);
    expect(Math.min(...rates)).toBeLessThan(0.25);
    expect(Math.max(...rates)).toBeGreaterThan(0.6);
  });

  it('applies only rulings decided before the case and still in force, with a skewed popularity', () => {
    const decided = new Map(rulings.map((r) => [r.number, r.decidedOn]));
    const repealedOn = new Map<string, string>();
    for (const c of consolidations)
      for (const x of c.repeals) if (x.extent === 'FULL') repealedOn.set(x.ruling, c.decidedOn);
    const uses = new Map<string, number>();
    const problems: string[] = [];
    for (const c of cases) {
      if (c.applied.length > 3) problems.push(`${c.id} applies ${c.applied.length}`);
      for (const n of c.applied) {
        if (!(decided.get(n)! < c.decidedOn)) problems.push(`${c.id} applies ${n}, decided later`);
        const repealed = repealedOn.get(n);
        if (repealed !== undefined && repealed <= c.decidedOn)
          problems.push(`${c.id} applies ${n}, repealed ${repealed}`);
        uses.set(n, (uses.get(n) ?? 0) + 1);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const sorted = [...uses.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    // Zipf-like: the ten most applied rulings take a large share, most rulings are rarely applied.
    expect(sorted.slice(0, 10).reduce((a, b) => a + b, 0) / total).toBeGreaterThan(0.12);
    expect(sorted[0]).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]);
  });
});

describe('synthetic generator: small runs', () => {
  it('works with a single ruling and no cases, with at least 20 paragraphs', () => {
    const records = [...syntheticRecords({ rulings: 1, cases: 0, seed: 0 })];
    expect(records.filter((r) => r.kind === 'ruling')).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'paragraph').length).toBeGreaterThanOrEqual(20);
  });

  it('rejects bad options from the API', () => {
    expect(() => [...syntheticRecords({ rulings: 0, cases: 1, seed: 1 })]).toThrow(
      'rulings must be a positive integer',
    );
    expect(() => [...syntheticRecords({ rulings: 1.5, cases: 1, seed: 1 })]).toThrow(
      'rulings must be a positive integer',
    );
    expect(() => [...syntheticRecords({ rulings: 1, cases: -1, seed: 1 })]).toThrow(
      'cases must be a non-negative integer',
    );
  });
});

const referenceReasons = join(__dirname, '../../seed/reference/06-reversal-reasons.ndjson');
it('uses the same reversal reason labels as the real seed, so both can be imported', () => {
  const real = readFileSync(referenceReasons, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { code: string; label: string });
  const synthetic = [...syntheticRecords({ rulings: 1, cases: 0, seed: 1 })].filter((r) => r.kind === 'reversalReason');
  expect(synthetic.map((r) => [r.code, r.label])).toEqual(real.map((r) => [r.code, r.label]));
});

describe('synthetic generator CLI arguments', () => {
  const parse = (text: string) => parseArguments(text.split(' ').filter((s) => s !== ''));

  it('parses flags, in both --flag value and --flag=value form', () => {
    expect(parse('--rulings 10 --cases 20 --seed 3 --out x.ndjson')).toEqual({
      options: { rulings: 10, cases: 20, seed: 3 },
      out: 'x.ndjson',
      help: false,
    });
    expect(parse('--rulings=10 --cases=0').options).toEqual({ rulings: 10, cases: 0, seed: 1 });
  });

  it.each([
    ['--rulings abc --cases 1', '--rulings must be a positive integer'],
    ['--rulings 0 --cases 1', '--rulings must be a positive integer'],
    ['--rulings 1e3 --cases 1', '--rulings must be a positive integer'],
    ['--rulings 10 --cases -1', '--cases must be a non-negative integer'],
    ['--rulings 10 --cases 1 --seed x', '--seed must be an integer'],
    ['--rulings 999999999 --cases 1', '--rulings must be at most'],
    ['--cases 1', '--rulings is required'],
    ['--rulings 1', '--cases is required'],
    ['--rulings', '--rulings needs a value'],
    ['--rulings --cases 1', '--rulings needs a value'],
    ['--rulings 1 --cases 1 --rulings 2', '--rulings given more than once'],
    ['--rulings 1 --cases 1 --verbose', 'unknown option --verbose'],
    ['--rulings 1 --cases 1 extra', 'unexpected argument "extra"'],
  ])('%s -> %s', (args, message) => {
    expect(() => parse(args)).toThrow(UsageError);
    expect(() => parse(args)).toThrow(message);
  });
});

describe('NdjsonWriter', () => {
  it('waits for drain when the stream is full and delivers every line in order', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString('utf8'));
        setImmediate(callback);
      },
    });
    const writer = new NdjsonWriter(slow, 256);
    let waits = 0;
    for (let i = 0; i < 2000; i++) {
      const pending = writer.write(`{"n":${i}}`);
      if (pending) {
        waits++;
        await pending;
      }
      // Backpressure must keep the stream's buffer bounded, not grow it with every line.
      expect(slow.writableLength).toBeLessThan(4096);
    }
    await writer.end();
    expect(waits).toBeGreaterThan(0);
    const lines = received.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(Array.from({ length: 2000 }, (_, i) => `{"n":${i}}`));
  });
});
