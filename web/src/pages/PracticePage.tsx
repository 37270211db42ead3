import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '../api/useQuery';
import { Chart, type ChartOption } from '../components/Chart';
import { DateField } from '../components/DateField';
import { DownloadLinks } from '../components/DownloadLinks';
import { AreaField, LawField, TextField } from '../components/FilterFields';
import { QueryStatus } from '../components/Loading';
import { graphql } from '../gql';
import type { PracticeDashboardQuery, PracticeFilter } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import type { Strings } from '../i18n/strings';
import { practiceDownloads } from '../lib/exports';
import { percent } from '../lib/format';
import { useUrlState } from '../lib/url-state';
import { AuthorityTable } from './AuthorityTable';

const PracticeDashboard = graphql(`
  query PracticeDashboard($filter: PracticeFilter!) {
    practice(filter: $filter) {
      decided
      onMerits
      reversed
      reversalRate
      reversalRateInterval {
        low
        high
      }
      outcomes {
        upheld
        changed
        annulled
        remanded
        dismissed
      }
      reasons {
        reason {
          code
          label
        }
        count
        share
      }
      byYear {
        year
        decided
        onMerits
        reversed
        reversalRate
      }
      # minOnMerits 0: every authority is listed; the table marks small ones as uncertain.
      byAuthority(first: 500, orderBy: DECIDED_DESC, minOnMerits: 0) {
        authority {
          code
          name
        }
        decided
        onMerits
        reversed
        reversalRate
        reversalRateInterval {
          low
          high
        }
        nationalRate
      }
    }
  }
`);

type Practice = NonNullable<PracticeDashboardQuery['practice']>;
const OUTCOMES = ['upheld', 'changed', 'annulled', 'remanded', 'dismissed'] as const;
const FILTER_DEFAULTS = {
  paragraph: '',
  law: '',
  area: '',
  authority: '',
  decidedFrom: '',
  decidedTo: '',
  includePredecessors: 'true',
};

function toFilter(state: typeof FILTER_DEFAULTS): PracticeFilter {
  return {
    includePredecessors: state.includePredecessors === 'true',
    ...(state.paragraph && { paragraph: state.paragraph }),
    ...(state.law && { law: state.law }),
    ...(state.area && { area: state.area }),
    ...(state.authority && { authority: state.authority }),
    ...(state.decidedFrom && { decidedFrom: state.decidedFrom }),
    ...(state.decidedTo && { decidedTo: state.decidedTo }),
  };
}

export function PracticePage() {
  const { strings } = useLanguage();
  const [state, update] = useUrlState(FILTER_DEFAULTS);
  const [form, setForm] = useState(state);
  useEffect(() => setForm(state), [JSON.stringify(state)]); // eslint-disable-line react-hooks/exhaustive-deps
  const predecessorsId = useId();
  const filter = toFilter(state);
  const result = useQuery(PracticeDashboard, { filter });
  const practice = result.data?.practice;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update(form);
  };
  return (
    <>
      <h1>{strings.practiceHeading}</h1>
      <form className="filters" onSubmit={submit} aria-label={strings.practiceHeading}>
        <TextField
          label={strings.paragraph}
          name="paragraph"
          value={form.paragraph}
          placeholder="BL § 86"
          onChange={(paragraph) => setForm({ ...form, paragraph })}
        />
        <LawField value={form.law} onChange={(law) => setForm({ ...form, law })} />
        <AreaField value={form.area} onChange={(area) => setForm({ ...form, area })} />
        <TextField
          label={strings.authority}
          name="authority"
          value={form.authority}
          onChange={(authority) => setForm({ ...form, authority })}
        />
        <DateField
          label={strings.decidedFrom}
          name="decidedFrom"
          value={form.decidedFrom}
          onChange={(decidedFrom) => setForm({ ...form, decidedFrom })}
        />
        <DateField
          label={strings.decidedTo}
          name="decidedTo"
          value={form.decidedTo}
          onChange={(decidedTo) => setForm({ ...form, decidedTo })}
        />
        <div className="field checkbox">
          <input
            id={predecessorsId}
            type="checkbox"
            checked={form.includePredecessors === 'true'}
            onChange={(e) => setForm({ ...form, includePredecessors: String(e.target.checked) })}
          />
          <label htmlFor={predecessorsId}>{strings.includePredecessors}</label>
        </div>
        <button type="submit">{strings.show}</button>
      </form>
      <QueryStatus state={result} />
      {practice &&
        (practice.decided === 0 ? (
          <p>{strings.noCases}</p>
        ) : (
          <Dashboard practice={practice} filter={filter} strings={strings} />
        ))}
    </>
  );
}

