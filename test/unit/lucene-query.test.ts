import { toLuceneQuery } from '../../src/ruling-list/lucene-query';

describe('toLuceneQuery', () => {
  it('leaves plain words alone', () => {
    expect(toLuceneQuery('kompressionsstrømpe')).toBe('kompressionsstrømpe');
    expect(toLuceneQuery('  barnets   lov ')).toBe('barnets lov');
  });

  it('escapes every character Lucene gives a meaning', () => {
    expect(toLuceneQuery('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('turns a field query and a stray quote into literal text', () => {
    expect(toLuceneQuery('title:hjælpemiddel')).toBe('title\\:hjælpemiddel');
    expect(toLuceneQuery('"kompression')).toBe('\\"kompression');
  });

  it('lower-cases the operator words so they are searched for, not obeyed', () => {
    expect(toLuceneQuery('hjælp AND NOT pleje OR bolig')).toBe('hjælp and not pleje or bolig');
    expect(toLuceneQuery('ANDERS')).toBe('ANDERS');
  });

  it('refuses text with nothing to search for', () => {
    expect(() => toLuceneQuery('  "?!  ')).toThrow(/at least one letter or digit/);
  });
});
