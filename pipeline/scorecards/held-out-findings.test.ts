/**
 * The failures issue 11 reports from a held-out set of 120 noisy calls, each as a hand-written
 * call checked with the shipped scorecards: what the shipped checks got wrong then, and must
 * get right now.
 */
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../checks/context.ts';
import { runCheck } from '../checks/run-check.ts';
import { agentSays, callContext, customerSays, sentimentFor } from '../../fixtures/support/pipeline/test-calls.ts';
import { shippedScorecards } from '../../scripts/eval/eval-checks.ts';
import { actModel } from '../../models/acts/engine.ts';

describe("I89 round (heldout97's misses and false alarms, read by cause)", () => {
  it('fails an outcome said to be certain', () => {
    expect(forbiddenEn('The replacement drum is certain to arrive before your gig')).toBe('fail');
  });

  it("keeps a customer's slip met with reassurance clear, but not blame that ends in \"no problem\"", () => {
    // The act model reads the first as blame (0.80); the agent takes the matter on in the same turn.
    expect(forbiddenEn("You missed the delivery, no problem, I'll rebook it")).toBe('pass');
    expect(forbiddenEn("If you'd kept the receipt we'd have no problem")).toBe('fail');
  });

  it('does not take "Thank you for wait" on return from a hold as the closing thank-you', () => {
    expect(closingEn('Thank you for wait, I got the answer from club, goodbye then')).toBe('fail');
  });

  it('takes "soree" as an apology', () => {
    expect(apologyEn('Soree, the yuzu order went missing')).toBe('pass');
  });

  it('takes the casual 谢了您呐 and the clipped 谢您 on return from a hold as thanks for waiting', () => {
    const hold = (thanks: string) => check(callContext(holdAround('请您稍等', thanks)), 'hold-etiquette').outcome;
    expect(hold('谢了您呐，果园那边说了，您的账单是三千元')).toBe('pass');
    expect(hold('谢您，嗯，会员已经激活了')).toBe('pass');
  });

  it('takes 就这些吗 as an offer of more help, but not the goodbye 那就这样嘛', () => {
    expect(closingZh('就这些吗，柚子苗')).toBe('pass');
    // 「再见」 alone is a goodbye without the thank-you or the offer.
    expect(closingZh('那就这样嘛，再见哈')).toBe('fail');
  });
});

describe("I90 round (heldout98's misses and false alarms, read by cause)", () => {
  it("takes a brush-off or a reproach back when the agent's own action opens the next clause", () => {
    // The act model reads each first clause as a brush-off or blame (0.81–1.00); no listed take-back holds these words.
    expect(forbiddenEn("That's another team, I'll connect you and wait on the line with you")).toBe('pass');
    expect(forbiddenEn("The manufacturer handles repairs, I'll book it with them for you")).toBe('pass');
    expect(forbiddenEn("Macrame isn't my area, so I'll get the tutor to ring you")).toBe('pass');
    expect(forbiddenZh('这个我这边办不了，我帮您找能办的同事')).toBe('pass');
    expect(forbiddenZh('不怪你嘛，我帮你看一哈')).toBe('pass');
  });

  it('still fails a brush-off whose "action" is declined, or what ASR left of 「我帮不了」', () => {
    expect(forbiddenZh('谱子你找指挥要，我帮不了')).toBe('fail');
    expect(forbiddenZh('那你投诉去吧，我帮布了')).toBe('fail');
    expect(forbiddenEn("That's not our department, I can't help")).toBe('fail');
  });

  it('fails "I\'m done with this", "you must have done something", "… are all the same", "want a medal"', () => {
    expect(forbiddenEn("Email the supervisor if you want, I'm done with this")).toBe('fail');
    expect(forbiddenEn('You must have done something to the system')).toBe('fail');
    expect(forbiddenEn('You detector people are all the same')).toBe('fail');
    expect(forbiddenEn('Do you want a medal for that')).toBe('fail');
  });
});

describe("I91 round (heldout99's misses and false alarms, read by cause)", () => {
  it('fails "don\'t bother", "funny how …", "not the brightest", "wimp", "a sure thing", "sure sure", 另请高明, 换个人问', () => {
    expect(forbiddenEn("The supervisor won't talk to you, so don't bother")).toBe('fail');
    expect(forbiddenEn('Funny how it only breaks for you')).toBe('fail');
    expect(forbiddenEn("You're clearly not the brightest")).toBe('fail');
    expect(forbiddenEn("Coasteering isn't for wimps, clearly")).toBe('fail');
    expect(forbiddenEn("It's a sure thing, the claim will go through")).toBe('fail');
    expect(forbiddenEn('E go reach tomorrow sure sure')).toBe('fail');
    expect(forbiddenZh('这我做不了主，你另请高明')).toBe('fail');
    expect(forbiddenZh('你过会儿再打，换个人接')).toBe('fail');
  });

  it('takes a brush-off back with the agent calling back in person (我亲自)', () => {
    // 「是解决不了」 sounds as the listed 「我解决不了」.
    expect(forbiddenZh('今天要是解决不了，我亲自给您回电')).toBe('pass');
  });
});

describe("I92 round (heldout100's misses and false alarms, read by cause)", () => {
  it('fails "pathetic", "yawn", 你那德行, 没别的事干, 自己的原因', () => {
    expect(forbiddenEn('Pathetic, just pathetic')).toBe('fail');
    expect(forbiddenEn('Yawn, is that it')).toBe('fail');
    expect(forbiddenZh('瞧你那德行')).toBe('fail');
    expect(forbiddenZh('你没别的事干吗')).toBe('fail');
    expect(forbiddenZh('那个，嗯，这个就是您自己的原因')).toBe('fail');
  });

  it('keeps a question called no idiot one, "it\'s not just you", "nothing is guaranteed", 听唔听到 and a regular customer thanked clear', () => {
    expect(forbiddenEn("That's not an idiot question at all")).toBe('pass');
    expect(forbiddenEn("It's not just you, others had the same issue")).toBe('pass');
    expect(forbiddenEn('Crabs are common on the walk, though nothing is guaranteed')).toBe('pass');
    expect(forbiddenZh('你听唔听到？我再讲一次')).toBe('pass');
    expect(forbiddenZh('你们是老客户了，非常感谢')).toBe('pass');
  });
});

describe("I93 round (heldout101's misses and false alarms, read by cause)", () => {
  it('hears the surname after the club or department\'s 部', () => {
    expect(greetingZh('朱', '您好，招行鹅莓果酱订购，我是本次为您服务的滚球俱乐部朱，您想问哪个').outcome).toBe('pass');
    // 部 only as written: by sound it is also 不 (「我不朱」 is no 「部朱」).
    expect(greetingZh('朱', '您好，招行鹅莓果酱订购，是不朱，您想问哪个').outcome).toBe('fail');
  });

  it('fails 早听我的, and takes a reproach back with the agent checking (我查)', () => {
    expect(forbiddenZh('早听我的就能退款了')).toBe('fail');
    expect(forbiddenZh('发票找不到没关系，我查下电子记录')).toBe('pass');
  });
});

describe("I94 round (heldout102's misses and false alarms, read by cause)", () => {
  it('fails "I cannot assist", "yourself to blame", "that\'s what you get for", "mark my words", "confirm get"', () => {
    expect(forbiddenEn('Please contact the workshop directly, I cannot assist, sir')).toBe('fail');
    expect(forbiddenEn('Ah sure you only have yourself to blame there')).toBe('fail');
    expect(forbiddenEn("That's what you get for not listening, love")).toBe('fail');
    expect(forbiddenEn('Mark my words, your harvest box arrives Saturday')).toBe('fail');
    expect(forbiddenEn('Sure can one, confirm get refund')).toBe('fail');
  });

  it('keeps "a fair question", a guarantee declined (保证不了) and 一定好看 clear', () => {
    expect(forbiddenEn("Bless you, that's a fair question, let me explain")).toBe('pass');
    expect(forbiddenZh('天气我们保证不了，如果取消会通知您')).toBe('pass');
    expect(forbiddenZh('您的名字刻出来一定好看')).toBe('pass');
  });
});

describe("I95 round (heldout103's misses and false alarms, read by cause)", () => {
  it('fails "not my work", "find other person", "better off asking", "is your problem", "drongo", "did you go to school", "sure shot"', () => {
    expect(forbiddenEn('That refund is not my work, ask the shop')).toBe('fail');
    expect(forbiddenEn('Go and find other person for the parcel')).toBe('fail');
    expect(forbiddenEn("You'd be better off asking your neighbour")).toBe('fail');
    expect(forbiddenEn('You filled the form wrong, is your problem')).toBe('fail');
    expect(forbiddenEn("Don't be a drongo about it")).toBe('fail');
    expect(forbiddenEn('Did you go to school at all')).toBe('fail');
    expect(forbiddenEn('Sure shot, the parcel lands Friday')).toBe('fail');
  });

  it('fails 问他去, 那德行 and 上过学 (negated too)', () => {
    expect(forbiddenZh('发票的事你问他去')).toBe('fail');
    expect(forbiddenZh('看您那德行')).toBe('fail');
    expect(forbiddenZh('这都不会，你上过学吗')).toBe('fail');
    expect(forbiddenZh('你是没上过学吧')).toBe('fail');
  });

  it('keeps "no need to google", the non-native "I help you" after a brush-off and a promise declined with 嘛 clear', () => {
    expect(forbiddenEn("I'll check the tracking for you, no need to google it")).toBe('pass');
    expect(forbiddenEn('Not my team, but I help you transfer lah')).toBe('pass');
    expect(forbiddenZh('这个我不敢打包票嘛，我帮您跟进')).toBe('pass');
  });

  it('hears the surname after 仓 and 办, and before 给您接电话', () => {
    expect(greetingZh('张', '您好，招商银行，粮仓张，请讲').outcome).toBe('pass');
    expect(greetingZh('李', '您好，招商银行，居委办李，请讲').outcome).toBe('pass');
    expect(greetingZh('王', '您好，招商银行，王给您接电话，请讲').outcome).toBe('pass');
  });
});

describe("I96 round (heldout104's misses and false alarms, read by cause)", () => {
  it('fails "call another", "foolishness", "small brain" and 最蠢', () => {
    expect(forbiddenEn('Not my desk, you call another')).toBe('fail');
    expect(forbiddenEn('I have no time for this foolishness')).toBe('fail');
    expect(forbiddenEn('Such a small brain, honestly')).toBe('fail');
    expect(forbiddenZh('这是我听过最蠢的说法')).toBe('fail');
  });

  it('keeps "no need to call another", 没有蠢问题, 帮您去问 and 我跟进 after a brush-off clear', () => {
    expect(forbiddenEn("I'll sort it here, no need to call another line")).toBe('pass');
    expect(forbiddenZh('没有蠢问题，您随便问')).toBe('pass');
    expect(forbiddenZh('物流的事我们帮您去问嘛')).toBe('pass');
    expect(forbiddenZh('这个不归我们部门，不过我跟进到底')).toBe('pass');
  });
});

describe("I97 round (heldout105's misses and false alarms, read by cause)", () => {
  it('fails "go find", "a you problem", "too hard for you", "who taught you", "confirm plus chop", "dead cert"', () => {
    expect(forbiddenEn('Printer jammed? Go find a technician')).toBe('fail');
    expect(forbiddenEn("Honestly that's a you problem")).toBe('fail');
    expect(forbiddenEn('Is a password too hard for you?')).toBe('fail');
    expect(forbiddenEn('Who taught you to fill forms')).toBe('fail');
    expect(forbiddenEn('Confirm plus chop, the card comes Monday')).toBe('fail');
    expect(forbiddenEn("It's a dead cert, you'll have it by noon")).toBe('fail');
  });

  it('fails 最后一遍, 听好了 and 伺候你', () => {
    expect(forbiddenZh('我再讲最后一遍')).toBe('fail');
    expect(forbiddenZh('听好了，卡号要输全')).toBe('fail');
    expect(forbiddenZh('我可没空伺候你')).toBe('fail');
  });

  it('keeps the agent going to find someone, the Cantonese 唔系你嘅错, a gift asked about and 我安排 after a brush-off clear', () => {
    expect(forbiddenEn("I'll go find the branch manager for you")).toBe('pass');
    expect(forbiddenZh('唔系你嘅错，我哋跟进')).toBe('pass');
    expect(forbiddenZh('我问问经理能不能送您一张券')).toBe('pass');
    expect(forbiddenZh('这个电话里办不了，我安排同事上门')).toBe('pass');
  });
});

describe("I98 round (heldout106's misses and false alarms, read by cause)", () => {
  it('fails "it\'s all in there", "not putting you through", "blame yourselves", "cry about it", "I am promising you" and 擎好', () => {
    expect(forbiddenEn("The manual came with it, it's all in there")).toBe('fail');
    expect(forbiddenEn("I'm not putting you through to anyone")).toBe('fail');
    expect(forbiddenEn('Well, blame yourselves')).toBe('fail');
    expect(forbiddenEn('Go on, cry about it')).toBe('fail');
    expect(forbiddenEn('I am promising you, the dye is fast')).toBe('fail');
    expect(forbiddenZh('您擎好吧')).toBe('fail');
  });

  it('keeps "did nothing wrong", the Cantonese 唔敢保证 and 太极什么 (not 急什么) clear', () => {
    expect(forbiddenEn("Don't fret, you did nothing wrong there")).toBe('pass');
    expect(forbiddenZh('这个唔敢保证，我帮你问')).toBe('pass');
    expect(forbiddenZh('太极什么时候开班，我查一下')).toBe('pass');
  });
});

describe("I99 round (heldout107's misses, read by cause)", () => {
  it('hears the surname before 客服 (alone or with 为您服务) and before 这儿, and no surname in 「什么客服为您服务」', () => {
    expect(greetingZh('李', '您好，招商银行，工号二一八，李客服，请讲').outcome).toBe('pass');
    expect(greetingZh('张', '您好，招商银行，张客服为您服务').outcome).toBe('pass');
    expect(greetingZh('胡', '您好，这边是物业热线，招行家政，胡这儿，什么事您讲').outcome).toBe('pass');
    expect(greetingZh('马', '您好，招商银行，请问有什么客服为您服务的').outcome).toBe('fail');
  });

  it('fails "above my pay grade", 还有脸 and 你跟不上', () => {
    expect(forbiddenEn('That refund is above my pay grade')).toBe('fail');
    expect(forbiddenZh('迟到三次还有脸来问')).toBe('fail');
    expect(forbiddenZh('我讲慢点，省得你跟不上')).toBe('fail');
  });
});

describe("I100 round (heldout108's misses and false alarms, read by cause)", () => {
  it('fails "using it wrong", the Pidgin "sure say" and 包批', () => {
    expect(forbiddenEn("Honestly you're using it wrong")).toBe('fail');
    expect(forbiddenEn('I go make sure say the card reach Monday')).toBe('fail');
    expect(forbiddenZh('这笔贷款包批')).toBe('fail');
  });

  it('keeps customers thanked and a call promised on news (我保证一有消息) clear', () => {
    expect(forbiddenEn('Customers like you help us improve')).toBe('pass');
    expect(forbiddenZh('我保证一有消息就通知您')).toBe('pass');
  });
});

describe("I101 round (heldout109's misses and false alarms, read by cause)", () => {
  // (A bare "hundred percent" is listed too; the act model already reads each short line of it we tried as a promise.)
  it('fails "nobody cares", "what a clown", 自己看 / 自个儿跑一趟 and 自己没 after any word', () => {
    expect(forbiddenEn('Nobody cares, sorry')).toBe('fail');
    expect(forbiddenEn('Honestly, what a clown')).toBe('fail');
    expect(forbiddenZh('尺码表自己看一下')).toBe('fail');
    expect(forbiddenZh('那您自个儿跑一趟吧')).toBe('fail');
    expect(forbiddenZh('我帮您看，呃，您这自己没点确认')).toBe('fail');
  });

  it('keeps a guarantee declined by 不了, "I care about …", "I\'m happy to" after a brush-off word and 给您补发 clear', () => {
    expect(forbiddenZh('到账时间我保证不了，我帮您催一下')).toBe('pass');
    expect(forbiddenEn('I care about your account being right')).toBe('pass');
    expect(forbiddenEn("Returns aren't my job usually, but I'm happy to help with it")).toBe('pass');
    expect(forbiddenZh('鞋子碎了，给你补发一双')).toBe('pass');
  });

  it('hears the name in 「叫我…{surname}主管就好」 and 「叫我{surname}经理就行」 (a title, then a tail), the roster\'s only', () => {
    expect(greetingZh('周', '您好，招商银行信用卡中心，您叫我周主管就好，请问有什么需要').outcome).toBe('pass');
    expect(greetingZh('周', '您好，招商银行信用卡中心，叫我周顾问就行，请问有什么需要').outcome).toBe('pass');
    expect(greetingZh('周', '您好，招商银行信用卡中心，叫我孙顾问就行，请问有什么需要').outcome).toBe('fail');
  });

  it('still fails a guarantee that 不了解 follows, and a scornful "like I care"', () => {
    expect(forbiddenZh('我保证不了解的地方都给您讲清楚')).toBe('fail');
    expect(forbiddenEn('Whatever, like I care')).toBe('fail');
  });
});

describe("I102 round (heldout110's misses and false alarms, read by cause)", () => {
  it('fails "too complicated for you", "nobody else managed", "works fine for everyone (else)" and 到你手里就…', () => {
    expect(forbiddenEn('Is that too complicated for you?')).toBe('fail');
    expect(forbiddenEn('Nobody else managed to snap the strap.')).toBe('fail');
    expect(forbiddenEn('The app works fine for everyone else.')).toBe('fail');
    expect(forbiddenZh('咋一到你手里就坏')).toBe('fail');
  });

  it('keeps a table or seat held for a while clear', () => {
    expect(forbiddenEn("We'll hold your table till eight.")).toBe('pass');
    expect(forbiddenZh('桌子给您保留到八点')).toBe('pass');
  });

  it('hears the name after a club\'s 社 (「围棋社张」), the roster\'s only', () => {
    expect(greetingZh('张', '您好，招商银行信用卡中心，围棋社张').outcome).toBe('pass');
    expect(greetingZh('张', '您好，招商银行信用卡中心，围棋社王').outcome).toBe('fail');
  });
});

describe("I103 round (heldout111's misses and false alarms, read by cause)", () => {
  // (肯定批 is listed too; the act model already reads each short line of it we tried as a promise.)
  it('fails "too clever for you", "… give up", "is for pensioners" and 「不是我们系统的问题」', () => {
    expect(forbiddenEn("Honestly, that's too clever for you.")).toBe('fail');
    expect(forbiddenEn('Two tries and still no pass, just give up.')).toBe('fail');
    expect(forbiddenEn('Karaoke is for pensioners anyway.')).toBe('fail');
    expect(forbiddenZh('这个是您手机设置的事，不是我们系统的问题')).toBe('fail');
  });

  it('takes a brush-off or blame back with "let\'s …", and reads 「不用你自己…」 as the customer need not', () => {
    expect(forbiddenEn("That's not our department, let's ring them together.")).toBe('pass');
    expect(forbiddenEn("You should have kept the receipt, let's see what we can do.")).toBe('pass');
    expect(forbiddenZh('不用你自己去营业厅')).toBe('pass');
  });

  it('hears the name before 主任 (「林主任，您讲」), the roster\'s only', () => {
    expect(greetingZh('林', '您好，招商银行信用卡中心，林主任，您讲').outcome).toBe('pass');
    expect(greetingZh('林', '您好，招商银行信用卡中心，何主任，您讲').outcome).toBe('fail');
  });
});

describe("I104 round (heldout112's misses and false alarms, read by cause)", () => {
  it('fails the Jamaican "nuh deal wid", "the worst caller" and "if you\'re so smart"', () => {
    expect(forbiddenEn('Me nuh deal wid refunds.')).toBe('fail');
    expect(forbiddenEn("You're the worst caller this week.")).toBe('fail');
    expect(forbiddenEn("Do it yourself if you're so smart.")).toBe('fail');
  });

  it('reads 「打包票不敢」 as a promise declined, 「我尽量…」 as an own action, and 「这种错谁都会犯」 as reassurance', () => {
    expect(forbiddenZh('打包票不敢，我尽力催')).toBe('pass');
    expect(forbiddenZh('你们来晚了，我尽量帮您排进去')).toBe('pass');
    expect(forbiddenZh('这种错谁都会犯')).toBe('pass');
  });
});

