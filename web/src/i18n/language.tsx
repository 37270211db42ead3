import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { da, en, type Strings } from './strings';

export type Language = 'da' | 'en';
const STORAGE_KEY = 'praksis-language';

const LanguageContext = createContext<{ language: Language; strings: Strings; toggle(): void }>({
  language: 'da',
  strings: da,
  toggle: () => undefined,
});

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private windows may refuse storage; the switch still works for this page.
    }
  }, [language]);
  const toggle = () => setLanguage((current) => (current === 'da' ? 'en' : 'da'));
  return (
    <LanguageContext.Provider value={{ language, strings: language === 'da' ? da : en, toggle }}>
      {children}
    </LanguageContext.Provider>
  );
}

export const useStrings = (): Strings => useContext(LanguageContext).strings;
export const useLanguage = () => useContext(LanguageContext);
