import { createStore } from './ui/store';

export type Locale = 'zh-CN' | 'en';

const KEY = 'hz.locale';
const stored = (() => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
})();

export const localeStore = createStore<Locale>(stored === 'en' ? 'en' : 'zh-CN');

// The English dictionary is a separate chunk, fetched only when needed.
let en: Record<string, string> | null = null;
const loadEn = async () => {
  en ??= (await import('./i18n.en')).en;
};

/** Resolve once the stored locale's dictionary is ready (falls back to Chinese). */
export async function initLocale(): Promise<void> {
  if (localeStore.get() === 'en') await loadEn().catch(() => localeStore.set('zh-CN'));
  document.documentElement.lang = localeStore.get();
}

export async function setLocale(locale: Locale): Promise<void> {
  if (locale === 'en') await loadEn();
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    /* private mode: keep it in memory */
  }
  document.documentElement.lang = locale;
  localeStore.set(locale);
}

/**
 * Translate. The Chinese text is the key (Chinese is the primary UI);
 * English falls back to Chinese when a phrase has no translation.
 * `{name}` placeholders are filled from params.
 */
export function t(zh: string, params?: Record<string, string | number>): string {
  const s = localeStore.get() === 'en' && en ? (en[zh] ?? zh) : zh;
  return params ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : s;
}
