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
    [['', '好的，', '行，', '那'], ['', '请', '请您', '您', '麻烦您', '劳驾您'], ['', '先', '在线', '再'], ['稍等', '稍候', '等一下', '等一等', '等会儿', '等我一下', '等我片刻', '稍等片刻', '稍等一会儿', '等几秒', '等一小会儿'], ['', '，我帮您查一下', '，我看一下', '，我给您核实', '，我去确认一下', '，我查查系统']],
    [['', '请', '请您', '麻烦您'], ['', '先'], ['别挂机', '不要挂机', '别挂断', '不要挂断电话', '保持通话', '保持在线', '别挂电话'], ['', '，我这边查一下', '，我马上回来', '，我帮您看看']],
    [['我', '我这边', '我先'], ['帮您查一下', '给您查询一下', '去核实一下', '看一下系统', '调一下记录', '问一下后台'], ['，请您稍等', '，您稍等', '，麻烦稍候', '，需要一点时间，请别挂机', '，请您耐心等一下']],
    [['', '请', '请您'], ['耐心等待', '耐心等候', '耐心稍等'], ['', '一下', '片刻', '一会儿']],
  ],
  hold_thanks: [
    [['', '好的，', '喂，', '您好，'], ['谢谢', '感谢', '多谢'], ['', '您'], ['', '的', '一直'], ['', '耐心', '在线'], ['等待', '等候', '等着', '久等', '等我']],
    [['', '您好，', '好了，'], ['', '不好意思', '抱歉', '对不起', '麻烦您'], ['', '，'], ['', '让您', '叫您'], ['久等了', '等久了', '等了这么久', '等了一会儿', '等候了']],
    [['谢谢', '感谢'], ['您的'], ['耐心', '耐心和理解', '等待']],
  ],
  further_help: [
    [['', '请问', '那', '您看', '请问您'], ['', '这边', '今天'], ['还有', '还有没有'], ['', '什么', '其他', '别的', '什么其他', '什么别的', '其他的'], ['需要', '问题', '事情', '业务', '疑问', '要办理的', '想了解的', '需要咨询的'], ['', '需要我', '要我', '我可以', '我能'], ['', '帮忙', '帮您', '处理', '协助', '解答', '为您做'], ['', '的', '的地方'], ['吗', '呢', '']],
    [['', '请问', '那'], ['还需要', '还要'], ['', '我'], ['帮您', '为您'], ['查点别的', '办理其他业务', '看看别的', '处理其他问题', '做点什么'], ['吗', '']],
    [['', '请问'], ['其他', '别的'], ['', '方面'], ['还有问题吗', '还有需要吗', '还需要帮忙吗']],
  ],
  thanks_for_calling: [
    [['', '好的，', '嗯，'], ['感谢', '谢谢', '多谢', '非常感谢'], ['', '您'], ['的来电', '来电', '致电', '打来电话', '拨打', '拨打客服热线', '拨打服务热线', '拨打我们的热线', '联系我们', '的咨询', '使用我们的服务', '的支持', '的信任', '选择我们', '对我们的支持']],
  ],
  goodbye: [
    [['', '好的，', '那', '那就先这样，'], ['再见', '拜拜', '再会', '回头见', '下次见', '先挂了啊', '不打扰您了']],
    [['', '好的，'], ['祝您'], ['', '和家人'], ['生活愉快', '一切顺利', '工作顺利', '身体健康', '万事如意', '周末愉快', '用卡愉快', '心情愉快', '新年快乐', '一路顺风']],
  ],
  apology: [
    [['', '这件事', '这次', '这个问题'], ['', '我', '我们', '我代表公司'], ['', '真的', '实在', '非常', '十分', '深感'], ['抱歉', '对不起', '不好意思', '歉意', '向您道歉', '跟您说声对不起', '给您赔个不是']],
    [['', '实在', '真是'], ['抱歉', '对不起', '不好意思'], ['', '，'], ['给您添麻烦了', '给您带来不便', '给您造成困扰', '耽误您时间了', '让您费心了', '是我们的疏忽', '是我们的问题']],
    [['这确实是', '这是', '是'], ['我们的'], ['疏忽', '失误', '责任', '问题'], ['', '，向您道歉', '，对不起']],
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
    [['', '好的，', '行，', '那'], ['我', '我这边', '我先', '我来'], ['', '帮您', '给您'], ['看一下', '查一下', '核实一下', '确认一下', '看看', '查查', '处理一下', '登记一下', '记录一下']],
    [['', '好的，'], ['我', '我们'], ['已经'], ['帮您', '为您'], ['提交了申请', '查到了', '处理好了', '登记好了']],
  ],
  offer_help: [
    [['', '请问', '请问您'], ['', '今天'], ['有什么', '需要什么', '想办理什么', '要咨询什么', '遇到什么'], ['', '可以', '需要我'], ['帮您', '帮到您', '为您服务', '帮忙', '问题', '业务', '情况'], ['的', ''], ['吗', '呢', '']],
    [['您'], ['请讲', '请说', '说吧', '有什么问题尽管说', '有事您说']],
  ],
};

