import { join } from 'node:path';
import type { PracticeCell } from '../../complaint-case/practice-cell';
import { rows } from '../batch-rows';
import type { ImportRecord } from '../import-schema';
import { CsvFile, type CsvValue } from './csv-file';

// One file per label and per relationship type. Nodes are numbered here, in the order they are
// written, and neo4j-admin takes those numbers as the store's node ids (--id-type=actual): it
// then keeps no id map of its own, and relationship rows carry two numbers instead of two keys.
// Properties and their names are exactly those the transactional writer
// (cypher/queries/importer) sets, so both paths end in the same graph (test/integration/bulk-load).
const NODE_HEADERS = {
  Law: [':ID', 'id', 'title', 'shortTitle', 'eli'],
  Paragraph: [
    ':ID',
    'ref',
    'lawId',
    'number',
    'subsection:int',
    'sortKey',
    'title',
    'validFrom',
    'validTo',
    'label',
    'chapter',
    'subsectionsJson',
    'footnotes:string[]',
    'repealed:boolean',
  ],
  LawVersion: [
    ':ID',
    'eli',
    'lawId',
    'accessionNumber',
    'documentType',
    'title',
    'shortTitle',
    'documentDate',
    'startDate',
    'inForce:boolean',
    'endedOn',
    'consolidates:string[]',
    'changedBy:string[]',
  ],
  Ruling: [
    ':ID',
    'number',
    'title',
    'summary',
    'decidedOn',
    'datePrecision',
    'area',
    'eli',
    'accessionNumber',
    'publishedOn',
    'keywords:string[]',
    'fullText',
    'sourcesJson',
  ],
  Consolidation: [
    ':ID',
    'id',
    'title',
    'decidedOn',
    'datePrecision',
    'kind',
    'containsNewPractice:boolean',
    'sourcesJson',
  ],
  Authority: [':ID', 'code', 'name', 'kind'],
  ReversalReason: [':ID', 'code', 'label'],
  ComplaintCase: [':ID', 'id', 'receivedOn', 'decidedOn', 'outcome', 'outcomes:string[]', 'area', 'authorityCode'],
  PracticeCell: [':ID', 'key', 'law', 'authority', 'year:int', 'area', 'outcome'],
} as const;

const link = (...properties: string[]) => [':START_ID', ':END_ID', ...properties] as const;

const RELATIONSHIP_HEADERS = {
  PART_OF: link(),
  VERSION_OF: link(),
  CONCERNS_LAW: link(),
  SUCCEEDED_BY: link('on'),
  INTERPRETS: link(),
  CITES: link(),
  ISSUED: link(),
  REPEALS: link('extent'),
  REPLACES: link('consolidation', 'extent', 'on'),
  AGAINST: link(),
  COUNTED_IN: link(),
  CONCERNS: link(),
  APPLIED: link(),
  REVERSED_FOR: link(),
} as const;

export type NodeLabel = keyof typeof NODE_HEADERS;
export type RelationshipType = keyof typeof RELATIONSHIP_HEADERS;

/** The files of one bulk load, as `neo4j-admin database import full` takes them. */
export interface BulkCsvSet {
  nodes: { label: NodeLabel; path: string; rows: number }[];
  relationships: { type: RelationshipType; path: string; rows: number }[];
  /** Files with a value spanning lines (--multiline-fields). */
  multiline: string[];
}

const fileName = (name: string) =>
  `${name
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replaceAll('_', '-')
    .toLowerCase()}.csv`;

/**
 * Node ids of the keys that relationships point at (cases point, nothing points at a case).
 * A reference to a key not written (yet) is counted, not thrown: the stream checks report it
 * with its line once the file is read, and the files are then discarded.
 */
class NodeIds {
  private readonly byKey = new Map<string, number>();

  constructor(private readonly onMissing: () => void) {}

  set(key: string, id: number): void {
    this.byKey.set(key, id);
  }

  of(key: string): number {
    const id = this.byKey.get(key);
    if (id !== undefined) return id;
    this.onMissing();
    return -1;
  }

