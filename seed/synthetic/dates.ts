import type { Rng } from './prng';

/**
 * Dates as whole days since 1970-01-01 (UTC), so that per-ruling dates fit in an Int32Array and
 * comparisons are integer comparisons. ISO strings are made once per day and cached: the
 * generator formats millions of dates but only a few thousand distinct ones.
 */

const MS_PER_DAY = 86_400_000;
// The synthetic data lives between 1976 (the oldest laws) and 2025; the cache covers more.
const CACHE_FIRST = 0; // 1970-01-01
const CACHE_LAST = 25_567; // 2039-12-31

let isoCache: string[] | undefined;
let yearCache: Int16Array | undefined;

function fillCaches(): void {
  isoCache = new Array<string>(CACHE_LAST - CACHE_FIRST + 1);
  yearCache = new Int16Array(CACHE_LAST - CACHE_FIRST + 1);
  for (let day = CACHE_FIRST; day <= CACHE_LAST; day++) {
    const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache[day - CACHE_FIRST] = iso;
    yearCache[day - CACHE_FIRST] = Number(iso.slice(0, 4));
  }
}

function checkRange(day: number): void {
  if (!(day >= CACHE_FIRST && day <= CACHE_LAST) || !Number.isInteger(day)) {
    throw new RangeError(`day ${day} is outside the synthetic calendar (1970-2039)`);
  }
}

export function dayOf(iso: string): number {
  const day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
  checkRange(day);
  return day;
}

export function isoOf(day: number): string {
  if (isoCache === undefined) fillCaches();
  checkRange(day);
  return isoCache![day - CACHE_FIRST];
}

export function yearOf(day: number): number {
  if (yearCache === undefined) fillCaches();
  checkRange(day);
  return yearCache![day - CACHE_FIRST];
}

/** Monday to Friday between two ISO dates, both included: decisions are made on working days. */
export function weekdaysBetween(fromIso: string, toIso: string): Int32Array {
  const from = dayOf(fromIso);
  const to = dayOf(toIso);
  const days: number[] = [];
  for (let day = from; day <= to; day++) {
    // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
    const weekday = (day + 4) % 7;
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return Int32Array.from(days);
}

/**
 * `count` random days from `calendar`, handed out in ascending order without storing them.
 * Sorting a million dates would be cheap, but streaming keeps memory flat at any --cases. It
 * draws the order statistics of `count` uniform variables one at a time: the next one is the
 * minimum of the remaining n - k uniforms on [x_k, 1), i.e. 1 - (1 - x_k) * U^(1 / (n - k)).
 */
export class AscendingDays {
  private drawn = 0;
  private position = 0;

  constructor(
    private readonly calendar: Int32Array,
    private readonly count: number,
    private readonly rng: Rng,
  ) {}

  next(): number {
    if (this.drawn >= this.count) throw new Error('AscendingDays: all days have been drawn');
    const remaining = this.count - this.drawn;
    this.position = 1 - (1 - this.position) * Math.pow(1 - this.rng.next(), 1 / remaining);
    this.drawn++;
    const index = Math.min(this.calendar.length - 1, Math.floor(this.position * this.calendar.length));
    return this.calendar[index];
  }
}
