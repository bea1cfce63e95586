// Personal data sealed at rest, as functions (issue 18): the age format of src/core/age.ts (keys, seal, open,
// damage found), and the rules of src/core/sealed.ts — what is sealed, what a write keeps, what it refuses.
// e.g. npx vitest run tests/core/sealed.test.ts
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AgeError,
  armorProblem,
  bech32Decode,
  bech32Encode,
  newIdentity,
  open,
  parseRecipient,
  recipientOf,
  seal,
} from '../../src/core/age.js';
import { hmacOf, isSealed, sealedAt, sealRecordText, unsealRecord, type Keyring } from '../../src/core/sealed.js';
import { parseRecordText } from '../../src/core/yamlio.js';
import { nationalId } from '../helpers/cli.js';

const A = newIdentity();
const B = newIdentity();
const HASH = randomBytes(32);
const ring = (encrypt = true): Keyring => ({
  encrypt,
  recipients: [A.recipient, B.recipient],
  identities: [A.identity],
  hashKey: () => HASH,
});
const NID = nationalId('43010219870615123');
const person = (nid: string, phone: string, notes = '') =>
  `kind: person\nid: P000001\nname: 张三\nnational_id: "${nid}"\nphones:\n  - "${phone}"\n${notes ? `notes: ${notes}\n` : ''}`;

describe('the age format', () => {
  it('keys are bech32 as age writes them; a secret is not a recipient', () => {
    expect(A.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(A.identity).toMatch(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/);
    expect(recipientOf(A.identity)).toBe(A.recipient);
    expect(parseRecipient(A.identity)).toBeUndefined();
    expect(parseRecipient(`${A.recipient.slice(0, -1)}q`)).toBeUndefined(); // the checksum
    expect(bech32Decode(bech32Encode('age', Buffer.alloc(32, 7)))!.bytes).toEqual(Buffer.alloc(32, 7));
  });

  it('seals to every recipient; each opens it; another key does not; damage is found', () => {
    const ct = seal('13812345678', [A.recipient, B.recipient]);
    expect(ct).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
    expect(open(ct, [A.identity])).toBe('13812345678');
    expect(open(ct, [B.identity])).toBe('13812345678');
    expect(() => open(ct, [newIdentity().identity])).toThrow(expect.objectContaining({ reason: 'no-identity' }));
    const lines = ct.split('\n');
    lines[3] = lines[3].replace(/^./, (c) => (c === 'A' ? 'B' : 'A')); // one letter of the header changed
    expect(() => open(lines.join('\n'), [A.identity])).toThrow(AgeError);
    expect(armorProblem(ct)).toBeUndefined();
    expect(armorProblem(ct.replace(/\n[^\n]*\n-----END/, '\n-----END'))).toBeDefined(); // a line lost
  });
});

describe('sealed personal values', () => {
  it('a write seals ids and phones (names stay clear), and reads back as the mask or, revealing, the value', () => {
    const text = sealRecordText('person', 'people/P000001.yaml', person(NID, '13812345678', '无'), undefined, ring());
    expect(text).not.toContain(NID);
    expect(text).not.toContain('13812345678');
    expect(text).toContain('name: 张三');
    const data = parseRecordText(text, 'p') as Record<string, unknown>;
    expect(isSealed(data.national_id)).toBe(true);
    const shown = unsealRecord('person', structuredClone(data)) as { national_id: string; phones: string[] };
    expect(shown.national_id).toBe(`${NID.slice(0, 6)}********${NID.slice(-4)}`);
    expect(shown.phones).toEqual(['138****5678']);
    expect(sealedAt(shown, '/national_id')!.hmac).toBe(hmacOf(HASH, 'national-id', NID));
    const revealed = unsealRecord('person', structuredClone(data), { reveal: ring() }) as { national_id: string };
    expect(revealed.national_id).toBe(NID);
  });

  it('an unchanged value keeps its ciphertext, masked or revealed; a masked value that matches nothing is refused', () => {
    const disk = sealRecordText('person', 'p', person(NID, '13812345678'), undefined, ring());
    const masked = person(`${NID.slice(0, 6)}********${NID.slice(-4)}`, '138****5678', '改了备注');
    const kept = sealRecordText('person', 'p', masked, disk, ring());
    expect(kept).toBe(disk.replace(/\n$/, '') + '\nnotes: 改了备注\n');
    expect(sealRecordText('person', 'p', person(NID, '13812345678'), disk, ring())).toBe(disk);
    expect(() => sealRecordText('person', 'p', person(NID, '139****0000'), disk, ring())).toThrow(/masked/);
    // encryption off: a clear estate's writes are left as they are
    expect(sealRecordText('person', 'p', person(NID, '13812345678'), undefined, ring(false))).toBe(
      person(NID, '13812345678'),
    );
  });
});
