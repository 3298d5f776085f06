import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, insertChunks, readPngTexts, textChunk, toLatin1 } from './pngText';

/** A valid 1×1 grey PNG, built here from the spec (independent of the code under test). */
function tinyPng(): Uint8Array {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 128]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('PNG text chunks', () => {
  it('computes the CRC-32 the PNG spec uses (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes Latin-1 text as tEXt right after IHDR, with a valid CRC', () => {
    const png = insertChunks(tinyPng(), textChunk('Description', 'Line chart of ReLU.', 'en'));
    expect(String.fromCharCode(...png.subarray(33 + 4, 33 + 8))).toBe('tEXt');
    expect(readPngTexts(png)).toEqual([
      { type: 'tEXt', keyword: 'Description', text: 'Line chart of ReLU.', crcOk: true },
    ]);
  });

  it('writes Chinese (and U+2212 minus) as UTF-8 iTXt with its language tag', () => {
    const text = 'f 从 x = −5 处的 −0.5 变到 x = 5 处的 5。';
    const chunk = textChunk('Description', text, 'zh-CN');
    expect(String.fromCharCode(...chunk.subarray(4, 8))).toBe('iTXt');
    expect(new TextDecoder().decode(chunk)).toContain('Description\0\0\0zh-CN\0\0');
    expect(readPngTexts(insertChunks(tinyPng(), chunk))).toEqual([
      { type: 'iTXt', keyword: 'Description', text, crcOk: true },
    ]);
  });

  it('spells English symbols beyond Latin-1 so English text stays in tEXt', () => {
    expect(toLatin1('Leaky ReLU (α = 0.1): f′ goes from −0.5 ±')).toBe(
      "Leaky ReLU (alpha = 0.1): f' goes from -0.5 ±",
    );
    expect(toLatin1('折点')).toBeNull();
    const chunk = textChunk('Description', 'f′ = −1', 'en');
    expect(String.fromCharCode(...chunk.subarray(4, 8))).toBe('tEXt');
  });

  it('refuses what is not a PNG', () => {
    expect(() => insertChunks(new Uint8Array(40), textChunk('a', 'b', 'en'))).toThrow(/PNG/);
  });
});
