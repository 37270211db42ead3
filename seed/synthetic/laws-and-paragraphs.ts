import { dayOf, isoOf } from './dates';
import { Rng } from './prng';
import type { Area, LawRecord, ParagraphRecord } from './records';
import { AREAS, paragraphTitle, SUBJECTS, subjectsOfArea } from './vocabulary';
import { WeightedSampler } from './zipf';

/**
 * Synthetic laws XA..XT and their paragraphs, with the renumbering history that makes
 * "applicable rulings under the paragraph's earlier numbering" worth testing:
 *  - XB is split like serviceloven in 2024: its children's provisions move to a new law XT;
 *  - XE is renumbered in place, every paragraph at once, like a consolidated act;
 *  - about 10 % of the other paragraphs are succeeded one by one, some two or three times over;
 *  - a few end with no successor (a provision repealed outright).
 * The real seed's law ids (SEL, BL, ASL, ...) start with other letters, so the synthetic set
 * can be imported beside it.
 *
 * A "group" is the law a paragraph started in. Rulings and cases pick a group first and then a
 * paragraph of that group valid on their date, so a line of practice follows its provisions
 * across renumberings instead of dying with the old numbers.
 */

const LAW_COUNT = 20;
const SPLIT_LAW = 1; // XB
const RENUMBERED_LAW = 4; // XE
const RECEIVING_LAW = 19; // XT, only ever holds successors of XB paragraphs
export const GROUP_COUNT = LAW_COUNT - 1;

const SPLIT_ON = '2018-01-01';
const RENUMBERED_ON = '2008-07-01';
const MAX_PARAGRAPH_GENERATION = 3;

export interface SyntheticLaw {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly area: Area;
}

export interface SyntheticParagraph {
  readonly index: number;
  readonly ref: string;
  readonly law: number;
  readonly group: number;
  readonly number: number;
  /** 0 when the ref names no stk. */
  readonly stk: number;
  readonly subject: number;
  readonly validFrom: number;
  /** Last day in force, or -1 while in force. */
  validTo: number;
  readonly replaces: readonly number[];
  /** The paragraph that took over on validTo + 1, or -1. */
  successor: number;
  /** Popularity; a successor inherits it, since the provision's subject has not changed. */
  readonly weight: number;
  /** How many renumberings lie behind this paragraph. */
  readonly generation: number;
}

interface Epoch {
  readonly members: Int32Array;
  readonly sampler: WeightedSampler;
}

interface GroupEpochs {
  readonly starts: Int32Array;
  readonly epochs: readonly Epoch[];
}

function lawAreaOf(law: number): Area {
  if (law === SPLIT_LAW) return 'social';
  if (law === RECEIVING_LAW) return 'children';
  return AREAS[law % AREAS.length];
}

function makeLaws(): SyntheticLaw[] {
  return Array.from({ length: LAW_COUNT }, (_, i) => {
    const letter = String.fromCharCode(65 + i);
    return {
      id: `X${letter}`,
      title: `Syntetisk lov ${letter}`,
      shortTitle: `syntetisk lov ${letter}`,
      area: lawAreaOf(i),
    };
  });
}

/**
 * Volume of rulings and cases per group: Zipf over a fixed rank order, so that a few laws hold
 * most of the practice (as serviceloven does). XB is the biggest, so its split matters.
 */
function groupWeights(): number[] {
  const order = [
    SPLIT_LAW,
    0,
    ...Array.from({ length: GROUP_COUNT }, (_, i) => i).filter((i) => i !== SPLIT_LAW && i !== 0),
  ];
  const weights = new Array<number>(GROUP_COUNT).fill(0);
  order.forEach((group, rank) => {
    weights[group] = 1 / (rank + 1);
  });
  return weights;
}

/** Largest-remainder apportionment with at least one per group. */
function apportion(total: number, weights: readonly number[]): number[] {
  const free = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * Math.max(0, free));
  const counts = exact.map((x) => 1 + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < byRemainder.length; k++, left--) counts[byRemainder[k].i]++;
  return counts;
}

/** About min(400, rulings / 2) paragraphs in all, at least 20, successors included. */
function baseCounts(rulings: number, weights: readonly number[]): number[] {
  const target = Math.max(20, Math.min(400, Math.floor(rulings / 2)));
  const spread = weights.map((w) => Math.pow(w, 0.6));
  for (let base = target; ; base--) {
    const counts = apportion(Math.max(base, GROUP_COUNT), spread);
    const estimate = base + Math.round(0.12 * base) + counts[RENUMBERED_LAW] + Math.round(0.4 * counts[SPLIT_LAW]);
    if (estimate <= target || base <= GROUP_COUNT) return counts;
  }
}

function formatRef(law: SyntheticLaw, number: number, stk: number): string {
  return stk === 0 ? `${law.id} § ${number}` : `${law.id} § ${number} stk. ${stk}`;
}

export class ParagraphCatalogue {
  readonly laws: readonly SyntheticLaw[];
  readonly paragraphs: readonly SyntheticParagraph[];
  readonly groupWeights: readonly number[];
  private readonly groupEpochs: readonly GroupEpochs[];

