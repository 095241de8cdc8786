import { describe, expect, it } from 'vitest';
import { quotationIn } from './quotation';

describe('quotationIn', () => {
  it('splits a quoted sentence from the name after the dash, or on the next line', () => {
    expect(quotationIn('“Culture eats strategy for breakfast.” — Peter Drucker')).toEqual({
      sentence: 'Culture eats strategy for breakfast.',
      attribution: 'Peter Drucker',
    });
    expect(quotationIn('"Stay hungry, stay foolish" - Steve Jobs')).toEqual({ sentence: 'Stay hungry, stay foolish', attribution: 'Steve Jobs' });
    expect(quotationIn('»Weniger ist mehr.«', '– Ludwig Mies van der Rohe')).toEqual({ sentence: 'Weniger ist mehr.', attribution: 'Ludwig Mies van der Rohe' });
  });

  it('takes the quotation without the marks the card draws itself', () => {
    expect(quotationIn('«Less is more, always»')).toEqual({ sentence: 'Less is more, always' });
    expect(quotationIn('「失敗は成功のもと」')).toEqual({ sentence: '失敗は成功のもと' });
  });

  it('finds none in an unquoted line, a scare-quoted word or a quote inside a longer sentence', () => {
    expect(quotationIn('Remote work — three lessons from a year')).toBeUndefined();
    expect(quotationIn('"Agile" is not a process')).toBeUndefined();
    expect(quotationIn('"Ship it" is what she said. Then we did.')).toBeUndefined();
    expect(quotationIn('')).toBeUndefined();
  });

  it('names no one when the next line is a sentence, not a name', () => {
    expect(quotationIn('“Culture eats strategy for breakfast.”', 'I keep coming back to this. It is true.')).toEqual({ sentence: 'Culture eats strategy for breakfast.' });
  });
});
