import { column, exportSheet, type ExportColumn, type ExportSheet } from '../export/export-table';
import { MAX_AUTHORITIES, MAX_RULINGS } from './practice.args';

/**
 * The practice exports are views of one GraphQL operation on Query.practice: each table is a
 * selection of PracticeStats, so the filter's validation, canonical form, target checks and
 * every rate are those of the API (practice.resolver.ts), not a second definition of them.
 */

export const PRACTICE_TABLES = ['authorities', 'years', 'summary', 'reasons', 'rulings'] as const;
export type PracticeTable = (typeof PRACTICE_TABLES)[number];

/** The CSV export's one table when none is asked for: municipalities side by side. */
export const DEFAULT_PRACTICE_TABLE: PracticeTable = 'authorities';

interface Counts {
  decided: number;
  onMerits: number;
  reversed: number;
  reversalRate: number | null;
}
interface Outcomes {
  outcomes: { upheld: number; changed: number; annulled: number; remanded: number; dismissed: number };
}

const COUNT_FIELDS = 'decided onMerits reversed reversalRate';
const OUTCOME_FIELDS = 'outcomes { upheld changed annulled remanded dismissed }';

function countColumns<Row extends Counts>(): ExportColumn<Row>[] {
  return [
    column<Row>('integer', 'Afgjorte sager', 'decided', (row) => row.decided),
    column<Row>('integer', 'Realitetsbehandlede', 'onMerits', (row) => row.onMerits),
    column<Row>('integer', 'Omgjorte', 'reversed', (row) => row.reversed),
    column<Row>('percent', 'Omgørelsesprocent', 'reversalRate', (row) => row.reversalRate),
  ];
}

function outcomeColumns<Row extends Outcomes>(): ExportColumn<Row>[] {
  return [
    column<Row>('integer', 'Stadfæstet', 'upheld', (row) => row.outcomes.upheld),
    column<Row>('integer', 'Ændret', 'changed', (row) => row.outcomes.changed),
    column<Row>('integer', 'Ophævet', 'annulled', (row) => row.outcomes.annulled),
    column<Row>('integer', 'Hjemvist', 'remanded', (row) => row.outcomes.remanded),
    column<Row>('integer', 'Afvist', 'dismissed', (row) => row.outcomes.dismissed),
  ];
}

type Summary = Counts & Outcomes;
type Year = Counts & Outcomes & { year: number };
type AuthorityRow = Counts & { authority: { code: string; name: string }; nationalRate: number | null };
type Reason = { reason: { code: string; label: string }; count: number; share: number };
type AppliedRuling = { ruling: { number: string; title: string }; count: number };

interface TableDefinition {
  /** The fields of PracticeStats this table reads. */
  selection: string;
  sheet(practice: Record<string, unknown>): ExportSheet;
}

export const PRACTICE_TABLE_DEFINITIONS: Record<PracticeTable, TableDefinition> = {
  summary: {
    selection: `${COUNT_FIELDS} ${OUTCOME_FIELDS}`,
    sheet: (practice) =>
      exportSheet(
        { da: 'Oversigt', en: 'Summary' },
        [...countColumns<Summary>(), ...outcomeColumns<Summary>()],
        [practice as unknown as Summary],
      ),
  },
  years: {
    selection: `byYear { year ${COUNT_FIELDS} ${OUTCOME_FIELDS} }`,
    sheet: (practice) =>
      exportSheet(
        { da: 'År', en: 'Years' },
        [column<Year>('integer', 'År', 'year', (row) => row.year), ...countColumns<Year>(), ...outcomeColumns<Year>()],
        practice.byYear as Year[],
      ),
  },
  authorities: {
    // Every authority of the filter, most cases first: a spreadsheet sorts and filters itself.
    selection: `byAuthority(first: ${MAX_AUTHORITIES}, orderBy: DECIDED_DESC, minOnMerits: 0) {
      authority { code name } ${COUNT_FIELDS} nationalRate }`,
    sheet: (practice) =>
      exportSheet(
        { da: 'Myndigheder', en: 'Authorities' },
        [
          column<AuthorityRow>('text', 'Myndighedskode', 'authorityCode', (row) => row.authority.code),
          column<AuthorityRow>('text', 'Myndighed', 'authority', (row) => row.authority.name),
          ...countColumns<AuthorityRow>(),
          column<AuthorityRow>(
            'percent',
            'Omgørelsesprocent uden myndighedsfilter',
            'nationalRate',
            (row) => row.nationalRate,
          ),
        ],
        practice.byAuthority as AuthorityRow[],
      ),
  },
  reasons: {
    selection: 'reasons { reason { code label } count share }',
    sheet: (practice) =>
      exportSheet(
        { da: 'Begrundelser', en: 'Reasons' },
        [
          column<Reason>('text', 'Begrundelseskode', 'reasonCode', (row) => row.reason.code),
          column<Reason>('text', 'Begrundelse', 'reason', (row) => row.reason.label),
          column<Reason>('integer', 'Omgjorte sager', 'count', (row) => row.count),
          column<Reason>('percent', 'Andel af omgjorte', 'share', (row) => row.share),
        ],
        practice.reasons as Reason[],
      ),
  },
  rulings: {
    selection: `mostAppliedRulings(first: ${MAX_RULINGS}) { ruling { number title } count }`,
    sheet: (practice) =>
      exportSheet(
        { da: 'Principafgørelser', en: 'Rulings' },
        [
          column<AppliedRuling>('text', 'Principafgørelse', 'ruling', (row) => row.ruling.number),
          column<AppliedRuling>('text', 'Titel', 'title', (row) => row.ruling.title),
          column<AppliedRuling>('integer', 'Anvendt i omgjorte sager', 'count', (row) => row.count),
        ],
        practice.mostAppliedRulings as AppliedRuling[],
      ),
  },
};

/** The operation answering the given tables, in one request. */
export function practiceExportOperation(tables: readonly PracticeTable[]): string {
  const selection = tables.map((table) => PRACTICE_TABLE_DEFINITIONS[table].selection).join('\n    ');
  return `query PracticeExport($filter: PracticeFilter!) {\n  practice(filter: $filter) {\n    ${selection}\n  }\n}`;
}
