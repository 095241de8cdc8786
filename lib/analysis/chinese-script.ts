/**
 * Comprehend reads Simplified ("zh") and Traditional ("zh-TW") Chinese separately. Common characters
 * written differently in the two scripts tell them apart; each string lists the same words in order.
 */
const SIMPLIFIED = new Set('们这说国会个来时为对学发过还没从经现问动样关长开门见头实与产业东车钱书电话让认谢请爱团队务办');
const TRADITIONAL = new Set('們這說國會個來時為對學發過還沒從經現問動樣關長開門見頭實與產業東車錢書電話讓認謝請愛團隊務辦');

export function chineseVariant(text: string): 'zh' | 'zh-TW' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED.has(char)) simplified += 1;
    else if (TRADITIONAL.has(char)) traditional += 1;
  }
  return traditional > simplified ? 'zh-TW' : 'zh';
}
