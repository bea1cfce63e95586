// calendar/2027.yaml for a generated or demo estate (records.md "Working days"):
// the holidays and make-up working days of a year chinese-days may not cover yet.
// The 2027 schedule is provisional — the standard pattern, to be checked against
// the State Council notice (国务院办公厅关于 2027 年部分节假日安排的通知).
export function calendar2027Text(): string {
  return `# 2027 年法定节假日与调休上班日 — 暂定！
# 国务院办公厅的 2027 年放假安排通知发布前，这里按惯例（2025 年起的新规：春节含除夕 4 天、
# 劳动节 2 天，等等）推算；通知发布后请逐项核对并修改本文件，然后运行 wuye validate。
# 此文件修正或补充 chinese-days 包里的日历；“工作日”期限按此计算。
# Provisional 2027 schedule (standard pattern); check it against the State Council notice.
kind: calendar
id: "2027"
holidays:
  - from: 2027-01-01
    to: 2027-01-03
    name: 元旦
  - from: 2027-02-05          # 除夕（腊月廿九）至正月初八；春节为 2 月 6 日
    to: 2027-02-13
    name: 春节
  - from: 2027-04-03          # 清明节 4 月 5 日（星期一）
    to: 2027-04-05
    name: 清明节
  - from: 2027-05-01
    to: 2027-05-05
    name: 劳动节
  - from: 2027-06-09          # 端午节（五月初五，星期三）
    name: 端午节
  - from: 2027-09-15          # 中秋节（八月十五，星期三）
    name: 中秋节
  - from: 2027-10-01
    to: 2027-10-07
    name: 国庆节
workdays:                      # 调休上班日（周末上班）
  - 2027-02-14
  - 2027-02-20
  - 2027-05-08
  - 2027-09-26
  - 2027-10-09
`;
}
