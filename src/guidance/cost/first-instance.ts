// How long a first-instance judgment may take by law (《中华人民共和国民事诉讼法》; article numbers checked against the 2021 revision only —
// the 2023 revision renumbered later articles, so the current numbers must be confirmed against the official text), set against the
// portal's own measured cycle (computed from the database by GuidanceRepository.measuredCycle).
export const FIRST_INSTANCE_LIMITS = [
  { procedure: '普通程序', limit: '立案之日起6个月内审结（经批准可延长6个月，还需上级法院批准的可再延长）', basis: '《中华人民共和国民事诉讼法》审理期限（2021年修正本第一百五十二条；现行条号以官方文本为准）' },
  { procedure: '简易程序', limit: '立案之日起3个月内审结（经批准可延长1个月）', basis: '《中华人民共和国民事诉讼法》审理期限（2021年修正本第一百六十四条；现行条号以官方文本为准）' },
  { procedure: '小额诉讼程序', limit: '立案之日起2个月内审结（经批准可延长1个月）', basis: '《中华人民共和国民事诉讼法》审理期限（2021年修正本第一百六十八条；现行条号以官方文本为准）' },
] as const;

export const PORTAL_CYCLE_BASIS = '本平台实测：调解成功案件自申请至结案的天数中位数（按数据库中的案件实时计算）；人民调解一般在一个月内结束';
