// Synthetic people for a generated estate (records.md "Values"): Chinese names,
// national ids with a valid GB 11643 check digit and a real birth date, mainland
// mobiles, company buyers with a unified social credit code (GB 32100 check char).
// e.g. newPerson(rng, { minAge: 25, maxAge: 70, asOf: '2026-11-28' })
import { nationalIdCheckChar } from '../../core/personal.js';
import type { Rng } from './rng.js';

// Common surnames, weighted roughly by frequency, with pinyin (for staff e-mails).
export const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 70],
  ['李', 'li', 70],
  ['张', 'zhang', 65],
  ['刘', 'liu', 52],
  ['陈', 'chen', 45],
  ['杨', 'yang', 32],
  ['黄', 'huang', 24],
  ['赵', 'zhao', 22],
  ['吴', 'wu', 20],
  ['周', 'zhou', 20],
  ['徐', 'xu', 17],
  ['孙', 'sun', 15],
  ['马', 'ma', 15],
  ['朱', 'zhu', 13],
  ['胡', 'hu', 13],
  ['郭', 'guo', 12],
  ['何', 'he', 12],
  ['高', 'gao', 11],
  ['林', 'lin', 11],
  ['罗', 'luo', 10],
  ['郑', 'zheng', 10],
  ['梁', 'liang', 9],
  ['谢', 'xie', 8],
  ['宋', 'song', 8],
  ['唐', 'tang', 8],
  ['许', 'xu', 7],
  ['韩', 'han', 7],
  ['冯', 'feng', 7],
  ['邓', 'deng', 7],
  ['曹', 'cao', 6],
  ['彭', 'peng', 6],
  ['曾', 'zeng', 6],
  ['肖', 'xiao', 6],
  ['田', 'tian', 5],
  ['董', 'dong', 5],
  ['袁', 'yuan', 5],
  ['潘', 'pan', 4],
  ['蒋', 'jiang', 4],
  ['蔡', 'cai', 4],
  ['余', 'yu', 4],
  ['杜', 'du', 4],
  ['叶', 'ye', 4],
  ['程', 'cheng', 4],
  ['魏', 'wei', 4],
  ['苏', 'su', 4],
  ['吕', 'lv', 4],
  ['丁', 'ding', 3],
  ['任', 'ren', 3],
  ['沈', 'shen', 3],
  ['姚', 'yao', 3],
  ['卢', 'lu', 3],
  ['谭', 'tan', 4],
  ['廖', 'liao', 3],
  ['贺', 'he', 3],
  ['邹', 'zou', 3],
  ['龙', 'long', 2],
  ['易', 'yi', 2],
  ['欧阳', 'ouyang', 1],
  ['文', 'wen', 2],
  ['颜', 'yan', 2],
];

