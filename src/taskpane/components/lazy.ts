import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for one of the pane's components (named exports): the component's module becomes a chunk of its own,
 * fetched when the component is first rendered (inside a Suspense boundary).
 *
 * @example const WhatIfStep = lazyComponent(() => import('./WhatIfStep').then((m) => m.WhatIfStep));
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
