// The age file format (age-encryption.org/v1, X25519 recipients, ASCII armor) with Node's own crypto, so that
// every personal value sealed in the records (issue 18; src/core/sealed.ts) opens with the standard `age` tool:
// `age -d -i ~/.config/wuye/identity.txt value.age`. Synchronous (the store reads and writes synchronously).
// e.g. const { identity, recipient } = newIdentity(); open(seal('13812345678', [recipient]), identity)
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

/** Why a ciphertext did not open: not age at all / damaged, or sealed to keys this desk does not hold. */
export class AgeError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'no-identity',
    message: string,
  ) {
    super(message);
  }
}

// ---- bech32 (BIP 173; age lifts the 90-character limit) ----
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}
const hrpExpand = (hrp: string) => [
  ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
  0,
  ...[...hrp].map((c) => c.charCodeAt(0) & 31),
];

function convertBits(data: Uint8Array | number[], from: number, to: number, pad: boolean): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const max = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & max);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & max);
  } else if (bits >= from || (acc << (to - bits)) & max) return undefined;
  return out;
}

export function bech32Encode(hrp: string, bytes: Uint8Array): string {
  const data = convertBits(bytes, 8, 5, true)!;
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...check].map((d) => CHARSET[d]).join('')}`;
}

export function bech32Decode(s: string): { hrp: string; bytes: Buffer } | undefined {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return undefined;
  const low = s.toLowerCase();
  const sep = low.lastIndexOf('1');
  if (sep < 1 || sep + 7 > low.length) return undefined;
  const hrp = low.slice(0, sep);
  const data: number[] = [];
  for (const c of low.slice(sep + 1)) {
    const d = CHARSET.indexOf(c);
    if (d < 0) return undefined;
    data.push(d);
  }
  if (polymod([...hrpExpand(hrp), ...data]) !== 1) return undefined;
  const bytes = convertBits(data.slice(0, -6), 5, 8, false);
  return bytes ? { hrp, bytes: Buffer.from(bytes) } : undefined;
}

// ---- X25519 keys ----
const PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI = Buffer.from('302a300506032b656e032100', 'hex');
const privKey = (raw: Buffer): KeyObject =>
  createPrivateKey({ key: Buffer.concat([PKCS8, raw]), format: 'der', type: 'pkcs8' });
const pubKey = (raw: Buffer): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI, raw]), format: 'der', type: 'spki' });
const rawPub = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'spki' }).subarray(-32);
const rawPriv = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'pkcs8' }).subarray(-32);

/** A new key pair: the secret `AGE-SECRET-KEY-1…` and its recipient `age1…`. */
export function newIdentity(): { identity: string; recipient: string } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  return {
    identity: bech32Encode('age-secret-key-', rawPriv(privateKey)).toUpperCase(),
    recipient: bech32Encode('age', rawPub(publicKey)),
  };
}

/** The 32 bytes of a recipient `age1…`, or undefined when it is not one. */
export function parseRecipient(s: string): Buffer | undefined {
  const d = bech32Decode(s.trim());
  return d && d.hrp === 'age' && d.bytes.length === 32 && s.trim() === s.trim().toLowerCase() ? d.bytes : undefined;
}

/** The 32 bytes of an identity `AGE-SECRET-KEY-1…`, or undefined when it is not one. */
export function parseIdentity(s: string): Buffer | undefined {
  const d = bech32Decode(s.trim());
  return d && d.hrp === 'age-secret-key-' && d.bytes.length === 32 && s.trim() === s.trim().toUpperCase()
    ? d.bytes
    : undefined;
}

/** The recipient of an identity. */
export function recipientOf(identity: string): string {
  const raw = parseIdentity(identity);
  if (!raw) throw new AgeError('corrupt', 'not an age identity (AGE-SECRET-KEY-1…)');
  return bech32Encode('age', rawPub(createPublicKey(privKey(raw))));
}

/** The identities of a key file as age-keygen writes it (comments and blank lines skipped). */
export function identitiesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

// ---- the format ----
const hkdf = (ikm: Buffer, salt: Buffer, info: string, n = 32) => Buffer.from(hkdfSync('sha256', ikm, salt, info, n));
const b64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '');
const X25519_INFO = 'age-encryption.org/v1/X25519';
const CHUNK = 64 * 1024;

function aead(key: Buffer, nonce: Buffer, data: Buffer): Buffer {
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  return Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
}
function unaead(key: Buffer, nonce: Buffer, data: Buffer): Buffer {
  if (data.length < 16) throw new AgeError('corrupt', 'truncated');
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  d.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([d.update(data.subarray(0, data.length - 16)), d.final()]);
}
const wrap64 = (s: string) => (s.match(/.{1,64}/g) ?? ['']).join('\n');

/** `text` sealed to every recipient, as an armored age file (`-----BEGIN AGE ENCRYPTED FILE-----`). */
export function seal(text: string, recipients: readonly string[]): string {
  const fileKey = randomBytes(16);
  let header = 'age-encryption.org/v1\n';
  for (const r of recipients) {
    const their = parseRecipient(r);
    if (!their) throw new AgeError('corrupt', `not an age recipient: ${r}`);
    const { privateKey, publicKey } = generateKeyPairSync('x25519');
    const share = rawPub(publicKey);
    const shared = diffieHellman({ privateKey, publicKey: pubKey(their) });
    const wrapKey = hkdf(shared, Buffer.concat([share, their]), X25519_INFO);
    const body = b64(aead(wrapKey, Buffer.alloc(12), fileKey));
    // a body of a whole number of 64-column lines ends with an empty line (the spec's rule)
    header += `-> X25519 ${b64(share)}\n${wrap64(body)}${body.length % 64 === 0 ? '\n' : ''}\n`;
  }
  header += '---';
  const mac = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
    .update(header)
    .digest();
  const nonce = randomBytes(16);
  const payloadKey = hkdf(fileKey, nonce, 'payload');
  const data = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0, n = 0; i === 0 || i < data.length; i += CHUNK, n++) {
    const last = i + CHUNK >= data.length;
    const cn = Buffer.alloc(12);
    cn.writeUIntBE(n, 5, 6);
    cn[11] = last ? 1 : 0;
    chunks.push(aead(payloadKey, cn, data.subarray(i, i + CHUNK)));
    if (last) break;
  }
  const bin = Buffer.concat([Buffer.from(`${header} ${b64(mac)}\n`), nonce, ...chunks]);
  return `-----BEGIN AGE ENCRYPTED FILE-----\n${wrap64(bin.toString('base64'))}\n-----END AGE ENCRYPTED FILE-----\n`;
}

/** The recipients' stanzas of an armored age file can be read without a key: is it well formed? */
function dearmor(armored: string): Buffer {
  const m =
    /^\s*-----BEGIN AGE ENCRYPTED FILE-----\r?\n([A-Za-z0-9+/=\r\n]*?)\r?\n?-----END AGE ENCRYPTED FILE-----\s*$/.exec(
      armored,
    );
  if (!m) throw new AgeError('corrupt', 'not an armored age file');
  const body = m[1].replace(/\r?\n/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new AgeError('corrupt', 'bad base64 in the armor');
  return Buffer.from(body, 'base64');
}

/** What is wrong with an armored age file's shape (no key needed: the MACs are checked only when opening), or undefined. */
export function armorProblem(armored: string): string | undefined {
  try {
    parseAge(dearmor(armored));
    return undefined;
  } catch (e) {
    if (e instanceof AgeError) return e.message;
    throw e;
  }
}

function parseAge(bin: Buffer) {
  const headEnd = bin.indexOf('\n---');
  if (headEnd < 0) throw new AgeError('corrupt', 'no header');
  const macLineEnd = bin.indexOf(0x0a, headEnd + 1);
  if (macLineEnd < 0) throw new AgeError('corrupt', 'no header MAC');
  const lines = bin.subarray(0, headEnd).toString('latin1').split('\n');
  if (lines[0] !== 'age-encryption.org/v1') throw new AgeError('corrupt', 'not age-encryption.org/v1');
  const stanzas: { type: string; args: string[]; body: Buffer }[] = [];
  for (let i = 1; i < lines.length;) {
    if (!lines[i].startsWith('-> ')) throw new AgeError('corrupt', 'bad stanza');
    const [type, ...args] = lines[i].slice(3).split(' ');
    let body = '';
    for (i++; i < lines.length; i++) {
      body += lines[i];
      if (lines[i].length < 64) {
        i++;
        break;
      }
    }
    const st = { type, args, body: Buffer.from(body, 'base64') };
    if (
      type === 'X25519' &&
      (args.length !== 1 || Buffer.from(args[0], 'base64').length !== 32 || st.body.length !== 32)
    )
      throw new AgeError('corrupt', 'bad X25519 stanza');
    stanzas.push(st);
  }
  if (!stanzas.length) throw new AgeError('corrupt', 'no recipients');
  const mac = Buffer.from(bin.subarray(headEnd + 5, macLineEnd).toString('latin1'), 'base64');
  if (mac.length !== 32) throw new AgeError('corrupt', 'bad header MAC');
  const payload = bin.subarray(macLineEnd + 1);
  if (payload.length < 16 + 16) throw new AgeError('corrupt', 'truncated payload');
  return { header: bin.subarray(0, headEnd + 4), stanzas, mac, payload };
}

const identityCache = new Map<string, { priv: KeyObject; mine: Buffer } | undefined>();
/** An identity's key and its public key, made once per process (a re-seal opens thousands of values). */
function identityKeys(s: string): { priv: KeyObject; mine: Buffer } | undefined {
  if (!identityCache.has(s)) {
    const raw = parseIdentity(s);
    const priv = raw && privKey(raw);
    identityCache.set(s, priv && { priv, mine: rawPub(createPublicKey(priv)) });
  }
  return identityCache.get(s);
}

/** Open an armored age file with one of the identities; AgeError when it is damaged or not sealed to them. */
export function open(armored: string, identities: readonly string[]): string {
  const { header, stanzas, mac, payload } = parseAge(dearmor(armored));
  const keys = identities.map(identityKeys).filter((k): k is { priv: KeyObject; mine: Buffer } => !!k);
  let fileKey: Buffer | undefined;
  for (const st of stanzas) {
    if (st.type !== 'X25519' || st.args.length !== 1) continue;
    const share = Buffer.from(st.args[0], 'base64');
    for (const { priv, mine } of keys) {
      try {
        const shared = diffieHellman({ privateKey: priv, publicKey: pubKey(share) });
        fileKey = unaead(hkdf(shared, Buffer.concat([share, mine]), X25519_INFO), Buffer.alloc(12), st.body);
        break;
      } catch {
        /* not this identity */
      }
    }
    if (fileKey) break;
  }
  if (!fileKey) throw new AgeError('no-identity', 'sealed to none of the keys of this desk');
  const want = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
    .update(header)
    .digest();
  if (!timingSafeEqual(mac, want)) throw new AgeError('corrupt', 'header MAC mismatch');
  const payloadKey = hkdf(fileKey, payload.subarray(0, 16), 'payload');
  const out: Buffer[] = [];
  const body = payload.subarray(16);
  try {
    for (let i = 0, n = 0; i < body.length; i += CHUNK + 16, n++) {
      const last = i + CHUNK + 16 >= body.length;
      const cn = Buffer.alloc(12);
      cn.writeUIntBE(n, 5, 6);
      cn[11] = last ? 1 : 0;
      out.push(unaead(payloadKey, cn, body.subarray(i, i + CHUNK + 16)));
    }
  } catch {
    throw new AgeError('corrupt', 'payload does not authenticate');
  }
  return Buffer.concat(out).toString('utf8');
}

/** Is this text an armored age file (no decryption: only its shape)? */
export const isArmored = (s: unknown): s is string =>
  typeof s === 'string' && s.trimStart().startsWith('-----BEGIN AGE ENCRYPTED FILE-----');

/** HMAC-SHA256 with a key, base64url without padding. */
export const keyedHash = (key: Buffer, text: string): string =>
  createHmac('sha256', key).update(text, 'utf8').digest('base64url');

/** A file in age-keygen's format: its creation time, its public key, the secret. */
export function identityFile(identity: string, created: string): string {
  return `# created: ${created}\n# public key: ${recipientOf(identity)}\n${identity}\n`;
}
