// Personal data through every output (issue 12 "Done means"; quality.md "Security and privacy"): on a demo estate
// whose personal fields hold known values — an owner's national id, mobiles, emergency phone and passport, a
// renovation's applicant and contractor phones, a worker's id, phone and a certificate holding an id number, a
// staff phone, a mobile written into notes, a complainant's, a caller's and a repair requester's phone — EVERY command of the registry runs with --json (readers also as
// tables, and as xlsx, CSV and PDF where they can), then every form of `wuye form --list`; no known value may
// appear unmasked in stdout, stderr or any file written. The list of commands comes from the registry: a new
// command is run automatically, or this test fails until it has a sample line below.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { commandsOf } from '../../src/kit/manifest.js';
import { isGroup, type CommandSpec, type GroupSpec } from '../../src/kit/spec.js';
import { PROCEDURES } from '../../src/procedures/index.js';
import { git, nationalId, newRoot, wuye } from '../helpers/cli.js';
import { pdfText } from '../render/helpers.js';

// ---- the known values, and what of each must never show (the whole, and the part the mask hides) ----
const NID_A = nationalId('43010219870615123'); // owner P000114 (move-in 3-1-0602)
const NID_B = nationalId('43011119760421345'); // applicant P000002 (renovation ZX2026-0002, unit 1-1-0102)
const NID_W = nationalId('43052119790923456'); // a worker of ZX2026-0002
const NID_C = nationalId('43010519880808765'); // inside the worker's certificate
const CERT = `T${NID_C}`;
const PASSPORT = 'E98765432';
const MOB_A = '13957208642';
const MOB_B = '15820461357';
const EMERG = '13698754210';
const NOTE_MOB = '18677716654';
const STAFF_PH = '13544483321';
const APPL_PH = '13766625550';
const CONTR_PH = '13988847071';
const WORK_PH = '15933362827';
const COMPL_PH = '13855512904'; // the complainant of TS2026-0008
const CALL_PH = '13955524018'; // the caller of desk entry RX20261127-001
const REPAIR_PH = '13755531862'; // the requester of repair order BX2026-0001 (opened below: no repairs in the demo)
const VISIT_PH = '13655570231'; // the visitors' contact of reception JD2026-0003
// given on command lines by the writers below (so the trailer and the records they write are covered too)
const NID_N = nationalId('43070219911111222');
const MOB_N = '13812093571';
const EM_N = '13612348806';
const NID_W2 = nationalId('43062119850505333');
const CERT2 = `T${nationalId('43062119860606444')}`;
const WORK_PH2 = '15012937468';
const CONTR_PH2 = '13722918463';
const APPL_PH2 = '18822930574';
const NID_I = nationalId('43010419920202111');
const MOB_I = '13467291053';
const COMPL_PH2 = '18955537162';
const CALL_PH2 = '15855548273';
const REPAIR_PH2 = '18655529407';

const nid = (v: string) => [v, v.slice(6, 14)]; // the whole, and the eight digits the mask hides
const mob = (v: string) => [v, v.slice(0, 7)]; // the whole, and the first seven (the mask shows three)
const SECRETS: [string, string][] = [
  ...[NID_A, NID_B, NID_W, NID_C, NID_N, NID_W2, NID_I].flatMap((v) => nid(v).map((s) => [s, v] as [string, string])),
  ...[MOB_A, MOB_B, EMERG, NOTE_MOB, STAFF_PH, APPL_PH, CONTR_PH, WORK_PH, MOB_N, EM_N, WORK_PH2, CONTR_PH2]
    .concat([APPL_PH2, MOB_I, COMPL_PH, CALL_PH, COMPL_PH2, CALL_PH2, REPAIR_PH, REPAIR_PH2, VISIT_PH])
    .flatMap((v) => mob(v).map((s) => [s, v] as [string, string])),
  [CERT, CERT],
  [CERT2, CERT2],
  [CERT2.slice(7, 15), CERT2],
  [PASSPORT, PASSPORT],
  [PASSPORT.slice(0, 5), PASSPORT],
];
const leaksIn = (text: string): string[] => [...new Set(SECRETS.filter(([s]) => text.includes(s)).map(([, v]) => v))];

