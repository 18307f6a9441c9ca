/** The task pane's state: types, reducer, selectors, stored settings and error classification. */
export * from './types';
export * from './reducer';
export * from './selectors';
export * from './settings';
export * from './errors';
