import { formatParagraphRef } from '../../paragraph/paragraph-ref';
import { knownLaw } from '../../paragraph/law-aliases';
import type {
  ConsolidationRecordIn,
  ImportRecord,
  LawRecordIn,
  ParagraphRecordIn,
  RulingRecordIn,
} from '../import-schema';
import { lawTitles, type NamedLaw } from './law-names';
import type { LawDocument } from './law-document';
import type { FactSource, ReviewItem } from './review';
import type { RulingDocument } from './ruling-document';
import type { StoredCorpusFacts } from './stored-corpus-facts';
import type { DocumentProblem } from './document-problem';

/** The records a corpus becomes, and what was left for review. */
export interface CorpusRecords {
  records: ImportRecord[];
  review: ReviewItem[];
  /** Laws not in the table of law names, with the id derived for them. */
  derivedLaws: { id: string; name: string; file: string }[];
  /** Rulings that could not become a record (no paragraph established). */
  refused: DocumentProblem[];
  /** The file each record came from, to name documents in the write path's problems. */
  origins: Map<ImportRecord, string>;
}

const dayBefore = (date: string): string => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};

// "https://www.retsinformation.dk/eli/retsinfo/2023/9456" -> "retsinfo-2023-9456": the
// consolidation a ruling states is keyed by the ruling's document, so a re-import finds it again.
const documentKey = (eli: string) => eli.split('/eli/')[1].replaceAll('/', '-');

/**
 * Turns read documents into records of the import contract, in an order in which every record
 * refers only to earlier ones: laws, law versions, paragraphs, rulings (oldest first, so that
 * citations point back), consolidations. Facts that would need a guess go to review instead.
 */
