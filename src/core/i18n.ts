// Two languages for everything staff read: Chinese by default, English with
// `--lang en` or an English LANG. Messages are written next to the code that
// raises them as a pair, so no catalog key can drift from its text.
export type Lang = 'zh' | 'en';

export interface Msg {
  zh: string;
  en: string;
}

let current: Lang = 'zh';

export function setLang(lang: Lang): void {
  current = lang;
}
export function lang(): Lang {
  return current;
}

/** A message in both languages. */
export function msg(zh: string, en: string): Msg {
  return { zh, en };
}

/** Resolve a message (or plain string) in the current language. */
export function t(m: Msg | string): string {
  return typeof m === 'string' ? m : m[current];
}

/** Pick the language from argv (`--lang en`) or the environment (LANG=en_US...). */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'zh')) return argv[i + 1] as Lang;
    if (a === '--lang=en') return 'en';
    if (a === '--lang=zh') return 'zh';
  }
  const l = env.WUYE_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(l) ? 'en' : 'zh';
}
