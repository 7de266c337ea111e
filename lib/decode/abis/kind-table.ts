import type { ActionKind } from '../decoded-action';

/**
 * What each function of a family does. Keys are bare names ("swap") or, when overloads of one name
 * mean different things, full signatures ("mint(uint256)"), which win over the bare name.
 */
export type KindTable = Readonly<Record<string, ActionKind>>;
