import { column, exportSheet, type ExportSheet } from '../export/export-table';
import type { LawOverviewRecord, ParagraphOverviewRecord } from './paragraph-overview.type';

type Row = { lawId: string; record: ParagraphOverviewRecord };

/** The columns of the paragraph overview export, one row per paragraph (paragraphOverview's fields). */
const COLUMNS = [
  column<Row>('text', 'Lov', 'law', (row) => row.lawId),
  column<Row>('text', 'Paragraf', 'paragraph', (row) => row.record.paragraph.ref),
  column<Row>('text', 'Overskrift', 'title', (row) => row.record.paragraph.title),
  column<Row>('date', 'Gyldig fra', 'validFrom', (row) => row.record.paragraph.validFrom),
  column<Row>('date', 'Gyldig til', 'validTo', (row) => row.record.paragraph.validTo),
  column<Row>('boolean', 'I kraft', 'inForce', (row) => row.record.inForce),
  column<Row>('integer', 'Principafgørelser gældende', 'rulingsInForce', (row) => row.record.rulingsInForce),
  column<Row>(
    'integer',
    'Heraf delvist ophævet',
    'rulingsPartiallyRepealed',
    (row) => row.record.rulingsPartiallyRepealed,
  ),
  column<Row>('integer', 'Ophævede principafgørelser', 'rulingsRepealed', (row) => row.record.rulingsRepealed),
  column<Row>('text', 'Nyeste principafgørelse', 'latestRuling', (row) => row.record.latestRuling?.number ?? null),
  column<Row>('date', 'Nyeste afgjort', 'latestRulingDecidedOn', (row) => row.record.latestRuling?.decidedOn ?? null),
  column<Row>('text', 'Nyeste titel', 'latestRulingTitle', (row) => row.record.latestRuling?.title ?? null),
  column<Row>('integer', 'Videreførte antal', 'carriedOverCount', (row) => row.record.carriedOver.length),
  // One cell: "10-14 (SEL § 41); 8-16 (SEL § 41)", ruling and the numbering it was made under.
  column<Row>('text', 'Videreført fra tidligere numre', 'carriedOver', (row) =>
    row.record.carriedOver.map((carried) => `${carried.ruling.number} (${carried.via.ref})`).join('; '),
  ),
];

export function paragraphOverviewSheet(overview: LawOverviewRecord): ExportSheet {
  return exportSheet(
    { da: `Paragraffer ${overview.law.id}`, en: `Paragraphs ${overview.law.id}` },
    COLUMNS,
    overview.paragraphs.map((record) => ({ lawId: overview.law.id, record })),
  );
}
