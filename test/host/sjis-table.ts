/**
 * Shift_JIS (CP932) bytes written by hand for the CSV tests, so the decoder under test is not also the encoder.
 * Codes from the JIS X 0208 table as mapped by Shift_JIS (row/cell → lead/trail byte), the same as Microsoft's
 * CP932 table for these characters; cross-checked with glibc `iconv -f utf-8 -t cp932`.
 * ASCII (letters, digits, `,` `:` `/` `"` CR LF) is one byte, the same as in UTF-8.
 */
const CP932: Record<string, number> = {
  社: 0x8ed0,
  員: 0x88f5,
  番: 0x94d4,
  号: 0x8d86,
  日: 0x93fa,
  付: 0x9574,
  出: 0x8f6f,
  勤: 0x8bce,
  退: 0x91de,
  休: 0x8b78,
  憩: 0x8c65,
  '（': 0x8169,
  分: 0x95aa,
  '）': 0x816a,
  朝: 0x92a9,
  備: 0x94f5,
  考: 0x8d6c,
  遅: 0x9278,
  刻: 0x8d8f,
  電: 0x9364,
  車: 0x8ed4,
  延: 0x8984,
  証: 0x8fd8,
  明: 0x96be,
  書: 0x8f91,
  あ: 0x82a0,
  り: 0x82e8,
  氏: 0x8e81,
  名: 0x96bc,
  山: 0x8e52,
  田: 0x9363,
};

/**
 * Encodes text made of ASCII and the characters of the table above; any other character is a test bug.
 *
 * @example sjis('社員') // Buffer <8e d0 88 f5>
 */
export function sjis(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (CP932[ch] !== undefined) bytes.push(CP932[ch] >> 8, CP932[ch] & 0xff);
    else throw new Error(`no CP932 code in the test table for ${ch}`);
  }
  return Buffer.from(bytes);
}
