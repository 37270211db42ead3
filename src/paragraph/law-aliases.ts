/**
 * The laws the service knows by name, and the ways people write those names. Paragraph refs
 * arrive from users, front ends and data providers as "SEL § 41", "serviceloven § 41",
 * "lov om social service § 41"; they must all land on one `Law.id`, or the graph splits one
 * law into several nodes.
 */

import type { AREAS } from '../importer/import-schema';

export interface KnownLaw {
  /** Short upper-case code, the `Law.id` key in the graph. */
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  /** Every spelling that resolves to this law, compared after normalizeLawName. */
  readonly aliases: readonly string[];
  /** The area of law its rulings belong to (Ruling.area of an imported principle ruling). */
  readonly area: (typeof AREAS)[number];
}

function law(
  id: string,
  title: string,
  shortTitle: string,
  spellings: readonly string[],
  area: KnownLaw['area'],
): KnownLaw {
  return { id, title, shortTitle, aliases: [id, shortTitle, title, ...spellings], area };
}

export const KNOWN_LAWS = {
  SEL: law('SEL', 'Lov om social service', 'serviceloven', ['servicelov'], 'social'),
  BL: law('BL', 'Barnets lov', 'barnets lov', [], 'children'),
  ASL: law(
    'ASL',
    'Lov om arbejdsskadesikring',
    'arbejdsskadesikringsloven',
    ['arbejdsskadesikringslov'],
    'work-injury',
  ),
  BUYL: law(
    'BUYL',
    'Lov om en børne- og ungeydelse',
    'børne- og ungeydelsesloven',
    [
      'børne- og ungeydelseslov',
      // The hyphen of the suspended compound is often dropped.
      'børne og ungeydelsesloven',
      'lov om en børne og ungeydelse',
    ],
    'family-benefits',
  ),
  // The child benefit law (børnetilskud, forskudsvis udbetaling af børnebidrag).
  BTL: law(
    'BTL',
    'Lov om børnetilskud og forskudsvis udbetaling af børnebidrag',
    'børnetilskudsloven',
    ['børnetilskudslov'],
    'family-benefits',
  ),
  LAS: law('LAS', 'Lov om aktiv socialpolitik', 'aktivloven', ['aktivlov'], 'employment'),
  SDL: law('SDL', 'Lov om sygedagpenge', 'sygedagpengeloven', ['sygedagpengelov'], 'sickness-benefit'),
  PL: law('PL', 'Lov om social pension', 'pensionsloven', ['pensionslov'], 'pension'),
  // ABL is the usual citation abbreviation for almenboligloven; mapping it here keeps it from
  // becoming a second, unknown-code Law node for the same law.
  ALM: law(
    'ALM',
    'Lov om almene boliger',
    'almenboligloven',
    ['almenboliglov', 'lov om almene boliger m.v.', 'ABL'],
    'housing',
  ),
  LAB: law('LAB', 'Lov om en aktiv beskæftigelsesindsats', 'LAB-loven', ['LAB-lov'], 'employment'),
  RSL: law(
    'RSL',
    'Lov om retssikkerhed og administration på det sociale område',
    'retssikkerhedsloven',
    ['retssikkerhedslov'],
    'social',
  ),
} as const satisfies Record<string, KnownLaw>;

export type KnownLawId = keyof typeof KNOWN_LAWS;

/**
 * An unknown law code: 2-8 ASCII letters. The synthetic generator and data providers use many
 * laws beyond KNOWN_LAWS, and refusing them would make the table a bottleneck for every import;
 * a code-shaped token is taken as the id as it stands (upper-cased).
 */
const LAW_CODE = /^[A-Za-z]{2,8}$/;

/**
 * A code-shaped word containing "lov" is a law *name* ("fooloven", "skattelov"), not a code. An
 * unknown name is far more likely a typo or a law missing from the table than a new code, and
 * accepting it would invent an id like FOOLOVEN.
 */
const LAW_NAME_WORD = /lov/i;

/** Lower case, NFC, whitespace (including no-break spaces) collapsed, trimmed. */
export function normalizeLawName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200B]+/gu, ' ')
    .trim()
    .toLowerCase();
}

const ALIAS_TO_ID: ReadonlyMap<string, KnownLawId> = (() => {
  const map = new Map<string, KnownLawId>();
  for (const [id, info] of Object.entries(KNOWN_LAWS) as [KnownLawId, KnownLaw][]) {
    for (const alias of info.aliases) {
      const key = normalizeLawName(alias);
      const existing = map.get(key);
      // Fail at load rather than let the table silently send an alias to whichever law came last.
      if (existing !== undefined && existing !== id) {
        throw new Error(`Law alias "${alias}" is claimed by both ${existing} and ${id}`);
      }
      map.set(key, id);
    }
  }
  return map;
})();

/** Every alias of every known law with its id (for finding law names inside running text). */
export function knownLawAliases(): ReadonlyMap<string, KnownLawId> {
  return ALIAS_TO_ID;
}

export function isKnownLawId(id: string): id is KnownLawId {
  return Object.prototype.hasOwnProperty.call(KNOWN_LAWS, id);
}

export function knownLaw(id: string): KnownLaw | undefined {
  return isKnownLawId(id) ? KNOWN_LAWS[id] : undefined;
}

/**
 * Resolves a law name, alias or code to a law id, or undefined if the text names no law.
 *
 * Order: a known alias; a known alias in the genitive ("servicelovens", "barnets lovs"), which
 * is how Danish writes "§ 41 of the Service Act"; finally any code-shaped token (see LAW_CODE),
 * upper-cased. So "LSV" gives "LSV" although the service knows nothing about that law: callers
 * that need the law to exist must check the database, not this function.
 */
export function resolveLawId(text: string): string | undefined {
  const name = normalizeLawName(text);
  if (name === '') return undefined;
  const known = ALIAS_TO_ID.get(name) ?? (name.endsWith('s') ? ALIAS_TO_ID.get(name.slice(0, -1)) : undefined);
  if (known !== undefined) return known;
  if (LAW_CODE.test(name) && !LAW_NAME_WORD.test(name)) return name.toUpperCase();
  return undefined;
}
