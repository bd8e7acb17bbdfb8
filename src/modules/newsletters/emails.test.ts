// The pieces every newsletter message is made of: the personal unsubscribe footer, the RFC 8058 header pair, and
// the masked address the public pages show.
import { describe, expect, it } from 'vitest';
import { issueText, optInEmail, unsubscribeHeaders } from './emails.ts';
import { maskEmail } from './public.ts';

describe('newsletter e-mails', () => {
  it('ends every issue with who sends it and the personal unsubscribe link', () => {
    const text = issueText({
      body: 'Testo del messaggio.\n\n',
      listName: 'Aziende del Patto',
      organisation: 'Comune di Chieri',
      unsubscribeLink: 'https://rete.example/newsletter/disiscrizione/abc',
    });
    expect(text.startsWith('Testo del messaggio.\n\n-- \n')).toBe(true);
    expect(text).toContain('«Aziende del Patto» di Comune di Chieri');
    expect(text.endsWith('https://rete.example/newsletter/disiscrizione/abc')).toBe(true);
  });

  it('gives the one-click pair of headers of RFC 8058', () => {
    expect(unsubscribeHeaders('https://rete.example/api/newsletters/unsubscribe/abc')).toEqual({
      'List-Unsubscribe': '<https://rete.example/api/newsletters/unsubscribe/abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('asks for consent in the recipient’s language, with the link and its validity', () => {
    const it = optInEmail('it', { listName: 'L', organisation: 'O', link: 'https://x/c/t', days: 14 });
    expect(it.text).toContain('https://x/c/t');
    expect(it.text).toContain('14 giorni');
    expect(
      optInEmail('en', { listName: 'L', organisation: 'O', link: 'https://x/c/t', days: 14 }).subject,
    ).toMatch(/confirm your subscription/);
  });

  it('masks the address: first letter and domain only', () => {
    expect(maskEmail('mario.rossi@azienda.example')).toBe('m***@azienda.example');
  });
});
