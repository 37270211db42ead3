import type { Download } from '../components/DownloadLinks';
import type { PracticeFilter } from '../gql/graphql';

// The downloads the pages offer, in one place: every one is a URL of the service's export
// routes, so a file holds what the API answers for the same filter and date.
export function paragraphOverviewDownloads(law: string, asOf: string): Download[] {
  const query = new URLSearchParams({ asOf }).toString();
  const path = `/paragraph-overview/${encodeURIComponent(law)}`;
  return [
    { format: 'CSV', href: `${path}.csv?${query}` },
    { format: 'XLSX', href: `${path}.xlsx?${query}` },
  ];
}

/** The fields of practice(filter) as the query parameters of /practice.csv and /practice.xlsx. */
function practiceQuery(filter: PracticeFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

/** The authorities table as CSV (what the page's table shows) and every practice table as XLSX. */
export function practiceDownloads(filter: PracticeFilter): { authorities: Download; workbook: Download } {
  return {
    authorities: { format: 'CSV', href: `/practice.csv?${practiceQuery(filter, { table: 'authorities' })}` },
    workbook: { format: 'XLSX', href: `/practice.xlsx?${practiceQuery(filter)}` },
  };
}
