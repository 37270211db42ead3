import { Link } from 'react-router';

export const rulingPath = (number: string, asOf?: string) =>
  `/ruling/${encodeURIComponent(number)}${asOf ? `?asOf=${asOf}` : ''}`;

export function RulingLink({ number, asOf, children }: { number: string; asOf?: string; children?: React.ReactNode }) {
  return <Link to={rulingPath(number, asOf)}>{children ?? number}</Link>;
}

export const paragraphPath = (ref: string, asOf?: string) =>
  `/paragraph/${encodeURIComponent(ref)}${asOf ? `?asOf=${asOf}` : ''}`;

export function ParagraphLink({ reference, asOf }: { reference: string; asOf?: string }) {
  return <Link to={paragraphPath(reference, asOf)}>{reference}</Link>;
}
