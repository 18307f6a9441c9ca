import { useState } from 'react';

/**
 * The text of a box the user types in that also follows its value when that changes from outside (a reset, a
 * profile, 「実データに戻す」). What the user is typing stays as typed while it still means the value
 * (`stillMeans`), so `2026-3-31` is not rewritten to `2026/03/31` under the cursor. The state is adjusted
 * during render when the outside text changes, as React recommends, rather than in an effect that would render
 * twice.
 */
export function useEditedText(
  outsideText: string,
  stillMeans: (typed: string) => boolean,
): [string, (typed: string) => void] {
  const [text, setText] = useState(outsideText);
  const [followed, setFollowed] = useState(outsideText);
  if (followed !== outsideText) {
    setFollowed(outsideText);
    if (!stillMeans(text)) setText(outsideText);
  }
  return [text, setText];
}