function Dashboard({ practice, filter, strings }: { practice: Practice; filter: PracticeFilter; strings: Strings }) {
  const { language } = useLanguage();
  const interval = practice.reversalRateInterval;
  // The national rate of the same filter: when an authority is chosen the API gives it on its row.
  const national = practice.byAuthority[0]?.nationalRate ?? practice.reversalRate;
  const charts = useMemo(() => chartOptions(practice, strings, national), [practice, strings, national]);
  const downloads = practiceDownloads(filter);
  return (
    <>
      <dl className="figures" data-testid="practice-figures">
        <dt>{strings.decided}</dt>
        <dd>{practice.decided}</dd>
        <dt>{strings.onMerits}</dt>
        <dd>{practice.onMerits}</dd>
        <dt>{strings.reversed}</dt>
        <dd>{practice.reversed}</dd>
        <dt>{strings.reversalRate}</dt>
        <dd data-testid="reversal-rate">
          {percent(practice.reversalRate, language)}
          {interval && ` (${strings.interval} ${percent(interval.low, language)}–${percent(interval.high, language)})`}
        </dd>
      </dl>
      <DownloadLinks downloads={[downloads.workbook]} subject={strings.practiceTables} />
      <div className="charts">
        <Chart
          name="outcomes"
          title={strings.outcomes}
          option={charts.outcomes}
          table={
            <SimpleTable
              headers={[strings.outcome, strings.count]}
              rows={OUTCOMES.map((key) => [
                strings[`outcome${key.toUpperCase()}` as keyof Strings] as string,
                practice.outcomes[key],
              ])}
            />
          }
        />
        <Chart
          name="reasons"
          title={strings.reasons}
          option={charts.reasons}
          table={
            <SimpleTable
              headers={[strings.reason, strings.count, strings.share]}
              rows={practice.reasons.map((r) => [r.reason.label, r.count, percent(r.share, language)])}
            />
          }
        />
        <Chart
          name="by-year"
          title={strings.byYear}
          option={charts.byYear}
          table={
            <SimpleTable
              headers={[strings.year, strings.decided, strings.onMerits, strings.reversalRate]}
              rows={practice.byYear.map((y) => [y.year, y.decided, y.onMerits, percent(y.reversalRate, language)])}
            />
          }
        />
      </div>
      <section aria-labelledby="authorities-heading">
        <h2 id="authorities-heading">{strings.municipalities}</h2>
        <DownloadLinks downloads={[downloads.authorities]} subject={strings.municipalities.toLowerCase()} />
        <AuthorityTable rows={practice.byAuthority} />
      </section>
    </>
  );
}

function SimpleTable({ headers, rows }: { headers: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const BAR_COLOUR = '#1f5f8b';

function chartOptions(practice: Practice, strings: Strings, national: number | null | undefined) {
  const outcomes: ChartOption = {
    grid: { left: 60, right: 20, top: 20, bottom: 40 },
    tooltip: {},
    xAxis: {
      type: 'category',
      data: OUTCOMES.map((key) => strings[`outcome${key.toUpperCase()}` as keyof Strings] as string),
      axisLabel: { interval: 0, fontSize: 10 },
    },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: OUTCOMES.map((key) => practice.outcomes[key]), itemStyle: { color: BAR_COLOUR } }],
  } as ChartOption;
  const reasons: ChartOption = {
    grid: { left: 10, right: 30, top: 20, bottom: 30, containLabel: true },
    tooltip: {},
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: practice.reasons.map((r) => r.reason.label),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [{ type: 'bar', data: practice.reasons.map((r) => r.count), itemStyle: { color: BAR_COLOUR } }],
  } as ChartOption;
  const byYear: ChartOption = {
    grid: { left: 50, right: 120, top: 30, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: practice.byYear.map((y) => String(y.year)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      {
        type: 'line',
        name: strings.reversalRate,
        data: practice.byYear.map((y) =>
          y.reversalRate === null || y.reversalRate === undefined ? null : Math.round(y.reversalRate * 1000) / 10,
        ),
        itemStyle: { color: BAR_COLOUR },
        markLine:
          national === null || national === undefined
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#a3262a' },
                label: { formatter: `${strings.nationalRate} ${Math.round(national * 1000) / 10} %` },
                data: [{ yAxis: Math.round(national * 1000) / 10 }],
              },
      },
    ],
  } as ChartOption;
  return { outcomes, reasons, byYear };
}
