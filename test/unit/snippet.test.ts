import { buildSnippet } from '../../src/ruling-list/snippet';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('search snippets', () => {
  it('marks a stemmed form of the searched word in the title, keeping the whole title', () => {
    const snippet = buildSnippet('kompressionsstrømpe', {
      title: 'Kompressionsstrømper: hjælpemiddel eller behandlingsredskab',
      summary: null,
      fullText: null,
    });
    expect(snippet).toEqual({
      field: 'title',
      segments: [
        { text: 'Kompressionsstrømper', match: true },
        { text: ': hjælpemiddel eller behandlingsredskab', match: false },
      ],
    });
  });

  it('falls back to the summary, cut around the first match with ellipses', () => {
    const words = Array.from({ length: 40 }, (_, i) => `ord${i}`);
    words[20] = 'merudgifterne';
    const snippet = buildSnippet('merudgift', { title: 'Noget andet', summary: words.join(' '), fullText: null });
    expect(snippet.field).toBe('summary');
    expect(joined(snippet.segments)).toMatch(/^…ord8 .* ord32…$/);
    expect(snippet.segments.filter((s) => s.match)).toEqual([{ text: 'merudgifterne', match: true }]);
    expect(joined(snippet.segments)).toContain('ord8 ord9');
    expect(joined(snippet.segments)).not.toContain('ord7 ');
  });

  it('uses the full text when only it holds the word, and leaves the title unmarked when nothing does', () => {
    const fromFullText = buildSnippet('befordring', {
      title: 'Titel',
      summary: 'Resumé',
      fullText: 'Kommunen skal dække udgifter til befordring.',
    });
    expect(fromFullText).toEqual({
      field: 'fullText',
      segments: [
        { text: 'Kommunen skal dække udgifter til ', match: false },
        { text: 'befordring', match: true },
        { text: '.', match: false },
      ],
    });
    expect(buildSnippet('51-19', { title: 'Redning af menneskeliv', summary: null, fullText: null })).toEqual({
      field: 'title',
      segments: [{ text: 'Redning af menneskeliv', match: false }],
    });
  });

  it('does not mark a word that merely shares a short beginning', () => {
    const snippet = buildSnippet('hjem', { title: 'Hjemmehjælp og hjælpemidler', summary: null, fullText: null });
    expect(snippet.segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Hjemmehjælp']);
  });
});
