/**
 * Question and function words: they carry no weight in a query (开饭店能不能少交点税 is searched as
 * 饭店 … 税). No general Chinese stopword list fits: those lists drop words the plan uses as content
 * (发展, 支持, 服务, 工作, 企业…). This list holds only words that ask or connect, as people type them;
 * the engine strips them only where no longer word of the plan or of the concept table starts at the
 * same place (政府采购 stays, 政府 alone goes).
 */
export const STOPWORDS = new Set(
  // asking
  (
    '吗 呢 吧 啊 呀 么 嘛 哦 请问 请 问 问一下 想问 想知道 知道 ' +
    '能不能 能否 可不可以 可以 可否 能 会不会 会 有没有 有无 是否 是不是 是 ' +
    '什么 啥 哪些 哪个 哪里 哪儿 哪 怎么 怎么样 怎样 怎么办 如何 为什么 为啥 多少 多大 多久 几 ' +
    '有什么 有哪些 有啥 有 没有 没 没人 ' +
    // who
    '政府 国家 我 我们 我家 俺 咱 咱们 你 你们 他 他们 她 大家 自己 个人 ' +
    // wanting
    '想 要 想要 需要 希望 打算 准备 该 应该 应当 必须 得 ' +
    // connecting
    '的 地 了 着 过 和 与 及 或 或者 还是 跟 同 在 对 对于 关于 把 给 让 被 从 到 向 往 为 由 ' +
    '就 都 也 还 又 再 很 太 最 更 挺 真 一下 一点 些 一些 一个 个 这 那 这个 那个 这些 那些 ' +
    '呢 吗 现在 目前 今后 以后 可能 一般 能够 办 搞 弄 做'
  ).split(' '),
);

/** Longest stopword that starts at `pos` of `chars`, as a character count (0 if none). */
export function stopwordAt(chars: string[], pos: number): number {
  for (let len = Math.min(4, chars.length - pos); len >= 1; len--) {
    if (STOPWORDS.has(chars.slice(pos, pos + len).join(''))) return len;
  }
  return 0;
}

/**
 * Generic words: the plan uses them everywhere (政策, 优惠, 服务, 支持, 措施), so they say nothing of a query's
 * topic. They never make a full match alone, and a sentence whose only found words are generic still reports
 * its other words as missing (景区门票优惠政策 → 计划中没有提到“景区门票”).
 */
export const GENERIC = new Set(
  '政策 优惠 优惠政策 服务 支持 措施 办法 标准 规定 方面 相关 有关 工作 问题 情况 待遇 福利 单位 人员'.split(' '),
);
