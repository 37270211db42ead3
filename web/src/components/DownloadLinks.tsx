import { useStrings } from '../i18n/language';

/** A download: a URL of the service's export routes, or a file made in the page when clicked. */
export interface Download {
  format: string;
  href?: string;
  make?: () => Blob;
  filename?: string;
}

// A file made in the page gets its blob: URL at the click, kept long enough for the download.
const BLOB_LIFETIME_MS = 60_000;

function onClick(download: Download) {
  return (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (!download.make) return;
    const url = URL.createObjectURL(download.make());
    event.currentTarget.href = url;
    setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
  };
}

export function DownloadLinks({ downloads, subject }: { downloads: Download[]; subject: string }) {
  const strings = useStrings();
  return (
    <p className="downloads">
      {downloads.map((download) => (
        <a key={download.format} className="button" href={download.href ?? '#'} download={download.filename ?? ''} onClick={onClick(download)}>
          {strings.download} {subject} ({download.format})
        </a>
      ))}
    </p>
  );
}
