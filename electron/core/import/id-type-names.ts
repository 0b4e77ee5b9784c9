/** The names a file gives an ID document in its "证件类型" / "ID type" column, Chinese and English. */
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { ID_TYPES, toHalfWidth, type IdType } from '../../../shared/rules/index';
import { foldTraditional } from './mapping';

/** Besides each type's label in every language (what our own export writes). */
const OTHER_NAMES: Readonly<Record<IdType, readonly string[]>> = {
  residentId: [
    '身份证',
    '身份证号',
    '二代身份证',
    '中国居民身份证',
    '大陆身份证',
    '内地身份证',
    'resident id',
    'resident identity card',
    'id card',
    'prc id card',
    'chinese id card',
  ],
  residencePermit: [
    '港澳台居民居住证',
    '港澳居民居住证',
    '台湾居民居住证',
    '居住证',
    'residence permit',
    'residence permit for hong kong, macao and taiwan residents',
  ],
  foreignPermanent: [
    '外国人永久居留证',
    '外国人永久居留身份证',
    '永久居留身份证',
    '永居证',
    '中国绿卡',
    'foreign permanent resident id card',
    'foreigner permanent residence id card',
    'permanent resident id',
    'permanent residence card',
    'green card',
  ],
  hkMacauPermit: [
    '港澳居民来往内地通行证',
    '港澳居民往来内地通行证',
    '回乡证',
    '港澳回乡证',
    'home return permit',
    'home-return permit',
    'mainland travel permit for hong kong and macao residents',
    'hk macau permit',
  ],
  taiwanPermit: [
    '台湾居民来往大陆通行证',
    '台胞证',
    'mainland travel permit for taiwan residents',
    'taiwan compatriot permit',
    'taiwan permit',
  ],
  passport: ['护照', '中国护照', '外国护照', 'passport'],
  creditCode: [
    '统一社会信用代码',
    '社会信用代码',
    '信用代码',
    '营业执照',
    'unified social credit code',
    'business licence',
  ],
};

/** Half-width, simplified, lower-case, without spaces and the punctuation names are written with. */
const nameKey = (s: string): string =>
  foldTraditional(toHalfWidth(s))
    .toLowerCase()
    .replace(/[\s'’/\-_·.,()（）]/g, '');

const BY_NAME = new Map<string, IdType>();
for (const type of ID_TYPES) {
  const labels = LANGUAGES.map((language) => translate(language, `idType.${type}` as MessageKey));
  for (const name of [...labels, ...OTHER_NAMES[type], type]) BY_NAME.set(nameKey(name), type);
}

/** The document a cell names, or null when it names none we know. */
export function idTypeNamed(cell: string): IdType | null {
  return BY_NAME.get(nameKey(cell)) ?? null;
}
