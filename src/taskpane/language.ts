/**
 * The UI language: Vietnamese unless the user chose English with the pane's switch (remembered per user
 * in the browser's storage) or the address says ?lang=en. Office's display language and the browser's
 * are not followed: many officials run an English Office, but the tables, the reports and the people
 * reading them are Vietnamese.
 */
import type { Lang } from '../core/report';

export const LANGUAGE_KEY = 'cchc.lang';

export interface LanguageStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const isLang = (v: unknown): v is Lang => v === 'vi' || v === 'en';

export function chosenLanguage(store: LanguageStore | null, forced?: string | null): Lang {
  if (isLang(forced)) return forced;
  try {
    const stored = store?.getItem(LANGUAGE_KEY);
    return isLang(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLanguage(store: LanguageStore | null, lang: Lang): void {
  try {
    store?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage refused (private mode, policy): the choice lasts until the pane reloads.
  }
}

/** The browser's local storage, or null where it cannot be used. */
export function browserStore(): LanguageStore | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The switch's label: the other language, named in itself. */
export function otherLanguage(lang: Lang): { lang: Lang; label: string } {
  return lang === 'vi' ? { lang: 'en', label: 'English' } : { lang: 'vi', label: 'Tiếng Việt' };
}
