/**
 * Editorial (derived, not the plan's words): everyday words and short forms people type, mapped to
 * the plan's own wording. Unlike the older table in ./synonyms, every entry here rests on a quote
 * from the text that holds each target (a unit test checks that the quote is in the plan and holds
 * every target). Only `word → to` reaches the browser (merged into the index's `syn`); the quotes
 * stay here as the justification.
 */
export interface Concept {
  /** What people type. */
  words: string[];
  /** The plan's wording it stands for (each occurs in `quote`). */
  to: string[];
  /** A sentence (or part of one) of the plan that holds every target. */
  quote: string;
}

export const CONCEPTS: Concept[] = [
  // everyday words
  {
    words: ['便利店', '小卖部', '社区超市'],
    to: ['便民消费', '便民生活圈'],
    quote: '开展省级一刻钟便民生活圈试点创建，完善社区便民消费设施供给',
  },
  { words: ['十五分钟', '15分钟'], to: ['一刻钟'], quote: '推进运城市全国一刻钟便民生活圈试点地区建设' },
  {
    words: ['夜市', '夜经济', '夜生活'],
    to: ['夜间文化和旅游消费', '夜间'],
    quote: '发展太原古县城、忻州古城等一批夜间文化和旅游消费集聚区',
  },
  {
    words: ['网红', '直播间'],
    to: ['直播带货', '社交电商'],
    quote: '鼓励企业通过社交电商、直播带货等新型营销手段拓展线上市场',
  },
  { words: ['钟点工', '保洁', '家政公司'], to: ['家政'], quote: '鼓励骨干家政企业加强品牌建设' },
  {
    words: ['冰箱', '洗衣机', '空调', '电视机', '沙发'],
    to: ['家电家具', '以旧换新'],
    quote: '鼓励开展家电家具以旧换新',
  },
  {
    words: ['信号', '手机信号'],
    to: ['通信网络覆盖', '5G网络'],
    quote: '持续推进5G网络建设，新建5G基站3万个，基本完成高铁、高速公路沿线通信网络覆盖提质升级',
  },
  { words: ['信号塔', '基站'], to: ['5G基站'], quote: '新建5G基站3万个' },
  {
    words: ['打官司', '法律援助', '公证'],
    to: ['法律服务'],
    quote: '开展公共法律服务中心标准化建设，推动法律服务行业健康发展',
  },
  {
    words: ['农家乐', '乡村游', '周边游'],
    to: ['乡村旅游'],
    quote: '大力发展冰雪旅游、体育旅游、乡村旅游、研学旅游等',
  },
  { words: ['食堂', '老年食堂', '老年餐'], to: ['助餐服务'], quote: '鼓励餐饮企业为老年人提供助餐服务' },
  {
    words: ['骑行', '骑车', '单车赛'],
    to: ['公路自行车赛'],
    quote: '提升太原国际马拉松、环太原国际公路自行车赛、尧城飞行大会等品牌赛事能级',
  },
  { words: ['比赛', '运动会'], to: ['赛事'], quote: '大力发展品牌体育赛事，支持举办群众性体育赛事' },
  { words: ['照顾', '护理'], to: ['照护'], quote: '推动失能失智和高龄老年人家庭成员照护培训纳入政府购买养老服务目录' },
  { words: ['在家'], to: ['居家'], quote: '为全省社区居家养老提供典型示范' },
  { words: ['家里', '家中'], to: ['家庭'], quote: '发展家庭养老床位' },
  {
    words: ['税', '交税', '纳税', '少交', '税费', '税收'],
    to: ['减税降费'],
    quote: '抓好减税降费、失业保险稳岗缓还、房租减免',
  },
  { words: ['收快递', '寄快递', '取快递'], to: ['寄递'], quote: '2022年底实现全省农村寄递物流服务全覆盖' },
  { words: ['开药', '拿药', '药'], to: ['长处方'], quote: '为符合条件的老年签约慢病患者一次性开具4-12周长处方' },
  { words: ['缩短', '缩减'], to: ['压减'], quote: '推动商品房建设周期由36个月压减至24个月' },
  // 家庭服务业 (the industry) is the official name of housekeeping (家政); 家庭服务 alone stays family services (家庭养老床位, 家庭医生)
  { words: ['家庭服务业'], to: ['家政服务', '家政'], quote: '推动家政服务提质扩容' },
  {
    words: ['旧房换新房', '旧房换新', '换房'],
    to: ['以小换大、以旧换新'],
    quote: '支持居民家庭以小换大、以旧换新，推动刚需住房向改善性住房迭代更新',
  },
  { words: ['收费站', '高速收费站'], to: ['收费站'], quote: '具备条件的收费站开通能源运输车辆专用通道' },
  {
    words: ['增速', '服务业增速', '增长目标', '增速目标'],
    to: ['增加值增速'],
    quote: '2022年，全省服务业增加值增速力争达到7.5%左右。',
  },
  {
    words: ['部门印发', '谁印发', '印发单位', '发文机关', '发文单位'],
    to: ['山西省人民政府办公厅'],
    quote: '山西省人民政府办公厅关于印发山西省推进服务业提质增效2022年行动计划的通知',
  },
  { words: ['铁路货运', '火车运货'], to: ['公转铁'], quote: '提升“公转铁”承接能力，积极开发公铁多式联运产品' },

  { words: ['无障碍', '适老'], to: ['适老化改造'], quote: '对5000户困难家庭实施适老化改造' },
  { words: ['便宜', '少收费', '不收费'], to: ['低收费', '免费'], quote: '持续推进体育场馆免费或低收费对外开放' },
  { words: ['老百姓', '市民', '群众'], to: ['群众性'], quote: '支持举办群众性体育赛事' },
  { words: ['开会', '会务'], to: ['会议'], quote: '政府采购住宿、会议、餐饮等服务项目时' },
  {
    words: ['搞活动', '团建'],
    to: ['工会活动', '会展活动'],
    quote: '将符合规定举办的工会活动、会展活动等的方案制定、组织协调等交由旅行社承接',
  },
  { words: ['十万元'], to: ['10万元'], quote: '一次性给予10万元奖励' },
  { words: ['百分之一', '百分之1'], to: ['1%'], quote: '逐步将平均担保费率降至1%以下' },
  { words: ['扶持政策', '帮扶'], to: ['支持'], quote: '支持本土餐饮领军品牌做大做强' },
  { words: ['过户', '上牌'], to: ['二手车交易登记'], quote: '推进二手车交易登记跨省通办' },
  { words: ['异地', '外省'], to: ['跨省'], quote: '推进二手车交易登记跨省通办' },
  { words: ['几周'], to: ['4-12周'], quote: '一次性开具4-12周长处方' },
  { words: ['卖不出去', '滞销', '销路'], to: ['产销对接'], quote: '强化长期稳定的产销对接机制' },
  { words: ['房子', '楼房', '新房'], to: ['商品房'], quote: '推动商品房建设周期由36个月压减至24个月' },
  { words: ['房子', '楼房'], to: ['住房'], quote: '推动刚需住房向改善性住房迭代更新' },
  { words: ['体育馆', '球馆', '健身馆'], to: ['体育场馆'], quote: '持续推进体育场馆免费或低收费对外开放' },
  // short forms of programmes
  { words: ['六稳六保'], to: ['六稳', '六保'], quote: '作为落实“六稳”“六保”工作的重要任务大力推进' },
  {
    words: ['一控二降三提升原则', '一控两降三提升'],
    to: ['一控二降三提升'],
    quote: '引导企业按照“一控二降三提升”原则',
  },
  { words: ['高企', '高新企业'], to: ['高新技术企业'], quote: '滚动实施高新技术企业“倍增计划”' },
];
