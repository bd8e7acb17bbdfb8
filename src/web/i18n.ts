// Translations: Italian by default, English on request. The choice is remembered in localStorage and sent to the
// server (POST /api/auth/locale sets the rl_lang cookie, used for server-made texts: errors, e-mails).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { apiPost, setRequestLanguage } from './api/client.ts';
import en from './locales/en.json';
import it from './locales/it.json';
import { filesOf, mergeTrees, type Tree } from './locales/merge.ts';

// Each module's own texts (src/modules/<module>/web/locales/{it,en}.json), merged over the shell's.
const moduleFiles = import.meta.glob<{ default: Tree }>('../modules/*/web/locales/*.json', { eager: true });
const translations = {
  it: mergeTrees([it as unknown as Tree, ...filesOf(moduleFiles, 'it')]),
  en: mergeTrees([en as unknown as Tree, ...filesOf(moduleFiles, 'en')]),
};

export const languages = ['it', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'rl_lang';

function isLanguage(value: unknown): value is Language {
  return value === 'it' || value === 'en';
}

function cookieLanguage(): string | undefined {
  return document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === storageKey)?.[1];
}

export function storedLanguage(): Language | null {
  let stored: string | null | undefined = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    stored = null;
  }
  stored ??= cookieLanguage();
  return isLanguage(stored) ? stored : null;
}

function applyToDocument(lang: Language): void {
  document.documentElement.lang = lang;
  setRequestLanguage(lang);
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage() ?? 'it';
  void i18next.use(initReactI18next).init({
    resources: { it: { translation: translations.it }, en: { translation: translations.en } },
    lng,
    fallbackLng: 'it',
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(lng);
  i18next.on('languageChanged', (l) => applyToDocument(isLanguage(l) ? l : 'it'));
  return i18next;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'it';
}

/** Switches the interface language, remembers it and tells the server. */
export async function changeLanguage(lang: Language, remember = true): Promise<void> {
  await i18next.changeLanguage(lang);
  if (remember) {
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // Private mode: the server cookie still remembers it.
    }
    try {
      await apiPost('/auth/locale', { locale: lang });
    } catch {
      // The interface has switched anyway; server texts follow Accept-Language until the next try.
    }
  }
}

/** Localised date and time, e.g. "3 marzo 2025, 14:05". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(currentLanguage() === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage() === 'it' ? 'it-IT' : 'en-GB').format(value);
}
