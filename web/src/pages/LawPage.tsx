import { useParams } from 'react-router';
import { useQuery } from '../api/useQuery';
import { DateField } from '../components/DateField';
import { DownloadLinks } from '../components/DownloadLinks';
import { QueryStatus } from '../components/Loading';
import { ParagraphLink, RulingLink } from '../components/RulingLink';
import { graphql } from '../gql';
import { useLanguage } from '../i18n/language';
import { todayIso } from '../lib/dates';
import { paragraphOverviewDownloads } from '../lib/exports';
import { useUrlState } from '../lib/url-state';

const LawOverviewQuery = graphql(`
  query LawOverview($law: ID!, $asOf: Date) {
    paragraphOverview(law: $law, asOf: $asOf) {
      paragraph {
        ref
        title
        law {
          title
          shortTitle
        }
      }
      inForce
      rulingsInForce
      rulingsPartiallyRepealed
      rulingsRepealed
      latestRuling {
        number
        title
      }
      carriedOver {
        ruling {
          number
        }
        via {
          ref
        }
      }
    }
  }
`);

export function LawPage() {
  const { strings } = useLanguage();
  const law = useParams().id ?? '';
  const [state, update] = useUrlState({ asOf: todayIso() });
  const result = useQuery(LawOverviewQuery, { law, asOf: state.asOf });
  const rows = result.data?.paragraphOverview ?? [];
  const title = rows[0]?.paragraph.law?.title;
  return (
    <>
      <h1>
        {strings.lawOverview}: {title ?? law}
      </h1>
      <DateField label={strings.asOf} name="asOf" value={state.asOf} onChange={(asOf) => update({ asOf })} />
      <DownloadLinks
        downloads={paragraphOverviewDownloads(law, state.asOf)}
        subject={strings.lawOverview.toLowerCase()}
      />
      <QueryStatus state={result} />
      {result.data && (
        <table data-testid="overview">
          <thead>
            <tr>
              <th scope="col">{strings.paragraph}</th>
              <th scope="col">{strings.inForce}</th>
              <th scope="col">{strings.rulingsInForce}</th>
              <th scope="col">{strings.rulingsPartiallyRepealed}</th>
              <th scope="col">{strings.rulingsRepealed}</th>
              <th scope="col">{strings.latestRuling}</th>
              <th scope="col">{strings.carriedOver}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.paragraph.ref}>
                <th scope="row">
                  <ParagraphLink reference={row.paragraph.ref} asOf={state.asOf} /> {row.paragraph.title}
                </th>
                <td>{row.inForce ? strings.yes : strings.no}</td>
                <td>{row.rulingsInForce}</td>
                <td>{row.rulingsPartiallyRepealed}</td>
                <td>{row.rulingsRepealed}</td>
                <td>{row.latestRuling ? <RulingLink number={row.latestRuling.number} asOf={state.asOf} /> : '–'}</td>
                <td>
                  {row.carriedOver.map((carried, index) => (
                    <span key={carried.ruling.number}>
                      {index > 0 && ', '}
                      <RulingLink number={carried.ruling.number} asOf={state.asOf} /> ({strings.via} {carried.via.ref})
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