// ---- the estate ----
const root = newRoot({ demo: true });
function plant(rel: string, edit: (d: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(join(root, rel), 'utf8'));
  edit(doc);
  writeFileSync(join(root, rel), doc.toString({ lineWidth: 0 }));
}
plant('people/P000114.yaml', (d) => {
  d.set('national_id', NID_A);
  d.set('phones', [MOB_A, MOB_B]);
  d.set('emergency_contact', { name: '林母', phone: EMERG, relation: '母亲' });
  d.set('other_document', { type: 'passport', number: PASSPORT });
  d.set('notes', `晚上请打 ${NOTE_MOB} 联系`);
});
plant('people/P000002.yaml', (d) => {
  d.set('national_id', NID_B);
});
plant('staff/S003.yaml', (d) => d.set('phone', STAFF_PH));
plant('keys/K-PUB-1-METER.yaml', (d) => d.setIn(['loans', 2, 'phone'], APPL_PH)); // the demo's overdue loan
plant('renovation/2026/ZX2026-0002.yaml', (d) => {
  d.setIn(['applicant', 'phone'], APPL_PH);
  d.setIn(['contractor', 'phone'], CONTR_PH);
  d.setIn(['workers', 0, 'national_id'], NID_W);
  d.setIn(['workers', 0, 'phone'], WORK_PH);
  d.setIn(['workers', 0, 'trade'], 'electrician');
  d.setIn(['workers', 0, 'certificate'], CERT);
});
plant('complaints/2026/TS2026-0008.yaml', (d) => d.setIn(['complainant', 'phone'], COMPL_PH));
plant('hotline/2026/RX20261127-001.yaml', (d) => d.setIn(['caller', 'phone'], CALL_PH));
plant('receptions/2026/JD2026-0003.yaml', (d) => d.set('contact', { name: '工程部钱工', phone: VISIT_PH }));
plant('parking-passes/YK0001.yaml', (d) => {
  d.set('holder', 'P000114');
  d.set('unit', '3-1-0602');
});
// one paid repair order, received this morning from the owner of 3-1-0602 (after the demo's own orders), walked
// through every step by the writers below
const opened = wuye(
  root,
  [
    'repair',
    'new',
    '--unit',
    '3-1-0602',
    '--person',
    'P000114',
    '--what',
    '卫生间水龙头漏水',
    '--paid',
    '--as',
    'S002',
  ],
  { WUYE_NOW: '2026-11-28T08:00:00+08:00' },
);
if (opened.code !== 0) throw new Error(`repair new: ${opened.stderr}`);
const BX = /BX2026-\d{4}/.exec(opened.stdout)![0];
plant(`repairs/2026/${BX}.yaml`, (d) => d.setIn(['requester', 'phone'], REPAIR_PH));
git(root, ['commit', '-qam', 'known personal values for the personal-data test']);
// the move-in case records a defect whose text a spreadsheet would run (item 19)
plant('movein/3-1-0302.yaml', (d) => {
  const defects = d.get('defects') as { items?: { set(k: string, v: unknown): void }[] } | undefined;
  (defects?.items?.[0] as { set(k: string, v: unknown): void } | undefined)?.set(
    'description',
    '=HYPERLINK("http://evil.example","点击")',
  );
});
git(root, ['commit', '-qam', 'a hostile defect description']);
const RECEIPT = /receipt: "?(\d{7})"?/.exec(readFileSync(join(root, 'fees/2026/1-1-0102.yaml'), 'utf8'))![1];
const BOOK = 'SJ-0001';

// an import file with a buyer's personal data
const IMPORT_CSV = `楼栋,单元,房号,楼层,类型,建筑面积,业主姓名,身份证号,手机\n9,1,0101,1,住宅,88.00,测试业主,${NID_I},${MOB_I}\n`;

// ---- every command of the registry, with the lines it runs ----
function leaves(
  specs: readonly (CommandSpec | GroupSpec)[],
  path: string[] = [],
): { path: string[]; spec: CommandSpec }[] {
  return specs.flatMap((s) =>
    isGroup(s) ? leaves(s.commands, [...path, s.name]) : [{ path: [...path, s.name], spec: s }],
  );
}
const ALL = leaves(commandsOf(PROCEDURES));

