/**
 * A sheet's problems (`DetectedSheet.problems`) stay Japanese strings — the mapping step and the exit-3 message
 * show them as they are — and each one made from a message ref keeps its ref, so the input issue raised for it can
 * be rendered in English (docs/architecture.md#add-a-message).
 */
import { renderMessage, type MessageRef } from '../../rules/messages';
import type { DetectedSheet } from '../types';

/** Adds a problem to a sheet, remembering its ref. */
export function addProblem(detected: Pick<DetectedSheet, 'problems' | 'problemRefs'>, ref: MessageRef): void {
  const text = renderMessage(ref, 'ja');
  (detected.problems ??= []).push(text);
  (detected.problemRefs ??= {})[text] = ref;
}
