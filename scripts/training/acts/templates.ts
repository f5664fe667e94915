/**
 * Act examples written for the act model (not taken from the paraphrase set): acts the data
 * sets lack (empathy, Mandarin acts beyond the ten mobilecs calls) and plain business talk as
 * `other`, composed from parts so the model sees each act in many frames.
 */
import type { ActLabel } from '../../../models/acts/labels.ts';
import type { ActExample } from './real-data.ts';

const CORES: Record<'zh' | 'en', Partial<Record<ActLabel, string[]>>> = {
  zh: {
    greeting: ['您好', '你好', '早上好', '下午好', '晚上好', '欢迎来电', '欢迎致电', '您好，欢迎致电'],
    self_intro: ['我是客服小周', '我是工号一二三的客服', '我姓林', '我是您的客服专员', '客服小孙为您服务', '我是值班客服小何'],
    offer_help: ['请问有什么可以帮到您', '请问您需要什么帮助', '请问您今天想办理什么', '有什么问题您请说', '请问您遇到了什么问题', '请讲'],
    further_help: ['请问还有别的问题吗', '还有其他需要帮忙的吗', '您还有其他问题吗', '还需要帮您办理其他业务吗', '其他还有需要吗', '还有没有别的要问的'],
    thanks_for_calling: ['感谢您的来电', '谢谢您来电', '感谢您的耐心咨询', '谢谢您的支持与配合', '感谢您对我们工作的支持'],
    goodbye: ['再见', '拜拜', '祝您生活愉快', '祝您一切顺利', '祝您节日快乐', '那就先这样，再见', '有问题随时来电，再见'],
    hold_request: ['请您稍等一下', '我查一下，请稍等', '麻烦您别挂机', '请您稍等片刻，我帮您核实', '稍等一下我看看', '请您保持通话'],
    hold_thanks: ['谢谢您的耐心等候', '让您久等了', '感谢您耐心等待', '不好意思久等了', '抱歉让您等了这么久'],
    apology: ['非常抱歉', '实在不好意思', '真的很抱歉', '给您添麻烦了', '对不起', '这边向您道歉', '抱歉给您带来不便'],
    empathy: ['我理解您的心情', '我明白您的感受', '换作是我也会着急', '您先别着急', '我能理解您现在很着急', '这确实让人很烦心', '您的心情我非常理解'],
    brush_off: [
      '这个你去问别人', '我们这边管不了', '你自己上网查', '跟我说没用', '这个我解决不了，你找别人吧', '你去营业厅自己办',
      '这个你打别的号码问', '你去找柜台吧', '这个问题我回答不了', '我们不负责这个', '那是别的部门的事', '你自己去银行问',
      '你自己看说明书', '我也帮不了你', '你爱找谁找谁', '这个没法处理', '你自己在手机上弄', '我们这里办不了，别问我',
      '你问我我也不知道', '反正不归我们管', '你自己去网点排队吧', '你找你们单位去',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      '这个你得自己去查', '你上官网看一下就知道了', '网上都写着呢，你自己看', '我不清楚，你问别人', '自己去APP里找', '这个你别问我了', '这事你找客户经理去', '你明天去网点问吧，我这查不了', '你自己琢磨吧', '说明书上都有，自己看',
    ],
    blame: [
      '这是你自己的问题', '谁让你不按时还款', '都怪你自己没看清楚', '是你自己操作错了', '你自己没注意',
      '是你自己没看短信', '你自己忘了还款怪谁', '你当时就不该点那个链接', '这都是你自己造成的', '你自己填错了信息',
      '谁叫你不早点打电话', '你自己不看合同', '这个责任在你', '你自己密码输错三次', '是你没按流程来',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      '你自己不小心怪谁', '当初让你别这么做你不听', '早就提醒过你了', '你自己没及时还款才这样的', '那是你自己签的', '你自己把卡借给别人的', '是你自己点的确认', '你自己没开通提醒', '你不看短信能怪我们吗', '这个是你操作失误', '谁让你自己乱点', '你早干嘛去了',
    ],
    rude: [
      '你听不懂吗', '我说了多少遍了', '你烦不烦', '别啰嗦了', '你到底想怎样', '你有完没完',
      '你怎么这么笨', '你能不能别吵', '跟你说不清楚', '你别跟我嚷嚷', '你这人怎么回事', '说了你也不懂',
      '你小点声', '你自己不会听吗', '我没空跟你耗', '爱办不办', '你急什么急', '懒得跟你解释',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      '你能不能听我说完', '烦死了', '你这个问题太蠢了', '你到底听没听', '少跟我啰嗦', '你冲我喊什么', '我没时间陪你聊', '别打断我', '不会自己看吗', '有话快说', '你是不是听不懂', '你这都不懂',
    ],
    promise: [
      '我保证明天到账', '肯定能批下来', '百分之百没问题', '绝对不会再扣费了', '我向您保证一定退款',
      '这笔钱今天肯定退回来', '额度一定能提上去', '我保证不影响您的征信', '利息肯定全部给您免掉', '绝对不会有问题',
      '我担保下个月就好', '包您满意', '这个费用保证给您退', '下次一定不会再出现', '审核我保证能通过',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      '这个我打包票', '明天肯定到账', '一定给您免年费', '保证以后不会再扣', '肯定能给您退回来', '我承诺今天就处理好', '百分百能下来', '我保证额度能提',
    ],
    thanks: ['谢谢', '谢谢你', '好的谢谢', '多谢'],
    other: [
      '您的账单已经出来了', '这笔消费是在上个月十号', '您的额度是两万元', '需要您提供一下身份证后四位', '我给您发一条短信',
      '这个活动下个月结束', '您的卡已经寄出了', '还款可以通过手机银行操作', '利息是按日计算的', '您这边登记的手机号是多少',
      '我帮您把申请提交上去', '审核大概需要三个工作日', '您说的是哪一张卡', '好的', '嗯', '对', '是的', '明白', '可以的', '没问题',
      '您的积分可以兑换礼品', '这个费用是系统自动扣的', '您之前办过分期', '您可以在APP上看到', '我这边看到您的卡是正常的',
      '您的还款已经入账了', '请问是您本人吗', '您的地址需要更新吗', '这个业务需要本人办理', '您要不要开通短信提醒',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      '我帮您查一下', '您也可以在APP上查看', '这不是您的问题', '不着急，您慢慢说', '我不能保证，但我会尽力', '按时还款的话不会产生利息', '这笔分期不会额外收费', '提前还款不会影响额度', '这个由我们来处理', '结果以审核为准',
    ],
  },
  en: {
    greeting: ['hello', 'hi there', 'good morning', 'good afternoon', 'good evening', 'evening', 'welcome', 'hello and welcome', 'hi, good evening'],
    self_intro: ["my name's Jordan", 'this is Alex on the support team', "I'm Taylor", 'you are speaking with Morgan', 'Casey here'],
    offer_help: ['how can I help you today', 'what can I do for you', 'how may I assist', 'what brings you in today', 'how can I help'],
    further_help: ['is there anything else', 'anything else I can help with today', 'can I help with anything else', 'what else can I do for you', 'do you have any other questions'],
    thanks_for_calling: ['thank you for calling', 'thanks for calling in today', 'thank you for your call', 'we appreciate your business', 'thank you for choosing us'],
    goodbye: ['goodbye', 'bye now', 'have a great day', 'take care', 'have a good evening', 'enjoy your weekend'],
    hold_request: [
      'please hold', 'one moment please', 'let me check, please hold', 'bear with me a second', 'can I put you on hold',
      'bear with me while I check that', 'give me a couple of minutes to look into it', 'let me pull up your account, one moment',
      'hang on a minute while I look', 'if you could hold for just a minute',
    ],
    hold_thanks: ['thanks for holding', 'thank you for waiting', 'thanks for your patience', 'sorry for the wait', 'I appreciate your patience'],
    apology: [
      "I'm sorry", 'I apologize', 'I apologise', 'sorry about that', 'my apologies', 'I am so sorry for the trouble', 'apologies for that',
      'sorry for the confusion', 'I apologize for the error', 'so sorry about this', "we're sorry for the delay", 'I apologise for our mistake',
    ],
    empathy: [
      'I understand how frustrating this is', 'I completely understand', 'I can see why you are upset', 'that must be really annoying',
      'I know how you feel', 'I hear you', 'I can imagine how stressful that is', "I'd be upset too", 'I understand your concern',
    ],
    brush_off: [
      "that's not my problem", 'go ask somebody else', 'you can look that up yourself', 'not my department', 'I can do nothing about it',
      "I can't help you with that, call another number", 'you need to sort that out with the branch', "that's not something we handle here",
      'ask the people who sold it to you', "there's a form online, fill it in yourself", 'just check the app yourself',
      "I wouldn't know, try the website", "nothing I can do, you'll have to call them", "that's above my pay grade", 'not our problem',
      'take it up with the merchant yourself', 'you will have to work that out on your own', "we don't deal with that, try someone else",
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      "that's not really my area, call someone else", "you'll have to figure that out yourself", "I don't handle that, try the branch", 'look it up on the website', 'the answer is online, go check', "that's the merchant's problem, not ours", "I really couldn't tell you, ask someone else", 'you need to contact them, not us', "that's not our department", "it's all in the terms, read them",
    ],
    blame: [
      'you should have read it', 'that was your mistake', 'you did that yourself', 'your fault for paying late', "that's on you",
      'you should have checked before you clicked', "well you didn't pay on time", 'you gave them your details yourself',
      "if you'd read the email this wouldn't have happened", 'you typed the wrong number', 'you only have yourself to blame',
      "you ignored our letters", "that's because you missed the deadline", 'you should have told us sooner',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      'you must have done something wrong', "that's what you get for paying late", 'you should have been more careful', 'it was your responsibility to check', 'you clicked the link yourself', "you didn't follow the instructions", 'nobody told you to do that', 'you brought this on yourself', "it's because you forgot to pay",
    ],
    rude: [
      'listen to me', 'I told you already', 'are you listening at all', 'you are wasting my time', 'stop interrupting me',
      'do you even understand what I am saying', 'lower your voice', "I'm not going to repeat myself", 'use your head',
      "that's a silly thing to ask", "I don't care", "take it or leave it", "I've got other calls to take", 'hurry up',
      'you are not listening', "honestly, it's not that hard",
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      "what part of that don't you understand", 'are you even paying attention', "I've explained this three times", 'stop yelling at me', "that's ridiculous", 'seriously, again?', 'just let me talk', "I don't have all day", "you're not making any sense", 'get to the point please',
    ],
    promise: [
      'I guarantee it', 'I promise it will be done', 'it will definitely go through', 'it is one hundred percent approved',
      'the refund will definitely be there tomorrow', "I promise you won't be charged again", 'your limit will surely be raised',
      "trust me, it's approved", 'I can assure you the interest will all be refunded', "this will never happen again, I promise",
      'you are guaranteed to get the waiver', "I'll make sure the fee disappears for good",
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      'you have my word it will be refunded', "it'll be fixed by tomorrow, guaranteed", "there's no way it won't be approved", 'it will absolutely be waived', "I'm certain it will go through", "rest assured, it's definitely approved", "I assure you this won't happen again", 'you will definitely get your money back',
    ],
    thanks: ['thank you', 'thanks', 'thanks a lot', 'thank you so much', 'great, thanks'],
    other: [
      'your balance is two hundred dollars', 'the payment posted yesterday', 'I can see the charge here', 'can you confirm your date of birth',
      'the card was mailed on Monday', 'your limit is five thousand', 'the interest is calculated daily', 'I will send you a text',
      'okay', 'right', 'sure', 'yes', 'got it', 'alright', 'let me explain the fee', 'that was on the tenth', 'which card is it',
      'you can do that in the app', 'the review takes three business days', 'I have submitted the request', 'your account is in good standing',
      // Written from the category (H3b, issue 11), not from any paraphrase-set wording:
      "I can't guarantee it, but I'll try", 'let me look that up for you', 'you can also check the app anytime', "it's not your fault", 'this is our responsibility', 'please take your time', 'the result depends on the review',
    ],
  },
};

/** Frames a core is said in (fillers and softeners around it), per language. */
const FRAMES = { zh: ['{}', '好的，{}', '嗯，{}', '{}啊', '那个，{}', '{}呢'], en: ['{}', 'okay, {}', 'well, {}', 'so {}', '{} then', 'alright, {}'] };

export function templateExamples(): ActExample[] {
  const out: ActExample[] = [];
  for (const lang of ['zh', 'en'] as const) {
    for (const [label, cores] of Object.entries(CORES[lang]) as [ActLabel, string[]][]) {
      for (const core of cores) for (const f of FRAMES[lang]) out.push({ text: f.replace('{}', core), label, source: `templates/${lang}` });
    }
  }
  return out;
}
