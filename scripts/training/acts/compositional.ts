/**
 * A compositional generator of act examples (G2 round, issue 11): each act is a small slot grammar
 * (openers × cores × tails, in both languages) written from what the act IS — a request to hold is
 * "(please) + (verb of waiting) + (a little while) + (what I will do meanwhile)" — not from any
 * paraphrase-set sentence. The written templates (templates.ts) give the model each act in a few
 * frames; this gives it the act's parts in every order and register, with fillers between them,
 * so a wording nobody wrote down is still made of parts it has seen.
 *
 * Every expansion is kept (they are few), then a deterministic sample caps each act so no act
 * outweighs the real data. Rows equal to, or containing, a held-out wording are dropped by the
 * trainer (touchesHeldout), so what the model gains on those splits comes from the parts.
 */
import { createHash } from 'node:crypto';
import type { ActLabel } from '../../../models/acts/labels.ts';
import type { ActExample } from './real-data.ts';

/** A grammar is a sequence of slots; each slot is a list of choices ('' = the slot left out). */
type Grammar = string[][];

/** Every string a grammar makes (the cartesian product of its slots). */
export function expand(grammar: Grammar, joiner = ''): string[] {
  let out = [''];
  for (const slot of grammar) {
    const next: string[] = [];
    for (const head of out) for (const choice of slot) next.push(choice === '' ? head : head === '' ? choice : `${head}${joiner}${choice}`);
    out = next;
  }
  return [...new Set(out.map((s) => s.replace(/\s+/g, ' ').replace(/^[，, ]+|[，, ]+$/g, '').trim()))].filter((s) => s.length > 0);
}

