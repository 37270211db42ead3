import type { FragmentNarrowing } from '../../db/cypher-registry';
import type { GraphQLResolveInfo } from 'graphql';
import { operationFields, type OperationFields } from './operation-fields';
import { askedProperties, projectionOf, RECORD_SHAPES, type RecordShape } from './selected-properties';

/** The GraphQL object type whose fields a record shape's properties are. */
const SHAPE_TYPES: Readonly<Record<RecordShape, string>> = {
  ruling: 'Ruling',
  paragraph: 'Paragraph',
  consolidation: 'Consolidation',
};

/**
 * The optional sections of the planner's fragments, each kept where the operation asks a field
 * of the type that reads it: cypher/fragments/lineage/status.cypher's parts of RulingStatus (the
 * ruling's date behind dateApproximate; the repeals behind repealedOn, repealedBy, repeals and
 * the reasons; successors; ...) and
 * cypher/fragments/lineage/steps.cypher's step details. The citator flag weighs only whether
 * there are changed paragraphs and cited repealed rulings (src/lineage/citator-flag.ts), so
 * flag, flagLabel and lawChanged keep the EXISTS tests (statusLawChanged,
 * statusCitesAnyRepealed), which the fragment gives up for the lists where those are asked
 * (changedParagraphs, citesRepealed, reasons, which names them).
 */
const PARTS: Readonly<Record<string, { type: string; fields: readonly string[] }>> = {
  // Asked by no field: a planner's status record is primed under the number and date it asked
  // (ruling-fields.ts), so only the batch read from a file returns them.
  statusKey: { type: 'RulingStatus', fields: [] },
  statusDates: { type: 'RulingStatus', fields: ['dateApproximate'] },
  statusRepeals: { type: 'RulingStatus', fields: ['repealedOn', 'repealedBy', 'repeals', 'reasons'] },
  statusSuccessors: { type: 'RulingStatus', fields: ['successors'] },
  statusChangedParagraphs: { type: 'RulingStatus', fields: ['changedParagraphs', 'reasons'] },
  statusLawChanged: { type: 'RulingStatus', fields: ['lawChanged', 'flag', 'flagLabel'] },
  statusCitesRepealed: { type: 'RulingStatus', fields: ['citesRepealed', 'reasons'] },
  statusCitesAnyRepealed: { type: 'RulingStatus', fields: ['flag', 'flagLabel'] },
  stepDetails: { type: 'LineageStep', fields: ['consolidation', 'extent'] },
};

const byFields = new WeakMap<OperationFields, FragmentNarrowing>();

/**
 * The planner's fragments cut to what the operation asks anywhere (operation-fields.ts): each
 * record projection to the properties its type is asked, each optional section kept where a
 * field that reads it is asked. Cheaper statements, and the same answers: what is left out is
 * what no resolver of the operation reads.
 */
export function narrowingOf(fields: OperationFields): FragmentNarrowing {
  let narrowing = byFields.get(fields);
  if (!narrowing) {
    const asked = (type: string) => fields.get(type) ?? new Set<string>();
    const parts = Object.entries(PARTS)
      .filter(([, part]) => part.fields.some((field) => asked(part.type).has(field)))
      .map(([name]) => name);
    const properties = Object.fromEntries(
      RECORD_SHAPES.map((shape) => [projectionOf(shape), askedProperties(shape, asked(SHAPE_TYPES[shape]))]),
    );
    narrowing = { parts: new Set(parts), properties };
    byFields.set(fields, narrowing);
  }
  return narrowing;
}

/**
 * The properties of the ruling records a statement outside the planner returns (a page of the
 * list, of a search) that its operation can read: those its type is asked anywhere, and `also`,
 * which the statement's caller reads itself (a cursor's sort keys, a snippet's text).
 */
export function rulingPropertiesFor(info: GraphQLResolveInfo, also: readonly string[]): readonly string[] {
  const asked = operationFields(info).get(SHAPE_TYPES.ruling) ?? new Set<string>();
  return askedProperties('ruling', new Set([...asked, ...also]));
}