export function corpusRecords(
  laws: readonly LawDocument[],
  rulings: readonly RulingDocument[],
  stored: StoredCorpusFacts,
): CorpusRecords {
  const review: ReviewItem[] = rulings.flatMap((ruling) => ruling.review);
  const derivedLaws: CorpusRecords['derivedLaws'] = [];
  const refused: DocumentProblem[] = [];
  const lawRecords = new Map<string, LawRecordIn>();
  const paragraphRecords = new Map<string, ParagraphRecordIn>();
  const versionRecords: ImportRecord[] = [];
  const origins = new Map<ImportRecord, string>();
  const from = <R extends ImportRecord>(record: R, file: string): R => (origins.set(record, file), record);

  const noteDerived = (law: NamedLaw, file: string) => {
    if (law.derived && !derivedLaws.some((known) => known.id === law.id))
      derivedLaws.push({ id: law.id, name: law.name, file });
  };
  /** A Law record for a law named by a ruling, unless the stream or the database has it. */
  const ensureLaw = (law: NamedLaw, file: string) => {
    noteDerived(law, file);
    if (lawRecords.has(law.id) || stored.laws.has(law.id)) return;
    lawRecords.set(law.id, from({ kind: 'law', id: law.id, ...lawTitles(law) }, file));
  };

  // Laws with their versions, oldest first; the newest version states the paragraphs.
  const byLaw = new Map<string, LawDocument[]>();
  for (const document of laws) byLaw.set(document.law.id, [...(byLaw.get(document.law.id) ?? []), document]);
  for (const [lawId, versions] of byLaw) {
    versions.sort((a, b) => a.documentDate.localeCompare(b.documentDate) || a.eli.localeCompare(b.eli));
    for (const version of versions) {
      noteDerived(version.law, version.file);
      versionRecords.push(
        from(
          {
            kind: 'lawVersion',
            eli: version.eli,
            law: lawId,
            ...(version.accessionNumber ? { accessionNumber: version.accessionNumber } : {}),
            documentType: version.documentType,
            title: version.title,
            ...(version.shortTitle ? { shortTitle: version.shortTitle } : {}),
            documentDate: version.documentDate,
            ...(version.startDate ? { startDate: version.startDate } : {}),
            inForce: version.inForce,
            ...(version.endedOn ? { endedOn: version.endedOn } : {}),
            consolidates: version.consolidates,
            changedBy: version.changedBy,
          },
          version.file,
        ),
      );
    }
    const newest = versions[versions.length - 1];
    const storedLatest = stored.latestVersionDate.get(lawId);
    // Versions older than one already stored add history only: the law and its paragraphs stay.
    if (storedLatest !== undefined && storedLatest > newest.documentDate) {
      if (!stored.laws.has(lawId))
        lawRecords.set(
          lawId,
          from({ kind: 'law', id: lawId, ...lawTitles(newest.law, newest.popularTitle) }, newest.file),
        );
      continue;
    }
    lawRecords.set(
      lawId,
      from({ kind: 'law', id: lawId, ...lawTitles(newest.law, newest.popularTitle), eli: newest.eli }, newest.file),
    );
    for (const record of paragraphsAcrossVersions(lawId, versions, stored.paragraphsOfLaws.get(lawId) ?? []))
      paragraphRecords.set(record.ref, from(record, newest.file));
  }

  const rulingRecords: RulingRecordIn[] = [];
  const consolidations: ConsolidationRecordIn[] = [];
  const rulingDates = new Map<string, string>(
    [...stored.rulings].map(([number, ruling]) => [number, ruling.decidedOn]),
  );
  const fullyRepealed = new Map<string, string>();
  for (const [number, ruling] of stored.rulings) for (const id of ruling.fullyRepealedBy) fullyRepealed.set(number, id);
  const sorted = [...rulings].sort(
    (a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.number.localeCompare(b.number),
  );
  for (const ruling of sorted) {
    const toReview = (location: string, text: string, understood: string, reason: string) =>
      review.push({ file: ruling.file, documentEli: ruling.eli, location, text, understood, reason });
    const refs: string[] = [];
    const sources: FactSource[] = [...ruling.sources, ...ruling.concerns.map((concern) => concern.source)];
    for (const mention of ruling.mentions) {
      const ref = formatParagraphRef({ lawId: mention.law.id, number: mention.number, subsection: mention.stk });
      if (!refs.includes(ref)) refs.push(ref);
      sources.push(mention.source);
      ensureLaw(mention.law, ruling.file);
      for (const record of ensureParagraph(
        ref,
        formatParagraphRef({ lawId: mention.law.id, number: mention.number }),
        paragraphRecords,
        stored,
      ))
        from(record, ruling.file);
    }
    if (refs.length === 0) {
      refused.push({
        file: ruling.file,
        element: 'DokumentIndhold/TekstGruppe',
        message: `no law paragraph could be established for ruling ${ruling.number} (see the review report for the lines read)`,
        expected:
          'a rules section ("Reglerne" or "Lov:") naming paragraphs of a law, e.g. "§ 4, stk. 1" under the law\'s name',
      });
      continue;
    }
    ruling.concerns.forEach((concern) => ensureLaw(concern.law, ruling.file));
    const areaLaw = [
      ...ruling.concerns.map((concern) => concern.law.id),
      ...ruling.mentions.map((mention) => mention.law.id),
    ].find((id) => knownLaw(id));
    const area = areaLaw ? knownLaw(areaLaw)!.area : 'social';
    if (!areaLaw)
      toReview(
        'Meta/Concerns',
        ruling.concerns.map((c) => c.law.name).join('; '),
        'the area of law',
        'no law of the table of law names is concerned; area "social" was recorded, check it',
      );

    const cites: string[] = [];
    for (const cite of ruling.statements.cites) {
      if (!rulingDates.has(cite.number))
        toReview(
          cite.location,
          cite.sentence,
          `cites ${cite.number}`,
          `${cite.number} is neither among the documents nor in the database, so it cannot be linked`,
        );
      else if (!cites.includes(cite.number)) {
        cites.push(cite.number);
        sources.push({ fact: `cites ${cite.number}`, documentEli: ruling.eli, location: cite.location });
      }
    }
    const consolidationSources: FactSource[] = [];
    // id: the consolidation that would record the repeals; a ruling it repealed already (an import
    // of the same document again) is no second repeal.
    const repealable = (
      facts: readonly { number: string; sentence: string; location: string; extent: 'FULL' | 'PARTIAL' }[],
      id: string,
    ) =>
      facts.filter((fact) => {
        const repealer = fullyRepealed.get(fact.number);
        const decided = rulingDates.get(fact.number);
        const why =
          decided === undefined
            ? `${fact.number} is neither among the documents nor in the database`
            : decided > ruling.decidedOn
              ? `${fact.number} was decided after this ruling (${decided})`
              : fact.extent === 'FULL' && repealer !== undefined && repealer !== id
                ? `${fact.number} is already fully repealed (${repealer})`
                : undefined;
        if (why)
          toReview(
            fact.location,
            fact.sentence,
            `repeals ${fact.number} (${fact.extent})`,
            `${why}; the repeal was not recorded`,
          );
        return why === undefined;
      });
    const record = (
      id: string,
      type: ConsolidationRecordIn['type'],
      facts: ReturnType<typeof repealable>,
      containsNewPractice: boolean,
      title: string,
    ) => {
      for (const fact of facts) {
        if (fact.extent === 'FULL') fullyRepealed.set(fact.number, id);
        const source = {
          fact: `repeals ${fact.number} (${fact.extent})${type === 'REPEAL' ? ' without successor' : ''}`,
          documentEli: ruling.eli,
          location: fact.location,
        };
        consolidationSources.push(source);
        sources.push(source);
      }
      consolidations.push(
        from(
          {
            kind: 'consolidation',
            id,
            title,
            decidedOn: ruling.decidedOn,
            type,
            issued: type === 'REPEAL' ? [] : [ruling.number],
            repeals: facts.map((fact) => ({ ruling: fact.number, extent: fact.extent })),
            containsNewPractice,
            sources: [...consolidationSources],
          },
          ruling.file,
        ),
      );
      consolidationSources.length = 0;
    };
    const { consolidation, containsNewPractice } = ruling.statements;
    const successionId = documentKey(ruling.eli);
    const repealId = `${successionId}-ophaevelse`;
    const withSuccessor = repealable(ruling.statements.repealedWithSuccessor, successionId);
    if (consolidation && withSuccessor.length) {
      const newPractice = containsNewPractice?.value ?? true;
      if (containsNewPractice)
        consolidationSources.push({
          fact: `contains ${newPractice ? '' : 'no '}new practice`,
          documentEli: ruling.eli,
          location: containsNewPractice.location,
        });
      else
        toReview(
          'DokumentIndhold',
          '',
          'whether the ruling contains new practice',
          'the text does not say; recorded as containing new practice, check it',
        );
      sources.push({
        fact: `${consolidation.type === 'MERGE' ? 'merges' : 'rewrites'} ${consolidation.numbers.map((n) => n.number).join(', ')}`,
        documentEli: ruling.eli,
        location: consolidation.numbers[0].location,
      });
      if (containsNewPractice) sources.push(consolidationSources[0]);
      record(
        successionId,
        consolidation.type,
        withSuccessor,
        newPractice,
        `${consolidation.type === 'MERGE' ? 'Sammenskrivning' : 'Omskrivning'} i principmeddelelse ${ruling.number}`,
      );
    }
    const withoutSuccessor = repealable(ruling.statements.repealedWithoutSuccessor, repealId);
    if (withoutSuccessor.length)
      record(repealId, 'REPEAL', withoutSuccessor, false, `Ophævelse i principmeddelelse ${ruling.number}`);

    rulingDates.set(ruling.number, ruling.decidedOn);
    rulingRecords.push(
      from(
        {
          kind: 'ruling',
          number: ruling.number,
          title: ruling.title,
          ...(ruling.summary ? { summary: ruling.summary } : {}),
          decidedOn: ruling.decidedOn,
          area,
          eli: ruling.eli,
          paragraphs: refs,
          cites,
          ...(ruling.accessionNumber && /^[A-Z]\d{8,}$/.test(ruling.accessionNumber)
            ? { accessionNumber: ruling.accessionNumber }
            : {}),
          ...(ruling.publishedOn ? { publishedOn: ruling.publishedOn } : {}),
          keywords: ruling.keywords,
          ...(ruling.fullText ? { fullText: ruling.fullText } : {}),
          laws: ruling.concerns.map((concern) => concern.law.id),
          sources,
        },
        ruling.file,
      ),
    );
  }
  for (const item of derivedLaws) {
    review.push({
      file: item.file,
      location: 'law name',
      text: item.name,
      understood: `law ${item.id}`,
      reason: 'not in the table of law names (src/paragraph/law-aliases.ts); the id was derived from the name',
    });
  }
  return {
    records: [
      ...lawRecords.values(),
      ...versionRecords,
      ...paragraphRecords.values(),
      ...rulingRecords,
      ...consolidations,
    ],
    review,
    derivedLaws,
    refused,
    origins,
  };
}

/**
 * The paragraph records of a law after its versions, oldest first, starting from what is stored.
 * A paragraph a version no longer contains, or marks "(Ophævet)", ends the day before that
 * version takes effect, unless an end date is already known; nothing is deleted.
 */
function paragraphsAcrossVersions(
  lawId: string,
  versions: readonly LawDocument[],
  storedParagraphs: readonly ParagraphRecordIn[],
): ParagraphRecordIn[] {
  const current = new Map<string, ParagraphRecordIn>(storedParagraphs.map((record) => [record.ref, record]));
  for (const version of versions) {
    const takesEffect = version.startDate ?? version.documentDate;
    const present = new Set<string>();
    for (const paragraph of version.paragraphs) {
      const ref = formatParagraphRef({ lawId, number: paragraph.number });
      present.add(ref);
      const before = current.get(ref);
      const validTo = paragraph.repealed ? (before?.validTo ?? dayBefore(takesEffect)) : undefined;
      current.set(ref, {
        kind: 'paragraph',
        ref,
        ...((paragraph.title ?? before?.title) ? { title: paragraph.title ?? before?.title } : {}),
        ...(before?.validFrom ? { validFrom: before.validFrom } : {}),
        ...(validTo && (!before?.validFrom || validTo >= before.validFrom) ? { validTo } : {}),
        label: paragraph.label,
        ...(paragraph.chapter ? { chapter: paragraph.chapter } : {}),
        ...(paragraph.subsections.length ? { subsections: paragraph.subsections } : {}),
        ...(paragraph.footnotes.length ? { footnotes: paragraph.footnotes } : {}),
        ...(paragraph.repealed ? { repealed: true } : {}),
      });
    }
    for (const [ref, record] of current) {
      if (present.has(ref) || record.validTo) continue;
      const validTo = dayBefore(takesEffect);
      if (!record.validFrom || validTo >= record.validFrom) current.set(ref, { ...record, validTo });
    }
  }
  return [...current.values()];
}

/** A paragraph a ruling names exists as a node: from the documents, the database, or its mention. */
function ensureParagraph(
  ref: string,
  wholeRef: string,
  records: Map<string, ParagraphRecordIn>,
  stored: StoredCorpusFacts,
): ParagraphRecordIn[] {
  if (records.has(ref) || stored.paragraphRefs.has(ref)) return [];
  const added: ParagraphRecordIn[] = [];
  if (ref !== wholeRef && !records.has(wholeRef) && !stored.paragraphRefs.has(wholeRef)) {
    const whole: ParagraphRecordIn = { kind: 'paragraph', ref: wholeRef };
    records.set(wholeRef, whole);
    added.push(whole);
  }
  // A stk. shares its paragraph's heading and dates; its text is on the whole paragraph's subsections.
  const base = records.get(wholeRef);
  const record: ParagraphRecordIn = {
    kind: 'paragraph',
    ref,
    ...(base?.title ? { title: base.title } : {}),
    ...(base?.validFrom ? { validFrom: base.validFrom } : {}),
    ...(base?.validTo ? { validTo: base.validTo } : {}),
  };
  records.set(ref, record);
  return [...added, record];
}
