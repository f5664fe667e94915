/**
 * What customers of a bank card hotline talk about, and how they sound when they complain or
 * suggest. Chinese terms match as substrings (no word boundaries in Chinese); English
 * patterns are case-insensitive regular expressions with word boundaries. Extend the lists
 * here: the report groups by `id` and shows `label` (zh) and `labelEn`.
 */

export interface Topic {
  id: string;
  label: string;
  labelEn: string;
  zh: string[];
  en: RegExp[];
}

export const TOPICS: readonly Topic[] = [
  { id: 'bill', label: '账单', labelEn: 'Bill / statement', zh: ['账单', '对账单', '消费记录', '账单日'], en: [/\bbill(s|ing)?\b/i, /\bstatements?\b/i] },
  { id: 'limit', label: '额度', labelEn: 'Credit limit', zh: ['额度', '提额', '调额', '降额'], en: [/\b(credit )?limits?\b/i, /\bcredit line\b/i] },
  { id: 'installment', label: '分期', labelEn: 'Installments', zh: ['分期'], en: [/\binstal?lments?\b/i] },
  { id: 'annual_fee', label: '年费', labelEn: 'Annual fee', zh: ['年费'], en: [/\bannual fees?\b/i] },
  {
    id: 'fraud',
    label: '盗刷',
    labelEn: 'Fraud / unauthorised use',
    zh: ['盗刷', '被刷', '不是我刷', '不是我消费', '欺诈', '诈骗', '可疑交易'],
    en: [/\bfraud\w*/i, /\bunauthori[sz]ed\b/i, /\bscam\w*/i, /\bdid(n't| not) (make|buy|authori[sz]e)\b/i],
  },
  {
    id: 'lost_card',
    label: '挂失',
    labelEn: 'Lost or stolen card',
    zh: ['挂失', '丢了', '丢失', '补卡', '被偷', '卡不见'],
    en: [/\blost (my )?card\b/i, /\bstolen\b/i, /\breplacement card\b/i, /\bblock (my )?card\b/i],
  },
  {
    id: 'repayment',
    label: '还款',
    labelEn: 'Repayment',
    zh: ['还款', '还钱', '逾期', '最低还款', '催收'],
    en: [/\brepay(ment|ments|ing)?\b/i, /\bpayment due\b/i, /\boverdue\b/i, /\blate payment\b/i, /\bminimum payment\b/i],
  },
  {
    id: 'fees_interest',
    label: '利息与手续费',
    labelEn: 'Interest and fees',
    zh: ['利息', '手续费', '违约金', '滞纳金', '乱收费', '扣费'],
    en: [/\binterest\b/i, /(?<!annual )\bfees?\b/i, /\bcharged (me )?twice\b/i],
  },
  { id: 'points', label: '积分', labelEn: 'Points and rewards', zh: ['积分', '兑换', '礼品'], en: [/\bpoints\b/i, /\brewards?\b/i, /\bredeem\w*/i] },
  { id: 'activation', label: '开卡激活', labelEn: 'Card activation', zh: ['激活', '开卡'], en: [/\bactivat\w*/i] },
  { id: 'digital', label: '线上渠道', labelEn: 'App, website and SMS', zh: ['手机银行', '掌上生活', '网银', '短信', '验证码'], en: [/\bapp\b/i, /\bwebsite\b/i, /\bonline banking\b/i, /\btext message\b/i, /\bverification code\b/i] },
  {
    id: 'attitude',
    label: '服务态度',
    labelEn: 'Service attitude',
    zh: ['态度', '不耐烦', '敷衍', '不礼貌', '爱答不理', '推诿', '踢皮球'],
    en: [/\brude\b/i, /\bimpolite\b/i, /\battitude\b/i, /\bunprofessional\b/i, /\bimpatient\b/i],
  },
  {
    id: 'wait',
    label: '等待时间',
    labelEn: 'Waiting time',
    zh: ['等了', '等很久', '等半天', '排队', '打不通', '转人工', '等待', '占线', '太慢'],
    en: [/\bwait(ed|ing)?\b/i, /\bon hold\b/i, /\bhold time\b/i, /\btook (so|too) long\b/i, /\bqueue\b/i],
  },
];

/** Tagged turns that name no topic, in the turn or anywhere the customer spoke in the call. */
export const OTHER_TOPIC: Topic = { id: 'other', label: '其他', labelEn: 'Other', zh: [], en: [] };

export type VocSignal = 'complaint' | 'suggestion' | 'negative';

/** Phrases that make a customer turn a complaint or a suggestion whatever its sentiment. */
export const SIGNAL_PHRASES: Record<'complaint' | 'suggestion', { zh: string[]; en: RegExp[] }> = {
  complaint: {
    zh: ['投诉', '不满意', '不满', '太差', '差劲', '什么破', '搞什么', '凭什么', '气死', '坑人', '骗人', '失望', '受不了', '太过分', '有意见'],
    en: [/\bcomplain(t|ts|ed|ing)?\b/i, /\bunacceptable\b/i, /\bridiculous\b/i, /\bterrible\b/i, /\bnot happy\b/i, /\bunhappy\b/i, /\bfrustrat\w*/i, /\bdisappoint\w*/i, /\bworst\b/i],
  },
  suggestion: {
    zh: ['建议', '希望你们', '希望能', '你们应该', '最好能', '改进', '改善', '提个意见'],
    en: [/\bsuggest(s|ed|ion|ions)?\b/i, /\byou (guys )?should\b/i, /\bit would be (nice|better|great)\b/i, /\bi wish\b/i, /\bplease consider\b/i],
  },
};

/** True when `text` contains one of the Chinese terms or matches one of the English patterns. */
export function mentions(text: string, terms: { zh: readonly string[]; en: readonly RegExp[] }): boolean {
  return terms.zh.some((t) => text.includes(t)) || terms.en.some((re) => re.test(text));
}
