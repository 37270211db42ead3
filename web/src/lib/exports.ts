import type { Download } from '../components/DownloadLinks';

// The downloads the pages offer, in one place. After the exports branch is merged: add
// `{ format: 'XLSX', href: `/paragraph-overview/${law}.xlsx?${query}` }` below, and make
// practiceDownloads return `/practice.csv?<filter>` and `/practice.xlsx?<filter>` (the fields of
// practice(filter) as query parameters) instead of the table written in the page.
export function paragraphOverviewDownloads(law: string, asOf: string): Download[] {
  const query = new URLSearchParams({ asOf }).toString();
  return [{ format: 'CSV', href: `/paragraph-overview/${encodeURIComponent(law)}.csv?${query}` }];
}

/** A CSV file written in the page: UTF-8 with a byte order mark, so Excel reads the letters æøå right. */
export function csvDownload(rows: (string | number | null)[][], filename: string): Download {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const csv = '\ufeff' + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
  return { format: 'CSV', make: () => new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename };
}
