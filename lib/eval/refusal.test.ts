import { describe, expect, it } from 'vitest';
import { refusal } from './refusal';

describe('refusal', () => {
  it('gives the share of off-topic queries refused and of real ones wrongly refused', () => {
    expect(refusal([true, true, false], [false, false, true, false])).toEqual({ offTopicRefused: 0.6667, realRefused: 0.25, offTopic: 3, real: 4 });
  });
});
