import { storage } from 'wxt/utils/storage';
import { DEFAULT_FORMAT, type FormatId } from '../formats';
import { DEFAULT_STYLE, type StyleId } from '../styles';

/** What the user prefers for new images. Holds no secret, so pages may read it. */
export interface Preferences {
  style: StyleId;
  format: FormatId;
  extraWords: string;
  /** Keep names of people, organisations and products in the prompt. */
  includeEntities: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  style: DEFAULT_STYLE,
  format: DEFAULT_FORMAT,
  extraWords: '',
  includeEntities: false,
};

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});