/** Arguments filled by the kind of record they name. */
const BY_KIND: Record<string, string> = {
  unit: '3-1-0602',
  person: 'P000114',
  staff: 'S003',
  movein: '3-1-0602',
  renovation: 'ZX2026-0002',
  'receipt-book': BOOK,
  key: 'K-PUB-1-METER',
  complaint: 'TS2026-0008',
  hotline: 'RX20261127-001',
  expense: 'BZ2026-0001',
  'parking-space': 'P1-011',
  'parking-pass': 'YK0001',
  'parking-shift': 'TC2026-1127-1',
  'invoice-book': 'FP0019',
  repair: BX,
  warranty: 'ZB2026-0002',
  event: 'HD2026-0007',
  notice: 'GG2026-0003',
  survey: 'DC2026-01',
  'stock-item': 'WX001',
  'stock-move': 'KC2026-0020',
  stocktake: 'PD2026-0002',
  emergency: 'JJ2026-0003',
  reception: 'JD2026-0003',
  evaluation: 'KP2026-0001',
};
const ZX = 'ZX2026-0002';
/** …and by their name, where the spec names no kind (a case procedure's `unit` or `id`). */
const BY_NAME: Record<string, string> = { unit: '3-1-0602', units: '3-1-0602', id: ZX, book: BOOK };
/** Lines for commands the kinds cannot fill (what follows the command's own words). */
const TS = 'TS2026-0008';
const SAMPLES: Record<string, string[][]> = {
  'hotline log': [
    [
      '--request',
      `业主来电 ${COMPL_PH2}`,
      '--unit',
      '3-1-0602',
      '--phone',
      CALL_PH2,
      '--type',
      'inquiry',
      '--answer',
      '已答复',
    ],
    ['--request', '楼道噪音', '--unit', '3-1-0602', '--phone', CALL_PH2, '--open', 'complaint', '--category', 'noise'],
    ['--request', '厨房水管漏水', '--unit', '3-1-0602', '--phone', CALL_PH2, '--open', 'repair', '--paid'],
    [
      '--request',
      '卫生间渗水',
      '--unit',
      '3-1-0602',
      '--phone',
      CALL_PH2,
      '--open',
      'warranty',
      '--component',
      'plumbing',
    ],
  ],
  'hotline list': [['--date', '2026-11-27']],
  'complaint new': [['--what', '噪音', '--unit', '3-1-0602', '--phone', COMPL_PH2, '--category', 'noise']],
  'complaint assign': [[TS, '--to', 'S004']],
  'complaint escalate': [[TS, '--note', `业主电话 ${COMPL_PH}`]],
  'complaint feedback': [[TS, '--what', '已联系商铺']],
  'complaint follow-up': [[TS, '--note', '跟进']],
  'complaint resolve': [[TS, '--resolution', '已处理']],
  'complaint callback': [[TS, '--satisfied', 'yes', '--comments', `满意，电话 ${COMPL_PH}`]],
  'complaint close': [[TS]],
  'complaint list': [[], ['--overdue']],
  'complaint stats': [['--from', '2026-11-01', '--to', '2026-11-28']],
  standards: [['--year', '2026']],
  'inspect new': [['shop', '--unit', '3-1-0602', '--fail', 'frontage', '--note', `业主电话 ${COMPL_PH}`]],
  'inspect record': [['JC2026-0014', '--pass', 'fire', '--follow-up', `联系 ${COMPL_PH}`]],
  'inspect show': [['JC2026-0014'], ['JC2026-0014', '--pdf', 'out/jc.pdf']],
  'inspect list': [[]],
  'review training add': [
    [
      '--date',
      '2026-11-20',
      '--topic',
      '礼仪',
      '--trainer',
      '李经理',
      '--hours',
      '2',
      '--attendees',
      'S003',
      '--notes',
      `联系 ${COMPL_PH}`,
    ],
  ],
  'review training hours': [['--quarter', '2026-Q4']],
  'review conduct': [['--staff', 'S003', '--date', '2026-11-20', '--fail', 'badge', '--note', `联系 ${COMPL_PH}`]],
  'review month': [['--month', '2026-10']],
  'review score': [['KP2026-0002', '--set', 'records=12', '--comment', `电话 ${COMPL_PH}`]],
  'review confirm': [['KP2026-0001', '--approve']],
  'review report': [['--month', '2026-11']],
  'inspect report': [[]],
  'complaint form': [
    ['--list'],
    ['complaint-record', TS],
    ['complaint-callback', TS],
    ['complaint-analysis', '2026-11'],
  ],
  'audit log': [['P000114'], [ZX], ['S003']],
  completion: [['bash']],
  // its records are generated, none of them planted (demo-out is not read back): the output is what is checked,
  // so no repository of the 5,000 files it writes (git add of each, twice) — the generator's own test makes one
  'demo generate': [['demo-out', '--units', '20', '--years', '1', '--no-git']],
  find: [['林'], [MOB_A.slice(-4)], ['P000114'], ['4301']], // probes of hidden digits: their own test below
  // sealing at rest has its own test (tests/reliability/encryption.test.ts): here a dry run, and the refusals
  // of an estate not sealed
  encrypt: [['--dry-run']],
  'keys add': [['age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq', '--name', '服务台B']],
  'keys remove': [['服务台B']],
  form: [['--list'], ['owner-registration', '3-1-0602']],
  init: [['new-root']],
  clone: [[root, 'desk-x', '--station', 'X', '--operator', 'S003']],
  sync: [[], ['--read-only']],
  'merge-driver': [['o.yaml', 'a.yaml', 'b.yaml', 'people/P000114.yaml']],
  show: [['P000114'], ['P000002'], [ZX], ['S003'], ['3-1-0602']],
  'unit add': [['9-9-0101', '--type', 'residential', '--area', '80.00']],
  'unit show': [['3-1-0602'], ['1-1-0102']],
  'unit update': [['3-1-0602', '--notes', `业主电话 ${MOB_A}`]],
  'unit import': [['buyers.csv', '--dry-run'], ['buyers.csv']],
  'unit transfer': [['1-1-0102', '--to', 'P000114', '--documents', '购房合同']],
  'person add': [['--name', '测试人', '--national-id', NID_N, '--phone', MOB_N, '--emergency', `李四:${EM_N}:兄弟`]],
  'person list': [[], ['--unit', '3-1-0602']],
  'person update': [['P000114', '--gender', 'female']],
  'staff add': [
    [
      'S099',
      '--name',
      '新员工',
      '--email',
      'n@example.cn',
      '--department',
      'customer-service',
      '--roles',
      'cs-assistant',
    ],
  ],
  'staff update': [['S003', '--notes', '调岗']],
  'fee account': [['3-1-0602'], ['1-1-0102']],
  'fee adjust': [
    [
      '1-1-0102',
      '--type',
      'waiver',
      '--bill',
      '2026-11/mgmt',
      '--amount',
      '1',
      '--reason',
      '测试',
      '--approved-by',
      'S001',
    ],
  ],
  'fee bill': [['--period', '2026-12', '--building', '3']],
  'fee books issue': [['SJ-0099', '--from', '0990001', '--to', '0990050', '--cashier', 'S005']],
  'fee books return': [[BOOK]],
  'fee books check': [[BOOK], []],
  'fee dunning': [['--stage', 'reminder', '--out', 'dunning']],
  'fee late-fees': [['--as-of', '2026-11-28']],
  'fee rate': [['mgmt-residential', '--rate', '2.30', '--from', '2027-03-01', '--document', '长发改价服〔2026〕18号']],
  'fee pay': [['1-1-0102', '--amount', '10', '--method', 'cash', '--payer', '张三', '--as', 'S005']],
  'fee receipt reprint': [[RECEIPT]],
  'fee receipt void': [[RECEIPT, '--reason', '作废测试', '--as', 'S005']],
  'fee refund': [['1-1-0102', '--amount', '1', '--reason', '测试', '--approved-by', 'S001']],
  'fee report': ['ledger', 'arrears', 'collection', 'daily', 'books', 'disclosure'].map((r) => [r]),
  'fee statement': [
    ['3-1-0602', '--period', '2026-11', '--out', 'st'],
    ['1-1-0102', '--period', '2026-11', '--out', 'st'],
  ],
  'movein plan': [['--building', '3', '--from', '2026-12-01', '--per-day', '4']],
  'movein notice': [['3-1-0602']],
  'movein checkin': [['3-1-0602', '--documents', 'purchase-contract,owner-id']],
  'movein inspect': [['3-1-0602', '--result', 'pass']],
  'movein rectify': [['3-1-0602', '--done', '1']],
  'movein status': [['--building', '3']],
  // the owner's own documents print in full only for a role that may see personal data (S005, the cashier, may not)
  'movein packet': [['3-1-0602', '--out', 'packets', '--as', 'S005']],
  'movein report': ['progress', 'defects', 'fees'].map((w) => [w]),
  'renovation apply': [
    [
      '--unit',
      '1-1-0102',
      '--applicant',
      'P000002',
      '--phone',
      APPL_PH2,
      '--contractor',
      '某装饰公司',
      '--manager',
      '王经理',
    ],
  ].map((l) => [
    ...l,
    '--contractor-phone',
    CONTR_PH2,
    '--scope',
    'walls',
    '--start',
    '2026-12-01',
    '--end',
    '2026-12-31',
  ]),
  'renovation review': [[ZX, '--result', 'pass']],
  'renovation decide': [[ZX, '--result', 'approve']],
  'renovation revise': [[ZX, '--scope-notes', '改']],
  'renovation workers add': [
    [
      ZX,
      '--name',
      '李师傅',
      '--national-id',
      NID_W2,
      '--trade',
      'electrician',
      '--certificate',
      CERT2,
      '--phone',
      WORK_PH2,
    ],
  ],
  'renovation workers remove': [[ZX, '--pass', 'NOPASS']],
  'renovation pay': [[ZX, '--item', 'deposit']],
  'renovation inspect': [[ZX, '--findings', `现场负责人电话 ${CONTR_PH}`]],
  'renovation violation': [[ZX, '--kind', 'hours', '--what', '夜间施工']],
  'renovation rectify': [[ZX, '--notice', 'NOTICE-1']],
  'renovation suspend': [[ZX, '--reason', '停工']],
  'renovation accept': [[ZX, '--result', 'pass']],
  'renovation refund pay': [[ZX, '--voucher', 'V-0001']],
  'renovation withdraw': [[ZX, '--reason', '撤回']],
  'renovation form': [['--list'], ['workers', ZX, '--out', 'w.pdf'], ['application', ZX]],
  'key add': [['K-PUB-PD', '--label', '测试钥匙', '--type', 'roof']],
  'key loan': [['K-PUB-2-ROOF', '--to', '王师傅', '--purpose', '检修', '--phone', MOB_N]],
  'key lost': [['K-PUB-FIRE', '--who', '王师傅', '--action', 'lock-changed', '--replaced']],
  'archive add-doc': [['3-1-0602', '--type', 'other', '--title', `业主留言：请打 ${MOB_N}`]],
  'archive loan': [['3-1-0602', '--to', '工程部 黄海波', '--purpose', '查阅', '--approved-by', 'S002']],
  'moving book': [
    ['3-1-0602', '--direction', 'out', '--date', '2026-11-30', '--slot', '09:00-11:00', '--plate', '湘A12345'],
  ],
  'moving pass': [
    ['BJ2026-0011', '--person', 'P000114', '--goods', `纸箱，联系 ${MOB_N}`, '--override-arrears', '经理同意'],
  ],
  'moving check': [['BJ2026-0011', '--as', 'S009']],
  'moving form': [['--list'], ['pass', 'BJ2026-0005'], ['register', '2026-11']],
  'moving residents add': [['3-1-0602', '--person', 'P000002', '--relation', '亲属', '--card', 'ZH-PD1']],
  'moving residents remove': [['3-1-0602', '--person', 'P000002']],
  'moving tenancy start': [
    ['3-1-0602', '--tenant', 'P000002', '--from', '2026-12-01', '--to', '2027-11-30', '--consent', '同意书'],
  ],
  'moving tenancy end': [['3-1-0602', '--tenant', 'P000002']],
  'vacant round': [['--building', '1', '--out', 'vr.pdf']],
  'vacant check': [['1-1-0602', '--fault', 'water', '--findings', `业主电话 ${MOB_N}`]],
  'vacant viewing': [['1-1-0801', '--who', '周先生', '--phone', MOB_N]],
  'vacant apply-discount': [['1-1-0602', '--from', '2026-12', '--to', '2027-05']],
  'mail in': [['--unit', '2-1-0602', '--addressee', '张三', '--carrier', 'sf', '--notes', `收件人电话 ${MOB_N}`]],
  'mail notify': [['YJ2026-0067', '--how', 'phone']],
  'mail collect': [['YJ2026-0072', '--person', 'P000064', '--signed', '--id-checked', '--id-type', '身份证']],
  'mail return': [['YJ2026-0060', '--reason', `查无此人，${MOB_N} 无人接听`]],
  'mail out': [
    [
      '--to',
      '李四',
      '--address',
      `长沙市芙蓉路 1 号，电话 ${MOB_N}`,
      '--carrier',
      'ems',
      '--cost',
      '12.00',
      '--notes',
      `身份证 ${NID_N}`,
    ],
  ],
  'mail report': [['--month', '2026-11']],
  'fee reopen-day': [['--cashier', 'S003', '--reason', '日结后补收一笔']],
  'expense new': [
    [
      '--category',
      'office',
      '--line',
      'vat-ordinary:043002601234:88776655:长沙文具店:2026-11-20:120.00:办公用品',
      '--purpose',
      `打印纸，送货电话 ${MOB_A}`,
      '--as',
      'S003',
    ],
  ],
  'expense approve': [['BZ2026-0011', '--note', `已电话核实 ${STAFF_PH}`]],
  'expense reject': [['BZ2026-0012', '--reason', `发票抬头不符，请联系 ${STAFF_PH}`, '--as', 'S002']],
  'expense pay': [['BZ2026-0010', '--method', 'transfer', '--voucher', 'PZ-0001', '--as', 'S005']],
  'expense form': [['--list'], ['claim', 'BZ2026-0001'], ['paste', 'BZ2026-0001']],
  'parking space': [['P1-021', '--type', 'rented', '--holder', 'P000114', '--plate', '湘A9K321']],
  'parking pass new': [
    ['--plate', '湘A9K321', '--holder', 'P000114', '--unit', '3-1-0602', '--space', 'P1-021', '--as', 'S005'],
  ],
  'parking pass renew': [['YK0001', '--months', '2', '--as', 'S005']],
  'parking shift open': [['--attendant', 'S012', '--shift', 'night', '--as', 'S005']],
  'parking shift close': [
    [
      'TC2026-1128-2', // the night shift opened above; no invoices recorded, so the cash is over and says why
      '--entries',
      '2',
      '--cash',
      '10.00',
      '--explain',
      `车主未取发票，已电话 ${MOB_A} 核对`,
    ],
  ].map((l) => [...l, '--as', 'S005']),
  'parking invoices issue': [
    [
      'FP0099',
      '--code',
      '143002620099',
      '--denomination',
      '5.00',
      '--from',
      '00090001',
      '--to',
      '00090050',
      '--attendant',
      'S012',
      '--as',
      'S005',
    ],
  ],
  'parking invoices use': [['FP0019', '--shift', 'TC2026-1128-1', '--from', '00010583', '--to', '00010590']],
  'parking invoices return': [['FP0019', '--as', 'S005']],
  'parking invoices check': [['FP0019', '--as', 'S005']],
  'parking form': [['--list'], ['pass', 'YK0001'], ['invoice-book', 'FP0019'], ['shift', 'TC2026-1127-1']],
  'repair new': [
    ['--what', `门锁坏了，业主电话 ${REPAIR_PH2}`, '--unit', '3-1-0602', '--caller', '林女士', '--phone', REPAIR_PH2],
    ['--what', '楼道灯不亮', '--place', '3栋1单元6楼楼道', '--urgency', 'urgent', '--phone', REPAIR_PH2],
  ],
  'repair assign': [[BX, '--to', 'S007', '--promised', '2026-11-28T09:30', '--note', `先打 ${REPAIR_PH}`]],
  'repair arrive': [[BX, '--at', '2026-11-28T09:31', '--as', 'S007']],
  'repair done': [
    [BX, '--work', '更换阀芯', '--material', 'WX001:1', '--charge', '80', '--items', '人工30 材料50', '--as', 'S007'],
  ],
  'repair signoff': [
    [
      BX,
      '--name',
      '林某',
      '--satisfied',
      'yes',
      '--comments',
      `回电 ${REPAIR_PH}`,
      '--method',
      'cash',
      '--cashier',
      'S005',
    ],
  ].map((l) => [...l, '--as', 'S007']),
  'repair callback': [[BX, '--satisfied', 'yes', '--comments', `满意，电话 ${REPAIR_PH}`]],
  'repair list': [[], ['--open'], ['--unit', '3-1-0602']],
  'repair stats': [['--from', '2026-11-01', '--to', '2026-11-28']],
  'repair form': [['--list'], ['repair-order', BX], ['repair-analysis', '2026-11']],
  'stock item add': [['WX009', '--name', '三角阀', '--uom', '个', '--category', 'repair', '--safety', '2']],
  'stock in': [['WX001', '--qty', '2', '--price', '12.00', '--supplier', '五金店', '--note', `送货人 ${MOB_N}`]],
  'stock out': [['WX001', '--qty', '1', '--to', 'S007', '--purpose', '报修', '--note', `业主 ${MOB_N}`]],
  'stock writeoff': [['QJ002', '--qty', '1', '--reason', 'damaged', '--approved-by', 'S001', '--note', `见 ${MOB_N}`]],
  'stock take count': [['--line', `WX001:1:问 ${MOB_N}`, '--as', 'S006']],
  'stock take explain': [['PD2026-0002', '--line', `QJ001:问 ${MOB_N}`]],
  'stock form': [
    ['--list'],
    ['receipt', 'KC2026-0018'],
    ['issue', 'KC2026-0020'],
    ['count', '2026-11-27'],
    ['take', 'PD2026-0002'],
  ],
  'warranty report': [
    [
      '--unit',
      '3-1-0602',
      '--component',
      'plumbing',
      '--what',
      `厨房下水管渗漏，电话 ${REPAIR_PH2}`,
      '--phone',
      REPAIR_PH2,
    ],
    [
      '--unit',
      '1-1-0102',
      '--component',
      'decoration',
      '--what',
      '地砖空鼓',
      '--caller',
      '林女士',
      '--phone',
      REPAIR_PH2,
    ],
  ],
  'warranty route': [['ZB2026-0006', '--to', 'developer', '--contact', `张工 ${REPAIR_PH2}`]],
  'warranty visit': [['ZB2026-0002', '--note', `上门查看，业主电话 ${REPAIR_PH}`, '--who', '李工']],
  'warranty complete': [['ZB2026-0002', '--work', '重做防水']],
  'warranty verify': [['ZB2026-0001', '--passed', 'no', '--note', `业主 ${REPAIR_PH} 反映仍渗水`]],
  'warranty callback': [['ZB2026-0001', '--satisfied', 'yes', '--comments', `回电 ${REPAIR_PH}`]],
  'warranty list': [[], ['--overdue'], ['--unit', '3-1-0602']],
  'warranty stats': [['--from', '2026-01-01', '--to', '2026-11-28']],
  'warranty form': [['--list'], ['report', 'ZB2026-0001'], ['transfer', 'ZB2026-0002'], ['completion', 'ZB2026-0001']],
  'event new': [
    ['--title', '测试活动', '--type', 'sports', '--date', '2026-12-10', '--venue', '会所', '--note', `联系 ${MOB_N}`],
  ],
  'event evaluate': [
    ['HD2026-0007', '--feedback', `业主 ${MOB_N} 反映`, '--went-well', '好', '--to-improve', '无', '--out', 'e.pdf'],
  ],
  'event cancel': [['HD2026-0008', '--reason', `业主 ${EM_N} 来电要求改期`]],
  'survey enter': [['DC2026-01', '--respondent', '3-1-0602', '--answers', '1', '--suggestion', `业主 ${MOB_N} 建议`]],
  'survey import': [['DC2026-01', 'buyers.csv']],
  'survey action': [
    ['DC2026-01', '--item', 'repair-speed', '--what', `回电 ${MOB_N}`, '--who', 'S002', '--due', '2027-01-31'],
  ],
  'emergency new': [
    [
      '--type',
      'gas-leak',
      '--place',
      '3栋1单元',
      '--reported-by',
      '林女士',
      '--description',
      `业主 ${MOB_N} 报告闻到燃气味`,
      '--as',
      'S003',
    ],
  ],
  'emergency log': [['JJ2026-0003', '--step', '4', '--what', `回电业主 ${MOB_N}`, '--as', 'S003']],
  'emergency notify': [
    ['JJ2026-0003', '--party', 'owners', '--name', '林女士', '--note', `电话 ${EM_N}`, '--as', 'S003'],
  ],
  'emergency report': [['JJ2026-0003', '--note', `业主 ${MOB_N} 已知悉`, '--out', 'jj.pdf', '--as', 'S002']],
  'emergency close': [
    [
      'JJ2026-0003',
      '--cause',
      `业主 ${MOB_N} 反映进线老化`,
      '--responsibility',
      '供电部门',
      '--measure',
      `每月巡检，联系 ${EM_N}`,
      '--as',
      'S002',
    ],
  ],
  'emergency drill': [
    [
      '--type',
      'fire',
      '--scenario',
      `模拟业主 ${MOB_N} 报火警`,
      '--participants',
      '10',
      '--findings',
      '无',
      '--as',
      'S002',
    ],
  ],
  'reception new': [
    [
      '--organisation',
      '街道办',
      '--guests',
      '3',
      '--arrival',
      '2026-12-05 09:00',
      '--end',
      '2026-12-05 10:00',
      '--rooms',
      'reception-room',
      '--contact',
      '钱工',
      '--contact-phone',
      MOB_N,
      '--purpose',
      `联系 ${EM_N}`,
      '--as',
      'S002',
    ],
  ],
  'reception assign': [['JD2026-0003', '--duty', 'tea', '--staff', 'S004', '--as', 'S002']],
  'reception serve': [['JD2026-0002', '--items', '续水']],
  'reception close': [['JD2026-0003', '--went-well', `好 ${MOB_N}`, '--to-improve', '无', '--as', 'S002']],
  'notice new': [
    [
      '--template',
      'water-cut',
      '--set',
      'reason=检修',
      '--set',
      'date=2026-12-05',
      '--set',
      'time=9',
      '--set',
      'area=1栋',
      '--to',
      '2026-12-05',
    ],
  ],
};

