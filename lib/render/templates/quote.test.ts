import { describe, expect, it } from 'vitest';
import { quotationIn } from './quote';

describe('quotationIn', () => {
  it('splits a quoted sentence from the name after the dash', () => {
    expect(quotationIn('“Culture eats strategy for breakfast.” — Peter Drucker')).toEqual({
      sentence: 'Culture eats strategy for breakfast.',
      attribution: 'Peter Drucker',
    });
    expect(quotationIn('"Stay hungry, stay foolish" - Steve Jobs')).toEqual({ sentence: 'Stay hungry, stay foolish', attribution: 'Steve Jobs' });
  });

  it('drops the quotation marks the card draws itself', () => {
    expect(quotationIn('«Less is more»')).toEqual({ sentence: 'Less is more' });
  });

  it('attributes nothing to a dash inside an unquoted headline', () => {
    expect(quotationIn('Remote work — three lessons from a year')).toEqual({ sentence: 'Remote work — three lessons from a year' });
    expect(quotationIn('')).toEqual({ sentence: '' });
  });
});
