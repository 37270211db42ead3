import { useStrings } from '../i18n/language';

/** A download: a URL of the service's export routes (the server names the file). */
export interface Download {
  format: string;
  href: string;
}

export function DownloadLinks({ downloads, subject }: { downloads: Download[]; subject: string }) {
  const strings = useStrings();
  return (
    <p className="downloads">
      {downloads.map((download) => (
        <a key={download.format} className="button" href={download.href} download="">
          {strings.download} {subject} ({download.format})
        </a>
      ))}
    </p>
  );
}