/** This desk's keys (wuye init makes a key pair): a throwaway folder. */
const KEYS = mkdtempSync(join(tmpdir(), 'wuye-pd-keys-'));

/** The lines of a command: its samples, or its arguments filled by kind; undefined when neither can. */
function linesOf(path: string[], spec: CommandSpec): string[][] | undefined {
  const sample = SAMPLES[path.join(' ')];
  if (sample) return sample;
  if ((spec.options ?? []).some((o) => o.required)) return undefined;
  const args: string[] = [];
  for (const a of spec.args ?? []) {
    if (!a.required && !a.kind) continue;
    const v = a.kind ? BY_KIND[a.kind] : BY_NAME[a.name];
    if (v === undefined) return undefined;
    args.push(v);
  }
  return [args];
}

const hasOpt = (spec: CommandSpec, flag: string) => (spec.options ?? []).some((o) => o.flags.includes(`${flag} `));
const hasChoice = (spec: CommandSpec, flag: string, v: string) =>
  (spec.options ?? []).some((o) => o.flags.includes(flag) && o.choices?.includes(v));

/** A line's runs: --json, and for a reader also a table and each file or format it can write. */
function runsOf(path: string[], spec: CommandSpec, line: string[]): string[][] {
  const base = [...path, ...line, ...(line.includes('--as') ? [] : ['--as', 'S001'])];
  const runs = [[...base, '--json']];
  if (spec.writes) return runs;
  runs.push(base);
  if (hasOpt(spec, '--xlsx') && !line.includes('--xlsx')) runs.push([...base, '--xlsx', 'out.xlsx']);
  if (hasOpt(spec, '--pdf') && !line.includes('--pdf')) runs.push([...base, '--pdf', 'out.pdf']);
  if (hasOpt(spec, '--out') && !line.includes('--out') && !line.includes('--list'))
    runs.push([...base, '--out', 'out-file']);
  if (hasChoice(spec, '--format', 'csv')) runs.push([...base, '--format', 'csv']);
  return runs;
}

