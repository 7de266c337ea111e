import { describe, expect, it } from 'vitest';
import { classifySender, senderOrigin } from './classify-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it('knows an extension page: popup, new tab, options', () => {
    expect(classifySender({ id: ID, url: `${BASE}popup.html` }, ID, BASE)).toBe('page');
    expect(classifySender({ id: ID, url: `${BASE}newtab.html`, tab: { id: 3, url: `${BASE}newtab.html` } }, ID, BASE)).toBe('page');
  });

  it('knows the sidebar page framed in a web tab, and no other extension page framed there', () => {
    expect(classifySender({ id: ID, url: `${BASE}sidebar.html`, tab: { id: 4, url: 'https://app.uniswap.org/' } }, ID, BASE)).toBe('sidebar');
    expect(classifySender({ id: ID, url: `${BASE}sidebar.html` }, ID, BASE)).toBeNull();
    expect(classifySender({ id: ID, url: `${BASE}newtab.html`, tab: { id: 4, url: 'https://app.uniswap.org/' } }, ID, BASE)).toBeNull();
  });

  it('knows a content script by its web page', () => {
    expect(classifySender({ id: ID, url: 'https://app.uniswap.org/swap', origin: 'https://app.uniswap.org', tab: { id: 7, url: 'https://app.uniswap.org/swap' } }, ID, BASE)).toBe('content');
  });

  it('refuses another extension, a page without a tab, and a web page claiming an extension URL inside a web tab', () => {
    expect(classifySender({ id: 'other', url: `${BASE}popup.html` }, ID, BASE)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://evil.example/' }, ID, BASE)).toBeNull();
    expect(classifySender({ id: ID, url: `${BASE}popup.html`, tab: { id: 1, url: 'https://evil.example/' } }, ID, BASE)).toBeNull();
    expect(classifySender({ id: ID, url: 'file:///etc/passwd', tab: { id: 1 } }, ID, BASE)).toBeNull();
    expect(classifySender({}, ID, BASE)).toBeNull();
  });
});

describe('senderOrigin', () => {
  it('prefers the origin the browser reports, else the URL, never an opaque origin', () => {
    expect(senderOrigin({ origin: 'https://app.aave.com', url: 'https://other.example/' })).toBe('https://app.aave.com');
    expect(senderOrigin({ url: 'https://app.aave.com/markets' })).toBe('https://app.aave.com');
    expect(senderOrigin({ origin: 'null' })).toBeNull();
    expect(senderOrigin({ url: 'not a url' })).toBeNull();
  });
});
