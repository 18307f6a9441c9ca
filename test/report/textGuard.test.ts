import { needsTextGuard } from '../../src/report';

describe('needsTextGuard', () => {
  it.each(['=HYPERLINK("http://x","y")', '+81 90', '-1', '@SUM(A1)', '\tx', '\rx'])('is true for %j', (text) => {
    expect(needsTextGuard(text)).toBe(true);
  });

  it.each(['ABC', ' ', '', '山田 =太郎', '1+1', "'=x"])('is false for %j', (text) => {
    expect(needsTextGuard(text)).toBe(false);
  });
});