  /** The id, or undefined for a key not numbered yet (not counted as missing). */
  find(key: string): number | undefined {
    return this.byKey.get(key);
  }
}

/**
 * Turns validated records into the CSV files of a bulk load. Records arrive in stream order,
 * each referring only to earlier ones, and each key once (the bulk load refuses a repeated
 * key), so every record becomes its rows at once; only the practice cells, shared by many
 * cases, are numbered when first met and written at the end.
 */
export class BulkCsvWriter {
  private readonly nodes: Record<NodeLabel, CsvFile>;
  private readonly relationships: Record<RelationshipType, CsvFile>;
  private readonly files: CsvFile[];
  private nextId = 0;
  private unresolved = 0;
  private readonly missing = () => void this.unresolved++;
  private readonly laws = new NodeIds(this.missing);
  private readonly paragraphs = new NodeIds(this.missing);
  private readonly rulings = new NodeIds(this.missing);
  private readonly authorities = new NodeIds(this.missing);
  private readonly reasons = new NodeIds(this.missing);
  private readonly cellIds = new NodeIds(this.missing);
  private readonly cells: { id: number; cell: PracticeCell }[] = [];

  constructor(dir: string) {
    const open = <K extends string>(headers: Record<K, readonly string[]>) =>
      Object.fromEntries(
        Object.entries<readonly string[]>(headers).map(([name, header]) => [
          name,
          new CsvFile(join(dir, fileName(name)), header),
        ]),
      ) as Record<K, CsvFile>;
    this.nodes = open(NODE_HEADERS);
    this.relationships = open(RELATIONSHIP_HEADERS);
    this.files = [...Object.values<CsvFile>(this.nodes), ...Object.values<CsvFile>(this.relationships)];
  }

  async add(record: ImportRecord): Promise<void> {
    this.addRows(record);
    for (const file of this.files) if (file.full) await file.flush();
  }

