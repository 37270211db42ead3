import { BadUserInputError } from '../errors';

/**
 * User text becomes a Lucene query for db.index.fulltext.queryNodes. Lucene's query syntax
 * gives meaning to + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / and to the words AND, OR, NOT; a
 * search box must not (a stray quote or colon would be a syntax error, "title:x" a field
 * query). So every special character is escaped and the operator words are lower-cased, which
 * the analyzer would do anyway. What remains is a plain OR of the words, ranked by relevance.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR_WORD = /\b(AND|OR|NOT)\b/g;

export function toLuceneQuery(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\s\u200B]+/gu, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(cleaned)) {
    throw new BadUserInputError('text: must contain at least one letter or digit', {
      field: 'text',
      expected: 'words to search for, e.g. "kompressionsstrømper"',
    });
  }
  return cleaned.replace(SPECIAL, (char) => `\\${char}`).replace(OPERATOR_WORD, (word) => word.toLowerCase());
}
