import type { Language } from '../i18n/language';

export function percent(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);
}

export function integer(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB').format(value);
}