  constructor(laws: SyntheticLaw[], paragraphs: SyntheticParagraph[], weights: number[]) {
    this.laws = laws;
    this.paragraphs = paragraphs;
    this.groupWeights = weights;
    this.groupEpochs = Array.from({ length: GROUP_COUNT }, (_, g) => this.buildEpochs(g));
  }

  /** The paragraphs of a group in force change only on a few dates; precompute each stretch. */
  private buildEpochs(group: number): GroupEpochs {
    const own = this.paragraphs.filter((p) => p.group === group);
    const boundaries = new Set<number>();
    for (const p of own) {
      boundaries.add(p.validFrom);
      if (p.validTo >= 0) boundaries.add(p.validTo + 1);
    }
    const starts = Int32Array.from([...boundaries].sort((a, b) => a - b));
    const epochs: Epoch[] = [];
    for (const start of starts) {
      const members = own.filter((p) => isValidOn(p, start));
      if (members.length === 0) {
        // Only possible before a law's enactment: the generator never dates anything that early.
        epochs.push({ members: new Int32Array(0), sampler: new WeightedSampler([1]) });
        continue;
      }
      epochs.push({
        members: Int32Array.from(members.map((p) => p.index)),
        sampler: new WeightedSampler(members.map((p) => p.weight)),
      });
    }
    return { starts, epochs };
  }

  areaOf(paragraph: number): Area {
    return this.laws[this.paragraphs[paragraph].law].area;
  }

  /**
   * Up to `count` distinct paragraphs of `group` in force on `day`, popular ones more often.
   * Returns fewer when the group has fewer in force.
   */
  pick(group: number, day: number, count: number, rng: Rng): number[] {
    const { starts, epochs } = this.groupEpochs[group];
    let lo = 0;
    let hi = starts.length - 1;
    if (day < starts[0]) throw new Error(`no paragraph of group ${group} is in force on ${isoOf(day)}`);
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= day) lo = mid;
      else hi = mid - 1;
    }
    const epoch = epochs[lo];
    if (epoch.members.length === 0) throw new Error(`no paragraph of group ${group} is in force on ${isoOf(day)}`);
    if (epoch.members.length <= count) return Array.from(epoch.members);
    const chosen: number[] = [];
    for (let tries = 0; chosen.length < count && tries < count * 8; tries++) {
      const p = epoch.members[epoch.sampler.sample(rng)];
      if (!chosen.includes(p)) chosen.push(p);
    }
    return chosen;
  }

  /** The paragraph that carries `paragraph`'s rule on `day`, following renumberings; -1 if it ended. */
  currentVersion(paragraph: number, day: number): number {
    let p = paragraph;
    while (p >= 0 && !isValidOn(this.paragraphs[p], day)) {
      const next = this.paragraphs[p].successor;
      if (next >= 0 && this.paragraphs[next].validFrom > day) return -1;
      p = next;
    }
    return p;
  }

  lawRecords(): LawRecord[] {
    return this.laws.map((law) => ({ kind: 'law', id: law.id, title: law.title, shortTitle: law.shortTitle }));
  }

  /** In creation order, which puts every paragraph after those it replaces. */
  paragraphRecords(): ParagraphRecord[] {
    return this.paragraphs.map((p) => {
      const record: ParagraphRecord = {
        kind: 'paragraph',
        ref: p.ref,
        title: paragraphTitle(p.subject),
        validFrom: isoOf(p.validFrom),
      };
      if (p.validTo >= 0) record.validTo = isoOf(p.validTo);
      if (p.replaces.length > 0) record.replaces = p.replaces.map((r) => this.paragraphs[r].ref);
      return record;
    });
  }
}

function isValidOn(p: SyntheticParagraph, day: number): boolean {
  return p.validFrom <= day && (p.validTo < 0 || p.validTo >= day);
}

type LawEvent =
  | { kind: 'succeed'; day: number; group: number }
  | { kind: 'end'; day: number; group: number }
  | { kind: 'renumber-law'; day: number }
  | { kind: 'split-law'; day: number };