  private addRows(record: ImportRecord): void {
    const node = (label: NodeLabel, values: CsvValue[]): number => {
      const id = this.nextId++;
      this.nodes[label].write([id, ...values]);
      return id;
    };
    const rel = (type: RelationshipType, values: CsvValue[]) => this.relationships[type].write(values);
    switch (record.kind) {
      case 'law': {
        const row = rows.law(record);
        this.laws.set(row.id, node('Law', [row.id, row.title, row.shortTitle, row.eli]));
        break;
      }
      case 'paragraph': {
        const row = rows.paragraph(record);
        const id = node('Paragraph', [
          row.ref,
          row.lawId,
          row.number,
          row.subsection,
          row.sortKey,
          row.title,
          row.validFrom,
          row.validTo,
          row.label,
          row.chapter,
          row.subsectionsJson,
          row.footnotes,
          row.repealed,
        ]);
        this.paragraphs.set(row.ref, id);
        rel('PART_OF', [id, this.laws.of(row.lawId)]);
        for (const old of row.replaces) rel('SUCCEEDED_BY', [this.paragraphs.of(old), id, row.validFrom]);
        break;
      }
      case 'lawVersion': {
        const row = rows.lawVersion(record);
        const id = node('LawVersion', [
          row.eli,
          row.lawId,
          row.accessionNumber,
          row.documentType,
          row.title,
          row.shortTitle,
          row.documentDate,
          row.startDate,
          row.inForce,
          row.endedOn,
          row.consolidates,
          row.changedBy,
        ]);
        rel('VERSION_OF', [id, this.laws.of(row.lawId)]);
        break;
      }
      case 'ruling': {
        const row = rows.ruling(record);
        const id = node('Ruling', [
          row.number,
          row.title,
          row.summary,
          row.decidedOn,
          row.datePrecision,
          row.area,
          row.eli,
          row.accessionNumber,
          row.publishedOn,
          row.keywords,
          row.fullText,
          row.sourcesJson,
        ]);
        this.rulings.set(row.number, id);
        for (const lawId of row.laws) rel('CONCERNS_LAW', [id, this.laws.of(lawId)]);
        for (const ref of row.paragraphs) rel('INTERPRETS', [id, this.paragraphs.of(ref)]);
        for (const cited of row.cites) rel('CITES', [id, this.rulings.of(cited)]);
        break;
      }
      case 'consolidation': {
        const row = rows.consolidation(record);
        const id = node('Consolidation', [
          row.id,
          row.title,
          row.decidedOn,
          row.datePrecision,
          row.type,
          row.containsNewPractice,
          row.sourcesJson,
        ]);
        // A ruling named twice among the repeals is one REPEALS link, the last extent stated
        // (as the transactional writer's MERGE leaves it).
        const repeals = new Map(row.repeals.map((repeal) => [repeal.ruling, repeal.extent]));
        const issued = row.issued.map((number) => this.rulings.of(number));
        for (const ruling of issued) rel('ISSUED', [id, ruling]);
        for (const [number, extent] of repeals) {
          const old = this.rulings.of(number);
          rel('REPEALS', [id, old, extent]);
          for (const ruling of issued) rel('REPLACES', [ruling, old, row.id, extent, row.decidedOn]);
        }
        break;
      }
      case 'authority': {
        const row = rows.authority(record);
        this.authorities.set(row.code, node('Authority', [row.code, row.name, row.type]));
        break;
      }
      case 'reversalReason': {
        const row = rows.reversalReason(record);
        this.reasons.set(row.code, node('ReversalReason', [row.code, row.label]));
        break;
      }
      case 'complaintCase': {
        const row = rows.complaintCase(record);
        const id = node('ComplaintCase', [
          row.id,
          row.receivedOn,
          row.decidedOn,
          row.outcome,
          row.outcomes,
          row.area,
          row.authority,
        ]);
        rel('AGAINST', [id, this.authorities.of(row.authority)]);
        for (const cell of row.practiceCells) rel('COUNTED_IN', [id, this.cellId(cell)]);
        for (const ref of row.paragraphs) rel('CONCERNS', [id, this.paragraphs.of(ref)]);
        for (const number of row.applied) rel('APPLIED', [id, this.rulings.of(number)]);
        for (const code of row.reasons) rel('REVERSED_FOR', [id, this.reasons.of(code)]);
        break;
      }
    }
  }

  /** A cell is numbered when a case first needs it; its row is written at the end. */
  private cellId(cell: PracticeCell): number {
    const known = this.cellIds.find(cell.key);
    if (known !== undefined) return known;
    const id = this.nextId++;
    this.cellIds.set(cell.key, id);
    this.cells.push({ id, cell });
    return id;
  }

  /**
   * Writes the practice cells, closes every file and lists those with rows. Called only for a
   * file that passed every check, so a reference left unresolved here is a bug of ours.
   */
  async finish(): Promise<BulkCsvSet> {
    if (this.unresolved) {
      await this.abandon();
      throw new Error(`bulk load: ${this.unresolved} reference(s) of a file that passed its checks did not resolve`);
    }
    for (const { id, cell } of this.cells) {
      this.nodes.PracticeCell.write([id, cell.key, cell.law, cell.authority, cell.year, cell.area, cell.outcome]);
      if (this.nodes.PracticeCell.full) await this.nodes.PracticeCell.flush();
    }
    const files = this.files;
    await Promise.all(files.map((file) => file.close()));
    const used = <K extends string>(byName: Record<K, CsvFile>) =>
      (Object.entries(byName) as [K, CsvFile][]).filter(([, file]) => file.rowCount > 0);
    return {
      nodes: used(this.nodes).map(([label, file]) => ({ label, path: file.path, rows: file.rowCount })),
      relationships: used(this.relationships).map(([type, file]) => ({ type, path: file.path, rows: file.rowCount })),
      multiline: files.filter((file) => file.hasLineBreaks).map((file) => file.path),
    };
  }

  /** Closes the files without listing them (the load was refused; the caller removes the folder). */
  async abandon(): Promise<void> {
    await Promise.all(this.files.map((file) => file.close()));
  }
}
