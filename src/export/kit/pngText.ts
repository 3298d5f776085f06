/**
 * Text chunks in a PNG file (PNG spec §11.3.4): the alt text goes in as `Description`, so it
 * travels with the file. `tEXt` holds Latin-1 only, so text beyond it (Chinese) goes in an
 * `iTXt` chunk, UTF-8 with its language tag. Pure: bytes in, bytes out.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the chunk type and data, as the PNG spec computes it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

/** The few symbols of English alt text beyond Latin-1, spelled as plain-text readers expect. */
const SPELLED: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus
  '\u2032': "'", // prime: f′ → f'
  '\u2013': '-',
  '\u2014': '-',
  '\u2019': "'",
  α: 'alpha',
  β: 'beta',
  λ: 'lambda',
};

/** `s` in Latin-1, with SPELLED's symbols spelled out; null if anything else is beyond it. */
export function toLatin1(s: string): string | null {
  const out = s.replace(/[\u2212\u2032\u2013\u2014\u2019αβλ]/g, (ch) => SPELLED[ch]!);
  return /^[\x20-\x7e\xa0-\xff\n]*$/.test(out) ? out : null;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * A `tEXt` chunk when `text` can be written in Latin-1 (English: `toLatin1`), which every
 * reader shows; else an uncompressed `iTXt` chunk, UTF-8, tagged `lang` (Chinese).
 */
export function textChunk(keyword: string, text: string, lang: string): Uint8Array {
  const plain = toLatin1(text);
  if (plain !== null)
    return chunk('tEXt', concat(latin1(keyword), new Uint8Array([0]), latin1(plain)));
  const utf8 = new TextEncoder().encode(text);
  // keyword \0, compression flag 0 and method 0, language tag \0, translated keyword \0, text
  const head = concat(
    latin1(keyword),
    new Uint8Array([0, 0, 0]),
    latin1(lang),
    new Uint8Array([0, 0]),
  );
  return chunk('iTXt', concat(head, utf8));
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** `png` with `chunks` inserted right after IHDR (where readers look for them first). */
export function insertChunks(png: Uint8Array, ...chunks: Uint8Array[]): Uint8Array {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  return concat(png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd));
}

export interface PngText {
  type: 'tEXt' | 'iTXt';
  keyword: string;
  text: string;
  /** Whether the stored CRC matches the chunk. */
  crcOk: boolean;
}

/** The text chunks of a PNG file, in order (uncompressed `iTXt` only). */
export function readPngTexts(png: Uint8Array): PngText[] {
  const out: PngText[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    const crcOk = view.getUint32(at + 8 + len) === crc32(png.subarray(at + 4, at + 8 + len));
    if (type === 'tEXt' || type === 'iTXt') {
      const z = data.indexOf(0);
      const keyword = String.fromCharCode(...data.subarray(0, z));
      let text: string;
      if (type === 'tEXt') text = String.fromCharCode(...data.subarray(z + 1));
      else {
        const langEnd = data.indexOf(0, z + 3);
        const transEnd = data.indexOf(0, langEnd + 1);
        text = new TextDecoder().decode(data.subarray(transEnd + 1));
      }
      out.push({ type, keyword, text, crcOk });
    }
    at += 12 + len;
  }
  return out;
}