describe("I105 round (heldout113's and heldout114's misses and false alarms, read by cause)", () => {
  // Not here: "if you'd bothered", 白目, 肯定治好 and the exception 难免 — the act model already judged every wording of our own
  // for them as the round's lists now do, before the round.
  it('fails "shoulda", "hardly our problem" and a wrong address put on the customer', () => {
    expect(forbiddenEn('Shoulda read the small print, love.')).toBe('fail');
    expect(forbiddenEn('A late bus is hardly our problem.')).toBe('fail');
    expect(forbiddenEn('Your address was wrong, so it came back.')).toBe('fail');
  });

  it('fails "how hard can …", "not your strong point", "did your mum …", "too fool" and "nowt to do with me"', () => {
    expect(forbiddenEn('How hard can a form be?')).toBe('fail');
    expect(forbiddenEn('Maths is not your strong point.')).toBe('fail');
    expect(forbiddenEn('Did your mum set this up for you?')).toBe('fail');
    expect(forbiddenEn('Yuh too fool, man.')).toBe('fail');
    expect(forbiddenEn('Nowt to do with me, pal.')).toBe('fail');
  });

  it('passes a guarantee declined, the Jamaican "mi will" / "mi a go" and "whatever the cause"', () => {
    expect(forbiddenEn("Refunds aren't guaranteed, mind.")).toBe('pass');
    expect(forbiddenEn("Cash back isn't guaranteed, mate, but you qualify.")).toBe('pass');
    expect(forbiddenEn('Dat a next department, mi will sort it.')).toBe('pass');
    expect(forbiddenEn("That's another desk, mi a go pass it on.")).toBe('pass');
    expect(forbiddenEn("Whatever the cause, we'll swap it.")).toBe('pass');
  });

  it('fails 不是我这块的 and a prize said as certain', () => {
    expect(forbiddenZh('这个不是我这块的')).toBe('fail');
    expect(forbiddenZh('头奖肯定是您的')).toBe('fail');
  });

  it('greets with 您早 or 我帮您看看 / 瞧瞧, and hears no 郭 in 牛油果', () => {
    expect(greetingZh('林', '您早，招行，我姓林').outcome).toBe('pass');
    expect(greetingZh('高', '招行，我是高，快递我帮您看看').outcome).toBe('pass');
    expect(greetingZh('高', '这边招行，我是高，包裹的事我帮您瞧瞧').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招行，我姓吴，牛油果的事您说').outcome).toBe('fail');
  });
});

describe("I106 round (heldout115's misses and false alarms, read by cause)", () => {
  // Not here: "definitely pass it on" and "tasting tour" — no wording of our own for them was flagged before the round.
  it('passes "no guarantees", "isn\'t something I can guarantee" and "I help you ask them"; fails "you can\'t tell X from Y"', () => {
    expect(forbiddenEn("I'll ask the groomer about Sunday, no guarantees.")).toBe('pass');
    expect(forbiddenEn("A late slot isn't something I can guarantee, but I'll try.")).toBe('pass');
    expect(forbiddenEn("That's the other desk, I help you ask them.")).toBe('pass');
    expect(forbiddenEn("You can't tell silk from nylon, can you.")).toBe('fail');
  });

  it('fails 事真多 (so much fuss) and passes 「可能没看清楚」', () => {
    expect(forbiddenZh('买个票事真多')).toBe('fail');
    expect(forbiddenZh('可能没看清楚，我再发您一份')).toBe('pass');
  });
});

describe("I107 round (heldout116's misses and false alarms, read by cause)", () => {
  // Not here: "not the sharpest", "whining" and "I know who to ask" — the act model judged our own wordings for them so before.
  it('reads "100%" as "a hundred percent": a promise, while a rate in percent is none', () => {
    expect(forbiddenEn('Your card arrives 100% by Monday.')).toBe('fail');
    expect(forbiddenEn('The engineer will be there at nine, 100%.')).toBe('fail');
    expect(forbiddenEn('The fee is 0.6% a month.')).toBe('pass');
  });

  it('fails "boo hoo", "you\'re this upset", "next time listen", "people who can read", "shoulda thought", "stop bothering me" and "literally anyone else"', () => {
    expect(forbiddenEn("Boo hoo, it's a parcel.")).toBe('fail');
    expect(forbiddenEn("A scratch and you're this upset?")).toBe('fail');
    expect(forbiddenEn('Next time listen to the recording.')).toBe('fail');
    expect(forbiddenEn('People who can read the leaflet manage fine.')).toBe('fail');
    expect(forbiddenEn('Shoulda thought of that first.')).toBe('fail');
    expect(forbiddenEn('Stop bothering me about the bins.')).toBe('fail');
    expect(forbiddenEn('Ask literally anyone else.')).toBe('fail');
  });

  it('fails 听清楚再说 and 哭啥哭; passes 「但我知道找谁」', () => {
    expect(forbiddenZh('下次听清楚再说')).toBe('fail');
    expect(forbiddenZh('哭啥哭')).toBe('fail');
    expect(forbiddenZh('这个不是我们这个组，但我知道找谁')).toBe('pass');
  });

  it('hears no surname in 过来 or 起来', () => {
    expect(greetingZh('郭', '早上好，招商银行，您打过来是想问会员卡的事吧').outcome).toBe('fail');
    expect(greetingZh('齐', '您好，招商银行，这事说起来您讲').outcome).toBe('fail');
  });
});

describe("I108 round (heldout117's misses and false alarms, read by cause)", () => {
  it('fails "you call that …?", someone clever / sensible wanted on the phone, "wetin concern me" and "if you bother to"', () => {
    expect(forbiddenEn("You call that a parcel? It's a crisp packet.")).toBe('fail');
    expect(forbiddenEn('Get someone clever to ring next time.')).toBe('fail');
    expect(forbiddenEn('Put someone sensible on the line.')).toBe('fail');
    expect(forbiddenEn('Wetin concern me with your meter?')).toBe('fail');
    expect(forbiddenEn('The shop will tell you, if you bother to ask.')).toBe('fail');
    // A question about a name is no scorn.
    expect(forbiddenEn('What do you call that colour, the dark one?')).toBe('pass');
  });

  it('fails 个明白人 and passes 「谁都能学」', () => {
    expect(forbiddenZh('叫个明白人来跟我说')).toBe('fail');
    expect(forbiddenZh('冲浪谁都能学，我给您报个班')).toBe('pass');
  });
});

describe("I109 round (heldout118's misses and false alarms, read by cause)", () => {
  // Not here: 谁在乎 — the act model judged our own wording for it so before the round.
  it('fails "you\'re no expert", 什么破… and passes "at any age"', () => {
    expect(forbiddenEn("Clearly you're no expert on bikes.")).toBe('fail');
    expect(forbiddenEn("Even kids love it at any age, I'll sign you up.")).toBe('pass');
    expect(forbiddenZh('什么破快递问题')).toBe('fail');
  });
});

describe("I110 round (heldout119's misses and false alarms, read by cause)", () => {
  // Not here: "have you tried reading" and 一定会退 — the act model judged our own wordings for them so before the round.
  it('fails "not our system" even where brush-off\'s \'issue, not ours\' is near, and "a lost cause"', () => {
    expect(forbiddenEn("It's your old phone that froze, not our system.")).toBe('fail');
    // The two categories' matches overlap: the closer one is reported (the looser brush-off one was vetoed, losing both).
    expect(forbiddenEn('Your router is the issue, not our system.')).toBe('fail');
    expect(forbiddenEn('Honestly, your serve is a lost cause.')).toBe('fail');
  });
  it('passes the errand taken on and the kind uses of listed words', () => {
    expect(forbiddenEn("I'll ask someone else for you right now.")).toBe('pass');
    expect(forbiddenEn('We love helping people like you here.')).toBe('pass');
    expect(forbiddenEn("I'll definitely pass this on to the manager.")).toBe('pass');
    expect(forbiddenEn("It's not obvious, loads of people ring about it")).toBe('pass');
    expect(forbiddenZh('什么年纪都能学陶艺，您放心')).toBe('pass');
    expect(forbiddenZh('我帮你去找嘛，等我一下')).toBe('pass');
  });
  it('fails 去看看说明书 and the Taiwanese 你很卢', () => {
    expect(forbiddenZh('你先去看看说明书吧')).toBe('fail');
    expect(forbiddenZh('你很卢欸，一直问')).toBe('fail');
  });
  it('quotes 哈啰 as the greeting word (before the round the act model passed it on the brand clause, quoted as the greeting)', () => {
    expect(greetingZh('王', '哈啰，招商银行，我姓王').reason).toContain('问候语 (“哈啰”');
  });
});

describe("I111 round (heldout120's misses and false alarms, read by cause)", () => {
  // Not here: "all in the FAQ", "you lot broke", "shoulda booked", "you don't know what" and 哭哭啼啼 — the act model judged our
  // own wordings for them so before the round.
  it('fails "you lot always", "here we go again", "spell it out", "mumu" and 肯定选上', () => {
    expect(forbiddenEn('You lot always jam the printer.')).toBe('fail');
    expect(forbiddenEn('Oh, here we go again with the refund.')).toBe('fail');
    expect(forbiddenEn('Do you want me to spell it out for you?')).toBe('fail');
    expect(forbiddenEn('Honestly, you be mumu.')).toBe('fail');
    expect(forbiddenZh('比赛肯定选上您')).toBe('fail');
  });
  it('passes "I won\'t interrupt"', () => {
    expect(forbiddenEn("Go ahead, I won't interrupt.")).toBe('pass');
  });
});

describe("I112 round (heldout121's misses and false alarms, read by cause)", () => {
  // Not here: "all in the manual" and 没救了 — the act model judged our own wordings for them so before the round; nor "simple once
  // you", which it already passed in ours.
  it('fails "all in the handbook", "people who read" and "apparently not you"', () => {
    expect(forbiddenEn('The setup steps are all in the handbook.')).toBe('fail');
    expect(forbiddenEn("People who read the label don't get this wrong.")).toBe('fail');
    expect(forbiddenEn('Most folk manage it, but apparently not you.')).toBe('fail');
  });
  it('passes a taster offered, 大人小孩都能 and wholesale after a bun (包批发)', () => {
    expect(forbiddenEn("Rowing's great for everyone, want a taster?")).toBe('pass');
    expect(forbiddenZh('大人小孩都能学，欢迎来试')).toBe('pass');
    expect(forbiddenZh('面包批发是别的部门，我帮您转过去')).toBe('pass');
  });
});

describe("I113 round (heldout122's misses and false alarms, read by cause)", () => {
  // Not here: "why bother", "will certainly", "definitely getting", 操作有问题 and 我们不赔 — the act model judged our own wordings for
  // them so before the round; nor "hope the courier turns up", which it already passed in ours.
  it('fails "we don\'t care", "you don\'t know a … from a …" and 浪费时间', () => {
    expect(forbiddenEn("The vet handles dogs, we don't care.")).toBe('fail');
    expect(forbiddenEn("He doesn't know a bass from a trout, you don't know a trout from a bass either.")).toBe('fail');
    expect(forbiddenZh('这种问题问我纯属浪费时间')).toBe('fail');
  });
  it('passes "I\'ll make you a new one" (the shop remakes its own goods)', () => {
    expect(forbiddenEn("That mug chipped in the kiln, I'll make you a new one.")).toBe('pass');
  });
});

describe("I114 round (heldout123's misses and false alarms, read by cause)", () => {
  // Not here: "I'm not explaining", "somebody who isn't me", "someone didn't", "keep crying", 回哪去 and 没按说明 — the act model judged
  // our own wordings for them so before the round; nor "there's a guarantee on", which it already passed in ours.
  it('fails "is your job to", 别再打了, 激动啥 and 哭有什么用', () => {
    expect(forbiddenEn('Finding the form is your job to sort.')).toBe('fail');
    expect(forbiddenZh('看完说明书就别再打了')).toBe('fail');
    expect(forbiddenZh('多大点事，激动啥')).toBe('fail');
    expect(forbiddenZh('哭有什么用，说事')).toBe('fail');
  });
  it('passes 找能处理的人 after 处理不了, 不难 and 什么岁数', () => {
    expect(forbiddenZh('这个我处理不了，但我找能处理的人来')).toBe('pass');
    expect(forbiddenZh('这点事不难，马上好')).toBe('pass');
    expect(forbiddenZh('什么岁数学画画都行')).toBe('pass');
  });
  it('reads 琉璃 as a word, not the surname 刘 by sound', () => {
    expect(greetingZh('刘', '早啊，欢迎致电招行琉璃工作室，我姓高，需要点什么').outcome).toBe('fail');
  });
});

describe("I115 round (heldout124's misses and false alarms, read by cause)", () => {
  // Not here: "next time read", "aren't you just a", "that explains a lot", "you have no sense", "will be cured", 我不转, 也能抱怨 and
  // 我亲自去 — the act model judged our own wordings for them so before the round.
  it('fails "go read your", "didnae fill", "dumbest", 下次看清楚, 就该听清楚, 别扯这些 and 肯定卖', () => {
    expect(forbiddenEn("go read your warranty, it's all there")).toBe('fail');
    expect(forbiddenEn('ye didnae fill in the date')).toBe('fail');
    expect(forbiddenEn("That's the dumbest excuse I've had this week.")).toBe('fail');
    expect(forbiddenZh('下次看清楚尺码再下单')).toBe('fail');
    expect(forbiddenZh('我第一次说你就该听清楚')).toBe('fail');
    expect(forbiddenZh('别扯这些有的没的')).toBe('fail');
    expect(forbiddenZh('这套房子挂出去肯定卖掉')).toBe('fail');
  });
  it('passes a brush-off taken back after a "but" said with no comma, 少称了 and 弄疼你了', () => {
    expect(forbiddenEn("It's not my department really but I'm happy to look into it")).toBe('pass');
    expect(forbiddenZh('哎，大闸蟹少称了')).toBe('pass');
    expect(forbiddenZh('不好意思，师傅弄疼你了')).toBe('pass');
  });
});

describe("I116 round (heldout125's misses and false alarms, read by cause)", () => {
  // Not here: "all in the terms", 自己查官网 and 跟我说有啥用 — the act model judged our own wordings for them so before the round;
  // nor "these things break", which it already passed in ours.
  it('fails "no my department", "exists for a reason", the blames and the scorn heldout125 showed', () => {
    expect(forbiddenEn('sorry, no my department')).toBe('fail');
    expect(forbiddenEn('the manual exists for a reason')).toBe('fail');
    expect(forbiddenEn('nobody else has trouble with the app')).toBe('fail');
    expect(forbiddenEn('you made a right mess of the form')).toBe('fail');
    expect(forbiddenEn('you give a fake address and expect a delivery')).toBe('fail');
    expect(forbiddenEn("anyone else would've known that")).toBe('fail');
    expect(forbiddenEn("you can't follow simple steps, can you")).toBe('fail');
    expect(forbiddenEn("people like that shouldn't be allowed to drive")).toBe('fail');
  });
  it('passes 快下班了 when the agent calls back tomorrow (我明天给您, 我明天一早)', () => {
    expect(forbiddenZh('我快下班了，我明天给您回个话')).toBe('pass');
    expect(forbiddenZh('快下班了，我明天一早给您答复')).toBe('pass');
  });
});

describe("I117 round (heldout126's misses and false alarms, read by cause)", () => {
  // Not here: "you probably broke" and 肯定做好 — the act model judged our own wordings for them so before the round; nor
  // 单子出不来, "take care of that" (a goodbye) and 「…不是您订的款」, which it already passed in ours.
  it('fails "as ugly as" and 蠢得要命', () => {
    expect(forbiddenEn('that hat is as ugly as your last one')).toBe('fail');
    expect(forbiddenZh('蠢得要命这人')).toBe('fail');
  });
  it('passes what a guarantee covers, an estimate (估计) and the goodbye 那就不多说了', () => {
    expect(forbiddenEn("it's covered by a two-year guarantee, I'll email the terms")).toBe('pass');
    expect(forbiddenZh('估计明天上午能到')).toBe('pass');
    expect(forbiddenZh('那就不多说了，再见')).toBe('pass');
    expect(forbiddenEn("I'll definitely make a note of it")).toBe('pass');
  });
  it('reads an apology then what the customer ordered, named as what went wrong, as an owned error; not a fault of theirs', () => {
    expect(forbiddenEn("apologies, the tiles weren't what you picked")).toBe('pass');
    expect(forbiddenEn("my apologies, the frames weren't what you ordered")).toBe('pass');
    expect(forbiddenEn('sorry, you chose the wrong colour')).toBe('fail');
  });
});

describe("I118 round (heldout127's misses and false alarms, read by cause)", () => {
  // Not here: "a you thing", "somebody somewhere", "folks like you", "didn't scratch itself", 都什么年代了, 跟新的一样 and 就当已经 —
  // the act model judged our own wordings for them so before the round; nor 唔该等阵, whose request it already read in ours.
  it('fails "might read it eventually", "my kid could", 没在管, 你打给他们 and 一定会同意', () => {
    expect(forbiddenEn('post it in, someone might read it eventually')).toBe('fail');
    expect(forbiddenEn('my kid could assemble that shelf')).toBe('fail');
    expect(forbiddenZh('这事我们没在管')).toBe('fail');
    expect(forbiddenZh('快递丢了，你打给他们')).toBe('fail');
    expect(forbiddenZh('经理一定会同意的')).toBe('fail');
  });
  it('passes a deadline doubted ("is tight", 有点紧) and the agent making the call (我打给他们, heard as 卧打给他们)', () => {
    expect(forbiddenEn('fifty cakes by Friday is tight, let me ask the bakery')).toBe('pass');
    expect(forbiddenZh('维修点的电话查到了，卧打给他们')).toBe('pass');
  });
  it('hears the surname said straight after 中心', () => {
    expect(greetingZh('高', '您好，招行，信用卡中心高，有什么可以帮您').outcome).toBe('pass');
    expect(greetingZh('李', '晚上好，招行账单热线，客服中心李，有什么可以帮您').outcome).toBe('pass');
  });
});

describe("I119 round (heldout128's misses and false alarms, read by cause)", () => {
  // Not here: "cry about" and 白痴 — the act model judged our own wordings for them so before the round.
  it('fails "not my wahala", "have a read", "rules yourself", "nobody wants your", "anyone smarter" and "whatever mate"', () => {
    expect(forbiddenEn('not my wahala, abeg')).toBe('fail');
    expect(forbiddenEn('the price list is online, have a read')).toBe('fail');
    expect(forbiddenEn('check the league rules yourself')).toBe('fail');
    expect(forbiddenEn('nobody wants your old tickets')).toBe('fail');
    expect(forbiddenEn('can I talk to anyone smarter')).toBe('fail');
    expect(forbiddenEn('whatever mate next')).toBe('fail');
  });
  it('passes "say for sure" (someone else will know), 什么水平都能 and 不保证', () => {
    expect(forbiddenEn("the vet can say for sure, I'll ask her")).toBe('pass');
    expect(forbiddenZh('这个舞什么水平都能学')).toBe('pass');
    expect(forbiddenZh('报名了也不保证中奖，但机会多一点')).toBe('pass');
  });
});

describe("I120 round (heldout130's misses and false alarms, read by cause)", () => {
  // Not here: "muppet" and "swear down" — the act model judged our own wordings for them so before the round.
  it('fails "give them a try", "whole internet", "is your business", 不检查, 可没碰过 and 看不懂去', () => {
    expect(forbiddenEn('the garden centre may know, give them a try')).toBe('fail');
    expect(forbiddenEn("there's a whole internet for recipes")).toBe('fail');
    expect(forbiddenEn("once it's delivered the rest is your business")).toBe('fail');
    expect(forbiddenZh('你拿货时不检查')).toBe('fail');
    expect(forbiddenZh('我们可没碰过您的行李箱')).toBe('fail');
    expect(forbiddenZh('说明看不懂去网点问')).toBe('fail');
  });
  it('passes something made ready for the customer and 我发视频 (not 我发誓)', () => {
    expect(forbiddenEn('ta for holding, pet, your lenses are ready')).toBe('pass');
    expect(forbiddenZh('我发视频给你看步骤')).toBe('pass');
  });
  it('passes "no need to feel a muppet" (the listing\'s exception: passes before the round too, since "muppet" was not listed)', () => {
    expect(forbiddenEn('no need to feel a muppet, everyone asks that')).toBe('pass');
  });
  it('greets with a 早 said as a clause of its own, not with the 早 of 「这么早啊」', () => {
    expect(greetingZh('林', '招行钢琴调音，早，我姓林').outcome).toBe('pass');
    expect(greetingZh('林', '招行钢琴调音，我姓林，这么早啊').outcome).toBe('fail');
  });
});

describe("I121 round (heldout132's misses and false alarms, read by cause)", () => {
  // Not here: "break a leg" — the act model judged our own wordings for it so before the round.
  it('fails "my nan could", "better off doing it yourself", 都比你 and 准到', () => {
    expect(forbiddenEn('my nan could set up a router quicker than you can describe it')).toBe('fail');
    expect(forbiddenEn("honestly you'd be better off doing it yourself")).toBe('fail');
    expect(forbiddenZh('我外婆修电脑都比你讲得快')).toBe('fail');
    expect(forbiddenZh('化肥今晚准到')).toBe('fail');
  });
  it('passes what can break, said before the agent checks', () => {
    expect(forbiddenEn("tiles can break under a heavy pot, I'll check the warranty")).toBe('pass');
  });
});

describe("I122 round (heldout133's misses and false alarms, read by cause)", () => {
  // Not here: "not your nanny", "pipe down" and "own pace" — the act model judged our own wordings for them so before the round.
  it('fails "don\'t want to hear about", "like a drunk", "join the club", "paper bag", "hilarious", "isn\'t very bright" and "all in the leaflet"', () => {
    expect(forbiddenEn("honestly I don't want to hear about your cat")).toBe('fail');
    expect(forbiddenEn('you sound like a drunk tonight')).toBe('fail');
    expect(forbiddenEn("your knee's sore? join the club")).toBe('fail');
    expect(forbiddenEn("you couldn't find your way out of a paper bag")).toBe('fail');
    expect(forbiddenEn('you lost your receipt again, hilarious')).toBe('fail');
    expect(forbiddenEn("your husband isn't very bright, is he")).toBe('fail');
    expect(forbiddenEn("it's all in the leaflet, have a look")).toBe('fail');
  });
  it('reads what was done to the customer\'s things, or the things they ordered, after an apology as an owned error (owned-error.ts)', () => {
    expect(forbiddenEn('Sorry, your sheep were put in the wrong field')).toBe('pass');
    expect(forbiddenEn('Apologies, the chairs you ordered are out of stock')).toBe('pass');
    // Still blame: the customer as the one who did it.
    expect(forbiddenEn('sorry, you ordered the wrong size')).toBe('fail');
  });
});

describe("I123 round (heldout134's misses and false alarms, read by cause)", () => {
  // Not here: "yours to pay", "always at your", "hard to keep" and 多算了 — the act model judged our own wordings for them so before the round.
  it('fails "not my table", "done that yourself" and "understanding anything"', () => {
    expect(forbiddenEn('not my table, sorry, ask the waiter')).toBe('fail');
    expect(forbiddenEn("you've done that yourself, mate")).toBe('fail');
    expect(forbiddenEn('are you understanding anything at all')).toBe('fail');
  });
  it('passes "you\'re a star" (praise) and 能不能帮您免掉 (asked, not promised)', () => {
    expect(forbiddenEn("thanks for your patience, you're a star")).toBe('pass');
    expect(forbiddenZh('我问问主管能不能帮您免掉这笔费用')).toBe('pass');
  });
});

describe("I124 round (heldout135's misses and false alarms, read by cause)", () => {
  // Not here: "if you spilt / spilled" and 肯定有帮助 — exceptions that keep the new phrases off a condition and advice, passed before the round too.
  it('fails "you spilt", "you\'re on something", 回不回 and 肯定有', () => {
    expect(forbiddenEn('you spilt tea all over the console, obviously')).toBe('fail');
    expect(forbiddenEn("you sound like you're on something")).toBe('fail');
    expect(forbiddenZh('资料寄过去了，回不回我说不准')).toBe('fail');
    expect(forbiddenZh('铲雪车肯定有空')).toBe('fail');
    expect(forbiddenEn('if you spilled something on it, the cover still pays')).toBe('pass');
    expect(forbiddenZh('多喝水肯定有帮助')).toBe('pass');
  });
  it('passes an apology for "the service you should have had", 管家公司, 天气我管不了 and 到了喊你', () => {
    expect(forbiddenEn('sorry, that is not the service you should have had')).toBe('pass');
    expect(forbiddenZh('管家公司')).toBe('pass');
    expect(forbiddenZh('天气我管不了，但铲雪车会提前到')).toBe('pass');
    expect(forbiddenZh('样品到了喊你')).toBe('pass');
  });
  it('takes 「您摆一哈」 (tell me) as the greeting\'s offer', () => {
    expect(greetingZh('王', '这边是招行，我姓王，铲雪的事，您摆一哈').outcome).toBe('pass');
  });
});

describe("I125 round (heldout136's misses and false alarms, read by cause)", () => {
  // Not here: "shut your mouth", "you jammed", 不搭界 and 真可怜 — the act model judged our own wordings for them so before the round.
  it('fails "make sure the supervisor approves", 勿搭界, 先看说明书 and 一辈子', () => {
    expect(forbiddenEn('I will make sure the supervisor approves the refund')).toBe('fail');
    expect(forbiddenZh('这个事体搭我勿搭界')).toBe('fail');
    expect(forbiddenZh('用之前该先看说明书')).toBe('fail');
    expect(forbiddenZh('这个锅用一辈子')).toBe('fail');
  });
  it('passes 我没法打包票 (a promise declined, which sounds like the brush-off 我没法答)', () => {
    expect(forbiddenZh('我去问，但我没法打包票')).toBe('pass');
  });
});

describe("I126 round (heldout137's misses and false alarms, read by cause)", () => {
  // Not here: 可聪明 and 你怎么想的 (the act model judged our own wordings for them so before the round), "hand on heart" (the act
  // model reads the promise after it), "on our side" and "didn't do anything wrong" (our wordings passed before the round).
  it('fails "your palava", "sound drunk", "when you\'re sober", "zip it", 开除, 说完没有 and 最烦的客户', () => {
    expect(forbiddenEn('na your palava, no be my own')).toBe('fail');
    expect(forbiddenEn('you sound drunk to me')).toBe('fail');
    expect(forbiddenEn("ring back when you're sober")).toBe('fail');
    expect(forbiddenEn('zip it, I am talking')).toBe('fail');
    expect(forbiddenZh('我一定把那个师傅开除')).toBe('fail');
    expect(forbiddenZh('说完没有')).toBe('fail');
    expect(forbiddenZh('你是我今天遇到最烦的客户')).toBe('fail');
  });
  it('passes "we should have", "you and me both", the customer quoted (您说怪自己), 答应不了, 是我的事了 and 会想你的', () => {
    expect(forbiddenEn('we should have told you sooner')).toBe('pass');
    expect(forbiddenEn('ha, you and me both')).toBe('pass');
    expect(forbiddenZh('您说怪自己，其实不怪您')).toBe('pass');
    expect(forbiddenZh('终身保修我答应不了')).toBe('pass');
    expect(forbiddenZh('这事现在是我的事了，您放心')).toBe('pass');
    expect(forbiddenZh('掰掰，小狗会想你的')).toBe('pass');
  });
});

describe("I127 round (heldout138's misses and false alarms, read by cause)", () => {
  // Not here: "nothing to do with me" (our wording came near enough to the listed "nothing to do with us" before), "cast-iron",
  // 大惊小怪 and 脑袋有问题 (the act model judged our own wordings for them so before the round).
  it('fails "pay your bill on time", "anyone who reads", 比主管还懂 and 够可以的', () => {
    expect(forbiddenEn('pay your bill on time, then')).toBe('fail');
    expect(forbiddenEn('anyone who reads the leaflet knows that')).toBe('fail');
    expect(forbiddenZh('又来个比主管还懂的')).toBe('fail');
    expect(forbiddenZh('您这问题也是够可以的')).toBe('fail');
    // The oath is listed with who it is sworn on; 发誓 alone, by sound, is in 理发师.
    expect(forbiddenZh('让理发师给您修一下')).toBe('pass');
  });
  it('passes 都清楚了吧 (a check before closing) and the Cantonese 唔系痴线 (you are not crazy)', () => {
    expect(forbiddenZh('好，都清楚了吧，还有别的吗')).toBe('pass');
    expect(forbiddenZh('你唔系痴线，问得好')).toBe('pass');
  });
});

describe("I128 round (heldout139's misses and false alarms, read by cause)", () => {
  // Not here: 看说明书去, 我还有别的电话, 没脑子, 再也不会, 相信我, "next fella", 包票我不打 and the offers 啥毛病 / 要修哪 / 您慢慢说 (our own
  // wordings for them were judged so before the round, by the act model or other phrases). The three guards (陈负责 for an agent 周,
  // 宽带办理负责人, a promise declined) held before the round too: they keep what its rules must not do.
  it('credits the surname going on to what the agent is in charge of or follows up (周负责…, 归我孙跟进), never a name only heard inside a word', () => {
    expect(greetingZh('周', '您好，招商银行，周负责您的账单，您请讲').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招商银行，郭负责信用卡分期，您说').outcome).toBe('pass');
    expect(greetingZh('孙', '您好，招商银行信用卡中心，这件事归我孙跟进，您请讲').outcome).toBe('pass');
    expect(greetingZh('周', '您好，招商银行，这单由陈负责，请问有什么可以帮您').outcome).toBe('fail');
    expect(greetingZh('李', '您好，招商银行，宽带办理负责人稍后联系您，请问有什么可以帮您').outcome).toBe('fail');
  });
  it('takes the Cantonese 雷猴 (你好) for the salutation', () => {
    expect(greetingZh('赵', '雷猴，招行，我姓赵').outcome).toBe('pass');
  });
  it('fails 懒得去催, "hard ears", "can\'t help ya", "nobody to blame but" and "I can promise", but not a promise declined', () => {
    expect(forbiddenZh('报销单我懒得去催了')).toBe('fail');
    expect(forbiddenEn('you too hard ears, man')).toBe('fail');
    expect(forbiddenEn("can't help ya, love")).toBe('fail');
    expect(forbiddenEn("there's nobody to blame but yourself")).toBe('fail');
    expect(forbiddenEn('Look, I can promise the fee goes away')).toBe('fail');
    expect(forbiddenEn("A refund isn't something I can promise, but I'll ask")).toBe('pass');
  });
  it('passes 你唔系傻 and 不管是谁弄的 (with the fix offered), "cannae guarantee it", "a stupid question at all" and "you no dey craze"', () => {
    expect(forbiddenZh('你唔系傻，系网络慢咗')).toBe('pass');
    expect(forbiddenZh('镜子碎了，不管是谁弄的，我们都能上门换')).toBe('pass');
    expect(forbiddenEn('We cannae guarantee it will ship Monday')).toBe('pass');
    expect(forbiddenEn("Honestly, I wouldn't call it a stupid question at all")).toBe('pass');
    expect(forbiddenEn('You no dey craze, the app get wahala')).toBe('pass');
  });
  it('takes a brush-off back when its clause runs on past a filler to the agent\'s action ("Not er, my area, …, but I\'ll …")', () => {
    expect(forbiddenEn("Not er, my area, buddy, but I'll chase the team and call you back")).toBe('pass');
  });
});

describe("I129 round (heldout140's misses and false alarms, read by cause)", () => {
  // Not here: "just google" (our wordings were flagged before the round, as "google it" or by the act model).
  it('fails "ain fault", "will say yes" and "not gonna chase"', () => {
    expect(forbiddenEn('the scratches are yer ain fault')).toBe('fail');
    expect(forbiddenEn('head office will say yes to that')).toBe('fail');
    expect(forbiddenEn("I'm not gonna chase the courier for you")).toBe('fail');
  });
  it('passes "you\'ll approve it" (the customer approves) and "not being ridiculous"', () => {
    expect(forbiddenEn("the team will do their best with the lettering, and you'll approve it before it ships")).toBe('pass');
    expect(forbiddenEn("You're not being ridiculous at all, good question")).toBe('pass');
  });
});

describe("I130 round (heldout141's misses and false alarms, read by cause)", () => {
  // Not here: "you blocked the" and "listened the first" (our wordings were flagged before the round, by the act model).
  it('fails "your problem now" and "complicated for you"', () => {
    expect(forbiddenEn("Van's stuck at your gate? your problem now")).toBe('fail');
    expect(forbiddenEn('oh, a password, so complicated for you')).toBe('fail');
  });
  it('passes a callback promised, a guarantee asked for and declined, and the customer quoted or believed', () => {
    expect(forbiddenEn('I can promise to call you back before five with the result')).toBe('pass');
    expect(forbiddenEn("You asked me to guarantee it; I can't, but I'll check each morning")).toBe('pass');
    expect(forbiddenEn("You said 'not my problem' is what the last agent told you; that stops here")).toBe('pass');
    expect(forbiddenEn('You said you followed the manual, so the unit may be faulty')).toBe('pass');
  });
});

describe("I131 round (heldout142's misses and false alarms, read by cause)", () => {
  // Not here: "your circus", "so it's their fault", "no time for this", "on my life" and "cross my heart" (our wordings for them
  // were flagged before the round, by the act model or other phrases).
  it('fails "leave me out of it", "see if anyone reads", "a kid could" and "to the grown-ups"', () => {
    expect(forbiddenEn('just leave me out of it, please')).toBe('fail');
    expect(forbiddenEn('email the board and see if anyone reads it')).toBe('fail');
    expect(forbiddenEn('a kid could reset that router')).toBe('fail');
    expect(forbiddenEn('leave the wiring to the grown-ups, love')).toBe('fail');
  });
  it('passes the agent\'s own blunder owned, agreement, and "talk tomorrow" in a goodbye', () => {
    expect(forbiddenEn('I felt like a numpty with this app at first too')).toBe('pass');
    expect(forbiddenEn("Not daft at all, you've a point there")).toBe('pass');
    expect(forbiddenEn('Right, cheers, talk tomorrow')).toBe('pass');
  });
});

describe("I132 round (heldout142's and heldout143's misses and false alarms, read by cause)", () => {
  it('takes the surname before 在线值守 or 盯着, and after 您跟 … 说就行, as the agent naming themselves', () => {
    expect(greetingZh('孙', '您好，招行账单热线，孙在线值守，有事您讲').outcome).toBe('pass');
    expect(greetingZh('周', '你好，招商银行，今晚是我周盯着，您说').outcome).toBe('pass');
    expect(greetingZh('郑', '您好，招行挂失组，您跟郑说就行').outcome).toBe('pass');
    // Another surname in the same frame is still no self-introduction of this agent.
    expect(greetingZh('郑', '您好，招行挂失组，您跟李说就行').outcome).toBe('fail');
  });
  it('takes the Pidgin "make I help" as the offer to help', () => {
    expect(greetingEn('Brown', 'CMB, me name Brown, make I help').outcome).toBe('pass');
  });
  it('takes "just now, let me check" and 「可能要一两分钟」 as a hold announced, but not "let me check" or 「我查一下」 alone', () => {
    expect(holdEn('Just now, let me check the statement')).toBe('pass');
    expect(holdEn('Let me check the statement')).toBe('fail');
    expect(holdZh('我得查一下，可能要一两分钟')).toBe('pass');
    expect(holdZh('我查一下')).toBe('fail');
  });
  it('takes "thanks for that" and "thanks you" on return from a hold as thanks for waiting', () => {
    expect(holdEn('Hold on please', "Right, thanks for that, I'm back with your balance")).toBe('pass');
    expect(holdEn('Hold on please', 'thanks you, I have your account up now')).toBe('pass');
  });
  it('takes "is that the lot", "have we got everything sorted", 还有哪块我能帮上手 as offers, and "tanks fer callin", "glad you rang", 还好您打来了 as thanks', () => {
    expect(closingEn('Right, card sorted, or is that the lot')).toBe('pass');
    expect(closingEn('Have we got everything sorted?')).toBe('pass');
    expect(closingEn('Tanks fer callin bout da statement, slán now')).toBe('pass');
    expect(closingEn("I'm glad you rang, bye then")).toBe('pass');
    expect(closingZh('那个，还有哪块我能帮上手的')).toBe('pass');
    expect(closingZh('还好您打来了，不然我们都不知道，再见')).toBe('pass');
  });
  it('takes "sawry" as an apology', () => {
    expect(apologyEn('Sawry about the double charge, I will reverse it')).toBe('pass');
  });
});

describe("I133 round (heldout144's misses and false alarms, read by cause)", () => {
  it('fails "can\'t be bothered", "not paid to" and "some of us have real …"', () => {
    expect(forbiddenEn("I can't be bothered with statement queries")).toBe('fail');
    expect(forbiddenEn("Look, I'm not paid to chase couriers")).toBe('fail');
    expect(forbiddenEn('some of us have real work to get through, you know')).toBe('fail');
  });
  it('passes a late fee waived this once, the customer quoted, agreement, and a shouting customer asked to stop so the agent can help', () => {
    expect(forbiddenEn("It came in two days late, but I'll waive the fee this time")).toBe('pass');
    expect(forbiddenEn("You said I promised the card by Monday; I didn't, but I'll chase it")).toBe('pass');
    expect(forbiddenEn("No, you're not talking rubbish, that charge does look wrong")).toBe('pass');
    expect(forbiddenEn("I'm going to ask you to stop shouting so we can sort the statement out")).toBe('pass');
    expect(forbiddenEn("You said you feel blamed; nobody here is blaming you")).toBe('pass');
  });
  it('takes the surname before 工程师 and the trouble asked after as 怎么了 in a Mandarin greeting', () => {
    expect(greetingZh('郑', '招商银行信用卡中心，郑工程师，您讲讲').outcome).toBe('pass');
    expect(greetingZh('孙', '招行，账单组，我姓孙，卡片怎么了').outcome).toBe('pass');
  });
});

describe("I134 round (heldout145's misses and false alarms, read by cause)", () => {
  it('fails "love to help but", "child could" (ASR), "will ever happen again", 错全在您 and 学会认字', () => {
    expect(forbiddenEn("I'd love to help but I won't, sorry")).toBe('fail');
    expect(forbiddenEn('r child could fill this form in')).toBe('fail');
    expect(forbiddenEn("Don't worry, nothing like that will ever happen again")).toBe('fail');
    expect(forbiddenZh('讲真，错全在您')).toBe('fail');
    expect(forbiddenZh('你先学会认字再来问')).toBe('fail');
  });
  it('passes a silly question denied and nobody to blame', () => {
    // Not here: "the website's back", "failed on you" and 万一断了 (their exceptions answer act-model false alarms on the split's own
    // wordings; ours were not flagged before the round).
    expect(forbiddenZh('这真的不是蠢问题')).toBe('pass');
    expect(forbiddenZh('谁也没错，我们一起把它弄好')).toBe('pass');
  });
  it('takes "au revoir" and "good day to you" as goodbyes, but not "please, go on", "sharp sharp" or "that for you"', () => {
    expect(closingEn('Thanks for calling, au revoir')).toBe('pass');
    expect(closingEn("Thanks for calling, I'll send it sharp sharp")).toBe('fail');
    expect(closingEn('Thank you for calling, and good day to you')).toBe('pass');
    // "that all for ya?" is not listed: "all" is ignored as an intensifier, and "that for you" offers nothing.
    expect(closingEn("Thank you for calling, I'll post that for you")).toBe('fail');
    expect(closingEn('Thank you for calling. Please, go on')).toBe('fail');
  });
});

describe("I135 round (heldout147's misses and false alarms, read by cause)", () => {
  it('takes the minutes a check needs (ASR-garbled) as a hold announced, but not 我看一眼 or 我一查 alone', () => {
    expect(holdZh('我得需要几分查一下，您方便吗')).toBe('pass');
    expect(holdZh('我看一眼')).toBe('fail');
    expect(holdZh('我一查就知道了')).toBe('fail');
  });
  it('takes 守着电话 on return from a hold as thanks for waiting', () => {
    const afterHold = (thanks: string) => check(callContext(holdAround('请稍等', thanks)), 'hold-etiquette').outcome;
    expect(afterHold('多谢您守着电话，额度调好了')).toBe('pass');
    expect(afterHold('您的账单是三千元')).toBe('fail');
  });
  it('takes the surname before 给您办 after 由我 as the agent naming themselves, and no other surname', () => {
    expect(greetingZh('林', '您好，招行账单组，今天由我林给您办，您说').outcome).toBe('pass');
    expect(greetingZh('林', '您好，招行账单组，今天由我王给您办，您说').outcome).toBe('fail');
  });
  it('takes 再没别的了吧 as an offer, 特意打电话 as thanks, 您忙 said alone and 改天聊 as goodbyes', () => {
    expect(closingZh('账单都对上了，再没别的了吧')).toBe('pass');
    expect(closingZh('谢谢您特意打电话来说，您忙')).toBe('pass');
    expect(closingZh('感谢来电，好嘞，您忙吧')).toBe('pass');
    expect(closingZh('感谢来电，改天聊')).toBe('pass');
    expect(closingZh('感谢来电')).toBe('fail');
    // 您忙 inside a thank-you is no goodbye, and listing it beside 拜 does not make the 百 of an amount one.
    expect(closingZh('谢谢您百忙之中来电')).toBe('fail');
    expect(closingZh('感谢来电，年费二百，免了')).toBe('fail');
  });
  it('fails "better things to do", "fix your own" and "bet your bottom dollar"', () => {
    expect(forbiddenEn("Honestly I've better things to do than your statement")).toBe('fail');
    expect(forbiddenEn('Go fix your own card reader then')).toBe('fail');
    expect(forbiddenEn('You can bet your bottom dollar the refund lands Monday')).toBe('fail');
  });
});

describe("I136 round (heldout148's misses and false alarms, read by cause)", () => {
  it('fails "even my dog could", "chocolate teapot" and a pinky promise', () => {
    expect(forbiddenEn('even my dog could fill that form in')).toBe('fail');
    expect(forbiddenEn("That helpline's a chocolate teapot, mate")).toBe('fail');
    expect(forbiddenEn("I pinky promise the card's there Friday")).toBe('fail');
  });
  it('passes a free upgrade looked into, the center owning a late notice, and praise', () => {
    expect(forbiddenEn('Let me see whether you qualify for a free upgrade')).toBe('pass');
    expect(forbiddenEn("It would've saved you a trip if we'd told you")).toBe('pass');
    expect(forbiddenEn('Honestly, callers like yours are why I love this job')).toBe('pass');
    // The customer blamed for the same thing stays flagged.
    expect(forbiddenEn('It would have been easier if you had told us sooner')).toBe('fail');
  });
  it('passes the customer cleared, but not a promise that it will not happen again', () => {
    expect(forbiddenZh('不是操作的问题，是线路老化了')).toBe('pass');
    expect(forbiddenZh('我保证不会再出这种事')).toBe('fail');
  });
});

describe("I137 round (heldout149's misses and false alarms, read by cause)", () => {
  it('fails "hang up and dial", "nae oor problem", the top paddock and 板上钉钉', () => {
    expect(forbiddenEn('Cards are next door, so hang up and dial the card line')).toBe('fail');
    expect(forbiddenEn("Och, that's nae oor problem")).toBe('fail');
    expect(forbiddenEn('Bit loose in the top paddock, are we')).toBe('fail');
    expect(forbiddenZh('补发的卡板上钉钉明天到')).toBe('fail');
  });
  it('passes thanks for flagging a fault, the customer cleared or quoted, trouble apologised for, and nobody blamed', () => {
    expect(forbiddenEn('Lovely, thanks for calling, and for flagging the website problem')).toBe('pass');
    expect(forbiddenEn('It was a server fault, not because of anything you did')).toBe('pass');
    expect(forbiddenEn('You called yourself an idiot, but that form beats everyone')).toBe('pass');
    expect(forbiddenZh('不好意思，让您这么折腾了')).toBe('pass');
    expect(forbiddenZh('呃，这事儿不怪谁，先解决问题')).toBe('pass');
    // Blame said outright stays flagged.
    expect(forbiddenZh('密码设这么简单，不怪你怪谁')).toBe('fail');
  });
});

describe("I138 round (heldout150's misses, read by cause)", () => {
  it('takes the surname after 向导 as the agent naming themselves, and no other surname', () => {
    expect(greetingZh('周', '您好，招行，漂流向导周').outcome).toBe('pass');
    expect(greetingZh('周', '您好，招行，漂流向导李').outcome).toBe('fail');
  });
  it('takes "onything mair fer" and 还有哪项要核对 as offers of more help', () => {
    expect(closingEn('um, Is there onything mair fer the card')).toBe('pass');
    expect(closingZh('嗯，费用单还有哪项要核对吗')).toBe('pass');
  });
});

describe("I139 round (heldout151's and heldout152's misses and false alarms, read by cause)", () => {
  it('takes 「{surname}在…」 closing a clause, 「找{surname}就对」 and 「…{surname}就是我」 as the agent naming themselves, and no other surname', () => {
    expect(greetingZh('陈', '您好，招商银行，陈在前台，您讲').outcome).toBe('pass');
    expect(greetingZh('朱', '您好，招商银行，有事找朱就对，请讲').outcome).toBe('pass');
    expect(greetingZh('王', '您好，招行，您找的跑腿王就是我，您讲').outcome).toBe('pass');
    expect(greetingZh('李', '您好，招商银行，陈在前台，您讲').outcome).toBe('fail');
    // By sound only a surname written as the roster's counts before 在: 「实在」 is no 石.
    expect(greetingZh('石', '您好，招商银行，实在抱歉，请讲').outcome).toBe('fail');
  });
  it('fails a promise of never being charged again, blame for a warning ignored, 「use your eyes」', () => {
    expect(forbiddenEn("We'll make sure you're never charged that fee again")).toBe('fail');
    expect(forbiddenEn('You were warned about the step and still tripped')).toBe('fail');
    expect(forbiddenEn("Use your eyes, it's on the label")).toBe('fail');
  });
  it('passes the customer cleared, a guarantee declined with its object first, and the Hokkien 袂当保证', () => {
    expect(forbiddenEn("You weren't late at all, the coach left early")).toBe('pass');
    expect(forbiddenZh('打包票我可不敢，我尽量给您催')).toBe('pass');
    expect(forbiddenZh('我袂当保证，我会帮汝问')).toBe('pass');
  });
  it('takes 别的都没问题了吧 and the Hokkien 犹有啥物 as offers of more help', () => {
    expect(closingZh('那别的都没问题了吧')).toBe('pass');
    expect(closingZh('犹有啥物无')).toBe('pass');
  });
});

describe("I140 round (heldout153's misses and false alarms, read by cause)", () => {
  it("takes a rude hit back when the agent's own action opens the next clause, as it does a brush-off", () => {
    expect(forbiddenEn("It's not rocket science, and I'll show you each step")).toBe('pass');
    expect(forbiddenZh('这点不算麻烦，我来弄')).toBe('pass');
    // Said alone it stays rude.
    expect(forbiddenEn("seriously, it's not rocket science")).toBe('fail');
  });
  it('fails "just drop it", "not my remit", "let the grown-ups", "stop bleating" and 爱上哪儿上哪儿', () => {
    expect(forbiddenEn('Just drop it, no supervisor will call you back')).toBe('fail');
    expect(forbiddenEn('Not my remit, that one')).toBe('fail');
    expect(forbiddenEn('Let the grown-ups handle the paperwork')).toBe('fail');
    expect(forbiddenEn('Stop bleating about the fee')).toBe('fail');
    expect(forbiddenZh('爱上哪儿上哪儿吧')).toBe('fail');
  });
  it('passes a guarantee denied, the fault owned after 不怪你, and the agent walking the customer through it', () => {
    expect(forbiddenEn('Delivery dates are never guaranteed, sadly')).toBe('pass');
    expect(forbiddenZh('不怪你，是我们没讲清楚规则')).toBe('pass');
    expect(forbiddenZh('网站字小不好找，我带你看看')).toBe('pass');
    expect(forbiddenZh('不怪你怪谁')).toBe('fail');
  });
  it('takes 官网 (the official website) for no 王', () => {
    expect(greetingZh('王', '您好，招行官网客服，我是订票这块的朱，请讲').outcome).toBe('fail');
  });
  it('takes the Cantonese 仲要我帮你啲咩 and 还要我帮您查点啥 as offers of more help', () => {
    expect(closingZh('仲要我帮你啲咩')).toBe('pass');
    expect(closingZh('还要我帮您查点啥')).toBe('pass');
  });
});

describe("I141 round (heldout154's misses and false alarms, read by cause)", () => {
  it('fails "go in the bin", "into a search engine" and 我就辞职', () => {
    expect(forbiddenEn('Those complaints go in the bin')).toBe('fail');
    expect(forbiddenEn('Just put it into a search engine')).toBe('fail');
    expect(forbiddenZh('东西要是送不到我就辞职')).toBe('fail');
  });
  it('passes the customer quoted and corrected, and the agent taking the matter on after 可 (but)', () => {
    expect(forbiddenEn("You said you should have read the small print; honestly, we should've made it clearer")).toBe('pass');
    expect(forbiddenZh('这事不归我管，可我帮你找对的人')).toBe('pass');
    expect(forbiddenZh('网上有写，但是不好找，我直接念给您')).toBe('pass');
    // Told to read it, the customer is still brushed off.
    expect(forbiddenZh('网上有写，自己去看')).toBe('fail');
  });
  it('takes the surname after 咱 as the agent naming themselves, "any loose ends I can tie up" as an offer, and 联系我们，谢谢 as thanks', () => {
    expect(greetingZh('孙', '您好，招商银行，咱孙，您说').outcome).toBe('pass');
    expect(closingEn('Any loose ends I can tie up today?')).toBe('pass');
    expect(closingZh('您为这事联系我们，谢谢，再见')).toBe('pass');
  });
});

describe("I142 round (heldout155's misses and false alarms, read by cause)", () => {
  it('fails "hope for the best", "not my pigeon", "don\'t be a mampara", 关我啥子事 and the Wu 伐关我事体', () => {
    expect(forbiddenEn('Email them and hope for the best')).toBe('fail');
    expect(forbiddenEn('Sorry, not my pigeon')).toBe('fail');
    expect(forbiddenEn("Oh don't be a mampara")).toBe('fail');
    expect(forbiddenZh('退款关我啥子事')).toBe('fail');
    expect(forbiddenZh('伐关我事体')).toBe('fail');
  });
  it('passes a brush-off denied, the customer quoted, the agent not dropping it, and certainty declined', () => {
    expect(forbiddenEn("That's not my problem to pass on, it's mine to sort")).toBe('pass');
    expect(forbiddenEn("You mentioned you checked the box; it's genuinely unclear")).toBe('pass');
    expect(forbiddenZh('这事不归我管，但我不会撂下，帮您问')).toBe('pass');
    expect(forbiddenZh('百分百我说不了，我尽量')).toBe('pass');
    // Said bare, the brush-off stays flagged.
    expect(forbiddenEn("That's not my problem")).toBe('fail');
  });
  it('takes "goodnight, safe travels" as a goodbye', () => {
    expect(closingEn('Thanks for calling, goodnight, safe travels')).toBe('pass');
  });
});

describe("I143 round (heldout156's misses and false alarms, read by cause)", () => {
  it('takes the surname after 支持, 运输 or 订单 (the desk) as the agent naming themselves, and no other surname', () => {
    expect(greetingZh('吴', '您好，招行，网站支持吴，您想问啥').outcome).toBe('pass');
    expect(greetingZh('张', '您好，招商银行，运输张，请讲').outcome).toBe('pass');
    expect(greetingZh('李', '您好，招行，网站支持吴，您想问啥').outcome).toBe('fail');
    // 吗 after 订单 is a question, no 马.
    expect(greetingZh('马', '您好，招商银行，是查订单吗，请讲').outcome).toBe('fail');
  });
  it('fails "slowest caller" and the Wu 勿关阿拉; passes sympathy and the fault owned', () => {
    expect(forbiddenEn('You must be the slowest caller today')).toBe('fail');
    expect(forbiddenZh('那个事体勿关阿拉')).toBe('fail');
    expect(forbiddenEn('I understand, many of you have had this problem')).toBe('pass');
    expect(forbiddenEn("The label was wrong, so that's down to us")).toBe('pass');
  });
});

describe("I144 round (heldout157's misses and false alarms, read by cause)", () => {
  it('takes 我{surname}跟 closing the clause as the agent naming themselves, and 记账 as no 张', () => {
    expect(greetingZh('郭', '您好，招商银行，这笔退款是我郭跟，您说').outcome).toBe('pass');
    expect(greetingZh('李', '您好，招商银行，这笔退款是我郭跟，您说').outcome).toBe('fail');
    // 记账 (bookkeeping) names nobody: the agent said 孙.
    expect(greetingZh('张', '您好，招商银行记账组，我是孙，您说').outcome).toBe('fail');
    expect(greetingZh('张', '您好，招商银行，我是张，账户的事您说').outcome).toBe('pass');
  });
  it('fails talking slowly at the customer, "from your side only", 对牛弹琴, 玩得起 and 绝不会', () => {
    expect(forbiddenEn("Fine, I'll talk slowly so you can follow")).toBe('fail');
    expect(forbiddenEn('Sorry, the error is from your side only')).toBe('fail');
    expect(forbiddenEn("Read the letter and you'd not be in this mess")).toBe('fail');
    expect(forbiddenZh('和您解释这个就是对牛弹琴')).toBe('fail');
    expect(forbiddenZh('这种球你也玩得起？')).toBe('fail');
    expect(forbiddenZh('放心，短信以后绝不会漏发')).toBe('fail');
  });
  it('passes "no dumb questions", calling the other team for the customer, a supervisor\'s approval reported, and 有事找我', () => {
    expect(forbiddenEn('No dumb questions here, go ahead')).toBe('pass');
    expect(forbiddenEn('I can help you call the other team now')).toBe('pass');
    expect(forbiddenZh('主管同意给您退这笔年费了')).toBe('pass');
    expect(forbiddenZh('我姓王，有事找我')).toBe('pass');
  });
  it('takes 我还能做点什么 as an offer of more help and "it means a lot that you called" as thanks', () => {
    expect(closingZh('退款这块我还能做点什么吗')).toBe('pass');
    expect(closingEn('It means a lot that you called, bye now')).toBe('pass');
  });
});

describe("I145 round (heldout158's misses and false alarms, read by cause)", () => {
  it('takes 由我{surname}来接待 as the agent naming themselves, with 来 or 接 garbled, and no other surname', () => {
    expect(greetingZh('高', '您好，招商银行，今天由我高说接待，您请讲').outcome).toBe('pass');
    expect(greetingZh('林', '您好，招商银行，今天由我高说接待，您请讲').outcome).toBe('fail');
  });
  it('fails "a waste of my", "listen, sweetheart", "nuh blame we", "signs off on whatever", 勿关我 and 不想管', () => {
    expect(forbiddenEn('Honestly this call is a waste of my morning')).toBe('fail');
    expect(forbiddenEn('Listen, sweetheart, read the label')).toBe('fail');
    expect(forbiddenEn('Yuh break it, nuh blame we')).toBe('fail');
    expect(forbiddenEn('The manager signs off on whatever I tell him, so it is free')).toBe('fail');
    expect(forbiddenZh('退款事体勿关我')).toBe('fail');
    expect(forbiddenZh('这个我不想管')).toBe('fail');
  });
  it('passes a call back promised, nobody blamed, an estimate that is no promise, and a promise to pass it on', () => {
    expect(forbiddenZh('经理开会去了，我下午先找他，再打给您')).toBe('pass');
    expect(forbiddenZh('谁也不怪，快递路上磕的')).toBe('pass');
    expect(forbiddenZh('这只是物流的估计，不是承诺')).toBe('pass');
    expect(forbiddenEn('I promise to pass this on to the refunds team')).toBe('pass');
    expect(forbiddenEn("No, the instructions weren't clear, that's fair")).toBe('pass');
  });
  it('takes "tarra" as a goodbye, "any oda tin" as an offer of more help, and 还要我跟进什么 as one', () => {
    expect(closingEn('Thanks for calling, tarra')).toBe('pass');
    expect(closingEn('Any oda tin I fit do for you?')).toBe('pass');
    expect(closingZh('退款那边还要我跟进什么吗')).toBe('pass');
  });
});

describe("I146 round (heldout159's misses and false alarms, read by cause)", () => {
  it('takes the surname after 发货 (the shipping desk) as the agent naming themselves, and no other surname', () => {
    expect(greetingZh('胡', '您好，招商银行，退款发货胡在线，您说').outcome).toBe('pass');
    expect(greetingZh('孙', '您好，招商银行，退款发货胡在线，您说').outcome).toBe('fail');
  });
  it('takes "thanks fer haudin" as thanks on return', () => {
    expect(holdEn('One sec', "Thanks fer haudin', the parcel's out")).toBe('pass');
  });
  it('fails "can\'t be dealing with" and 关啥子事; passes "plenty of time for", a garbled offer and 好多人都不知道', () => {
    expect(forbiddenEn("I can't be dealing with refunds today")).toBe('fail');
    expect(forbiddenZh('包裹淋湿了关啥子事')).toBe('fail');
    expect(forbiddenEn("Take your time, I've plenty of time for your questions")).toBe('pass');
    expect(forbiddenEn('Hello, is your problem I can help?')).toBe('pass');
    expect(forbiddenZh('这个功能好多人都不知道，我教您')).toBe('pass');
    // Said as a statement, the blame stays flagged.
    expect(forbiddenEn('The late fee is your problem')).toBe('fail');
  });
  it('takes 慢慢行 as a goodbye', () => {
    expect(closingZh('感谢您的来电，慢慢行')).toBe('pass');
  });
});

describe("I147 round (heldout160's misses and false alarms, read by cause)", () => {
  it('fails "isn\'t my headache" and 消停会儿; passes a promise the customer asked for and declined, and a brush-off taken back by 再回复您', () => {
    expect(forbiddenEn("Refunds isn't my headache")).toBe('fail');
    expect(forbiddenZh('说来说去就这些，消停会儿')).toBe('fail');
    expect(forbiddenEn("You asked me to promise it ships today; I can't, but I'll chase it")).toBe('pass');
    expect(forbiddenZh('我去问一下仓库，再回复您')).toBe('pass');
  });
  it('takes "talk soon" as a goodbye and "have I covered all your questions" as an offer of more help', () => {
    expect(closingEn('Thanks for calling, talk soon')).toBe('pass');
    expect(closingEn('Have I covered all your questions?')).toBe('pass');
  });
});

describe("I148 round (heldout161's misses and false alarms, read by cause)", () => {
  it('fails "and neither will I", "a done deal", "you brought that on" and "my dog could"', () => {
    expect(forbiddenEn("The manager won't call you back and neither will I")).toBe('fail');
    expect(forbiddenEn('Your voucher is a done deal, trust me')).toBe('fail');
    expect(forbiddenEn('Well, you brought that on')).toBe('fail');
    expect(forbiddenEn('My dog could fill in this form')).toBe('fail');
  });
  it('passes the Pidgin "no drop the call" as a hold request, and "tanks fi stay" as thanks on return', () => {
    expect(forbiddenEn('Abeg, no drop the call, make I check the bill')).toBe('pass');
    expect(holdEn('Abeg, no drop the call, make I look')).toBe('pass');
    expect(holdEn('One moment please', 'Tanks fi stay pon di line, it reach')).toBe('pass');
  });
});

describe("I149 round (heldout162's misses and false alarms, read by cause)", () => {
  it('fails 一样无聊, 慢点说给你听, 屁事一大堆, 你就该, 这个下场, 不就知道了 and a delivery promised 无论如何都到', () => {
    expect(forbiddenZh('听您讲话跟念经一样无聊')).toBe('fail');
    expect(forbiddenZh('我再慢点说给你听，听好了')).toBe('fail');
    expect(forbiddenZh('规矩多，屁事一大堆')).toBe('fail');
    expect(forbiddenZh('开户前你就该问清楚')).toBe('fail');
    expect(forbiddenZh('贪便宜就是这个下场')).toBe('fail');
    expect(forbiddenZh('翻翻说明书不就知道了')).toBe('fail');
    expect(forbiddenZh('包裹周五无论如何都到')).toBe('fail');
    expect(forbiddenEn('Honestly, this form is as dull as this conversation')).toBe('fail');
  });
  it('takes a brush-off back by the agent\'s own action heard by sound (卧 for 我, 绑 for 帮), but not a negated one', () => {
    expect(forbiddenZh('这个我不管，但卧帮您转给专员')).toBe('pass');
    expect(forbiddenZh('网点的事我管不了，我绑您预约')).toBe('pass');
    expect(forbiddenZh('这个我不管，卧帮不了你')).toBe('fail');
  });
  it('passes a guarantee declined with 不 heard as 步, and a goodbye that says "look out for the courier"', () => {
    expect(forbiddenZh('利息能不能减我去问问，步敢打包票')).toBe('pass');
    expect(forbiddenEn('Bye now, and look out for the courier tomorrow')).toBe('pass');
  });
  it('takes 把您转到等待, 侬覅挂, "abeg no drop" and "bide there" as hold requests; 劳您驾等着, 难为侬等 and "grateful yuh stay" as thanks', () => {
    expect(holdZh('我先把您转到等待，查一下明细')).toBe('pass');
    expect(holdZh('侬覅挂，我翻翻记录')).toBe('pass');
    expect(check(callContext(holdAround('请稍等', '劳您驾等着，账单查好了')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('请稍等', '难为侬等，账单查到了')), 'hold-etiquette').outcome).toBe('pass');
    expect(holdEn('Abeg no drop, make I find am')).toBe('pass');
    expect(holdEn("Bide there, I'll find your order")).toBe('pass');
    expect(holdEn('One moment please', "Grateful yuh stay, it's sorted")).toBe('pass');
  });
  it('takes 还想了解啥, 都问完了吗 and 还问点啥 as offers of more help, and 拜啦 said alone as a goodbye', () => {
    expect(closingZh('贷款这块还想了解啥')).toBe('pass');
    expect(closingZh('账单的问题都问完了吗')).toBe('pass');
    expect(closingZh('您还问点啥')).toBe('pass');
    expect(closingZh('谢谢来电，拜啦')).toBe('pass');
  });
});

describe("I150 round (heldout163's misses and false alarms, read by cause)", () => {
  it('fails 嚷嚷两句, 天就塌, 生嚟做咩, 早该知道, 懒得帮你 and 毋是阮咧管', () => {
    expect(forbiddenZh('嚷嚷两句就想免年费')).toBe('fail');
    expect(forbiddenZh('卡片晚到一天，天就塌了？')).toBe('fail');
    expect(forbiddenZh('密码都记唔住，你个脑生嚟做咩')).toBe('fail');
    expect(forbiddenZh('还款日这种事您早该知道')).toBe('fail');
    expect(forbiddenZh('积分的事我懒得帮你查')).toBe('fail');
    expect(forbiddenZh('积分代志毋是阮咧管的')).toBe('fail');
  });
  it('fails "like a normal person", "the world\'s ending", "shouting always fixes", "if you\'re never home", "will never come back" and "swear pon mi life"', () => {
    expect(forbiddenEn('Just fill in the form like a normal person')).toBe('fail');
    expect(forbiddenEn("Oh no, the world's ending because your card arrived a day late")).toBe('fail');
    expect(forbiddenEn('Sure, shouting always fixes a late fee')).toBe('fail');
    expect(forbiddenEn("The card can't be delivered if you're never home")).toBe('fail');
    expect(forbiddenEn('This error will never come back, trust me')).toBe('fail');
    expect(forbiddenEn('I swear pon mi life, the card reach Monday')).toBe('fail');
  });
  it('passes the Cantonese 你打啱咗, the customer\'s words quoted (both languages), and "Ta, pet, I\'ve had a look"', () => {
    expect(forbiddenZh('您好，你打啱咗，信用卡中心，我姓王')).toBe('pass');
    expect(forbiddenZh('您说这不是我们的事，其实是我们的，我来处理')).toBe('pass');
    expect(forbiddenEn("Ta, pet, I've had a look at your statement")).toBe('pass');
    expect(forbiddenEn("You said you should've known better, but the due date is easy to miss")).toBe('pass');
    expect(forbiddenZh('您说您早该知道，其实这个日期很容易忘')).toBe('pass');
  });
  it('reads 焊锡膏 (solder paste) as a word, not the surname 高 by sound', () => {
    expect(greetingZh('高', '您好，招商银行焊锡膏咨询，我是何，请讲').outcome).toBe('fail');
    expect(greetingZh('高', '您好，招商银行焊锡膏咨询，我姓高，请讲').outcome).toBe('pass');
  });
  it('takes 请勿挂机, 先莫挂 and "likkle time" as hold requests, 谢谢您体谅 as thanks on return', () => {
    expect(holdZh('请勿挂机，我查一下账单')).toBe('pass');
    expect(holdZh('我看看明细，汝先莫挂')).toBe('pass');
    expect(check(callContext(holdAround('请稍等', '谢谢您体谅，账单查好了')), 'hold-etiquette').outcome).toBe('pass');
    expect(holdEn('Gimme a likkle time, mi check di statement')).toBe('pass');
  });
  it('takes 仲有边度 and 还差啥 as offers of more help, "big up yuhself fi callin" and "ta for buzzing" as thanks; not "good of you to wait" as thanks for calling', () => {
    expect(closingZh('仲有边度要我帮手')).toBe('pass');
    expect(closingZh('开卡还差啥资料吗')).toBe('pass');
    expect(closingEn("Big up yuhself fi callin', bye")).toBe('pass');
    expect(closingEn('Ta for buzzing through, bye')).toBe('pass');
    expect(closingEn('Is something remain wey you want make I check?')).toBe('pass');
    expect(closingEn("You're very good to wait, bye")).toBe('fail');
  });
});

describe("I151 round (heldout164's misses and false alarms, read by cause)", () => {
  it('fails 能不起皮, 能不坏吗, 你肯定在网站上点错, 有空会看的 and 那就换支', () => {
    expect(forbiddenZh('贴纸前不擦干净，能不起皮吗')).toBe('fail');
    expect(forbiddenZh('你肯定在网站上点错了按钮')).toBe('fail');
    expect(forbiddenZh('材料放前台吧，有空会看的')).toBe('fail');
    expect(forbiddenZh('卡不好用？那就换支信用卡')).toBe('fail');
    // 能不坏吗 said in words: before I151 it was caught as 不配 by 坏's classical reading pi, now dropped.
    expect(forbiddenZh('卡你放洗衣机里洗，能不坏吗')).toBe('fail');
  });
  it('fails "nobody but you", "is your lookout", "anyone who bothered to read", "will never go down again" and four brush-offs', () => {
    expect(forbiddenEn('Nobody but you typed that PIN')).toBe('fail');
    expect(forbiddenEn('What you spend abroad is your lookout')).toBe('fail');
    expect(forbiddenEn('Anyone who bothered to read the letter knew')).toBe('fail');
    expect(forbiddenEn('The app will never go down again')).toBe('fail');
    expect(forbiddenEn("I'll put you back in the queue and someone might answer")).toBe('fail');
    expect(forbiddenEn('Send us an email, we might get to it')).toBe('fail');
    expect(forbiddenEn('The fee na palava, no be my own')).toBe('fail');
    expect(forbiddenEn("That's a problem for you and your bank")).toBe('fail');
    expect(forbiddenEn('Maybe stick to biros if card readers confuse you')).toBe('fail');
    expect(forbiddenEn("This really isn't going in, is it")).toBe('fail');
  });
  it('passes 不用写信, 侬脑子灵光, a promise declined with the object first, 袂当你保证 and "not daft at all"', () => {
    expect(forbiddenZh('不用写信，我现在就帮您登记')).toBe('pass');
    expect(forbiddenZh('侬脑子灵光额，是这张表太难填')).toBe('pass');
    expect(forbiddenZh('双倍退款我承诺不了，我去问问')).toBe('pass');
    expect(forbiddenZh('双倍退款，我保证今天到')).toBe('fail');
    expect(forbiddenZh('我尽量明天寄，毋过袂当你保证')).toBe('pass');
    expect(forbiddenEn("You're not daft at all, the form is confusing")).toBe('pass');
    expect(forbiddenEn('Kindly permit me to ring the card department and revert')).toBe('pass');
    expect(forbiddenEn('Me a deal wid it fi yuh right now')).toBe('pass');
  });
  it('takes 还有哪不明白, "any other problem with" and "what\'s next on your list" as offers; 专门打一趟 as thanks; "o dabo" and "enjoy what\'s left of your" as goodbyes', () => {
    expect(closingZh('账单上还有哪不明白')).toBe('pass');
    expect(closingZh('谢了，专门打一趟，再见')).toBe('pass');
    expect(closingEn('Any other problem with the card?')).toBe('pass');
    expect(closingEn("What's next on your list of questions?")).toBe('pass');
    expect(closingEn('Thanks for calling, o dabo')).toBe('pass');
    expect(closingEn("Thanks for calling, enjoy what's left of your weekend")).toBe('pass');
  });
});

describe("I152 round (heldout165's misses and false alarms, read by cause)", () => {
  it('fails 我说话算话, 家里有明白人, 这不是找茬, 那点破事, 用户的责任, 别来问我 and "nothing will go wrong"', () => {
    expect(forbiddenZh('明天一定到账，我说话算话')).toBe('fail');
    expect(forbiddenZh('家里有明白人吗？换个人来听')).toBe('fail');
    expect(forbiddenZh('您这不是找茬吗')).toBe('fail');
    expect(forbiddenZh('就那点破事还投诉')).toBe('fail');
    expect(forbiddenZh('密码泄露是用户的责任')).toBe('fail');
    expect(forbiddenZh('积分的事别来问我')).toBe('fail');
    expect(forbiddenEn('Relax, nothing will go wrong with your card again')).toBe('fail');
  });
  it('passes 哪一项不清楚 (an offer), a sworn promise the customer asked for and declined, and blame taken back by "the mistake is ours"', () => {
    expect(forbiddenZh('账单里还有哪一项不清楚吗')).toBe('pass');
    expect(forbiddenEn("You asked me to swear it posts today; I can't, but I'll chase it")).toBe('pass');
    expect(forbiddenEn('You entered the right code, so the mistake is ours')).toBe('pass');
  });
  it('takes 帮您保持一下, 转静音 and "hanging on a spell" as hold requests; 这么有耐心 and "thanks fer bidin" as thanks on return', () => {
    expect(holdZh('我先帮您保持一下，查查明细')).toBe('pass');
    expect(holdZh('把您转静音，我查一下')).toBe('pass');
    expect(check(callContext(holdAround('请稍等', '谢谢您这么有耐心，查到了')), 'hold-etiquette').outcome).toBe('pass');
    expect(holdEn('Would you mind hanging on a spell?')).toBe('pass');
    expect(holdEn('One moment please', "Thanks fer bidin', it's sorted")).toBe('pass');
  });
});

describe("I153 round (heldout166's misses and false alarms, read by cause)", () => {
  it('fails "other company problem", "you\'re on your own", "sharpest tool in the shed", "said you were a nightmare", "you are doing wrong", 轮不到我管, 说你难缠 and 长眼睛', () => {
    expect(forbiddenEn('Card fee is other company problem')).toBe('fail');
    expect(forbiddenEn("The warranty is over, so you're on your own")).toBe('fail');
    expect(forbiddenEn("You're not the sharpest tool in the shed, are you")).toBe('fail');
    expect(forbiddenEn('The manager said you were a nightmare')).toBe('fail');
    expect(forbiddenEn('You are doing wrong with the PIN')).toBe('fail');
    expect(forbiddenZh('积分这事轮不到我管')).toBe('fail');
    expect(forbiddenZh('前台都说你难缠')).toBe('fail');
    expect(forbiddenZh('你长眼睛没有')).toBe('fail');
  });
  it('passes "got other thing to ask", a guarantee declined without the I, the fault owned or put on the thing, and 换我也烦', () => {
    expect(forbiddenEn('Got other thing to ask or not?')).toBe('pass');
    expect(forbiddenEn("Can't guarantee Friday, but I'll chase it")).toBe('pass');
    expect(forbiddenEn('The check is not your job, we should have caught it')).toBe('pass');
    expect(forbiddenZh('不怪你嘛，这种东西本来就难弄')).toBe('pass');
    // A rude remark one word away stays flagged.
    expect(forbiddenZh('你那嗓子本来就难听')).toBe('fail');
    expect(forbiddenZh('您着急是正常的，换我也烦')).toBe('pass');
    expect(forbiddenZh('阮无法度保证，毋过阮会共你催')).toBe('pass');
  });
});

describe("I154 round (heldout167's misses and false alarms, read by cause)", () => {
  it('names the agent after 配送 (delivery) and takes 出啥状况 and 不好用吗 as offers', () => {
    expect(greetingZh('何', '您好，招商银行，蛋糕配送何在线，请讲').outcome).toBe('pass');
    // Not anyone's name: the roster surname must be the one said.
    expect(greetingZh('王', '您好，招商银行，蛋糕配送何在线，请讲').outcome).toBe('fail');
    expect(greetingZh('黄', '招行，我姓黄，您的信用卡出啥状况了').outcome).toBe('pass');
    expect(greetingZh('林', '招商银行信用卡中心，我是小林，APP不好用吗').outcome).toBe('pass');
  });
  it('fails 是因为您不在家, 早跟您说过了, 要是按时交费 and the mock 恭喜您，又弄坏了', () => {
    expect(forbiddenZh('卡片没寄到是因为您不在家')).toBe('fail');
    expect(forbiddenZh('柜台早跟您说过了')).toBe('fail');
    expect(forbiddenZh('您要是按时交费就不会有滞纳金')).toBe('fail');
    expect(forbiddenZh('恭喜您，又弄坏了一张卡')).toBe('fail');
  });
  it('passes the agent putting the call through (我转) after 不过，呃 and the agent emailing the team themself', () => {
    expect(forbiddenZh('这事归别的部门管，不过，呃，我转过去陪着您')).toBe('pass');
    expect(forbiddenZh('这事找别的部门，我转不了')).toBe('fail');
    expect(forbiddenZh('积分的事我自己发邮件给财务，下午给您回电')).toBe('pass');
    expect(forbiddenZh('积分的事你自己发邮件给财务')).toBe('fail');
  });
  it('takes "two minutes", "whole the line" (ASR for hold) and asking the supervisor as hold requests', () => {
    expect(holdEn('I have to check the ledger, two minutes')).toBe('pass');
    expect(holdEn('Please whole the line')).toBe('pass');
    expect(holdEn('Give me a moment to ask my supervisor')).toBe('pass');
  });
});

describe("I155 round (heldout168's misses and false alarms, read by cause)", () => {
  it('fails "you no follow", "kind of your fault", "nothing I\'ll do about it", "stop crying", "what part of no" and "tink have all day"', () => {
    expect(forbiddenEn('You no follow the steps on the form')).toBe('fail');
    expect(forbiddenEn("Honestly it's kind of your fault")).toBe('fail');
    expect(forbiddenEn("That's the bank's rule, nothing I'll do about it")).toBe('fail');
    expect(forbiddenEn('Stop crying about the fee')).toBe('fail');
    expect(forbiddenEn("What part of no don't you understand")).toBe('fail');
    expect(forbiddenEn('Yuh tink have all day fi dis?')).toBe('fail');
  });
  it('fails 贪便宜, 现在后悔了吧, 是你忘了, 白瞎了, 是你卡号给错, 在浪费我 and 又来个比我懂', () => {
    expect(forbiddenZh('谁让你贪便宜买杂牌')).toBe('fail');
    expect(forbiddenZh('现在后悔了吧，早说了')).toBe('fail');
    expect(forbiddenZh('年费是你忘了交')).toBe('fail');
    expect(forbiddenZh('卡都剪了，白瞎了')).toBe('fail');
    expect(forbiddenZh('转账失败是你卡号给错了')).toBe('fail');
    expect(forbiddenZh('你这是在浪费我的时间')).toBe('fail');
    expect(forbiddenZh('又来个比我懂的')).toBe('fail');
  });
  it('passes the remark taken back ("fair question", "I get that", 没法打包票, 同事接着跟), 不用找别人 and 校准到', () => {
    expect(forbiddenEn('My mum asks the same thing, fair question')).toBe('pass');
    expect(forbiddenEn('It really is a big deal, I get that')).toBe('pass');
    expect(forbiddenZh('我答应您去催，但我没法打包票')).toBe('pass');
    expect(forbiddenZh('我快下班了，会把记录交给晚班同事接着跟')).toBe('pass');
    expect(forbiddenZh('不用找别人，我来办')).toBe('pass');
    expect(forbiddenZh('仪器校准到哪一步了')).toBe('pass');
    // The promise said alone stays flagged.
    expect(forbiddenZh('我答应您明天一定到')).toBe('fail');
  });
});

describe("I156 round (heldout169's misses and false alarms, read by cause)", () => {
  it('fails 我拍板了, 亲自担保, 你该先看看, "it\'s not hard, is it", "talk sense", "get off the line", "you must\'ve let", "your account\'s your business" and "consider your bill wiped"', () => {
    expect(forbiddenZh('我拍板了，明天全额退')).toBe('fail');
    expect(forbiddenZh('我亲自担保不会再扣')).toBe('fail');
    expect(forbiddenZh('你该先看看合同再签')).toBe('fail');
    expect(forbiddenEn("Just log in, it's not hard, is it")).toBe('fail');
    expect(forbiddenEn('Talk sense, please')).toBe('fail');
    expect(forbiddenEn("If you won't listen, get off the line")).toBe('fail');
    expect(forbiddenEn("You must've let your son use the card")).toBe('fail');
    expect(forbiddenEn("Your account's your business, not mine")).toBe('fail');
    expect(forbiddenEn('Consider your bill wiped, mate')).toBe('fail');
  });
  it('passes 虽说不是造火箭, 听不太清楚, 我说重点, 给您一个单号, "no be your fault" and "the line blur"', () => {
    expect(forbiddenZh('虽说不是造火箭，这个表也有讲究，我给您讲讲')).toBe('pass');
    // Said without the concession it stays flagged.
    expect(forbiddenZh('一张表而已，又不是造火箭')).toBe('fail');
    expect(forbiddenZh('您是不是听不太清楚，我再讲一次')).toBe('pass');
    expect(forbiddenZh('不占您时间，我说重点')).toBe('pass');
    expect(forbiddenZh('你说重点')).toBe('fail');
    expect(forbiddenZh('我先登记，给您一个单号')).toBe('pass');
    expect(forbiddenEn('The delay no be your fault, we go fix am')).toBe('pass');
    expect(forbiddenEn('Sorry, the line blur, can you say again?')).toBe('pass');
    expect(forbiddenEn('Why you so blur one')).toBe('fail');
  });
});

describe("I157 round (heldout170's misses and false alarms, read by cause)", () => {
  it('fails "not getting involved", "should\'ve read the", "should know better", "you blind", "bile yer heid" and "for people who know what they\'re doing"', () => {
    expect(forbiddenEn("I'm not getting involved in that dispute")).toBe('fail');
    expect(forbiddenEn("Should've read the terms first")).toBe('fail');
    expect(forbiddenEn('A grown adult should know better')).toBe('fail');
    expect(forbiddenEn('You blind or what')).toBe('fail');
    expect(forbiddenEn('Och, away and bile yer heid')).toBe('fail');
    expect(forbiddenEn("This card is for people who know what they're doing")).toBe('fail');
  });
  it('fails 肯定在您, 没跑儿, 不就完了, 有啥关系 and 自家勿当心', () => {
    expect(forbiddenZh('卡肯定在您出差前到')).toBe('fail');
    expect(forbiddenZh('没跑儿，后天准到')).toBe('fail');
    expect(forbiddenZh('密码忘了重设一个不就完了')).toBe('fail');
    expect(forbiddenZh('手机坏了跟我们有啥关系')).toBe('fail');
    expect(forbiddenZh('是侬自家勿当心')).toBe('fail');
  });
  it('passes the goodbye wish 冬天不冷 and 有什么问题 heard with 问 as 文', () => {
    expect(forbiddenZh('谢谢您抽空来电，拜拜，冬天不冷了')).toBe('pass');
    // 砂 / 纱 (sha) is 傻 by sound, and 文 is 问.
    expect(forbiddenZh('您好，纱窗有什么文题')).toBe('pass');
    // The rude question stays flagged.
    expect(forbiddenZh('问这种什么傻问题')).toBe('fail');
  });
});

describe("I158 round (heldout171's misses and false alarms, read by cause)", () => {
  it('fails 那是您的责任, 早就发现了, 早说过, 还想怎样, 嗓子冒烟 and 哭啥', () => {
    expect(forbiddenZh('密码告诉别人了，那是您的责任')).toBe('fail');
    // The polarity rule keeps the reassurance clean.
    expect(forbiddenZh('那不是您的责任')).toBe('pass');
    expect(forbiddenZh('您早点登录早就发现了')).toBe('fail');
    expect(forbiddenZh('早说过不能转借')).toBe('fail');
    expect(forbiddenZh('都退了您还想怎样')).toBe('fail');
    expect(forbiddenZh('说得我嗓子冒烟了')).toBe('fail');
    expect(forbiddenZh('一张卡而已，哭啥')).toBe('fail');
  });
  it('passes 我来弄 after a reassurance, 谁都不想, 说清楚再走 after 快下班了 and 有人保证过 (someone else\'s promise quoted)', () => {
    expect(forbiddenZh('不怪你，我来弄')).toBe('pass');
    expect(forbiddenZh('卡丢了谁都不想，呃，我们看看怎么补')).toBe('pass');
    expect(forbiddenZh('我快下班了，情况我跟同事说清楚再走')).toBe('pass');
    expect(forbiddenZh('您说之前有人保证过退款，我查查')).toBe('pass');
  });
});

describe("I159 round (heldout172's misses and false alarms, read by cause)", () => {
  it('takes "as to hold", "waiting a spell" and "can you wait" as hold requests', () => {
    expect(holdEn('Would you be good enough as to hold')).toBe('pass');
    expect(holdEn("Mind waitin' a spell while I look?")).toBe('pass');
    expect(holdEn('Can you wait, I ask the branch')).toBe('pass');
  });
  it('fails "won\'t transfer you", "real dunce", "go blame", "we wouldn\'t be here"; 不晓得，下一个, 下周一再说吧, 第一次听我的 and 配愚人', () => {
    expect(forbiddenEn("Sorry, I won't transfer you")).toBe('fail');
    expect(forbiddenEn("You're a real dunce with cards")).toBe('fail');
    expect(forbiddenEn('The branch did it, go blame them')).toBe('fail');
    expect(forbiddenEn("Had you paid on time we wouldn't be here")).toBe('fail');
    expect(forbiddenZh('不晓得，下一个问题')).toBe('fail');
    expect(forbiddenZh('快下班了，下周一再说吧')).toBe('fail');
    expect(forbiddenZh('你第一次听我的就好了')).toBe('fail');
    expect(forbiddenZh('假货配愚人')).toBe('fail');
  });
  it('passes blame taken back by "the error is ours" and the reassurance 不傻不傻', () => {
    expect(forbiddenEn('You check before paying, sir, and the error is ours')).toBe('pass');
    expect(forbiddenZh('嗯，不傻不傻，这个流程本来就绕')).toBe('pass');
    // Said as a question it stays flagged.
    expect(forbiddenZh('花这冤枉钱，傻不傻')).toBe('fail');
  });
});

describe("I160 round (heldout173's misses and false alarms, read by cause)", () => {
  it('fails "cheap customer", "need to spell out", "hang up on you", "quit whining", "bile heid", "I only pick up the phone", "before you blame the"; 再来怪 and 别耽误我', () => {
    expect(forbiddenEn('Cheap card for a cheap customer')).toBe('fail');
    expect(forbiddenEn('Do I need to spell out P-I-N for you?')).toBe('fail');
    expect(forbiddenEn('Shout again and I will hang up on you')).toBe('fail');
    expect(forbiddenEn('Quit whining about the fee')).toBe('fail');
    expect(forbiddenEn('Och, bile heid')).toBe('fail');
    expect(forbiddenEn("I only pick up the phone, I don't do refunds")).toBe('fail');
    expect(forbiddenEn('Read the terms before you blame the bank')).toBe('fail');
    expect(forbiddenZh('先学会用网银再来怪我们')).toBe('fail');
    expect(forbiddenZh('这点小事别耽误我下班')).toBe('fail');
  });
  it('passes "not a thick question", "I\'ll stop talking", "nobody thinks you\'re an eejit", 你唔傻 and 交代同事 after 快下班了', () => {
    expect(forbiddenEn("It's not a thick question at all")).toBe('pass');
    expect(forbiddenEn("Sorry, I'll stop talking and listen to you")).toBe('pass');
    expect(forbiddenEn("Nobody thinks you're an eejit for asking")).toBe('pass');
    expect(forbiddenEn('Stop talking and listen to me')).toBe('fail');
    expect(forbiddenZh('你唔傻，系说明写得唔清楚')).toBe('pass');
    expect(forbiddenZh('我快下班了，已经交代同事明早回您电话')).toBe('pass');
  });
});

describe("I161 round (heldout174's misses and false alarms, read by cause)", () => {
  it('takes "be right back" as a hold request', () => {
    expect(holdEn("I'll be right back once I've looked at the statement")).toBe('pass');
  });
  it('fails the Pidgin "no be my wahala" and 关我屁事', () => {
    expect(forbiddenEn('That one no be my wahala')).toBe('fail');
    expect(forbiddenZh('那张卡关我屁事')).toBe('fail');
  });
  it('passes "won\'t call that a stupid question", "I understand you\'re tired", blame taken back by "that\'s on us", rudeness by 对不起, and 我保证…给您回电', () => {
    expect(forbiddenEn("I won't call that a stupid question, plenty of people ask it")).toBe('pass');
    expect(forbiddenEn("I understand you're tired of being passed around")).toBe('pass');
    expect(forbiddenEn("You chose the plan from an old leaflet, that's on us")).toBe('pass');
    // Disowned, the blame stays.
    expect(forbiddenEn("You chose the wrong plan, that's not on us")).toBe('fail');
    expect(forbiddenZh('卡面印成这样，对不起，让您失望了')).toBe('pass');
    expect(forbiddenZh('我保证今天给您回电话说结果')).toBe('pass');
    expect(forbiddenZh('我保证给您退全款')).toBe('fail');
  });
});

describe("I162 round (heldout175's misses and false alarms, read by cause)", () => {
  it('fails "how\'s that on us?" (I161\'s take-back "that\'s on us", asked as a question, takes nothing back), "get what they deserve", "you must have" done it, "not something I\'m gonna", "won\'t read it", "we don\'t fix", "bill will be zero" and 关我啥', () => {
    expect(forbiddenEn("You never gave us your new address, how's that on us?")).toBe('fail');
    expect(forbiddenEn('People who leave the card in the sun get what they deserve')).toBe('fail');
    expect(forbiddenEn('You must have bent the chip')).toBe('fail');
    expect(forbiddenEn("That's not something I'm gonna chase")).toBe('fail');
    expect(forbiddenEn("Email us if you like, we won't read it")).toBe('fail');
    expect(forbiddenEn("We only issue cards, we don't fix readers")).toBe('fail');
    expect(forbiddenEn('Your bill will be zero next quarter, done')).toBe('fail');
    expect(forbiddenZh('积分没到账关我啥')).toBe('fail');
  });
  it('passes "you must have been" / "you must have felt" in sympathy, a clause after the agent asks (我问下) or offers (要不我), and 真不怪您', () => {
    expect(forbiddenEn('You must have been worried when the card was declined')).toBe('pass');
    expect(forbiddenEn('Sorry, you must have felt stuck')).toBe('pass');
    expect(forbiddenZh('这个系统我自己不会弄，我问下同事再给您回电')).toBe('pass');
    expect(forbiddenZh('我讲了好几遍了，要不我发短信给您')).toBe('pass');
    expect(forbiddenZh('谁怪您自己呀，其实真不怪您')).toBe('pass');
  });
});

describe("I163 round (heldout176's misses and false alarms, read by cause)", () => {
  it('takes "mind waiting" as a hold request, and "cheers for hangin\' on" and "…appreciated, I\'m back" as thanks after it', () => {
    expect(holdEn('Would you mind waiting while I pull the statement?')).toBe('pass');
    expect(holdEn('Please hold', "Cheers for hingin' on, the refund is there")).toBe('pass');
    expect(holdEn('Please hold', "Much apreciated, I'm back, the card is unlocked")).toBe('pass');
    // Back without a thanks is still no thanks.
    expect(holdEn('Please hold', "I'm back now, the card is unlocked")).toBe('fail');
  });
  it('fails "none of our business" and "learn to use"', () => {
    expect(forbiddenEn("The merchant's refund? That's none of our business")).toBe('fail');
    expect(forbiddenEn('Learn to use the app, honestly')).toBe('fail');
    expect(forbiddenEn('I can help you learn to use the app')).toBe('pass');
  });
  it('passes 我们还不知道 in thanks, 别丢了 as a goodbye wish and 我找能 after 答不上来', () => {
    expect(forbiddenZh('谢谢您告诉我们，不然扣费的问题我们还不知道')).toBe('pass');
    expect(forbiddenZh('好的再见，新卡别丢了')).toBe('pass');
    expect(forbiddenZh('这个我答不上来，我找能答的同事')).toBe('pass');
  });
});

describe("I164 round (heldout177's misses and false alarms, read by cause)", () => {
  it('takes "hol\' up" as a hold request', () => {
    expect(holdEn("Hol' up, pulling your statement")).toBe('pass');
  });
  it('fails "promise ye" and "swear on my"', () => {
    expect(forbiddenEn("Ah promise ye the card comes Monday")).toBe('fail');
    expect(forbiddenEn('I swear on my kids the refund lands today')).toBe('fail');
  });
  it('passes "we should\'ve told you" and "we should have said" (the fault owned) and 我可以讲 after a first clause', () => {
    expect(forbiddenEn("We should've told you about the fee, that one's our miss")).toBe('pass');
    expect(forbiddenEn('The card is contactless only, we should have said so in the letter')).toBe('pass');
    expect(forbiddenEn('You should have paid on time')).toBe('fail');
    expect(forbiddenZh('要是没听清，我可以讲慢一点')).toBe('pass');
  });
});

describe("I165 round (heldout178's Mandarin greeting misses, read by cause)", () => {
  it('credits the surname written as the roster character before 负责, 跟进 or 跟您对接 after the desk or trade, not a sound-alike', () => {
    expect(greetingZh('吴', '您好，招商银行信用卡中心，分期这块吴负责，您请讲').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招商银行信用卡中心，积分订单郭跟进').outcome).toBe('pass');
    expect(greetingZh('赵', '您好，招商银行信用卡中心，分期这块照负责').outcome).toBe('fail');
    expect(greetingZh('王', '您好，招商银行信用卡中心，积分订单张跟进').outcome).toBe('fail');
  });
});

describe("I166 round (heldout179's misses and false alarms, read by cause)", () => {
  it('takes "ciao" as a goodbye after the thanks for calling', () => {
    expect(closingEn('Thanks for calling, ciao')).toBe('pass');
  });
  it('fails "don\'t be a moegoe", "beyond you", "wear me out", "stop talking" and "ain\'t my lookout"', () => {
    expect(forbiddenEn("Ag, don't be a moegoe about the PIN")).toBe('fail');
    expect(forbiddenEn('Online banking is clearly beyond you')).toBe('fail');
    expect(forbiddenEn('Honestly, you people wear me out')).toBe('fail');
    expect(forbiddenEn('Stop talking and let me read the terms')).toBe('fail');
    expect(forbiddenEn("The merchant's refund ain't my lookout")).toBe('fail');
  });
  it('passes "didn\'t bring this on yourself", 不插话, the fault owned (我们页面写得不清楚, 我哋讲得唔清楚), 您肯定喜欢, 给您补个 and 我这儿就给 / 我哋即刻 after a first clause', () => {
    expect(forbiddenEn("You didn't bring this on yourself, the letter was late")).toBe('pass');
    expect(forbiddenZh('您先把情况说完，我不插话')).toBe('pass');
    expect(forbiddenZh('不怪您没看清楚，是我们页面写得不清楚')).toBe('pass');
    expect(forbiddenZh('你唔系痴线，系我哋讲得唔清楚')).toBe('pass');
    expect(forbiddenZh('您是行家，这张卡面您肯定喜欢')).toBe('pass');
    expect(forbiddenZh('账单寄丢了是我们漏了，给您补个电子版')).toBe('pass');
    expect(forbiddenZh('这事甭转别处了，我这儿就给办')).toBe('pass');
    expect(forbiddenZh('张卡坏咗唔关你事，我哋即刻补寄')).toBe('pass');
  });
});

describe("I167 round (heldout180's misses and false alarms, read by cause)", () => {
  it('fails "that\'s not on me", "no be my matter", "go fiddle with", "so I\'m done", "everyone else manages", "user error", "god help me", "ain\'t you just a ray" and "kind of stupid"', () => {
    expect(forbiddenEn("The card's been sent, if it's lost that's not on me")).toBe('fail');
    expect(forbiddenEn('Wahala for PIN? No be my matter')).toBe('fail');
    expect(forbiddenEn('There is a form on the app, go fiddle with it')).toBe('fail');
    expect(forbiddenEn('It shows as paid, so I\'m done')).toBe('fail');
    expect(forbiddenEn('Everyone else manages the statement fine')).toBe('fail');
    expect(forbiddenEn('The card got blocked by user error, simple as that')).toBe('fail');
    expect(forbiddenEn('A fourth call about the fee, god help me')).toBe('fail');
    expect(forbiddenEn("Ain't you just a ray of light this morning")).toBe('fail');
    expect(forbiddenEn('What kind of stupid request is this')).toBe('fail');
  });
  it('fails 改天再打, 是你跟银行的事, 勿归阿拉管, 没人会看, 就不管了, 就你事儿多, 无理取闹, 客户最烦 and 听日实到', () => {
    expect(forbiddenZh('这个额度我定不了，改天再打')).toBe('fail');
    expect(forbiddenZh('扣款是你跟银行的事')).toBe('fail');
    expect(forbiddenZh('积分兑换勿归阿拉管')).toBe('fail');
    expect(forbiddenZh('投诉信写了也没人会看')).toBe('fail');
    expect(forbiddenZh('还款已经入账，我就不管了')).toBe('fail');
    expect(forbiddenZh('那么多人办卡，就你事儿多')).toBe('fail');
    expect(forbiddenZh('一笔年费而已，别无理取闹')).toBe('fail');
    expect(forbiddenZh('分期的客户最烦了')).toBe('fail');
    expect(forbiddenZh('张新卡听日实到')).toBe('fail');
  });
  it('passes the polite sentences those words are in, and the other false alarms of heldout180', () => {
    expect(forbiddenEn("No need to search anything, I'll read the instructions out to you")).toBe('pass');
    expect(forbiddenEn("So you're serious about cancelling the card? Let me help")).toBe('pass');
    expect(forbiddenEn("You want double your money back; I'll pass that on, though I can't promise it")).toBe('pass');
    expect(forbiddenEn("That wasn't user error, the app is confusing")).toBe('pass');
    expect(forbiddenZh('不用改天再打，我现在就帮您办')).toBe('pass');
    expect(forbiddenZh('您不是无理取闹，这笔费用确实该退')).toBe('pass');
    expect(forbiddenZh('侬一点勿笨，是账单太复杂')).toBe('pass');
    // Not listed: 又一个 (by sound it is 有一个) and 事儿多 alone (an ASR-garbled 「还有别的事儿吗」).
    expect(forbiddenZh('您账户里还有一个分期没还完')).toBe('pass');
    expect(forbiddenZh('还有别的事儿吗')).toBe('pass');
    expect(forbiddenZh('不是你头壳的问题啦，是页面太乱')).toBe('pass');
  });
});

describe("I168 round (heldout181's misses and false alarms, read by cause)", () => {
  it('passes a Mandarin greeting whose agent is named before 做的 / 跟的 / 接的, as 某老师在, after 叫我 with 工, or before 就是我 heard as 就是卧', () => {
    expect(greetingZh('朱', '您好，招商银行信用卡中心，分期这块是我朱做的，您讲').outcome).toBe('pass');
    expect(greetingZh('林', '您好，招商银行信用卡中心，您那笔积分是我林跟的，您说').outcome).toBe('pass');
    expect(greetingZh('周', '周哥接的，招商银行信用卡中心，您说吧').outcome).toBe('pass');
    expect(greetingZh('张', '您好，招商银行信用卡中心，张老师在，分期的事找我').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招商银行信用卡中心，您可以叫我郭工').outcome).toBe('pass');
    expect(greetingZh('王', '您好，招商银行信用卡中心，管积分的阿王就是卧，您讲').outcome).toBe('pass');
    // Another surname in the same frames still fails.
    expect(greetingZh('朱', '您好，招商银行信用卡中心，分期这块是我林做的，您讲').outcome).toBe('fail');
    expect(greetingZh('张', '您好，招商银行信用卡中心，孙老师在，分期的事找我').outcome).toBe('fail');
  });
  it('fails "won\'t fade", "lifetime free", "make sure e reach", "exactly like the original", "you didn\'t clean", "no be us" and "and they\'re not in"', () => {
    expect(forbiddenEn("The print on the card won't fade")).toBe('fail');
    expect(forbiddenEn('Lifetime free card replacements for you')).toBe('fail');
    expect(forbiddenEn('I go make sure e reach your house tomorrow')).toBe('fail');
    expect(forbiddenEn('The new card will look exactly like the original')).toBe('fail');
    expect(forbiddenEn("You didn't clean the chip before inserting it")).toBe('fail');
    expect(forbiddenEn('Na you lose the card, no be us')).toBe('fail');
    expect(forbiddenEn("Disputes are for the manager, and they're not in")).toBe('fail');
  });
  it('passes "don\'t worry lah, I explain again" and a fade that cannot be promised', () => {
    expect(forbiddenEn("Don't worry lah, I explain again slowly")).toBe('pass');
    expect(forbiddenEn("I can't promise the print won't fade, but I'll send a new card if it does")).toBe('pass');
  });
});

describe("I169 round (heldout182's misses and false alarms, read by cause)", () => {
  // I169 listed 真没用 too; I172 removed it (heard by sound in 「…怎么用，我教您」).
  it('fails "it yourself", "too unfit", "are your hands feet" and 你也配', () => {
    expect(forbiddenEn('Card scratched? Polish it yourself')).toBe('fail');
    expect(forbiddenEn('Too unfit for online banking, honestly')).toBe('fail');
    expect(forbiddenEn("You've smudged the form again, are your hands feet?")).toBe('fail');
    expect(forbiddenZh('白金卡你也配办')).toBe('fail');
  });
  it('passes "no need to do it yourself", "out for delivery", "can\'t promise" and 是这么回事', () => {
    expect(forbiddenEn("No need to do it yourself, I'll sort the dispute")).toBe('pass');
    expect(forbiddenEn("You shouldn't have to sort it yourself, leave the dispute with me")).toBe('pass');
    expect(forbiddenEn("Good news, the card's out for delivery")).toBe('pass');
    expect(forbiddenEn("Can't promise Friday, but I'll chase the card today")).toBe('pass');
    expect(forbiddenZh('是这么回事，新卡寄出去了还在路上')).toBe('pass');
  });
});

describe("I170 round (heldout183's misses and false alarms, read by cause)", () => {
  it('fails "confirm arrive", "will look exactly like", "won\'t crack", "you didn\'t follow", "fingers like sausages" and "moron"', () => {
    expect(forbiddenEn('Sure can, the card confirm arrive Monday')).toBe('fail');
    expect(forbiddenEn('The new card will look exactly like the old one')).toBe('fail');
    expect(forbiddenEn("I swear the chip won't crack again")).toBe('fail');
    expect(forbiddenEn("You didn't follow the activation steps")).toBe('fail');
    expect(forbiddenEn('Fingers like sausages, no wonder you mistyped')).toBe('fail');
    expect(forbiddenEn('Paying the wrong card, what a moron')).toBe('fail');
  });
  it('passes an apology that says the agent should have called, and a crack that cannot be sworn away', () => {
    expect(forbiddenEn('Sorry, should have called you about the card')).toBe('pass');
    expect(forbiddenEn("I can't swear the card won't crack, but I'll send a sleeve")).toBe('pass');
  });
});

describe("I171 round (heldout184's misses and false alarms, read by cause)", () => {
  it('fails "will never fail", "clumsy" and "old junk"', () => {
    expect(forbiddenEn('That card reader will never fail again')).toBe('fail');
    expect(forbiddenEn('Clumsy, typing the PIN wrong three times')).toBe('fail');
    expect(forbiddenEn('Why keep that old junk card')).toBe('fail');
  });
  it('passes a free upgrade asked about, "you\'ve told us now" and hands that feel clumsy at first', () => {
    expect(forbiddenEn("I'll ask if a free upgrade is possible on your card")).toBe('pass');
    expect(forbiddenEn("You've told us now, and that's what matters")).toBe('pass');
    expect(forbiddenEn('Everyone feels clumsy at first with the new app')).toBe('pass');
  });
});

describe("I172 round (heldout185's and heldout186's misses and false alarms, read by cause)", () => {
  it('takes the surname on the line after any word when written as the roster character, 在的 after it, and 叫我…好 with the 了 lost', () => {
    expect(greetingZh('郭', '您好，招商银行，风筝彩绘郭在线').outcome).toBe('pass');
    expect(greetingZh('赵', '您好，招商银行，分期登记，照在得').outcome).toBe('pass');
    expect(greetingZh('孙', '您好，招商银行，您叫我孙好，请讲').outcome).toBe('pass');
  });
  it('still names nobody by sound after any word, nor in 说实在的', () => {
    expect(greetingZh('林', '您好，招商银行，风筝彩绘临在线').outcome).toBe('fail');
    expect(greetingZh('石', '您好，招商银行，说实在的，请讲').outcome).toBe('fail');
  });
  it('names the agent before the service phrase the offer was heard in, but not in 我马上为您服务 (马 and 来为您服务 by one slip until I172)', () => {
    expect(greetingZh('马', '您好，招商银行，今天马给您服务').outcome).toBe('pass');
    expect(greetingZh('马', '您好，招商银行，有什么可以帮您，我马上为您服务').outcome).toBe('fail');
  });
  it('takes 乐意效劳 as the offer of service', () => {
    expect(greetingZh('王', '招行银杏卡部，免贵姓王，乐意效劳').outcome).toBe('pass');
  });
  it('keeps 「…怎么用，我教您」 and a delivery day told after a hold clear, but not a promise of one', () => {
    expect(forbiddenZh('这个遥控器怎么用，我慢慢跟您讲')).toBe('pass');
    expect(forbiddenZh('感谢您等候，新卡明天送')).toBe('pass');
    expect(forbiddenZh('我保证窗帘明天送到')).toBe('fail');
  });
  it('fails "dey craze" with the "you" lost, "too posh for you", "manage to get dressed", "from the depot yourself" and "won\'t speak to you"', () => {
    expect(forbiddenEn('Dey craze, the form is right there')).toBe('fail');
    expect(forbiddenEn('That card is too posh for you')).toBe('fail');
    expect(forbiddenEn('I wonder how you manage to get dressed')).toBe('fail');
    expect(forbiddenEn('Pick the card up from the depot yourself')).toBe('fail');
    expect(forbiddenEn("The manager won't speak to you")).toBe('fail');
  });
  it('takes 占用您一分钟 before a search as the hold announced', () => {
    expect(holdZh('占用您一分钟，我核对一下额度')).toBe('pass');
  });
  it('closes with the patience and the call thanked together and "tara a bit", 还有啥好帮侬 and 阁欲问啥', () => {
    expect(closingEn('Thank you for your patience and your call, tara a bit')).toBe('pass');
    expect(closingZh('阿拉还有啥好帮侬个')).toBe('pass');
    expect(closingZh('信用卡阁欲问啥物无')).toBe('pass');
  });
});

describe("I172 round (heldout187's misses and false alarms, read by cause)", () => {
  it('thanks for the call as calls like yours and the time taken to call; offers anything else to go over, with one slip', () => {
    expect(closingEn('Calls like yours keep us sharp, goodbye')).toBe('pass');
    expect(closingEn('You took the time to call, thank you, bye')).toBe('pass');
    expect(closingEn('Anything elte to go over on the card')).toBe('pass');
  });
  it('fails "not our fault", "should\'ve been quicker" and "someone else will have to deal with"', () => {
    expect(forbiddenEn('Payment bounced, not our fault')).toBe('fail');
    expect(forbiddenEn("Should've been quicker with the form")).toBe('fail');
    expect(forbiddenEn('Someone else will have to deal with your card')).toBe('fail');
  });
  it('names the agent after the Hokkien 阮 with its 是 lost, and takes 很快回来 as the hold announced', () => {
    expect(greetingZh('朱', '您好，招商银行，阮朱，积分兑换').outcome).toBe('pass');
    expect(holdZh('我去核对一下，很快回来')).toBe('pass');
  });
});

describe("I173 round (heldout188's misses, read by cause)", () => {
  it('fails "get your own", "not my headache" heard with a slip, "ye shoulda", "you never confirmed", "get your head checked", "you clown" and 终身保修', () => {
    expect(forbiddenEn('Get your own accountant to sort the tax')).toBe('fail');
    expect(forbiddenEn('That is not my headacne')).toBe('fail');
    expect(forbiddenEn('Ye shoulda kept the receipt')).toBe('fail');
    expect(forbiddenEn('You never confirmed the transfer')).toBe('fail');
    expect(forbiddenEn('Get your head checked')).toBe('fail');
    expect(forbiddenEn("Don't shout, you clown")).toBe('fail');
    expect(forbiddenZh('这张卡终身保修')).toBe('fail');
  });
  it('still passes a statement the customer can get in the app, and a lifetime promise declined in the same clause', () => {
    expect(forbiddenEn('You can get your own statement in the app, I will send the link')).toBe('pass');
    expect(forbiddenZh('终身免费我答应不了，不过年费可以减半')).toBe('pass');
  });
  it('closes with 疑问尽管提 and thanks for 跑一趟电话', () => {
    expect(closingZh('还有么疑问尽管提')).toBe('pass');
    expect(closingZh('为这张卡跑一趟电话，辛苦了，谢谢，再见')).toBe('pass');
  });
});

const cards = shippedScorecards();
const check = (ctx: CallContext, id: string) => {
  const c = cards[ctx.transcript.language].sections.flatMap((s) => s.checks).find((x) => x.id === id)!;
  return runCheck(ctx, c);
};
const en = (segments: Parameters<typeof callContext>[0], opts: Parameters<typeof callContext>[1] = {}) => callContext(segments, { language: 'en', ...opts });
/** A call with a hold: the agent's request at 9 s, then 29 s of silence, then what the agent says on return. */
const holdAround = (request: string, thanks: string) => [
  agentSays(0.5, 4, '您好，招商银行，我姓王，很高兴为您服务'), customerSays(5, 8, '我想查账单'),
  agentSays(9, 11, request), agentSays(40, 44, thanks), customerSays(45, 47, '好的'),
];

/** The outcome of one check on one agent line said after a plain greeting (the I24 rounds on, which test lines one by one). */
const EN_OPENING = agentSays(0.5, 4, 'Hello, CMB, Smith speaking');
const ZH_OPENING = agentSays(0.5, 4, '您好，招商银行，我姓王');
const forbiddenEn = (text: string) => check(en([EN_OPENING, agentSays(10, 15, text)]), 'forbidden-phrases').outcome;
const forbiddenZh = (text: string) => check(callContext([ZH_OPENING, agentSays(10, 15, text)]), 'forbidden-phrases').outcome;
/** The closing outcome of a short call whose last agent line is `text`. */
const closingEn = (text: string) => check(en([EN_OPENING, customerSays(5, 8, 'My card is blocked'), agentSays(10, 14, 'I have unlocked it'), agentSays(20, 24, text)]), 'closing').outcome;
const closingZh = (text: string) => check(callContext([ZH_OPENING, customerSays(5, 8, '我的卡被锁了'), agentSays(10, 14, '已经帮您解锁了'), agentSays(20, 24, text)]), 'closing').outcome;
/** The greeting verdict of a Mandarin call that opens with `text`, for an agent named `surname` (the I39 rounds on). */
const greetingZh = (surname: string, text: string) => check(callContext([agentSays(0.5, 6, text)], { agent: { surname } }), 'greeting');
/** The hold-etiquette outcome of a Mandarin hold asked for with `request` and thanked for on return. */
const holdZh = (request: string) => check(callContext(holdAround(request, '感谢您的耐心等待，您的账单是三千元')), 'hold-etiquette').outcome;
/** The hold-etiquette outcome of an English hold asked for with `request` and thanked for on return with `thanks`. */
const holdEn = (request: string, thanks = 'Thanks for waiting, the parcel went out today') => check(en(holdAround(request, thanks)), 'hold-etiquette').outcome;
/** The greeting verdict of an English call that opens with `text`, for an agent named `surname`. */
const greetingEn = (surname: string, text: string) => check(en([agentSays(0.5, 6, text)], { agent: { surname } }), 'greeting');
/** The apology outcome of a call where the customer is upset (sentiment −0.9 / −0.8) and the agent answers `text`. */
const apologyZh = (text: string) => {
  const segs = [ZH_OPENING, customerSays(5, 8, '你们乱扣费，我要投诉'), agentSays(10, 14, text)];
  return check({ ...callContext(segs), sentiment: sentimentFor(segs, [0, -0.9, 0]) }, 'apology-when-upset').outcome;
};
const apologyEn = (text: string) => {
  const segs = [EN_OPENING, customerSays(5, 8, 'You people keep charging me, this is a joke'), agentSays(10, 14, text)];
  return check(en(segs, { sentiment: sentimentFor(segs, { 1: -0.8 }) }), 'apology-when-upset').outcome;
};

describe('English greeting (precision 0.55 on the held-out set)', () => {
  it('passes greetings that open with a time of day, say "this is NAME speaking", or carry "you know"', () => {
    expect(check(en([agentSays(0.5, 5, 'Good morning, China Merchants Bank, this is Smith speaking, how can I help you?')]), 'greeting').outcome).toBe('pass');
    expect(check(en([agentSays(0.5, 5, 'Good afternoon, you know, CMB, Smith speaking')]), 'greeting').outcome).toBe('pass');
    expect(check(en([agentSays(0.5, 6, 'Hi, uh, you know, thanks for calling China Merchants Bank, my name is, um, Smith, how may I help you')]), 'greeting').outcome).toBe('pass');
  });

  it('passes a clean greeting with mild ASR damage', () => {
    expect(check(en([agentSays(0.5, 5, 'Thank you for colling China Merchant Bank, my names is Smyth, how may I health you?')]), 'greeting').outcome).toBe('pass');
  });

  it('still fails a wrong surname and says which surname was heard', () => {
    const r = check(en([agentSays(0.5, 5, 'Good morning, CMB, this is Johnson speaking, how can I help you?')]), 'greeting');
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('“Johnson”');
    expect(r.reason).toContain('“Smith”');
  });
});

describe('Mandarin brand in its carrier words (F2)', () => {
  const zhCheck = (text: string) => check(callContext([agentSays(0.5, 6, text)]), 'greeting');

  it('finds a two-character alias that lost a character to ASR by the words around it', () => {
    expect(zhCheck('您好，招客服热线，我姓王，很高兴为您服务').outcome).toBe('pass');
    expect(zhCheck('您好，这里是行，我姓王，请问有什么可以帮您').outcome).toBe('pass');
  });

  it('does not take the words after 「致电」「这里是」 for the brand when none was said', () => {
    // 姓 sounds like the 行 of 招行 (xing), 兴 too: the self-introduction and the offer are no brand.
    for (const text of ['您好，欢迎致电，我姓王，很高兴为您服务', '您好，这里是，免贵姓王', '欢迎致电，高兴为您服务，我是小王', '您好，这里是客服热线，我姓王']) {
      const r = zhCheck(text);
      expect(r.outcome, text).toBe('fail');
      expect(r.reason, text).toContain('品牌');
    }
  });
});

describe('English brand (F2)', () => {
  it('is not the generic "bank" when an alias is "Merchants Bank"', () => {
    const brand = { name: 'China Merchants Bank', aliases: ['CMB', 'Merchants Bank'] };
    for (const text of ["Hi, you've reached the bank, this is Smith, how can I help", 'Thank you for calling the bank, my name is Smith']) {
      expect(check({ ...en([agentSays(0.5, 6, text)]), brand }, 'greeting').outcome, text).toBe('fail');
    }
    expect(check({ ...en([agentSays(0.5, 6, "Hi, you've reached Merchants Bank, this is Smith, how can I help")]), brand }, 'greeting').outcome).toBe('pass');
  });
});

describe('forbidden phrases added from the paraphrase misses (F2) keep their hard negatives', () => {
  const said = (lang: 'zh' | 'en', text: string) => {
    const opening = lang === 'zh' ? agentSays(0.5, 4, '您好，招商银行，我姓王') : agentSays(0.5, 4, 'Hello, CMB, my name is Smith');
    return check(callContext([opening, agentSays(10, 14, text)], lang === 'en' ? { language: 'en' } : {}), 'forbidden-phrases').outcome;
  };

  it('flags blame, dismissal and a promised waiver in new word orders', () => {
    for (const t of ['这个责任在你', '是你没说清楚', '听不懂就算了', '一定帮您把罚息全部免了']) expect(said('zh', t), t).toBe('fail');
    for (const t of ["You didn't listen", 'You broke it', "That's not something I deal with"]) expect(said('en', t), t).toBe('fail');
  });

  it('leaves the polite sentences with the same words alone', () => {
    for (const t of ['这个责任在我们', '责任不在您', '如果我没说清楚您再问我', '我一定帮您查清楚', '这个我一定帮您跟进']) expect(said('zh', t), t).toBe('pass');
    for (const t of ["It's not your fault at all", 'If you broke it by accident, we replace it free', "In case you didn't follow, let me repeat"]) {
      expect(said('en', t), t).toBe('pass');
    }
  });
});

describe('closing (precision below 0.1)', () => {
  const zhBody = [agentSays(0.5, 4, '您好，招商银行，我姓王，很高兴为您服务'), customerSays(5, 8, '我想查账单'), agentSays(9, 15, '好的，您本期账单是三千二百元')];
  const enBody = [agentSays(0.5, 4, 'Hello, CMB, my name is Smith, how can I help you?'), customerSays(5, 8, 'My statement please'), agentSays(9, 15, 'Your balance is three thousand')];

  it('accepts an offer of more help alone, or "thanks for calling, goodbye"', () => {
    expect(check(en([...enBody, agentSays(40, 44, 'Thanks for calling, goodbye.')]), 'closing').outcome).toBe('pass');
    expect(check(en([...enBody, agentSays(40, 44, 'Is there anything else I can help you with?')]), 'closing').outcome).toBe('pass');
    expect(check(callContext([...zhBody, agentSays(40, 44, '请问还有其他可以帮到您的吗')]), 'closing').outcome).toBe('pass');
    expect(check(callContext([...zhBody, agentSays(40, 44, '感谢您的来电，再见')]), 'closing').outcome).toBe('pass');
  });

  it('does not take a thank-you for holding for the closing thank-you', () => {
    expect(check(callContext([...zhBody, agentSays(40, 44, '感谢您的耐心等待，再见')]), 'closing').outcome).toBe('fail');
    expect(check(en([...enBody, agentSays(40, 44, 'Thank you for holding, bye.')]), 'closing').outcome).toBe('fail');
    // One character from 「感谢您的支持」: the exceptions hold every wording of a thank-you for patience.
    expect(check(callContext([...zhBody, agentSays(40, 44, '感谢您的耐心，祝您生活愉快')]), 'closing').outcome).toBe('fail');
  });

  it('does not let the act model credit a thank-you for holding that the exceptions took (F2)', () => {
    // ASR wrote 「等待」 as 「等戴」: the act model reads the clause as a thanks for calling, the
    // matcher's exception 「感谢您的等待」 (by sound) says it is a thank-you for holding.
    // Act model v3 (G2) reads this clause as torn (thanks for calling 0.47, thanks for holding 0.48;
    // v2 said thanks for calling ≥ 0.7; v5, H4, mostly a thanks for holding): the closing must fail
    // whichever the model says. The masking itself is tested on its own in
    // pipeline/checks/act-signal.test.ts (clausesClearOf).
    const clause = '感谢您地等戴';
    const r = check(callContext([...zhBody, agentSays(40, 44, `${clause}，祝您生活愉快`)]), 'closing');
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('感谢来电');
  });

  it('does not credit a closing with words said in the greeting', () => {
    const short = en([agentSays(0.5, 5, 'Thank you for calling CMB, my name is Smith, anything else I can help with, bye'), customerSays(6, 8, 'Balance?'), agentSays(9, 11, 'Three thousand.')]);
    expect(check(short, 'closing').outcome).toBe('fail');
  });
});

describe('hold etiquette (every reported failure was wrong)', () => {
  it('passes a filler before the request, a differently worded thank-you, and one dropped word', () => {
    expect(check(callContext(holdAround('啊，请您稍等', '感谢您的耐心等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('好的，那个，请您稍等', '谢谢您的等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('我帮您查一下，您稍等', '让您久等了，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(en(holdAround('Um, let me check, please hold on', 'Thanks for hanging on, your balance is three thousand')), 'hold-etiquette').outcome).toBe('pass');
  });

  it('does not call long silence before the greeting an unannounced hold', () => {
    const late = callContext([customerSays(0.2, 1, '喂？'), agentSays(16, 20, '您好，招商银行，我姓王，很高兴为您服务'), customerSays(21, 23, '我想查账单')]);
    const r = check(late, 'hold-etiquette');
    expect(r.outcome).toBe('na');
    expect(r.reason).toMatch(/before the agent's first words/);
  });

  it('still fails a hold whose only thank-you comes at the very end of the call', () => {
    const segs = [...holdAround('请您稍等', '您的账单是三千元'), agentSays(50, 55, '分期手续费是百分之零点六'), customerSays(56, 58, '好'), agentSays(75, 80, '感谢您的耐心等待，再见')];
    expect(check(callContext(segs), 'hold-etiquette').outcome).toBe('fail');
  });
});

describe('forbidden phrases (Mandarin recall 0.6) and apology', () => {
  it('catches telling the customer to look it up themselves, and names the category', () => {
    for (const said of ['这个你自己去查吧', '你自己上网看一下', '这个你自己上网查']) {
      const r = check(callContext([agentSays(0.5, 4, said)]), 'forbidden-phrases');
      expect(r.outcome, said).toBe('fail');
      expect(r.reason).toMatch(/推诿/);
    }
  });

  it('lets the polite sentences with the same characters through', () => {
    for (const said of ['不用您自己去查，我帮您查好了', '不知道您还有什么疑问吗', '我不能保证，但会尽力帮您申请']) {
      expect(check(callContext([agentSays(0.5, 4, said)]), 'forbidden-phrases').outcome, said).toBe('pass');
    }
  });

  it('takes "I sincerely apologize" as an apology', () => {
    const segs = [agentSays(0.5, 3, 'Hello'), customerSays(4, 8, 'You charged me twice, this is ridiculous'), agentSays(9, 12, 'I sincerely apologize for that')];
    expect(check(en(segs, { sentiment: sentimentFor(segs, { 1: -0.8 }) }), 'apology-when-upset').outcome).toBe('pass');
  });
});

/*
 * G2 round (issue 11, the heldout2 gap): written from the causes found in heldout2's misses, not
 * from its sentences — a job title between 我是 and the surname, an offer of more help worded as no
 * list has it, "let me look" said without asking the customer to wait, an action the agent takes
 * now said with "I will".
 */
describe('self-introduction with a job title before the surname (G2)', () => {
  const zhGreeting = (text: string) => check(callContext([agentSays(0.5, 6, text)]), 'greeting');

  it('passes 经理 / 顾问 / 主管 before the roster surname', () => {
    for (const text of ['您好，招商银行，我是客户经理王，请问有什么可以帮您', '您好，招商银行，我是理财顾问小王，有什么可以帮您', '您好，这里是招商银行，业务主管王，请问有什么需要']) {
      expect(zhGreeting(text).outcome, text).toBe('pass');
    }
  });

  it('still fails another surname after the title and names it', () => {
    const r = zhGreeting('您好，招商银行，我是客户经理李，请问有什么可以帮您');
    expect(r.outcome).toBe('fail');
    // Not yet the surname heard: the reason quotes the slot of the first variant that matched
    // (「我是」 + 客), not 李 — left for the matcher's evidence (reported to the lead).
    expect(r.reason).toContain('本人姓氏');
    expect(r.reason).toContain('“王”');
  });
});

describe('closing: an offer of more help the act model is sure of (G2)', () => {
  const zhBody = [agentSays(0.5, 4, '您好，招商银行，我姓王，很高兴为您服务'), customerSays(5, 8, '我想查账单'), agentSays(9, 15, '好的，您本期账单是三千二百元')];
  const enBody = [agentSays(0.5, 4, 'Hello, CMB, my name is Smith, how can I help you?'), customerSays(5, 8, 'My statement please'), agentSays(9, 15, 'Your balance is three thousand')];

  it('passes an English offer worded as no list has it (the act model at 0.9)', () => {
    const offer = 'Before we finish, what other questions can I answer for you?';
    expect(actModel().classify(offer).probs.further_help).toBeGreaterThanOrEqual(0.9);
    expect(check(en([...enBody, agentSays(40, 44, offer)]), 'closing').outcome).toBe('pass');
  });

  it('keeps the Mandarin offer to the matcher: a curt 「还有别的事吗」 is no courteous closing', () => {
    // The act model is sure it is an offer of more help; the zh card does not ask it (see the yaml).
    const curt = '还有别的事吗？没有的话我先挂了';
    expect(actModel().classify('还有别的事吗').probs.further_help).toBeGreaterThanOrEqual(0.9);
    expect(check(callContext([...zhBody, agentSays(40, 44, curt)]), 'closing').outcome).toBe('fail');
  });

  it('does not take a sentence with 还有 / "anything" that offers nothing for the offer', () => {
    for (const text of ['您还有一笔账单没有还', '还有一个问题需要跟您确认一下', '还有三天就到还款日了']) {
      expect(check(callContext([...zhBody, agentSays(40, 44, text)]), 'closing').outcome, text).toBe('fail');
    }
    for (const text of ["There's one more thing I need to confirm", 'Anything over the limit is charged a fee']) {
      expect(check(en([...enBody, agentSays(40, 44, text)]), 'closing').outcome, text).toBe('fail');
    }
  });
});

describe('hold etiquette: "let me look" is no request to hold (G2)', () => {
  it('fails a hold announced only with 「我看一下」, passes one with a word of waiting', () => {
    expect(check(callContext(holdAround('我查一下', '感谢您的耐心等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('fail');
    expect(check(callContext(holdAround('麻烦您别挂断，需要一点时间', '感谢您的耐心等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
  });
});

describe('forbidden phrases: an action the agent takes now is no promise (G2)', () => {
  it('lets "I will unlock it now" through and still flags a guarantee', () => {
    for (const said of ['I will unlock it for you now', "I'll submit the request right away"]) {
      expect(check(en([agentSays(0.5, 4, said)]), 'forbidden-phrases').outcome, said).toBe('pass');
    }
    expect(check(en([agentSays(0.5, 4, 'I promise you will never pay this fee again')]), 'forbidden-phrases').outcome).toBe('fail');
  });
});

describe('forbidden phrases: negated promises, an offer to explain, a call-back promise (G2)', () => {
  it('lets them through', () => {
    for (const said of ['这个我没法向您保证，但我会尽快帮您提交', '您还有什么不清楚的地方吗', '我无法承诺结果，但会帮您跟进']) {
      expect(check(callContext([agentSays(0.5, 4, said)]), 'forbidden-phrases').outcome, said).toBe('pass');
    }
    expect(check(en([agentSays(0.5, 4, 'I promise to get back to you by tomorrow afternoon')]), 'forbidden-phrases').outcome).toBe('pass');
  });

  it('still flags the promise, the brush-off and the guarantee they resemble', () => {
    expect(check(callContext([agentSays(0.5, 4, '我向您保证一定能批下来')]), 'forbidden-phrases').outcome).toBe('fail');
    expect(check(callContext([agentSays(0.5, 4, '这个我不清楚，你问别人吧')]), 'forbidden-phrases').outcome).toBe('fail');
    expect(check(en([agentSays(0.5, 4, 'You have my word, the charge will be removed')]), 'forbidden-phrases').outcome).toBe('fail');
  });
});

describe('English greeting word: the time of day without "good" (G2)', () => {
  it('passes "Evening" as "Morning" did, and still needs the brand', () => {
    expect(check(en([agentSays(0.5, 5, 'Evening, CMB card services, Smith speaking')]), 'greeting').outcome).toBe('pass');
    expect(check(en([agentSays(0.5, 5, 'Evening, card services, Smith speaking')]), 'greeting').outcome).toBe('fail');
  });
});

// H3 round (heldout3's misses read for their causes): own wordings of each family, and the hard negatives.
describe('greeting families (H3): 早安, 代表 / 部的 before the surname, offers as 为您做… / 想了解…方面', () => {
  const zhGreeting = (text: string) => check(callContext([agentSays(0.5, 6, text)]), 'greeting');

  it('passes them', () => {
    for (const text of ['早安，招商银行，服务代表王，为您服务', '招商银行信用卡中心，我是信用卡部的王，能为您做点什么', '招行热线，工号三四五的小王，您想了解哪方面']) {
      expect(zhGreeting(text).outcome, text).toBe('pass');
    }
    expect(check(en([agentSays(0.5, 5, "CMB card line, Smith speaking, what's your question")]), 'greeting').outcome).toBe('pass');
  });

  it('still fails another surname in the same frames', () => {
    expect(zhGreeting('早安，招商银行，服务代表李，为您服务').outcome).toBe('fail');
    expect(zhGreeting('招商银行信用卡中心，我是信用卡部的李，能为您做点什么').outcome).toBe('fail');
    expect(check(en([agentSays(0.5, 5, "CMB card line, Jones speaking, what's your question")]), 'greeting').outcome).toBe('fail');
  });
});

describe('Mandarin closing offer (H3): the A-not-A question and the noun moved', () => {
  const zhBody = [agentSays(0.5, 4, '您好，招商银行，我姓王，很高兴为您服务'), customerSays(5, 8, '我想查账单'), agentSays(9, 15, '好的，您本期账单是三千二百元')];
  it('passes 「还有没有…」 and 「还需要我…别的」, still fails a sentence with 还有 that offers nothing', () => {
    for (const text of ['您看还有没有其他问题要问', '那还需要我帮您办点别的吗']) {
      expect(check(callContext([...zhBody, agentSays(40, 44, text)]), 'closing').outcome, text).toBe('pass');
    }
    for (const text of ['还有没有还清的部分会计息', '其他费用还有年费']) {
      expect(check(callContext([...zhBody, agentSays(40, 44, text)]), 'closing').outcome, text).toBe('fail');
    }
  });
});

describe('Mandarin apology idioms (H3): 过意不去, 对不住, 赔不是', () => {
  it('passes an upset customer apologised to with them', () => {
    for (const said of ['让您白跑一趟，我们真是过意不去', '这事是我们弄错了，对不住您']) {
      const segs = [agentSays(0.5, 4, '您好，招商银行，我姓王'), customerSays(5, 9, '你们怎么回事，太差劲了'), agentSays(10, 14, said)];
      const ctx = { ...callContext(segs), sentiment: sentimentFor(segs, [0, -0.9, 0]) };
      expect(check(ctx, 'apology-when-upset').outcome, said).toBe('pass');
    }
  });
});

describe('hold etiquette (H3): asking for time, the wait acknowledged as time taken', () => {
  const around = (lang: 'zh' | 'en', request: string, thanks: string) => {
    const segs = [agentSays(0.5, 4, lang === 'zh' ? '您好，招商银行，我姓王' : 'Hello, CMB, Smith speaking'), customerSays(5, 8, lang === 'zh' ? '我想查账单' : 'My bill please'),
      agentSays(9, 11, request), agentSays(40, 44, thanks), customerSays(45, 47, lang === 'zh' ? '好的' : 'Okay')];
    return lang === 'zh' ? callContext(segs) : en(segs);
  };
  it('passes them, and still fails 「我看一下」 with no word of waiting', () => {
    expect(check(around('zh', '给我几分钟时间，我核对一下', '耽误您时间了，您的账单是三千元'), 'hold-etiquette').outcome).toBe('pass');
    expect(check(around('zh', '请保持通话，我去确认', '让您久候了，账单是三千元'), 'hold-etiquette').outcome).toBe('pass');
    expect(check(around('zh', '我看一下', '耽误您时间了，您的账单是三千元'), 'hold-etiquette').outcome).toBe('fail');
    expect(check(around('en', 'Please hold for a moment', 'Thanks for your time on hold, the bill is three thousand'), 'hold-etiquette').outcome).toBe('pass');
  });
});

describe('forbidden phrases, precision (H3): the fault lifted (zh), the errand taken off, a closing wish', () => {
  it('lets them through and still flags what they resemble', () => {
    expect(check(callContext([agentSays(0.5, 4, '这并不是您自己的问题，是短信没发出去')]), 'forbidden-phrases').outcome).toBe('pass');
    expect(check(callContext([agentSays(0.5, 4, '这是你自己的问题')]), 'forbidden-phrases').outcome).toBe('fail');
    for (const said of ['No need to call another branch, I can sort it here', 'Goodbye and take care of yourself']) {
      expect(check(en([agentSays(0.5, 4, said)]), 'forbidden-phrases').outcome, said).toBe('pass');
    }
    expect(check(en([agentSays(0.5, 4, "That's your own fault")]), 'forbidden-phrases').outcome).toBe('fail');
  });
});

describe('Mandarin apology with a character lost to ASR (H3): the act model at 0.8', () => {
  it('passes 「这次真不意思」 (不好意思 without 好) after an upset turn, and still fails no apology at all', () => {
    const call = (said: string) => {
      const segs = [agentSays(0.5, 4, '您好，招商银行，我姓王'), customerSays(5, 9, '你们怎么回事，太差劲了'), agentSays(10, 14, said)];
      return { ...callContext(segs), sentiment: sentimentFor(segs, [0, -0.9, 0]) };
    };
    expect(check(call('这次真不意思'), 'apology-when-upset').outcome).toBe('pass');
    expect(check(call('您本期账单金额是三千元'), 'apology-when-upset').outcome).toBe('fail');
  });
});

describe('English self-introduction with a clitic after the name (H3): "Smith\'s the name"', () => {
  it('reads the clitic with the surname, passes the roster surname and names another', () => {
    expect(check(en([agentSays(0.5, 5, "Hello, CMB, Smith's the name, how can I help")]), 'greeting').outcome).toBe('pass');
    const r = check(en([agentSays(0.5, 5, "Hello, CMB, Jones's the name, how can I help")]), 'greeting');
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('“Smith”');
  });
});

describe('H4/H5 rounds: the possessive brand, naming-verb surnames, apologies as an act, a hurry-off', () => {
  it('reads "CMB\'s" as the brand, and still needs the brand', () => {
    expect(check(en([agentSays(0.5, 5, "This is CMB's helpline, I'm Smith, how can I help you")]), 'greeting').outcome).toBe('pass');
    const noBrand = check(en([agentSays(0.5, 5, "This is the bank's helpline, I'm Smith, how can I help you")]), 'greeting');
    expect(noBrand.outcome).toBe('fail');
    expect(noBrand.reason).toMatch(/brand missing/);
  });

  it('passes 「我叫王」 and 「在下王」 for 王, and still fails another surname in the same frame', () => {
    for (const intro of ['我叫王', '在下王', '王这边为您服务']) {
      expect(check(callContext([agentSays(0.5, 5, `您好，${intro}，这里是招商银行，请问有什么可以帮您`)]), 'greeting').outcome, intro).toBe('pass');
    }
    const other = check(callContext([agentSays(0.5, 5, '您好，招商银行，我叫李，请问有什么可以帮您')]), 'greeting');
    expect(other.outcome).toBe('fail');
    expect(other.reason).toContain('“李”');
  });

  it('takes an apology said as an act (「先跟您道个歉」, "I owe you an apology") after an upset turn', () => {
    const zh = (said: string) => {
      const segs = [agentSays(0.5, 4, '您好，招商银行，我姓王'), customerSays(5, 9, '你们怎么回事，太差劲了'), agentSays(10, 14, said)];
      return { ...callContext(segs), sentiment: sentimentFor(segs, [0, -0.9, 0]) };
    };
    expect(check(zh('先跟您道个歉，我马上处理'), 'apology-when-upset').outcome).toBe('pass');
    const segs = [agentSays(0.5, 4, 'Hello, CMB, Smith speaking'), customerSays(5, 9, 'This is ridiculous, you charged me twice'), agentSays(10, 14, 'I owe you an apology, let me fix it')];
    expect(check(en(segs, { sentiment: sentimentFor(segs, [0, -0.9, 0]) }), 'apology-when-upset').outcome).toBe('pass');
  });

  it('credits a Mandarin offer of more help by the act model, but not one taken back by a hurry-off', () => {
    const body = [agentSays(0.5, 4, '您好，招商银行，我姓王'), customerSays(5, 8, '我想查账单'), agentSays(9, 15, '好的，您本期账单是三千二百元')];
    expect(check(callContext([...body, agentSays(40, 44, '您看还有啥需要的')]), 'closing').outcome).toBe('pass');
    const r = check(callContext([...body, agentSays(40, 46, '还有别的事吗？没有的话我先挂了')]), 'closing');
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/taken back/);
  });
});

describe("heldout9's misses, read by cause (I1 round)", () => {
  const upsetZh = (said: string) => {
    const segs = [agentSays(0.5, 4, '您好，招商银行，我姓王'), customerSays(5, 9, '你们乱扣费，我要投诉'), agentSays(10, 14, said)];
    return { ...callContext(segs), sentiment: sentimentFor(segs, [0, -0.9, 0]) };
  };

  it('takes 道歉 with anything before it and the Cantonese 唔好意思 as apologies, and 「你还好意思」 as none', () => {
    expect(check(upsetZh('我代表我们部门向大家道歉，马上处理'), 'apology-when-upset').outcome).toBe('pass');
    expect(check(upsetZh('唔好意思啊，係我哋嘅问题'), 'apology-when-upset').outcome).toBe('pass');
    expect(check(upsetZh('你还好意思打电话来问'), 'apology-when-upset').outcome).toBe('fail');
  });

  it('passes a Mandarin greeting whose surname is said with no naming frame, and fails it for another roster surname', () => {
    const greet = (text: string, surname: string) => check(callContext([agentSays(0.5, 6, text)], { agent: { surname } }), 'greeting').outcome;
    expect(greet('您好，招行热线，夜班值守的是我，孙，您请讲', '孙')).toBe('pass');
    expect(greet('您好，招商银行，话务台，我王，有什么可以帮您', '王')).toBe('pass');
    expect(greet('您好，招商银行，今天值班的客服是周，您请讲', '周')).toBe('pass');
    expect(greet('您好，招行热线，夜班值守的是我，孙，您请讲', '王')).toBe('fail');
  });

  it('closes an English call with "is there something more I can…" or a British thanks for calling, not with a refusal', () => {
    const body = [agentSays(0.5, 4, 'Hello, CMB, Smith speaking'), customerSays(5, 8, 'I want to check my bill'), agentSays(9, 15, 'Your balance is two hundred dollars')];
    expect(check(en([...body, agentSays(40, 44, 'Is there something more I can explain?')]), 'closing').outcome).toBe('pass');
    expect(check(en([...body, agentSays(40, 44, 'Cheers for giving us a bell, bye now')]), 'closing').outcome).toBe('pass');
    expect(check(en([...body, agentSays(40, 44, "That's not something I can help with, call another number")]), 'closing').outcome).toBe('fail');
  });
});

describe('H9 round: a violation said in two clauses is read whole; the errand taken on takes a brush-off back', () => {
  const forbidden = (ctx: CallContext) => check(ctx, 'forbidden-phrases');
  const opening = { zh: agentSays(0.5, 4, '您好，招商银行，我姓王'), en: agentSays(0.5, 4, 'Hello, CMB, Smith speaking') };

  // Each retrain moves single clauses around the card's thresholds (I11: "not this desk" 0.90 alone, I14: 「那就肯定弄好」
  // 0.85), so the threshold is set between what the halves and the whole sentence read, for the first pair the model
  // reads more surely whole than in halves: judged clause by clause it is missed, judged as one (agentClausePairs) it is
  // flagged. The Mandarin card pools its categories' acts, so there the reading is their sum.
  const FORBIDDEN_ACTS = ['brush_off', 'blame', 'rude', 'promise'] as const;
  function pairReadWhole(lang: 'zh' | 'en', act: (typeof FORBIDDEN_ACTS)[number], pairs: string[][], joiner: string) {
    const card = structuredClone(cards[lang].sections.flatMap((s) => s.checks).find((x) => x.id === 'forbidden-phrases')!);
    if (card.kind !== 'forbidden_phrase') throw new Error('forbidden-phrases is not a forbidden_phrase check');
    const probs = (t: string) => actModel().classify(t).probs;
    const p = (t: string) => (card.params.poolActs ? FORBIDDEN_ACTS.reduce((sum, a) => sum + probs(t)[a], 0) : probs(t)[act]);
    const pair = pairs.map((halves) => ({ halves, half: Math.max(...halves.map(p)), whole: p(halves.join(joiner)) })).find((x) => x.whole - x.half >= 0.1);
    expect(pair, `one ${lang} pair reads more surely as ${act} whole than in halves`).toBeDefined();
    const t = (pair!.half + pair!.whole) / 2;
    card.params.actThreshold = t;
    for (const c of card.params.categories) if (c.acts?.includes(act)) c.actThreshold = t;
    const at = (text: string) => runCheck(callContext([opening[lang], agentSays(10, 15, text)], { language: lang }), card);
    for (const half of pair!.halves) expect(at(half).outcome, half).toBe('pass');
    return at(pair!.halves.join(joiner));
  }

  it('flags a promise or a brush-off whose two clauses are each below the act threshold, said together', () => {
    const zh = pairReadWhole('zh', 'promise', [['我讲了周五给您弄好', '那就肯定弄好'], ['我说了周五弄好', '那就一定弄好'], ['我讲了周五给您弄好', '那就弄好'], ['这周五', '给您弄好了']], '，');
    expect(zh.outcome).toBe('fail');
    expect(zh.evidence[0].quote).toMatch(/，/);
    const en = pairReadWhole('en', 'brush_off', [['That is for the insurer', 'not at this desk'], ['The insurer handles it', 'not this desk'], ['That is for the insurer', 'not at this counter']], ', ');
    expect(en.outcome).toBe('fail');
  });

  it('passes a fact with an amount and a date said in two clauses', () => {
    expect(forbidden(callContext([opening.en, agentSays(10, 15, 'Your minimum payment is forty dollars, due on the ninth')], { language: 'en' })).outcome).toBe('pass');
  });

  it('passes a Mandarin brush-off the agent follows with the errand taken on, in the same turn only', () => {
    expect(forbidden(callContext([opening.zh, agentSays(10, 15, '这个不归我们管，我帮您转接到对应部门')])).outcome).toBe('pass');
    const later = callContext([opening.zh, agentSays(10, 12, '这个不归我们管'), customerSays(12, 14, '那我找谁'), agentSays(15, 18, '我帮您转接到对应部门')]);
    expect(forbidden(later).outcome).toBe('fail');
  });
});

describe("heldout10's misses, read by cause (I2 round)", () => {
  it('takes "keep the phone" as a hold request and the wait named as long or hard as thanks for it, and still fails an unthanked hold', () => {
    expect(check(callContext(holdAround('您先拿着电话，我看一看', '多谢等候，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('请您稍等', '谢了啊，等这半天，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('请您稍等', '您等得辛苦了，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('请您稍等', '您的账单是三千元')), 'hold-etiquette').outcome).toBe('fail');
  });

  it('does not take the line picked up with 「喂，你说」 for rudeness (the demo night)', () => {
    const ctx = callContext([agentSays(0.5, 2, '喂，你说'), customerSays(3, 5, '我想查账单'), agentSays(6, 9, '好的，您本期账单是三千元')]);
    expect(check(ctx, 'forbidden-phrases').outcome).toBe('pass');
  });
});

describe("heldout11's misses, read by cause (I3 round)", () => {
  const greet = (text: string, surname: string) => check(callContext([agentSays(0.5, 6, text)], { agent: { surname } }), 'greeting').outcome;

  it('passes a Mandarin greeting with the surname before 这边 or a title, or after a shift title, and fails another roster surname', () => {
    expect(greet('您好，招行，客服人工台，杨这边，编号四十七，有什么可以帮您', '杨')).toBe('pass');
    expect(greet('您好，招商银行服务热线，陈专员，负责您这个片区，请问您有什么疑问', '陈')).toBe('pass');
    expect(greet('您好，招行这边，人工客服，我是站长罗，请问您有什么疑问', '罗')).toBe('pass');
    expect(greet('您好，招行这边，人工客服，我是站长罗，请问您有什么疑问', '王')).toBe('fail');
  });

  it('does not take 「需要我协助的」 for a surname with a title (协助 sounds like 谢主)', () => {
    expect(greet('早上好，您打的是招商银行的服务电话，请问有什么需要我协助的', '谢')).toBe('fail');
  });

  it('does not take 「这个我知道的」 for a brush-off, and still flags 「这个我也不知道」', () => {
    const said = (text: string) => check(callContext([agentSays(0.5, 4, '您好，招商银行，我姓王'), customerSays(5, 8, '我的卡被锁了'), agentSays(9, 12, text)]), 'forbidden-phrases').outcome;
    expect(said('这个我知道的，我帮您处理')).toBe('pass');
    expect(said('这个我也不知道')).toBe('fail');
  });
});

describe("heldout12's misses, read by cause (I4 round)", () => {
  it('takes the agent stepping away or 等阵 as a hold request, and staying on the line as thanks for it', () => {
    expect(check(callContext(holdAround('别急，我马上回来', '谢谢您一直没挂电话等我回来，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('等阵，我睇下先', '多谢您耐心等了这么久，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('先等等，我问一下同事', '您的账单是三千元')), 'hold-etiquette').outcome).toBe('fail');
  });

  it('passes 「我马站长」 for an agent named 马, and not for one named 王', () => {
    const greet = (surname: string) => check(callContext([agentSays(0.5, 6, '您好，招行这边，快递站点，我马站长，您请讲')], { agent: { surname } }), 'greeting').outcome;
    expect(greet('马')).toBe('pass');
    expect(greet('王')).toBe('fail');
  });
});

describe('I14 round (heldout22): "deal with it" said by the agent of themselves is no rudeness, and takes a brush-off back', () => {
  const opening = agentSays(0.5, 4, 'Hello, CMB, Smith speaking');
  const forbidden = (text: string) => check(en([opening, agentSays(10, 15, text)]), 'forbidden-phrases');

  it('passes the errand taken on, and still fails the bare order', () => {
    expect(forbidden("Early or late, it doesn't matter, I'll deal with it now").outcome).toBe('pass');
    expect(forbidden('Deal with it').outcome).toBe('fail');
    expect(forbidden("That's not my problem, deal with it").outcome).toBe('fail');
    expect(forbidden("Not my department, I'll deal with it for you").outcome).toBe('pass');
  });
});

describe("I24 and I25 rounds (heldout32's and heldout33's misses, read by cause)", () => {
  it('takes who the customer has reached for no blame, and the agent correcting themselves for no rudeness', () => {
    expect(check(en([agentSays(0.5, 4, "Yep, CMB, that's who you've rung, Smith speaking")]), 'forbidden-phrases').outcome).toBe('pass');
    expect(forbiddenEn('Sorry, I said that wrong, I have submitted the request')).toBe('pass');
    // The order itself still fails.
    expect(forbiddenEn('Like I said, the fee stays')).toBe('fail');
  });

  it('fails the agent deciding what only the bank decides, and passes a copy printed again', () => {
    expect(forbiddenZh('给您免一年的费用，我做主')).toBe('fail');
    expect(forbiddenZh('这个我做不了主，我帮您申请')).toBe('pass');
    expect(forbiddenZh('报告丢了没关系，我给您补打一份')).toBe('pass');
  });

  it('credits "while I\'ve got you" framing a short offer of more help', () => {
    expect(closingEn("While I've got you, anything else")).toBe('pass');
    expect(closingEn('Okay, bye')).toBe('fail');
  });
});

describe("I27 round (heldout34's misses, read by cause)", () => {
  it('takes reassurance about what the customer did for no blame, and mocking what they know for rudeness', () => {
    expect(forbiddenEn("It's fine if your kid bought the ticket, I'll help change it")).toBe('pass');
    expect(forbiddenEn('What would you know about crops, honestly')).toBe('fail');
  });

  it('fails "nothing to do with us" said as 跟我们无关, and passes "no need to call anyone else"', () => {
    expect(forbiddenZh('取件码收不到问运营商，跟我们无关')).toBe('fail');
    expect(forbiddenZh('我帮您登记好了，别的电话就不用打了')).toBe('pass');
  });

  it('passes a greeting that says "call me X, that will do" (喊我马就成)', () => {
    const greet = (surname: string) => check(callContext([agentSays(0.5, 6, '您好，这儿是招商银行，喊我马就成，您说')], { agent: { surname } }), 'greeting').outcome;
    expect(greet('马')).toBe('pass');
    expect(greet('王')).toBe('fail');
  });
});

describe("I28 round (heldout35's misses, read by cause)", () => {
  it('takes 保证金 (a deposit) for no promise, and "it is no bother" for no rudeness', () => {
    expect(forbiddenZh('您的保证金已到账，三个工作日内退回')).toBe('pass');
    expect(forbiddenZh('您多问几次没关系，我不会烦的')).toBe('pass');
    expect(forbiddenZh('我保证今天给您办好')).toBe('fail');
  });

  it('fails the question refused (我没法答) and the customer dismissed ("there\'s no talking to you")', () => {
    expect(forbiddenZh('布料问题问供应商，我没法答')).toBe('fail');
    expect(check(callContext([agentSays(0.5, 4, 'Hello, CMB, Smith speaking'), agentSays(10, 15, "There's no talking to you about bids, is there")], { language: 'en' }), 'forbidden-phrases').outcome).toBe('fail');
  });
});

describe("I29 round (heldout36's and heldout37's misses, read by cause)", () => {
  it('credits a short offer of more help the agent ends the turn with, and not one hurried on to a goodbye', () => {
    expect(closingEn('Anything else, yeah')).toBe('pass');
    expect(closingEn("Scroll's covered, anything else")).toBe('pass');
    expect(closingEn('Anything else? Okay, bye.')).toBe('fail');
  });

  it('takes "wait a little", a colleague asked, 等我一阵 and a wait promised short (片刻就好) for hold requests', () => {
    expect(check(en(holdAround('Wait a little please', 'Thanks for holding, your balance is three thousand')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(en(holdAround('Let me ask a colleague', 'Thanks for holding, your balance is three thousand')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('唔该等我一阵', '谢谢您等，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('片刻就好，我翻下登记本', '谢谢您的等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
  });

  it('takes a booking kept for the customer for no promise, and an answer promised back after asking for no brush-off', () => {
    expect(forbiddenZh('机位给你留着，您随时过来')).toBe('pass');
    expect(forbiddenZh('这个我帮你找其他同事问，问好了告诉你')).toBe('pass');
    expect(forbiddenZh('我保证明天一定给您修好')).toBe('fail');
  });

  it('takes a greeting that says a person answers for no rudeness, and a manual walked through for no brush-off', () => {
    const forbidden = (opening: string, text: string) => check(en([agentSays(0.5, 5, opening), agentSays(10, 15, text)]), 'forbidden-phrases').outcome;
    expect(forbidden("You've reached CMB, a real voice, not a menu, Smith speaking", 'Your balance is three thousand')).toBe('pass');
    expect(forbidden('Hello, CMB, Smith speaking', "The manual covers it, I'll walk you through it")).toBe('pass');
    expect(forbidden('Hello, CMB, Smith speaking', 'Read the manual yourself')).toBe('fail');
  });

  it('fails the job\'s limits given as the reason, the customer called annoying, and their choice disowned', () => {
    expect(forbiddenEn("That's outside my job, hang up")).toBe('fail');
    expect(forbiddenEn('How annoying are you')).toBe('fail');
    expect(forbiddenEn("We didn't tell you to game all night")).toBe('fail');
    // An apology for what nobody said is none of these.
    expect(forbiddenEn("Sorry nobody told you, the fee is waived now")).toBe('pass');
  });

  it('takes 保重 and 走好 for a goodbye, and 「到时候会有专人跟您联系」 for none', () => {
    expect(closingZh('谢谢您打来提醒我们，走好')).toBe('pass');
    expect(closingZh('感谢您的来电，保重啊')).toBe('pass');
    expect(closingZh('感谢您打来电话，到时候会有专人跟您联系')).toBe('fail');
  });

  it('takes "so long" for a goodbye, and not where something took so long', () => {
    expect(closingEn('Thanks for ringing, I have noted it, so long')).toBe('pass');
    expect(closingEn('Thanks for ringing, sorry it took so long')).toBe('fail');
  });

  it('keeps the brand of an agent surnamed 赵 when 「这边」 follows 招行 (「招」 sounds like 赵, 「行」 like 姓)', () => {
    const zhao = callContext([agentSays(0.5, 6, '你好，招行，这边听着呢，赵，您说'), customerSays(7, 9, '我想查账单')], { agent: { surname: '赵' } });
    expect(check(zhao, 'greeting').outcome).toBe('pass');
  });
});

describe("I30 round (heldout38's misses, read by cause)", () => {
  it('fails costs taken on, a personal stake and money back doubled as promises', () => {
    expect(forbiddenEn("We'll cover all your climbing medical bills")).toBe('fail');
    expect(forbiddenEn('That lightbox lasts five years or I pay myself')).toBe('fail');
    expect(forbiddenEn('Not sweet enough? Double your money back')).toBe('fail');
    expect(forbiddenEn("The install is free, I'll make sure of it")).toBe('fail');
  });

  it('fails the customer called mad, unschooled or too old, and their choice blamed', () => {
    expect(forbiddenEn("You're mad, honey isn't refundable")).toBe('fail');
    expect(forbiddenEn('This is basic, did you finish school')).toBe('fail');
    expect(forbiddenEn("Aren't you a bit old for fancy dress")).toBe('fail');
    expect(forbiddenEn('You came in the rain, the animals hid, your choice')).toBe('fail');
    expect(forbiddenEn("I'll take it up with the seller on your behalf")).toBe('pass');
  });

  it('takes a manual read out by the agent for no brush-off, and fails 「我能有啥办法」, 拎勿清 and money back doubled', () => {
    expect(forbiddenEn("It's in the manual, and I can read it out to you")).toBe('pass');
    expect(forbiddenZh('灯箱说明书上写了接法，我在电话里给您念念')).toBe('pass');
    expect(forbiddenZh('球馆停电问供电局，我能有啥办法')).toBe('fail');
    expect(forbiddenZh('拎勿清，侬到底要啥')).toBe('fail');
    expect(forbiddenZh('蜂蜜不甜给您退双倍')).toBe('fail');
    // An offer to look for a way is no brush-off.
    expect(forbiddenZh('您别急，我看看有什么办法帮您')).toBe('pass');
  });

  it('takes 一下下就好 and 等我问问 for hold requests, and a 谢谢 said between pauses on return for the thank-you', () => {
    const hold = (request: string, thanks: string) => check(callContext(holdAround(request, thanks)), 'hold-etiquette').outcome;
    expect(hold('一下下就好，邮票我对照目录', '谢谢您的等待，您的账单是三千元')).toBe('pass');
    expect(hold('等我问问前台球道的事', '谢谢您的等待，您的账单是三千元')).toBe('pass');
    expect(hold('请您稍等', '嗯 谢谢  动物园 票 有，您的账单是三千元')).toBe('pass');
    // Said inside a clause, 谢谢 thanks for something else.
    expect(hold('请您稍等', '谢谢动物园的票还有，您的账单是三千元')).toBe('fail');
  });

  it('takes "thanks for the moment" for a thank-you for holding', () => {
    expect(check(en(holdAround('Give me a moment on the costume', "Thanks for the moment, that costume's still there")), 'hold-etiquette').outcome).toBe('pass');
  });

  it('takes 还有啥我能帮的, 还能帮您啥 and the Cantonese 仲有咩要帮手 for an offer of more help', () => {
    expect(closingZh('集邮这头还有啥我能帮的')).toBe('pass');
    expect(closingZh('呃，汉服这边还能帮您啥')).toBe('pass');
    expect(closingZh('仲有咩要帮手啊，绒线嘅')).toBe('pass');
  });
});

describe("I31 round (heldout39's misses, read by cause)", () => {
  it('fails the customer blamed for what they broke, their speech, money and age mocked, and "don\'t call me"', () => {
    expect(forbiddenEn('Hit the wall and blame the track, classic')).toBe('fail');
    expect(forbiddenEn('Speak properly, I can\'t make out that dialect')).toBe('fail');
    expect(forbiddenEn('Too broke for a decent drone, clearly')).toBe('fail');
    expect(forbiddenEn("Duds are the wholesaler's fault, don't call me")).toBe('fail');
  });

  it('takes the agent\'s side owning a mistake and "don\'t you fret" for no blame or rudeness', () => {
    expect(forbiddenEn('So sorry, we put you in the wrong dive class, I will move you')).toBe('pass');
    expect(forbiddenEn("Don't you fret, I'll sort the booking")).toBe('pass');
  });
});

describe("I32 round (heldout40's misses, read by cause)", () => {
  it('fails a date staked on the agent\'s honour, the customer\'s wits and looks mocked, and "not our problem"', () => {
    expect(forbiddenEn('Refund in three days, on my honour')).toBe('fail');
    expect(forbiddenEn("You're not smart enough for laser tag rules")).toBe('fail');
    expect(forbiddenEn("No wig's going to fix that face")).toBe('fail');
    expect(forbiddenEn("You picked that colour, not our problem it's ugly")).toBe('fail');
    // "not a problem" is no "not our problem".
    expect(forbiddenEn("That's not a problem, I'll change the colour for you")).toBe('pass');
  });

  it('fails the agent\'s oath (我发誓) and 「你百度一下」', () => {
    expect(forbiddenZh('我发誓这周六风筝店给您送上门')).toBe('fail');
    expect(forbiddenZh('风筝线断了你百度一下')).toBe('fail');
  });
});

describe("I33 round (heldout41's misses, read by cause)", () => {
  it('fails jobs and wages staked, money out of the agent\'s pocket, the customer sent to argue elsewhere, and blame left with them', () => {
    expect(forbiddenEn("I'll stake my job on the parcel landing Monday")).toBe('fail');
    expect(forbiddenEn("Fine, I'll cover the fee out of my own pocket")).toBe('fail');
    expect(forbiddenEn('Go argue with the airline about the lost bag')).toBe('fail');
    expect(forbiddenEn('You booked the wrong date, the hotel isn\'t to blame')).toBe('fail');
    expect(forbiddenEn('Heavy bag for a weakling')).toBe('fail');
    // The customer cleared of blame stays clean.
    expect(forbiddenEn("Please don't worry, you're not to blame for the delay")).toBe('pass');
  });

  it('fails 去找消协, the agent paying or guaranteeing personally, and 小地方的人; a guarantee declined stays clean', () => {
    expect(forbiddenZh('退货的事您去找消协')).toBe('fail');
    expect(forbiddenZh('运费我个人给您报销')).toBe('fail');
    expect(forbiddenZh('这批货明天到，我担保')).toBe('fail');
    expect(forbiddenZh('小地方的人就是不懂行情')).toBe('fail');
    expect(forbiddenZh('到货时间我没法担保，我帮您催一下物流')).toBe('pass');
  });

  it('passes "my bad" said after the customer is upset', () => {
    const call = (text: string) => {
      const segs = [EN_OPENING, customerSays(5, 9, 'This is the third time you charged me, I am furious'), agentSays(10, 15, text)];
      return check(en(segs, { sentiment: sentimentFor(segs, { 1: -0.8 }) }), 'apology-when-upset').outcome;
    };
    expect(call('Oh, my bad, the refund went to the old card, I will move it now')).toBe('pass');
    expect(call('The refund went to the old card, I will move it now')).toBe('fail');
  });
});

describe("I34 round (heldout42's misses and false alarms, read by cause)", () => {
  it('takes a department list in the greeting for no rudeness, and still fails a rebuke later in the call', () => {
    // The greeting's clauses need 0.95 from the act model (openingActThreshold).
    expect(check(en([agentSays(0.5, 6, 'Morning, CMB helpline, boilers and radiators, Smith here, how can I help')]), 'forbidden-phrases').outcome).toBe('pass');
    expect(forbiddenEn("You're too heavy for that ladder anyway")).toBe('fail');
    expect(forbiddenEn('Honestly, you go on and on about the refund')).toBe('fail');
  });

  it('fails 唔关我事, 不是我部门的, 戆大 and 瞎指挥', () => {
    expect(forbiddenZh('退款唔关我事，你问银行')).toBe('fail');
    expect(forbiddenZh('这个不是我部门的，你打别的号码')).toBe('fail');
    expect(forbiddenZh('戆大，跟你讲过了')).toBe('fail');
    expect(forbiddenZh('你又不懂装修，别瞎指挥')).toBe('fail');
  });

  it('takes no 「服务」 for 客服 and the surname 吴 (务 sounds like it), but still 「客服吴」 itself', () => {
    const greet = (text: string) => check(callContext([agentSays(0.5, 6, text)], { agent: { surname: '吴' } }), 'greeting').outcome;
    expect(greet('您好，招商银行信用卡中心客户服务，请问有什么可以帮您')).toBe('fail');
    expect(greet('您好，招商银行信用卡中心，客服吴，请问有什么可以帮您')).toBe('pass');
  });

  it('takes the Australian "hooroo" for a goodbye', () => {
    expect(closingEn('Thanks for calling about the order, hooroo')).toBe('pass');
    expect(closingEn('Thanks for calling about the order')).toBe('fail');
  });

  it('takes no 「送到前」 for 道歉 (dao qian), and still hears an apology said as an act', () => {
    const call = (text: string) => {
      const segs = [ZH_OPENING, customerSays(5, 9, '你们乱扣费，我要投诉'), agentSays(10, 15, text)];
      return check(callContext(segs, { sentiment: sentimentFor(segs, { 1: -0.8 }) }), 'apology-when-upset').outcome;
    };
    expect(call('货送到前会联系您，您留意电话')).toBe('fail');
    expect(call('先跟您道个歉，扣费的事我马上查')).toBe('pass');
  });
});

describe("I35 round (heldout43's misses and false alarms, read by cause)", () => {
  it('fails the customer\'s child, land and money belittled, "you asked for it", and a lifetime warranty', () => {
    expect(forbiddenEn('Honestly your son is too soft for a week of hiking')).toBe('fail');
    expect(forbiddenEn('You sound skint, maybe skip the upgrade')).toBe('fail');
    expect(forbiddenEn('You asked for it when you ticked the box')).toBe('fail');
    expect(forbiddenEn("Sure, I'll put a lifetime warranty on the boiler")).toBe('fail');
  });

  it('takes 不分年纪, 不怪孩子 and the Cantonese 你唔使自己打 for no rebuke, and still hears a garbled blame', () => {
    expect(forbiddenZh('学游泳不分年纪，您放心报名')).toBe('pass');
    expect(forbiddenZh('杯子摔了不怪孩子，我们给您换一个')).toBe('pass');
    expect(forbiddenZh('你唔使自己打，我帮你联系')).toBe('pass');
    expect(forbiddenZh('嗯嗯，踢脚线颜无是自己挑的，丑也她怪卧们')).toBe('fail');
  });

  it('takes "Mornin\'" (the g dropped) for a greeting word', () => {
    const greet = (text: string) => check(en([agentSays(0.5, 5, text)]), 'greeting').outcome;
    expect(greet("Mornin', CMB customer care, Smith speaking")).toBe('pass');
    expect(greet('CMB customer care, Smith speaking')).toBe('fail');
  });

  it('takes "Much appreciated" on return from a hold for thanks for the wait', () => {
    const held = (back: string) =>
      check(en([EN_OPENING, customerSays(5, 7, 'Can you check my card'), agentSays(8, 10, 'Just a sec, checking'), agentSays(40, 44, back)]), 'hold-etiquette').outcome;
    expect(held("Much appreciated, I've got the details")).toBe('pass');
    expect(held("Right, I've got the details")).toBe('fail');
  });
});

describe("I36 round (heldout44's misses, read by cause)", () => {
  it('fails "cheapskate", "we\'re done here", "your doing", "sort it out with your …" and "pay you double"', () => {
    expect(forbiddenEn('Fine then, cheapskate')).toBe('fail');
    expect(forbiddenEn("Ring the insurer, we're done here")).toBe('fail');
    expect(forbiddenEn('The scratch is your doing, not ours')).toBe('fail');
    expect(forbiddenEn('Sort it out with your landlord')).toBe('fail');
    expect(forbiddenEn("If it breaks again we'll pay you double")).toBe('fail');
  });

  it('fails blame said with the polite 您 and 年检包过, but takes no parcel (包裹) for 包过', () => {
    expect(forbiddenZh('是您自己把地址填错的')).toBe('fail');
    expect(forbiddenZh('这事赖不着我们')).toBe('fail');
    expect(forbiddenZh('放心，年检包过')).toBe('fail');
    expect(forbiddenZh('您的包裹明天到，我帮您盯着')).toBe('pass');
  });

  it('takes 等哈 for a hold request', () => {
    expect(check(callContext(holdAround('嗯嗯，等哈，我翻翻本子', '感谢您的耐心等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('pass');
    expect(check(callContext(holdAround('嗯嗯，我翻翻本子', '感谢您的耐心等待，您的账单是三千元')), 'hold-etiquette').outcome).toBe('fail');
  });

  it('takes "Anything else, mate, for the …" for an offer of more help, but not "anything about the …"', () => {
    expect(closingEn('Anything else, mate, for the boiler')).toBe('pass');
    expect(closingEn('You never understand anything about the rules, goodbye')).toBe('fail');
  });
});

describe("I37 round (heldout45's misses, read by cause)", () => {
  it('fails indifference, the customer singled out, the talk ended and things given away on the agent\'s say-so', () => {
    expect(forbiddenEn("Return it or keep it, I couldn't care less")).toBe('fail');
    expect(forbiddenEn('Everybody manages the form, just not you')).toBe('fail');
    expect(forbiddenEn("Complain if you like, I'm done talking")).toBe('fail');
    expect(forbiddenEn("The delivery's on the house today")).toBe('fail');
    // A visit to the house is no freebie.
    expect(forbiddenEn('The engineer will call at the house on Monday as booked')).toBe('pass');
  });
});

describe("I38 round (heldout46's misses and false alarms, read by cause)", () => {
  it('fails "you smudged", "I\'m done here", "I\'ll waive" and "is tragic"; a polite refund stays clean', () => {
    expect(forbiddenEn('You smudged the screen, that is why')).toBe('fail');
    expect(forbiddenEn("Write to the ombudsman, I'm done here")).toBe('fail');
    expect(forbiddenEn("I'll waive the whole fee, no problem")).toBe('fail');
    expect(forbiddenEn('Honestly that colour choice is tragic')).toBe('fail');
    expect(forbiddenEn("I'll refund the delivery charge once the team confirms it")).toBe('pass');
  });

  it('takes 这也难怪 for sympathy, not rudeness', () => {
    expect(forbiddenZh('这也难怪，第一次用都容易装反')).toBe('pass');
  });
});

describe("I39 round (heldout47's misses and false alarms, read by cause)", () => {
  it('takes 「刘就是我」 for the surname said alone, but not 「刘我」 with nothing between', () => {
    expect(greetingZh('刘', '您好，招行热线，刘就是我，您讲').outcome).toBe('pass');
    expect(greetingZh('刘', '您好，招行热线，刘我，您讲').outcome).toBe('fail');
  });

  it('says why a close surname wording did not count when the words introducing it were lost', () => {
    const r = greetingZh('黄', '您好它没黄，负责售后，您请讲，招行热线');
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/holds the surname, but the words that introduce it/);
    expect(r.reason).not.toMatch(/0\.6\d needed/);
  });

  it('fails "go ask", "spit it out", "stop dithering", "what a talent" and "I\'m not handling it"; the agent going to ask stays clean', () => {
    expect(forbiddenEn('Go ask the garage across the road, pal')).toBe('fail');
    expect(forbiddenEn('You go and ask the landlord yourself')).toBe('fail');
    expect(forbiddenEn('Come on, spit it out, what happened to the oven')).toBe('fail');
    expect(forbiddenEn('Stop dithering about the colour')).toBe('fail');
    expect(forbiddenEn('You painted it upside down, what a talent')).toBe('fail');
    expect(forbiddenEn("Ring the council if you want, I'm not handling it")).toBe('fail');
    expect(forbiddenEn("Hold on, I'll go and ask the workshop for you")).toBe('pass');
  });

  it('does not take a sound-alike that is written otherwise for a listed phrase when the act model reads the clause as polite', () => {
    // 帆撕了 (the sail is torn) sounds as 烦死了 (annoying to death); 烦死了 itself, or with one character by sound, still fails.
    expect(forbiddenZh('帆撕了我们先修，您别急')).toBe('pass');
    const reasonZh = (text: string) => check(callContext([ZH_OPENING, agentSays(10, 15, text)]), 'forbidden-phrases').reason;
    expect(reasonZh('烦死了，又是这个问题')).toMatch(/“烦死了” at/);
    expect(reasonZh('凡死了，又是这个问题')).toMatch(/“烦死了” as “凡死了”/);
  });
});

describe("I40 round (heldout48's misses, read by cause)", () => {
  it('takes 「免贵赵」 (免贵姓赵 with the 姓 lost) for the surname', () => {
    expect(greetingZh('赵', '您好，招商银行信用卡中心，免贵赵，您讲').outcome).toBe('pass');
    expect(greetingZh('赵', '您好，招商银行信用卡中心，免贵，您讲').outcome).toBe('fail');
  });

  it('fails the customer called stupid (真笨, 笨死了, 这么蠢) or scorned for finding it dear; 本期 garbled to 本得 stays clean', () => {
    expect(forbiddenZh('表都不会调，真笨')).toBe('fail');
    expect(forbiddenZh('教了三遍还不会，笨死了')).toBe('fail');
    expect(forbiddenZh('怎么会问这么蠢的事')).toBe('fail');
    expect(forbiddenZh('一张贴纸还嫌贵')).toBe('fail');
    expect(forbiddenZh('您本得账单金额是三千元，到期还款日是五号')).toBe('pass');
  });

  it('fails "this isn\'t the right line", "not ours to sort" and "we don\'t do that"', () => {
    expect(forbiddenEn("Ring the main office, this isn't the right line")).toBe('fail');
    expect(forbiddenEn("The parcel's late? That's not ours to sort")).toBe('fail');
    expect(forbiddenEn("Grooming? We don't do that")).toBe('fail');
    expect(forbiddenEn("It's ours to sort, I'll chase the courier today")).toBe('pass');
  });

  it('takes 「还需要我帮您处理什么吗」 and "is that everything" for an offer of more help', () => {
    expect(closingZh('还需要我帮您处理什么吗')).toBe('pass');
    expect(closingEn('Is that everything for the boiler today')).toBe('pass');
  });

  it('takes the Swahili "pole sana" for an apology', () => {
    expect(apologyEn('Pole sana, that was our mistake, I will fix it')).toBe('pass');
    expect(apologyEn('That was our mistake, I will fix it')).toBe('fail');
  });
});

describe("I41 round (heldout49's misses, read by cause)", () => {
  it('reads "we\'ll" as a word, not the filler "well": "we\'ll cover the …" is a promise, "does that cover the …" is not', () => {
    expect(forbiddenEn("We'll cover the repair bill, no problem")).toBe('fail');
    expect(forbiddenEn('Does that cover the range booking, or is there more')).toBe('pass');
  });

  it('fails "not my job", "personally make sure", "override the system", "stop whining" and the Pidgin "na you cause"', () => {
    expect(forbiddenEn('Not my job to chase the plumber')).toBe('fail');
    expect(forbiddenEn("I'll personally make sure the council pays")).toBe('fail');
    expect(forbiddenEn("I'll override the system for you, it's free")).toBe('fail');
    expect(forbiddenEn('Stop whining about one scratch')).toBe('fail');
    expect(forbiddenEn('Na you cause the leak')).toBe('fail');
  });

  it('fails 别问我, 问我干嘛, 给您免了, 我们全包, 头壳坏去 and 别叨叨', () => {
    expect(forbiddenZh('别问我，我只管收银')).toBe('fail');
    expect(forbiddenZh('去问物业，问我干嘛')).toBe('fail');
    expect(forbiddenZh('运费我给您免了')).toBe('fail');
    expect(forbiddenZh('维修费我们全包')).toBe('fail');
    expect(forbiddenZh('你是头壳坏去喔')).toBe('fail');
    expect(forbiddenZh('别叨叨了，不就一个杯子')).toBe('fail');
  });

  it('takes "byee", "walk good", "kwaheri", "ta for ringing" and "asante for calling" in a closing', () => {
    expect(closingEn('Ta for ringing the bakery, kwaheri')).toBe('pass');
    expect(closingEn('Asante for calling, walk good')).toBe('pass');
    expect(closingEn('Thanks for calling the shop, byee')).toBe('pass');
  });

  it('takes "wait small" and a bare 等等 for a hold request', () => {
    expect(check(en(holdAround('Wait small, I dey check am', 'Thank you for waiting, your balance is three thousand')), 'hold-etiquette').outcome).toBe('pass');
    expect(holdZh('等等，我翻一下本子')).toBe('pass');
  });

  it('takes the Hokkien 是阮的错 (our fault) for an apology', () => {
    expect(apologyZh('歹势，是阮的错，我马上帮您退')).toBe('pass');
    expect(apologyZh('我马上帮您退')).toBe('fail');
  });
});

describe("I42 round (heldout50's misses and false alarms, read by cause)", () => {
  it('hears the short apology that opens the turn (歹势，…) by the act model, not a short clause in the middle of one', () => {
    expect(apologyZh('歹势，拼图寄错款了，我帮您补寄')).toBe('pass');
    // v7 (I60) reads the owned error 「拼图寄错款了」 alone as an apology (0.93; v6 0.65), so the clause without 歹势 is one that
    // owns nothing (act model: other 0.57).
    expect(apologyZh('拼图已经补寄了，我帮您跟进')).toBe('fail');
  });

  it('does not let the agent\'s own 「我没说清楚」 excuse the blame 「你没说清楚」 (the person rule, both ways)', () => {
    expect(forbiddenZh('货送错地方，你没说清楚地址')).toBe('fail');
    expect(forbiddenZh('可能我没说清楚，我再讲一遍')).toBe('pass');
  });

  it('fails "it\'s all on you", "I\'m not doing this", "wrong with your head" and "so blur"; "no promises" is a hedge', () => {
    expect(forbiddenEn("It's all on you, really")).toBe('fail');
    expect(forbiddenEn("I'm not doing this, ask other people")).toBe('fail');
    expect(forbiddenEn('Is something wrong with your head')).toBe('fail');
    expect(forbiddenEn('You so blur one')).toBe('fail');
    expect(forbiddenEn("I'll ask about a refund, no promises yet")).toBe('pass');
  });

  it('fails 我哋唔理, 揾厂家 and 永远不变; takes 您候着 and 您等 for a hold request', () => {
    expect(forbiddenZh('呢单我哋唔理嘅')).toBe('fail');
    expect(forbiddenZh('你揾厂家啦')).toBe('fail');
    expect(forbiddenZh('这个价格永远不变')).toBe('fail');
    expect(holdZh('您候着点儿，我瞅瞅单子')).toBe('pass');
    expect(holdZh('您等，我查一下记录')).toBe('pass');
  });
});

describe("I43 round (heldout51's misses and false alarms, read by cause)", () => {
  it('takes a staff number in Han numerals before the surname (三号吴), not 号 by sound', () => {
    expect(greetingZh('吴', '您好，这是招商银行，三号吴，您说').outcome).toBe('pass');
    expect(greetingZh('吴', '您好，这是招商银行，三好吴，您说').outcome).toBe('fail');
  });

  it('takes 「感谢您的耐心和来电」 for thanks for the call; 「感谢您的耐心」 alone is still none', () => {
    expect(closingZh('感谢您的耐心和来电，再见')).toBe('pass');
    expect(closingZh('感谢您的耐心，再见')).toBe('fail');
  });

  it('takes 还缺啥, 阁有啥 and "anything else for your …" for an offer of more help, and "tanks fi calling" for thanks', () => {
    expect(closingZh('模具还缺啥吗')).toBe('pass');
    expect(closingZh('阁有啥物件要问无')).toBe('pass');
    expect(closingEn('Anything else for your garden order')).toBe('pass');
    expect(closingEn('Tanks fi calling, goodbye')).toBe('pass');
  });

  it('fails "go moan at", "no ma problem", "numpty", "chuck in", "for life"; 包你, 我说了算, 懒得跟你; a warranty replacement stays clean', () => {
    expect(forbiddenEn('Broken strap? Go moan at the maker')).toBe('fail');
    expect(forbiddenEn('No ma problem, pal')).toBe('fail');
    expect(forbiddenEn("You're an absolute numpty")).toBe('fail');
    expect(forbiddenEn("I'll chuck in a free service")).toBe('fail');
    expect(forbiddenEn("Break it and we'll replace it, for life")).toBe('fail');
    expect(forbiddenZh('包你冇问题')).toBe('fail');
    expect(forbiddenZh('退款我说了算')).toBe('fail');
    expect(forbiddenZh('原理懒得跟你解释')).toBe('fail');
    expect(forbiddenZh('板子我们先检测，符合保修就给您换')).toBe('pass');
  });
});

describe("I44 round (heldout52's misses and false alarms, read by cause)", () => {
  it('fails "isn\'t my job", "you call yourself a", "good grief", "off the books", "we\'ll cover it"', () => {
    expect(forbiddenEn("The gutter isn't my job")).toBe('fail');
    expect(forbiddenEn("Can't read a label and you call yourself a chef")).toBe('fail');
    expect(forbiddenEn('Good grief, not again')).toBe('fail');
    expect(forbiddenEn("I'll do it off the books for you")).toBe('fail');
    expect(forbiddenEn("Whatever broke, we'll cover it")).toBe('fail');
  });

  it('fails 别丢人, 手残, 照原价赔 and 不然赔钱; a reply promised by a time (今天内给您答复) stays clean; 「您本的账单」 is no 笨得', () => {
    expect(forbiddenZh('这把年纪了，别丢人了')).toBe('fail');
    expect(forbiddenZh('这都装不好，手残吧')).toBe('fail');
    expect(forbiddenZh('坏了我们照原价赔')).toBe('fail');
    expect(forbiddenZh('三天内给您答复，不然赔钱')).toBe('fail');
    expect(forbiddenZh('我转给主管，今天内给您答复')).toBe('pass');
    expect(forbiddenZh('您本的账单金额是三千元')).toBe('pass');
  });
});

describe("I45 round (heldout53's misses and false alarms, read by cause)", () => {
  it('fails "nothing to do with us", "moaner", "do I look like I care", "I waive", "let you keep it", "you ran the"', () => {
    expect(forbiddenEn("The parking fine? Nothing to do with us")).toBe('fail');
    expect(forbiddenEn('Ugh, another moaner')).toBe('fail');
    expect(forbiddenEn('Do I look like I care about your shoes')).toBe('fail');
    expect(forbiddenEn('Sure, I waive the fee')).toBe('fail');
    expect(forbiddenEn("I'll refund the lamp and let you keep it")).toBe('fail');
    expect(forbiddenEn('You ran the tank dry, that is why')).toBe('fail');
  });

  it('fails 关我啥事, 还好意思, 正经客人 and 退晒俾你; 不好意思 and 不用上官网 stay clean', () => {
    expect(forbiddenZh('你的鼻环关我啥事')).toBe('fail');
    expect(forbiddenZh('黄带还好意思投诉')).toBe('fail');
    expect(forbiddenZh('快点，后面还有正经客人呢')).toBe('fail');
    expect(forbiddenZh('全部退晒俾你，冇问题')).toBe('fail');
    expect(forbiddenZh('不好意思打扰您一下，订单我直接帮您下，不用上官网')).toBe('pass');
  });
});

describe("I46 round (heldout54's misses, read by cause)", () => {
  it('takes 「我王在弄」 (the one handling it) and 「叫我郭行」 (就 lost) for the surname', () => {
    expect(greetingZh('王', '您好，招商银行信用卡中心，拼布这块是我王在弄，您说').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招商银行，叫我郭行，有什么可以帮您的').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招商银行，叫我行，有什么可以帮您的').outcome).toBe('fail');
  });

  it('fails "isn\'t our concern", "whoever sold you", "don\'t ring me", "you yourself", "I\'ve approved it"; "ring me any time" stays clean', () => {
    expect(forbiddenEn("Your vet bills isn't our concern")).toBe('fail');
    expect(forbiddenEn('Whoever sold you the boots can sort it')).toBe('fail');
    expect(forbiddenEn("Complaints go to the captain, don't ring me")).toBe('fail');
    expect(forbiddenEn('You yourself ordered the wrong size what')).toBe('fail');
    expect(forbiddenEn("The refund is going through, I've approved it")).toBe('fail');
    expect(forbiddenEn('If anything else comes up, ring me any time')).toBe('pass');
  });
});

describe("I47 round (heldout55's misses, read by cause)", () => {
  it('fails "complain to the …", "I just work here", "lightweight", "fine wiped"; 跟我说没用, 懂不懂规矩, 帮你撤了', () => {
    expect(forbiddenEn('Complain to the council, not here')).toBe('fail');
    expect(forbiddenEn('How would I know, I just work here')).toBe('fail');
    expect(forbiddenEn("Lightweight, you shouldn't be on the tour")).toBe('fail');
    expect(forbiddenEn("I'll get that parking fine wiped for you")).toBe('fail');
    expect(forbiddenZh('会员卡的事你跟老板说，跟我说没用')).toBe('fail');
    expect(forbiddenZh('懂不懂规矩啊你')).toBe('fail');
    expect(forbiddenZh('罚款我帮你撤了，不用管')).toBe('fail');
  });
});

describe("I48 round (heldout56's misses and false alarms, read by cause)", () => {
  it('takes when an order will be ready for a statement, not a promise, unless it is staked ("no question", "my word")', () => {
    expect(forbiddenEn('Your pipes will be ready next month')).toBe('pass');
    expect(forbiddenEn('The sofa will be ready by Friday, no question')).toBe('fail');
    expect(forbiddenEn("Lifetime replacement on the awning, my word")).toBe('fail');
    expect(forbiddenEn('No question is a silly one, ask away')).toBe('pass');
  });

  it('fails "strangled cat", "a grown adult …", "you snapped the", "because you never" and "yuh own fault"', () => {
    expect(forbiddenEn('Your singing, a strangled cat')).toBe('fail');
    expect(forbiddenEn('A grown adult playing with toy trains')).toBe('fail');
    expect(forbiddenEn('You snapped the handle pulling it')).toBe('fail');
    expect(forbiddenEn('Weeds everywhere because you never sweep')).toBe('fail');
    expect(forbiddenEn('A yuh own fault dat')).toBe('fail');
  });
});

describe("I49 round (heldout57's misses and false alarms, read by cause)", () => {
  it('takes the technician\'s title after the surname (林技工) and the northern 俺 before it (俺吴, 姓 lost) for the surname', () => {
    expect(greetingZh('林', '您好，招商银行信用卡中心，林技工，空调维修这块，您说').outcome).toBe('pass');
    expect(greetingZh('吴', '您好，招商银行信用卡中心，俺吴，空调维修这块，您说').outcome).toBe('pass');
    expect(greetingZh('林', '您好，招商银行信用卡中心，高级技工，空调维修这块，您说').outcome).toBe('fail');
  });

  it('takes the Pidgin offer to help for the greeting\'s offer ("wetin I fit do for you")', () => {
    expect(greetingEn('Brown', 'CMB tyre shop, this is Brown, wetin I fit do for you').outcome).toBe('pass');
    expect(greetingEn('Brown', 'CMB tyre shop, this is Brown, the tyres are in').outcome).toBe('fail');
  });

  it('takes "if you\'ll hold" and the South African "wait just now" for a request to hold', () => {
    expect(holdEn("If you'll hold, I'll look at the invoice")).toBe('pass');
    expect(holdEn("Wait just now, I'll look at the invoice")).toBe('pass');
    expect(holdEn("I'll look at the invoice")).toBe('fail');
  });

  it('fails "people like you", "you dey craze", "you clearly don\'t", "refund everything"; 有那么难吗, 现在就退, 现金退您', () => {
    expect(forbiddenEn('People like you never read the label')).toBe('fail');
    expect(forbiddenEn('You dey craze? Na only paint')).toBe('fail');
    expect(forbiddenEn("You clearly don't listen to instructions")).toBe('fail');
    expect(forbiddenEn("We'll refund everything you bought this year")).toBe('fail');
    expect(forbiddenZh('就换个灯泡，有那么难吗')).toBe('fail');
    expect(forbiddenZh('押金我现在就退，不用等审批')).toBe('fail');
    expect(forbiddenZh('车费我给您现金退您')).toBe('fail');
  });

  it('keeps a call placed for the customer (帮您把电话打过去) and 我们这样处理 clear of brush-off', () => {
    expect(forbiddenZh('滤网这事厂家管，我帮您把电话打过去')).toBe('pass');
    expect(forbiddenZh('有点划痕很正常，我们这样处理')).toBe('pass');
  });
});

describe("I50 round (heldout58's misses and false alarms, read by cause)", () => {
  it('takes the surname before a service phrase cut short (吴为您) and "ask for X" (您找郭就行) for the surname', () => {
    expect(greetingZh('吴', '您好，招商银行信用卡中心，工号二四五，吴为您，贷款这块您说').outcome).toBe('pass');
    expect(greetingZh('郭', '您好，招商银行信用卡中心，贷款这块，您找郭就行，您说').outcome).toBe('pass');
  });

  it('names nobody in a service adverb that sounds like the surname (随时为您服务 is no 石, 竭力为您服务 no 李)', () => {
    expect(greetingZh('石', '您好，招商银行信用卡中心，随时为您服务，您说').outcome).toBe('fail');
    expect(greetingZh('李', '您好，招商银行信用卡中心，竭力为您服务，您说').outcome).toBe('fail');
    expect(greetingZh('石', '您好，招商银行信用卡中心，我姓石，随时为您服务').outcome).toBe('pass');
  });

  it('lets an apology open the turn after a run of fillers (「嗯嗯，歹势，…」)', () => {
    expect(apologyZh('嗯嗯，歹势，快递送晚了两天')).toBe('pass');
  });

  it('takes a thank-you for holding corrected in passing ("Thanks for calling— for holding, I mean")', () => {
    expect(holdEn('One moment please, let me check', 'Thanks for calling— for holding, I mean, the form is ready')).toBe('pass');
  });

  it('fails "no wonder it …", "aren\'t our concern", "find someone else", "what did you expect", "haven\'t got all day", "refund the whole"; sympathy passes', () => {
    expect(forbiddenEn('You left it in the rain, no wonder it rusted')).toBe('fail');
    expect(forbiddenEn('Drain leaks aren\'t our concern after the fitting')).toBe('fail');
    expect(forbiddenEn('Find someone else for the wiring')).toBe('fail');
    expect(forbiddenEn('What did you expect, leaving it outside')).toBe('fail');
    expect(forbiddenEn("I haven't got all day for your questions")).toBe('fail');
    expect(forbiddenEn("I'll refund the whole holiday myself")).toBe('fail');
    expect(forbiddenEn("No wonder you're upset, let me put that right")).toBe('pass');
  });

  it('fails 没工夫, 至于吗, 傻问题, 全赔, 你想啥呢; 没有傻问题 passes', () => {
    expect(forbiddenZh('我没工夫跟你掰扯')).toBe('fail');
    expect(forbiddenZh('不就一个杯子吗，至于吗')).toBe('fail');
    expect(forbiddenZh('这算什么傻问题')).toBe('fail');
    expect(forbiddenZh('地板压坏了我们全赔')).toBe('fail');
    expect(forbiddenZh('花盆放风口，你想啥呢')).toBe('fail');
    expect(forbiddenZh('没有傻问题，您尽管问')).toBe('pass');
  });
});

describe("I51 round (heldout59's misses, read by cause)", () => {
  it('takes "sory" (a Caribbean or Nigerian spelling) and "pardon us" for an apology, not "pardon?" alone', () => {
    expect(apologyEn('Sory about dat, we double charged you')).toBe('pass');
    expect(apologyEn('Pardon us, we sent the wrong card')).toBe('pass');
    expect(apologyEn('Pardon? The line is bad')).toBe('fail');
  });

  it('takes the patience and the call thanked together for a closing thank-you', () => {
    expect(closingEn('Thanks for your patience and for calling, goodbye')).toBe('pass');
  });

  it('takes the Hokkien 有啥物代志 for an offer of more help', () => {
    expect(closingZh('犹有啥物代志无')).toBe('pass');
  });

  it('fails "don\'t ask me", "go meet another person", "if you\'d read", "you can barely", "I go refund"; 甭找我, 你要是看了, 再送您, 全额退给', () => {
    expect(forbiddenEn('Ring the council, don\'t ask me')).toBe('fail');
    expect(forbiddenEn('E no concern me, go meet another person')).toBe('fail');
    expect(forbiddenEn("If you'd read the letter you'd know")).toBe('fail');
    expect(forbiddenEn('You can barely work a kettle')).toBe('fail');
    expect(forbiddenEn('No wahala, I go refund you all of it')).toBe('fail');
    expect(forbiddenZh('退货这事儿甭找我')).toBe('fail');
    expect(forbiddenZh('你要是看了说明书就不会装反')).toBe('fail');
    expect(forbiddenZh('再送您三个月会员')).toBe('fail');
    expect(forbiddenZh('订单我现在全额退给您')).toBe('fail');
  });

  it('keeps an email copied to the customer (抄送您) clear of a promise', () => {
    expect(forbiddenZh('这事总部定，我发邮件给他们并抄送您')).toBe('pass');
  });
});

describe("I52 round (heldout60's misses and false alarms, read by cause)", () => {
  it('takes the one-character title 工 after a surname that opens its clause (吴工), and names nobody in 「这边的员工」', () => {
    expect(greetingZh('吴', '您好，招商银行信用卡中心，手风琴维修这块，吴工').outcome).toBe('pass');
    expect(greetingZh('袁', '您好，招商银行信用卡中心，我是这边的员工，您说').outcome).toBe('fail');
  });

  it('takes the Pidgin "anything again", the Cantonese 仲有咩想问 and thanks for the time given for a closing', () => {
    expect(closingEn('Anything again wey you need')).toBe('pass');
    expect(closingZh('仲有咩想问呀')).toBe('pass');
    expect(closingZh('谢谢您花时间讲清楚，再见')).toBe('pass');
  });

  it('takes the Jamaican "tanks fi hold on" for thanks after a hold', () => {
    expect(holdEn('One moment please, let me check', 'Tanks fi hold on, the parcel is here')).toBe('pass');
  });

  it('fails "your problem, not ours", "you\'ll have to work it out", "are you for real", "can\'t tell a …", "I\'m saying so"; "let\'s work it out" and "calm enough" pass', () => {
    expect(forbiddenEn("That's your problem, not ours")).toBe('fail');
    expect(forbiddenEn("You'll have to work it out")).toBe('fail');
    expect(forbiddenEn('Are you for real?')).toBe('fail');
    expect(forbiddenEn("You can't tell a bolt from a screw")).toBe('fail');
    expect(forbiddenEn("No charge for the visit, I'm saying so")).toBe('fail');
    expect(forbiddenEn("Let's work it out together")).toBe('pass');
    expect(forbiddenEn("The sea's calm enough for the trip")).toBe('pass');
  });

  it('fails 是你放 (where the customer put it), 爱坐不坐 (take it or leave it), 包您 (guaranteed)', () => {
    expect(forbiddenZh('酱油变味是你放灶台边上的')).toBe('fail');
    expect(forbiddenZh('票就这些，爱坐不坐')).toBe('fail');
    expect(forbiddenZh('包您考试一次过')).toBe('fail');
  });
});

describe("I53 round (heldout61's misses and false alarms, read by cause)", () => {
  it('fails "don\'t blame the …", "who cares", "with your size", "pay you on top", "I don\'t know who you want"; 马上退给', () => {
    expect(forbiddenEn("Don't blame the courier, you gave the wrong address")).toBe('fail');
    expect(forbiddenEn("Who cares, it's only a hedge")).toBe('fail');
    expect(forbiddenEn('With your size you need the big harness')).toBe('fail');
    expect(forbiddenEn("I'll pay you on top for the trouble")).toBe('fail');
    expect(forbiddenEn("I don't know who you want, wrong line")).toBe('fail');
    expect(forbiddenZh('押金我马上退给你')).toBe('fail');
  });

  it('keeps the fault owned ("that\'s on us"), places left, a visit booked and 麻烦你了 clear', () => {
    expect(forbiddenEn("The form was wrong, that's on us")).toBe('pass');
    expect(forbiddenEn("Thanks for holding, two seats left on Friday's tour")).toBe('pass');
    expect(forbiddenEn("We'll see you Thursday for the fitting")).toBe('pass');
    expect(forbiddenZh('好嘛，麻烦你了嘛，拜拜')).toBe('pass');
  });
});

describe("I54 round (heldout62's misses and false alarms, read by cause)", () => {
  it('takes the secretary and the conductor before the surname (俱乐部秘书胡, 合唱团指挥杨)', () => {
    expect(greetingZh('胡', '您好，招商银行信用卡中心，俱乐部秘书胡，会费的事您说').outcome).toBe('pass');
    expect(greetingZh('杨', '您好，招商银行信用卡中心，合唱团指挥杨，排练的事您说').outcome).toBe('pass');
  });

  it('takes 还有啥想知道 for an offer of more help', () => {
    expect(closingZh('打鼓课还有啥想知道的')).toBe('pass');
  });

  it('fails "I just answer the phone", "your lookout", "stop waffling", "no questions asked"; 给你免了, 保证你, 又来一个', () => {
    expect(forbiddenEn('I just answer the phone, ring the office')).toBe('fail');
    expect(forbiddenEn("You paid cash to a stranger, that's your lookout")).toBe('fail');
    expect(forbiddenEn('Stop waffling and tell me the date')).toBe('fail');
    expect(forbiddenEn("I'll refund the lot, no questions asked")).toBe('fail');
    expect(forbiddenZh('停车费给你免了')).toBe('fail');
    expect(forbiddenZh('保证你下次一个坑都没有')).toBe('fail');
    expect(forbiddenZh('唉，又来一个问路的')).toBe('fail');
  });

  it('takes a brush-off back when the agent sees it through ("I\'ll make sure it reaches the right person", a word garbled before it)', () => {
    expect(forbiddenEn("Parking is another department, it but I'll make sure it reaches the right person")).toBe('pass');
  });
});

describe("I55 round (heldout63's misses and false alarms, read by cause)", () => {
  it('does not judge a filler and one garbled character (「就是都，…」) as a clause', () => {
    expect(forbiddenZh('就是都，您本期账单金额是三千二百元')).toBe('pass');
  });

  it('takes the Hokkien 有啥物欲问, the southwestern 还要啥子 and 还有啥能帮你 for an offer of more help', () => {
    expect(closingZh('船票阁有啥物欲问无')).toBe('pass');
    expect(closingZh('门票还要啥子不嘛')).toBe('pass');
    expect(closingZh('滑雪这块还有啥能帮你的')).toBe('pass');
  });

  it('fails "yeah, whatever", "not passing it on", "gets sacked"; 哭哭啼啼, 就别来, 我不掺和', () => {
    expect(forbiddenEn('Yeah, whatever, next caller')).toBe('fail');
    expect(forbiddenEn('That is for the manager, I am not passing it on')).toBe('fail');
    expect(forbiddenEn('I will make sure the driver gets sacked')).toBe('fail');
    expect(forbiddenZh('晒黑一点就哭哭啼啼的')).toBe('fail');
    expect(forbiddenZh('怕冷就别来滑雪')).toBe('fail');
    expect(forbiddenZh('你们自己商量，我不掺和')).toBe('fail');
  });
});

describe("I56 round (heldout64's misses and false alarms, read by cause)", () => {
  it('fails "oh great, you again", "nobody here can help", "cancel that fine", "refund double"; 是你不听, 系统不用管', () => {
    expect(forbiddenEn('Oh great, you again')).toBe('fail');
    expect(forbiddenEn('Nobody here can help with parking')).toBe('fail');
    expect(forbiddenEn("I'll cancel that fine, leave it with me")).toBe('fail');
    expect(forbiddenEn("I'll refund double the ticket price")).toBe('fail');
    expect(forbiddenZh('摔了是你不听教练的')).toBe('fail');
    expect(forbiddenZh('这个费用我给您去掉，系统不用管')).toBe('fail');
  });

  it('keeps "good to hear from you again", "so you don\'t call again", 退少了 and "what would you like" clear', () => {
    expect(forbiddenEn('Good to hear from you again')).toBe('pass');
    expect(forbiddenEn("I'll find the right person so you don't call again")).toBe('pass');
    expect(forbiddenEn('What would you like to do with the card')).toBe('pass');
    expect(forbiddenZh('退款给您退少了，我马上补上')).toBe('pass');
  });
});

describe("I57 round (heldout65's misses and false alarms, read by cause)", () => {
  it('takes "ngoja kidogo", "won\'t be long" and "momentito" for a request to hold, and "tanks fi wait" for thanks after it', () => {
    expect(holdEn('Ngoja kidogo, let me look at the order')).toBe('pass');
    expect(holdEn("Let me look at the order, won't be long")).toBe('pass');
    expect(holdEn('Momentito, checking the order for you')).toBe('pass');
    expect(holdEn('One moment please', 'Tanks fi wait, the parcel went out today')).toBe('pass');
  });

  it('fails "genius" in scorn, "get a grip", "I no sabi", "you only gave wrong"; 全免, 不配, 事儿真多; "genius idea" passes', () => {
    expect(forbiddenEn("It's a plug, genius")).toBe('fail');
    expect(forbiddenEn("Get a grip, it's a small dent")).toBe('fail');
    expect(forbiddenEn('I no sabi that one, go and ask')).toBe('fail');
    expect(forbiddenEn('You only gave wrong address, what to do')).toBe('fail');
    expect(forbiddenEn("Genius idea, let's try it")).toBe('pass');
    expect(forbiddenZh('下个月的会费全免')).toBe('fail');
    expect(forbiddenZh('你这种人不配坐头等舱')).toBe('fail');
    expect(forbiddenZh('就一张票，事儿真多')).toBe('fail');
  });
});

describe("I58 round (heldout66's misses and false alarms, read by cause)", () => {
  it('names the agent after the stall word 铺, and keeps the brand when 「银行」 runs into the surname said alone', () => {
    expect(greetingZh('周', '您好，招商银行信用卡中心，水果铺周，今天我当班，您说').outcome).toBe('pass');
    // 行 in 银行 is hang, not the 姓 (xing) of 「我姓胡」: the brand's words are not a self-introduction.
    const r = greetingZh('胡', '您好，招商银行，胡这边，您请讲');
    expect(r.outcome).toBe('pass');
    expect(r.evidence.find((e) => e.note === '本人姓氏')?.quote).not.toContain('行');
    expect(greetingZh('胡', '您好，招商银行，遛狗这块，您请讲').outcome).toBe('fail');
  });

  it('fails "phone someone else", "na your fault", "did that to yourself", "will cure your", "confirm can refund"; 这么轴, 终身免费', () => {
    expect(forbiddenEn('No clue, phone someone else')).toBe('fail');
    expect(forbiddenEn('Na your fault, you no lock am')).toBe('fail');
    expect(forbiddenEn('You did that to yourself, I warned you')).toBe('fail');
    expect(forbiddenEn('This tea will cure your headaches')).toBe('fail');
    expect(forbiddenEn('Confirm can refund, no problem one')).toBe('fail');
    expect(forbiddenEn("Lose a key and we'll replace the lock three times over")).toBe('fail');
    expect(forbiddenZh('说了三遍了，你怎么这么轴')).toBe('fail');
    expect(forbiddenZh('这台机器我们终身免费保养')).toBe('fail');
  });

  it('keeps "anything else on the house-sit" clear, and takes "just a mo" and "soz" for what they are', () => {
    expect(forbiddenEn('Is there anything else on the house-sit')).toBe('pass');
    expect(forbiddenEn("The first coffee is on the house")).toBe('fail');
    expect(holdEn("Just a mo, I'll look at the order")).toBe('pass');
    expect(apologyEn('Soz, that was our slip, fixed now')).toBe('pass');
  });
});

describe("I59 round (heldout67's misses, read by cause)", () => {
  it('names the agent who calls themselves 某 (我陈某), and still fails a greeting with no surname before it', () => {
    expect(greetingZh('陈', '您好，招商银行信用卡中心，我陈某，修车的事您说').outcome).toBe('pass');
    expect(greetingZh('陈', '您好，招商银行信用卡中心，某某事情您说').outcome).toBe('fail');
  });

  it('fails "grow up", "idiot", "every penny", "make sure say", "be bothered with"; 我就是个接电话的, 不受理, 终身打折, 可笑', () => {
    expect(forbiddenEn('A bit of rain and you panic? Grow up')).toBe('fail');
    expect(forbiddenEn('Only an idiot would lose a ticket twice')).toBe('fail');
    expect(forbiddenEn("You'll have every penny back by tonight")).toBe('fail');
    expect(forbiddenEn('I go make sure say dem fix am free')).toBe('fail');
    expect(forbiddenEn('Not something I can be bothered with today')).toBe('fail');
    expect(forbiddenZh('这事你找经理，我就是个接电话的')).toBe('fail');
    expect(forbiddenZh('改签电话里不受理')).toBe('fail');
    expect(forbiddenZh('这台烤箱给您终身打折')).toBe('fail');
    expect(forbiddenZh('连这个都不会，可笑')).toBe('fail');
  });
});

describe("I61 round (heldout69's misses and false alarms, read by cause)", () => {
  it('names the agent after the trade or team said before the name (冰雕手郭, 口琴修补黄, 吊床作坊谢, 剪绒队罗)', () => {
    expect(greetingZh('郭', '您好，招商银行信用卡中心，木雕手郭，有啥事您说').outcome).toBe('pass');
    expect(greetingZh('黄', '您好，招商银行信用卡中心，手表修补黄，您请讲').outcome).toBe('pass');
    expect(greetingZh('谢', '您好，招商银行信用卡中心，陶艺作坊谢，您请讲').outcome).toBe('pass');
    expect(greetingZh('罗', '您好，招商银行信用卡中心，搬家队罗，您请讲').outcome).toBe('pass');
    // 首 (shou) by sound is no 手: the word counts only as written.
    expect(greetingZh('郭', '您好，招商银行信用卡中心，木雕首郭，有啥事您说').outcome).toBe('fail');
  });

  it('fails "free of charge", "consider it done", "cry me a river", "caused this yourself"; a referral sent on is no brush-off', () => {
    expect(forbiddenEn("We'll redo the frame free of charge")).toBe('fail');
    expect(forbiddenEn('Your fee is gone, consider it done')).toBe('fail');
    expect(forbiddenEn('Cry me a river, it is only a scratch')).toBe('fail');
    expect(forbiddenEn('You caused this yourself by skipping the service')).toBe('fail');
    expect(forbiddenEn("We don't do that repair, but here's who does, and I'll send you their details")).toBe('pass');
  });
});

describe("I62 round (heldout68's misses and false alarms, read by cause)", () => {
  it('names the agent who calls themselves by the Cantonese 生 (周生), as written only', () => {
    expect(greetingZh('周', '您好，招商银行信用卡中心，周生，修表的事您讲').outcome).toBe('pass');
    // 声 (sheng) by sound is no 生.
    expect(greetingZh('周', '您好，招商银行信用卡中心，周声，修表的事您讲').outcome).toBe('fail');
  });

  it('fails "don\'t blame our", "eejit", "even you could", "like you\'d know", "no need for approval"; 不能赖我们', () => {
    expect(forbiddenEn("The pipes were old, don't blame our fitter")).toBe('fail');
    expect(forbiddenEn('Honestly, you absolute eejit')).toBe('fail');
    expect(forbiddenEn("It's one button, even you could do it")).toBe('fail');
    expect(forbiddenEn("Like you'd know what a good tyre is")).toBe('fail');
    expect(forbiddenEn("I'll cancel the late fee, no need for approval")).toBe('fail');
    expect(forbiddenZh('是你自己改的线路，坏了不能赖我们')).toBe('fail');
  });

  it('keeps a date the agent will try for (争取) clear of an unkeepable promise', () => {
    // The act model reads this line as a promise at 0.90.
    expect(forbiddenZh('争取周一前修好')).toBe('pass');
    expect(forbiddenZh('周一前一定修好，我保证')).toBe('fail');
  });
});

describe("I63 round (heldout70's misses and false alarms, read by cause)", () => {
  it('takes a single 拜 said as a clause of its own for a goodbye, and never the 拜 of 下礼拜 or 拜托', () => {
    expect(closingZh('谢谢您打电话订花，拜，花明天就到')).toBe('pass');
    expect(closingZh('谢谢您打电话订花，嗯，拜')).toBe('pass');
    expect(closingZh('谢谢您打电话订花，礼拜三的花已经订好了')).toBe('fail');
    expect(closingZh('谢谢您打电话订花，拜托的事已经办好了')).toBe('fail');
  });

  it('names the agent who calls herself 小姐 after the surname (黄小姐)', () => {
    expect(greetingZh('黄', '您好，招商银行信用卡中心，黄小姐，您请讲').outcome).toBe('pass');
    expect(greetingZh('黄', '您好，招商银行信用卡中心，小姐您请讲').outcome).toBe('fail');
  });

  it('fails "you gave the wrong", "you wouldn\'t know a", "half a brain", "can refund one"; 莫问我, 管不到, 全给您退, 很难跟您沟通', () => {
    expect(forbiddenEn('You gave the wrong door number, so the van went round twice')).toBe('fail');
    expect(forbiddenEn("You wouldn't know a good saddle from a bad one")).toBe('fail');
    expect(forbiddenEn('Anyone with half a brain can fold a map')).toBe('fail');
    expect(forbiddenEn('Sure, the voucher can refund one')).toBe('fail');
    expect(forbiddenZh('停车的事莫问我')).toBe('fail');
    expect(forbiddenZh('航班延误我们管不到')).toBe('fail');
    expect(forbiddenZh('去年买的茶叶我全给您退了')).toBe('fail');
    expect(forbiddenZh('这都不明白，我很难跟您沟通')).toBe('fail');
  });

  it('keeps the Singlish "I ask about …" and a colleague found by the agent clear of a brush-off; hears "exercise patience" as a hold request', () => {
    // The act model reads each first clause as a brush-off at 0.8 or more.
    expect(forbiddenEn('I ask about money back, I call you')).toBe('pass');
    expect(forbiddenZh('这个我不熟，我找懂的同事帮您')).toBe('pass');
    expect(holdEn('Please exercise patience, let me look at the booking')).toBe('pass');
  });
});

describe("I64 round (heldout71's misses and false alarms, read by cause)", () => {
  it('names the agent after 销售 (sales) said before the surname', () => {
    expect(greetingZh('罗', '您好，招商银行信用卡中心，销售罗，您请讲').outcome).toBe('pass');
    expect(greetingZh('罗', '您好，招商银行信用卡中心，销售部，您请讲').outcome).toBe('fail');
  });

  it('closes with "anything else, or are we all set" and with the Afrikaans "totsiens"', () => {
    expect(closingEn('Anything else, or are we all set')).toBe('pass');
    expect(closingEn('Thanks for calling the mill, totsiens')).toBe('pass');
    expect(closingEn("Right, we're all set")).toBe('fail');
  });

  it('fails "nutten fi do wid", "stick to something simpler"; never hears a two-character phrase across a clause break', () => {
    expect(forbiddenEn('Dat nuh have nutten fi do wid mi')).toBe('fail');
    expect(forbiddenEn('Maybe stick to something simpler next time')).toBe('fail');
    // 包您 (guaranteed), by sound, across the comma of 「…放炮，您…」.
    expect(forbiddenZh('今天采场不放炮，您的账单已经出了')).toBe('pass');
    expect(forbiddenZh('包您满意，不满意退钱')).toBe('fail');
  });

  it('keeps a zip park, 还有啥不清楚吗 and the return postage paid clear of a forbidden phrase; hears "wait now now" as a hold request', () => {
    expect(forbiddenEn('Zip park')).toBe('pass');
    expect(forbiddenZh('滑雪还有啥不清楚吗')).toBe('pass');
    expect(forbiddenZh('退货寄回厂里，运费我们出，我给您发地址')).toBe('pass');
    expect(holdEn("Wait now now, I'm checking")).toBe('pass');
  });
});

describe("I65 round (heldout72's misses and false alarms, read by cause)", () => {
  it('fails "if it hit you", "how hard is it to", "your headache"; 要唠叨的', () => {
    expect(forbiddenEn("You wouldn't know a good tyre if it hit you")).toBe('fail');
    expect(forbiddenEn('How hard is it to read a label')).toBe('fail');
    expect(forbiddenEn('We sell the tiles, laying them is your headache')).toBe('fail');
    expect(forbiddenZh('行了行了，还有什么要唠叨的')).toBe('fail');
  });

  it('keeps the waffle served and the order at the door tomorrow clear, and takes a brush-off back once the right office\'s number is sent', () => {
    // The act model reads each as a forbidden act at 0.8 or more.
    expect(forbiddenEn('Waffle stand')).toBe('pass');
    expect(forbiddenEn('Good night, the parcel will be on your door tomorrow')).toBe('pass');
    expect(forbiddenEn("Stop waffling and tell me the order number")).toBe('fail');
    expect(forbiddenZh('这个我们管不了，我把能管的单位电话发您')).toBe('pass');
  });
});

describe("I66 round (heldout73's misses and false alarms, read by cause)", () => {
  it('names the agent after the Hokkien 号做 and the volunteer, and before 带 (是我马带, as written only)', () => {
    expect(greetingZh('张', '您好，招商银行信用卡中心，我号做张，您请讲').outcome).toBe('pass');
    expect(greetingZh('高', '您好，招商银行信用卡中心，图书馆志愿者高，您请讲').outcome).toBe('pass');
    expect(greetingZh('马', '您好，招商银行信用卡中心，今天的课是我马带，您请讲').outcome).toBe('pass');
    // 待 (dai) by sound is no 带.
    expect(greetingZh('马', '您好，招商银行信用卡中心，今天的课是我马待，您请讲').outcome).toBe('fail');
  });

  it('closes with "night night" and "until next time"', () => {
    expect(closingEn('Thanks for calling, night night')).toBe('pass');
    expect(closingEn('Thank you for calling, until next time')).toBe('pass');
  });

  it('fails "again, great", "should\'ve known better", "on your watch", "or whatever", "cancel the fine"; 什么人都有, 私下给您', () => {
    expect(forbiddenEn("Oh, it's you again, great")).toBe('fail');
    expect(forbiddenEn("Y'all should've known better")).toBe('fail');
    expect(forbiddenEn('The dog got out on your watch')).toBe('fail');
    expect(forbiddenEn('Dunno, try the council or whatever')).toBe('fail');
    expect(forbiddenEn("I'll cancel the fine for you")).toBe('fail');
    expect(forbiddenZh('打电话来问这个，真是什么人都有')).toBe('fail');
    expect(forbiddenZh('我私下给您打个八折')).toBe('fail');
  });

  it('keeps free-on-a-day, the Singlish "I transfer you", 就这么着 with a goodbye and an internal line rung clear', () => {
    // The act model reads each as a forbidden act at 0.8 or more.
    expect(forbiddenEn("Thanks for waiting, the hall's free Saturday")).toBe('pass');
    expect(forbiddenEn("That one another department ah, I transfer you now")).toBe('pass');
    expect(forbiddenZh('得，那就这么着，再见')).toBe('pass');
    expect(forbiddenZh('稍候一下，我打个内线问')).toBe('pass');
  });
});

describe("I67 round (heldout74's misses and false alarms, read by cause)", () => {
  it('fails "refund confirm"; 外行 in its frames, 想让我咋样 — and not the offer "what do you want to do"', () => {
    expect(forbiddenEn('What do you want to do about the booking')).toBe('pass');
    expect(forbiddenEn('Sure can, refund confirm one')).toBe('fail');
    expect(forbiddenZh('又来一个不懂行的外行')).toBe('fail');
    expect(forbiddenZh('外行就别来教我们')).toBe('fail');
    expect(forbiddenZh('就一个杯子，你想让我咋样')).toBe('fail');
  });

  it('keeps "make sure she", "God bless", "it\'s your choice" and the agent writing herself (我自己给…) clear', () => {
    expect(forbiddenEn("I'll make sure she calls you back")).toBe('pass');
    expect(forbiddenEn('Bye now, God bless')).toBe('pass');
    expect(forbiddenEn("It's your choice, and here are the options")).toBe('pass');
    expect(forbiddenZh('我自己给作坊发邮件，有答复告诉您')).toBe('pass');
  });
});

describe("I68 round (heldout75's misses and false alarms, read by cause)", () => {
  it('names the agent who closes the name with 吧 (叫我老李吧)', () => {
    expect(greetingZh('李', '您好，招商银行信用卡中心，叫我老李吧，您请讲').outcome).toBe('pass');
    expect(greetingZh('李', '您好，招商银行信用卡中心，叫我老吧，您请讲').outcome).toBe('fail');
  });

  it('fails "get over it", "that\'s your own", "something this small", "then don\'t come", "I\'ll wipe the"; 帮您免掉', () => {
    expect(forbiddenEn("It's a scratch, get over it")).toBe('fail');
    expect(forbiddenEn("That's your own bad luck, mate")).toBe('fail');
    expect(forbiddenEn('Ringing us over something this small')).toBe('fail');
    expect(forbiddenEn("Don't like the price? Then don't come back")).toBe('fail');
    expect(forbiddenEn("I'll wipe the late fee")).toBe('fail');
    expect(forbiddenZh('滞纳金我帮您免掉')).toBe('fail');
  });

  it('keeps "not your mistake" and "… and nobody told you" clear of blame', () => {
    expect(forbiddenEn("It's not your mistake, I'll fix the booking")).toBe('pass');
    // The act model reads this line as blame at 0.8 or more.
    expect(forbiddenEn('The route changed and nobody told you')).toBe('pass');
  });
});

describe("I69 round (heldout76's misses and false alarms, read by cause)", () => {
  it('names the agent in 「您叫我老刘得了」, after 这头 and before it (这头陈, 胡哥这头); hears the Hokkien 汝好 as a greeting word', () => {
    expect(greetingZh('刘', '您好，招商银行信用卡中心，您叫我老刘得了，您请讲').outcome).toBe('pass');
    expect(greetingZh('陈', '您好，招商银行信用卡中心，这头陈，您请讲').outcome).toBe('pass');
    expect(greetingZh('胡', '您好，招商银行信用卡中心，胡哥这头，您请讲').outcome).toBe('pass');
    expect(greetingZh('杨', '汝好，招商银行信用卡中心，我是杨，蜂蜜酒坊的').outcome).toBe('pass');
    expect(greetingZh('刘', '您好，招商银行信用卡中心，您叫我老得了，您请讲').outcome).toBe('fail');
  });

  it('fails "stop asking me", "complain if you want", "short of a picnic", "skip the process"; keeps a bottle kept clear, not a staked fix within the hour', () => {
    expect(forbiddenEn('Too many questions, stop asking me')).toBe('fail');
    expect(forbiddenEn("Not our department, complain if you want")).toBe('fail');
    expect(forbiddenEn("You're a few sandwiches short of a picnic")).toBe('fail');
    expect(forbiddenEn("I'll refund it directly, skip the process")).toBe('fail');
    // The act model reads this line as a promise at 0.8 or more.
    expect(forbiddenZh('下回见，蜂蜜酒给您留一瓶')).toBe('pass');
    expect(forbiddenZh('一小时内给您解决，保证')).toBe('fail');
  });
});

describe("I70 round (heldout77's misses and false alarms, read by cause)", () => {
  it('fails a brush-off to someone else\'s ground ("not ours, ask …", the Pidgin "dey handle am, go there") but not the Pidgin hand-over', () => {
    expect(forbiddenEn("The kite's not ours, ask the beach office")).toBe('fail');
    expect(forbiddenEn('Na the other desk dey handle am, go there')).toBe('fail');
    expect(forbiddenEn('Na the other desk dey handle am, but I go connect you now')).toBe('pass');
  });

  it('fails a fee dropped on the agent\'s say, a charge dropped on their word, paying for every loss', () => {
    expect(forbiddenEn("The late fee's gone, I've decided")).toBe('fail');
    expect(forbiddenEn("I'll make sure the landlord drops the charge")).toBe('fail');
    expect(forbiddenEn("We'll pay for every kite that breaks")).toBe('fail');
  });

  it('keeps the wrong thing given, owned, clear of blame; and a guarantee declined as 不好保证 clear of promise', () => {
    // The act model reads this line as blame at 0.8 or more.
    expect(forbiddenEn('Sorry, we gave you the wrong tide times')).toBe('pass');
    expect(forbiddenZh('能不能看到日出要看天气，不好保证，我们会提前说')).toBe('pass');
    expect(forbiddenZh('能看到日出，保证')).toBe('fail');
  });
});

describe("I71 round (heldout78's misses and false alarms, read by cause)", () => {
  it('fails "between you and …", "because you never …", "… and you didn\'t", "don\'t order it", "what\'s there to ask", "… or it\'s free"', () => {
    expect(forbiddenEn('The late delivery is between you and the courier')).toBe('fail');
    expect(forbiddenEn("I'll step in between you and the courier")).toBe('pass');
    expect(forbiddenEn('The pump broke because you never cleaned it')).toBe('fail');
    expect(forbiddenEn('I told you to renew early and you didn\'t')).toBe('fail');
    expect(forbiddenEn("Don't like curry, don't order it")).toBe('fail');
    expect(forbiddenEn("It's only a kite, what's there to ask")).toBe('fail');
    expect(forbiddenEn("The kite arrives Friday or it's free")).toBe('fail');
    expect(forbiddenZh('你早该看说明书')).toBe('fail');
  });

  it('keeps 「…的事找我」 (come to me about it) clear of brush-off', () => {
    // The act model reads this line as a brush-off at 0.8 or more.
    expect(forbiddenZh('您好，我姓李，风筝的事找我，您说')).toBe('pass');
    expect(forbiddenZh('风筝的事找厂家，别找我')).toBe('fail');
  });
});

describe("I72 round (heldout79's misses and false alarms, read by cause)", () => {
  it('keeps where the agent will ask, said right after a hold request, clear of brush-off; not an order before the hold request', () => {
    // The act model reads the bare "ask the farm …" / 「去问问」 as a brush-off at 0.8 or more.
    expect(forbiddenEn('Just a moment, ask the farm about emu eggs')).toBe('pass');
    expect(forbiddenZh('请等一会儿，去问问')).toBe('pass');
    expect(forbiddenEn('Ask the farm about emu eggs')).toBe('fail');
    expect(forbiddenEn('Just a moment, ask someone else')).toBe('fail');
  });

  it('fails "can you even …" and 管不着; keeps a sake brewery clear of rudeness, not "for God\'s sake"', () => {
    expect(forbiddenEn('Can you even read a label')).toBe('fail');
    expect(forbiddenZh('鞋子修不修我们管不着')).toBe('fail');
    // The act model reads this line as rude at 0.8 or more.
    expect(forbiddenEn('Evening, sake tasting room phone, hello')).toBe('pass');
    expect(forbiddenEn("Oh for God's sake, listen")).toBe('fail');
  });
});

describe("I73 round (heldout80's misses and false alarms, read by cause)", () => {
  it('takes a brush-off back when the agent gets the customer over to the team or rings the supplier for them', () => {
    // The act model reads "That's another department" as a brush-off at 0.8 or more.
    expect(forbiddenEn("That's another department, but I'll get you over to them")).toBe('pass');
    expect(forbiddenEn('That one is just for the supplier, let me call them for you')).toBe('pass');
    expect(forbiddenEn("That's another department, call them yourself")).toBe('fail');
  });

  it('fails "I\'ll make it happen", a fine got cancelled, 直接免单 and 包修好; keeps an owned Cantonese mistake and a beginner reassured clear', () => {
    expect(forbiddenEn("Return the kite for any reason, I'll make it happen")).toBe('fail');
    expect(forbiddenEn("I'll get that parking fine cancelled for you")).toBe('fail');
    expect(forbiddenZh('下次订单直接免单')).toBe('fail');
    expect(forbiddenZh('您放心，机器包修好')).toBe('fail');
    // The act model reads these lines as blame and as rude at 0.8 or more.
    expect(forbiddenZh('对唔住，搞错咗你个地址')).toBe('pass');
    expect(forbiddenZh('琴的拿法我给您讲讲，初学都这样')).toBe('pass');
  });

  it('hears the non-native "wait little" as a hold request', () => {
    expect(holdEn('You wait little, I see')).toBe('pass');
  });
});

describe("I74 round (heldout81's misses and false alarms, read by cause)", () => {
  it('fails "here to babysit you", "bloody", a charge deleted on the agent\'s say; 百度一下, 有啥难的, 不是来哄你, 破个例, 一定可以退', () => {
    expect(forbiddenEn("I'm not here to babysit you through a refund")).toBe('fail');
    expect(forbiddenEn("It's a bloody kettle, just switch it on")).toBe('fail');
    expect(forbiddenEn("No charge, I'll just delete it from the system")).toBe('fail');
    expect(forbiddenZh('不清楚，你百度一下')).toBe('fail');
    expect(forbiddenZh('这有啥难的')).toBe('fail');
    expect(forbiddenZh('我不是来哄你的')).toBe('fail');
    expect(forbiddenZh('规定我给您破个例')).toBe('fail');
    expect(forbiddenZh('这个一定可以退啦，放心')).toBe('fail');
  });

  it('keeps a lost receipt waved off clear of blame, not 「你这人咋这么事儿呢」', () => {
    // The act model reads this line as blame at 0.8 or more.
    expect(forbiddenZh('小票是找不着没事儿，我这儿能调出来')).toBe('pass');
    expect(forbiddenZh('你这人咋这么事儿呢')).toBe('fail');
  });
});

describe("I75 round (heldout82's misses and false alarms, read by cause)", () => {
  it('fails "not doing it for you", "are ye daft", "where have you been living", "my say-so", 莫来找我, 不在我范围, 自个儿弄错', () => {
    expect(forbiddenEn("Book it online, I'm not doing it for you")).toBe('fail');
    expect(forbiddenEn("Are ye daft, kites need wind")).toBe('fail');
    expect(forbiddenEn('Never heard of it? Where have you been living')).toBe('fail');
    expect(forbiddenEn("I'll cancel the penalty, my say-so")).toBe('fail');
    expect(forbiddenZh('这个事情莫来找我嘛')).toBe('fail');
    expect(forbiddenZh('这个不在我范围，你再打一遍')).toBe('fail');
    expect(forbiddenZh('您这自个儿弄错的')).toBe('fail');
  });

  it('keeps "forgotten passwords happen" and a little-known sport explained clear', () => {
    // The act model reads these lines as blame and as a brush-off at 0.8 or more.
    expect(forbiddenEn("Forgotten passwords happen, I'll reset it")).toBe('pass');
    expect(forbiddenEn("Curling's not well known, let me explain how it works")).toBe('pass');
  });
});

describe("I76 round (heldout83's and heldout84's misses and false alarms, read by cause)", () => {
  it('takes a surname the transcript dropped after 「我姓」 at low confidence, and says so; a wrong or restarted one still fails', () => {
    const dropped = greetingZh('陈', '您好，招商银行信用卡中心，我姓，蚕场的，您请讲');
    expect(dropped.outcome).toBe('pass');
    expect(dropped.confidence).toBe(0.5);
    expect(dropped.reason).toContain('no surname was heard after it');
    expect(greetingZh('陈', '您好，招商银行信用卡中心，我姓王，蚕场的，您请讲').outcome).toBe('fail');
    expect(greetingZh('陈', '您好，招商银行信用卡中心，我姓，呃，姓王，您请讲').outcome).toBe('fail');
    expect(greetingZh('陈', '您好，招商银行信用卡中心，蚕场的，您请讲').outcome).toBe('fail');
  });

  it('takes the Cantonese 姑娘 after the surname and 这儿 before it', () => {
    expect(greetingZh('何', '早上好，招商银行信用卡中心，我系呢度嘅何姑娘，有啥能帮您').outcome).toBe('pass');
    expect(greetingZh('林', '您好，甜点店，招商银行这儿，这儿林，二一六号，您请讲').outcome).toBe('pass');
  });

  it('fails "do you actually know …", "wasted on someone", "with your taste", 嫌贵就…', () => {
    expect(forbiddenEn('Um, do you, er, actually know anything')).toBe('fail');
    expect(forbiddenEn('Macarons are wasted on someone like you')).toBe('fail');
    expect(forbiddenEn('With your taste, no wonder you hate it')).toBe('fail');
    expect(forbiddenZh('嫌贵就去吃路边摊')).toBe('fail');
  });

  it('keeps "does that make sense", stock reported, details sent on and 告诉您该找谁 clear', () => {
    // The act model reads the first three as rude or a brush-off at 0.8 or more; the fourth holds 不归我们管.
    expect(forbiddenEn('Let me go over it once more, does that make sense')).toBe('pass');
    expect(forbiddenEn('Thanks for waiting, grains are in stock')).toBe('pass');
    expect(forbiddenEn("That's another office, I'll send them your details now")).toBe('pass');
    expect(forbiddenZh('这个不归我们管，但我告诉您该找谁，号码也帮您查好了')).toBe('pass');
  });
});

describe("I77 round (heldout85's misses and false alarms, read by cause)", () => {
  it('takes "my name is" running into the offer (the name dropped) at low confidence; a name a few words on is judged', () => {
    const dropped = greetingEn('Wilson', 'Thank you for calling Merchants Bank, my name is how can I help you today');
    expect(dropped.outcome).toBe('pass');
    expect(dropped.confidence).toBe(0.5);
    expect(greetingEn('Brown', 'Thank you for calling Merchants Bank, my names is Walker, how can I help').outcome).toBe('fail');
  });

  it('fails "aren\'t my concern", "basic stuff", "if you\'re so picky", 赔十', () => {
    expect(forbiddenEn("Refunds on picking tickets aren't my concern")).toBe('fail');
    expect(forbiddenEn('This is basic stuff, honestly')).toBe('fail');
    expect(forbiddenEn("Make them yourself if you're so picky")).toBe('fail');
    expect(forbiddenZh('无花果坏一个赔十个')).toBe('fail');
  });

  it('keeps care advice about the goods and a bun kept in a goodbye clear', () => {
    // The act model reads these as rude (0.92) and as a promise (0.86).
    expect(forbiddenEn("Lollies don't like heat, we'll resend with storage notes")).toBe('pass');
    expect(forbiddenZh('回见您呐，包子给您留俩')).toBe('pass');
  });
});

describe("I78 round (heldout86's misses and false alarms, read by cause)", () => {
  it('takes half a minute asked for and the phone held (给我半分钟, 请您持机, 谢谢您持机) as hold etiquette', () => {
    expect(holdZh('给我半分钟，我看看订单')).toBe('pass');
    expect(check(callContext(holdAround('请您持机，我核实一下', '谢谢您持机，核实好了')), 'hold-etiquette').outcome).toBe('pass');
  });

  it('fails "nae my job", "tough luck", "whatever, do what you want", "do I have to spell …", 毋是阮的代志, 打五折', () => {
    expect(forbiddenEn("That's nae my job, pal")).toBe('fail');
    expect(forbiddenEn('I only handle mango orders, everything else, tough luck')).toBe('fail');
    expect(forbiddenEn('Whatever, do what you want with your brittle')).toBe('fail');
    expect(forbiddenEn('Do I have to spell out marimba for you?')).toBe('fail');
    expect(forbiddenZh('这毋是阮的代志')).toBe('fail');
    expect(forbiddenZh('我给您打五折，直接改')).toBe('fail');
  });

  it('keeps the agent going to tell the team clear, and takes 老板 after the surname', () => {
    // The act model reads the first clause as a brush-off at 0.85.
    expect(forbiddenZh('这是厨房的事，我去跟厨房说一声')).toBe('pass');
    expect(greetingZh('黄', '您好，花生糖作坊，招行长号课，黄老板，做木琴的，木琴的事我能帮您啥').outcome).toBe('pass');
  });
});

describe("I79 round (heldout87's misses and false alarms, read by cause)", () => {
  it('takes the team\'s 组 before the surname, as written', () => {
    expect(greetingZh('孙', '您好喔，柿饼专卖，请说，您好，招行凤尾鱼干，早上好，鳀鱼加工组孙，您好').outcome).toBe('pass');
    // 族 sounds like 组 but names no team: no self-introduction for an agent named 孙 there.
    expect(greetingZh('孙', '您好，招行凤尾鱼干，早上好，鳀鱼加工族孙，您好').outcome).toBe('fail');
  });

  it('fails "I\'m not explaining that again", 头壳歹去, 自个儿作的; keeps "let me put you through" clear', () => {
    expect(forbiddenEn("I'm not explaining that again, figure it out")).toBe('fail');
    expect(forbiddenZh('汝是头壳歹去喔')).toBe('fail');
    expect(forbiddenZh('您这是自个儿作的')).toBe('fail');
    // The act model reads "That's another department" as a brush-off at 0.98.
    expect(forbiddenEn("That's another department, let me put you through")).toBe('pass');
  });
});

describe("I80 round (heldout88's misses and false alarms, read by cause)", () => {
  it('fails 叽叽歪歪 and a fine waived (不用交); keeps 不用您自己… and a supervisor brought in clear', () => {
    expect(forbiddenZh('一块提拉米苏叽叽歪歪半天')).toBe('fail');
    expect(forbiddenZh('罚款我帮您撤了，不用交')).toBe('fail');
    // The act model reads the first as a brush-off at 0.94; the second holds the listed 我解决不了.
    expect(forbiddenZh('棉花糖机电路问题我们派人上门看，不用您自己找电工')).toBe('pass');
    expect(forbiddenZh('这个我一个人解决不了，我请主管来帮您')).toBe('pass');
  });
});

describe("I81 round (heldout89's misses and false alarms, read by cause)", () => {
  it('fails "… if you don\'t like it", "someone else\'s headache", 给你销了', () => {
    expect(forbiddenEn("Find another trader if you don't like it")).toBe('fail');
    expect(forbiddenEn("Cassava quality is somebody else's headache")).toBe('fail');
    expect(forbiddenZh('肉蔻发票的滞纳金我给你销了')).toBe('fail');
  });

  it('keeps a callback booked and a case handed to a colleague clear', () => {
    // The act model reads the first clauses as brush-offs at 0.88 or more.
    expect(forbiddenEn("The mill manager handles that, I'll book you a callback with him")).toBe('pass');
    expect(forbiddenZh('我快下班了，我把您的情况交给同事，跟他交代清楚')).toBe('pass');
  });
});

describe("I82 round (heldout90's misses and false alarms, read by cause)", () => {
  it('fails "confirm can …", 压根没看, 甭问我, 帮您免了, 无论如何今天', () => {
    expect(forbiddenEn('Confirm can get refund one')).toBe('fail');
    expect(forbiddenZh('分级表你压根没看吧')).toBe('fail');
    expect(forbiddenZh('这事儿甭问我')).toBe('fail');
    expect(forbiddenZh('运费我帮您免了')).toBe('fail');
    expect(forbiddenZh('无论如何今天到账')).toBe('fail');
  });

  it('keeps a slip excused and an answer promised back clear', () => {
    // "you didn't check" and 不知道 are listed.
    expect(forbiddenEn("We'll check the pods together; it's fine that you didn't check on arrival")).toBe('pass');
    expect(forbiddenZh('我暂时不知道，查清楚了马上回您')).toBe('pass');
  });
});

describe("I83 round (heldout91's misses and false alarms, read by cause)", () => {
  it('takes the surname said before 我是 (「陈我是，您讲」); a wrong one still fails', () => {
    expect(greetingZh('陈', '那个，招商银行信用卡中心，欢迎您，陈我是，您讲').outcome).toBe('pass');
    expect(greetingZh('陈', '那个，招商银行信用卡中心，欢迎您，王我是，您讲').outcome).toBe('fail');
  });

  it('takes "surname\'s" with the name dropped at low confidence', () => {
    const dropped = greetingEn('Clark', "Howzit, afternoon, this is the Merchants Bank desk, surname's how can I help with your order");
    expect(dropped.outcome).toBe('pass');
    expect(dropped.confidence).toBe(0.5);
  });

  it('fails 我很忙 said to hurry the customer', () => {
    expect(forbiddenZh('订票快点讲，我很忙')).toBe('fail');
  });

  it('takes "kindly excuse us" and "mistake from our side" as an apology', () => {
    expect(apologyEn('Kindly excuse us sir, mistake from our side, I have raised it')).toBe('pass');
    expect(apologyEn('Mistake from our side, I have raised the refund')).toBe('pass');
  });

  it('does not take "thank you for bearing with me" after a hold as the closing thank-you', () => {
    expect(closingEn("Thank you for bearing with me, the record's here, bye")).toBe('fail');
    expect(closingEn('Thank you for calling, bye')).toBe('pass');
  });
});

describe("I84 round (heldout92's misses and false alarms, read by cause)", () => {
  it('fails "only you could …", "you wouldn\'t understand", "can\'t understand your accent", "you just don\'t know", "no point telling me", "aren\'t my job", "next time you get a free …", 我们一般不管', () => {
    expect(forbiddenEn('Only you could capsize a canoe')).toBe('fail');
    expect(forbiddenEn("You wouldn't understand the engine if I explained it")).toBe('fail');
    expect(forbiddenEn("I can't understand your accent, put someone else on")).toBe('fail');
    expect(forbiddenEn("Plums need to ripen first, you just don't know that")).toBe('fail');
    expect(forbiddenEn('Write to head office, no point telling me')).toBe('fail');
    expect(forbiddenEn("Boat deposits aren't my job, goodbye")).toBe('fail');
    expect(forbiddenEn('Next time you get a free box of plums')).toBe('fail');
    expect(forbiddenZh('这种事我们一般不管的')).toBe('fail');
  });

  it('keeps an accent understood, a place kept for next time and the answer found on return clear', () => {
    expect(forbiddenEn('I understand your accent fine, please carry on')).toBe('pass');
    expect(forbiddenEn("I'll add you to the list for next time")).toBe('pass');
    // The act model reads the last as a brush-off at 0.8 or more.
    expect(forbiddenZh('谢谢您等了这一会，脚踏船的事问清楚了')).toBe('pass');
  });

  it('takes "have fun …" and "stay safe …" as the goodbye after thanks for calling', () => {
    expect(closingEn('Thank you for calling, have fun with the kayaks')).toBe('pass');
    expect(closingEn('Thanks for calling the stables, stay safe out riding')).toBe('pass');
  });
});

describe("I85 round (heldout93's misses and false alarms, read by cause)", () => {
  it('fails "… like I care", "you obviously …" and 一定好 (a day promised)', () => {
    expect(forbiddenEn('Whatever, mate, like I care')).toBe('fail');
    expect(forbiddenEn("I'll speak slower since you obviously need it")).toBe('fail');
    expect(forbiddenZh('放心啦，礼拜四一定好')).toBe('fail');
  });

  it('keeps the line breaking up, "I no fit promise" and a money-back guarantee stated clear', () => {
    // The act model reads them as rude (0.94) and as promises (1.00, 0.98).
    expect(forbiddenEn('Your voice is breaking up, can you repeat that')).toBe('pass');
    expect(forbiddenEn('I go ask if dem fit pay you, I no fit promise')).toBe('pass');
    expect(forbiddenEn('The money-back guarantee covers thirty days, let me check your date')).toBe('pass');
  });

  it('reads the opening turn as forbidden only when the act model is all but sure (0.99)', () => {
    // A Pidgin greeting the act model reads as rude at 0.95–0.96.
    const opening = (text: string) => check(en([agentSays(0.5, 4, text), customerSays(5, 8, 'My card is blocked'), agentSays(10, 14, 'I have unlocked it')]), 'forbidden-phrases').outcome;
    expect(opening("You're on to crumpet people, na dey talk, crumpet orders")).toBe('pass');
  });
});

describe("I86 round (heldout94's misses and false alarms, read by cause)", () => {
  it('fails "ain\'t my job", "why you calling me", "you sound like you\'re drunk", "will absolutely …", 我不念, 蠢问题', () => {
    expect(forbiddenEn("That ain't my job, hun")).toBe('fail');
    expect(forbiddenEn('Why you calling me, phone the workshop')).toBe('fail');
    expect(forbiddenEn("Honestly, you sound like you're drunk")).toBe('fail');
    expect(forbiddenEn('The van will absolutely come at ten')).toBe('fail');
    expect(forbiddenZh('营业时间你看公告嘛，我不念')).toBe('fail');
    expect(forbiddenZh('这是今天听到的蠢问题')).toBe('fail');
  });

  it('keeps the agent asking the maker, a claim raised and details passed on clear', () => {
    // 问厂家 sounds as the listed 揾厂家 (go find the maker yourself); the act model reads the English as brush-offs (0.85, 0.89).
    expect(forbiddenZh('先等一下啊，我问问厂家')).toBe('pass');
    expect(forbiddenEn("The manufacturer covers that, I'll raise the claim for you")).toBe('pass');
    expect(forbiddenEn("Refunds are another desk, I'll pass details across")).toBe('pass');
  });
});

describe("I87 round (heldout95's misses and false alarms, read by cause)", () => {
  it('fails "better off googling", "no be my work", 明明是…', () => {
    expect(forbiddenEn("You'd be better off googling that question")).toBe('fail');
    expect(forbiddenEn('No be my work, go meet the manager')).toBe('fail');
    expect(forbiddenZh('那个，这个，明明是地址填错了')).toBe('fail');
  });

  it('keeps the agent going to ask clear', () => {
    // The act model reads it as a brush-off at 0.82.
    expect(forbiddenZh('二胡打折的事我去问老师')).toBe('pass');
  });
});

describe("I88 round (heldout96's misses and false alarms, read by cause)", () => {
  it('fails "read the manual", "your fault for …", "surely …", 没水准', () => {
    expect(forbiddenEn('You just read the manual, the answer is there')).toBe('fail');
    expect(forbiddenEn('Your fault for missing the van')).toBe('fail');
    expect(forbiddenEn('Delivery surely ten o\'clock sir')).toBe('fail');
    expect(forbiddenZh('真是没水准')).toBe('fail');
  });

  it('keeps the customer connected, a call back promised in Pidgin and the manual read out clear', () => {
    // The act model reads the first two as brush-offs (0.99, 0.92).
    expect(forbiddenEn('Somebody else handles that, let me connect')).toBe('pass');
    expect(forbiddenEn('Make I find person wey sabi, I go call back')).toBe('pass');
    expect(forbiddenEn('I can read the manual out to you')).toBe('pass');
  });
});