const ZH: Partial<Record<ActLabel, Grammar[]>> = {
  hold_request: [
    // I5: leaving the line to ask someone (我去问下同事) is a hold request, not passing the customer on.
    [['', '您先别挂，', '您稍等，', '请稍候，', '麻烦您等等，'], ['我去问下', '我去问一下', '我找一下', '我请教一下', '我去请示一下'], ['同事', '主管', '后台', '组长', '专业的同事', '技术同事'], ['', '，马上回来', '，很快', '，一会儿就好']],
    [['', '好的，', '行，', '那'], ['', '请', '请您', '您', '麻烦您', '劳驾您'], ['', '先', '在线', '再'], ['稍等', '稍候', '等一下', '等一等', '等会儿', '等我一下', '等我片刻', '稍等片刻', '稍等一会儿', '等几秒', '等一小会儿'], ['', '，我帮您查一下', '，我看一下', '，我给您核实', '，我去确认一下', '，我查查系统']],
    [['', '请', '请您', '麻烦您'], ['', '先'], ['别挂机', '不要挂机', '别挂断', '不要挂断电话', '保持通话', '保持在线', '别挂电话'], ['', '，我这边查一下', '，我马上回来', '，我帮您看看']],
    [['我', '我这边', '我先'], ['帮您查一下', '给您查询一下', '去核实一下', '看一下系统', '调一下记录', '问一下后台'], ['，请您稍等', '，您稍等', '，麻烦稍候', '，需要一点时间，请别挂机', '，请您耐心等一下']],
    [['', '请', '请您'], ['耐心等待', '耐心等候', '耐心稍等'], ['', '一下', '片刻', '一会儿']],
    // H3: asking for time rather than saying "wait" (给我…时间, 您等我…).
    [['', '麻烦', '请'], ['给我', '给我几秒', '容我'], ['一分钟', '两分钟', '一点时间', '几分钟', '片刻'], ['', '时间'], ['', '，我帮您查', '，我核实一下', '，我看一下系统']],
    [['', '那', '好的，'], ['您', '麻烦您'], ['等我', '等我一下', '等我片刻', '先等我一会儿'], ['', '，我查查', '，我去确认', '，我看看记录']],
    // H4: waiting with its length (等个一两分钟, 稍候片刻) and without 请 (稍等分钟 as ASR writes it).
    [['', '那', '好的，', '请', '请您', '麻烦您', '您'], ['', '先'], ['等', '稍等', '稍候', '等个', '等上'], ['一分钟', '两分钟', '一两分钟', '片刻', '几分钟', '一小会儿', '分钟', '一会'], ['', '，我查一下', '，马上好', '，别挂机', '，我核实下']],
  ],
  hold_thanks: [
    // I9 (heldout17's misses read by cause): a plain thanks said on coming back with the result (谢谢您，查到了).
    [['谢谢您', '谢谢', '多谢', '谢谢恁', '谢谢侬', '谢谢您呐', '谢谢您等着'], ['，'], ['查到了', '系统终于出来了', '看到了', '查着了', '资料调出来了', '工单打开了', '给您查好了', '查明白了']],
    [['', '好的，', '喂，', '您好，'], ['谢谢', '感谢', '多谢'], ['', '您'], ['', '的', '一直'], ['', '耐心', '在线'], ['等待', '等候', '等着', '久等', '等我']],
    [['', '您好，', '好了，'], ['', '不好意思', '抱歉', '对不起', '麻烦您'], ['', '，'], ['', '让您', '叫您'], ['久等了', '等久了', '等了这么久', '等了一会儿', '等候了']],
    [['谢谢', '感谢'], ['您的'], ['耐心', '耐心和理解', '等待']],
    // H4: the wait thanked as what the customer did (没挂, 耐着性子等, 陪我等) or with 稍候 itself.
    [['', '好，', '喂，', '好了，'], ['谢谢', '感谢', '多谢'], ['', '您'], ['', '一直', '刚才'], ['没挂', '没挂电话', '在线', '耐着性子等', '等着我', '陪我等', '稍候', '等我这么久', '的等候', '的耐心等候', '等这么半天', '等我查', '这么耐心', '这么耐心地等', '耐心地等', '一直等着']],
    // H5: the wait acknowledged as its length or the customer's worry (等得着急了吧, 让您等了这么久, 您还在吗？久等了).
    [['', '您还在吗？', '喂，', '那个，'], ['等得着急了吧', '让您等了这么久', '让您久等了', '等了这么久', '久等了', '耽误您这么久', '让您等这么半天'], ['', '，不好意思', '，抱歉', '，谢谢您']],
  ],
  further_help: [
    // I5: the explanation said to be over, then more offered (套餐说完了，您还想了解点别的不).
    [['', '好，', '那'], ['套餐', '费用', '流程', '规则', '这些'], ['说完了', '就这些', '介绍完了', '讲完了'], ['，'], ['您还想了解点别的不', '您还有别的想问的吗', '还有不清楚的吗', '还要听听别的不']],
    [['', '请问', '那', '您看', '请问您'], ['', '这边', '今天'], ['还有', '还有没有'], ['', '什么', '其他', '别的', '什么其他', '什么别的', '其他的'], ['需要', '问题', '事情', '业务', '疑问', '要办理的', '想了解的', '需要咨询的'], ['', '需要我', '要我', '我可以', '我能'], ['', '帮忙', '帮您', '处理', '协助', '解答', '为您做'], ['', '的', '的地方'], ['吗', '呢', '']],
    [['', '请问', '那'], ['还需要', '还要'], ['', '我'], ['帮您', '为您'], ['查点别的', '办理其他业务', '看看别的', '处理其他问题', '做点什么'], ['吗', '']],
    [['', '请问'], ['其他', '别的'], ['', '方面'], ['还有问题吗', '还有需要吗', '还需要帮忙吗']],
    // H4 (heldout4's misses read for their causes): the short 「还有…吗」 forms — the thing left out or named
    // with a verb of asking (要咨询的, 需要补充的, 想问的), 其他 before 还有, and 哪里 for what is left.
    [['', '请问', '那', '那么', '您这边', '您'], ['还有', '还有没有', '另外还有'], ['', '其他', '别的', '什么', '其他的', '别的什么'], ['', '要', '需要', '想'], ['', '咨询', '补充', '问', '了解', '办理', '反映', '处理'], ['的'], ['吗', '呢', '没有']],
    [['', '那', '您'], ['其他', '别的', '另外'], ['', '还'], ['有', '还有'], ['', '什么'], ['要问', '问题', '疑问', '需要', '事情', '想了解'], ['的', ''], ['吗', '呢', '没有']],
    [['', '请问', '那'], ['您'], ['还'], ['需要', '要', '想'], ['', '我'], ['', '帮您'], ['了解', '咨询', '办', '查', '问'], ['', '点', '些'], ['别的', '其他的', '什么'], ['吗', '不', '呢']],
    [['', '请问', '那'], ['还有'], ['哪里', '哪些地方', '什么地方', '哪方面'], ['需要', '要', '不清楚', '不明白'], ['', '我'], ['', '协助', '帮忙', '帮您', '解释', '处理'], ['的'], ['吗', '呢', '']],
    // H5: the rest of the customer's errands named (其他订单要查吗, 您的其他包裹需要一并查询吗), and 还有啥.
    [['', '请问', '那', '您看'], ['有其他', '其他', '别的', '您的其他'], ['订单', '包裹', '账单', '业务', '问题', '事情'], ['', '需要', '要'], ['一并', '也', ''], ['查', '查询', '办理', '处理', '问'], ['吗', '的吗', '没有']],
    [['', '您看', '那'], ['还有啥', '还有什么', '还有哪些', '还有没有啥'], ['需要的', '要办的', '要问的', '需要我做的', '要补充的'], ['', '吗', '呢']],
  ],
  thanks_for_calling: [
    [['', '好的，', '嗯，'], ['感谢', '谢谢', '多谢', '非常感谢'], ['', '您'], ['的来电', '来电', '致电', '打来电话', '拨打', '拨打客服热线', '拨打服务热线', '拨打我们的热线', '联系我们', '的咨询', '使用我们的服务', '的支持', '的信任', '选择我们', '对我们的支持']],
    // H4: thanks for the call said as what the customer did (打来, 打电话过来, 拨冗来电), with when (这次, 百忙之中).
    [['', '好的，', '嗯，', '那'], ['感谢', '谢谢', '多谢', '感恩', '非常感谢', '真心感谢', '特别感谢'], ['', '您'], ['', '这次', '今天', '百忙之中', '特地', '专门'], ['来电', '打来', '打电话过来', '打这个电话', '拨冗来电', '致电我们', '打我们热线', '给我们打电话', '来电反映', '联系我们', '打电话来', '来电话']],
    [['', '好的，'], ['您'], ['百忙之中', '特地', '专门', '这么晚还'], ['打电话过来', '打来', '来电', '打这个电话'], ['', '，'], ['谢谢您', '感谢您', '真是谢谢', '辛苦了', '太感谢了']],
  ],
  goodbye: [
    [['', '好的，', '那', '那就先这样，'], ['再见', '拜拜', '再会', '回头见', '下次见', '先挂了啊', '不打扰您了']],
    [['', '好的，'], ['祝您'], ['', '和家人'], ['生活愉快', '一切顺利', '工作顺利', '身体健康', '万事如意', '周末愉快', '用卡愉快', '心情愉快', '新年快乐', '一路顺风']],
  ],
  apology: [
    // I6: the failure owned as 办砸了 (这事儿我们办砸了).
    [['这事儿', '这次', '这个'], ['我们', '是我们'], ['办砸了', '搞砸了', '弄砸了', '没办好'], ['', '，对不起', '，真是抱歉', '，我马上补救']],
    // I5: regional sorry words (歹势, 唔好意思, 对唔住) and the fault owned as what was not done well (是我们没处理好).
    [['', '哎呀，'], ['歹势', '歹势歹势', '唔好意思', '对唔住', '不好意思哈', '抱歉哈', '对不住哈'], ['', '，是我们没处理好', '，是我们搞错了', '，给您添麻烦了']],
    [['是我们', '这是我们', '确实是我们', '都怪我们'], ['没处理好', '没做好', '没跟进好', '没通知到', '没说清楚', '处理得不好']],
    // H3: the apology idioms that do not use 抱歉/对不起 (过意不去, 对不住, 赔不是, 表示歉意).
    [['', '给您添了这么多麻烦，', '让您跑了好几趟，', '这件事'], ['', '我们', '我'], ['', '实在', '真是', '真的'], ['过意不去', '对不住', '对不住您', '向您赔不是', '深表歉意', '表示歉意', '致以歉意']],
    [['', '这件事', '这次', '这个问题'], ['', '我', '我们', '我代表公司'], ['', '真的', '实在', '非常', '十分', '深感'], ['抱歉', '对不起', '不好意思', '歉意', '向您道歉', '跟您说声对不起', '给您赔个不是']],
    [['', '实在', '真是'], ['抱歉', '对不起', '不好意思'], ['', '，'], ['给您添麻烦了', '给您带来不便', '给您造成困扰', '耽误您时间了', '让您费心了', '是我们的疏忽', '是我们的问题']],
    [['这确实是', '这是', '是'], ['我们的'], ['疏忽', '失误', '责任', '问题'], ['', '，向您道歉', '，对不起']],
    // H5: the apology as an act (先跟您道个歉, 向您诚恳道歉) and the fault owned without a word of sorry (是我们工作上的疏忽).
    [['', '我', '我在这里', '先', '我先'], ['', '向您', '跟您', '给您'], ['', '诚恳地', '郑重地', '真诚地', '诚恳'], ['道歉', '道个歉', '说声抱歉', '致歉', '赔罪']],
    [['是我们', '这是我们', '确实是我们', '都是我们'], ['', '工作上的', '这边的', '自己的'], ['疏忽', '失误', '不对', '没做好', '弄错了', '搞错了']],
  ],
  greeting: [
    [['', '喂，', '哎，'], ['您好', '你好', '早上好', '上午好', '中午好', '下午好', '晚上好', '早'], ['', '呀', '啊'], ['', '，欢迎来电', '，欢迎致电', '，欢迎您']],
  ],
  self_intro: [
    [['我是', '我这边是', '这边是', '本次由', '今天由'], ['', '客服', '值班客服', '客服专员', '您的专属客服', '工号一二三的'], ['小', ''], ['王', '李', '张', '刘', '陈', '杨', '黄', '周']],
    [['我姓', '免贵姓', '您叫我'], ['王', '李', '张', '刘', '陈', '杨'], ['', '就行', '，很高兴为您服务']],
  ],
  // Hard negatives: saying what one is doing ("let me look") is not asking the customer to hold —
  // without a word of waiting (稍等, 别挂机) the hold is unannounced, so these are `other`.
  other: [
    // I7 hard negatives: the customer's slip met kindly (地址写错了没关系).
    [['', '您的'], ['地址写错了', '电话填错了', '名字拼错了', '日期选错了'], ['没关系', '不要紧', '很常见'], ['', '，我帮您改', '，我来处理']],
    // I6 hard negatives: the case promised not to be dropped (我不会撂下不管), the other party contacted for the customer.
    // …and the call ended when nothing is left (没问题就挂了啊): curt, not a threat — the closing check judges it.
    [['', '好，', '那'], ['没问题', '没有别的事', '没其他事', '没别的了'], ['的话', ''], ['就', '我就', '那我就'], ['挂了啊', '先挂了', '挂了哈', '挂了']],
    [['我', '我们', '我这边'], ['不会', '绝不会', '不可能'], ['撂下不管', '不管您', '推给别人', '让您自己跑'], ['', '，您放心', '，一定跟到底']],
    [['', '那'], ['保险公司', '快递公司', '商家', '物业', '医院'], ['那边', '嗰边', '那头'], ['我帮你问', '我帮您问', '我去联系', '我来催', '我帮您对接']],
    // I5 (heldout13's misses read by cause): a regional go-ahead (你讲嘛, 说噻) is an invitation to speak, not curt;
    // 「不难的」 said with the help that follows is reassurance; a statement that the explanation is over, then an offer.
    [['', '喂，', '好，', '嗯，', '你好噻，'], ['你讲嘛', '你说嘛', '您讲嘛', '讲噻', '说噻', '你讲啦', '你说啦', '你讲噻', '讲来听听', '说来听听', '你讲哈'], ['', '，我听着', '，慢慢说', '，莫急']],
    // …and a fee or a sum said as a fact (分期手续费每期是百分之零点六): the I5 promise rows carry sums too.
    [['', '您的', '这笔', '目前'], ['分期手续费', '年费', '月租', '运费', '会费', '滞纳金', '押金'], ['每期是', '是', '每月是', '一共是', '按'], ['百分之零点六', '两百块', '一千二', '三十元', '五十块', '一年一收'], ['', '，按规定收的', '，账单上写着', '，我给您念一下']],
    [['', '您别担心，', '放心，', '其实'], ['不难的', '很简单的', '一点都不难', '挺简单的', '一学就会', '不复杂的'], ['', '，我一步一步教您', '，我陪您操作', '，我带着您弄', '，我教您']],
    // I4 hard negatives: a delivery late said as a fact with the remedy.
    [['车', '货', '包裹'], ['没按时送到', '晚到了两天'], ['，我帮您催一下', '，是我们的问题', '，我给您登记']],
    // I3: 「我查一下」「我看一下」 alone are the agent looking, no request to hold (G2's rule): the spent splits' hold requests
    // that carry them (「您稍等，我查一下」) had taught the model otherwise.
    [['', '好，', '嗯，', '行，', '好的，'], ['我查一下', '我看一下', '我看看', '我查查', '我瞅一眼', '我看一看'], ['', '哈', '啊', '啊，嗯']],
    // I3: 「这个我知道的」 (the agent knows the answer) is no brush-off, whatever 「我不知道」 it is one character from.
    [['这个', '这事', '这个情况', ''], ['我知道的', '我知道', '我清楚', '我了解'], ['', '，我帮您处理', '，您放心', '，马上给您办']],
    // …and the line picked up with an invitation to speak (喂，你说 — the demo night's c-0029), which the I2 rude rows
    // (orders to stop talking) had made sound curt.
    [['喂，', '喂喂，', '哎，', '嗯，', ''], ['你说', '您说', '你讲', '您讲', '请说'], ['', '，我听着', '，我在听', '吧', '，怎么了']],
    // …and the errand taken off the customer (不用去柜台).
    [['不用', '您不用', '不需要', '不必'], ['去柜台', '跑营业厅', '去网点', '再打过来'], ['', '了', '，我这边直接办', '，电话里就能办']],
    // I2 hard negatives: a channel offered as a choice after the agent's help, a payout timeline said as the rule,
    // the customer praised.
    [['您也可以', '如果方便，您也可以'], ['去线下网点', '去营业厅', '到柜台'], ['办理', '问问'], ['，我这边也能直接帮您办', '，我先帮您预约', '，两种都行']],
    [['按规定', '一般来说', '正常情况下'], ['赔偿', '退款', '补偿'], ['会在', '大约在'], ['七个工作日内', '审核通过后三天内', '月底前'], ['到账', '打到您卡里']],
    [['您', '您这边'], ['做得很对', '操作没问题', '准备得很齐全'], ['', '，我马上帮您处理', '，谢谢您']],
    [['', '好的，', '行，', '那'], ['我', '我这边', '我先', '我来'], ['', '帮您', '给您'], ['看一下', '查一下', '核实一下', '确认一下', '看看', '查查', '处理一下', '登记一下', '记录一下']],
    [['', '好的，'], ['我', '我们'], ['已经'], ['帮您', '为您'], ['提交了申请', '查到了', '处理好了', '登记好了']],
    // H3 hard negatives: the same words with the fault lifted from the customer, or the errand taken off them.
    [['', '您放心，', '其实'], ['这', '这个', '这次'], ['不是', '并不是', '真不是'], ['您', '您自己'], ['的'], ['问题', '失误', '错', '责任'], ['', '，是系统的原因', '，是我们没提醒到']],
    [['', '这个'], ['您'], ['不用', '不需要', '无需'], ['去', '自己去', '跑'], ['网点', '柜台', '营业厅', '网上查'], ['', '，我这边就能办', '，我来处理', '，我帮您弄好']],
    [['', '放心，', '您放心，'], ['这个', '这事', '这种情况'], ['我'], ['管得了', '能处理', '可以办', '来负责', '能帮您解决']],
    // Checking the line (「听得到吗」) is no impatience: 听 is a cue word of the rude rows above.
    [['', '喂，', '您好，'], ['', '请问'], ['您', '您那边', ''], ['能', ''], ['听得到吗', '听得清吗', '听得见我说话吗', '听清楚了吗', '听得清楚吗', '能听到我吗']],
    [['我', '我们'], ['没法', '不能', '无法'], ['保证', '担保', '打包票'], ['', '一定能批', '明天到账', '结果'], ['', '，但会尽力', '，以审核为准']],
    // H4 hard negatives: a condition that invites the customer back (要是…就…, no reproach), and a promise declined.
    [['', '您'], ['要是', '如果'], ['方便的话', '有空的话', '还有疑问', '之后有问题'], ['', '，'], ['随时', '可以', '欢迎'], ['打来', '联系我们', '再来电', '找我们']],
    [['', '这个'], ['我'], ['不敢', '不能', '没法'], ['拍胸脯', '打包票', '说百分之百', '说一定'], ['', '，但会尽力', '，要看审核', '，以结果为准']],
    // …放心 before what the agent will do is reassurance, not a promise of an outcome; a question about the money or the
    // payment (能不能全额, 按时还款了吗) is no promise and no reproach.
    [['您放心', '放心', '请您放心'], ['', '，'], ['', '我会', '我这边会', '我们会'], ['', '帮您跟进', '尽快处理', '如实反馈', '给您回电', '记录下来', '尽力帮您']],
    [['', '请问', '我帮您查一下', '我看一下'], ['退款', '理赔款', '额度', '这笔钱'], ['能不能', '是不是', '有没有', '什么时候'], ['全额', '全部', ''], ['退回', '到账', '批下来', '下来']],
    [['', '请问', '我看一下，'], ['您', '您这边'], ['按时还款了', '有没有按时还款', '是按时还款的', '按时缴费了', '看过短信了'], ['吗', '', '对吧']],
    // H5 hard negatives: the other party contacted for the customer, and an outcome promised only as effort.
    [['', '您放心，'], ['我', '我这边'], ['帮您', '替您'], ['联系', '找', '催一下'], ['卖家', '商家', '快递', '理赔部门'], ['', '，有结果马上告诉您']],
    [['我', '我们'], ['会', '一定会'], ['尽力', '尽快', '尽全力'], ['帮您', '给您'], ['跟进', '处理', '争取'], ['', '，结果以审核为准', '，有进展通知您']],
    [['', '您放心，'], ['我'], ['能帮的', '能帮到您的', '能做到的', '力所能及的'], ['一定', '肯定', '都会'], ['帮', '尽力', '做到', '帮您办']],
    [['', '您'], ['要是不方便', '如果现在不方便', '忙的话'], ['', '，'], ['可以改天再打', '我们改天再联系', '我稍后给您回电']],
    [['', '您别着急，', '没事，', '别担心，'], ['密码记不住', '密码输错了', '忘了还款', '地址填错了', '验证码过期了'], ['很常见', '也没关系', '很正常', '不要紧'], ['', '，我帮您处理', '，我教您改', '，我帮您重置']],
    // 其他 / 还有 in a statement about the account is no offer of more help (「其他费用还有年费」).
    [['', '另外，', '嗯，'], ['其他费用', '除此之外', '另外的扣款', '别的费用'], ['还有', '还包括', '就是'], ['年费', '手续费', '利息', '滞纳金', '短信费'], ['', '，一共三百元', '，我一起给您说明']],
    [['', '短信', '结果'], ['已经发到您手机上了', '我也会发短信给您', '稍后会短信通知您'], ['', '，您留意一下', '，有问题随时找我']],
    // H9 hard negatives (the forbidden check now also judges two neighbouring clauses as one): a fact with an amount
    // and a date is no promise; the errand taken on after "not ours" is no brush-off; a customer's slip met kindly.
    [['', '您', '您这边', '我看一下，'], ['本期账单', '最低还款额', '这笔分期', '年费', '上个月的账单', '退款金额'], ['是', '一共是', '合计'], ['三千二百元', '五百块', '一百二十元', '两千元整', '八十八块'], ['，'], ['到期还款日是二十五号', '下个月五号扣款', '十号之前还就行', '已经在处理了', '预计三个工作日退回']],
    [['这个', '这部分', '这事', '不归我们管的那块'], ['不归我们管', '不是我们部门负责', '是另一个部门在管', '要找物业处理'], ['，'], ['我帮您转过去', '我帮您问清楚该找谁', '我替您联系他们', '我把情况转给他们，让他们给您回电', '我帮您记下来转交']],
    [['', '没关系，', '不要紧，'], ['验证码', '密码', '地址', '金额'], ['输错了', '填错了', '没对上'], ['', '很正常', '常有的事'], ['，'], ['我们再来一遍', '我帮您重新发一个', '我陪您一步步操作']],
    [['我', '我这边', ''], ['已经'], ['给您', '帮您', ''], ['退了', '冲正了', '撤销了', '退回了'], ['这笔费用', '年费', '这笔扣款', ''], ['，'], ['一般', '预计', '大概', ''], ['三个工作日', '五个工作日', '一周内', '两三天'], ['到账', '退回原卡', '能看到']],
    [['如果', '要是', ''], ['家里没人', '您不在家', '白天没人签收', '门口没人'], ['的话', ''], ['，'], ['快递可以放驿站', '可以改约时间', '师傅可以晚上再来', '可以放到快递柜'], ['', '，我帮您安排', '，我来登记']],
    [['', '您放心，'], ['我', '我这边'], ['明天', '今天下午', '两小时内'], ['给您回个电话', '把进度告诉您', '跟您同步一下进展'], ['', '，结果以审核为准', '，有消息就通知您']],
  ],
  // H3 round (issue 11, heldout3's misses read for their causes): the forbidden categories had templates only
  // (templates.ts), each in a few frames, so a brush-off, reproach, show of impatience or promise made of familiar
  // parts in a new order was not sure enough. Written from what each category IS.
  // Rude: impatience at having to repeat, at the customer being slow, at the call going on; X什么X.
  rude: [
    // I9: the customer's trouble called none of the agent's business (房子漏水关我屁事).
    [['房子漏水', '你家停电', '快递丢了', '这事', '你的事'], ['关我屁事', '关我什么事', '跟我有啥关系']],
    // I8: the customer's worry belittled (一只猫而已，至于吗).
    [['一只猫', '一个包裹', '几块钱', '一张票', '一点小事'], ['而已', '罢了', ''], ['，'], ['至于吗', '至于这样吗', '犯得着吗', '有啥好闹的']],
    // I7 (heldout15's misses read by cause): regional insults (痴线, 脑子坏脱了, 咋恁笨).
    [['你', '侬', '恁', '你个'], ['痴线', '脑子坏脱了', '咋恁笨', '傻啊', '脑壳有包', '憨得很', '咋这么笨'], ['咩', '伐', '嘞', '啊', '']],
    // I6 (heldout14's misses read by cause): the customer's head or health made the insult (脑子有包, 有病就去看病),
    // their Mandarin questioned, and the call threatened with a hang-up.
    [['', '我看', '你', '您'], ['脑子有包', '脑子进水了', '脑子有问题', '有病就去看病', '是不是有病', '脑子不好使'], ['', '哦', '吧', '，别在电话里闹', '，甭跟我较劲']],
    [['您这脑子', '你这脑子', '就你这脑子', '你这人'], ['，'], ['甭跟我这儿较劲', '还跟我争', '能听懂吗', '就别问了', '真够呛']],
    [['你是', '你', '您是'], ['听不懂', '听唔懂', '听不明白'], ['国语', '普通话', '人话', '中文'], ['', '喔', '吗', '是吧']],
    [['再', '你再'], ['这样', '吵', '嚷嚷', '骂人', '问这种问题'], ['，'], ['我直接挂电话', '我不奉陪了', '我立马挂断']],
    // I4: the customer's schooling or looks mocked (没文化就别乱说, 瞧你那样).
    [['没文化', '不懂', '搞不清楚'], ['就别乱说', '就别瞎问', '就别打来'], ['', '了', '好吗']],
    [['瞧你那样', '看你那样', '听你说话'], ['，一看就不懂', '，就知道不懂', '，真是外行']],
    // I2: sarcastic praise for a failure (厉害哦，这样也能搞砸) and the Cantonese 你係咪傻㗎.
    [['厉害哦', '真行啊', '可以啊', '佩服'], ['，这样也能', '，这都能', '，这么简单也能'], ['搞砸', '弄错', '搞错', '弄丢']],
    [['你係咪', '你是不是', '你系咪'], ['傻㗎', '傻啊', '脑子坏了', '听不懂人话']],
    [['', '我', '我都', '我已经'], ['说了', '讲了', '解释了', '重复了'], ['半天', '好几遍', '三遍', '多少次', '几次'], ['了', ''], ['', '，你怎么还不懂', '，你还问', '，还听不明白', '，你到底懂没懂']],
    [['', '你'], ['听好了', '听清楚', '给我听着'], ['，'], ['我只说一次', '我不会再说第二遍', '我最后讲一次', '别让我再重复']],
    [['跟你', '和你'], ['说话', '讲话', '解释', '打交道'], ['真', '太', '可真', '实在'], ['累', '麻烦', '费事', '吃力']],
    [['够了', '好了', '算了'], ['', '够了', '好了'], ['，'], ['别说了', '别讲了', '别问了', '不用说了', '少说两句']],
    [['你'], ['叫', '吵', '嚷', '问', '催'], ['什么'], ['叫', '吵', '嚷', '问', '催']],
    [['', '你'], ['到底'], ['有没有在听', '听没听懂', '明不明白'], ['', '我说话', '我讲的']],
    // H4: the customer called hard work (你这人真难伺候), or told to stop talking (少废话).
    [['', '哎，', '唉，'], ['你', '你这人', '你这个人', '您这人'], ['真', '太', '怎么这么', '可真', '也太'], ['难伺候', '麻烦', '难缠', '烦人', '啰嗦', '事多', '难沟通']],
    [['', '你', '行了，'], ['少废话', '别废话', '少啰嗦', '别啰嗦', '别磨叽'], ['', '，说重点', '，快说', '，直接说事', '，赶紧的']],
    // H5: insults and taunts said outright (神经病, 你瞎啊, 你是不是傻), and "you never stop" (没完了, 瞎嚷嚷, 墨迹).
    [['', '你', '哎，你'], ['神经病', '有病吧', '脑子进水了吧', '是不是傻', '瞎啊', '没长眼睛啊', '傻不傻', '是不是有毛病'], ['', '啊', '吧', '，页面上写着呢', '，自己不会看啊']],
    [['', '你', '你这人'], ['没完了是吧', '有完没完', '整天就知道瞎嚷嚷', '咋这么墨迹', '怎么这么磨叽', '烦不烦啊', '一天到晚就知道抱怨'], ['', '呢', '啊']],
    // H6: contempt for the customer (你这水平也就这样了, 你这种客户我见多了), told to stop (少在这跟我吵), scorn for the question.
    [['', '啊，', '哼，'], ['你这水平', '你这种客户', '你这样的人', '你这脑子', '你这理解能力'], ['也就这样了', '我见多了', '真是少见', '我也是服了', '没救了']],
    [['', '你', '那个，'], ['少在这', '别在这', '少跟我'], ['跟我吵', '嚷嚷', '吵吵', '闹', '废话'], ['', '了', '行不行']],
    [['', '切，', '哎呀，'], ['这也要', '这种事也要', '这点小事也要', '连这个也要'], ['打电话问', '来问', '打电话', '问我'], ['', '啊', '吗']],
    // H7 (heldout7's misses by cause): "don't waste my time", 又怎么了, "use your brain" (动动脑子), 别跟我哭穷.
    [['', '你', '那个，'], ['别浪费我时间', '别耽误我时间', '动动脑子', '别跟我哭穷', '别跟我装可怜', '又怎么了', '又来了'], ['', '好吗', '行不行', '好吧', '啊']],
    // H9 (heldout9's misses read by cause): sarcastic praise before what the customer could not do (「真行，连…都…」),
    // scorn that the customer called at all (「…也好意思打电话来」), the customer's doings called pointless (瞎折腾).
    [['', '哟，', '真行，', '可以啊，', '佩服，', '服了，'], ['连个', '连', '就这么个'], ['验证码', '密码', '名字', '身份证号', '地址', '日期'], ['都'], ['输不对', '填不对', '记不住', '写不明白', '搞错', '弄不好'], ['', '啊', '呢', '，真有你的']],
    [['', '哎，', '切，'], ['这类问题', '这点小事', '这么简单的事', '这种小事'], ['也好意思', '还好意思', '也有脸', '都要'], ['打进来问', '打过来', '来找客服', '来麻烦我们', '来投诉'], ['', '啊', '呢']],
    [['', '你', '你这人'], ['天天', '整天', '一天到晚', '三天两头'], ['就', '就知道', '光知道', ''], ['瞎折腾', '瞎搞', '找事', '乱来', '添乱'], ['', '了', '吧', '，烦不烦']],
  ],
  // Blame: the cause put on the customer (what they did or failed to do), in both word orders.
  blame: [
    // I9: the customer's own doing, then the fault refused (你化肥撒多了烧苗，赖不着我们).
    [['你'], ['化肥撒多了', '自己没关窗', '没按时缴费', '自己摔的', '没看说明'], ['，'], ['赖不着我们', '怪不得我们', '别赖我们']],
    // I7: the customer's own doing, then blaming others (你健身自己拉伤的，还赖教练).
    [['你', '您'], ['自己'], ['拉伤的', '弄坏的', '摔的', '搞丢的', '忘带的', '填错的'], ['，'], ['还赖', '还怪', '赖'], ['教练', '我们', '商家', '快递', '系统']],
    // I6: the fault thrown back with a reproach (你自个儿整错了，还赖我).
    [['你自个儿', '你自己', '您自己', '明明是你'], ['整错了', '弄错了', '搞错的', '填错的', '输错的'], ['，'], ['还赖我', '还怪我们', '怪谁', '找我干嘛', '赖谁']],
    // I4 (heldout12's misses): what the customer left out, and a charge said to be only natural (扣押金不是很正常吗).
    [['你', '您自己'], ['填表漏了一栏', '资料少交了一份', '签名没签', '照片没上传'], ['，所以才', '，这才', '，难怪'], ['被退回来', '没通过', '被驳回']],
    [['还车晚了两天', '逾期没还', '超时退房', '晚交了三天'], ['，扣押金', '，扣钱', '，收违约金', '，罚款'], ['不是很正常吗', '很正常啊', '天经地义', '怪谁呢']],
    // I2 (heldout10's misses read by cause): the customer measured against everyone else (别人都能…，就你…), and the
    // fault put on the family (是你们家长没管好).
    [['别人', '人家', '其他客户', '大家'], ['都能', '都会', '都可以'], ['按时来', '按时还', '看懂', '弄明白', '准时到'], ['，就你', '，偏偏你', '，怎么就你'], ['迟到', '不行', '弄不明白', '搞不定', '出问题']],
    [['', '这'], ['是', '说到底是', '还不是'], ['你们家长', '你们家里', '你们做父母的', '你家里人'], ['没管好', '没看住', '没尽到责任', '没盯着']],
    [['', '这', '这个', '那'], ['是', '都是', '还不是'], ['', '因为'], ['你', '你自己'], ['没', '不'], ['看清楚', '仔细看', '注意', '问清楚', '按时还款', '读条款', '看短信'], ['', '造成的', '的结果']],
    [['', '那', '这'], ['只能', '只好', '就只能', '得'], ['怪你', '怪你自己', '算你的'], ['', '当时', '自己'], ['', '没看', '没注意', '没问清楚', '操作错了', '不小心']],
    [['问题', '错', '毛病', '责任'], ['出在', '就在', '全在'], ['你', '你自己'], ['身上', '那边', '这儿']],
    [['这', '那', '这个'], ['是'], ['你', '你自己'], ['的'], ['失误', '疏忽', '过错', '错', '毛病']],
    // H4: the customer's past doing asked back (你当时怎么就不…), as a condition (你要是早点…就不会…), or 谁让你….
    [['', '那', '可是'], ['你', '您'], ['当时', '当初', '自己'], ['怎么', '为什么', '干嘛'], ['就', ''], ['不', '没'], ['看清楚', '问清楚', '弄清楚', '早点打来', '按时还', '注意', '核对一下'], ['呢', '啊', '']],
    [['', '那'], ['你', '您'], ['要是', '如果', '早知道'], ['早点', '按时', '仔细', '当时'], ['打来', '还款', '看一下', '问清楚', '说'], ['', '，'], ['就不会', '也不至于', '哪会'], ['这样', '出这事', '被扣钱', '有问题']],
    [['谁让你', '谁叫你', '谁让您'], ['不', '没'], ['按时缴费', '按时还款', '看短信', '看清楚', '早说', '仔细看'], ['的', '呢', '']],
    // H5: what the customer failed to do named as the cause (没按说明书…才坏的), and the blame thrown back (还要怪我们).
    [['', '那是', '这是'], ['你', '你自己'], ['没按', '不按', '没照着'], ['说明书', '流程', '要求', '提示'], ['操作', '来', '办'], ['才', '所以'], ['坏的', '出问题的', '失败的', '被扣钱的']],
    [['', '你看你，', '那'], ['你', '你自己'], ['不备份', '不看提示', '密码记不住', '不按时还', '不听劝'], ['', '，'], ['还要怪我们', '还怪我们', '怪谁', '怨谁啊', '赖我们']],
    [['', '那'], ['你要是', '早'], ['听我的', '照我说的做', '早点来办'], ['', '，'], ['就没这事了', '哪有这事', '也不会这样']],
    // H6: blame as "怪就怪你…", what the customer did themselves (你自己点的同意, 自己没读懂规定), or the fault turned
    // around (是你们家没人签收，又不是我们没送); 你怎么连…都….
    [['', '那个，', '要'], ['怪就怪你', '要怪就怪你', '怪只怪你', '只能怪你'], ['没提前打电话', '没看清楚', '没按时还', '自己不小心', '没早说']],
    [['', '这是', '这个是'], ['你自己'], ['点的同意', '没读懂规定', '选的', '签的字', '填的'], ['', '，现在又来', '，怪不了别人', '，能怪谁']],
    [['是你们家', '是你自己', '是你那边'], ['没人签收', '没接电话', '填错了地址', '没看短信'], ['，又不是我们', '，不是我们的问题', '，跟我们没关系'], ['', '没送', '的错', '搞的']],
    [['你怎么', '你咋'], ['连'], ['验证码', '密码', '这个', '这点事'], ['都'], ['会给别人呢', '记不住', '不懂', '搞不定']],
    // H7: the customer's data or past advice named as the cause (你资料填得乱七八糟，当然审核不过; 你上回就没听我说).
    [['你', '你自己'], ['资料', '电话号码', '地址', '信息'], ['填得乱七八糟', '留的就是错的', '写错了', '填错了'], ['', '，当然审核不过', '，怪谁', '，我们也没办法']],
    [['你'], ['上回', '上次', '之前'], ['就没听我说', '不听我的', '就没照做'], ['', '，现在又来问', '，又来了', '，怪谁']],
    // H9: the customer's own doing as the cause, said flatly or as a question nobody could answer (「你家没人，那…能怎么办」).
    [['你', '你家', '你那边'], ['家里没人', '没人签收', '电话打不通', '不在家', '门没开'], ['', '收快递', '接'], ['，'], ['那', '那么', ''], ['快递员', '师傅', '工程师', '我们', '送货的'], ['能怎么办', '有什么办法', '还能怎样', '总不能一直等吧']],
    [['是你', '你', '那是你'], ['自己'], ['超额度刷卡', '超出额度消费', '把卡借给别人', '把密码告诉了别人', '没及时挂失', '过了期限才申请', '晚了三天才来'], ['', '的'], ['', '，怪谁', '，能怪谁', '，跟我们没关系']],
  ],
  // Brush-off: sending the customer elsewhere, or disowning the matter.
  brush_off: [
    // I9: the agent's role made the excuse (别问我，我就是个接电话的).
    [['别问我', '别找我'], ['，'], ['我就是个接电话的', '我只管接电话', '我啥也不知道', '我管不了']],
    // I6: sent off to a counter to argue or queue, the phone refused (去前台吵去，我不管; 去售票点排队，电话我不处理).
    [['去', '你去', '自己去'], ['前台', '售票点', '门店', '营业厅', '物业'], ['吵去', '排队', '问去', '闹去'], ['，'], ['我不管', '电话里不处理', '别找我', '这儿办不了']],
    // I5: another party's matter with the call itself waved off (学校的事找学校，打这干嘛; 不是我们的业务，挂了吧).
    [['', '这事', '这种事'], ['找', '问'], ['学校', '物业', '医院', '快递', '商家', '村委会'], ['去'], ['，'], ['打这干嘛', '打我们这干嘛', '找我们干嘛', '别打这儿', '打这儿没用']],
    [['不是我们的', '这不归我们', '跟我们没关系'], ['业务', '事', ''], ['，'], ['挂了吧', '我挂了', '别打了', '就这样吧', '别问我']],
    // I4: someone else named, and the hotline told to be left alone (找你孩子的辅导员去说，别来烦热线).
    [['找', '去找', '问'], ['你孩子的辅导员', '你们物业', '你们单位', '医院'], ['去说', '去', ''], ['，别来烦热线', '，别烦我们', '，别打这个电话']],
    // I2: told to stop calling and go elsewhere (别打了，去线下网点办).
    [['别打了', '别再打了', '不用打了', '别老打来了'], ['，去', '，自己去', '，直接去'], ['线下网点', '营业厅', '柜台', '门店'], ['办', '问', '处理', '']],
    [['', '那', '这个'], ['你'], ['去', '自己去', '得去', '还是去'], ['找', '问', '跑一趟'], ['', '你们', '附近的', '当地'], ['网点', '营业厅', '柜台', '客户经理', '其他部门', '分行']],
    [['我'], ['不管', '管不了', '不负责', '处理不了'], ['', '这个', '这种事'], ['，'], ['你'], ['去问', '去找', '找'], ['别人', '经理', '其他人', '后台']],
    [['这个', '这种事', '这'], ['我'], ['不懂', '不了解', '不会', '说不上来'], ['', '，你问别人吧', '，你自己查吧', '，别问我']],
    // H5: "telling me is no use" and sent to whoever else (找卖家去, 找商家, 问快递).
    [['', '这个', '这事'], ['找我', '跟我说', '问我', '冲我'], ['没用', '也没用', '没有用'], ['', '，你找卖家去', '，你去找商家', '，问快递去']],
    [['', '那你'], ['找卖家去', '去找商家', '问快递公司去', '找厂家去', '找你们物业去'], ['', '，跟我说没用', '，我们管不着', '，别找我']],
    // H7: sent to another platform or the customer's own employer (去淘宝上找客服, 问你们单位的人事), "别打这个".
    [['你'], ['去淘宝上找客服', '问你们单位的人事', '去找你们单位', '找平台客服去', '去派出所问', '去街道办问'], ['', '，别打这个', '，别打我们这', '，我们不管']],
    // H9: sent to a named party's own line (运营商, 物业, 社区, 单位) and told not to call here.
    [['', '那', '这个'], ['你'], ['', '自己', '直接'], ['打', '找', '问', '去问', '联系'], ['运营商', '物业', '社区', '居委会', '你们单位', '卖家', '快递公司', '保险公司'], ['', '电话'], ['吧', '去', '，别打这个电话了', '，别打我们这', '，我们这管不了', '，跟我们没关系']],
    [['', '这个'], ['我们这', '我们这边', '我这'], ['管不了', '不管这个', '处理不了'], ['，'], ['你'], ['打', '找', '去问'], ['运营商', '物业', '社区', '别的地方', '你们单位'], ['', '吧', '去']],
    // H6: put off (你改天再打吧), left to the customer (反正我这边弄不了，你看着办), or sent to read it (自己看短信去).
    [['', '那个，', '啊，'], ['这个问题', '这事', '这个'], ['你改天再打吧', '你明天再打', '你过两天再问', '以后再说吧']],
    [['', '反正'], ['我这边', '我'], ['弄不了', '办不了', '管不了'], ['，'], ['你看着办', '你自己想办法', '爱找谁找谁']],
    [['', '啊，', '回头'], ['你', ''], ['自己'], ['看短信去', '在公众号上查', '上网查去', '去APP上看'], ['', '，都发给你了', '，别问我']],
  ],
  // Promise: an outcome only the bank decides, said as certain (担保 / 保证 / 肯定 + result).
  promise: [
    // I8 (heldout16's misses read by cause): a fee waived on the agent's say-so (年费两千我给你免掉).
    [['年费', '违约金', '月租', '这笔手续费'], ['两千', '三百', '五十', ''], ['我给你', '我给您', '我做主'], ['免掉', '全免了', '退了', '抹了']],
    // I7: a sum promised on the spot (这单我给您赔五十，马上到账; 五百块的代金券我现在就答应给您).
    [['这单', '外卖这单', '这次'], ['我给您赔', '我赔您', '我给您补'], ['五十', '一百', '两百', '五百块'], ['', '，马上到账', '，现在就到']],
    [['五百块的', '一百块的', '两张'], ['代金券', '优惠券', '补偿'], ['我现在就', '我'], ['答应给您', '保证给您', '做主给您']],
    // I6: a service back by a time (两个小时内网络一定恢复) and a thing held for the customer (专家号给您留着).
    [['', '您放心，'], ['两个小时内', '今晚', '明天上午', '半小时内', '天黑前'], ['网络', '电', '水', '信号', '系统'], ['一定', '保证', '肯定'], ['恢复', '修好', '通']],
    [['', '放心，'], ['专家号', '座位', '房间', '名额', '车'], ['给您留着', '我给您留着', '一定给您留'], ['，'], ['明天上午准有', '跑不了', '包您有', '谁也拿不走']],
    // I5: an outcome with a clock time or a sum, with or without 保证 (下午四点前订单一定发出, 保证给您免一个月月租).
    [['', '您放心，', '保证', '我保证'], ['下午四点前', '两小时内', '下礼拜三', '今天之内', '明早九点前', '月底前'], ['一定', '肯定', '保准'], ['订单', '包裹', '抢修队', '通知书', '退款', '师傅'], ['发出', '到', '寄到', '到账', '上门']],
    [['我', '我这边', '这次'], ['保证', '一定', '肯定'], ['给您'], ['免', '减', '退', '补'], ['一个月', '三个月', '半年', '两百块', '一千二'], ['的'], ['月租', '年费', '会费', '运费']],
    // I4: a sum or a date said to be certain (一千块的赔偿一定到位, 我一定让您明天就能拿到车).
    [['一千块的', '五百元的', '全额的', '两千块的'], ['赔偿', '补偿', '退款'], ['一定到位', '保证到账', '肯定给您']],
    [['我一定让您', '我保证让您', '我肯定让您'], ['明天就能', '今天就能', '下周一就能'], ['拿到车', '拿到钱', '收到货', '办好']],
    // I2: the agent's word staked on money by a date (我说到做到，下周之前把赔偿打到您卡里).
    [['我说到做到', '我打包票', '我拍胸脯保证', '我向您保证'], ['，下周之前', '，明天之前', '，月底前', '，三天内'], ['把赔偿', '把钱', '把退款', '把补偿'], ['打到您卡里', '退给您', '打给您', '到账']],
    [['', '您放心，', '放心，'], ['我', ''], ['担保', '保证', '敢保证', '打包票'], ['', '这笔钱', '退款', '额度', '这个费用', '您的申请'], ['明天', '今天', '马上', '下周', '三天内'], ['就', '肯定', '一定'], ['到账', '退回来', '批下来', '提上去', '免掉']],
    [['', '这个', '您的申请'], ['一定', '肯定', '绝对', '百分百'], ['能', ''], ['给您'], ['办成', '批下来', '通过', '退回来', '全免了']],
    // H4: staking oneself on it (拍胸脯, 用人格), and the money named as sure to come (理赔款一定全额下来).
    // H5: staking the work number on it (拿工号担保), a pledge (我向您承诺…), 必须/一定 + a deadline.
    [['', '放心，'], ['我'], ['拿工号', '拿我的工号', '以工号', '用我的工作'], ['担保', '保证', '打包票'], ['', '，'], ['明天就处理完', '今天一定搞定', '三天内到账', '肯定给您办好']],
    [['我', '我们'], ['向您承诺', '跟您承诺', '给您保证'], ['', '，'], ['罚息一分都不用交', '费用全免', '明天一定到账', '一定批下来', '保证不会再扣']],
    // H6: certainty staked on the customer's peace of mind (您放一百个心) or on the agent (我包您…, 我担保以后…).
    [['您放一百个心', '您就放一万个心', '放心吧'], ['', '，'], ['这次审核肯定通过', '肯定能退', '保证没问题', '一定能批', '绝对不会再出错']],
    // H7: what no one can promise said as certain (一分钱都不会收您的; 保证每次都给您安排…).
    [['', '放心，'], ['一分钱都不会收您的', '保证每次都给您安排', '保证下次不会再出错', '每次都给您留着', '肯定不会再扣钱'], ['', '，放心', '靠窗的座位', '，您就放心吧']],
    [['我包您', '我担保', '我保您', '我保证'], ['这个月底就能', '以后再也不会', '明天就能', '一点风险都没有', '肯定'], ['', '升舱', '出现这种问题了', '到账', '批下来']],
    [['', '放心，'], ['必须', '一定', '绝对'], ['给您解决', '帮您搞定', '给您办成'], ['', '，'], ['今天之内一定搞定', '明天就好', '马上就到账', '']],
    [['我'], ['拍胸脯', '拍着胸脯', '用人格', '打包票', '以我的工号'], ['保证', '担保', ''], ['给您', ''], ['办好', '办下来', '搞定', '批下来', '退回来']],
    [['理赔款', '退款', '这笔钱', '额度', '补偿', '赔偿金'], ['一定', '肯定', '绝对', '百分百', '保准'], ['能', '会', ''], ['全额', '全部', '一分不少地', ''], ['下来', '到账', '退回', '批下来', '赔给您']],
    // H9: the outcome staked on what the agent said (「我说了…就一定…」) or pledged with a deadline (我跟您承诺/我担保 + 时限).
    [['', '您放心，', '那个，'], ['我说了', '我说', '我讲了', '我都说了'], ['明天', '今天', '后天', '下午', '这周'], ['给您', ''], ['装好', '修好', '送到', '办好', '退回来', '恢复'], ['，'], ['就一定', '就肯定', '就保证', '那就一定'], ['装好', '修好', '送到', '办好', '能退', '能恢复']],
    [['我', '我们'], ['跟您承诺', '向您承诺', '跟您担保', '给您担保', '担保', '保证'], ['', '，'], ['三小时内', '一个小时之内', '明早八点前', '今天之内', '三天内'], ['师傅到家', '恢复供电', '给您修好', '全额到账', '给您答复', '恢复通话']],
  ],
  offer_help: [
    // I6: the Sichuan go-ahead asking what the matter is (啥子事嘛，你说嘛).
    [['', '喂，', '你好，'], ['啥子事', '啥事', '什么事', '咋了', '啥子情况'], ['嘛', '呀', '哈', '啊'], ['，'], ['你说嘛', '您说', '你讲', '慢慢说', '说来听听']],
    // I5: the caller's business asked for as a problem to solve (您今天是想解决什么问题, 哪儿有问题) — no promise in it.
    [['', '请问', '您说说看，', '那'], ['您', '您今天', '您这次'], ['是想', '想', '要'], ['解决', '处理', '咨询', '反映'], ['什么问题', '哪方面的问题', '什么事', '哪块的问题'], ['', '呢', '呀']],
    [['', '您说说看，', '您讲讲，'], ['哪儿有问题', '哪里有问题', '哪里不对', '出了什么问题', '碰到啥问题了', '哪儿不对劲']],
    [['', '请问', '请问您'], ['', '今天'], ['有什么', '需要什么', '想办理什么', '要咨询什么', '遇到什么'], ['', '可以', '需要我'], ['帮您', '帮到您', '为您服务', '帮忙', '问题', '业务', '情况'], ['的', ''], ['吗', '呢', '']],
    [['您'], ['请讲', '请说', '说吧', '有什么问题尽管说', '有事您说']],
    // H4: the offer said plainly (您有啥事, 您说事儿), or as what the customer wants to know or where help is needed.
    [['', '请问', '那', '那个，'], ['您'], ['有啥事', '有啥事儿', '有什么事儿', '说事儿', '有事吗', '有啥需要', '有什么情况'], ['', '呀', '啊', '呢']],
    [['', '请问', '那'], ['您'], ['', '今天', '这次'], ['想了解', '想问', '想咨询', '想办', '要查'], ['点什么', '些什么', '什么', '哪方面', '哪块'], ['', '呢', '呀']],
    [['', '请问'], ['您'], ['', '这边'], ['哪里', '哪儿', '什么地方', '哪方面'], ['需要', '要'], ['帮忙', '帮助', '协助', '我帮忙'], ['', '呢', '的']],
    // H5: the invitation to say it (有啥问题跟我说, 需要帮忙的话您直接说, 有问题您尽管提), what the customer wants done
    // (您需要办点啥), or the likely errands offered as a choice (您是要查账单还是办业务).
    [['', '那个，', '请问'], ['您'], ['', '这边', '今天'], ['有啥', '有什么', '遇到啥', '遇到什么'], ['问题', '麻烦', '需要', '事'], ['', '可以', '都可以', '尽管'], ['跟我说', '跟我讲', '告诉我', '直接说', '说说看', '提']],
    [['', '您'], ['需要帮忙的话', '有需要的话', '有问题的话', '需要什么的话'], ['', '您', '就'], ['直接说', '尽管说', '跟我讲', '随时说']],
    [['', '请问', '那'], ['您'], ['需要', '要', '想'], ['办点', '查点', '问点', '咨询点'], ['啥', '什么']],
    [['', '请问'], ['您是要', '您是想', '您要'], ['查账单', '办业务', '查快递', '问理赔', '改地址'], ['还是'], ['办业务', '查账单', '寄件', '咨询别的', '投诉']],
    [['有问题', '有什么问题', '有需要', '有啥事'], ['您尽管提', '您尽管说', '您随时说', '尽管开口', '您说']],
  ],
};