// ---- running, and reading back every file a run wrote ----
interface Run {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
  cwd: string;
}
/**
 * One command line through the CLI's own entry (src/cli/main.ts: globals, dispatch, parse, run, errors → exit
 * codes) in this process — a hundred and more lines, so no process start for each; the e2e tests of each
 * procedure run the same commands as child processes. Lines run one at a time (the language is global).
 */
async function run(args: string[]): Promise<Run> {
  const cwd = mkdtempSync(join(tmpdir(), 'wuye-pd-'));
  writeFileSync(join(cwd, 'buyers.csv'), IMPORT_CSV);
  return { args, cwd, ...wuye(cwd, ['-R', root, ...args], { WUYE_KEY_DIR: KEYS }) };
}

async function fileText(file: string): Promise<string> {
  if (file.endsWith('.pdf')) return pdfText(file);
  if (file.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Merge) return;
          const v = c.value;
          cells.push(v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : String(v ?? ''));
        }),
      ),
    );
    return cells.join('\n');
  }
  return readFileSync(file, 'latin1').includes('\0') ? '' : readFileSync(file, 'utf8');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === '.git') return [];
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** What a run let out: known values in its output or in any file it wrote (the records roots init, demo generate and clone make excepted: they hold the records). */
async function leaksOf(r: Run): Promise<string[]> {
  const found: string[] = [];
  const say = (where: string, text: string) => leaksIn(text).forEach((v) => found.push(`${v} in ${where}`));
  say('stdout', r.stdout);
  say('stderr', r.stderr);
  for (const f of filesUnder(r.cwd)) {
    if (f.endsWith('buyers.csv') || f.includes('/new-root/') || f.includes('/demo-out/') || f.includes('/desk-x/'))
      continue;
    say(f.slice(r.cwd.length + 1), await fileText(f));
  }
  return found.map((l) => `wuye ${r.args.join(' ')}: ${l}`);
}

