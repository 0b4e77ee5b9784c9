import type { CustomerRow } from '../customers/types';

export interface SearchHit extends CustomerRow {
  /** Which field matched, so the UI can say why a row was found. */
  readonly matched: 'name' | 'pinyin' | 'phone' | 'idNumber' | 'employer' | 'email' | 'contact' | 'other';
  /** The company's contact whose name, pinyin or mobile matched, when `matched` is 'contact'. */
  readonly contact?: string;
}