const MALE: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['勇', 'yong'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['斌', 'bin'],
  ['超', 'chao'],
  ['明', 'ming'],
  ['刚', 'gang'],
  ['平', 'ping'],
  ['辉', 'hui'],
  ['鹏', 'peng'],
  ['华', 'hua'],
  ['飞', 'fei'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['志', 'zhi'],
  ['文', 'wen'],
  ['海', 'hai'],
  ['波', 'bo'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['俊', 'jun'],
  ['峰', 'feng'],
  ['亮', 'liang'],
  ['斌', 'bin'],
  ['林', 'lin'],
  ['湘', 'xiang'],
  ['锋', 'feng'],
  ['晨', 'chen'],
  ['子', 'zi'],
  ['博', 'bo'],
  ['成', 'cheng'],
  ['德', 'de'],
  ['立', 'li'],
  ['新', 'xin'],
  ['振', 'zhen'],
  ['宏', 'hong'],
];
const FEMALE: readonly (readonly [string, string])[] = [
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['艳', 'yan'],
  ['娟', 'juan'],
  ['霞', 'xia'],
  ['秀', 'xiu'],
  ['玲', 'ling'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['慧', 'hui'],
  ['琳', 'lin'],
  ['洁', 'jie'],
  ['燕', 'yan'],
  ['红', 'hong'],
  ['萍', 'ping'],
  ['颖', 'ying'],
  ['佳', 'jia'],
  ['欣', 'xin'],
  ['怡', 'yi'],
  ['梅', 'mei'],
  ['琴', 'qin'],
  ['雅', 'ya'],
  ['倩', 'qian'],
  ['晓', 'xiao'],
  ['春', 'chun'],
  ['兰', 'lan'],
  ['湘', 'xiang'],
  ['璐', 'lu'],
  ['蓉', 'rong'],
  ['思', 'si'],
  ['彤', 'tong'],
  ['月', 'yue'],
  ['文', 'wen'],
  ['诗', 'shi'],
  ['宁', 'ning'],
  ['丹', 'dan'],
  ['莉', 'li'],
];

// Issuing areas (first six digits): mostly Changsha and Hunan, some from elsewhere.
const AREAS: readonly (readonly [string, number])[] = [
  ['430102', 8],
  ['430103', 8],
  ['430104', 8],
  ['430105', 7],
  ['430111', 10],
  ['430112', 4],
  ['430121', 6],
  ['430181', 5],
  ['430124', 3],
  ['430302', 3],
  ['430381', 2],
  ['430402', 3],
  ['430521', 2],
  ['430602', 3],
  ['430702', 3],
  ['430903', 2],
  ['431002', 2],
  ['431102', 2],
  ['431202', 2],
  ['431302', 2],
  ['433101', 1],
  ['110105', 1],
  ['440304', 1],
  ['420106', 1],
  ['360102', 1],
  ['510107', 1],
  ['330106', 1],
  ['320102', 1],
];

const MOBILE_PREFIXES = [
  '138',
  '139',
  '137',
  '136',
  '135',
  '134',
  '150',
  '151',
  '152',
  '158',
  '159',
  '182',
  '183',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '166',
  '133',
  '153',
  '180',
  '181',
  '189',
  '177',
  '173',
  '199',
  '191',
  '195',
];

export interface GenPerson {
  name: string;
  pinyin: string;
  gender: 'male' | 'female';
  birth: string;
  national_id: string;
  mobile: string;
}

export interface AgeRange {
  minAge: number;
  maxAge: number;
  asOf: string;
}

/** A name of the given gender: surname + one or two characters. */
export function chineseName(
  rng: Rng,
  gender: 'male' | 'female',
  surname?: readonly [string, string],
): { name: string; pinyin: string } {
  const s =
    surname ??
    (() => {
      const x = rng.weighted(SURNAMES.map((e) => [e, e[2]] as const));
      return [x[0], x[1]] as const;
    })();
  const pool = gender === 'male' ? MALE : FEMALE;
  const a = rng.pick(pool);
  if (rng.chance(0.3)) return { name: s[0] + a[0], pinyin: s[1] + a[1] };
  let b = rng.pick(pool);
  while (b[0] === a[0]) b = rng.pick(pool);
  return { name: s[0] + a[0] + b[0], pinyin: s[1] + a[1] + b[1] };
}

export function surnameOf(name: string): readonly [string, string] {
  const s = SURNAMES.find(([z]) => name.startsWith(z) && z.length > 1) ?? SURNAMES.find(([z]) => name.startsWith(z));
  return s ? [s[0], s[1]] : [name[0], ''];
}

export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

export function birthDate(rng: Rng, r: AgeRange): string {
  const year = Number(r.asOf.slice(0, 4)) - rng.int(r.minAge, r.maxAge);
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** GB 11643: area (6) + birth date (8) + sequence (3, odd for men, even for women) + check character. */
export function nationalId(rng: Rng, birth: string, gender: 'male' | 'female', area = rng.weighted(AREAS)): string {
  const seq = rng.int(0, 99) * 10 + (gender === 'male' ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]));
  const first17 = area + birth.replace(/-/g, '') + String(seq).padStart(3, '0');
  return first17 + nationalIdCheckChar(first17);
}

export function newPerson(
  rng: Rng,
  ages: AgeRange,
  gender: 'male' | 'female' = rng.chance(0.5) ? 'male' : 'female',
  surname?: readonly [string, string],
): GenPerson {
  const n = chineseName(rng, gender, surname);
  const birth = birthDate(rng, ages);
  return { ...n, gender, birth, national_id: nationalId(rng, birth, gender), mobile: mobile(rng) };
}

// GB 32100 unified social credit code: 17 characters + a check character, alphabet without I O Z S V.
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCode(rng: Rng, area = '430111'): string {
  let body = '91' + area;
  for (let i = 0; i < 9; i++) body += USCC[rng.int(0, i === 8 ? 9 : 30)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC.indexOf(body[i]) * USCC_W[i];
  return body + USCC[(31 - (sum % 31)) % 31];
}

const TRADE = [
  '商贸',
  '科技',
  '餐饮管理',
  '医药连锁',
  '文化传媒',
  '教育咨询',
  '建材',
  '电子商务',
  '投资',
  '贸易',
  '网络科技',
  '食品',
  '家政服务',
  '装饰工程',
];
const BRAND = [
  '湘韵',
  '麓山',
  '星城',
  '橘洲',
  '芙蓉',
  '岳麓',
  '浏阳河',
  '天心',
  '雨花',
  '长盛',
  '鑫源',
  '华信',
  '恒达',
  '众诚',
  '金湘',
  '德润',
  '华湘',
  '博远',
  '嘉禾',
  '瑞丰',
  '汇通',
  '新纪元',
  '致远',
  '楚天',
];
const PLACE = ['长沙', '湖南', '长沙市'];
/** A company name not in `used` (which it extends). */
export function companyName(rng: Rng, used: Set<string> = new Set()): string {
  for (let i = 0; ; i++) {
    const name = `${rng.pick(PLACE)}${rng.pick(BRAND)}${rng.pick(TRADE)}有限公司${i > 50 ? `第${i - 50}分公司` : ''}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const SHOP_TRADE = ['便利店', '药房', '水果店', '洗衣店', '美发店', '餐馆', '早餐店', '五金店', '房产中介', '培训中心'];
export const shopTrade = (rng: Rng): string => rng.pick(SHOP_TRADE);

/** A Changsha (湘A) plate: five characters, or six for a new-energy car. */
export function plate(rng: Rng): string {
  const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  if (rng.chance(0.2)) return `湘A${rng.pick(['D', 'F'])}${rng.pick([...L])}${rng.digits(4)}`;
  let s = '';
  for (let i = 0; i < 5; i++) s += rng.chance(0.3) ? rng.pick([...L]) : String(rng.int(0, 9));
  return `湘A${s}`;
}
