#!/bin/bash
# Regenerates records/renovation/ (the demo cases) by running the real CLI step by step under a fixed
# WUYE_NOW in a scratch copy of records/; then: rm -rf records/renovation && cp -r /tmp/demo/records/renovation records/
# Builds the demo renovation cases by running the real CLI in a scratch copy of records/.
set -e
R=/tmp/demo/records
rm -rf /tmp/demo && mkdir -p /tmp/demo && cp -r /work/main/records $R && rm -rf $R/renovation
cd $R && git init -q && git add -A && git -c user.name=demo -c user.email=d@x.cn commit -qm base
export CI=true
w() { local now=$1; shift; WUYE_NOW="$now" node /work/main/bin/wuye.js --records $R "$@" >/dev/null || { echo "FAILED at $now: $*"; WUYE_NOW="$now" node /work/main/bin/wuye.js --records $R "$@"; exit 1; }; }
C=(--contractor 湖南匠心装饰工程有限公司 --licence 91430100MA4L2X7Q3K --manager 刘建平 --contractor-phone 13787051234)
C2=(--contractor 长沙美居装饰设计有限公司 --licence 91430111MA4PB8R21D --manager 周海 --contractor-phone 15874123456)
C3=(--contractor 湘城建筑装饰有限公司 --licence 91430103MA4T5K6N0C --manager 彭志勇 --contractor-phone 18973145678)
D=(--drawings floor-plan,electrical,water-drainage)
nid() { python3 -c "
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
f='$1'; s=sum(int(d)*w for d,w in zip(f,W)); print(f+'10X98765432'[s%11])"; }

# ZX2026-0001 · 3-2-0202: the whole way in summer: refunded with a deduction, closed.
w 2026-08-03T09:20:00+08:00 renovation apply --unit 3-2-0202 --applicant P000124 --phone 13907315521 "${C2[@]}" --scope walls,floors,kitchen,bathroom-waterproofing --start 2026-08-10 --end 2026-09-30 "${D[@]}" --as S003
w 2026-08-04T16:10:00+08:00 renovation review ZX2026-0001 --result pass --conditions "卫生间防水完成后做48小时闭水试验，经工程部检查后方可铺砖" --as S007
w 2026-08-05T10:00:00+08:00 renovation decide ZX2026-0001 --result approve --notes 同意 --as S001
w 2026-08-06T09:30:00+08:00 renovation sign ZX2026-0001 --owner-signatory 业主本人 --contractor-signatory 周海 --as S003
w 2026-08-06T09:40:00+08:00 renovation workers add ZX2026-0001 --name 黄师傅 --national-id $(nid 43012119780312451) --trade electrician --certificate T430121197803124512 --phone 13548712345 --as S003
w 2026-08-06T09:45:00+08:00 renovation workers add ZX2026-0001 --name 罗师傅 --national-id $(nid 43010519820907233) --trade tiler --as S003
w 2026-08-06T10:00:00+08:00 renovation pay ZX2026-0001 --item all --as S005
w 2026-08-06T10:20:00+08:00 renovation permit ZX2026-0001 --as S003
w 2026-08-10T08:30:00+08:00 renovation start ZX2026-0001 --as S009
for d in 10 11 12 13 14 17 18 19; do w 2026-08-${d}T10:30:00+08:00 renovation inspect ZX2026-0001 --findings "现场整洁，门窗关闭，按规定施工" --extinguishers 2 --permit-posted yes --as S007; done
w 2026-08-19T14:30:00+08:00 renovation violation ZX2026-0001 --kind debris --what "装修垃圾堆放在楼道，未按时清运" --deadline 2026-08-20 --as S009
w 2026-08-20T10:30:00+08:00 renovation inspect ZX2026-0001 --findings "楼道垃圾已清运" --extinguishers 2 --permit-posted yes --as S007
w 2026-08-20T11:00:00+08:00 renovation rectify ZX2026-0001 --notice ZX2026-0001-V01 --as S009
for d in 21 24 25 26 27 28 31; do w 2026-08-${d}T10:30:00+08:00 renovation inspect ZX2026-0001 --findings "现场整洁，门窗关闭，按规定施工" --extinguishers 2 --permit-posted yes --as S007; done
w 2026-09-01T17:00:00+08:00 renovation complete ZX2026-0001 --as S003
w 2026-09-03T10:00:00+08:00 renovation accept ZX2026-0001 --result pass --item "承重结构及外立面:ok" --item "卫生间闭水试验:ok" --item "公共部位:fail:楼道墙面有划痕，已由施工单位修补" --as S007
w 2026-09-04T09:30:00+08:00 renovation refund approve ZX2026-0001 --deduct "楼道墙面修补材料费:150" --as S001
w 2026-09-04T15:00:00+08:00 renovation refund pay ZX2026-0001 --voucher TK20260904-01 --as S005
w 2026-09-04T15:10:00+08:00 renovation close ZX2026-0001 --as S003

# ZX2026-0002 · 1-1-0102: in progress since 11-16, one day without inspection, a violation of hours.
w 2026-11-09T10:05:00+08:00 renovation apply --unit 1-1-0102 --applicant P000002 "${C[@]}" --scope walls,floors,water-electric,ceilings --start 2026-11-16 --end 2027-01-20 "${D[@]}" --as S004
w 2026-11-10T15:40:00+08:00 renovation review ZX2026-0002 --result pass --conditions "强电改造须由持证电工施工并预留检修口" --as S008
w 2026-11-11T09:15:00+08:00 renovation decide ZX2026-0002 --result approve --as S001
w 2026-11-12T10:00:00+08:00 renovation sign ZX2026-0002 --owner-signatory 业主本人 --contractor-signatory 刘建平 --as S004
w 2026-11-12T10:10:00+08:00 renovation workers add ZX2026-0002 --name 张国强 --national-id $(nid 43012419800518321) --trade electrician --certificate T430124198005183216 --phone 13974812345 --as S004
w 2026-11-12T10:12:00+08:00 renovation workers add ZX2026-0002 --name 李木生 --national-id $(nid 43052119751102457) --trade carpenter --as S004
w 2026-11-12T10:30:00+08:00 renovation pay ZX2026-0002 --item all --as S005
w 2026-11-12T11:00:00+08:00 renovation permit ZX2026-0002 --as S004
w 2026-11-16T08:20:00+08:00 renovation start ZX2026-0002 --as S009
for d in 16 17 18 19 20 23 24; do w 2026-11-${d}T14:40:00+08:00 renovation inspect ZX2026-0002 --findings "按规定施工，现场整洁" --extinguishers 2 --permit-posted yes --as S008; done
w 2026-11-26T08:50:00+08:00 renovation violation ZX2026-0002 --kind hours --at "2026-11-25T12:35" --what "午休时间使用电锤开槽，邻居投诉" --action deduct --deduct 200 --as S009
for d in 26 27; do w 2026-11-${d}T14:40:00+08:00 renovation inspect ZX2026-0002 --findings "按规定施工，现场整洁" --extinguishers 2 --permit-posted yes --as S008; done

# ZX2026-0003 · 1-2-0302: in progress, suspended after an open flame.
w 2026-10-19T09:00:00+08:00 renovation apply --unit 1-2-0302 --applicant P000033 "${C3[@]}" --scope walls,floors,kitchen,windows-balcony --start 2026-10-26 --end 2026-12-31 "${D[@]}" --debris --as S003
w 2026-10-20T16:00:00+08:00 renovation review ZX2026-0003 --result pass --as S007
w 2026-10-21T10:30:00+08:00 renovation decide ZX2026-0003 --result approve --as S001
w 2026-10-22T09:00:00+08:00 renovation sign ZX2026-0003 --as S003
w 2026-10-22T09:10:00+08:00 renovation workers add ZX2026-0003 --name 谢卫东 --national-id $(nid 43010419790623115) --trade welder --certificate T430104197906231156 --as S003
w 2026-10-22T09:20:00+08:00 renovation pay ZX2026-0003 --item all --as S005
w 2026-10-22T09:40:00+08:00 renovation permit ZX2026-0003 --as S003
w 2026-10-26T08:30:00+08:00 renovation start ZX2026-0003 --as S009
for d in 2026-10-26 2026-10-27 2026-10-28 2026-10-29 2026-10-30 2026-11-02 2026-11-03 2026-11-04 2026-11-05 2026-11-06 2026-11-09 2026-11-10 2026-11-11 2026-11-12 2026-11-13 2026-11-16 2026-11-17 2026-11-18 2026-11-19 2026-11-20; do w ${d}T09:50:00+08:00 renovation inspect ZX2026-0003 --findings "现场正常" --extinguishers 3 --as S007; done
w 2026-11-23T10:00:00+08:00 renovation inspect ZX2026-0003 --findings "阳台焊接未设防火措施，已制止" --extinguishers 1 --as S007
w 2026-11-23T10:20:00+08:00 renovation violation ZX2026-0003 --kind open-flame --what "阳台焊接护栏时未清理周边易燃物、未设看火人" --action suspend --as S007
w 2026-11-24T10:00:00+08:00 renovation inspect ZX2026-0003 --findings "停工整改中" --as S007

# ZX2026-0004 · 3-1-0801: approved on 11-20; agreement signed; waiting for workers and money.
w 2026-11-17T14:00:00+08:00 renovation apply --unit 3-1-0801 --applicant P000117 "${C2[@]}" --scope walls,floors --start 2026-12-01 --end 2027-01-31 "${D[@]}" --as S004
w 2026-11-19T11:00:00+08:00 renovation review ZX2026-0004 --result pass --as S008
w 2026-11-20T09:30:00+08:00 renovation decide ZX2026-0004 --result approve --as S001
w 2026-11-25T15:00:00+08:00 renovation sign ZX2026-0004 --owner-signatory 业主本人 --contractor-signatory 周海 --as S004

# ZX2026-0005 · 3-1-0102: received Tue 11-24, review due Thu 11-26 — overdue.
w 2026-11-24T10:30:00+08:00 renovation apply --unit 3-1-0102 --applicant P000101 "${C[@]}" --scope walls,floors,bathroom-waterproofing,water-electric --start 2026-12-07 --end 2027-02-28 "${D[@]}" --as S003

# ZX2026-0006 · 3-1-0202: reviewed Fri 11-27, the director's decision due Mon 11-30.
w 2026-11-25T09:00:00+08:00 renovation apply --unit 3-1-0202 --applicant P000104 "${C3[@]}" --scope walls,floors --start 2026-12-05 --end 2027-01-15 "${D[@]}" --as S004
w 2026-11-27T16:30:00+08:00 renovation review ZX2026-0006 --result pass --conditions "不得拆改客厅与阳台之间的墙体" --as S007

# ZX2026-0007 · 3-2-0501: returned by engineering with reasons.
w 2026-11-23T09:30:00+08:00 renovation apply --unit 3-2-0501 --applicant P000129 "${C2[@]}" --scope walls,bathroom-waterproofing,water-electric --start 2026-12-01 --end 2027-01-10 "${D[@]}" --as S003
w 2026-11-24T17:00:00+08:00 renovation review ZX2026-0007 --result reject --reasons "拟拆除卫生间与主卧之间墙体，图纸未注明是否为承重墙；电气图未标明负荷，请补充后重新申请" --as S008

# ZX2026-0008 · S1-1-103 (shop, tenant with the owner's written consent): special project, drawings incomplete.
w 2026-11-27T11:00:00+08:00 renovation apply --unit S1-1-103 --applicant P000144 --tenant "${C3[@]}" --scope shopfront,walls,floors,water-electric,air-conditioning --start 2026-12-10 --end 2027-01-20 --drawings floor-plan,electrical,water-drainage --as S003

# ZX2026-0009 · 1-1-0802: withdrawn by the owner.
w 2026-11-02T10:00:00+08:00 renovation apply --unit 1-1-0802 --applicant P000024 "${C[@]}" --scope floors --start 2026-11-10 --end 2026-12-10 "${D[@]}" --as S004
w 2026-11-03T09:00:00+08:00 renovation withdraw ZX2026-0009 --reason "业主决定暂缓装修" --as S004

# ZX2026-0010 · S1-1-102 (shop, owner): completed, awaiting acceptance.
w 2026-09-14T10:00:00+08:00 renovation apply --unit S1-1-102 --applicant P000142 "${C[@]}" --scope shopfront,walls,floors,ceilings --start 2026-09-21 --end 2026-11-20 --drawings floor-plan,elevations,air-conditioning,electrical,water-drainage,materials --as S003
w 2026-09-15T15:00:00+08:00 renovation review ZX2026-0010 --result pass --conditions "招牌样式须符合商业街统一标准" --as S007
w 2026-09-16T10:00:00+08:00 renovation decide ZX2026-0010 --result approve --as S001
w 2026-09-16T14:00:00+08:00 renovation sign ZX2026-0010 --as S003
w 2026-09-16T14:10:00+08:00 renovation workers add ZX2026-0010 --name 胡志明 --national-id $(nid 43022419850416213) --trade electrician --certificate T430224198504162131 --as S003
w 2026-09-16T14:20:00+08:00 renovation pay ZX2026-0010 --item all --as S005
w 2026-09-16T14:40:00+08:00 renovation permit ZX2026-0010 --as S003
w 2026-09-21T08:30:00+08:00 renovation start ZX2026-0010 --as S009
d=2026-09-21
while [[ $d < 2026-11-20 ]]; do
  if node -e "import('/work/main/dist/core/calendar.js').then(m=>process.exit(new m.WorkCalendar().isWorkday('$d')?0:1))"; then w ${d}T11:00:00+08:00 renovation inspect ZX2026-0010 --findings "现场正常" --extinguishers 3 --permit-posted yes --as S008; fi
  d=$(date -d "$d + 1 day" +%F)
done
w 2026-11-20T17:00:00+08:00 renovation complete ZX2026-0010 --as S003
echo done
