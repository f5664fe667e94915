import { describe, expect, it } from 'vitest';
import { agentSays } from '../../../fixtures/support/pipeline/test-calls.ts';
import { speakerStream } from './stream.ts';
import { surnameClauses } from './surname-clause.ts';
import { toUnits } from './units.ts';

/** The stretches found in one agent turn, as text (fillers as a scorecard would drop them). */
const found = (text: string, surname: string) =>
  surnameClauses(speakerStream([agentSays(0, 8, text)], 'agent', ['嗯', '呃', '那个']), toUnits(surname)).map((s) => s.units.map((u) => u.key).join(''));

describe('the surname said as a clause of its own', () => {
  it('is found alone between pauses, or closing a clause after 我 / 是 / 叫 / 姓, by sound', () => {
    expect(found('招行热线，夜班值守的是我，孙，您说', '孙')).toEqual(['孙']);
    expect(found('招行，话务台，我王，您请讲', '王')).toEqual(['我王']);
    expect(found('今天值班的客服是周，您是碰上啥麻烦了', '周')).toEqual(['是周']);
    expect(found('招行客服，亲叫张，有什么要投诉的', '张')).toEqual(['叫张']);
    // Fillers between the pauses are no words: 「那个，刘，呃，客服」 still has 刘 alone.
    expect(found('招行，那个，刘，呃，客服', '刘')).toEqual(['刘']);
    // A homophone is the same name to a listener (落 for 罗), as everywhere in the surname rule.
    expect(found('话务台，我落，您这次来电是为了什么', '罗')).toEqual(['我落']);
  });

  it('is not found where the clause goes on after it (我马上, 我和您) or for another surname', () => {
    expect(found('我马上帮您查一下', '马')).toEqual([]);
    expect(found('我和您确认一下', '何')).toEqual([]);
    expect(found('夜班值守的是我，孙，您说', '王')).toEqual([]);
    // After another word: 「服务代你赵」 has no 我 / 是 before the surname.
    expect(found('服务代你赵', '赵')).toEqual([]);
  });

  it('never takes an answer or a call for attention for a name (好 for 郝, 是 for 石, 喂 for 魏), unless it is the roster character', () => {
    expect(found('好，我帮您查', '郝')).toEqual([]);
    expect(found('是，是，您说得对', '石')).toEqual([]);
    expect(found('喂，您好', '魏')).toEqual([]);
    expect(found('招行，郝，您请讲', '郝')).toEqual(['郝']);
  });

  it('is found after a job title or 小, before a job title, and with a sentence particle closing the clause (I5 round)', () => {
    expect(found('您打进来的是招商银行，这边前台黄，有哪些地方我可以帮到您', '黄')).toEqual(['前台黄']);
    expect(found('您好，这边是坐席孙，请问有什么能帮上您的', '孙')).toEqual(['坐席孙']);
    expect(found('这是招行的服务电话，我这边是秦老师，招生办', '秦')).toEqual(['是秦老师']);
    expect(found('这里是招商银行信用卡中心，我胡哈，今天我值班', '胡')).toEqual(['我胡']);
    expect(found('招行热线，您好，是小周呀，您说', '周')).toEqual(['小周']);
    // I6: a title after a two-word lead, the service said after the name, 的 before it.
    expect(found('我是维修调度高师傅，您说', '高')).toEqual(['调度高师傅']);
    expect(found('工号是一二七九的朱为您接听，家里有什么要报的吗', '朱')).toEqual(['的朱为您接听']);
    expect(found('接您电话的是坐席员杨，您说', '杨')).toEqual(['坐席员杨']);
    // I9: the shift or the desk before the name, 老, and 在听 after it.
    expect(found('招行，运维值班张，工号一四四', '张')).toEqual(['值班张']);
    expect(found('招行客服，机场服务台胡，就是我', '胡')).toEqual(['服务台胡']);
    expect(found('这边是老黄，农机配件门市部', '黄')).toEqual(['老黄']);
    expect(found('招商银行客服电话，朱在听，您说', '朱')).toEqual(['朱在听']);
    expect(found('这里系招行，真人接听，这边吴，图书馆', '吴')).toEqual(['这边吴']);
    // I13: a trade or a counter before the name, 本人 and the southern 阿, a title then 这边, 在线 after the name.
    expect(found('招商银行，科目二教练黄，您讲', '黄')).toEqual(['教练黄']);
    expect(found('轮渡码头这边，我是值班锁匠杨，需要帮忙尽管讲', '杨')).toEqual(['锁匠杨']);
    expect(found('早晨，码头售票孙，您想问的说吧', '孙')).toEqual(['售票孙']);
    expect(found('招行，午好，人工，本人王，负责报修', '王')).toEqual(['本人王']);
    expect(found('您亲说，你可以叫我阿林，您讲', '林')).toEqual(['叫我阿林']);
    expect(found('招商银行，请讲，马老师这边，练车的', '马')).toEqual(['马老师这边']);
    expect(found('招商银行，听着呢，何在线，管除虫上门的', '何')).toEqual(['何在线']);
    // I15: on duty, taking the call, the dialect 这厢, and a space between Han characters as the pause it is.
    expect(found('停车场这边何值班，您说', '何')).toEqual(['这边何值班']);
    expect(found('今天这通电话由林来接，私教课要约吗', '林')).toEqual(['由林来接']);
    expect(found('热线听得到嘛，李这厢，会员顾问', '李')).toEqual(['李这厢']);
    expect(found('嗯 我周 修单车的', '周')).toEqual(['我周']);
    // I16: the Cantonese 嘅 (的), the humble 敝, 在呢 after the name; I17: the shift leader 领班.
    expect(found('早上好，我系维修部嘅何，您请讲', '何')).toEqual(['嘅何']);
    expect(found('接通啦，招行到边，敝王，在菜箱配送组', '王')).toEqual(['敝王']);
    expect(found('喂您好招行客服中心，吴在呢，修手机的', '吴')).toEqual(['吴在呢']);
    expect(found('招商银行信用卡中心客服中心喔，领班林，餐厅这边', '林')).toEqual(['领班林']);
    // I18: 「找{surname}就对了」 and a trade before the name.
    expect(found('招商银行信用卡中心，找张就对了，管二手车过户的', '张')).toEqual(['找张就对了']);
    expect(found('人工在线，这边是裁缝罗，说说看', '罗')).toEqual(['裁缝罗']);
    // I19: 在 or 这里 after the name, after-sales or a social worker before it.
    expect(found('招商银行信用卡中心，您好，高在，订书这边', '高')).toEqual(['高在']);
    expect(found('您打进来的是招行服务台，郭这里，养老院前台', '郭')).toEqual(['郭这里']);
    expect(found('招商银行，鱼缸售后孙，编号12', '孙')).toEqual(['售后孙']);
    // I20: 「找{surname}我就对了」 with the 我 after the name, and the Wu 阿拉 before it.
    expect(found('这边招行总服务台，茶叶这块找谢我就对了', '谢')).toEqual(['找谢我就对了']);
    expect(found('招商银行信用卡中信服务热线，您好，请讲，阿拉何，美甲店', '何')).toEqual(['阿拉何']);
    // I21: 我 and one garbled character (是 lost to ASR) opening the clause; a lead word with one garbled character
    // before its last (前台 as 两台) — but not with the last one garbled, nor 我 inside a longer clause.
    expect(found('您好，招商银行，有什么事您说，我那朱，球馆这块的', '朱')).toEqual(['我那朱']);
    expect(found('您好，您找我那朱，球馆这块的', '朱')).toEqual([]);
    expect(found('招商银行信永卡中心，两台黄，订羽毛球场可以找我', '黄')).toEqual(['两台黄']);
    expect(found('招商银行信永卡中心，前天黄，订羽毛球场可以找我', '黄')).toEqual([]);
    // The wording found is what a coach reads: the title and lead words said, the surname slot.
    const [clause] = surnameClauses(speakerStream([agentSays(0, 8, '这边前台黄，请讲')], 'agent', []), toUnits('黄'));
    expect(clause.wording).toBe('前台{surname}');
  });

  it('takes no title word for the surname, nor a name the clause goes on after, nor a particle that does not close the clause', () => {
    // 「需要我协助」: 协 sounds like 谢, but 助 is no title and the clause goes on.
    expect(found('请问有什么需要我协助的', '谢')).toEqual([]);
    // A title after the name must close the clause: 「陈经理办公室」 goes on.
    expect(found('这是陈经理办公室的电话', '陈')).toEqual([]);
    // 「我马哈哈大笑」: the particle must close the clause.
    expect(found('我马哈哈大笑', '马')).toEqual([]);
    // Another surname after the title is not the roster one.
    expect(found('这边前台黄，请讲', '陈')).toEqual([]);
    // 「教练场地」「在线支付」: the clause goes on after the would-be name.
    expect(found('我们教练场地在东门', '场')).toEqual([]);
    expect(found('何在线支付都可以', '何')).toEqual([]);
    // Without the space the clause goes on: 「我周末修单车」 names nobody.
    expect(found('我周末修单车', '周')).toEqual([]);
    // Not the Cantonese 系: by sound it is also ji, and 「我这记着呢」 would name an agent 赵 (着 reads zhao too).
    expect(found('慢慢说，我这记着呢', '赵')).toEqual([]);
    // 「吴在呢」 only closing its clause: 「五在呢里面」 goes on.
    expect(found('您的卡五在呢里面', '吴')).toEqual([]);
    // 「找我就对了」 names nobody: 我 is no name unless it is the roster's character.
    expect(found('有事找我就对了', '沃')).toEqual([]);
    // 在 must close the clause after the name: 「高在哪个门店」 goes on.
    expect(found('您问高在哪个门店', '高')).toEqual([]);
  });

  it('is found after 「我是」 (or 我叫, 这边是…) opening the clause and a job title no list holds (I24 round)', () => {
    expect(found('您好，我是血糖仪使用指导朱，您要查哪一笔订单', '朱')).toEqual(['我是血糖仪使用指导朱']);
    // 是 garbled by ASR (我事), and 这边是 with a title of its own.
    expect(found('我事舞台灯光布置马，您讲', '马')).toEqual(['我事舞台灯光布置马']);
    expect(found('这边是净水器上门安装陈，请说', '陈')).toEqual(['这边是净水器上门安装陈']);
    // The copula must open the clause, the title fit in MAX_ROLE_UNITS characters, and the surname close the clause.
    expect(found('这个我是血糖仪使用指导朱', '朱')).toEqual([]);
    expect(found('我是负责全市所有门店上门维修朱', '朱')).toEqual([]);
    expect(found('我是血糖仪使用指导朱老大', '朱')).toEqual([]);
    expect(found('我是来帮您查询账单的', '单')).toEqual([]);
  });

  it('is found in "call me X, that will do" (喊我马就成, 叫我王就行), the tail only after 喊我 / 叫我 / 称呼我 (I27 round)', () => {
    expect(found('喊我马就成，化肥这块归我', '马')).toEqual(['喊我马就成']);
    expect(found('招行呀，叫我王就行，您说', '王')).toEqual(['叫我王就行']);
    // After a bare 我 the tail is no frame: 「我王就行」 names nobody (就行 after any 我 credited a greeting on heldout21).
    expect(found('这个我王就行', '王')).toEqual([]);
    // The Cantonese 「叫阿张就得」 (I28).
    expect(found('这是招商银行的人工电话，叫阿赵就得，我负责退押金', '赵')).toEqual(['叫阿赵就得']);
    // The day before the one on duty, and the operations engineer's title.
    expect(found('欢迎您打进招行的客服电话，今天张值班', '张')).toEqual(['今天张值班']);
    expect(found('这里系招行，快递柜运维陈，您讲', '陈')).toEqual(['运维陈']);
  });

  it('is found after a seat number (坐席18号林在线), with the phone taken (罗听电话, 轮到孙守电话), after 接线 and 讲解 (I29 round)', () => {
    expect(found('您刚拨的就是招行，坐席18号赵在线', '赵')).toEqual(['18号赵在线']);
    expect(found('您说，粮油订货，罗听电话，要订点啥', '罗')).toEqual(['罗听电话']);
    expect(found('招商银行，今天轮到孙守电话', '孙')).toEqual(['轮到孙守电话']);
    expect(found('是招行客服，接线何，画框定做', '何')).toEqual(['接线何']);
    expect(found('招行服务热线，星空讲解刘，您好', '刘')).toEqual(['讲解刘']);
    // 号 counts only as itself after a digit: 「号码」 and 「晚上好，…」 (好 sounds like 号) are no seat number.
    expect(found('这是招商银行对外的官方号码', '马')).toEqual([]);
    expect(found('您好，晚上好过，感谢您致电', '郭')).toEqual([]);
  });

  it('is found after 票务 and before 接的电话 (I30 round)', () => {
    expect(found('招行热线，动物园票务周，您讲', '周')).toEqual(['票务周']);
    expect(found('招行总机，李接的电话，保龄球馆前台', '李')).toEqual(['李接的电话']);
  });

  it('is found after 接待 and 店 (the character itself, never 点 by sound) and before 负责 (I31 round)', () => {
    expect(found('招商银行服务台，棋牌室接待赵，您好', '赵')).toEqual(['接待赵']);
    expect(found('招商银行总机，您说，航模店王，您好', '王')).toEqual(['店王']);
    expect(found('招商银行热线，咖啡订阅是我胡负责，您好', '胡')).toEqual(['我胡负责']);
    expect(found('分期手续费每期是百分之零点六', '刘')).toEqual([]);
  });

  it('is found in 「叫我X好了」 and after 柜姐, 领队 and 鄙人 (I32 round)', () => {
    expect(found('招行服务台，淘气堡请说，叫我郭好了，香水店的', '郭')).toEqual(['叫我郭好了']);
    expect(found('招商银行信用卡中心总机，香水店柜姐陈，玩具坏了吗', '陈')).toEqual(['柜姐陈']);
    expect(found('招商银行接线员，假发咨询，领队赵，真人CS', '赵')).toEqual(['领队赵']);
    // 好了 closes the clause only after 叫我 (as the other call-me tails do).
    expect(found('我王好了', '王')).toEqual([]);
  });

  it('is found after 导购, and between spaces next to a Latin word (I33 round)', () => {
    expect(found('招行服务热线，帽子这块请讲，帽子店导购郭，小家电坏了？您说说', '郭')).toEqual(['导购郭']);
    expect(found('招行热线，小家电您讲，嗯 我 罗 VR 这里，雨伞有咩要帮手', '罗')).toEqual(['罗']);
    // A space between two Latin words or next to digits breaks nothing: the name still has to close its clause.
    expect(found('招行热线，我 罗VR 这里', '罗')).toEqual([]);
    expect(found('坐席 18号林在线', '林')).toEqual(['18号林在线']);
  });

  it('is found before 在跟 (I38 round)', () => {
    expect(found('招行咨询热线，烟花这块是我林在跟，刻字这块', '林')).toEqual(['我林在跟']);
    // 在跟 closes the clause only as said: 「我林在跟您说」 goes on.
    expect(found('我林在跟您说', '林')).toEqual([]);
  });

  it('is found before 在 and a duty or place closing the clause, written as the roster surname (I139 round)', () => {
    expect(found('报信总铺，孙在值更，您说', '孙')).toEqual(['孙在值更']);
    expect(found('您好，陈在前台，请讲', '陈')).toEqual(['陈在前台']);
    // By sound 也 is 叶 and 实 is 石: only the roster character itself counts before 在.
    expect(found('您好，也在处理，请讲', '叶')).toEqual([]);
    expect(found('实在抱歉，请讲', '石')).toEqual([]);
    // What is being done for the customer is no duty, and a long stretch after 在 is a sentence going on.
    expect(found('王在给你查，请稍等', '王')).toEqual([]);
    expect(found('陈在仓库那边核对单据，请讲', '陈')).toEqual([]);
  });

  it('is found before 负责 or 跟进 going on to what the agent handles, where the name opens its clause or follows a lead word (I128 round)', () => {
    expect(found('您好，招行，秦负责您的分期业务', '秦')).toEqual(['秦负责']);
    expect(found('您的换卡申请归我董跟进，您请讲', '董')).toEqual(['我董跟进']);
    // Inside a word the name is no name (「宽带办理负责人」 has no 李 on its own), and a word that only starts like 负责 is none.
    expect(found('宽带办理负责人会联系您', '李')).toEqual([]);
    expect(found('您好，秦夫人在吗', '秦')).toEqual([]);
  });

  it('is found before 负责, 跟进 or 跟您对接 after any word when written as the roster character, never by sound there (I165 round)', () => {
    expect(found('积分兑换这块吴负责，您请讲', '吴')).toEqual(['吴负责']);
    expect(found('招行，分期订单郭跟进，您说', '郭')).toEqual(['订单郭跟进']);
    expect(found('招行，信用卡订单张跟您对接', '张')).toEqual(['订单张跟您对接']);
    // By sound the name may follow no word but a lead: 「宽带办理负责人」 stays no 李, and 照 is not 赵 after 这块.
    expect(found('宽带办理负责人会联系您', '李')).toEqual([]);
    expect(found('积分兑换这块照负责，您请讲', '赵')).toEqual([]);
  });

  it('is found before 做的, 跟的 or 接的, after a title with 在, with 工 after 叫我, and before 就是 and a 我 heard by sound (I168 round)', () => {
    expect(found('账单这块是我朱做的，您讲', '朱')).toEqual(['我朱做的']);
    expect(found('您那笔分期是我林跟的', '林')).toEqual(['我林跟的']);
    expect(found('周哥接的，您说吧', '周')).toEqual(['周哥接的']);
    expect(found('招行，张老师在，分期的事找我', '张')).toEqual(['张老师在']);
    expect(found('您好，您可以叫我郭工', '郭')).toEqual(['叫我郭工']);
    // 就是 is a discourse word, so the stream holds 「阿王卧」.
    expect(found('管积分的阿王就是卧', '王')).toEqual(['阿王卧']);
    // 工 still ends a word after other leads (「我是这边的员工」 is no 「的袁工」), and 做的 wants the name to close on it.
    expect(found('我是这边的员工', '袁')).toEqual([]);
    expect(found('这是我朱做的蛋糕', '朱')).toEqual([]);
  });

  it('is found before 在线 after any word when written as the roster character, before 在的 said whole, after 叫我 before 好, and after the Hokkien 阮 (I172 round)', () => {
    expect(found('招行，积分兑换林在线', '林')).toEqual(['林在线']);
    expect(found('招行，积分兑换林客服在线，您讲', '林')).toEqual(['林客服在线']);
    expect(found('招行，赵在的，分期登记', '赵')).toEqual(['赵在的']);
    expect(found('招行，照在得，分期登记', '赵')).toEqual(['照在得']);
    expect(found('侬叫我孙好，积分兑换', '孙')).toEqual(['叫我孙好']);
    // The Hokkien 阮 (I) before the name, its 是 lost: as written only, 软 is no 阮.
    expect(found('招行，阮朱，积分兑换', '朱')).toEqual(['阮朱']);
    expect(found('招行，软朱，积分兑换', '朱')).toEqual([]);
    // The service phrase after the name, even where the offer element was heard in it; still after a lead word only.
    const taken = (text: string, surname: string, takenText: string) => {
      const stream = speakerStream([agentSays(0, 8, text)], 'agent', []);
      const at = text.indexOf(takenText);
      const skip = new Set(stream.units.filter((u) => u.from >= at && u.to <= at + takenText.length));
      return surnameClauses(stream, toUnits(surname), skip).map((c) => c.units.map((u) => u.key).join(''));
    };
    expect(taken('招行，今天马给您服务，请讲', '马', '给您服务')).toEqual(['今天马给您服务']);
    expect(taken('招行，分期马给您服务，请讲', '马', '给您服务')).toEqual([]);
    // 来为您服务 is said whole: 「马上为您服务」 is no 马 and 来为您服务 with 上 for 来.
    expect(found('有什么可以帮您，我马上为您服务', '马')).toEqual([]);
    expect(found('招行，由马来为您服务', '马')).toEqual(['由马来为您服务']);
    // By sound 在线 still wants a lead word (临 is 林 only after one), and 在的 with a slip is 「需要我协助的」.
    expect(found('招行，积分兑换临在线', '林')).toEqual([]);
    expect(found('请问有什么需要我协助的', '谢')).toEqual([]);
    // 「说实在的」 and 「现在的」 are words, no 石 or 冼 by sound.
    expect(found('说实在的，这笔分期', '石')).toEqual([]);
    expect(found('现在的，分期', '冼')).toEqual([]);
  });

  it('is Mandarin only: an English name alone is a word like any other', () => {
    expect(found('CMB, Smith, how can I help', 'Smith')).toEqual([]);
  });
});