const EN: Partial<Record<ActLabel, Grammar[]>> = {
  hold_request: [
    [['', 'okay,', 'alright,', 'right,'], ['please', 'if you could', 'could you', 'can you', 'would you mind if I'], ['hold', 'hang on', 'bear with me', 'stay on the line', 'give me a moment', 'give me a second', 'wait a moment'], ['', 'for a moment', 'for a second', 'for a minute', 'just a sec', 'one moment', 'briefly'], ['', 'while I check', 'while I look into it', 'while I pull that up', "and I'll be right back", 'while I look at your account']],
    [['', 'okay,', 'so'], ["I'll need to", "I'm going to", 'let me', 'I have to', 'I need to'], ['put you on hold', 'place you on a brief hold', 'ask you to hold', 'check that', 'look into this', 'pull up your account'], ['', 'for a moment', 'for a minute', 'briefly', 'for two minutes'], ['', 'please hold', 'one moment please', 'bear with me']],
    [['', 'just'], ['one moment', 'one second', 'one sec', 'a moment', 'two minutes', 'a couple of minutes'], ['', 'please'], ['', 'while I check', 'while I search', 'while I look']],
  ],
  hold_thanks: [
    [['', 'okay,', "I'm back,", 'hi again,', 'are you still there?'], ['thanks', 'thank you', 'thanks so much', 'cheers', 'many thanks'], ['for', 'so much for'], ['holding', 'waiting', 'your patience', 'being patient', 'bearing with me', 'hanging on', 'staying on the line', 'waiting on the line']],
    [['', "I'm back,", 'okay,'], ['sorry', 'apologies', 'I apologize', 'so sorry'], ['for', 'about'], ['the wait', 'the hold', 'the delay', 'keeping you', 'keeping you waiting', 'the long wait', 'making you wait']],
    [['', "I'm back,"], ['sorry', 'sorry that'], ['to keep you waiting', 'it took so long']],
    [['I', 'I really', 'we'], ['appreciate', 'value'], ['your patience', 'you waiting', 'you holding']],
  ],
  further_help: [
    [['', 'so', 'okay,', 'before you go,', 'and'], ['is there', 'is there anything', 'can I help with', 'can I do', 'do you need', 'do you have', 'was there'], ['', 'anything', 'something'], ['else', 'more', 'further', 'other'], ['', 'I can help with', 'I can do for you', 'I can look at for you', 'you need', 'I can help you with', 'you would like', 'on your mind', 'questions', 'today']],
    [['', 'anything', 'what'], ['else', 'more'], ['I can', 'we can'], ['do', 'help with', 'look into', 'sort out'], ['', 'for you', 'today', 'while you are on the line']],
  ],
  thanks_for_calling: [
    [['', 'okay,', 'well,', 'and'], ['thank you', 'thanks', 'thanks so much', 'many thanks', 'thank you very much', 'we appreciate you'], ['for', 'so much for', ''], ['calling', 'your call', 'calling in', 'calling us', 'contacting us', 'reaching out', 'getting in touch', 'choosing us', 'being a customer', 'your business', 'your time', 'ringing us', 'banking with us'], ['', 'today', 'this evening']],
  ],
  goodbye: [
    [['', 'okay,', 'alright,', 'well,', 'right then,'], ['goodbye', 'bye', 'bye now', 'bye bye', 'take care', 'see you', 'so long', 'talk soon', 'all the best']],
    [['', 'okay,'], ['have a', 'enjoy your', 'you have a'], ['great', 'good', 'lovely', 'nice', 'wonderful'], ['day', 'evening', 'weekend', 'afternoon', 'one'], ['', 'now']],
  ],
  apology: [
    [['', 'I', "I'm", 'we', "we're", 'I am'], ['', 'so', 'really', 'truly', 'very', 'deeply', 'terribly'], ['sorry', 'apologize', 'apologise'], ['', 'about that', 'for that', 'for the trouble', 'for the inconvenience', 'for the mix-up', 'for the error', 'for this']],
    [['', 'please accept', 'my', 'our'], ['', 'sincere', 'deepest', 'humble'], ['apologies'], ['', 'for that', 'for the trouble', 'on this']],
    [['that was', 'this is', 'it was'], ['', 'entirely', 'completely'], ['our mistake', 'our fault', 'our error', 'on us'], ['', ', sorry', ', I apologize']],
  ],
  greeting: [
    [['', 'well', 'oh'], ['hello', 'hi', 'hi there', 'hey', 'good morning', 'good afternoon', 'good evening', 'morning', 'good day', 'greetings', 'welcome']],
  ],
  self_intro: [
    [["I'm", 'this is', 'my name is', "you're speaking with", "you're talking to", "you've got"], ['Alex', 'Jordan', 'Sam', 'Taylor', 'Chris'], ['', 'speaking', 'here', 'from the support team', "and I'll be helping you"]],
    [['Alex', 'Jordan', 'Sam'], ['here', 'speaking', 'is my name', 'on the line']],
  ],
  // Hard negatives: the agent saying what it is doing now ("I will unlock it") is not a promise the
  // center cannot keep, and pointing to a self-service channel politely is not a brush-off.
  other: [
    [['', 'okay,', 'right,', 'so'], ['I will', "I'll", 'let me', 'I can', "I'm going to"], ['unlock', 'reset', 'send', 'submit', 'process', 'update', 'cancel', 'refund', 'raise', 'escalate', 'log'], ['it', 'that', 'the card', 'your request', 'the ticket', 'this'], ['', 'now', 'for you', 'right away', 'today']],
    // "should" of expectation ("that should be it", "it should arrive tomorrow") is no reproach: blame's
    // "you should have" shares the word.
    [['', 'alright,', 'okay,', 'so'], ['that', 'this', 'it', 'the refund', 'the card', 'the new PIN', 'everything'], ['should', 'should now'], ['be it', 'be fine', 'be all', 'fix it', 'work now', 'arrive tomorrow', 'show up in two days', 'be sorted', 'go through tonight'], ['', 'then', 'for today']],
    [['you can', 'you can also'], ['check', 'see', 'find'], ['it', 'that', 'the balance'], ['in the app', 'online', 'on the website'], ['', 'anytime', 'if that helps']],
  ],
  brush_off: [
    [["you'll have to", 'you need to', 'you have to', 'go and', 'just'], ['figure', 'sort', 'work', 'look', 'check', 'find'], ['that', 'it', 'this'], ['out', 'up', ''], ['yourself', 'on your own', 'by yourself']],
  ],
  offer_help: [
    [['', 'so', 'okay,'], ['how can I', 'how may I', 'what can I', 'how might I', 'how could I'], ['help', 'help you', 'assist you', 'do for you', 'help you out', 'assist'], ['', 'today', 'this morning']],
    [['', 'so'], ["what's", 'what is'], ['the reason for your call', 'prompted your call', 'brought you to us', 'going on', 'up'], ['', 'today']],
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

/** Expansions per act and language kept for training (sampled by hash when a grammar makes more). */
export const PER_ACT_CAP = 600;

export function compositionalExamples(cap = PER_ACT_CAP): ActExample[] {
  const out: ActExample[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const grammars = lang === 'zh' ? ZH : EN;
    for (const [label, gs] of Object.entries(grammars) as [ActLabel, Grammar[]][]) {
      const all = [...new Set(gs.flatMap((g) => expand(g, lang === 'en' ? ' ' : '')))];
      const kept = all.length <= cap ? all : [...all].sort((a, b) => draw(a, 'pick') - draw(b, 'pick')).slice(0, cap);
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