export function buildParagraphCatalogue(rulings: number, seed: number): ParagraphCatalogue {
  const rng = new Rng(seed, 'laws-and-paragraphs');
  const laws = makeLaws();
  const weights = groupWeights();
  const counts = baseCounts(rulings, weights);
  const paragraphs: SyntheticParagraph[] = [];
  const highestNumber = new Array<number>(LAW_COUNT).fill(0);
  const refs = new Set<string>();

  const add = (fields: Omit<SyntheticParagraph, 'index' | 'ref' | 'successor'>): SyntheticParagraph => {
    const ref = formatRef(laws[fields.law], fields.number, fields.stk);
    if (refs.has(ref)) throw new Error(`synthetic paragraph ${ref} generated twice`);
    refs.add(ref);
    const paragraph: SyntheticParagraph = { ...fields, index: paragraphs.length, ref, successor: -1 };
    paragraphs.push(paragraph);
    highestNumber[fields.law] = Math.max(highestNumber[fields.law], fields.number);
    return paragraph;
  };

  // Base paragraphs, in force from each law's enactment (all before the first ruling in 1990).
  for (let group = 0; group < GROUP_COUNT; group++) {
    const enacted = dayOf(`${rng.between(1976, 1989)}-${String(rng.between(1, 12)).padStart(2, '0')}-01`);
    const own = rng.shuffled(subjectsOfArea(laws[group].area));
    const childrenSubjects = rng.shuffled(subjectsOfArea('children'));
    const n = counts[group];
    const ranks = rng.shuffled(Array.from({ length: n }, (_, i) => i));
    let number = rng.between(1, 3);
    for (let j = 0; j < n; j++) {
      // The middle of XB is its children's part, the block that later moves to XT.
      const childrenPart = group === SPLIT_LAW && j >= 0.45 * n && j < 0.85 * n;
      const subject = childrenPart ? childrenSubjects[j % childrenSubjects.length] : own[j % own.length];
      const common = {
        law: group,
        group,
        number,
        subject,
        validFrom: enacted,
        validTo: -1,
        replaces: [],
        generation: 0,
      };
      add({ ...common, stk: 0, weight: 1 / Math.pow(ranks[j] + 1, 0.9) });
      if (j + 1 < n && rng.chance(0.12)) {
        j++;
        add({ ...common, stk: 2, weight: 1 / Math.pow(ranks[j] + 1, 0.9) });
      }
      number += rng.between(1, 4);
    }
  }
  const base = paragraphs.length;

  const events: LawEvent[] = [
    { kind: 'renumber-law', day: dayOf(RENUMBERED_ON) },
    { kind: 'split-law', day: dayOf(SPLIT_ON) },
  ];
  const groupSampler = new WeightedSampler(counts);
  const changeDay = () => dayOf(`${rng.between(1992, 2024)}-${rng.chance(0.5) ? '01' : '07'}-01`);
  for (let i = 0; i < Math.max(1, Math.round(0.1 * base)); i++)
    events.push({ kind: 'succeed', day: changeDay(), group: groupSampler.sample(rng) });
  for (let i = 0; i < Math.round(0.02 * base); i++)
    events.push({ kind: 'end', day: changeDay(), group: groupSampler.sample(rng) });
  // Law-wide events first on a shared date; Array.prototype.sort is stable, so ties keep draw order.
  const rank = (e: LawEvent) => (e.kind === 'renumber-law' || e.kind === 'split-law' ? 0 : 1);
  events.sort((a, b) => a.day - b.day || rank(a) - rank(b));

  const inForce = (filter: (p: SyntheticParagraph) => boolean) => paragraphs.filter((p) => p.validTo < 0 && filter(p));

  // Moves every paragraph of `law` numbered `number` (the § and its stk.s) to a new number.
  const succeedUnit = (law: number, number: number, day: number, newLaw: number, newNumber: number) => {
    for (const old of inForce((p) => p.law === law && p.number === number)) {
      const next = add({
        law: newLaw,
        group: old.group,
        number: newNumber,
        stk: old.stk,
        subject: old.subject,
        validFrom: day,
        validTo: -1,
        replaces: [old.index],
        weight: old.weight,
        generation: old.generation + 1,
      });
      old.validTo = day - 1;
      old.successor = next.index;
    }
  };

  for (const event of events) {
    switch (event.kind) {
      case 'renumber-law': {
        const units = [...new Set(inForce((p) => p.law === RENUMBERED_LAW).map((p) => p.number))].sort((a, b) => a - b);
        const offset = Math.ceil((highestNumber[RENUMBERED_LAW] + 1) / 100) * 100;
        for (const number of units) succeedUnit(RENUMBERED_LAW, number, event.day, RENUMBERED_LAW, number + offset);
        break;
      }
      case 'split-law': {
        const moving = inForce((p) => p.law === SPLIT_LAW && SUBJECTS[p.subject].area === 'children');
        const units = [...new Set(moving.map((p) => p.number))].sort((a, b) => a - b);
        let next = highestNumber[RECEIVING_LAW] + rng.between(1, 3);
        for (const number of units) {
          succeedUnit(SPLIT_LAW, number, event.day, RECEIVING_LAW, next);
          next += rng.between(1, 3);
        }
        break;
      }
      case 'succeed': {
        const candidates = inForce((p) => p.group === event.group && p.generation < MAX_PARAGRAPH_GENERATION);
        if (candidates.length === 0) break;
        // Prefer already renumbered provisions now and then, so chains of two or three occur.
        const renumbered = candidates.filter((p) => p.generation > 0);
        const old = renumbered.length > 0 && rng.chance(0.35) ? rng.pick(renumbered) : rng.pick(candidates);
        succeedUnit(old.law, old.number, event.day, old.law, highestNumber[old.law] + rng.between(1, 3));
        break;
      }
      case 'end': {
        const candidates = inForce((p) => p.group === event.group);
        // Keep every group with provisions in force, or rulings in it could not be dated later.
        if (candidates.length < 5) break;
        rng.pick(candidates).validTo = event.day - 1;
        break;
      }
    }
  }
  return new ParagraphCatalogue(laws, paragraphs, weights);
}
