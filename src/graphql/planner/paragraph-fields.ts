import type { LawRecord } from '../../law/law.type';
import { ParagraphRulingsArgs } from '../../paragraph/paragraph-rulings.args';
import { todayIso } from '../../shared/iso-date';
import { normalisePracticeFilter } from '../../practice/practice-query';
import { combineParts } from './combined-parts';
import { render, validArguments, type FieldCompiler } from './field-compiler';
import { practiceParts } from './practice-fields';
import { fieldsOf } from './selection';

/** Predecessors and successors come from one statement, as their resolvers share one loader. */
const succession: FieldCompiler = (_field, node, context) => ({
  body: render(context, 'paragraph/succession', { paragraph: node }),
  prime: (loaders, ref, value) => loaders.paragraphSuccession.prime(ref, value as never),
});

/** The fields of Paragraph the planner compiles; the others are left to their resolvers. */
export const PARAGRAPH_FIELDS: Readonly<Record<string, FieldCompiler>> = {
  law: (_field, node, context) => ({
    body: render(context, 'paragraph/law', { paragraph: node }),
    // The resolver asks by the paragraph's lawId, which is the law's id where there is a law.
    prime: (loaders, _ref, value) => {
      if (value) loaders.lawById.prime((value as LawRecord).id, value as LawRecord);
    },
  }),
  predecessors: succession,
  successors: succession,
  // Compiled for the root paragraph without a filter (the paragraph page's figures): the
  // practice statements take the paragraph's ref as a value, and a filter is checked by the
  // resolver first (its authority must exist).
  practice: (field, _node, { parameters, rootKey: ref }) => {
    if (ref === null || (field.args.filter !== undefined && field.args.filter !== null)) return null;
    const parts = combineParts(
      practiceParts(normalisePracticeFilter(null, ref), fieldsOf(field), parameters),
      parameters,
    );
    return { body: parts.body, prime: (loaders, _ref, value) => parts.prime(loaders, value) };
  },
  rulings: (field, node, context) => {
    const args = validArguments(ParagraphRulingsArgs, field);
    if (!args) return null;
    const asOf = args.asOf ?? todayIso();
    const includeRepealed = args.includeRepealed;
    return {
      body: render(context, 'paragraph/rulings', {
        paragraph: node,
        asOf: context.parameters.add(asOf),
        includeRepealed: context.parameters.add(includeRepealed),
      }),
      prime: (loaders, ref, value) => loaders.paragraphRulings.prime({ ref, asOf, includeRepealed }, value as never),
      nested: { kind: 'Ruling', keysIn: (c) => `[ruling IN ${c} | ruling.number]`, selection: fieldsOf(field) },
    };
  },
};
