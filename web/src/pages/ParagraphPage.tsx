import { Link, useParams } from 'react-router';
import { useQuery } from '../api/useQuery';
import { DateField } from '../components/DateField';
import { QueryStatus } from '../components/Loading';
import { ParagraphLink, RulingLink } from '../components/RulingLink';
import { StatusBadge } from '../components/StatusBadge';
import { graphql } from '../gql';
import type { ParagraphPageQuery as ParagraphPageResult } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { todayIso } from '../lib/dates';
import { integer, percent } from '../lib/format';
import { useUrlState } from '../lib/url-state';

const ParagraphPageQuery = graphql(`
  query ParagraphPage($ref: String!) {
    paragraph(ref: $ref) {
      ref
      title
      validFrom
      validTo
      law {
        code
        shortTitle
      }
      predecessors {
        depth
        on
        paragraph {
          ...TimelineParagraph
        }
      }
      successors {
        depth
        on
        paragraph {
          ...TimelineParagraph
        }
      }
      practice {
        decided
        onMerits
        reversed
        reversalRate
      }
    }
  }
  fragment TimelineParagraph on Paragraph {
    ref
    title
    validFrom
    validTo
  }
`);

const ApplicableRulingsQuery = graphql(`
  query ApplicableRulings($ref: String!, $asOf: Date) {
    applicableRulings(paragraph: $ref, asOf: $asOf) {
      ruling {
        number
        title
        decidedOn
      }
      statusDetail {
        ...StatusBadgeFields
      }
      direct
      via {
        ref
      }
    }
  }
`);

export function ParagraphPage() {
  const { strings, language } = useLanguage();
  const ref = useParams().ref ?? '';
  const [state, update] = useUrlState({ asOf: todayIso() });
  const page = useQuery(ParagraphPageQuery, { ref });
  const applicable = useQuery(ApplicableRulingsQuery, { ref, asOf: state.asOf });
  const paragraph = page.data?.paragraph;
  if (page.data && !paragraph)
    return (
      <h1>
        {strings.notFound} ({ref})
      </h1>
    );
  return (
    <>
      <h1>
        {paragraph ? paragraph.ref : ref}
        {paragraph?.title && ` – ${paragraph.title}`}
      </h1>
      <QueryStatus state={page} />
      {paragraph?.law && (
        <p>
          <Link to={`/law/${encodeURIComponent(paragraph.law.code)}?asOf=${state.asOf}`}>
            {strings.lawOverview}: {paragraph.law.shortTitle}
          </Link>
        </p>
      )}
      <section aria-labelledby="applicable-heading">
        <h2 id="applicable-heading">{strings.applicable}</h2>
        <DateField label={strings.asOf} name="asOf" value={state.asOf} onChange={(asOf) => update({ asOf })} />
        <QueryStatus state={applicable} />
        {applicable.data?.applicableRulings && (
          <table data-testid="applicable">
            <thead>
              <tr>
                <th scope="col">{strings.status}</th>
                <th scope="col">{strings.number}</th>
                <th scope="col">{strings.title}</th>
                <th scope="col">{strings.decidedOn}</th>
                <th scope="col">{strings.via}</th>
              </tr>
            </thead>
            <tbody>
              {applicable.data.applicableRulings.map((row) => (
                <tr key={row.ruling.number}>
                  <td>
                    <StatusBadge status={row.statusDetail} />
                  </td>
                  <td>
                    <RulingLink number={row.ruling.number} asOf={state.asOf} />
                  </td>
                  <td>{row.ruling.title}</td>
                  <td>{row.ruling.decidedOn}</td>
                  <td>{row.direct ? strings.direct : `${strings.via} ${row.via.ref}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {paragraph && <Timeline paragraph={paragraph} asOf={state.asOf} />}
      {paragraph && (
        <section aria-labelledby="practice-heading">
          <h2 id="practice-heading">{strings.practiceInBrief}</h2>
          <dl className="figures">
            <dt>{strings.decided}</dt>
            <dd>{integer(paragraph.practice.decided, language)}</dd>
            <dt>{strings.onMerits}</dt>
            <dd>{integer(paragraph.practice.onMerits, language)}</dd>
            <dt>{strings.reversalRate}</dt>
            <dd>{percent(paragraph.practice.reversalRate, language)}</dd>
          </dl>
          <p>
            <Link to={`/practice?paragraph=${encodeURIComponent(paragraph.ref)}`}>{strings.seePractice}</Link>
          </p>
        </section>
      )}
    </>
  );
}

type TimelineStep = NonNullable<ParagraphPageResult['paragraph']>;

/** Oldest numbering first: SEL § 41 (until 2023-12-31) → BL § 86 (from 2024-01-01). */
function Timeline({ paragraph, asOf }: { paragraph: TimelineStep; asOf: string }) {
  const { strings } = useLanguage();
  const steps = [
    ...[...paragraph.predecessors].sort((a, b) => b.depth - a.depth).map((step) => step.paragraph),
    paragraph,
    ...[...paragraph.successors].sort((a, b) => a.depth - b.depth).map((step) => step.paragraph),
  ];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{strings.renumbering}</h2>
      <ol className="timeline" data-testid="timeline">
        {steps.map((step) => (
          <li key={step.ref} aria-current={step.ref === paragraph.ref ? 'true' : undefined}>
            {step.ref === paragraph.ref ? (
              <strong>{step.ref}</strong>
            ) : (
              <ParagraphLink reference={step.ref} asOf={asOf} />
            )}
            {step.title && ` ${step.title}`}
            <span className="period">
              {step.validFrom && ` ${strings.validFrom} ${step.validFrom}`}
              {step.validTo && ` ${strings.validTo} ${step.validTo}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
