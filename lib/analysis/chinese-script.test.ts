import { describe, expect, it } from 'vitest';
import { chineseVariant } from './chinese-script';

describe('chineseVariant', () => {
  it('tells Traditional from Simplified', () => {
    expect(chineseVariant('我們團隊剛剛推出了新的服務')).toBe('zh-TW');
    expect(chineseVariant('我们团队刚刚推出了新的服务')).toBe('zh');
  });

  it('calls text without a telling character Simplified, the commoner script', () => {
    expect(chineseVariant('我的朋友')).toBe('zh');
  });
});
