import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatMessage, type LocaleMessages } from '@/lib/i18n/format-message';
import { I18nProvider } from './i18n';
import { SiteVerdict } from './site-verdict';

const locale = (name: string) => JSON.parse(readFileSync(`public/_locales/${name}/messages.json`, 'utf8')) as LocaleMessages;
const render = (element: React.ReactElement, name = 'en') => {
  const messages = locale(name);
  return renderToStaticMarkup(<I18nProvider value={(key, subs) => formatMessage(messages, key, subs)}>{element}</I18nProvider>);
};

describe('SiteVerdict', () => {
  it('names a known dApp quietly, with no alert', () => {
    const html = render(<SiteVerdict verdict={{ verdict: 'known', domain: 'uniswap.org', dappId: 'uniswap' }} dappName="Uniswap" />);
    expect(html).toContain('Uniswap · official site');
    expect(html).not.toContain('role="alert"');
  });

  it('raises an alert on a lookalike, saying what it imitates and why, in English and Indonesian', () => {
    const verdict = { verdict: 'lookalike', domain: 'uniswap-claim.xyz', resembles: 'uniswap', why: 'brand-plus-word' } as const;
    const en = render(<SiteVerdict verdict={verdict} dappName="Uniswap" />);
    expect(en).toContain('role="alert"');
    expect(en).toContain('Warning: uniswap-claim.xyz looks like Uniswap but is not its official site.');
    expect(en).toContain('It adds a word to the real name.');
    expect(render(<SiteVerdict verdict={verdict} dappName="Uniswap" />, 'id')).toContain('Peringatan: uniswap-claim.xyz mirip Uniswap tetapi bukan situs resminya.');
  });

  it('raises an alert on a listed phishing site', () => {
    const html = render(<SiteVerdict verdict={{ verdict: 'phishing', domain: 'bancor.ltd', why: 'phishing-list' }} dappName={null} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Danger: bancor.ltd is on a phishing list.');
  });
});
