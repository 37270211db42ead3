import { useStrings } from '../i18n/language';

export function NotFoundPage() {
  const strings = useStrings();
  return (
    <>
      <h1>{strings.notFound}</h1>
    </>
  );
}
