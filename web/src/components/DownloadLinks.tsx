import { useStrings } from '../i18n/language';

/** A download: a URL of the service's export routes, or a blob: URL made in the page. */
export interface Download {
  format: string;
  href: string;
  filename?: string;
}

export function DownloadLinks({ downloads, subject }: { downloads: Download[]; subject: string }) {
  const strings = useStrings();
  return (
    <p className="downloads">
      {downloads.map((download) => (
        <a key={download.format} className="button" href={download.href} download={download.filename ?? ''}>
          {strings.download} {subject} ({download.format})
        </a>
      ))}
    </p>
  );
}
