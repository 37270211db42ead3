import { useEffect, useId, useState, type FormEvent } from 'react';
import { useQuery } from '../api/useQuery';
import { DateField } from '../components/DateField';
import { AreaField, LawField } from '../components/FilterFields';
import { QueryStatus } from '../components/Loading';
import { RulingLink } from '../components/RulingLink';
import { SearchSnippet, snippetSegments, type SnippetSegment } from '../components/SearchSnippet';
import { StatusBadge } from '../components/StatusBadge';
import { graphql } from '../gql';
import type { RulingFilter, RulingHitFieldsFragment, RulingStatusKind } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { todayIso } from '../lib/dates';
import { useUrlState } from '../lib/url-state';

graphql(`
  fragment RulingHitPage on RulingConnection {
    totalCount
    edges {
      node {
        ...RulingHitFields
      }
      snippet {
        field
        segments {
          text
          match
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
  fragment RulingHitFields on Ruling {
    number
    title
    decidedOn
    summary
    status(asOf: $asOf) {
      ...StatusBadgeFields
    }
  }
`);

const SearchRulings = graphql(`
  query SearchRulings(
    $text: String!
    $filter: RulingFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $asOf: Date
  ) {
    searchRulings(text: $text, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      ...RulingHitPage
    }
  }
`);

const ListRulings = graphql(`
  query ListRulings($filter: RulingFilter, $first: Int, $after: String, $last: Int, $before: String, $asOf: Date) {
    rulings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      ...RulingHitPage
    }
  }
`);

const PAGE_SIZE = 20;
const STATUSES: RulingStatusKind[] = ['IN_FORCE', 'PARTIALLY_REPEALED', 'REPEALED', 'NOT_YET_ISSUED'];

export function SearchPage() {
  const { strings } = useLanguage();
  const [state, update] = useUrlState({
    q: '',
    area: '',
    law: '',
    status: '',
    asOf: todayIso(),
    after: '',
    before: '',
  });
  const [form, setForm] = useState(state);
  useEffect(() => setForm(state), [state.q, state.area, state.law, state.status, state.asOf]); // eslint-disable-line react-hooks/exhaustive-deps
  const ids = { q: useId(), status: useId() };

  const filter: RulingFilter = {
    asOf: state.asOf,
    ...(state.area && { area: state.area }),
    ...(state.law && { law: state.law }),
    ...(state.status && { status: [state.status as RulingStatusKind] }),
  };
  // A page is read forward from `after` or backward from `before` (the previous page), so the
  // URL alone says which page is shown.
  const paging = state.before
    ? { last: PAGE_SIZE, before: state.before, asOf: state.asOf }
    : { first: PAGE_SIZE, after: state.after || null, asOf: state.asOf };
  const text = state.q.trim();
  const searched = useQuery(SearchRulings, { text, filter, ...paging }, text === '');
  const listed = useQuery(ListRulings, { filter, ...paging }, text !== '');
  const result = text === '' ? listed : searched;
  const connection = result.data
    ? 'searchRulings' in result.data
      ? result.data.searchRulings
      : result.data.rulings
    : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ ...form, after: '', before: '' });
  };

  return (
    <>
      <h1>{strings.searchHeading}</h1>
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field wide">
          <label htmlFor={ids.q}>{strings.searchText}</label>
          <input
            id={ids.q}
            name="q"
            type="search"
            value={form.q}
            aria-describedby={`${ids.q}-hint`}
            onChange={(e) => setForm({ ...form, q: e.target.value })}
          />
          <small id={`${ids.q}-hint`}>{strings.searchHint}</small>
        </div>
        <AreaField value={form.area} onChange={(area) => setForm({ ...form, area })} />
        <LawField value={form.law} onChange={(law) => setForm({ ...form, law })} />
        <div className="field">
          <label htmlFor={ids.status}>{strings.status}</label>
          <select
            id={ids.status}
            name="status"
            value={form.status}
            onChange={(e) => setForm({ ...form, status: e.target.value })}
          >
            <option value="">–</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {strings[`status${status}`]}
              </option>
            ))}
          </select>
        </div>
        <DateField label={strings.asOf} name="asOf" value={form.asOf} onChange={(asOf) => setForm({ ...form, asOf })} />
        <button type="submit">{strings.search}</button>
      </form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">
          {strings.results}
          {connection && `: ${strings.resultCount(connection.totalCount)}`}
        </h2>
        <QueryStatus state={result} />
        {connection && connection.edges.length === 0 && <p>{strings.noResults}</p>}
        {connection && (
          <ol className="hits" data-testid="hits">
            {connection.edges.map(({ node, snippet }) => (
              <Hit key={node.number} ruling={node} segments={snippet?.segments} words={text} asOf={state.asOf} />
            ))}
          </ol>
        )}
        <div className="pager">
          {connection?.pageInfo.hasPreviousPage && (
            <button type="button" onClick={() => update({ after: '', before: connection.pageInfo.startCursor ?? '' })}>
              {strings.previous}
            </button>
          )}
          {connection?.pageInfo.hasNextPage && (
            <button type="button" onClick={() => update({ after: connection.pageInfo.endCursor ?? '', before: '' })}>
              {strings.next}
            </button>
          )}
        </div>
      </section>
    </>
  );
}

function Hit({
  ruling,
  segments,
  words,
  asOf,
}: {
  ruling: RulingHitFieldsFragment;
  segments?: SnippetSegment[];
  words: string;
  asOf: string;
}) {
  return (
    <li className="hit">
      <div className="hit-head">
        <StatusBadge status={ruling.status} />
        <RulingLink number={ruling.number} asOf={asOf}>
          <strong>{ruling.number}</strong> {ruling.title}
        </RulingLink>
        <time dateTime={ruling.decidedOn}>{ruling.decidedOn}</time>
      </div>
      {/* The API's snippet in searchRulings; rulings() has none, so the summary's opening is shown. */}
      {segments ? (
        <SearchSnippet segments={segments} />
      ) : (
        ruling.summary && <SearchSnippet segments={snippetSegments(ruling.summary, words)} />
      )}
    </li>
  );
}
