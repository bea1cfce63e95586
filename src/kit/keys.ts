// This desk's keys for personal data sealed at rest (issue 18): its age key pair in the user's config folder
// ($WUYE_KEY_DIR, else $XDG_CONFIG_HOME/wuye, else ~/.config/wuye; identity.txt, mode 0600, never in git),
// made by `wuye init`/`wuye clone`, and its copy of the estate's hash key (hash-<key_id>.key), opened once from
// wuye.yaml personal.hash_key with this desk's key. e.g. keyDir(process.env) → /home/li/.config/wuye
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AgeError, identitiesOf, identityFile, newIdentity, open, parseIdentity, recipientOf } from '../core/age.js';
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import type { Keyring } from '../core/sealed.js';
import type { Config } from '../core/root.js';

/** The folder of this desk's keys. */
export function keyDir(env: NodeJS.ProcessEnv): string {
  if (env.WUYE_KEY_DIR) return env.WUYE_KEY_DIR;
  return join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'wuye');
}

export const identityPath = (env: NodeJS.ProcessEnv): string => join(keyDir(env), 'identity.txt');

/** This desk's identities: none when it has no key file; a file that holds no age key is refused (exit 2). */
export function readIdentities(env: NodeJS.ProcessEnv): string[] {
  const file = identityPath(env);
  if (!existsSync(file)) return [];
  const ids = identitiesOf(readFileSync(file, 'utf8'));
  if (!ids.length || ids.some((i) => !parseIdentity(i)))
    throw new UsageError(
      msg(
        `${file} 不是 age 私钥文件（应有一行 AGE-SECRET-KEY-1…）`,
        `${file} is not an age key file (it should hold a line AGE-SECRET-KEY-1…)`,
      ),
      msg(
        '放回本机的私钥文件；或把它移开后运行 wuye keys init 生成新的密钥对，再请能读取的工作站 wuye keys add 新公钥',
        "put this desk's key file back; or move it away, run wuye keys init for a new key pair and have a desk that can read run wuye keys add NEW-KEY",
      ),
    );
  return ids;
}

/** This desk's public key, or undefined when it has no key yet. */
export function deskRecipient(env: NodeJS.ProcessEnv): string | undefined {
  const ids = readIdentities(env);
  return ids.length ? recipientOf(ids[0]) : undefined;
}

/** Make this desk's key pair when it has none (init, clone): its public key and whether it was made now. */
export function ensureIdentity(
  env: NodeJS.ProcessEnv,
  now: string,
): { recipient: string; made: boolean; file: string } {
  const file = identityPath(env);
  const have = deskRecipient(env);
  if (have) return { recipient: have, made: false, file };
  mkdirSync(keyDir(env), { recursive: true, mode: 0o700 });
  const { identity, recipient } = newIdentity();
  writeFileSync(file, identityFile(identity, now), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { recipient, made: true, file };
}

/** Keep a secret file of this desk (mode 0600). */
export function writeSecret(file: string, text: string): void {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}

type Personal = {
  encrypt?: boolean;
  key_id?: string;
  recipients?: { name: string; key: string; recovery?: boolean }[];
  hash_key?: string;
};
export const personalConfig = (config: Config): Personal =>
  ((config as { personal?: Personal }).personal ?? {}) as Personal;

const hashFile = (env: NodeJS.ProcessEnv, id: string) => join(keyDir(env), `hash-${id}.key`);

/** Keep this desk's copy of the hash key (once it has it, it no longer needs to open wuye.yaml's). */
export function saveHashKey(env: NodeJS.ProcessEnv, id: string, key: Buffer): void {
  writeSecret(hashFile(env, id), `${key.toString('base64')}\n`);
}

/** The keys this desk works with, each read when first needed. */
export function makeKeyring(env: NodeJS.ProcessEnv, config: () => Config): Keyring {
  let ids: string[] | undefined;
  let hash: Buffer | null | undefined;
  return {
    get encrypt() {
      return personalConfig(config()).encrypt === true;
    },
    get sealedBefore() {
      return personalConfig(config()).key_id !== undefined;
    },
    get recipients() {
      return (personalConfig(config()).recipients ?? []).map((r) => r.key);
    },
    get identities() {
      return (ids ??= readIdentities(env));
    },
    hashKey() {
      if (hash !== undefined) return hash ?? undefined;
      const p = personalConfig(config());
      hash = null;
      if (!p.key_id) return undefined;
      const file = hashFile(env, p.key_id);
      if (existsSync(file)) return (hash = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
      if (!p.hash_key) return undefined;
      try {
        hash = Buffer.from(open(p.hash_key, (ids ??= readIdentities(env))).trim(), 'base64');
      } catch (e) {
        if (e instanceof AgeError) return undefined;
        throw e;
      }
      saveHashKey(env, p.key_id, hash);
      return hash;
    },
  };
}
