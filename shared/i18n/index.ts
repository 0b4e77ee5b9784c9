import { IntlMessageFormat } from 'intl-messageformat';
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

/** Messages with ICU syntax (`{count, plural, one {# row} other {# rows}}`), parsed once per language and key. */
const compiled = new Map<string, IntlMessageFormat>();

function formatter(language: Language, key: MessageKey, template: string): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(template, language, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

/**
 * Looks up a message and fills its placeholders. Plain `{name}` placeholders are filled directly (a missing one
 * stays visible as `{name}`); a message with a plural, select or number (`{count, plural, …}`, `{count, number}`) is formatted
 * by intl-messageformat with the language's plural rules, so English says "1 row" and "2 rows".
 */
export function translate(
  language: Language,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = catalogs[language][key];
  if (template.includes(', plural,') || template.includes(', select,') || template.includes(', number}')) {
    return String(formatter(language, key, template).format(params));
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks zh-CN for any Chinese locale (zh, zh-CN, zh-Hans, zh-TW…), English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale.replace('_', '-')) ? 'zh-CN' : 'en';
}