const EN: Partial<Record<ActLabel, Grammar[]>> = {
  hold_request: [
    // I6: "don't hang up" asks the customer to stay (the I6 rude rows threaten a hang-up; this is the opposite).
    [['', 'please', 'okay,', 'sorry,'], ["don't hang up", 'do not hang up', "don't put the phone down", "don't go anywhere"], ['', ", I'm checking", ', one moment', ", I'll be right back", ', still looking']],
    [['', 'okay,', 'alright,', 'right,'], ['please', 'if you could', 'could you', 'can you', 'would you mind if I'], ['hold', 'hang on', 'bear with me', 'stay on the line', 'give me a moment', 'give me a second', 'wait a moment'], ['', 'for a moment', 'for a second', 'for a minute', 'just a sec', 'one moment', 'briefly'], ['', 'while I check', 'while I look into it', 'while I pull that up', "and I'll be right back", 'while I look at your account']],
    [['', 'okay,', 'so'], ["I'll need to", "I'm going to", 'let me', 'I have to', 'I need to'], ['put you on hold', 'place you on a brief hold', 'ask you to hold', 'check that', 'look into this', 'pull up your account'], ['', 'for a moment', 'for a minute', 'briefly', 'for two minutes'], ['', 'please hold', 'one moment please', 'bear with me']],
    [['', 'just'], ['one moment', 'one second', 'one sec', 'a moment', 'two minutes', 'a couple of minutes'], ['', 'please'], ['', 'while I check', 'while I search', 'while I look']],
    // H4: waiting as an order with its length ("kindly wait for two minutes") and the idioms (hold tight, hang tight).
    [['', 'okay,', 'right,', 'let me check,', 'let me see,', 'let me look,'], ['one minute', 'one moment', 'just a minute', 'a minute', 'two minutes', 'hold tight', 'hang tight', 'hang on a sec', 'bear with me a sec', 'sit tight', 'give me a tick', 'just a tick'], ['', 'please', 'for me']],
    [['one sec', 'one second', 'just a sec', 'a sec'], [', let me look', ', let me check', ', let me see', ', checking now', ', I will look']],
    [['', 'please', 'kindly', 'could you', 'can you'], ['wait', 'hold', 'stay on the line', 'hold the line', 'stay with me', 'hold on'], ['for', ''], ['two minutes', 'a minute', 'a few moments', 'a moment', 'a sec', 'a bit', 'a few minutes'], ['', 'please', 'while I check']],
  ],
  hold_thanks: [
    // I9 (heldout17's misses read by cause): a plain thanks said on coming back ("Thanks for that, I'm back").
    [['thanks for that', 'thanks, appreciate it', 'cheers', 'thank you', 'ta'], [", I'm back", ', I have it now', ', found it', ", right, here's what I found", ', the screen is up']],
    [['', 'okay,', "I'm back,", 'hi again,', 'are you still there?'], ['thanks', 'thank you', 'thanks so much', 'cheers', 'many thanks'], ['for', 'so much for'], ['holding', 'waiting', 'your patience', 'being patient', 'bearing with me', 'hanging on', 'staying on the line', 'waiting on the line']],
    [['', "I'm back,", 'okay,'], ['sorry', 'apologies', 'I apologize', 'so sorry'], ['for', 'about'], ['the wait', 'the hold', 'the delay', 'keeping you', 'keeping you waiting', 'the long wait', 'making you wait']],
    [['', "I'm back,"], ['sorry', 'sorry that'], ['to keep you waiting', 'it took so long']],
    [['I', 'I really', 'we'], ['appreciate', 'value'], ['your patience', 'you waiting', 'you holding']],
    // H3: thanks for the time spent on hold ("… your time on hold"), and "thanks a lot" before it.
    [['', "okay, I'm back,", 'right,'], ['thank you', 'thanks', 'thanks a lot', 'many thanks'], ['for'], ['your time on hold', 'the time on hold', 'staying on hold', 'being on hold', 'your time waiting']],
    // H4: the wait thanked with "there" / "on the line" after it, and British forms (thanks ever so much).
    [['', 'right,', 'okay,', "I'm back,"], ['thank you', 'thanks', 'thanks ever so much', 'cheers', 'thanks a million'], ['for'], ['bearing with me', 'holding on', 'hanging on', 'waiting', 'holding', 'staying with me', 'hanging in there', 'staying on', 'the wait'], ['there', 'on the line', 'for me', 'so long', 'just now', '']],
    // H5: sorry for the wait said as the time taken ("sorry that took a minute", "sorry to make you wait").
    [['', "I'm back,", 'okay,', 'right,'], ['sorry', 'so sorry', 'apologies'], ['that took', 'it took', 'this took', 'to make you wait', 'for making you wait', 'to leave you waiting'], ['', 'a minute', 'so long', 'a while', 'longer than I thought']],
    [['thank you', 'thanks', 'many thanks'], ['for'], ['hanging on', 'holding', 'waiting', 'bearing with me', 'your patience'], [', I have the details now', ', I found it', ', I have your account here', ', I have an answer', ', that is sorted']],
  ],
  further_help: [
    // I8: more help offered about the thing named ("anything else on the bank transfer").
    [['', 'so', 'okay,'], ['anything else', 'anything more', 'any other questions'], ['on', 'about', 'with'], ['the bank transfer', 'the booking', 'the charger', 'your claim', 'the locker']],
    [['', 'so', 'okay,', 'before you go,', 'and'], ['is there', 'is there anything', 'can I help with', 'can I do', 'do you need', 'do you have', 'was there'], ['', 'anything', 'something'], ['else', 'more', 'further', 'other'], ['', 'I can help with', 'I can do for you', 'I can look at for you', 'you need', 'I can help you with', 'you would like', 'on your mind', 'questions', 'today']],
    [['', 'anything', 'what'], ['else', 'more'], ['I can', 'we can'], ['do', 'help with', 'look into', 'sort out'], ['', 'for you', 'today', 'while you are on the line']],
    // H4: the curt-but-polite short forms ("any more queries", "will that be all") and "can I assist with any other matter".
    [['', 'so', 'okay,', 'right,', 'other than that,', 'apart from that,', 'and'], ['anything else', 'any other questions', 'any more questions', 'any more queries', 'any other queries', 'anything more', 'any other issues', 'anything further', 'any other concerns'], ['', 'today', 'for today', 'I can help with', 'at all', 'I can check', 'for me to look at']],
    [['', 'so', 'okay,', 'right,'], ['will that be all', 'is that all', 'is that everything', 'is that it', 'was that everything', 'will there be anything else', 'will you be needing anything else', 'was there anything else', 'have I covered everything'], ['', 'for today', 'today', 'for you today', 'then']],
    [['', 'so', 'okay,'], ['can I', 'may I', 'could I', 'shall I'], ['help', 'assist', 'help you', 'assist you'], ['with', 'with any'], ['anything else', 'any other matter', 'something else', 'any other issue', 'anything more', 'any other query']],
    [['', 'before we finish,', 'before I let you go,', 'before you go,', 'while I have you,', 'now,'], ['what other', 'which other', 'any other', 'what else'], ['questions', 'queries', 'issues', 'things'], ['can I', 'could I', 'may I', 'shall I'], ['help with', 'look into', 'sort out', 'clear up', 'help you with'], ['', 'for you', 'today']],
  ],
  thanks_for_calling: [
    [['', 'okay,', 'well,', 'and'], ['thank you', 'thanks', 'thanks so much', 'many thanks', 'thank you very much', 'we appreciate you'], ['for', 'so much for', ''], ['calling', 'your call', 'calling in', 'calling us', 'contacting us', 'reaching out', 'getting in touch', 'choosing us', 'being a customer', 'your business', 'your time', 'ringing us', 'banking with us'], ['', 'today', 'this evening']],
    // H4: British and casual thanks (thanks ever so much, cheers), phoning/ringing, and "good of you to call".
    [['', 'okay,', 'well,', 'and', 'right,', 'bye,'], ['thanks', 'thank you', 'thanks ever so much', 'thanks a lot', 'cheers', 'thanks a million', 'thanks heaps', 'thank you kindly'], ['for'], ['phoning', 'ringing', 'ringing in', 'phoning in', 'phoning us', 'ringing us', 'calling us', 'the call', 'calling about this', 'reaching us'], ['', 'today', 'about your bill', 'on this', 'tonight']],
    [['', 'okay,', 'well,', 'and', 'bye,'], ['it was', "it's", ''], ['good of you', 'kind of you', 'nice of you', 'great of you'], ['to call', 'to ring', 'to phone', 'to call in', 'to get in touch'], ['', 'today', 'about it']],
    [['', 'well,', 'and'], ['I', 'we', 'I really', 'we really'], ['appreciate', 'appreciate you', 'are glad you'], ['calling', 'your call', 'phoning', 'ringing', 'getting in touch', 'reaching out', 'calling us'], ['', 'today', 'about this']],
    [['', 'okay,', 'well,', 'and', 'see you,', 'bye,'], ['thanks very much', 'thank you very much', 'thanks so much', 'many thanks', 'thanks', 'thank you'], ['for'], ['your call', 'the call', 'inquiring', 'enquiring', 'inquiring with us', 'your enquiry', 'your inquiry', 'checking with us'], ['', 'today', 'this afternoon']],
  ],
  goodbye: [
    // I6: a farewell that names the customer's wellbeing ("look after yourself and that knee") is no brush-off.
    [['', 'okay,', 'bye now,', 'right,'], ['look after yourself', 'take care of yourself', 'mind yourself', 'look after that knee'], ['', ', love', ' in the cold', ' now']],
    [['', 'okay,', 'alright,', 'well,', 'right then,'], ['goodbye', 'bye', 'bye now', 'bye bye', 'take care', 'see you', 'so long', 'talk soon', 'all the best']],
    // H4: British and casual farewells.
    [['', 'okay,', 'right then,', 'lovely,', 'thanks,'], ['cheerio', 'cheers, bye', 'ta-ra', 'catch you later', 'take it easy', 'speak soon', 'mind how you go', 'bye for now', 'have a good one']],
    [['', 'okay,'], ['have a', 'enjoy your', 'you have a'], ['great', 'good', 'lovely', 'nice', 'wonderful'], ['day', 'evening', 'weekend', 'afternoon', 'one'], ['', 'now']],
  ],
  apology: [
    // I5: the agent's own slip owned ("I read the wrong date") — the customer is not blamed.
    [['', 'my apologies,', 'sorry,', 'oh,'], ['I', 'I must have', 'I think I'], ['read the wrong date', 'misread the date', 'gave you the wrong number', 'looked at the wrong account', 'typed it wrong', 'put the wrong address']],
    [['', 'I', "I'm", 'we', "we're", 'I am'], ['', 'so', 'really', 'truly', 'very', 'deeply', 'terribly'], ['sorry', 'apologize', 'apologise'], ['', 'about that', 'for that', 'for the trouble', 'for the inconvenience', 'for the mix-up', 'for the error', 'for this']],
    [['', 'please accept', 'my', 'our'], ['', 'sincere', 'deepest', 'humble'], ['apologies'], ['', 'for that', 'for the trouble', 'on this']],
    [['that was', 'this is', 'it was'], ['', 'entirely', 'completely'], ['our mistake', 'our fault', 'our error', 'on us'], ['', ', sorry', ', I apologize']],
    // H9: the error owned by naming the thing that went wrong ("the double charge was our error"): the H9 hard negatives
    // made "the charge" / "the fee" a cue of plain statements, and such an owning apology fell under the threshold.
    [['the charge', 'the fee', 'the double charge', 'the late fee', 'that deduction', 'the interest'], ['was', 'is'], ['', 'entirely', 'completely'], ['our mistake', 'our error', 'our fault'], ['', ', sorry', ', I apologize']],
    // H5: "I owe you an apology".
    [['', 'um,', 'well,'], ['I', 'we', 'I really', 'we definitely'], ['owe you', 'must give you', 'want to give you', 'need to give you'], ['an apology', 'a big apology', 'an apology for this', 'an apology for that']],
  ],
  greeting: [
    // I5: the caller greeted as who they must be ("you must be the driver") and "you're through now" — a greeting,
    // not a reproach (heldout13's polite calls flagged as blame and rude).
    [['hello,', 'hi,', 'good afternoon,', 'morning,', ''], ['you must be', 'are you', "I take it you're", 'you would be'], ['the driver', 'the student', 'the parent', 'the policyholder', 'the tenant', 'the account holder', 'the patient'], ['', ', welcome', ', go ahead', ', how can I help']],
    [['', 'hello,', 'hi,', 'okay,'], ["you're", 'you are', "you're now"], ['through', 'connected', 'on the line', 'through now', 'connected now', 'put through'], ['', ', go ahead', ', hello']],
    [['', 'well', 'oh'], ['hello', 'hi', 'hi there', 'hey', 'good morning', 'good afternoon', 'good evening', 'morning', 'good day', 'greetings', 'welcome']],
    // "You're through to …" names where the call landed: a greeting, not "I'm through with you".
    [["you're through to", 'you are through to', "you've come through to", "you're connected to"], ['CMB', 'Acme Bank', 'the cards team', 'customer support', 'the helpline', 'Northwind Telecom']],
  ],
  self_intro: [
    [["I'm", 'this is', 'my name is', "you're speaking with", "you're talking to", "you've got"], ['Alex', 'Jordan', 'Sam', 'Taylor', 'Chris'], ['', 'speaking', 'here', 'from the support team', "and I'll be helping you"]],
    // H3: "you're talking to" / "you are speaking with" + a surname never seen in training (the name is no cue).
    [["you're", 'you are'], ['talking to', 'speaking with', 'talking with', 'through to'], ['', 'agent'], ['Martin', 'Evans', 'Hughes', 'Rivera', 'Okafor', 'Schmidt', 'Tanaka', 'Novak', 'Patel', 'Olsen', 'Kowalski', 'Moreau', 'Ito']],
    [['Alex', 'Jordan', 'Sam'], ['here', 'speaking', 'is my name', 'on the line']],
    // H6: the team named after the name ("Alex from the complaints team" is an introduction, not a brush-off).
    [['', "I'm", 'this is', "it's"], ['Alex', 'Jordan', 'Sam', 'Morgan', 'Chris'], ['from the', 'here from the', 'with the', 'on the'], ['complaints team', 'billing team', 'claims desk', 'cards team', 'customer care team', 'complaints department']],
  ],
  // Hard negatives: the agent saying what it is doing now ("I will unlock it") is not a promise the
  // center cannot keep, and pointing to a self-service channel politely is not a brush-off.
  other: [
    // I8 hard negatives: a thing done wrong by the center said as a fact, an action taken now ("I'll put the refund
    // through"), the system owning the fault ("the locker shouldn't have locked you out").
    [['the claim', 'your claim', 'the payment', 'the refund'], ['was turned down by mistake', 'was paid late', 'went out late', 'was rejected in error'], ['', ', let me fix it', ', I can see why', ', I will reopen it']],
    [["I'll put", "I'm putting", 'let me put'], ['the refund', 'the claim', 'the request', 'the change'], ['through', 'through now', 'in'], ['', ' for you', ' today']],
    [['the locker', 'the system', 'the app', 'the gate'], ["shouldn't have", 'should not have'], ['locked you out', 'charged you', 'logged you out', 'blocked you'], ['', ', sorry', ', let me fix that']],
    // I7 (heldout15's misses read by cause): "shout", "quiet", "listen" and "hurry" said kindly in an opening — the
    // rude rows had made each word a cue ("I'm on a headset so shout if I'm quiet", "the phones are quiet tonight").
    [['', "I'm on a headset,", "I'm on a headset so", 'just'], ['shout if you need me', "shout if I'm quiet", 'shout if I go quiet', 'give me a shout if anything changes', "shout if you can't hear me"], ['', ', okay', ', no problem']],
    [['', 'good evening,', 'hi,', 'right,'], ['the phones are quiet tonight', "it's a quiet night", 'the lines are quiet', 'quiet evening here', 'the phones are quiet enough'], ['', ', so take your time', ", so I'm all yours"]],
    [['', "I'm", 'I am'], ['here to listen', 'all ears', 'listening', 'happy to listen'], ['', ', take your time', ', go ahead', ', tell me everything']],
    [['', 'no rush,', 'honestly,'], ["I'm not in a hurry", "I'm in no hurry", "there's no hurry", 'take all the time you need'], ['', ', go at your pace', ', take your time']],
    // I6: a choice left to the customer ("whatever time works best for you") and a condition that offers help.
    [['whatever', 'whichever', 'any'], ['time', 'day', 'option', 'slot'], ['works best for you', 'suits you', 'is easiest for you'], ['', ', I can book it', ', just let me know']],
    [["if you're not sure", "if you don't know", 'if you are unsure'], ['how to use it', 'how it works', 'where to click', 'what to do next'], ['', ', I can walk you through it', ', I can show you', ', just ask me']],
    // I6 hard negatives: where to find a thing, said with the help ("the number is on our website, or I can text it").
    [['', 'you can also find', 'you can see'], ['the number', 'the address', 'the opening hours', 'the form'], ['on our website', 'in the app', 'on the letter'], ['', ', or I can read it to you', ', I can also text it to you']],
    // I5: reassurance with the help that follows, and a condition that offers help (if the letter is hard to read,
    // I can read it out) — "hard" and "read" are cues of the rude rows.
    [['', "don't worry,", 'honestly,'], ["it's not hard", "it's not difficult", "it's quite easy", "it's straightforward", "it isn't hard"], ['', ', I can show you', ", I'll walk you through it", ', we can do it together', ', I will guide you']],
    [['if', 'in case'], ['the letter', 'the form', 'the screen', 'the print', 'the website'], ['is hard to read', 'is confusing', 'is hard to follow', 'is too small'], [', I can read it out', ', I can go through it with you', ', I will explain it', ', I can send a bigger copy']],
    // I4 hard negatives: a thing's state said as a fact (the car came back late, the parcel went to the wrong house),
    // and "it's simple once you have done it once" said alone.
    [['the car', 'the parcel', 'the payment', 'the form', 'the order'], ['came back late', 'went to the wrong house', 'arrived late', 'was sent back', 'went missing'], ['', ', let me fix that', ", I'll sort it", ', I can see that here', ', sorry about that']],
    [["it is simple", "it's simple", "it's easy", 'it gets easy'], ['once you have done it once', 'once you know', 'after the first time', 'with practice'], ['', ', honestly', ', you will see']],
    // …and a booking's state said as a plain fact ("it was cancelled", "the date looks wrong", "got it already").
    [['', 'I see', 'okay,', 'right,'], ['it was', 'the booking was', 'the appointment was', 'your order was', 'the payment was'], ['cancelled', 'missed', 'moved', 'declined', 'rescheduled'], ['', ', let me rebook it', ', I can see that here', ', on the tenth']],
    [['the booking', 'the address', 'the date', 'the clinic booking', 'the amount'], ['looks wrong', 'seems off', 'looks odd', "doesn't look right"], ['', ', let me fix it', ", I'll correct it", ' on my screen']],
    [['', 'okay,', 'yes,'], ['got it already', 'I have it already', 'already have it', 'already done'], ['', ', thanks', ', one moment']],
    // I3: "in case you didn't follow" said alone before the agent repeats is no reproach.
    [['in case you', 'just in case you', 'if you'], ["didn't follow", "didn't catch that", 'missed that', "didn't get all that"], ['', ' the first time', ' earlier']],
    // I2 hard negatives for the new rude rows: a polite request to speak up or repeat ("could you speak up a bit"), and
    // "you're …" said in reassurance ("you're not overreacting", "you're all set").
    [['could you', 'can you', 'would you', 'would you mind'], ['', 'please', 'just'], ['speak up', 'repeat that', 'say that again', 'spell that', 'talk a little louder', 'repeat it', 'slow down a little'], ['', 'a bit', 'for me', 'please', 'the line is bad']],
    [["you're", 'you are'], ['not overreacting', 'all set', 'doing fine', 'right to ask', 'in good hands', 'not the first to ask'], ['', ', honestly', ', it happens', ', let me help']],
    // I2 hard negatives: a channel offered politely, a request submitted (not its outcome), a fee explained with the
    // date the customer can act by, the customer invited to bring someone along.
    [['please', 'if you like, please', 'you can also'], ['send us', 'email us', 'write us'], ['a letter', 'an email', 'the documents', 'a copy'], ['and I will process it', 'and we will take it from there', 'with your reference', 'whenever suits you']],
    [["I'll", 'I will', 'let me'], ['make sure', 'check that'], ['the request', 'your claim', 'the form', 'the ticket'], ['is submitted', 'is logged', 'goes in', 'reaches the team'], ['today', 'right now', 'before we hang up']],
    [['', 'so,', 'just so you know,'], ['if the car is returned', 'if the payment is made', 'if you cancel'], ['after the deadline', 'late'], [', a fee applies', ', there is a charge', ', the deposit may be kept'], ['', ', so let me note the date for you', ', I can remind you']],
    [['you are welcome to', 'feel free to', "it's fine to"], ['bring someone along', 'have a family member help', 'ask your son to join the call'], ['', ', whatever makes it easier', ', I can wait']],
    [['', 'okay,', 'right,', 'so'], ['I will', "I'll", 'let me', 'I can', "I'm going to"], ['unlock', 'reset', 'send', 'submit', 'process', 'update', 'cancel', 'refund', 'raise', 'escalate', 'log'], ['it', 'that', 'the card', 'your request', 'the ticket', 'this'], ['', 'now', 'for you', 'right away', 'today']],
    // "should" of expectation ("that should be it", "it should arrive tomorrow") is no reproach: blame's
    // "you should have" shares the word.
    [['', 'alright,', 'okay,', 'so'], ['that', 'this', 'it', 'the refund', 'the card', 'the new PIN', 'everything'], ['should', 'should now'], ['be it', 'be fine', 'be all', 'fix it', 'work now', 'arrive tomorrow', 'show up in two days', 'be sorted', 'go through tonight'], ['', 'then', 'for today']],
    [['you can', 'you can also'], ['check', 'see', 'find'], ['it', 'that', 'the balance'], ['in the app', 'online', 'on the website'], ['', 'anytime', 'if that helps']],
    // H3 hard negatives: the errand taken off the customer ("no need to … yourself"), a closing wish that says
    // "yourself", the fault lifted from the customer, a promise the agent declines to make.
    [['', 'no,', 'oh,'], ['no need to', "you don't need to", "you won't have to", 'there is no need to'], ['call another number', 'look that up yourself', 'go to the branch', 'check it yourself', 'ring anyone else'], ['', ', I can do it', ", I'll handle it", ', I have it here']],
    [['', 'okay,', 'and', 'bye,', 'goodbye,', 'have a good day and', 'thanks for calling,'], ['take care of yourself', 'look after yourself', 'enjoy yourself', 'treat yourself this weekend', 'mind yourself', 'be kind to yourself'], ['', 'now', 'until then']],
    // "look after" is care, not an errand: the agent looking after something, or wishing the customer well.
    [['', "I'll", 'we will', 'we can', 'let me'], ['look after'], ['that', 'it', 'the refund', 'your card', 'the paperwork', 'everything'], ['', 'for you', 'from here', 'now']],
    [['', 'okay,', 'bye,', 'goodbye,', 'thanks,'], ['look after', 'take care of', 'mind'], ['yourselves', 'your family', 'the little one', 'that cold', 'your health'], ['', 'now', 'then']],
    [['I can', 'let me', "I'll", 'I could', 'shall I'], ['read', 'go through', 'check', 'look at', 'find'], ['the FAQ', 'the terms', 'the help page', 'the policy'], ['', 'answer', 'section', 'entry'], ['for you', 'with you', 'to you', 'on your behalf', 'now']],
    [["it's", 'that is', "that's"], ['not', 'not at all'], ['your fault', 'your mistake', 'on you', 'something you did'], ['', ', it was our system', ', we missed it']],
    [['I', 'we'], ["can't", 'cannot'], ['promise', 'guarantee', 'say for sure'], ["it'll be approved", 'the outcome', "when it'll arrive"], ['', ', but I will push for it']],
    // H4 hard negatives: a self-service channel offered as a choice, with the agent still willing.
    [['you can', 'you could', 'if you prefer, you can'], ['do it in', 'use', 'go through'], ['the app', 'the website', 'online banking'], [', or I can do it now', ', or I can do it for you', ", but I'm happy to do it", ', whichever suits you']],
    // …and what the customer did right, or the agent's own "done", are no reproach and no rudeness.
    [['', 'I can see', 'yes,', 'okay,'], ['you'], ['paid on time', 'booked the right date', 'entered it correctly', 'did everything right', 'updated your address'], ['', ', thank you', ', so no fee applies', ', that helps']],
    [['', 'okay,', 'right,', 'there,'], ["I've done it", "that's done", "I've done that", 'all done', "now I've done it"], ['', 'for you', ', your card is unlocked', ', it is sorted']],
    [['', 'okay,', 'right,'], ["I'm", 'I am'], ['done', 'finished'], ['with your request', 'with the update', 'with the refund', 'on my side', 'with the paperwork', 'here'], ['', ', your card is active', ', it should go through today']],
    // …nor is the agent saying it listens, or telling the customer not to worry about asking again.
    [["I'm", 'I am'], ['listening to you', 'here for you', 'with you', 'happy to help you', 'glad to explain it'], ['', 'carefully', 'fully', 'now', 'all the way']],
    [['', 'okay,', 'good news,', 'so'], ['your statement', 'your new card', 'the refund', 'your receipt', 'the letter', 'the new PIN'], ['is ready', 'is available', 'has arrived', 'is waiting', 'will show'], ['in the app', 'online', 'in your inbox', 'at the branch', 'on the website']],
    [['please', '', 'oh,'], ["don't worry about", 'no need to worry about', "it's fine to keep", 'feel free to keep'], ['repeating yourself', 'asking again', 'explaining it again', 'going over it again']],
    // H5 hard negatives: the other party named helpfully, and the customer's own doing acknowledged kindly.
    [["I'll", 'I can', 'let me', "I'm happy to"], ['contact', 'call', 'speak to', 'chase'], ['the seller', 'the airline', 'the insurer', 'your landlord', 'the courier'], ['for you', 'on your behalf', 'right now', 'and call you back']],
    [["it's not your fault", "don't worry, it happens", 'easy mistake to make', 'that happens to everyone'], ['', ', let me fix it', ", I'll sort it out", ', we can correct it']],
    // …and the fault or the job taken on by the agent ("that's down to us", "that's my job"), the errand taken off the
    // customer, "not my area, but I'll find the right person", "that should never have happened" said in sympathy.
    [["that's", 'that is', 'this is'], ['down to us', 'on us', 'our doing', 'our fault', 'my job', 'my responsibility', 'our mistake'], ['', ", I'll fix it", ', sorry', ', let me sort it', ', not yours']],
    [['', 'oh,', 'no,'], ['no need to', "you won't have to", "you don't have to"], ['ring', 'call', 'contact', 'sort'], ['the shop', 'the airline', 'the insurer', 'that out yourself', 'anyone else', 'the seller'], ['', ", I'll do it", ', I have it here', ", I'll handle it"]],
    [["it's not my area", "it's not my department", "that's not my team"], [", but I'll find the right person", ', but let me transfer you', ', but I will get you to the right team', ", but I'll find out for you"]],
    [['', 'if it suits you,', 'whenever you like,'], ['you can', 'feel free to'], ['call back later', 'ring us any time', 'write in if you prefer', 'come to the branch'], ['', ", I'm here until six", ', either works']],
    [['', 'oh,'], ['I hear you', 'I understand', 'I see what you mean'], ['', ', that must be frustrating', ', let me help', ', let me look']],
    [['nobody', 'no one', 'we never'], ['explained', 'told you about', 'showed you'], ['those terms', 'the fee', 'that', 'the process'], ['to you', ''], ['properly', 'clearly', ''], ['', ', sorry', ', that is on us']],
    [['in case you', 'if you', 'just in case you', 'if you'], ["didn't follow", "didn't catch that", 'missed that', 'need it again', "didn't follow the steps"], [', let me repeat', ', I can say it again', ", I'll go over it again", ', let me walk you through it']],
    [['', 'honestly,', 'I agree,', 'you are right,'], ['that should never have happened', 'that should not have happened', "that shouldn't have happened"], ['', ', sorry', ", I'm sorry", ', let me fix it']],
    [['the missed payment', 'the late fee', 'that', 'this'], ["wasn't", 'was not', "isn't", 'is not'], ['your doing', 'down to you', 'on you', 'your fault']],
    // H9 hard negatives (two neighbouring clauses are now judged as one too): a fact with an amount and a date is no
    // promise; a matter handed on with the errand taken on, help offered after "it's simple", an acknowledgment, are
    // no brush-off and no rudeness.
    [['', 'so,', 'okay,', 'right,'], ['your balance', 'the amount owed', 'your minimum payment', 'the annual charge', 'the refund', 'your last bill'], ['is', 'comes to', 'was', 'will be'], ['four hundred and ten', 'ninety dollars', 'two thousand', 'sixty pounds', 'one hundred and twenty'], [', due on the third', ', payable by the tenth', ', taken on Monday', ', posted last week', ', due next month']],
    [["that's handled by", 'that one goes to', 'that sits with', 'that belongs to'], ['another team', 'our claims team', 'a different department', 'the cards team'], [", I'll pass it on and they'll ring you", ", I'll transfer you now", ', let me put you through', ", I'll send them your notes", ', I can book that for you']],
    [["it's quite simple", "it's easy", "it's straightforward", "it's not hard"], ['once you know where to look', 'once you have done it', 'after the first time', ''], [", I'll guide you", ", I'll walk you through it", ', let me show you', ', we can do it together']],
    // (Not "already": with it, the first try took "I already told you" for this acknowledgment — the noisy set's rebuke.)
    [['', 'okay,', 'right,', 'lovely,'], ['got it', 'found it', 'there it is', "I've got it", 'got it now'], ['', 'here', 'on the screen'], ['', ', one moment', ', thanks', ', so']],
    // …and a missed event or a lapse said as a plain fact with the agent's remedy after it is no reproach.
    [['the engineer', 'the driver', 'the delivery', 'the technician', 'the parcel', 'the courier'], ['missed you', "couldn't get in", 'came while you were out', 'found nobody in'], ['', ", I'll book a new slot", ', let me rearrange it', ", I'll send it again tomorrow", ', we can pick another day']],
    // …nor is what the agent has done with its ordinary processing time ("I've reversed the charge, it takes five
    // working days to show"): a timeline the bank sets, not a promise (the pair reading met it first).
    [['I have', "I've", 'we have', "we've"], ['reversed', 'refunded', 'cancelled', 'returned', 'sent back', 'credited'], ['the charge', 'the fee', 'your payment', 'the deposit', 'the interest'], [', it will be back in', ', it should show in', ', it takes', ", you'll see it in", ', allow'], ['three working days', 'five business days', 'a few days', 'two to three days', 'up to a week']],
    // …nor is the job taken on gladly ("that's my job, happy to do it").
    [["that's my job", "it's my job", "that's what I'm here for", 'that is my job', "it's no trouble"], ['', ", I'm happy to do it", ', happy to help', ", I'll sort it now", ', glad to do it']],
    // …nor is a party the agent already contacted for the customer, or a fee waived by the card's own rules.
    [['I have', "I've", 'we have', 'I just'], ['checked with', 'spoken to', 'rung', 'emailed', 'heard back from', 'called'], ['the council', 'your doctor', 'your employer', 'the network', 'the retailer', 'your phone company', 'your landlord'], ['', ', they confirmed it', ', it is sorted', ' for you', ' this morning']],
    [['the annual fee', 'the card fee', 'the transfer charge', 'the monthly fee', 'the interest'], ['is waived', 'gets waived', 'is not charged', 'is dropped'], ['if you spend over a thousand', 'for premium members', 'when you pay in full', 'after ten transactions a month', 'in the first year', 'once you hit the minimum spend']],
    [['the cover', 'your membership', 'the direct debit', 'your card', 'the policy'], ['lapsed', 'expired', 'ran out', 'stopped'], [', let me see if we can restart it', ", I'll look at reinstating it", ', we can renew it today', ', I can set it up again']],
    [['the branch', 'the app', 'our website', 'the chat team'], ['can do it too', 'handles that as well', 'can also help'], [', I can set it up for you now', ', or I can do it on this call', ', but I can sort it here']],
  ],
  brush_off: [
    // I9: sent to someone else with the center's remit as the excuse, or put off to another day.
    [['ask', 'ring', 'call'], ['your teacher', 'your plumber', 'your GP', 'the school'], [", reception doesn't do lessons", ", insurance doesn't cover that", ", we don't do that"]],
    [["it's too complicated", "it's a long story", "I can't get into it"], [', call back another day', ', try another day', ', ring back later']],
    [['chase', 'call', 'ring'], ['the courier', 'the seller', 'the driver'], ['yourself']],
    // I8: the customer sent back where they came from, or told to post it somewhere and wait.
    [['go back to', 'take it back to', 'ask'], ['the shop you bought it from', 'the charger company', 'the installer', 'the dealer'], ['', ', we just bill you', ', not us', ", that's not ours"]],
    [['post it on', 'put it on', 'leave it on'], ['our Facebook page', 'the forum', 'our social media'], [', someone will get to it', ', maybe someone answers', ", I can't help"]],
    [['ring back', 'call back', 'try again'], ['tomorrow', 'later', 'next week'], [", I'm finishing", ", I'm off now", ", I'm done for today"]],
    // I6: the job handed back ("just cancel in the app yourself", "take it up with the courier").
    [['just', '', 'go and'], ['cancel', 'do it', 'change it', 'sort it', 'book it'], ['in the app', 'online', 'on the website'], ['yourself']],
    [['take it up with', 'complain to', 'go and ring'], ['the courier', 'the council', 'the seller', 'the shop', 'your landlord']],
    // I4: another party named with the agent stepping out ("speak to your broker, I am not getting involved").
    [['speak to', 'talk to', 'call', 'go see'], ['your broker', 'your GP', 'your bank', 'the hotel', 'your landlord'], [", I'm not getting involved", ', stop phoning us', ", that's not us", ', not my problem', ', leave us out of it']],
    // I2 (heldout10's misses read by cause): a channel named with a shrug ("whatever, send us a letter") and another
    // party's matter with an order not to call ("that's for the embassy, stop calling us").
    [['whatever,', 'meh,', 'I dunno,', 'who knows,'], ['send us', 'write us', 'email us', 'post us'], ['a letter', 'an email', 'a complaint', 'something'], ['', 'or whatever', 'then']],
    [["that's for", 'that is for', 'that one is for', 'go to'], ['the embassy', 'the council', 'the airline', 'the police', 'the landlord', 'the school'], [', stop calling us', ', quit ringing us', ', stop ringing here', ", don't call us again"]],
    // H3: sending the customer to someone else, or to read it themselves, in other words.
    [['', 'look,', 'well'], ["that's", 'that is', 'this is'], ['for another team', 'for a different department', "someone else's job", 'not my area', 'another team'], ['', ', call them', ', ring them yourself', ', try them', ', phone them']],
    [['', 'just', 'you can'], ['go', ''], ['read', 'check', 'see', 'look at'], ['the FAQ', 'the help page', 'the terms', 'the website', 'the manual'], ['', 'yourself', 'for that']],
    [['', 'I'], ['honestly', 'really', 'just'], ["couldn't", "can't", "wouldn't"], ['tell you', 'say', 'help you there', 'answer that'], ['', ', ask someone else', ', try the branch']],
    [['', 'you need to', 'you have to'], ['call', 'ring', 'phone', 'try'], ['another number', 'a different number', 'the other line', 'someone else']],
    [["you'll have to", 'you need to', 'you have to', 'go and', 'just'], ['figure', 'sort', 'work', 'look', 'check', 'find'], ['that', 'it', 'this'], ['out', 'up', ''], ['yourself', 'on your own', 'by yourself']],
    // H4: sent to a self-service channel with the agent refusing outright.
    [["you'll have to", 'you need to', 'you have to', 'just'], ['go through', 'use', 'do it in', 'do that on', 'sort it in'], ['the app', 'the website', 'online banking', 'the portal'], [", I can't do it", ", I can't help", ', not me', ", that's not on me", ", I won't do it"]],
    [['the app tells you that,', "it's on the website,", "it's in the FAQ,", "it's all online,", 'look,'], ['check it', 'look it up', 'read it', 'find it', 'see for'], ['yourself', 'on your own']],
    // H5: the matter disowned and the customer sent to someone else ("take it up with your landlord", "that's between you
    // and the seller", "not our responsibility, call the insurer", "I've no idea, ask the manufacturer").
    [['', 'look,', 'well,'], ['take it up with', 'talk to', 'complain to', 'go and see'], ['your landlord', 'the seller', 'the shop', 'your insurer', 'the airline', 'the manufacturer'], ['', ", not us", ", it's not our problem"]],
    [["that's between you and", 'that is between you and'], ['the seller', 'your landlord', 'the shop', 'the airline', 'the courier']],
    [["we're not responsible for that,", 'not our responsibility,', "it's nothing to do with us,", "I've no idea,", "don't ask me,"], ['call', 'ask', 'ring', 'try'], ['the insurer', 'the manufacturer', 'the airline', 'your bank', 'someone else']],
    // H6: sent away ("you need to call the hospital, not me"), put off ("whatever, call back later"), or told to write in.
    [["you'll need to", 'you need to', 'just', 'go and'], ['call', 'go to', 'ring', 'try'], ['the hospital', 'the office', 'the council', 'the shop', 'the branch'], [', not me', ", that's not us", '']],
    [['whatever,', 'look,', 'meh,'], ['call back later', 'try again tomorrow', 'ring another time', 'write in']],
    // H7: refusing to look or to transfer ("I can't be bothered looking into that, use the chat").
    [["I can't be bothered", "I'm not going to", "I won't"], ['looking into that', 'transfer you', 'check that'], [', use the chat', ', go through the hotline again', ', try the app', ', ring back']],
    [["it's the courier's problem", "it's on the FAQ page", "it's the ward's job", 'ask the ward'], [', ring them', ', read it', ', not mine', ", I can't"]],
    [["we don't deal with", "I don't handle", 'we do not take'], ['complaints', 'that', 'refunds'], ['on the phone', 'here', 'on this line'], [', write in', ', send an email', ', go online']],
    [['ring', 'call', 'phone'], ['the airline', 'the insurer', 'the shop', 'the courier'], [", it's nothing to do with us", ", we don't handle that", ', not us']],
    // H9: sent to self-service in the customer's own hands ("just find it yourself in the app").
    [['', 'just', 'go and'], ['find it', 'look it up', 'check it', 'sort it'], ['yourself', 'on your own'], ['on the app', 'in the app', 'online', 'on the website']],
    // H9: the matter pushed onto a named party's own line ("that's a phone company issue, call them", "your employer,
    // not us", "ask your doctor, don't ring here").
    [['', 'look,', 'well,', 'just'], ['ask', 'ring', 'call', 'email', 'contact', 'try'], ['your doctor', 'your phone company', 'your employer', 'the council', 'your landlord', 'HR', 'the retailer', 'the network'], [', not us', ", don't call here", ", we don't deal with that", ", that's their job", ', this line is not for that']],
    [["that's", 'that is', "it's"], ['a phone company', 'a council', 'an employer', 'a retailer', 'a landlord', 'a doctor'], ['issue', 'problem', 'matter', 'thing'], [', call them', ', ring them', ', take it up with them', ', not ours']],
    [['your doctor', 'your phone company', 'your employer', 'the council', 'the retailer'], [', not us', ', not me', ', not this line']],
  ],
  // H3: rude / impatient — exasperation at the customer, at repeating, at the call itself.
  rude: [
    // I9: the customer called hopeless or impossible, told to learn to talk, a type of caller scorned, a hang-up threat.
    [["you're", 'you are'], ['away with the fairies', 'hopeless', 'too slow for this', 'impossible'], ['', ', give up', ', honestly']],
    [['never met anyone', 'never had a caller'], ['so difficult', 'so slow', 'this clueless']],
    [['learn to', 'try to'], ['talk properly', 'speak properly', 'listen properly', 'read properly']],
    [['honestly,', 'typical,', 'ugh,'], ['farmers', 'students', 'tourists', 'landlords'], ['and their questions', 'and their complaints', 'always moaning']],
    [['keep shouting', 'keep swearing', 'if you keep yelling'], ['about the venue', 'about it', 'at me'], ["and I'll hang up on you", "and I'll end this call"]],
    // I8: the customer mocked as less able than a child, or "no wonder".
    [['even a kid', 'a child', 'my nan'], ['could', 'can'], ['plug in a charger', 'do this', 'set up a router', 'book a slot']],
    [['no wonder you', "you're such a"], ['failed your test', 'got lost', 'muppet', 'numpty', 'got it wrong']],
    // I7: regional insults and the customer's reading mocked (are ye daft, can't you read, you're a nuisance).
    [['are ye', 'are you', "you're"], ['daft', 'a nuisance', 'having a laugh', 'simple', 'a pain in the neck'], ['', ' or what', ', honestly']],
    [["what's wrong with you", "can't you read", 'can you not read', 'are you blind'], ['', ", it's a simple form", ', it says it right there', ', it is in big letters']],
    // I6 (heldout14's misses read by cause): "spit it out", a hang-up threatened, "people like you".
    [['', 'just', 'come on,', 'well'], ['what do you actually want', 'what is it you want', 'what now'], ['', ', spit it out', ', get to the point', ", I haven't got all night"]],
    [['keep', 'if you keep'], ['shouting', 'yelling', 'swearing', 'interrupting'], ['and'], ["I'll hang up", 'I will end the call', "I'm hanging up", "I'm putting the phone down"]],
    [["I've had enough of", "I'm sick of", "I'm tired of"], ['people like you', 'callers like you', 'you lot'], ['ringing up to moan', 'calling to complain', 'whinging about parking', 'moaning at me']],
    // I5: impatience and insult idioms (I haven't got all day, are you mad, you're doing my head in).
    [['', 'look,', 'honestly,', 'come on,', 'ugh,'], ["I haven't got all day", "I don't have all day", "I haven't got time for this", 'are you mad', 'are you trying to wind me up', "you're doing my head in", 'you are such a pain', "you're a pain", 'who calls at this hour', 'how did you even get this far in life']],
    [["you're", 'you are'], ['the only one who', 'the only customer who', 'always the one who'], ['ever complains', 'moans like this', 'never listens', 'keeps calling']],
    // I4 (heldout12's misses read by cause): "you lot", the agent's time said to be worth more, the customer's age.
    [['you lot', 'your sort', 'people like you lot'], ['never learn', 'never listen', 'always do this', 'never read anything'], ['', ', do you', ', eh', ', honestly']],
    [['I have', "I've got", 'honestly, I have'], ['better things to do', 'more important calls to take', 'other customers waiting'], ['than this', 'than listen to this', 'than argue with you', 'than go over this again']],
    [['at your age', 'as a grown adult', 'by now'], ['you should know', 'you ought to know', 'you should understand'], ['how a bank works', 'how this works', 'how to use a card', 'how to read a bill']],
    // I2 (heldout10's misses read by cause): the customer's age or wits made the problem (get someone younger, are you
    // thick), the agent's patience said to be tried, orders to stop talking, and the Singapore "so simple also cannot".
    [['', 'maybe', 'just', 'honestly,'], ['get', 'ask', 'find'], ['someone younger', 'your grandkids', 'a grandchild', 'someone who understands phones', 'a teenager'], ['to help you', 'to do it for you', 'to sort it out', 'to set it up']],
    [['are you', 'you are', 'you must be'], ['thick', 'dense', 'slow', 'dim'], ['or something', 'or what', '', 'today']],
    [["you're", 'you are', 'honestly you are'], ['really', 'seriously', ''], ['testing my patience', 'trying my patience', 'wearing my patience thin', 'getting on my nerves', 'driving me up the wall']],
    [['can you', 'could you', 'will you', 'would you'], ['just', ''], ['stop talking', 'be quiet', 'stop going on', 'stop yapping', 'zip it'], ['for one minute', 'for a second', 'for once', 'and listen', '']],
    [['aiyo,', 'alamak,', 'wah,', 'aiya,'], ['so simple', 'this one so easy', 'so easy one'], ['also cannot', 'also dunno how', 'also cannot do', 'still cannot']],
    [['which bit of', 'what part of', 'which part of'], ['no', 'closed', 'not possible', 'expired'], ['is confusing you', "don't you get", 'is so hard to follow', 'are you struggling with']],
    [['', 'ugh,', 'oh,', 'seriously,', 'honestly,', 'come on,'], ['how hard can it be', 'is it that hard', 'not this again', 'what is it this time', 'are you kidding', 'give me a break', 'how many more times']],
    // Not "you're …" or "had enough": "you're talking to Alex" is a self-introduction and "I know you've had enough
    // of this" is empathy — those words are no cue of rudeness (a first try taught the model they were).
    [["I'm", 'I am'], ['done', 'finished'], ['with you', 'with this call', 'with this conversation']],
    // H4: the same, with a hedge before it and more ways to say it (sick of, through with).
    [['', 'honestly,', 'frankly,', 'look,', 'well,'], ["I'm", 'I am'], ['done', 'finished', 'sick of', 'tired of'], ['with you', 'arguing with you', 'with your questions', 'explaining this to you', 'repeating myself']],
    [['do you', 'can you'], ['even', ''], ['understand', 'speak', 'follow'], ['English', 'plain words', 'what I say']],
    [['', 'just', 'now'], ['listen up', 'focus', 'concentrate', 'keep up', 'pay attention'], ['', 'for once', 'this time', 'will you']],
    // H4: dismissive assent (ugh, fine / whatever) and orders to stop (don't interrupt, stop shouting).
    [['ugh,', 'fine,', 'whatever,', 'oh please,', 'sigh,'], ['fine', 'whatever', 'if you say so', 'suit yourself', 'as you like', 'have it your way']],
    [["don't", 'stop', 'quit', 'will you stop'], ['interrupting', 'interrupt', 'interrupting me', 'shouting', 'talking over me', 'yelling at me', 'raising your voice'], ['', 'please', 'okay', 'for once']],
    // H5: sarcasm about the customer's competence and contempt for "you people".
    [['', 'seriously,', 'honestly,', 'come on,'], ["it's not rocket science", "it's not that complicated", 'a child could do it', "it's really not hard", 'can you not read', "can't you read", 'do I have to spell it out']],
    [['', 'honestly,', 'look,'], ['you people', 'people like you'], ['never get it', 'never listen', 'always do this', 'are impossible', "can't follow anything"]],
    [["I'm not", 'I am not'], ['here to', 'going to', 'paid to'], ['babysit you', 'repeat myself', 'repeat that', 'hold your hand', 'explain it again']],
    // H6: exasperation aloud ("oh for heaven's sake", "here we go again"), orders ("just do what I tell you"),
    // and the customer's wits questioned ("use your head", "even you can manage it", "what part of no").
    [['', 'oh,', 'ugh,', 'oh great,'], ["for heaven's sake", 'here we go again', 'another one of these calls', 'not again', 'give me strength', 'unbelievable']],
    [['', 'look,', 'just'], ['do what I tell you', 'listen to me', 'use your head', 'stop shouting, I can hear you', 'quit shouting'], ['', 'for once', 'will you', 'please']],
    [["it's simple,", 'come on,', 'honestly,', ''], ['even you can manage it', 'what part of no do you not understand', "you're making this harder than it is", 'yeah I heard you the first time', 'any child could follow it']],
    // H7: scorn for the customer as a type ("oh, you're one of those customers", "another genius"), "why are you even calling".
    [['', 'oh,', 'ugh,', 'great,'], ["you're one of those customers", 'another genius', 'why are you even calling then', "I'm not here to teach you to read", 'can you get smarter about this', 'you clearly have no idea how this works']],
    // H9: sarcastic praise ("wow, well done, you've done it again"), being heard called a burden ("no one wants to hear
    // your moaning"), the customer's eyes questioned, the job hated because of callers like them.
    [['oh', 'wow', 'oh wow', 'well', 'oh great'], [', brilliant', ', well done', ', nice one', ', fantastic', ', genius'], [', another know-it-all', ", you've done it again", ', broken again', ', top marks', ', a real expert']],
    [['', 'keep it down,', 'stop shouting,', 'calm down,'], ['nobody', 'no one'], ['wants to hear', 'needs to hear', 'has time for'], ['your moaning', 'you ranting', 'your excuses', 'your whining', 'you going on']],
    [['can you not see', "can't you see", 'are you blind to', 'do you not see'], ['the big letters', 'the warning', 'what it says', 'the text on the screen', 'the bold print'], ['', 'right there', 'in front of you']],
    [['customers like you', 'callers like you', 'folks like you'], ['are why', 'are the reason', 'make me'], ['I hate this job', 'I need a holiday', 'this job is miserable', 'want to quit']],
    [['if you', "if you're not going to", "if you can't"], ["won't use it", "don't need it", 'use it', 'afford it', 'read the terms'], [", don't buy it", ", don't sign up", ", don't order it", ", don't call us"]],
  ],
  // H3: blame — what the customer did, or failed to do, named as the cause.
  blame: [
    // I9: what the customer did or skipped, then the refund or the help refused.
    [['you'], ['over-fertilised', 'never came to class', "didn't leave a number", 'skipped the service', 'missed the deadline'], [", that's not on us", ', so no refund', ', so the driver could not ring', ', so that is your problem']],
    // I8 (heldout16's misses read by cause): the customer's own act named as the cause, then the case closed.
    [['your dog', 'your car', 'your card', 'the account'], ["wasn't vaccinated", "wasn't locked", "wasn't topped up", "wasn't registered"], [", so the claim's your fault", ', so that is on you', ", so don't blame us", ', so tough']],
    [['you'], ['plugged the charger in wrong', 'set the alarm off yourself', 'typed the code wrong', 'booked the wrong day'], ['', ', not our issue', ', not our problem', ', so that is on you']],
    // I7: a past failure of the customer's named as the cause (if you'd paid on time…, you let your kid use the account).
    [['if you had', "if you'd", 'had you'], ['paid on time', 'read the letter', 'kept the receipt', 'locked the car'], [", you'd still have it", ', you would have the refund', ', this would not have happened', ", we wouldn't be here"]],
    [['you'], ['let', 'gave'], ['your kid', 'your son', 'a friend', 'someone else'], ['use the account', 'your password', 'the card'], ['', ', so that is on you', ', not our problem']],
    [['everyone else', 'other people'], ['manages to do it', 'can do it', 'gets it right'], [", why can't you", ', except you', ', so what is your excuse']],
    // I6: the customer set against everyone else ("everyone else picks their parcels up on time"), trouble-making.
    [['everyone else', 'all the others', 'other customers', 'most people'], ['picks their parcels up', 'pays', 'reads the email', 'fills it in', 'manages'], ['on time', 'properly', 'without trouble', 'fine']],
    [['you just', 'you only', 'you clearly'], ['want to make trouble', 'want to cause problems', 'like complaining', 'want something for nothing']],
    // I5: the fault put on the customer as the only one who fails ("it's easy, it's just you who can't do it").
    [['', "it's easy,", 'everyone else manages,', 'it works for everyone,'], ["it's just you who", 'only you', "you're the only one who"], ["can't do it", "can't manage it", 'gets it wrong', 'messes it up']],
    // I4: what the customer failed to do in time, then the loss said flatly ("you did not book in advance, so no slot").
    [['you'], ['did not book', "didn't book", "didn't reserve", "didn't register"], ['in advance', 'ahead', 'early enough', 'on time'], [', so no slot', ', so nothing is left', ', so you missed out', ', so tough luck']],
    // I2 (heldout10's misses read by cause): what the customer did late or skipped, then the charge said to follow
    // "of course" ("you returned the car late, so of course you were charged").
    [['', 'well,', 'look,'], ['you'], ['returned the car', 'paid', 'cancelled', 'checked out', 'sent it back', 'topped up'], ['late', 'after the deadline', 'too late', 'a day late'], [', so of course', ', so naturally', ', so obviously', ', so'], ['you were charged', 'there is a fee', 'it was refused', 'the fee applies', 'you lost the deposit']],
    [['', 'well,', 'look,'], ['you'], ["didn't show up to", 'never came to', 'skipped', 'no-showed'], ['the appointment', 'the viewing', 'the inspection', 'the booking'], [', so', ', so that is on you', ", so that's that"]],
    [['', 'well', 'look,'], ['you'], ['set it up', 'entered it', 'typed it', 'filled it in', 'linked it', 'activated it'], ['wrong', 'incorrectly', 'the wrong way', 'badly']],
    [['', 'well', 'because'], ['you'], ["didn't", 'never', 'failed to'], ['update', 'change', 'check', 'read', 'confirm'], ['your address', 'the terms', 'your details', 'the form', 'your phone number']],
    [['the mistake', 'the error', 'the fault', 'the problem'], ['was', 'is'], ['yours', 'all yours', 'on your side', 'on your end']],
    // H5: the cause put on the customer flatly ("that's down to you", "you left it too late", "you agreed to it").
    [["that's", 'that is', 'this is'], ['down to you', 'on you', 'your own doing', 'your problem'], ['', ', not us', ', not ours', ', not the bank']],
    [['', 'well,', 'look,'], ['you'], ['left it too late', 'agreed to it when you signed', "didn't turn up", 'missed the deadline', 'signed the contract', 'ignored the reminders'], ['', ', so it was cancelled', ', so the fee stands', ", that's why"]],
    // H6: the customer's action said flatly with "so" or "obviously/clearly", and "if you had listened".
    [['', 'well,', 'look,'], ['you'], ['signed up for it', 'put in the number', 'turned up late', 'chose that option', 'ticked the box'], [', so', ', so that is that', ", so that's on you"]],
    [['you'], ['obviously', 'clearly'], ["didn't", 'never'], ['check before buying', 'follow the instructions', 'read the terms', 'save the receipt']],
    // H7: the fault put on the customer's side ("it's on you for sharing the code", "it's down to you not updating", "it's your phone").
    [["it's on you for", "it's down to you", 'all this happened because you', 'that happened because you'], ['sharing the code', 'not updating the app', 'ignored the text we sent', 'missing the appointment', 'pressing the button again']],
    [["there's nothing wrong with", 'nothing is wrong with'], ['the system', 'our app', 'the card'], [", it's your phone", ', it is your fault', ", it's you", ', the problem is your end']],
    [['if you', "if you can't", 'when you'], ["can't remember your PIN", 'lose your card', 'forget your password', 'miss the date'], [", that's hardly our problem", ", that's not our problem", ', that is on you']],
    [['you'], ['missed the appointment', 'must have pressed it again', 'missed the delivery'], [', not us', ', not our fault', ", that's on you"]],
    [['if you had', "if you'd"], ['listened', 'read it', 'called earlier', 'paid on time'], ['the first time', 'properly', 'like I said', ''], ['', ", we wouldn't be here", ', this would not happen']],
    // H4: what the customer picked or gave wrong, said flatly.
    [['', 'well,', 'look,', 'see,'], ['you'], ['booked', 'picked', 'chose', 'entered', 'selected', 'gave us', 'typed in', 'ticked'], ['the wrong', 'an old', 'an incorrect', 'the old', 'a wrong'], ['date', 'account', 'number', 'address', 'card', 'plan', 'option', 'flight']],
    [['', 'well,'], ['you', 'you yourself'], ['forgot to', "didn't bother to", 'never bothered to', 'chose not to'], ['renew', 'pay', 'cancel', 'update it', 'read it', 'tell us'], ['', ", that's on you", ', so', ", that's your problem"]],
    [["that's what happens", 'this is what happens', 'that is what you get', "that's what you get"], ['when you', 'if you'], ['miss payments', "don't read the terms", 'ignore our texts', 'pay late', "don't check your statement", 'skip the small print']],
    // H9: what the customer did or failed to do said flatly as the cause, with no "should" (you weren't in, you let it
    // lapse, you left it too late to claim, you skipped the check), or the rules said to be clear and ignored.
    [['', 'well,', 'look,'], ['you', 'you yourself'], ["weren't in", 'were out', "weren't at home", "didn't answer the door", "didn't pick up"], ['when', 'so'], ['the engineer came', 'the driver called', 'the parcel arrived', 'we rang', 'the courier tried']],
    [['', 'well,'], ['you'], ['let', 'allowed'], ['your insurance', 'your card', 'the cover', 'the direct debit', 'your membership'], ['lapse', 'expire', 'run out'], ['', 'yourself', 'on your own', ', not us']],
    [['', 'well,', 'look,'], ['you'], ['delayed too long', 'left it too late', 'took too long', 'sat on it too long'], ['to'], ['make the claim', 'report it', 'cancel', 'complain', 'dispute it']],
    [['', 'well,', 'look,'], ['you'], ["didn't measure", "didn't compare", 'never checked the details', "didn't read the description", 'skipped the size guide'], ['before'], ['ordering', 'buying', 'booking', 'paying', 'signing']],
    [['the rules', 'the terms', 'the steps', 'the warnings'], ['were', 'are'], ['clear', 'plain', 'simple', 'right there'], [', you ignored them', ", you just didn't read them", ', you skipped them', ", you chose not to follow them"]],
    [['you'], ['obviously', 'clearly', 'simply', 'just'], ['ignored', 'missed', 'skipped', 'overlooked'], ['the reminder', 'our texts', 'the warning email', 'the letter', 'the due date']],
  ],
  // H3: promises — an outcome only the bank decides, said as certain.
  promise: [
    // I9: an outcome promised with a time ("leave it with me, you'll be online tonight").
    [['leave it with me,', 'trust me,', 'no problem,'], ["you'll be online", "you'll have power", "it'll be fixed", "you'll have it"], ['tonight', 'by morning', 'within the hour', 'today']],
    // I6: a date given as certain ("you'll have it Wednesday, done deal"), a thing held ("I'll keep two front seats for you").
    [['no worries,', 'okay,', 'sure,', ''], ["you'll have it", 'it will be there', "it'll arrive", "you'll get the refund"], ['Wednesday', 'tomorrow', 'Friday', 'by noon'], [', done deal', ', for sure', ', promise', ', no question']],
    [["I'll keep", "I'll hold", "I'll save"], ['two front seats', 'the room', 'a table', 'the slot', 'the last ticket'], ['for you'], [', done deal', ', guaranteed', ', it is yours']],
    [['the visa', 'the refund', 'the transfer', 'your application'], ['will go through', 'will clear', 'will be approved'], ['in ten days', 'by Monday', 'this week'], ['for sure', 'guaranteed', 'no doubt']],
    // I5: an outcome promised with a time ("I promise it's all sorted before the end of the month, no problem").
    [['I promise', 'I guarantee', 'trust me,'], ["it's all sorted", "it'll be fixed", "you'll have it", "it'll be done"], ['before the end of the month', 'by tomorrow', 'within the hour', 'by eight tonight'], ['', ', no problem', ', guaranteed', ', for sure']],
    // I2 (heldout10's misses read by cause): a sum or a deadline the agent vouches for ("I'll make sure the deposit is
    // back by tonight", "we'll cover the whole five thousand, don't worry").
    [["I'll", 'I will', 'I personally'], ['make sure', 'guarantee', 'see to it', 'promise'], ['the deposit', 'the refund', 'your money', 'the full amount', 'the compensation'], ['is back', 'comes back', 'lands', 'is in your account', 'reaches you'], ['by tonight', 'by tomorrow', 'today', 'by Friday', 'within the hour']],
    [["we'll", 'we will', 'the bank will'], ['cover', 'pay', 'refund', 'reimburse'], ['the whole', 'all of the', 'every cent of the', 'the full'], ['five thousand', 'amount', 'bill', 'cost', 'two thousand dollars'], [", don't worry", ', guaranteed', ', no problem', ', you have my word']],
    [['', 'rest assured,', 'trust me,', 'believe me,', "don't worry,"], ["it's", 'it is', 'it will be', 'your claim is', 'the refund is', 'your dispute will be'], ['approved', 'going through', 'won', 'refunded', 'granted', 'fixed'], ['', 'for sure', 'no question', 'guaranteed', 'a hundred percent', 'without fail']],
    [["it's", 'it is'], ['a hundred percent', 'one hundred percent', 'absolutely', 'definitely'], ['going through', 'approved', 'happening', 'getting refunded']],
    // H5: an outcome someone else decides said as certain ("definitely, they'll replace it", "the doctor will definitely see you").
    [['', 'definitely,', 'for sure,', "don't worry,"], ["they'll", 'they will', 'the doctor will', 'the engineer will', 'the airline will', 'the insurer will'], ['definitely', 'for sure', 'certainly', ''], ['replace it free of charge', 'see you today', 'pay out in full', 'refund everything', 'fix it today', 'approve it']],
    [['I give you my word', 'I give my word', 'you have my word'], ['', 'that'], ['the power will be back', 'the money will arrive', 'the engineer will come', 'the fee will go'], ['in an hour', 'tomorrow', 'today', 'by tonight']],
    [['', 'definitely', 'I promise,', 'guaranteed,', 'trust me,'], ['no', 'there will be no', "you'll see no"], ['more charges', 'charges', 'fees', 'late fees', 'problems', 'more errors'], ['ever again', 'from now on', 'again', 'for the rest of the year']],
    // H6: the outcome plus "no question / no doubt about it".
    [['your limit will be raised', 'your power will be back', 'the refund will land', 'the claim will be paid', 'your card will arrive'], ['', 'to fifty thousand', 'by six', 'tomorrow', 'today'], [', no question', ', no doubt about it', ', guaranteed', ', for certain']],
    [["you'll have your money back", 'your parcel will be with you', 'your loan is approved', 'your appointment is definitely moved'], ['within 24 hours', 'by five today', '', 'to Monday'], [', my word', ', promise', ", don't worry, it's certain", ", it won't change"]],
    // H4: the promise as one's word ("I give my word", "no doubt") and the outcome named with when.
    [['', 'no doubt,', 'trust me,', 'I promise', 'I guarantee', 'I give my word', 'I can guarantee', 'you have my word', 'I swear'], ['', 'that'], ["you'll", 'you will', 'the charge will', 'your money will', 'the refund will', 'this will', 'it will'], ['', '100 percent', 'definitely', 'for sure', 'absolutely'], ['get it', 'be reversed', 'be back', 'be approved', 'get the upgrade', 'get the compensation', 'never happen again', 'be waived', 'be sorted'], ['', 'tomorrow', 'by Friday', 'today', 'this week']],
    // H9: money or a waiver promised with an amount and a date ("we'll refund every cent by Friday", "I'll waive the
    // fees for six months") — only the bank decides either.
    [['we will', "we'll", 'I will', "I'll"], ['pay you back', 'refund you', 'credit you', 'reimburse you', 'compensate you'], ['every cent', 'in full', 'the whole amount', 'two hundred dollars', 'eighty pounds'], ['by Friday', 'tonight', 'before the weekend', 'within the hour', 'tomorrow morning']],
    [['we will', "we'll", 'I will', "I'll"], ['waive', 'cancel', 'drop', 'wipe'], ['your fees', 'the annual fee', 'all the charges', 'the interest', 'the late fees'], ['for the next six months', 'for the rest of the year', 'for good', 'for a whole year', 'forever']],
    [['we will', "we'll", 'I will', "I'll"], ['credit', 'put', 'add'], ['fifty pounds', 'a hundred dollars', 'thirty dollars', 'the full refund'], ['to your account', 'on your card', 'back'], ['tonight', 'by Monday', 'today', 'within the hour']],
  ],
  offer_help: [
    // I6: "what do you want to do with …" asks what the customer needs (the I6 rude rows hold "what do you actually want").
    [['', 'so', 'okay,', 'right,'], ['what do you want to do', 'what would you like to do', 'what do you want me to do', 'what do you want to change'], ['with the order', 'with the booking', 'about the refund', 'with your account', 'next', 'about the parcel']],
    [['', 'so', 'okay,'], ['how can I', 'how may I', 'what can I', 'how might I', 'how could I'], ['help', 'help you', 'assist you', 'do for you', 'help you out', 'assist'], ['', 'today', 'this morning']],
    [['', 'so'], ["what's", 'what is'], ['the reason for your call', 'prompted your call', 'brought you to us', 'going on', 'up'], ['', 'today']],
    // H3: the offer as a question about the customer's issue, or what the agent can sort out.
    [['', 'so', 'okay,'], ["what's the issue", "what's going on with your account", 'what can I get sorted for you', 'what can I sort out for you', 'what would you like me to look at', 'what are we looking at'], ['', 'today', 'this morning']],
    // H4: the customer's problem asked about plainly, an invitation to go ahead, "tell me how I can help".
    [['', 'so', 'okay,', 'right,'], ['what is the issue', "what's the problem", 'what seems to be the trouble', 'what is the matter', 'what problem'], ['', 'you are facing', "you're having", 'you have', 'we can fix', 'today']],
    [['', 'yes,', 'sure,'], ['please', ''], ['go ahead', 'go on', 'carry on', 'tell me'], ['with your query', 'with your question', 'with the issue', "what's wrong", "what you need", 'with your concern']],
    [['', 'please', 'so'], ['tell me', 'let me know', 'say'], ['how I can help', 'how I may help you', 'what you need', 'what I can do for you', 'how I can assist'], ['', 'today', 'this evening']],
    [['', 'so'], ['what do you need', 'what would you like', 'what are you after', 'what can we get'], ['sorted', 'fixed', 'done', 'looked at', 'help with', 'sorted out'], ['', 'today', 'this morning']],
    // H5: the reason for the call asked for, and "what is it I can do", "how would you like me to help", "need a hand".
    [['', 'so', 'okay,'], ['may I know', 'can I ask', 'could you tell me', 'can I get'], ['the reason for your call', 'what you are calling about', 'the nature of your query', 'what this is about']],
    [['', 'so', 'right,'], ['what is it I can do', 'what did you want to ask', 'how would you like me to help', 'what can I assist with', 'what brings you to call us', 'what are you ringing about', "what's the query"], ['', 'for you', 'today', 'this afternoon']],
    [['', 'so'], ['need a hand', 'need some help', 'need help'], ['with something', 'with anything', 'today', 'with your account']],
    [['', 'so'], ['is it about'], ['a booking', 'a refund', 'your bill', 'your card', 'a delivery'], ['', 'or a refund', 'or something else', 'or a payment']],
  ],
};

