import { useId } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '../api/useQuery';
import { DateField } from '../components/DateField';
import { LineageList, LineageMap } from '../components/LineageMap';
import { QueryStatus } from '../components/Loading';
import { ParagraphLink, RulingLink } from '../components/RulingLink';
import { StatusBadge } from '../components/StatusBadge';
import { StatusReasons } from '../components/StatusReasons';
import { graphql } from '../gql';
import { useLanguage } from '../i18n/language';
import { todayIso } from '../lib/dates';
import { useUrlState } from '../lib/url-state';

const RulingPageQuery = graphql(`
  query RulingPage($number: String!, $asOf: Date, $depth: Int!) {
    ruling(number: $number) {
      number
      title
      decidedOn
      datePrecision
      summary
      paragraphs {
        ref
        title
      }
      status(asOf: $asOf) {
        ...StatusBadgeFields
        ...StatusReasonFields
        dateApproximate
      }
      lineage(maxDepth: $depth) {
        ...LineageMapFields
      }
      cites {
        number
        title
      }
      citedBy {
        number
        title
      }
      complaintCases(first: 1) {
        totalCount
      }
    }
  }
`);

const DEPTHS = [1, 2, 3, 4, 5, 6, 8, 10];

export function RulingPage() {
  const { strings } = useLanguage();
  const number = useParams().number ?? '';
  const [state, update] = useUrlState({ asOf: todayIso(), depth: '4' });
  const depthId = useId();
  const result = useQuery(RulingPageQuery, { number, asOf: state.asOf, depth: Number(state.depth) || 4 });
  const ruling = result.data?.ruling;
  if (result.data && !ruling)
    return (
      <h1>
        {strings.notFound} ({number})
      </h1>
    );
  return (
    <>
      {ruling ? (
        <h1>
          <span className="number">{ruling.number}</span> {ruling.title}
        </h1>
      ) : (
        <h1>{number}</h1>
      )}
      <QueryStatus state={result} />
      {ruling && (
        <>
          <p className="meta">
            <time dateTime={ruling.decidedOn}>{ruling.decidedOn}</time>
            {ruling.datePrecision !== 'DAY' && ` (${strings.datePrecisionNote})`}
          </p>
          <section className="status-box" aria-labelledby="status-heading">
            <h2 id="status-heading">{strings.status}</h2>
            <DateField label={strings.asOf} name="asOf" value={state.asOf} onChange={(asOf) => update({ asOf })} />
            <p data-testid="status">
              <StatusBadge status={ruling.status} />
            </p>
            <StatusReasons status={ruling.status} decidedOn={ruling.decidedOn} />
            {ruling.status.dateApproximate && (
              <p className="note" data-testid="date-approximate">
                {strings.dateApproximateNote}
              </p>
            )}
          </section>
          {ruling.summary && (
            <section aria-labelledby="summary-heading">
              <h2 id="summary-heading">{strings.summary}</h2>
              <p>{ruling.summary}</p>
            </section>
          )}
          <section aria-labelledby="paragraphs-heading">
            <h2 id="paragraphs-heading">{strings.paragraphs}</h2>
            <ul>
              {ruling.paragraphs.map((paragraph) => (
                <li key={paragraph.ref}>
                  <ParagraphLink reference={paragraph.ref} asOf={state.asOf} /> {paragraph.title}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="lineage-heading">
            <h2 id="lineage-heading">{strings.lineage}</h2>
            <div className="field inline">
              <label htmlFor={depthId}>{strings.lineageDepth}</label>
              <select id={depthId} value={state.depth} onChange={(e) => update({ depth: e.target.value })}>
                {DEPTHS.map((depth) => (
                  <option key={depth} value={String(depth)}>
                    {depth}
                  </option>
                ))}
              </select>
            </div>
            <p className="sr-only">{strings.lineageMap(ruling.number)}</p>
            {ruling.lineage.edges.length > 0 && (
              <LineageMap lineage={ruling.lineage} root={ruling.number} asOf={state.asOf} />
            )}
            <h3>{strings.lineageAsText}</h3>
            <LineageList lineage={ruling.lineage} asOf={state.asOf} />
          </section>
          <div className="columns">
            <RulingList heading={strings.cites} rulings={ruling.cites} asOf={state.asOf} none={strings.none} />
            <RulingList heading={strings.citedBy} rulings={ruling.citedBy} asOf={state.asOf} none={strings.none} />
          </div>
          <section aria-labelledby="cases-heading">
            <h2 id="cases-heading">{strings.complaintCases}</h2>
            <p data-testid="complaint-case-count">{strings.complaintCaseCount(ruling.complaintCases.totalCount)}</p>
          </section>
        </>
      )}
    </>
  );
}

function RulingList({
  heading,
  rulings,
  asOf,
  none,
}: {
  heading: string;
  rulings: { number: string; title: string }[];
  asOf: string;
  none: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {rulings.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul>
          {rulings.map((ruling) => (
            <li key={ruling.number}>
              <RulingLink number={ruling.number} asOf={asOf} /> {ruling.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
