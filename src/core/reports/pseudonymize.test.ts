import { describe, expect, it } from 'vitest';
import { pseudonymizer } from './pseudonymize';

const people = [
  { id: 7, name: 'Sarah Caron', handles: ['sarah_c', 'sarah.caron@example.com'] },
  { id: 9, name: 'Karim Benali', handles: ['kbenali'] },
  { id: 12, name: '+33 6 69 72 23 71', handles: ['33669722371@s.whatsapp.net'] },
];

describe('pseudonymising a report', () => {
  it('names each member « Membre N » in the order first met, the same member always the same number', () => {
    const p = pseudonymizer(people, 'fr', true);
    expect(p.member(9, 'Karim Benali')).toBe('Membre 1');
    expect(p.member(7, 'Sarah Caron')).toBe('Membre 2');
    expect(p.member(9, 'Karim Benali')).toBe('Membre 1');
    // A member named inside a quote keeps the number given in the tables.
    expect(p.text('Merci Karim Benali !')).toBe('Merci Membre 1 !');
  });

  it('masks names, @handles, e-mail addresses and phone numbers inside quotes', () => {
    const p = pseudonymizer(people, 'en', true);
    expect(p.text('ask sarah_c or @kbenali')).toBe('ask Member 1 or Member 2');
    expect(p.text('write to sarah.caron@example.com or jo@other.org')).toBe('write to [e-mail] or [e-mail]');
    expect(p.text('call +33 6 12 34 56 78 or 06.12.34.56.78')).toBe('call [phone] or [phone]');
    expect(p.text('thanks @someone_else')).toBe('thanks @[member]');
    // A first name alone, written as names are, is masked too; the same word in lower case is left.
    expect(p.text('Sarah said so, and karim agreed')).toBe('[name] said so, and karim agreed');
    expect(p.text('the price is 1200 euros, order 45')).toBe('the price is 1200 euros, order 45');
  });

  it('changes nothing when off', () => {
    const p = pseudonymizer(people, 'en', false);
    expect(p.member(7, 'Sarah Caron')).toBe('Sarah Caron');
    expect(p.text('mail sarah.caron@example.com')).toBe('mail sarah.caron@example.com');
  });
});