async function pool<T, R>(items: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]);
      }
    }),
  );
  return out;
}

const crashes = (rs: Run[]) => rs.filter((r) => r.code === 70).map((r) => `wuye ${r.args.join(' ')}: ${r.stderr}`);

describe('personal data through every output', () => {
  it('every command of the registry has a line to run (add a sample here for a new command that needs one)', () => {
    const missing = ALL.filter(({ path, spec }) => !linesOf(path, spec)).map(({ path }) => path.join(' '));
    expect(missing).toEqual([]);
    const unknown = Object.keys(SAMPLES).filter((k) => !ALL.some(({ path }) => path.join(' ') === k));
    expect(unknown, 'samples of commands that no longer exist').toEqual([]);
  });

  it('the planted values are in the records and do come out with --reveal (so a leak would be seen)', () => {
    const r = wuye(root, ['show', 'P000114', '--json', '--reveal', '--reason', '测试对照', '--as', 'S001']);
    expect(r.code).toBe(0);
    expect(leaksIn(r.stdout)).toEqual(expect.arrayContaining([NID_A, MOB_A, EMERG, PASSPORT, NOTE_MOB]));
    const w = wuye(root, ['renovation', 'show', ZX, '--json', '--reveal', '--reason', '测试对照', '--as', 'S001']);
    expect(leaksIn(w.stdout)).toEqual(expect.arrayContaining([NID_W, CERT, WORK_PH, APPL_PH, CONTR_PH]));
    const s = wuye(root, ['show', 'S003', '--reveal', '--reason', '测试对照', '--as', 'S001']);
    expect(leaksIn(s.stdout)).toContain(STAFF_PH);
    const c = wuye(root, ['complaint', 'show', TS, '--json', '--reveal', '--reason', '测试对照', '--as', 'S001']);
    expect(leaksIn(c.stdout)).toContain(COMPL_PH);
    const h = wuye(root, [
      'hotline',
      'show',
      'RX20261127-001',
      '--json',
      '--reveal',
      '--reason',
      '测试对照',
      '--as',
      'S001',
    ]);
    expect(leaksIn(h.stdout)).toContain(CALL_PH);
    const b = wuye(root, ['repair', 'show', BX, '--json', '--reveal', '--reason', '测试对照', '--as', 'S001']);
    expect(leaksIn(b.stdout)).toContain(REPAIR_PH);
  });

  it('the writers, each with --json: nothing unmasked in their output, the files they write or their commit trailers', async () => {
    const runs: Run[] = [];
    for (const { path, spec } of ALL.filter((c) => c.spec.writes))
      for (const line of linesOf(path, spec)!) for (const args of runsOf(path, spec, line)) runs.push(await run(args));
    const leaks = (await Promise.all(runs.map(leaksOf))).flat();
    expect(leaks).toEqual([]);
    expect(crashes(runs)).toEqual([]);
    expect(runs.filter((r) => r.code === 0).length).toBeGreaterThan(15); // most writers did their work
    // the command lines kept in git history carry the values given on them masked
    expect(leaksIn(git(root, ['log', '--format=%B']))).toEqual([]);
  }, 600_000);

  it('the readers — --json, tables, xlsx, CSV, PDF — show every personal field masked', async () => {
    const all = ALL.filter((c) => !c.spec.writes).flatMap(({ path, spec }) =>
      linesOf(path, spec)!.flatMap((line) => runsOf(path, spec, line)),
    );
    const runs = await pool(all, 1, run);
    const leaks = (await Promise.all(runs.map(leaksOf))).flat();
    expect(leaks).toEqual([]);
    expect(crashes(runs)).toEqual([]);
    // the reports wrote their files, and the masked values are there
    const show = runs.find((r) => r.args.join(' ') === 'show P000114 --as S001 --json')!;
    expect(JSON.parse(show.stdout)).toMatchObject({
      national_id: '430102********' + NID_A.slice(-4),
      phones: ['139****8642', '158****1357'],
      emergency_contact: { phone: '136****4210' },
      other_document: { number: '*****5432' },
      notes: '晚上请打 186****6654 联系',
    });
    for (const r of runs) rmSync(r.cwd, { recursive: true, force: true });
  }, 600_000);

  it('find matches what it shows: the tail of a phone, never the hidden digits; --reveal searches the whole', () => {
    const hits = (text: string, ...more: string[]) =>
      (JSON.parse(wuye(root, ['find', text, '--json', ...more]).stdout) as { id: string }[]).map((h) => h.id);
    expect(hits(MOB_A.slice(-4))).toContain('P000114');
    expect(hits(MOB_A.slice(3, 7))).not.toContain('P000114'); // the masked middle of the mobile
    expect(hits(NID_A.slice(6, 14))).not.toContain('P000114'); // the birth date hidden in the id number
    expect(hits(NID_A.slice(8, 12))).not.toContain('P000114');
    expect(hits('139****8642')).toContain('P000114'); // what is shown can be typed back
    expect(hits(NID_A.slice(6, 14), '--reveal', '--reason', '核对身份', '--as', 'S002')).toContain('P000114');
  });

  it('every form of wuye form --list, filled from the records, shows personal data masked', async () => {
    const forms = JSON.parse(wuye(root, ['form', '--list', '--json']).stdout) as {
      name: string;
      id: string;
      owner: boolean;
    }[];
    const ids: Record<string, string[]> = {
      unit: ['3-1-0602', '1-1-0102'],
      movein: ['3-1-0602'],
      renovation: [ZX],
      'receipt number': [RECEIPT],
      'date (YYYY-MM-DD)': ['2026-11-28'],
      'key|YYYY-MM': ['K-PUB-1-METER', '2026-11'],
      'all|public|TYPE': ['all'],
      'unit with mail waiting': ['2-1-0702'],
      'unit|YYYY-MM': ['3-1-0602', '2026-11'],
      complaint: [TS],
      repair: [BX],
      warranty: ['ZB2026-0001', 'ZB2026-0004'],
      period: ['2026-11'],
      date: ['2026-11-27'],
      expense: ['BZ2026-0001', 'BZ2026-0011'],
      'parking-pass': ['YK0001'],
      'parking-shift': ['TC2026-1127-1'],
      'invoice-book': ['FP0019'],
      event: ['HD2026-0007'],
      'event-plan': ['HD2026'],
      notice: ['GG2026-0003'],
      'BUILDING[:ROUND]': ['1', '1:2026-11'],
      moving: ['BJ2026-0005'],
      'YYYY-MM-DD|YYYY-MM': ['2026-11-23', '2026-11'],
      survey: ['DC2026-01'],
      stocktake: ['PD2026-0002'],
      emergency: ['JJ2026-0003', 'JJ2026-0001'],
      'emergency-kind': ['lift-entrapment'],
      reception: ['JD2026-0003', 'JD2026-0002'],
      evaluation: ['KP2026-0001', 'KP2026-0002'],
      inspection: ['JC2026-0012'],
      training: ['PX2026-0009'],
    };
    // forms of one kind that print only some of its records (a receipt is no issue slip)
    const byForm: Record<string, string[]> = { 'stock-receipt': ['KC2026-0018'], 'stock-issue': ['KC2026-0020'] };
    const lines = forms.flatMap((f) => {
      const of = byForm[f.name] ?? ids[f.id];
      expect(of, `no record to fill form ${f.name} (${f.id}) from`).toBeDefined();
      // the owner's own documents print masked for a role that may not see personal data (the test below: in full)
      return of.map((id) => ['form', f.name, id, '--as', f.owner ? 'S005' : 'S001', '--json']);
    });
    const runs = await pool(lines, 1, run);
    expect(runs.filter((r) => r.code !== 0).map((r) => `${r.args.join(' ')}: ${r.stderr}`)).toEqual([]);
    expect((await Promise.all(runs.map(leaksOf))).flat()).toEqual([]);
    // the repair order carries its requester's phone, masked
    const order = runs.find((r) => r.args[1] === 'repair-order')!;
    expect(pdfText(JSON.parse(order.stdout).file as string)).toContain(
      `${REPAIR_PH.slice(0, 3)}****${REPAIR_PH.slice(-4)}`,
    );
    // the workers' register does carry the worker's data, masked
    const workers = runs.find((r) => r.args[1] === 'renovation-workers')!;
    const text = pdfText(JSON.parse(workers.stdout).file as string);
    expect(text).toContain(`430521********${NID_W.slice(-4)}`);
    expect(text).toContain(`***************${CERT.slice(-4)}`);
    for (const r of runs) rmSync(r.cwd, { recursive: true, force: true });
  }, 600_000);

  it("the owner's own documents print in full for a role that may, and each printing is recorded", async () => {
    const forms = (
      JSON.parse(wuye(root, ['form', '--list', '--json']).stdout) as { name: string; id: string; owner: boolean }[]
    ).filter((f) => f.owner);
    expect(forms.map((f) => f.name)).toEqual(
      expect.arrayContaining(['owner-registration', 'movein-notice', 'movein-service-agreement']),
    );
    const before = wuye(root, ['audit', 'reveals', '--json']).stdout;
    const reg = await run(['form', 'owner-registration', '3-1-0602', '--as', 'S003', '--json']);
    expect(reg.code, reg.stderr).toBe(0);
    const text = pdfText(JSON.parse(reg.stdout).file as string);
    expect(text).toContain(NID_A); // in full: the owner's own file
    const packet = await run(['movein', 'packet', '3-1-0602', '--out', 'packets', '--as', 'S003']);
    expect(packet.code, packet.stderr).toBe(0);
    expect(pdfText(join(packet.cwd, 'packets', '3-1-0602-packet.pdf'))).toContain(NID_A);
    // each printing left an entry: who, why, which record, where the file went
    const entries = (JSON.parse(wuye(root, ['audit', 'reveals', '--json']).stdout) as Record<string, unknown>[]).slice(
      (JSON.parse(before) as unknown[]).length,
    );
    expect(entries.map((e) => [e.by, e.reason, e.records])).toEqual([
      ['S003', '业主本人文件打印：业主/住户情况登记表', [{ kind: 'unit', id: '3-1-0602' }]],
      ['S003', '业主本人文件打印：入伙资料包', [{ kind: 'movein', id: '3-1-0602' }]],
    ]);
    // a role that may not: masked, and a line saying who may
    const masked = await run(['form', 'owner-registration', '3-1-0602', '--as', 'S005', '--json']);
    expect(masked.stderr).toContain('按遮蔽版打印');
    expect(await leaksOf(masked)).toEqual([]);
    for (const r of [reg, packet, masked]) rmSync(r.cwd, { recursive: true, force: true });
  });

  it('a CSV or xlsx of text a spreadsheet would run (=HYPERLINK…) keeps it as text', async () => {
    const csv = wuye(root, ['movein', 'report', 'defects', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")"`);
    const r = await run(['movein', 'report', 'defects', '--xlsx', 'd.xlsx']);
    expect(r.code).toBe(0);
    const text = await fileText(join(r.cwd, 'd.xlsx'));
    expect(text).toContain(`'=HYPERLINK("http://evil.example","点击")`);
  });
});
