import type { Language } from './languages';
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey };

/** A translator bound to one language: the app's `t`, and the command line's. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

const catalogs: Readonly<Record<Language, Messages>> = { en, 'zh-CN': zhCN };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Looks up a message and fills `{name}` placeholders. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks zh-CN for any Chinese locale (zh, zh-CN, zh-Hans, zh-TW…), English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale.replace('_', '-')) ? 'zh-CN' : 'en';
}