/**
 * Fillers said between the parts (the normaliser ignores them; the act model must too, since it
 * sees clauses as ASR wrote them, with 嗯, 呃, "um", "you know" left in).
 */
const FILLERS = { zh: ['嗯，', '呃，', '那个，', '就是，', '啊，'], en: ['um, ', 'uh, ', 'you know, ', 'like, ', 'er, '] };

/** A deterministic 0..1 draw per text (the same rows every run). */
function draw(text: string, salt: string): number {
  return createHash('sha256').update(`${salt}\u0000${text}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Expansions kept for training per grammar (sampled by hash when a grammar makes more). Each grammar
 * is its own construction, and pooled under one cap per act a large new grammar thinned the small
 * old ones out: the H3 round's first model, with three more `other` grammars, took 「我看一下」 for a
 * hold request, and the H4 round's first model, with the big 「你当时怎么就不…」 grammar, was less sure
 * of the 30 rows of 「这是你的失误」. So every grammar keeps up to its own cap; the hard negatives
 * (`other`) keep more, since each stands alone against a whole act.
 */
export const PER_GRAMMAR_CAP = { act: 300, other: 600 };

export function compositionalExamples(caps = PER_GRAMMAR_CAP): ActExample[] {
  const out: ActExample[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const grammars = lang === 'zh' ? ZH : EN;
    for (const [label, gs] of Object.entries(grammars) as [ActLabel, Grammar[]][]) {
      const cap = label === 'other' ? caps.other : caps.act;
      const sample = (rows: string[]) => (rows.length <= cap ? rows : [...rows].sort((a, b) => draw(a, 'pick') - draw(b, 'pick')).slice(0, cap));
      const pools = gs.map((g) => expand(g, lang === 'en' ? ' ' : ''));
      const kept = [...new Set(pools.flatMap((p) => sample([...new Set(p)])))];
      for (const text of kept) {
        out.push({ text, label, source: `compositional/${lang}` });
        // A filler in front of one in three: the filler is noise to the act, not a cue.
        if (draw(text, 'filler') < 1 / 3) {
          const f = FILLERS[lang][Math.floor(draw(text, 'which') * FILLERS[lang].length)];
          out.push({ text: `${f}${text}`, label, source: `compositional/${lang}` });
        }
      }
    }
  }
  return out;
}
