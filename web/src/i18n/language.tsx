import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages-en';
import { nb, type Messages } from './messages-nb';
import { nn } from './messages-nn';

export type InterfaceLanguage = 'nb' | 'nn' | 'en';

export const interfaceLanguages: ReadonlyArray<{ code: InterfaceLanguage; name: string }> = [
  { code: 'nb', name: 'Bokmål' },
  { code: 'nn', name: 'Nynorsk' },
  { code: 'en', name: 'English' },
];

export const messagesFor: Record<InterfaceLanguage, Messages> = { nb, nn, en };

export const languageStorageKey = 'kildesvar.language';

const isLanguage = (value: unknown): value is InterfaceLanguage => value === 'nb' || value === 'nn' || value === 'en';

/**
 * The remembered choice, else bokmål. The browser's language list is not asked: many Norwegians
 * run an English system, and a state service opens in Norwegian.
 */
export const initialLanguage = (storage: Storage | undefined): InterfaceLanguage => {
  try {
    const stored = storage?.getItem(languageStorageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage disabled: bokmål.
  }
  return 'nb';
};

type LanguageState = { language: InterfaceLanguage; messages: Messages; setLanguage: (language: InterfaceLanguage) => void };

const LanguageContext = createContext<LanguageState>({ language: 'nb', messages: nb, setLanguage: () => undefined });

/** Holds the interface language, remembers it, and marks the page with its `lang`. */
export const LanguageProvider = ({ children, initial }: { children: ReactNode; initial?: InterfaceLanguage }) => {
  const [language, setLanguageState] = useState<InterfaceLanguage>(() => initial ?? initialLanguage(globalThis.localStorage));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: InterfaceLanguage) => {
    setLanguageState(next);
    try {
      globalThis.localStorage?.setItem(languageStorageKey, next);
    } catch {
      // Not remembered; the choice still holds in this tab.
    }
  }, []);
  const value = useMemo(() => ({ language, messages: messagesFor[language], setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
};

export const useLanguage = () => useContext(LanguageContext);
/** The interface texts in the chosen language. */
export const useMessages = (): Messages => useContext(LanguageContext).messages;
