import { storage } from 'wxt/utils/storage';

/**
 * Sentences about stored model choices that were moved (settings migration), kept until a popup or
 * the options page has shown them once.
 */
const modelNoticeItem = storage.defineItem<string[]>('local:modelNotice', { fallback: [] });

export async function addModelNotice(sentences: readonly string[]): Promise<void> {
  if (sentences.length === 0) return;
  await modelNoticeItem.setValue([...(await modelNoticeItem.getValue()), ...sentences]);
}

/** The sentences not shown yet; reading them is showing them, so they are cleared. */
export async function takeModelNotice(): Promise<string[]> {
  const sentences = await modelNoticeItem.getValue();
  if (sentences.length > 0) await modelNoticeItem.removeValue();
  return sentences;
}
