/** The holiday calendar's one write: it applies at once (open call-backs move), so every change is its own call. */
import { useSave, type Save, type SaveOptions } from '../../api/useSave';
import { useT, type Translate } from '../../i18n/I18nContext';
import { CALLBACKS_STALE } from '../queries';

function savedMessage(t: Translate, moved: number, keptFromHq: number): string {
  const saved = moved === 0 ? t('callbackSettings.holidaysSavedNone') : t('callbackSettings.holidaysSaved', { moved });
  return keptFromHq === 0 ? saved : `${saved} ${t('callbackSettings.holidaysKeptFromHq', { count: keptFromHq })}`;
}

type Then = Pick<SaveOptions<'callbacks.holidays.set'>, 'onSaved' | 'onFailed'>;

export function useSetHolidays(then: Then = {}): Save<'callbacks.holidays.set'> {
  const t = useT();
  return useSave({
    channel: 'callbacks.holidays.set',
    invalidates: CALLBACKS_STALE,
    notice: (result) => savedMessage(t, result.moved, result.keptFromHq),
    ...then,
  });
}
