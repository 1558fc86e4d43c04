/**
 * Logo checks, by content only: the file name and the Content-Type the browser sends are whatever
 * the uploader says. PNG, JPEG and WebP are recognised by their magic bytes and their header must
 * give sane dimensions. SVG is refused: it is a document that can carry scripts.
 */
export const logoMaxBytes = 200 * 1024;
export const logoMaxPixels = 4096;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';
export type LogoCheck = { ok: true; type: LogoType; width: number; height: number } | { ok: false; reden: 'te-groot' | 'leeg' | 'soort' | 'afmetingen' };

const startsWith = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, at: number, text: string) => startsWith(b, [...text].map((ch) => ch.charCodeAt(0)), at);
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at] ?? 0) * 2 ** 24) + (((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0));

function pngSize(b: Uint8Array) {
  // The IHDR chunk comes first: width and height as big-endian 32-bit numbers.
  if (!ascii(b, 12, 'IHDR')) return undefined;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function jpegSize(b: Uint8Array) {
  // Walk the segments to the first start-of-frame marker (SOF0..SOF15 without DHT, JPG, DAC).
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    at += 2 + u16be(b, at + 2);
  }
  return undefined;
}

function webpSize(b: Uint8Array) {
  if (ascii(b, 12, 'VP8X')) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (ascii(b, 12, 'VP8 ') && startsWith(b, [0x9d, 0x01, 0x2a], 23)) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (ascii(b, 12, 'VP8L') && b[20] === 0x2f) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reden: 'leeg' };
  if (bytes.length > logoMaxBytes) return { ok: false, reden: 'te-groot' };
  let type: LogoType;
  let size: { width: number; height: number } | undefined;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    type = 'image/png';
    size = pngSize(bytes);
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    type = 'image/jpeg';
    size = jpegSize(bytes);
  } else if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) {
    type = 'image/webp';
    size = webpSize(bytes);
  } else {
    return { ok: false, reden: 'soort' };
  }
  if (!size || size.width < 1 || size.height < 1 || size.width > logoMaxPixels || size.height > logoMaxPixels) {
    return { ok: false, reden: 'afmetingen' };
  }
  return { ok: true, type, ...size };
}
