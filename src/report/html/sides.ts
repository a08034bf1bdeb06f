import type { SideName } from '../../model.js';

export const SIDES: readonly SideName[] = ['source', 'target'];

export const OTHER_SIDE: Readonly<Record<SideName, SideName>> = { source: 'target', target: 'source' };
