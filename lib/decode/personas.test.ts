import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEvent } from './decode-event';

const PERSONAS = fileURLToPath(new URL('../../tests/eval/personas/', import.meta.url));

/**
 * Persona calls still read as a bare contract call. Each is a verified function that fits no action
 * kind and is kept named: Aavegotchi interact, delegate.xyz delegateAll, Farcaster KeyGateway add and
 * Lens follow. Lower this when one gets a kind; never raise it to let coverage slip.
 */
const MAX_CONTRACT_CALLS = 4;

interface PersonaFile {
  events: { method: string; params: unknown[]; origin?: string }[];
}

const events = readdirSync(PERSONAS)
  .filter((file) => file.endsWith('.activity.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(PERSONAS, file), 'utf8')) as PersonaFile).events.map((event) => ({ file, event })));

describe('evaluation personas', () => {
  it('has persona activity to decode', () => {
    expect(events.length).toBeGreaterThan(100);
  });

  it(`decodes all but at most ${MAX_CONTRACT_CALLS} persona calls into a kind`, () => {
    const undecoded = events
      .map(({ file, event }) => ({ file, origin: event.origin, action: decodeEvent(event) }))
      .filter(({ action }) => action.kind === 'contract-call')
      .map(({ file, origin, action }) => `${file} ${origin ?? ''} ${action.name ?? ''} ${action.selector ?? ''}`);
    expect(undecoded.length, undecoded.join('\n')).toBeLessThanOrEqual(MAX_CONTRACT_CALLS);
  });

  it('names every persona call it decodes, so an unknown selector never hides among them', () => {
    const unknown = events
      .map(({ file, event }) => ({ file, action: decodeEvent(event) }))
      .filter(({ action }) => action.kind === 'contract-call' && action.selector !== undefined && action.name === undefined);
    expect(unknown.map(({ file, action }) => `${file} ${action.selector}`)).toEqual([]);
  });
});
