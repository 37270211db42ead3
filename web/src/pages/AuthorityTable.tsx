import { useState } from 'react';
import type { PracticeDashboardQuery } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { integer, percent } from '../lib/format';

type AuthorityRow = NonNullable<PracticeDashboardQuery['practice']>['byAuthority'][number];

type SortKey = 'name' | 'decided' | 'onMerits' | 'reversalRate' | 'low';
// An interval wider than this (20 percentage points each way) marks a rate built on few cases.
const UNCERTAIN_WIDTH = 0.4;

function sortValue(row: AuthorityRow, key: SortKey): string | number {
  if (key === 'name') return row.authority.name;
  if (key === 'low') return row.reversalRateInterval?.low ?? -1;
  if (key === 'reversalRate') return row.reversalRate ?? -1;
  return row[key];
}

/** Authorities with counts and intervals, sortable by any column (click a header; again to reverse). */
export function AuthorityTable({ rows }: { rows: AuthorityRow[] }) {
  const { strings, language } = useLanguage();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'decided', descending: true });
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'da') : x - (y as number);
    return (sort.descending ? -order : order) || a.authority.code.localeCompare(b.authority.code);
  });
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort"
        data-sort={key}
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'name' })}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <table data-testid="authorities">
      <caption>{strings.municipalityCaption}</caption>
      <thead>
        <tr>
          {header('name', strings.municipalities)}
          {header('decided', strings.decided)}
          {header('onMerits', strings.onMerits)}
          {header('reversalRate', strings.reversalRate)}
          {header('low', strings.interval)}
          <th scope="col">{strings.nationalRate}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const interval = row.reversalRateInterval;
          const uncertain = !interval || interval.high - interval.low > UNCERTAIN_WIDTH;
          return (
            <tr key={row.authority.code} className={uncertain ? 'uncertain' : undefined}>
              <th scope="row">{row.authority.name}</th>
              <td>{integer(row.decided, language)}</td>
              <td>{integer(row.onMerits, language)}</td>
              <td data-rate={row.reversalRate ?? ''}>{percent(row.reversalRate, language)}</td>
              <td>
                {interval ? `${percent(interval.low, language)}–${percent(interval.high, language)}` : '–'}
                {uncertain && interval && <span className="note"> ({strings.uncertain})</span>}
              </td>
              <td>{percent(row.nationalRate, language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
